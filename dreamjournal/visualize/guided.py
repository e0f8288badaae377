"""The guided script's scene steps, composed from the scene plan in the dream's language.

Sentences come from templates over concepts, in the second person ("you" / "du"), so they are
grammatical by construction: the person's first-person sentences are never rewritten. Every
sentence starts with a capital; an English script holds no German and a German one no English
(every word comes from `concepts`). Meta, waking and negated lines give no sentence; the
dream's ending is kept (the last scene is always told, then how the dream ends).
"""

from __future__ import annotations

import re
from typing import Final

from dreamjournal.analysis import Character, Scene, ScenePlan, Thing
from dreamjournal.visualize.concepts import (
    ACTIONS,
    CHARACTERS,
    FEELINGS,
    HARSH_OBJECTS,
    OBJECTS,
    PLACE_SYMBOLS,
    PLACES,
    and_list,
    de_noun,
    dreamer_action,
    upper_first,
)
from dreamjournal.visualize.staging import held_noun, held_phrase, where_phrase

MAX_SCENE_STEPS = 6
_WEATHER_THINGS = frozenset({"rain", "snow", "storm", "darkness", "light"})
_TIME = {
    "en": {"night": "It is night.", "dusk": "It is evening.", "dawn": "It is early morning.",
           "day": "It is daytime."},
    "de": {"night": "Es ist Nacht.", "dusk": "Es ist Abend.", "dawn": "Es ist früher Morgen.",
           "day": "Es ist Tag."},
}  # fmt: skip
_WEATHER = {
    "en": {"rain": "It is raining.", "snow": "It is snowing.", "storm": "A storm is blowing.",
           "fog": "Fog hangs in the air.", "wind": "A wind is blowing.",
           "clear": "The sky is clear."},
    "de": {"rain": "Es regnet.", "snow": "Es schneit.", "storm": "Ein Sturm zieht vorbei.",
           "fog": "Nebel liegt in der Luft.", "wind": "Ein Wind weht.",
           "clear": "Der Himmel ist klar."},
}  # fmt: skip
_INDOOR_WEATHER = {"en": "Outside, ", "de": "Draußen "}
_LIGHT = {
    "en": {"dark": "It is dark around you.", "dim": "The light is soft and dim.",
           "bright": "Everything is bright.", "daylight": "Daylight fills the place.",
           "glowing": "A soft glow surrounds you."},
    "de": {"dark": "Um dich herum ist es dunkel.", "dim": "Das Licht ist weich und gedämpft.",
           "bright": "Alles ist hell.", "daylight": "Tageslicht erfüllt den Ort.",
           "glowing": "Ein sanftes Leuchten umgibt dich."},
}  # fmt: skip
_ENDING = {
    "en": {"safe": "You are safe.", "woke": "Then the dream fades, and you wake up.",
           "threat": "Here the dream ends.", "neutral": "Here the dream ends."},
    "de": {"safe": "Du bist in Sicherheit.",
           "woke": "Dann verblasst der Traum, und du wachst auf.",
           "threat": "Hier endet der Traum.", "neutral": "Hier endet der Traum."},
}  # fmt: skip
_STEADY = {
    "en": "Your breath stays slow and even.",
    "de": "Dein Atem bleibt ruhig und gleichmäßig.",
}
_AT_EASE = {"en": "You feel at ease.", "de": "Du fühlst dich wohl."}
_NEW_ENDING = {
    "en": "This is the ending you chose.",
    "de": "Das ist das Ende, das du gewählt hast.",
}
_ARTICLE_EN = re.compile(r"^(?:my|our|a|an|the|some|another|his|her|their)\s+", re.IGNORECASE)


# English titles of a name in a role ("my teacher Mrs Berger") and their German words.
_TITLED = re.compile(r"\b(Mrs|Mr|Ms|Miss|Dr|Professor) (\S+)(?: from next door)?$")
_GERMAN_TITLES = {"Mrs": "Frau", "Ms": "Frau", "Miss": "Frau", "Mr": "Herr", "Dr": "Dr.",
                  "Professor": "Professor"}  # fmt: skip


def _called(c: Character, language: str) -> str:
    """The name as said with its title: "Mrs Berger" (English), "Frau Berger" (German)."""
    titled = _TITLED.search(c.role)
    if titled is None or c.name is None:
        return c.name or ""
    title = titled.group(1) if language == "en" else _GERMAN_TITLES[titled.group(1)]
    return f"{title} {c.name}"


def _character_en(c: Character) -> str:
    """A character as the subject of an English script sentence: "your sister", "a wolf"."""
    if c.name:
        called = _called(c, "en")
        if c.concept in {"person", "woman", "man"}:
            return called
        return f"your {c.concept} {called}"
    role = " ".join(c.role.split())
    match = _ARTICLE_EN.match(role)
    article = match.group(0).strip().lower() if match else "a"
    rest = role[match.end() :] if match else role
    if article in {"my", "our"}:
        article = "your"
    if article in {"his", "her", "their", "another", "some"}:
        article = "a"
    if article == "a" and rest[:1].lower() in "aeiou":
        article = "an"
    return f"{article} {rest}".strip()


