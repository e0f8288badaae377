"""The regex pre-test skips a crisis pattern only where it cannot match: the safety net must catch
exactly what it caught before, only faster."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dreamjournal.analysis.regex_gate import Gated, Needles, alternatives, may_match, needles
from dreamjournal.therapy import crisis_concepts, crisis_model, safety

EVAL = Path(__file__).resolve().parent.parent / "eval"
# Every expression the crisis check searches with a pre-test.
CRISIS_REGEXES = [p.regex for p in (*safety._PATTERNS, *safety._FIELDS)] + [
    rx.regex for _, rx in crisis_concepts._PHRASE_RX
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bgod\s+take\s+me\b", {"take"}),  # the longest of the words every match holds
        (r"\b(?:pills|tabletten)\s+(?:gesammelt|gehortet)", {"gesammelt", "gehortet"}),
        (r"\bwish(?:ed)?\s+i\s+(?:was|were)\s+not\s+alive", {"alive"}),
        (r"(?:abc|xyz)+q", {"abc", "xyz"}),  # a repeat that occurs at least once still counts
        (r"\b(?:i'm|i\s+am)\s+a\s+burden", {"burden"}),
        (r"(?:letter|brief)e?\b", {"letter", "brief"}),
        (r"[bh]ridge", {"bridge", "hridge"}),  # a small class of letters is spelled out
    ],
)
def test_needles_are_strings_every_match_holds(pattern: str, expected: set[str]) -> None:
    assert needles(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:sh|cut)\b",  # too short to tell texts apart
        r"(?i)kill",  # case-folded: a substring test would miss "KILL"
        r"x(?:abc)?yz",  # what is optional is not required
        r"\b(?:a\w+|bcd)",  # one branch requires nothing long enough
        r"\w+in\b",
    ],
)
def test_no_needles_where_none_are_certain(pattern: str) -> None:
    assert needles(re.compile(pattern)) is None


def test_the_pretest_only_skips_what_holds_no_needle() -> None:
    rx = re.compile(r"\bgod\s+take\s+me\b")
    found = needles(rx)
    index = Needles([found, None])
    assert may_match(found, index.present("please god take me home"))
    assert not may_match(found, index.present("i took the bus"))
    assert may_match(None, index.present("anything"))  # no needles: always searched


def test_most_crisis_patterns_have_needles() -> None:
    """The gate is worth it only if it covers the patterns; a pattern without needles is still
    searched every time (correct, just slower)."""
    covered = sum(needles(rx) is not None for rx in CRISIS_REGEXES)
    assert covered >= 0.9 * len(CRISIS_REGEXES)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_text_a_crisis_pattern_matches_is_never_skipped(data: st.DataObject) -> None:
    rx = data.draw(st.sampled_from(CRISIS_REGEXES), label="pattern")
    text = data.draw(st.from_regex(rx), label="text")  # a match with any text around it
    if rx.search(text):
        assert may_match(needles(rx), Needles([needles(rx)]).present(text)), rx.pattern
    gated = _gated(rx)
    found = gated.finditer(text, Needles(gated.needle_sets()).present(text))
    assert [m.span() for m in found] == [m.span() for m in rx.finditer(text)], rx.pattern


_GATED: dict[str, Gated] = {}
_SPLIT: list[re.Pattern[str]] = []


def _split_regexes() -> list[re.Pattern[str]]:
    """The patterns with more than one top-level alternative, found once (splitting compiles
    every alternative: done for each example, it was nearly all of this test's two minutes)."""
    if not _SPLIT:
        _SPLIT.extend(r for r in CRISIS_REGEXES if len(alternatives(r)) > 1)
    return _SPLIT


def _gated(rx: re.Pattern[str]) -> Gated:
    """Each pattern's pre-test built once for all examples (building compiles every alternative)."""
    if rx.pattern not in _GATED:
        _GATED[rx.pattern] = Gated(rx)
    return _GATED[rx.pattern]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_alternatives_tried_alone_find_what_the_whole_finds(data: st.DataObject) -> None:
    """Two alternatives' matches in one text: the whole expression decides, as without the gate."""
    rx = data.draw(st.sampled_from(_split_regexes()))
    parts = alternatives(rx)
    assert "|".join(p.pattern for p in parts) == rx.pattern
    pieces = [
        data.draw(st.from_regex(p, fullmatch=True))
        for p in data.draw(st.lists(st.sampled_from(parts), min_size=1, max_size=3))
    ]
    text = data.draw(st.sampled_from([" ", ". ", " and "])).join(pieces)
    gated = _gated(rx)
    found = gated.finditer(text, Needles(gated.needle_sets()).present(text))
    assert [m.span() for m in found] == [m.span() for m in rx.finditer(text)], rx.pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            r"\bpaid\s+rent|\bkeys?\s+(?:left|returned)|brief",
            [r"\bpaid\s+rent", r"\bkeys?\s+(?:left|returned)", "brief"],
        ),
        (r"(?:a|b)c|[|(]d|\|e", ["(?:a|b)c", "[|(]d", "\\|e"]),  # nested, in a class, escaped
        (r"[]|]x|y", ["[]|]x", "y"]),  # "]" first in a class is a literal
        (r"(a)|\1b", ["(a)|\\1b"]),  # a back-reference ties the alternatives together
        (r"(?i)kill|die", ["(?i)kill|die"]),  # an inline flag applies to all of them
    ],
)
def test_alternatives_split_only_at_the_top_level(pattern: str, expected: list[str]) -> None:
    assert [p.pattern for p in alternatives(re.compile(pattern))] == expected


