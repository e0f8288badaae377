"""A real HTTP server on 127.0.0.1 for contract tests: scripted replies, every request recorded.

    with LoopbackServer([Reply(json={"ok": True}), Reply(status=503)]) as server:
        httpx.get(server.url + "/anything")
    assert server.requests[0].path == "/anything"

Replies are handed out in order, one per request; or pass `responder` (a function from the
recorded request to a Reply) to route by method and path, e.g. for a job API. A request with no
reply left gets HTTP 500 and lands in `unanswered`, so a test can assert it saw none.

In a test module::

    @pytest.fixture
    def server() -> Iterator[LoopbackServer]:
        with LoopbackServer() as running:
            yield running

Every response carries `Connection: close`, so no handler thread waits on an idle keep-alive
connection, and `stop()` (the context manager's exit) wakes delayed replies and joins all
threads: nothing outlives the test.
"""

from __future__ import annotations

import json as jsonlib
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted response; `delay` (seconds) holds it back, e.g. to provoke a client timeout."""

    status: int = 200
    json: Any = None
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        """Body bytes and headers, with a Content-Type filled in from the body's kind."""
        headers = dict(self.headers)
        if self.json is not None:
            headers.setdefault("Content-Type", "application/json")
            return jsonlib.dumps(self.json).encode(), headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        if self.body:
            headers.setdefault("Content-Type", "application/octet-stream")
        return self.body, headers


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it; header names are lower-case."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    client_host: str

    def json(self) -> Any:
        """The body parsed as JSON."""
        return jsonlib.loads(self.body)


Responder = Callable[[RecordedRequest], Reply]


class LoopbackServer:
    """A ThreadingHTTPServer on 127.0.0.1 and a free port, started and stopped by its owner."""

    def __init__(self, replies: Iterable[Reply] = (), responder: Responder | None = None) -> None:
        self._replies: deque[Reply] = deque(replies)
        self._responder = responder
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._unanswered: list[RecordedRequest] = []
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """http://127.0.0.1:PORT (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def port(self) -> int:
        """The port the server is bound to."""
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        return int(self._httpd.server_address[1])

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order."""
        with self._lock:
            return list(self._requests)

    @property
    def unanswered(self) -> list[RecordedRequest]:
        """Requests that found no scripted reply (and got HTTP 500)."""
        with self._lock:
            return list(self._unanswered)

    def add(self, *replies: Reply) -> None:
        """Queue more replies."""
        with self._lock:
            self._replies.extend(replies)

    def start(self) -> LoopbackServer:
        """Bind 127.0.0.1 on a free port and serve in a background thread."""
        self._stopping.clear()
        handler = type("Handler", (_Handler,), {"server_owner": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = False  # server_close() joins the handler threads
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake delayed replies, stop serving, join every thread, close the socket."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _reply_for(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self._requests.append(request)
            if self._responder is not None:
                responder = self._responder
            elif self._replies:
                return self._replies.popleft()
            else:
                self._unanswered.append(request)
                return Reply(status=500, json={"error": {"message": "no scripted reply left"}})
        return responder(request)


class _Handler(BaseHTTPRequestHandler):
    server_owner: LoopbackServer
    protocol_version = "HTTP/1.1"

    def _handle(self) -> None:
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
            client_host=self.client_address[0],
        )
        reply = self.server_owner._reply_for(request)
        if reply.delay and self.server_owner._stopping.wait(reply.delay):
            self.close_connection = True  # stopped while waiting: hang up without answering
            return
        body, headers = reply.encoded()
        try:
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (e.g. timed out)
            pass
        self.close_connection = True

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `requests`, not stderr."""
