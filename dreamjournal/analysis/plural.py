"""Figures said in the plural: "all my colleagues clapped", "die Nachbarskinder", "the kids".

The scene plan keeps one `Character` for the word; its role says the group ("a group of
colleagues") so the prompt does not shrink a clapping office to one colleague. Read from the
written form only: an English plural ending or irregular plural, a German plural form (or one
that is plural only after "die", "alle", "meine", a number ...).
"""

from __future__ import annotations

from typing import Final

from dreamjournal.analysis.parse import Occurrence, Parsed

_IRREGULAR_EN: Final = frozenset(
    {"children", "men", "women", "people", "ladies", "mice", "wolves", "babies", "kids",
     "grandchildren", "firemen", "folks", "guys", "geese", "police", "policemen", "policewomen"}
)  # fmt: skip
# German forms that are plural whatever stands before them (a compound ends with one:
# "Nachbarskinder", "Schulfreunde").
_PLURAL_DE: Final = (
    "kinder", "brueder", "babys", "freunde", "freundinnen", "maenner", "frauen", "aerzte",
    "geister", "gespenster", "hunde", "katzen", "schlangen", "woelfe", "voegel", "pferde",
    "fische", "haie", "wale", "ratten", "maeuse", "insekten", "bienen", "ameisen", "gaeste",
    "passagiere", "leute", "hexen", "innen", "kerle",
)  # fmt: skip
# Forms that are plural only after a plural word ("die Kollegen", not "den Kollegen"; "alle
# Lehrer", not "der Lehrer").
_PLURAL_BEFORE_DE: Final = frozenset(
    {"die", "alle", "viele", "manche", "einige", "mehrere", "ganzen", "paar", "meine",
     "deine", "seine", "ihre", "unsere", "eure", "keine", "beiden", "beide", "lauter",
     "andere", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "zehn", "hundert",
     "tausend", "dutzende", "vielen", "allen"}
)  # fmt: skip
_WEAK_OR_SAME_DE: Final = ("en", "er", "n")
# Concepts whose German singular ends like a plural ("die Schwester", "die Mutter").
_FEMININE_ER: Final = frozenset(
    {"mother", "sister", "daughter", "grandmother", "aunt", "woman", "witch", "snake", "cat",
     "rat", "insect", "spider"}
)  # fmt: skip
_GROUP_WORDS: Final = frozenset({"crowd", "crowds", "audience", "police", "polizei", "publikum"})
_IRREGULAR_PLURAL: Final = {
    "child": "children", "man": "men", "woman": "women", "person": "people", "wolf": "wolves",
    "rat": "rats", "fish": "fish", "mouse": "mice", "baby": "babies", "stranger": "strangers",
    "police": "police officers", "ex-partner": "ex-partners", "roommate": "roommates",
}  # fmt: skip


def said_plural(parsed: Parsed, o: Occurrence) -> bool:
    """Whether a figure's word is a plural ("the kids", "alle Kollegen", "Nachbarskinder")."""
    tokens = parsed.tokens
    word = tokens.folded[o.last - 1]
    if word in _GROUP_WORDS:
        return False  # already a group: "the police", "a crowd"
    if parsed.language == "en":
        if word in _IRREGULAR_EN:
            return True
        return word.endswith("s") and not word.endswith(("ss", "'s")) and word != o.key
    if word.endswith(_PLURAL_DE):
        return True
    before = tokens.folded[max(0, o.first - 2) : o.first]
    return (
        word.endswith(_WEAK_OR_SAME_DE)
        and o.key not in _FEMININE_ER
        and not word.endswith("in")
        and any(w in _PLURAL_BEFORE_DE for w in before)
    )


def english_plural(concept: str) -> str:
    """ "colleague" -> "colleagues", "child" -> "children", "waitress" -> "waitresses"."""
    if concept in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[concept]
    if concept.endswith(("s", "sh", "ch", "x")):
        return concept + "es"
    if concept.endswith("y") and concept[-2:-1] not in "aeiou":
        return concept[:-1] + "ies"
    return concept + "s"
