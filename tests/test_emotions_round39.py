"""Round 39: what the read sets dream_emotions_dev63 (ordinary, mundane dreams; the judge kept
unread since round 38, 0.912), dev64 (being chased and threatened; measured blind on the round's
starting code, 0.935) and dev65 (phones, computers and machines; 0.904) showed, as mechanisms.
The sentences are written for these tests, not copied from the sets.

* A mild feeling said with a softener between its words is still felt: "a bit cross", "felt
  slightly lost", "felt genuinely down", "mildly put out", "ein bisschen genervt" ("a" is a
  softener only in "a bit" and "a little": "felt a weird mix" is no "felt weird").
* "I'd been happy" is "I had been happy" (no hypothetical "I'd have been"); "said I'd been found
  guilty" stays a verdict, not guilt.
* "I'm annoyed now because ..." closing a report is the writer's present, not the dream's; so is
  "I'm still a bit weirded out that ...", "afterwards, awake, ..." and "my real phone buzzed".
* "Mein Mann meinte, ich sei gereizt" is his word for her, not her feeling.
* Feelings of the people and creatures of the scene are theirs: a jogger, an engineer, a seal,
  der Riese, die Hühner, and a friend named in a text typed all in lower case ("jamie was
  laughing the whole time").
* Pure fear, sheer panic; tears of relief ("so erleichtert, dass ich angefangen hab zu heulen")
  and "good tears" are joy; "it just hurt" is sadness; "mir war nicht wohl" is unease.
* A waking found out to be dreamt ("realised I was still dreaming", "gemerkt, dass ich immer
  noch träume") leaves the feelings before it in the dream; "My sister woke me saying ..." opens
  the dream; "a dentist appointment" is no dentist; "felt bad about it" is guilt; a hug is no joy
  beside tears; tears beside relief "gleichzeitig" keep their own sadness.
* "He said I always did worry too much" is his word for me; "I wanted to be angry but I
  wasn't" is no anger; knuckles white, couldn't relax (apprehension); warmth spreading through
  my chest (happiness); "I just miss you" (sadness).
* Words: took me by surprise, not sure where I was, verloren herumgelaufen (confusion); very
  satisfied (happiness); grumbled, einen Tritt verpasst (anger); a deep ache, feeling hollow
  (sadness); the walls closing in, felt my stomach drop (apprehension).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # softeners between a feeling's words
    ("She cut my fringe far too short and I was a bit cross.", "en", {AN}, NO),
    ("I felt slightly lost in the new shopping centre.", "en", {CO}, NO),
    ("The bakery had closed for good and I felt genuinely down about it.", "en", {SD}, NO),
    ("The password was a whole page long. I was mildly put out.", "en", {AN}, NO),
    ("Die Schlange an der Kasse war lang und ich war ein bisschen genervt.", "de", {AN}, NO),
    ("I felt a weird mix of things, then we were on a ferry.", "en", NO, NO),
    # "I'd been" and a verdict
    ("When the train pulled in I realised I'd been happy the whole way.", "en", {HA}, NO),
    ("The judge said I'd been found guilty of leaving things too late.", "en", NO, NO),
    # the writer's present and waking
    (
        "We went to the furniture shop and looked at shelves. I picked one and we queued. It "
        "didn't fit in the car. I'm annoyed now because I really need a shelf.",
        "en",
        NO,
        NO,
    ),
    (
        "I was the lift and people pressed my buttons. It tickled and I felt content. I'm still "
        "a bit weirded out that my brain came up with that.",
        "en",
        {HA},
        NO,
    ),
    ("I skated down the old street. Afterwards, awake, I felt a little blue.", "en", NO, NO),
    (
        "I read my old texts and felt a bit wistful. Then my real phone buzzed with a spam call "
        "and I was furious.",
        "en",
        {SD},
        NO,
    ),
    ("Mein Mann meinte beim Einkaufen, ich sei heute so gereizt.", "de", NO, NO),
    # whose feeling it is
    ("A jogger went past and looked irritated that we were in the way.", "en", NO, {AN}),
    ("Then an engineer came in looking absolutely livid.", "en", NO, {AN}),
    ("The dog jumped into the sea and the seal looked very happy about it.", "en", NO, {HA}),
    ("Der Riese hat fröhlich vor sich hin gepfiffen.", "de", NO, {HA}),
    ("Die Hühner sind in Panik auseinandergestoben.", "de", NO, {AP}),
    ("jamie was laughing the whole time like it was a game", "en", NO, {HA}),
    ("lea hat die ganze zeit gelacht", "de", NO, {HA}),
    # fear said plainly, tears of relief, hurt, unease
    ("Pure fear at first, my legs just went.", "en", {AP}, NO),
    ("Sheer panic when the door handle moved.", "en", {AP}, NO),
    ("Ich war so erleichtert, dass ich angefangen hab zu heulen.", "de", {HA}, NO),
    ("We played the old games again. I had tears in my eyes, good tears.", "en", {HA}, NO),
    ("It didn't frighten me, it just hurt.", "en", {SD}, NO),
    ("Mir war schon in der Gondel nicht wohl.", "de", {AP}, NO),
    # words
    ("The bus driver said good morning, which took me by surprise.", "en", {CO}, NO),
    ("I wandered round behind the gym, not sure where I was.", "en", {CO}, NO),
    ("Ich bin eine Weile ziemlich verloren herumgelaufen.", "de", {CO}, NO),
    ("Afterwards I stood looking at the clean fridge, very satisfied.", "en", {HA}, NO),
    ("Bus was late. Grumbled. Got on.", "en", {AN}, NO),
    ("Der Drucker hat gestreikt, ich hab ihm einen Tritt verpasst.", "de", {AN}, NO),
    ("I felt a deep ache as he walked away.", "en", {SD}, NO),
    ("I sat there feeling hollow.", "en", {SD}, NO),
    ("In the lift I felt the walls closing in.", "en", {AP}, NO),
    ("Four hundred missed calls. I felt my stomach drop.", "en", {AP}, NO),
    # a false awakening found out, a dream that opens with someone waking the dreamer, a role
    # said of a thing, guilt, tears beside relief
    (
        "Someone was at the back door, then I woke up in bed and thought thank god. Then I "
        "heard it again and realised I was still dreaming, and now I was in full panic. Then I "
        "actually woke up.",
        "en",
        {AP, HA},
        NO,
    ),
    (
        "Ich hab geträumt, dass jemand einsteigt, und bin aufgewacht, total erleichtert. Dann "
        "hab ich gemerkt, dass ich immer noch träume. Da bin ich in Panik geraten.",
        "de",
        {AP, HA},
        NO,
    ),
    (
        "My sister woke me saying there was a fox in the kitchen. I was properly seething.",
        "en",
        {AN},
        NO,
    ),
    ("I had a dentist appointment and sat in the chair dreading the drill.", "en", {AP}, NO),
    ("He started to cry and I felt bad about it.", "en", {AP}, {SD}),
    ("Wir haben uns umarmt, und ich konnte nicht mehr aufhören zu heulen.", "de", {SD}, NO),
    ("Ich war so erleichtert, ich hab gleichzeitig gelacht und geheult.", "de", {HA}, NO),
    (
        "Ich hab geheult, weil ich zu spät war, und gleichzeitig war da so eine Erleichterung.",
        "de",
        {HA, SD},
        NO,
    ),
    # dream_emotions_dev67 (the dead and the missing, fresh28's twin; 0.915 unread): what he
    # said I always do, a feeling wanted and not had, the body in a car, warmth, "I miss you"
    ("Dad laughed and said I always did worry too much.", "en", NO, {HA}),
    ("I wanted to be angry at him for leaving but I wasn't.", "en", NO, NO),
    ("He drove too fast and I sat there, knuckles white.", "en", {AP}, NO),
    ("She seemed so happy. I couldn't relax for a second.", "en", {AP}, {HA}),
    ("I felt this huge warmth spreading through my chest.", "en", {HA}, NO),
    ("I said no, I'm not angry, I just miss you.", "en", {SD}, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
