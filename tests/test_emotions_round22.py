"""The dreamer's emotions in round 22 (issue 13): research-style and phone-style reports.

Every sentence here is new: none is taken from eval/dream_emotions_dev6.jsonl or dev7.jsonl, the
sets these mechanisms were found on. Each mechanism has its look-alike beside it, the case the
rule must leave alone: a real word that only looks like a typo of a feeling, "a scary film"
beside "it was scary", "wondered if" beside "wondered why", a report someone else told beside a
name with an age in an ordinary dream.
"""

from __future__ import annotations

import pytest

from dreamjournal.analysis import analyze
from dreamjournal.analysis.dictionary import is_word
from dreamjournal.analysis.told import teller_words
from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    # a real word is no typo of a feeling; a real typo still is
    ("Vor dem Rathaus stand ein großes Schild mit meinem Namen.", "de", NO, NO),
    ("Wir tranken Wein auf der Terrasse und schauten auf den See.", "de", NO, NO),
    ("Eine graue Katze lief über den Hof und sprang auf die Mauer.", "de", NO, NO),
    ("Der Verleger rief an und wollte das Manuskript bis Freitag.", "de", NO, NO),
    ("Ich war so trauig, als der Zug ohne mich abfuhr.", "de", {SD}, NO),
    ("I was terrifed when the stairs turned into water.", "en", {AP}, NO),
    # "it was scary" is the dreamer's; a scary thing is nobody's
    ("The lift dropped two floors at once and it was so scary.", "en", {AP}, NO),
    ("We watched a scary film in the hotel lounge.", "en", NO, NO),
    ("Im Keller ging das Licht aus, das war echt gruselig.", "de", {AP}, NO),
    ("Wir gingen durch einen gruseligen Keller zum Ausgang.", "de", NO, NO),
    # felt awful: a loss is sadness, beside guilt it is guilt
    ("When the cat didn't come home that night I felt awful.", "en", {SD}, NO),
    ("I lied to my teacher about the essay and felt awful and guilty.", "en", {AP}, NO),
    ("Everyone left the party without me and I felt so alone.", "en", {SD}, NO),
    ("She laughed at my drawing and I was angry and hurt.", "en", {AN, SD}, {HA}),
    ("I forgot my lines on stage and was cringing the whole time.", "en", {AP}, NO),
    # puzzlement said plainly; the look-alikes are a choice and another's view
    ("I wondered why the bus had no driver and no seats.", "en", {CO}, NO),
    ("I wondered if I should buy bread on the way home.", "en", NO, NO),
    ("The bakery on the corner seemed very odd to me.", "en", {CO}, NO),
    ("I thought it was weird that the sea had turned green.", "en", {CO}, NO),
    ("I stood at the crossroads for ages like what the hell.", "en", {CO}, NO),
    ("Die Uhr am Turm hatte dreizehn Ziffern. Das fand ich merkwürdig.", "de", {CO}, NO),
    ("Der Schaffner kam mir irgendwie komisch vor.", "de", {CO}, NO),
    ("Ich verstand nicht, warum alle im Flur flüsterten.", "de", {CO}, NO),
    # hidden, not denied: "wouldn't notice how scared I was"
    ("I kept talking so my mum wouldn't see how scared I was.", "en", {AP}, NO),
    # a German hypothetical is not felt; "vor Angst fast gestorben" is
    ("Wenn das echt gewesen wäre, hätte ich Panik gehabt.", "de", NO, NO),
    ("Ich wäre vor Angst fast gestorben, als die Brücke schwankte.", "de", {AP}, NO),
    ("Angst hatte ich seltsamerweise keine, ich ging einfach weiter.", "de", NO, NO),
    # a false awakening is dream; the real one is not
    (
        "I dreamed I woke up and a woman was standing by the wardrobe. I was terrified.",
        "en",
        {AP},
        NO,
    ),
    ("I was on a ship. Then I woke up and I was terrified.", "en", NO, NO),
    # titles, greetings, "like mad", whose eyes, "fix und alle", an intensifier
    ("Wir sahen einen Film namens 'Die traurigen Seeleute' im Kino.", "de", NO, NO),
    ("Ein Mann rief 'Frohe Weihnachten' in den leeren Saal.", "de", NO, NO),
    ("I pedalled like mad to the station in the rain.", "en", NO, NO),
    ("I found my sister in the garden, crying her eyes out.", "en", NO, {SD}),
    ("Ich war fix und alle vor Kummer und lag nur auf dem Sofa.", "de", {SD}, NO),
    ("Ich hatte furchtbares Heimweh nach meiner Familie.", "de", {SD}, NO),
    # a feeling of waking life set beside the dream's is not the dream's
    (
        "The cat spoke to me and I was fine with it, though I am anxious of cats in real life.",
        "en",
        NO,
        NO,
    ),
    ("I was terrified on the roof, more than I ever am in real life.", "en", {AP}, NO),
    # a dream someone else told is the teller's; the others in it stay others
    (
        "Ben (age 6) told me this at breakfast. He said a lion lived in the bath and he was "
        "really scared of it. His friend Tom laughed.",
        "en",
        {AP},
        {HA},
    ),
    (
        "Written down for my daughter. Ava (5) told us: she said the moon fell into the garden "
        "and she was so happy because she could touch it.",
        "en",
        {HA},
        NO,
    ),
    (
        "Jonas (7) hat mir das beim Frühstück erzählt. Er war auf einem Piratenschiff. Jonas "
        "hatte große Angst vor dem Kapitän.",
        "de",
        {AP},
        NO,
    ),
    # a remark now about dreaming is no feeling in the dream
    ("Ich ärgere mich, dass ich schon wieder von der Schule träume.", "de", NO, NO),
]


@pytest.mark.parametrize(("text", "language", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(
    text: str, language: str, dreamer: frozenset[str], others: frozenset[str]
) -> None:
    assert_whose_feeling(text, language, dreamer, others)


def test_a_name_with_an_age_in_an_ordinary_dream_tells_nothing() -> None:
    text = "Jenny (29) was at the party and she was furious about the music."
    assert teller_words(text, "en") == frozenset()
    features = analyze(text, "en")
    assert features.dreamer_classes == []
    assert features.other_classes == [AN]


def test_the_word_lists_know_real_words_and_not_typos() -> None:
    assert is_word("schild", "de") and is_word("saure", "de") and is_word("showed", "en")
    assert not is_word("trauig", "de") and not is_word("terrifed", "en")


def test_the_teller_is_no_figure_beside_the_dreamer() -> None:
    text = (
        "Jonas (7) hat mir das beim Frühstück erzählt. Er war auf einem Piratenschiff im Sturm. "
        "Jonas hatte große Angst vor dem Kapitän. Dann kam Oma mit einem Ruderboot."
    )
    features = analyze(text, "de")
    assert features.dreamer_classes == [AP]
    assert "Jonas" not in features.characters
    assert features.scene_plan is not None
    cast = [c.model_dump_json().lower() for c in features.scene_plan.cast]
    assert cast and not any("jonas" in c for c in cast)
    # the same name in a dream of one's own is a figure of it
    own = analyze("Ich war mit Jonas auf einem Piratenschiff im Sturm.", "de")
    assert "Jonas" in own.characters
