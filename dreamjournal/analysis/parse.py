"""One pass over a dream's text that both `analyze` and `plan_scenes` build on.

Words are matched against the lexicon exactly (folded: Wälder = Waelder), then by Snowball stem
(terrifying ~ terrified), then by German compound patterns, then, for longer unknown words, with
one typo (terifed -> terrified). Phrases come first and consume their words ("car park" is a
setting, not a park). Words inside a comparison ("like on the moon") add no symbol, setting or
character. Emotion cues are attributed to the dreamer or another character, and cues in meta,
waking and negated lines never count as the dreamer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from dreamjournal.analysis.dictionary import is_word
from dreamjournal.analysis.emotions import (
    CUE_GATES,
    Cue,
    ascribed,
    ascribed_and_denied,
    body_cues,
    clause_after,
    confirmed,
    experiencer,
    in_the_good_kind,
    intensity,
    joyless_in_joy,
    names_my_body,
    role_as_modifier,
    role_nouns,
    said_to_me,
    shared_with_dreamer,
    subject_after,
    tears_of_a_cause,
)
from dreamjournal.analysis.gates import PatternGates
from dreamjournal.analysis.lexicon import (
    CATEGORIES,
    Hit,
    Lexicon,
    Phrase,
    deletions,
    edit_position,
    load_lexicon,
    stem,
    stems,
    trigrams,
)
from dreamjournal.analysis.lines import LINE_GATES, Line, mark_lines, simile_tokens
from dreamjournal.analysis.models import Language
from dreamjournal.analysis.names import (
    FIRST_NAMES,
    THING_DETERMINERS,
    TITLES,
    is_place_or_brand,
)
from dreamjournal.analysis.text import Tokens, build_tokens, guess_language, normalize, scan
from dreamjournal.analysis.told import teller_words
from dreamjournal.analysis.vocab import VOCABULARIES, noun_de, vocab_rows, vocab_table

_NEGATION_WINDOW: Final = 3  # tokens before a cue word, inside its clause
_REFLEXIVE: Final = frozenset({"mich", "dich", "sich", "uns", "euch"})
_PERSON_CATEGORIES: Final = frozenset({"characters"})
_EN_SUFFIX_ONLY: Final = ("'s",)


@dataclass(slots=True)
class Occurrence:
    """One lexicon hit: tokens [first, last), the canonical key, and the words as written."""

    category: str
    key: str
    first: int
    last: int
    word: str
    negated: bool = False


_VOCAB_KEY: Final = ("vocab", -1)
_NO_VALUES: Final = (None,) * len(VOCABULARIES)


@dataclass(slots=True)
class Parsed:
    """Everything one pass found; `analyze` and `plan_scenes` read from it."""

    text: str
    language: Language
    lexicon: Lexicon
    tokens: Tokens
    occurrences: list[Occurrence]
    names: list[tuple[int, str]]  # (token index, name) of people named
    similes: frozenset[int]
    lines: list[Line]
    line_of: list[int]  # line index per token
    cues: list[Cue]  # every emotion cue that is not negated, with its experiencer
    matched: set[int] = field(default_factory=set)
    stems: list[str] = field(default_factory=list)  # Snowball stem of each folded token
    # What the planner worked out about this text's tokens, so each is worked out once. It lives
    # and dies with this object (one `analyze` call); nothing is kept between texts.
    memo: dict[tuple[str, int], Any] = field(default_factory=dict, compare=False, repr=False)
    # The analysis's fixed patterns (`text_gates`) and which of their needles the lower-cased
    # text holds: looked up once, for the lines, the body cues and the dream signs.
    gates: PatternGates | None = field(default=None, compare=False, repr=False)
    present: frozenset[str] | None = field(default=None, compare=False, repr=False)

    def vocab(self, name: str) -> list[str | None]:
        """A fixed vocabulary's value (`vocab.VOCABULARIES`) for every token, by its folded
        form, then its stem: looked up once per parse, one table for all six."""
        columns: dict[str, list[str | None]] | None = self.memo.get(_VOCAB_KEY)
        if columns is None:
            rows = vocab_rows(self.language)
            per_token: list[tuple[str | None, ...]] = []
            for folded, root in zip(self.tokens.folded, self.stems, strict=True):
                by_form = rows.get(folded)
                by_stem = rows.get(root) if root != folded else None
                if by_stem is None:
                    per_token.append(by_form or _NO_VALUES)
                elif by_form is None:
                    per_token.append(by_stem)
                else:
                    per_token.append(tuple(a or b for a, b in zip(by_form, by_stem, strict=True)))
            columns = {
                name: [values[n] for values in per_token] for n, name in enumerate(VOCABULARIES)
            }
            self.memo[_VOCAB_KEY] = columns
        return columns[name]

    def line_kind(self, position: int) -> str:
        """The kind (event, meta, waking, negated) of the line holding a token."""
        return self.lines[self.line_of[position]].kind if self.lines else "event"


@lru_cache(maxsize=2)
def text_gates(language: Language) -> PatternGates:
    """Every pattern the analysis runs over a whole dream (lines, body cues, dream signs)."""
    return PatternGates.joined(
        LINE_GATES[language], CUE_GATES[language], load_lexicon(language).sign_gates
    )


def resolve_language(language: str | None, words: list[str]) -> Language:
    """Accept 'en'/'de' (also 'en-US', 'de_DE'), or guess when None."""
    if language is None:
        return guess_language(words)
    code = language.strip().lower().replace("_", "-").split("-")[0]
    if code == "en":
        return "en"
    if code == "de":
        return "de"
    raise ValueError(f"unsupported language {language!r}; use 'en' or 'de'")


_EN_INFLECTIONS: Final = ("ed", "ing", "es")


def _typo_hits(word: str, folded: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    """Hits for a longer unknown word one edit away from exactly one lexicon form; a word of
    the language ("Schild", "saure") is no typo of another ("Schuld", "sauer")."""
    if folded in lexicon.known or not folded.isalpha():
        return ()
    candidates: set[str] = set(lexicon.typos.get(folded, ()))
    for variant in deletions(folded):
        candidates.update(lexicon.typos.get(variant, ()))
    if candidates and is_word(word, lexicon.language):
        return ()
    found: list[str] = []
    for form in sorted(candidates):
        edit = edit_position(folded, form)
        if edit is None or form[0] != folded[0]:
            continue
        kind, at = edit
        # a changed or extra letter in an inflected ending is a word of its own ("showed" is no
        # "shower", "stories" no "stores"); a letter left out is a typo ("terrifed")
        not_shorter = len(folded) >= len(form)
        if not_shorter and folded.endswith(_EN_INFLECTIONS) and at >= len(folded) - 3:
            continue
        if kind == "edit" and (min(len(form), len(folded)) < 6 or at < 3):
            # Short words, and changes near the start, make other words (morning ~ mourning);
            # a swapped pair of letters is a typo wherever it is.
            continue
        found.append(form)
    keys = {hit for form in found for hit in lexicon.exact[form]}
    return tuple(sorted(keys))


def word_hits(
    word: str, folded: str, original: str, lexicon: Lexicon, root: str | None = None
) -> tuple[Hit, ...]:
    """All (category, key) pairs one word stands for; exact forms beat stems, stems beat guesses.
    `root` is the folded word's stem when the caller has it already."""
    language = lexicon.language
    hits: list[Hit] = [*lexicon.exact.get(folded, ())]
    base = folded
    if language == "en" and base.endswith(_EN_SUFFIX_ONLY):
        base = base[:-2]
        hits += lexicon.exact.get(base, ())
    hits += lexicon.cased.get(original, ())
    excluded = lexicon.is_excluded(folded)
    if not hits and folded not in vocab_table("object", language) and not excluded:
        # ("Fähre" shares its stem with "Fahrer": a thing the plan knows keeps its own name;
        # "Wein" and "graue" share theirs with "weinen" and "Grauen": the lexicon excludes them)
        base_root = root if root is not None and base == folded else stem(base, language)
        hits += lexicon.stems.get(base_root, ())
    if len(folded) >= 5 and not excluded:
        found = {category for category, _ in hits}
        pieces = trigrams(folded)
        for category, wild in lexicon.wildcards.items():
            if category in found or not wild.may_match(pieces):
                continue
            for match in wild.pattern.finditer(folded):
                hits.append((category, wild.keys[match.lastgroup or ""]))
    if not hits and language == "en":
        hits += _graded_feeling(folded, lexicon)  # "the happiest boy", "never been sadder"
    if not hits and language == "de":
        hits += _boosted_feeling(folded, lexicon)  # "Riesenschreck", "Mordsbammel", "Stinkwut"
    plan_word = not hits and len(folded) >= 5 and _plan_word(folded, language, root)
    if not hits and len(folded) >= 5 and not plan_word:
        hits += _typo_hits(word, folded, lexicon)
    return tuple(dict.fromkeys(hits))


