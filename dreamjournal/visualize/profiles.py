"""Provider profiles: what a text-to-video service accepts, and how its prompt should read.

A profile says which frame sizes and clip lengths a service takes, whether it makes sound
(so the prompt carries an audio cue), and how long a prompt it reads well. The prompt writers
shape their shot lists with it, and the `videos-api` renderer checks a job against it before
anything is sent, so a service never refuses a request we could have known was wrong.

    sora-2   1280x720 or 720x1280; 4, 8 or 12 s; sound
    veo-3    1280x720 or 720x1280; 8 s; sound (an explicit audio cue)
    open     Wan 2.x, LTX-Video (e.g. through vLLM-Omni): 854x480, 480x854, 1280x720,
             720x1280; about 5 s (3-8); short prompts, no sound
    generic  any even size from 256 to 1920 a side; 2-60 s; sound line kept

`profile_for(base_url, name)` picks one: the named profile (DREAMJOURNAL_VIDEO_PROFILE), else a
sensible default for the service's address and model.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlparse

from dreamjournal.errors import InvalidInput

SHOT_SECONDS: Final = 4.0  # about one shot per 4 seconds


@dataclass(frozen=True)
class VideoProfile:
    """What one kind of text-to-video service accepts, and how its prompt is shaped."""

    name: str
    label: str
    sizes: tuple[tuple[int, int], ...]  # empty: any size within `size_range`
    seconds: tuple[float, ...]  # exact lengths; empty: any within `seconds_range`
    seconds_range: tuple[float, float]
    default_seconds: float
    default_size: tuple[int, int]
    audio: bool  # the service makes sound, so the prompt carries an audio cue
    short_prompt: bool  # the model reads short prompts best (open models)
    max_prompt_chars: int
    size_range: tuple[int, int] = (256, 1920)

    def sizes_text(self) -> str:
        """The accepted sizes, for messages."""
        if self.sizes:
            return ", ".join(f"{w}x{h}" for w, h in self.sizes)
        lo, hi = self.size_range
        return f"any even width and height from {lo} to {hi}"

    def seconds_text(self) -> str:
        """The accepted lengths, for messages."""
        if self.seconds:
            return " or ".join(f"{s:g}" for s in self.seconds) + " seconds"
        lo, hi = self.seconds_range
        return f"{lo:g} to {hi:g} seconds"

    def accepts_size(self, size: tuple[int, int]) -> bool:
        """Whether the service takes frames of this size."""
        if self.sizes:
            return tuple(size) in self.sizes
        lo, hi = self.size_range
        return all(lo <= side <= hi and side % 2 == 0 for side in size)

    def accepts_seconds(self, seconds: float) -> bool:
        """Whether the service makes clips of this length."""
        if self.seconds:
            return any(abs(seconds - s) < 1e-6 for s in self.seconds)
        lo, hi = self.seconds_range
        return lo <= seconds <= hi

    def check(self, size: tuple[int, int], seconds: float) -> None:
        """Raise InvalidInput (before anything is sent) for a size or length it refuses."""
        if not self.accepts_size(size):
            raise InvalidInput(
                "error.profiles.video_profile_takes",
                label=self.label,
                sizes_text=self.sizes_text(),
                size_0=size[0],
                size_1=size[1],
            )
        if not self.accepts_seconds(seconds):
            raise InvalidInput(
                "error.profiles.video_profile_makes",
                label=self.label,
                seconds_text=self.seconds_text(),
                seconds=seconds,
            )

    def fit_seconds(self, seconds: float | None) -> float:
        """The nearest length the service makes (its default for None)."""
        if seconds is None:
            return self.default_seconds
        if self.seconds:
            return min(self.seconds, key=lambda s: (abs(s - seconds), s))
        lo, hi = self.seconds_range
        return min(hi, max(lo, float(seconds)))

    def fit_size(self, size: tuple[int, int] | None) -> tuple[int, int]:
        """The accepted size closest in orientation and area (its default for None)."""
        if size is None:
            return self.default_size
        if self.accepts_size(size):
            return tuple(size)  # type: ignore[return-value]
        if not self.sizes:
            lo, hi = self.size_range
            return (
                min(hi, max(lo, size[0] - size[0] % 2)),
                min(hi, max(lo, size[1] - size[1] % 2)),
            )
        portrait = size[1] > size[0]
        same = [s for s in self.sizes if (s[1] > s[0]) == portrait] or list(self.sizes)
        return min(same, key=lambda s: abs(s[0] * s[1] - size[0] * size[1]))

    def shot_count(self, seconds: float) -> int:
        """About one shot per 4 seconds: 12 s -> 3, 8 s -> 2, 5 s -> 1 (at least 1, at most 12)."""
        return max(1, min(12, round(seconds / SHOT_SECONDS)))


_LANDSCAPE_PORTRAIT_720 = ((1280, 720), (720, 1280))
PROFILES: Final[dict[str, VideoProfile]] = {
    "sora-2": VideoProfile(
        name="sora-2",
        label="Sora-2",
        sizes=_LANDSCAPE_PORTRAIT_720,
        seconds=(4.0, 8.0, 12.0),
        seconds_range=(4.0, 12.0),
        default_seconds=12.0,
        default_size=(1280, 720),
        audio=True,
        short_prompt=False,
        max_prompt_chars=4000,
    ),
    "veo-3": VideoProfile(
        name="veo-3",
        label="Veo-3",
        sizes=_LANDSCAPE_PORTRAIT_720,
        seconds=(8.0,),
        seconds_range=(8.0, 8.0),
        default_seconds=8.0,
        default_size=(1280, 720),
        audio=True,
        short_prompt=False,
        max_prompt_chars=2500,
    ),
    "open": VideoProfile(
        name="open",
        label="open-model (Wan 2.x / LTX-Video)",
        sizes=((854, 480), (480, 854), (832, 480), (480, 832), *_LANDSCAPE_PORTRAIT_720),
        seconds=(),
        seconds_range=(3.0, 8.0),
        default_seconds=5.0,
        default_size=(854, 480),
        audio=False,
        short_prompt=True,
        max_prompt_chars=900,
    ),
    "generic": VideoProfile(
        name="generic",
        label="generic",
        sizes=(),
        seconds=(),
        seconds_range=(2.0, 60.0),
        default_seconds=12.0,
        default_size=(854, 480),
        audio=True,
        short_prompt=False,
        max_prompt_chars=4000,
    ),
}
ALIASES: Final[dict[str, str]] = {
    "sora": "sora-2", "sora2": "sora-2", "veo": "veo-3", "veo3": "veo-3", "wan": "open",
    "ltx": "open", "ltx-video": "open", "vllm-omni": "open", "open-model": "open",
}  # fmt: skip
# Model names that say which kind of service it is ("Wan-AI/Wan2.2-T2V-A14B", "veo-3.0-...").
_MODEL_HINTS: Final = (
    ("sora", "sora-2"), ("veo", "veo-3"), ("wan", "open"), ("ltx", "open"),
    ("hunyuan", "open"), ("cogvideo", "open"), ("mochi", "open"),
)  # fmt: skip


def profile_names() -> list[str]:
    """The profile names, in the order they are offered."""
    return list(PROFILES)


def get_profile(name: str) -> VideoProfile:
    """The named profile (aliases like "wan" or "veo" work), or InvalidInput."""
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    try:
        return PROFILES[key]
    except KeyError:
        raise InvalidInput(
            "error.profiles.video_profile_called", name=name, join_profiles=", ".join(PROFILES)
        ) from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def profile_for(
    base_url: str | None, name: str | None = None, *, model: str | None = None
) -> VideoProfile:
    """The profile to use: `name` if given, else a default for this service and model.

    api.openai.com -> sora-2; Google's APIs -> veo-3; a server on this machine (vLLM-Omni and
    the like) -> open; else a model name that says Wan, LTX (or another open model), Veo or
    Sora -> that shape; anything else -> generic.
    """
    if name:
        return get_profile(name)
    host = (urlparse(base_url).hostname or "").lower() if base_url else ""
    if host.endswith("openai.com"):
        return PROFILES["sora-2"]
    if host.endswith(("googleapis.com", "google.com")):
        return PROFILES["veo-3"]
    if host and _loopback(host):
        return PROFILES["open"]
    wanted = (model or "").lower()
    for hint, profile in _MODEL_HINTS:
        if hint in wanted:
            return PROFILES[profile]
    return PROFILES["generic"]
