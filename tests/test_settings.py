"""Settings: every one documented, unsafe values refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from dreamjournal.settings import Settings, is_loopback_url

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [
        f"DREAMJOURNAL_{name.upper()}"
        for name in Settings.model_fields
        if f"`DREAMJOURNAL_{name.upper()}`" not in text
    ]
    assert missing == []


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DREAMJOURNAL_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DREAMJOURNAL_AUTOLOCK_MINUTES", "3")
    s = Settings()
    assert s.data_dir == tmp_path and s.autolock_minutes == 3


@pytest.mark.parametrize("url", ["http://api.example.com/v1", "ftp://127.0.0.1/", "not a url"])
def test_unsafe_backend_urls_are_refused(url: str) -> None:
    with pytest.raises(ValidationError):
        Settings(openai_base_url=url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:11434/v1",
        "http://localhost:8080",
        "https://api.example.com/v1",
        "http://[::1]:9000",
    ],
)
def test_safe_backend_urls_are_accepted(url: str) -> None:
    assert Settings(videos_base_url=url).videos_base_url == url.rstrip("/")


def test_loopback_detection() -> None:
    assert is_loopback_url("http://127.0.0.5:1") and not is_loopback_url("http://10.0.0.1")


def test_autolock_bounds() -> None:
    with pytest.raises(ValidationError):
        Settings(autolock_minutes=0)
