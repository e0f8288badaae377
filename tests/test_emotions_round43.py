"""Round 43: what dream_emotions_dev76 (pregnancy, babies and parenthood; the judge kept unread
since round 42, 0.968) and dream_emotions_dev77 (animals; measured blind on the round's starting
code, 0.960) showed, as mechanisms. The sentences are written for these tests, not copied from
the sets.

* Not felt: "boiling kettles" (cooking, not rage); "tried to comfort her" (done, not felt);
  "couldn't get it out" (a thing stuck, not puzzlement); "geschwitzt wie verrueckt" (like
  crazy); "Ich hab gedacht, wenn das stimmt, fall ich aus allen Wolken" (thought of, for a
  condition).
* Whose: "my older one started crying" is another; ", and the relief was enormous" is the
  teller's; "es war richtig wütend" after a rabbit is the rabbit's; "ich war ein Adler ... so
  glücklich" is the dreamer's; "i war mega stolz" (Bavarian) is the dreamer's; "so ein mulmiges
  Gefühl im Bauch" with no one else in it is the teller's.
* Words: "disorienting", "gstrahlt", "fand's lustig", "das hat so weh getan", "weinend".
* From dev79 (famous people), dev80 (pregnancy) and dev81 (animals): "I was like ???" and "Ich so:
  hä?" are puzzlement; "haven't felt that happy in years" and "seit Jahren nicht so glücklich"
  are felt; "lost it somewhere" is a thing lost; "Wär das echt, wär ich ..." is a hypothetical;
  "danach wach gelegen" is a waking line; a cue that opens with "I" ("I was frozen") is the
  dreamer's; "angry at them for laughing" leaves the laughter to them; "the guide", "das eine
  ... das andere" are others; nervous laughter "obwohl ich Schiss hatte" is no joy; a pet
  "der vermisst ist" is missing, not missed; "ich habe meine Oma so vermisst" is the dreamer's.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("My aunt was livid with the midwife. I was just boiling kettles.", "en", NO, {"anger"}),
    ("The puppy was whimpering and I tried to comfort him.", "en", NO, NO),
    ("The ivy had grown over the shed door and I couldn't get it open.", "en", NO, NO),
    ("Ich hab geschwitzt wie verrueckt und bin nur gerannt, voller Angst.", "de", {AP}, NO),
    ("Ich hab gedacht, wenn das stimmt, fall ich aus allen Wolken.", "de", NO, NO),
    ("She let go of my hand. My older one started crying, he was so scared.", "en", NO, {SD, AP}),
    ("The dog brought the baby back to us, and the relief was enormous.", "en", {HA}, NO),
    ("Mein Kaninchen hat mich angefaucht, es war richtig wütend.", "de", NO, {"anger"}),
    ("Ich war ein Adler und bin über die Berge geflogen, so glücklich.", "de", {HA}, NO),
    ("Mei Katz hod gwonnen und i war mega stolz.", "de", {HA}, NO),
    ("Ein Schwarm Stare über dem Acker, die ganze Zeit so ein mulmiges Gefühl.", "de", {AP}, NO),
    ("It was totally disorienting, everyone calling me grandad.", "en", {CO}, NO),
    ("Da Opa hod gstrahlt, wie er des Fohlen gsehn hod.", "de", NO, {HA}),
    # dev79, dev80, dev81 (famous people, pregnancy, animals)
    ("The Queen asked for MY autograph. I was like ??? why me.", "en", {CO}, NO),
    ("Der Bürgermeister wollte ein Foto mit mir. Ich so: hä? wieso ich?", "de", {CO}, NO),
    ("We won the dance-off. Haven't felt that happy in years.", "en", {HA}, NO),
    ("Ich war seit Jahren nicht so glücklich wie da auf der Bühne.", "de", {HA}, NO),
    ("I dropped the ring somewhere on the beach and lost it somewhere in the sand.", "en", NO, NO),
    ("Wär das echt, wär ich durchgedreht vor Angst.", "de", NO, NO),
    ("Danach wach gelegen bis vier und mich elend gefühlt.", "de", NO, NO),
    ("A horse bit me and I was frozen, couldn't move.", "en", {AP}, NO),
    ("Everyone laughed. I was a bit angry at them for laughing.", "en", {"anger"}, {HA}),
    ("The guide was panicking, shouting at us to get down.", "en", NO, {AP}),
    ("Das eine Pferd war total wütend, das andere hat nur geheult.", "de", NO, {"anger", SD}),
    ("Sie hat mich nicht mehr erkannt. Das hat so weh getan.", "de", {SD}, NO),
    ("Ich fand's lustig.", "de", {HA}, NO),
    ("Ich bin weinend auf der Treppe gesessen.", "de", {SD}, NO),
    ("Ich hab gelacht, obwohl ich eigentlich Schiss hatte.", "de", {AP}, NO),
    (
        "Unser Kater, der seit Mai vermisst ist, saß vor der Tür. Ich war so erleichtert.",
        "de",
        {HA},
        NO,
    ),
    ("Ich habe meine Oma so vermisst.", "de", {SD}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