def _graded_feeling(folded: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    """An English feeling word graded -er / -est ("happiest", "sadder", "loneliest", "angrier"):
    the feeling of its base form ("happy", "sad"); other categories are not graded this way
    ("tower" is no "tow", "forest" no "for")."""
    for ending in ("iest", "ier", "est", "er"):
        if not folded.endswith(ending) or len(folded) - len(ending) < 3:
            continue
        base = folded[: -len(ending)]
        bases = [base + "y"] if ending.startswith("i") else [base, base + "e"]
        if not ending.startswith("i") and len(base) > 3 and base[-1] == base[-2]:
            bases.append(base[:-1])  # "saddest" -> "sad"
        for form in bases:
            found = tuple(h for h in lexicon.exact.get(form, ()) if h[0] == "emotions")
            if found:
                return found
    return ()


# German's intensifying first halves ("Riesenschreck", "Mordsbammel", "Heidenwut", "Sauwut",
# "Bombenlaune"): the feeling is the second half's (round 26)
_BOOSTS: Final = ("riesen", "mords", "heiden", "hoellen", "wahnsinns", "bomben", "stink", "sau",
                  "mega", "hammer", "irrsinns")  # fmt: skip


def _boosted_feeling(folded: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    """The feeling of a German feeling noun behind an intensifying first half; other
    categories are not boosted this way ("Riesenrad" is no wheel of feeling)."""
    for boost in _BOOSTS:
        rest = folded[len(boost) :]
        if not folded.startswith(boost) or len(rest) < 3:
            continue
        found = tuple(
            h
            for h in (*lexicon.exact.get(rest, ()), *lexicon.stems.get(stem(rest, "de"), ()))
            if h[0] == "emotions"
        )
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _plan_word(folded: str, language: Language, root: str | None) -> bool:
    """A word the scene plan's vocabularies know ("Fähre", "waiting"): never another word's typo
    (a ferry is no "Fahrer", waiting no "waiter"); `root` is its stem, when known."""
    root = root or stem(folded, language)
    if language == "de" and noun_de(folded) is not None:
        return True  # "Kirschen" are cherries, no "Kirchen"
    return any(
        folded in table or root in table
        for table in (vocab_table("object", language), vocab_table("action", language))
    )


_THAN: Final = frozenset({"than", "als"})
_NEVER: Final = frozenset({"never", "nie", "niemals"})
_THE_DREAMER_INSIDE: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"me", "my", "myself"}),
    "de": frozenset({"mir", "mich", "mein", "meine", "meinen"}),
}
_I_INSIDE: Final = frozenset({"i", "i've", "i'm", "i'd", "ich"})
_NO_ONE: Final = frozenset({"none", "nobody", "noone", "keiner", "niemand"})
_VERB_AND_SUBJECT: Final = frozenset(
    {
        "war",
        "bin",
        "wurde",
        "hatte",
        "ich",
        "wir",
        "waren",
        "wurden",
        "hatten",
        "hab",
        "habe",
        "haben",
    }
)
_NOT_A_BIT: Final = frozenset(
    {"least", "bit", "slightest", "one", "even", "tiny", "teeny", "little", "single"}
)  # ("wasnt even a tiny bit scared", "didnt even make me jumpy": round 29)
_COMMENT_WORDS: Final = frozenset(
    {"komischerweise", "seltsamerweise", "merkwürdigerweise", "erstaunlicherweise", "überhaupt",
     "gar", "eigentlich", "wirklich", "irgendwie", "dabei", "darüber", "davon", "daran", "da",
     "dann", "auch", "absolut", "zum", "glück", "ehrlich", "gesagt",
     # "Beleidigt war ich deswegen nicht" (round 33)
     "deswegen", "deshalb", "darum", "trotzdem", "jedoch", "übrigens"}
)  # fmt: skip
_NOT_ONE_MOMENT: Final = frozenset(
    {"sekunde", "moment", "augenblick", "minute", "bisschen", "spur", "funken"}
)
_BEYOND: Final = frozenset({"so", "as", "such", "this", "that", "more", "derart", "dermaßen"})
_RATHER: Final = frozenset({"more", "rather", "mehr", "eher", "lieber"})


