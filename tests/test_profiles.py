"""Provider profiles: the right sizes and lengths accepted and refused; videos-api refuses first."""

from __future__ import annotations

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.render.videos_api import VideosApiRenderer
from dreamjournal.settings import Settings
from dreamjournal.visualize.profiles import PROFILES, get_profile, profile_for
from tests.loopback_server import LoopbackServer
from tests.test_render import sample_job


@pytest.mark.parametrize(
    ("name", "size", "seconds", "ok"),
    [
        ("sora-2", (1280, 720), 12, True),
        ("sora-2", (720, 1280), 4, True),
        ("sora-2", (1280, 720), 8, True),
        ("sora-2", (854, 480), 12, False),  # what the renderer used to send
        ("sora-2", (1280, 720), 10, False),
        ("sora-2", (1280, 720), 60, False),
        ("veo-3", (1280, 720), 8, True),
        ("veo-3", (1280, 720), 12, False),
        ("veo-3", (854, 480), 8, False),
        ("open", (854, 480), 5, True),
        ("open", (1280, 720), 5, True),
        ("open", (480, 854), 4, True),
        ("open", (1920, 1080), 5, False),
        ("open", (854, 480), 12, False),
        ("generic", (854, 480), 12, True),
        ("generic", (1000, 600), 30, True),
        ("generic", (853, 480), 12, False),  # odd width
        ("generic", (854, 480), 90, False),
    ],
)
def test_profiles_accept_and_refuse_the_right_sizes_and_lengths(
    name: str, size: tuple[int, int], seconds: float, ok: bool
) -> None:
    profile = get_profile(name)
    if ok:
        profile.check(size, seconds)
    else:
        with pytest.raises(InvalidInput, match=profile.label.split(" ")[0]):
            profile.check(size, seconds)


def test_refusals_say_what_is_accepted() -> None:
    with pytest.raises(InvalidInput, match=r"1280x720, 720x1280; 854x480 was asked for"):
        get_profile("sora-2").check((854, 480), 12)
    with pytest.raises(InvalidInput, match=r"4 or 8 or 12 seconds; 10 seconds"):
        get_profile("sora-2").check((1280, 720), 10)
    with pytest.raises(InvalidInput, match="no video profile called 'hal'.*sora-2, veo-3"):
        get_profile("hal")


def test_fitting_and_shot_counts() -> None:
    sora, veo, open_ = PROFILES["sora-2"], PROFILES["veo-3"], PROFILES["open"]
    assert sora.fit_seconds(10) == 8 and sora.fit_seconds(None) == 12 and veo.fit_seconds(12) == 8
    assert open_.fit_seconds(None) == 5 and open_.fit_seconds(30) == 8
    assert sora.fit_size((854, 480)) == (1280, 720) and sora.fit_size((480, 854)) == (720, 1280)
    assert [sora.shot_count(s) for s in (4, 8, 12)] == [1, 2, 3]
    assert veo.shot_count(8) == 2 and open_.shot_count(5) == 1


def test_default_profile_per_base_url_and_the_setting() -> None:
    assert profile_for("https://api.openai.com/v1").name == "sora-2"
    assert profile_for("https://generativelanguage.googleapis.com/v1beta").name == "veo-3"
    assert profile_for("http://127.0.0.1:8000/v1", model="sora-2").name == "open"  # vLLM-Omni
    assert profile_for("https://gpu.example.org/v1", model="Wan-AI/Wan2.2-T2V-A14B").name == "open"
    assert profile_for("https://videos.example.org/v1", model="veo-3.0").name == "veo-3"
    assert profile_for("https://videos.example.org/v1", model="my-model").name == "generic"
    assert profile_for(None).name == "generic"
    assert profile_for("https://api.openai.com/v1", "wan").name == "open"  # the setting wins
    assert Settings(video_profile="Veo").video_profile == "veo-3"
    with pytest.raises(ValueError, match="no video profile"):
        Settings(video_profile="hal-9000")


def test_videos_api_refuses_an_invalid_size_or_length_before_any_request() -> None:
    with LoopbackServer() as server:
        settings = Settings(
            videos_base_url=server.url, videos_api_key="sk-test", video_profile="sora-2"
        )
        renderer = VideosApiRenderer(settings=settings, sleep=lambda s: None)
        job = sample_job(seconds=12, size=(854, 480))
        job = type(job)(**{**job.__dict__, "consent": True})
        with pytest.raises(InvalidInput, match="Sora-2 video profile takes 1280x720"):
            renderer.render(job, _Sink())
        job = type(job)(**{**job.__dict__, "size": (1280, 720), "seconds": 10.0})
        with pytest.raises(InvalidInput, match="4 or 8 or 12 seconds; 10 seconds"):
            renderer.render(job, _Sink())
        assert server.requests == []  # nothing was sent


class _Sink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes, /) -> int:
        self.data.extend(data)
        return len(data)
