"""Crisis-language detection (English, German) and help resources."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dreamjournal.therapy.safety import (
    CrisisAssessment,
    assess_crisis,
    help_resources,
    support_message,
)

CRISIS = [
    # English
    "I want to kill myself.",
    "i just want to die",
    "I want to end my life.",
    "Sometimes I think about ending it all.",
    "I'm going to take my own life.",
    "I want to hurt myself.",
    "I keep cutting myself.",
    "Sometimes I cut myself on purpose.",
    "There is no reason to live.",
    "I have nothing left to live for.",
    "I don't want to live anymore.",
    "I'm suicidal.",
    "I've been having suicidal thoughts again.",
    "I wish I were dead.",
    "Everyone would be better off without me.",
    "I don't know why I want to die.",  # "don't" belongs to "know", not to the wish
    "I'm not okay, I want to die.",  # the negation is in another clause
    "I WANT TO DIE",
    "I want to\u200b die",  # a zero-width space does not hide it
    # German
    "Ich will mich umbringen.",
    "Ich will sterben.",
    "Ich möchte einfach nur sterben.",
    "Ich habe Suizidgedanken.",
    "Ich denke über Suizid nach.",
    "Ich denke daran, mir das Leben zu nehmen.",
    "Ich denke daran, mich umzubringen.",
    "Ich bring mich um.",
    "Ich möchte mich selbst verletzen.",
    "Manchmal will ich mich verletzen.",
    "Ich ritze mich wieder.",
    "Ich will nicht mehr leben.",
    "Ich habe keinen Grund mehr zu leben.",
    "Ich tu mir was an.",
    "Ich wäre lieber tot.",
    "Ich bin suizidal.",
]

NOT_CRISIS = [
    # idioms
    "This traffic is killing me.",
    "I died laughing at his joke.",
    "I'd kill for a coffee.",
    "I'm dead tired.",
    "I'm dying to see that film.",
    "I want to die of embarrassment.",
    "Ich bin todmüde.",
    "Ich lach mich tot.",
    "Die Hitze bringt mich um.",
    "Ich sterbe vor Hunger.",
    # dreams about death, other people, animals
    "The character in my dream died.",
    "I dreamt my grandfather died.",
    "I thought I was going to die in the dream.",
    "A monster wanted to kill me.",
    "I want him to die.",
    "Er will mich umbringen.",
    "Ich glaube, er will mich umbringen.",
    "Er versuchte, mich umzubringen.",
    "Mein Opa ist im Traum gestorben.",
    "My uncle committed suicide years ago.",
    "We saw a killer whale.",
    # denials (a person saying they are not suicidal is taken at their word)
    "I am not suicidal.",
    "I'm not suicidal anymore.",
    "I have no suicidal thoughts.",
    "I don't want to die.",
    "I would never kill myself.",
    "I don't want to hurt myself.",
    "Ich will nicht sterben.",
    "Ich will mich nicht umbringen.",
    "Ich habe keine Suizidgedanken.",
    # everyday accidents and other meanings
    "I cut myself while chopping onions.",
    "Ich habe mich beim Kochen verletzt.",
    "In den Ritzen der Wand wuchs Moos.",
    "I want to take my life back.",  # no longer flagged since round 20
    "I don't want to live in London.",
    "I don't want to wake up from this beautiful dream.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_language_is_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged
    assert result.matches


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_idioms_dreams_and_denials_are_not_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert not result.flagged, result.matches
    assert result.matches == []


def test_matches_name_the_phrases_found() -> None:
    result = assess_crisis("I had a strange dream. I want to die. Ich will nicht mehr leben.")
    assert result == CrisisAssessment(
        flagged=True,
        matches=["want to die", "will nicht mehr leben"],
        language="en",
        categories=["passive_wish"],
    )


def test_denial_in_one_sentence_does_not_hide_intent_in_another() -> None:
    assert assess_crisis("I am not suicidal. But sometimes I want to kill myself.").flagged
    assert assess_crisis("I'm not sure, but I want to end my life.").flagged


def test_language_is_reported() -> None:
    assert assess_crisis("Ich hatte einen schönen Traum mit meiner Katze.").language == "de"
    assert assess_crisis("I had a lovely dream about my cat.").language == "en"
    assert assess_crisis("").language == "en"


@pytest.mark.parametrize("text", ["", "\x00", "🌙🔪", "كنت خائفا", "x" * 20_000])
def test_odd_input_is_not_flagged_and_does_not_crash(text: str) -> None:
    assert not assess_crisis(text).flagged


@settings(
    max_examples=150, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(st.text(max_size=400))
def test_property_never_crashes_and_is_deterministic(text: str) -> None:
    result = assess_crisis(text)
    assert result == assess_crisis(text)
    assert result.flagged == bool(result.matches)


# --- help resources -------------------------------------------------------------------------


@pytest.mark.parametrize("region", ["international", "US", "UK", "IE", "DE", "FR", "", "xx"])
def test_international_directory_is_always_included(region: str) -> None:
    resources = help_resources(region)
    assert resources[-1].region == "international"
    assert resources[-1].url == "https://findahelpline.com"
    assert all(r.source_url.startswith("https://") for r in resources)


def test_unknown_region_gets_only_the_directory() -> None:
    assert [r.region for r in help_resources("FR")] == ["international"]
    assert [r.region for r in help_resources()] == ["international"]


def test_us_lifeline_is_call_or_text_988() -> None:
    (lifeline, _) = help_resources("US")
    assert (lifeline.phone, lifeline.sms) == ("988", "988")
    assert "988" in lifeline.description


@pytest.mark.parametrize("region", ["UK", "uk", "GB", "IE"])
def test_samaritans(region: str) -> None:
    (samaritans, _) = help_resources(region)
    assert samaritans.name.startswith("Samaritans")
    assert samaritans.phone == "116 123"


def test_germany_lists_telefonseelsorge_once_with_both_numbers() -> None:
    (seelsorge, directory) = help_resources("de")
    assert seelsorge.phone == "0800 111 0 111" and directory.phone is None
    assert "0800 111 0 222" in seelsorge.describe("de")  # the second number, linked there


@pytest.mark.parametrize(("region", "phone"), [("AT", "142"), ("Österreich", "142"), ("CH", "143")])
def test_austria_and_switzerland_have_their_three_digit_lines(region: str, phone: str) -> None:
    (line, _) = help_resources(region)
    assert line.phone == phone and line.source_url.startswith("https://")


def test_support_message_is_calm_and_localised() -> None:
    en, de = support_message("en"), support_message("de-DE")
    assert en != de
    assert "alone" in en
    assert "allein" in de
    assert "!" not in en + de
    assert support_message("fr") == en
