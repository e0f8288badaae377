"""Round 9 of the crisis check: what the six retired held-out sets (eval/crisis_fresh*.jsonl up
to fresh6) showed it missed or over-flagged, in sentences written for these tests (not the
sets' lines), so each test checks the mechanism rather than one phrasing."""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, crisis_language

CRISIS = [
    # a question put to the writer and answered yes is the writer's own statement
    "Q: Have you had thoughts of killing yourself? A: yes, most nights",
    "F: Haben Sie daran gedacht, sich das Leben zu nehmen? A: Ja, fast jeden Tag.",
    # a no taken back
    "The nurse asked if I'd wished I was dead lately. I said no. It's most days, actually.",
    # the PHQ-9's last item ticked
    "Filled in the PHQ-9 at the GP, last question: nearly every day.",
    "Fragebogen beim Arzt, letzte Frage: an mehr als der Hälfte der Tage.",
    # self-harm told by a bare "cut", an anglicism, "unalive thoughts"
    "Couldn't sleep, got up at four and cut before the alarm.",
    "hatte voll den druck und hab gestern abend gecuttet",
    "unalive thoughts are really loud this week",
    # a clean streak strained now
    "the urge to burn is so strong after 9 months clean",
    # a deadline given to oneself
    "Ich geb mir noch bis Ostern. Dann ist Schluss.",
    "Bis dahin halt ich noch durch, dann ist Ruhe.",
    # a wish to join the dead beside a death
    "Seit Papa gestorben ist, ist alles grau. Ich will einfach nur zu ihm.",
    "Nan, it's a year since the funeral. I'd rather be in the ground with you than here.",
    # a voice that says it, an attempt told flatly, preparation by its objects
    "mein kopf sagt die ganze zeit bring dich um",
    "Last week I stood on a chair with the cord round my neck and then my phone rang.",
    "bought charcoal and a roll of tape at the garage, said it was for a barbecue",
    "der schlauch liegt schon im kofferraum, hab ihn heute gekauft",
    "went to three different chemists so nobody notices how many I'm buying",
    # wishes to be gone told sideways, death as the only door
    "not sure I want to be around for my birthday this year",
    "if a button could make it so I'd never have existed, I'd press it",
    "dying looks like the only way out left",
    # the writer's own head or voices quoted are no one else's words
    "my head keeps saying 'just end it' all day",
    "the voices say 'jump' every night now",
    # a dialect entry with German spelling is read as German
    "I ka nemme. Hat alles koin Sinn, i will bloß no sterba.",
]

NOT_CRISIS = [
    # words in single quotes that someone else sang, wrote or said
    "that song with 'i want to die tonight' is stuck in my head since the party",
    "hab ein lied im ohr, wo die sängerin 'ich will nicht mehr leben' singt, total schön",
    "a pupil wrote 'i want to die' on her test paper, I told the safeguarding lead",
    "Meine Oma sagt am Telefon immer 'ich wär lieber tot'. Ich fahr sie morgen zum Arzt.",
    # a sentence told only of someone else, and the he/she sentences after it
    "my flatmate left a goodbye note last night and we called an ambulance. she's stable now.",
    "Our neighbours' daughter tried to hang herself at the weekend. The street is in shock.",
    "mein kumpel hat nen abschiedsbrief geschrieben, wir haben die polizei gerufen.",
    # idioms
    "my legs want to die after that hike",
    "Cycling home on that ice was suicide.",
    "Bei dem Nebel ohne Licht fahren, des is doch Selbstmord.",
    "I'd rather die than sing at the office party 😂",
    "Wenn ich noch ein Teams-Meeting hab, spring ich aus dem Fenster 🙄",
    "If I have to sit through one more of those I will literally die.",
    # denials of a question
    "The GP asked if I think about killing myself and I could honestly say no.",
    "Mum asked if I'm going to do something stupid. I'm not. I'm just sad.",
    "Die Ärztin hat nach Suizidgedanken gefragt. Hab keine, ehrlich.",
    # a past episode told as over, warnings and causes
    "twelve years since the overdose. still here, still well, grateful every day",
    "Nine years self-harm free tonight, bought a cake",
    "The leaflet mentions the overdose risk with paracetamol, so I set reminders.",
    "Read my diary from 2014, all about wanting to die. I'm in such a different place now.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round9_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_round9_look_alikes_are_not_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert not result.flagged, (text, result.matches)


def test_a_german_dialect_entry_is_read_as_german() -> None:
    assert crisis_language("I mog nimmer, i will bloß no hoam") == "de"
    assert crisis_language("Met Jürgen for coffee, I love that guy") == "en"


def test_the_writer_in_a_sentence_about_someone_else_keeps_it() -> None:
    # "my mum" opens it, but the writer is in it: the writer's own crisis
    assert assess_crisis("my mum found the pills I had hidden for the weekend").flagged
    assert assess_crisis("my sister would be better off without me").flagged