def test_a_common_word_no_longer_runs_a_long_expression() -> None:
    """'brief' is in the text but 'rent'/'paid' are not: only the 'brief' alternative is tried."""
    gated = Gated(re.compile(r"\b(?:rent|bills)\b[^.]{0,40}\bpaid\b|\bbrief\w*\s+geschrieben"))
    index = Needles(gated.needle_sets())
    assert not list(gated.finditer("a brief visit", index.present("a brief visit")))
    text = "abschiedsbriefe geschrieben"
    assert [m.group() for m in gated.finditer(text, index.present(text))] == []
    text = "brief geschrieben, the bills"
    assert [m.group() for m in gated.finditer(text, index.present(text))] == ["brief geschrieben"]
    text = "rent was paid, brief geschrieben"  # both alternatives: the whole expression runs
    found = [m.group() for m in gated.finditer(text, index.present(text))]
    assert found == ["rent was paid", "brief geschrieben"]


def _eval_texts() -> list[str]:
    """Our own labelled lines and dream passages (never the held-out 'fresh' sets)."""
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        if "fresh" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    # An even sample of at most 900 texts of every file and kind, however many the sets grow to
    # (the equivalence this checks does not need each line of a new training set in time).
    return texts[:: -(-len(texts) // 900)]


def test_the_crisis_check_finds_the_same_with_and_without_the_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _eval_texts()
    assert len(texts) > 800
    # The sentence vectors do not depend on the gate: each window's is computed once for both
    # runs (the encoder is most of the check's time, and would double this test's).
    vectors: dict[tuple[tuple[str, ...], tuple[tuple[int, ...], ...]], np.ndarray] = {}
    encode = crisis_model.dense_features

    def once(sentences: list[str], groups: list[list[int]]) -> np.ndarray:
        key = (tuple(sentences), tuple(map(tuple, groups)))
        if key not in vectors:
            vectors[key] = encode(sentences, groups)
        return vectors[key]

    monkeypatch.setattr(crisis_model, "dense_features", once)
    gated = [safety.assess_crisis(t) for t in texts]
    monkeypatch.setattr(Gated, "finditer", lambda self, text, present: self.regex.finditer(text))
    ungated = [safety.assess_crisis(t) for t in texts]
    assert sum(a.flagged for a in ungated) > 100  # the lines do hold crisis language
    assert gated == ungated


def test_an_alternative_is_tried_only_when_every_word_it_needs_is_there() -> None:
    """'more' alone does not run an alternative that also needs a blade; both together do."""
    rx = re.compile(r"\b(?:blades?|razors?)\b[^.]{0,30}\b(?:again|more)\b|\bpaid\s+rent")
    gated = Gated(rx)
    first_needs = set(gated._alternatives[0][1])
    assert {frozenset({"blade", "razor"}), frozenset({"again", "more"})} <= first_needs
    tried: list[str] = []

    class Spy:
        def __init__(self, part: re.Pattern[str]) -> None:
            self.part = part

        def search(self, text: str) -> re.Match[str] | None:
            tried.append(self.part.pattern)
            return self.part.search(text)

        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            return self.part.finditer(text)

    gated._alternatives = tuple((Spy(p), sets) for p, sets in gated._alternatives)  # type: ignore[misc]
    index = Needles(gated.needle_sets())
    text = "no more rain, paid rent"
    assert gated.search(text, index.present(text))
    assert tried == [r"\bpaid\s+rent"]  # "more" without a blade or razor: never tried
    text = "bought more razors, then more"
    assert gated.search(text, index.present(text))
