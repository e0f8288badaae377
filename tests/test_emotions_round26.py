"""Round 26: what the retired held-out set dream_emotions_fresh6 showed (120 reports as written
for a dream study or a sleep lab, read after six measurements), each as a mechanism in sentences
of its own beside a look-alike.

* "Nothing else" ends a report only on its own or as "nothing else happened"; after a feeling
  it is emphasis ("it was pure happiness, nothing else").
* Someone else's waking is no waking line of the dreamer's, nor a death told as one ("ist
  eingeschlafen und nicht mehr aufgewacht", "she never woke up"); "geträumt, dass ich aufwache"
  is a false awakening.
* German feeling nouns behind an intensifying first half: "Riesenschreck", "Mordsbammel",
  "Stinkwut" (not "Riesenrad").
* Confusion said as having no clue: "hadn't the foggiest idea", "no clue which floor", "not
  knowing where I was", "it boggled my mind", "that threw me", "null Plan", "mir ein Rätsel".
* Missing the people of one's life ("missed my family so much it hurt"), not a bus; feelings
  hurt with a word of degree ("I was just hurt"), not a body hurt in a crash; "es hat mir
  wehgetan"; "tore me apart"; "let down".
* Relief as a weight gone from the shoulders; "completely at ease"; "had a ball".
* Fear as a tight chest, breath held back, praying not to be found.
* Whose feeling: the roles of a scene ("the host cackled", "die Jungs waren starr vor Angst",
  "die beiden sahen ratlos aus", "ein paar haben gekichert"); "disappointed in me" is hers;
  "meine Schwester und ich ... beide" holds the dreamer.
* "Didn't know what to say" when touched is no puzzlement; a foreign language's announcements
  "die ich nicht verstanden hab" neither.
* "Gefürchtet hab ich mich nicht": a German participle first, denied at the end.
* "die grauen Trennwände" are grey, "ein Grauen" is dread.
* A feeling now about the dreaming ("Ehrlich gesagt geht mir das langsam auf den Keks") is no
  dream emotion.

And what the judges dream_emotions_dev13/dev14 showed once read (measured unread at the round's
start and after the fresh6 changes):

* Everyday idioms of many Englishes: "felt very low", "a bit flat", "a bit put out", "tearing
  my hair out", "fit to be tied", "I was buzzing" (not a phone buzzing), "did my heart good",
  "couldn't fathom", "couldn't get my bearings", "threw me for a loop", "felt a right twit",
  "very much tensed", "had the wind up", "in a flap", a lump that came to the throat, knees
  knocking, "felt awfully alone", "gave me an awful fright"; German "wahnsinnig gemacht",
  "innerlich gekocht", "tausend Tode gestorben", "elend zumute", "leicht ums Gemüt", "wohl ums
  Herz", "Vorfreude", "echt platt", "ich hör nicht recht", a boulder off the heart, "hat mich
  getroffen", "es hat mir leidgetan" (regret), a pulse in the ears, a voice that wobbled.
* Not feelings: "should have been frightened", "hätte mich freuen müssen", indecision
  ("didn't know whether to carry on"), "wondering how I was going to land".
* German denials after a fronted feeling, with comment words between ("Wütend war ich
  komischerweise überhaupt nicht", "Gewundert hab ich mich darüber keine Sekunde").
* Whose feeling: "me" acted on ("blaming me ... getting madder" is Dave's); "Mich hat der Kerl
  auf die Palme gebracht" is the dreamer's; "die anderen"; a German subject after its verb ("am
  ersten Abend saß die kleine Emma ..."); "..., das fand ich lustig" is a main clause.

And what dream_emotions_dev15 (fresh7's twin, 0.853 at the round's start, 0.876 unread after
the changes above) showed once read: disbelief ("none of us could believe it"), warmth, a
creepy or prickly feeling, a sore heart, the ground to swallow one, shaky hands, "completely
broken", moods ("in a brilliant mood"), "just stung", floating out of there, going cold all
over; "stumps" are no "stumped"; "my youngest", "my father-in-law"; Bavarian "mir war so wohl",
"auf der Palme", blood frozen in the veins, "dumm aus der Wäsche geguckt", "ich hätte heulen
können" (an idiom, felt), "die beiden" and "wir beide" in a clause without a subject, "und ich
mittendrin".
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    ("We held on to each other, and it was pure happiness, nothing else.", "en", {HA}, {HA}),
    ("I was sad to leave. Nothing else.", "en", {SD}, NO),
    ("Nothing else happened. I was sad to leave.", "en", {SD}, NO),
    ("Sie ist eingeschlafen und nicht mehr aufgewacht. Ich war todtraurig.", "de", {SD}, NO),
    ("Dann bin ich aufgewacht. Ich war todtraurig.", "de", NO, NO),
    ("She fell asleep and never woke up. I was heartbroken.", "en", {SD}, NO),
    ("Then I woke up. I was heartbroken.", "en", NO, NO),
    ("Ich hab geträumt, dass ich aufwache und verschlafen habe. Ich bekam einen Riesenschreck.",
     "de", {AP}, NO),
    ("Innerlich hatte ich einen Mordsbammel.", "de", {AP}, NO),
    ("Ich hatte eine Stinkwut auf den Schaffner.", "de", {AN}, NO),
    ("Wir sind Riesenrad gefahren und haben Zuckerwatte gegessen.", "de", NO, NO),
    ("I hadn't the foggiest idea why we were there.", "en", {CO}, NO),
    ("I had no clue which floor I was on.", "en", {CO}, NO),
    ("The detective said there was no clue in the room.", "en", NO, NO),
    ("I stood on the pavement not knowing where I was.", "en", {CO}, NO),
    ("It boggled my mind that nobody noticed.", "en", {CO}, NO),
    ("That threw me completely.", "en", {CO}, NO),
    ("He threw me the ball across the yard.", "en", NO, NO),
    ("That caught me completely off guard.", "en", {CO}, NO),
    ("Ich hatte null Plan, welches Formular ich brauche.", "de", {CO}, NO),
    ("Woher ich das konnte, war mir ein völliges Rätsel.", "de", {CO}, NO),
    ("I missed my family so much it hurt.", "en", {SD}, NO),
    ("I missed my bus and had to walk.", "en", NO, NO),
    ("At first I was just hurt, and later the anger came.", "en", {SD, AN}, NO),
    ("I was badly hurt in the crash.", "en", NO, NO),
    ("Aber noch mehr hat es mir wehgetan.", "de", {SD}, NO),
    ("It tore me apart to see her like that.", "en", {SD}, NO),
    ("I felt so let down by all of them.", "en", {SD}, NO),
    ("It was like a huge weight came off my shoulders.", "en", {HA}, NO),
    ("I carried the weight on my shoulders up the hill.", "en", NO, NO),
    ("I felt completely at ease on the boat.", "en", {HA}, NO),
    ("I had a ball at the fair.", "en", {HA}, NO),
    ("I stood behind the coats, barely breathing, my chest so tight it hurt.", "en", {AP}, NO),
    ("The chest was tight with old clothes.", "en", NO, NO),
    ("I hid and prayed they wouldn't open the door.", "en", {AP}, NO),
    ("The host cackled with delight.", "en", NO, {HA}),
    ("Every time I got something wrong the host cackled with delight.", "en", NO, {HA}),
    ("Die Jungs waren starr vor Angst und haben sich an mich geklammert.", "de", NO, {AP}),
    ("Die beiden sahen ziemlich ratlos aus.", "de", NO, {CO}),
    ("Ein paar in der letzten Reihe haben gekichert.", "de", NO, {HA}),
    ("Ein paar Minuten habe ich gelacht.", "de", {HA}, NO),
    ("Some of them laughed.", "en", NO, {HA}),
    ("She said quietly that she was disappointed in me.", "en", NO, {SD}),
    ("Meine Schwester und ich haben beide Freudentränen geweint.", "de", {HA}, {HA}),
    ("I was so touched and thankful I didn't know what to say.", "en", {HA}, NO),
    ("I didn't know what was happening.", "en", {CO}, NO),
    ("Überall Durchsagen auf Französisch, die ich nicht verstanden hab.", "de", NO, NO),
    ("Ich hab nicht verstanden, was los war.", "de", {CO}, NO),
    ("Gefürchtet hab ich mich nicht, aber geärgert hab ich mich schwarz.", "de", {AN}, NO),
    ("Gefürchtet hab ich mich sehr.", "de", {AP}, NO),
    ("Die grauen Trennwände standen noch.", "de", NO, NO),
    ("Ein Grauen überkam mich.", "de", {AP}, NO),
    ("Ich hab mich gefühlt wie ein Kind an Heiligabend.", "de", {HA}, NO),
    ("In der Prüfung war ich völlig mit den Nerven runter. Ehrlich gesagt geht mir das langsam "
     "auf den Keks, dass mein Kopf mir das noch antut.", "de", {AP}, NO),
    ("Ich war komplett gefrustet.", "de", {AN}, NO),
    ("Ich war total aus dem Häuschen.", "de", {HA}, NO),
    ("He walked off down the path and I felt very low watching him go.", "en", {SD}, NO),
    ("Nobody was there at the finish. I felt a bit flat, to be honest.", "en", {SD}, NO),
    ("I was a bit put out that nobody took it seriously.", "en", {AN}, NO),
    ("The firemen put out the fire in the kitchen.", "en", NO, NO),
    ("The car wouldn't start and I was tearing my hair out.", "en", {AN}, NO),
    ("She moved my cake again and I was fit to be tied.", "en", {AN}, NO),
    ("I realised I was dreaming and I was buzzing.", "en", {HA}, NO),
    ("My phone was buzzing nonstop in the exam hall.", "en", NO, NO),
    ("It did my heart good to hear him.", "en", {HA}, NO),
    ("I couldn't fathom why he wanted the sofa.", "en", {CO}, NO),
    ("The canals moved and I couldn't get my bearings.", "en", {CO}, NO),
    ("That totally threw me for a loop.", "en", {CO}, NO),
    ("I called her Mum, out loud. I felt a right twit.", "en", {AP}, NO),
    ("I was very much tensed because the train was leaving.", "en", {AP}, NO),
    ("Something knocked on the hull and we all had the wind up, me included.", "en", {AP}, {AP}),
    ("I felt very emotional, a lump came to my throat.", "en", {SD}, NO),
    ("Footsteps on the stairs. My knees were knocking under the blanket.", "en", {AP}, NO),
    ("I felt awfully alone in all those rooms.", "en", {SD}, NO),
    ("The goose went for me and gave me an awful fright.", "en", {AP}, NO),
    ("I know I should have been frightened, but I wasn't bothered.", "en", NO, NO),
    ("I went scarlet and didn't know whether to carry on or turn back.", "en", {AP}, NO),
    ("I felt free, then started wondering how I was going to land.", "en", {HA}, NO),
    ("My roommate Dave and I were painting. Dave kept blaming me for it and getting madder "
     "and madder.", "en", NO, {AN}),
    ("He told me I was brave and I felt so proud.", "en", {HA}, NO),
    ("Mich hat das Ganze wahnsinnig gemacht.", "de", {AN}, NO),
    ("Nach außen cool, aber innerlich bin ich tausend Tode gestorben.", "de", {AP}, NO),
    ("Als er ging, ist mir ganz elend zumute geworden.", "de", {SD}, NO),
    ("Mir war so leicht ums Gemüt.", "de", {HA}, NO),
    ("Mir war dabei so warm und wohl ums Herz.", "de", {HA}, NO),
    ("Ich konnte vor lauter Vorfreude kaum stillsitzen.", "de", {HA}, NO),
    ("Ich war echt platt und hab nichts rausgekriegt.", "de", {CO}, NO),
    ("Der Reifen war platt.", "de", NO, NO),
    ("Ich hab erst gedacht, ich hör nicht recht.", "de", {CO}, NO),
    ("Mir ist ein ganzer Felsbrocken vom Herzen gefallen.", "de", {HA}, NO),
    ("Ich hab das gehört und es hat mich richtig getroffen.", "de", {SD}, NO),
    ("Kaum war die Schüssel umgekippt, hat es mir schon wieder leidgetan.", "de", {AP}, NO),
    ("Ich lag steif da und hab meinen eigenen Puls in den Ohren gehört.", "de", {AP}, NO),
    ("Meine Stimme hat so gewackelt, dass kaum ein Satz rauskam.", "de", {AP}, NO),
    ("Eigentlich hätte ich mich freuen müssen, aber ich hab nur gegrübelt.", "de", NO, NO),
    ("Wütend war ich komischerweise überhaupt nicht.", "de", NO, NO),
    ("Gewundert hab ich mich darüber keine Sekunde.", "de", NO, NO),
    ("Mich hat der Kerl so auf die Palme gebracht.", "de", {AN}, NO),
    ("Die anderen hatten einen Heidenspaß.", "de", NO, {HA}),
    ("Ich habe mit den anderen gelacht.", "de", {HA}, NO),
    ("Am ersten Abend saß die kleine Emma auf den Stufen und hatte Heimweh.", "de", NO, {SD}),
    ("Die letzte Kuh war meine Oma, das fand ich dann schon wieder lustig.", "de", {HA}, NO),
    # dream_emotions_dev15 (fresh7's twin), measured unread, then read
    ("We all looked at each other, none of us could believe it.", "en", {CO}, {CO}),
    ("He held the baby and I felt this enormous warmth.", "en", {HA}, NO),
    ("A creepy, prickly feeling started up in me.", "en", {AP}, NO),
    ("It was a creepy old house.", "en", NO, NO),
    ("I stood in the little bedroom and had such a sore heart.", "en", {SD}, NO),
    ("I wanted the ground to open up and swallow me.", "en", {AP}, NO),
    ("I tipped my bag out, hands all shaky.", "en", {AP}, NO),
    ("I knelt down with him and felt completely broken.", "en", {SD}, NO),
    ("The sun was out and I was in a brilliant mood.", "en", {HA}, NO),
    ("I had such a good time with them.", "en", {HA}, NO),
    ("I wasn't angry, more just stung, like I didn't matter.", "en", {SD}, NO),
    ("A bee stung me on the arm.", "en", NO, NO),
    ("They gave me the job and I practically floated out of there.", "en", {HA}, NO),
    ("The man walked towards my car and I went cold all over.", "en", {AP}, NO),
    ("The trees had all been cut down to stumps.", "en", NO, NO),
    ("My youngest was crying and clinging to me.", "en", NO, {SD}),
    ("My father-in-law went mental, shouting at the stewardess.", "en", NO, {AN}),
    ("Mir war so wohl, ich hätte die ganze Welt umarmen können.", "de", {HA}, NO),
    ("Ich hab geklingelt, ich war komplett auf der Palme.", "de", {AN}, NO),
    ("Da ist mir das Blut in den Adern gefroren.", "de", {AP}, NO),
    ("Wir haben alle ziemlich dumm aus der Wäsche geguckt, ich auch.", "de", {CO}, {CO}),
    ("Die Katze hat das Puzzle vom Tisch gefegt. Ich hätte heulen können.", "de", {SD}, NO),
    ("Die beiden sind quietschvergnügt rumgehopst und haben gejubelt.", "de", NO, {HA}),
    ("Alle haben vor Freude gebrüllt, und ich mittendrin.", "de", {HA}, {HA}),
    ("He looked so crestfallen that I wasn't the least bit riled.", "en", NO, {SD}),
    ("I knelt in the water. I can't tell you the relief.", "en", {HA}, NO),
    ("It was my daughter Melissa's wedding. Melissa came up the aisle beaming.", "en", NO, {HA}),
    # dream_emotions_dev16 (mostly German, fresh7's style), measured unread, then read
    ("The statue turned its head and a chill went right down my spine.", "en", {AP}, NO),
    ("She floated off over the cars and I was beside myself.", "en", {AP}, NO),
    ("I was beside myself with joy.", "en", {HA}, NO),
    ("I literally screamed and jumped up and down when I saw her.", "en", {HA}, NO),
    ("I couldn't get my head round it.", "en", {CO}, NO),
    ("Keiner hat mit mir geredet, ich war so mutterseelenallein.", "de", {SD}, NO),
    ("Es war einfach nur schön, so ein ganz warmes Gefühl im Bauch.", "de", {HA}, NO),
    ("Ich hab mich gefühlt wie der King.", "de", {HA}, NO),
    ("Da ging mir das Herz auf.", "de", {HA}, NO),
    ("Ich hab echt nicht durchgeblickt, was die von mir wollen.", "de", {CO}, NO),
    ("Ich bin durch die Gänge gerannt, meine Knie wie Pudding.", "de", {AP}, NO),
    ("Die Chefin stand hinter mir, meine Hände ganz feucht.", "de", {AP}, NO),
    ("Ich hab ihm vor allen die Meinung gegeigt.", "de", {AN}, NO),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
