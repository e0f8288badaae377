"""Round 27: what the new development sets crisis_dev32/33 (family life; hard, dangerous and
lonely work) showed once read, each in words of its own beside the look-alikes it must leave
alone.

* Crisis phrasings now caught: a fall told to everyone that was none ("I say to everybody I
  fall. I did not fall."); a rifle turned on oneself, also by its calibre (".308 around on
  myself"); letting the ground have one; a rope looked at for "was man damit noch machen
  kann"; an attempt two weeks ago told beside a colleague's "alles gut" (a cut said as
  "Pulsadern aufgeschnitten" or "geritzt" is a crisis word that a recent time reopens).
* False alarms as mechanisms: a past told by a year written "'06" or "in '97" or by "spent
  years", over by "ein gutes Leben", "a good life", "life's good", "grateful I stayed", "been
  well for a long, long time", "es mir seit so vielen Jahren gut geht"; a word of recovery is
  no crisis word that lets "this morning" reopen the past; "you can come back" told to a
  daughter is no return; "honest answer is no" in the sentence after the question; "I'd rather
  die than retire"; "wenn mich noch eine Person fragt ..., spring ich aus dem Fenster"; pills
  someone else ("her") was saving.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Last week I go in the water from the pier in the night. A man from the other boat pull me "
    "out. I say to everybody I fall. I did not fall.",
    "I told them I fell off the ladder. I did not fall.",
    "Sat in the stand from first light, no deer, and spent two hours thinking about turning the "
    ".308 around on myself instead.",
    "Spent the evening thinking about turning the rifle on myself.",
    "Wife two years gone. Some days I'd as soon lie down in the back paddock and let the ground "
    "have me.",
    "Im Maschinenschuppen hängt der Kälberstrick, und ich hab heute ne halbe Stunde davor "
    "gestanden und dran gedacht, was man damit noch machen kann.",
    "Erste Schicht nach zwei Wochen krank. Ich war nicht krank, ich hab mir vor zwei Wochen die "
    "Pulsadern aufgeschnitten und meine Mitbewohnerin kam früher heim. Erster Einsatz war ein "
    "Sturz in der Badewanne, älterer Herr, alles gut.",
    "Sieben Monate clean und dann an Silvester wieder geritzt, mit der Scherbe vom Sektglas.",
    "I'd rather die than live like this another year.",
]

NOT_FLAGGED = [
    "I nearly slipped on the ice but I did not fall.",
    "Cleaned the rifle and sighted it in at 200 before the season opens.",
    "We let the ground rest a year before we plant it again.",
    "Im Stall hängt der Kälberstrick, und ich hab dran gedacht, dass wir noch einen zweiten "
    "brauchen.",
    "Von meinem Suizidversuch in der Ausbildung, 1994, hab ich heute zum ersten Mal einer "
    "Kollegin erzählt, weil es mir seit so vielen Jahren gut geht, dass ich drüber reden kann.",
    "Ich hab dort erzählt, dass ich 2006 selber ganz unten war und mich vor die Bahn werfen "
    "wollte, und dass ich heute, fast zwanzig Jahre später, ein gutes Leben hab.",
    "In the drought of '06 I wanted to be dead. Looking at green paddocks this morning I'm "
    "grateful I stayed, life's good.",
    "After the explosion I spent years wanting to die, drank, tried to hang myself in '97, and my "
    "brother found me in time. That was nearly thirty years ago. I've been well for a long, "
    "long time and I'm content, honestly.",
    "When I was a student in Lagos, a long time ago, I tried to kill myself with tablets. Now I "
    "am fifty, I have four children and a good job in the hospital. I am well and I am thankful "
    "every day. I told my daughter this story so she knows you can come back.",
    "Chaplain asked me straight out if I'd thought about killing myself since the fire. Honest "
    "answer is no, not once. I'm grieving and it's heavy, but I want to be here for it.",
    "Told him I'd rather die than retire and sit in a recliner watching Bargain Hunt.",
    "Wenn mich noch eine Person fragt, ob es bald so weit ist, spring ich aus dem Fenster, "
    "ehrlich.",
    "Call at 0200, F 34, neighbour says she had been saving her pills for weeks. Transport, "
    "handover.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round_27_crisis_lines_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round_27_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged, text
