"""English shot text for how a scene is staged: describing words, vehicles and postures.

- `described`: a thing or place with the dreamer's own size, age, colour and material words
  ("a red car", "the inside of a red car", "a small old wooden bench").
- `vehicle_setting`: a person in a vehicle is IN it and ON the water or road ("a small boat on
  a lake"), never "in a lake".
- `posture_phrase`: a stated posture (sit, lie, kneel, stand) with where, if the scene says
  ("sits at the table", "lies in the bed"), joined to a still action ("sits at the table and
  talks with the dreamer").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from dreamjournal.analysis import Scene, Thing
from dreamjournal.visualize.concepts import ACTIONS, HELD_LIGHTS, OBJECTS, PLACES
from dreamjournal.visualize.models import CameraMove, Framing

_ARTICLES: Final = frozenset({"a", "an", "the"})


def described(phrase: str, adjectives: list[str], head: str | None = None) -> str:
    """`phrase` with `adjectives` before its head noun ("the inside of a car" -> "the inside of
    a red car"); the article before them agrees ("an old car"). Unchanged without adjectives."""
    words = phrase.split()
    fresh = [a for a in adjectives if a not in words]
    if not fresh:
        return phrase
    at = len(words) - 1
    if head is not None and head in words:
        at = words.index(head)
    article = next((j for j in range(at, -1, -1) if words[j] in _ARTICLES), None)
    # Right after the article: "a living room" -> "a small living room".
    insert = article + 1 if article is not None else at
    words[insert:insert] = fresh
    if article is not None and words[article] in {"a", "an"}:
        words[article] = "an" if words[article + 1][:1] in "aeiou" else "a"
    return " ".join(words)


def thing_phrase(thing: Thing) -> str:
    """A thing in English with its describing words ("a small blue box", "pancakes")."""
    english = OBJECTS.get(thing.concept, (with_article(thing.concept),))[0]
    return described(english, thing.adjectives)


_MASS_NOUNS: Final = frozenset(
    {"cocoa", "coffee", "tea", "milk", "soup", "bread", "cheese", "grass", "sand", "honey",
     "beer", "wine", "sparkling wine", "mulled wine", "lemonade", "ice cream", "chocolate",
     "hot chocolate", "wallpaper", "toast", "pudding", "candy floss", "porridge", "rice", "jam"}
)  # fmt: skip


def with_article(noun: str) -> str:
    """ "an umbrella", "a kite"; a plural or pair as it is ("pancakes", "rubber boots")."""
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) or noun in _MASS_NOUNS:
        return noun
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def definite(phrase: str) -> str:
    """ "a small boat" -> "the small boat" (phrases without an article stay as they are)."""
    return re.sub(r"^(?:a|an)\s+", "the ", phrase)


_WATER_CRAFT: Final = frozenset({"boat", "ship", "canoe", "kayak", "ferry", "raft"})
# The surface a vehicle moves over, by place kind: boats on water, cars and bikes on roads.
_WATER: Final[dict[str, str]] = {
    "lake": "a lake", "sea": "the open sea", "river": "a river", "beach": "the sea off a beach",
}  # fmt: skip
_ROADS: Final[dict[str, str]] = {
    "road": "an open road", "city_street": "a city street", "beach": "a coast road",
    "village": "a village street", "field": "a country road", "forest": "a forest road",
    "mountains": "a mountain road", "desert": "a desert road", "park": "a path through a park",
    "bridge": "a bridge", "car_park": "a car park", "lake": "a lakeside road",
    "sea": "a coast road", "river": "a riverside road",
}  # fmt: skip


_ROAD_PLACES: Final = frozenset({"road", "city_street", "bridge", "car_park"})
_RIDDEN_ON: Final = frozenset({"bike", "motorbike", "horse", "scooter", "skateboard"})


