"""The video prompt shows the dreamer's own dream: colours and sizes as said, a boat on a lake
(not a dreamer in a lake), stated postures, and no shot that repeats another.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import re

import pytest

from dreamjournal.analysis import analyze
from dreamjournal.visualize import checks
from dreamjournal.visualize.models import VisualizationPrompt
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.profiles import PROFILES
from dreamjournal.visualize.writer import VisualizationRequest


def _prompt(text: str, seconds: float = 12.0, profile: str = "generic") -> VisualizationPrompt:
    request = VisualizationRequest(
        "t", "t", text, analyze(text), False, seconds=seconds, profile=profile
    )
    return OfflineWriter().prompt(request)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I was driving my little yellow car to work.", "little yellow car"),
        ("Ich saß in meinem grünen Auto im Stau.", "green car"),
        ("Somebody left a tiny red umbrella on the bench.", "tiny red umbrella"),
        ("Neben der Tür stand eine kleine grüne Kiste.", "small green box"),
        ("Im Garten stand eine alte Holzbank.", "old wooden bench"),
        ("Wir wohnten in einem alten blauen Haus.", "old blue house"),
        ("We lived in a tiny grey house at the end of the lane.", "tiny grey house"),
    ],
)
def test_the_describing_words_of_a_place_or_thing_reach_the_prompt(text: str, said: str) -> None:
    assert said in _prompt(text).as_text()


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("We were rowing across a big lake in a wooden boat.", "a wooden boat on a big lake"),
        ("Wir waren mit dem Kanu auf dem See.", "a canoe on a lake"),
        ("Wir saßen in einem roten Kanu auf dem Fluss.", "a red canoe on a river"),
        ("Me and my cousin sat in a kayak on the river.", "a kayak on a river"),
    ],
)
def test_someone_in_a_boat_is_in_the_boat_on_the_water(text: str, on: str) -> None:
    prompt = _prompt(text)
    assert f"the dreamer is in {on}" in prompt.logline
    text_ = prompt.as_text()
    assert not re.search(r"\bin (?:a|the) (?:big )?(?:lake|river)\b", text_)
    assert "swims" not in text_
    boat = on.split(" on ")[0].removeprefix("a ")
    # rowing is rowing the boat ("rows the wooden boat"); sitting in it, sitting in it
    rowed = "rowing" in text
    assert any(
        f"{'rows' if rowed else 'sits in'} the {boat}" in s.subject_action for s in prompt.shots
    )


@pytest.mark.parametrize("text", ["We swam in the lake next to the boat.",
                                  "Ich bin im Fluss geschwommen."])  # fmt: skip
def test_a_swimmer_swims_in_the_water(text: str) -> None:
    prompt = _prompt(text)
    assert "swims" in prompt.shots[0].subject_action
    assert re.search(r"the dreamer is in a (?:lake|river);", prompt.logline)


def test_by_the_water_without_a_boat_the_dreamer_is_by_the_lake() -> None:
    assert "the dreamer is by a lake" in _prompt("I stood at a quiet lake at dawn.").logline


@pytest.mark.parametrize(
    ("text", "who", "does"),
    [
        ("Grandpa sat in his armchair and read the paper.", "elderly man", "sits"),
        ("My mum was sitting on the sofa watching tv.", "mother", "sits on the sofa"),
        ("Meine Tante lag auf dem Sofa.", "aunt", "lies on the sofa"),
        ("My aunt was kneeling by the bed.", "aunt", "kneels by the bed"),
        ("Mein Onkel saß am Tisch und redete mit mir.", "uncle", "sits at the table"),
        ("My sister sat on the stairs and waved at me.", "sister", "sits on the staircase"),
    ],
)
def test_a_characters_stated_posture_reaches_the_prompt(text: str, who: str, does: str) -> None:
    actions = [s.subject_action for s in _prompt(text).shots]
    assert any(who in a and does in a for a in actions), actions
    assert not any(re.search(rf"{who}, stands", a) for a in actions), actions


@pytest.mark.parametrize(
    ("text", "does"),
    [
        ("I knelt in the snow and waited.", "the dreamer kneels"),
        ("Ich lag auf dem Sofa und habe ferngesehen.", "the dreamer lies"),
        ("Anna und ich saßen auf einer roten Bank.", "the dreamer sits on the red bench"),
    ],
)
def test_the_dreamers_stated_posture_reaches_the_prompt(text: str, does: str) -> None:
    prompt = _prompt(text)
    assert any(s.subject_action.lower().startswith(does) for s in prompt.shots)
    assert not any(s.subject_action.startswith("The dreamer stands") for s in prompt.shots)


@pytest.mark.parametrize(
    "text",
    [
        "I was reading a book in my room.",
        "Ich habe im Bett gelegen und an die Decke gestarrt.",
        "I was at the station. Then I was at the station again. Then the station was empty.",
        "Ich war im Büro. Dann war ich zu Hause. Dann wieder im Büro.",
        "My dad sat at the kitchen table.",
        "Nur ein Hund, der im Garten schlief.",
        "I was standing in a field.",
    ],
)
@pytest.mark.parametrize("profile", list(PROFILES))
def test_no_shot_repeats_another(text: str, profile: str) -> None:
    """When nothing new happens the camera shows something else (a thing up close, the
    dreamer's face, a look over the shoulder), never the same line twice."""
    for seconds in (8.0, 12.0, 20.0):
        prompt = _prompt(text, seconds, profile)
        assert checks.repeated_shots(prompt) == [], [s.subject_action for s in prompt.shots]
        assert checks.shot_count_fits(prompt, PROFILES[profile])


def test_a_reaction_shot_looks_at_the_water_not_at_the_boat() -> None:
    actions = " ".join(
        s.subject_action for s in _prompt("Wir waren in einem Boot auf dem See.").shots
    )
    assert "a boat on a lake stretches" not in actions and "eyes on a boat" not in actions


def test_a_worn_things_colour_reaches_the_figure_not_a_second_thing_in_view() -> None:
    shot = _prompt("A woman in a long black dress stood by the door.").shots[0]
    assert shot.subject == "a woman in a long black dress"
    assert "dress" not in shot.setting  # worn, not lying about


def test_in_a_taxi_the_dreamer_rides_along_rather_than_drives() -> None:
    actions = [s.subject_action for s in _prompt("I took a taxi through the city at night.").shots]
    assert not any("hands on the wheel" in a for a in actions), actions


def test_the_boat_the_dreamer_is_in_is_not_also_a_thing_in_view() -> None:
    prompt = _prompt("we were sailing a little white sailboat on the ocean")
    assert prompt.shots[0].setting.startswith("a little white boat on the open sea")
    assert "in view" not in prompt.shots[0].setting


@pytest.mark.parametrize("seconds", [30.0, 60.0])
def test_a_long_clip_of_one_quiet_moment_merges_or_varies_its_shots(seconds: float) -> None:
    """One thing happens in a 30 s or 60 s clip: once every other view is used, a shot runs on
    (fewer, longer shots) or the camera varies; no line repeats and the clip keeps its length."""
    prompt = _prompt("Ich saß allein in einem kleinen Boot auf dem See.", seconds, "generic")
    assert checks.repeated_shots(prompt) == []
    assert prompt.duration == pytest.approx(seconds)
    assert all(shot.duration <= 30 for shot in prompt.shots)
    assert len(prompt.shots) <= PROFILES["generic"].shot_count(seconds)


@pytest.mark.parametrize(
    ("text", "gaze", "never"),
    [
        (
            "I stood alone in a huge empty kitchen at night.",
            r"looking around an? [\w ]*kitchen",
            "eyes on a",
        ),
        (
            "Ich stand ganz allein am Ufer eines Sees.",
            r"gazing across an? [\w ]*(?:shore|lake)",
            "eyes on a",
        ),
        (
            "I was on a railway platform and the train was late.",
            r"eyes on a train",
            "eyes on a railway",
        ),
    ],
)
def test_the_close_up_looks_at_a_thing_or_around_the_place(
    text: str, gaze: str, never: str
) -> None:
    """No one has their eyes on a kitchen: the face looks at a thing of the scene, else around
    the room, across the place outside, or out of the vehicle."""
    actions = " ".join(shot.subject_action for shot in _prompt(text, seconds=20.0).shots).lower()
    assert "face in close-up" in actions
    assert re.search(gaze, actions), actions
    assert never not in actions
