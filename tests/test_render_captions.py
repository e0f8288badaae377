"""Captions are chosen on purpose: calm, short lines of the script, never a nightmare's own."""

from __future__ import annotations

import numpy as np
import pytest

from dreamjournal.analysis import analyze
from dreamjournal.render.clips import clip_job
from dreamjournal.render.overlay import SAFE_X, CaptionSprite
from dreamjournal.render.timeline import CALM_CHARS, Caption, echoes, storyboard
from dreamjournal.store.journal import Journal

NIGHTMARE = (
    "A man with a knife chased me through the dark school corridor. I was terrified and "
    "could not scream. He grabbed my arm and I fell down the stairs. I woke up sweating."
)
RESCRIPT = (
    "A man chased me through the dark school corridor. I stopped and turned around, and he "
    "became my old teacher, smiling. We walked together into the sunny garden. I felt calm "
    "and safe, and the birds were singing."
)


def _captions(
    journal: Journal, body: str, rescript: str | None, seconds: float = 40.0
) -> list[str]:
    entry = journal.add(
        title="The corridor", body=body, nightmare=rescript is not None, rescript=rescript
    )
    job = clip_job(entry, seconds=seconds, size=(854, 480), seed=1)
    board = storyboard(job.prompt, job.script, seconds, avoid=job.avoid, plan=job.plan)
    return [c.text for c in board.captions]


def test_a_nightmare_clip_never_captions_its_own_lines(journal: Journal) -> None:
    captions = _captions(journal, NIGHTMARE, RESCRIPT)
    assert len(captions) >= 5
    for line in captions:
        assert not echoes(line, [NIGHTMARE]), line
        assert "knife" not in line and "chased" not in line and "terrified" not in line
        assert len(line) <= CALM_CHARS
        f = analyze(line)
        assert f.valence >= -0.15 and not any(b.distressing for b in f.scene_plan.lines), line
    # The calm changed ending is shown: the scene's own words, in the rescript's version.
    assert any("garden" in line or "calm" in line for line in captions)


def test_distressing_lines_of_any_dream_are_never_captions(journal: Journal) -> None:
    dream = (
        "I was at the beach with my sister. A huge wave came and I was scared I would drown. "
        "Then the sun came out and we built a castle of sand."
    )
    captions = _captions(journal, dream, None)
    assert not any("drown" in line or "scared" in line or "wave" in line for line in captions)
    assert any("sun" in line or "castle" in line or "sister" in line for line in captions)


def test_captions_come_from_the_script(journal: Journal) -> None:
    entry = journal.add(title="Lake", body="I walked to the lake under the moon. I felt calm.")
    job = clip_job(entry, seconds=20, size=(854, 480), seed=1)
    board = storyboard(job.prompt, job.script, 20, avoid=job.avoid, plan=job.plan)
    script_text = " ".join(s.text for s in job.script.steps).lower()
    for caption in board.captions:  # a sentence of the script (capitalised, maybe shortened)
        assert caption.text.rstrip(" …").lower()[:60] in script_text


LONG_GERMAN = (
    "Atme langsam ein und zähle bis fünf, halte kurz inne und atme dann ganz langsam wieder "
    "aus, und spüre die Entspannungsübungsbegleitmusik."
)


@pytest.mark.parametrize("size", [(640, 360), (854, 480), (1280, 720)])
@pytest.mark.parametrize(
    "text",
    [
        "You are by a lake.",
        LONG_GERMAN,
        "Donaudampfschifffahrtsgesellschaftskapitänsmützenhalterungsvorrichtung ist lang.",
    ],
)
def test_a_caption_stays_inside_the_frame(size: tuple[int, int], text: str) -> None:
    w, h = size
    sprite = CaptionSprite.make(Caption(text, 0.0, 4.0), size)
    x, y = sprite.pos
    assert x >= 0 and x + sprite.image.width() <= w, (x, sprite.image.width())
    assert y >= 0 and y + sprite.image.height() <= h
    # Its text keeps out of the margins the frame leaves clear (the band may reach into them).
    ink = sprite.image.toarray()[..., 3] == 255
    cols = np.nonzero(ink.any(axis=0))[0]
    assert x + cols[0] >= w * SAFE_X - 2 and x + cols[-1] <= w * (1 - SAFE_X) + 2


def test_umlauts_are_drawn_whole() -> None:
    """Ä, Ö, Ü and ß are their own glyphs, dots and all, inside the caption (not cut at its top)."""
    size = (854, 480)

    def ink(text: str) -> np.ndarray:
        sprite = CaptionSprite.make(Caption(text, 0.0, 4.0), size)
        return np.asarray(sprite.image.toarray()[..., 3] == 255)

    plain, umlauts = ink("Uber Apfel Ofen"), ink("Über Äpfel Öfen")
    assert plain.shape == umlauts.shape and (plain != umlauts).any()
    assert ink("Fuß").sum() != ink("Fus").sum()  # ß is drawn, not left out
    top = lambda a: int(np.nonzero(a.any(axis=1))[0][0])  # noqa: E731
    assert top(umlauts) < top(plain)  # the dots stand above the capitals
    assert top(umlauts) > 2  # and the band is not cut through them


def test_each_shot_is_captioned_with_a_line_about_its_own_place(journal: Journal) -> None:
    """The beach shot says the beach, not the breathing cue (whose "out" matched "came out")."""
    body = (
        "I walked down to the lake under a full moon. A door stood open on the shore and warm "
        "light came out of it. I climbed the stairs into the sky and felt calm."
    )
    entry = journal.add(title="Moon lake", body=body)
    job = clip_job(entry, seconds=12, size=(854, 480), seed=1)
    board = storyboard(job.prompt, job.script, 12, avoid=job.avoid, plan=job.plan)
    assert [c.text for c in board.captions] == [
        "You are by a lake.",
        "You are on a shore.",  # the place as said
        "You are high in the sky.",
    ]
