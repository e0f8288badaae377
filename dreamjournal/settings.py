"""One Settings object, from DREAMJOURNAL_* environment variables (and a .env file if present).

Per-vault choices a person makes in the app (language, auto-lock minutes) are stored encrypted
in the vault's `setting` table; these are the machine-wide defaults and backend addresses.
Imported lazily: pydantic-settings costs about 0.1 s, which the CLI's fast paths do not pay.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs on localhost / 127.0.0.0/8 / ::1."""
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_backend_url(url: str | None) -> str | None:
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    if parsed.scheme == "http" and not is_loopback_url(url):
        raise ValueError(
            f"{url!r} would send dreams and keys unencrypted; use https:// (plain http is only "
            "allowed on this machine, e.g. http://127.0.0.1:11434 for Ollama)"
        )
    return url.rstrip("/")


class Settings(BaseSettings):
    """Machine-wide settings; every field can be set as DREAMJOURNAL_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="DREAMJOURNAL_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where vaults, clips and shares live.")
    vault: str = Field("journal", description="Vault opened by default.")
    language: Literal["en", "de"] | None = Field(
        None, description="UI language; unset: the app follows the browser, the CLI follows LANG."
    )
    autolock_minutes: int = Field(10, ge=1, le=240, description="Idle minutes before auto-lock.")
    timezone: str | None = Field(None, description="Clients' time zone for outcomes (IANA name).")
    help_region: str = Field(
        "international",
        description="Crisis help lines shown: US, UK, IE, DE, AT, CH, or international (then "
        "the locale's country, else the countries of the language).",
    )
    writer: str = Field("offline", description="Default text writer: offline or openai.")
    openai_base_url: str | None = Field(
        None, description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1."
    )
    openai_model: str = Field("llama3.1", description="Chat model name for the openai writer.")
    openai_api_key: SecretStr | None = Field(None, description="API key for the openai writer.")
    videos_base_url: str | None = Field(None, description="Base URL of a /v1/videos provider.")
    videos_model: str = Field("sora-2", description="Model name for the videos-api renderer.")
    videos_api_key: SecretStr | None = Field(
        None, description="API key for the videos-api renderer."
    )
    video_profile: str | None = Field(
        None,
        description="Video service shape: sora-2, veo-3, open or generic (default: by base URL).",
    )
    request_timeout_s: float = Field(30.0, gt=0, le=600, description="Timeout per remote request.")
    share_relay_url: str | None = Field(
        None, description="Share relay that `share` and the Share page publish to (https://)."
    )

    @field_validator("openai_base_url", "videos_base_url")
    @classmethod
    def _safe_backend(cls, value: str | None) -> str | None:
        return _check_backend_url(value)

    @field_validator("video_profile")
    @classmethod
    def _known_profile(cls, value: str | None) -> str | None:
        if not value:
            return None
        from dreamjournal.visualize.profiles import get_profile

        try:
            return get_profile(value).name
        except Exception as exc:  # InvalidInput -> a settings error naming the choices
            raise ValueError(str(exc)) from None

    @field_validator("share_relay_url")
    @classmethod
    def _relay_url(cls, value: str | None) -> str | None:
        # The owner secret and the sealed dream travel to the relay: TLS, or this machine.
        if value and urlparse(value).scheme == "http" and not is_loopback_url(value):
            raise ValueError(
                f"{value!r} would send the owner secret unencrypted; use https:// (plain "
                "http:// only for a relay on this machine, e.g. http://127.0.0.1:8600)"
            )
        return _check_backend_url(value)


def get_settings() -> Settings:
    """Fresh settings from the environment (not cached: tests and the app change env)."""
    return Settings()
