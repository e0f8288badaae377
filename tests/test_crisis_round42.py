"""Round 42: what crisis_dev81 (young people in care; the judge kept unread since round 41),
crisis_dev82 (lesbian, gay, bisexual and trans people; measured blind on the round's starting
code, 58/60 with 7/60 false alarms) and crisis_dev83 (athletes, dancers and musicians; 56/60
with 6/60) showed, as mechanisms. The sentences are written for these tests, not copied from the
sets.

* Caught now: a night when nobody checks ("only one on nights and he doesn't do checks after
  midnight"), a near miss regretted ("shame it missed", "schade, dass er gebremst hat"), sleeves
  kept on in summer beside a secret, thinking of driving into the water, pets and codes left "if
  anything happens" and a strange calm after, "who gets what" beside things given away, "will
  nie mehr in diesem Zimmer aufwachen", a pet handed on with a lie about how long, "that's the
  night." when the writer will be alone, a place named on its own beside a day ("the weir by the
  boathouse. thursday probably"), "fänd tot sein entspannter", a date chosen when the writer is
  home alone.
* Left alone now: a goodbye letter found among someone else's things ("bei J. einen
  Abschiedsbrief gefunden"), a crisis service come for someone else, a past attempt beside "ich
  bin echt gern dabei", "when I was still in the closet", "sober and well for over a decade", a
  move named by its day or as moving in with someone, a band's amp returned, the bandmate or the
  second violin who tried, cuts shown by someone else, rope for rope climbs, a form mandatory
  before a race, a password manager, an operation's what-if, "ich spring nirgends runter",
  "morgen sieht es wieder anders aus" after "ich mag heut nicht mehr", "ist es so weit,
  endlich die OP".
* From an eleventh independent list (leaving care, queer lives, athletes and performers, men
  after a divorce): "let me just fade away", hoping not to come round from an operation, "wish
  I could've stayed asleep forever", "top myself", "decided: the multi-storey", all of someone's
  painkillers when they are out, "clean exit" after wiping one's phone, the old ones reopened,
  "six feet under" as the only way out, an attempt passed off as food poisoning, a grave
  "gemütlicher", "Suizid geht mir nicht aus dem Kopf", an oak and no seatbelt, the cashier who
  noticed nothing, a pet taken to Grandma and a real goodbye, tried in the bath and the door
  broken open, the whole pack swallowed; left alone: "not going to top myself over a parking
  fine", "no part of me hopes I don't come round", a seatbelt told of someone who died, a rope
  hung up to dry, knots practised at the club.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "friday. only one on nights and she never does checks after midnight",
    "Samstag. Nur einer im Nachtdienst, und der macht keine Kontrollen nach 23 Uhr.",
    "A van nearly hit me on the crossing this morning. First thought: shame it missed.",
    "Fast hat mich die Straßenbahn erwischt. Schade, dass sie gebremst hat.",
    "My keyworker asked why I'm always in long sleeves in July. Not telling her.",
    "Langarm im August, jeden Tag. Sag keinem was, es ist schlimmer geworden.",
    "Sat in the car outside the house thinking about driving into the canal.",
    "Mia takes the hamster if anything happens. She has my phone code too. Everything sorted, "
    "weirdly calm.",
    "Tom nimmt den Kater, falls was is. Pin hat er auch. Alles erledigt, bin so komisch ruhig.",
    "Alles verschenkt, was was wert ist, und nen Zettel geschrieben, wer was kriegen soll.",
    "Hab geträumt, ich bin wieder bei Oma. Will nie mehr in diesem Zimmer aufwachen.",
    "Asked Sam to have the dog 'for a couple of weeks'. He doesn't need to know it's longer.",
    "Everyone's at the tournament on Saturday, I'll have the house to myself. That's the night.",
    "The weir by the boathouse. Early, before anyone's out. Thursday probably.",
    "Null Hoffnung mehr. Tot sein fänd ich ehrlich gesagt entspannter.",
    "Hab mir den 12. Juni ausgesucht, da sind alle auf der Klassenfahrt und ich bin allein daheim.",
    # the eleventh list's mechanisms
    "Everyone's gone. God, let me just fade away.",
    "Hip op on Monday and part of me hopes I won't come round.",
    "Dreamt I was back in the old flat with them. Wish I could've stayed asleep forever.",
    "honestly might just top myself this weekend",
    "Decided: the multi-storey, the night after the hearing.",
    "Gonna take all of grandad's painkillers when he's at the club on Friday.",
    "Wiped my phone, my notes, the playlists. Clean exit.",
    "Reopened the old ones last night.",
    "No way out apart from six feet under.",
    "Took a load last month, told everyone it was food poisoning.",
    "Ehrlich, ein Grab wär gemütlicher als diese Wohnung.",
    "Suizid geht mir nicht aus dem Kopf seit der Kündigung.",
    "Die Kastanie an der Landstraße, ohne Gurt. Freitagnacht.",
    "Der Kassierer hat nix gemerkt, Schlauch und Kabelbinder sind im Kofferraum.",
    "Hab die Katze zu Oma gebracht und mich richtig verabschiedet.",
    "Hab's im Bad versucht, die Nachbarin hat die Tür aufgebrochen.",
    "Gestern die ganze Packung geschluckt und bin trotzdem aufgewacht.",
]

NOT_FLAGGED = [
    "Nach der Schicht: bei M. einen Abschiedsbrief im Spind gefunden. Der Krisendienst war da, "
    "sie ist jetzt in der Klinik. Ich kann nicht schlafen.",
    "Found a goodbye letter in Jess's wardrobe tonight. I rang the out-of-hours team.",
    "Vor acht Jahren hab ich versucht, mich umzubringen. Heute hab ich meinen Ausbildungsvertrag "
    "unterschrieben, und ich bin echt gern dabei.",
    "Used to cut in sixth form when I was still in the closet. Seven years clean now, and I "
    "actually like my life.",
    "For a year after the divorce I drank and wanted to die. That was 2009. I've been sober and "
    "well for over a decade.",
    "Packed all my stuff for the move tomorrow, gave my desk to my cousin. New flat!",
    "Cleared out my old room since I'm moving in with Alex next month. Gave most of my stuff "
    "away and put all my passwords in a password manager.",
    "Returned the band's amp, bought rope at the hardware store for the new washing line.",
    "Found out today our principal cello tried to overdose. I keep replaying rehearsals.",
    "Unser Schlagzeuger hat letzte Woche versucht, sich umzubringen. Wir spielen trotzdem.",
    "The new girl at the youth club showed me her arm tonight. Fresh cuts. I told the leader.",
    "Bought rope at the climbing shop, the coach wants rope climbs twice a week.",
    "Filled in the next-of-kin form and wrote down who gets my bikes, it's mandatory before "
    "the ultra race.",
    "Hab der Nachbarin den Zweitschlüssel gegeben, falls bei der OP was schiefgeht. Donnerstag "
    "ist es so weit, endlich die OP.",
    "Keine Sorge, liebes Tagebuch, ich spring nirgends runter.",
    "Ich mag heut nicht mehr. Jetzt geh ich ins Bett und morgen sieht es wieder anders aus.",
    "Staff don't do checks after 11 so we gamed till 3 on Saturday lol",
    "Great strike from Ali, shame it missed.",
    "I'm not going to top myself over a parking fine, relax.",
    "Surgery tomorrow and no part of me hopes I don't come round, I want to be back at work.",
    "The old oak on the B-road, no seatbelt, that's what the police told us about the lad who "
    "died there.",
    "Das Kletterseil hängt schon im Keller zum Trocknen, Dienstag geht's wieder in die Halle.",
    "Heute im Verein nochmal Knoten geübt und das neue Seil prüfen lassen.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round42_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round42_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)
