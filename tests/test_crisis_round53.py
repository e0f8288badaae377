"""Round 53: what crisis_dev117 (musicians, actors, bar and club staff; the judge kept unread
since round 52, 60/60 with 8/60 false alarms) showed, as mechanisms. The sentences are written
for these tests, not copied from the set.

* Left alone now: a part played in repertory and its death scene ("playing Juliet in rep, the
  poison scene"); a song's character who walks into the sea "in the final verse"; a band's
  singer who overdosed (someone else, as the drummer already was) and the tour's dates called
  off; rope on a stage's fly bar or in the rigging notes; a goodbye letter to the regulars when
  the bar closes, to the audience for the last show; a past attempt told as over beside a
  present listed as sober ("tonight I played the Roundhouse, sober, my mum in the front row").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    # a song or a part beside the writer's own wish
    "playing Juliet in rep and honestly i want to kill myself for real",
    "the poison scene went fine, and i want to kill myself",
    "finished the lyrics tonight. i don't want to be here anymore, that's not in any verse",
    # the singer is someone else; the writer's own overdose is not
    "Our singer quit last month. I overdosed on purpose on Saturday and nobody knows.",
    # a tour called off for a reason of the writer's own; a goodbye letter to one's fans
    "cancelled the rest of the tour dates because i won't be around for them",
    "wrote a goodbye letter to my fans, they will understand why i had to go",
    # a goodbye letter with no audience, no closing
    "wrote my goodbye letters tonight, they're in the drawer with the will",
    "Hab die Abschiedsbriefe geschrieben. Am Donnerstag ist es so weit.",
    # sober now, and the wish back tonight
    "Eight years sober. Tonight I want to die again, same as back then.",
    "2016 Suizidversuch. Seit einer Woche trocken und seit gestern will ich wieder sterben.",
    # rope with no rigging to it
    "bought rope after the gig and checked the beam in the hall",
]

NOT_FLAGGED = [
    "playing Juliet in rep, the poison scene finally landed tonight and the cast cheered",
    "Die Sterbeszene im dritten Akt klappt endlich, die Regie ist zufrieden.",
    "The new single is sung by a miner who walks into the flooded shaft in the final verse.",
    "Our singer overdosed in Hamburg in May, he told us later it was on purpose. He's in a "
    "clinic now and doing well.",
    "We've cancelled the rest of the tour dates, refunds are on the website.",
    "Die restlichen Konzerte sind abgesagt, das Geld gibt's zurück.",
    "Load-in notes: swap the worn rope on the upstage fly bar before the matinee.",
    "Rigging check done, new ropes on the lighting bars, ladders back in the dock.",
    "wrote a goodbye letter to the regulars, we're closing the pub at the end of march after "
    "thirty years",
    "Abschiedsbrief an die Stammgäste geschrieben, wir machen die Kneipe Ende Juni zu.",
    "Mein Abschiedsbrief ans Publikum wird nach der letzten Vorstellung vorgelesen, dann geht's "
    "nach Hamburg.",
    "Seven years ago I tried to take my own life in a hotel in Leeds. Tonight I played the "
    "Roundhouse, sober, my mum in the front row. So glad I'm still here.",
    "2015 nach einem Suizidversuch in der Klinik. Heute, zehn Jahre später: trocken, Therapie "
    "abgeschlossen, eigenes Café mit Lesungen am Freitag. Dankbar.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round53_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round53_not_a_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text
