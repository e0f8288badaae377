"""Guided scripts from the scene plan: the dream's language, second person, ending kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dreamjournal.analysis import analyze
from dreamjournal.visualize import checks
from dreamjournal.visualize.models import GuidedScript
from dreamjournal.visualize.offline import TEMPLATES, OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest

EVAL = Path(__file__).resolve().parent.parent / "eval" / "visualize_dreams.jsonl"
DREAMS = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line]


def script_of(text: str, rescript: bool = False, title: str = "Dream") -> GuidedScript:
    request = VisualizationRequest("e1", title, text, analyze(text), rescript)
    return OfflineWriter().script(request)


def scenes(script: GuidedScript) -> str:
    return " ".join(s.text for s in script.steps if s.phase == "rescripted_scene")


CASES = DREAMS  # every dream, the two-word German one too (stopwords decide a tie)


@pytest.mark.parametrize("dream", CASES, ids=[d["id"] for d in DREAMS])
def test_every_eval_script_is_grammatical_in_the_dreams_language(dream: dict) -> None:
    script = script_of(dream["text"], bool(dream.get("rescript")))
    lang = dream["language"]
    problems = checks.script_problems(script, lang)
    assert problems == {k: [] for k in problems}, problems
    assert checks.language_of(" ".join(s.text for s in script.steps)) == lang
    phases = [s.phase for s in script.steps]
    assert phases[:3] == ["grounding", "breathing", "safe_place"]
    assert phases[-2:] == ["anchoring", "return"] and "rescripted_scene" in phases
    assert script.steps[1].breaths_per_minute == 6
    assert script.steps[0].text == TEMPLATES[lang]["grounding"]  # the framework is kept


def test_german_script_has_no_english_and_capitals_after_every_full_stop() -> None:
    script = script_of(
        "Ich ging durch einen dunklen Wald. Zwischen den Bäumen brannte ein Feuer. Ich war "
        "ruhig und fühlte mich frei. Meine Oma winkte mir zu. Dann bin ich aufgewacht."
    )
    text = " ".join(s.text for s in script.steps)
    assert not re.search(r"\b(?:calm|joy|the|and|you|is)\b", text), text
    assert not re.search(r"[.!?] [a-zäöü]", text), text
    assert "Du bist in einem Wald." in text
    assert "Vielleicht ist es: calm" not in text


def test_verbs_agree_with_you_and_du_and_no_rewritten_forms_are_left() -> None:
    en = scenes(script_of(
        "I didn't want to go but I bought a ticket and really ran to the train. My friend "
        "waved. Then I flew over the houses."
    ))  # fmt: skip
    assert checks.agreement_errors(en, "en") == [] and checks.leftover_forms(en) == []
    assert not re.search(r"\byou \w+(?:s|ies)\b", en.replace("You notice", ""), re.I), en
    assert "didns't" not in en and "boughts" not in en and "reallies" not in en
    assert re.search(r"You (?:fly|run)", en)
    de = scenes(
        script_of("Ich rannte zum Bahnhof. Mein Freund winkte. Dann flog ich über die Stadt.")
    )
    assert checks.agreement_errors(de, "de") == [] and re.search(r"Du (?:fliegst|rennst)", de)
    assert "Dein Freund winkt dir zu." in de or "Deine Freundin" in de


def test_the_ending_of_a_long_dream_is_kept() -> None:
    long_dream = " ".join(
        [f"Then I walked into a new room number {i} and looked around." for i in range(30)]
        + ["Finally I reached the sea and swam in warm water, and I felt relief."]
    )
    text = scenes(script_of(long_dream))
    assert "You are by the sea." in text and "You swim with steady strokes." in text
    de = scenes(script_of(
        "Ich war in der Schule. Dann war ich am Bahnhof. Dann lief ich eine Straße entlang. "
        "Dann kam ich an einen See und schwamm. Ich war glücklich. Dann klingelte der Wecker "
        "und ich bin aufgewacht."
    ))  # fmt: skip
    assert "am See" in de or "an einem See" in de
    assert de.rstrip().endswith("Dann verblasst der Traum, und du wachst auf.")


def test_meta_and_negated_lines_give_no_sentence_and_no_safe_place_thing() -> None:
    script = script_of(
        "Wir sind nicht in das Haus gegangen. Ich hatte keine Angst vor dem Hund. Wir saßen im "
        "Garten und die Sonne schien. Keine Ahnung, ob das wichtig ist."
    )
    text = " ".join(s.text for s in script.steps)
    assert "Haus" not in text and "Hund" not in text and "Ahnung" not in text
    assert "Du sitzt ruhig da." in text


def test_a_rescript_keeps_its_new_ending_and_the_safe_place_takes_nothing_from_it() -> None:
    script = script_of(
        "I am in the dark basement but I find the light and the room fills with warm light. My "
        "sister is there and she hugs me. I walk up the stairs into the garden. I feel safe and "
        "calm.",
        rescript=True,
    )
    assert script.built_from == "rescript"
    safe = next(s.text for s in script.steps if s.phase == "safe_place")
    assert safe == TEMPLATES["en"]["safe_place"]  # never built from the nightmare's world
    text = scenes(script)
    assert "Your sister" in text and text.rstrip().endswith(".")


def test_long_titles_and_unbroken_text_never_make_a_script_invalid() -> None:
    text = "Ich " + "ä" * 6000 + " rannte."
    script = script_of(text, title="T" * 200)
    assert GuidedScript.model_validate(script.model_dump()) == script
