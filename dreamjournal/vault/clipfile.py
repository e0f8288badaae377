"""Encrypted clip files: chunked AES-256-GCM, so truncation, reordering and bit flips all fail.

The format (integers big-endian)::

    header  MAGIC  b"DJCLIP" 0x00 0x01              8 bytes  (format version 1)
            chunk size (plaintext bytes)            u32      (64 KiB)
            nonce prefix (random per write)         7 bytes
            file id length, file id (UTF-8)         u16, n bytes
    chunks  AES-256-GCM(key, nonce = prefix | counter u32 | last u8, plaintext, ad = header)
            every chunk holds `chunk size` plaintext bytes except the last (0..chunk size);
            each ciphertext carries its 16-byte tag. The last chunk, and only it, has last = 1.

The key is per file: HKDF-SHA256(vault key, info = "dreamjournal:clip:" + file id), from
`Journal.file_key`. The header is associated data of every chunk, so it cannot change either;
the counter catches reordered or dropped chunks; the last flag catches a cut at a chunk
boundary. Files are written to a temp file next to the target, fsynced, then renamed.

`ClipWriter` is the streaming form: bytes go in as they are made (ffmpeg's stdout, a download)
and only ciphertext ever reaches the file; `encrypt_stream`, `encrypt_file` and `encrypt_bytes`
are built on it. A writer that is aborted (an error, a cancel) deletes its temp file.
"""

from __future__ import annotations

import contextlib
import os
import struct
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dreamjournal.errors import TamperedData, VaultError
from dreamjournal.i18n import Text

MAGIC = b"DJCLIP\x00\x01"
CHUNK = 64 * 1024
TAG = 16
PREFIX = 7
MAX_CHUNK = 16 * 1024 * 1024


class ClipFileMissing(VaultError):
    """The encrypted file of a clip is not where its record says."""


def _header(chunk_size: int, prefix: bytes, file_id: str) -> bytes:
    fid = file_id.encode()
    return MAGIC + struct.pack(">I", chunk_size) + prefix + struct.pack(">H", len(fid)) + fid


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


