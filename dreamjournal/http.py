"""The one HTTP policy of the remote backends (chat writer, /v1/videos renderer).

`fetch` sends one request and reads the answer as a stream, never whole, under two bounds:

- a byte cap on the *decoded* body: gzip and deflate are decompressed here, in pieces of at
  most `PIECE` bytes, and counted as they come out, so a small compressed bomb stops at the cap
  instead of inflating to gigabytes (httpx's own decoder would inflate each network read at once);
- a deadline for the whole request, connect to last byte: httpx's timeouts apply to each read,
  so a server that trickles a byte a second never trips them; here the deadline is checked
  after every piece that arrives, and a watchdog shuts the socket down when it passes, so a
  read blocked in the headers or the last bytes ends then too.

The body goes to a `sink` (e.g. the encrypted clip writer) or is collected (up to the cap) into
an `Answer`. Error answers (HTTP >= 400) are always collected, cut at `ERROR_BODY_CAP`, since
they are only read for a message. Going over a bound raises `BackendError`; httpx's own errors
(refused connection, a read timeout) pass through for the caller to word.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, TypeVar

import httpx

from dreamjournal.errors import BackendError
from dreamjournal.i18n import Text

PIECE = 64 * 1024
ERROR_BODY_CAP = 64 * 1024
WATCHDOG_GRACE_S = 0.5
# We decode these ourselves (bounded); anything else the server sends is refused.
ACCEPT_ENCODING = "gzip, deflate"

Sink = Callable[[bytes], object]


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), if it says."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class Answer:
    """A response read within the bounds: status, headers and the (decoded) body."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    reason_phrase: str
    received: int  # decoded body bytes (also when they went to a sink)

    @property
    def is_success(self) -> bool:
        """2xx."""
        return 200 <= self.status_code < 300

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (ValueError if it is not)."""
        return json.loads(self.content)


def _decoded(raw: Iterator[bytes], encoding: str, who: Text) -> Iterator[bytes]:
    """The body decoded, in pieces of at most PIECE bytes however well it compresses."""
    names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
    names = [n for n in names if n != "identity"]
    if not names:
        for chunk in raw:
            for pos in range(0, len(chunk), PIECE):
                yield chunk[pos : pos + PIECE]
        return
    if len(names) > 1 or names[0] not in ("gzip", "x-gzip", "deflate"):
        raise BackendError("error.http.sent_answer_encoding", who=who, encoding_40=encoding[:40])
    # 32 + MAX_WBITS: gzip or zlib header; raw deflate (some servers' "deflate") on retry.
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    raw_deflate = names[0] == "deflate"
    first = True
    try:
        for chunk in raw:
            data = chunk
            while data:
                try:
                    piece = inflater.decompress(data, PIECE)
                except zlib.error:
                    if not (first and raw_deflate):
                        raise
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    piece = inflater.decompress(data, PIECE)
                first = False
                data = inflater.unconsumed_tail
                if piece:
                    yield piece
                # Output still waiting inside zlib although the input is used up.
                while not data and len(piece) == PIECE:
                    piece = inflater.decompress(b"", PIECE)
                    if piece:
                        yield piece
        if tail := inflater.flush(PIECE):
            yield tail
    except zlib.error:
        raise BackendError("error.http.sent_damaged_compressed", who=who) from None


def _clamped(timeout: float, left: float) -> httpx.Timeout:
    """Per-phase timeouts that cannot outlast the whole request's deadline."""
    return httpx.Timeout(max(0.001, min(timeout, left)))


class _Watchdog:
    """Shuts the request's socket down when the deadline passes, so no read outlasts it.

    httpx cannot bound a whole request: a server sending its headers, or its last bytes, a
    byte at a time keeps every read within its timeout. The socket comes from httpcore's trace
    hook (a new connection) or from the response (a pooled one); `shutdown` from this timer
    thread makes the blocked read return at once, and `fired` tells the reader why.
    """

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace extension: keep the socket of a fresh connection."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.watch(info.get("return_value"))

    def watch(self, stream: object) -> None:
        """Watch the socket under an httpcore network stream."""
        get = getattr(stream, "get_extra_info", None)
        sock = get("socket") if callable(get) else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sock = sock
            if self.fired:
                self._shutdown()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        """The request is over: stand down."""
        self._timer.cancel()


