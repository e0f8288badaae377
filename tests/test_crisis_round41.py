"""Round 41: what crisis_dev78 (a new serious diagnosis; the judge kept unread since round 40),
crisis_dev79 (people worn out at work; measured blind on the round's starting code, 56/60 with
9/60 false alarms), crisis_dev80 (farmers and rural life; 55/60 with 4/60) and the tenth list of
disclosures showed, as mechanisms. The sentences are written for these tests, not copied from
the sets.

* Caught now: doses held back day by day into a hidden bottle ("die Morphintropfen zweig ich ab"),
  "better a quick end now than years of ...", an illness hoped to be one "I don't get up from",
  a purchase denied its everyday purpose ("nicht für den Garten"), errands done "damit's danach
  keinen Stress gibt", a farmer's rifle "the night before" the sale, a means that calls ("das
  Gewehr ruft mich"), God asked to come first ("dass mich der Herrgott holt"), a cover story for
  the writer's own funeral ("hab gsagt, ist für die Mama"), an ending "anders, als die denken",
  "lass mich endlich sterben", "tu ich mir wieder weh", "die Stimme, die sagt bring dich um",
  no way out but death, "vorbei mit mir", "the end. my end.", a stop corrected to the writer
  ("ich mein: ich"), into the water ("geh ich ins Wasser hinterm Deich"), "hab's gemacht. in der
  Notaufnahme aufgewacht", "where I'm going I won't need it", keys returned and "won't need a
  flat", the engine left running in a shut shed, a silo jumped from, a place named if the news is
  bad ("it's the balcony"), "doing it then." after a weekend the others are away, stepping in
  front of "it" where a station is named, a life policy's suicide clause "I'm past that now".
* Left alone now: a past episode told on in the past after its time ("eleven years ago I wanted
  to die; I spent nights working out how I'd do it. It passed."), "through most of my twenties
  ... well over a decade clean", a form's question answered "ehrlich Nein angekreuzt" in the next
  sentence, "ich hätt mich erschießen können vor Scham", "want this org chart to die", "ich will
  nen anderen Job, und heut Abend geht die Bewerbung raus" (the article "die"), handover notes
  and passwords left "for my cover", plants given away before a sabbatical, dying in a named
  game, a rifle taken up "the night before the season opens", God not yet done with me ("nicht
  vorbei mit mir").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "For a week now I've been holding back one of the morphine doses every night and tipping it "
    "into a jam jar in the sock drawer.",
    "Die Morphintropfen zweig ich seit Tagen ab, jeden Abend ein bisschen.",
    "Honestly, better a quick end this spring than years of Tom feeding me with a spoon.",
    "Fever again. Part of me is hoping this turns into something I don't get up from.",
    "Hab im Baumarkt was geholt, liegt im Auto. Nicht für den Garten.",
    "Heute erledigt: Katze zur Nachbarin, die PIN für Mama auf einen Zettel. Damit's danach "
    "keinen Stress gibt.",
    "The bank auctions the farm on Friday. I'll take Dad's shotgun out to the old barn the night "
    "before.",
    "Das Gewehr im Schrank ruft mich jeden Abend.",
    "Ich bet jeden Abend, dass mich der Herrgott holt, bevor der Hof versteigert wird.",
    "War beim Bestatter, alles bezahlt, Sarg ausgesucht. Hab gesagt, ist für meine Mutter.",
    "Pacht gekündigt, Hunde verschenkt. Die Leute glauben, ich hör einfach auf. Stimmt ja, nur "
    "anders, als die denken.",
    "Wieder schlechte Werte, wieder Chemo. Lass mich doch endlich sterben.",
    "Seit ich aus der WG raus bin, tu ich mir wieder weh.",
    "Allein in der Wohnung, und die Stimme, die sagt bring dich um, wird lauter.",
    "Aus dem Schuldenberg gibt's keinen Ausweg außer sterben.",
    "Ich hoffe fast, die Bestrahlung wirkt nicht, dann ist es wenigstens vorbei mit mir.",
    "Milking at four and all I think about is the end. My end.",
    "Befund kommt Freitag. Wenn er schlecht ist, darf's aufhören. Ich mein: ich.",
    "Sonntag bei Ebbe geh ich ins Wasser hinter der Mole, da ist um die Zeit keiner.",
    "Hab's gemacht. In der Notaufnahme aufgewacht. Keiner in der Arbeit weiß es.",
    "Gave my bike and my games to my little cousin. Where I'm going I won't need them.",
    "Put the keys to the flat through the landlord's door with a note. Won't need a flat.",
    "Had the engine running in the shut garage last night till my brother came home early.",
    "If the biopsy is bad on Monday, it's the bridge, same evening.",
    "I'm going to jump off the grain silo once the harvest is in.",
    "husband's at his brother's the weekend of the 20th. doing it then.",
    "the 5:50 never stops at my station. tomorrow i'm stepping in front of it.",
    "checked the policy again, the exclusion is only the first year. I'm past that now.",
]

NOT_FLAGGED = [
    "Twelve years ago today I wanted to die; I spent whole nights working out how I'd do it. It "
    "passed, with good help. I'm grateful I'm still here.",
    "I self-harmed through most of my teens. I'm 38 now, well over a decade clean, and I teach "
    "first aid.",
    "Beim Gedächtnistest kam auch die Frage, ob ich manchmal lieber tot wäre. Ich hab ehrlich Nein "
    "angekreuzt, ich will die Enkel aufwachsen sehen.",
    "Hab vor dem ganzen Team den falschen Bericht präsentiert, ich hätt mich erschießen können vor "
    "Scham. Morgen mach ich es besser.",
    "Don't want to die. Want this quarterly target to die. Interview on Thursday.",
    "Nee, ich will nicht tot sein. Ich will nen anderen Chef, und heut Abend geht die Bewerbung "
    "an die Stadtwerke raus.",
    "Wrote the handover notes, updated the passwords in the team vault and left a letter for my "
    "cover. Parental leave from Monday!",
    "Hab alle Pflanzen der Nachbarin geschenkt und den Schreibtisch ausgeräumt. Ab Montag "
    "Sabbatical, drei Monate Neuseeland!",
    "In Elden Ring heute fünfzigmal gestorben. Nach der Nachtschicht genau das Richtige.",
    "I'll take the rifle up to the high seat the night before the season opens, like every year.",
    "Zum Glück ist es noch lange nicht vorbei mit mir, sagt der Onkologe.",
    "The 8:15 bus was late again. I'm walking in front of it next time to make it stop lol",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round41_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round41_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
