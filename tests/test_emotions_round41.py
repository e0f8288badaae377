"""Round 41: what the read sets dream_emotions_dev70 (illness, hospitals and doctors; the judge
kept unread since round 40, 0.945), dev71 (animals; measured blind on the round's starting code,
0.941) and dev72 (food and feasts; 0.937) showed, as mechanisms. The sentences are written for
these tests, not copied from the sets.

* Awake in the dream: "they were operating on my arm and I was awake", "bei der OP aufgewacht"
  are the dream's own scenes, not waking lines.
* Said of the dreamer by others, and confirmed or not: "told me I looked furious ... Honestly I
  was", "said I looked scared and I was", "hat gesagt, ich seh traurig aus. War ich aber gar
  nicht" (the perfect "hat gesagt", "hat behauptet"), "meinte, ich sähe traurig aus"; "they said
  I looked angry, and they were right, I was livid" (the confirmation in its own clause).
* Shared: "ging's mir genauso", the next sentence's "Ich auch".
* Whose: "ich hab mich für sie gefreut" is the dreamer's, "sie hat sich für mich gefreut" is
  hers; a Bub, a Händler, meine Begleitung are people.
* Not felt: "wenn das Pferd verliert, würd ich mich schwarz ärgern" after someone's words; "no
  idea why I remember this"; "I'm getting sick of my brain doing this every week".
* Words: without a clue (confusion); "wusste nicht mehr, zu wem"; komplett verloren; eng in der
  Brust, kaum Luft (apprehension, body); tried not to cry, so I wouldn't break down (sadness,
  hidden); die Wände hochgegangen (anger); Aufregung und Vorfreude (happiness, not fear); "I
  forgot all about it and was just happy" (a forgetting in the dream, not of it).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # awake in the dream
    (
        "They were operating on my arm and I was awake the whole time. I was terrified and then "
        "so relieved when it was over.",
        "en",
        {AP, HA},
        NO,
    ),
    ("Ich bin bei der OP aufgewacht und war stinksauer, weil keiner zugehört hat.", "de", {AN}, NO),
    # said of the dreamer by others
    ("My sister told me I looked furious when the cake fell. Honestly I was.", "en", {AN}, NO),
    ("The waiter said I looked scared and I was, my hands were shaking.", "en", {AP}, NO),
    ("They said I looked angry and they were right, I was livid.", "en", {AN}, NO),
    ("The nurse said I looked worried. I was reading the menu.", "en", NO, NO),
    ("Die Lehrerin hat gesagt, ich seh traurig aus. War ich aber gar nicht.", "de", NO, NO),
    ("Mein Bruder hat behauptet, ich sei wütend. Stimmt nicht, mir war das egal.", "de", NO, NO),
    ("Die Nachbarin meinte, ich sähe traurig aus.", "de", NO, NO),
    # shared
    ("Mein Vater hatte Muffensausen, und ehrlich gesagt ging's mir genauso.", "de", {AP}, {AP}),
    ("Opa hat gestrahlt und gesagt, er ist so glücklich. Ich auch, ehrlich.", "de", {HA}, {HA}),
    # whose
    ("Ich hab mich für sie gefreut und noch ein Stück Kuchen genommen.", "de", {HA}, NO),
    ("Sie hat sich für mich gefreut.", "de", NO, {HA}),
    ("Ein kleiner Bub hatte furchtbare Angst vor dem Bohrer.", "de", NO, {AP}),
    ("Der Händler war beleidigt und hat geschimpft.", "de", NO, {AN}),
    ("Meine Begleitung war ganz begeistert vom Essen.", "de", NO, {HA}),
    # not felt in the dream
    (
        "Mein Kumpel meinte, wenn das Pferd verliert, würd ich mich schwarz ärgern. Es hat "
        "gewonnen.",
        "de",
        NO,
        NO,
    ),
    ("No idea why I remember this, but a goat was eating my homework.", "en", NO, NO),
    (
        "Spiders on the ceiling again. Honestly I'm getting sick of my brain doing this every "
        "week.",
        "en",
        NO,
        NO,
    ),
    # words
    (
        "The vet explained it in Dutch and I nodded along without a clue what she meant.",
        "en",
        {CO},
        NO,
    ),
    ("Auf einmal wusste ich nicht mehr, zu wem ich wollte.", "de", {CO}, NO),
    ("Im Wald war ich komplett verloren, alles sah gleich aus.", "de", {CO}, NO),
    ("Im Aufzug wurde mir ganz eng in der Brust.", "de", {AP}, NO),
    ("Es wurden immer mehr Leute, und ich bekam kaum Luft.", "de", {AP}, NO),
    ("I counted the tiles so I wouldn't break down.", "en", {SD}, NO),
    ("At the graveside I tried not to cry.", "en", {SD}, NO),
    ("Der Nachbar hat die ganze Nacht gebohrt, ich bin die Wände hochgegangen.", "de", {AN}, NO),
    ("Mein Herz hat vor Aufregung und Vorfreude geklopft.", "de", {HA}, NO),
    ("He bought me an ice cream and I forgot all about it and was just happy.", "en", {HA}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
