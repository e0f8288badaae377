"""Load the packaged word lists once and compile them into fast lookup tables.

Lexicon files (`lexicon_<lang>.json`, next to this module) list surface forms per canonical key:

    "door"        exact word; English plurals/possessives and German endings stripped at lookup
    "tür*"        prefix: the word starts a compound (Türklinke); 3 or more letters must follow
    "*tür"        suffix: the word ends a compound (Haustür, Haustüren); 3 or more letters before
    "*mond*"      prefix, suffix or inside a compound (Mondlicht, Vollmond, Vollmondnacht)
    "full moon"   a phrase of whole words inside one clause
    "=Weg"        exact and case-sensitive (the noun Weg, not the adverb weg)

Every form is also matched through its Snowball stem (PyStemmer: terrified ~ terrifying,
Wälder ~ Wald), with German umlauts and ß folded to their spelled-out forms (ä -> ae, ß -> ss)
on both sides, and through a one-edit typo index for longer words (terifed -> terrified).

Only lexicons are cached here; user text never is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final, cast

import Stemmer

from dreamjournal.analysis.gates import PatternGates
from dreamjournal.analysis.models import Language

LANGUAGES: Final[tuple[Language, ...]] = ("en", "de")
CATEGORIES: Final[tuple[str, ...]] = ("emotions", "symbols", "settings", "characters")

# Canonical symbol keys; the renderer draws a procedural motif for each one.
SYMBOLS: Final[tuple[str, ...]] = (
    # the sixteen every renderer must draw
    "moon", "sun", "water", "ocean", "stairs", "door", "forest", "fire", "sky", "city", "house",
    "bird", "snake", "mountain", "road", "light",
    # more motifs
    "mirror", "teeth", "car", "flower", "star", "rain", "snow", "bridge", "key", "window",
    "dog", "cat", "spider", "tree", "river", "storm", "clock", "train", "blood", "horse", "wolf",
    "darkness",
)  # fmt: skip

# (valence -1..1, arousal 0..1) per canonical emotion, placed on Russell's circumplex by hand.
EMOTION_AFFECT: Final[dict[str, tuple[float, float]]] = {
    "fear": (-0.8, 0.85),
    "anxiety": (-0.6, 0.7),
    "joy": (0.85, 0.65),
    "sadness": (-0.7, 0.3),
    "loneliness": (-0.6, 0.25),
    "anger": (-0.7, 0.85),
    "awe": (0.6, 0.6),
    "wonder": (0.6, 0.5),
    "calm": (0.6, 0.1),
    "relief": (0.5, 0.25),
    "confusion": (-0.3, 0.5),
    "shame": (-0.7, 0.5),
    "guilt": (-0.6, 0.45),
    "love": (0.85, 0.5),
    "disgust": (-0.7, 0.55),
    "surprise": (0.1, 0.75),
    "longing": (-0.2, 0.35),
    "helplessness": (-0.7, 0.55),
    "excitement": (0.7, 0.85),
}

# Endings a suffix pattern tolerates after the stem (Haustür -> Haustüren).
_SUFFIX_INFLECTION: Final[dict[str, str]] = {
    "en": r"(?:s|es|'s)?",
    "de": r"(?:e|en|n|s|es|er|ern|nen)?",
}
_MIN_PART: Final = 3  # letters the other half of a compound needs (stops "fuhr" -> "uhr")

Hit = tuple[str, str]  # (category, canonical key)

_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SNOWBALL: Final[dict[Language, str]] = {"en": "english", "de": "german"}
# Forms whose stem also names an everyday verb: matched only as written (waved is no wave).
_EXACT_ONLY: Final[dict[Language, frozenset[str]]] = {
    "en": frozenset({
        "wave", "waves", "train", "park", "bar", "star", "fire", "mean", "spring", "present",
        "light", "lights", "key", "rose", "pool", "bear", "ex", "kid", "kids", "hound", "cop",
        "hug", "kiss", "laugh", "cry", "fun", "longing", "longed", "gross", "tender", "safe",
        "gentle", "peace",
        "stress", "rage", "dread", "hate", "wonder", "marvel", "calm", "tense", "sun", "flight",
        "plane", "path", "trail", "stream", "yard", "field", "ward", "hill", "peak", "shore",
        "store", "shop", "market", "tower", "crowd", "officer", "spirit", "pal", "lady",
        "alarmed",  # car alarms, a pump alarming: the device, not the feeling
        "stumped",  # tree stumps are no puzzlement (round 26)
        "emptiness",  # an empty room is no sadness (round 29)
    }),
    # "geflucht" (cursed) and "geflüchtet" (fled) share a stem (round 31)
    "de": frozenset({"see", "seen", "tor", "tore", "bar", "ex", "bad", "feld", "flug", "zug",
                     "geflucht", "fluchte"}),  # round 42: "auf der Flucht" is no cursing
}  # fmt: skip
TYPO_MIN_LENGTH: Final = 6  # shorter words are too close to other words to guess a typo
_TYPO_TRANSPOSE_MIN: Final = 5  # a swapped pair of letters is safe from five letters on


def fold(word: str, language: Language) -> str:
    """Lower-cased with German umlauts and ß spelled out, so Waelder and Wälder meet."""
    word = word.lower()
    return word.translate(_FOLD) if language == "de" and not word.isascii() else word


@lru_cache(maxsize=len(LANGUAGES))
def _stemmer(language: Language) -> Stemmer.Stemmer:
    """One Snowball stemmer per language (PyStemmer, C; no data to download), without PyStemmer's
    own cache of recent words: words of a decrypted entry are not kept after the call that read
    them (the callers look each distinct word up once per call instead)."""
    return Stemmer.Stemmer(_SNOWBALL[language], 0)


def stem(folded: str, language: Language) -> str:
    """The Snowball stem of a folded word ('terrified' -> 'terrifi', 'waelder' -> 'wald')."""
    return cast(str, _stemmer(language).stemWord(folded))


def stems(folded: list[str], language: Language) -> list[str]:
    """`stem` of each word, in one call into the stemmer (each distinct word stemmed once)."""
    distinct = list(dict.fromkeys(folded))
    by_word = dict(zip(distinct, _stemmer(language).stemWords(distinct), strict=True))
    return [by_word[w] for w in folded]


def deletions(word: str) -> set[str]:
    """Every string made by deleting one letter (the symmetric-delete typo index)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_position(a: str, b: str) -> tuple[str, int] | None:
    """('swap' | 'edit', index) of the single edit between a and b, or None if not one edit."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return "edit", diff[0]
        i = diff[0]
        if len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]:
            return "swap", i
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1 :] == short:
            return "edit", i
    return None


def one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True, slots=True)
class Phrase:
    """A multi-word surface form that maps to one key."""

    words: tuple[str, ...]
    category: str
    key: str


@dataclass(frozen=True, slots=True)
class Wildcards:
    """One compiled alternation of compound patterns for a category."""

    pattern: re.Pattern[str]
    keys: dict[str, str]  # regex group name -> canonical key
    # The first three letters of every compound part: a word holding none of them cannot
    # match (a cheap test before the long alternation); None when a part is shorter.
    starts: frozenset[str] | None = None

    def may_match(self, trigrams: frozenset[str]) -> bool:
        """False only when no compound part can be in a word with these three-letter pieces
        (`trigrams`)."""
        return self.starts is None or not self.starts.isdisjoint(trigrams)


def trigrams(folded: str) -> frozenset[str]:
    """Every run of three letters in a folded word, for `Wildcards.may_match`."""
    return frozenset(folded[i : i + 3] for i in range(len(folded) - 2))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled word lists for one language."""

    language: Language
    exact: dict[str, tuple[Hit, ...]]  # keyed by folded form
    stems: dict[str, tuple[Hit, ...]]  # keyed by the Snowball stem of a folded form
    typos: dict[str, tuple[str, ...]]  # a form, or the form less one letter -> folded forms
    known: frozenset[str]  # folded words that are never typos (every form, stopword, ...)
    cased: dict[str, tuple[Hit, ...]]
    wildcards: dict[str, Wildcards]
    # phrases by their first two words, each group longest first, ranked in that order within
    # their first word (`phrase_candidates`; speed, round 48)
    phrases: dict[tuple[str, str], tuple[tuple[int, Phrase], ...]]
    phrase_starts: frozenset[str]  # the first words of every phrase
    excluded: frozenset[str]
    excluded_prefixes: tuple[str, ...]
    excluded_suffixes: tuple[str, ...]
    detect_words: frozenset[str]
    stopwords: frozenset[str]
    negators: frozenset[str]
    negation_cancelers: frozenset[str]
    clause_breaks: frozenset[str]
    place_prepositions: frozenset[str]
    name_titles: frozenset[str]
    name_exclusions: frozenset[str]
    dream_signs: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    sign_gates: PatternGates  # the same patterns behind their pre-tests (see `gates`)

    def phrase_candidates(self, first: str, ahead: list[str]) -> list[Phrase]:
        """The phrases opening with `first` whose second word is one of the `ahead` words, in
        the order they are tried (longest first)."""
        groups = [self.phrases.get((first, second), ()) for second in dict.fromkeys(ahead)]
        found = [item for group in groups for item in group]
        if len(found) > 1 and sum(1 for group in groups if group) > 1:
            found.sort(key=lambda item: item[0])
        return [phrase for _, phrase in found]

    def is_excluded(self, word: str) -> bool:
        """Whether compound matching must skip this word (Türkei is not a door)."""
        return (
            word in self.excluded
            or word.startswith(self.excluded_prefixes)
            or word.endswith(self.excluded_suffixes)
        )


