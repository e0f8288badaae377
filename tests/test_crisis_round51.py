"""Round 51: what crisis_dev115 (athletes and dancers; the judge kept unread since round 50, 58/60
with 6/60 false alarms) showed, as mechanisms. The sentences are written for these tests, not
copied from the set.

* Caught now: a wish to have stayed asleep for good, told after waking from a dream ("woke up
  and wished so badly I'd stayed asleep for good"); thoughts of finishing what an attempt
  started ("overdosed in march ... some nights I still think about finishing what I started"),
  with an attempt named beside them.
* Left alone now: self-harm told of a stretch of years long gone ("all through my school
  years"), with recovery told beside it; a denial whose "yet" belongs to what the writer says
  instead ("i don't want to die or anything, i just don't know who i am without it yet"); a
  coach who "wants to kill us" on a hill run; a skipping rope, pills for a named ailment and
  sleep with a meal after it; "I can't anymore today, legs are done".
* From the read misses of older sets (rewritten here), as mechanisms: a pattern that names the
  everyday frame and gives it away is not framed by it (`kept_from_frames`: "gibt keinen
  Umzug", "told them I've got a migraine" while everyone is out); an account closed frames
  nothing as media ("cancelled netflix ..., won't need any of it"); German with the writer's
  "hab ich" left out is the writer's ("Mama gesagt, die Kratzer sind von der Katze"), and "mine"
  is the writer; a parent's night shift read even in the parent's sentence (`reads_others`); a
  streak strained now ("zieht es so stark"), a door locked no recovery, a God who takes the
  writer gladly awaited no gladness of recovery; and plain lines no stage had words for
  ("trotzdem geritzt", "totsein klingt gut", "squirrelling away codeine", "standing on the
  bridge for the third night running", "hoping the lump is bad news", "der Herrgott hat mich
  vergessen", an image of stepping forward, "they'd cry for a week and then they'd be fine").
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis

FLAGGED = [
    "Dreamt I was on stage again. Woke up in the flat and wished so badly I'd stayed asleep for "
    "good.",
    "woke up and wished i'd stayed asleep for good",
    "Took all my painkillers after the injury in May. I'm seeing someone now but some nights I "
    "still think about finishing what I started.",
    "Im Frühjahr die Tabletten genommen, Intensivstation. Manchmal denk ich dran, das zu Ende zu "
    "bringen, was ich angefangen hab.",
    # a "yet" in the denial itself still leaves it open
    "i'm not going to kill myself yet",
    "i don't want to die yet, i just need sleep",
    # a coach named, and the writer's own wish beside
    "mein Trainer weiß nicht, dass ich mich umbringen will",
    # self-harm long past, but back now
    "I self-harmed all through my school years. It's back since last week.",
    # from the read misses, as mechanisms: a pattern that names the everyday frame and gives it
    # away is not framed by it
    "war im Baumarkt, Seil gekauft, die Kassiererin fragte ob für den Umzug, hab ja gesagt. "
    "Gibt keinen Umzug.",
    "it's gonna be the garage / everyone's at work till 5 / i checked the beam",
    "Sunday while everyone's at the match. Told them I've got a migraine.",
    # an account closed is no story told: the media words beside it frame nothing
    "cancelled spotify and netflix from next month, won't need any of it",
    "tiktok gelöscht, insta auch, nur whatsapp noch für die letzten nachrichten",
    # the writer's "hab ich" left out: the one told named first is no one else's story
    "Papa gesagt, die Schnitte sind vom Kater. Sind sie nicht.",
    "Tante Rosi gefragt, ob sie den Kater nimmt, für danach. Sie hat nicht gefragt, wonach.",
    "my brother thinks he's the only one with suicidal thoughts, he has no idea how bad mine are",
    # a parent's night shift is the writer's time
    "Dad's on nights all week, so Thursday it is.",
    # a streak strained now, a door locked, a taking gladly awaited
    "Zehn Monate clean, und heute zieht es so stark, dass ich die Klingen in den Keller "
    "gebracht hab.",
    "Mit 81 hab ich genug gesehen. Wenn der liebe Gott mich heute Nacht holt, bin ich dankbar.",
    # plain lines the stages had no words for
    "druck 80, trotzdem geritzt",
    "tot sein klingt grad echt gut",
    "hoffe ich schlaf heut ein und das wars",
    "mein kopf sagt die ganze zeit: mach doch schluss",
    "been squirrelling away tramadol since october",
    "standing on the bridge for the second night in a row",
    "honestly hoping the biopsy comes back bad",
    "Bin 88. Der liebe Gott hat mich vergessen, glaub ich.",
    "kam so ein Bild auf dem Gerüst, einfach loszulassen",
    "had a flash on the platform of stepping forward",
    "they'd cry for a week and then they'd be fine",
    "deleted my accounts and gave my guitar to my cousin. he was buzzing. he doesn't know",
    "did something stupid saturday. woke up sunday afternoon. mum thinks i had food poisoning.",
    "threw the rope out last year, bought a new one yesterday",
]

NOT_FLAGGED = [
    "I cut myself all through my college years. Twelve years clean now and I mentor younger "
    "swimmers about it. Doing great.",
    "everyone keeps asking if i'm ok since i stopped competing. i don't want to die or anything, "
    "i just don't know who i am without the team yet.",
    "Intervalle am Berg heute, ich schwör, der Coach will uns umbringen 😩",
    "Bought a new skipping rope, the old one snapped. 5x2 min then stretching.",
    "Neue Tabletten vom Arzt gegen die Entzündung in der Sehne, soll man abends nehmen.",
    "Nach dem Wiegen morgen will ich nur noch pennen und dann ne Pizza.",
    "Sprints, then core, then bed. I can't anymore today, legs are jelly.",
    "I think about finishing the thesis I started.",
    # others' old age and illness told with the same words stay theirs
    "my aunt wrote her kids birthday cards up to 18 when the cancer came back",
    "Mama hat Nachtdienst. Dann essen wir Pizza.",
    "Oma hat's gut, die liegt im Garten in der Hängematte.",
    "Den Weg zum Steinbruch zweimal abgelaufen, für die Exkursion mit der 6a.",
    "Zehn Jahre ist es her, dass ich mich geritzt hab. Das Thema ist abgeschlossen, mir geht's "
    "gut.",
    "coach wants to kill us with these hill sprints",
    "Fenster nicht geritzt, nur geputzt.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round51_crisis_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_round51_not_a_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged, text
