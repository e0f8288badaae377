"""Colour words of a dream ("a violet sky", "ein roter Mantel") and what they colour on stage.

The scene plan names places, people and things but not their colours, so the renderer reads
them from the plan's own text fields (each scene's event lines, its characters' and objects'
words) with a small English and German colour table. A colour word colours the noun it is said
with: before it ("a violet sky", "ein roter Mantel") or after a copula ("the sky was violet",
"der Himmel war violett"). The noun decides what changes:

- the sky (sky, skies, Himmel): the sky's gradient;
- clothes (coat, dress, Mantel, Kleid, ...): the figure who wears them: the character whose
  words hold it ("a man in a red coat"), the character "she" or "he" stands for ("my
  grandmother ... she knitted a red scarf"), else the dreamer ("I wore a red coat");
- a character ("a white horse", "meine Schwester im gelben Kleid"): that figure;
- a thing the plan lists ("a blue door"): that prop (props that have a colour of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dreamjournal.analysis.vocab import FEMALE_CONCEPTS, MALE_CONCEPTS
from dreamjournal.render.colour import RGB

if TYPE_CHECKING:
    from dreamjournal.analysis.scene_plan import Scene

_BASE: dict[str, RGB] = {
    # English
    "red": (214, 52, 52), "crimson": (196, 30, 58), "scarlet": (232, 48, 36),
    "orange": (240, 140, 40), "yellow": (244, 214, 64), "golden": (232, 188, 72),
    "gold": (232, 188, 72), "green": (70, 176, 90), "emerald": (40, 170, 110),
    "blue": (60, 110, 220), "turquoise": (64, 200, 200), "teal": (40, 150, 150),
    "violet": (150, 90, 220), "purple": (140, 64, 180), "lilac": (200, 162, 220),
    "lavender": (184, 160, 230), "pink": (240, 140, 190), "white": (244, 244, 240),
    "silver": (200, 206, 216), "silvery": (200, 206, 216), "grey": (140, 142, 150),
    "gray": (140, 142, 150), "black": (30, 30, 36), "brown": (130, 86, 52),
    # German (stems; endings -e, -er, -es, -en, -em are added below)
    "rot": (214, 52, 52), "gelb": (244, 214, 64), "grün": (70, 176, 90),
    "gruen": (70, 176, 90), "blau": (60, 110, 220), "türkis": (64, 200, 200),
    "tuerkis": (64, 200, 200), "violett": (150, 90, 220), "lila": (200, 162, 220),
    "purpurn": (140, 64, 180), "rosa": (240, 140, 190), "weiß": (244, 244, 240),
    "weiss": (244, 244, 240), "silbern": (200, 206, 216), "grau": (140, 142, 150),
    "schwarz": (30, 30, 36), "braun": (130, 86, 52),
}  # fmt: skip
_GERMAN = ("rot", "gelb", "grün", "gruen", "blau", "violett", "purpurn", "weiß", "weiss",
           "silbern", "grau", "schwarz", "braun", "orange", "golden")  # fmt: skip
COLOURS: dict[str, RGB] = dict(_BASE)
for _stem in _GERMAN:
    for _ending in ("e", "er", "es", "en", "em"):
        COLOURS.setdefault(_stem + _ending, COLOURS[_stem])

# The sky, and what stands for the whole view ("everything was orange": the light of it all).
SKY = frozenset({"sky", "skies", "himmel", "everything", "alles", "world", "welt"})
CLOTHES = frozenset(
    [
        "coat",
        "coats",
        "jacket",
        "dress",
        "shirt",
        "sweater",
        "jumper",
        "hat",
        "scarf",
        "cloak",
        "hoodie",
        "parka",
        "suit",
        "uniform",
        "mantel",
        "jacke",
        "kleid",
        "hemd",
        "pullover",
        "hut",
        "schal",
        "umhang",
        "anzug",
        "uniform",
    ]
)
_COPULA = frozenset(
    [
        "was",
        "is",
        "were",
        "are",
        "turned",
        "glowed",
        "war",
        "ist",
        "waren",
        "sind",
        "wurde",
        "leuchtete",
    ]
)
_TOKEN = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"[.!?;…]+")
_FIRST_PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "ich",
        "mir",
        "mich",
        "mein",
        "meine",
        "meinen",
        "meinem",
        "meiner",
        "meines",
    ]
)


@dataclass(frozen=True)
class SceneColours:
    """What the colour words of one scene colour."""

    sky: RGB | None = None
    dreamer: RGB | None = None
    characters: dict[str, RGB] = field(default_factory=dict)  # character id -> colour
    props: dict[str, RGB] = field(default_factory=dict)  # symbol concept -> colour

    def __bool__(self) -> bool:
        return bool(self.sky or self.dreamer or self.characters or self.props)


def colour_of(word: str) -> RGB | None:
    """The colour a word names ("violet", "roter"), or None."""
    return COLOURS.get(word.lower())


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


_SHE = frozenset({"she", "her", "sie", "ihr", "ihre", "ihren", "ihrem"})
_HE = frozenset({"he", "him", "his", "er", "ihm", "ihn", "sein", "seine", "seinen", "seinem"})
NOBODY = ""  # clothes whose wearer cannot be told: they colour no one


def _wearer(
    words: list[str], i: int, characters: dict[str, set[str]], concepts: dict[str, str]
) -> str | None:
    """Who wears the clothes coloured at words[i]: the nearest one named before it in the
    sentence, a character ("a man in a red coat") or the dreamer (None: "I wore a red coat");
    "she"/"he" is the character of that sex ("my grandmother ... she knitted a red scarf"),
    else the scene's only character, else NOBODY."""
    for word in reversed(words[:i]):
        found = next((cid for cid, ws in characters.items() if word in ws), None)
        if found is not None:
            return found
        if word in _FIRST_PERSON:
            return None
        if word in _SHE or word in _HE:
            sex = FEMALE_CONCEPTS if word in _SHE else MALE_CONCEPTS
            matching = [cid for cid, concept in concepts.items() if concept in sex]
            if len(matching) == 1:
                return matching[0]
            return next(iter(concepts)) if len(concepts) == 1 else NOBODY
    return None


