"""Round 37: what the read sets dream_emotions_dev57 (storms, floods, fires and animals; the judge
kept unread since round 36, 0.918), dev58 (journeys and being lost; measured blind on the
round's starting code, 0.937) and dev59 (dreams of the body; 0.910) showed, as mechanisms. The
sentences are written for these tests, not copied from the sets.

* A storm, the sea or a fire that rages ("the storm raged", "draußen tobte ein Gewitter") is
  weather, not anger; an animal that "was terrified" felt it (not "it was terrifying").
* Tears "with happiness" are joy; tears "with fear" or "vor Angst" are the fear's, not grief.
* An alarm clock that is a thing in the dream is no waking; annoyed now at dreaming it again
  ("I'm annoyed because this is the fifth time this month") is the writer's present, not the
  dream's; "Weiß nicht, ob ich wach war" is the report's gap.
* "Smiled for the photos" is a pose; "zum Glück", "Glück gehabt" are luck, not joy.
* German people by their trade: der Chirurg, der Kondukteur, die Hebamme.
* Words: couldn't believe my luck, "fand ich es toll", "zum Schreien komisch" (happiness); that
  floored me, which threw me (confusion); getting crosser and crosser (anger); my eyes filling
  up, felt terribly sorry for him (sadness); standing there frozen, "gezittert wie
  Espenlaub", "war mir unheimlich", "Magen wie zugeschnürt", "nicht ganz wohl war mir",
  "demütigend" (apprehension).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # weather and animals
    ("Outside the storm raged and I sat by the window drinking cocoa.", "en", NO, NO),
    ("Draußen tobte ein Gewitter, und ich hab gezittert wie Espenlaub.", "de", {AP}, NO),
    ("A fox ran into the shed. It was terrified, its eyes rolling.", "en", NO, {AP}),
    # tears
    ("When the boat came back for us I was weeping with happiness.", "en", {HA}, NO),
    ("By the end I was sobbing with fear, gasping for air.", "en", {AP}, NO),
    ("Im Keller stand das Wasser und ich hab vor Angst geweint.", "de", {AP}, NO),
    # waking, the writer's present, the report's gap
    (
        "The bomb squad came for my bag, but I knew it was only my alarm clock. Absolute panic.",
        "en",
        {AP},
        NO,
    ),
    (
        "Dreamt I lost my passport again. I'm annoyed because this is the third time this week.",
        "en",
        NO,
        NO,
    ),
    (
        "Weiß nicht, ob ich wach war oder geträumt habe. Am Fenster stand ein Mann.",
        "de",
        NO,
        NO,
    ),
    # a pose and luck
    ("At my sister's wedding I smiled for the photos while my tooth wobbled.", "en", NO, NO),
    ("Ich hab den Bus verpasst. Zum Glück kam gleich der nächste.", "de", NO, NO),
    # German trades
    ("Der Chirurg war total wütend und hat alle angebrüllt.", "de", NO, {AN}),
    ("Der Kondukteur war ziemlich genervt wegen meinem Koffer.", "de", NO, {AN}),
    # words
    ("A puppy followed me home and I couldn't believe my luck.", "en", {HA}, NO),
    ("Wir sind über die Alpen geflogen. Danach fand ich es einfach toll.", "de", {HA}, NO),
    (
        "Der Zug fuhr nach Paris statt nach Passau. Ich fand das zum Schreien komisch.",
        "de",
        {HA},
        NO,
    ),
    ("The driver said we'd been on the road for ten years, and that floored me.", "en", {CO}, NO),
    ("The pilot was my old maths teacher, which threw me completely.", "en", {CO}, NO),
    ("I couldn't find the gate and I was getting crosser and crosser.", "en", {AN}, NO),
    ("A little girl cried for her dad and I felt my own eyes filling up.", "en", {SD}, {SD}),
    ("The old man had lost his wife and I felt terribly sorry for him.", "en", {SD}, NO),
    ("The wave came towards the pier and I was just standing there frozen.", "en", {AP}, NO),
    ("Das war mir ziemlich unheimlich, die vielen gleichen Koffer.", "de", {AP}, NO),
    ("Im Taxi war mir der Magen wie zugeschnürt.", "de", {AP}, NO),
    ("Meine Haare wurden grau. So ganz wohl war mir dabei nicht.", "de", {AP}, NO),
    ("Ich stand nackt im Hörsaal. Es war so demütigend.", "de", {AP}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
