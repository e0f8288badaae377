"""Round 31: what crisis_dev45 (short statements to a GP practice, a student counselling service,
a works doctor, a pharmacy, a helpline or a friend; a judge kept unread through round 30, its
misses read at the end of it, its false alarms read now) and crisis_dev46 (a mental-health
chatbot, a journaling app's check-in, a peer-support forum; measured blind on the round's
starting code, 116/120 caught and 25/120 false alarms, then read) showed, as mechanisms.

* Caught now: an attempt a few weeks ago told beside a sentence with "nichts" in it (a denial
  reaches no further back than its own sentence, not over a full stop into the attempt's
  sentence) and a hanging attempt is a crisis word that makes "vor drei Wochen" reopen; a gun
  within reach checked, as a sentence of its own ("I checked tonight"), or a time picked when
  no one is there ("thinking when he's on nights"); someone asked to take a pet "if anything
  happened to me", with "no reason" given or "the last thing on my list"; things handed to a
  brother ("gegeben") and "ich brauche das nicht mehr"; "ich plane einen Selbstmord".
* Left alone now: "self-harmed through most of secondary school" is the past; boredom told as
  a wish to hang oneself; a suicide met at work ("hatte heute einen Suizid am Bahngleis"); "am
  Ende will sie unbedingt sterben" (the subject after the verb is someone else); a question
  answered after how it struck the writer ("ich war fast beleidigt: nein, natürlich nicht"); a
  thing no longer needed for its everyday reason ("seit ich ein E-Bike habe"); a handshake
  ("die Hand gegeben") is nothing given away; "Selbstverletzung ist bei mir kein Thema";
  someone's words in quotation marks after "talking about"; "when I was teenager" (no article);
  "killing myself carrying boxes" (toil).

... and crisis_dev47 (a dream-journal app's entries; 117/120, 14/120 on arrival) and dev48
(messages and voice notes to family and friends; 118/120, 13/120 on arrival): caught now —
thinking about joining a spouse who passed, notes written for the family beside things given
away or "if anything" left unsaid, "woke up jealous" of a dream of dying, "Ordnung machen halt"
beside a pet placed elsewhere, a train that does not stop called "meiner"; left alone — "people
assume ... I don't", "null Selbstmordgedanken", "the meeting was so long I wanted to hang
myself", "in university ... no problem since".
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    # a denial in the sentence before does not reach over the full stop into the attempt
    "Heute mit meiner Schwester Kaffee getrunken, über nichts Wichtiges geredet. Vor zwei Wochen "
    "hab ich versucht, mich im Dachboden aufzuhängen, sie hat mich gefunden, und seitdem kommt "
    "sie jeden Tag. Ich weiß nicht, ob ich dankbar bin.",
    "my brother keeps his shotgun in the cupboard under the stairs and the key is on his keyring "
    "by the door. i checked tonight.",
    "Dad's rifle is in the gun safe, I know the code. I'm thinking when he's away at the weekend.",
    "Asked my friend today if she'd look after my cat if anything happened to me. She asked why "
    "and I said no reason. Took his toys round this afternoon.",
    "Hab meiner Nichte mein Tablet und die Kamera gegeben. Sie freut sich. Ich hab ihr gesagt, "
    "ich brauch das nicht mehr.",
    "Ich plane einen Selbstmord.",
    "Ich denke oft an einen Suizid, eigentlich jeden Abend.",
    # dev47/dev48 (a dream-journal app's entries; messages and voice notes to family)
    "Dad, since Mum passed I think about joining her more than I should.",
    "gave my bike to my little brother today and wrote notes for mum and dad. they're in my "
    "wardrobe if anything",
    "dreamt i drowned and it was so peaceful. woke up jealous of dream me.",
    "Hab heut meinen Laptop meiner Schwester geschenkt und den Hund bei Nachbarn untergebracht. "
    "Ordnung machen halt.",
    "Der Güterzug um halb zwölf hält nicht in unserem Dorf, der fährt durch. Das ist meiner.",
    # the everyday look-alikes below must not hide these
    "I was so bored with my life that I wanted to hang myself.",
    "Manchmal will ich einfach nur sterben.",
    "Er hat gefragt, ob ich mir etwas antun will. Ich war überrascht: ja, schon öfter.",
]

NOT_FLAGGED = [
    "I cut myself through most of high school. I'm 34 now, the scars have faded and so has "
    "the urge.",
    "The all-hands went on for three hours. I was so bored I wanted to hang myself with my "
    "lanyard. Then there was cake.",
    "Die Sitzung war so langweilig, dass ich mich am liebsten erschossen hätte. Danach gab's "
    "Kuchen.",
    "Als Rettungssanitäter hatte ich gestern einen Suizid in einer Wohnung. Ich komme klar, "
    "der Kollege hat mir trotzdem die Nummer vom Kriseninterventionsteam gegeben.",
    "Ich spiele in der Schul-AG die Julia, und am Ende will sie ja unbedingt sterben. Ich "
    "find's super.",
    "Die Ärztin hat direkt gefragt, ob ich mir etwas antun will. Ich war fast empört: nein, "
    "natürlich nicht. Ich bin nur müde.",
    "Ich hab meinem Sohn das alte Rad gegeben, ich brauche es nicht mehr, seit ich ein E-Bike "
    "habe.",
    "Abschlussgespräch beim Psychiater. Die Depression war 2016, seitdem keine Episode mehr. Er "
    "hat mir die Hand gegeben und gesagt, ich brauch ihn nicht mehr.",
    "My husband has a shotgun for the foxes, it's locked away, I checked.",
    # dev46's false alarms
    "Es geht mir gerade nicht gut, aber Selbstverletzung ist bei mir kein Thema, war es nie.",
    "My dad has been giving his tools away and talking about 'when I'm gone'. I'm scared for him.",
    "When I was teenager in Poland I try to end my life, one time. Now I am 50, I have a good job "
    "and a family, and I am happy to be alive.",
    # dev47/dev48's look-alikes
    "My sister moved to Canada and I think about joining her next year.",
    "My sister wrote notes for mum and dad and gave my old toys away.",
    "Der ICE hält nicht in unserem Kaff. Der rote Schirm im Flur, das ist meiner.",
    "People assume because I'm widowed I want to join him. I don't. I'd like another twenty "
    "years of my own.",
    "Ich hab null Selbstmordgedanken, ehrlich, eher Umzugsstress.",
    "The meeting was so long I wanted to hang myself. Then there were biscuits.",
    "In university I cut myself for two years. Now I am 38, married, no problem since long time.",
    "I self harmed from year 8 until I was seventeen. I'm 22 now, four years clean and happy.",
    "Ich bin traurig, ich weine viel, aber an den Tod für mich denke ich nicht, keine Angst.",
    "We're moving on Saturday and the lift is broken, so I'll be killing myself carrying boxes up "
    "four floors.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_31_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_31_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
