"""The `videos-api` renderer: a remote text-to-video job API of the `/v1/videos` shape.

    POST {base}/videos {model, prompt, seconds, size}  -> {id, status, progress}
    GET  {base}/videos/{id}                           -> {id, status: queued | in_progress |
                                                          completed | failed, progress, error}
    GET  {base}/videos/{id}/content                   -> the MP4

`base` is DREAMJOURNAL_VIDEOS_BASE_URL (".../v1"; "/v1" is added when missing). The job's size
and length are checked against the provider profile (DREAMJOURNAL_VIDEO_PROFILE, or the default
for the base URL: `visualize.profiles.profile_for`) before any request. The prompt
carries the dream's own sentences, so nothing is sent without consent for that entry in that
call. Polls back off up to a cap under an overall deadline; 429 honours Retry-After; 5xx is
retried a few times; every failure is a BackendError that says what to do.

Every answer is read through `dreamjournal.http.fetch`: JSON answers are capped at
MAX_JSON_BYTES, the MP4 at `max_content_bytes` (decoded bytes, so compression cannot get past
the cap), each request under its own overall deadline. The MP4 streams into the caller's sink
(the encrypted clip writer) as it arrives, and through ffmpeg on a pipe for its probe and
poster: it is never whole in memory and never a plaintext file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from dreamjournal.errors import BackendError, ConsentRequired
from dreamjournal.http import Answer, fetch, retry_after_seconds
from dreamjournal.i18n import Text
from dreamjournal.render.base import (
    ClipSink,
    ProgressFn,
    RenderJob,
    RenderOutput,
    open_sink,
    report,
)
from dreamjournal.render.encoder import Probe, StreamProbe
from dreamjournal.visualize.profiles import profile_for

MAX_CONTENT_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 1024 * 1024  # a job object is a few hundred bytes
DOWNLOAD_TIMEOUT_S = 600.0  # the whole MP4 download, first byte to last
STATUSES = {"queued", "in_progress", "completed", "failed"}


class VideosApiRenderer:
    """Sends the prompt to a /v1/videos provider, polls the job, downloads the MP4."""

    name = "videos-api"
    remote = True

    def __init__(
        self,
        *,
        settings: Any = None,
        client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        job_timeout_s: float = 900.0,
        poll_interval_s: float = 2.0,
        max_poll_interval_s: float = 20.0,
        max_retries: int = 3,
        ffmpeg: str | None = None,
        max_content_bytes: int = MAX_CONTENT_BYTES,
        download_timeout_s: float = DOWNLOAD_TIMEOUT_S,
        **_: object,
    ) -> None:
        if settings is None:
            from dreamjournal.settings import get_settings

            settings = get_settings()
        self.base_url = settings.videos_base_url
        self.model = settings.videos_model
        self.profile = profile_for(
            self.base_url, getattr(settings, "video_profile", None), model=self.model
        )
        key = settings.videos_api_key
        self.api_key = key.get_secret_value() if key is not None else None
        self.timeout = httpx.Timeout(settings.request_timeout_s)
        self._client, self._transport = client, transport
        self.sleep, self.clock = sleep, clock
        self.job_timeout_s, self.max_retries = job_timeout_s, max_retries
        self.poll_interval_s, self.max_poll_interval_s = poll_interval_s, max_poll_interval_s
        self.ffmpeg = ffmpeg
        self.max_content_bytes, self.download_timeout_s = max_content_bytes, download_timeout_s
        self._deadline = 0.0

    # ---- the job ---------------------------------------------------------------------------
    def render(
        self, job: RenderJob, out: ClipSink | Path, progress: ProgressFn | None = None
    ) -> RenderOutput:
        """Run one remote job and stream its MP4 into `out`."""
        if not job.consent:
            raise ConsentRequired("error.videos_api.videos_api_renderer")
        if not self.base_url:
            raise BackendError("error.videos_api.video_service_configured")
        self.profile.check(job.size, job.seconds)  # InvalidInput before anything is sent
        base = self.base_url.rstrip("/")
        base = base if base.endswith("/v1") else base + "/v1"
        client = self._client or httpx.Client(transport=self._transport, timeout=self.timeout)
        self._deadline = self.clock() + self.job_timeout_s
        try:
            report(progress, 0.0)
            w, h = job.size
            body = {
                "model": self.model,
                # The prompt's text in the profile's shape (short for open models, an audio cue
                # for services that make sound).
                "prompt": job.prompt.model_copy(update={"profile": self.profile.name}).as_text(),
                "seconds": str(round(job.seconds)),
                "size": f"{w}x{h}",
            }
            state = self._job(self._call(client, "POST", f"{base}/videos", json=body))
            delay = self.poll_interval_s
            while state["status"] in {"queued", "in_progress"}:
                report(progress, 0.9 * state["progress"] / 100.0)
                self._wait(delay, "finish the video")
                delay = min(delay * 1.6, self.max_poll_interval_s)
                state = self._job(self._call(client, "GET", f"{base}/videos/{state['id']}"))
            if state["status"] == "failed":
                raise BackendError(
                    "error.videos_api.video_service_could", state_error=state["error"]
                )
            report(progress, 0.92)
            with open_sink(out) as sink:
                received, poster, info = self._download(
                    client, f"{base}/videos/{state['id']}/content", sink, job.seconds * 0.45
                )
        finally:
            if self._client is None:
                client.close()
        seconds, size = float(job.seconds), job.size
        if info is not None:
            seconds, size = info.duration, (info.width, info.height)
        report(progress, 1.0)
        return RenderOutput(received, poster, seconds, size, {"job_id": state["id"]})

    def _wait(self, seconds: float, what: str) -> None:
        if self.clock() + seconds > self._deadline:
            raise BackendError(
                "error.videos_api.video_service_did", what=what, job_timeout_s=self.job_timeout_s
            )
        self.sleep(seconds)

    @staticmethod
    def _job(data: Any) -> dict[str, Any]:
        """Check a job object's shape: id, status, progress, error."""
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
            raise _malformed("a video job without an id")
        status = data.get("status")
        if status not in STATUSES:
            raise _malformed(f"an unknown job status {str(status)[:40]!r}")
        raw = data.get("progress") or 0
        progress = float(raw) if isinstance(raw, int | float) else 0.0
        error = data.get("error")
        message = error.get("message") if isinstance(error, dict) else error
        return {
            "id": data["id"],
            "status": status,
            "progress": min(100.0, max(0.0, progress)),
            "error": str(message or "no reason given")[:300],
        }

    # ---- HTTP ------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": "dreamjournal"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _call(self, client: httpx.Client, method: str, url: str, **kw: Any) -> Any:
        """One JSON request with retries for 429 (Retry-After) and 5xx; the decoded answer."""
        response = self._send(client, method, url, **kw)
        try:
            return response.json()
        except ValueError:
            raise _malformed("something that is not JSON") from None

    def _send(
        self,
        client: httpx.Client,
        method: str,
        url: str,
        *,
        sink: Callable[[bytes], object] | None = None,
        **kw: Any,
    ) -> Answer:
        attempt = 0
        while True:
            try:
                response = fetch(
                    client,
                    method,
                    url,
                    who=Text("http.who.video_service"),
                    max_bytes=MAX_JSON_BYTES if sink is None else self.max_content_bytes,
                    timeout=self.timeout.read or 30.0,
                    deadline_s=None if sink is None else self.download_timeout_s,
                    sink=sink,
                    hint=Text("http.hint.try_later")
                    if sink is not None
                    else Text("http.hint.try_later_or_raise_timeout"),
                    headers=self._headers(),
                    **kw,
                )
            except httpx.TimeoutException:
                raise BackendError(
                    "error.videos_api.video_service_did_2", timeout_read=self.timeout.read
                ) from None
            except httpx.HTTPError as exc:
                raise BackendError(
                    "error.videos_api.could_reach_video", error=type(exc).__name__
                ) from None
            code = response.status_code
            if code < 400:
                return response
            attempt += 1
            if code in {401, 403}:
                raise BackendError("error.videos_api.video_service_refused", code=code)
            if code == 429:
                wait = retry_after_seconds(response.headers.get("Retry-After"), time.time())
                if (
                    wait is None
                    or attempt > self.max_retries
                    or self.clock() + wait > self._deadline
                ):
                    after = (
                        Text("videos_api.asks_to_wait", seconds=f"{wait:g}")
                        if wait is not None
                        else ""
                    )
                    raise BackendError("error.videos_api.video_service_rate", after=after)
                self._wait(wait, "accept the request")
                continue
            if code >= 500 and attempt <= self.max_retries:
                self._wait(min(2.0**attempt, self.max_poll_interval_s), "recover")
                continue
            raise BackendError(
                "error.videos_api.video_service_answered_2",
                code=code,
                reason_response=_reason(response),
                try_again_later_if_code_500_el=Text("http.hint.try_later")
                if code >= 500
                else Text("videos_api.hint.check_model"),
            )

    def _download(
        self, client: httpx.Client, url: str, sink: ClipSink, poster_at: float
    ) -> tuple[int, bytes, Probe | None]:
        """Stream the MP4 into `sink` (and ffmpeg, for probe and poster): bytes, PNG, probe."""
        head = bytearray()
        grabber = StreamProbe(poster_at, self.ffmpeg)

        def take(piece: bytes) -> None:
            if len(head) < 8:  # refuse anything but an MP4 before it goes further
                head.extend(piece[: 8 - len(head)])
                if len(head) == 8 and head[4:8] != b"ftyp":
                    raise _malformed("content that is not an MP4 video")
            sink.write(piece)
            grabber.feed(piece)

        try:
            answer = self._send(client, "GET", url, sink=take)
            if head[4:8] != b"ftyp":
                raise _malformed("content that is not an MP4 video")
        except BaseException:
            grabber.abort()
            raise
        poster, info = grabber.finish()
        return answer.received, poster, info


def _malformed(what: str) -> BackendError:
    return BackendError("error.videos_api.video_service_answered", what=what)


def _reason(response: Answer) -> str:
    try:
        data = response.json()
        error = data.get("error") if isinstance(data, dict) else None
        message = error.get("message") if isinstance(error, dict) else error
        return str(message or response.reason_phrase)[:200]
    except ValueError:
        return response.reason_phrase or "no reason given"
