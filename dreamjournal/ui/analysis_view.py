"""A dream's analysis, compactly: feeling tone, named feelings, symbols, places, figures, signs.

The labels come from the dream's own words (characters keep names as written), so every one
goes through `md_escape`.
"""

from __future__ import annotations

import streamlit as st

from dreamjournal import i18n
from dreamjournal.analysis import DreamFeatures
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape


def _dec(value: float, digits: int = 1, signed: bool = False) -> str:
    return i18n.format_decimal(value, state.lang(), digits, signed)


def _label(kind: str, name: str) -> str:
    return i18n.analysis_label(kind, name, state.lang())


def tone_word(valence: float) -> str:
    """'pleasant', 'mixed' or 'unpleasant' in the UI language."""
    if valence > 0.2:
        return t("an.pleasant")
    return t("an.unpleasant") if valence < -0.2 else t("an.mixed")


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
        with st.container(horizontal=True, gap="small"):
            st.badge(
                f"{t('an.tone')}: {tone_word(f.valence)} ({_dec(f.valence, signed=True)})",
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
