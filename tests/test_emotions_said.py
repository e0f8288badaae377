"""The dreamer's feelings as a reader wrote them: a heart that "hat so geklopft" on waking,
soaked on waking, and a sadness with "keine Ahnung warum" after it are all kept.

The sentences are new, not from eval/.
"""

from __future__ import annotations

from dreamjournal.analysis import analyze


def test_a_pounding_heart_in_the_german_perfect_is_fear_on_waking() -> None:
    text = (
        "Die Schritte kamen immer näher bis zur Schlafzimmertür. Dann bin ich aufgewacht, "
        "mein Herz hat so geklopft und ich war klatschnass."
    )
    assert analyze(text).waking_feelings == ["fear"]
    assert [e.hvdc for e in analyze("Mein Herz hat wie wild gepocht.").emotions] == ["apprehension"]


def test_soaked_by_rain_is_no_fear() -> None:
    assert analyze("Es hat geregnet und ich war klatschnass.").emotions == []


def test_a_feeling_with_no_idea_why_is_still_the_dreams() -> None:
    for text in ("Ich war total traurig, keine Ahnung warum.", "I was so sad, not sure why."):
        assert [e.hvdc for e in analyze(text).emotions] == ["sadness"], text
    assert analyze("Keine Ahnung, was dann passiert ist.").scene_plan.lines[0].kind == "meta"
