"""What the dreamer wears, when the dream says it, is the dreamer's look in that scene's shots
("the dreamer, in pyjamas, stands ...") and no loose object lying about; clothes said of
someone else stay theirs. And a place only told of in someone's reported words is no scene.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


def _prompt(text: str) -> str:
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    return OfflineWriter().write(request)[0].as_text()


@pytest.mark.parametrize(
    ("text", "worn"),
    [
        ("Ich stand im Schlafanzug vor meiner alten Klasse.", "pyjamas"),
        ("In meinem Bademantel lief ich durch den Supermarkt.", "a bathrobe"),
        ("Ich trug ein Brautkleid, aber es kam niemand in die Kirche.", "a wedding dress"),
        ("I was in my pyjamas at the airport and my flight was boarding.", "pyjamas"),
        ("I was wearing a swimsuit in the middle of an office meeting.", "a swimsuit"),
        ("I turned up at the exam in a dressing gown.", "a dressing gown"),
    ],
)
def test_the_dreamers_clothes_are_worn_in_the_shot(text: str, worn: str) -> None:
    scene = plan_scenes(text).scenes[0]
    assert scene.dreamer.wears == worn
    assert not {o.concept for o in scene.objects} & {"pyjamas", "pair of pyjamas", "bathrobe"}
    assert f"the dreamer, in {worn}," in _prompt(text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "A man in a long grey coat followed me through the station.",
        "Ich sah einen Mann im Bademantel am Bahnsteig stehen.",
        "I ran through the forest in the rain.",
    ],
)
def test_clothes_of_someone_else_or_none_are_not_the_dreamers(text: str) -> None:
    assert all(scene.dreamer.wears is None for scene in plan_scenes(text).scenes)
    assert "the dreamer, in " not in _prompt(text).lower()


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "I was at the beach with my sister. She said she had sold the old house.",
            "beach",
            "house",
        ),
        ("Ich war im Park. Mama hat erzählt, dass sie im Krankenhaus war.", "park", "hospital"),
        (
            "I sat in the kitchen and he told me that the hospital was closed.",
            "kitchen",
            "hospital",
        ),
    ],
)
def test_a_place_in_someone_elses_reported_words_is_not_a_scene(
    text: str, place: str, not_place: str
) -> None:
    """ "She said she had sold the old house": the house is told of, not where the dream is."""
    places = [scene.setting.place for scene in plan_scenes(text).scenes]
    assert place in places
    assert not_place not in places


def test_an_instruction_is_no_report_the_dreamer_may_follow_it() -> None:
    places = [s.setting.place for s in plan_scenes("My mum told me to go to the beach.").scenes]
    assert places == ["beach"]