def _read_json(language: Language) -> dict[str, Any]:
    """Read the raw lexicon file shipped with the package."""
    source = resources.files("dreamjournal.analysis").joinpath(f"lexicon_{language}.json")
    return cast(dict[str, Any], json.loads(source.read_text(encoding="utf-8")))


def _wildcard_fragment(form: str, language: Language) -> str:
    """Turn 'stem*', '*stem' or '*stem*' into a regex fragment for one folded word."""
    stem = re.escape(fold(form.strip("*"), language))
    before = rf"(?<=\w{{{_MIN_PART}}})"
    after = rf"(?=\w{{{_MIN_PART}}})"
    if form.startswith("*") and form.endswith("*"):
        return rf"(?:{before}{stem}|{stem}{after})"
    if form.startswith("*"):
        return rf"{before}{stem}{_SUFFIX_INFLECTION[language]}$"
    return rf"^{stem}{after}"


def _compile(raw: dict[str, Any], language: Language) -> Lexicon:
    """Compile one raw lexicon into lookup tables."""
    exact: dict[str, list[Hit]] = {}
    cased: dict[str, list[Hit]] = {}
    phrases: dict[str, list[Phrase]] = {}
    wildcards: dict[str, Wildcards] = {}
    for category in CATEGORIES:
        fragments: list[tuple[str, str]] = []
        for key, forms in raw[category].items():
            for form in forms:
                if form.startswith("="):
                    cased.setdefault(form[1:], []).append((category, key))
                elif " " in form:
                    words = tuple(fold(form, language).split())
                    phrases.setdefault(words[0], []).append(Phrase(words, category, key))
                elif "*" in form:
                    fragments.append((form.lower(), key))
                else:
                    hits = exact.setdefault(fold(form, language), [])
                    if (category, key) not in hits:
                        hits.append((category, key))
        if fragments:
            # Longest stems first so the most specific compound part wins at each position.
            fragments.sort(key=lambda item: (-len(item[0].strip("*")), item[0]))
            keys = {f"g{i}": key for i, (_, key) in enumerate(fragments)}
            alternation = "|".join(
                f"(?P<g{i}>{_wildcard_fragment(form, language)})"
                for i, (form, _) in enumerate(fragments)
            )
            parts = [fold(form.strip("*"), language) for form, _ in fragments]
            starts = None if min(map(len, parts)) < 3 else frozenset(p[:3] for p in parts)
            wildcards[category] = Wildcards(re.compile(alternation), keys, starts)

    stems: dict[str, list[Hit]] = {}
    typos: dict[str, list[str]] = {}
    exact_only = _EXACT_ONLY[language]
    for form, hits in exact.items():
        if form not in exact_only:
            group = stems.setdefault(stem(form, language), [])
            group.extend(h for h in hits if h not in group)
        if len(form) >= _TYPO_TRANSPOSE_MIN and form.isalpha():
            for variant in {form, *deletions(form)}:
                typos.setdefault(variant, []).append(form)
    known = {
        *exact,
        *(fold(w, language) for w in raw["stopwords"]),
        *(fold(w, language) for w in raw["detect_words"]),
        *(fold(w, language) for w in raw.get("typo_exclusions", [])),
    }
    excluded = [fold(e, language) for e in raw.get("exclude", [])]
    signs = tuple(
        (name, tuple(re.compile(p) for p in patterns))
        for name, patterns in raw["dream_signs"].items()
    )
    return Lexicon(
        language=language,
        exact={form: tuple(hits) for form, hits in exact.items()},
        stems={key: tuple(hits) for key, hits in stems.items()},
        typos={key: tuple(forms) for key, forms in typos.items()},
        known=frozenset(known),
        cased={form: tuple(hits) for form, hits in cased.items()},
        wildcards=wildcards,
        phrases=_phrase_pairs(phrases),
        phrase_starts=frozenset(phrases),
        excluded=frozenset(e for e in excluded if "*" not in e),
        excluded_prefixes=tuple(e[:-1] for e in excluded if e.endswith("*")),
        excluded_suffixes=tuple(e[1:] for e in excluded if e.startswith("*")),
        detect_words=frozenset(raw["detect_words"]),
        stopwords=frozenset(raw["stopwords"]),
        negators=frozenset(raw["negators"]),
        negation_cancelers=frozenset(raw["negation_cancelers"]),
        clause_breaks=frozenset(raw["clause_breaks"]),
        place_prepositions=frozenset(raw["place_prepositions"]),
        name_titles=frozenset(raw["name_titles"]),
        name_exclusions=frozenset(raw["name_exclusions"]),
        dream_signs=signs,
        sign_gates=PatternGates(p for _, patterns in signs for p in patterns),
    )


