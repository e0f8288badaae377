"""Skip a regular expression over a text that cannot hold a match.

The crisis patterns are hundreds of expressions like `\\b(?:god|lord)\\s+(?:please\\s+)?take me`.
Python's engine tries such an expression at every position of the text (a leading `\\b` turns off
its literal-prefix scan), so on a 300-word entry the patterns cost milliseconds even though nearly
all of them miss. Every match of that example contains "take"; a substring test for it costs
well under a microsecond. `needles` reads an expression's parsed form and returns such a set of
strings (every match contains at least one of them), or None when it cannot say; `Needles` finds
which of all the expressions' strings a text holds, once; `may_match` is then a safe pre-test:
False only where the expression cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_LIMIT = 64  # at most this many strings in one set (alternatives multiply)
_MIN_LENGTH = 3  # a needle shorter than this is in nearly every text: no gate

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
Item = tuple[Any, Any]  # (opcode, argument) of the parsed expression


def needles(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `regex` contains at least one, or None (no safe set)."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except (re.error, AttributeError, TypeError):  # an engine this module does not know
        return None
    return _best(_required(list(parsed.data)))


class Needles:
    """The needles of many expressions, looked up in a text once for all of them."""

    def __init__(self, sets: Iterable[frozenset[str] | None]) -> None:
        self._all = tuple(sorted(frozenset().union(*(s for s in sets if s))))

    def present(self, text: str) -> frozenset[str]:
        """The needles that occur in `text`."""
        return frozenset(n for n in self._all if n in text)


def may_match(found: frozenset[str] | None, present: frozenset[str]) -> bool:
    """False only when none of an expression's needles is `present` (so it cannot match)."""
    return found is None or not found.isdisjoint(present)


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


def _required(items: list[Item]) -> list[frozenset[str]]:
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
        return [] if add_flags & re.IGNORECASE else _required(list(sub.data))
    if op is c.ATOMIC_GROUP:
        return _required(list(av.data))
    if op in _REPEATS:
        low, _high, sub = av
        return _required(list(sub.data)) if low >= 1 else []
    if op is c.BRANCH:
        per_branch = [_best(_required(list(branch.data))) for branch in av[1]]
        if any(s is None for s in per_branch):
            return []
        union = frozenset().union(*per_branch)  # type: ignore[arg-type]
        return [union] if len(union) <= _LIMIT else []
    return []
