"""Round 20: the writer's envy of someone dead or dying, and a question answered no in the
same sentence.

Envy of someone dead or dying ("i caught myself envying her", of a patient with days left; "ich
beneide die frau, die heut nacht gestorben is") is a wish to be gone, while envy of the living
beside a death told in its own clause is not. A question told and answered no after a comma
("the gp asked if i'd had thoughts of killing myself, i honestly answered no, i'm just tired")
is set aside as it is when the answer is a sentence of its own; a no taken back, hedged with
"but", or "no thoughts of ..." said after it, is not.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        "I keep envying my grandmother, which is a weird thing to say about someone who's been "
        "buried since the spring.",
        "old mr hale on ward 3 has days left and i caught myself envying him. not proud of it",
        "ich beneide ehrlich gesagt den mann von nebenan, der letzte woche gestorben ist",
        "Frau Berg hat nur noch Tage, und ich beneide sie. Schlimm, oder?",
    ],
)
def test_envy_of_someone_dead_or_dying_is_a_wish_to_be_gone(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged
    assert "passive_wish" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "I'm dead jealous of your trip to Lisbon.",
        "I envy my sister, she got the flat and the dog died last year, poor thing.",
        "Meine Oma hat ihre Schwester beneidet, die früh gestorben ist.",
        "Im Film beneidet der Held den toten Bruder.",
        "My mum envies her friend whose husband died, she says at least it's quiet.",
        "I envy people who can sleep through storms; my cat died in one.",
        "Ich beneide meinen Bruder, er hat das Haus geerbt, als Opa gestorben ist.",
        "The old man died last week and I envy his son the house.",
        "Opa ist gestorben und ich beneide meine Cousine, die das Auto bekommt.",
        "I was so envious of Tom's new bike that I nearly died.",
    ],
)
def test_envy_of_the_living_beside_a_death_stays_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "die ärztin hat gefragt ob ich gedanken hab mir was anzutun, hab nein gesagt und das "
        "stimmt auch, mir fehlt nur der schlaf",
        "mein hausarzt wollte wissen, ob ich mir was antun will, hab ehrlich nein gesagt, ich bin "
        "bloß erschöpft",
        "the gp asked if i'd had thoughts of killing myself, i honestly answered no, i'm just "
        "tired all the time",
        "the gp asked if i'd had thoughts of killing myself, and i honestly answered no, i'm "
        "just tired all the time",
    ],
)
def test_a_question_answered_no_after_a_comma_is_set_aside(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "the gp asked if i'd had thoughts of killing myself, i said no, but that was a lie",
        "der arzt hat gefragt ob ich mir was antun will, hab nein gesagt, war gelogen",
        "die ärztin hat gefragt ob ich mir was antun will, hab nein gesagt, aber eigentlich schon",
        "mum asked if i was ok, i said no, i want to die",
        # what the writer said before the question is not part of it
        "i want to die and when my mum asked if i was ok, i said no",
        "ich will nicht mehr leben, und als die ärztin gefragt hat, ob alles okay ist, hab ich "
        "ehrlich nein gesagt",
    ],
)
def test_a_no_taken_back_or_followed_by_a_wish_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged
