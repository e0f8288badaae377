"""English words for the prompt beyond the fixed vocabularies: things named, the dreamer's look.

- `english_things`: article + (adjective) + noun phrases an English dream names ("an old
  lighthouse", "a silver fox"), never a verb or a sentence of the person's.
- `english_look`: a German self-description carried into English word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from dreamjournal.analysis.lexicon import load_lexicon
from dreamjournal.analysis.vocab import english_nouns, vocab_table

_ADJECTIVES = frozenset(
    {"old", "big", "small", "little", "huge", "tiny", "long", "dark", "bright", "red", "blue",
     "green", "white", "black", "golden", "silver", "empty", "wooden", "glass", "broken",
     "giant", "strange", "full", "warm", "cold", "tall", "sleepy", "wild", "shiny", "quiet",
     "grey", "gray", "yellow", "purple", "pink", "orange", "brown", "young", "ancient",
     "abandoned", "endless", "narrow", "wide", "deep", "frozen", "burning", "floating",
     "crystal", "stone", "paper", "calm", "still", "peaceful", "gentle", "soft", "misty",
     "foggy", "sunny", "beautiful", "lonely", "silent", "safe", "cosy", "cozy", "bare", "clear",
     "shallow", "steep", "heavy", "smooth", "rough", "pale", "faint", "rusty", "metal", "iron",
     "plastic", "leather", "brick", "marble", "violet", "turquoise", "new",
     "large", "enormous", "massive", "gigantic"}
)  # fmt: skip
_EN_THING = re.compile(
    r"\b(?:a|an|the)\s+((?:(?:" + "|".join(sorted(_ADJECTIVES)) + r")\s+){0,3})([a-z]{3,})\b"
)
_MASS = frozenset(
    {"grass", "sand", "water", "snow", "rain", "smoke", "fog", "mud", "ice", "coffee", "tea",
     "food", "bread", "milk", "hair", "furniture", "luggage", "traffic", "music", "dust"}
)  # fmt: skip
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_SIMILE_BEFORE = re.compile(r"\b(?:like|as\s+if|as\s+though|as)\s+$")
# Endings of English describing words ("mossy", "peaceful", "glorious"); a noun before a noun
# ("the lighthouse stairs") is still a thing.
_DESCRIBING_ENDINGS: Final = ("y", "ful", "ous", "ive", "ic", "ish", "less", "al")
_NOT_THINGS = frozenset(
    {"time", "same", "other", "rest", "moment", "middle", "side", "inside", "outside", "front",
     "back", "first", "last", "whole", "thing", "things", "kind", "sort", "way", "bottom",
     "start", "beginning", "dream", "feeling", "sound", "noise", "place", "area", "edge",
     "next", "door", "room", "most", "half", "only", "while", "point", "part", "idea", "reason",
     "exam", "test", "wedding", "meeting", "lesson", "somehow", "hour", "minute", "second",
     "day", "week", "year", "lot", "bit", "couple", "few", "ago", "end", "top", "one",
     "bunch", "pile", "heap", "handful", "load", "loads", "lots", "pair", "group",
     "two", "three", "others", "people", "everyone", "anyone", "someone", "nothing", "night",
     "evening", "morning", "afternoon", "dark", "darkness", "air", "hand", "hands",
     "head", "face", "eyes", "floor", "ground", "wind", "weather", "world",
     # heard, felt or thought, not seen: no shot can hold them
     "song", "songs", "music", "tune", "melody", "voice", "smell", "trip", "journey", "holiday",
     "presentation", "question", "questions", "answer", "chemistry", "maths", "math", "physics",
     "history", "biology", "right", "left", "single", "far", "story", "name", "number", "word",
     "words", "language", "silence", "truth", "problem", "plan", "news", "game", "shift",
     # figures: a shot shows them as figures, never as things in view
     "girl", "girls", "boy", "boys", "guy", "guys", "lady", "ladies", "man", "men", "woman",
     "women", "kid", "kids", "child", "children", "person", "stranger", "baby", "crowd",
     "captain", "pilot", "king", "queen", "soldier", "chef", "singer", "drummer", "guard"}
)  # fmt: skip


# Words after a noun that are no second noun of a compound ("the bus kept going").
_NO_HEAD: Final = frozenset(
    {"was", "were", "is", "are", "be", "been", "had", "has", "have", "kept", "got", "went",
     "came", "began", "stood", "sat", "lay", "ran", "fell", "took", "gave", "said", "made",
     "felt", "grew", "flew", "and", "or", "but", "of", "in", "on", "at", "to", "with", "from",
     "by", "for", "that", "which", "who", "as", "like", "than", "so", "then", "when", "while",
     "where", "there", "here", "again", "too", "very", "just", "still", "all", "would",
     "could", "should", "will", "can", "did", "does", "do", "not", "never", "into", "onto",
     "over", "under", "behind", "through", "across", "around", "up", "down", "out", "off",
     "away", "back", "slowly", "suddenly", "i", "he", "she", "it", "we", "they", "me", "him",
     "her", "us", "them", "my", "his", "its", "our", "their", "your", "you", "glowed",
     "opened", "closed", "started", "stopped", "gone", "didn", "doesn", "wasn", "weren",
     "couldn", "wouldn", "isn", "aren", "hadn", "haven", "because", "along", "about", "even",
     "each", "every", "both", "only", "also", "now", "soon", "later", "once", "twice"}
)  # fmt: skip


def _noun_after(word: str) -> bool:
    """Whether `word` reads as the second noun of a compound ("light" in "the strip light")."""
    return (
        len(word) > 2
        and word not in _NO_HEAD
        and word not in _stopwords()
        and word not in vocab_table("action", "en")
        and not word.endswith(("ed", "ing", "ly", "s'"))
        and word not in _ADJECTIVES
    )


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """The English lexicon's function words."""
    return frozenset(load_lexicon("en").stopwords)


