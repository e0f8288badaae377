"""Turn dream text into `DreamFeatures`: emotions, symbols, settings, characters, dream signs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from dreamjournal.analysis.lexicon import CATEGORIES, EMOTION_AFFECT, Hit, Lexicon, load_lexicon
from dreamjournal.analysis.models import DreamFeatures, EmotionHit, Language, SymbolHit
from dreamjournal.analysis.text import (
    Tokens,
    build_tokens,
    guess_language,
    lookup_forms,
    normalize,
    scan,
)

NEUTRAL_AROUSAL: Final = 0.3  # reported when a dream names no emotion: resting, not frozen
TOP_WORDS: Final = 10
_NEGATION_WINDOW: Final = 3  # tokens before a cue word, inside its clause
_REFLEXIVE: Final = frozenset({"mich", "dich", "sich", "uns", "euch"})
_ACROSS_RANK: Final = {"sign": 0, "symbol": 1, "setting": 2, "character": 3, "word": 4}


@dataclass(slots=True)
class _Tally:
    """Counts, first positions and evidence words for one category."""

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, position: int, word: str) -> None:
        """Record one occurrence of `key` shown by `word`."""
        self.counts[key] += 1
        self.first.setdefault(key, position)
        words = self.evidence.setdefault(key, [])
        if word not in words:
            words.append(word)

    def ordered(self) -> list[str]:
        """Keys by count (high first), then by first appearance."""
        return sorted(self.counts, key=lambda k: (-self.counts[k], self.first[k]))


def _resolve_language(language: str | None, words: list[str]) -> Language:
    """Accept 'en'/'de' (also 'en-US', 'de_DE'), or guess when None."""
    if language is None:
        return guess_language(words)
    code = language.strip().lower().replace("_", "-").split("-")[0]
    if code == "en":
        return "en"
    if code == "de":
        return "de"
    raise ValueError(f"unsupported language {language!r}; use 'en' or 'de'")


def _word_hits(word: str, original: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    """All (category, key) pairs one word stands for; exact forms beat compound guesses."""
    hits: list[Hit] = []
    for form in lookup_forms(word, lexicon.language):
        for hit in lexicon.exact.get(form, ()):
            if hit not in hits:
                hits.append(hit)
    for hit in lexicon.cased.get(original, ()):
        if hit not in hits:
            hits.append(hit)
    if len(word) < 5 or lexicon.is_excluded(word):
        return tuple(hits)
    found = {category for category, _ in hits}
    for category, wild in lexicon.wildcards.items():
        if category in found:
            continue
        for match in wild.pattern.finditer(word):
            hit = (category, wild.keys[match.lastgroup or ""])
            if hit not in hits:
                hits.append(hit)
    return tuple(hits)


def _negated(i: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether the emotion cue at token i is negated ('not afraid', 'keine Angst')."""
    clause = tokens.clause[i]
    for j in range(i - 1, max(-1, i - 1 - _NEGATION_WINDOW), -1):
        if tokens.clause[j] != clause:
            break
        word = tokens.lower[j]
        if word in lexicon.negation_cancelers:  # "couldn't stop crying" still cries
            return False
        if word in lexicon.negators or word.endswith("n't"):
            return True
    # German puts nicht after verbs and adjectives: "ich fürchtete mich nicht". Nouns are
    # capitalised there, so "Angst, nicht aufzuwachen" keeps its fear.
    if lexicon.language == "de" and not tokens.original[i][:1].isupper():
        for j in range(i + 1, min(len(tokens.lower), i + 3)):
            if tokens.clause[j] != clause:
                break
            if tokens.lower[j] == "nicht":
                return True
            if tokens.lower[j] not in _REFLEXIVE:
                break
    return False


def _capitalised(word: str) -> bool:
    """Capitalised like a name: not "I", not an acronym."""
    return word[:1].isupper() and word[1:] != word[1:].upper()