def vehicle_setting(scene: Scene) -> str | None:
    """ "a small boat on a lake", "a car on a coast road": the vehicle and what it moves on."""
    vehicle = scene.setting.vehicle
    if vehicle is None:
        return None
    place = scene.setting.place
    water = vehicle.concept in _WATER_CRAFT
    if water and scene.setting.flooded and place not in _WATER:
        return f"{thing_phrase(vehicle)} on the water that floods {_bare_place(scene)}"
    ground = (_WATER if water else _ROADS).get(place, "open water" if water else "an open road")
    if not water and place in _ROAD_PLACES and scene.setting.called:
        ground = scene.setting.called  # "a motorway", "a country lane": the road as said
    if place not in {"sea", "unknown"}:
        ground = described(ground, scene.setting.adjectives)  # "on a big lake"
    return f"{thing_phrase(vehicle)} on {ground}"


def vehicle_action(scene: Scene, action: str, posture: str | None) -> str | None:
    """What the dreamer does in the vehicle ("sits in the small boat, gliding over the water");
    None when the action is a move of its own (swimming, running, falling)."""
    vehicle = scene.setting.vehicle
    if vehicle is None:
        return None
    the = definite(thing_phrase(vehicle))
    still = action in {"stand", "sit", "lie", "wait", "look", "ride", "drive", "float", "row"}
    if not still:
        return None
    if vehicle.concept in _WATER_CRAFT and action == "row":
        return f"rows {the}, pulling on the oars"
    if vehicle.concept in _WATER_CRAFT:
        if posture == "stand" or (posture is None and vehicle.concept in {"ferry", "ship"}):
            return f"stands on board {the}, looking out over the water"
        if posture == "lie":
            return f"lies in {the}, rocking gently on the water"
        return f"sits in {the} as it glides over the water"
    if action == "drive" and vehicle.concept == "car":
        return f"drives {the}, hands on the wheel"
    if vehicle.concept == "bike":
        return f"rides {the}, pedalling steadily"
    return f"rides along in {the}, looking out of the window"


POSTURE_VERB: Final[dict[str, str]] = {
    "sit": "sits", "lie": "lies", "kneel": "kneels", "stand": "stands",
}  # fmt: skip
# Where a posture puts someone, by a thing the scene names: "sits at the table".
_SPOTS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "sit": (("table", "at"), ("desk", "at"), ("bench", "on"), ("sofa", "on"), ("chair", "on"),
            ("bed", "on"), ("stairs", "on"), ("fire", "by")),
    "lie": (("bed", "in"), ("sofa", "on"), ("bench", "on")),
    "kneel": (("bed", "by"), ("table", "by")),
    "stand": (("window", "at"), ("door", "at"), ("table", "at")),
}  # fmt: skip
# A posture said with no place for it: "she lay there", "er kniete".
_STILL_POSTURE: Final[dict[str, str]] = {
    "sit": "sits quietly", "lie": "lies still", "kneel": "kneels, quite still",
    "stand": "stands close to the dreamer",
}  # fmt: skip
# Actions that leave a posture as it is (one may sit and talk; one cannot sit and run).
STILL_ACTIONS: Final = frozenset(
    {"talk", "look", "cry", "laugh", "eat", "hold", "give", "wave", "shout", "wait", "search",
     "play", "shake", "sing", "write", "read", "type", "pray", "paint", "iron", "clap", "feed",
     "queue"}
)  # fmt: skip
_POSTURE_ACTIONS: Final = frozenset({"stand", "sit", "lie", "sleep", "freeze"})


def posture_spot(scene: Scene, posture: str) -> str:
    """ " at the table", " in the bed" (with the things' own words), or ""."""
    things = {o.concept: o for o in scene.objects}
    for concept, word in _SPOTS.get(posture, ()):
        if concept in things:
            return f" {word} {definite(thing_phrase(things[concept]))}"
    return ""


def posture_phrase(scene: Scene, posture: str | None, action: str | None, toward: str) -> str:
    """A figure's stated posture joined to what it does, or "" when the action overrides it
    (running) or no posture was said. `toward` is the action's third-person phrase."""
    if posture is None:
        return ""
    spot = posture_spot(scene, posture)
    verb = POSTURE_VERB[posture] + spot
    if action is None or action in _POSTURE_ACTIONS:
        if action == "sleep":
            return verb + ", asleep"
        return verb if spot else _STILL_POSTURE[posture]
    if action in STILL_ACTIONS:
        return f"{verb} and {toward}"
    return ""


