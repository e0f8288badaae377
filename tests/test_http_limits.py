"""Remote answers are bounded while they stream (issue 11, finding 6): size, compression, time.

A real HTTP server on 127.0.0.1 sends hostile answers from generators, so a 600 MB body or a
gzip bomb costs the test nothing: only what the client reads is ever made. Memory is measured
with tracemalloc (every thread's Python allocations, the client's and the server's).
"""

from __future__ import annotations

import json
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from dreamjournal.errors import BackendError
from dreamjournal.http import ERROR_BODY_CAP, fetch
from dreamjournal.render.clips import list_clips, render_clip
from dreamjournal.settings import Settings
from dreamjournal.store.journal import Journal
from dreamjournal.visualize.openai_writer import MAX_ANSWER_BYTES, MAX_ECHO_CHARS, OpenAIWriter
from tests.loopback_server import LoopbackServer
from tests.test_openai_writer import chat, make_request, valid_answer

MIB = 1024 * 1024
BLOCK = b"x" * MIB  # one block, sent again and again: no allocation per MB sent
ZEROS = bytes(MIB)

Body = Callable[[threading.Event], Iterable[bytes]]


def huge(total: int = 600 * MIB) -> Body:
    """`total` bytes of body, made block by block as the client reads."""

    def body(stop: threading.Event) -> Iterator[bytes]:
        for _ in range(total // MIB):
            yield BLOCK

    return body


def gzip_bomb(inflated: int = 1500 * MIB, prefix: bytes = b"") -> Body:
    """A gzip stream of `prefix` + zeros: about 1.5 MB compressed for 1.5 GB inflated."""

    def body(stop: threading.Event) -> Iterator[bytes]:
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        yield packer.compress(prefix)
        for _ in range(inflated // MIB):
            if piece := packer.compress(ZEROS):
                yield piece
        yield packer.flush()

    return body


def trickle(head: bytes = b"", every_s: float = 1.0) -> Body:
    """`head` at once, then one byte a second, forever (until the client hangs up)."""

    def body(stop: threading.Event) -> Iterator[bytes]:
        if head:
            yield head
        while not stop.wait(every_s):
            yield b" "

    return body


@dataclass
class Route:
    """One scripted answer: status, headers, and a body generator."""

    body: Body
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    raw: bool = False  # the body is the whole answer, status line and headers included


class HostileServer:
    """Answers each path with its Route, streamed (chunked unless a Content-Length is set)."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes, self.stop_event = routes, threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                route = owner.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                    return
                if route.raw:
                    self._send(route.body(owner.stop_event), chunked=False)
                    return
                self.send_response(route.status)
                headers = {"Content-Type": "application/json", **route.headers}
                chunked = "Content-Length" not in headers
                if chunked:
                    headers["Transfer-Encoding"] = "chunked"
                for k, v in {**headers, "Connection": "close"}.items():
                    self.send_header(k, v)
                self.end_headers()
                self._send(route.body(owner.stop_event), chunked)

            def _send(self, pieces: Iterable[bytes], chunked: bool) -> None:
                try:
                    for piece in pieces:
                        if chunked:
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                        else:
                            self.wfile.write(piece)
                        self.wfile.flush()
                    if chunked:
                        self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: what these tests want
                self.close_connection = True

            do_GET = do_POST = _serve

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = False
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)


def peak_mib(work: Callable[[], Any]) -> tuple[float, BaseException | None]:
    """Peak traced memory (MiB) while `work` runs, and what it raised."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    error: BaseException | None = None
    try:
        work()
    except BaseException as exc:  # noqa: BLE001 - returned for the test to check
        error = exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / MIB, error


def writer(base: str, timeout_s: float = 30.0) -> OpenAIWriter:
    settings = Settings(openai_base_url=f"{base}/v1", openai_model="m", request_timeout_s=timeout_s)
    return OpenAIWriter(settings=settings, sleep=lambda s: None, max_retries=0)


CHAT = "/v1/chat/completions"


@pytest.mark.timeout(120)
def test_a_600_mb_answer_stops_at_the_cap_with_bounded_memory() -> None:
    with HostileServer({CHAT: Route(huge())}) as server:
        peak, error = peak_mib(lambda: writer(server.url).write(make_request()))
    assert isinstance(error, BackendError) and "more than 2 MB" in error.user_message
    print(f"600 MB answer: stopped at {MAX_ANSWER_BYTES / MIB:g} MiB, traced peak {peak:.1f} MiB")
    assert peak < 16  # the cap (2 MiB) plus pieces in flight; today: the whole body, 600+ MB


@pytest.mark.timeout(120)
def test_a_gzip_bomb_stops_at_the_cap_after_decompression() -> None:
    gzip = {"Content-Encoding": "gzip"}
    with HostileServer({CHAT: Route(gzip_bomb(), headers=gzip)}) as server:
        peak, error = peak_mib(lambda: writer(server.url).write(make_request()))
    assert isinstance(error, BackendError) and "more than 2 MB" in error.user_message
    print(f"gzip bomb (1.5 GB inflated): traced peak {peak:.1f} MiB")
    assert peak < 16


@pytest.mark.timeout(60)
def test_a_trickling_server_is_cut_off_at_the_deadline() -> None:
    with HostileServer({CHAT: Route(trickle(b'{"choices": '))}) as server:
        started = time.monotonic()
        with pytest.raises(BackendError, match="within 2 seconds"):
            writer(server.url, timeout_s=2.0).write(make_request())
        took = time.monotonic() - started
    print(f"trickle, 2 s deadline: BackendError after {took:.2f} s")
    assert took < 2.0 + 5.0  # deadline plus a generous margin; today it never ends


@pytest.mark.timeout(60)
@pytest.mark.parametrize("where", ["headers", "close-delimited body"])
def test_a_trickle_anywhere_in_the_answer_ends_at_the_deadline(where: str) -> None:
    """Every read returns within a second, so no httpx timeout ever fires; the deadline does."""
    head = b"HTTP/1.1 200 OK\r\nX-Slow: " if where == "headers" else b"HTTP/1.1 200 OK\r\n\r\n"
    with HostileServer({"/t": Route(trickle(head), raw=True)}) as server, httpx.Client() as client:
        started = time.monotonic()
        with pytest.raises(BackendError, match="within 2 seconds"):
            fetch(client, "GET", server.url + "/t", who="It", max_bytes=MIB, timeout=2.0)
        took = time.monotonic() - started
    print(f"trickle in the {where}, 2 s deadline: BackendError after {took:.2f} s")
    assert took < 2.0 + 5.0


@pytest.mark.timeout(60)
def test_a_declared_oversize_answer_is_refused_unread_and_error_bodies_are_cut() -> None:
    routes = {
        "/declared": Route(huge(), headers={"Content-Length": str(600 * MIB)}),
        "/error": Route(huge(), status=500),
    }
    with HostileServer(routes) as server, httpx.Client() as client:
        with pytest.raises(BackendError, match="more than 1 MB"):
            fetch(client, "GET", server.url + "/declared", who="It", max_bytes=MIB, timeout=10)
        answer = fetch(client, "GET", server.url + "/error", who="It", max_bytes=MIB, timeout=10)
    assert answer.status_code == 500 and len(answer.content) == ERROR_BODY_CAP


def test_unknown_content_encodings_are_refused() -> None:
    route = Route(lambda stop: [b"\x28\xb5\x2f\xfd"], headers={"Content-Encoding": "zstd"})
    with (
        HostileServer({"/z": route}) as server,
        httpx.Client() as client,
        pytest.raises(BackendError, match="encoding"),
    ):
        fetch(client, "GET", server.url + "/z", who="It", max_bytes=MIB, timeout=10)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "identity"])