_SO_THAT: Final = frozenset({"that", "this", "so", "as"})
_IN_YEARS: Final = re.compile(
    r"^(?:\s*\w+){0,2}?\s*(?:in|for)\s+(?:years|ages|decades|forever|so\s+long|a\s+(?:long\s+)?(?:time|while))\b"
)
_SINCE_YEARS_DE: Final = frozenset({"jahren", "ewigkeiten", "langem", "jahrzehnten", "monaten"})


def _not_so_in_years(j: int, i: int, tokens: Tokens) -> bool:
    """A feeling denied only as not that strong for years: "haven't felt that happy in years",
    "war seit Jahren nicht so glücklich" (the feeling is had, strongly)."""
    between = tokens.lower[j + 1 : i]
    if not _SO_THAT.intersection(between) and "so" not in between:
        return False
    if _IN_YEARS.match(" ".join(clause_after(i, tokens)[:5])):
        return True
    before = tokens.lower[max(0, j - 3) : j]
    return "seit" in before and bool(_SINCE_YEARS_DE.intersection(before))


_FELT_NOT: Final = re.compile(
    r"(?:hab|habe|hatte|hatten|haben)\s+(?:ich|wir)\s+(?:mich|uns)\s+(?:(?:aber|jedoch|allerdings|dabei|eigentlich)\s+)?"
    r"(?:gar\s+|überhaupt\s+|ueberhaupt\s+)?(?:nicht|nich|net|ned|keineswegs)\s+(?:\w+\s+)?(?:gefühlt|gefuehlt)\b"
)


def _felt_not(words: list[str]) -> bool:
    """Whether the words after a German feeling deny having felt it ("... hab ich mich aber
    nicht gefühlt")."""
    return _FELT_NOT.match(" ".join(words)) is not None


