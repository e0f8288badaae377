"""Round 30: what dream_emotions_dev27 (dream reports as the classic research collections hold
them: college questionnaires of the 1950s to 1990s, decades-long adult diaries, German and Swiss
diary studies; measured blind on the round's starting code, 0.880, then read) showed, each as a
mechanism in sentences of its own beside a look-alike.

* Words: "heart started hammering", "legs went rubbery", "nerves were in shreds", "a creeping
  feeling", "crawl under the tablecloth", "a great heaviness", "nobody in the world cared about
  me", "just aglow", "hotter under the collar", "got turned around", "wie im falschen Film";
  "ich hatte keine Ahnung, wovon er redete" is the dream's puzzlement (a bare "keine Ahnung"
  stays the teller's gap).
* Whose feeling: "a chill of foreboding went through me" and "the hotter under the collar I
  got" are the dreamer's (the dreamer just after the feeling); the German "sich" is someone
  else's ("und musste sich das Lachen verkneifen"), but not "hat sich mir der Magen umgedreht".
* Not felt: "you'd think I would feel homesick", "if he doesn't show up I'm going to be angry",
  "wenn mir das in echt passiert wäre, wäre ich vor Panik gestorben"; "Bange war mir dabei
  komischerweise nicht" (a denial a few words after the noun).
* Not fear: goosebumps and chattering teeth in ice-cold water (the cold; "lief es mir eiskalt
  den Rücken runter" stays fear); knees buckling under grief (the grief's).
* "The words" of a sentence before no longer make "it made no sense to me" a fact about what
  was said (the check stays within its sentence).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("Then my heart started hammering: how would I get to work?", "en", {AP}, NO),
    ("My legs went rubbery and I fumbled with the register.", "en", {AP}, NO),
    ("I had forgotten to prepare anything. My nerves were in shreds.", "en", {AP}, NO),
    ("I had a horrible creeping feeling that someone was coming for the house.", "en", {AP}, NO),
    ("Everybody stared and I wished I could crawl under the tablecloth.", "en", {AP}, NO),
    ("I wanted to say sorry to him and there was just a great heaviness.", "en", {SD}, NO),
    ("I sat on the stairs feeling like nobody in the world cared about me.", "en", {SD}, NO),
    ("We danced over the library and I was just aglow the whole time.", "en", {HA}, NO),
    ("The longer she insisted, the hotter under the collar I got.", "en", {AN}, NO),
    ("The buildings kept moving and I got really turned around.", "en", {CO}, NO),
    ("Ich stand im Treppenhaus und kam mir vor wie im falschen Film.", "de", {CO}, NO),
    ("Ich hatte keine Ahnung, wovon er redete.", "de", {CO}, NO),
    ("He handed me the jar of nails, and a chill of foreboding went through me.", "en", {AP}, NO),
    (
        "Der Briefträger fand das sehr komisch und musste sich das Lachen verkneifen.",
        "de",
        NO,
        {HA},
    ),
    ("Beim Schalten hat sich mir jedes Mal der Magen umgedreht.", "de", {AP}, NO),
    ("You'd think I would feel homesick or something, but it was just ordinary.", "en", NO, NO),
    ("I thought, if he doesn't show up I'm going to be angry, but I just walked.", "en", NO, NO),
    (
        "Wenn mir das in echt passiert wäre, wäre ich vor Panik gestorben, aber im Traum drückte "
        "ich einfach Knöpfe.",
        "de",
        NO,
        NO,
    ),
    ("Bange war mir dabei komischerweise nicht, eher war mir alles egal.", "de", NO, NO),
    (
        "Das Wasser war eiskalt, ich hatte Gänsehaut am ganzen Körper und klapperte mit den "
        "Zähnen.",
        "de",
        NO,
        NO,
    ),
    ("Mir lief es eiskalt den Rücken runter und ich hatte Gänsehaut.", "de", {AP}, NO),
    ("All of a sudden grief came over me so hard my knees buckled.", "en", {SD}, NO),
    (
        "He mumbled and I kept trying to catch the words. It made no sense to me whatsoever.",
        "en",
        {CO},
        NO,
    ),
    ("The words on the sign made no sense to me.", "en", NO, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
