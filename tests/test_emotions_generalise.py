"""The dreamer's emotions in phrasings beyond the lexicon's own (issue 13, part 1; HVdC rules).

The first ten lines were a probe written after eval/dream_emotions_dev2.jsonl was tuned on, and
run once before the two last fixes (clammy palms, waking up somewhere as the opening): 8/10.
A second probe (below) scored micro-F1 0.50 on its first run: fresh text still finds gaps.
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
    # A second probe of 16 fresh passages, run once before these lines were fixed: micro-F1 0.50
    # (6 right labels, 2 wrong, 10 missed). The fixed ones:
    ("My mother gave me a present and I was genuinely touched, I almost cried.", "en",
     {"happiness"}),
    ("I couldn't find my way out of the mall, every exit led back to the food court. I felt so "
     "lost.", "en", {"confusion"}),
    ("My friend was terrified of the clown but I thought it was funny.", "en", {"happiness"}),
    ("Ich hab meinen Zug verpasst und mich total geärgert.", "de", {"anger"}),
    ("Ich war in einem Labyrinth und hatte keinen Plan, wie ich rauskomme.", "de", {"confusion"}),
    ("Ich stand vor der Klasse und wäre am liebsten im Boden versunken.", "de", {"apprehension"}),
    # a hug is not coded (rule 2); missing her is
    ("Meine Oma war plötzlich wieder da und ich hab sie ganz fest umarmt, ich hab sie so "
     "vermisst.", "de", {"sadness"}),
    ("I was walking through glass trees and each one rang when I touched it.", "en", set()),
    ("I saw that she was angry.", "en", set()),
    # A third probe of 20 passages: micro-F1 0.52 on first run (7 right, 0 wrong, 13 missed:
    # vocabulary), 0.97 after the lexicons grew by common words of each class.
    ("I was at a job interview and they asked me something I couldn't answer. I was so "
     "flustered I started stammering.", "en", {"apprehension"}),
    ("There was a knock at the door at 3am. My blood ran cold.", "en", {"apprehension"}),
    ("A stranger followed me home. I kept looking over my shoulder, my heart in my throat.",
     "en", {"apprehension"}),
    ("I was standing on a stage in front of thousands of people and I felt like a rock star, "
     "on cloud nine.", "en", {"happiness"}),
    ("I met my favourite author and I was starstruck, I couldn't believe it was really him.",
     "en", {"confusion"}),
    ("We were on a school trip and I felt completely left out, nobody wanted to sit with me.",
     "en", {"sadness"}),
    ("My boss praised my work in front of everyone. I was beaming.", "en", {"happiness"}),
    ("Jemand hat mein Fahrrad geklaut und ich bin total ausgeflippt.", "de", {"anger"}),
    ("Ich lief durch eine leere Stadt, überall war es still, mir war ganz unheimlich zumute.",
     "de", {"apprehension"}),
    ("Plötzlich konnte ich fliegen. Ich hab mich gefühlt wie ein Kind an Weihnachten.", "de",
     {"happiness"}),
    ("Mein Kollege hat mich vor allen ausgelacht. Ich war so gedemütigt.", "de",
     {"apprehension"}),
    ("Ich saß im Zug und war tiefenentspannt, draußen zogen Felder vorbei.", "de", set()),
    # A fourth probe of 20 passages: micro-F1 0.76 on first run (13 right, 1 wrong, 7 missed).
    ("I was back in school and the teacher called on me. I went bright red and wished I could "
     "disappear.", "en", {"apprehension"}),
    ("My partner was cheating on me in the dream and I was livid, then just really hurt.", "en",
     {"anger", "sadness"}),
    ("The house had rooms that kept rearranging themselves. Very strange, I had no clue where I "
     "was.", "en", {"confusion"}),
    ("My little brother was crying because he'd lost his balloon. I bought him a new one.", "en",
     set()),
    ("Mein Vater hat mich angeschrien und ich hab mich klein und wertlos gefühlt.", "de",
     {"sadness"}),
    ("Ich hab mich so geschämt, weil ich nackt im Büro stand.", "de", {"apprehension"}),
    ("Meine Kollegin hat meine Idee als ihre verkauft. Ich war so wütend, dass ich gezittert "
     "hab.", "de", {"anger"}),
    ("Ich war auf einer Party, wo ich niemanden kannte, und hab mich total fehl am Platz "
     "gefühlt.", "de", {"apprehension"}),
    ("Die Lehrerin war enttäuscht von meinem Aufsatz. Mir war es egal.", "de", set()),
]  # fmt: skip

# Still missed from that probe (known gaps, not wanted behaviour): anger shown only by an act
# ("Some guy kept cutting in line in front of me and I told him off. It felt great ..." gives
# happiness but not anger); a mixed feeling named once ("It was bittersweet, I miss him
# terribly" gives sadness, not also happiness; "crying and smiling at the same time" gives
# happiness only).


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
