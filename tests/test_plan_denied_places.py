"""A line that denies what was in a place still says where the dream is: "Kein einziges Auto
war auf der Autobahn" happens on the motorway, "nobody was in the kitchen" in the kitchen; a
line that denies the place itself ("there was no school") puts nobody there. A bike is ridden
on the road as said.

Every sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze, plan_scenes
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nobody was in the kitchen, so I made myself some toast.", "kitchen"),
        ("Es war niemand im Wald, ich bin ganz allein gelaufen.", "forest"),
        ("There were no boats on the lake and I swam across.", "lake"),
        ("Keine Menschenseele war auf dem Bahnsteig, ich habe gewartet.", "station"),
    ],
)
def test_a_denial_of_what_was_there_keeps_the_place(text: str, place: str) -> None:
    assert plan_scenes(text).scenes[0].setting.place == place


@pytest.mark.parametrize(
    "text",
    [
        "I did not go into the forest, I stayed on the sofa.",
        "There was no forest anymore, only a car park.",
    ],
)
def test_a_denied_place_is_not_where_the_dream_is(text: str) -> None:
    assert all(s.setting.place != "forest" for s in plan_scenes(text).scenes)


def test_a_bike_is_ridden_on_the_road_as_said() -> None:
    text = "Kein Auto war auf der Autobahn, ich bin mit dem Fahrrad in der Mitte gefahren."
    prompt = OfflineWriter().write(VisualizationRequest("t", "t", text, analyze(text), False))[0]
    assert "on a bike on a motorway" in prompt.logline


def test_what_was_reported_denied_keeps_the_teller() -> None:
    # "told me I didn't have to": the denial is the reported words', the telling happened
    scene = plan_scenes("My coach told me I didn't have to run today, so I sat on the grass.")
    assert "coach" in [c.concept for s in scene.scenes for c in s.characters]
    lines = {b.span.text: b.kind for b in scene.lines}
    assert lines["My coach told me"] == "event"


def test_rain_denied_is_no_rain_and_umbrellas_are_umbrellas() -> None:
    plan = plan_scenes("Es hat nicht geregnet, trotzdem liefen alle mit Regenschirmen herum.")
    assert all(s.setting.weather != "rain" for s in plan.scenes)
    assert "umbrella" in [o.concept for s in plan.scenes for o in s.objects]


def test_a_pet_said_not_to_be_in_the_dream_is_not_drawn() -> None:
    plan = plan_scenes("My cat wasn't in the dream at all, I just walked along the river.")
    assert all(not s.characters for s in plan.scenes)


@pytest.mark.parametrize(
    ("text", "left", "there"),
    [
        ("Ich kam aus dem Kino und stand plötzlich in einer Wüste.", "cinema", "desert"),
        ("I walked out of the office into a snowy forest.", "office", "forest"),
    ],
)
def test_a_place_come_out_of_is_not_the_scene(text: str, left: str, there: str) -> None:
    places = [s.setting.place for s in plan_scenes(text).scenes]
    assert left not in places and there in places


def test_going_from_room_to_room_is_in_the_rooms() -> None:
    assert plan_scenes("I walked from room to room looking for my cat.").scenes[
        0
    ].setting.place in {
        "room",
        "house",
    }


def test_hail_is_a_storm_with_hailstones() -> None:
    scene = plan_scenes("Es hat gehagelt, und ich stand unter einer Brücke.").scenes[0]
    assert scene.setting.weather == "storm"


@pytest.mark.parametrize(
    "text",
    [
        "We were digging potatoes in the allotment. It was starting to get dark.",
        "Es wurde langsam dunkel im Wald.",
    ],
)
def test_night_falling_is_dusk_not_deep_darkness(text: str) -> None:
    setting = plan_scenes(text).scenes[-1].setting
    assert (setting.time_of_day, setting.light) == ("dusk", "dim")
