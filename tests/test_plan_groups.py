"""Figures said in the plural stay a group: "alle meine Kollegen" is not one colleague in the
prompt or the script, "the neighbours' kids" are kids (the neighbours own them, they are not
there), and a singular that looks like a plural ("den Typen", "die Schwester") stays one.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


def _roles(text: str) -> list[str]:
    return [c.role for scene in plan_scenes(text).scenes for c in scene.characters]


def _written(text: str) -> tuple[str, str]:
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    prompt, script = OfflineWriter().write(request)
    shots = " ".join(f"{s.subject} {s.subject_action}" for s in prompt.shots)
    return shots, " ".join(step.text for step in script.steps)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("All my cousins were sitting on the stairs.", "a group of the dreamer's cousins"),
        ("The nurses kept walking past my bed.", "a group of nurses"),
        ("Three children ran across the square.", "a group of three children"),
        ("Alle Nachbarn standen vor dem Haus.", "a group of neighbours"),
        ("Meine Freunde saßen am Lagerfeuer.", "a group of the dreamer's friends"),
        ("Zwei Polizisten kamen die Treppe hoch.", "a group of police officers"),
        ("Die Kinder spielten im Sand.", "a group of children"),
    ],
)
def test_a_plural_figure_is_a_group(text: str, group: str) -> None:
    assert group in _roles(text)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Ich habe den Typen im Park gesehen.", "the man"),
        ("Meine Schwester stand am Fenster.", "my sister"),
        ("Ein Polizist kam herein.", "a police officer"),
        ("The police arrived at the house.", "the police"),
        ("My boss shouted at me.", "my boss"),
    ],
)
def test_a_singular_stays_one_figure(text: str, one: str) -> None:
    assert _roles(text) == [one]


def test_owners_in_the_plural_are_not_in_the_scene() -> None:
    roles = _roles("The neighbours' kids were throwing water balloons over the fence.")
    assert roles == ["a group of neighbours' kids"]


def test_the_group_reaches_the_prompt_and_the_german_script() -> None:
    shots, _ = _written("My colleagues were all clapping in the meeting room.")
    assert "group of the dreamer's colleagues" in shots
    _, script = _written("Alle meine Kollegen standen im Flur und lachten.")
    assert "Eine Gruppe Kollegen lacht" in script
