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
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dreamjournal.errors import TamperedData, VaultError

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


def _chunks(src: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """(plaintext chunk, is last): reads one chunk ahead so the last one is known."""
    current = src.read(size)
    while True:
        following = src.read(size)
        if not following:
            yield current, True
            return
        yield current, False
        current = following


def encrypt_stream(
    key: bytes, file_id: str, src: BinaryIO, dest: Path, chunk_size: int = CHUNK
) -> int:
    """Encrypt everything readable from `src` into `dest` (temp file + rename); bytes written."""
    aead = AESGCM(key)
    prefix = os.urandom(PREFIX)
    header = _header(chunk_size, prefix, file_id)
    tmp = dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.tmp")
    written = 0
    try:
        # Owner-only, like the vault file itself (O_EXCL: never reuse a stray temp file).
        with os.fdopen(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as out:
            out.write(header)
            written += len(header)
            for counter, (chunk, last) in enumerate(_chunks(src, chunk_size)):
                sealed = aead.encrypt(_nonce(prefix, counter, last), chunk, header)
                out.write(sealed)
                written += len(sealed)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(dest.parent)
    return written


def encrypt_file(key: bytes, file_id: str, src: Path, dest: Path) -> int:
    """Encrypt the file at `src` into `dest`."""
    with src.open("rb") as f:
        return encrypt_stream(key, file_id, f, dest)


def encrypt_bytes(key: bytes, file_id: str, data: bytes, dest: Path) -> int:
    """Encrypt `data` into `dest`."""
    import io

    return encrypt_stream(key, file_id, io.BytesIO(data), dest)


def _tampered(path: Path, why: str) -> TamperedData:
    return TamperedData(
        f"The clip file {path.name} {why}: it was changed, cut short or rearranged. Nothing was "
        "played or written. Render the clip again, or restore the file from a backup."
    )


def decrypt_file(key: bytes, file_id: str, path: Path) -> bytes:
    """The plaintext, decrypted and checked in memory; TamperedData if anything is off."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ClipFileMissing(
            f"The clip file {path.name} is missing. Render the clip again, or delete its entry "
            "in `dreamjournal clips` and restore the file from a backup."
        ) from None
    fixed = len(MAGIC) + 4 + PREFIX + 2
    if len(data) < fixed or data[: len(MAGIC)] != MAGIC:
        raise _tampered(path, "is not a Dream Journal clip or its header is damaged")
    (chunk_size,) = struct.unpack_from(">I", data, len(MAGIC))
    prefix = data[len(MAGIC) + 4 : len(MAGIC) + 4 + PREFIX]
    (id_len,) = struct.unpack_from(">H", data, fixed - 2)
    header_end = fixed + id_len
    if not 0 < chunk_size <= MAX_CHUNK or len(data) < header_end + TAG:
        raise _tampered(path, "is truncated or its header is damaged")
    if data[fixed:header_end] != file_id.encode():
        raise _tampered(path, "belongs to another clip")
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
            raise _tampered(path, "is truncated")
        try:
            out += aead.decrypt(_nonce(prefix, counter, last), view[pos : pos + size], header)
        except InvalidTag:
            raise _tampered(path, f"failed its integrity check at chunk {counter}") from None
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
