"""A dream reel: several chosen dreams' clips joined with title cards, encrypted like a clip.

The join runs on pipes, never files: each stored clip is decrypted in memory and given to an
ffmpeg decoder on stdin, its frames (scaled to the reel's size) come back on stdout and go
straight on to the reel's encoder, whose fragmented MP4 streams into the encrypted writer.
moviepy would do the joining and title cards in a few lines, but it reads and writes media
through file paths (plain MP4s and WAVs on disk: exactly what must never exist here), so
the cards are drawn with skia and the join is ffmpeg pipes.

Stored as a clip record with backend "reel" under the first dream, with a "reel-link" record
under each other dream: deleting any of its dreams deletes the reel (store cascades by entry,
and the delete hook in clips.py follows the links). Title cards show each dream's title and
date; a nightmare's card never shows its own title, only "A changed dream".
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
import skia

from dreamjournal.errors import InvalidInput
from dreamjournal.i18n import format_date, message, nmessage
from dreamjournal.render.audio import RATE
from dreamjournal.render.base import FPS, ProgressFn, RenderFailed, parse_size, report
from dreamjournal.render.clips import (
    TABLE,
    ClipInfo,
    _folder,
    clip_path,
    list_clips,
    load_clip,
    render_clip,
)
from dreamjournal.render.colour import RGB
from dreamjournal.render.draw import fill, glow, gradient_rect, vgradient
from dreamjournal.render.encoder import READ_SIZE, FfmpegEncoder, ffmpeg_exe
from dreamjournal.render.overlay import FONT
from dreamjournal.render.procedural import poster_png
from dreamjournal.vault.clipfile import ClipWriter, encrypt_bytes

if TYPE_CHECKING:
    from dreamjournal.store.entry import Entry
    from dreamjournal.store.journal import Journal

REEL, LINK = "reel", "reel-link"
CARD_S = 2.5
OPENING_S = 2.0
MAX_DREAMS = 12
NIGHTMARE_TITLE = "reel.card.changed_dream"  # a nightmare's card: never its own title
_NIGHT = ((10, 14, 36), (40, 44, 90))
_TEXT_W = 0.84  # of the card's width


def card_title(entry: Entry, lang: str = "en") -> str:
    """What a dream's title card says: its title, or never a nightmare's own words."""
    if entry.nightmare or (entry.rescript or "").strip():
        return message(NIGHTMARE_TITLE, lang)
    title = " ".join(entry.title.split())
    return title if len(title) <= 80 else title[:79].rsplit(" ", 1)[0] + "…"


def card_texts(entries: list[Entry], lang: str) -> list[tuple[str, str]]:
    """(title, line) of the opening card and of each dream's card, in the person's language."""
    dates = sorted(e.date for e in entries)
    span = format_date(dates[0], lang)
    if dates[-1] != dates[0]:
        span = f"{span} – {format_date(dates[-1], lang)}"
    n = len(entries)
    count = nmessage("reel.card.dreams", "reel.card.dreams_plural", n, lang)
    cards = [(message("reel.title", lang), f"{count} · {span}")]
    for k, entry in enumerate(entries):
        line = message("reel.card.position", lang, k=k + 1, n=n)
        cards.append((card_title(entry, lang), f"{format_date(entry.date, lang)}  ·  {line}"))
    return cards


def _lines(text: str, font: skia.Font, width: float, most: int) -> list[str]:
    """Words in lines no wider than `width` (greedy); [] if `most` lines are not enough."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.measureText(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    fits = len(lines) <= most and all(font.measureText(line) <= width for line in lines)
    return lines if fits else []


def _fitted(font: skia.Font, text: str, width: float) -> skia.Font:
    """`font`, made smaller until `text` is no wider than `width`."""
    while font.measureText(text) > width and font.getSize() > 4:
        font.setSize(font.getSize() * min(0.97, width / font.measureText(text)))
    return font


