"""The scene plan keeps what a dream says about how things look and how people hold themselves.

Describing words of places and things (size, age, colour, material), the vehicle someone is in
on water or a road, and stated postures (sit, lie, kneel, stand), in English and German. Every
sentence here is new: none is in eval/.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import plan_scenes
from dreamjournal.analysis.scene_plan import Scene


def _scene(text: str) -> Scene:
    plan = plan_scenes(text)
    assert len(plan.scenes) == 1, plan.scenes
    return plan.scenes[0]


def _thing(scene: Scene, concept: str) -> list[str]:
    [thing] = [o for o in scene.objects if o.concept == concept]
    return thing.adjectives


@pytest.mark.parametrize(
    ("text", "concept", "adjectives"),
    [
        ("Somebody left a tiny red umbrella on the bench.", "umbrella", ["tiny", "red"]),
        ("I picked up an old leather bag from the floor.", "bag", ["old", "leather"]),
        ("Neben der Tür stand eine kleine grüne Kiste.", "box", ["small", "green"]),
        ("Auf dem Boden stand eine Glasflasche.", "bottle", ["glass"]),
        ("Im Garten stand eine alte Holzbank.", "bench", ["old", "wooden"]),
    ],
)
def test_a_things_describing_words_are_kept_in_english(
    text: str, concept: str, adjectives: list[str]
) -> None:
    assert _thing(_scene(text), concept) == adjectives


@pytest.mark.parametrize(
    ("text", "place", "adjectives"),
    [
        ("We lived in a tiny grey house at the end of the lane.", "house", ["tiny", "grey"]),
        ("Wir wohnten in einem alten blauen Haus.", "house", ["old", "blue"]),
        ("I was driving my little yellow car to work.", "car", ["little", "yellow"]),
        ("Ich saß in meinem grünen Auto im Stau.", "car", ["green"]),
    ],
)
def test_a_places_describing_words_are_kept(text: str, place: str, adjectives: list[str]) -> None:
    setting = _scene(text).setting
    assert (setting.place, setting.adjectives) == (place, adjectives)


@pytest.mark.parametrize(
    ("text", "place", "vehicle"),
    [
        ("Me and my cousin sat in a kayak on the river.", "river", "kayak"),
        ("We were rowing across a big lake in a wooden boat.", "lake", "boat"),
        ("Ich trieb in einem Schlauchboot auf dem See.", "lake", "boat"),
        ("Wir waren mit dem Kanu auf dem See.", "lake", "canoe"),
        ("Dad took us along the coast road in his car.", "beach", "car"),
        ("I rode my bike through the village.", "village", "bike"),
    ],
)
def test_someone_in_a_vehicle_is_on_the_water_or_road_in_the_vehicle(
    text: str, place: str, vehicle: str
) -> None:
    setting = _scene(text).setting
    assert setting.place == place
    assert setting.vehicle is not None and setting.vehicle.concept == vehicle


@pytest.mark.parametrize(
    "text", ["We swam in the lake next to the boat.", "Ich bin neben dem Boot im See geschwommen."]
)
def test_a_swimmer_is_in_the_water_not_in_a_boat(text: str) -> None:
    scene = _scene(text)
    assert scene.setting.place == "lake" and scene.setting.vehicle is None
    assert scene.dreamer.action == "swim"


def test_a_vehicles_own_describing_words_ride_with_it() -> None:
    vehicle = _scene("Wir saßen in einem roten Kanu auf dem Fluss.").setting.vehicle
    assert vehicle is not None and vehicle.adjectives == ["red"]


@pytest.mark.parametrize(
    ("text", "who", "posture"),
    [
        ("My aunt was kneeling by the bed.", "aunt", "kneel"),
        ("My mum was sitting on the sofa watching tv.", "mother", "sit"),
        ("Mein Onkel saß im Sessel und las Zeitung.", "uncle", "sit"),
        ("Meine Tante lag auf dem Sofa.", "aunt", "lie"),
        ("A policeman stood in the doorway and said nothing.", "police", "stand"),
        ("Dann saß mein Bruder neben mir.", "brother", "sit"),
    ],
)
def test_a_characters_stated_posture_is_in_the_plan(text: str, who: str, posture: str) -> None:
    [character] = [c for c in _scene(text).characters if c.concept == who]
    assert character.posture == posture


@pytest.mark.parametrize(
    ("text", "posture"),
    [
        ("I knelt in the snow and waited.", "kneel"),
        ("Ich lag auf dem Sofa und habe ferngesehen.", "lie"),
        ("We sat on the steps of the church.", "sit"),
        ("Me and my cousin sat in a kayak on the river.", "sit"),
    ],
)
def test_the_dreamers_stated_posture_is_in_the_plan(text: str, posture: str) -> None:
    assert _scene(text).dreamer.posture == posture


def test_we_sit_with_the_others_named_but_not_with_one_who_just_came_in() -> None:
    by_id = {c.concept: c for c in _scene("We lay on the beach with my sister.").characters}
    assert by_id["sister"].posture == "lie"
    woman = _scene("A woman came in while we sat at the table.").characters[0]
    assert woman.action == "arrive" and woman.posture is None


@pytest.mark.parametrize(
    "text", ["Auf dem Tisch lag ein Brief.", "My brother waved at me from the bridge."]
)
def test_no_posture_is_made_up(text: str) -> None:
    """A letter lying on a table gives nobody a posture; an unstated one stays unset."""
    scene = _scene(text)
    assert scene.dreamer.posture is None and scene.dreamer.action != "lie"
    assert all(c.posture is None for c in scene.characters)


@pytest.mark.parametrize(
    ("text", "not_a"), [("Wir sind mit der Fähre gefahren.", "driver"),
                        ("i was waiting at the bus stop.", "waiter")]
)  # fmt: skip
def test_a_thing_or_a_verb_the_plan_knows_is_no_character(text: str, not_a: str) -> None:
    """A ferry ("Fähre") is no driver ("Fahrer"), waiting no waiter."""
    assert not_a not in {c.concept for s in plan_scenes(text).scenes for c in s.characters}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A woman in a long black dress stood by the door.", "a woman in a long black dress"),
        ("Ein Mann in einem roten Mantel stand vor mir.", "a man in a red coat"),
        ("Ein alter Mann saß auf der Bank.", "an old man"),
        ("Ein schwarzer Hund lief neben mir.", "a black dog"),
    ],
)
def test_what_a_figure_wears_and_looks_like_keeps_its_describing_words(
    text: str, role: str
) -> None:
    assert [c.role for c in _scene(text).characters] == [role]


def test_a_german_preposition_after_the_verb_is_no_subject_after_it() -> None:
    """ "stand an der Tafel": "an" is no article; the teacher stands (not a thing)."""
    [teacher] = _scene("Meine Lehrerin stand an der Tafel.").characters
    assert teacher.posture == "stand"


def test_a_clause_split_off_before_a_new_place_moves_with_it() -> None:
    """ "Dann saß ich | plötzlich in einem gelben Taxi": the sitting is in the taxi, not at
    school."""
    plan = plan_scenes("Ich war in der Schule. Dann saß ich plötzlich in einem gelben Taxi.")
    school, taxi = plan.scenes
    assert school.setting.place == "school" and school.dreamer.posture is None
    assert taxi.setting.place == "car" and taxi.dreamer.posture == "sit"
    assert taxi.setting.adjectives == ["yellow"]


def test_a_noun_after_a_describing_word_is_no_verb() -> None:
    """ "on his front steps": steps are a place to sit, not a walk."""
    [neighbour] = _scene("My neighbour was sitting on his front steps.").characters
    assert (neighbour.action, neighbour.posture) == ("sit", "sit")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I was waiting for the train but it never came.", "station"),
        ("Wir haben ewig auf den Zug gewartet.", "station"),
        ("Ich saß im Zug und wartete.", "train"),
    ],
)
def test_waiting_for_a_train_is_on_the_platform_not_aboard(text: str, place: str) -> None:
    assert _scene(text).setting.place == place


@pytest.mark.parametrize(
    "text",
    [
        "I stood at the edge of a pond. A grey heron waded in the reeds. Then it flew away.",
        "Ich stand am Ufer. Ein Reiher stand im Schilf. Dann flog er weg und ich war ruhig.",
    ],
)
def test_an_animal_or_thing_that_flies_off_does_not_make_the_dreamer_fly(text: str) -> None:
    """'it'/'er' with no person in the scene is not the dreamer: the scene keeps the dreamer's
    own action (standing by the water), never "the dreamer flies"."""
    scene = _scene(text)
    assert scene.action_agent == "dreamer" and scene.action != "fly"


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Ich sah meine Mutter. Dann lief sie weg.", ["dreamer", "mother"]),
        ("Dann rannte meine Mutter los.", ["mother"]),
        ("Meine Schwester stand im Garten. Dann rief ich sie an.", ["sister", "dreamer"]),
    ],
)
def test_a_german_person_after_the_verb_is_its_subject_only_when_none_comes_before(
    text: str, agents: list[str]
) -> None:
    """Verb-second: "Dann rannte meine Mutter" (she runs) but "Ich sah meine Mutter" (I see)."""
    beats = [b for s in plan_scenes(text).scenes for b in s.beats if b.action]
    assert [b.agent for b in beats] == agents


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_stopword_names_a_thing(language: str) -> None:
    """The planner skips stopwords when it looks for things (speed); that is only right while no
    stopword, nor its stem, is a thing's word."""
    from dreamjournal.analysis.lexicon import load_lexicon, stem
    from dreamjournal.analysis.vocab import vocab_table

    things = vocab_table("object", language)
    stopwords = load_lexicon(language).stopwords
    assert not [w for w in stopwords if w in things or stem(w, language) in things]
