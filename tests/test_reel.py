"""A dream reel: chosen dreams' clips joined with title cards, encrypted, deleted with any dream."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from dreamjournal.cli import app
from dreamjournal.i18n import message
from dreamjournal.render.clips import clip_path, get_clip, list_clips, load_clip, render_clip
from dreamjournal.render.encoder import probe
from dreamjournal.render.reel import (
    CARD_S,
    NIGHTMARE_TITLE,
    OPENING_S,
    card_title,
    list_reels,
    make_reel,
)
from dreamjournal.store.journal import Journal
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_render import frames_at

LAKE = "I walked down to the lake under a full moon. The water was silver and still."
FOREST = "I ran through the forest with my dog and we laughed."
NIGHTMARE = "A man with a knife chased me through the school."
RESCRIPT = "A man walked behind me through the school. He became my teacher and we laughed."


def _reel(journal: Journal, tmp_path: Path) -> tuple[list, object, Path]:
    a = journal.add(title="Moon lake", body=LAKE)
    b = journal.add(title="Running with Bo", body=FOREST)
    c = journal.add(title="The knife man", body=NIGHTMARE, nightmare=True, rescript=RESCRIPT)
    render_clip(journal, a.id, seconds=4, seed=1)
    render_clip(journal, b.id, seconds=5, seed=2, size="1280x720")  # another size: scaled
    # c has no clip yet: the reel renders one
    info = make_reel(journal, [a.id, b.id, c.id])
    out = tmp_path / "reel.mp4"
    out.write_bytes(load_clip(journal, info.id))
    return [a, b, c], info, out


@pytest.mark.slow
def test_a_reel_joins_the_clips_with_title_cards(journal: Journal, tmp_path: Path) -> None:
    (a, b, c), info, out = _reel(journal, tmp_path)
    clip_c = [x for x in list_clips(journal, c.id) if x.backend == "procedural"][0]
    expected = OPENING_S + 3 * CARD_S + 4 + 5 + clip_c.seconds
    probed = probe(out)
    assert (probed.video_codec, probed.audio_codec) == ("h264", "aac")
    assert (probed.width, probed.height) == (854, 480)
    assert abs(probed.duration - expected) < 0.1 and abs(info.seconds - expected) < 0.1
    assert info.entries == (a.id, b.id, c.id)
    # A title card is dark and calm; the clip after it is the dream (a different picture).
    card, clip = frames_at(out, [OPENING_S + 1.2, OPENING_S + CARD_S + 2.0], (854, 480))
    assert card.mean() < 60 and np.abs(card.astype(float) - clip).mean() > 10
    # Stored encrypted like a clip: the file on disk is no MP4.
    folder = journal.clip_dir
    assert folder is not None
    raw = clip_path(folder, info.id).read_bytes()
    plain = out.read_bytes()
    middle = len(plain) // 2
    assert plain[:32] not in raw and plain[middle : middle + 64] not in raw
    assert list_reels(journal) == [get_clip(journal, info.id)]
    # Sharing dream a's newest clip never picks the reel (it holds b and c too).
    assert all(x.backend != "reel" for x in list_clips(journal, a.id))
    assert card_title(c) == "A changed dream" and card_title(a) == "Moon lake"
    assert card_title(c, "de") == "Ein veränderter Traum" == message(NIGHTMARE_TITLE, "de")


@pytest.mark.slow
def test_deleting_any_dream_of_a_reel_deletes_the_reel(journal: Journal, tmp_path: Path) -> None:
    (a, b, c), info, _ = _reel(journal, tmp_path)
    folder = journal.clip_dir
    assert folder is not None and clip_path(folder, info.id).exists()
    journal.delete(b.id)  # not the first dream: its link record takes the reel with it
    assert list_reels(journal) == []
    assert not clip_path(folder, info.id).exists()
    assert all(r.get("backend") != "reel-link" for r in journal.records("clip").values())
    assert list_clips(journal, a.id) and list_clips(journal, c.id)  # their own clips stay


def test_the_cli_makes_a_reel(data_dir: Path, vault_file: Path, tmp_path: Path) -> None:
    from dreamjournal.render.commands import register

    if "reel" not in {c.name for c in app.registered_commands}:
        register(app)
    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    ids = [journal.add(title=f"Dream {i}", body=LAKE).id for i in range(2)]
    journal.lock()
    out = tmp_path / "reel.mp4"
    env = {"DREAMJOURNAL_PASSPHRASE": PASSPHRASE, "DREAMJOURNAL_DATA_DIR": str(data_dir)}
    done = CliRunner().invoke(app, ["reel", *ids, "--out", str(out)], env=env)
    assert done.exit_code == 0, done.output
    assert "Stored reel" in done.output and out.stat().st_mode & 0o777 == 0o600
    assert probe(out).audio_codec == "aac"
    # Shared like a dream, as its video only: the share hangs off both dreams.
    reel_id = done.output.split("Stored reel ", 1)[1].split()[0]
    page = tmp_path / "reel.html"
    done = CliRunner().invoke(app, ["share", reel_id[:8], "--reel", "--bundle", str(page)], env=env)
    assert done.exit_code == 0, done.output
    assert page.read_text().startswith("<!doctype html>")
    journal = Journal.unlock(vault_file, PASSPHRASE)
    [record] = journal.records("share").values()
    assert sorted(record["with_entries"]) == sorted(ids) and record["includes"] == ["clip"]


def test_title_cards_are_in_the_persons_language_and_long_titles_stay_inside(
    journal: Journal,
) -> None:
    from datetime import date

    from dreamjournal.render.reel import CardPainter, card_texts

    a = journal.add(title="Moon lake", body=LAKE, date=date(2026, 11, 2))
    c = journal.add(
        title="The knife man", body=NIGHTMARE, nightmare=True, rescript=RESCRIPT,
        date=date(2026, 11, 9),
    )  # fmt: skip
    opening, first, second = card_texts([a, c], "de")
    assert opening == ("Traumfilm", "2 Träume · 02.11.2026 – 09.11.2026")
    assert first == ("Moon lake", "02.11.2026  ·  1 von 2")
    assert second == ("Ein veränderter Traum", "09.11.2026  ·  2 von 2")
    assert card_texts([a], "en")[0] == ("Dream reel", "1 dream · Nov 2, 2026")

    w, h = 854, 480
    painter = CardPainter((w, h))
    long_title = "Ein sehr langer Titel für einen Traum, der über das Meer und die Berge führt"
    rows = painter.layout(long_title, "02.11.2026  ·  1 von 2")
    assert len(rows) == 3  # wrapped onto two lines (and the date line) ...
    assert rows[0][1].getSize() >= h * 0.075 * 0.8  # ... before it gets small
    for title in (long_title, "Donaudampfschifffahrtsgesellschaftskapitänsmütze" * 2):
        for text, font, baseline, _ in painter.layout(title, "x"):
            assert font.measureText(text) <= w * 0.86 and 0 < baseline < h
        frame = painter.frame(title, "x", 1.2, 2.5)
        assert frame.shape == (h, w, 4) and frame[..., :3].max() > 200  # the text is drawn