def test_ordinary_compressed_answers_still_read(encoding: str) -> None:
    payload = json.dumps({"ok": True, "pad": "dream " * 50_000}).encode()  # 300 KB
    if encoding == "gzip":
        packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        data = packer.compress(payload) + packer.flush()
    elif encoding == "deflate":
        data = zlib.compress(payload)
    else:
        data = payload
    route = Route(lambda stop: [data[: len(data) // 2], data[len(data) // 2 :]])
    route.headers["Content-Encoding"] = encoding
    with HostileServer({"/ok": route}) as server, httpx.Client() as client:
        answer = fetch(client, "GET", server.url + "/ok", who="It", max_bytes=MIB, timeout=10)
    assert answer.json()["ok"] is True and answer.received == len(payload)


def test_the_repair_request_does_not_echo_a_huge_answer() -> None:
    request = make_request()
    junk = "{" + "a" * (MAX_ANSWER_BYTES // 2)  # invalid JSON, 1 MB, under the answer cap
    with LoopbackServer([chat(junk), chat(valid_answer(request))]) as server:
        writer(server.url).write(request)
        repair = server.requests[1]
    echoed = repair.json()["messages"][-2]["content"]
    assert len(echoed) < MAX_ECHO_CHARS + 100 and "more characters cut" in echoed
    assert len(repair.body) < 200_000  # today: the whole megabyte went back


# ---- the /v1/videos renderer: JSON answers and the MP4 download ---------------------------


def videos(base: str, **kw: Any) -> dict[str, Any]:
    return {
        "settings": Settings(
            videos_base_url=f"{base}/v1", videos_model="v", request_timeout_s=30.0
        ),
        "sleep": lambda s: None,
        **kw,
    }


JOB = json.dumps({"id": "video_1", "status": "completed", "progress": 100}).encode()


def _job_routes(content: Route) -> dict[str, Route]:
    done = Route(lambda stop: [JOB])
    return {"/v1/videos": done, "/v1/videos/video_1": done, "/v1/videos/video_1/content": content}


@pytest.mark.timeout(120)
def test_a_gzip_bomb_job_answer_stops_at_the_json_cap(journal: Journal) -> None:
    from tests.test_render import DREAM

    entry = journal.add(title="Moon lake", body=DREAM)
    bomb = Route(
        gzip_bomb(prefix=b'{"id": "video_1", "pad": "'), headers={"Content-Encoding": "gzip"}
    )
    with HostileServer({"/v1/videos": bomb}) as server:
        peak, error = peak_mib(
            lambda: render_clip(
                journal,
                entry.id,
                backend="videos-api",
                consent=True,
                seconds=4,
                renderer_options=videos(server.url),
            )
        )
    assert isinstance(error, BackendError) and "more than 1 MB" in error.user_message
    assert peak < 16


@pytest.mark.timeout(120)
@pytest.mark.parametrize("attack", ["huge", "gzip-bomb", "trickle"])
def test_a_hostile_download_stores_nothing_and_stays_small(journal: Journal, attack: str) -> None:
    from tests.test_render import DREAM

    entry = journal.add(title="Moon lake", body=DREAM)
    head = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00"
    content = {
        "huge": Route(lambda stop: [head, *huge()(stop)], headers={"Content-Type": "video/mp4"}),
        "gzip-bomb": Route(gzip_bomb(prefix=head), headers={"Content-Encoding": "gzip"}),
        "trickle": Route(trickle(head)),
    }[attack]
    with HostileServer(_job_routes(content)) as server:
        options = videos(server.url, max_content_bytes=8 * MIB, download_timeout_s=2.0)
        peak, error = peak_mib(
            lambda: render_clip(
                journal,
                entry.id,
                backend="videos-api",
                consent=True,
                seconds=4,
                renderer_options=options,
            )
        )
    assert isinstance(error, BackendError), error
    expected = "within 2 seconds" if attack == "trickle" else "more than 8 MB"
    assert expected in error.user_message
    print(f"download {attack}: traced peak {peak:.1f} MiB")
    assert peak < 24  # never the body: 64 KiB pieces into the encrypted writer
    assert journal.clip_dir is not None
    leftovers = list(journal.clip_dir.iterdir()) if journal.clip_dir.exists() else []
    assert leftovers == [] and list_clips(journal, entry.id) == []


def test_a_download_is_streamed_into_the_encrypted_writer(tmp_path: Path) -> None:
    """The path a normal download takes: many pieces, written as they come, decrypted equal."""
    from dreamjournal.vault.clipfile import ClipWriter, decrypt_file

    body = b"\x00\x00\x00\x20ftypisom" + bytes(range(256)) * 20_000  # ~5 MB
    pieces = [body[i : i + 100_000] for i in range(0, len(body), 100_000)]
    dest = tmp_path / "c.djclip"
    with (
        HostileServer({"/c": Route(lambda stop: pieces)}) as server,
        httpx.Client() as client,
        ClipWriter(bytes(32), "c", dest) as out,
    ):
        answer = fetch(
            client,
            "GET",
            server.url + "/c",
            who="It",
            max_bytes=8 * MIB,
            timeout=10,
            sink=out.write,
        )
    assert answer.content == b"" and answer.received == len(body)
    assert decrypt_file(bytes(32), "c", dest) == body