def _negated(i: int, tokens: Tokens, lexicon: Lexicon, own_negation: bool = False) -> bool:
    """Whether the emotion cue at token i is negated ('not afraid', 'keine Angst'); a phrase
    with a negation of its own (`own_negation`: "traute mich nicht", "staunte nicht schlecht")
    is negated only before it."""
    clause = tokens.clause[i]
    # "wasn't the least bit riled", "not one bit scared": words of degree do not count (round 26)
    reach = _NEGATION_WINDOW + sum(
        1 for k in range(max(0, i - 4), i) if tokens.lower[k] in _NOT_A_BIT
    )
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if tokens.clause[j] != clause:
            break
        word = tokens.lower[j]
        if word in lexicon.negation_cancelers:  # "couldn't stop crying" still cries
            return False
        if j == i - 1 and word in {"how", "wie"}:
            return False  # "so the kids wouldn't notice how scared I was": still scared
        if word in lexicon.negators or word.endswith("n't"):
            if _not_so_in_years(j, i, tokens):
                return False  # "haven't felt that happy in years" (round 43)
            # "never felt so lonely", "noch nie so glücklich": a feeling beyond any before
            return not (word in _NEVER and _BEYOND & set(tokens.lower[j + 1 : i]))
        if word == "of" and j > 0 and tokens.lower[j - 1] == "instead":
            return True  # "instead of freaking out I found it hilarious" (round 24)
        if word in {"statt", "anstatt"} or (j == i - 1 and word == "null"):
            return True  # "statt Panik zu kriegen", "null Angst" (round 24)
    if own_negation:
        return False  # round 33: the phrase's own "nicht" is what it says
    # "Sorgen hab ich mir keine gemacht", "Angst hatte ich keine": the German denial after the
    # noun (round 29)
    after = tokens.lower[i + 1 : i + 6]
    if (
        lexicon.language == "de"
        and len(after) >= 3
        and after[0] in {"hab", "habe", "hatte", "hatten", "haben"}
        and after[1] in {"ich", "wir"}
        and (
            after[2] in _NONE_AFTER
            or (after[2] in {"mir", "uns"} and after[3:4] and after[3] in _NONE_AFTER)
        )
        and all(tokens.clause[m] == clause for m in range(i + 1, min(i + 4, len(tokens.lower))))
    ):
        return True
    if lexicon.language == "de" and _felt_not(tokens.lower[i + 1 : i + 9]):
        return True  # "Ausgeschlossen hab ich mich aber nicht gefühlt" (round 52)
    if (  # "Bange war mir nich", "Angst war mir keine" (round 29), "Bange war mir dabei
        # komischerweise nicht" (round 30: up to two words between); "Beruhigt war ich aber
        # nicht" (round 45)
        lexicon.language == "de"
        and len(after) >= 3
        and after[0] in {"war", "ist", "wurde", "bin"}
        and (
            after[1] in {"mir", "uns"}
            # (not "so glücklich war ich seit Jahren nicht", "so wütend war ich lange nicht
            # mehr": a feeling beyond those of years)
            or after[1] in {"ich", "wir"}
            and not (i > 0 and tokens.lower[i - 1] in _BEYOND)
            and not {"lange", "seit", "jahren", "ewig", "ewigkeiten", "mehr"} & set(after[2:6])
        )
        and (
            # "aber" here is no "but" that opens a clause: "beruhigt war ich aber nicht"
            after[2] in {"aber", "jedoch", "allerdings"}
            and after[3:4] in (["nicht"], ["nich"], ["net"], ["ned"])
            or any(
                after[m] in _NONE_AFTER | {"nicht", "nich", "net", "ned"}
                and all(tokens.clause[i + 1 + j] == clause for j in range(m + 1))
                for m in range(2, min(5, len(after)))
            )
        )
    ):
        return True
    # "Didn't feel lonely, oddly, or fed up": a feeling joined by "or" to a denied one (round 29)
    if i > 0 and tokens.lower[i - 1] in {"or", "nor"}:
        sentence = tokens.sentence[i]
        for j in range(i - 2, max(-1, i - 10), -1):
            if tokens.sentence[j] != sentence:
                break
            if tokens.lower[j] in lexicon.negators or tokens.lower[j].endswith("n't"):
                return True
    # "Stage fright wasn't really the problem": the feeling said not to be what it was about
    # (round 31)
    if (
        lexicon.language == "en"
        and {"wasn't", "isn't", "weren't"} & set(after[:2])  # (after a two-word cue too)
        and {"problem", "issue"} & set(after[1:5])
    ):
        return True
    # "None of us were afraid", "keiner hatte Angst", "none of us on the plane was frightened":
    # no one in the clause felt it
    for j in range(i - 1, max(-1, i - 10), -1):
        if tokens.clause[j] != clause:
            break
        if tokens.lower[j] in _NO_ONE and not (
            j + 1 < i and tokens.lower[j + 1] in {"but", "außer"}
        ):
            return True
    # "more puzzled than afraid", "eher verwundert als ängstlich": the feeling after "than"
    # is the one set aside ("more afraid than ever" keeps its fear: "than" comes after it).
    for k in (i - 1, i - 2):
        if k > 0 and tokens.clause[k] == clause and tokens.lower[k] in _THAN:
            for j in range(k - 1, max(-1, k - 5), -1):
                if tokens.clause[j] != clause:
                    break
                if tokens.lower[j] in _RATHER:
                    return True
            break
    # "Angst hatte ich (komischerweise) keine": a German noun denied at its clause's end.
    if lexicon.language == "de":
        for j in range(i + 1, min(len(tokens.lower), i + 5)):
            if tokens.clause[j] != clause:
                break
            ends = j + 1 == len(tokens.lower) or tokens.clause[j + 1] != clause
            if tokens.lower[j] in {"kein", "keine", "keinen", "null"} and ends:
                return True
    # German puts nicht after verbs and adjectives: "ich fürchtete mich nicht". Nouns are
    # capitalised there, so "Angst, nicht aufzuwachen" keeps its fear.
    # A word opening its sentence is capitalised whatever it is: "Wütend war ich nicht".
    opens = i == 0 or tokens.sentence[i - 1] != tokens.sentence[i]
    # "..., aber beleidigt war ich deswegen nicht": fronted after a conjunction (round 33)
    opens = opens or (
        tokens.lower[i - 1] in {"aber", "und", "doch", "sondern"}
        and i + 1 < len(tokens.lower)
        and tokens.lower[i + 1] in _VERB_AND_SUBJECT
    )
    # "Angst hatte ich keine, gewundert hab ich mich auch nicht": fronted after a comma (round 44)
    opens = opens or (
        tokens.clause[i - 1] != tokens.clause[i]
        and i + 2 < len(tokens.lower)
        and tokens.lower[i + 1] in _VERB_AND_SUBJECT
        and tokens.lower[i + 2] in {"ich", "wir"}
    )
    if lexicon.language == "de" and (not tokens.original[i][:1].isupper() or opens):
        # ("Gefürchtet hab ich mich nicht": a participle first, round 26)
        # ... and with words of comment between ("Wütend war ich komischerweise überhaupt
        # nicht", "Gewundert hab ich mich darüber keine Sekunde", round 26)
        for j in range(i + 1, min(len(tokens.lower), i + (7 if opens else 3))):
            if tokens.clause[j] != clause:
                break
            if tokens.lower[j] == "nicht":
                return True
            if (
                opens
                and tokens.lower[j] in {"kein", "keine", "keinen"}
                and j + 1 < len(tokens.lower)
                and tokens.lower[j + 1] in _NOT_ONE_MOMENT
            ):
                return True
            if tokens.lower[j] not in _REFLEXIVE and not (
                opens and tokens.lower[j] in _VERB_AND_SUBJECT | _COMMENT_WORDS
            ):
                break
    return False


