"""Turn dream text into `DreamFeatures`: emotions, symbols, settings, characters, dream signs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from dreamjournal.analysis.emotions import (
    HVDC_OF,
    awake_aside,
    class_among,
    coded_class,
    context_class,
    feeling_in_context,
    from_exertion,
    mentions_exertion,
    we_share,
)
from dreamjournal.analysis.gates import PatternGates
from dreamjournal.analysis.lexicon import EMOTION_AFFECT, Lexicon, load_lexicon
from dreamjournal.analysis.models import (
    DreamFeatures,
    EmotionHit,
    HvdcClass,
    Language,
    SymbolHit,
)
from dreamjournal.analysis.parse import Parsed, parse
from dreamjournal.analysis.scene_plan import ScenePlan
from dreamjournal.analysis.text import Tokens, normalize

NEUTRAL_AROUSAL: Final = 0.3  # reported when a dream names no emotion: resting, not frozen
TOP_WORDS: Final = 10
_ACROSS_RANK: Final = {"sign": 0, "symbol": 1, "setting": 2, "character": 3, "word": 4}
# Dream signs that imply apprehension on their own ("falling again.").
_ANXIOUS_SIGNS: Final = frozenset(
    {"falling", "being chased", "can't run", "can't scream", "teeth falling out", "being late",
     "naked in public", "paralysis", "lost", "exam"}
)  # fmt: skip

DreamFeatures.model_rebuild(_types_namespace={"ScenePlan": ScenePlan})


@dataclass(slots=True)
class _Tally:
    """Counts, first positions and evidence words for one category."""

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, float] = field(default_factory=dict)
    body: dict[str, bool] = field(default_factory=dict)

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


def _dream_signs(
    lower_text: str,
    lexicon: Lexicon,
    gates: PatternGates | None = None,
    present: frozenset[str] | None = None,
) -> list[str]:
    """Dream signs whose patterns occur, in order of first appearance (`gates` holding the
    lexicon's sign patterns and the needles `present` in a text that `lower_text` is made of
    stretches of, joined by white space, when the caller has them)."""
    found: list[tuple[int, int, str]] = []
    if gates is None or present is None or not gates.joins_safely:
        gates = lexicon.sign_gates
        present = gates.present(lower_text)
    for order, (name, patterns) in enumerate(lexicon.dream_signs):
        starts = [
            m.start() for p in patterns if (m := gates.search(p, lower_text, present)) is not None
        ]
        if starts:
            found.append((min(starts), order, name))
    return [name for _, _, name in sorted(found)]


def _hits(tally: _Tally) -> list[EmotionHit]:
    """EmotionHits from a tally of fine emotion names."""
    return [
        EmotionHit(
            name=name,
            valence=EMOTION_AFFECT[name][0],
            arousal=EMOTION_AFFECT[name][1],
            count=tally.counts[name],
            evidence=tally.evidence[name],
            hvdc=HVDC_OF[name],
            intensity=tally.extra.get(name, 0.6),
            body=tally.body.get(name, False),
        )
        for name in tally.ordered()
    ]


def _classes(hits: list[EmotionHit]) -> list[str]:
    """HVdC classes in the order of their first hit."""
    return list(dict.fromkeys(h.hvdc for h in hits))


def dream_signs_of(text: str, language: Language) -> list[str]:
    """The dream signs a text shows, without the rest of the analysis (a quick look: the crisis
    check asks whether an entry is plainly a dream)."""
    return _dream_signs(normalize(text).lower(), load_lexicon(language))


def _sign_text(parsed: Parsed) -> str:
    """The lower-cased text without meta lines (a sign is never read from a remark)."""
    if not parsed.lines:
        return parsed.text.lower()
    return " \n".join(
        parsed.text[line.start : line.end].lower() for line in parsed.lines if line.kind != "meta"
    )


_ANIMALS: Final = frozenset({"dog", "cat", "bird", "horse", "wolf", "snake", "spider"})


def _thing_positions(parsed: Parsed) -> frozenset[int]:
    """First tokens of places and objects ("an abandoned hospital", "a lonely road"); animals
    are left out, they can feel ("the frightened dog")."""
    return frozenset(
        o.first
        for o in parsed.occurrences
        if o.category == "settings" or (o.category == "symbols" and o.key not in _ANIMALS)
    )


_THING_IS: Final = frozenset(
    {"was", "were", "is", "are", "looked", "seemed", "war", "waren", "ist", "sind", "lag", "lagen",
     "wirkte", "wirkten", "sah", "stand"}
)  # fmt: skip
_THING_DEGREE: Final = frozenset(
    {"so", "very", "really", "all", "quite", "rather", "completely", "totally", "ganz", "sehr",
     "total", "völlig", "irgendwie", "ziemlich", "still", "noch"}
)  # fmt: skip


_THING_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "our", "my", "der", "die", "das", "ein", "eine", "mein",
     "meine", "unser", "unsere", "dieser", "diese", "dieses"}
)  # fmt: skip


def _said_of_a_thing(position: int, tokens: Tokens, things: frozenset[int]) -> bool:
    """A feeling word said of a place or an object that opens its clause: "the sky was gloomy",
    "das Haus war verlassen", "die See war unruhig" (round 31); not of the dreamer or a person."""
    j = position - 1
    clause = tokens.clause[position]
    while j >= 0 and tokens.clause[j] == clause and tokens.lower[j] in _THING_DEGREE:
        j -= 1
    if j < 1 or tokens.clause[j] != clause or tokens.lower[j] not in _THING_IS:
        return False
    noun = j - 1
    if noun not in things or tokens.clause[noun] != clause:
        return False
    start = noun - 1 if noun >= 1 and tokens.clause[noun - 1] == clause else noun
    return start == noun or tokens.lower[start] in _THING_DETERMINERS


def _thing_after(position: int, tokens: Tokens, things: frozenset[int]) -> bool:
    """Whether a place or an object follows the feeling word ("a sad film"); not a verb in the
    past that names one ("Relief flooded through me", round 38)."""
    after = position + 1
    return after in things and not tokens.lower[after].endswith("ed")


def features_from(parsed: Parsed, plan: ScenePlan | None) -> DreamFeatures:
    """Build `DreamFeatures` from one parse (and its scene plan)."""
    lexicon, tokens = parsed.lexicon, parsed.tokens
    mine, theirs, waking = _Tally(), _Tally(), _Tally()
    coded: dict[HvdcClass, int] = {}  # HVdC class -> first position (the dreamer's)
    coded_other: dict[HvdcClass, int] = {}
    things = _thing_positions(parsed)
    sporty = mentions_exertion(parsed.text)
    for cue in parsed.cues:
        kind = parsed.line_kind(cue.position)
        if (
            not feeling_in_context(
                cue, tokens, lexicon.language, _thing_after(cue.position, tokens, things)
            )
            or (sporty and from_exertion(cue, parsed.cues, tokens, parsed.text))
            or _said_of_a_thing(cue.position, tokens, things)
        ):
            continue  # "Happy Hour", "a sad film", "heart pounding" in a marathon, "the sky
            # was gloomy"
        if kind == "waking" or awake_aside(cue, tokens):
            waking.add(cue.name, cue.position, cue.word)
            continue
        if kind == "meta":
            continue  # a negated line keeps the cues that are not negated themselves
        tally = mine if cue.experiencer == "dreamer" else theirs
        tally.add(cue.name, cue.position, cue.word)
        hvdc = (
            context_class(cue, tokens)
            or class_among(cue, parsed.cues, tokens)
            or coded_class(cue.name, cue.word)
        )
        if hvdc is not None:
            (coded if cue.experiencer == "dreamer" else coded_other).setdefault(hvdc, cue.position)
            if cue.experiencer == "dreamer" and we_share(cue, tokens):
                coded_other.setdefault(hvdc, cue.position)  # "we were all scared": both
        tally.extra[cue.name] = max(tally.extra.get(cue.name, 0.0), cue.intensity)
        tally.body[cue.name] = tally.body.get(cue.name, True) and cue.source == "body"
    emotions = _hits(mine)
    total = sum(hit.count for hit in emotions)
    valence = sum(h.valence * h.count for h in emotions) / total if total else 0.0
    arousal = sum(h.arousal * h.count for h in emotions) / total if total else NEUTRAL_AROUSAL

    tallies = {"symbols": _Tally(), "settings": _Tally(), "characters": _Tally()}
    for o in parsed.occurrences:
        if o.category in tallies:
            tallies[o.category].add(o.key, o.first, o.word)
    symbol_tally = tallies["symbols"]
    symbols = [
        SymbolHit(name=key, count=symbol_tally.counts[key], evidence=symbol_tally.evidence[key])
        for key in symbol_tally.ordered()
    ]
    characters = tallies["characters"].ordered()
    characters += [n for _, n in parsed.names if n not in characters]
    signs = _dream_signs(_sign_text(parsed), lexicon, parsed.gates, parsed.present)
    dreamer_classes = sorted(coded, key=lambda c: coded[c])
    implied: list[HvdcClass] = ["apprehension"] if set(signs) & _ANXIOUS_SIGNS else []
    from dreamjournal.analysis.nightmare import distress_of

    partial = DreamFeatures(
        language=lexicon.language,
        emotions=emotions,
        valence=round(valence, 3),
        arousal=round(arousal, 3),
        symbols=symbols,
        settings=tallies["settings"].ordered(),
        characters=characters,
        dream_signs=signs,
        word_count=len(tokens.lower),
        top_words=_top_words(tokens, lexicon),
        dreamer_classes=dreamer_classes,
        other_emotions=_hits(theirs),
        other_classes=sorted(coded_other, key=lambda c: coded_other[c]),
        implied_classes=implied,
        waking_feelings=waking.ordered(),
        scene_plan=plan,
    )
    return partial.model_copy(update={"distress": distress_of(partial)})


def analyze(text: str, language: str | None = None) -> DreamFeatures:
    """Emotions, symbols, settings, characters, dream signs and the scene plan of one dream."""
    from dreamjournal.analysis.nightmare import CLEARLY_DISTRESSING
    from dreamjournal.analysis.planner import plan_from

    parsed = parse(text, language)
    plan = plan_from(parsed)
    features = features_from(parsed, plan)
    plan = plan.model_copy(update={"distressing": features.distress >= CLEARLY_DISTRESSING})
    return features.model_copy(update={"scene_plan": plan})


def sign_labels(text: str) -> dict[str, int]:
    """One dream's candidate signs: label -> rank (sign, symbol, setting, character, word).

    What `dream_signs_across` counts for each text; a caller that sees the same dreams again
    (the Insights page after one more dream) keeps these per dream instead of re-reading.
    """
    parsed = parse(text, None)
    features = features_from(parsed, None)
    matched_words = frozenset(parsed.tokens.lower[i] for i in parsed.matched)
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
    return labels


def recurring_signs(
    per_dream: Iterable[dict[str, int]], min_count: int = 2
) -> list[tuple[str, int]]:
    """Labels found in at least `min_count` dreams (counted once per dream), most frequent
    first, then by kind (signs before symbols before words), then by name."""
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    counts: Counter[str] = Counter()
    rank: dict[str, int] = {}
    for labels in per_dream:
        for label, label_rank in labels.items():
            counts[label] += 1
            rank[label] = min(rank.get(label, label_rank), label_rank)
    recurring = [(label, n) for label, n in counts.items() if n >= min_count]
    return sorted(recurring, key=lambda item: (-item[1], rank[item[0]], item[0]))


def dream_signs_across(texts: Iterable[str], min_count: int = 2) -> list[tuple[str, int]]:
    """Signs, symbols, settings, characters and words recurring across dreams (once per dream)."""
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    return recurring_signs((sign_labels(text) for text in texts), min_count)