def scene_colours(scene: Scene) -> SceneColours:
    """The colours a scene's own words give its sky, figures and things."""
    characters = {c.id: set(_tokens(c.words)) | {c.concept} for c in scene.characters}
    concepts = {c.id: c.concept for c in scene.characters if c.kind == "person"}
    for c in scene.characters:
        characters[c.id] -= _FIRST_PERSON | {"a", "an", "the", "ein", "eine", "einen", "der"}
    things = {o.concept: {w.lower() for w in o.words} | {o.concept} for o in scene.objects}
    sky: RGB | None = None
    dreamer: RGB | None = None
    chars: dict[str, RGB] = {}
    props: dict[str, RGB] = {}
    for sentence in _SENTENCE.split(scene.text):
        found = _sentence_colours(_tokens(sentence), characters, concepts, things)
        sky = sky or found.sky
        dreamer = dreamer or found.dreamer
        chars = {**found.characters, **chars}
        props = {**found.props, **props}
    return SceneColours(sky, dreamer, chars, props)


def _sentence_colours(
    words: list[str],
    characters: dict[str, set[str]],
    concepts: dict[str, str],
    things: dict[str, set[str]],
) -> SceneColours:
    sky: RGB | None = None
    dreamer: RGB | None = None
    chars: dict[str, RGB] = {}
    props: dict[str, RGB] = {}
    for i, word in enumerate(words):
        colour = colour_of(word)
        if colour is None:
            continue
        after = words[i + 1 : i + 3]
        before = words[max(0, i - 4) : i] if _COPULA & set(words[max(0, i - 2) : i]) else []
        for noun in [*after, *reversed(before)]:
            if noun in SKY:
                sky = sky or colour
                break
            wearer = next((cid for cid, ws in characters.items() if noun in ws), None)
            if noun in CLOTHES:
                wearer = _wearer(words, i, characters, concepts)
                if wearer is None:
                    dreamer = dreamer or colour
                elif wearer != NOBODY:
                    chars.setdefault(wearer, colour)
                break
            if wearer is not None:
                chars.setdefault(wearer, colour)
                break
            thing = next((concept for concept, ws in things.items() if noun in ws), None)
            if thing is not None:
                props.setdefault(thing, colour)
                break
    return SceneColours(sky, dreamer, chars, props)
