"""Round 27: what the retired held-out set dream_emotions_fresh7 showed (120 reports of a
two-week home dream-diary study, read after seven measurements), each as a mechanism in
sentences of its own beside a look-alike.

* "The rest of the visit" is a stretch of the dream, not "the rest" of the report (a remark
  that ends the dream's feelings).
* Whose feeling: a name that opens a sentence ("Deb got really shirty with me", a rare word or
  none, before a verb; "Weirdly I ..." is no name); "I'm" is never a name; "and" with a verb
  shares the subject of the main clause before it ("I hugged my father and was so happy", "Ich
  hab meinen Vater gedrückt und war so glücklich", past a clause of "dass"); a phrase the dreamer
  opens ("I was buzzing"); "startled him" is his; "disappointed in you" is the speaker's.
* Not feelings: "trying to work out how to tell her" (planning; "couldn't work out how to get
  out" is still lost), "Krieg und Frieden", a term of address (", love,"), "I'd thrown two
  years away", remarks on the dream ("annoyed at my brain for this one", "that's the third work
  dream this week", "there was more but I've lost it").
* Everyday idioms: "incandescent", "completely lost my rag", "the greatest rush of my life",
  "felt like I was glowing", "everything I could ever want", "the most fun I've had", "missing
  him", "can't get my head round this", "hang on, what is this", "in a total flap", "walking on
  eggshells"; German "geflucht", "vor Rührung", "mir ging das Herz auf", "unschlüssig", "wie
  bestellt und nicht abgeholt" (at a loss, not shame), "wusste nicht, wo ich hingucken soll"
  (shame, not puzzlement).
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    ("He was in a rage. I was walking on eggshells the rest of the visit, too nervous to speak.",
     "en", {AP}, {AN}),
    ("I was nervous. The rest I don't remember.", "en", {AP}, NO),
    ("Deb got really shirty with me because I'd left the trolley on the gangway.", "en", NO, {AN}),
    ("Weirdly I got really shirty with the man at the counter.", "en", {AN}, NO),
    ("Afterwards I was furious with myself.", "en", {AN}, NO),
    ("Priya laughed so hard she cried.", "en", NO, {HA}),
    ("And I'm like wait what?? and nobody else even notices.", "en", {CO}, NO),
    ("I hugged my father and was so happy.", "en", {HA}, NO),
    ("My mother saw me and was so happy.", "en", NO, {HA}),
    ("Ich hab meinen Vater gedrückt und war so glücklich wie seit Jahrzehnten nicht mehr.",
     "de", {HA}, NO),
    ("Mein Vater hat mich gedrückt und war so glücklich.", "de", NO, {HA}),
    ("Ich wusste im Traum, dass sie tot ist, und war unendlich traurig.", "de", {SD}, NO),
    ("A little girl I hadn't noticed before was pressing her nose to the window and squealing "
     "with delight.", "en", NO, {HA}),
    ("Looking out of the window at the Earth I was buzzing so much.", "en", {HA}, NO),
    ("My phone kept buzzing but every message was from my bank.", "en", NO, NO),
    ("I crept up behind him and startled him.", "en", NO, {CO}),
    ("I was startled by a noise.", "en", {CO}, NO),
    ("He said, 'I'm disappointed in you.' I just stared at him.", "en", NO, {SD}),
    ("I drove back slowly trying to work out how to tell her.", "en", NO, NO),
    ("I stood there trying to work out how it had happened.", "en", {CO}, NO),
    ("I couldn't work out how to get out at all.", "en", {CO}, NO),
    ("Der Automat hat Krieg und Frieden ausgespuckt, und ich musste es bis morgen lesen.",
     "de", NO, NO),
    ("I say which place, love, and she just says you know.", "en", NO, NO),
    ("Then this heavy sadness, that I'd thrown two years away for nothing.", "en", {SD}, NO),
    ("I was thrown by the question.", "en", {CO}, NO),
    ("Professionally speaking I'm a bit annoyed at my brain for this one.", "en", NO, NO),
    ("That's the third work dream this week, and frankly I'm getting fed up with them.",
     "en", NO, NO),
    ("I think there was more but I've lost it.", "en", NO, NO),
    ("I was incandescent.", "en", {AN}, NO),
    ("I shouted at Max, I completely lost my rag, which I never do.", "en", {AN}, NO),
    ("The whole place went wild and it was the greatest rush of my life.", "en", {HA}, NO),
    ("I felt like I was glowing.", "en", {HA}, NO),
    ("I thought, this is everything I could ever want.", "en", {HA}, NO),
    ("Honestly the most fun I've had in ages.", "en", {HA}, NO),
    ("I had a real ache in me, missing him.", "en", {SD}, NO),
    ("I remember thinking I can't get my head round this at all.", "en", {CO}, NO),
    ("It was more like, hang on, what is this?", "en", {CO}, NO),
    ("I went into a total flap, fingers all thumbs.", "en", {AP}, NO),
    ("Ich hab geflucht wie ein Bierkutscher.", "de", {AN}, NO),
    ("Mir sind vor Rührung die Tränen gekommen.", "de", {HA}, NO),
    ("Mir sind die Tränen gekommen.", "de", {SD}, NO),
    ("Mir ging das Herz auf, ich weiß nicht, warum.", "de", {HA}, NO),
    ("Ich war mir vollkommen unschlüssig, welchen Hebel ich ziehen soll.", "de", {CO}, NO),
    ("Ich stand da wie bestellt und nicht abgeholt.", "de", {CO}, NO),
    ("Ich hab mich so geschämt, ich wusste nicht, wo ich hingucken soll.", "de", {AP}, NO),
    ("Ich wusste nicht, wo ich war.", "de", {CO}, NO),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
