"""Round 45: what crisis_dev95 (recovery from addiction; the judge kept unread since round 44,
58/60 with 5/60 false alarms), the round's new blind sets dev98 to dev100 (chronic pain and
illness, health and animal care workers, people over seventy) and a fifteenth independent list
showed, as mechanisms. The sentences are written for these tests, not copied from the sets.

* Caught now: cutting with nothing cut named ("i've been cutting most nights"), also when asked;
  a no to the doctor taken back in the next sentence ("i said no. but i do, every night"); the
  gas turned on and the writer sat down by it; an overdose called an accident "war nicht
  versehentlich"; "going over ways i could do it"; nobody need worry about the writer from next
  month, beside a will.
* Left alone now: "hang the washing out"; an attempt or self-harm told as over, with "still
  here", "my back still hurts", an old diary's pages "about" wanting to die, "das ist 60 Jahr
  her"; asked about suicidal thoughts and "hab nein gesagt und es war ehrlich"; "damit mein ich
  diese Wohnung, nicht mein Leben" and "i'm quitting the job, not life" (also in the next
  sentence); the crisis line rung beside someone else's doctor, or for someone "jetzt versorgt";
  a relative who "has lupus like me"; a goodbye letter to alcohol; the Theater-AG; "nobody is
  allowed to wake me" till a time; "ich kann nicht mehr" eased off with tea and the sofa.
* List 15, caught: found in time; woken in resus; "had an attempt"; the roof, then "das war's";
  a last meal with everything else done; affairs settled beside a pet given; hit until bruised
  (also "beim Psychiater", which is no activity an accident happens in); the thoughts back after
  an attempt. Left alone: a last meal before an exam; a wish denied with an everyday one in its
  place ("I don't wish I'd died in that crash, I just wish the clinic would call me back").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "i've been cutting most nights since the move.",
    "the nurse asked if i had been cutting. yes. most nights.",
    "my gp asked if i'd thought about ending my life. i said no. but i do, every night.",
    "Der Arzt hat gefragt, ob ich Suizidgedanken hab. Hab nein gesagt. War gelogen.",
    "Gestern hab ich den Gashahn aufgedreht und mich an den Küchentisch gesetzt. Die Nachbarin "
    "hat geklingelt.",
    "Zwei Nächte Intensivstation. Im Bericht steht 'versehentlich zu viele Tabletten'. War nicht "
    "versehentlich.",
    "awake again at 3, going over ways i could do it. it's never been this clear.",
    "Beim Notar das Testament unterschrieben. Meiner Tochter gesagt, dass sie sich ab Juli keine "
    "Sorgen mehr um mich machen muss.",
    "i want to hang the washing and then hang myself from the banister",
    "going to bed and don't wake me ever again",
    "Ich kann nicht mehr. Morgen fahr ich hoch zu der Stelle an der Brücke.",
    # list 15
    "Die Nachbarin hat mich Freitag noch rechtzeitig gefunden. Heute kommt der Konsildienst.",
    "Bin im Schockraum aufgewacht, nach den Tabletten.",
    "they found me before it was too late. the liaison nurse came this morning.",
    "had an attempt last month. not sure yet that i'm glad it failed.",
    "Nach der Schicht geh ich aufs Dach vom Parkhaus. Das war's.",
    "Mein Lieblingsessen gekocht. Henkersmahlzeit. Alles andere ist erledigt.",
    "cooked my favourite tonight. last supper. everything else is sorted.",
    "Ich regel meine Angelegenheiten. Die Katze kommt zu meiner Schwester.",
    "Nach dem Gespräch beim Psychiater so lange auf meinen Arm gehauen, bis er blau war.",
    "Im Mai der Versuch. Allen gesagt, es geht wieder. Stimmt nicht, die Gedanken sind wieder da.",
    "i don't want to die, i just want it all to stop",
    "I felt so lost that I swallowed all my pills",
    "i don't want to live like this, i just want to die",
    "people keep saying i must want to die. i do.",
]

NOT_FLAGGED = [
    "The nurse keeps asking. No, I don't want to die. I want to be able to hang the washing out "
    "without my hands seizing up.",
    "Fifteen years ago I swallowed everything in the cabinet and woke up in intensive care. "
    "Today I walked the dog round the park and I'm so glad I'm still here. Knee still hurts "
    "though.",
    "Found my old notebook from 2009. Pages about wanting to be dead, and the night I burned my "
    "arm. I've been clean since 2011 and today I coached my son's football team.",
    "Als junger Mann wollt ich mich aufhängen, der Bruder hat mich im Schuppen gefunden. Das ist "
    "60 Jahr her. Ich hab seitdem ein gutes Leben gehabt und bin froh um jeden Tag.",
    "Der Hausarzt hat gefragt, ob ich Gedanken hab, mir was anzutun. Hab nein gesagt und es war "
    "ehrlich. Bin nur erschöpft.",
    "Hab zur Mama gesagt, ich kann nicht mehr, und damit mein ich diese Wohnung, nicht mein "
    "Leben. Ab März zieh ich um.",
    "told group 'i can't do this anymore' and it went dead quiet. i meant the call centre!! i'm "
    "quitting the job, not life.",
    "My cousin has lupus like me and yesterday she told me she's been hoarding her oxycodone. "
    "I've rung her GP and the crisis line. I'm fine myself, just worried sick for her.",
    "Eine Kundin von mir (ich mach trotz Rheuma noch Fußpflege) hat heute gesagt, sie hat die "
    "Tabletten schon zusammen. Krisendienst angerufen, sie ist jetzt versorgt. Ich bin fertig, "
    "aber okay.",
    "sponsor had me write a goodbye letter to booze as part of step four. felt silly, then cried.",
    "In der Theater-AG spiel ich jetzt den Werther und die Abschiedsbrief-Szene klappt langsam.",
    "night shift done, 12 hours. going to sleep till 2pm and nobody is allowed to wake me, not "
    "even the cat",
    "Ich kann nicht mehr!! Erst Zahnarzt, dann Elternabend, dann Steuer. Jetzt Tee und Sofa.",
    # list 15
    "Henkersmahlzeit vor der Prüfung, alles andere ist erledigt, Karteikarten fertig.",
    "I don't wish I'd died in that crash, I just wish the clinic would call me back.",
    "Ich wünsch mir nicht, nie geboren zu sein – ich wünsch mir nur einen Termin beim Facharzt.",
    "Beim Zahnarzt gewesen, danach in der Küche meine Angelegenheiten geregelt: Steuer, Post.",
    "The mountain rescue found me in time before dark, the year I got lost on the ridge.",
    # dev102 and dev103, read late in the round
    "The neighbours keep saying I must want to die, living alone up here. I don't. I want to see "
    "the roses come out.",
    "Ich kann nicht mehr, hab ich zum Arzt gesagt. Nein nein, nicht so, ich mein die Gartenarbeit.",
    "In 1979 after the divorce I took an overdose. My sister found me. I've been well a long time "
    "now and never felt that way again.",
    "Mit 17 hab ich versucht, mich umzubringen. Das ist jetzt 20 Jahre her. Heute weiß ich genau, "
    "wofür ich morgens aufsteh.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round45_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round45_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
