"""Skip a regular expression over a text that cannot hold a match.

The crisis patterns are hundreds of expressions like `\\b(?:god|lord)\\s+(?:please\\s+)?take me`.
Python's engine tries such an expression at every position of the text (a leading `\\b` turns off
its literal-prefix scan), so on a 300-word entry the patterns cost milliseconds even though nearly
all of them miss. Every match of that example contains "take"; a substring test for it costs
well under a microsecond. `needles` reads an expression's parsed form and returns such a set of
strings (every match contains at least one of them), or None when it cannot say; `Needles` finds
which of all the expressions' strings a text holds, once; `may_match` is then a safe pre-test:
False only where the expression cannot match.

`Gated` goes one step further for an expression made of many alternatives
(`\\b(?:rent|bills)...paid|\\bpaid\\s+off|...`): its needles are the union of all the
alternatives' strings, so one common word lets the whole expression run. `Gated` also compiles
each top-level alternative alone with its own needles; on a text only the alternatives whose
needles are there are tried, and the whole expression runs only when two of them match. It finds
exactly what the whole expression finds (an alternative with no match anywhere in the text
cannot take part in any match of the whole).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_LIMIT = 64  # at most this many strings in one set (alternatives multiply)
_MIN_LENGTH = 3  # a needle shorter than this is in nearly every text: no gate

_WORD_RUN = re.compile(r"\w+")
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
Item = tuple[Any, Any]  # (opcode, argument) of the parsed expression


def needles(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `regex` contains at least one, or None (no safe set)."""
    return _best(required_sets(regex))


def required_sets(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings; every match of `regex` holds one string of each set (only sets whose
    shortest string is long enough to tell); empty when it cannot say."""
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except (re.error, AttributeError, TypeError):  # an engine this module does not know
        return ()
    return tuple(
        frozenset(found)
        for found in required(list(parsed.data))
        if found and min(map(len, found)) >= _MIN_LENGTH
    )


class Needles:
    """The needles of many expressions, looked up in a text once for all of them."""

    def __init__(self, sets: Iterable[frozenset[str] | None]) -> None:
        self._all = tuple(sorted(frozenset().union(*(s for s in sets if s))))
        # A needle of word characters lies inside one run of them ("\\w+"): each run's
        # positions are looked up by the three letters there instead of every needle being
        # searched for in the whole text. Other needles ("'ll") are searched for as they are.
        self._by_start: dict[str, tuple[str, ...]] = {}
        for needle in self._all:
            if len(needle) >= _MIN_LENGTH and _WORD_RUN.fullmatch(needle):
                key = needle[:_MIN_LENGTH]
                self._by_start[key] = (*self._by_start.get(key, ()), needle)
        indexed = {n for group in self._by_start.values() for n in group}
        self._other = tuple(n for n in self._all if n not in indexed)

    def present(self, text: str) -> frozenset[str]:
        """The needles that occur in `text`."""
        found = {n for n in self._other if n in text}
        by_start = self._by_start
        for run in set(_WORD_RUN.findall(text)):
            for i in range(len(run) - _MIN_LENGTH + 1):
                for needle in by_start.get(run[i : i + _MIN_LENGTH], ()):
                    if run.startswith(needle, i):
                        found.add(needle)
        return frozenset(found)


def may_match(found: frozenset[str] | None, present: frozenset[str]) -> bool:
    """False only when none of an expression's needles is `present` (so it cannot match)."""
    return found is None or not found.isdisjoint(present)


def may_match_all(sets: tuple[frozenset[str], ...], present: frozenset[str]) -> bool:
    """False only when, for one set an expression requires, none of its strings is `present`."""
    return all(not found.isdisjoint(present) for found in sets)


class Gated:
    """A compiled expression with a pre-test per top-level alternative (see the module text)."""

    __slots__ = ("_alternatives", "needles", "regex", "required")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.required = required_sets(regex)
        self.needles = _best(self.required)
        parts = alternatives(regex)
        self._alternatives: tuple[tuple[re.Pattern[str], tuple[frozenset[str], ...]], ...] = (
            tuple((part, required_sets(part)) for part in parts) if len(parts) > 1 else ()
        )

    def finditer(self, text: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
        """`regex.finditer(text)`, skipped or narrowed by what `present` says the text holds.
        Every set of strings an expression or alternative requires must be there ("blades"
        and "again" both, not just the one most telling)."""
        if not may_match_all(self.required, present):
            return iter(())
        if not self._alternatives:
            return self.regex.finditer(text)
        hits = [
            part
            for part, sets in self._alternatives
            if may_match_all(sets, present) and part.search(text)
        ]
        if not hits:
            return iter(())
        # One alternative matches: the others fail at every position, so the whole expression
        # finds exactly its matches. Two or more: the whole decides which wins where.
        return hits[0].finditer(text) if len(hits) == 1 else self.regex.finditer(text)

    def needle_sets(self) -> tuple[frozenset[str] | None, ...]:
        """Every set of needles this pre-test looks up (for the `Needles` of a text)."""
        return (*self.required, *(found for _, sets in self._alternatives for found in sets))

    def search(self, text: str, present: frozenset[str]) -> bool:
        """Whether `regex` matches anywhere in `text`."""
        return next(self.finditer(text, present), None) is not None


def alternatives(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of `regex`, each compiled alone with its flags; just `regex`
    when it has one, or when splitting could change a match (inline flags, back-references,
    conditionals, verbose mode)."""
    pattern = regex.pattern
    if regex.flags & re.VERBOSE or _UNSPLITTABLE.search(pattern):
        return (regex,)
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1  # "[]...]" and "[^]...]": the first "]" is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if len(parts) == 1:
        return (regex,)
    try:
        return tuple(re.compile(part, regex.flags) for part in parts)
    except re.error:  # a form this scanner does not know: keep the whole
        return (regex,)


# Inline global flags, back-references (\\1, (?P=name)) and conditionals tie alternatives together.
_UNSPLITTABLE = re.compile(r"^\(\?[aiLmsux]+\)|\\[1-9]|\(\?P=|\(\?\(")


def _best(sets: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The most telling set: its shortest string longest, then the fewest strings."""
    usable = [s for s in sets if s and min(map(len, s)) >= _MIN_LENGTH]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)))


