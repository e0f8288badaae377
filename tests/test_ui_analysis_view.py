"""The feeling tone's word: pleasant or unpleasant when the dream leans one way, mixed only when
clearly pleasant and clearly unpleasant feelings are both there, else neutral (English, German)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dreamjournal import i18n
from dreamjournal.analysis import EMOTION_AFFECT, EmotionHit, analyze
from dreamjournal.ui.analysis_view import tone_key
from tests.test_app_support import make_vault, open_app, unlock

VISUALIZE = "pages/visualize.py"


def _hit(name: str) -> EmotionHit:
    valence, arousal = EMOTION_AFFECT[name]
    return EmotionHit(name=name, valence=valence, arousal=arousal, count=1, evidence=[name])


@pytest.mark.parametrize(
    ("valence", "feelings", "key"),
    [
        (0.0, [], "an.neutral"),  # no feeling at all
        (0.0, ["surprise", "longing"], "an.neutral"),  # only mild ones
        (0.03, ["joy", "fear"], "an.mixed"),  # strong ones cancelling out
        (-0.15, ["anxiety", "calm"], "an.mixed"),
        (0.1, ["surprise"], "an.neutral"),
        (0.3, ["joy", "fear", "love"], "an.pleasant"),  # leaning pleasant despite the fear
        (-0.8, ["fear"], "an.unpleasant"),
        (0.2, ["relief"], "an.neutral"),  # the edge is not past it
        (-0.21, ["confusion", "anxiety"], "an.unpleasant"),
    ],
)
def test_the_tone_rule(valence: float, feelings: list[str], key: str) -> None:
    assert tone_key(valence, [_hit(n) for n in feelings]) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("I walked through a house. There was a table by the window.", "an.neutral"),
        ("Ich war glücklich und dann hatte ich große Angst.", "an.mixed"),
        ("Ich ging durch ein Haus. Am Fenster stand ein Tisch.", "an.neutral"),
        ("I was terrified, and then I felt a wild joy.", "an.mixed"),
    ],
)
def test_dreams_get_the_tone_a_reader_would_give(text: str, key: str) -> None:
    f = analyze(text)
    assert tone_key(f.valence, f.emotions) == key


def test_the_words_differ_in_both_languages() -> None:
    for lang, words in (
        ("en", ["pleasant", "mixed", "neutral", "unpleasant"]),
        ("de", ["angenehm", "gemischt", "neutral", "unangenehm"]),
    ):
        keys = ["an.pleasant", "an.mixed", "an.neutral", "an.unpleasant"]
        assert [i18n.message(k, lang) for k in keys] == words


def test_a_dream_without_feelings_shows_neutral_without_a_sign(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "House", "date": date(2025, 3, 2), "body": "I walked "
                           "through a house. There was a table by the window."}])  # fmt: skip
    at = open_app()
    unlock(at)
    at = at.switch_page(VISUALIZE).run()
    shown = " ".join(str(m.value) for m in at.markdown)
    assert "Feeling tone: neutral (0.0)" in shown
    assert "mixed" not in shown and "+0.0" not in shown
