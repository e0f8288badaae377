"""Round 44: what dream_emotions_dev78 (houses and rooms; the judge kept unread since round 43,
0.954) and the round's new blind sets dev82 (water), dev83 (work) and dev84 (travel) showed, as
mechanisms. The sentences are written for these tests, not copied from the sets.

* Felt: a heart "going like mad" in a dark cellar is fear (the "mad" is how fast, no anger said);
  "I felt awful, like it was all my fault" and "felt awful and apologised" are guilt; "missed
  my garden terribly" is sadness; "feeling totally alone"; "Stayed there happily reading";
  "thought it was the funniest thing"; "fand es eher lustig"; "mir ist heiß geworden im
  Gesicht" (embarrassment).
* Not felt: "if I panic I'll die" (a condition); "I'd loved it" (a house once loved);
  "we got completely lost in the souks" (a way lost); "gewundert hab ich mich auch nicht";
  "I'm still kind of annoyed it was only a dream" and "no idea what that's about" (the writer
  now); tears joined to fear ("so scared and crying") are the fear's.
* Whose: workmen who were cheerful; the family heard "having dinner, laughing"; "when I found
  him he was eating ... and looked at me completely puzzled" is his.
* Where: "aber im Traum hatte ich richtig Angst" after a remark on the dream is the dream's.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("Down in the cellar the light went, my heart was going like mad.", "en", {AP}, NO),
    (
        "Dad shouted at me for the broken vase. I felt awful, like it was all my fault.",
        "en",
        {AP},
        {"anger"},
    ),
    ("The captain was furious, I felt awful and apologised over and over.", "en", {AP}, {"anger"}),
    ("We moved to a flat in town and I missed my old garden terribly.", "en", {SD}, NO),
    ("Nobody came up to the attic. I sat there feeling totally alone.", "en", {SD}, NO),
    ("The caravan had no windows but I stayed there happily knitting.", "en", {HA}, NO),
    ("The boss wore a tutu and I thought it was the funniest thing ever.", "en", {HA}, NO),
    ("Der Aufzug fuhr seitwärts. Angst hatte ich keine, fand es eher lustig.", "de", {HA}, NO),
    ("Alle haben mich angestarrt, mir ist total heiß geworden im Gesicht.", "de", {AP}, NO),
    ("I kept thinking 'if I panic I'll sink', so I just floated.", "en", NO, NO),
    ("They sold the farmhouse. I was gutted, I'd loved it.", "en", {SD}, NO),
    ("We got completely lost in the old town but we were laughing all day.", "en", {HA}, {HA}),
    (
        "Im Keller stand ein Flügel. Angst hatte ich keine, gewundert hab ich mich auch nicht.",
        "de",
        NO,
        NO,
    ),
    (
        "My boss gave me a raise. I was stunned. I'm still kind of annoyed it was only a dream.",
        "en",
        {CO},
        NO,
    ),
    (
        "I kept missing the ferry and felt relieved every time. No idea what that's about.",
        "en",
        {HA},
        NO,
    ),
    ("I lost my mum on the pier. I was so scared and crying until she came back.", "en", {AP}, NO),
    ("The roofers were cheerful, whistling, waving at me.", "en", NO, {HA}),
    (
        "I could hear my cousins downstairs playing cards, laughing, nobody heard me.",
        "en",
        NO,
        {HA},
    ),
    (
        "When I found her she was feeding the ducks and looked at me completely puzzled.",
        "en",
        NO,
        {CO},
    ),
    (
        "Hab wieder den Traum mit der Treppe gehabt, die immer länger wurde, sobald ich "
        "hochgegangen bin. Ich ärgere mich, dass mein Kopf damit anfängt, aber im Traum hatte "
        "ich richtig Angst, dass ich falle.",
        "de",
        {AP},
        NO,
    ),
]


CASES += [
    # dev86 (water, a second twin) and dev87 (work, a second twin)
    ("She laughed and said she'd never been this happy. I felt the same.", "en", {HA}, {HA}),
    ("Die Kollegen haben sich riesig gefreut, mich zu sehen. Ich mich auch.", "de", {HA}, {HA}),
    ("I saw my neighbour in a canoe paddling past, waving, totally delighted.", "en", NO, {HA}),
    ("The crab was sad because it had no shell.", "en", NO, {SD}),
    ("Eins von den Kindern hat geweint.", "de", NO, {SD}),
    ("The directors were laughing at me and I was mortified.", "en", {AP}, {HA}),
    ("My son was sobbing. I felt awful, like the worst mum in the world.", "en", {AP}, {SD}),
    ("Ich war nicht mal nervös, eher überrascht, dass ich mich trau.", "de", {CO}, NO),
    ("Ich war so verblüfft, dass ich ganz vergessen hab, die Karte abzustempeln.", "de", {CO}, NO),
    ("Überschwemmung in der Halle, kein Training. Ich fand's eigentlich super.", "de", {HA}, NO),
    ("Ich war gleichzeitig traurig und irgendwie getröstet.", "de", {SD, HA}, NO),
    ("Auf der Feier hab ich mich gefühlt wie das fünfte Rad am Wagen.", "de", {SD}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
