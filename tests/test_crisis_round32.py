"""Round 32: what crisis_dev42 and crisis_dev49 (judges kept unread since rounds 29 and 31, read
now) and crisis_dev50 (long entries with the deciding clause in the middle; measured blind on the
round's starting code, 118/120 caught and 18/120 false alarms, then read) showed, as mechanisms.
The sentences are written for these tests, not copied from the sets.

* Caught now: tears on waking at being back ("beim Aufwachen hab ich geheult, weil ich wieder
  da bin", "woke up crying because I was still here"); an attempt with insulin that a
  neighbour found ("die Nachbarin hat mich gefunden"); every password left in an envelope for a
  sister (German; the English is an older pattern); not trusting oneself tonight or alone ("ich
  trau mir heut nacht selbst nicht", "I don't trust myself tonight"); new cuts hidden from
  others at sport, whatever sport is named beside them.
* From an independent list of ways people disclose risk, written blind beside a look-alike for
  each (eval/lexicon_candidates/crisis_expressions_*.json, 256 English and 257 German): "off
  myself", a time and a place chosen, things given away or a room tidied for the last time
  (a move or a year abroad beside them frames them), texts for afterwards, the life insurance
  checked, new cuts hidden, "attempt number three", "mich auslöschen", "hab sie alle genommen,
  aber es hat nicht gewirkt", a paramedic's "noch eine Stunde und ich wär tot gewesen"; each
  checked against the list's own look-alike.
* Left alone now: a question answered "ganz ehrlich: nein", "I want to say clearly: no", "ich
  kann ehrlich sagen: keine"; "Dummheiten mach ich keine"; a grave described ("Omas Grab ist
  schön geworden"); a day taken off "on purpose"; "swallowed me whole"; a word talked about
  ("über das Wort „lebensmüde“"); a past episode with "how far I've come and how good life is
  now", or in a second language ("when I was student ... it is far away now").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Ich war im Traum einfach nicht mehr da, alles still. Beim Aufwachen hab ich geweint, weil "
    "ich wieder da bin.",
    "Woke up crying because I was still here. Made tea, fed the cat.",
    "Bin heulend aufgewacht, weil ich noch am Leben bin.",
    "Letzten Monat hab ich's mit meinen Tabletten versucht, mein Nachbar hat mich gefunden.",
    "Alle Passwörter liegen jetzt in einem Umschlag für meinen Bruder, der Hund kommt zu Oma.",
    "Ich hab meine Freundin gebeten, heute bei mir zu schlafen. Ich trau mir heut nacht selbst "
    "nicht.",
    "Asked my brother to stay over, I don't trust myself on my own right now.",
    "Im Sport hab ich mich entschuldigt, weil man im T-Shirt die neuen Schnitte an den Armen "
    "sehen würde.",
    # from the independent list of crisis expressions (eval/lexicon_candidates/crisis_expressions_*)
    "Been thinking I might just off myself this winter.",
    "I've picked the time and the place now.",
    "Spent the evening giving away my records and books to friends.",
    "Wrote texts for afterwards and left them in my drafts.",
    "Checked whether the life insurance pays out anyway.",
    "Wearing long sleeves, hiding my arms again, new cuts underneath.",
    "That was attempt number three. I'm so ashamed.",
    "Ich will mich einfach auslöschen.",
    "Zeit und Ort hab ich mir schon ausgesucht.",
    "Hab angefangen, meine ganzen Sachen zu verschenken.",
    "Der Notarzt meinte, noch eine Stunde und ich wär tot gewesen.",
    "Hab sie alle genommen, aber es hat nicht gewirkt.",
    # crisis_dev52 (older adults) and dev53 (young people)
    "In March I was trying to finish with my life with the pills, but my son came early.",
    "I know where the river runs deepest. When the weather turns I'll go down and walk in.",
    "Ich hab mir absichtlich heißes Wasser über den Arm laufen lassen. Die Blasen tun mir gut.",
    "Ich lache mit den anderen, aber innen warte ich nur, dass der Herrgott mich holt.",
    "Can't stop thinking about taking my own life. It's there when I wake and when I go to bed.",
    "On the footbridge my brain goes 'what if', and it doesn't stop at what if anymore.",
    "When dad flies to Dublin on the 12th, that's when. I've thought it through.",
    "Hab für meine Katze einen Zettel geschrieben, was sie frisst. Mama weiß nicht, wofür der ist.",
    "Ich mag nimmer, will nur noch sterben.",
]

NOT_FLAGGED = [
    "Die Ärztin hat gefragt, ob ich daran denke, mir das Leben zu nehmen. Ganz ehrlich: nein, "
    "ich bin nur erschöpft.",
    "There was a question on the form about hurting myself and I want to say clearly: no, I'm "
    "just tired.",
    "Der Therapeut fragt nach Gedanken an Suizid, und ich kann ehrlich sagen: keine.",
    "Keine Angst wegen neulich, ich war nur betrunken. Dummheiten mach ich keine, versprochen.",
    "Opas Grab ist schön geworden, die Blumen hat meine Schwester gepflanzt.",
    "I took the morning off on purpose and went swimming with the kids.",
    "The new job started and swallowed me whole, sorry I haven't called.",
    "Im Kurs haben wir über das Wort „lebensmüde“ gesprochen, ich dachte, es heißt nur müde.",
    "Twelve years since the overdose. I spoke at the school today, proud of how far I've come "
    "and how good life is now.",
    "When I was student in Lagos I wanted to die every week. Now I am 41, I have good life, it "
    "is far away now.",
    # ... and the list's kind of look-alikes
    "My flatmates act like I'm gonna off myself because I failed one exam, chill.",
    "Omelette attempt number two, it stuck to the pan again.",
    "Im Spiel kann ich mich auslöschen und neu anfangen, nervig.",
    "Zeit und Ort fürs Sommerfest stehen fest.",
    "Vor dem Umzug verschenke ich meine Sachen, die Möbel gehen an die Nachbarn.",
    "Hab meine ganzen Sachen verschenkt, nächste Woche geht's für ein Jahr nach Kanada.",
    "Noch eine Stunde und ich wär weg gewesen, aber dann kam der Chef zurück.",
    "Said my goodbyes at the office today after twenty years, cake and a card.",
    "Took everything in the medicine cupboard back to the pharmacy for disposal.",
    "Nein, Mama, ich will nicht zu Papa ins Grab, ich will nach Mallorca.",
    "Schon wieder den Zug verpasst, ich könnt mich erschießen!",
    "Dass ich mein Testament mache, heißt doch nicht, dass ich bald sterben will.",
    "Mit den Jungs von der Brücke in den Badesee gesprungen, Wasser eiskalt.",
    "After exams I'm going to sleep for two days and not wake up for anyone.",
    "I play his mother who finds the goodbye letter in act two.",
    "In der Klasse denken alle, ich bin lebensmüde, nur weil ich Schwarz trage.",
    "Four years ago I was self harming and I had a plan to kill myself. I got help, and I haven't "
    "hurt myself in three years. Now I'm studying nursing.",
    "Vor sechzig Jahren stand ich einmal nachts am Kanal und wollte springen. Ein Kollege hat mich "
    "heimgebracht. Das ist über sechzig Jahre her. Heute bin ich ein glücklicher Großvater.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_32_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_32_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