def _literals(op: Any, av: Any) -> set[str] | None:
    """The strings one item matches when it is only literals and alternatives of literals."""
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence_literals(sub.data)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _sequence_literals(branch.data)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _LIMIT else None
    if op is c.IN and all(kind is c.LITERAL for kind, _ in av) and len(av) <= _LIMIT:
        return {chr(code) for _, code in av}
    return None


def _sequence_literals(items: list[Item]) -> set[str] | None:
    """The strings a sequence matches when all of it is literal (zero-width items aside)."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the matched text is the rest joined
        strings = _literals(op, av)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > _LIMIT:
            return None
    return out


def required(items: list[Item]) -> list[frozenset[str]]:
    """Sets of strings; every match of the sequence contains one string of each set."""
    found: list[frozenset[str]] = []
    run = {""}  # the literal stretch being read: the strings it can be
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _literals(op, av)
        if strings is not None and len(run) * len(strings) <= _LIMIT:
            run = {a + b for a in run for b in strings}
            continue
        found.append(frozenset(run))
        run = {""} if strings is None else strings
        if strings is None:
            found.extend(_required_inside(op, av))
    found.append(frozenset(run))
    return [s for s in found if s != {""}]


def _required_inside(op: Any, av: Any) -> list[frozenset[str]]:
    """What an item that is not all literal still requires of every match."""
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [] if add_flags & re.IGNORECASE else required(list(sub.data))
    if op is c.ATOMIC_GROUP:
        return required(list(av.data))
    if op in _REPEATS:
        low, _high, sub = av
        return required(list(sub.data)) if low >= 1 else []
    if op is c.BRANCH:
        per_branch = [_best(required(list(branch.data))) for branch in av[1]]
        if any(s is None for s in per_branch):
            return []
        union = frozenset().union(*per_branch)  # type: ignore[arg-type]
        return [union] if len(union) <= _LIMIT else []
    return []