def _character_de(c: Character) -> tuple[str, str]:
    """(German nominative phrase, gender) for a character: ("deine Schwester", "f")."""
    visual, noun, gender, feminine = CHARACTERS.get(c.concept, ("", "Gestalt", "f", None))
    if feminine and (c.gender == "female" or feminine.lower() in c.words.lower()):
        noun, gender = feminine, "f"
    role = c.role.lower()
    article = "your" if role.startswith(("my ", "our ")) else (
        "the" if role.startswith("the ") else "a")  # fmt: skip
    if c.concept in {"police"}:
        article = "the"
    phrase = de_noun(article, noun, gender)
    extra = re.search(r"\s(in|with) an? ([a-z-]+)$", c.role)
    if extra and extra.group(2) in OBJECTS:
        _, thing, thing_gender = OBJECTS[extra.group(2)]
        preposition = "in" if extra.group(1) == "in" else "mit"
        phrase += f" {preposition} {de_noun('a', thing, thing_gender, 'dat')}"
    written = [w for w in re.findall(r"\w+", c.words) if w[:1].isupper()]
    if c.role.startswith("a group of") and written:
        phrase = f"eine Gruppe {written[-1]}"  # "alle meine Kollegen": eine Gruppe Kollegen
        gender = "f"
    if c.name:
        called = _called(c, "de")
        phrase = (
            called
            if c.concept in {"person", "woman", "man"}
            else f"{de_noun('your', noun, gender)} {called}"
        )
    return phrase, gender


def _objects(scene: Scene) -> list[str]:
    """Concepts of the things worth naming in a scene (not the place, no figures, nothing harsh)."""
    figures = {c.concept for c in scene.characters}
    worn = " ".join(c.role.removesuffix(" from next door") for c in scene.characters)
    itself = PLACE_SYMBOLS.get(scene.setting.place, frozenset())
    place_words = " ".join(PLACES.get(scene.setting.place, PLACES["unknown"])[:2])
    return [
        o.concept
        for o in scene.objects
        if o.concept in OBJECTS
        and o.concept not in HARSH_OBJECTS | figures | _WEATHER_THINGS | itself
        and o.concept not in worn
        and o.concept != scene.setting.concept
        and not (o.concept == "water" and scene.setting.flooded)
        and OBJECTS[o.concept][0].rsplit(" ", 1)[-1] not in place_words.split()
    ][:2]


_HANDLING: Final = frozenset({"hold", "give", "throw"})


def _handling_en(action: str | None, thing: Thing, mine: bool = False) -> str:
    """ "holds a lantern", "hands you a small blue box"; the dreamer's: "hold a lantern"."""
    phrase = held_phrase(thing)
    if action == "throw":
        return f"throw {phrase} far away" if mine else f"throws {phrase}"
    if action == "hold":
        return f"hold {phrase} in your hands" if mine else f"holds {phrase}"
    return f"hand {phrase} on" if mine else f"hands you {phrase}"


def _handling_de(action: str | None, thing: Thing, mine: bool = False) -> str:
    """ "hält eine Laterne", "reicht dir eine Kiste"; the dreamer's: "hältst eine Kiste"."""
    _, noun, gender = held_noun(thing) or OBJECTS[thing.concept]
    phrase = de_noun("a", noun, gender, "acc")
    if action == "throw":
        return f"wirfst {phrase} weit weg" if mine else f"wirft {phrase}"
    if action == "hold":
        return f"hältst {phrase} in den Händen" if mine else f"hält {phrase}"
    return f"reichst {phrase} weiter" if mine else f"reicht dir {phrase}"


def _scene_en(scene: Scene, first: bool) -> list[str]:
    s = scene.setting
    out: list[str] = []
    if not s.carried or first:
        # the place as said ("at a bus station", "in a laundrette", "by a harbour"), else its kind
        said = where_phrase(scene) if s.called and s.vehicle is None else None
        out.append(f"You are {said or PLACES.get(s.place, PLACES['unknown'])[1]}.")
    if s.flooded:
        out.append("Water covers the floor around you.")
    if s.time_of_day in _TIME["en"]:
        out.append(_TIME["en"][s.time_of_day])
    if s.weather in _WEATHER["en"]:
        text = _WEATHER["en"][s.weather]
        out.append(_INDOOR_WEATHER["en"] + text[0].lower() + text[1:] if s.indoor else text)
    if s.light in _LIGHT["en"]:
        out.append(_LIGHT["en"][s.light])
    things = [OBJECTS[o][0] for o in _objects(scene)]
    if things:
        out.append(f"You notice {and_list(things)}.")
    for c in scene.characters[:3]:
        who = upper_first(_character_en(c))
        if c.holds is not None and c.action in _HANDLING:
            out.append(f"{who} {_handling_en(c.action, c.holds)}.")
        elif c.action and c.action in ACTIONS:
            holding = f", holding {held_phrase(c.holds)}" if c.holds is not None else ""
            out.append(f"{who} {ACTIONS[c.action][3]}{holding}.")
        else:
            out.append(f"{who} is there with you.")
    action = dreamer_action(scene.dreamer.action, s.place)
    if scene.dreamer.holds is not None and action in _HANDLING:
        out.append(f"You {_handling_en(action, scene.dreamer.holds, mine=True)}.")
    elif action and action in ACTIONS:
        out.append(f"You {ACTIONS[action][1]}.")
    feelings = [FEELINGS[n][0] for n in scene.dreamer.feelings if n in FEELINGS]
    if feelings:
        out.append(f"You feel {' and '.join(feelings[:2])}.")
    elif scene.distressing:
        out.append(_STEADY["en"])
    return out