def _titled_names(tokens: Tokens, lexicon: Lexicon) -> frozenset[int]:
    """Positions of capitalised words right after a title ("Frau Berger", "uncle Bob")."""
    return frozenset(
        i
        for i in range(1, len(tokens.lower))
        if tokens.lower[i - 1] in lexicon.name_titles
        and tokens.clause[i - 1] == tokens.clause[i]
        and _capitalised(tokens.original[i])
        and tokens.lower[i] not in lexicon.stopwords
        and not _is_emotion_word(tokens.lower[i], lexicon)  # "weil die Frau Angst hatte"
    )


def _is_emotion_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a listed emotion form (an emotion noun is never a name)."""
    return any(
        category == "emotions"
        for form in lookup_forms(word, lexicon.language)
        for category, _ in lexicon.exact.get(form, ())
    )


def _match_words(
    tokens: Tokens, lexicon: Lexicon, names: frozenset[int]
) -> tuple[dict[str, _Tally], set[int]]:
    """Count lexicon hits per category (phrases first, they consume their words)."""
    tallies = {category: _Tally() for category in CATEGORIES}
    # A titled name is a person, not a word: Herr Wolf is no wolf, Frau Berger no mountain.
    consumed: dict[str, set[int]] = {category: set(names) for category in CATEGORIES}
    words = tokens.lower
    for i, word in enumerate(words):
        for phrase in lexicon.phrases.get(word, ()):
            end = i + len(phrase.words)
            if (
                i in consumed[phrase.category]
                or tuple(words[i:end]) != phrase.words
                or tokens.clause[end - 1] != tokens.clause[i]
            ):
                continue
            if phrase.category == "emotions" and _negated(i, tokens, lexicon):
                continue
            tallies[phrase.category].add(phrase.key, i, " ".join(phrase.words))
            consumed[phrase.category].update(range(i, end))

    matched: set[int] = set().union(*consumed.values()) - names
    seen: dict[tuple[str, str], tuple[Hit, ...]] = {}  # per call only; never cached globally
    for i, word in enumerate(words):
        original = tokens.original[i]
        hits = seen.get((word, original))
        if hits is None:
            hits = seen[(word, original)] = _word_hits(word, original, lexicon)
        for category, key in hits:
            if i in consumed[category]:
                continue
            matched.add(i)
            if category == "emotions" and _negated(i, tokens, lexicon):
                continue
            tallies[category].add(key, i, word)
    return tallies, matched


def _possessive_stripped(word: str) -> str:
    """Anna's -> Anna."""
    return word[:-2] if word.endswith("'s") else word


def _untitled_name(i: int, tokens: Tokens, lexicon: Lexicon, lowercase_words: set[str]) -> bool:
    """An English mid-sentence capitalised word that is no known word and no place."""
    if lexicon.language == "de" or tokens.sentence_start[i]:
        return False  # German capitalises every noun; a sentence start says nothing
    base = _possessive_stripped(tokens.lower[i])
    if (
        base in lexicon.stopwords
        or base in lexicon.name_exclusions
        or base in lexicon.detect_words
        or base in lowercase_words  # also written lower-case: an ordinary word
    ):
        return False
    previous = tokens.lower[i - 1] if i > 0 else ""
    return previous not in lexicon.place_prepositions  # "to Paris" is a place


def _names(
    tokens: Tokens, matched: set[int], titled: frozenset[int], lexicon: Lexicon
) -> list[str]:
    """Capitalised person names: after a title, or (English only) any mid-sentence one."""
    lowercase_words = {w for w, o in zip(tokens.lower, tokens.original, strict=True) if w == o}
    names: list[str] = []
    for i, original in enumerate(tokens.original):
        if i in matched or not _capitalised(original):
            continue
        if i in titled or _untitled_name(i, tokens, lexicon, lowercase_words):
            name = _possessive_stripped(original)
            if name not in names:
                names.append(name)
    return names