class CardPainter:
    """Title cards: a night gradient, a soft light, a title (up to two lines) and a line under it.

    A long title wraps onto a second line before it gets smaller; the text never leaves the
    card. The background is painted once; per frame only the light drifts and the card fades.
    """

    def __init__(self, size: tuple[int, int]) -> None:
        w, h = size
        self.size = size
        self.buffer = np.zeros((h, w, 4), np.uint8)
        self.surface = skia.Surface(
            self.buffer, colorType=skia.kBGRA_8888_ColorType, alphaType=skia.kPremul_AlphaType
        )
        self.face = skia.Typeface.MakeFromFile(str(FONT))
        back = skia.Surface(w, h)
        gradient_rect(back.getCanvas(), skia.Rect.MakeWH(w, h), vgradient(0, h, list(_NIGHT)))
        self.background = back.makeImageSnapshot()
        self._layout: dict[tuple[str, str], list[tuple[str, skia.Font, float, RGB]]] = {}

    def layout(self, title: str, line: str) -> list[tuple[str, skia.Font, float, RGB]]:
        """(text, font, baseline y, colour) of each line of a card, fitted to its width."""
        if (title, line) in self._layout:
            return self._layout[(title, line)]
        w, h = self.size
        width = w * _TEXT_W
        title_rows: list[str] = []
        font = skia.Font(self.face, h * 0.075)
        for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
            font = skia.Font(self.face, h * 0.075 * scale)
            title_rows = _lines(title, font, width, 2)
            if title_rows:
                break
        if not title_rows:  # one word wider than the card: made as small as it must be
            font = _fitted(skia.Font(self.face, h * 0.075 * 0.6), title, width)
            title_rows = [title]
        small = _fitted(skia.Font(self.face, h * 0.04), line, width)
        step = font.getSize() * 1.25
        first = h * 0.5 - step * (len(title_rows) - 1)
        rows = [(r, font, first + i * step, (246, 242, 232)) for i, r in enumerate(title_rows)]
        rows.append((line, small, h * 0.5 + h * 0.1, (190, 196, 226)))
        self._layout[(title, line)] = rows
        return rows

    def frame(self, title: str, line: str, t: float, length: float) -> np.ndarray:
        """The card at t seconds into it (fading in and out), as BGRA."""
        w, h = self.size
        c = self.surface.getCanvas()
        c.drawImage(self.background, 0, 0)
        x, y = w * (0.45 + 0.1 * t / length), h * 0.42
        glow(c, x, y, h * 0.5, (255, 214, 150), 0.18)
        for text, font, baseline, colour in self.layout(title, line):
            c.drawString(text, (w - font.measureText(text)) / 2, baseline, font, fill(colour))
        k = min(1.0, t / 0.5, (length - t) / 0.5)
        if k < 1.0:
            c.drawColor(skia.ColorSetARGB(round(255 * (1 - max(0.0, k))), 0, 0, 0))
        return self.buffer


def _decode(mp4: bytes, args: list[str]) -> subprocess.Popen[bytes]:
    """ffmpeg reading `mp4` on stdin (fed by a thread) and writing what `args` say on stdout."""
    proc = subprocess.Popen(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-i", "pipe:0", *args, "pipe:1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )

    def feed() -> None:
        assert proc.stdin is not None
        with contextlib.suppress(BrokenPipeError, ValueError):  # ffmpeg may stop reading early
            for i in range(0, len(mp4), READ_SIZE):
                proc.stdin.write(mp4[i : i + READ_SIZE])
        with contextlib.suppress(BrokenPipeError, ValueError):
            proc.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    return proc


