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

And what dream_emotions_dev17 showed once read (nightmares written down for a therapist before
Imagery Rehearsal, a sleep clinic or a nightmare diary; 0.670 at the round's start, 0.677 unread
after the fresh7 changes):

* What a nightmare does to the body: a shout that will not come out (not a piano's "no sound
  came out"), limbs that will not move, lying dead still, one's own breath loud, a fizzing or
  sinking stomach, cheeks gone hot, an ache under the breastbone; German "kann mich nicht
  bewegen", "wie festgenagelt" (not "wie angewurzelt", which is amazement too), a scream without
  a voice, "kriege keine Luft", a dry mouth, no swallowing, knees that give way, a cramped body,
  legs like rubber, a pulse in the ears, "innerlich fast gestorben", "am liebsten unter den
  Tisch gekrochen" (legs like lead are tired, not afraid).
* "The fear comes up through my feet"; "so warm and safe", "feeling so cosy" (calm and relaxed
  stay uncoded); "the best I've felt in years" is the dreamer's; "mir ging das Herz auf".
* Idioms: "scooped me out", "all the air go out of me", "welling up", "so self-conscious",
  "two inches tall", "ten feet tall", "the worst man alive", "lose it with him", "we're done
  for", "everything had come right", "cannot place myself in time"; German "so einen Hals
  gekriegt", "die Faxen dicke", "ich check gar nix mehr", "nicht draufgekommen", "verstehe gar
  nicht", "so überflüssig", "so eine Leere", "so allein war ich", "wie konnte ich nur", "wie
  eine Erlösung".
* Not feelings: "please", "taking the piss", "in Schuld" (a village), "würde ich bei so einem
  Tier sofort Panik kriegen", "can't for the life of me remember" (a remark on the report),
  "thinking about my girls" (an object, not the subject of what follows).

And what dream_emotions_dev18 showed once read (posts to an online dream journal or forum,
written last and measured unread at the round's start and end, 0.814 and 0.840):

* Not feelings: "my crush" (a person), remarks to the readers ("no idea what that was about",
  "no idea where this is coming from", "the creepiest part looking back"); a fire alarm is no
  alarm clock that wakes the dreamer.
* Whose feeling: "the screaming guy" is his; a body phrase the dreamer opens ("my chest was so
  tight").
* Tears in a sentence of guilt are the guilt's ("the guilt was like a weight, I drove back
  crying"); a flutter in a sentence of joy is excitement ("so ein warmes Kribbeln im Bauch",
  "richtig genossen").
* Idioms: "snippy", "huffy", "lost it at her", "felt like an absolute genius", "feels like
  coming home", "blissed out", "grinning like an idiot", "my heart was breaking", "felt hollow",
  "zero clue", ears going hot, knees "literally knocking", "couldn't move anything"; German "in
  die Haare gekriegt", "heiß und kalt geworden".
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
    ("There was more blood and I was terrified.", "en", {AP}, NO),
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
    # dev17
    ("I try to shout to Dan but nothing comes out of my mouth.", "en", {AP}, NO),
    ("When I pressed the keys no sound came out.", "en", NO, NO),
    ("My hands are jammed against the dashboard and I can't make them move.", "en", {AP}, NO),
    ("I lie dead still with the water going cold and I can hear my own breath.", "en", {AP}, NO),
    ("I was so tired, my legs were like lead.", "en", NO, NO),
    ("I had that horrible fizzing in my stomach like I'd swallowed sherbet.", "en", {AP}, NO),
    ("I could feel my cheeks going hot because the whole group was watching.", "en", {AP}, NO),
    ("There's this ache right under my breastbone that won't shift.", "en", {SD}, NO),
    ("Ich kann mich nicht bewegen, ich stehe wie festgenagelt.", "de", {AP}, NO),
    ("Ich stand da wie angewurzelt und hab nicht kapiert, was los ist.", "de", {CO}, NO),
    ("Ich schreie, aber es kommt keine Stimme.", "de", {AP}, NO),
    ("Mein Mund ist ganz trocken, ich kann nicht schlucken, und meine Knie geben fast nach.",
     "de", {AP}, NO),
    ("Meine Beine sind wie Gummi, und mein Puls hämmert mir in den Ohren.", "de", {AP}, NO),
    ("Nach außen ganz sachlich, aber innerlich bin ich fast gestorben.", "de", {AP}, NO),
    ("Ich wäre am liebsten unter den Tisch gekrochen.", "de", {AP}, NO),
    ("Then the fear comes up through my feet like cold water.", "en", {AP}, NO),
    ("My fear of heights is old news.", "en", NO, NO),
    ("I felt so warm and safe I didn't care about the house.", "en", {HA}, NO),
    ("We found a safe place to park.", "en", NO, NO),
    ("For me I felt totally relaxed.", "en", NO, NO),
    ("Honestly the best I've felt in years.", "en", {HA}, NO),
    ("Dann haben wir den Sonnenuntergang angeschaut, und mir ging das Herz auf.", "de", {HA}, NO),
    ("It felt like someone had scooped me out with a spoon.", "en", {SD}, NO),
    ("I sat down on the stairs and felt all the air go out of me.", "en", {SD}, NO),
    ("I had to go into the sluice because I was welling up myself.", "en", {SD}, NO),
    ("I was so self-conscious I wanted to die.", "en", {AP}, NO),
    ("I kept apologising and I felt about two inches tall.", "en", {AP}, NO),
    ("I felt ten feet tall walking back to my seat.", "en", {HA}, NO),
    ("I stood there feeling like the worst man alive.", "en", {AP}, NO),
    ("Then I started to lose it with him, yelling about the boiler.", "en", {AN}, NO),
    ("If it reaches the top step we're done for.", "en", {AP}, NO),
    ("I sat there feeling like everything had come right at last.", "en", {HA}, NO),
    ("I honestly cannot place myself in time at all.", "en", {CO}, NO),
    ("Ich hab so einen Hals gekriegt, ich hab gegen den Drucker getreten.", "de", {AN}, NO),
    ("Irgendwann hatte ich die Faxen dicke.", "de", {AN}, NO),
    ("Ich check gar nix mehr, ist das jetzt Mathe oder Bio.", "de", {CO}, NO),
    ("Ich hab überlegt, wie das zusammenpassen soll, und bin nicht draufgekommen.", "de", {CO}, NO),
    ("Ich verstehe erst gar nicht, dass ich gemeint bin.", "de", {CO}, NO),
    ("Der Fahrer, Steffen, dreht sich um. Steffen versteht überhaupt nicht, worauf ich "
     "hinauswill.", "de", NO, {CO}),
    ("Mein Kollege Murat fährt. Murat hat geheult wie ein Schlosshund.", "de", NO, {SD}),
    ("Irgendwann wusste ich überhaupt nicht mehr, wo ich war.", "de", {CO}, NO),
    ("Ich stand da und fühlte mich so überflüssig, so weggeworfen.", "de", {SD}, NO),
    ("Ich hab mich auf ihr Bett gesetzt und so eine Leere gespürt.", "de", {SD}, NO),
    ("Keiner redet mit mir, so allein war ich.", "de", {SD}, NO),
    ("Die ganze Zeit dachte ich, wie konnte ich nur.", "de", {AP}, NO),
    ("Ich hab mich hingekniet, das war wie eine Erlösung.", "de", {HA}, NO),
    ("He said I was holding up the queue and could I please step aside.", "en", NO, NO),
    ("They're eating and taking the piss out of each other.", "en", NO, NO),
    ("Ich stehe auf dem Dach von unserem Haus in Schuld.", "de", NO, NO),
    ("Normalerweise würde ich bei so einem Tier sofort Panik kriegen.", "de", NO, NO),
    ("I felt something strong but I can't for the life of me remember what, which is "
     "frustrating.", "en", NO, NO),
    ("I lay there thinking about my girls, and this huge grief that I wouldn't see them grow up.",
     "en", {SD}, NO),
    # dev18
    ("Dreamt my crush texted me back and I couldn't stop smiling at my phone.", "en", {HA}, NO),
    ("I felt crushed when she left.", "en", {SD}, NO),
    ("No idea what that was about, honestly.", "en", NO, NO),
    ("I've been working from home 2 years so no idea where this is coming from.", "en", NO, NO),
    ("I didn't feel anything really, which is maybe the creepiest part looking back.", "en", NO,
     NO),
    ("Then the fire alarm goes and I freaked out because I couldn't find a single exit.", "en",
     {AP}, NO),
    ("Then my alarm went off and I was sad it was over.", "en", NO, NO),
    ("Never found out if the screaming guy made it.", "en", NO, {AP}),
    ("I couldn't move anything, and my chest was so tight I could barely breathe.", "en", {AP},
     NO),
    ("The guilt was like a weight, I drove back crying and praying the whole way.", "en", {AP},
     NO),
    ("I felt my heart break, I was sobbing.", "en", {SD}, NO),
    ("Ich hab das richtig genossen, so ein warmes Kribbeln im Bauch wie früher auf der Schaukel.",
     "de", {HA}, NO),
    ("Vor der Prüfung hatte ich so ein Kribbeln im Bauch.", "de", {AP}, NO),
    ("I was getting really snippy with them by the end, slamming plates down.", "en", {AN}, NO),
    ("I got so huffy with her.", "en", {AN}, NO),
    ("Then I completely lost it at her, properly shouting.", "en", {AN}, NO),
    ("I felt like an absolute genius for some reason.", "en", {HA}, NO),
    ("It feels like coming home, warm and settled.", "en", {HA}, NO),
    ("I was so blissed out, no thoughts.", "en", {HA}, NO),
    ("I was grinning like an idiot the entire time.", "en", {HA}, NO),
    ("At the same time my heart was breaking for her.", "en", {SD}, NO),
    ("I felt hollow, like someone had scooped my insides out.", "en", {SD}, NO),
    ("I had zero clue what was going on.", "en", {CO}, NO),
    ("My ears are going hot and all I want is to get out of that room.", "en", {AP}, NO),
    ("My knees were literally knocking together.", "en", {AP}, NO),
    ("Wir haben uns so in die Haare gekriegt, dass wir nur noch rumgeschrien haben.", "de", {AN},
     {AN}),
    ("Da ist mir heiß und kalt geworden.", "de", {AP}, NO),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