def _top_words(tokens: Tokens, lexicon: Lexicon) -> list[str]:
    """Most frequent content words (stopwords, negators, short words and numbers removed)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, word in enumerate(tokens.lower):
        if (
            len(word) < 3
            or word in lexicon.stopwords
            or word in lexicon.negators
            or any(ch.isdigit() for ch in word)
        ):
            continue
        counts[word] += 1
        first.setdefault(word, i)
    ranked = sorted(counts, key=lambda w: (-counts[w], first[w]))
    return ranked[:TOP_WORDS]


def _dream_signs(lower_text: str, lexicon: Lexicon) -> list[str]:
    """Dream signs whose patterns occur, in order of first appearance."""
    found: list[tuple[int, int, str]] = []
    for order, (name, patterns) in enumerate(lexicon.dream_signs):
        starts = [m.start() for p in patterns if (m := p.search(lower_text)) is not None]
        if starts:
            found.append((min(starts), order, name))
    return [name for _, _, name in sorted(found)]


def _analyze(text: str, language: str | None) -> tuple[DreamFeatures, frozenset[str]]:
    """Analyze one text; also return the words that matched any lexicon entry."""
    clean = normalize(text)
    pieces = scan(clean)
    words = [piece.lower() for kind, piece in pieces if kind == "word"]
    lexicon = load_lexicon(_resolve_language(language, words))
    tokens = build_tokens(pieces, lexicon)
    titled = _titled_names(tokens, lexicon)
    tallies, matched = _match_words(tokens, lexicon, titled)

    emotion_tally = tallies["emotions"]
    emotions = [
        EmotionHit(
            name=name,
            valence=EMOTION_AFFECT[name][0],
            arousal=EMOTION_AFFECT[name][1],
            count=emotion_tally.counts[name],
            evidence=emotion_tally.evidence[name],
        )
        for name in emotion_tally.ordered()
    ]
    total = sum(hit.count for hit in emotions)
    valence = sum(h.valence * h.count for h in emotions) / total if total else 0.0
    arousal = sum(h.arousal * h.count for h in emotions) / total if total else NEUTRAL_AROUSAL

    symbol_tally = tallies["symbols"]
    symbols = [
        SymbolHit(name=key, count=symbol_tally.counts[key], evidence=symbol_tally.evidence[key])
        for key in symbol_tally.ordered()
    ]
    characters = tallies["characters"].ordered()
    characters += [n for n in _names(tokens, matched, titled, lexicon) if n not in characters]
    features = DreamFeatures(
        language=lexicon.language,
        emotions=emotions,
        valence=round(valence, 3),
        arousal=round(arousal, 3),
        symbols=symbols,
        settings=tallies["settings"].ordered(),
        characters=characters,
        dream_signs=_dream_signs(clean.lower(), lexicon),
        word_count=len(tokens.lower),
        top_words=_top_words(tokens, lexicon),
    )
    return features, frozenset(tokens.lower[i] for i in matched)


def analyze(text: str, language: str | None = None) -> DreamFeatures:
    """Extract emotions, symbols, settings, characters and dream signs from one dream (en/de)."""
    return _analyze(text, language)[0]


def dream_signs_across(texts: Iterable[str], min_count: int = 2) -> list[tuple[str, int]]:
    """Signs, symbols, settings, characters and words recurring across dreams (once per dream)."""
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    counts: Counter[str] = Counter()
    rank: dict[str, int] = {}
    for text in texts:
        features, matched_words = _analyze(text, None)
        labels: dict[str, int] = {}
        for sign in features.dream_signs:
            labels.setdefault(sign, _ACROSS_RANK["sign"])
        for symbol in features.symbols:
            labels.setdefault(symbol.name, _ACROSS_RANK["symbol"])
        for setting in features.settings:
            labels.setdefault(setting, _ACROSS_RANK["setting"])
        for character in features.characters:
            labels.setdefault(character, _ACROSS_RANK["character"])
        people = {character.lower() for character in features.characters}
        for word in features.top_words:
            if word not in matched_words and word not in people:
                labels.setdefault(word, _ACROSS_RANK["word"])
        for label, label_rank in labels.items():
            counts[label] += 1
            rank[label] = min(rank.get(label, label_rank), label_rank)
    recurring = [(label, n) for label, n in counts.items() if n >= min_count]
    return sorted(recurring, key=lambda item: (-item[1], rank[item[0]], item[0]))