def clip_audio(mp4: bytes) -> np.ndarray:
    """A clip's sound as (samples, 2) int16 at RATE, decoded on pipes."""
    proc = _decode(mp4, ["-vn", "-f", "s16le", "-ac", "2", "-ar", str(RATE)])
    assert proc.stdout is not None
    data = proc.stdout.read()  # (not communicate(): the feeder thread owns stdin)
    proc.stdout.close()
    proc.wait()
    return np.frombuffer(data[: len(data) // 4 * 4], "<i2").reshape(-1, 2)


def clip_frames(mp4: bytes, size: tuple[int, int]) -> subprocess.Popen[bytes]:
    """A decoder giving the clip's frames as BGRA at `size` (letterboxed) and FPS on stdout."""
    w, h = size
    scale = (
        f"scale={w}:{h}:force_original_aspect_ratio=decrease,"
        f"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,fps={FPS}"
    )
    return _decode(mp4, ["-an", "-vf", scale, "-f", "rawvideo", "-pix_fmt", "bgra"])


def _newest_clip(journal: Journal, entry_id: str) -> ClipInfo | None:
    clips = [c for c in list_clips(journal, entry_id) if c.backend not in {REEL, LINK}]
    return clips[-1] if clips else None


def make_reel(
    journal: Journal,
    entry_ids: list[str],
    *,
    size: str = "854x480",
    progress: ProgressFn | None = None,
    lang: str = "en",
) -> ClipInfo:
    """Join the newest clip of each dream (rendering one where there is none) with title cards
    in `lang` (the person's language).

    Stored encrypted like a clip, under the first dream, linked to the others.
    """
    if not entry_ids:
        raise InvalidInput("error.reel.reel_needs_least")
    if len(entry_ids) > MAX_DREAMS:
        raise InvalidInput("error.reel.reel_holds_most", max_dreams=MAX_DREAMS)
    dims = parse_size(size)
    entries = list({e.id: e for e in (journal.get(i) for i in entry_ids)}.values())
    report(progress, 0.0)
    parts: list[tuple[Entry, bytes]] = []
    frames: list[int] = []
    for k, entry in enumerate(entries):
        info = _newest_clip(journal, entry.id) or render_clip(journal, entry.id, size=size)
        parts.append((entry, load_clip(journal, info.id)))
        frames.append(round(info.seconds * FPS))
        report(progress, 0.3 * (k + 1) / len(entries))
    lengths = [round(OPENING_S * FPS)]
    sound = [np.zeros((round(OPENING_S * RATE), 2), np.int16)]
    for (_, mp4), n_frames in zip(parts, frames, strict=True):
        # The clip's sound, exactly as long as its frames (AAC decodes a little long).
        audio = np.zeros((round(n_frames / FPS * RATE), 2), np.int16)
        decoded = clip_audio(mp4)[: audio.shape[0]]
        audio[: decoded.shape[0]] = decoded
        lengths += [round(CARD_S * FPS), n_frames]
        sound += [np.zeros((round(CARD_S * RATE), 2), np.int16), audio]
    total = sum(lengths)
    clip_id = uuid.uuid4().hex
    folder = _folder(journal)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    files = [clip_path(folder, clip_id), clip_path(folder, clip_id, poster=True)]
    writer = ClipWriter(journal.file_key(clip_id), clip_id, files[0])
    cards = CardPainter(dims)
    texts = card_texts(entries, lang)
    done, poster = 0, b""
    try:
        pcm = np.concatenate(sound).astype("<i2").tobytes()
        with FfmpegEncoder(writer.write, dims, audio=pcm, pix_fmt="bgra") as enc:
            n = lengths[0]
            for i in range(n):
                frame = cards.frame(*texts[0], i / FPS, n / FPS)
                if i == n // 2:
                    poster = poster_png(frame)
                enc.write(frame.data)
            done += n
            for k, (_, mp4) in enumerate(parts):
                n = lengths[1 + 2 * k]
                for i in range(n):
                    enc.write(cards.frame(*texts[1 + k], i / FPS, n / FPS).data)
                done += n
                done += _copy_frames(enc, mp4, dims, lengths[2 + 2 * k])
                report(progress, 0.3 + 0.68 * done / total)
        writer.commit()
        encrypt_bytes(journal.file_key(f"{clip_id}.poster"), f"{clip_id}.poster", poster, files[1])
        now = datetime.now(UTC).isoformat(timespec="seconds")
        info = ClipInfo(
            id=clip_id,
            entry_id=entries[0].id,
            seconds=round(total / FPS, 3),
            width=dims[0],
            height=dims[1],
            backend=REEL,
            seed=0,
            created=now,
            mp4_bytes=writer.plaintext_bytes,
            poster=True,
            entries=tuple(e.id for e in entries),
        )
        with journal.transaction():
            journal.put_record(TABLE, clip_id, info.to_record())
            for entry in entries[1:]:
                link = ClipInfo(
                    id=uuid.uuid4().hex,
                    entry_id=entry.id,
                    seconds=info.seconds,
                    width=dims[0],
                    height=dims[1],
                    backend=LINK,
                    seed=0,
                    created=now,
                    mp4_bytes=0,
                    poster=False,
                    entries=(clip_id,),
                )
                journal.put_record(TABLE, link.id, link.to_record())
    except BaseException:
        writer.abort()
        for path in files:
            path.unlink(missing_ok=True)
        raise
    report(progress, 1.0)
    return info


def _copy_frames(enc: FfmpegEncoder, mp4: bytes, size: tuple[int, int], n: int) -> int:
    """Decode a clip's frames into the reel's encoder: exactly n (the last one held if short)."""
    w, h = size
    frame_bytes = w * h * 4
    proc = clip_frames(mp4, size)
    assert proc.stdout is not None
    last = b""
    written = 0
    try:
        while written < n:
            data = proc.stdout.read(frame_bytes)
            if len(data) < frame_bytes:
                break
            enc.write(data)
            last, written = data, written + 1
        while written < n and last:  # a clip a frame short of its sound: hold its last frame
            enc.write(last)
            written += 1
    finally:
        proc.stdout.close()
        proc.kill()
        proc.wait()
    if written < n:
        raise RenderFailed("error.reel.clip_reel_could")
    return written


def list_reels(journal: Journal) -> list[ClipInfo]:
    """All reels, oldest first."""
    return [c for c in list_clips(journal, reels=True) if c.backend == REEL]