def _scene_de(scene: Scene, first: bool) -> list[str]:
    s = scene.setting
    out: list[str] = []
    if not s.carried or first:
        out.append(f"Du bist {PLACES.get(s.place, PLACES['unknown'])[2]}.")
    if s.flooded:
        out.append("Wasser bedeckt den Boden um dich herum.")
    if s.time_of_day in _TIME["de"]:
        out.append(_TIME["de"][s.time_of_day])
    if s.weather in _WEATHER["de"]:
        text = _WEATHER["de"][s.weather]
        if s.indoor and text.startswith("Es "):
            text = _INDOOR_WEATHER["de"] + text[3:]  # "Es regnet." -> "Draußen regnet es."
            text = text.rstrip(".") + " es."
        out.append(text)
    if s.light in _LIGHT["de"]:
        out.append(_LIGHT["de"][s.light])
    things = [de_noun("the", OBJECTS[o][1], OBJECTS[o][2], "acc") for o in _objects(scene)]
    if things:
        out.append(f"Du bemerkst {and_list(things, 'und')}.")
    for c in scene.characters[:3]:
        who, _ = _character_de(c)
        who = upper_first(who)
        if c.holds is not None and c.action in _HANDLING and c.holds.concept in OBJECTS:
            out.append(f"{who} {_handling_de(c.action, c.holds)}.")
        elif c.action and c.action in ACTIONS:
            holding = ""
            if c.holds is not None and c.holds.concept in OBJECTS:
                holding = f" und {_handling_de('hold', c.holds)}"  # "... und hält einen Drachen"
            out.append(f"{who} {ACTIONS[c.action][4]}{holding}.")
        else:
            out.append(f"{who} ist bei dir.")
    action = dreamer_action(scene.dreamer.action, s.place)
    held = scene.dreamer.holds
    if held is not None and action in _HANDLING and held.concept in OBJECTS:
        out.append(f"Du {_handling_de(action, held, mine=True)}.")
    elif action and action in ACTIONS:
        out.append(f"Du {ACTIONS[action][2]}.")
    feelings = list(dict.fromkeys(FEELINGS[n][1] for n in scene.dreamer.feelings if n in FEELINGS))
    if feelings:
        out.append(f"Du spürst {' und '.join(feelings[:2])}.")
    elif scene.distressing:
        out.append(_STEADY["de"])
    return out


def _chosen_scenes(plan: ScenePlan) -> list[Scene]:
    """Scenes with events, at most MAX_SCENE_STEPS, always the first and the last."""
    scenes = [s for s in plan.scenes if any(b.kind == "event" for b in s.beats)]
    if len(scenes) <= MAX_SCENE_STEPS:
        return scenes
    n = MAX_SCENE_STEPS
    return [scenes[round(i * (len(scenes) - 1) / (n - 1))] for i in range(n)]


def scene_passages(plan: ScenePlan, *, from_rescript: bool) -> list[str]:
    """One passage per chosen scene, second person, in the plan's language; the ending last."""
    lang = plan.language if plan.language in ("en", "de") else "en"
    compose = _scene_de if lang == "de" else _scene_en
    scenes = _chosen_scenes(plan)
    passages = [" ".join(compose(scene, i == 0)) for i, scene in enumerate(scenes)]
    ending = _ENDING[lang][plan.ending]
    if from_rescript and plan.ending == "safe":
        ending += " " + _NEW_ENDING[lang]
    elif plan.ending == "safe":  # a good dream, not a rescued one: at ease, not "safe"
        felt = bool(scenes) and any(n in FEELINGS for n in scenes[-1].dreamer.feelings)
        ending = "" if felt else _AT_EASE[lang]
    woke = bool(plan.lines) and plan.lines[-1].kind == "waking"
    if woke and plan.ending != "woke":
        kept = ending + " " if plan.ending == "safe" and ending else ""
        ending = kept + _ENDING[lang]["woke"]
    if passages:
        passages[-1] = f"{passages[-1]} {ending}".strip()
    return [p for p in passages if p]


def anchor_word(plan: ScenePlan) -> str | None:
    """A good feeling of the dream, in its language, for the anchoring step (or None)."""
    lang = plan.language if plan.language in ("en", "de") else "en"
    for scene in reversed(plan.scenes):
        for name in scene.dreamer.feelings:
            if name in FEELINGS:
                return FEELINGS[name][0 if lang == "en" else 1]
    return None
