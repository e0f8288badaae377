"""The videos-api renderer against a real HTTP server on 127.0.0.1 that speaks /v1/videos."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dreamjournal.errors import BackendError, ConsentRequired
from dreamjournal.render.encoder import ffmpeg_exe
from dreamjournal.render.videos_api import VideosApiRenderer
from dreamjournal.settings import Settings
from tests.test_render import sample_job


@dataclass
class Provider:
    """What the fake provider answers, and what it was asked."""

    mp4: bytes = b""
    polls: list[dict[str, Any]] = field(default_factory=list)  # answers to GET /videos/{id}
    post: list[tuple[int, Any, dict[str, str]]] = field(default_factory=list)  # scripted POSTs
    delay_s: float = 0.0
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)

    def answer(self, method: str, path: str) -> tuple[int, Any, dict[str, str]]:
        if method == "POST" and path == "/v1/videos":
            if self.post:
                return self.post.pop(0)
            return 200, {"id": "video_1", "status": "queued", "progress": 0}, {}
        if method == "GET" and path == "/v1/videos/video_1":
            return 200, self.polls.pop(0) if len(self.polls) > 1 else self.polls[0], {}
        if method == "GET" and path == "/v1/videos/video_1/content":
            return 200, self.mp4, {"Content-Type": "video/mp4"}
        return 404, {"error": {"message": "no such thing"}}, {}


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            provider.requests.append((self.command, self.path, dict(self.headers), body))
            time.sleep(provider.delay_s)
            status, payload, headers = provider.answer(self.command, self.path)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            if isinstance(payload, str):
                data = payload.encode()
            self.send_response(status)
            for k, v in {"Content-Type": "application/json", **headers}.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _serve

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and hung up is what some tests are about


@pytest.fixture(scope="module")
def tiny_mp4(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("mp4") / "tiny.mp4"
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "color=c=navy:s=320x240:d=1:r=24",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(out),
        ],
        check=True,
    )
    return out.read_bytes()


@pytest.fixture
def provider(tiny_mp4: bytes) -> Iterator[tuple[Provider, str]]:
    """A provider on a free 127.0.0.1 port, started and stopped here."""
    state = Provider(mp4=tiny_mp4)
    server = Server(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class FakeTime:
    """An injectable clock and sleep: sleeping moves the clock, nobody waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def renderer(base: str, fake: FakeTime, timeout_s: float = 5.0, **kw: Any) -> VideosApiRenderer:
    settings = Settings(
        videos_base_url=base,
        videos_api_key="sk-test",
        videos_model="dream-video-1",
        request_timeout_s=timeout_s,
    )
    return VideosApiRenderer(settings=settings, sleep=fake.sleep, clock=fake.clock, **kw)


def consenting(**kw: Any):  # type: ignore[no-untyped-def]
    job = sample_job(**kw)
    return type(job)(**{**job.__dict__, "consent": True})


