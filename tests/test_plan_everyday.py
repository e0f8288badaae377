"""Everyday doings, places and people of dreams reach the prompt and the script as said:
digging, ironing, hanging up washing, queuing, rowing, clapping, feeding; a laundrette, an
allotment, a DIY store, a post office, a wedding; grandchildren, firefighters, nuns,
paramedics, a bride.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


def _written(text: str) -> tuple[str, str]:
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    prompt, script = OfflineWriter().write(request)
    return prompt.as_text(), " ".join(step.text for step in script.steps)


@pytest.mark.parametrize(
    ("text", "action", "shown", "scripted"),
    [
        ("I was digging a deep hole behind the shed.", "dig", "digs", "dig"),
        ("Ich habe im Keller stundenlang Hemden gebügelt.", "iron", "irons", "bügelst"),
        ("I was hanging up the washing when the sky went purple.", "hang", "washing", "washing"),
        ("We queued outside the cinema for hours.", "queue", "queue", "queue"),
        ("Ich habe auf dem Teich gerudert.", "row", "rows", "ruderst"),
        ("The whole stadium was clapping and I clapped too.", "clap", "claps", "clap"),
        ("Wir haben im Park die Enten gefüttert.", "feed", "feeds", "fütterst"),
    ],
)
def test_an_everyday_doing_is_drawn_and_told(
    text: str, action: str, shown: str, scripted: str
) -> None:
    scene = plan_scenes(text).scenes[0]
    assert action in {scene.action, scene.dreamer.action}
    prompt, script = _written(text)
    assert shown in prompt
    assert scripted in script


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("I was folding towels in a laundrette at midnight.", "a laundrette"),
        ("Ich war in meinem Schrebergarten und habe Unkraut gezupft.", "an allotment"),
        ("I got lost in the DIY store at closing time.", "a DIY store"),
        ("I was standing in the post office with a parcel.", "a post office"),
        ("Wir waren auf einer Hochzeit in einer Scheune.", "a wedding"),
    ],
)
def test_a_place_is_called_as_said(text: str, called: str) -> None:
    assert plan_scenes(text).scenes[0].setting.called == called
    assert called in _written(text)[0]


@pytest.mark.parametrize(
    ("text", "concept", "gender"),
    [
        ("My granddaughter was sitting on the sofa.", "grandchild", "female"),
        ("Mein Enkel stand im Garten.", "grandchild", "male"),
        ("Three firefighters walked into the kitchen.", "firefighter", None),
        ("Eine Nonne stand vor der Tür.", "nun", "female"),
        ("A paramedic knelt beside me.", "paramedic", None),
        ("Die Braut hat geweint.", "bride", "female"),
    ],
)
def test_everyday_people_are_who_the_dream_says(
    text: str, concept: str, gender: str | None
) -> None:
    cast = plan_scenes(text).cast
    assert [c.concept for c in cast] == [concept]
    assert cast[0].gender == gender


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Meine Frau stand im Garten und hat gewunken.", "my wife"),
        ("Mein Mann hat im Keller Kisten gestapelt.", "my husband"),
        ("My husband was asleep on the sofa.", "my husband"),
        ("My girlfriend was laughing at the cinema.", "my girlfriend"),
        ("Eine Frau stand am Fenster.", "a woman"),
    ],
)
def test_a_partner_is_called_as_said(text: str, role: str) -> None:
    assert [c.role for c in plan_scenes(text).cast] == [role]


def test_cherries_are_no_church_and_a_held_basket_is_held() -> None:
    text = "Ich habe Kirschen gepflückt und meine Frau hat unten den Korb gehalten."
    scene = plan_scenes(text).scenes[0]
    assert scene.setting.place != "church"
    assert "cherries" in [o.concept for o in scene.objects]
    [wife] = scene.characters
    assert wife.holds is not None and wife.holds.concept == "basket"


def test_a_companion_is_at_the_dreamers_side_while_they_work() -> None:
    text = "I was digging in the allotment with my little boy, it was raining softly."
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    prompt = OfflineWriter().write(request)[0]
    assert "digs, bent over the earth, the dreamer's little boy at the dreamer's side" in (
        prompt.shots[0].subject_action
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I sat on the harbour wall eating chips.", "chips"),
        ("We were throwing paper planes out of the classroom window.", "paper planes"),
        ("A huge mirror hung in the hallway.", "mirror"),
    ],
)
def test_everyday_english_things_are_named(text: str, thing: str) -> None:
    assert thing in [o.concept for s in plan_scenes(text).scenes for o in s.objects]
    assert thing in _written(text)[0]


def test_things_held_or_given_are_named_from_the_noun_tables() -> None:
    plan = plan_scenes("Die Ärztin hat mir ein Pflaster gegeben.")
    [doctor] = plan.scenes[0].characters
    assert doctor.holds is not None and doctor.holds.concept == "sticking plaster"
    shots, _ = _written("My uncle came out of the shed carrying a huge pumpkin.")
    assert "holds a huge pumpkin" in shots or "holding a huge pumpkin" in shots
    shots, _ = _written("Ms Okafor was handing out exam papers in the hall.")
    assert "exam papers" in shots and "newspaper" not in shots


def test_a_neighbour_from_next_door_keeps_the_door_they_paint() -> None:
    shots, script = _written("Mr Lindqvist from next door was painting our garden door green.")
    assert "Mr Lindqvist from next door" in shots
    assert "a door" in shots
    assert "Mr Lindqvist" in script


@pytest.mark.parametrize(
    "text",
    [
        "The man with the knife comes closer, then he drops the knife and it turns into flowers.",
        "Der Mann mit dem Messer lässt das Messer fallen und lacht.",
    ],
)
def test_a_rescript_that_puts_the_knife_away_shows_no_knife(text: str) -> None:
    request = VisualizationRequest("t", "t", text, analyze(text), True, seconds=12.0)
    prompt = OfflineWriter().write(request)[0]
    assert "knife" not in prompt.as_text()
    assert "falls" not in prompt.as_text()


def test_a_snake_turned_into_a_dog_is_a_dog_only() -> None:
    scene = plan_scenes("Die Schlange im Keller wird zu einem kleinen, freundlichen Hund.").scenes[
        0
    ]
    assert [c.concept for c in scene.characters] == ["dog"]
    assert "snake" not in [o.concept for o in scene.objects]


@pytest.mark.parametrize(
    "text",
    [
        "I am falling off the roof, but instead of falling I float down onto the lawn.",
        "Ich falle vom Dach, aber statt zu fallen schwebe ich sanft hinunter.",
    ],
)
def test_a_fall_undone_instead_is_no_fall(text: str) -> None:
    plan = plan_scenes(text)
    assert all(b.action != "fall" for b in plan.lines)
    assert any(b.action == "float" for b in plan.lines)


def test_only_a_figure_said_to_be_with_the_dreamer_is_at_their_side() -> None:
    shots, _ = _written("Ein Mann stand am Fenster und hat mich beobachtet. Ich lag im Bett.")
    assert "at the dreamer's side" not in shots
    shots, _ = _written("We sat in the back row of the cinema.")
    assert "rows" not in shots


def test_a_queue_is_no_snake_and_missing_things_are_not_in_view() -> None:
    plan = plan_scenes(
        "Ich stand im Baumarkt in einer endlos langen Schlange und hielt einen Eimer."
    )
    assert "snake" not in [c.concept for c in plan.cast]
    assert "snake" not in [o.concept for s in plan.scenes for o in s.objects]
    for text, thing in (
        ("I came into the exam late, without a pencil.", "pencil"),
        ("Wir haben Kuchen gebacken, obwohl wir gar keinen Ofen haben.", "oven"),
    ):
        assert thing not in [o.concept for s in plan_scenes(text).scenes for o in s.objects]


def test_a_wife_baking_is_the_wife_not_the_dreamer() -> None:
    text = "Meine Frau hat einen Schokoladenkuchen gebacken, obwohl wir keinen Ofen haben."
    [line] = plan_scenes(text).lines
    assert line.action == "cook" and line.agent != "dreamer"


def test_compound_things_are_said_whole() -> None:
    shots, _ = _written("I was ironing in a laundrette and the strip light kept flickering.")
    assert "a strip light" in shots and "a strip " not in shots.replace("a strip light", "")


def test_classmates_are_a_group_and_a_station_is_where_one_waits() -> None:
    shots, _ = _written("All my classmates were writing an exam in the gym.")
    assert "group of the dreamer's classmates" in shots
    text = "I waited at the bus station for hours."
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    assert "at a bus station" in OfflineWriter().write(request)[0].logline


def test_the_script_says_the_place_as_said() -> None:
    for text, said in (
        ("I was ironing shirts in a laundrette.", "You are in a laundrette."),
        ("I waited at the bus station.", "You are at a bus station."),
        ("I stood by the harbour in the rain.", "You are at a harbour."),
    ):
        assert said in _written(text)[1]


def test_a_one_scene_dreams_feeling_sets_the_mood_of_every_shot() -> None:
    # the confusion is said in a line that is no event of the scene
    text = "The corridor grew longer with every step. I didn't understand what was happening."
    request = VisualizationRequest("t", "t", text, analyze(text), False, seconds=12.0)
    moods = {shot.mood for shot in OfflineWriter().write(request)[0].shots}
    assert moods and all(m != "quiet, curious" for m in moods)
