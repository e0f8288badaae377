"""Round 30: what crisis_dev43 (what people say about how they are when someone finally asks:
a screening form's free-text box, a practice nurse, a helpline chat, a note to a flatmate; a
development set measured blind on the round's starting code, 119/120 caught and 20/120 false
alarms, then read) showed, as mechanisms.

* Caught now: a survived attempt regretted now ("lately I'm not grateful, I'm angry it didn't
  work", "ärgere mich, dass ich überlebt habe"); such a regret reopens an episode however long
  ago it was (but "I was angry it didn't work for a long time. Now I'm grateful" stays over).
* Left alone now: what people say first when they reach out ("I'm safe, no plans, nothing like
  that", "ich bin nicht in Gefahr und hab nichts vor", "keine Sorge, ich mach keinen
  Blödsinn", "not what you think", "I've no wish to go anywhere"), also for the classifier
  window beside it; a reassurance said to someone and then broken stays read ("hab ich zu Mama
  gesagt, ich mach keinen Blödsinn, und dann ..."); a question answered "But no, ..." in the
  next sentence; a questionnaire that asks ("Im Fragebogen stand, ob ..."); a rest until a time
  told after the verb ("not wake up till the clocks go back", "bis Montag nicht aufwachen");
  "mich trifft der Schlag", "fast gestorben vor Lachen", "im Erdboden versunken"; a memoir.

... and what crisis_dev44 (the inbox of a GP, a wellbeing service, an occupational-health nurse;
kept unread as a judge, 117/120 and 37/120 at the start and after dev43's changes, then read)
showed: a sentence whose crisis words are all in a first clause about someone else's act, with
the writer only after it ("my sister's in hospital after an overdose and I need to be there"),
is theirs, unless the writer says "too"; "I'm writing about my flatmate rather than me" makes
the she after it hers; "my train" is a driver's, no writer in the sentence; "haven't done it
since", "keine solchen Gedanken mehr", "wieder aufgerappelt" tell an episode as over; "schon"
(already) is no "schön"; "my wrist is still sore" and "the leg, it hurts" are injuries and pain.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Two winters ago I took every tablet in the house. People tell me I'm lucky to be here. "
    "These days I'm not thankful at all, I'm bitter it didn't work.",
    "Vor drei Jahren hab ich Tabletten geschluckt. Alle sagen, ich soll dankbar sein. Ich ärgere "
    "mich, dass ich überlebt habe.",
    "I jumped from the car park in 2019. I wish I hadn't survived, honestly.",
    # a reassurance said to someone and then broken is no reassurance
    "mach dir keine sorgen hab ich zu papa gesagt, ich mach keinen blödsinn, und dann hab ich die "
    "tabletten aus seinem schrank eingesteckt",
    # a reassurance beside a wish is no reassurance
    "I'm safe, no plans, but I don't want to be alive any more.",
    # dev44's misses: medicine is a means, "genuinely" no hedge, thinking of it all the time
    "I was in hospital for two days. I took all my sleeping medicine with some wine.",
    "no offence to life but i'm done with it, i'd genuinely like to die",
    "ich will mich nicht umbringen aber ich denk halt ständig drüber nach wie es wäre",
    "I don't want to kill myself, but I keep thinking about what it would be like.",
    # crisis_dev45's misses (a judge whose misses alone were read at the end)
    "I tried to do it on Saturday with a kitchen knife. They stitched the tendon.",
    "Can't sleep, can't eat. I've started wishing someone could just switch me off.",
    "It's going to be tonight. I've had a drink. You're the only number I know by heart.",
    "Had the dream again where I just fade out and nobody notices. Woke up annoyed that it "
    "wasn't real.",
    "Ich hab die Tabletten gezählt und mir den Wecker auf drei Uhr gestellt, da schlafen alle.",
    "Es wird der Parkplatz am See, wo wir früher geangelt haben. Den Zeitpunkt hab ich mir auch "
    "gesetzt, nach dem Geburtstag von meiner Enkelin.",
]

NOT_FLAGGED = [
    "Just so you know straight away: I'm safe, no plans, nothing like that. I'm calling because "
    "I can't sleep since the separation and nobody else is up.",
    "Nur damit Sie Bescheid wissen, ich bin nicht in Gefahr und hab nichts vor. Heute ist der "
    "Todestag von meiner Frau und ich wollte mit jemandem reden.",
    "the marks on my arms are from the oven at work, not what you think. ask anyone in the kitchen",
    "The nurse asked me the mood questions. I told her my knees are bad and I miss Harold. But "
    "I've no wish to go anywhere, my granddaughter is expecting in June.",
    "My brother asked me if I think to kill myself, because his friend did. But no, I don't "
    "think about it, I have my daughter.",
    "Auf dem Fragebogen stand, ob ich daran gedacht habe, lieber tot zu sein. Nein. Müde ja, "
    "genervt ja.",
    "Taking a hot toddy to bed and not waking up till Monday. This flu has flattened me.",
    "Der Schiri hat den Elfer gegeben, da dacht ich, mich trifft der Schlag. Wir sind fast "
    "gestorben vor Lachen.",
    "Finished a memoir by a palliative nurse about her patients' last words. Cried on the bus.",
    "Three years ago I swallowed everything in the bathroom cabinet. I was angry it didn't work "
    "for a long time. Now I'm grateful, I have my girls and my garden.",
    # what crisis_dev44 (a GP's, a wellbeing service's, an occupational-health nurse's inbox)
    # showed: someone else's act in a first clause, the writer only after it
    "My brother's in hospital after an overdose on Friday, and I need a sick note to be with him.",
    "I'm writing about my housemate rather than me. She's stopped eating and gave away her laptop.",
    "A man stepped in front of my train in March. I'm back driving, days only.",
    "I cut myself all through school, twenty years ago now. I haven't done it since and haven't "
    "wanted to.",
    "Nach der Wende wollte ich nicht mehr leben. Das ist dreißig Jahre her. Ich hab mich wieder "
    "aufgerappelt und hab keine solchen Gedanken mehr.",
    "Die Party war um elf schon tot.",
    "Bei dem Preis trifft mich ja der Schlag, junger Mann.",
    "Wanted the ground to open up and swallow me when I tripped on stage.",
    "Don't worry, I'm not stockpiling them, I left the last box at my sister's.",
    "It's going to be tonight. Can't wait, the fireworks start at eight!",
    "Had the dream where my dog died. Woke up glad it wasn't real.",
    "Tabletten für die Kur abgezählt: drei Wochen und ein paar extra.",
    # a regret of survival told of the past, years ago, stays an episode told as over
    "Als Studentin war ich jeden Morgen enttäuscht, dass ich wieder aufgewacht bin. Das ist zehn "
    "Jahre her. Heute freu ich mich auf jeden Tag.",
    "Meine Nachbarin hat gesehen, dass ich mein Grab schon bezahlt habe. Ich will nur alles in "
    "Ordnung haben, ich möchte noch lange leben.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_30_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_30_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