class ClipWriter:
    """Encrypts what is written to it into `dest`, chunk by chunk; `commit()` makes it the file.

    Plaintext is held for one chunk at most (it must know which chunk is the last). Used as a
    context manager it commits on success and aborts (temp file deleted) on any exception.
    """

    def __init__(self, key: bytes, file_id: str, dest: Path, chunk_size: int = CHUNK) -> None:
        if not 0 < chunk_size <= MAX_CHUNK:
            raise ValueError("chunk size out of range")
        self.dest, self.chunk_size = dest, chunk_size
        self._aead = AESGCM(key)
        self._prefix = os.urandom(PREFIX)
        self._header = _header(chunk_size, self._prefix, file_id)
        self._pending = bytearray()
        self._counter = 0
        self.plaintext_bytes = 0
        self.written = 0
        self.tmp = dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.tmp")
        # Owner-only, like the vault file itself (O_EXCL: never reuse a stray temp file).
        fd = os.open(self.tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        self._out: BinaryIO | None = os.fdopen(fd, "wb")
        self._emit(self._header)

    def _emit(self, data: bytes) -> None:
        assert self._out is not None
        self._out.write(data)
        self.written += len(data)

    def _seal(self, chunk: bytes | bytearray | memoryview, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        self._emit(self._aead.encrypt(nonce, bytes(chunk), self._header))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Add plaintext; every full chunk that is surely not the last is sealed and written."""
        if self._out is None:
            raise ValueError("the clip writer is closed")
        self._pending += data
        self.plaintext_bytes += len(data)
        size = self.chunk_size
        if len(self._pending) > size:
            # Keep 1..size bytes back: the last chunk must carry the last flag.
            keep = (len(self._pending) - 1) % size + 1
            cut = len(self._pending) - keep
            view = memoryview(self._pending)
            for pos in range(0, cut, size):
                self._seal(view[pos : pos + size], last=False)
            view.release()
            del self._pending[:cut]
        return len(data)

    def commit(self) -> int:
        """Seal the last chunk, fsync, rename onto `dest`; the bytes written to it."""
        if self._out is None:
            raise ValueError("the clip writer is closed")
        try:
            self._seal(self._pending, last=True)
            self._pending.clear()
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None
            os.replace(self.tmp, self.dest)
        except BaseException:
            self.abort()
            raise
        _fsync_dir(self.dest.parent)
        return self.written

    def abort(self) -> None:
        """Drop everything: close and delete the temp file (safe to call more than once)."""
        self._pending.clear()
        if self._out is not None:
            out, self._out = self._out, None
            with contextlib.suppress(OSError):
                out.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> ClipWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None and self._out is not None:
            self.commit()
        else:
            self.abort()


def encrypt_stream(
    key: bytes, file_id: str, src: BinaryIO, dest: Path, chunk_size: int = CHUNK
) -> int:
    """Encrypt everything readable from `src` into `dest` (temp file + rename); bytes written."""
    with ClipWriter(key, file_id, dest, chunk_size) as writer:
        while block := src.read(chunk_size):
            writer.write(block)
    return writer.written


def encrypt_file(key: bytes, file_id: str, src: Path, dest: Path) -> int:
    """Encrypt the file at `src` into `dest`."""
    with src.open("rb") as f:
        return encrypt_stream(key, file_id, f, dest)


def encrypt_bytes(key: bytes, file_id: str, data: bytes, dest: Path) -> int:
    """Encrypt `data` into `dest`."""
    import io

    return encrypt_stream(key, file_id, io.BytesIO(data), dest)


def _tampered(path: Path, why: Text) -> TamperedData:
    return TamperedData("error.clipfile.clip_file_changed", file=path.name, why=why)


def decrypt_file(key: bytes, file_id: str, path: Path) -> bytes:
    """The plaintext, decrypted and checked in memory; TamperedData if anything is off."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ClipFileMissing("error.clipfile.clip_file_missing", file=path.name) from None
    return decrypt_bytes(key, file_id, data, path)


def decrypt_bytes(key: bytes, file_id: str, data: bytes, path: Path | None = None) -> bytes:
    """`decrypt_file` for sealed bytes already in memory (a backup); `path` names it in errors."""
    path = path or Path(f"{file_id}.djclip")
    fixed = len(MAGIC) + 4 + PREFIX + 2
    if len(data) < fixed or data[: len(MAGIC)] != MAGIC:
        raise _tampered(path, Text("error.clipfile.why.not_a_clip"))
    (chunk_size,) = struct.unpack_from(">I", data, len(MAGIC))
    prefix = data[len(MAGIC) + 4 : len(MAGIC) + 4 + PREFIX]
    (id_len,) = struct.unpack_from(">H", data, fixed - 2)
    header_end = fixed + id_len
    if not 0 < chunk_size <= MAX_CHUNK or len(data) < header_end + TAG:
        raise _tampered(path, Text("error.clipfile.why.truncated_header"))
    if data[fixed:header_end] != file_id.encode():
        raise _tampered(path, Text("error.clipfile.why.other_clip"))
    header = data[:header_end]
    aead = AESGCM(key)
    view = memoryview(data)
    out = bytearray()
    pos, counter, step = header_end, 0, chunk_size + TAG
    while True:
        remaining = len(data) - pos
        last = remaining <= step
        size = remaining if last else step
        if size < TAG:
            raise _tampered(path, Text("error.clipfile.why.truncated"))
        try:
            out += aead.decrypt(_nonce(prefix, counter, last), view[pos : pos + size], header)
        except InvalidTag:
            raise _tampered(path, Text("error.clipfile.why.chunk_failed", chunk=counter)) from None
        if last:
            return bytes(out)
        pos += size
        counter += 1


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
