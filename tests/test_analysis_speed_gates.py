"""The analysis's pre-tests (`analysis.gates`, the compound-part test) change no result.

A pattern is skipped only where the text cannot hold a match of it, so `analyze` must return
exactly what it returns with every pattern run over every text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dreamjournal.analysis import analyze
from dreamjournal.analysis.features import _dream_signs
from dreamjournal.analysis.gates import PatternGates
from dreamjournal.analysis.lexicon import Wildcards, load_lexicon, trigrams
from dreamjournal.analysis.parse import text_gates

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = (
    "dream_emotions.jsonl",
    "dream_emotions_dev2.jsonl",
    "dream_emotions_dev5.jsonl",
    "visualize_dreams.jsonl",
)


def _passages() -> list[tuple[str, str]]:
    out = []
    for name in SETS:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row.get("lang") or row["language"]))
    return out


PASSAGES = _passages()


@pytest.fixture
def ungated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every pattern run over every text, every word through the compound patterns."""

    def finditer(
        self: PatternGates, pattern: re.Pattern[str], text: str, present: frozenset[str]
    ) -> Iterator[re.Match[str]]:
        return pattern.finditer(text)

    def search(
        self: PatternGates, pattern: re.Pattern[str], text: str, present: frozenset[str]
    ) -> re.Match[str] | None:
        return pattern.search(text)

    def possible(
        self: PatternGates, patterns: list[re.Pattern[str]], present: frozenset[str]
    ) -> list[re.Pattern[str]]:
        return list(patterns)

    monkeypatch.setattr(PatternGates, "finditer", finditer)
    monkeypatch.setattr(PatternGates, "search", search)
    monkeypatch.setattr(PatternGates, "possible", possible)
    monkeypatch.setattr(Wildcards, "may_match", lambda self, pieces: True)
    yield


def test_the_eval_dreams_read_the_same_with_every_pattern_run(
    ungated: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = [analyze(text, lang).model_dump_json() for text, lang in PASSAGES]
    monkeypatch.undo()
    assert [analyze(text, lang).model_dump_json() for text, lang in PASSAGES] == everything


@pytest.mark.parametrize("language", ["en", "de"])
def test_dream_signs_from_the_shared_lookup_match_a_plain_search(language: str) -> None:
    lexicon = load_lexicon(language)  # type: ignore[arg-type]
    gates = text_gates(language)  # type: ignore[arg-type]
    assert gates.joins_safely  # else the signs would look their needles up again
    for text, lang in PASSAGES:
        if lang != language:
            continue
        lower = text.lower()
        joined = " \n".join(lower.split(". "))  # stretches of the text, as `_sign_text` joins
        present = gates.present(lower)
        found = []
        for order, (name, patterns) in enumerate(lexicon.dream_signs):
            starts = [m.start() for p in patterns if (m := p.search(joined)) is not None]
            if starts:
                found.append((min(starts), order, name))
        plain = [name for _, _, name in sorted(found)]
        assert _dream_signs(joined, lexicon, gates, present) == plain, text


def test_a_word_without_a_compound_part_matches_no_compound_pattern() -> None:
    for language in ("en", "de"):
        lexicon = load_lexicon(language)  # type: ignore[arg-type]
        words = {w for text, lang in PASSAGES if lang == language for w in text.lower().split()}
        words |= set(lexicon.exact)
        for wild in lexicon.wildcards.values():
            for word in words:
                if not wild.may_match(trigrams(word)):
                    assert wild.pattern.search(word) is None, word
