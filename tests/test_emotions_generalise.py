"""The dreamer's emotions in phrasings beyond the lexicon's own (issue 13, part 1; HVdC rules).

The first ten lines were a probe written after eval/dream_emotions_dev2.jsonl was tuned on, and
run once before the two last fixes (clammy palms, waking up somewhere as the opening): 8/10.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.analysis import HVDC_CLASSES, analyze

PROBES = [
    ("My palms were clammy as the judge read out the verdict.", "en", {"apprehension"}),
    ("The others said I seemed furious, but I was just tired.", "en", set()),
    ("We were at the concert, everyone screaming, and I was laughing the whole time.", "en",
     {"happiness"}),
    ("Ich lag stocksteif im Bett, weil jemand im Flur war.", "de", {"apprehension"}),
    ("My brother sighed and I kept trying to work out why the clock ran backwards.", "en",
     {"confusion"}),
    ("Sie sagten, ich sehe wütend aus. Ich war aber nur müde.", "de", set()),
    ("I woke up in a huge library and felt completely at peace.", "en", {"happiness"}),
    ("Honestly I woke up relieved. The dream itself was awful, I was terrified the whole time.",
     "en", {"apprehension"}),
    ("Meine Mutter war enttäuscht von mir, und ich war den Tränen nahe, weil sie nicht mit mir "
     "redete.", "de", {"sadness"}),
    ("The teacher looked confused and I felt so good about my answer.", "en", {"happiness"}),
    # attribution across clauses
    ("The other passengers looked puzzled, but I was gripping the rail, scared stiff.", "en",
     {"apprehension"}),
    ("Ich wusste im Traum, dass sie tot ist, und war unendlich traurig.", "de", {"sadness"}),
    ("Everyone at the party spoke backwards and my friends looked as baffled as I was.", "en",
     {"confusion"}),
    # body cues
    ("The manager called me in. My mouth went dry and I kept wiping my palms.", "en",
     {"apprehension"}),
    ("Ich hörte mein Herz in den Ohren pochen, als die Tür aufging.", "de", {"apprehension"}),
    # tears and screams of joy
    ("Meine Schwester und ich haben uns wiedergesehen und Freudentränen geweint.", "de",
     {"happiness"}),
    # a waking feeling at the start is not a dream emotion
    ("Honestly I woke up annoyed, but the dream itself was lovely: I danced, so happy.", "en",
     {"happiness"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "gold"), PROBES)
def test_dreamer_emotions_by_hvdc_rules(text: str, language: str, gold: set[str]) -> None:
    assert set(analyze(text, language).dreamer_classes) == gold


def test_the_second_dev_set_is_labelled_by_the_same_rules() -> None:
    path = Path(__file__).resolve().parent.parent / "eval" / "dream_emotions_dev2.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 80
    assert {r["lang"] for r in rows} == {"en", "de"}
    assert all(r["split"] == "dev2" for r in rows)
    assert all(
        set(r["dreamer_emotions"]) | set(r["other_emotions"]) <= set(HVDC_CLASSES) for r in rows
    )
    assert sum(bool(r["other_emotions"]) for r in rows) >= 20  # other characters' emotions
    assert sum(not r["dreamer_emotions"] for r in rows) >= 8  # none for the dreamer