def test_success_with_progress(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.polls = [
        {"id": "video_1", "status": "in_progress", "progress": 30},
        {"id": "video_1", "status": "in_progress", "progress": 70},
        {"id": "video_1", "status": "completed", "progress": 100},
    ]
    fake, seen = FakeTime(), []
    out = tmp_path / "remote.mp4"
    result = renderer(base, fake).render(consenting(), out, lambda f: seen.append(f))
    assert out.read_bytes() == state.mp4 and result.size == (320, 240)
    assert result.poster_png.startswith(b"\x89PNG")
    method, path, headers, body = state.requests[0]
    assert (method, path) == ("POST", "/v1/videos")
    assert headers["Authorization"] == "Bearer sk-test"
    assert body["model"] == "dream-video-1" and body["seconds"] == "4" and body["size"] == "854x480"
    # A server on this machine gets the open-model profile: a short prompt, one paragraph.
    assert "Camera:" in body["prompt"] and "moon" in body["prompt"] and "\n" not in body["prompt"]
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert pytest.approx(0.27) in seen and pytest.approx(0.63) in seen
    assert fake.slept == sorted(fake.slept) and fake.slept[0] == 2.0  # backing off


def test_failed_job(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.polls = [{"id": "video_1", "status": "failed", "error": {"message": "prompt blocked"}}]
    with pytest.raises(BackendError, match="could not make this clip: prompt blocked"):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")
    assert not (tmp_path / "x.mp4").exists()


def test_429_retry_after_is_honoured(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.post = [(429, {"error": {"message": "slow down"}}, {"Retry-After": "7"})]
    state.polls = [{"id": "video_1", "status": "completed", "progress": 100}]
    fake = FakeTime()
    renderer(base, fake).render(consenting(), tmp_path / "x.mp4")
    assert fake.slept[0] == 7.0
    assert [r[0] for r in state.requests[:2]] == ["POST", "POST"]


def test_429_beyond_the_deadline_is_a_clear_error(
    provider: tuple[Provider, str], tmp_path: Path
) -> None:
    state, base = provider
    state.post = [(429, {}, {"Retry-After": "3600"})]
    with pytest.raises(BackendError, match=r"rate-limiting.*3600 seconds"):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")


def test_401_and_5xx(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.post = [(401, {"error": "bad key"}, {})]
    with pytest.raises(BackendError, match="refused the API key"):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")
    state.post = [(503, {}, {})] * 2
    state.polls = [{"id": "video_1", "status": "completed", "progress": 100}]
    renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")  # retried, then fine
    state.post = [(500, {"error": {"message": "boom"}}, {})] * 10
    with pytest.raises(BackendError, match="HTTP 500: boom"):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")


def test_request_timeout(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.delay_s = 0.5
    with pytest.raises(BackendError, match="did not answer within 0.1 seconds"):
        renderer(base, FakeTime(), timeout_s=0.1).render(consenting(), tmp_path / "x.mp4")


def test_job_that_never_finishes_times_out(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.polls = [{"id": "video_1", "status": "in_progress", "progress": 10}]
    fake = FakeTime()
    with pytest.raises(BackendError, match="did not finish the video within 60 seconds"):
        renderer(base, fake, job_timeout_s=60).render(consenting(), tmp_path / "x.mp4")
    assert sum(fake.slept) <= 60


@pytest.mark.parametrize(
    "answer, message",
    [
        ("this is not json", "not JSON"),
        ({"status": "queued"}, "without an id"),
        ({"id": "video_1", "status": "melting"}, "unknown job status"),
        ([1, 2, 3], "without an id"),
    ],
)
def test_malformed_answers(
    provider: tuple[Provider, str], tmp_path: Path, answer: Any, message: str
) -> None:
    state, base = provider
    state.post = [(200, answer, {})]
    with pytest.raises(BackendError, match=message):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")


def test_content_that_is_not_an_mp4(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    state.polls = [{"id": "video_1", "status": "completed", "progress": 100}]
    state.mp4 = b"<html>surprise</html>"
    with pytest.raises(BackendError, match="not an MP4"):
        renderer(base, FakeTime()).render(consenting(), tmp_path / "x.mp4")
    assert not (tmp_path / "x.mp4").exists()


def test_refused_without_consent(provider: tuple[Provider, str], tmp_path: Path) -> None:
    state, base = provider
    with pytest.raises(ConsentRequired):
        renderer(base, FakeTime()).render(sample_job(), tmp_path / "x.mp4")
    assert state.requests == []


def test_render_clip_refuses_without_consent_before_any_request(
    provider: tuple[Provider, str], journal: Any
) -> None:
    from dreamjournal.render.clips import list_clips, render_clip
    from tests.test_render import DREAM

    state, base = provider
    entry = journal.add(title="Moon lake", body=DREAM)
    options = {"settings": Settings(videos_base_url=base), "sleep": FakeTime().sleep}
    with pytest.raises(ConsentRequired):
        render_clip(journal, entry.id, backend="videos-api", renderer_options=options)
    assert state.requests == [] and list_clips(journal, entry.id) == []
    state.polls = [{"id": "video_1", "status": "completed", "progress": 100}]
    info = render_clip(
        journal, entry.id, backend="videos-api", consent=True, seconds=4, renderer_options=options
    )
    assert info.backend == "videos-api" and info.size == "320x240"


def test_unconfigured(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="DREAMJOURNAL_VIDEOS_BASE_URL"):
        VideosApiRenderer(settings=Settings(videos_base_url=None)).render(
            consenting(), tmp_path / "x.mp4"
        )


def test_an_mp4_with_its_index_at_the_end_streams_through_too(
    provider: tuple[Provider, str], tmp_path: Path
) -> None:
    """Not every provider sends faststart files; ffmpeg reads this one from the pipe as well."""
    late = tmp_path / "late.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=navy:s=320x240:d=1:r=24"]
        + ["-c:v", "libx264", "-pix_fmt", "yuv420p", str(late)],
        check=True,
    )
    state, base = provider
    state.mp4 = late.read_bytes()
    assert b"moov" not in state.mp4[:64]  # the index really is at the end
    state.polls = [{"id": "video_1", "status": "completed", "progress": 100}]
    out = tmp_path / "x.mp4"
    result = renderer(base, FakeTime()).render(consenting(), out)
    assert out.read_bytes() == state.mp4 and result.mp4_bytes == len(state.mp4)
    assert result.poster_png.startswith(b"\x89PNG") and (result.seconds, result.size) == (
        1.0,
        (320, 240),
    )
