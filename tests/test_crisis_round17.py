"""Round 17 of the crisis check: the classifier reads multilingual sentence vectors, and the
C-SSRS plan item in the writer's own words is a rule.

Sentences written for these tests (none is a line of eval/).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.therapy.safety import assess_crisis
from tests.conftest import KNOWN_MISS

EVAL = Path(__file__).resolve().parent.parent / "eval"

# "Have you worked out how and when?": said of oneself, nothing after it
HOW_AND_WHEN = [
    "i know how and when now",
    "2026-12-01: i know how and when now",
    "I know exactly how and when.",
    "i know when and how now 😶",
    "Ich weiß jetzt, wie und wann.",
    "ich weiss genau wie und wann",
]
# the same words about something else, or someone else's knowing
NOT_A_PLAN = [
    "i know how and when to plant the tomatoes",
    "She knows how and when now.",
    "ich weiß, wie und wann man die Hecke schneidet",
]


@pytest.mark.parametrize("text", HOW_AND_WHEN)
def test_a_plan_in_the_writers_words_is_flagged_as_a_plan(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged and "plan" in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", NOT_A_PLAN)
def test_knowing_how_and_when_of_something_else_is_no_plan(text: str) -> None:
    assert not assess_crisis(text).flagged, assess_crisis(text).matches


# A sentence in the other language or in other words than any training line: what the vectors
# were changed for (each was missed by round 16's classifier over averaged token vectors).
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "i think my family would grieve for a month and then be relieved", marks=KNOWN_MISS
        ),
        "ich hab mir heute ein seil bestellt. ihr wisst wofür",
        "saturday. parents at the cottage. the house will be empty",
    ],
)
def test_paraphrases_round_16_missed_are_caught(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize("name", ["crisis_dev10.jsonl", "crisis_dev11.jsonl"])
def test_the_round_17_judging_sets_are_well_formed_and_balanced(name: str) -> None:
    rows = [json.loads(line) for line in (EVAL / name).read_text("utf-8").splitlines() if line]
    assert len(rows) == 240 and len({r["id"] for r in rows}) == 240
    for lang in ("en", "de"):
        mine = [r for r in rows if r["lang"] == lang]
        assert len(mine) == 120 and sum(r["crisis"] for r in mine) == 60
    assert {r["split"] for r in rows} == {name.removeprefix("crisis_").removesuffix(".jsonl")}