def fetch(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    who: Text,
    max_bytes: int,
    timeout: float,
    deadline_s: float | None = None,
    sink: Sink | None = None,
    headers: dict[str, str] | None = None,
    hint: Text = Text("http.hint.try_later_or_raise_timeout"),
    **request: Any,
) -> Answer:
    """One request under the policy above; `who` names the server in messages (a catalogue
    Text, written in the reader's language like the message around it).

    `timeout` bounds each phase (connect, each read); `deadline_s` (default: `timeout`) bounds
    the whole request (`hint` says what to do when it passes). With a `sink`, a successful body
    goes there and `Answer.content` is empty.
    """
    total = timeout if deadline_s is None else deadline_s
    deadline = time.monotonic() + total
    overdue = BackendError("error.http.did_finish_answering", who=who, total=total, hint=hint)
    sent_headers = {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
    # A little after the deadline: a silent server meets httpx's own (clamped) read timeout
    # first and keeps its usual message; the watchdog is for reads that keep going.
    watchdog = _Watchdog(total + WATCHDOG_GRACE_S)
    try:
        with client.stream(
            method,
            url,
            headers=sent_headers,
            timeout=_clamped(timeout, total),
            extensions={"trace": watchdog.trace},
            **request,
        ) as response:
            watchdog.watch(response.extensions.get("network_stream"))
            answer = _read(response, who, max_bytes, sink, lambda: time.monotonic() > deadline)
    except httpx.TimeoutException:
        raise  # a read that got nothing within its timeout: the caller words it
    except (httpx.HTTPError, BackendError):
        if watchdog.fired:  # the read failed because the deadline cut the connection
            raise overdue from None
        raise
    except _Overdue:
        raise overdue from None
    finally:
        watchdog.cancel()
    if watchdog.fired:  # a close-delimited body simply ends when its socket is shut down
        raise overdue
    return answer


class _Overdue(Exception):
    """The deadline passed between two pieces of the body."""


def _read(
    response: httpx.Response,
    who: Text,
    max_bytes: int,
    sink: Sink | None,
    overdue: Callable[[], bool],
) -> Answer:
    """The body within the cap and the deadline: to `sink`, or collected into the Answer."""
    if overdue():
        raise _Overdue
    failed = response.status_code >= 400
    cap = ERROR_BODY_CAP if failed else max_bytes
    encoding = response.headers.get("Content-Encoding", "")
    plain = all(e.strip().lower() in ("", "identity") for e in encoding.split(","))
    length = response.headers.get("Content-Length", "")
    if not failed and plain and length.isdigit() and int(length) > cap:
        raise _too_large(who, cap)  # said up front: do not read a byte of it
    collected = bytearray()
    received = 0
    # iter_raw() without a chunk size: each network read as it lands (a chunk size would
    # buffer until it is full, and a trickle would never reach the deadline check).
    for piece in _decoded(response.iter_raw(), encoding, who):
        if overdue():
            raise _Overdue
        if received + len(piece) > cap:
            if failed:  # an error text is only read for a message: cut it, do not fail
                collected += piece[: cap - received]
                received = cap
                break
            raise _too_large(who, cap)
        received += len(piece)
        if sink is not None and not failed:
            sink(piece)
        else:
            collected += piece
    return Answer(
        response.status_code, response.headers, bytes(collected), response.reason_phrase, received
    )


def _too_large(who: Text, cap: int) -> BackendError:
    size = f"{cap / 2**20:g} MB" if cap >= 2**20 else f"{cap // 1024} KB"
    return BackendError("error.http.sent_more_than", who=who, size=size)


class _Status(Protocol):
    @property
    def status_code(self) -> int: ...


A = TypeVar("A", bound=_Status)


def with_retries(
    send: Callable[[], A], *, retries: int, unreachable: Callable[[httpx.HTTPError], Exception]
) -> A:
    """`send()` once more after a transport error or a 5xx answer, up to `retries` times.

    The last answer is returned whatever its status (the caller judges it); a transport error on
    the last try becomes `unreachable(exc)`, raised from it.
    """
    for attempt in range(retries + 1):
        try:
            answer = send()
        except httpx.HTTPError as exc:
            if attempt < retries:
                continue
            raise unreachable(exc) from exc
        if answer.status_code >= 500 and attempt < retries:
            continue
        return answer
    raise AssertionError("unreachable")


@contextlib.contextmanager
def client_or_own(client: httpx.Client | None) -> Iterator[httpx.Client]:
    """`client` as given (the caller closes it), or a new one closed afterwards."""
    if client is not None:
        yield client
        return
    with httpx.Client() as own:
        yield own
