"""Whose dream it is when someone else's is written down ("Noah (age 7) told me this one on the
way to school", "Aufgeschrieben von Mama, Mia ist 5"): the teller is the dreamer.

A parent writing down a child's dream, or a partner a partner's, opens with the teller's name
and age and a word of telling. In such a report the teller's name and the pronoun the report
uses for them ("He said he was really scared", "Paul hatte ganz doll Angst") are the dreamer's;
everyone else stays another character ("Owen started crying"). Without such an opening nothing
changes: "Jenny (29) was at the party" tells no dream.
"""

from __future__ import annotations

import re
from typing import Final

from dreamjournal.analysis.models import Language

_NAME_AGE: Final = re.compile(
    r"\b(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\s*(?:\(\s*(?:age\s*|aged\s*)?\d{1,2}\s*(?:years?(?:\s+old)?|"
    r"yrs?|jahre?)?\s*\)|,\s*(?:age\s*)?\d{1,2}\s*(?:,|\.(?=\s*\))|\))|\s+ist\s+\d{1,2}\b|\s+is\s+\d{1,2}\b)"
    # round 28: "(Typed up by his mum, he's 8, told at breakfast.)": a pronoun and an age
    r"|\b(?P<pronoun>he|she|er|sie)(?:'s|\s+is|\s+ist)\s+\d{1,2}\b"
)
_TELLING: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:told|tells|telling)\s+(?:me|us)\b|\b(?:wrote|writing|write)\s+(?:it|this)\s+down\b"
        r"|\bwritten\s+down\b|\bwritten\s+by\b|\bdictated\b|\btranscrib\w*"
        # round 28: "(Her dad typing. Evie, 10.)", "(Grandma writing this for Poppy, 8.)"
        r"|\btyp(?:ing|ed)\s+(?:(?:this|it)\s+)?(?:up|for)\b|\b(?:mum|mom|dad|mama|papa|grandma|granny|nan|gran)\s+typ(?:ing|ed)\b"
        r"|\bwriting\s+(?:this|it)\s+(?:down\s+)?for\b"
        r"|\bin\s+(?:his|her|their)\s+(?:own\s+)?words\b|\bhad\s+(?:a|another|this)\s+(?:\w+\s+)?"
        r"(?:dream|nightmare)\b"
    ),
    "de": re.compile(
        r"\berzählt\b|\berzählte\b|\baufgeschrieben\b|\bnotiert\b|\bdiktiert\b"
        r"|\b(?:abgetippt|getippt|tippt|tippe)\b"  # "(Mama tippt, Ben ist 10.)" (round 28)
        r"|\bhat\s+(?:\w+\s+){0,3}geträumt\b|\bhatte\s+(?:einen\s+)?(?:\w+\s+)?(?:albtraum|alptraum|"
        r"traum)\b|\bin\s+(?:seinen|ihren)\s+(?:eigenen\s+)?worten\b"
    ),
}
# The pronoun the report uses for the teller: the one that says or tells ("He said there was a
# monster", "Noah said he was really cross", "Sie hat alles ganz ruhig erzählt"); in German also
# the one opening the sentence after the frame ("Paul (6) hat mir das erzählt. Er war im ...").
_PRONOUN: Final[dict[Language, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(he|she)\s+(?:said|says|told|tells|thought|explained|insisted)\b|\b(?:said|says)\s+(he|she)\b"
        # round 28: the first word after the frame ("(Written down by her mum. Grace, 11.) She
        # had a pony")
        r"|^\W*(he|she)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(er|sie)\s+(?:sagte|sagt|meinte|meint|erzählte|hat\s+(?:\w+\s+){0,4}(?:erzählt|"
        r"gesagt|gemeint))\b|^[^.!?]*[.!?:]\s+(er|sie)\s+(?:war|hatte|ist|hat)\b"
        r"|\berzählt,\s+(er|sie)\s+(?:sei|habe|hätte|wäre)\b",
        re.IGNORECASE,
    ),
}
_OPENING: Final = 240  # characters: the frame stands in the first sentence or two


def _frame(text: str, language: Language) -> re.Match[str] | None:
    """The teller's name and age in the opening of a dream someone else wrote down, when the
    opening also says it was told or written down; None for a dream told in the first person."""
    opening = text[:_OPENING]
    found = _NAME_AGE.search(opening)
    told = _TELLING[language].search(opening.lower())  # "Written down by her mum" (round 28)
    return found if found is not None and told else None


def frame_end(text: str, language: Language) -> int:
    """Where the opening sentence holding a teller's frame ends (-1 without one): a waking told
    there ("Noah (7) woke up crying and this is what he told me") frames the dream told after."""
    found = _frame(text, language)
    if found is None:
        return -1
    stop = re.search(r"[.!?:]\s", text[found.end() :])
    return found.end() + (stop.start() + 1 if stop else len(text) - found.end())


def teller_words(text: str, language: Language) -> frozenset[str]:
    """The lower-case words that name the dreamer in a dream someone else told (the teller's
    name and pronoun); empty for a dream told in the first person."""
    found = _frame(text, language)
    if found is None:
        return frozenset()
    words = {(found.group("name") or found.group("pronoun")).lower()}
    pronoun = _PRONOUN[language].search(text[found.end() :])
    if pronoun is not None:
        words.add(next(g for g in pronoun.groups() if g).lower())
    return frozenset(words)


_CHILDHOOD: Final = 13  # younger than this, the teller is drawn as a child


def told_by_a_child(text: str, language: Language) -> int | None:
    """The teller's age when a child told this dream ("Noah (age 7) told me", "Mia ist 5":
    younger than 13), else None."""
    found = _frame(text, language)
    digits = re.search(r"\d{1,2}", found.group(0)) if found is not None else None
    age = int(digits.group()) if digits else None
    return age if age is not None and age < _CHILDHOOD else None