def held_noun(thing: Thing) -> tuple[str, str, str] | None:
    """(English, German noun, gender) of a held thing, by the word said for a light ("a
    lantern", not the concept's "a light") or by its concept; None for a thing we cannot name."""
    said = [HELD_LIGHTS[w] for w in thing.words if w in HELD_LIGHTS]
    if thing.concept == "light" and said:
        return said[0]
    return OBJECTS.get(thing.concept)


def held_phrase(thing: Thing) -> str:
    """A held thing in English with its describing words: "a lantern", "a small blue box"."""
    noun = held_noun(thing)
    return described(noun[0], thing.adjectives) if noun else thing_phrase(thing)


def handling(action: str | None, holds: Thing | None, to: str = "the dreamer") -> str | None:
    """ "holds a lantern", "hands a small blue box to the dreamer"; None when nothing was said
    to be held or the action is no holding."""
    if holds is None or action not in {"hold", "give", "throw"}:
        return None
    thing = held_phrase(holds)
    if action == "throw":
        return f"throws {thing}"
    return f"holds {thing}" if action == "hold" else f"hands {thing} to {to}"


def figure_action(
    scene: Scene, posture: str | None, action: str | None, holds: Thing | None = None
) -> str:
    """What another figure does, toward the dreamer, in its stated posture (in a boat with the
    dreamer and nothing said: sitting in it too)."""
    if action is None or action not in ACTIONS:
        toward = "stands close to the dreamer"
    else:
        toward = re.sub(r"\byou\b", "the dreamer", ACTIONS[action][3])
    toward = handling(action, holds) or (
        f"{toward}, holding {held_phrase(holds)}" if holds is not None else toward
    )  # "waves to the dreamer, holding a red kite"
    vehicle = scene.setting.vehicle
    in_place = action is None or action in STILL_ACTIONS | {"sit"}
    if posture in {None, "sit"} and vehicle is not None and in_place:
        the = definite(thing_phrase(vehicle))
        still = action in {None, "sit"}
        return f"sits in {the} with the dreamer" + ("" if still else f" and {toward}")
    return posture_phrase(scene, posture, action, toward) or toward


# The noun a place's phrase is about, where it is not the phrase's last word.
_PLACE_HEADS = {
    "childhood_home": "house", "ship": "boat", "plane": "cabin", "station": "platform",
    "city_street": "street", "car_park": "car", "library": "library", "attic": "attic",
    "hospital": "hospital", "church": "church", "museum": "museum", "hotel": "hotel",
    "prison": "prison", "school": "school", "car": "car", "corridor": "hallway",
}  # fmt: skip
_NO_ADJECTIVES = frozenset({"unknown", "sky", "space", "underwater", "sea"})


def place_phrase(scene: Scene) -> str:
    """The shot's place in English, with its describing words or the vehicle on it."""
    s = scene.setting
    riding = vehicle_setting(scene)
    if riding is not None:
        return riding  # "a small boat on a lake": in the boat, on the lake
    place = _bare_place(scene)
    if s.flooded:
        return f"{place}, flooded with water"
    return place


def _bare_place(scene: Scene) -> str:
    """The place in English with its describing words, and nothing on it or in it."""
    s = scene.setting
    place = PLACES.get(s.place, PLACES["unknown"])[0]
    if s.called:
        place = s.called  # the place as said: "an ice rink", "a pharmacy"
    if s.place == "sports_ground" and s.indoor:
        place = "a sports hall"  # "die Turnhalle", "the gym": indoors
    if s.place == "river" and scene.dreamer.action in {"swim", "sink"}:
        place = "a river"  # in the water, not on its bank
    if s.place == "sky" and s.concept and s.concept in {"city", "forest", "ocean", "mountain"}:
        place = f"the sky high above {OBJECTS[s.concept][0]}"
    if s.adjectives and s.place not in _NO_ADJECTIVES:
        place = described(place, s.adjectives, _PLACE_HEADS.get(s.place))
    return place


_ON = {"station": "on", "bridge": "on", "road": "on", "stage": "on", "playground": "on"}
_BY_WATER = {"lake": "by", "sea": "by", "river": "on", "beach": "on"}