def _capitalised(word: str) -> bool:
    """Capitalised like a name: not "I", not an acronym."""
    return word[:1].isupper() and word[1:] != word[1:].upper()


def _is_emotion_word(word: str, original: str, folded: str, lexicon: Lexicon) -> bool:
    """Whether a word is a listed emotion form (an emotion noun is never a name)."""
    return any(c == "emotions" for c, _ in word_hits(word, folded, original, lexicon))


def _titled_names(tokens: Tokens, lexicon: Lexicon) -> frozenset[int]:
    """Positions of capitalised words right after a title ("Frau Berger", "uncle Bob")."""
    titles = lexicon.name_titles | TITLES
    return frozenset(
        i
        for i in range(1, len(tokens.lower))
        if tokens.lower[i - 1] in titles
        and tokens.clause[i - 1] == tokens.clause[i]
        and _capitalised(tokens.original[i])
        and tokens.lower[i] not in lexicon.stopwords
        and not is_place_or_brand(tokens.folded[i])
        and (
            lexicon.language == "en"
            or tokens.folded[i] in FIRST_NAMES
            or tokens.lower[i - 1] in lexicon.name_titles
        )
        and not _is_emotion_word(tokens.lower[i], tokens.original[i], tokens.folded[i], lexicon)
    )


_SUBJECTS: Final = frozenset({"i", "we", "you", "he", "she", "they"})
# Words that may stand inside a feeling's phrase without changing it: "felt such a warmth" is
# "felt a warmth", "hat richtig wehgetan" is "hat wehgetan" (round 29).
_FILLERS: Final = frozenset(
    {"so", "such", "really", "very", "totally", "richtig", "echt", "total", "voll", "sehr",
     "ganz", "wirklich", "just", "einfach",
     # round 32: "fühlte mich ziemlich elend", "felt pretty awful"
     "ziemlich", "pretty", "quite", "rather", "extremely", "absolutely", "completely", "extrem",
     "mega", "völlig",
     # round 39: "I was a bit cross", "felt slightly lost", "felt genuinely down", "ein bisschen
     # genervt"
     "bit", "little", "slightly", "mildly", "genuinely", "truly", "deeply", "somewhat", "utterly",
     "etwas", "bisschen", "bissl", "bisserl", "leicht", "wenig",
     # round 40: "then I got properly cross"
     "properly", "proper", "seriously", "super", "incredibly", "terribly", "awfully"}
)  # fmt: skip
_CLAUSE_WORDS: Final = frozenset({"and", "und", "or", "oder"})
_NONE_AFTER: Final = frozenset({"keine", "keinen", "keinerlei", "nie", "null"})
_PREPOSITIONS: Final = frozenset(
    {"on", "in", "at", "of", "over", "under", "auf", "im", "am", "unter", "über", "vor"}
)  # fmt: skip


