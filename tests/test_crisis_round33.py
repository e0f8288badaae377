"""Round 33: what crisis_dev51 (speech and voice notes in regional English and German; the judge
kept unread since round 32) and crisis_dev54 (terse, understated writing: farmers, tradespeople,
veterans, older people; measured blind on the round's starting code, 58/60 caught and 9/60 false
alarms, then read) showed, as mechanisms. The sentences are written for these tests, not copied
from the sets.

* Caught now: "mit'm Leben abgschlossn" (a recovery word no longer hides it, and waiting "nur
  mehr drauf, dass es vorbei is" is no recovery either); Swiss "i wott nümm da si"; "selbst
  Mordgedanken" written apart; a date got "so the lads aren't left short-handed"; a wish to
  join the dead in heaven or the grave ("am liebsten in den Himmel zu Oma", "ich will zu Papa
  ins Grab", "I'd rather be in heaven with Dad", "I want to go to heaven and be with my mum").
* Left alone now: a question answered after a laugh or an exclamation ("I laughed and said
  goodness, no", "told him honest, no sir", "na, gar ned", "nee, hab ick jesagt, nie im Leben"),
  someone's suspicion answered no ("weil sie denkt, ich ritz mich. Tu ich nicht"), a rest until
  a time said in words ("not wake up till ten", "zumindest nicht vor Sonntag"), a goodbye
  speech, a wish to get away to an island.
* crisis_dev55 (messages to others online; measured blind on the round's starting code, 59/60
  caught and 14/60 false alarms, then read): caught now, things given away and "he doesn't need
  to know why", "ich schreibe meinen letzten Brief"; left alone, "when i said i want to
  disappear i meant from this group project", "mad dream" as a dream's frame, "deadline's at 5,
  then i'm gone", a question answered after a dash ("– und ehrlich: nein"), "nennt man wohl
  Fortschritt" and "zehn Jahr her ... mir geht's guat" as recovery, a couple's passwords and
  wills, an essay on the last letter of Werther.
* Round 32's list of crisis expressions (eval/lexicon_candidates/crisis_expressions_*), read for
  its look-alikes: "killing myself laughing", "topping myself up", "ending things with my gym
  membership", an overdose of chocolate, a quote someone else is named as saying after it
  ("…“, sagt mein Vater"), "vor Jahren" as the past, a rest "bis zum zweiten Feiertag".
* A second independent list of disclosures written blind (eval/lexicon_candidates/
  crisis_expressions2_*, 162 + 166, each beside a look-alike): caught now, never having to get
  up again "like ever", "sewer slide", which way would hurt least, "she doesn't know it's for
  good", a rifle fetched into the wardrobe, new marks next to the old ones, "wollte mir so sehr
  wehtun", "der Unfall war kein Unfall", "mein dritter Versuch", antidepressants hoarded,
  "wurscht, ob ich leb oder sterb", Swiss "ich bruuch sie nüme" and "hani's probiert. mini
  schwöschter het mi gfunde" (found, across two sentences); each checked against its own
  look-alike (a door frame's height marks, "— the cold plunge, I mean"; the classifier still
  flags a rifle fetched for a police amnesty and an insurer's "not an accident").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Fernseher an, nix Gscheits. I hab mit'm Leben eigentlich abgschlossn, i wart nur mehr "
    "drauf, dass es vorbei is.",
    "Ich habe mit dem Leben abgeschlossen, und je früher, desto lieber.",
    "Es bringt alles nüt meh. I wott nümm da si.",
    "ich hab wieder selbst Mordgedanken, heute sind sie laut",
    "Got the date now, after the harvest's in so the lads aren't left short-handed.",
    "Ich will nur noch weg, am liebsten in den Himmel zu Oma.",
    "Ich will zu Papa ins Grab.",
    "I'd rather be in heaven with Dad.",
    "I want to go to heaven and be with my mum.",
    # the suspicion answered no only when it is about the crisis
    "Meine Schwester denkt, ich geh in die Langzeittherapie. Tu ich nicht, für mich gibt's "
    "danach nichts mehr.",
    "Everyone thinks I fell asleep at the wheel. I didn't, I aimed for the tree.",
    # a wish to get away that names the dead is no trip
    "I just want to go away to where my mum is now, in heaven.",
    # crisis_dev55 (messages to others online)
    "gave my switch and all my games to my cousin today. he doesn't need to know why",
    "Hab meine Playstation meinem Bruder geschenkt. Der muss ja nicht wissen, warum.",
    "Ich schreibe meinen letzten Brief.",
    "Das ist mein letzter Brief an euch.",
    "I've sorted the letters, then I'm gone.",
    # ... while the writer's own words stay theirs
    "„Ich will nicht mehr leben“, sage ich zu meiner Therapeutin.",
    '"I want to die," I told her.',
    "Thinking about topping myself.",
    # a second independent list of disclosures (eval/lexicon_candidates/crisis_expressions2_*)
    "got home and lay on the floor wishing i never had to get up again. like ever.",
    "thinking about sewer slide again lol but not lol",
    "spent all night reading about which way would hurt least.",
    "asked my sister to take Biscuit 'for a while'. she doesn't know it's for good.",
    "Hab meine Schwester gefragt, ob sie Bello nimmt. Sie weiß nicht, dass es für immer ist.",
    "got grandad's old rifle out of the storage unit. it's in the wardrobe now.",
    "new marks next to the old ones. should've worn a plaster for pe",
    "neue striche neben den alten. hätte beim sport ein pflaster nehmen sollen",
    "Wollte mir so sehr wehtun, hab's dann mit dem Zirkel gemacht.",
    "Der Unfall war kein Unfall. Allen hab ich gesagt, ich bin eingeschlafen.",
    "Das war mein dritter Versuch und ich bin immer noch da.",
    "Ich hab meine Antidepressiva in einer Socke gehortet.",
    "Mir ist inzwischen wurscht, ob ich leb oder sterb.",
    "Ha mini Katz de Nachbarin gäh. Ich bruuch sie nüme.",
    "Letscht Wuche hani's probiert. Mini Schwöschter het mi gfunde.",
    "Overdosed on my pills on Saturday.",
    "Vor Jahren hab ich versucht, mir das Leben zu nehmen. Seit gestern denke ich wieder daran.",
]

NOT_FLAGGED = [
    "Das Kapitel mit meinem Leben in Berlin ist abgeschlossen, ich zieh nach Leipzig.",
    "Got the date for the meeting, so the lads aren't left waiting.",
    "Ich will nicht zu Egon ins Grab, ich will noch reisen.",
    "Am liebsten würde ich in den Himmel fliegen wie ein Vogel.",
    "My son-in-law asked whether I'd been low enough to do myself harm. I laughed and said "
    "goodness, no. I'm cross about the bins, that's all.",
    "Pastor asked if I'd had thoughts of harming myself since the divorce, and I told him "
    "honest, no sir, not once.",
    "Meine Frau hat jefragt, ob ick mir wat antun will. Nee, hab ick jesagt, nie im Leben.",
    "Die Gerti hat gfragt, ob i finstere Gedanken hab, und i hab gsagt, na, gar ned.",
    "Mama denkt wegen der langen Ärmel, ich ritz mich. Tu ich nicht, mir ist nur immer kalt.",
    "Tonight I just want to go to bed and not wake up till ten. The cows won't allow it.",
    "Nach der Inventur will ich ins Bett und nie wieder aufstehen, zumindest nicht vor Sonntag.",
    "Writing my goodbye speech for Friday, thirty years at the council.",
    "Ich will einfach nur noch weg hier, am liebsten auf ne Insel.",
    "I gave my old records away to the lads at the shop.",
    # crisis_dev55 (messages to others online)
    "Gave my old bike to my nephew. He doesn't need to know why it squeaks.",
    "In meinem letzten Brief hab ich dir von Paris erzählt.",
    "Ich schreibe meine letzten Zeilen für die Abizeitung.",
    "don't panic lol. when i said i want to disappear i meant from this group project",
    "Mad dream. There was a rope hanging down from the attic hatch and I climbed it to reach my "
    "mother. Then the rope was a garden hose. Woke at five with the bin lorry.",
    "deadline's at 5, then i'm gone",
    "abgabe um 17 uhr, dann bin ich raus",
    "In dem Fragebogen war die Frage, ob ich dran denke, mir was anzutun – und ehrlich: nein, gar "
    "nicht. Ich wein halt viel.",
    "2017 wollt ich jeden tag sterben. heute reg ich mich nur noch über die db auf, nennt man wohl "
    "fortschritt",
    "Des is jetzt fast zehn Jahr her, i hab damals an Plan ghabt. I bin verheiratet und mir geht's "
    "wirklich guat.",
    "Wir waren beim Notar wegen dem Baby und haben alle Passwörter in ein Heft geschrieben, falls "
    "mal was ist.",
    "Jetzt soll ich ne Interpretation zum letzten Brief von Werther schreiben.",
    # look-alikes of round 32's list of crisis expressions, read this round
    "I'm killing myself laughing at this sitcom, you have to watch it.",
    "Topping myself up with coffee before the 9am lecture.",
    "Thinking of ending things with my gym membership, I never go.",
    "Overdosed on chocolate on Saturday, massive sugar crash.",
    "Eine Überdosis Schokolade am Samstag, Zuckerschock.",
    "„Ich könnte mich umbringen“, sagt mein Vater, wenn er den Schlüssel im Auto vergessen hat.",
    '"I\'d rather be dead than wear that jumper," my sister joked, and borrowed it anyway.',
    "Vor Jahren hab ich versucht, mir das Leben zu nehmen; ich hab Hilfe gefunden und heute geht "
    "es mir gut.",
    "Nach dem Weihnachtsessen will ich mich hinlegen und nicht mehr aufstehen bis zum zweiten "
    "Feiertag.",
    # ... and the second list's look-alikes of those
    "new marks next to the old ones on the door frame, we measure the kids every birthday",
    "neue striche neben den alten am türrahmen, wir messen die kinder jedes jahr",
    "Thought about doing it again tonight — the cold plunge, I mean.",
    "Sie weiß nicht, dass es für immer ist, der Umzug nach Kanada.",
    "Ich hab es probiert, das neue Rezept. Mama hat mich gefunden, als ich vor Lachen weinte.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_33_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_33_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
