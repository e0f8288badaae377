"""Round 23: what the misses of crisis_fresh29/30 showed, each in words of its own beside the
look-alikes it must leave alone.

* Phrasings no pattern knew: "finish myself off", an overdose pictured ("the idea of taking the
  whole bottle"), "already done with life", a death welcomed in one's sleep, a leg over a
  parapet, skin scratched "until I could breathe", tidying "for whoever clears out the flat",
  an accident prayed for; German trains other than a "Zug" ("vor den ICE"), the pull of the
  platform edge, "will nur noch in die Erde", "bevor man für immer geht", "für den, der sie
  ausräumt", held back at the edge ("hat mich am Mantel gepackt").
* From crisis_dev20 (a blind twin of fresh31's style, read and tuned on): envying the dead,
  new wounds kept out of sight; an old episode "during the apprenticeship" and "well ever
  since" told as over; a patient's crisis handed on at work and "her overdose" someone else's.
  From crisis_dev21 (fresh32's twin): a medicine by name ("alle Ibus genommen"), an act someone
  did to themselves ("tried to hang himself") that the concepts or the classifier had read as the
  writer's (not the German "sich", the writer's in "es fühlt sich logischer an"), the warning
  signs known and absent.
* Readings that set a crisis aside: a German streak ("seit 30 Jahren ... keine") counted across
  a comma into an unrelated clause and left a whole entry unread; "don't want to be here at
  twenty" read like "at the party"; "danach mach ich's" read as part of the clause before it and
  as someone else's; an English pattern reading German words ("will ihm die Feier") marked the
  sentence as denied; "I don't tell her" read as denying what follows; a dream of teeth falling
  out made the whole entry "plainly a dream" although the writer goes on about her waking days
  ("immer öfter").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Retired in March. Most evenings I think I could finish myself off, nobody would mind.",
        "lately the thought of swallowing the whole packet won't leave me alone",
        "nineteen and so done with living, honestly",
        "if it all just stopped one night, let me go in my sleep, that would be fine by me",
        "Drove to the bridge after work and got one leg over the railing before a cyclist stopped.",
        "kept scratching my arm with a paperclip till it bled, first time in a year",
        "Paid the gas bill, hoovered, left a note for whoever has to clear out my room.",
        "I've been hoping for a quick accident on the motorway so it just stops.",
        "Gestern am Gleis: ich stell mir vor, vor die S-Bahn zu springen, und es wär ruhig.",
        "auf der Brücke zieht's mich jedes Mal übers Geländer, ich geh jetzt einen Umweg",
        "Ich mag nicht mehr kämpfen, ich will einfach unter die Erde.",
        "Alles verschenkt, es ist wie Aufräumen, bevor ich für immer gehe.",
        "Keller entrümpelt, damit es leichter ist für die, die meine Sachen ausräumen muss.",
        "Letzte Woche stand ich auf der Brücke, dann hat mich ein Jogger festgehalten.",
        # from crisis_dev20, the twin of fresh31's style: envying the dead, new wounds hidden
        "At every funeral I catch myself envying the man in the coffin.",
        "Bin jedes Mal neidisch auf die Toten, wenn ich am Friedhof vorbeigeh.",
        "Long sleeves at the barbecue again, the new ones on my thigh would show in shorts.",
        "Pulli angelassen beim Sport, die neuen am Unterarm sieht sonst jeder.",
        # from crisis_dev21, the twin of fresh32's style: a medicine by name
        "letzte woche alle schmerztabletten genommen, die noch da waren. morgens trotzdem wach",
    ],
)
def test_new_phrasings_of_the_writers_own_risk_are_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        # a streak across a comma is no streak: the wish after it is read
        "Schichtleiter seit 20 Jahren, keine Freunde mehr, nur Arbeit, und ich wär lieber tot.",
        # an age is no place one is at
        "fifteen and i don't want to be here at sixteen, i can't picture it",
        # "danach mach ich's" after a clause with its own "nicht"
        "Erst nach Omas Geburtstag, den will ich ihr nicht verderben, danach mach ich's, das "
        "Datum steht.",
        # kept from someone is not denied
        "I haven't told my wife that I want to die most days now.",
        # "her" as the one told, not a possessive: the writer's own
        "I finally told her suicide has been on my mind for weeks.",
        # a dream only a dream can be, then the waking habit
        "Geträumt, ich kann fliegen. Aber am Bahnsteig denk ich immer öfter daran, mich vor den "
        "Zug zu werfen.",
    ],
)
def test_readings_that_set_a_crisis_aside_no_longer_do(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Finished off the leftover lasagne myself, nobody else wanted it.",
        "the idea of taking the whole family to Spain is tempting",
        "So done with this flat and its mould, moving in May.",
        "Nan always said she'd like to go in her sleep at ninety, and she did.",
        "Got one leg over the fence into the neighbour's garden to fetch the ball.",
        "The cat scratched the sofa until there was stuffing everywhere.",
        "Left a spare key for whoever feeds the cat while we're away.",
        "I don't want to be here at the meeting tomorrow, it's pointless.",
        "We're hoping for a good fall of snow at Christmas.",
        "Wir fahren morgen mit dem ICE nach München.",
        "Die Tulpenzwiebeln will ich noch in die Erde bringen.",
        "Bevor ich für immer nach Kanada gehe, verkaufe ich das Auto.",
        "Seit zwei Jahren nicht mehr geritzt, und darauf bin ich stolz.",
        "I didn't tell her about the surprise party, and I'm not going to.",
        "Im Traum hat mich ein Mann am Arm gepackt, ich bin schreiend aufgewacht.",
        "I envy my sister's garden, it's gorgeous this year.",
        "Die neuen am Gartenzaun sind schöner als die alten Latten.",
        "Neues Seil für die Hängematte gekauft, Samstag wird eingeweiht.",
        "Remembered the winter I stood on the bridge, thirty years ago now. Been well ever since, "
        "with good medication and my wife.",
        "Während der Ausbildung hab ich mich geritzt. Jetzt acht Jahre ohne, die Narben sind "
        "verblasst.",
        "Ein Klient hat heute gesagt, er hat einen Strick im Keller. Ärztin informiert, "
        "Krisendienst kam. Ich bin durch, aber okay.",
        # someone else's act on themselves, and an old episode with the warning signs absent
        "My brother is in hospital after his overdose.",
        "A lad from my old squad tried to hang himself on Sunday. Seeing him at the hospital "
        "tomorrow.",
        "2015 wollte ich nicht mehr leben. Jetzt ist die Ehe vorbei und ich bin wütend, aber "
        "nicht in dem Loch von damals. Ich kenn meine Warnzeichen, keins davon ist da.",
        "Die ganzen Ibus für die Zahnschmerzen sind alle, hab die letzte genommen.",
    ],
)
def test_look_alikes_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged, text
