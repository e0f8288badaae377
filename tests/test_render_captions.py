"""Captions are chosen on purpose: calm, short lines of the script, never a nightmare's own."""

from __future__ import annotations

from dreamjournal.analysis import analyze
from dreamjournal.render.clips import clip_job
from dreamjournal.render.timeline import CALM_CHARS, echoes, storyboard
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