def _filler(words: list[str], j: int) -> bool:
    """Whether words[j] is a filler; "a" only in "a bit", "a little" ("felt a weird mix" is no
    "felt weird")."""
    if words[j] == "a":
        return words[j + 1 : j + 2] in (["bit"], ["little"])
    return words[j] in _FILLERS


def _with_fillers(words: list[str], i: int, phrase: Phrase) -> int:
    """The end of `phrase` matched from `i` with up to two fillers between its words; -1 when
    it does not match, or when it opens with a preposition ("on a high" is a mood, "on a very
    high bridge" a height)."""
    if phrase.words[0] in _PREPOSITIONS:
        return -1
    j, k, skipped, wanted = i, 0, 0, phrase.words
    while k < len(wanted) and j < len(words):
        if words[j] == wanted[k]:
            k += 1
        elif k > 0 and _filler(words, j) and skipped < 2 and words[j] not in wanted:
            skipped += 1
        else:
            return -1
        j += 1
    return j if k == len(wanted) else -1


def _match(
    tokens: Tokens,
    lexicon: Lexicon,
    names: frozenset[int],
    similes: frozenset[int],
    roots: list[str],
) -> tuple[list[Occurrence], set[int]]:
    """Lexicon hits in text order (phrases first, they consume their words)."""
    occurrences: list[Occurrence] = []
    consumed: dict[str, set[int]] = {category: set(names) for category in CATEGORIES}
    words = tokens.folded
    for i, word in enumerate(words):
        if word not in lexicon.phrase_starts:
            continue
        # a phrase's second word stands within three words, whatever fillers come between (a
        # cheap test that spares most phrases the full match: speed, rounds 33 and 48)
        for phrase in lexicon.phrase_candidates(word, words[i + 1 : i + 4]):
            end = i + len(phrase.words)
            if phrase.words[-1] not in words[end - 1 : end + 2]:
                continue  # its last word is not where two fillers at most would put it
            exact = tuple(words[i:end]) == phrase.words
            if not exact:
                end = _with_fillers(words, i, phrase) if phrase.category == "emotions" else -1
            if (
                i in consumed[phrase.category]
                or end < 0
                # (a phrase holding "and" spans the clause break it makes: "at sixes and
                # sevens", "hot and cold", round 29)
                or (
                    tokens.clause[end - 1] != tokens.clause[i]
                    and _CLAUSE_WORDS.isdisjoint(phrase.words)
                )
            ):
                continue
            # ("never felt so lonely": a filler's "so" makes it a feeling beyond any before)
            negated = phrase.category == "emotions" and _negated(
                i if exact else end - 1,
                tokens,
                lexicon,
                own_negation=lexicon.language == "de"
                and not lexicon.negators.isdisjoint(phrase.words),
            )
            occurrences.append(
                Occurrence(
                    phrase.category, phrase.key, i, end, " ".join(tokens.lower[i:end]), negated
                )
            )
            for category in CATEGORIES:  # a phrase's words mean nothing else ("car park")
                consumed[category].update(range(i, end))

    matched: set[int] = set().union(*consumed.values()) - names
    seen: dict[tuple[str, str], tuple[Hit, ...]] = {}  # per call only; never cached globally
    actions = vocab_table("action", lexicon.language) if lexicon.language == "en" else {}
    for i, word in enumerate(tokens.lower):
        original = tokens.original[i]
        hits = seen.get((word, original))
        if hits is None:
            hits = seen[(word, original)] = word_hits(
                word, tokens.folded[i], original, lexicon, roots[i]
            )
        # "I dove", "we fly": right after a subject, a word that is also a verb is the verb
        verb = i > 0 and tokens.lower[i - 1] in _SUBJECTS and word in actions
        if lexicon.language == "de" and tokens.folded[i] == "schlange" and _queue(tokens, i):
            continue  # "in einer langen Schlange stehen": a queue, no snake
        for category, key in hits:
            if i in consumed[category] or (verb and category != "emotions"):
                continue
            matched.add(i)
            negated = category == "emotions" and _negated(i, tokens, lexicon)
            occurrences.append(Occurrence(category, key, i, i + 1, word, negated))
    occurrences.sort(key=lambda o: (o.first, CATEGORIES.index(o.category)))
    kept = [o for o in occurrences if o.category == "emotions" or o.first not in similes]
    return kept, matched


