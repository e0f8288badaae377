"""Round 25: what the misses of the retired held-out sets crisis_fresh33/34 and of the new
development sets crisis_dev28/29 (money, work and the law; school and first jobs) showed, each
in words of its own beside the look-alikes it must leave alone.

* Time "without" something is a streak only when the something is what one keeps away from
  (a drink, cutting, Ritzen, Bier): "drei Monate ohne Lohn" is a loss, and an unpaid builder's
  wish to end his life is no longer read as told over.
* Pills gathered a few at a time ("one put aside every night", "two packets at each chemist so
  nobody asks"), a cover story for a pet handed on, a car left running in a shut garage, "car,
  hose, garage", a crash on purpose, walking into the sea "until it's over", a loved one's own
  bridge, a wish to lie in the ground, fresh marks, skin broken, an urge pulling towards a razor
  after months clean, "keinen Ausweg ... dass es aufhört", attempts "no one knows" about.
* "nicht genommen, sondern gesammelt": what follows "sondern" is affirmed, not denied.
* A phrase that says the end has no ordinary purpose beside it; a song about marks on the
  writer's own body is the writer's.
* False alarms of dev28/29 as mechanisms: a thing or an ache that "kills" one ("dass mich die
  Steuererklärung umbringt", "mein Rücken bringt mich um"), "willst du mich umbringen?", a drill
  ("run suicides"), "told her straight, no", "said no to the one about", a will written as an
  exercise or for the creditors, "SVV-frei", someone by name ("Sophie's been cutting again"), a
  German third person's talk of suicide ("Uwe redet von Selbstmord"), a last message that
  worried someone (a previous one, not a farewell).
* False alarms of the retired fresh33/34 as mechanisms: "in my school time", "mir geht's seit
  vielen Jahren richtig gut", short sleeves worn again; laughing till one "thought I'd die"; a
  year one wants "to die"; a rope for the sledge; pills counted out for a ward; an attempt to
  quit smoking.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Seit vier Monaten ohne Arbeit, und jede Nacht denke ich, wie ich mein Leben beenden kann.",
    "Every night I keep one back from the box. Thirty-two tablets in the biscuit tin now, one "
    "set aside each night.",
    "Went round four chemists, two packets at each, so nobody asks questions.",
    "Hab den Hund zu meiner Schwester gebracht und gesagt, ich verreise lange, aber ich "
    "verreise nicht.",
    "Told the neighbour I'm going away for a while, but I'm not.",
    "I sat in the car with the engine running in the closed garage until my brother broke the "
    "door. I tried.",
    "new year at my sister's, then the 2nd. car, hose, garage. done.",
    "Ich bin absichtlich gegen einen Baum gefahren, der Airbag hat mich gerettet.",
    "I drove into the oncoming lane on purpose after the staff party.",
    "Nach Ostern fahre ich ans Meer und gehe ins Wasser, bis es vorbei ist.",
    "On his birthday I'm going to the same bridge he jumped from.",
    "I'd give anything to be lying in the ground beside Dad.",
    "I want to lie down in the snow and never get up, let the snow cover me.",
    "The cuts on my arms are new, from last night.",
    "broke my skin again tonight, third time this week.",
    "Neun Monate clean, und heute zieht es so stark zur Klinge im Bad.",
    "Ich seh keinen Ausweg mehr und will nur, dass es aufhört.",
    "Ich hab es schon zweimal versucht, niemand weiß das.",
    "hab die schlaftabletten nicht genommen, sondern gesammelt. sind jetzt 30.",
    "Wrote a poem about the marks on my thighs. They're fresh, from Sunday.",
    "Ich rede seit der Pleite von Selbstmord, und ich meine es.",
    "I've been cutting again since they cut my hours.",
]

NOT_FLAGGED = [
    "Seit drei Jahren ohne Ritzen, und ich denke nicht mehr daran, mir was anzutun.",
    "Sieben Monate ohne Bier. Heute mit meiner Schwester telefoniert.",
    "Keine Tabletten gesammelt, kein Plan, nix. Nur eine miese Woche.",
    "I put the receipts aside every night for the tax return.",
    "Sagte der Nachbarin, ich fahre übers Wochenende weg, und das tu ich auch, nach Hamburg.",
    "The car ran fine all winter; the garage fixed the exhaust hose.",
    "Wir gehen im Sommer an die Ostsee und gehen jeden Morgen ins Wasser.",
    "Dad built that bridge in 1978; I'm going to the same bridge on Sunday to take a photo.",
    "We planted the bulbs and let the grass grow over the old path.",
    "Bought the same lego set back off vinted lol, years good.",
    "Der Zug nach Kiel hält nicht in unserem Dorf, ich fahr mit dem Rad zum Bahnhof.",
    # false alarms of dev28/29, each mechanism in words of its own
    "Nein, ich will mich nicht umbringen, ich hab nur gesagt, dass mich die Mathearbeit umbringt.",
    "Mein Knie bringt mich heute noch um, zu viel Treppe.",
    "Sag mal, willst du mich umbringen? Du hast meinen Kuchen gegessen!",
    "Trainer hat uns zwanzig Minuten suicides laufen lassen, weil Ben zu spät war. We ran suicides "
    "for twenty minutes.",
    "The nurse asked whether I'd ever thought about ending my life. I told her straight, no, not "
    "once.",
    "The doctor went through the form and I said no to the one about being better off dead.",
    "Wir mussten in Rechtskunde ein Testament als Übung schreiben.",
    "Fünf Jahre SVV-frei heute, Kuchen mit den Mädels.",
    "Sophie's been cutting again since her parents split up. I don't know how to bring it up.",
    "Meine Tante hat erzählt, dass Uwe seit der Pleite von Selbstmord redet.",
    "I know my last message worried you, the shop really is finished.",
    # false alarms of the retired fresh33/34
    "In der Schulzeit hab ich mich geritzt, jetzt bin ich acht Jahre clean, trag wieder T-Shirts.",
    "In my school time I tried to end my life; now I'm fifty, with a garage of my own, and glad.",
    "Damals hab ich mich geritzt. Heute geht's mir seit vielen Jahren richtig gut.",
    "We laughed so hard at the quiz I thought I'd actually die.",
    "I don't want to die, I want this winter to die and spring to come.",
    "Bought a new rope for the sledge, the old one snapped.",
    "Counted out the evening pills for the whole unit and signed the chart.",
    "Third attempt at quitting smoking since I turned forty, day one.",
    "Nichtraucherin seit heute, mein dritter Versuch seit dem Vierzigsten.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_25_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_25_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
