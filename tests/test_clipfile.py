"""Encrypted clip files: round trips, tampering of every kind, atomic writes, vault linkage."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest

from dreamjournal.errors import TamperedData
from dreamjournal.store.journal import Journal
from dreamjournal.vault.clipfile import (
    CHUNK,
    MAGIC,
    PREFIX,
    TAG,
    ClipFileMissing,
    decrypt_file,
    encrypt_bytes,
    encrypt_stream,
)

KEY = bytes(range(32))
FID = "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"
HEADER = len(MAGIC) + 4 + PREFIX + 2 + len(FID)


def mp4_like(n: int) -> bytes:
    """`n` bytes that start like an MP4 file."""
    head = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    body = os.urandom(max(0, n - len(head)))
    return (head + body)[:n]


@pytest.mark.parametrize("n", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_round_trip(tmp_path: Path, n: int) -> None:
    data = mp4_like(n)
    dest = tmp_path / "c.djclip"
    written = encrypt_bytes(KEY, FID, data, dest)
    assert written == dest.stat().st_size
    chunks = max(1, -(-n // CHUNK))
    assert dest.stat().st_size == HEADER + n + chunks * TAG
    assert decrypt_file(KEY, FID, dest) == data
    assert [p.name for p in tmp_path.iterdir()] == ["c.djclip"]  # no temp file left


def test_no_plaintext_on_disk_and_fresh_nonces(tmp_path: Path) -> None:
    data = mp4_like(2 * CHUNK)
    a, b = tmp_path / "a.djclip", tmp_path / "b.djclip"
    encrypt_bytes(KEY, FID, data, a)
    encrypt_bytes(KEY, FID, data, b)
    raw = a.read_bytes()
    # Long plaintext runs, never 4-byte tags: a random ciphertext holds "ftyp" now and then.
    assert data[:32] not in raw and data[100:164] not in raw
    assert raw != b.read_bytes()  # a random nonce prefix per write


def _chunks(path: Path) -> tuple[bytes, list[bytes]]:
    raw = path.read_bytes()
    body = raw[HEADER:]
    step = CHUNK + TAG
    return raw[:HEADER], [body[i : i + step] for i in range(0, len(body), step)]


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    dest = tmp_path / "c.djclip"
    encrypt_bytes(KEY, FID, mp4_like(3 * CHUNK + 500), dest)
    return dest


@pytest.mark.parametrize("offset", [0, 9, HEADER - 1, HEADER + 5, HEADER + CHUNK + 40, -1])
def test_a_flipped_bit_anywhere_fails(sealed: Path, offset: int) -> None:
    raw = bytearray(sealed.read_bytes())
    raw[offset] ^= 0x04
    sealed.write_bytes(bytes(raw))
    with pytest.raises(TamperedData) as err:
        decrypt_file(KEY, FID, sealed)
    assert "c.djclip" in err.value.user_message


@pytest.mark.parametrize("cut", ["last-chunk", "chunk-boundary", "mid-chunk", "header"])
def test_truncation_fails(sealed: Path, cut: str) -> None:
    header, chunks = _chunks(sealed)
    keep = {
        "last-chunk": header + b"".join(chunks[:-1]) + chunks[-1][:-1],
        "chunk-boundary": header + b"".join(chunks[:2]),
        "mid-chunk": header + chunks[0] + chunks[1][:1000],
        "header": header[:10],
    }[cut]
    sealed.write_bytes(keep)
    with pytest.raises(TamperedData):
        decrypt_file(KEY, FID, sealed)


def test_reordered_dropped_or_appended_chunks_fail(sealed: Path) -> None:
    header, chunks = _chunks(sealed)
    for body in (
        [chunks[1], chunks[0], *chunks[2:]],  # swapped
        [chunks[0], *chunks[2:]],  # one dropped
        [*chunks, chunks[-1]],  # last one repeated
    ):
        sealed.write_bytes(header + b"".join(body))
        with pytest.raises(TamperedData):
            decrypt_file(KEY, FID, sealed)


def test_wrong_key_other_file_id_and_changed_header_fail(sealed: Path) -> None:
    with pytest.raises(TamperedData):
        decrypt_file(bytes(32), FID, sealed)
    with pytest.raises(TamperedData, match="another clip"):
        decrypt_file(KEY, "0" * 32, sealed)
    raw = bytearray(sealed.read_bytes())
    raw[len(MAGIC) : len(MAGIC) + 4] = struct.pack(">I", CHUNK // 2)  # claim smaller chunks
    sealed.write_bytes(bytes(raw))
    with pytest.raises(TamperedData):
        decrypt_file(KEY, FID, sealed)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClipFileMissing, match="missing"):
        decrypt_file(KEY, FID, tmp_path / "gone.djclip")


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    class Exploding(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            if self.tell() >= CHUNK:
                raise OSError("disk went away")
            return super().read(n)

    dest = tmp_path / "c.djclip"
    with pytest.raises(OSError):
        encrypt_stream(KEY, FID, Exploding(mp4_like(3 * CHUNK)), dest)
    assert list(tmp_path.iterdir()) == []


def test_stored_clip_is_encrypted_linked_and_deleted_with_its_entry(journal: Journal) -> None:
    from dreamjournal.render.clips import (
        clip_path,
        delete_clip,
        list_clips,
        load_clip,
        load_poster,
        render_clip,
    )
    from tests.test_render import DREAM

    entry = journal.add(title="Moon lake", body=DREAM)
    other = journal.add(title="Other", body="A bird sang in a tree by the river.")
    seen: list[float] = []
    info = render_clip(journal, entry.id, seconds=4, seed=3, progress=lambda f: seen.append(f))
    assert seen[-1] == 1.0
    assert journal.clip_dir is not None
    stored = clip_path(journal.clip_dir, info.id)
    raw = stored.read_bytes()
    plain = load_clip(journal, info.id)
    middle = len(plain) // 2
    assert plain[:32] not in raw and plain[middle : middle + 64] not in raw
    assert (info.entry_id, info.seconds, info.size, info.backend, info.seed) == (
        entry.id,
        4.0,
        "854x480",
        "procedural",
        3,
    )
    record = journal.get_record("clip", info.id)
    assert record is not None and record["entry_id"] == entry.id and record["created"]
    mp4 = load_clip(journal, info.id)
    assert mp4[4:8] == b"ftyp" and len(mp4) == info.mp4_bytes
    assert (load_poster(journal, info.id) or b"").startswith(b"\x89PNG")
    assert [c.id for c in list_clips(journal, entry.id)] == [info.id]
    assert list_clips(journal, other.id) == []

    # Tampering with the stored file is caught on load.
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 1
    stored.write_bytes(bytes(flipped))
    with pytest.raises(TamperedData):
        load_clip(journal, info.id)

    second = render_clip(journal, other.id, seconds=4, seed=1)
    delete_clip(journal, second.id)
    assert not clip_path(journal.clip_dir, second.id).exists()
    assert journal.get_record("clip", second.id) is None

    journal.delete(entry.id)
    assert not stored.exists()
    assert journal.records("clip") == {}


def test_poster_is_deleted_with_its_entry(journal: Journal) -> None:
    """Needs Journal.delete to remove `<clip_id>.poster.djclip` too (diff in the render report)."""
    from dreamjournal.render.clips import clip_path, render_clip
    from tests.test_render import DREAM

    entry = journal.add(title="Moon lake", body=DREAM)
    info = render_clip(journal, entry.id, seconds=4, seed=3)
    assert journal.clip_dir is not None
    poster = clip_path(journal.clip_dir, info.id, poster=True)
    assert poster.exists() and b"\x89PNG\r\n\x1a\n" not in poster.read_bytes()
    journal.delete(entry.id)
    assert list(journal.clip_dir.iterdir()) == []


def test_clip_files_are_owner_only(tmp_path: Path) -> None:
    import io
    import stat

    from dreamjournal.vault.clipfile import encrypt_stream

    dest = tmp_path / "c.djclip"
    encrypt_stream(b"k" * 32, "c", io.BytesIO(b"frames"), dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600


@pytest.mark.parametrize("n", [0, 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_streaming_writer_takes_any_piece_sizes(tmp_path: Path, n: int) -> None:
    import random

    from dreamjournal.vault.clipfile import ClipWriter

    data = mp4_like(n)
    dest = tmp_path / "c.djclip"
    sizes = random.Random(n).choices([1, 7, 4096, CHUNK - 1, CHUNK, CHUNK + 3], k=200)
    with ClipWriter(KEY, FID, dest) as writer:
        pos = 0
        for size in sizes:
            writer.write(data[pos : pos + size])
            pos += size
            if pos >= n:
                break
        writer.write(data[pos:])
    assert writer.plaintext_bytes == n and writer.written == dest.stat().st_size
    assert dest.stat().st_size == HEADER + n + max(1, -(-n // CHUNK)) * TAG  # same format
    assert decrypt_file(KEY, FID, dest) == data
    assert [p.name for p in tmp_path.iterdir()] == ["c.djclip"]


def test_streaming_writer_holds_at_most_a_chunk_and_writes_only_ciphertext(tmp_path: Path) -> None:
    from dreamjournal.vault.clipfile import ClipWriter

    data = mp4_like(5 * CHUNK)
    writer = ClipWriter(KEY, FID, tmp_path / "c.djclip")
    writer.write(data[: 4 * CHUNK + 10])
    on_disk = writer.tmp.read_bytes()
    assert len(on_disk) == HEADER + 4 * (CHUNK + TAG)  # four chunks sealed as they came
    assert data[:32] not in on_disk and data[100:164] not in on_disk
    assert stat_mode(writer.tmp) == 0o600
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_streaming_writer_deletes_its_temp_file_on_error(tmp_path: Path) -> None:
    from dreamjournal.vault.clipfile import ClipWriter

    with pytest.raises(RuntimeError), ClipWriter(KEY, FID, tmp_path / "c.djclip") as writer:
        writer.write(mp4_like(3 * CHUNK))
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        writer.write(b"more")


def stat_mode(path: Path) -> int:
    import stat

    return stat.S_IMODE(path.stat().st_mode)
