"""Things the dream does away with: "he drops the knife and it turns into flowers", "die
Schlange wird zu einem Hund", "er legt das Messer weg".

A rescript (Imagery Rehearsal) tells the threat to change it; from the word where it changes,
the thing is no longer in view, and a figure no longer holds it.
"""

from __future__ import annotations

from typing import Final

from dreamjournal.analysis.parse import Parsed

# "turns into", "turned into", "wird zu", "wurde zum", "verwandelt sich in"
_TURN: Final = frozenset({"turn", "turns", "turned", "turning"})
_WIRD: Final = frozenset({"wird", "wurde", "werden", "wurden", "verwandelt", "verwandelte"})
_ZU: Final = frozenset({"zu", "zum", "zur", "in"})
# "drops the knife", "threw the gun away", "lässt das Messer fallen", "legt das Messer weg"
_DROP: Final = frozenset(
    {"drops", "dropped", "drop", "dropping", "lets", "let", "puts", "put", "throws", "threw",
     "lowers", "lowered", "laesst", "liess", "legt", "legte", "wirft", "warf", "senkt",
     "senkte"}
)  # fmt: skip
_AWAY: Final = frozenset({"away", "down", "go", "weg", "fallen", "hin", "beiseite"})


def gone_things(parsed: Parsed) -> dict[str, int]:
    """{thing concept: the token from which it is gone} for things turned into something else
    or put down and away."""
    tokens = parsed.tokens
    folded, sentence = tokens.folded, tokens.sentence
    things = {
        k: thing for k, thing in enumerate(parsed.vocab("object")) if thing
    }  # the fixed vocabulary's things ("Messer" is a knife), then the lexicon's symbols
    things |= {o.first: o.key for o in parsed.occurrences if o.category == "symbols"}
    figures = {o.first for o in parsed.occurrences if o.category == "characters"}
    out: dict[str, int] = {}
    n = len(folded)
    for t, word in enumerate(folded):
        turning = (word in _TURN and t + 1 < n and folded[t + 1] == "into") or (
            word in _WIRD and t + 1 < n and folded[t + 1] in _ZU
        )
        if turning:
            # the nearest thing before, in this sentence or the one before ("... the knife and
            # it turns into flowers"); a figure turning is the planner's `_transformations`
            for k in range(t - 1, -1, -1):
                if sentence[k] < sentence[t] - 1:
                    break
                if k in figures:
                    break
                if k in things:
                    out.setdefault(things[k], t)
                    break
            continue
        if word in _DROP:
            ahead = range(t + 1, min(n, t + 6))
            if not any(folded[k] in _AWAY for k in ahead) and word not in {"drops", "dropped"}:
                continue
            for k in ahead:
                if sentence[k] != sentence[t]:
                    break
                if k in things:
                    out.setdefault(things[k], t)
                    break
    return out