def where_phrase(scene: Scene) -> str:
    """Where the dreamer is, with its preposition: in a boat on a lake, by a lake, in a lake
    only when swimming."""
    place = place_phrase(scene)
    if scene.setting.vehicle is not None:
        return f"{'on' if scene.setting.vehicle.concept in _RIDDEN_ON else 'in'} {place}"
    swimming = scene.dreamer.action in {"swim", "sink"}
    if scene.setting.called and scene.setting.called.endswith(
        ("station", "stop", "box", "harbour", "harbor", "port")
    ):
        return f"at {place}"  # "at a bus station", "at a bus stop" (on a platform)
    if scene.setting.place in _BY_WATER and not swimming:
        return f"{_BY_WATER[scene.setting.place]} {place}"
    return f"{_ON.get(scene.setting.place, 'in')} {place}"


_FROM_INSIDE = {
    "car": "the road ahead through the windscreen", "bus": "the streets sliding past the window",
    "train": "the land sliding past the window", "plane": "the clouds outside the window",
    "elevator": "the closed elevator doors",
}  # fmt: skip


def view_phrase(scene: Scene) -> str:
    """What the dreamer looks out at: the water or road under a vehicle, the road through a
    car's windscreen, else the place itself."""
    vehicle = scene.setting.vehicle
    if vehicle is not None:
        return vehicle_setting(scene).split(" on ", 1)[-1]  # type: ignore[union-attr]
    return _FROM_INSIDE.get(scene.setting.place) or place_phrase(scene)


def _comes(thing: str) -> str:
    """ "comes" after "a key" or "water", "come" after "teeth" or "ducks"."""
    words = thing.split()
    plural = words[0] not in _ARTICLES and (words[-1].endswith("s") or words[-1] == "teeth")
    return "come" if plural and not words[-1].endswith(("ss", "us")) else "comes"


class View(NamedTuple):
    """One way to show a moment: who or what, doing what, framed and moved how."""

    subject: str
    action: str
    framing: Framing
    move: CameraMove


def other_views(
    scene: Scene, others: list[tuple[str, str]], things: list[str], subject: str
) -> list[View]:
    """Other ways to show a scene when its moment was shown already, best first: another figure
    (look, action line), a thing up close, the dreamer's face, over the shoulder, the hands,
    from afar, from above, from below. When all are used, the shot list merges shots instead."""
    views = [View(look, line, "medium", "static") for look, line in others if look != subject]
    views += [
        View(t, f"{t} {_comes(t)} slowly into focus, close to the dreamer", "close-up",
             "slow push-in")
        for t in things
        if t != subject
    ]  # fmt: skip
    place = view_phrase(scene)
    inside = scene.setting.vehicle is None and scene.setting.place in _FROM_INSIDE
    eyes = "wide-eyed, breath held" if scene.distressing else "a quiet, searching look"
    # eyes on a thing of the scene ("eyes on a train"), else on the place around ("looking
    # around a kitchen": no one has their eyes on a kitchen)
    if things:
        gaze = f"eyes on {things[0]}"
    elif inside or scene.setting.vehicle is not None:  # "the road ahead through the windscreen"
        gaze = f"watching {place}"
    elif scene.setting.indoor is False:
        gaze = f"gazing across {place}"
    else:  # a room, a hall, a dreamlike space
        gaze = f"looking around {place}"
    ahead = f"over the dreamer's shoulder, {place}" + ("" if inside else " stretches out ahead")
    views += [
        View("the face of the dreamer",
             f"the dreamer's face in close-up, {eyes}, {gaze}", "close-up",
             "slow push-in"),
        View("the scene ahead of the dreamer", ahead, "over-the-shoulder", "dolly forward"),
        View("the hands of the dreamer",
             "the dreamer's hands in extreme close-up, resting, then slowly moving",
             "extreme close-up", "static"),
    ]  # fmt: skip
    if not inside:  # from far off, from above, from below: the place around the dreamer
        views += [
            View(place, f"{place} seen from far off, the dreamer a small figure within it",
                 "extreme wide", "pull back"),
            View(place, f"a view from high above: {place}, the dreamer at its centre",
                 "high angle", "crane up"),
            View(place, f"a view from low down: {place} rising around the dreamer",
                 "low angle", "tilt up"),
        ]  # fmt: skip
    return views
