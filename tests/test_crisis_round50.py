"""Round 50: what crisis_dev114 (carers of a parent, a child or a partner, and care workers; the
judge kept unread since round 49, 59/60 with 5/60 false alarms) showed, as mechanisms. The
sentences are written for these tests, not copied from the set.

* Caught now: goodbye letters written beside an advance directive (the directive had framed the
  whole sentence as paperwork); who is to find the writer chosen ("den Schlüssel dem Nachbarn,
  damit er mich findet und nicht meine Tochter", "so my son doesn't have to be the one to find
  me").
* Caught now, from the misses of older read sets (rewritten here): a cover story the writer
  gives away ("told everyone it was the cat. there is no cat", "sie denkt, ich verreise. stimmt
  ja irgendwie"); a directive changed so nobody brings the writer back; messages kept for
  afterwards; a pet safe "whatever happens"; who gets what written down; a time set by a
  parent's night shift or an anniversary; a place chosen indoors; few-word wishes, attempts and
  cuts ("fast gesprungen", "das frischste ist von gestern").
* Left alone now: the lines beside a joke's hyperbole or an idiom ("... i'll jump off the roof
  lol. what circle.", "kann nimmer, der rücken!", "tot umgefallen vor scham") unless they bring a
  crisis word of their own; the lines right after a book's or a film's death told of someone
  else ("a novel where the heroine walks into the sea. bit close to home. put it back"); a common
  German word read as a typo of a crisis word ("geschlafen" is no "geschlagen").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.crisis_concepts import concepts_of
from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Gestern Abschiedsbriefe für meine zwei Jungs geschrieben und zur Patientenverfügung in die "
    "Mappe gelegt.",
    "Wrote goodbye letters to both girls and clipped them to my living will in the blue folder.",
    "Den Ersatzschlüssel hab ich der Frau Berger gegeben, damit sie mich findet und nicht mein "
    "Sohn.",
    "Gave the spare key to the bloke downstairs so he finds me and not my daughter.",
    "Left the door on the latch so my husband doesn't have to be the one to find me.",
    # from the read misses of older sets, as mechanisms: a cover story given away
    "Told the whole shift it was the cat. I don't even have a cat.",
    "Hab im Büro gesagt, die Kratzer sind von der Katze. Ich hab gar keine Katze.",
    "Left the spare key with Mrs Okafor so she can feed the rabbit. She thinks I'm going on "
    "holiday. I suppose I am, in a way.",
    "Herr Braun hat jetzt den Schlüssel und gießt die Blumen. Er denkt, ich verreise. Stimmt ja "
    "irgendwie.",
    "Gave away all my vinyl. Jo asked if I was moving. I said something like that.",
    "Die Vermieterin meint, ich zieh aus. So kann man's auch nennen.",
    "Meine Bücher hab ich alle verschenkt. Hab gesagt, ich miste aus. Irgendwie endgültig halt.",
    # ... nobody to bring the writer back, messages for afterwards, a pet safe whatever happens
    "Changed my living will tonight so no one can bring me back.",
    "Die Patientenverfügung so geändert, damit mich niemand zurückholt.",
    "Sprachnachrichten für danach aufgenommen und gespeichert.",
    "Recorded a goodbye video for my sister and scheduled it for Friday.",
    "Found a good home for the hamster. Whatever happens now, he'll be fine.",
    "Für den Hasen hab ich jemanden gefunden. Egal was passiert, ihm geht's gut.",
    "Said goodbye to my aunties today without any of them knowing it was the last time.",
    "wrote down who gets what on the back of the electricity bill",
    "Liste geschrieben, wer was kriegt.",
    "Cancelled the gym so nobody has to chase my payments after.",
    "Fitnessstudio gekündigt, verlängern lohnt sich eh nicht mehr.",
    "Er soll wissen, dass es nicht seine Schuld war.",
    "Hab meinem Cousin mein Fahrrad geschenkt und gesagt, er soll gut auf Oma aufpassen.",
    "Beim Bestatter schon alles vorausbezahlt. Der meinte, das hat noch Zeit. Hat es nicht.",
    # ... a time, a place, a means chosen
    "Dad's on nights on Friday. That's when.",
    "Hab mir schon ausgesucht, wo in der Wohnung. Der Balken im Flur.",
    "The decision is made: the bridge on the bypass, after the late shift.",
    "Ostern noch wegen der Enkel, danach nicht mehr.",
    "Am Jahrestag von Papas Tod, da passt es.",
    "Wenn die Katze nicht mehr ist, dann geh ich auch.",
    "Low tide's at five tomorrow and I know where to walk out to.",
    "Morgen fahr ich auf der Landstraße gegen einen Baum.",
    "Der Haken im Keller hält das aus.",
    "Googled how many of Mum's sleeping tablets it would take.",
    # ... wishes, attempts and harm in few words
    "I'd be relieved if tonight were the last one.",
    "I'm so tired of waiting to not want to die.",
    "Manchmal denk ich: einfach auf der Bank einschlafen, das wär's.",
    "Everything's wrecked, no point sticking around.",
    "I told the nurse I'm ready to go and she smiled. I wasn't joking.",
    "Innerlich bin ich eh schon tot, kann ich's auch gleich offiziell machen.",
    "A van nearly clipped me on the bike today and I was almost disappointed it missed.",
    "Tried to go last spring, the paramedics revived me.",
    "Meine Schwester hat mich in der Badewanne gefunden, letzten Dienstag.",
    "Gestern am Dach gestanden, fast gesprungen.",
    "I'd taken Dad's morphine that night.",
    "The fresh ones are burning under my uniform.",
    "Die frischen jucken unterm Pulli.",
    "Das frischste ist von gestern.",
    "The self-harm urges are so bad tonight.",
    "The thought is back tonight. The big one.",
    "Keep looking at the belt on the door differently.",
    "If the scan is bad I'm not waiting around, I've decided how I'll go.",
    "Noch mal bei Onkel Fritz gewesen, Kaffee wie immer. Er weiß nicht, dass es der letzte "
    "Besuch war.",
    "Walked past my old school and the chippy like a last lap.",
    "He thinks he's the one with dark thoughts, he has no idea how bad mine are.",
    "Mum says she's ready to die at 90 and I'm 31 and readier than she is.",
    "I'd honestly take actually dying over that meeting tomorrow.",
    "The nurse rang, I said I'm fine. She didn't ask about the pills in the drawer.",
    "Two more weeks and I'll have enough, the tablets are in a sock.",
    "Die Packungen kommen zu den anderen in die Schublade, die Tabletten reichen bald.",
    "keeping the sleeping pills in a jar. not for sleeping",
    "Den Hund zu meinem Bruder gebracht, mit allem. Er soll nicht zurück müssen.",
    "Die Lebensversicherung ist geregelt, dann sind die Kinder versorgt.",
    "Passwords written out for my brother. He doesn't need to know why yet.",
    "Letters written, not sure when yet.",
    "Ich schreib ihr eine Karte, damit sie was von mir hat, wenn ich im Sommer nicht mehr "
    "dabei bin.",
    "Being alive feels like a mistake.",
    "Die Suizidgedanken gehen einfach nicht weg.",
    "Ich hab Angst, dass es nicht klappt, wenn ich's mach.",
    "The consultant says the tumour is shrinking. I was hoping for the other kind of news.",
    "Die Ärztin meint, ich hab noch Jahre. Ich hatte gehofft, sie sagt Monate.",
    "Every night: brush teeth, set alarm, please don't let me wake up.",
    "Hab Mia gefragt, ob sie die Katze nimmt, falls mal was ist.",
    "Saß gestern mit den Füßen draußen auf der Fensterbank im fünften Stock.",
    "Bin mit den Tabletten in den Wald, dann hat mich ein Förster gefunden.",
    "Hätt gern einen Ausknopf. Einen, der für immer aus bleibt.",
    "Von mir aus kann der neue Tag gern ohne mich anfangen.",
    "Beten, dass Gott mich bald zu sich holt, ist mein Abendgebet geworden.",
    "Sent my passwords to my brother with a note: use them after.",
    "Einfach unten bleiben, im kalten Wasser, und nicht mehr hochkommen.",
    "Gewohnheiten: kein SVV ✗",
    "hab alles, was ich brauch. am samstag bin ich allein, und dann halt endgültig",
    "Worked it out: New Year's. Everyone will be at the party.",
    "The lake behind the quarry. That's where I'll go, early before anyone's up.",
    "der ICE fährt um 22:10 ohne Halt durch. ich weiß es jetzt.",
    # a streak with the blade at hand now is no episode told as over; an age to come is no past
    "8 Wochen clean und jetzt sitz ich mit der Klinge im Bad",
    "4 months clean and the razor is in my hand right now",
    "cant picture myself at 30. and honestly i'm fine with that",
]

NOT_FLAGGED = [
    "Started a novel on the ward where the heroine swims out into the lake at the end. Bit much "
    "for this place. Put it back on the trolley and did the crossword.",
    "Im Aufenthaltsraum einen Roman angefangen, wo die Heldin am Ende ins Meer geht. Passt ja "
    "super hierher. Wieder ins Regal gestellt.",
    "Patientenverfügung und Vorsorgevollmacht heute beim Notar unterschrieben, endlich erledigt.",
    "Signed the advance directive with the GP today, one job fewer on the list.",
    # a key handed over for an ordinary reason stays ordinary
    "Gave the neighbour our spare key so she can feed the cat while we're in Spain.",
    "Ich hab mich beim Versteckspiel hinterm Sofa versteckt, damit mein Neffe mich sucht.",
    # the new mechanisms' look-alikes
    "Gave the neighbour a key so she can feed the cat while I'm in Lisbon.",
    "Life's too short, no point hanging around waiting for him to call.",
    "Party was dull, no point hanging around.",
    "He almost jumped out of his skin when the door banged.",
    "Die Entscheidung ist gefallen: wir ziehen nach Leipzig.",
    "Mum's on nights this week so I'm cooking for my brothers.",
    "The fresh ones are in the fridge, the old bread is for the ducks.",
    "Signed my advance directive with the GP today, my daughter has a copy.",
    "Nachrichten für danach gespeichert: Glückwünsche, wenn die Zeugnisse kommen.",
    "Recorded a goodbye video for the team since I'm moving to Leeds, scheduled it for Monday.",
    "Updated my advance directive after Mum's stroke so nobody can drag me back against my "
    "wishes when I'm 90.",
    "worked out where in the flat the new shelves go.",
    "Meine Mitbewohnerin sagt, das war die Katze. Wir haben gar keine Katze.",
    "Passed the bridge where I almost jumped in 2012 and felt proud of how far I've come.",
    "Von mir aus kann das Meeting gern ohne mich anfangen.",
    "Der ICE fährt ohne Halt durch, also mit dem RE nach Fulda.",
    "I can picture myself at 30 with kids and a garden, and I'm fine with that.",
    "Two years clean today and proud, the scissors are back in the craft box.",
    # beside a joke's hyperbole or an idiom, what is left must bring a crisis word of its own
    "If my boss says 'circle back' one more time I swear I'll jump off the roof lol. what "
    "circle. where is the back.",
    "Kann nimmer, der Rücken! Die Treppe war heute zu viel.",
    "Im Zug die Brotdose liegen lassen, mit Namen drauf. Ich wär am liebsten tot umgefallen vor "
    "Scham. Der Schaffner hat sie mir nachgetragen.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round50_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round50_not_a_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("word", ["geschlafen", "gearbeitet", "gestanden"])
def test_common_german_words_are_read_as_themselves(word: str) -> None:
    """A word the German word list counts as common is no typo of a crisis word."""
    assert not concepts_of(word, "de") & {"HARM", "METHOD", "DEATH"}
