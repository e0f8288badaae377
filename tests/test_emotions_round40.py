"""Round 40: what the read sets dream_emotions_dev66 (old friends and school days; the judge kept
unread since round 39, 0.943), dev68 (flying, falling and water; measured blind on the round's
starting code, 0.930) and dev69 (famous people and the fantastic; 0.930) showed, as mechanisms.
The sentences are written for these tests, not copied from the sets.

* Whose feeling: "the man I met was furious" and "a woman I didn't know snapped at me, clearly
  annoyed" (a relative clause with no "who"); "its eyes looked sad"; the people and creatures of
  a fantastic scene (a squire, a dinosaur, a rock star, a grumpy talking frog, der Kaiser, der
  Chauffeur, ein Außerirdischer, der Regisseur); "einer war richtig wütend" (one of them).
* Said of the dreamer by others, not felt: "Tom kept telling me I looked upset", "my mate kept
  saying I looked nervous".
* Not felt in the dream: "wenn ich ihm in echt begegnen würde, wäre ich stinkwütend"; "I'm so
  sick of this one" (the writer's word on a recurring dream); "a huge crush on him" is no
  "crushed"; an alarm button pressed is no alarm clock.
* Tears brought by relief stay joy even with anger "gleichzeitig" after them; "could barely
  breathe" beside grief is the grief's.
* Words: made my whole night, it was wonderful, a rush of pride, felt a lot better (happiness);
  a cold knot formed in my stomach, felt like a complete fraud, white as a sheet, my stomach
  twisted into a knot, mir war das eher unheimlich (apprehension); got properly cross, crosser
  and crosser (anger); a lonely feeling (sadness); nicht mehr zurechtgefunden (confusion).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # a relative clause with no "who"
    ("The man I met was furious.", "en", NO, {AN}),
    ("A woman I didn't know shouted at me, clearly annoyed, that it was her seat.", "en", NO, {AN}),
    ("When I saw the man I was furious.", "en", {AN}, NO),
    (
        "Then a neighbour I used to be close to walked past me without a word and that really "
        "hurt.",
        "en",
        {SD},
        NO,
    ),
    # the people and creatures of a fantastic scene
    ("The owl turned to me. Its eyes looked terribly sad.", "en", NO, {SD}),
    ("My squire was trembling so hard his helmet rattled.", "en", NO, {AP}),
    ("The little dinosaur was very nervous around the other kids.", "en", NO, {AP}),
    ("A rock star was throwing a tantrum in the lobby, furious about his room.", "en", NO, {AN}),
    ("Grumpy talking frog in the sink, complaining about the cold.", "en", NO, {AN}),
    ("Der Kaiser ist ungeduldig geworden und war richtig wütend.", "de", NO, {AN}),
    ("Ein Außerirdischer saß in meinem Bad und hat geweint.", "de", NO, {SD}),
    ("Die Zwerge haben gestritten, einer war richtig wütend.", "de", NO, {AN}),
    # said of the dreamer by others
    ("My brother kept telling me I looked upset. I wasn't; I was reading the map.", "en", NO, NO),
    ("My mate kept saying I looked nervous, but I felt fine.", "en", NO, NO),
    # not felt in the dream
    (
        "Wenn ich ihm im echten Leben begegnen würde, wäre ich wahrscheinlich stinkwütend. Im "
        "Traum haben wir Karten gespielt.",
        "de",
        NO,
        NO,
    ),
    ("Ugh, the falling dream again. I'm so sick of this one.", "en", NO, NO),
    ("At the reunion I saw Ben, the boy I had a huge crush on at school.", "en", NO, NO),
    ("The lift stopped. I was flabbergasted and kept pressing the alarm button.", "en", {CO}, NO),
    # tears of relief, breath taken by grief
    (
        "Ich war so erleichtert, dass ich geheult hab, und hatte gleichzeitig eine Wut auf ihn.",
        "de",
        {HA, AN},
        NO,
    ),
    ("I felt such grief I could barely breathe.", "en", {SD}, NO),
    # words
    ("Then the teacher winked at me, and that made my whole night.", "en", {HA}, NO),
    ("I was flying over the sea. Mostly it was wonderful.", "en", {HA}, NO),
    ("We reached the harbour and I felt a warm rush of pride.", "en", {HA}, NO),
    ("I found my ticket after all and felt a lot better.", "en", {HA}, NO),
    ("I was losing height and a cold knot formed in my stomach.", "en", {AP}, NO),
    ("I felt like a complete fraud at the controls.", "en", {AP}, NO),
    ("I was white as a sheet and gripping the armrests.", "en", {AP}, NO),
    ("My stomach twisted into a knot.", "en", {AP}, NO),
    ("Mir war das eher unheimlich, als das Wasser durch die Tür kam.", "de", {AP}, NO),
    ("Nobody answered the bell, and I got crosser and crosser.", "en", {AN}, NO),
    ("It was my coffee machine, so I got properly cross.", "en", {AN}, NO),
    ("I drifted out to sea with a lonely feeling.", "en", {SD}, NO),
    ("Drinnen war alles anders und ich hab mich nicht mehr zurechtgefunden.", "de", {CO}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
