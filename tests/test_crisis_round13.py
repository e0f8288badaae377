"""Round 13 of the crisis check: what the two retired held-out sets (eval/crisis_fresh13.jsonl and
crisis_fresh14.jsonl) showed it missed or over-flagged, in sentences written for these tests (not
the sets' lines), so each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with, crisis_language, prepare
from tests.conftest import GENTLE_FALSE_ALARM

# Missed before round 13, each a general mechanism: a negation that is the wish itself, a
# dream frame closed by a date of the waking calendar, a note with its subject left out,
# slang, a hospital after the pills, relief at a serious diagnosis, the dead envied for being
# done, waking angry to have woken at all, a life question answered no.
CAUGHT = [
    "Manchmal wär's mir lieber, einfach nicht mehr da zu sein, ganz ehrlich.",
    "Traum heute: ich renne durch einen Bahnhof. Vor drei Tagen hab ich mir die Pulsadern aufgeschnitten, mein Bruder hat mich gefunden.",
    "Schlechter Tag. Abends wieder geritzt, zum ersten Mal seit März.",
    "tried to od on saturday, nobody knows",
    "hab schon wieder unalive gedanken, nich lol",
    "lag bis gestern im krankenhaus nach den tabletten",
    "seit montag in der klinik, nach dem was ich gemacht hab",
    "when the scan came back and they said it looks serious i honestly felt relieved",
    "Als der Arzt sagte, es könnte Krebs sein, war ich fast erleichtert.",
    "kinda jealous of my uncle tbh, hes out of it now",
    "Zwölf Stunden geschlafen und wütend, dass ich überhaupt wieder aufgewacht bin.",
    "Ich warte nur noch darauf, dass es vorbei ist, und wünsche mir, es ginge schneller.",
    "Had the blood dream again and woke up wanting to make it real.",
    "Reason to keep going? None.",
    "Lust weiterzuleben? Keine.",
    "Any reason to go on? No... well, maybe the dog.",
    "Die Passwörter liegen in einem Umschlag für meinen Bruder, er soll ihn erst später öffnen.",
    # errands of a farewell beside a sign that the others are not to know why
    "Gave my bike and my records away this week. Everyone says how kind. They don't get it.",
    "Den Kater hab ich meiner Nachbarin geschenkt, sie weiß nicht wieso.",
    "Cancelled my phone contract and the gym and told my flatmate I'm moving home. I'm not moving anywhere.",
    "Read up on which of my tablets are dangerous together and wrote down the doses. Not for work.",
    "Mein Spotify-Abo gekündigt und meiner Schwester alles aufgeschrieben, sie hat nichts gemerkt.",
    # the older retired sets' remaining misses, each a mechanism
    "I don't want to die, I just want it all to stop.",
    "Ich will ja nicht sterben, ich will nur, dass der Schmerz endlich aufhört.",
    "The boys would be better off with a dad who isn't me.",
    "Finished the letters last night. They're in the drawer under my passport.",
    "Brought the pills up from the bathroom. They're under my pillow now.",
    "Read about lethal doses for an hour, then cleared my browser history.",
    "zero days since i last cut. again.",
    "The only thing that helped was the blade.",
    "Gestern Nacht mit dem Messer in den Unterarm, nur ein bisschen.",
    "Mum asked about my arm, I said the scratches are from the cat. They aren't.",
    "The contract runs out on the 3rd and that's the date I end it.",
    "Im Juni fahr ich an den See. Dann geh ich rein und nicht mehr raus.",
    "The nurse said I was lucky my neighbour came home early and found me. The hospital sent me home yesterday.",
    "Manchmal möchte ich einfach nicht mehr sein.",
    "Dreamt of Grandad's shed again. I wish I'd been allowed to stay with him for good.",
    # indirect passive wishes and hopelessness (crisis_train16's remaining misses, reworded)
    "Die kommen doch eh alle ohne mich klar, vielleicht sogar besser.",
    "Last thing to give up on is me.",
    "Ehrlich gesagt seh ich mich gar nicht mehr.",
    "Hoping this cold turns into something worse.",
    "Jeden Abend bete ich, dass Gott mich bald zu sich holt.",
    "If I fell in, I wouldn't fight very hard to get out.",
    "Am Bahnübergang gewartet. Schade, dass kein Zug kam.",
    "Would be so good to lie down somewhere quiet and just be finished.",
    # preparation, plans and attempts told sideways (crisis_train15 and 17, reworded)
    "I've been stockpiling my painkillers since the summer.",
    "Hab wieder ein paar Tabletten von Mama abgezweigt, der Vorrat wächst.",
    "Told the GP I'd lost them so she'd write a repeat. They're in a shoebox, sixty now.",
    "The crisis line rang. They didn't ask about the rope.",
    "Gave Sam my watch so he has something to remember me by.",
    "Sold the car and cancelled the gym, won't need any of it.",
    "Drove out to the quarry to check the spot for Sunday.",
    "Ab Freitag reden sie über mich, wenn sie mich im See finden.",
    "My sister called the police and they found me in the car.",
    "Am Bahnsteig hat mich ein Fremder zurückgezogen, als der Zug kam.",
    "Kept standing at the edge of the platform again tonight.",
    "Read about mixing them until 3am. It sounded like a way out.",
    "I'm not going to do anything stupid tonight, Sunday maybe.",
    "Ich bring mich nicht um, solange die Katze noch lebt.",
    "Hab keinen Grund mehr zu leben, nur noch das Ende.",
    "The anaesthetist said there's a small chance I won't wake up and I felt relieved.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_round13_misses_are_caught(text: str) -> None:
    assert assess_crisis(text).flagged


# Over-flagged before round 13: a question answered no (also a self-check from a safety plan,
# "tu ich nicht"), jokes hung on a trifle, "lighter" the comparative, a work's treatment of
# the subject, someone's "bro", a past episode told plainly as over, chips, shame told as death,
# an item left unticked, "kannst sterben dafür", a rest until tomorrow.
NOT_FLAGGED = [
    "Check-in from my safety plan this morning: thinking about suicide? No. Any urge to cut? None.",
    "Mein Vater hat gefragt, ob ich an Selbstmord denke. Tu ich nicht. Ich hab nur Prüfungsstress.",
    "wenn der drucker nochmal streikt kauf ich mir n strick lol",
    "swear i'll walk into the ocean if one more person replies all lmaooo",
    "ich bring mich um wenn ich nochmal excel tabellen machen muss xD",
    "I need lighter books before bed, that thriller gave me nightmares.",
    "For my film class I'm writing about how the show handles suicide.",
    "bros been cutting class again, mum is furious",
    "used to self harm at school. scars are faded now and so is the urge",
    "vor fünf jahre ich wollte sterben. jetzt ich habe arbeit und freunde. alles ist besser",
    "hab heut die ganze packung chips gegessen und geheult wegen der klausur",
    "Said the wrong name at the wedding, so embarrassed I thought I'd literally die.",
    # gentle false alarms of earlier classifiers, no longer flagged since round 20
    "Beim Fragebogen hab ich die Frage nach Todesgedanken diesmal gar nicht angekreuzt.",
    "Der Kuchen bei Oma, da kannst sterben dafür.",
    "ich geh jetzt ins bett, will nur noch weg sein bis morgen mittag",
    pytest.param(
        "Gave my sister my old camera for her birthday, she didn't know it was coming.",
        marks=GENTLE_FALSE_ALARM,
    ),
    "Hab meiner Nichte mein altes Fahrrad geschenkt, sie wusste nicht, dass es ihr Geschenk war.",
    "i don't want to die, i just want this migraine to stop, dark room and ice pack",
    "Ich will nicht sterben, ich will nur, dass der Lärm von der Baustelle aufhört.",
    "The scratches are from the cat, she hates the new carrier.",
    "Sold my old bike because I won't need it in London.",
    "We checked the spot for the picnic by the river, lovely shade.",
    "Kept the receipt in a shoebox with the others for the tax return.",
    # everyday errands and idioms of the older retired sets' false alarms, reworded
    "Ich könnt mich erschießen, hab die Brotdose schon wieder im Zug vergessen.",
    "Signed our wills at the solicitor's now the baby's here, then lunch.",
    "Testament beim Notar gemacht, jetzt wo das zweite Kind da ist.",
    "Wrote a farewell card for Tom, he's leaving the company after ten years.",
    "Wrote letters to my grandchildren for the school time capsule.",
    "How many ibuprofen can I take in a day with a sprained wrist?",
    "Measured the low bridge on the lane before we take the camper out.",
    # a lucid dream and its practice, a rescript read again: the dream's own sentences
    "Lucid dream for once! Jumped off the lighthouse on purpose because I knew I was dreaming, and landed softly in the sea. Going to do the reality checks again tonight.",
]

# ... where the classifier makes a gentle false alarm of its own (recall comes first), the
# patterns and concepts still leave the line alone.
RULES_LEAVE_ALONE = [
    "Cleared my browser history so my sister won't see the birthday present I ordered.",
    "I was so relieved when they said it's not serious after all.",
    "Ich seh mich nicht mehr in der Lage, das Projekt bis Freitag zu schaffen.",
]


@pytest.mark.parametrize("text", RULES_LEAVE_ALONE)
def test_round13_patterns_leave_these_alone(text: str) -> None:
    assert not assess_with(text, None).flagged


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round13_false_alarms_are_gone(text: str) -> None:
    assert not assess_crisis(text).flagged


# ... and what must stay flagged beside them: a question answered yes, a denial taken back, a
# life question answered no, a joke taken back, a diagnosis feared, not welcomed.
STILL_FLAGGED = [
    "Check-in from my safety plan: thinking about suicide? Yes, most of the night.",
    "Sie hat gefragt, ob ich an Selbstmord denke. Tu ich nicht. Tu ich doch.",
    "ich will mich umbringen lol nicht lol",
    "honestly might just kms lol",
]


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_round13_what_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "I was so relieved when they said it's not serious after all.",
            marks=pytest.mark.xfail(
                reason="gentle false alarm of the crisis classifier (recall comes first)",
                strict=True,
            ),
        ),
        "Ich war erleichtert, dass der Tumor gutartig ist.",
        "Gedanken, nicht mehr leben zu wollen? Nein.",
    ],
)
def test_relief_that_it_is_not_serious_and_a_denied_question_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


def test_a_separable_german_verb_is_no_typo_of_a_key_word() -> None:
    # "aufmachen" (to open) had been corrected to "aufwachen" (to wake up)
    assert "aufmachen" in prepare("Soll sie erst später aufmachen.", "de")


def test_a_diphthong_is_no_dropped_umlaut() -> None:
    # "neun" had been read as "neuen" typed without its umlaut, breaking "neun jahre ohne svv"
    assert prepare("Neun Jahre ohne SVV", "de").startswith("neun jahre")


def test_a_bavarian_entry_without_umlauts_counts_as_german() -> None:
    assert (
        crisis_language("Mei Frau hod gmoant, i soll ned so vui arbeitn, oba des geht ned.") == "de"
    )
