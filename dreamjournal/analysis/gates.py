"""Fixed patterns of the analysis behind `regex_gate` pre-tests.

Most of the analysis's patterns (dream signs, body cues, meta and waking lines) start with `\\b`,
so Python's engine tries each at every position of a dream although nearly all of them miss.
`PatternGates` gives each pattern the crisis check's pre-test (`regex_gate.Gated`): the strings
every match holds are looked up in a text once for all the patterns, and a pattern none of whose
strings the text holds is never run: every set of strings the pattern requires ("fand ...
nicht" needs both words), not just the most telling one, must have one of its strings in the
text. What is found is exactly what the pattern finds alone.

A text's `present` set may come from a longer text holding it (the whole dream for one of its
lines): whatever a stretch of the text holds, the whole text holds too; so may a text made of
stretches of it joined by white space, when no needle holds white space (`joins_safely`). For
many short stretches (every line of a dream) `possible` picks the patterns worth running once
for the whole text. `joined` serves several modules' patterns with one look-up per text.
Nothing about a text is kept beyond the call that looks it up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dreamjournal.analysis.regex_gate import Gated, Needles, may_match_all


class PatternGates:
    """Compiled patterns, each with its pre-test; their needles looked up once per text."""

    __slots__ = ("_gates", "_needles", "joins_safely")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._gates = {pattern: Gated(pattern) for pattern in patterns}
        sets = [s for g in self._gates.values() for s in g.needle_sets() if s]
        self._needles = Needles(sets)
        self.joins_safely = not any(c.isspace() for s in sets for needle in s for c in needle)

    def _may_match(self, pattern: re.Pattern[str], present: frozenset[str]) -> bool:
        """False only when the text lacks every string of one set the pattern requires."""
        return may_match_all(self._gates[pattern].required, present)

    @classmethod
    def joined(cls, *groups: PatternGates) -> PatternGates:
        """One set of gates for the patterns of all `groups` (their needles looked up at once)."""
        return cls(pattern for group in groups for pattern in group._gates)

    def present(self, text: str) -> frozenset[str]:
        """The needles of all the patterns that `text` holds (pass it to the searches)."""
        return self._needles.present(text)

    def possible(
        self, patterns: Iterable[re.Pattern[str]], present: frozenset[str]
    ) -> list[re.Pattern[str]]:
        """The patterns that may match somewhere in the text `present` was looked up in, in
        order: searching only these over the text, or over any stretch of it, finds the same."""
        return [p for p in patterns if self._may_match(p, present)]

    def finditer(
        self, pattern: re.Pattern[str], text: str, present: frozenset[str]
    ) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, skipped when the text cannot hold a match."""
        if not self._may_match(pattern, present):
            return iter(())
        return self._gates[pattern].finditer(text, present)

    def search(
        self, pattern: re.Pattern[str], text: str, present: frozenset[str]
    ) -> re.Match[str] | None:
        """`pattern.search(text)`, skipped when the text cannot hold a match."""
        return next(self.finditer(pattern, text, present), None)
