"""Round 16 of the crisis check: what the two retired held-out sets (eval/crisis_fresh17.jsonl and
crisis_fresh18.jsonl) and the two blind development sets (crisis_dev6.jsonl, crisis_dev7.jsonl)
showed it missed or over-flagged, in sentences written for these tests (not the sets' lines), so
each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with

# Missed before round 16, each a general mechanism of the first two stages (patterns and concepts:
# the classifier is not asked, so each line checks the rule, not the model's guess).
CAUGHT = [
    # things given away, with a word that it is final
    "Told my cousin he can have my bike and my vinyl. He grinned. I wasn't joking.",
    "Meiner Nichte hab ich heute Omas Ring gegeben, solange ich ihn noch selbst übergeben kann.",
    "Gave my camera to Sam. Easier than someone having to sort through it later.",
    "Cancelled the phone contract and the insurance. Just tidying up before I go.",
    "Hab der Nachbarin die Katze gebracht und gesagt, es ist nur für den Urlaub. Es gibt keinen Urlaub.",
    "gave away my bass and most of my records. flatmates keep asking if im moving out",
    "kaninchen zu tante gebracht. sie soll es behalten",
    "hab meinem bruder die pins fürs konto aufgeschrieben und in die schublade gelegt. für danach",
    "Hab dem Hausmeister den Ersatzschlüssel gegeben und gesagt, er soll Freitag mal nach mir sehen. Freitag reicht.",
    # a cover story of the writer's own ("mama denkt ...", "they're not from the cat")
    "arme voller pflaster. papa glaubt das war der kater",
    "told my boyfriend the marks were from the rose bush. theyre not from the rose bush",
    "Hab mir den Unterarm mit dem Feuerzeug verbrannt, nicht aus Versehen.",
    # the old habit back, beside a part of the body
    "die alte gewohnheit ist wieder da. gestern dreimal, bauch",
    # pills kept, a purpose hinted at
    "Opa hat mir seine alten Schmerztabletten dagelassen. Hab sie behalten. Weißt schon wofür.",
    # not dead as such, just not here; the dead envied, joined
    "ich will nicht mal unbedingt tot sein, nur nicht mehr da. egal wie.",
    "Mein Mann hat es hinter sich. Ich beneide ihn ein bisschen und frag mich, wann ich endlich nachkommen darf.",
    "die toten habens gut, die müssen nicht mehr zur arbeit",
    "She was my whole life. I'd join her tonight if I could.",
    "No wish to go on since the funeral.",
    "Die Oma hat's gut, die hat ihre Ruh. Ich wär lieber bei ihr drüben.",
    "failed again, no job, no money. dead > this",
    "Im Flieger nach Hause hoff ich jedes Mal ein bisschen, dass er nicht ankommt.",
    # "schluss machen" after its means; the how and the when; a day decided; no return
    "Letzten Monat wollte ich mit den Tabletten Schluss machen.",
    "its all sorted, the how and the when. just this week left",
    "Freitag ist sie bei ihrer Mutter und der Kleine im Ferienlager. Freitag also.",
    "Booked a B&B by the cliffs for Saturday. Won't need the return ticket.",
    "Bin raus. Überleg nur noch wie.",
    "my brain goes straight to the pills in the cupboard every night",
    "wenn ich durchfalle, spring ich. steht fest",
    # a second attempt, found by someone
    "zweiter versuch dieses jahr. meine schwester hat mich gefunden",
]

# Over-flagged before round 16.
NOT_FLAGGED = [
    # a skull or a laugh marks the joke
    "i want to die 😂 i waved at someone who was waving at the person behind me",
    "ich will sterben 😂 hab meinen lehrer mama genannt",
    # "shes"/"theyre" without the apostrophe are someone else
    "a girl from my course told me shes cutting again. I gave her the uni helpline number",
    "someone in the group chat said theyre gonna kms, i messaged the mods",
    # someone else's cover story is not the writer's
    "My colleague came in with plasters on both hands. She said it was the cat. I don't believe her.",
    # everyday things given with a trip or a move named
    "Hab alle meine Sachen verschenkt, weil ich nach Köln umziehe und die Wohnung möbliert ist.",
    "Hab meiner Frau die PINs aufgeschrieben, falls mir auf der Montage in Schweden was passiert.",
    "Told my friend she can have my old sofa when I move to Leeds.",
]

# A gamer's joke the patterns and concepts now leave alone (a skull is a laugh).
JOKES = [
    "died 9 times to the same boss tonight kms 💀",
    "bin 6 mal am selben boss gestorben, ich sterbe 💀",
]


# Still the writer's own crisis.
STILL_FLAGGED = [
    "i want to die 💀 and no im not joking this time",
    "told my mum the cuts are from the cat. they're not from the cat.",
    "mama denkt, die narben sind vom kater. sind sie nicht.",
]

# Denials stay denials; accidents stay accidents.
DENIED = [
    "ich will nicht tot sein und auch nicht weg. ich will nur mal ausschlafen.",
    "Hab mir die Hand am Herd verbrannt, beim Nudelnkochen, aus Versehen.",
    "Burned my hand on the oven tray, total accident.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_round16_misses_are_caught(text: str) -> None:
    assert assess_with(text, None).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round16_false_alarms_are_gone(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_round16_own_crisis_still_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", DENIED)
def test_round16_denials_and_accidents_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", JOKES)
def test_round16_a_skull_marks_a_joke_for_the_rules(text: str) -> None:
    assert not assess_with(text, None).flagged, text


# A question someone asked, answered no in the next sentence (a form's box ticked, "hab ich
# nicht", "wollte wissen, ob ..."): the question's words are not the writer's crisis.
ANSWERED_NO = [
    "Der Betriebsarzt wollte wissen, ob ich an Suizid denke. Nein. Ich denke an die Rente.",
    "The questionnaire asked if I'd be better off dead. Ticked 'not at all', and that's the truth.",
    "Die Ärztin hat gefragt, ob ich Gedanken hab, mich umzubringen. Hab ich nicht, nur Rückenschmerzen.",
    "Im Fragebogen war die Frage, ob ich mir wünsche, tot zu sein. Hab nein angekreuzt, stimmt auch.",
]
STILL_ANSWERED_YES = [
    "The questionnaire asked if I'd be better off dead. Ticked 'nearly every day'.",
    "Der Betriebsarzt wollte wissen, ob ich an Suizid denke. Ja, jeden Tag.",
]


@pytest.mark.parametrize("text", ANSWERED_NO)
def test_round16_a_question_answered_no_in_the_next_sentence(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", STILL_ANSWERED_YES)
def test_round16_a_question_answered_yes_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# A past episode told as over in words the check did not know (round 16): a school year named,
# scars faded and the need with them, fine for years, a different place now, "I want to live",
# "denk's auch nicht mehr", "jetzt sind's einfach narben", years later, a negated return ("hasn't
# come back"), and a "still" on the other side of a "but" from the crisis words.
PAST_OVER = [
    "I cut all through high school. I'm a teacher now and I've been fine for years.",
    "used to burn myself at 16, im 25 now. the scars faded and so did the urge",
    "Found my journals from 2011, when I wanted to be dead. I'm in a much better place now.",
    "Two years ago I had thoughts of ending it every night. Now I have a job I love and I want to live.",
    "Ten years since I wanted to die every morning. I'm well now and it hasn't come back.",
    "als teenager dachte ich oft, alle wären ohne mich besser dran. heute weiß ich es besser und denk's auch nicht mehr",
    "früher hab ich mich geschnitten, jetzt sinds einfach narben und ich zeig sie im schwimmbad",
    "In der 8. Klasse hatte ich ne richtig schwarze Phase mit Suizidgedanken. Bin jetzt 30 und mir gehts seit Jahren gut.",
    "Six years ago I was in hospital after an overdose. I still have hard weeks, but I haven't wanted to die in a long time.",
]
PAST_NOT_OVER = [
    "I cut all through high school and last night I did it again.",
    "Two years ago I had thoughts of ending it every night. They came back this week.",
    "Six years ago I was in hospital after an overdose. I still want to die, but I haven't told anyone.",
]


@pytest.mark.parametrize("text", PAST_OVER)
def test_round16_a_past_told_as_over(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", PAST_NOT_OVER)
def test_round16_a_past_that_returns_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# A plain reassurance is no window for the classifier (round 16); a crisis beside it still is.
REASSURED = [
    "i'd never do anything to myself, my kids need me",
    "Ich würde mir nie was antun, dafür hab ich meine Enkel zu gern.",
]


@pytest.mark.parametrize("text", REASSURED)
def test_round16_a_reassurance_is_no_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text


def test_round16_a_reassurance_does_not_cover_a_wish_beside_it() -> None:
    assert assess_crisis("i'd never do anything to myself, but tonight i want to die").flagged


# Idioms, media and dream openings the check did not know (round 16).
IDIOMS_MEDIA_DREAMS = [
    "My boss wants the report rewritten by Monday? Over my dead body.",
    "Flunked the pitch in front of the whole board, career suicide honestly",
    "Drei Portionen Käsespätzle, das war ein Selbstmordkommando für meinen Magen.",
    "bei dem glatteis mit dem rad zu fahren ist echt lebensmüde",
    "shoot me now, three more hours of this webinar",
    "Listened to a radio play about a widow who drowns herself in the lake. Beautifully acted.",
    "Wir schreiben im Seminar einen Essay darüber, wie Serien Suizid darstellen.",
    "dream last night: i was slicing bread and my fingers kept bleeding. so weird",
    "Recurring dream is back: I jump from the roof and wake before I land. Otherwise a quiet day.",
]
OWN_BESIDE_THEM = [
    "Over my dead body, they said. Well, that's what I want now: to be dead.",
    "Listened to a radio play today. Afterwards I wrote my goodbye letters and put them in a drawer.",
]


@pytest.mark.parametrize("text", IDIOMS_MEDIA_DREAMS)
def test_round16_idioms_media_and_dream_openings(text: str) -> None:
    assert not assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", OWN_BESIDE_THEM)
def test_round16_an_own_crisis_beside_them_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


# From the blind development sets dev8/dev9 (round 16), in sentences written for the tests
# (all but two lines of CAUGHT_DEV89 fail on b052404; the two guard the new words in a wording
# the old check already caught).
CAUGHT_DEV89 = [
    "Nach dem Selbstmordversuch vor zwei Wochen suche ich jetzt einen Therapieplatz.",
    "Schulden, Scheidung. Da gibt's keinen Ausgang mehr, außer den einen.",
    "bin nur noch ein schatten, kann man mich eigentlich gleich begraben",
    "Drove past the cemetery after work and felt envious of everyone lying there.",
    "If the boat capsized I don't think I'd try very hard to get out.",
    "Found the dog a new home. Told them I'm moving to Spain. I'm not.",
    "screening form, last question: yes, I have a plan and a date.",
    "gave my brother my whole game collection. he was confused. i wasnt",
    "did the old thing again. hoodie stays on in class now",
    "its back. the old habit. long sleeves at work again",
    "flatmates out and i keep looking at the knife block. not for cooking",
    "im schrank hängt mein gürtel und ich guck ihn dauernd an. nicht wegen der hose",
    "Beiß mir abends in den Unterarm, bis es blutet.",
    "bin auf dem rad mit absicht bei rot über die kreuzung. leider nix passiert",
    "kabel im baumarkt geholt. der balken im schuppen hält, habs getestet",
    "no job, no future, just want it to end for real",
    "alle sagen, es wird besser. warte seit jahren. will nicht mehr",
    "neue familie für den kater gefunden. muss bis zum 15. weg sein, dann bin ichs auch",
]
NOT_FLAGGED_DEV89 = [
    "keine sorge, ich spring nicht, ich mag nur die aussicht vom dach",
    "Found the cat a new home because my landlord said no pets. Sad but she's happy there.",
    "the knife block is new, not for the kitchen but for the camper",
    "I want this week to end, seriously, three deadlines",
]


@pytest.mark.parametrize("text", CAUGHT_DEV89)
def test_round16_dev8_dev9_misses_are_caught(text: str) -> None:
    assert assess_with(text, None).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED_DEV89)
def test_round16_dev8_dev9_wording_in_everyday_use(text: str) -> None:
    assert not assess_crisis(text).flagged, text
