"""The dreamer's and the other characters' emotions in long, plain dream reports (issue 13, dev5).

Every sentence here is new: none is taken from eval/dream_emotions_dev5.jsonl. They were written
after the mechanisms of that round (everyday phrasings, attribution in passages with many people,
words that are no feelings where they stand, sport, being asked) and run once before the last
three fixes (a phrase with "me" is not shared by "we", "in front of everyone" is no subject,
"an abandoned factory"): 33/36 right. The last three cases are kinds a second probe found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.analysis import HVDC_CLASSES, analyze
from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    ("We were waiting for the results and the whole thing gave me the creeps.", "en", {AP}, NO),
    ("My sister kept singing in the car and it drove me up the wall.", "en", {AN}, NO),
    ("When they announced the winner I was so bummed I went straight home.", "en", {SD}, NO),
    ("I tripped on stage in front of everyone and felt like a total idiot.", "en", {AP}, NO),
    ("Mir war ganz mulmig, als der Fahrstuhl stehen blieb.", "de", {AP}, NO),
    ("Als ich das Haus am See sah, war ich hin und weg.", "de", {HA}, NO),
    ("Der Dozent hat erklärt und erklärt, aber ich hab nur Bahnhof verstanden.", "de", {CO}, NO),
    ("Irgendwann hatte ich die Nase voll von dem Lärm.", "de", {AN}, NO),
    (
        "Zum Geburtstag habe ich ein Fahrrad bekommen und bin damit zum Bäcker gefahren.",
        "de",
        NO,
        NO,
    ),
    ("Eine fremde Frau stand im Garten und goss die Blumen.", "de", NO, NO),
    ("The waiter was furious because we had no cash.", "en", NO, {AN}),
    (
        "The passengers looked terrified when the wing caught fire, and I was calm.",
        "en",
        NO,
        {AP},
    ),
    ("Die Kellnerin war stinksauer, weil niemand bezahlt hat.", "de", NO, {AN}),
    ("Mein Schwiegersohn war total nervös vor der Rede.", "de", NO, {AP}),
    ("Ich hab an die Tür geklopft. Die war total erschrocken.", "de", NO, {AP}),
    ("We were all terrified when the lights went out.", "en", {AP}, {AP}),
    ("Wir haben uns alle wahnsinnig gefreut, als das Baby kam.", "de", {HA}, {HA}),
    ("My brother was over the moon and so was I.", "en", {HA}, {HA}),
    ("The clown frightened the life out of me at the fair.", "en", {AP}, NO),
    ("The dogs around us were scared of the fireworks.", "en", NO, {AP}),
    ("My cousin Joy drove us to the lake and we swam.", "en", NO, NO),
    ("We got Happy Meals and sat in the car park.", "en", NO, NO),
    ("The band played a sad song about the sea while we ate.", "en", NO, NO),
    ("I bought pain relief at the airport and boarded.", "en", NO, NO),
    ("We walked through an abandoned factory full of pigeons.", "en", NO, NO),
    ("The farmer said he'd be happy to lend us his tractor.", "en", NO, NO),
    ("Mein Vater hat sich furchtbar über das Wetter aufgeregt.", "de", NO, {AN}),
    (
        "If the dog had bitten me I would have been terrified, but it just licked my hand.",
        "en",
        NO,
        NO,
    ),
    ("I was SO SCARED when the door opened by itself.", "en", {AP}, NO),
    (
        "I was jogging along the river in a marathon, my heart was pounding and I was sweating.",
        "en",
        NO,
        NO,
    ),
    ("Someone was chasing me through the car park, my heart was pounding.", "en", {AP}, NO),
    (
        "I broke her vase and didn't know how to tell her, I felt awful and guilty.",
        "en",
        {AP},
        NO,
    ),
    (
        "The guide spoke in a language I didn't understand, and we followed him uphill.",
        "en",
        NO,
        NO,
    ),
    ("Meine Nachbarin hat mich gefragt, wo der Bahnhof ist.", "de", NO, NO),
    ("Ich habe mich die ganze Zeit gefragt, warum der Bus rückwärts fährt.", "de", {CO}, NO),
    (
        "Ich weiß nicht, ob das überhaupt ein Traum war. Ich saß im Zug nach Hamburg.",
        "de",
        NO,
        NO,
    ),
    # a second probe of 20 long reports (run once: micro-F1 0.86) found these three kinds
    ("The dog next door kept staring at me and it freaked me out.", "en", {AP}, NO),
    ("Am Bahnsteig wusste ich nicht mehr, wohin mein Zug fährt.", "de", {CO}, NO),
    ("Meine Schwester war den ganzen Abend schlecht gelaunt und hat kaum geredet.", "de", NO, {AN}),
]


@pytest.mark.parametrize(("text", "language", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(
    text: str, language: str, dreamer: frozenset[str], others: frozenset[str]
) -> None:
    assert_whose_feeling(text, language, dreamer, others)


def test_a_name_stays_a_name_at_the_start_of_a_sentence() -> None:
    features = analyze(
        "My friend Joy came round with a cake. Joy was furious about the oven.", "en"
    )
    assert features.dreamer_classes == []
    assert features.other_classes == ["anger"]


def test_a_shout_in_capitals_is_still_a_feeling() -> None:
    assert analyze("I was SO SCARED when the lift stopped.", "en").dreamer_classes == [AP]


def test_exertion_does_not_hide_stated_fear() -> None:
    text = "I was running a marathon and I was terrified, my heart was pounding."
    assert analyze(text, "en").dreamer_classes == [AP]


def test_the_dev5_set_is_well_formed() -> None:
    path = Path(__file__).resolve().parent.parent / "eval" / "dream_emotions_dev5.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 200
    assert sum(r["lang"] == "en" for r in rows) == 110
    assert len({r["id"] for r in rows}) == len({r["text"] for r in rows}) == 200
    for row in rows:
        assert row["split"] == "dev5"
        assert 60 <= len(row["text"].split()) <= 250
        assert row["notes"]
        for key in ("dreamer_emotions", "other_emotions"):
            assert row[key] == sorted(set(row[key]), key=HVDC_CLASSES.index)
    without = sum(not r["dreamer_emotions"] for r in rows)
    assert 60 <= without <= 80  # about a third of real reports state no dreamer emotion
