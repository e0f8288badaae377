"""A figure the dream names but does not put in the scene is not drawn there: a voice on the
phone, someone waited for who never came, someone left behind. A call across the room, a dog
"called Bear" and a person who comes in later are drawn.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


def _cast(text: str) -> list[list[str]]:
    return [[c.concept for c in scene.characters] for scene in plan_scenes(text).scenes]


def _prompt(text: str) -> str:
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    prompt = OfflineWriter().write(request)[0]
    return " ".join(f"{s.subject} {s.subject_action} {s.setting}" for s in prompt.shots)


@pytest.mark.parametrize(
    ("text", "away"),
    [
        ("My dad called and told me the barn was on fire, so I drove out there.", "father"),
        ("My aunt rang me at midnight. I sat in the dark kitchen and listened.", "aunt"),
        ("I phoned my brother from the airport but he was asleep.", "brother"),
        ("Mein Opa hat mich angerufen und gesagt, ich soll den Zug nehmen.", "grandfather"),
        ("Meine Tante rief mich an, während ich im Garten saß.", "aunt"),
        ("Ich habe mit meiner Schwester telefoniert und bin durch den Wald gelaufen.", "sister"),
        ("Mein Chef hat am Telefon gesagt, ich soll sofort ins Büro kommen.", "boss"),
        ("I waited for my cousin at the bus stop for hours.", "cousin"),
        ("Ich habe am Bahnhof auf meine Mutter gewartet, aber sie kam nicht.", "mother"),
        ("I went to the lake without my husband and swam alone.", "partner"),
        ("Ich bin ohne meinen Bruder in den Urlaub gefahren.", "brother"),
    ],
)
def test_a_figure_that_is_elsewhere_is_not_drawn_in_the_scene(text: str, away: str) -> None:
    cast = _cast(text)
    assert all(away not in scene for scene in cast), cast


def test_what_a_caller_does_is_heard_not_seen() -> None:
    # Karen is on the other end of the line: she yells there, the dreamer sits here.
    plan = plan_scenes("Karen called me and was yelling about the report. I sat in my car.")
    assert all(not scene.characters for scene in plan.scenes)
    assert all(b.agent != "karen" for b in plan.lines)
    assert all(b.agent != "dreamer" or b.action != "shout" for b in plan.lines)
    assert "yell" not in _prompt("Karen called me and was yelling about the report.")


def test_a_call_puts_a_phone_in_the_dreamers_hand() -> None:
    scene = plan_scenes("My grandmother called me from far away and we laughed.").scenes[0]
    assert scene.dreamer.holds is not None and scene.dreamer.holds.concept == "phone"
    assert "phone" in _prompt("Meine Oma hat mich angerufen und wir haben gelacht.")


def test_the_dreamer_holds_what_the_sentence_gives_them_while_waiting() -> None:
    text = "I stood on the pier waiting for my father, holding a red umbrella."
    scene = plan_scenes(text).scenes[0]
    assert not scene.characters
    assert scene.dreamer.holds is not None and scene.dreamer.holds.concept == "umbrella"


@pytest.mark.parametrize(
    ("text", "here"),
    [
        ("My mom called me into the kitchen. She was baking bread.", "mother"),
        ("The teacher called out my name from the front of the room.", "teacher"),
        ("I was walking a huge dog called Bruno along the beach.", "dog"),
        ("My boss was on the phone shouting at the printer.", "boss"),
        ("Meine Kollegen haben im Flur telefoniert und gelacht.", "colleague"),
        ("Das Publikum war da und klatschte.", "crowd"),
        ("My father was there, smiling.", "father"),
        ("I called my brother but he didn't pick up. Then he walked in the door.", "brother"),
        ("Ich habe auf meinen Vater gewartet. Dann kam er endlich durch die Tür.", "father"),
    ],
)
def test_a_figure_who_is_there_is_still_drawn(text: str, here: str) -> None:
    cast = _cast(text)
    assert any(here in scene for scene in cast), cast


@pytest.mark.parametrize(
    ("text", "away"),
    [
        ("It was my graduation but my father wasn't there.", "father"),
        ("Das Publikum war aber gar nicht da, nur leere Stühle.", "crowd"),
        ("Mein Bruder fehlte beim Abendessen.", "brother"),
    ],
)
def test_a_figure_said_not_to_be_there_is_not_drawn(text: str, away: str) -> None:
    assert all(away not in scene for scene in _cast(text)), _cast(text)


def test_empty_chairs_are_empty() -> None:
    assert "empty chair" in _prompt("Ich stand auf der Bühne, vor mir nur leere Stühle.")


@pytest.mark.parametrize(
    ("text", "away"),
    [
        ("I sat on the train texting my sister the whole way.", "sister"),
        ("Meine Tante hat mir eine SMS geschrieben. Ich stand am Hafen.", "aunt"),
        ("Ich bin mit dem Auto von meinem Opa gefahren.", "grandfather"),
        ("Wir haben im Garten von meiner Tante gegrillt.", "aunt"),
        ("I was on the phone with my dad, walking along a beach. He kept laughing.", "father"),
    ],
)
def test_a_figure_written_to_or_owning_the_place_is_not_there(text: str, away: str) -> None:
    assert all(away not in scene for scene in _cast(text)), _cast(text)


@pytest.mark.parametrize(
    ("text", "here"),
    [
        ("I was calling my dog across the field.", "dog"),
        ("Ich habe ein Geschenk von meiner Schwester bekommen.", "sister"),
    ],
)
def test_a_dog_called_and_a_giver_are_there(text: str, here: str) -> None:
    assert any(here in scene for scene in _cast(text)), _cast(text)


def test_a_role_said_to_be_a_woman_is_one_figure() -> None:
    cast = plan_scenes("The taxi driver was a woman with a green scarf.").cast
    assert [(c.concept, c.gender) for c in cast] == [("driver", "female")]
    assert "green scarf" in cast[0].role


@pytest.mark.parametrize(
    ("text", "away"),
    [
        ("I waited at the bus station for my brother for hours, but he never came.", "brother"),
        ("Ich wartete am Bahnsteig auf meine Freundin Lena, aber sie kam nie.", "friend"),
        ("Ich lief durch das leere Becken und suchte meine Schwester.", "sister"),
        ("I was looking for my dog everywhere in the park.", "dog"),
    ],
)
def test_a_figure_waited_for_or_searched_for_is_not_drawn(text: str, away: str) -> None:
    assert all(away not in scene for scene in _cast(text)), _cast(text)
    assert "at the dreamer's side" not in _prompt(text)


def test_a_role_and_a_titled_name_are_one_figure() -> None:
    plan = plan_scenes("Mein Nachbar Herr Krause stand vor mir in der Schlange.")
    assert [c.role for c in plan.cast] == ["my neighbour Mr Krause"]
