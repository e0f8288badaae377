"""Text plumbing for analysis: normalisation, tokens with clause marks, language guess, endings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from dreamjournal.analysis.lexicon import LANGUAGES, Lexicon, fold, load_lexicon
from dreamjournal.analysis.models import Language

# Invisible format characters (zero-width, bidi controls, soft hyphen, BOM) vanish; other control
# characters such as NUL become spaces so they can neither glue nor split words.
_INVISIBLE: Final = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# (a character class, not str.translate: a table is slow on any text that is not ASCII)
_APOSTROPHES: Final = re.compile("[\u2019\u2018\u02bc\u00b4]")

_TOKEN: Final = re.compile(
    r"(?P<word>[^\W_]+(?:['\-][^\W_]+)*)"  # words, with inner apostrophes and hyphens
    r"|(?P<sentence>[.!?\u2026\n]+)"  # sentence ends (a new line counts as one)
    r"|(?P<clause>[,;:()\"\u201c\u201d\u201e\u00ab\u00bb]|\s[-\u2013\u2014]\s)"
)
_KINDS: Final = ("", "word", "sentence", "clause")  # by group number in _TOKEN (cheaper than names)
_GERMAN_LETTERS: Final = re.compile("[äöüß]")
_GERMAN_ENDINGS: Final = ("nen", "ern", "en", "er", "es", "em", "e", "n", "s")


def normalize(text: str) -> str:
    """NFC-normalise, unify apostrophes, drop invisible characters, blank out control characters."""
    text = _APOSTROPHES.sub("'", unicodedata.normalize("NFC", text))
    return _CONTROL.sub(" ", _INVISIBLE.sub("", text))


@dataclass(slots=True)
class Tokens:
    """Words of a text with their original spelling and clause/sentence position."""

    lower: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)
    sentence_start: list[bool] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)  # lower-cased, umlauts and ß spelled out
    start: list[int] = field(default_factory=list)  # character offsets in the normalised text
    end: list[int] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)  # sentence number of each word


Piece = tuple[str, str, int, int]  # (kind, text, start, end) in the normalised text


# A full stop that ends no sentence: after a title ("Mrs. Patel", "Dr. Weber") or a German
# ordinal ("in der 10. Klasse", "am 3. Mai").
_TITLE_ABBREVIATIONS: Final = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "hr", "fr"})
# German short forms written in notes, never a sentence's last word: "u." (und), "bzw.", "evtl."
_SHORT_FORMS: Final = frozenset({"u", "bzw", "evtl", "ggf", "vllt", "inkl", "usw", "zb", "ca"})
_INITIAL_AFTER: Final = frozenset(
    {"herr", "frau", "mr", "mrs", "ms", "dr", "miss", "mister", "onkel", "tante", "fräulein"}
)
_BEFORE_ORDINAL: Final = frozenset(
    {"der", "die", "das", "dem", "den", "am", "im", "zum", "zur", "vom", "bis", "ab", "seit", "in"}
)


def scan(text: str) -> list[Piece]:
    """Split normalised text into (kind, text, start, end): word, sentence or clause marks."""
    pieces = [(_KINDS[m.lastindex or 3], m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return [p for k, p in enumerate(pieces) if not _abbreviation_stop(pieces, k)]


def _abbreviation_stop(pieces: list[Piece], k: int) -> bool:
    """Whether piece k is a lone full stop after a title or a German ordinal, before more of
    the same sentence (a lower-case word, a name or a noun)."""
    kind, mark, _, _ = pieces[k]
    if kind != "sentence" or mark != "." or k == 0 or k + 1 >= len(pieces):
        return False
    before, after = pieces[k - 1], pieces[k + 1]
    if before[0] != "word" or after[0] != "word" or before[3] != pieces[k][2]:
        return False  # "Mrs." is written without a space before its stop
    word = before[1]
    if word.lower() in _TITLE_ABBREVIATIONS and word[:1].isupper() and after[1][:1].isupper():
        return True  # "Mrs. Patel", "Dr. Weber"
    if word in _SHORT_FORMS:
        return True  # "Tränen liefen u. ich hab nur gestrahlt" (round 28: notes)
    if len(word) == 1 and word.isupper() and k > 1 and pieces[k - 2][1].lower() in _INITIAL_AFTER:
        return True  # "Herr K. hat geweint", "Mr B. was cross": an initial (round 29)
    return (
        word.isdigit()
        and len(word) <= 2
        and k > 1
        and pieces[k - 2][0] == "word"
        and pieces[k - 2][1].lower() in _BEFORE_ORDINAL
    )


_DRAWN_OUT_SO: Final = re.compile(r"so{3,}")


# German "aber" inside a clause, after its pronoun and before a negation, is a particle, not a
# new clause ("Ausgeschlossen hab ich mich aber nicht gefühlt", round 52)
_PRONOUNS_BEFORE_ABER: Final = frozenset({"ich", "mich", "mir", "er", "sie", "es", "wir", "uns"})
_NEGATION_AFTER_ABER: Final = frozenset(
    {"nicht", "gar", "kein", "keine", "nie", "überhaupt", "ueberhaupt", "nich", "net"}
)


def _a_particle(low: str, tokens: Tokens, pieces: list[Piece], index: int) -> bool:
    """Whether a German "aber" is the particle of its clause (see above)."""
    if low != "aber" or not tokens.lower or tokens.lower[-1] not in _PRONOUNS_BEFORE_ABER:
        return False
    if index + 1 >= len(pieces):
        return False
    kind, word, _, _ = pieces[index + 1]
    return kind == "word" and word.lower() in _NEGATION_AFTER_ABER


def build_tokens(pieces: list[Piece], lexicon: Lexicon) -> Tokens:
    """Number clauses so negation and phrases never reach across punctuation or 'but'/'aber'."""
    tokens = Tokens()
    clause = 0
    sentence = 0
    at_start = True
    folds: dict[str, str] = {}  # this call's words, each folded once
    language = lexicon.language
    for index, (kind, piece, start, end) in enumerate(pieces):
        if kind != "word":
            clause += 1
            if kind == "sentence" and not at_start:
                sentence += 1
            at_start = at_start or kind == "sentence"
            continue
        low = piece.lower()
        if _DRAWN_OUT_SO.fullmatch(low):
            low = "so"  # "sooooo stressed" is "so stressed" (round 42)
        if low in lexicon.clause_breaks and not _a_particle(low, tokens, pieces, index):
            clause += 1
        tokens.lower.append(low)
        tokens.original.append(piece)
        tokens.clause.append(clause)
        tokens.sentence_start.append(at_start)
        folded = folds.get(low)
        if folded is None:
            folded = folds[low] = fold(low, language)
        tokens.folded.append(folded)
        tokens.start.append(start)
        tokens.end.append(end)
        tokens.sentence.append(sentence)
        at_start = False
    return tokens


def guess_language(words: list[str]) -> Language:
    """Pick en or de by counting each language's common function words; ties go to English."""
    scores = {lang: 0 for lang in LANGUAGES}
    for lang in LANGUAGES:
        common = load_lexicon(lang).detect_words
        scores[lang] = sum(1 for w in words if w in common)
    if scores["de"] == scores["en"]:
        # A very short dream ("wieder gefallen.") may hold no function word at all: the
        # broader stopword lists (wieder, again, schon, still...) decide, then the letters.
        stop = {
            lang: sum(1 for w in words if w in load_lexicon(lang).stopwords) for lang in LANGUAGES
        }
        if stop["de"] != stop["en"]:
            return "de" if stop["de"] > stop["en"] else "en"
        if any(_GERMAN_LETTERS.search(w) for w in words):
            return "de"
    return "de" if scores["de"] > scores["en"] else "en"


def detect_language(text: str) -> Language:
    """Guess whether a text is English or German (English when unsure)."""
    return guess_language([p[1].lower() for p in scan(normalize(text)) if p[0] == "word"])


def lookup_forms(word: str, language: Language) -> tuple[str, ...]:
    """The word plus the forms it may be inflected from (doors -> door, Türen -> tür)."""
    forms = [word]
    if language == "en":
        if word.endswith("'s"):
            word = word[:-2]
            forms.append(word)
        if word.endswith("ies") and len(word) > 4:
            forms.append(word[:-3] + "y")
        if word.endswith("es") and len(word) > 4:
            forms.append(word[:-2])
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            forms.append(word[:-1])
    else:
        forms.extend(
            word[: -len(end)]
            for end in _GERMAN_ENDINGS
            if word.endswith(end) and len(word) - len(end) >= 3
        )
    return tuple(forms)
