"""Round 44: what crisis_dev86 (shift and gig workers; the judge kept unread since round 43,
56/60 with 4/60 false alarms), the round's new blind sets dev91 to dev94 (chronic pain and
illness, people writing in a second language, farmers and fishermen, emergency workers) and a
fourteenth independent list showed, as mechanisms. The sentences are written for these tests,
not copied from the sets.

* Caught now: hoping the heart "packs in"; rope bought with a cover story; "klinge, pflaster" in
  a break; "schade, wieder wach"; wishing the storm had taken me; "wouldn't fight it" when the
  job may kill; nobody will look for me because they think I'm away; Swiss "nur no schlofe und
  nimme ufwache"; by my own hand; make it look like black ice; "that's my exit" beside a train;
  got it planned beside a means; at the quarry "not for a swim"; finishing what the crash
  started; goodbye said to the horses tonight; "danach geh ich" after waiting for a day.
* Left alone now: a passenger's or a caller's words; a tow rope; "can't go on like this with
  the bus times"; a past told as over in Berlin dialect or with the scars that stay; "my last
  entry" referred to; "I want the pain to stop, that's different"; a song quoted that came on
  the radio; a dream closed by a remark on it; "ich kann nicht mehr ... vor Freude"; a resident
  who said she wants to die; a farewell party; "I meant the nights, not living"; rope lights;
  "suizidenten" an emergency worker attends; a song "von einem, der sterben will"; "keine
  Gedanken, nicht mehr da sein zu wollen"; an accident said so; an animal that will be the end
  of me.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "hoping my heart just packs in on the night bus so i never have to clock in again",
    "bought a rope at the garden centre, told the cashier it was for the boat. it's under the seat",
    "pause im lager: klo, klinge, pflaster. dann weiter kommissionieren",
    "nach der doppelschicht eingeschlafen und beim aufwachen nur gedacht: schade, wieder wach",
    "wish the flood had took me along with the barn",
    "If the next call-out is the one where I don't come home, fine. Wouldn't fight it.",
    "letzter dienst am freitag, dann fahr ich zur talsperre. keiner sucht mich, alle denken ich "
    "bin im urlaub",
    "Ich will nur no schlofe und nimme ufwache.",
    "Since the diagnosis the thought of going by my own hand won't leave.",
    "Drive off the bend into the river, make it look like black ice.",
    "the 5:12 goods train, that's my exit.",
    "Got it planned. The rifle, after the harvest.",
    "Heading to the quarry after dark tomorrow. Not for a swim.",
    "On the anniversary I'm going back to the bend and finishing what the crash started.",
    "Said goodbye to the horses tonight. They know something's up.",
    "Ich wart noch die Konfirmation ab. Danach geh ich.",
    # the review: a voice that tells the writer to die
    "the voice says 'kill yourself, nobody will miss you'",
    # dev96, dev97 (a second twin of each held-out theme)
    "been giving things away. my good cushion to a woman from group, my records to Sam. she "
    "said it's like I'm moving away. sort of am",
    "Traum von unserem Hof in Lwiw. Ich will nur noch in diesem Traum bleiben, nie mehr "
    "aufwachen in diesem Heim.",
]

NOT_FLAGGED = [
    "lady in the back of the cab was on the phone saying she'd end it all. drove her to a&e",
    "bought a tow rope at the services, the van broke down again",
    "cant go on like this with the train times, need a car",
    "vor acht jahren war ick nach dem versuch inner klinik. heute jeht's mir jut, echt",
    "Pain nurse rang after my last entry. No thoughts of harming myself, just tired.",
    "People keep asking if I want to die because of the pain. No. I want the pain to stop, "
    "that's different.",
    "'Hope I die before I get old' came on in the waiting room. Sang along anyway.",
    "Heut nacht getraeumt, ich bin vom Kirchturm gesprungen und konnte fliegen. Schoener Traum "
    "eigentlich.",
    "Termin beim Standesamt steht! Ich kann nicht mehr... vor Freude, hehe.",
    "Eine Bewohnerin hat heut zu mir gesagt: Kindchen, ich möchte nur noch sterben. Hab's "
    "gemeldet.",
    "Großes Abschiedsfescht für den Sepp im Sportheim, bin grad hoim und fall ins Bett.",
    'I told my husband "I can\'t anymore" and I meant the night shifts, not living.',
    "Bought rope lights for the kids' den, they love them.",
    "Nach der Woche mit den zwei Suizidenten auf den Gleisen brauch ich Urlaub.",
    "Im Radio lief ne Schnulze von einem, der sterben will, weil die Frau weg ist.",
    "Falls die Therapeutin das liest: Ich hab keine Gedanken, nicht mehr da sein zu wollen.",
    "Split my thumb on the baler today, stupid accident. Plaster on and back out.",
    "That ewe will be the end of me, through the same fence again.",
    "In 2015 I cut myself a lot, my arms are still full of lines. I haven't done it for more "
    "than seven years and it really did get better for me.",
    # dev96, dev97
    "The GP asked again: I don't want to die. I want to stop hurting. Those are different things.",
    "Twelve years today since my overdose. Still ill, still tired, still very much here and glad "
    "of it.",
    "I can't anymore with this Jobcenter!! But don't worry, I will never do something to myself.",
    "Told Sam I want to hibernate and not wake up till spring. Not like that - no dark thoughts, "
    "this flare has just gone on forever.",
    "Manche Jungs aus der WG ritzen sich, ich nicht, ich geh boxen.",
    "Ein Mädchen aus meinem Kurs hat versucht sich umzubringen, sie ist jetzt im Krankenhaus.",
    "2014 wollte ich nicht mehr leben. Das ist lange her. Ich bin gerne am Leben.",
    "Slammed my fingers in the car door by accident. Twice. Clumsy week.",
    "the voice on the satnav says 'end of route', then nothing",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round44_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round44_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