def english_things(text: str, known: set[str], places: frozenset[str] = frozenset()) -> list[str]:
    """Concrete things an English dream names beyond the vocabularies ("an old lighthouse").

    Only article + (adjective) + noun phrases, so no verb, pronoun or sentence of the person's
    ever becomes shot text; `known` concepts and words (places, figures, symbols) are skipped.
    """
    out: list[str] = []
    lower = text.lower()
    for match in _EN_THING.finditer(lower):
        adjective, noun = " ".join(match.group(1).split()), match.group(2)
        if _SIMILE_BEFORE.search(lower, 0, match.start()):
            continue  # "huge, like a cathedral", "laughed like a donkey": a comparison
        if noun in _NOT_THINGS or noun in _ADJECTIVES or noun.endswith(("ly", "ing", "ed")):
            continue
        after = _NEXT_WORD.match(lower, match.end())
        if (
            after
            and noun.endswith(_DESCRIBING_ENDINGS)
            and (after.group(1) in known or after.group(1) in places)
        ):
            continue  # "a mossy lake": a describing word of a thing named by its concept
        if noun in known and (not adjective or noun in places):
            continue  # already named by its concept (or it is the place itself)
        head = after.group(1) if after else ""
        if noun not in english_nouns() and _noun_after(head):
            noun = f"{noun} {head}"  # "the strip light", "the overhead signs": not "a strip"
        phrase = f"{adjective} {noun}".strip()
        article = "an" if phrase[:1] in "aeiou" or phrase.startswith("hour") else "a"
        if noun in _MASS or (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))):
            article = ""  # "the ducks" -> "ducks", "the grass" -> "grass"
        named = f"{article} {phrase}".strip()
        if named not in out:
            out.append(named)
    return out


# German words for how a person looks -> English, for a self-description ("the cameo").
_LOOK_DE: Final[dict[str, str]] = {
    "ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a", "mit": "with",
    "und": "and", "in": "in", "im": "in a", "oder": "or", "ohne": "without",
    "frau": "woman", "mann": "man", "person": "person", "mensch": "person", "kind": "child",
    "mädchen": "girl", "junge": "boy", "haar": "hair", "haare": "hair", "locken": "curls",
    "bart": "beard", "brille": "glasses", "augen": "eyes", "sommersprossen": "freckles",
    "zopf": "braid", "pferdeschwanz": "ponytail", "glatze": "shaved head", "rot": "red",
    "blond": "blond", "braun": "brown", "schwarz": "black", "grau": "grey", "weiß": "white",
    "blau": "blue", "grün": "green", "gelb": "yellow", "dunkel": "dark", "hell": "light",
    "lang": "long", "kurz": "short", "lockig": "curly", "glatt": "straight", "wellig": "wavy",
    "groß": "tall", "klein": "short", "schlank": "slim", "kräftig": "broad", "alt": "older",
    "jung": "young", "mittelalt": "middle-aged", "mantel": "coat", "jacke": "jacket",
    "kleid": "dress", "pullover": "sweater", "pulli": "sweater", "hose": "trousers",
    "jeans": "jeans", "hemd": "shirt", "mütze": "beanie", "hut": "hat", "schal": "scarf",
    "regenjacke": "raincoat", "stiefel": "boots", "turnschuhe": "sneakers", "rock": "skirt",
    "jahre": "years", "jahren": "years", "etwa": "about", "ungefähr": "about", "mitte": "mid",
    "um": "about", "mittelgroß": "of medium height", "dunkl": "dark", "dreißig": "thirty",
    "vierzig": "forty", "zwanzig": "twenty", "fünfzig": "fifty",
}  # fmt: skip
_DE_ENDINGS: Final = ("en", "em", "er", "es", "e")


def english_look(text: str) -> str:
    """A German self-description in English, word by word over `_LOOK_DE` (unknown words dropped).

    "groß, mit langen roten Haaren und einer Brille" -> "tall, with long red hair and a glasses"
    is avoided: plural-only nouns take no article.
    """
    out: list[str] = []
    for raw in re.findall(r"[\wäöüß-]+|,", text.lower()):
        if raw == ",":
            if out and out[-1] != ",":
                out.append(",")
            continue
        word = _LOOK_DE.get(raw)
        if word is None:
            for ending in _DE_ENDINGS:
                if raw.endswith(ending) and raw[: -len(ending)] in _LOOK_DE:
                    word = _LOOK_DE[raw[: -len(ending)]]
                    break
        if word is None and raw.isdigit():
            word = raw
        if word is None:
            continue
        if (
            out
            and out[-1] == "a"
            and word
            in {
                "glasses",
                "jeans",
                "boots",
                "sneakers",
                "curls",
                "freckles",
                "trousers",
                "hair",
                "eyes",
            }
        ):
            out.pop()
        out.append(word)
    text = " ".join(out).replace(" ,", ",").strip(" ,")
    text = re.sub(r"\b(and|with|a|in|or)\s*$", "", text).strip(" ,")
    return text


def is_german_look(text: str) -> bool:
    """Whether a self-description is German: umlauts, ß, or mostly German look words."""
    tokens = re.findall(r"[\wäöüß-]+", text.lower())
    if not tokens:
        return False
    if re.search(r"[äöüß]", text.lower()):
        return True
    english = {"a", "with", "and", "in", "or", "person", "blond", "jeans", "hat", "rock"}
    german = 0
    for raw in tokens:
        stems = [raw] + [raw[: -len(e)] for e in _DE_ENDINGS if raw.endswith(e)]
        if any(s in _LOOK_DE for s in stems) and raw not in english:
            german += 1
    return german >= max(1, len(tokens) // 2)
