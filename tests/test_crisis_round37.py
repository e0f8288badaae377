"""Round 37: what crisis_dev66 (refugees and migrants; the judge kept unread since round 36),
crisis_dev67 (chronic illness and pain), crisis_dev68 (money trouble) and the sixth list of
disclosures (illness, debt, the trades of nurses, police and firefighters) showed, as
mechanisms. dev67 and dev68 were measured blind on the round's starting code (59/60 with 10/60
false alarms; 59/60 with 15/60) before they were read. The sentences are written for these
tests, not copied from the sets.

* Caught now: "besser ich sterbe hier als ...", "so did i" after someone else's cutting (said in
  full: "i cut myself again"), Swiss "i chönnt eifach iischlafe und nümme verwache", "der drang
  ist jede nacht wieder da", and from the list: "es selbst zu beenden", "hätte sterben sollen",
  a beam measured, a crash made to look like an accident, the service weapon taken home, a hand
  held under the hot tap "bis Blasen kamen", pain sought "damit's wehtut ... verdient", an
  insulin pen emptied, a van walked in front of on purpose, saved-up morphine taken.
* Left alone now: a neighbour by a name from Eritrea, Syria or Ukraine who cut his arms, an
  English entry with a few German words in it, a dark year "three years behind me now" or "that
  first year was ..." told as over, "Gedanken an Selbstmord hab ich keine, nur Albträume", a
  form's questions answered "no, honestly no", wills and insurance made for a new baby, words
  someone else said with who said them after, an entry that opens with worry for a colleague,
  asking him whether he thinks of killing himself, "figuratively speaking", the week's pills
  set out, passwords written down "weil ich operiert werde", "heute will ich mich dran erinnern,
  wie weit ich gekommen bin", "arbeite wieder voll".
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, crisis_language

FLAGGED = [
    "Besser ich sterbe hier im Heim als dass sie mich nach Kabul zurückschicken.",
    "Tarik cut himself again last night. So did I.",
    "Lena hat sich gestern wieder geritzt. Ich auch.",
    "mängisch wünschi mer, ich chönnt eifach iischlafe und nümme verwache",
    "drei jahre kein svv und seit der kündigung ist der drang jede nacht wieder da",
    "Seit der Diagnose denk ich jeden Tag dran, es selbst zu beenden.",
    "Ich hätte bei dem Sturz sterben sollen, und ich will nicht mehr.",
    "I should have died on that operating table and I wish I had.",
    "Die Bank will das Haus. Im Schuppen ist ein Balken, den hab ich schon abgemessen.",
    "Die Brücke an der B12, ohne Gurt. Soll für die Versicherung aussehen wie ein Unfall.",
    "Die Dienstwaffe heute mit nach Hause genommen statt in den Spind.",
    "Den Arm unter das heiße Wasser gehalten, bis Blasen kamen.",
    "Die Tabletten extra nicht genommen, damit's richtig wehtut. Hab's verdient.",
    "Gestern den ganzen Pen gespritzt und mich ins Bett gelegt.",
    "Stepped out in front of a lorry on purpose on Friday. He braked.",
    "Am Sonntag das Oxycodon genommen, das ich seit Monaten gesammelt hatte.",
]

NOT_FLAGGED = [
    "Dawit cut his arms again in the kitchen, blood on the tiles. I cleaned up and told the "
    "social worker. I am so worried for him.",
    "Great day. We learnt the words for everything on the way, die Brücke, der Fluss, die Ente. "
    "She laughs at my accent but I think I will pass the exam in March.",
    "The winter in the camp, when I prayed every night not to wake up, is four years behind me "
    "now; I have a job and friends.",
    "Nine years since the diagnosis. That first year was the worst of my life. I wanted to die "
    "most days. I got help and it lifted. Now I work and I'm planning a trip to Wales.",
    "Hab der Ärztin gesagt: Gedanken an Selbstmord hab ich keine, nur Rückenschmerzen.",
    "The nurse read out her list. Any thoughts you'd be better off dead, no, honestly no. Any "
    "plan, no.",
    "Now that the twins are here we made our wills and took out life insurance. If anything "
    "happens to me the flat is paid off.",
    "Seit der Kleine da ist, haben wir ein Testament gemacht. Wenn mir was passiert, ist die "
    "Wohnung abbezahlt.",
    "Er hat mir seinen Akkuschrauber geschenkt, brauch ich eh nicht mehr, hat er gesagt.",
    "Worried sick about Marek from the warehouse. He's lost everything on betting and his wife "
    "doesn't know. We rang the helpline together.",
    "In der Pause hab ich ihn gefragt, ob er dran denkt, sich umzubringen. Er hat gesagt, "
    "manchmal. Wir haben zusammen angerufen.",
    "By eleven I was ready to jump off the roof, figuratively speaking, because the invoice was "
    "gone.",
    "Um Mitternacht wär ich am liebsten vom Balkon gesprungen, im übertragenen Sinn, weil der "
    "Beleg weg war.",
    "Heute mit der Pflegerin alle Tabletten für die Woche gestellt und gezählt. War alles richtig.",
    "2015 nach der Pleite hab ich versucht, mir das Leben zu nehmen. Das ist jetzt zehn Jahre "
    "her. Ich bin jeden Tag dankbar. Heute will ich mich einfach dran erinnern, wie weit ich "
    "gekommen bin.",
    "Heute vor zwölf Jahren die Diagnose. Das Jahr danach war das dunkelste, ich wollte oft nicht "
    "mehr aufwachen. Ich hab Hilfe bekommen und das ist vorbei. Ich arbeite wieder voll.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round37_disclosures_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round37_look_alikes_are_left_alone(text: str) -> None:
    assessment = assess_crisis(text)
    assert not assessment.flagged, (text, assessment.matches)


def test_an_english_entry_with_a_few_german_words_is_read_as_english() -> None:
    text = (
        "After class we walked along the river and said the names of everything, die Ente, "
        "die Brücke, der Müll, and she laughed at my accent the whole time."
    )
    assert crisis_language(text) == "en"
    assert crisis_language("I ka nemme, i will bloß no sterba.") == "de"