_QUEUE_VERBS: Final = frozenset(
    {"stehen", "stand", "standen", "gestanden", "stehe", "steht", "anstehen", "angestanden",
     "warten", "wartete", "warteten", "gewartet"}
)  # fmt: skip


def _queue(tokens: Tokens, i: int) -> bool:
    """Whether "Schlange" is a queue: "in einer (langen) Schlange", "Schlange stehen"."""
    folded, clause = tokens.folded, tokens.clause
    after = [folded[k] for k in range(i + 1, min(len(folded), i + 3)) if clause[k] == clause[i]]
    before = [folded[k] for k in range(max(0, i - 4), i) if clause[k] == clause[i]]
    in_one = "in" in before and any(w in {"einer", "der"} for w in before)
    return in_one or any(w in _QUEUE_VERBS for w in after) or any(w in _QUEUE_VERBS for w in before)


def _possessive_stripped(word: str) -> str:
    """Anna's -> Anna."""
    return word[:-2] if word.endswith("'s") else word


def _untitled_name(i: int, tokens: Tokens, lexicon: Lexicon, lowercase_words: set[str]) -> bool:
    """A capitalised word that is a person: a known first name, or (English) no known word."""
    base = _possessive_stripped(tokens.lower[i])
    if is_place_or_brand(_possessive_stripped(tokens.folded[i])):
        return False
    previous = tokens.lower[i - 1] if i > 0 else ""
    if previous in lexicon.place_prepositions or previous in {"im", "am", "nach", "vom", "zum"}:
        return False  # "to Paris", "in Hamburg": a place
    if base in FIRST_NAMES or _possessive_stripped(tokens.folded[i]) in FIRST_NAMES:
        return base not in lexicon.name_exclusions
    if lexicon.language == "de" or tokens.sentence_start[i]:
        return False  # German capitalises every noun; a sentence start says nothing
    if previous in THING_DETERMINERS:
        return False  # "my Toyota", "the Titanic": a thing
    return not (
        base in lexicon.stopwords
        or base in lexicon.name_exclusions
        or base in lexicon.detect_words
        or base in lowercase_words  # also written lower-case: an ordinary word
    )


_HONORIFIC_WORDS: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "herr", "frau", "doktor"})