def _phrase_pairs(
    by_first: dict[str, list[Phrase]],
) -> dict[tuple[str, str], tuple[tuple[int, Phrase], ...]]:
    """Phrases grouped by their first two words; each ranked by its place among the phrases of
    its first word, longest first."""
    pairs: dict[tuple[str, str], list[tuple[int, Phrase]]] = {}
    for first, group in by_first.items():
        for rank, phrase in enumerate(sorted(group, key=lambda p: -len(p.words))):
            pairs.setdefault((first, phrase.words[1]), []).append((rank, phrase))
    return {pair: tuple(items) for pair, items in pairs.items()}


def _check(raw: dict[str, Any], language: Language) -> None:
    """Fail loudly at load time if a lexicon drifts from the canonical keys."""
    unknown = set(raw["emotions"]) - set(EMOTION_AFFECT)
    if unknown:
        raise ValueError(f"lexicon_{language}.json: unknown emotions {sorted(unknown)}")
    if set(raw["symbols"]) != set(SYMBOLS):
        drift = set(raw["symbols"]) ^ set(SYMBOLS)
        raise ValueError(f"lexicon_{language}.json: symbols differ from SYMBOLS: {sorted(drift)}")


@lru_cache(maxsize=len(LANGUAGES))
def load_lexicon(language: Language) -> Lexicon:
    """Return the compiled lexicon for a language (loaded once per process)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {LANGUAGES}")
    raw = _read_json(language)
    _check(raw, language)
    return _compile(raw, language)
