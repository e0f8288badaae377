"""Round 35: what the read sets dream_emotions_dev50 (dreams told aloud and transcribed; the judge
kept unread since round 34, 0.930), dev51 (nightmares after frightening events; the judge, 0.932),
dev52 (lucid, recurring and vivid dreams logged by dream-journal keepers; measured blind on the
round's starting code, 0.906) and dev53 (dreams of work and school; 0.897) showed, as mechanisms.
The sentences are written for these tests, not copied from the sets.

* Waking: a dream journal's "FA:" (a false awakening) and "so gefreut, dass ich fast aufgewacht
  wäre" are no waking; what follows is still the dream.
* Denied: a feeling put first and denied after its verb ("Angst hatte ich aber keine").
* The writer's remarks: "I'm sick of this dream", "no idea why I still dream about that place",
  "ich hab die Nase voll von diesem Traum".
* Words: a face gone burning hot, lying frozen and barely breathing, a heart going like mad, guts
  turned to water, a stomach in a knot, a whole body that goes cold, cheeks gone scarlet,
  shrinking down in one's seat (apprehension); a proper ache, a bit let down, feeling a bit low,
  a lump come up in the throat, feeling awful for him (sadness); struck as odd, as lost as I felt,
  like a lost sheep, sitting there "mind blank" (not a mind gone blank in an exam, round 25's
  apprehension), "war mir unsicher" (confusion); oddly reassured, a weight
  lifted off, gratitude, a rush of triumph, punching the air, "fand das alles sehr lustig",
  "geheult vor Rührung" (happiness); "in mir hat es gebrodelt", "that's a bit rich" (anger).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # waking that is none
    ("FA: woke up in my bed and it was already dark. Absolute dread.", "en", {AP}, NO),
    ("Ich hab mich so gefreut, dass ich fast aufgewacht wäre.", "de", {HA}, NO),
    # denied after its verb
    ("Jemand stand vor der Tür. Angst hatte ich aber keine, ich hab aufgemacht.", "de", NO, NO),
    ("Angst hatte ich schon, ich hab trotzdem aufgemacht.", "de", {AP}, NO),
    # the writer's remarks
    ("The water came up the stairs again. Honestly I'm sick of this dream.", "en", NO, NO),
    (
        "I was serving tables at the old cafe. No idea why I still dream about that place.",
        "en",
        NO,
        NO,
    ),
    ("Wieder der Keller. Ich hab die Nase voll von diesem Traum.", "de", NO, NO),
    # words
    ("Mr Price handed back the test and my face went burning hot.", "en", {AP}, NO),
    ("Someone was downstairs. I lay completely frozen and could barely breathe.", "en", {AP}, NO),
    ("A dog ran at me and I hid behind a car, heart going like mad.", "en", {AP}, NO),
    ("The shells kept falling and my guts turned to water.", "en", {AP}, NO),
    ("The brakes went and my stomach went into a knot.", "en", {AP}, NO),
    ("The doorbell rang and my whole body goes cold.", "en", {AP}, NO),
    ("The teacher read my note out and I felt my cheeks go scarlet.", "en", {AP}, NO),
    ("Everyone turned round and I shrank down in my seat.", "en", {AP}, NO),
    ("I watched her leave with him and felt a proper ache.", "en", {SD}, NO),
    ("The guide turned out to be a man eating crisps. I was a bit let down.", "en", {SD}, NO),
    ("I sat in the car afterwards, feeling a bit low.", "en", {SD}, NO),
    ("My old friend was there and a lump came up in my throat.", "en", {SD}, NO),
    ("My colleague was crying over his cat and I felt awful for him.", "en", {SD}, {SD}),
    ("Nobody at the party was wearing shoes, which struck me as odd.", "en", {CO}, NO),
    ("The clerk looked as lost as I felt.", "en", {CO}, NO),
    ("I wandered the corridors like a lost sheep.", "en", {CO}, NO),
    ("They asked my name and I just sat there, mind blank, who even am I.", "en", {CO}, NO),
    ("Ich war mir unsicher, ob das Nicken gut oder schlecht war.", "de", {CO}, NO),
    ("A stranger gave me a key and I felt oddly reassured.", "en", {HA}, NO),
    ("He said sorry and I felt this weight lift right off me.", "en", {HA}, NO),
    ("A boy gave me an apple and I felt a spark of gratitude.", "en", {HA}, NO),
    ("The spell worked and I felt a rush of triumph.", "en", {HA}, NO),
    ("They said I got the job and I was punching the air.", "en", {HA}, NO),
    ("Die Pferde sind im Schwimmbad geschwommen. Ich fand das alles sehr lustig.", "de", {HA}, NO),
    ("Die Kinder haben mir ein Bild geschenkt. Ich hab fast geheult vor Rührung.", "de", {HA}, NO),
    ("Er hat geschimpft, ich hab nichts gesagt, aber in mir hat es gebrodelt.", "de", {AN}, {AN}),
    ("He told me I'd been expelled and I thought, that's a bit rich.", "en", {AN}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