def _lower_case_name(i: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A known first name typed in lower case that is no ordinary word of the language."""
    base = _possessive_stripped(tokens.folded[i])
    return (
        base in FIRST_NAMES
        and base not in lexicon.name_exclusions
        and base not in lexicon.stopwords
        and base not in lexicon.detect_words
    )


def _names(
    tokens: Tokens, matched: set[int], titled: frozenset[int], lexicon: Lexicon
) -> list[tuple[int, str]]:
    """(position, name) of people named: after a title, a first name, or an English unknown."""
    lowercase_words = {w for w, o in zip(tokens.lower, tokens.original, strict=True) if w == o}
    # a text typed all in lower case names people in lower case too ("jamie was laughing the
    # whole time", "lea fand das lustig", round 39): a known first name only
    all_lower = not any(_capitalised(original) for original in tokens.original)
    names: list[tuple[int, str]] = []
    honorifics = lexicon.name_titles & _HONORIFIC_WORDS
    for i, original in enumerate(tokens.original):
        if all_lower and i not in matched and _lower_case_name(i, tokens, lexicon):
            names.append((i, _possessive_stripped(original).capitalize()))
            continue
        if not _capitalised(original) or tokens.lower[i] in honorifics:
            continue  # "Mrs", "Herr" are titles of a name, never one
        if i in titled or (
            i not in matched and _untitled_name(i, tokens, lexicon, lowercase_words)
        ):
            names.append((i, _possessive_stripped(original)))
    return names


# A transcript's stage direction: "(laughs)", "[long pause]", "*lacht*" is the teller telling,
# not the dream (round 28: dreams told aloud and typed up; transcripts mark them in round or
# square brackets or between asterisks)
_DIRECTED: Final = (
    r"[^()\[\]*\n]{0,20}\b(?:laugh\w*|chuckl\w*|giggl\w*|sigh\w*|paus\w*|lach\w*|kicher\w*"
    r"|seufz\w*|grins\w*|schmunzel\w*)\b[^()\[\]*\n]{0,20}"
)
_STAGE_DIRECTION: Final = re.compile(
    rf"\((?={_DIRECTED}\)){_DIRECTED}\)|\[(?={_DIRECTED}\]){_DIRECTED}\]|\*(?={_DIRECTED}\*){_DIRECTED}\*",
    re.IGNORECASE,
)


def without_stage_directions(text: str) -> str:
    """`text` with a transcript's stage directions blanked out (offsets kept)."""
    return _STAGE_DIRECTION.sub(lambda m: " " * len(m.group()), text)


def parse(text: str, language: str | None = None) -> Parsed:
    """Tokenise, match, mark lines and attribute emotions, in one deterministic pass."""
    clean = without_stage_directions(normalize(text))
    pieces = scan(clean)
    words = [piece[1].lower() for piece in pieces if piece[0] == "word"]
    lexicon = load_lexicon(resolve_language(language, words))
    tokens = build_tokens(pieces, lexicon)
    lang = lexicon.language
    titled = _titled_names(tokens, lexicon)

    def is_noun(i: int) -> bool:
        if lang == "de":
            return tokens.original[i][:1].isupper()
        hits = word_hits(tokens.lower[i], tokens.folded[i], tokens.original[i], lexicon)
        return any(c in {"symbols", "settings", "characters"} for c, _ in hits)

    similes = simile_tokens(tokens, lang, is_noun)
    roots = stems(tokens.folded, lang)
    occurrences, matched = _match(tokens, lexicon, titled, similes, roots)
    teller = teller_words(clean, lang)
    # the teller of a dream someone else wrote down is the dreamer, not a figure beside them
    names = [
        (i, name)
        for i, name in _names(tokens, matched, titled, lexicon)
        if name.lower() not in teller
    ]
    gates = text_gates(lang)
    present = gates.present(clean.lower())
    lines = mark_lines(clean, tokens, lang, gates, present, teller)
    line_of = [0] * len(tokens.lower)
    for line in lines:
        for i in range(line.first, line.last):
            line_of[i] = line.index

    persons = frozenset(
        i
        for i in [o.first for o in occurrences if o.category in _PERSON_CATEGORIES]
        + [i for i, _ in names]
        + role_nouns(tokens, lang)
        if not role_as_modifier(i, tokens, lang)  # "a dentist appointment" (round 39)
    )
    cues: list[Cue] = []
    emotion_positions: set[int] = set()
    for o in occurrences:
        if o.category != "emotions" or o.negated:
            continue
        emotion_positions.update(range(o.first, o.last))
        # "that got my goat", "it warmed my heart": a phrase holding the dreamer is theirs
        # ... and so is one the dreamer opens ("I was buzzing"), round 27
        words = o.word.split()
        mine = _THE_DREAMER_INSIDE[lang].intersection(words[1:]) or (
            words[0] in {"i", "i'm", "ich", "mir", "my"} or _I_INSIDE.intersection(words[1:])
        )  # "the best I've felt in years"
        cues.append(
            Cue(
                o.key,
                o.first,
                o.word,
                "word",
                "dreamer" if mine else experiencer(o.first, tokens, lang, persons, teller),
                intensity(o.first, tokens),
            )
        )
    for position, name, words_, negatable in body_cues(clean, tokens, lang, gates, present):
        if position in emotion_positions or (negatable and _negated(position, tokens, lexicon)):
            continue
        cues.append(
            Cue(
                name,
                position,
                words_,
                "body",
                # "a cold knot in the pit of my stomach": the body the cue names is the dreamer's
                "dreamer"
                # (round 44: "mir ist heiß geworden im Gesicht" opens with the dreamer)
                if names_my_body(words_) or words_.split()[0] in {"mir", "mich", "i", "ich"}
                else experiencer(position, tokens, lang, persons, teller),
                0.6,
            )
        )
    # "they said I looked terrified": not the dreamer's unless confirmed; a racing heart in a
    # sentence of joy is excitement, not fear.
    cues = [
        in_the_good_kind(c, tokens)
        for c in cues
        if not (
            c.experiencer == "dreamer"
            and ascribed(c.position, tokens)
            and not confirmed(c.position, tokens, clean)
        )
        # (round 46: or ascribed and denied: "kept saying i was paranoid. i wasn't")
        and not (c.experiencer == "dreamer" and ascribed_and_denied(c.position, tokens, clean))
        and not joyless_in_joy(c, cues, tokens)
        and not tears_of_a_cause(c, tokens)
    ]
    # "so glücklich war er da": the subject after the verb (round 42)
    cues = [
        Cue(c.name, c.position, c.word, c.source, "other", c.intensity)
        if c.experiencer == "dreamer"
        and lang == "de"
        and subject_after(
            c.position + (len(c.word.split()) - 1 if c.source == "word" else 0), tokens
        )
        else c
        for c in cues
    ]
    # "'you're scared, aren't you' and I said yeah, I was": asked of the dreamer, then
    # confirmed by them (round 42)
    cues = [
        Cue(c.name, c.position, c.word, c.source, "dreamer", c.intensity)
        if c.experiencer == "other"
        and said_to_me(c.position, tokens)
        and confirmed(c.position, tokens, clean)
        else c
        for c in cues
    ]
    # "everyone was terrified, me too": the dreamer shares it
    cues += [
        Cue(c.name, c.position, c.word, c.source, "dreamer", c.intensity)
        for c in cues
        if c.experiencer == "other" and shared_with_dreamer(c.position, tokens)
    ]
    cues.sort(key=lambda c: (c.position, c.experiencer))
    return Parsed(
        text=clean,
        language=lang,
        lexicon=lexicon,
        tokens=tokens,
        occurrences=occurrences,
        names=names,
        similes=similes,
        lines=lines,
        line_of=line_of,
        cues=cues,
        matched=matched,
        stems=roots,
        gates=gates,
        present=present,
    )
