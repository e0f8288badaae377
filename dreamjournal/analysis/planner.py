"""Build a `ScenePlan` from a parsed dream: scenes, settings, cast, actions and the arc.

A new scene starts when an event line names a different place than the scene so far. Only event
lines give settings, characters, objects, actions and the dreamer's emotions; meta, waking and
negated lines stay in the scene as marked beats. Deterministic and offline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, cast

from dreamjournal.analysis.absent import absent_figures
from dreamjournal.analysis.emotions import HVDC_OF, coded_class
from dreamjournal.analysis.gender import (
    appositions,
    named_appositions,
    pronoun_gender,
    word_gender,
)
from dreamjournal.analysis.gone import gone_things
from dreamjournal.analysis.lexicon import EMOTION_AFFECT, SYMBOLS, fold
from dreamjournal.analysis.lines import TELLING, TOLD, Line
from dreamjournal.analysis.models import HvdcClass, Language
from dreamjournal.analysis.parse import Occurrence, Parsed
from dreamjournal.analysis.plural import english_plural, said_plural
from dreamjournal.analysis.scene_plan import (
    Action,
    ArcLabel,
    ArcPoint,
    Beat,
    Character,
    CharacterKind,
    Dreamer,
    Ending,
    Gender,
    Light,
    PlaceKind,
    Posture,
    Scene,
    ScenePlan,
    Setting,
    Size,
    Span,
    Thing,
    TimeOfDay,
    Weather,
)
from dreamjournal.analysis.vocab import (
    ENGLISH_PARTICLES,
    FEMALE_CONCEPTS,
    MALE_CONCEPTS,
    MATERIAL_PREFIXES_DE,
    PLACE_BY_SETTING,
    SEPARABLE,
    VEHICLE_GROUND,
    VEHICLE_IN,
    VEHICLE_VERBS,
    VEHICLES,
    adjective_of,
    english_nouns,
    in_english_order,
    noun_de,
    place_name,
    place_of_value,
    posture_of,
    vocab_table,
)
from dreamjournal.analysis.worn import WORN_OBJECTS, dreamer_wears

ANIMALS: Final = frozenset(
    {"dog", "cat", "snake", "spider", "wolf", "bear", "bird", "horse", "fish", "shark", "whale",
     "lion", "tiger", "rat", "insect"}
)  # fmt: skip
CREATURES: Final = frozenset({"monster", "demon", "ghost", "witch", "angel"})
GROUPS: Final = frozenset({"crowd", "police"})
THREATS: Final = frozenset(
    {"monster", "demon", "ghost", "witch", "intruder", "wolf", "snake", "spider", "shark",
     "tiger", "lion", "bear", "rat"}
)  # fmt: skip
THREAT_ACTIONS: Final = frozenset({"chase", "attack", "fight"})
FEAR_ACTIONS: Final = frozenset({"flee", "freeze", "fall", "sink", "hide", "shake"})
# How visible an action is: the scene's main action is the most visible one said.
_VISIBILITY: Final[dict[str, int]] = {
    "fly": 9, "fall": 9, "chase": 9, "flee": 9, "attack": 9, "fight": 8, "swim": 8,
    "sink": 8, "climb": 8, "run": 8, "float": 8, "embrace": 7, "kiss": 7, "hide": 7,
    "drive": 7, "ride": 7, "dance": 7, "transform": 7, "burn": 7, "freeze": 6, "shake": 6,
    "cry": 6, "laugh": 6, "shout": 6, "open": 5, "enter": 5, "leave": 5, "search": 5,
    "walk": 5, "sit": 4, "lie": 4, "sleep": 4, "eat": 4, "play": 4, "hold": 4, "give": 4,
    "disappear": 4, "wave": 4, "arrive": 3, "talk": 3, "look": 2, "wait": 2, "stand": 1,
    # a task the dream names outranks sitting or lying through it ("saß da und hab gebetet")
    "jump": 8, "sing": 5, "write": 5, "cook": 5, "pack": 5, "read": 5, "throw": 7, "push": 7,
    "knock": 6, "paint": 5, "clean": 5, "type": 5, "pray": 5, "dig": 6, "iron": 5, "hang": 5,
    "queue": 3, "row": 7, "clap": 5, "feed": 5,
}  # fmt: skip
_PLACE_FROM_SYMBOL: Final[dict[str, tuple[str, bool | None]]] = {
    "ocean": ("sea", False), "forest": ("forest", False), "sky": ("sky", False),
    "mountain": ("mountains", False), "city": ("city_street", False), "river": ("river", False),
    "bridge": ("bridge", False), "road": ("road", False), "house": ("house", True),
    "stairs": ("stairwell", True), "train": ("train", True), "car": ("car", True),
    "water": ("lake", False),
}  # fmt: skip
_DREAMER_WORDS: Final = frozenset({"i", "we", "ich", "wir", "me", "mich", "mir", "us", "uns"})
_SUBJECT_OTHERS: Final = frozenset({"he", "she", "they", "it", "er", "sie", "es"})
_ME: Final = frozenset({"me", "us", "mich", "uns"})
_PERSONAL: Final = frozenset({"i", "we", "you", "he", "she", "they", "it"})
# Everyone but the dreamer, named by no figure: "the others kept writing", "alle anderen".
_THE_OTHERS: Final = frozenset({"others", "anderen", "everyone", "everybody", "jeder", "alle"})
_I_ME: Final = frozenset({"i", "me", "ich"})
_WITH: Final = frozenset({"with", "mit", "for", "für", "fuer", "to", "zu", "bei"})
_PASSIVE: Final = frozenset({"was", "were", "being", "got", "been", "wurde", "wurden", "werde"})
_ARTICLES: Final[dict[str, str]] = {
    "my": "my", "our": "our", "a": "a", "an": "a", "the": "the", "some": "some",
    "another": "another", "his": "his", "her": "her", "their": "their",
    "mein": "my", "meine": "my", "meinen": "my", "meinem": "my", "meiner": "my", "meines": "my",
    "unser": "our", "unsere": "our", "unseren": "our", "unserem": "our",
    "ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a", "eines": "a",
    "der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "des": "the",
    "sein": "his", "seine": "his", "seinen": "his", "seinem": "his", "ihre": "her",
    "ihren": "her", "ihrem": "her",
}  # fmt: skip
# German articles only ("an" is a German preposition: "stand an der Tafel").
_DE_ARTICLES: Final = frozenset(_ARTICLES) - {
    "my",
    "our",
    "a",
    "an",
    "the",
    "some",
    "another",
    "his",
    "her",
    "their",
}
_VIEW_WORDS: Final = frozenset(
    {"window", "windows", "saw", "see", "watched", "fenster", "sah", "sahen", "blickte"}
)
_OVER_WORDS: Final = frozenset({"over", "above", "across", "über", "ueber", "hoch"})
_HOUSES: Final = frozenset({"house", "childhood_home"})
_ROOMS: Final = frozenset(
    {"room", "bedroom", "bathroom", "kitchen", "living_room", "corridor", "stairwell", "attic",
     "basement"}
)  # fmt: skip


def _same_building(a: str, b: str) -> bool:
    """Whether two places are the same house or rooms of it."""
    return {a, b} <= _HOUSES | _ROOMS


_WEARING: Final = frozenset({"in", "with", "wearing", "mit", "im"})
# A noun phrase opener: an English verb form right after one is a noun ("the waves"), and a noun
# after one at the start of a clause is the subject of what follows it.
_EN_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "my", "your", "his", "her", "our", "their", "those", "these", "some", "its"}
)
# Words after which a noun phrase is a new subject, not an object ("I reached the sea and swam").
_SUBJECT_OPENERS: Final = frozenset(
    {"and", "then", "but", "when", "while", "as", "suddenly", "so", "until", "und", "dann",
     "aber", "als", "plötzlich", "ploetzlich", "bis", "doch"}
)  # fmt: skip
THING: Final = "thing"  # the agent of a verb whose subject is a thing ("my teeth", "der Zug")
# Who a pronoun can point back to (anyone else when the concept is not listed: a name, a friend).
_NON_PERSON_KINDS: Final = ANIMALS | CREATURES - {"witch", "angel", "ghost"}


@dataclass(slots=True)
class _Draft:
    """A scene being gathered."""

    lines: list[Line] = field(default_factory=list)
    place: tuple[str, bool | None] | None = None
    concept: str | None = None
    place_words: list[str] = field(default_factory=list)
    place_at: list[int] = field(default_factory=list)  # tokens naming the place (adjectives)
    called: str | None = None  # the place as said in English ("an ice rink"), when known


_MaybeAction = Action | None


def _places(parsed: Parsed) -> list[tuple[str, bool | None] | None]:
    """`place_of_word` of every token, worked out once per parse."""
    key = ("places", -1)
    places: list[tuple[str, bool | None] | None] | None = parsed.memo.get(key)
    if places is None:
        places = [place_of_value(value) for value in parsed.vocab("place")]
        parsed.memo[key] = places
    return places


def _span(parsed: Parsed, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=parsed.text[start:end])


def _in_line(o: Occurrence, line: Line) -> bool:
    return line.first <= o.first < line.last


def _seen_from_afar(parsed: Parsed, line: Line, position: int) -> bool:
    """A place only looked at ("through the window I saw the ocean"): no move."""
    words = parsed.tokens.lower[line.first : position]
    return any(w in _VIEW_WORDS for w in words)


def _over(parsed: Parsed, line: Line, position: int) -> bool:
    """A place flown over ("flying over the city", "über die Wälder"): the sky."""
    tokens = parsed.tokens
    before = tokens.lower[max(line.first, position - 3) : position]
    actions = parsed.vocab("action")
    flying = any(actions[i] in {"fly", "float"} for i in range(line.first, line.last))
    return flying and any(w in _OVER_WORDS for w in before)


# The line splitter's reporting verbs (`lines.TELLING`), a few more, and their German.
_TELLING_WORDS: Final = TELLING | frozenset(
    {"mentioned", "claimed", "announced", "sagte", "sagt", "gesagt", "erzaehlt", "erzaehlte",
     "meinte", "gemeint", "schrieb", "geschrieben", "behauptet", "behauptete", "erklaerte",
     "erklaert"}
)  # fmt: skip
_REPORTED_OPENERS: Final = frozenset({"she", "he", "they", "that", "sie", "er", "dass"})
_TOLD_TO: Final = TOLD | frozenset({"mir", "uns", "ihm", "ihr"})


def _reported_place(parsed: Parsed, position: int) -> bool:
    """A place in someone's reported words ("she said she had sold the old house", "Mama hat
    erzählt, dass sie im Krankenhaus war"): told of, not where the dreamer is. An instruction
    ("she told me to go to the beach") is no report: the dreamer may follow it."""
    tokens = parsed.tokens
    sentence = tokens.sentence[position]
    k = position - 1
    while k >= 0 and tokens.sentence[k] == sentence and position - k <= 12:
        word = tokens.folded[k]
        if word in {"i", "ich", "we", "wir"}:
            return False  # the dreamer is in the reported clause, or reports
        if word in _TELLING_WORDS:
            # the report opens right after the telling: "said (that) she", "erzählt, dass"
            after = [w for w in tokens.folded[k + 1 : position] if w not in _TOLD_TO][:1]
            return bool(after) and after[0] in _REPORTED_OPENERS
        k -= 1
    return False


def _acting_thing(parsed: Parsed, line: Line, position: int) -> bool:
    """A place word that is the subject of a verb ("Der Zug fuhr ohne mich ab", "the bus left"):
    something seen going, not where the dreamer is."""
    if not _subject_thing(parsed, line, position):
        return False
    clause = parsed.tokens.clause[position]
    return any(
        parsed.vocab("action")[j] is not None
        for j in range(position + 1, min(position + 3, line.last))
        if parsed.tokens.clause[j] == clause
    )


# Words that make the next word a noun after an article ("his front steps").
_NOUN_BEFORE_NOUN: Final = frozenset({"front", "back", "side", "stone", "steep", "narrow"})
# Where one waits for a vehicle: the platform, the street.
_WAITED_FOR: Final[dict[str, tuple[str, bool | None]]] = {
    "train": ("station", True), "bus": ("city_street", False), "plane": ("airport", True),
}  # fmt: skip


def _waited_for(parsed: Parsed, position: int) -> bool:
    """ "for the train", "auf den Zug": the object of waiting, not where one sits ("im Zug")."""
    before = parsed.tokens.lower[max(0, position - 2) : position]
    return "for" in before or before[:1] == ["auf"] and before[1:] in (["den"], ["die"], ["das"])


_TOWARD: Final = frozenset({"to", "towards", "toward", "zur", "zum", "nach"})


def _destination(parsed: Parsed, line: Line, position: int) -> bool:
    """A place only headed for ("to my school", "zur Schule"): not where the dreamer is yet."""
    tokens = parsed.tokens
    return any(
        tokens.lower[j] in _TOWARD and tokens.clause[j] == tokens.clause[position]
        for j in range(max(line.first, position - 2), position)
    )


def _said(parsed: Parsed, category: str) -> list[Occurrence]:
    """The lexicon's words of one category ("settings", "symbols") the text names, not in a
    simile, found once per parse."""
    key = (f"said {category}", -1)
    said: list[Occurrence] | None = parsed.memo.get(key)
    if said is None:
        said = [
            o
            for o in parsed.occurrences
            if o.category == category and o.first not in parsed.similes
        ]
        parsed.memo[key] = said
    return said


def _two_word_settings(parsed: Parsed) -> set[int]:
    """Where a place said in two words starts ("living room", "car park"), similes too."""
    key = ("two-word settings", -1)
    spans: set[int] | None = parsed.memo.get(key)
    if spans is None:
        spans = {
            o.first for o in parsed.occurrences if o.category == "settings" and o.last - o.first > 1
        }
        parsed.memo[key] = spans
    return spans


def _line_place(
    parsed: Parsed, line: Line
) -> tuple[tuple[str, bool | None], str | None, str, int] | None:
    """The place a line names: ((kind, indoor), setting concept, word, token) or None."""
    places = _places(parsed)
    candidates: list[tuple[int, tuple[str, bool | None], str | None, str]] = []
    for o in _said(parsed, "settings"):
        if _in_line(o, line):
            finer = places[o.first] if o.last - o.first == 1 else None
            base = PLACE_BY_SETTING.get(o.key, ("unknown", None))
            candidates.append((o.first, finer or base, o.key, o.word))
    first_only = bool(candidates) and not all(_destination(parsed, line, c[0]) for c in candidates)
    lower = parsed.tokens.lower
    for i in range(line.first, line.last):
        finer = places[i]
        bus_stop = lower[i] == "stop" and i > line.first and lower[i - 1] in {"bus", "tram"}
        if i + 1 < line.last and lower[i + 1] == "stop" and lower[i] in {"bus", "tram"}:
            continue  # "the bus stop": the stop is the place
        if parsed.language == "en" and bus_stop:  # "at the bus stop": a stop, not aboard
            finer = ("station", False)
        if finer is not None and i not in parsed.similes:
            named = place_name(parsed.tokens.folded[i], parsed.language)  # "an ice rink"
            if parsed.language == "en" and bus_stop:
                named = f"a {lower[i - 1]} stop"
            # with a place the lexicon names too, this one is kept only as a fallback
            candidates.append((i, finer, named, lower[i]))
            break
    # Where the dreamer is comes before where they are going ("mit dem Bus zur Schule"); a word
    # of the lexicon's settings before a word of the place vocabulary.
    candidates.sort(key=lambda c: (_destination(parsed, line, c[0]), first_only and c[2] is None))
    # "in der Turnhalle von meiner alten Schule", "the gym of my old school": the first place,
    # of the second
    owned = {
        c[0]
        for c in candidates
        for d in candidates
        if d[0] < c[0] <= d[0] + 5
        and any(lower[k] in {"von", "of", "vom"} for k in range(d[0] + 1, c[0]))
    }
    if owned:
        candidates.sort(key=lambda c: c[0] in owned)
    names = {i for i, _ in parsed.names}
    if parsed.language == "en":  # "a train station", "the school bus": the last noun is the place
        heads = {c[0] for c in candidates} | {
            i for i in range(line.first, line.last) if places[i] is not None
        }
        heads |= {c[0] for c in candidates if c[3] == "stop"}  # "the bus stop": the stop
        lower = parsed.tokens.lower
        # a place said in two words ("living room", "car park") is one place, not a compound
        spans = _two_word_settings(parsed)
        heads -= {p + 1 for p in spans}
        modifiers = {
            c[0] + 1: lower[c[0]]
            for c in candidates
            if c[0] + 1 in heads and lower[c[0] + 1] not in _LANDSCAPE_ROADS
        }
        kept = [
            c
            for c in candidates
            if c[0] + 1 not in heads or lower[c[0] + 1] in _LANDSCAPE_ROADS  # "a coast road"
        ] or candidates
        # "a hospital corridor": the corridor, said with the building it is in
        candidates = [
            (p, kind, _compound_place(modifiers[p], lower[p]) if p in modifiers else concept, w)
            for p, kind, concept, w in kept
        ]
    for position, place, concept, word in candidates:
        if _seen_from_afar(parsed, line, position) or _acting_thing(parsed, line, position):
            continue
        nxt = position + 1
        if parsed.language == "en" and nxt < line.last and _a_figure_at(parsed, nxt):
            continue  # "my old primary school teacher": a teacher, not a school
        if position in names or _origin_of_someone(parsed, position):
            continue  # "Frau Berger" is no Berg; "my friend from university" is not there
        if _come_from(parsed, line, position):
            continue  # "Ich kam aus dem Kino", "I stepped out of the lift": left behind
        if _reported_place(parsed, position):
            continue  # "she said she had sold the old house": told of, not where one is
        if position > 0 and parsed.tokens.lower[position - 1] in _TOY_WORDS:
            continue  # "paper planes", "a toy car", "ein Spielzeugauto": things, not places
        if word == "bahnhof" and position > 0 and parsed.tokens.lower[position - 1] == "nur":
            continue  # "ich hab nur Bahnhof verstanden": understood nothing
        if _over(parsed, line, position):
            return ("sky", False), concept, word, -1
        if (
            place[0] in _WAITED_FOR
            and _waited_for(parsed, position)
            and "wait" in parsed.vocab("action")[line.first : line.last]
        ):  # "waiting for the train", "auf den Zug gewartet": on the platform, not aboard
            return _WAITED_FOR[place[0]], concept, word, -1
        return place, concept, word, position
    return None


# Words before a place the dreamer comes out of ("aus dem Kino", "out of the lift", "from the
# station"), and the verbs of that coming.
_OUT_OF: Final = frozenset({"aus", "from", "vom"})
_COMING: Final = frozenset(
    {"came", "come", "comes", "coming", "walked", "ran", "stepped", "got", "rushed", "climbed",
     "crawled", "stumbled", "kam", "kamen", "ging", "gingen", "lief", "liefen", "rannte",
     "rannten", "trat", "traten", "stieg", "stiegen", "kroch", "gekommen", "gegangen",
     "gelaufen", "gerannt", "getreten", "gestiegen"}
)  # fmt: skip


def _come_from(parsed: Parsed, line: Line, position: int) -> bool:
    """Whether the dreamer comes out of the place at `position` ("ich kam aus dem Kino", "I
    walked out of the office"): a place left, not where the scene is."""
    lower, clause = parsed.tokens.lower, parsed.tokens.clause
    before = [
        k for k in range(max(line.first, position - 3), position) if clause[k] == clause[position]
    ]
    out = any(
        lower[k] in _OUT_OF or (lower[k] == "of" and k > 0 and lower[k - 1] == "out")
        for k in before
    )
    if not out or lower[position + 1 : position + 3] == ["to", lower[position]]:
        return False  # "from room to room": all of them
    words = [lower[k] for k in range(line.first, line.last) if clause[k] == clause[position]]
    if not any(w in _COMING for w in words):
        return False
    # the dreamer leaves it; anyone coming "from" a place comes from afar ("a train came from
    # the city"); someone else stepping "out of" one is seen beside it ("out of the shed")
    far = any(lower[k] in {"from", "vom"} for k in before)
    return far or any(w in {"i", "ich", "we", "wir"} for w in words)


def _german_thing(parsed: Parsed, i: int) -> str | None:
    """The English of a German noun the noun table knows, where token i is such a noun and
    nothing else (no figure, no place, no word of the fixed vocabularies, no simile)."""
    tokens = parsed.tokens
    if not tokens.original[i][:1].isupper() or i in parsed.similes or i in _named_tokens(parsed):
        return None
    if _places(parsed)[i] is not None or vocab_table("object", "de").get(tokens.folded[i]):
        return None  # a word of the fixed vocabulary keeps its concept
    english = noun_de(tokens.folded[i])
    return None if english in _BODY_PARTS else english  # "wedelt mit dem Schwanz": the dog's


_BODY_PARTS: Final = frozenset({"tail", "tails", "paw", "paws", "fur", "wing", "wings", "beak"})


_NOT_THINGS_EN: Final = frozenset(
    {"lift", "chest", "match", "form", "cross", "nails", "turkey", "wall", "walls", "shoes",
     "suit", "pot", "watch", "ring", "fan", "glasses", "tie", "bar", "can", "letter", "present",
     "figure", "record", "plant", "spring", "fall", "bat", "seal", "trunk", "sink", "pitch"}
)  # fmt: skip


def _english_thing(parsed: Parsed, line: Line, i: int) -> str | None:
    """An English noun (or a two-word one ending at token i: "paper planes") that the noun
    table gives for German nouns, where token i is no figure, place, simile or known thing."""
    tokens = parsed.tokens
    if i in parsed.similes:
        return None
    nouns = english_nouns()
    if i > line.first and f"{tokens.lower[i - 1]} {tokens.lower[i]}" in nouns:
        return f"{tokens.lower[i - 1]} {tokens.lower[i]}"  # "paper planes" are no plane
    if tokens.lower[i] not in nouns:
        return None
    if i in _named_tokens(parsed) or _places(parsed)[i] is not None:
        return None
    if _object_at(parsed, i) is not None or (i > line.first and i - 1 in parsed.similes):
        return None
    if i + 1 < line.last and f"{tokens.lower[i]} {tokens.lower[i + 1]}" in nouns:
        return None  # the pair is the thing, named at its second word
    word = tokens.lower[i]
    if word in _NOT_THINGS_EN or adjective_of(word, "en") is not None:
        return None  # "my chest was tight", "a football match", "orange", "in the form of"
    if word in nouns and word not in parsed.lexicon.stopwords and parsed.vocab("action")[i] is None:
        return word
    return None


def _a_figure_at(parsed: Parsed, k: int) -> bool:
    """Whether a figure's word starts at token k ("school teacher", "bus driver")."""
    return any(o.category == "characters" and o.first == k for o in parsed.occurrences)


def _compound_place(modifier: str, head: str) -> str:
    """ "a hospital corridor", "an airport lounge": a place word before the place it names."""
    phrase = f"{modifier} {head}"
    return f"{'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}"


_FROM: Final = frozenset({"from", "aus", "von"})
_ARTICLE_STARTS: Final = ("a ", "an ", "the ")
_TOY_WORDS: Final = frozenset({"paper", "toy", "model", "plastic", "lego", "cardboard"})
# Roads that the landscape before them names ("a coast road", "a mountain road"): the landscape.
_LANDSCAPE_ROADS: Final = frozenset({"road", "roads", "path", "track", "lane"})


def _origin_of_someone(parsed: Parsed, position: int) -> bool:
    """Whether a place word says where someone is from ("my old friend from university",
    "ein Kollege aus dem Büro"): "from" (with at most an article) right after a figure."""
    tokens = parsed.tokens
    k = position - 1
    if k >= 0 and tokens.lower[k] in _ARTICLES:
        k -= 1
    if k >= 1 and tokens.lower[k] not in _FROM and tokens.lower[k - 1] in _FROM:
        k -= 1  # "my best friend from high school": one describing word between
    if k < 1 or tokens.lower[k] not in _FROM or tokens.clause[k] != tokens.clause[position]:
        return False
    figure = k - 1
    return any(
        o.category == "characters" and o.last - 1 == figure for o in parsed.occurrences
    ) or any(i == figure for i, _ in parsed.names)


# Words that deny a thing or a person, not the line: "no cars", "kein Auto", "nobody".
_DENIED_THING: Final = frozenset(
    {"no", "nobody", "noone", "nothing", "none", "kein", "keine", "keinen", "keiner", "keinem",
     "niemand", "niemanden", "nichts"}
)  # fmt: skip
_LINE_NEGATORS: Final = frozenset(
    {"not", "never", "nicht", "nie", "niemals", "didn't", "don't", "wasn't", "weren't",
     "couldn't", "can't", "won't", "hadn't", "isn't", "aren't"}
)  # fmt: skip
_AT_PLACE: Final = frozenset(
    {"in", "at", "on", "im", "am", "auf", "an", "inside", "bei", "beim", "unter", "under"}
)


def _denied_there(parsed: Parsed, line: Line) -> bool:
    """A negated line that denies what was in a place, not the place ("Kein einziges Auto war
    auf der Autobahn", "nobody was in the kitchen"): the place is where the dream is."""
    words = parsed.tokens.lower[line.first : line.last]
    return (
        line.kind == "negated"
        and any(w in _DENIED_THING for w in words)
        and not any(w in _LINE_NEGATORS for w in words)
    )


def _after_place_word(parsed: Parsed, position: int) -> bool:
    """Whether a place word stands after "in", "auf der", "on the" (not as what is denied)."""
    before = parsed.tokens.lower[max(0, position - 3) : position]
    # "no school", "keine alte Schule"; not "niemand im Wald"
    denied = bool(before) and (
        before[-1] in _DENIED_THING
        or (len(before) > 1 and before[-2] in _DENIED_THING and before[-1] not in _AT_PLACE)
    )
    return any(w in _AT_PLACE for w in before) and not denied


def _place_as_said(parsed: Parsed, position: int, word: str) -> str | None:
    """The English phrase of the place word at `position`, with the words before it when the
    table knows them together ("the post office", "a DIY store", "a multi-storey car park")."""
    lower = parsed.tokens.lower
    if parsed.language == "en" and position >= 0:
        for n in (3, 2):
            if position - n + 1 >= 0:
                phrase = " ".join(lower[position - n + 1 : position + 1])
                named = place_name(phrase, "en")
                if named is not None:
                    return named
    return place_name(fold(word, parsed.language), parsed.language)


def _group_scenes(parsed: Parsed) -> list[_Draft]:
    """Cut lines into scenes where an event line moves to another place."""
    drafts: list[_Draft] = []
    current = _Draft()
    for line in parsed.lines:
        found = (
            _line_place(parsed, line)
            if line.kind == "event" or _denied_there(parsed, line)
            else None
        )
        if line.kind == "negated" and found is not None and not _after_place_word(parsed, found[3]):
            found = None  # "there was no school": the school is what is denied
        if found is not None and found[0][0] == "ship" and found[2] in _SMALL_BOATS:
            flooded = any(_flooded(parsed, x) for x in current.lines)
            if flooded or _flooded(parsed, line):
                found = None  # rowing a boat down the flooded hallway: still the hallway
        if found is not None:
            (kind, indoor), concept, word, position = found
            moved = current.place is not None and current.place[0] != kind
            if moved and current.place is not None and _same_building(current.place[0], kind):
                # A room of the house just named: the same scene, seen closer ("the kitchen").
                if kind in _ROOMS:
                    current.place = (kind, indoor)
                moved = False
            if moved and current.lines:
                # The start of this sentence goes with it ("Dann saß ich | plötzlich in einem
                # Taxi"): a clause split off before the new place is in the new place.
                sentence = parsed.tokens.sentence[line.first]
                carried: list[Line] = []
                while len(current.lines) > 1 and (
                    parsed.tokens.sentence[current.lines[-1].first] == sentence
                ):
                    carried.insert(0, current.lines.pop())
                drafts.append(current)
                current = _Draft(lines=carried)
            if current.place is None or moved:
                called = concept if concept and concept.startswith(_ARTICLE_STARTS) else None
                current.place = (kind, indoor)
                current.concept = None if called else concept
                # the place as said in English: "a café", "a hospital corridor", "an ice rink"
                current.called = called or _place_as_said(parsed, position, word)
            if current.place is not None and current.place[0] == kind and position >= 0:
                current.place_at.append(position)
            if word not in current.place_words:
                current.place_words.append(word)
        current.lines.append(line)
    if current.lines:
        drafts.append(current)
    return drafts


_MATERIAL_STARTS: Final = tuple(MATERIAL_PREFIXES_DE)


def _adjectives(parsed: Parsed, i: int) -> list[str]:
    """The size, age, colour and material words said before the noun at token i, in English
    ("my old red car", "einem kleinen blauen Boot", "eine Holzbank" -> wooden)."""
    key = ("adjectives", i)
    found: list[str] | None = parsed.memo.get(key)
    if found is None:
        found = parsed.memo[key] = _find_adjectives(parsed, i)
    return list(found)  # a copy: the caller may keep it in a model


def _find_adjectives(parsed: Parsed, i: int) -> list[str]:
    tokens, lang = parsed.tokens, parsed.language
    found: list[tuple[str, str]] = []
    if lang == "de":
        folded = tokens.folded[i]
        prefix = (  # one test for all prefixes first (most words start with none)
            next((p for p in MATERIAL_PREFIXES_DE if folded.startswith(p)), None)
            if folded.startswith(_MATERIAL_STARTS)
            else None
        )
        if prefix is not None and len(folded) > len(prefix) + 2:
            found.append(("material", MATERIAL_PREFIXES_DE[prefix]))
    skipped = 0
    for j in range(i - 1, max(i - 6, -1), -1):
        word = tokens.folded[j]
        if tokens.clause[j] != tokens.clause[i] or not word.isalpha():
            break
        adjective = adjective_of(word, lang)
        if adjective is not None and word not in _ARTICLES:
            found.append(adjective)  # before the stopwords: "little" is one of them
            continue
        if word in _ARTICLES or word in parsed.lexicon.stopwords:
            break
        if lang == "de" and tokens.original[j][:1].isupper() and not tokens.sentence_start[j]:
            break  # another noun
        skipped += 1  # another describing word ("eine kleine dunkle Küche", "a lovely old")
        if skipped > 1:
            break
    return in_english_order(found) if found else []


def _object_at(parsed: Parsed, i: int) -> str | None:
    """The object concept token i names, German material compounds too ("Holzbank": bench)."""
    key = ("objects", -1)
    objects: list[str | None] | None = parsed.memo.get(key)
    if objects is None:
        objects = [_find_object_at(parsed, j) for j in range(len(parsed.tokens.folded))]
        parsed.memo[key] = objects
    return objects[i]


def _find_object_at(parsed: Parsed, i: int) -> str | None:
    if parsed.tokens.folded[i] in parsed.lexicon.stopwords:
        return None  # "the", "und": most words of a text, never a thing (no stopword is one)
    thing = parsed.vocab("object")[i]
    if thing is not None or parsed.language != "de":
        return thing
    folded = parsed.tokens.folded[i]
    table = vocab_table("object", "de")
    if folded.startswith(_MATERIAL_STARTS):  # one test for all prefixes first (most words)
        for prefix in MATERIAL_PREFIXES_DE:
            rest = folded[len(prefix) :]
            if folded.startswith(prefix) and len(rest) > 2:
                return table.get(rest)
    if parsed.tokens.original[i][:1].isupper():  # a compound's last noun: "Krankenhausbett"
        for cut in range(3, len(folded) - 3):
            if folded[cut:] in table and not _places(parsed)[i]:
                return table[folded[cut:]]
    return None


def _describes_next(parsed: Parsed, i: int) -> bool:
    """A material word before a noun ("a glass key", "a stone bridge"): not a thing itself."""
    tokens = parsed.tokens
    if adjective_of(tokens.folded[i], parsed.language) is None or i + 1 >= len(tokens.lower):
        return False
    return (
        tokens.clause[i + 1] == tokens.clause[i]
        and tokens.lower[i + 1].isalpha()
        and (i + 1 in _named_tokens(parsed) or parsed.vocab("object")[i + 1] is not None)
    )


def _line_postures(
    parsed: Parsed, line: Line, persons: dict[int, str], concepts: dict[str, str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(who, posture) for every posture the line states ("My father sat", "ich kniete"), and
    the postures "we" gives the others the line names ("We sat round the fire with Tom")."""
    tokens, lang = parsed.tokens, parsed.language
    out: list[tuple[str, str]] = []
    shared: list[tuple[str, str]] = []
    for i in range(line.first, line.last):
        posture = posture_of(tokens.folded[i], lang)
        if posture is None or i in parsed.similes:
            continue
        if lang == "en" and i > line.first and tokens.lower[i - 1] in _EN_DETERMINERS:
            continue  # "a stand", "the lie"
        if lang == "en" and i + 1 < line.last and tokens.lower[i + 1] in {"to", "about"}:
            continue  # "he was lying to me"
        if lang == "de" and tokens.original[i][:1].isupper() and not tokens.sentence_start[i]:
            continue  # "der Stand"
        agent: str | None = None
        if lang == "de" and i + 1 < line.last and tokens.lower[i + 1] in _DE_ARTICLES:
            # verb first, subject after it: "Dann saß mein Vater", "Da lag ein Schlüssel"
            after = [p for p in persons if i < p <= i + 4 and tokens.clause[p] == tokens.clause[i]]
            agent = persons[min(after)] if after else THING
        if agent is None:
            agent = _agent_before(parsed, line, i, persons, concepts)
        if agent in {THING, "other"}:
            continue
        out.append((agent, posture))
        sentence = tokens.sentence[i]
        clause = [j for j in range(line.first, line.last) if tokens.clause[j] == tokens.clause[i]]
        # "Me and my cousin sat", "Anna und ich saßen": a subject of two, both sit.
        pair = [j for j in range(max(line.first, i - 5), i) if tokens.sentence[j] == sentence]
        together = any(tokens.lower[j] in {"and", "und"} for j in pair)
        if agent != "dreamer" and together and any(tokens.lower[j] in _I_ME for j in pair):
            out.append(("dreamer", posture))
        if agent == "dreamer" and any(tokens.lower[j] in {"we", "wir"} for j in clause):
            shared += [(persons[p], posture) for p in persons if tokens.sentence[p] == sentence]
        elif agent == "dreamer" and together:  # "Anna and I sat": Anna too
            shared += [(persons[p], posture) for p in persons if p in pair]
        elif agent == "dreamer":  # "I was sitting on a bus with my friends"
            shared += [
                (persons[p], posture)
                for p in persons
                if tokens.sentence[p] == sentence
                and any(tokens.lower[k] in {"with", "mit"} for k in range(max(0, p - 3), p))
            ]
    return out, shared


_STILL_ACTIONS: Final = frozenset(
    {None, "talk", "look", "laugh", "cry", "eat", "hold", "give", "wait", "play", "sit", "lie",
     "sing", "write", "read", "type", "pray", "paint"}
)  # fmt: skip
_POSTURE_OF_ACTION: Final[dict[str, str]] = {"sit": "sit", "lie": "lie", "sleep": "lie"}
_IN_WATER: Final = frozenset({"swim", "sink"})


def _vehicle(
    parsed: Parsed,
    events: list[Line],
    place: str,
    dreamer_action: str | None,
    flooded: bool = False,
) -> tuple[str, int] | None:
    """(concept, token) of a vehicle the dreamer is in at a water or road place ("in a boat on
    a lake", "im Kanu den Fluss runter") or a flooded one ("rowing a boat down the flooded
    hallway"); None when swimming or the place is the vehicle."""
    if not (place in VEHICLE_GROUND or flooded) or dreamer_action in _IN_WATER:
        return None
    tokens = parsed.tokens
    symbols = {o.first: o.key for o in parsed.occurrences if o.category == "symbols"}
    for line in events:
        for i in range(line.first, line.last):
            thing = _object_at(parsed, i) or symbols.get(i)
            if thing is None or thing not in VEHICLES or i in parsed.similes:
                continue
            before = range(max(line.first, i - 4), i)
            if any(
                (tokens.lower[j] in VEHICLE_IN or tokens.folded[j] in VEHICLE_VERBS)
                and tokens.clause[j] == tokens.clause[i]
                for j in before
            ):
                return thing, i
    return None


# Words that deny a verb near it ("didn't", "never", "nicht"), and those that make it a verb
# the dreamer could not do ("couldn't run": a freeze, kept for `Line.unable`).
_DENIERS: Final = frozenset(
    {"not", "never", "no", "nicht", "nie", "niemals", "kein", "keine", "didn't", "don't",
     "doesn't", "wasn't", "weren't", "won't", "didnt", "dont", "doesnt", "wasnt", "werent"}
)  # fmt: skip
_NEARER_VERBS: Final = frozenset(
    {"know", "knew", "recognise", "recognize", "remember", "like", "want", "kannte", "wollte"}
)
_CANNOT: Final = frozenset(
    {"couldn't", "can't", "cannot", "couldnt", "cant", "konnte", "konnten", "kann", "unable"}
)


_INSTEAD: Final = frozenset({"instead", "statt", "anstatt"})


def _denied_verb(parsed: Parsed, line: Line, i: int) -> bool:
    """Whether a denial in the verb's clause says it did not happen: up to three words before
    it ("I don't fall", "never once fell", "bin nicht gefallen"), or in German right after it
    ("ich fiel nicht"). A verb the dreamer could not do ("couldn't run") is not denied here."""
    tokens = parsed.tokens
    clause = tokens.clause[i]
    if i >= 2 and tokens.lower[i - 2 : i] in (["instead", "of"], ["rather", "than"]):
        return True  # "instead of falling I float down": no fall
    if i >= 2 and tokens.lower[i - 1] == "zu" and tokens.lower[i - 2] in {"statt", "anstatt"}:
        return True  # "statt zu fallen"
    actions = parsed.vocab("action")
    action = actions[i]
    sentence = tokens.sentence[i]
    for k in range(i + 1, len(tokens.lower) - 2):
        if tokens.sentence[k] != sentence:
            break
        if tokens.lower[k] not in _INSTEAD:
            continue
        pair = tokens.lower[k : k + 2]
        if pair in (["instead", "of"], ["statt", "zu"], ["anstatt", "zu"]) and (
            actions[k + 2] == action
        ):
            return True  # "I am falling, but instead of falling I float": the fall is undone
    for j in range(i - 1, max(line.first - 1, i - 4), -1):
        if tokens.clause[j] != clause:
            break
        word = tokens.lower[j]
        if word in _CANNOT or (j > line.first and tokens.lower[j - 1] in _CANNOT):
            return False
        if word in _DENIERS:
            return True
        if word in _NEARER_VERBS or actions[j] is not None:
            return False  # "a woman I didn't know handed me": the denial is the nearer verb's
    after = i + 1
    return (
        parsed.language == "de"
        and after < line.last
        and tokens.clause[after] == clause
        and tokens.lower[after] in {"nicht", "nie", "niemals"}
        and not any(tokens.lower[k] in _CANNOT for k in range(line.first, i))
    )


# Titles before a name: (the English title, the figure's concept). "Frau Berger" is Mrs Berger.
_HONORIFICS: Final[dict[str, tuple[str, str]]] = {
    "frau": ("Mrs", "woman"), "mrs": ("Mrs", "woman"), "ms": ("Ms", "woman"),
    "miss": ("Miss", "woman"), "fr": ("Mrs", "woman"), "herr": ("Mr", "man"), "mr": ("Mr", "man"),
    "hr": ("Mr", "man"), "dr": ("Dr", "person"), "doktor": ("Dr", "person"),
    "prof": ("Professor", "person"), "professor": ("Professor", "person"),
}  # fmt: skip
_BODY_FALLING: Final = frozenset(
    {"teeth", "tooth", "hair", "nails", "zähne", "zaehne", "zahn", "haare", "nägel", "naegel"}
)
_OUT: Final = frozenset({"out", "aus", "raus", "heraus"})
_DEAD: Final = frozenset({"tot", "tote", "toten", "toter", "totes", "totem"})
_FOLLOW: Final = frozenset({"follow", "folg", "hinterher"})


_PACKED: Final = frozenset(
    {"koffer", "tasche", "taschen", "sachen", "rucksack", "kisten", "kartons", "karton",
     "kiste", "zeug"}
)  # fmt: skip


def _packing(parsed: Parsed, i: int) -> bool:
    """Whether "packen" takes luggage in its clause ("den Koffer packen", "packte meine Sachen")."""
    tokens = parsed.tokens
    clause = tokens.clause[i]
    return any(
        tokens.folded[k] in _PACKED
        for k in range(max(0, i - 5), min(len(tokens.lower), i + 6))
        if tokens.clause[k] == clause
    )


_BEFORE_A_ROW: Final = frozenset(
    {"the", "a", "front", "back", "first", "last", "second", "third", "every", "one", "same"}
)
_WASHING: Final = frozenset(
    {"washing", "laundry", "sheets", "clothes", "towels", "socks", "shirts", "wäsche",
     "waesche", "bettlaken", "laken", "handtücher", "handtuecher", "socken", "hemden"}
)  # fmt: skip


def _washing(parsed: Parsed, i: int) -> bool:
    """Whether the verb at i hangs washing up ("hanging up the washing", "Wäsche aufgehängt")."""
    folded = parsed.tokens.folded
    return any(folded[k] in _WASHING for k in range(max(0, i - 6), min(len(folded), i + 5)))


_NO_THING: Final = frozenset(
    {"without", "no", "ohne", "kein", "keine", "keinen", "keinem", "keiner", "keines"}
)


def _denied_thing(parsed: Parsed, i: int) -> bool:
    """Whether the thing at i is said to be missing: "without a pencil", "keinen Ofen", "no
    coat" (a denier within the three words before it, in its clause)."""
    lower, clause = parsed.tokens.lower, parsed.tokens.clause
    return any(lower[k] in _NO_THING and clause[k] == clause[i] for k in range(max(0, i - 3), i))


def _let_fall(parsed: Parsed, line: Line, i: int) -> bool:
    """Whether German "fallen" goes with "lassen" in its clause ("lässt das Messer fallen")."""
    folded, clause = parsed.tokens.folded, parsed.tokens.clause
    return any(
        folded[k] in {"laesst", "liess", "lassen", "gelassen", "liessen", "lass"}
        for k in range(line.first, line.last)
        if clause[k] == clause[i]
    )


def _falling_out(parsed: Parsed, line: Line, i: int) -> bool:
    """Whether a fall is of teeth or hair ("teeth falling out", "mir fielen die Zähne aus")."""
    tokens = parsed.tokens
    out = i + 1 < line.last and tokens.lower[i + 1] in _OUT
    return out or any(tokens.lower[k] in _BODY_FALLING for k in range(line.first, line.last))


def _followed_calmly(
    parsed: Parsed, line: Line, i: int, persons: dict[int, str], concepts: dict[str, str]
) -> bool:
    """Whether "followed" is company, not pursuit: a follow verb with no fear said in its
    sentence or the ones beside it and no threatening figure ("my cat followed me the whole
    time"; "a man followed me and I panicked" is still a chase)."""
    tokens = parsed.tokens
    if not any(tokens.folded[i].startswith(f) for f in _FOLLOW):
        return False
    sentence = tokens.sentence[i]
    near = {sentence - 1, sentence, sentence + 1}
    if any(
        tokens.sentence[c.position] in near and c.experiencer == "dreamer" and c.name in _FEARS
        for c in parsed.cues
    ):
        return False
    who = [persons[p] for p in persons if line.first <= p < line.last]
    return not any(concepts.get(w, w) in THREATS | {"stranger", "man", "intruder"} for w in who)


_FEARS: Final = frozenset({"fear", "anxiety", "panic", "dread", "terror", "horror"})
_HANDLING: Final = frozenset({"hold", "give", "throw"})
_TASKS: Final = frozenset(
    {"read", "write", "sing", "cook", "pack", "knock", "type", "paint", "pray", "clean", "dig",
     "iron", "hang", "clap", "feed"}
)  # fmt: skip
_COPULAS: Final = frozenset(
    {"was", "is", "were", "are", "be", "been", "war", "ist", "sind", "waren"}
)


def _held_thing(parsed: Parsed, line: Line, verb: int) -> str | None:
    """The concept of the thing a hold or give verb takes ("held a lantern", "gab mir einen
    Schlüssel"): the first thing after it in its clause, within six words."""
    tokens = parsed.tokens
    symbols = {o.first: o.key for o in parsed.occurrences if o.category == "symbols"}
    for k in range(verb + 1, min(line.last, verb + 7)):
        if tokens.clause[k] != tokens.clause[verb]:
            break
        if k in parsed.similes:
            continue
        thing = _object_at(parsed, k) or symbols.get(k) or _noun_thing(parsed, line, k)
        if thing is not None:
            return thing
    if parsed.language == "de" and tokens.lower[verb].startswith("ge"):
        # a German participle ends its clause: "hat unten den Korb gehalten"
        for k in range(verb - 1, max(line.first - 1, verb - 7), -1):
            if tokens.clause[k] != tokens.clause[verb]:
                break
            thing = _object_at(parsed, k) or symbols.get(k) or _noun_thing(parsed, line, k)
            if thing is not None and k not in parsed.similes:
                return thing
    return None


def _noun_thing(parsed: Parsed, line: Line, k: int) -> str | None:
    """A thing the noun tables name at token k ("ein Pflaster", "a huge pumpkin")."""
    if parsed.language == "de":
        return _german_thing(parsed, k)
    return _english_thing(parsed, line, k)


def _adjective_after_article(parsed: Parsed, line: Line, k: int) -> bool:
    """Whether token k reads as an adjective right after an article ("a giant", "eine riesige"):
    a plain word that names nothing itself (no figure, thing or place) and is no adverb."""
    tokens = parsed.tokens
    if k - 1 < line.first or tokens.clause[k - 1] != tokens.clause[k]:
        return False
    before, word = tokens.lower[k - 1], tokens.lower[k]
    articles = _EN_DETERMINERS if parsed.language == "en" else _ARTICLES
    if before not in articles or not word.isalpha() or word in parsed.lexicon.stopwords:
        return False
    if parsed.language == "de" and tokens.original[k][:1].isupper():
        return False  # a German noun
    if parsed.language == "en" and word.endswith("ly"):
        return False  # "the slowly ..." is rare; "suddenly" is an adverb
    return k not in _named_tokens(parsed)


def _named_tokens(parsed: Parsed) -> frozenset[int]:
    """Tokens that name a figure, a thing or a place (lexicon occurrences and names)."""
    key = ("named_tokens", -1)
    named: frozenset[int] | None = parsed.memo.get(key)
    if named is None:
        named = parsed.memo[key] = _find_named_tokens(parsed)
    return named


def _find_named_tokens(parsed: Parsed) -> frozenset[int]:
    return frozenset(
        i for o in parsed.occurrences if o.category != "emotions" for i in range(o.first, o.last)
    ) | frozenset(i for i, _ in parsed.names)


def _subject_thing(parsed: Parsed, line: Line, j: int) -> bool:
    """Whether token j is a thing heading the subject of its clause ("My teeth were falling",
    "and the waves", "Der Zug fuhr"), not an object ("into the forest", "reached the sea")."""
    tokens = parsed.tokens
    k = j - 1
    if _adjective_after_article(parsed, line, k):
        k -= 1  # "a giant wave came", "eine riesige Welle kam"
    if parsed.language == "en":
        if k < line.first or tokens.lower[k] not in _EN_DETERMINERS:
            return False
    else:
        if not tokens.original[j][:1].isupper() or k < line.first:
            return False
        if tokens.lower[k] not in _ARTICLES:
            return False
    if k - 1 < line.first or tokens.clause[k - 1] != tokens.clause[k]:
        return True  # the noun phrase opens its line or clause
    return tokens.lower[k - 1] in _SUBJECT_OPENERS  # "and the waves", "dann der Zug"


def _pronoun_target(word: str, j: int, persons: dict[int, str], concepts: dict[str, str]) -> str:
    """The character a pronoun at token j points back to: the last one mentioned before it
    that fits ("he" a man, not "my sister"; "it" an animal); 'other' when none fits."""
    for p in sorted((p for p in persons if p < j), reverse=True):
        concept = concepts.get(persons[p], "person")
        if word in {"he", "er"} and (concept in FEMALE_CONCEPTS or concept in _NON_PERSON_KINDS):
            continue
        if word in {"she"} and (concept in MALE_CONCEPTS or concept in _NON_PERSON_KINDS):
            continue
        if word in {"it", "es"} and concept not in _NON_PERSON_KINDS:
            continue
        return persons[p]
    return "other"


# After "me and", words that carry on the sentence's subject: "Karen called me and was yelling".
_CONTINUING: Final = frozenset({"was", "were", "kept", "started", "began", "then", "just", "had"})


def _agent_before(
    parsed: Parsed,
    line: Line,
    position: int,
    persons: dict[int, str],
    concepts: dict[str, str] | None = None,
) -> str:
    """Who does the verb at `position`: 'dreamer', a character id, THING (a thing is the
    subject: "my teeth were falling out") or 'other' (default: the dreamer)."""
    tokens = parsed.tokens
    for j in (position + 1, position + 2):  # German verb-second: "dann rannte ich"
        if j < line.last and tokens.clause[j] != tokens.clause[position]:
            break  # "gebacken, obwohl wir ...": the next clause has its own subject
        if j < line.last and tokens.lower[j] in {"ich", "wir"}:
            return "dreamer"
        if (
            j < line.last
            and j in persons
            and parsed.language == "de"
            and not _subject_before(parsed, line, position, persons)
        ):  # "Dann rannte meine Mutter" (not "Ich sah meine Mutter")
            return persons[j]
        if (
            j == position + 1
            and j < line.last
            and parsed.language == "de"
            and tokens.lower[j] in {"er", "sie"}
            and not _subject_before(parsed, line, position, persons)
        ):  # "Dann flog er weg" (not "Ich rief sie an": there "sie" is the object)
            return _pronoun_target(tokens.lower[j], j, persons, concepts or {})
    for j in range(position - 1, line.first - 1, -1):
        if j in persons:
            return persons[j]
        if tokens.lower[j] in _ME and j > line.first and tokens.lower[j - 1] in _WITH:
            continue  # "Papa ist mit uns gefahren": not us at the wheel
        if (
            parsed.language == "en"
            and tokens.lower[j] in {"me", "us"}
            and j > line.first
            and position > j + 2  # "caught me sleeping", "asked me to play": me does it
            and tokens.lower[j - 1] != "and"  # "a kid and me were hiding"
            and not (  # "me and a kid were hiding", not "called me and was yelling"
                j + 2 < line.last
                and tokens.lower[j + 1] == "and"
                and tokens.lower[j + 2] not in _CONTINUING
            )
        ):
            continue  # "Karen called me on the phone and was yelling": she yells
        if (
            parsed.language == "de"
            and tokens.lower[j] in {"mir", "mich", "uns"}
            and any(line.first <= p < j and tokens.clause[p] == tokens.clause[j] for p in persons)
        ):
            continue  # "eine Ärztin hat mir einen Kittel gegeben": mir is whom she gave it
        if tokens.lower[j] in _DREAMER_WORDS:
            return "dreamer"
        if tokens.lower[j] in _THE_OTHERS and not any(
            tokens.lower[k] in _DREAMER_WORDS for k in range(max(line.first, j - 3), j)
        ):
            return THING  # "alle anderen haben geschrieben": unseen others, not the dreamer
        if tokens.lower[j] in _SUBJECT_OTHERS:
            return _pronoun_target(tokens.lower[j], j, persons, concepts or {})
        if _subject_thing(parsed, line, j):
            return THING
    if parsed.language == "de" and _thing_after(parsed, line, position):
        return THING  # "Auf dem Tisch lag ein alter Schlüssel": the key lies there, not me
    opener = _sentence_opener(parsed, line, persons)
    if opener is not None:
        return opener  # "Meine Chefin hat im Meeting | plötzlich angefangen zu singen"
    return "dreamer"


def _sentence_opener(parsed: Parsed, line: Line, persons: dict[int, str]) -> str | None:
    """The figure that opens the sentence a subjectless line continues ("Meine Chefin hat im
    Meeting plötzlich angefangen zu singen": she sings), when one does; None otherwise."""
    tokens = parsed.tokens
    sentence = tokens.sentence[line.first]
    start = line.first
    while start > 0 and tokens.sentence[start - 1] == sentence:
        start -= 1
    if start == line.first:
        return None  # the line opens its sentence: nothing before it to continue
    for k in range(start, min(start + 3, line.first)):
        if tokens.lower[k] in _DREAMER_WORDS:
            return None
        if k in persons:
            return persons[k]
    return None


_SPOKEN: Final = frozenset({"talk", "shout", "laugh", "cry", "sing"})


_NEXT_DOOR: Final = (("from", "next", "door"), ("next", "door"), ("von", "nebenan"))


def _next_door(parsed: Parsed, k: int) -> bool:
    """Whether "(from) next door" / "von nebenan" follows a figure's word ending before k."""
    lower = parsed.tokens.lower
    return any(lower[k : k + len(p)] == list(p) for p in _NEXT_DOOR)


def _without(role: str, away: set[str]) -> str:
    """A role without a thing put away: "a man with a knife" -> "a man"."""
    for concept in away:
        role = re.sub(rf" (?:with|holding) an? (?:\w+ )?{re.escape(concept)}\b", "", role)
    return role


def _dreamer_opens(parsed: Parsed, line: Line) -> bool:
    """Whether the sentence of this line opens with the dreamer ("I", "ich")."""
    tokens = parsed.tokens
    start = line.first
    while start > 0 and tokens.sentence[start - 1] == tokens.sentence[line.first]:
        start -= 1
    return any(tokens.lower[k] in {"i", "ich"} for k in range(start, min(start + 3, line.last)))


def _subject_before(parsed: Parsed, line: Line, position: int, persons: dict[int, str]) -> bool:
    """A person, the dreamer or a pronoun before the verb at `position` in its clause."""
    tokens = parsed.tokens
    return any(
        tokens.clause[j] == tokens.clause[position]
        and (j in persons or tokens.lower[j] in _DREAMER_WORDS | _SUBJECT_OTHERS)
        for j in range(line.first, position)
    )


def _thing_after(parsed: Parsed, line: Line, position: int) -> bool:
    """A German verb whose clause opens with a place phrase and whose subject follows it
    ("Auf dem Tisch lag ein Schlüssel"): no subject before it in its clause, an article after."""
    tokens = parsed.tokens
    clause = tokens.clause[position]
    starts = [j for j in range(line.first, position) if tokens.clause[j] == clause]
    if not starts or tokens.lower[starts[0]] not in {
        "auf",
        "in",
        "im",
        "an",
        "am",
        "unter",
        "neben",
        "vor",
        "hinter",
        "da",
        "dort",
    }:
        return False  # fmt: skip
    return position + 1 < line.last and tokens.lower[position + 1] in _DE_ARTICLES


def _line_action(
    parsed: Parsed, line: Line, persons: dict[int, str], concepts: dict[str, str] | None = None
) -> tuple[str, str, int, str | None] | None:
    """(action, agent, token, chaser) of the most visible verb in an event line."""
    tokens, lang = parsed.tokens, parsed.language
    best: tuple[int, str, str, int, str | None] | None = None
    first_chaser: str | None = None
    actions = parsed.vocab("action")
    for i in range(line.first, line.last):
        action = actions[i]
        if action is None or i in parsed.similes:
            continue  # most words are no verb of the vocabulary: nothing more to ask
        if lang == "de" and tokens.original[i][:1].isupper() and not tokens.sentence_start[i]:
            continue  # a German noun ("Lauf", "Fall") is no verb
        if lang == "en" and i > line.first and tokens.lower[i - 1] in _EN_DETERMINERS:
            continue  # an English noun ("the waves", "a fall") is no verb
        if (
            lang == "en"
            and i - 1 > line.first
            and tokens.lower[i - 2] in _EN_DETERMINERS
            and (
                tokens.lower[i - 1] in _NOUN_BEFORE_NOUN or adjective_of(tokens.lower[i - 1], "en")
            )
        ):
            continue  # nor after a describing word: "his front steps", "the old stairs"
        if (
            lang == "en"
            and action == tokens.lower[i]  # a base form ("wave", "fall")
            and _adjective_after_article(parsed, line, i - 1)
        ):
            continue  # nor after an adjective ("a giant wave", "a long fall")
        if _denied_verb(parsed, line, i):
            continue  # "I jump and I don't fall", "never once fell", "ich fiel nicht"
        if action == "fall" and _falling_out(parsed, line, i):
            continue  # "teeth falling out again": the teeth fall, not the dreamer
        if action == "fall" and lang == "de" and _let_fall(parsed, line, i):
            continue  # "er lässt das Messer fallen": he drops it, nobody falls
        if action == "row" and i > 0 and tokens.lower[i - 1] in _BEFORE_A_ROW:
            continue  # "in the back row", "eine Reihe": a row of seats, no rowing
        if action == "hang" and not _washing(parsed, i):
            continue  # "a picture hung on the wall", "we hung out": no washing on a line
        if lang == "de" and tokens.folded[i] in _DEAD:
            continue  # "tote Fische", "dass er tot ist": dead, nobody kills
        following = tokens.lower[i + 1] if i + 1 < line.last else ""
        if lang == "en" and following in ENGLISH_PARTICLES:
            action = ENGLISH_PARTICLES[following].get(action, action)
        if lang == "de":
            for j in range(i + 1, line.last):
                if tokens.clause[j] != tokens.clause[i]:
                    break
                if tokens.lower[j] in SEPARABLE:
                    action = SEPARABLE[tokens.lower[j]].get(action, action)
        agent = _agent_before(parsed, line, i, persons, concepts)
        chaser: str | None = None
        if action == "chase" and _followed_calmly(parsed, line, i, persons, concepts or {}):
            action = "walk"  # "my cat followed me the whole time": along, not after the dreamer
        if action == "chase":
            previous = tokens.lower[i - 1] if i > 0 else ""
            passive = previous in _PASSIVE
            passive = passive or (lang == "de" and tokens.lower[i] in {"verfolgt", "gejagt"})
            if passive or following in _ME or previous in _ME:
                before = [p for p in persons if line.first <= p < i]
                after = [p for p in persons if i < p < line.last]
                pronoun = next(
                    (
                        j
                        for j in range(i - 1, line.first - 1, -1)
                        if tokens.lower[j] in _SUBJECT_OTHERS | {"it"}
                    ),
                    None,
                )
                if passive and after:
                    chaser = persons[min(after)]  # "I was chased by a dog"
                elif before:
                    chaser = persons[max(before)]  # "a dog chased me", "ein Wolf mich verfolgte"
                elif pronoun is not None:  # "He chased me": the man in a parka said before
                    word = tokens.lower[pronoun]
                    target = _pronoun_target(word, pronoun, persons, concepts or {})
                    chaser = target if target != "other" else None
                agent = "dreamer"
                action = "flee"
        if line.unable and action in {"run", "walk", "flee", "climb", "swim", "fly", "leave"}:
            action = "freeze"
        if line.unable and action in _TASKS:
            continue  # "I couldn't read it": nothing read is seen
        if action == "cook" and following in {"vor", "with"}:
            continue  # "ich hab gekocht vor Wut", "boiling with rage": anger, no stove
        if tokens.lower[i] == "clean" and i > line.first and tokens.lower[i - 1] in _COPULAS:
            continue  # "the water was clean": a look, no cleaning
        if action == "push" and following in {"me", "mich"}:
            action = "attack"  # "he pushed me": the dreamer is shoved
        if action == "attack" and tokens.folded[i].startswith("pack") and _packing(parsed, i):
            action = "pack"  # "meinen Koffer packen": packing, not grabbing
        first_chaser = first_chaser or chaser
        score = _VISIBILITY.get(action, 1)
        if agent is None or agent == THING:
            score -= 100  # a thing's doing ("the corridor opens") yields to a person's ("he sits")
        if best is None or score > best[0]:
            best = (score, action, agent, i, chaser)
    if best is None:
        return None
    return best[1], best[2], best[3], first_chaser


# Size words before a figure (English as written; German stems take their endings).
_SIZE_EN: Final[dict[str, Size]] = {
    "tiny": "tiny", "teeny": "tiny", "minuscule": "tiny", "miniature": "tiny",
    "little": "small", "small": "small", "short": "small",
    "tall": "large", "big": "large", "large": "large", "towering": "huge",
    "huge": "huge", "giant": "huge", "gigantic": "huge", "enormous": "huge", "massive": "huge",
    "immense": "huge", "colossal": "huge",
}  # fmt: skip
_SIZE_DE: Final[dict[str, Size]] = {
    "winzig": "tiny", "klitzeklein": "tiny", "klein": "small", "gross": "large",
    "riesig": "huge", "gigantisch": "huge", "enorm": "huge", "riesengross": "huge",
}  # fmt: skip
_DE_ENDINGS: Final = ("", "e", "er", "es", "en", "em")
# The English word a German role gets for a size ("ein großer Mann" -> "a tall man").
_SIZE_ROLE: Final[dict[Size, str]] = {"tiny": "tiny", "small": "small", "huge": "huge"}
_SIZE_WORDS: Final = frozenset(
    {"tiny", "small", "little", "big", "large", "huge", "giant", "enormous", "massive", "long",
     "narrow", "wide", "tall"}
)  # fmt: skip


def _size_word(word: str, language: Language) -> Size | None:
    """The size a word before a figure gives it, if it is a size word."""
    if language == "en":
        return _SIZE_EN.get(word)
    folded = fold(word, "de")
    if folded.startswith("riesen") and len(folded) > 6:
        return "huge"  # "ein Riesenhund", "riesengroße"
    for stem_, size in _SIZE_DE.items():
        if folded.startswith(stem_) and folded[len(stem_) :] in _DE_ENDINGS:
            return size
    return None


def _size(parsed: Parsed, o: Occurrence) -> Size:
    """The size the words before a figure give it ("a tall man", "ein riesiger Hund")."""
    tokens = parsed.tokens
    for j in range(o.first - 1, max(o.first - 4, -1), -1):
        if tokens.clause[j] != tokens.clause[o.first] or tokens.lower[j] in _ARTICLES:
            break
        size = _size_word(tokens.lower[j], parsed.language)
        if size is not None:
            return size
    if parsed.language == "de":  # a compound: "Riesenspinne"
        size = _size_word(tokens.lower[o.first], "de")
        if size == "huge":
            return size
    return "usual"


def _worn_words(parsed: Parsed, first: int, m: int) -> list[int]:
    """Tokens of what a figure wears or has ("bright pink hair", "fur coat"): up to four plain
    words in the figure's clause from m, stopping at a stopword, a verb, a place or a figure."""
    tokens = parsed.tokens
    out: list[int] = []
    while (
        m < len(tokens.lower)
        and len(out) < 4
        and tokens.clause[m] == tokens.clause[first]
        and tokens.lower[m].isalpha()
        and tokens.lower[m] not in parsed.lexicon.stopwords
        and parsed.vocab("action")[m] is None
        and _places(parsed)[m] is None
        and not _a_figure_at(parsed, m)
    ):
        out.append(m)
        m += 1
    return out


_KIN: Final = frozenset({"mother", "father", "grandmother", "grandfather", "aunt", "uncle"})
# German roles more precise than their concept ("Busfahrer" is a bus driver, not a driver).
_DE_ROLE_NOUNS: Final[dict[str, str]] = {
    "busfahrer": "bus driver", "busfahrerin": "bus driver", "taxifahrer": "taxi driver",
    "taxifahrerin": "taxi driver", "krankenschwester": "nurse", "pfleger": "nurse",
    "zahnarzt": "dentist", "zahnaerztin": "dentist", "polizist": "police officer",
    "polizistin": "police officer", "verkaeufer": "shop assistant",
    "verkaeuferin": "shop assistant", "kellnerin": "waitress", "pfarrer": "vicar",
    "professor": "professor", "professorin": "professor", "schiedsrichter": "referee",
}  # fmt: skip
_FAMILY: Final = frozenset(
    {"mother", "father", "brother", "sister", "grandmother", "grandfather", "aunt", "uncle",
     "cousin", "son", "daughter", "child", "baby", "partner", "ex-partner", "man", "woman"}
)  # fmt: skip
# A partner or a child as said: "my husband", "her girlfriend", "my little girl" (not "my
# partner" or "my little child" for all of them).
_PARTNER_WORDS: Final = frozenset(
    {"husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée",
     "girl", "boy"}
)  # fmt: skip
_INDEFINITE: Final = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}
)


def _plural_form(word: str, concept: str) -> bool:
    """Whether an English figure word is a plural ("kids", "guests"): the role keeps its
    concept then ("a child"), as a shot shows one figure for the group's word."""
    return word.endswith("s") and not word.endswith("ss") and word != concept + "s"


def _role(parsed: Parsed, o: Occurrence, name: str | None) -> tuple[str, str]:
    """(English role, the dreamer's words) for a character occurrence."""
    tokens, lang = parsed.tokens, parsed.language
    if name is not None:
        return name, name
    first = o.first
    article = ""
    adjectives: list[str] = []
    j = first - 1
    while j >= 0 and tokens.clause[j] == tokens.clause[first] and first - j <= 3:
        word = tokens.lower[j]
        if word in _ARTICLES:
            article = _ARTICLES[word]
            break
        if lang == "de" and (
            adjective_of(tokens.folded[j], "de") is not None or _size_word(word, "de")
        ):
            j -= 1  # "mein kleiner Bruder": past the describing word to "mein"
            continue
        describing = word not in parsed.lexicon.stopwords or word in _SIZE_EN  # "little"
        if lang == "en" and word.isalpha() and describing:
            if j > 0 and tokens.lower[j - 1] in _PERSONAL:
                break  # "I hear someone": a verb after its subject, no describing word
            owner = parsed.text[tokens.end[j] : tokens.end[j] + 1] in {"'", "’"}
            adjectives.insert(0, f"{word}'" if owner else word)  # "the neighbours' kids"
            j -= 1
            continue
        break
    start = j if article else first
    words_end = o.last
    extra = ""
    k = o.last
    if (
        k + 1 < len(tokens.lower)
        and tokens.lower[k] in _WEARING
        and tokens.clause[k] == tokens.clause[first]
    ):
        m = k + 1
        said_article = m < len(tokens.lower) and tokens.lower[m] in _ARTICLES
        if said_article:
            m += 1
        if lang == "en":  # "with bright pink hair", "in a fur coat": the words as written
            worn_words = _worn_words(parsed, first, m)
            preposition = "in" if tokens.lower[k] in {"in", "wearing"} else "with"
            if worn_words and (said_article or preposition == "with"):
                phrase = " ".join(tokens.lower[r] for r in worn_words)
                article_ = ("an " if phrase[:1] in "aeiou" else "a ") if said_article else ""
                extra = f" {preposition} {article_}{phrase}"
                words_end = worn_words[-1] + 1
            m = len(tokens.lower)  # the German way below is not for English
        # "a woman in a long black dress", "ein Mann in einem roten Mantel": past the
        # describing words to the thing worn, and they go with it
        while (
            m + 1 < len(tokens.lower)
            and adjective_of(tokens.folded[m], lang) is not None
            and tokens.clause[m + 1] == tokens.clause[m]
        ):
            m += 1
        if m < len(tokens.lower) and tokens.clause[m] == tokens.clause[first]:
            thing = _object_at(parsed, m)
            if thing is None and lang == "en" and tokens.lower[m].isalpha():
                thing = tokens.lower[m] if tokens.lower[m] not in parsed.lexicon.stopwords else None
            if thing is not None:
                worn = " ".join([*_adjectives(parsed, m), thing])
                article_ = "an" if worn[:1] in "aeiou" else "a"
                preposition = "in" if tokens.lower[k] in {"in", "im", "wearing"} else "with"
                extra = f" {preposition} {article_} {worn}"
                words_end = m + 1
    concept = o.key
    if not article and concept in _KIN:
        article = "my"  # "Opa saß bei uns", "Grandma was there": the dreamer's own
    if not article:
        article = "a" if lang == "de" or concept not in {"police", "crowd"} else "the"
    if concept == "police" and tokens.folded[first] not in {"police", "polizei"}:
        concept = "police officer"  # "ein Polizist", "an officer": one of them
    if lang == "de" and tokens.folded[first] in _DE_ROLE_NOUNS:
        concept = _DE_ROLE_NOUNS[tokens.folded[first]]  # "der Busfahrer": a bus driver
    if lang == "de":  # German adjectives: a size, then age and colour ("ein alter Mann")
        size = _size(parsed, o)
        person = _kind(concept) == "person"
        if size == "large":  # "meine große Schwester" is my big (older) sister
            adjectives = ["tall" if person and concept not in _SIBLINGS else "big"]
        elif size == "small" and person:
            adjectives = ["little"]  # "mein kleiner Bruder": my little brother
        elif size in _SIZE_ROLE:
            adjectives = [_SIZE_ROLE[size]]
        adjectives += [a for a in _adjectives(parsed, first) if a not in _SIZE_WORDS]
    said = tokens.lower[first] if o.last - first == 1 else ""
    if lang == "de" and concept in {"woman", "man"} and article in {"my", "our"}:
        concept = "wife" if concept == "woman" else "husband"  # "meine Frau", "mein Mann"
    own_word = (
        said.isalpha()
        and said not in _INDEFINITE
        and (concept not in _FAMILY or said in _PARTNER_WORDS)  # "my mum": the dreamer's mother
        and not _plural_form(said, concept)
    )
    if lang == "en" and own_word and said != concept:
        concept = said  # the dreamer's own word: "a nurse", "a waitress", "a cop"
    if said_plural(parsed, o):  # "alle Kollegen", "the kids": a group, not one figure
        plural = said if lang == "en" and said.isalpha() else english_plural(concept)
        mine = "the dreamer's " if article in {"my", "our"} else ""
        group = f"a group of {mine}{' '.join([*adjectives, plural])}{extra}"
        return group, parsed.text[tokens.start[max(0, start)] : tokens.end[words_end - 1]]
    if article == "a" and (adjectives or [concept])[0][:1] in "aeiou":
        article = "an"
    role = " ".join([article, *adjectives, concept]) + extra
    words = parsed.text[tokens.start[max(0, start)] : tokens.end[words_end - 1]]
    return role, words


_DARK_CLASSES: Final = frozenset({"apprehension", "anger", "sadness"})


def _line_distressing(
    parsed: Parsed, line: Line, found: tuple[str, str, int, str | None] | None
) -> bool:
    """Whether a line carries fear, anger, sadness, a threat or a flight (in any kind of line)."""
    if found is not None and (found[0] in THREAT_ACTIONS | FEAR_ACTIONS or found[3] is not None):
        return True
    key = ("dark", -1)
    dark: list[bool] | None = parsed.memo.get(key)
    if dark is None:  # per token: a dark cue, or a threatening figure, starts there
        dark = [False] * len(parsed.tokens.lower)
        for cue in parsed.cues:
            if HVDC_OF[cue.name] in _DARK_CLASSES:
                dark[cue.position] = True
        for o in parsed.occurrences:
            if o.category == "characters" and o.key in THREATS:
                dark[o.first] = True
        parsed.memo[key] = dark
    return any(dark[line.first : line.last])


def _kind(concept: str) -> CharacterKind:
    if concept in ANIMALS:
        return "animal"
    if concept in CREATURES:
        return "creature"
    if concept in GROUPS:
        return "group"
    return "person"


# "The sun was setting", "die Sonne ging unter": the words after the sun that say the hour.
_SUN_DUSK: Final = frozenset({"setting", "set", "sank", "sinking", "unter", "untergehen"})
_SUN_DAWN: Final = frozenset({"rising", "rose", "auf", "aufgehen"})
_SUN_PHRASE: Final = {("went", "down"): "dusk", ("going", "down"): "dusk", ("go", "down"): "dusk",
                      ("goes", "down"): "dusk", ("gone", "down"): "dusk", ("came", "up"): "dawn",
                      ("coming", "up"): "dawn", ("come", "up"): "dawn",
                      ("comes", "up"): "dawn"}  # fmt: skip


def _sun_time(parsed: Parsed, event_lines: list[Line]) -> str:
    """Dusk or dawn from what the sun does ("the sun was setting", "die Sonne ging auf")."""
    words = parsed.tokens.lower
    for line in event_lines:
        for i in range(line.first, line.last):
            if words[i] not in {"sun", "sonne"}:
                continue
            after = words[i + 1 : min(i + 5, line.last)]
            for a, b in zip(after, after[1:], strict=False):
                if (a, b) in _SUN_PHRASE:
                    return _SUN_PHRASE[(a, b)]
            if _SUN_DUSK.intersection(after):
                return "dusk"
            if _SUN_DAWN.intersection(after):
                return "dawn"
    return "unknown"


# Water over a floor or a street: "flooded", "knee-deep", "überflutet", "stand das Wasser".
_FLOODED: Final = re.compile(
    r"\b(?:flood(?:ed|ing|s)?|(?:knee|waist|ankle|chest|shoulder)[- ]deep|water (?:was |kept )?"
    r"(?:\w+ ){0,2}up to (?:my|the|our) (?:knees|ankles|waist|chest|neck|ceiling|shoulders)|"
    r"wasser [^.!?]{0,40}bis (?:zu den|zum|zur|an die) (?:knien?|knöchel\w*|hüften?|bauch|hals|"
    r"brust|decke|schultern?)|(?:stand|stieg|steht|steigt) (?:\w+ )?das wasser|"
    r"water (?:was |kept )?"
    r"(?:rising|rose|pouring in|came in|coming in|up to)|fill(?:ed|ing) (?:up )?with water|"
    r"under water|(?:über|ueber)(?:flut|schwemm)\w*|hochwasser|(?:knie|hüft|hueft|knöchel|"
    r"knoechel|brust)tief\w*|(?:stand|stieg|steigt|steht) (?:das )?wasser|wasser (?:stand|stieg)|"
    r"unter wasser|voll(?:er)? wasser|lief voll)\b",
    re.IGNORECASE,
)
_STOPPING: Final = frozenset(
    {"stopped", "stops", "stopping", "ended", "ends", "eased", "cleared", "aufhören",
     "aufhoeren", "hört", "hoert", "hörte", "hoerte", "aufgehört", "aufgehoert", "ließ", "liess"}
)  # fmt: skip


def _stops(parsed: Parsed, line: Line, i: int) -> bool:
    """Whether a weather word is said to stop ("it stopped raining", "der Regen hörte auf",
    "es hört auf zu regnen"): within three words of a stopping word in its clause."""
    tokens = parsed.tokens
    near = range(max(line.first, i - 3), min(line.last, i + 4))
    return any(tokens.lower[k] in _STOPPING and tokens.clause[k] == tokens.clause[i] for k in near)


_WATER_PLACES: Final = frozenset({"sea", "lake", "river", "underwater", "swimming_pool", "beach"})
# Boats one rows or paddles (a word of a ship-kind place), which a flood brings indoors.
_SMALL_BOATS: Final = frozenset(
    {"boat", "boot", "rowboat", "ruderboot", "canoe", "kanu", "kayak", "kajak", "raft", "floß",
     "dinghy", "schlauchboot"}
)  # fmt: skip


_GETTING: Final = frozenset(
    {"get", "gets", "getting", "got", "grew", "growing", "grow", "turning", "wurde", "wird",
     "werden"}
)  # fmt: skip
_DUSK_WORDS: Final = frozenset({"daemmerte", "daemmert", "daemmerung", "dusk", "twilight"})


_DRAINED: Final = re.compile(
    r"\b(?:no water|kein(?:e|en)? wasser|ohne wasser|empty|leer\w*|drained|dried up|"
    r"ausgetrocknet|trocken)\b"
)


def _nightfall(parsed: Parsed, lines: list[Line]) -> bool:
    """Whether the scene says night is falling ("getting dark", "es wurde dunkel", "es
    dämmerte")."""
    folded = parsed.tokens.folded
    for line in lines:
        for k in range(line.first, line.last):
            if folded[k] in _DUSK_WORDS:
                return True
            if folded[k] in {"dark", "dunkel"} and any(
                folded[j] in _GETTING for j in range(max(line.first, k - 3), k)
            ):
                return True
    return False


def _flooded(parsed: Parsed, line: Line) -> bool:
    """Whether a line says the place stands in water ("knee-deep", "the water was rising"),
    asked once per line and parse."""
    key = ("flooded", line.first)
    flooded: bool | None = parsed.memo.get(key)
    if flooded is None:
        flooded = _FLOODED.search(parsed.text[line.start : line.end]) is not None
        parsed.memo[key] = flooded
    return flooded


def _setting(
    parsed: Parsed, draft: _Draft, previous: Setting | None, event_lines: list[Line]
) -> Setting:
    """The scene's setting; carried over from the previous scene when this one names none."""
    event_tokens = {i for line in event_lines for i in range(line.first, line.last)}
    light: str = "unknown"
    weather: str = "unknown"
    time: str = "unknown"
    lights, weathers, times = (parsed.vocab(name) for name in ("light", "weather", "time"))
    symbols = {o.key for o in _said(parsed, "symbols") if o.first in event_tokens}
    stopped = False
    for line in event_lines:
        for i in range(line.first, line.last):
            if i in parsed.similes:
                continue
            light = lights[i] or light if light == "unknown" else light
            if weathers[i] and _stops(parsed, line, i):
                stopped = True  # "es hört auf zu regnen", "the rain stopped": it clears
                continue
            weather = weathers[i] or weather if weather == "unknown" else weather
            time = times[i] or time if time == "unknown" else time
    if weather == "unknown" and stopped:
        weather = "clear"
    if _nightfall(parsed, event_lines):  # "it was starting to get dark", "es wurde dunkel"
        time, light = ("dusk" if time == "unknown" else time), ("dim" if light == "dark" else light)
    if weather == "unknown":
        weather = next(
            (
                w
                for s, w in (("storm", "storm"), ("snow", "snow"), ("rain", "rain"))
                if s in symbols
            ),
            "unknown",
        )
    if time == "unknown" and "sun" in symbols:
        time = _sun_time(parsed, event_lines)
    if time == "unknown" and symbols & {"moon", "star"}:
        time = "night"
    if time == "unknown" and previous is not None:
        time = previous.time_of_day  # nothing says the hour changed: the dream's evening goes on
    if light == "unknown":
        if "darkness" in symbols:
            light = "dark"
        elif time == "night":
            light = "dim"
        elif time == "day" or ("sun" in symbols and time not in ("dusk", "dawn")):
            light = "daylight"  # a sun at sunset or sunrise is no daylight
    place = draft.place
    carried = False
    concept, words, called = draft.concept, list(draft.place_words), draft.called
    if place is None:
        from_symbol = next(
            (_PLACE_FROM_SYMBOL[s] for s in _PLACE_FROM_SYMBOL if s in symbols), None
        )
        if from_symbol is not None:
            place = from_symbol
        elif previous is not None:
            place, concept, words, carried = (
                (previous.place, previous.indoor),
                previous.concept,
                previous.words,
                True,
            )
            called = previous.called
        else:
            place = ("unknown", None)
    if carried and previous is not None:
        light = previous.light if light == "unknown" else light
        weather = previous.weather if weather == "unknown" else weather
        time = previous.time_of_day if time == "unknown" else time
    flooded = place[0] not in _WATER_PLACES and (
        any(_flooded(parsed, line) for line in event_lines)
        or (previous is not None and previous.flooded and (carried or place[1] is True))
    )
    return Setting(
        place=cast(PlaceKind, place[0]),
        concept=concept,
        words=words,
        called=called,
        indoor=place[1],
        light=cast(Light, light),
        weather=cast(Weather, weather),
        time_of_day=cast(TimeOfDay, time),
        carried=carried,
        flooded=flooded,
    )


def _arc_point(cues: list[tuple[str, float]], threat: bool, anxious: bool) -> tuple[float, float]:
    """Valence and arousal of one scene from the dreamer's cues (weighted by intensity)."""
    if not cues:
        if threat or anxious:
            return -0.4, 0.7
        return 0.0, 0.3
    total = sum(w for _, w in cues)
    valence = sum(EMOTION_AFFECT[n][0] * w for n, w in cues) / total
    arousal = sum(EMOTION_AFFECT[n][1] * w for n, w in cues) / total
    if threat and valence > -0.3:
        valence, arousal = (valence - 0.3), max(arousal, 0.6)
    return max(-1.0, min(1.0, valence)), max(0.0, min(1.0, arousal))


def _labels(points: list[tuple[float, float, bool]]) -> list[ArcLabel]:
    """calm / rising / peak / falling / resolution / neutral for each scene."""
    labels: list[ArcLabel] = []
    negatives = [i for i, (v, a, _) in enumerate(points) if v < -0.1]
    peak = max(negatives, key=lambda i: (points[i][1], -points[i][0])) if negatives else None
    for i, (v, a, said) in enumerate(points):
        if peak is not None and i == peak:
            labels.append("peak")
        elif peak is not None and i > peak and v > 0.1:
            labels.append("resolution")
        elif peak is not None and i > peak:
            labels.append("falling")
        elif v < -0.1:
            labels.append("rising")
        elif v > 0.1 or (said and a < 0.5):
            labels.append("calm")
        else:
            labels.append("neutral")
    return labels


# "he became my old teacher", "is just my old neighbour", "turned into a puppy", "wurde zu
# meinem Lehrer", "verwandelte sich in einen Hund", "ist nur mein alter Nachbar"
_BECOMES: Final = re.compile(
    r"\b(?:became|becomes|turn(?:ed|s)?\s+into|turn(?:ed|s)\s+out\s+to\s+be|(?:is|was|'s)\s+"
    r"(?:just|only|really|actually|simply)|wurde\s+zu|wird\s+zu|verwandelt\w*\s+sich\s+in|"
    r"(?:ist|war)\s+(?:nur|bloss|bloß|eigentlich|in\s+wirklichkeit))"
    r"(?:\s+(?:my|a|an|the|his|her|our|your|old|little|small|big|tiny|friendly|kind|nice|harmless|"
    r"mein\w*|ein\w*|der|die|das|den|dem|alte\w*|klein\w*|nett\w*|freundlich\w*|harmlos\w*)){0,3}$"
)


def _transformations(
    parsed: Parsed, char_occ: list[Occurrence], persons: dict[int, str]
) -> dict[str, int]:
    """Figures the dream turns into another: {the first's id: the token where it becomes the
    second}. The first is the nearest other figure named before, in that sentence or the one
    before it ("The man turns around and he is just my old neighbour")."""
    tokens = parsed.tokens
    out: dict[str, int] = {}
    for o in char_occ:
        cid = persons.get(o.first)
        if cid is None:
            continue
        sentence = tokens.sentence[o.first]
        lead = " ".join(
            tokens.lower[k]
            for k in range(max(0, o.first - 7), o.first)
            if tokens.sentence[k] == sentence
        )
        if not _BECOMES.search(lead):
            copula = _IS_A.search(lead)
            if copula is None or _kind(o.key) not in {"animal", "creature"}:
                continue  # "my sister was a nurse" describes her; "he was a wolf" is a wolf
            # "the conductor was a giant dog": the figure right before "was" is the other
            k = o.first - len(lead[copula.start() :].split()) - 1
            if k >= 0 and k in persons and persons[k] != cid:
                out.setdefault(persons[k], o.first)
            continue
        before = [
            p
            for p in persons
            if p < o.first and persons[p] != cid and sentence - 1 <= tokens.sentence[p] <= sentence
        ]
        if before:
            out.setdefault(persons[max(before)], o.first)
    return out


# "X was a Y": the figure X, seen as Y ("the conductor was a giant dog", "mein Bruder war ein
# Kleinkind"); only with X right before the verb.
_IS_A: Final = re.compile(r"\b(?:is|was|war|ist)\s+(?:a|an|ein|eine|einen)(?:\s+[^\s]+){0,2}$")
_PLAIN_FIGURES: Final = frozenset({"man", "woman", "person", "child", "stranger"})
_SIBLINGS: Final = frozenset({"sister", "brother", "cousin"})


_OWNER_DETERMINERS_DE: Final = frozenset(
    {"meinem", "meiner", "meinen", "dem", "der", "den", "unserem", "unserer", "seinem", "seiner",
     "ihrem", "ihrer", "deinem", "deiner"}
)  # fmt: skip


def _owners_only(parsed: Parsed, char_occ: list[Occurrence]) -> frozenset[int]:
    """Figures named only as the owner of a place or thing: "the roof of my grandmother's
    house", "my sister's wedding" (the grandmother is not there; the sister may be, and says
    so elsewhere). English possessives before a place, a setting or a thing; German "von"
    after one ("mit dem Auto von meinem Onkel", "im Garten von meiner Oma")."""
    tokens = parsed.tokens
    places = _places(parsed)
    settings = {o.first for o in parsed.occurrences if o.category in {"settings", "symbols"}}
    out: set[int] = set()
    if parsed.language == "de":
        places_said = {o.first for o in parsed.occurrences if o.category == "settings"}
        for o in char_occ:
            k = o.first - 1
            while k > 0 and tokens.folded[k] in _OWNER_DETERMINERS_DE:
                k -= 1
            if k < 1 or tokens.folded[k] != "von" or k == o.first - 1:
                continue
            owned = k - 1  # a place, not a thing: "ein Geschenk von meiner Schwester" is hers
            if places[owned] is not None or owned in places_said:
                out.add(o.first)
        return frozenset(out)
    for o in char_occ:
        k = o.last
        said = tokens.lower[k - 1]
        # "my grandmother's", "the neighbours'" (the apostrophe is not kept in the word)
        plural_owner = said.endswith("s") and parsed.text[
            tokens.end[k - 1] : tokens.end[k - 1] + 1
        ] in {"'", "’"}
        if not (said.endswith("'s") or plural_owner) or k >= len(tokens.lower):
            continue
        if tokens.clause[k] != tokens.clause[k - 1]:
            continue
        if places[k] is not None or k in settings or _object_at(parsed, k) is not None:
            out.add(o.first)
        elif plural_owner and _a_figure_at(parsed, k):
            out.add(o.first)  # "the neighbours' kids": the kids are there
    return frozenset(out)


def _also_called(
    parsed: Parsed,
    c: Character,
    o: Occurrence,
    name_at: dict[int, str],
    honoured: dict[int, tuple[str, str]],
) -> Character:
    """A figure with the name or role its apposition gives it: "my teacher" named "Frau
    Berger" is "my teacher Mrs Berger"; "Marco" called "my old friend" is "my old friend Marco"
    (a friend by kind, Marco by name)."""
    tokens = parsed.tokens
    if o.first in name_at:  # the role came first: add the name
        name = name_at[o.first]
        called = f"{honoured[o.first][0]} {name}" if o.first in honoured else name
        said = parsed.text[tokens.start[o.first - (o.first in honoured)] : tokens.end[o.first]]
        role = called if c.concept in _PLAIN_FIGURES else f"{c.role} {called}"  # "a man": Tom
        return c.model_copy(update={"name": name, "role": role, "words": f"{c.words}, {said}"})
    role, words = _role(parsed, o, None)  # the name came first: add the role
    if c.concept not in _PLAIN_FIGURES | {"person"}:  # "the driver Mrs Patel, my old teacher"
        return c.model_copy(update={"role": f"{c.role}, {role}", "words": f"{c.words}, {words}"})
    return c.model_copy(
        update={
            "concept": o.key,
            "kind": _kind(o.key),
            "role": f"{role} {c.role}",
            "words": f"{c.words}, {words}",
        }
    )


def _described(c: Character, apposition: str, concept: str) -> Character:
    """The figure with the describing words of its apposition ("a stern woman" -> stern)."""
    words = apposition.split()[1:]  # past the article
    adjectives = words[: words.index(concept)] if concept in words else []
    worn = words[words.index(concept) + 1 :] if concept in words else []  # "in a yellow raincoat"
    role = c.role.split()
    if not (adjectives or worn) or c.concept not in role:
        return c
    # right after the article: "the old bus driver", not "the bus old driver"
    at = 1 if role[0] in {"the", "a", "an", "my", "our", "his", "her", "their"} else 0
    described = [*role[:at], *adjectives, *role[at:], *worn]
    return c.model_copy(update={"role": " ".join(described)})


def _genders(
    parsed: Parsed,
    char_occ: list[Occurrence],
    persons: dict[int, str],
    concepts: dict[str, str],
    apposed: dict[int, tuple[int, Gender | None]],
) -> dict[str, Gender]:
    """Each figure's sex where the dream says it: its own word first ("Lehrerin"), then an
    apposition ("my boss, a tall woman"), then an English pronoun pointing back ("She ...")."""
    out: dict[str, Gender] = {}
    for o in char_occ:
        cid = persons.get(o.first)
        if cid is None or o.first in parsed.similes:
            continue
        said = apposed[o.first][1] if o.first in apposed else word_gender(parsed, o)
        if said is not None:
            out.setdefault(cid, said)
    for j in range(len(parsed.tokens.lower)):
        said = pronoun_gender(parsed, j)
        if said is None:
            continue
        target = _pronoun_target("she" if said == "female" else "he", j, persons, concepts)
        if target != "other":
            out.setdefault(target, said)
    return out


def plan_from(parsed: Parsed) -> ScenePlan:
    """The scene plan of one parsed dream."""
    tokens = parsed.tokens
    # Who is who: one id per concept or name, first appearance first.
    name_at = dict(parsed.names)
    persons: dict[int, str] = {}
    cast_by_id: dict[str, Character] = {}
    nouns = [o for o in parsed.occurrences if o.category == "characters"]
    # "my friend Lena", "Tante Erika": the noun and the name are one person.
    titled = {o.last: o for o in nouns if o.last in name_at}
    # "mein Nachbar Herr Krause", "my teacher Mrs Patel": the role and the titled name are one
    titled |= {
        o.last + 1: o
        for o in nouns
        if o.last + 1 in name_at
        and tokens.folded[o.last] in _HONORIFICS
        and tokens.clause[o.last - 1] == tokens.clause[o.last + 1]  # no comma between
    }
    char_occ: list[Occurrence] = [
        o for o in nouns if o.last not in name_at and o not in titled.values()
    ]
    honoured = {
        i: _HONORIFICS[tokens.folded[i - 1]]
        for i, _ in parsed.names
        if i > 0 and tokens.folded[i - 1] in _HONORIFICS
    }  # "Frau Berger", "Mrs. Patel": (English title, concept)
    char_occ += [
        Occurrence(
            "characters",
            titled[i].key
            if i in titled and (i not in honoured or titled[i].last < i)
            else honoured[i][1]
            if i in honoured
            else "person",
            i,
            i + 1,
            n,
        )
        for i, n in parsed.names
    ]
    char_occ.sort(key=lambda o: o.first)
    apposed = appositions(parsed, char_occ)  # "the teacher, a stern woman": one figure
    # "Mrs. Patel, my old chemistry teacher", "meine Lehrerin, Frau Berger": one figure too
    renamed = named_appositions(parsed, char_occ, frozenset(name_at))
    owners = _owners_only(parsed, char_occ)
    for o in char_occ:
        if o.first in parsed.similes or o.first in owners:
            continue
        if o.first in renamed and renamed[o.first] in persons:
            cid = persons[o.first] = persons[renamed[o.first]]
            if cid in cast_by_id:
                cast_by_id[cid] = _also_called(parsed, cast_by_id[cid], o, name_at, honoured)
            continue
        if o.first in apposed and apposed[o.first][0] in persons:
            cid = persons[o.first] = persons[apposed[o.first][0]]
            if cid in cast_by_id:  # "my boss, a tall woman": my tall boss
                told = _role(parsed, o, None)[0]
                noun = o.key if o.key in told.split() else tokens.lower[o.first]
                cast_by_id[cid] = _described(cast_by_id[cid], told, noun)
            continue
        name = name_at.get(o.first)
        cid = name.lower() if name else o.key
        persons[o.first] = cid
        if o.first in titled:
            persons[titled[o.first].first] = cid
        if cid not in cast_by_id and parsed.line_kind(o.first) == "event":
            if o.first in honoured:  # "Frau Berger" is Mrs Berger, not "woman Berger"
                title = tokens.original[o.first - 1].rstrip(".")
                role, words = f"{honoured[o.first][0]} {name}", f"{title} {name}"
                if o.first in titled and titled[o.first].last < o.first:  # "mein Nachbar Herr
                    # Krause": my neighbour Mr Krause (not "Frau" itself, the title)
                    titled_role, titled_words = _role(parsed, titled[o.first], None)
                    role = f"{titled_role.removeprefix('a ').removeprefix('an ')} {role}"
                    words = f"{titled_words} {words}"
            elif o.first in titled:
                role, words = _role(parsed, titled[o.first], None)
                role, words = (
                    f"{role.removeprefix('a ').removeprefix('an ')} {name}",
                    (f"{words} {name}"),
                )
            else:
                role, words = _role(parsed, o, name)
            if _next_door(parsed, o.last):  # "Mr Halvorsen from next door", "die von nebenan"
                role += " from next door"
            cast_by_id[cid] = Character(
                id=cid, concept=o.key, role=role, words=words, kind=_kind(o.key), name=name,
                action=None, emotions=[], size=_size(parsed, o),
            )  # fmt: skip

    concepts = {cid: c.concept for cid, c in cast_by_id.items()}
    for cid, gender in _genders(parsed, char_occ, persons, concepts, apposed).items():
        if cid in cast_by_id and cast_by_id[cid].kind == "person":
            cast_by_id[cid] = cast_by_id[cid].model_copy(update={"gender": gender})
    turned = _transformations(parsed, char_occ, persons)
    # A voice on the phone, someone waited for or left behind: named, not in the scene.
    concept_at = {o.first: o.key for o in char_occ}
    elsewhere = {  # (an animal called is called over, not on the phone)
        k: why
        for k, why in absent_figures(parsed, char_occ).items()
        if why != "call" or _kind(concept_at[k]) != "animal"
    }
    # Things turned into others or put away ("it turns into flowers", "lässt das Messer fallen")
    gone = gone_things(parsed)
    drafts = _group_scenes(parsed) if parsed.lines else []
    pending: list[dict[str, Any]] = []  # each scene's fields but its arc
    beats_all: list[Beat] = []
    points: list[tuple[float, float, bool]] = []
    previous: Setting | None = None
    for index, draft in enumerate(drafts):
        events = [line for line in draft.lines if line.kind == "event"]
        beats: list[Beat] = []
        main: tuple[int, str, str, Line, int] | None = None
        mine: tuple[int, str, str, Line, int] | None = None  # the dreamer's own, for a fallback
        dreamer_action: tuple[str, str] | None = None
        char_actions: dict[str, str] = {}
        chasers: list[str] = []
        postures: dict[str, str] = {}  # "dreamer" or a character id -> the last posture said
        shared_postures: dict[str, str] = {}  # "we sat ... with Tom": Tom sits too
        held: dict[str, str] = {}  # "dreamer" or a character id -> the concept held or given
        for line in draft.lines:
            if line.kind == "event":
                said_postures, shared = _line_postures(parsed, line, persons, concepts)
                postures.update(said_postures)
                shared_postures.update(shared)
            found = _line_action(parsed, line, persons, concepts) if line.kind == "event" else None
            action, agent, verb = (
                (found[0], found[1], tokens.original[found[2]]) if found else (None, None, None)
            )
            if agent == THING:
                agent = None  # "my teeth were falling out": not the dreamer, not a character
            if agent is not None and _only_elsewhere(
                parsed, line, agent, persons, elsewhere, action or ""
            ):
                # "Karen called me and was yelling": a voice, not a figure here; "I was waiting
                # for my sister, holding flowers": the sentence's "I" holds them
                agent = "dreamer" if _dreamer_opens(parsed, line) else None
            beat = Beat(
                index=line.index,
                kind=line.kind,
                span=_span(parsed, line.start, line.end),
                action=cast(_MaybeAction, action),
                agent=agent,
                verb=verb,
                unable=line.unable,
                distressing=_line_distressing(parsed, line, found),
            )
            beats.append(beat)
            if found is None:
                continue
            if agent not in (None, "other"):
                # what is held, even beside a more visible doing ("waving, holding a red kite")
                verbs = [found[2]] if found[0] in _HANDLING else []
                actions = parsed.vocab("action")
                verbs += [
                    k
                    for k in range(line.first, line.last)
                    if k != found[2] and actions[k] == "hold"
                ]
                for k in verbs:
                    thing = _held_thing(parsed, line, k)
                    if thing is not None:
                        held.setdefault(agent, thing)
                        break
            if found[3] is not None:
                char_actions.setdefault(found[3], "chase")
                chasers.append(found[3])
            if agent is None:
                continue  # a thing's doing is a beat, never the dreamer's or the scene's action
            if agent == "dreamer" and (
                dreamer_action is None
                or _VISIBILITY.get(found[0], 1) > _VISIBILITY.get(dreamer_action[0], 1)
            ):
                dreamer_action = (found[0], tokens.original[found[2]])
            elif agent is not None and agent not in ("dreamer", "other"):
                char_actions.setdefault(agent, found[0])
            score = _VISIBILITY.get(found[0], 1)
            if main is None or score > main[0]:
                main = (score, found[0], agent, line, found[2])
            if agent == "dreamer" and (mine is None or score > mine[0]):
                mine = (score, found[0], agent, line, found[2])
        beats_all.extend(beats)

        event_tokens = {i for line in events for i in range(line.first, line.last)}
        in_events = [o for o in parsed.occurrences if o.first in event_tokens]
        scene_cast: list[str] = []
        for o in char_occ:
            if o.first in event_tokens and o.first in persons and o.first not in elsewhere:
                cid = persons[o.first]
                if cid in cast_by_id and cid not in scene_cast:
                    scene_cast.append(cid)
        # A chaser named only by a pronoun here ("He chased me") is in the scene too.
        scene_cast += [c for c in dict.fromkeys(chasers) if c in cast_by_id and c not in scene_cast]
        # So is anyone acting here through a pronoun ("He sits down on a bench").
        scene_cast += [c for c in char_actions if c in cast_by_id and c not in scene_cast]
        scene_cast += [c for c in postures if c in cast_by_id and c not in scene_cast]
        # A figure the dream turned into another ("he is just my old neighbour", "er wurde zu
        # meinem Lehrer") is that other from then on: only the one it became is seen.
        last = max(event_tokens, default=-1)
        scene_cast = [c for c in scene_cast if not (c in turned and turned[c] <= last)]
        for cid, posture in shared_postures.items():
            if char_actions.get(cid) in _STILL_ACTIONS:  # not one who "came in" meanwhile
                postures.setdefault(cid, posture)
        # Emotions in this scene's event lines: the dreamer's, and each character's own.
        my_cues: list[tuple[str, float]] = []
        my_classes: list[HvdcClass] = []
        their: dict[str, list[str]] = {}
        for cue in parsed.cues:
            if cue.position not in event_tokens:
                continue
            if cue.experiencer == "dreamer":
                my_cues.append((cue.name, cue.intensity))
                coded_mine = coded_class(cue.name, cue.word)
                if coded_mine is not None:
                    my_classes.append(coded_mine)
                continue
            before = [
                p
                for p in persons
                if p < cue.position and tokens.sentence[p] == tokens.sentence[cue.position]
            ]
            owner = persons[max(before)] if before else (scene_cast[-1] if scene_cast else None)
            coded = coded_class(cue.name, cue.word)
            if owner is not None and coded is not None:
                their.setdefault(owner, []).append(coded)
        characters = [
            cast_by_id[cid].model_copy(
                update={
                    "action": char_actions.get(cid),
                    "emotions": list(dict.fromkeys(their.get(cid, []))),
                    "posture": postures.get(
                        cid, _POSTURE_OF_ACTION.get(char_actions.get(cid) or "")
                    ),
                }
            )
            for cid in scene_cast
        ]
        objects: list[Thing] = []
        seen_things: set[str] = set()
        for o in in_events:
            if o.category != "symbols" or o.first in parsed.similes or o.key in seen_things:
                continue
            if o.first in elsewhere or _denied_thing(parsed, o.first):  # "looking for my dog",
                # "without a pencil": not in view
                continue
            seen_things.add(o.key)
            said_at = [x for x in in_events if x.category == "symbols" and x.key == o.key]
            said = [x.word for x in said_at]
            described = [a for x in said_at for a in _adjectives(parsed, x.first)]
            objects.append(
                Thing(
                    concept=o.key, words=list(dict.fromkeys(said)), symbol=o.key in SYMBOLS,
                    adjectives=list(dict.fromkeys(described)),
                )
            )  # fmt: skip
        for line in events:
            for i in range(line.first, line.last):
                thing = _object_at(parsed, i)
                if not thing or i in parsed.similes or _describes_next(parsed, i):
                    continue
                if _denied_thing(parsed, i):
                    continue
                if parsed.language == "de" and _german_thing(parsed, i) is not None:
                    continue  # "Pfannkuchen" are pancakes, not a "Kuchen"
                if thing not in VEHICLES and _places(parsed)[i]:
                    continue  # a place word is no thing ("Küche" is no "Kuchen")
                if thing not in seen_things:
                    seen_things.add(thing)
                    objects.append(
                        Thing(
                            concept=thing, words=[tokens.lower[i]], symbol=thing in SYMBOLS,
                            adjectives=_adjectives(parsed, i),
                        )
                    )  # fmt: skip
        # "Pfannkuchen", "paper planes": things the noun table knows, in English
        for line in events:
            for i in range(line.first, line.last):
                english = (
                    _german_thing(parsed, i)
                    if parsed.language == "de"
                    else _english_thing(parsed, line, i)
                )
                if (
                    english is not None
                    and english not in seen_things
                    and not _denied_thing(parsed, i)
                ):
                    seen_things.add(english)
                    objects.append(
                        Thing(
                            concept=english, words=[tokens.lower[i]], symbol=False,
                            adjectives=_adjectives(parsed, i),
                        )
                    )  # fmt: skip
        if "dreamer" not in held and any(
            elsewhere.get(o.first) == "call" for o in char_occ if o.first in event_tokens
        ):  # "Mom called": the dreamer on the phone
            held["dreamer"] = "phone"
            if all(o.concept != "phone" for o in objects):
                objects.append(Thing(concept="phone", words=[], symbol=False))
        # What the dream turned or put away by this scene's end is not in view, nor held, nor
        # said with a figure ("a man with a knife"); nor a figure turned into another.
        away = {k for k, at in gone.items() if at <= last}
        away |= {
            cast_by_id[c].concept for c, at in turned.items() if at <= last and c in cast_by_id
        }
        objects = [o for o in objects if o.concept not in away]
        things = {o.concept: o for o in objects}
        characters = [
            c.model_copy(
                update={
                    "holds": things.get(held.get(c.id, "")),
                    "role": _without(c.role, away),
                }
            )
            for c in characters
        ]
        setting = _setting(parsed, draft, previous, events)
        if setting.weather == "clear":  # "es hört auf zu regnen": no rain drawn
            objects = [o for o in objects if o.concept not in {"rain", "storm"}]
        if not setting.carried:
            described = [a for i in draft.place_at for a in _adjectives(parsed, i)]
            setting = setting.model_copy(update={"adjectives": list(dict.fromkeys(described))})
        elif previous is not None:
            setting = setting.model_copy(update={"adjectives": previous.adjectives})
        if setting.place == "swimming_pool" and _DRAINED.search(
            " ".join(parsed.text[line.start : line.end] for line in draft.lines).lower()
        ):  # "Im Schwimmbad war kein Wasser", "the pool was empty": drawn with no water
            if "empty" not in setting.adjectives:
                setting = setting.model_copy(update={"adjectives": ["empty", *setting.adjectives]})
            objects = [o for o in objects if o.concept != "water"]
        vehicle = _vehicle(
            parsed,
            events,
            setting.place,
            dreamer_action[0] if dreamer_action else None,
            setting.flooded,
        )
        if vehicle is not None:
            concept, at = vehicle
            said_vehicle = next((o for o in objects if o.concept == concept), None)
            if said_vehicle is not None:  # with the word it was called here ("a cab")
                called = list(dict.fromkeys([*said_vehicle.words, tokens.lower[at]]))
                said_vehicle = said_vehicle.model_copy(update={"words": called})
            setting = setting.model_copy(
                update={
                    "vehicle": said_vehicle
                    or Thing(
                        concept=concept, words=[tokens.lower[at]], symbol=concept in SYMBOLS,
                        adjectives=_adjectives(parsed, at),
                    )
                }
            )  # fmt: skip
        previous = setting
        said_here = " ".join(parsed.text[line.start : line.end] for line in events)
        wears = dreamer_wears(fold(said_here, parsed.language), parsed.language)
        if wears is not None:  # the dreamer's pyjamas are worn, not lying about the scene
            objects = [o for o in objects if o.concept not in WORN_OBJECTS]
        classes = list(dict.fromkeys(my_classes))
        acting = any(c.action in THREAT_ACTIONS for c in characters)
        present = any(c.concept in THREATS for c in characters)
        anxious = bool(dreamer_action and dreamer_action[0] in FEAR_ACTIONS)
        valence, arousal = _arc_point(my_cues, acting or present, anxious)
        # A threatening figure that no longer acts, with the dreamer at ease, is no threat.
        threat = acting or (present and valence <= 0.1)
        points.append((valence, arousal, bool(my_cues)))
        distressing = bool(set(classes) & {"apprehension", "anger", "sadness"}) or threat or anxious
        if main is not None and main[2] == "other" and not scene_cast:
            # "it flew away" with no person in the scene (a heron, a thing): not the dreamer's
            main = mine
        if main is None:
            action, agent, span = "stand", "dreamer", None
        else:
            _, action, agent, line, _ = main
            agent = agent if agent != "other" else scene_cast[0]
            span = _span(parsed, line.start, line.end)
        # The scene waits for its arc label, known once every scene's point is.
        pending.append(
            dict(
                index=index,
                setting=setting,
                dreamer=Dreamer(
                    present=True,
                    action=cast(_MaybeAction, dreamer_action[0] if dreamer_action else None),
                    verb=dreamer_action[1] if dreamer_action else None,
                    emotions=classes,
                    feelings=list(dict.fromkeys(n for n, _ in my_cues)),
                    holds=things.get(held.get("dreamer", "")),
                    wears=wears,
                    posture=cast(
                        Posture | None,
                        postures.get(
                            "dreamer",
                            _POSTURE_OF_ACTION.get(dreamer_action[0] if dreamer_action else ""),
                        ),
                    ),
                ),
                characters=characters,
                objects=objects,
                action=cast(Action, action),
                action_agent=agent,
                action_span=span,
                beats=beats,
                text=said_here,
                distressing=distressing,
            )
        )
    labels = _labels(points)
    scenes = [
        Scene(
            **fields,
            arc=ArcPoint(valence=round(valence, 3), arousal=round(arousal, 3), label=label),
        )
        for fields, (valence, arousal, _), label in zip(pending, points, labels, strict=True)
    ]
    return ScenePlan(
        language=parsed.language,
        scenes=scenes,
        cast=list(cast_by_id.values()),
        lines=beats_all,
        arc=labels,
        ending=_ending(scenes, beats_all),
        distressing=False,
    )


def _only_elsewhere(
    parsed: Parsed,
    line: Line,
    agent: str,
    persons: dict[int, str],
    elsewhere: Mapping[int, str],
    action: str,
) -> bool:
    """Whether the figure `agent` is named in this line only where the text puts it elsewhere
    (on the phone, waited for): its doing here is heard, not seen."""
    said = [p for p, cid in persons.items() if cid == agent and line.first <= p < line.last]
    if not said:  # a pronoun: the figure's last mention decides, in the same sentence, or
        # for a caller's words ("She kept telling me which gate") in the next ones too
        before = [p for p, cid in persons.items() if cid == agent and p < line.first]
        sentence = parsed.tokens.sentence
        last = max(before, default=-1)
        if before and (
            sentence[last] == sentence[line.first]
            or (elsewhere.get(last) == "call" and action in _SPOKEN)
        ):
            said = [last]
    return bool(said) and all(p in elsewhere for p in said)


def _ending(scenes: list[Scene], beats: list[Beat]) -> Ending:
    """How the dream leaves the dreamer: safe, threat, woke (from distress) or neutral."""
    eventful = [s for s in scenes if any(b.kind == "event" for b in s.beats)]
    if not eventful:
        return "neutral"
    last = eventful[-1]
    woke = bool(beats) and beats[-1].kind == "waking"
    final = [b for b in last.beats if b.kind == "event"][-1:]
    final_threat = bool(final) and final[0].action in THREAT_ACTIONS | FEAR_ACTIONS
    if last.arc.valence > 0.1 and "apprehension" not in last.dreamer.emotions and not final_threat:
        return "safe"
    if last.distressing:
        return "woke" if woke else "threat"
    return "neutral"


def plan_scenes(text: str, language: str | None = None) -> ScenePlan:
    """The dream as ordered scenes (deterministic, offline; English and German)."""
    from dreamjournal.analysis.features import analyze

    plan = analyze(text, language).scene_plan
    assert plan is not None  # analyze always plans
    return plan
