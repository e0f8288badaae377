"""Nightmare safety, the domain half: is a dream clearly distressing, is a rescript calmer?

- `distress_of(features)` scores 0 (calm) .. 1 from the dreamer's negative emotions (weighted by
  intensity), threatening figures, anxious dream signs, waking in distress ("I woke up crying")
  and the word nightmare itself; positive emotions pull it down.
- `is_distressing(text)` is True when the score reaches `CLEARLY_DISTRESSING`: the app then asks
  "Was this a nightmare?" before anything rehearses the dream word for word.
- `is_calmer(nightmare, rescript)` refuses a rescript that is more negative, no less distressing,
  or in which the threat still wins at the end; its `reasons` say why, to invite a change.
"""

from __future__ import annotations

import re
from typing import Final

from pydantic import BaseModel, ConfigDict

from dreamjournal.analysis.models import DreamFeatures

CLEARLY_DISTRESSING: Final = 0.5
_THREAT_SYMBOLS: Final = frozenset(
    {"blood", "fire", "darkness", "storm", "snake", "spider", "wolf"}
)
_THREAT_CHARACTERS: Final = frozenset(
    {"monster", "demon", "ghost", "witch", "intruder", "wolf", "snake", "spider", "shark",
     "tiger", "lion", "bear"}
)  # fmt: skip
_ANXIOUS_SIGNS: Final = frozenset(
    {"falling", "being chased", "can't run", "can't scream", "teeth falling out", "paralysis",
     "being late", "naked in public", "lost"}
)  # fmt: skip
_NIGHTMARE_WORD: Final = re.compile(r"\b(?:nightmare|albtraum|alptraum|horror\s*traum)\w*", re.I)


class CalmerVerdict(BaseModel):
    """Whether a rescript is calmer than its nightmare, with the reasons when it is not."""

    model_config = ConfigDict(frozen=True)

    calmer: bool
    reasons: list[str]  # message ids: "more_negative", "not_less_distressing", "threat_wins"
    nightmare_valence: float
    rescript_valence: float
    nightmare_distress: float
    rescript_distress: float
    rescript_ending: str  # the rescript's ScenePlan.ending


def distress_of(f: DreamFeatures) -> float:
    """0 (calm) .. 1 (clearly distressing) for one analysed dream."""
    negative = sum(-h.valence * h.count * (0.5 + h.intensity) for h in f.emotions if h.valence < 0)
    positive = sum(h.valence * h.count * (0.5 + h.intensity) for h in f.emotions if h.valence > 0)
    threats = {s.name for s in f.symbols} & _THREAT_SYMBOLS
    threats |= {c.lower() for c in f.characters} & _THREAT_CHARACTERS
    signs = set(f.dream_signs) & _ANXIOUS_SIGNS
    waking = {"fear", "anxiety", "sadness", "anger", "helplessness"} & set(f.waking_feelings)
    score = 0.45 * min(1.0, negative / 1.2)
    score += 0.2 * min(1.0, len(threats) / 2)
    score += 0.15 * min(1.0, len(signs) / 1)
    score += 0.25 if waking else 0.0
    score -= 0.3 * min(1.0, positive / 1.5)
    if f.scene_plan is not None and f.scene_plan.ending == "threat":
        score += 0.1
    if f.scene_plan is not None:
        text = " ".join(b.span.text for b in f.scene_plan.lines)
        if _NIGHTMARE_WORD.search(text):
            score += 0.35
    return round(max(0.0, min(1.0, score)), 3)


def nightmare_elements(f: DreamFeatures) -> frozenset[str]:
    """Every concept of a dream (symbols, settings, place kinds, figures, objects), in English.

    The safe-place step of a guided script must take none of these from a nightmare.
    """
    out = {s.name for s in f.symbols} | set(f.settings)
    out |= {c.lower() for c in f.characters}
    if f.scene_plan is not None:
        for scene in f.scene_plan.scenes:
            out.add(scene.setting.place)
            out |= {o.concept for o in scene.objects}
            out |= {c.concept for c in scene.characters}
    out.discard("unknown")
    return frozenset(out)


def is_distressing(text: str, language: str | None = None) -> bool:
    """Whether a dream is clearly distressing (ask "Was this a nightmare?" before rehearsing it)."""
    from dreamjournal.analysis.features import analyze

    return analyze(text, language).distress >= CLEARLY_DISTRESSING


def is_calmer(
    nightmare_text: str, rescript_text: str, language: str | None = None
) -> CalmerVerdict:
    """Whether the rescript is calmer than the nightmare (never call it safe when it is not)."""
    from dreamjournal.analysis.features import analyze

    before = analyze(nightmare_text, language)
    after = analyze(rescript_text, language or before.language)
    reasons: list[str] = []
    if after.valence < before.valence - 0.05 or (
        after.emotions and before.emotions and after.valence < 0 <= before.valence
    ):
        reasons.append("more_negative")
    if after.distress >= CLEARLY_DISTRESSING and after.distress >= before.distress - 0.05:
        reasons.append("not_less_distressing")
    plan = after.scene_plan
    ending = plan.ending if plan is not None else "neutral"
    if ending in {"threat", "woke"}:
        reasons.append("threat_wins")
    return CalmerVerdict(
        calmer=not reasons,
        reasons=reasons,
        nightmare_valence=before.valence,
        rescript_valence=after.valence,
        nightmare_distress=before.distress,
        rescript_distress=after.distress,
        rescript_ending=ending,
    )
