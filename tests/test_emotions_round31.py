"""Round 31: what dream_emotions_dev24 (a judge kept unread since round 28, 0.880, read now) and
dream_emotions_dev33 (children's, teenagers' and older people's dreams; measured on arrival,
0.849, then read) showed, each as a mechanism in sentences of its own beside a look-alike.

* Words: "my insides went ice cold", "a stone falling from my heart", "satisfied with myself",
  "my jaw literally dropped", "that cut deep", "my heart just melted", "totally mixed up", "my
  face got hot", "hands balled into fists", "punched in the gut", "totalen Horror davor",
  "hab angefangen zu stottern" (the dreamer's; "der Chef hat angefangen zu stottern" is his).
* Not a feeling: "shook my head" (a gesture), "the furniture was moved" (only "I was moved" is
  being touched), "a knot in my gut" is worry but "gut" alone no longer stems to "gutted".
* Not felt: "Stage fright wasn't really the problem", "none of us on the plane was frightened"
  (the "no one" further back in the clause).
* Not the dream's: "When I woke up I was annoyed at myself for still dreaming about her" (a
  waking, not "still dreaming" inside the dream); "In real life we're fine" / "Im echten Leben
  ist alles gut mit uns, zum Glück"; "Ich ärgere mich ein bisschen, dass ich nicht mehr davon
  behalten habe" (a feeling now; the "habe" of its clause tells the past of the remembering);
  "I was so relieved when I woke up", "Ich war heilfroh, als ich aufgewacht bin" (the clause
  before a "when I woke up" of its own sentence; not one joined by "and").

dev33 added: "my eyes filled up", "made my heart ache", "lit up to see him", "a huge weight came
off my shoulders", "in a terrible state", "stomach kept turning over", "got right on my
nerves", "hadn't the foggiest", "head all over the place", "told them exactly what I thought of
them", "mich verrückt gemacht", chattering teeth ("Zähne ... geklappert", not in the cold),
"schiefgelacht", "böse auf ihn", "der geilste Moment", "heilfroh"; "gekickt" is no typo of
"geknickt"; an alarm "still going in the background" is the dream's.

... and what dream_emotions_dev34 (reports spoken in a sleep lab or into a recorder; 0.912 on
arrival, then read) showed: "totally foxed", "chuckling away", "ratty", "Hände
ganz nass"; "awkward to hold" and "low beams" are no feelings; spoken German's "der"/"die"
before its verb after "und"/"dann" is someone else ("Und der kam raus und war stocksauer"); a
"Handywecker" going off wakes; "Ich weiß gar nicht mehr, was ich gefühlt hab" is the memory.
A passive "my jaw was clenched" was tried as anger and dropped: two read sets' coders took it
for fear under threat.

Words from an independent list: a helper who saw no code and no set wrote 474 English and 445
German ways of putting the five feelings, each in a sentence and, where the words have an
ordinary meaning, beside a look-alike. Of those the analysis missed, 59 English and 80 German
were added; dropped were the ambiguous ones (a single "down", "numb", "torn", "leer",
"verloren", relief and calm, waking tears), those whose look-alike they flagged ("the drain was
spewing", "das Klavier war verstimmt", "grollte der Donner"), and those that took a feeling
from a read set's coders ("nerved" stems to "nerves", "ungläubig" to "unglaublich", "went
mental", "stomped off", "in a foul mood", "Prüfungsangst", "schimpfte"). The list's look-alikes
also showed feeling words said of a place or an object that opens its clause ("the sky was
gloomy", "das Haus war verlassen", "die See war unruhig"): no one's feeling now (look-alikes
taken 78 -> 70 English, 47 -> 42 German; one read report better, none worse).

... and what dream_emotions_dev35 (dream series kept for years; 0.871 on arrival, 0.860 on the
round's starting code) and dev36 (posts in dream forums; 0.928 on arrival, 0.923 at the start)
showed: "that stung", "horribly let down", "hairs on the back of my neck", "couldn't get my
breath", "puffed up like a peacock", "my heart just swelled", "a cold fear came over me",
"slammed my laptop shut", "white-knuckling", "happy-crying", "wie mir geschah", "wo hinten
und vorn ist"; "panic rose" (a verb spelled like the flower), "overwhelming tenderness" (how
strong, not a feeling of its own); eyes filling up are tears, read by their sentence (joy beside
a smile); breath lost from crying "so hard" is the crying's; "geflüchtet" no longer shares
"geflucht"'s stem; "vermisse ich" at the end of a report is the teller's now.

... and dream_emotions_dev28 (dream series from long diaries; a judge kept unread since round
30, 0.836, read at the end of round 31 → 0.919): "keep it together", "puzzlement", "made my head
swim", "a chill ran down my back", "blood thudding in my ears", "the cat that got the cream",
"went pink with pleasure", "bereft", "weh ums Herz", "Puls wie ein Presslufthammer", "schwarz
vor Augen"; one scolded ("hat mich zusammengestaucht") does not feel the scolder's anger;
"meine liebste Kollegin" is no feeling.

... and dream_emotions_dev30 (a dream-content study's two-week forms; a judge kept unread since
round 30, 0.869, read at the very end → 0.932): "short-tempered", "my eyes got wet", "fear
climbing up my throat", "felt warm all through", "a flat spin", "a surge of pride",
"absolutely tickled", "fühlte mich so elend", "null kapiert", "nicht geheuer".

A second independent list (regional and colloquial English and German, the body, actions; 367
English and 450 German expressions, `eval/lexicon_candidates/emotion_expressions2_*.json`)
added 59 English and 104 German words the same way; dropped were those that flagged their own
look-alike ("das Bier schäumte", "die Sonnenblume ließ den Kopf hängen", "pulse racing after
the sprint") and "auf 180" and "rumgebrüllt", which took a feeling from read sets' coders.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    ("We ran in and the patient wasn't breathing, and my insides went ice cold.", "en", {AP}, NO),
    (
        "She said we could go on in English, and I felt a big stone falling from my heart.",
        "en",
        {HA},
        NO,
    ),
    ("I explained it all in perfect French and felt very satisfied with myself.", "en", {HA}, NO),
    ("My whole family was in the front row and my jaw literally dropped.", "en", {CO}, NO),
    ("She asked, very politely, who I was. That cut deep.", "en", {SD}, NO),
    ("The little girl showed everyone her gold star. My heart just melted.", "en", {HA}, NO),
    ("Why was the police station a bakery? I was totally mixed up.", "en", {CO}, NO),
    ("Everyone turned round to look at me and my face got hot.", "en", {AP}, NO),
    ("I was yelling back, so worked up that my hands were balled into fists.", "en", {AN}, NO),
    (
        "He told me they were getting married and I felt like I had been punched in the gut.",
        "en",
        {SD},
        NO,
    ),
    ("Ich hatte totalen Horror davor, mich vor den Eltern zu blamieren.", "de", {AP}, NO),
    ("Mir ist heiß geworden, ich hab angefangen zu stottern.", "de", {AP}, NO),
    # look-alikes
    ("Der Chef ist rot geworden und hat angefangen zu stottern.", "de", NO, {AP}),
    ("A lifeguard asked if I'd seen a red ball, and I shook my head.", "en", NO, NO),
    ("The furniture was moved and the rooms were in a different order.", "en", NO, NO),
    ("I carried the letter around with a knot in my gut.", "en", {AP}, NO),
    ("I carried the letter around, the bag pressing on my gut.", "en", NO, NO),
    # not felt
    ("Stage fright wasn't really the problem. The other actor just held his teacup.", "en", NO, NO),
    (
        "Weirdly none of us on the plane was frightened, we just climbed down a ladder.",
        "en",
        NO,
        NO,
    ),
    # not the dream's
    (
        "I stood at the water's edge holding her shoes. When I woke up I was annoyed at myself for "
        "still dreaming about her.",
        "en",
        NO,
        NO,
    ),
    ("I thought I woke up but I was still dreaming and I was terrified.", "en", {AP}, NO),
    (
        "Sie schickte die gleiche Nachricht an drei andere, und ich hatte Wut im Bauch. Im echten "
        "Leben ist alles gut mit uns, zum Glück.",
        "de",
        {AN},
        NO,
    ),
    (
        "Im echten Leben ist sie meine Nachbarin, im Traum war sie eine Hexe und ich hatte Angst.",
        "de",
        {AP},
        NO,
    ),
    (
        "Ich stand an der Nordsee und habe Krabben gepult. Neben mir saß mein Enkel und hat sie "
        "gegessen. Dann kam die Flut. Ich ärgere mich ein bisschen, dass ich nicht mehr davon "
        "behalten habe.",
        "de",
        NO,
        NO,
    ),
]


CASES += [
    # dev33: words
    ("I stood there holding the peg bag and my eyes filled up.", "en", {SD}, NO),
    (
        "I knew it wasn't real and it made my heart ache, but part of me was lit up to see him.",
        "en",
        {SD, HA},
        NO,
    ),
    ("When they were safe in the boat a huge weight came off my shoulders.", "en", {HA}, NO),
    ("I was in a terrible state about who was supposed to be looking after it.", "en", {AP}, NO),
    ("My stomach kept turning over and over while he counted the till.", "en", {AP}, NO),
    ("My wife said 'You always do this', which got right on my nerves.", "en", {AN}, NO),
    ("I hadn't the foggiest why I was there.", "en", {CO}, NO),
    ("My head was all over the place.", "en", {CO}, NO),
    ("I stormed in and told them all exactly what I thought of them.", "en", {AN}, NO),
    (
        "Ich hab mich komplett verrückt gemacht, weil da alle meine Fotos drauf sind.",
        "de",
        {AP},
        NO,
    ),
    ("Meine Zähne haben die ganze Zeit geklappert, ich konnte es nicht abstellen.", "de", {AP}, NO),
    ("Es war eiskalt im Schnee, meine Zähne haben geklappert.", "de", NO, NO),
    (
        "Frau Schmitt hat die Pinguine gezählt, und wir haben uns alle schiefgelacht.",
        "de",
        {HA},
        {HA},
    ),
    (
        "Ich war sooo böse auf ihn, dass ich ihm ein Kissen an den Kopf geworfen hab.",
        "de",
        {AN},
        NO,
    ),
    ("Das war der geilste Moment meines Lebens.", "de", {HA}, NO),
    ("Irgendwie bin ich heil unten angekommen. Da war ich heilfroh.", "de", {HA}, NO),
    # "gekickt" is no typo of "geknickt"
    ("Der Torwart hat den Ball über den Zaun gekickt.", "de", NO, NO),
    # a fire alarm still sounding is the dream's, not a waking
    ("The alarm was still going in the background. I was panicking so badly.", "en", {AP}, NO),
    # a feeling dated by the waking in its own sentence is the waking's
    ("I ran from the bear. I was so relieved when I woke up.", "en", NO, NO),
    ("Ich rannte vor dem Bären weg. Ich war heilfroh, als ich aufgewacht bin.", "de", NO, NO),
    ("Ich hatte Angst, und als ich aufwachte, war ich froh.", "de", {AP}, NO),
]


CASES += [
    # dev34 (spoken reports): words
    ("I opened the envelope, all U's, and I was totally foxed.", "en", {CO}, NO),
    ("That didn't bother me, I was chuckling away to myself picking potatoes up.", "en", {HA}, NO),
    (
        "At first I was mystified, then I got really ratty with it, jabbing the buttons.",
        "en",
        {CO, AN},
        NO,
    ),
    ("Ich hab mich am Seil festgekrallt, meine Hände waren ganz nass.", "de", {AP}, NO),
    # not a feeling: a thing's handling, a pub's beams
    ("I was queuing with a parcel, really awkward to hold.", "en", NO, NO),
    ("It was a proper old pub with low beams.", "en", NO, NO),
    ("I was beaming.", "en", {HA}, NO),
    # spoken German's "der"/"die" is someone else
    (
        "Ich hab das Auto vom Chef angebumst. Und der kam sofort raus und war stocksauer.",
        "de",
        NO,
        {AN},
    ),
    ("Da war ein Tourist. Der hat total ratlos ausgesehen.", "de", NO, {CO}),
    ("Ich kam raus und war stocksauer.", "de", {AN}, NO),
    # not the dream's
    (
        "Ich saß am See und hatte ein tiefes Glücksgefühl. Dann ging mein Handywecker los, und ich "
        "war sofort schlecht gelaunt.",
        "de",
        {HA},
        NO,
    ),
    (
        "Die haben mich hochgehoben. Ich weiß gar nicht mehr, was ich dabei gefühlt hab.",
        "de",
        NO,
        NO,
    ),
]


CASES += [
    # from an independent list of how people put feelings (written blind, kept where no read
    # set's coders disagreed)
    ("I was ropeable when I saw the damage.", "en", {AN}, NO),
    ("I was in two minds about opening the box.", "en", {CO}, NO),
    ("I punched the air and shouted yes.", "en", {HA}, NO),
    ("I stood rooted to the spot as it came towards me.", "en", {AP}, NO),
    ("Ich hatte die Schnauze voll von dem ganzen Theater.", "de", {AN}, NO),
    ("Ich hatte Liebeskummer wie mit fünfzehn.", "de", {SD}, NO),
    ("Mir ging der Arsch auf Grundeis, als die Polizei klingelte.", "de", {AP}, NO),
    # ... and the look-alikes that kept some of its words out
    ("The drain was spewing dirty water.", "en", NO, NO),
    ("My knee injury was aggravated by the fall.", "en", NO, NO),
    ("My nerves were shot.", "en", {AP}, NO),
    ("Das Klavier war verstimmt.", "de", NO, NO),
    ("In der Ferne grollte der Donner.", "de", NO, NO),
    ("Es war unglaublich laut im Saal.", "de", NO, NO),
]


CASES += [
    # a feeling word said of a place or an object opening its clause is no one's feeling
    ("The sky was gloomy all day and the lake was serene.", "en", NO, NO),
    ("The house was abandoned.", "en", NO, NO),
    ("Das Haus war verlassen, und die See war unruhig.", "de", NO, NO),
    ("I walked past the house. I was so gloomy.", "en", {SD}, NO),
]


CASES += [
    # dev35 (long-kept dream series) and dev36 (posts in dream forums)
    ("I felt like a ghost in my own regiment, and that stung.", "en", {SD}, NO),
    ("I felt about six years old again, and horribly let down.", "en", {SD}, NO),
    (
        "The hairs on the back of my neck stood up and I sat there gripping the remote.",
        "en",
        {AP},
        NO,
    ),
    ("Panic rose up my throat and I put my hand up.", "en", {AP}, NO),
    ("He bought her a red rose.", "en", NO, NO),
    ("My fingers had gone numb and I couldn't get my breath.", "en", {AP}, NO),
    ("I held him on the floor and cried so hard I couldn't get my breath.", "en", {SD}, NO),
    (
        "Jo handed the baby straight to me. My eyes filled up and I couldn't stop smiling.",
        "en",
        {HA},
        NO,
    ),
    ("I stood on the path holding the peg bag and my eyes filled up.", "en", {SD}, NO),
    ("He explained the subjunctive to me. I puffed up like a peacock.", "en", {HA}, NO),
    ("My heart just swelled.", "en", {HA}, NO),
    ("A cold fear came over me that this was it now.", "en", {AP}, NO),
    ("When the CEO thanked him I slammed my laptop shut.", "en", {AN}, NO),
    ("I was white-knuckling the lap bar the entire ride.", "en", {AP}, NO),
    ("I started full on happy-crying, ugly snotty tears.", "en", {HA}, NO),
    ("I was filled with this overwhelming tenderness.", "en", {HA}, NO),
    ("Ich wusste überhaupt nicht, wie mir geschah.", "de", {CO}, NO),
    ("Ich hab nimmer gewusst, wo hinten und vorn ist.", "de", {CO}, NO),
    # "geflüchtet" (fled) is no "geflucht" (cursed)
    ("Ich bin unter die Heizung geflüchtet.", "de", NO, NO),
    ("Ich hab laut geflucht.", "de", {AN}, NO),
    (
        "Draußen war Schnee. Wir haben einen Schneemann gebaut und ich war froh. Ich liebe "
        "Schnee, vielleicht vermisse ich einfach den Winter.",
        "de",
        {HA},
        NO,
    ),
]


CASES += [
    # dev28 (dream series from long diaries; a judge since round 30, read at the end of round 31)
    (
        "I was trying hard to keep it together because I didn't want the lads to see.",
        "en",
        {SD},
        NO,
    ),
    ("I was beside myself with puzzlement, how could rails lie on water?", "en", {CO}, NO),
    ("Going back and forth over it made my head swim.", "en", {CO}, NO),
    ("When she said her name a chill ran right down my back.", "en", {AP}, NO),
    ("I could hear the blood thudding in my ears.", "en", {AP}, NO),
    (
        "I sold a single egg for a thousand pounds and felt like the cat that got the cream.",
        "en",
        {HA},
        NO,
    ),
    ("She said I was her best one. I went pink with pleasure.", "en", {HA}, NO),
    ("I stayed there holding the paper cuff, utterly bereft.", "en", {SD}, NO),
    ("Ich habe zu ihr hinübergeschaut, mir war so weh ums Herz.", "de", {SD}, NO),
    (
        "Ich hatte einen Puls wie ein Presslufthammer, und mir wurde schwarz vor Augen.",
        "de",
        {AP},
        NO,
    ),
    # scolded: the anger is the scolder's
    ("Der Oberarzt hat mich vor allen zusammengestaucht. Ich habe mich geschämt.", "de", {AP}, NO),
    ("Ich hab ihn zusammengestaucht, so wütend war ich.", "de", {AN}, NO),
    ("Schwester Birgit, meine liebste Kollegin, kam vorbei.", "de", NO, NO),
]


CASES += [
    # dev30 (a dream-content study's two-week forms; a judge since round 30, read at the end)
    ("Then I was short-tempered with my husband for no reason at all.", "en", {AN}, NO),
    ("He shook his head slowly. I felt useless and my eyes got wet.", "en", {SD}, NO),
    ("The brake did nothing. I could feel the fear climbing up my throat.", "en", {AP}, NO),
    ("I felt warm all through, having the house full of noise again.", "en", {HA}, NO),
    ("The clock said 9:40 and I went into a flat spin.", "en", {AP}, NO),
    ("He said it was the best meal of his life and I felt a surge of pride.", "en", {HA}, NO),
    ("Then I was absolutely tickled that she'd said Mama first.", "en", {HA}, NO),
    ("Ich durfte die Kinder nur noch donnerstags sehen und fühlte mich so elend.", "de", {SD}, NO),
    ("Ich hab null kapiert, was da los war.", "de", {CO}, NO),
    ("Mir war die Sache nicht geheuer, ich hab dauernd in den Spiegel geschaut.", "de", {AP}, NO),
]


CASES += [
    # from a second independent list (regional and colloquial speech, the body, actions)
    ("I did my nut at the landlord.", "en", {AN}, NO),
    ("I was like a dog with two tails.", "en", {HA}, NO),
    ("I was feart, I couldnae move.", "en", {AP}, NO),
    ("I hadn't a notion what she meant.", "en", {CO}, NO),
    ("I was sick as a parrot when we lost the final.", "en", {SD}, NO),
    ("Ich hatte Fracksausen vor dem Auftritt.", "de", {AP}, NO),
    ("Ich war wie vor den Kopf geschlagen.", "de", {CO}, NO),
    ("Da fiel eine Last von mir ab.", "de", {HA}, NO),
    ("Ich war nur noch ein Häufchen Elend.", "de", {SD}, NO),
    # ... and look-alikes that kept some of its words out
    ("My pulse was racing after the sprint.", "en", NO, NO),
    ("Das Bier schäumte im Glas.", "de", NO, NO),
    ("Die Sonnenblume ließ den Kopf hängen.", "de", NO, NO),
    ("Mein Puls war auf 180 nach dem Treppensteigen.", "de", NO, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
