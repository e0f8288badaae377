"""A dream's analysis, compactly: feeling tone, named feelings, symbols, places, figures, signs.

The labels come from the dream's own words (characters keep names as written), so every one
goes through `md_escape`.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from dreamjournal import i18n
from dreamjournal.analysis import DreamFeatures, EmotionHit
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape


def _dec(value: float, digits: int = 1, signed: bool = False) -> str:
    return i18n.format_decimal(value, state.lang(), digits, signed)


def _label(kind: str, name: str) -> str:
    return i18n.analysis_label(kind, name, state.lang())


LEANING = 0.2  # an overall valence beyond +-0.2 reads as pleasant or unpleasant
CLEAR = 0.4  # a feeling at least this far from 0 is clearly pleasant or clearly unpleasant


def tone_key(valence: float, emotions: Sequence[EmotionHit]) -> str:
    """The feeling tone's catalogue key: the overall valence leans one way (pleasant,
    unpleasant); else, clearly pleasant and clearly unpleasant feelings both present (mixed:
    joy and fear cancelling out); else neither is (neutral: no feeling, or only mild ones)."""
    if valence > LEANING:
        return "an.pleasant"
    if valence < -LEANING:
        return "an.unpleasant"
    pleasant = any(e.valence >= CLEAR for e in emotions)
    unpleasant = any(e.valence <= -CLEAR for e in emotions)
    return "an.mixed" if pleasant and unpleasant else "an.neutral"


def tone_word(f: DreamFeatures) -> str:
    """'pleasant', 'mixed', 'neutral' or 'unpleasant' in the UI language."""
    return t(tone_key(f.valence, f.emotions))


def intensity_word(arousal: float) -> str:
    """'calm', 'stirred' or 'intense' in the UI language."""
    if arousal < 0.35:
        return t("an.calm")
    return t("an.stirred") if arousal < 0.65 else t("an.intense")


def _line(label_key: str, values: list[str]) -> str | None:
    if not values:
        return None
    return f"**{t(label_key)}** · " + "  ·  ".join(md_escape(v) for v in values)


def analysis_summary(f: DreamFeatures) -> None:
    """Draw the analysis in a small bordered box."""
    with st.container(border=True, key="v_analysis"):
        valence = _dec(f.valence, signed=round(f.valence, 1) != 0)  # "0.0", never "+0.0"
        with st.container(horizontal=True, gap="small"):
            st.badge(
                f"{t('an.tone')}: {tone_word(f)} ({valence})",
                icon=":material/favorite:",
                color="violet",
                help=t("an.tone_help", v=_dec(f.valence, 2, signed=True)),
            )
            st.badge(
                f"{t('an.intensity')}: {intensity_word(f.arousal)} ({_dec(f.arousal)})",
                icon=":material/bolt:",
                color="blue",
                help=t("an.intensity_help", a=_dec(f.arousal, 2)),
            )
        feelings = [
            f"{_label('emotion', e.name)} ({_dec(e.valence, signed=True)} / {_dec(e.arousal)})"
            for e in f.emotions
        ]
        lines = [
            _line("an.feelings", feelings),
            _line("an.symbols", [_label("symbol", s.name) for s in f.symbols]),
            _line("an.settings", [_label("setting", s) for s in f.settings]),
            _line("an.characters", [_label("character", c) for c in f.characters]),
            _line("an.signs", [_label("sign", s) for s in f.dream_signs]),
        ]
        shown = [line for line in lines if line]
        if shown:
            st.markdown("  \n".join(shown))
        if feelings:
            st.caption(t("an.legend"))
        elif not shown:
            st.caption(t("an.nothing"))
