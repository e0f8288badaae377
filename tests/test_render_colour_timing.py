"""Captions in time with the shots they belong to, and colour words that change the drawing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dreamjournal.render.colour_words import colour_of, scene_colours
from dreamjournal.render.procedural import ProceduralRenderer
from dreamjournal.render.stage import Stage
from dreamjournal.render.timeline import storyboard
from tests.test_render import frames_at
from tests.test_render_stage import SIZE, _check_figure, job_for

THREE_PLACES = (
    "I walked down to the lake under a full moon. Then I was in a forest with my dog. "
    "Later I stood on a beach and the sun came up."
)


def _board_and_stage(text: str, seconds: float) -> tuple[object, Stage]:
    job = job_for(text, seconds)
    board = storyboard(job.prompt, job.script, seconds, avoid=job.avoid, plan=job.plan)
    return board, Stage(job, seconds, SIZE)


@pytest.mark.parametrize("seconds", [12.0, 20.0])
def test_each_caption_is_on_screen_with_its_own_shot(seconds: float) -> None:
    board, stage = _board_and_stage(THREE_PLACES, seconds)
    cuts = [(s.start, s.end, s.scene) for s in stage.shots]
    assert len({c[2] for c in cuts}) == 3
    scene_of_caption = []
    for cap in board.captions:  # type: ignore[attr-defined]
        inside = [c for c in cuts if c[0] < cap.end and cap.start < c[1]]
        # Never across a cut into another scene: a caption belongs to one scene's shots...
        assert len({c[2] for c in inside}) == 1, (cap, inside)
        # ...and starts as its shot does (a beat after the cut), not at an even spacing.
        assert any(abs(cap.start - (c[0] + (0.5 if c[0] == 0 else 0.25))) < 1e-6 for c in cuts)
        scene_of_caption.append((cap.text, inside[0][2]))
    # The line that tells of a place is shown while that place is.
    told = {text: scene for text, scene in scene_of_caption}
    assert told.get("You are by a lake.") == 0, told
    assert any(scene == 1 and ("forest" in t or "dog" in t) for t, scene in told.items()), told
    assert any(scene == 2 and ("beach" in t or "sun" in t) for t, scene in told.items()), told


def test_colour_words_are_read_in_english_and_german() -> None:
    from dreamjournal.analysis import analyze

    assert colour_of("violet") == colour_of("violett") == colour_of("violetten")
    assert colour_of("roter") == colour_of("red") and colour_of("table") is None
    [sc] = analyze("A man in a red coat stood by the sea under a violet sky.").scene_plan.scenes
    said = scene_colours(sc)
    assert said.sky == colour_of("violet") and said.characters == {"man": colour_of("red")}
    [sc] = analyze("Ich trug einen gelben Mantel und sah eine blaue Tür.").scene_plan.scenes
    said = scene_colours(sc)
    assert said.dreamer == colour_of("gelb") and said.props.get("door") == colour_of("blau")
    [sc] = analyze("Meine Schwester trug ein grünes Kleid im Wald.").scene_plan.scenes
    assert scene_colours(sc).characters == {"sister": colour_of("grün")}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("I sat on a train with my grandmother. She was knitting a red scarf.", "grandmother"),
        ("Meine Oma saß neben mir im Zug. Sie trug einen roten Schal.", "grandmother"),
        ("My brother and my sister were there. She wore a red dress.", "sister"),
        ("My brother and my sister were there. He wore a red coat.", "brother"),
        ("My brother and my father were there. He wore a red coat.", None),  # cannot tell
    ],
)
def test_she_or_he_in_red_is_that_character_not_the_dreamer(text: str, who: str | None) -> None:
    from dreamjournal.analysis import analyze

    said = scene_colours(analyze(text).scene_plan.scenes[0])
    assert said.dreamer is None
    assert said.characters == ({who: colour_of("red")} if who else {})


def _hue(frame: np.ndarray, rows: slice) -> np.ndarray:
    return frame[rows].reshape(-1, 3).astype(float).mean(axis=0)


@pytest.mark.slow
def test_colour_words_change_the_drawing(tmp_path: Path) -> None:
    violet = "I flew over the city at night and the sky was violet."
    plain = "I flew over the city at night and the sky was wide."
    coat = "Ich sah einen Mann in einem roten Mantel am Strand."
    frames = {}
    for name, text in (("violet", violet), ("plain", plain), ("coat", coat)):
        job = job_for(text, 6.0)
        path = tmp_path / f"{name}.mp4"
        ProceduralRenderer().render(job, path)
        frames[name] = (path, Stage(job, 6.0, SIZE))
    top = slice(0, int(SIZE[1] * 0.3))  # the sky above the city
    (v,) = frames_at(frames["violet"][0], [3.0], SIZE)
    (p,) = frames_at(frames["plain"][0], [3.0], SIZE)
    r, g, b = _hue(v, top)
    assert b > g + 25 and r > g + 10, (r, g, b)  # violet: red and blue over green
    pr, pg, pb = _hue(p, top)
    assert (r - g) > (pr - pg) + 15, ((r, g, b), (pr, pg, pb))  # and not what the plain sky is
    # "ein roter Mantel": the man is drawn red, and is found red in the decoded frames.
    path, stage = frames["coat"]
    man = next(n for n in stage.nodes(0) if n.id == "man")
    assert man.colour is not None and man.colour[0] > 1.8 * man.colour[1]
    _check_figure(path, stage, "man", 3.0)


def test_everything_orange_colours_the_sky() -> None:
    from dreamjournal.analysis import analyze

    [sc] = analyze("I flew over the forest and everything was orange.").scene_plan.scenes
    assert scene_colours(sc).sky == colour_of("orange")
