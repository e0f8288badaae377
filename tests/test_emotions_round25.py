"""Round 25: what the retired held-out set dream_emotions_fresh5 showed (120 reports by people in
particular life situations, read after two rounds of measuring), each as a mechanism in
sentences of its own beside a look-alike.

* A feeling beyond any before is no denial: "never felt so lonely", "noch nie so glücklich".
* English feelings graded -er / -est: "the happiest boy", "never been sadder", "angrier".
* Contractions typed without the apostrophe: "i couldnt work out", "didnt dare".
* Fear told by what it did to a body part: legs that went to water, a stomach that dropped, a
  body gone cold, muscles that locked, a mind gone blank, chattering teeth, a heart banging,
  "couldn't move my legs"; German knees gone soft, "Herz bis zum Hals", a head gone empty.
* Idioms a word around them decides: "getting wound up" (not "wound up in Leeds"), "properly
  lost it", "wild with them", "completely at sea", "felt like a queen", "das fand ich lustig";
  shouting at anyone but "the top of one's lungs".
* Dialect and second-language confusion: "hab mi ned auskennt", "kein einziges Wort kapiert",
  "Orientierung verloren", "I was not understand why".
* Alarms are devices: "car alarms going off" is no fear ("alarmed" still is).
* A dream someone else wrote down: a child's waking in the frame ("Noah (7) woke up crying and
  this is what he told me") frames the dream told after it, which is no waking line; "had a
  nightmare", "in her words", "transcribing", "er habe sich gefreut" name the teller.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # (text, lang, dreamer, others)
    ("At the station I have never felt so lonely.", "en", {SD}, NO),
    ("At the station I was never lonely, the whole town came along.", "en", NO, NO),
    ("Ich war noch nie so glücklich wie auf diesem Schiff.", "de", {HA}, NO),
    ("Ich hatte nie Angst auf dem Schiff.", "de", NO, NO),
    ("I was the happiest kid on the whole beach.", "en", {HA}, NO),
    ("My sister was angrier than I had ever seen her.", "en", NO, {AN}),
    ("We climbed the tower behind the forest.", "en", NO, NO),
    ("i couldnt work out which door was mine.", "en", {CO}, NO),
    ("i didnt dare look under the bed.", "en", {AP}, NO),
    ("The flood reached the porch and my legs went to water.", "en", {AP}, NO),
    ("The teacher called my name and my stomach literally dropped.", "en", {AP}, NO),
    ("The lights went out and my whole body went cold.", "en", {AP}, NO),
    ("The soup went cold while we talked.", "en", NO, NO),
    ("Someone was on the stairs and every muscle in me locked.", "en", {AP}, NO),
    ("The examiner looked up and my mind went completely blank.", "en", {AP}, NO),
    ("I lay in the dark hut, teeth chattering, listening to the steps.", "en", {AP}, NO),
    ("I crept down the stairs, heart banging.", "en", {AP}, NO),
    ("The man shouted at me and I couldn't move my legs.", "en", {AP}, {AN}),
    ("Mir schlug das Herz bis zum Hals, als die Tür aufging.", "de", {AP}, NO),
    ("Auf der Leiter wurden mir die Knie ganz weich.", "de", {AP}, NO),
    ("In der Prüfung war mein Kopf komplett leer.", "de", {AP}, NO),
    ("The cot kept folding up and I was getting more and more wound up.", "en", {AN}, NO),
    ("After the party I wound up in Leeds at my aunt's.", "en", NO, NO),
    ("He took the last seat and I properly lost it.", "en", {AN}, NO),
    ("The dogs lay down on the track and I was wild with them.", "en", {AN}, NO),
    ("The streets had swapped names and I was completely at sea.", "en", {CO}, NO),
    ("They put a crown on me and I felt like a queen.", "en", {HA}, NO),
    ("I was yelling at the driver to stop.", "en", {AN}, NO),
    ("I screamed at the top of my lungs as the wave came.", "en", {AP}, NO),
    ("Die letzte Kuh war meine Oma, das fand ich dann schon wieder lustig.", "de", {HA}, NO),
    ("I hab mi überhaupt ned auskennt in dera Kuchl.", "de", {CO}, NO),
    ("Ich hab kein einziges Wort kapiert, nicht mal die Überschrift.", "de", {CO}, NO),
    ("Im Nebel hatte ich komplett die Orientierung verloren.", "de", {CO}, NO),
    ("My manager says I must sign. I was not understand why.", "en", {CO}, NO),
    ("The beds stood in a car park and the call bells were car alarms.", "en", NO, NO),
    ("The door opened by itself and I was alarmed.", "en", {AP}, NO),
    (
        "Noah (7) woke up crying and this is what he told me. He was at school and the "
        "teacher turned into a wolf. He said he was really scared.",
        "en",
        {AP},
        NO,
    ),
    (
        "I woke up crying. He was at school and said he was really scared.",
        "en",
        NO,
        NO,
    ),
    (
        "Our daughter Ava (6) had a nightmare. In her words: 'A man in my cupboard was cross "
        "and I was so scared.'",
        "en",
        {AP},
        {AN},
    ),
    (
        "Unser Sohn Elias (5) hat uns beim Frühstück erzählt, er sei mit der Tram zum Mond "
        "gefahren. Er habe sich riesig gefreut.",
        "de",
        {HA},
        NO,
    ),
]

# From dream_emotions_dev10 (research-collection reports, blind twin of the held-out fresh6),
# measured before it was read (0.781 on the round's starting code, 0.798 after the fixes above),
# then read and tuned on: feeling nouns said as felt, fists clenched, frozen where one lay, the
# worst mother who ever lived, alone, hurt feelings, a voice that wobbles, "none of us", "keiner",
# "Wütend war ich nicht", German hypotheticals, a feeling about the dream now, German "sich
# aufregen", compounds ("Heidenangst", "Riesenspaß", "todunglücklich"), cheering someone on.
CASES += [
    ("The thing in the hood came closer and I felt sick with fear.", "en", {AP}, NO),
    ("My fear of heights is old news; we took the lift.", "en", NO, NO),
    ("To my surprise the attic had three more rooms.", "en", {CO}, NO),
    ("She threw me a surprise party in the garden.", "en", NO, NO),
    ("He handed back the wrecked car and I stood there with my fists clenched.", "en", {AN}, NO),
    ("I heard the stairs creak and lay there frozen under the covers.", "en", {AP}, NO),
    ("I couldn't move a single muscle while the knob turned.", "en", {AP}, NO),
    ("I was late again and I felt like the worst mother who ever lived.", "en", {AP}, NO),
    ("On the empty ship I felt terribly alone.", "en", {SD}, NO),
    ("It hurt, honestly, watching my kids look right through me.", "en", {SD}, NO),
    ("I stood up to speak and my voice kept wobbling.", "en", {AP}, NO),
    ("The drill came closer and my knuckles went white.", "en", {AP}, NO),
    ("None of us were afraid of the lava.", "en", NO, NO),
    ("People on the pavement were cheering us on.", "en", NO, {HA}),
    ("The dog scared me.", "en", {AP}, NO),
    ("That's what frightens me about it now.", "en", NO, NO),
    ("I was excited, buzzing, which is the bit that frightens me now I'm awake.", "en", {HA}, NO),
    ("Keiner hat sich über den Pony gewundert.", "de", NO, NO),
    ("Wütend war ich nicht, eher enttäuscht.", "de", {SD}, NO),
    ("Wäre das echt gewesen, hätte ich mich zu Tode erschreckt.", "de", NO, NO),
    ("Hätte ich das gewusst, hätte ich wohl Panik bekommen.", "de", NO, NO),
    ("Es ärgert mich ein bisschen, dass ich so wenig behalte.", "de", NO, NO),
    ("Ich hab mich tierisch aufgeregt und ihn zusammengestaucht.", "de", {AN}, NO),
    ("Vor der Prüfung war ich ganz aufgeregt.", "de", {AP}, NO),
    ("Im Keller saßen Spinnen und ich hatte eine Heidenangst.", "de", {AP}, NO),
    ("Mit dem Roller durchs Büro, ich hatte einen Riesenspaß.", "de", {HA}, NO),
    ("Der Koffer war weg und ich war todunglücklich.", "de", {SD}, NO),
    ("Alle guckten zu und ich wäre am liebsten im Erdboden versunken.", "de", {AP}, NO),
    ("Er redete Latein und ich kapierte gar nichts mehr.", "de", {CO}, NO),
    ("Ich hab mir innerlich selbst auf die Schulter geklopft.", "de", {HA}, NO),
    ("Der Trainer hat mir auf die Schulter geklopft.", "de", NO, NO),
]

# From dream_emotions_dev11 (German-heavy research-style reports) and dev12 (research reports over
# several decades), measured before they were read (0.835 and 0.784), then read: a batch of
# everyday idioms of both languages, not only those the sets held ("pleased as punch", "got my
# goat", "heads or tails", "auf die Palme", "pudelwohl", "mir ging die Düse"), "die Fäuste
# geballt", "geschlottert", a German false awakening, "wusste nicht mehr, aus welcher Richtung",
# "müsste ich Angst kriegen", "würde ich vor Angst sterben".
CASES += [
    ("He flew off and I was pleased as punch about it all afternoon.", "en", {HA}, NO),
    ("My roommate was reading my mail, which really got my goat.", "en", {AN}, NO),
    ("I could not make heads or tails of the exam paper.", "en", {CO}, NO),
    ("I couldn't for the life of me figure out how he had landed.", "en", {CO}, NO),
    ("By the third time I didn't know if I was coming or going.", "en", {CO}, NO),
    ("I read the letter by the mailbox and felt terribly low.", "en", {SD}, NO),
    ("Backstage I had butterflies in my stomach.", "en", {AP}, NO),
    ("My palms were so slick the pencil kept slipping.", "en", {AP}, NO),
    ("Das hat mich dermaßen auf die Palme gebracht.", "de", {AN}, NO),
    ("Oben im Baum hab ich mich pudelwohl gefühlt.", "de", {HA}, NO),
    ("Im Wrack ging mir echt die Düse.", "de", {AP}, NO),
    ("Ich hab unter dem Tisch die Fäuste geballt.", "de", {AN}, NO),
    ("Auf der schmalen Treppe haben meine Knie geschlottert.", "de", {AP}, NO),
    ("Ich war untröstlich, als sie nicht antwortete.", "de", {SD}, NO),
    ("Ich hatte die Nase gestrichen voll von den Handwerkern.", "de", {AN}, NO),
    ("Ich dachte, ich bin schon aufgewacht. Ich habe mich gewundert, wer die Kabel abgemacht hat.",
     "de", {CO}, NO),
    ("Ich war völlig orientierungslos und wusste nicht mehr, aus welcher Richtung ich kam.",
     "de", {CO}, NO),
    ("Ich weiß nicht mehr, wie es aufgehört hat.", "de", NO, NO),
    ("Eigentlich müsste ich jetzt Angst kriegen, aber da war nix.", "de", NO, NO),
    ("Wenn mir das in echt passieren würde, würde ich vor Angst sterben.", "de", NO, NO),
    ("Ich wäre vor Angst fast gestorben.", "de", {AP}, NO),
    # everyday feeling words no set held, added from general knowledge (round 25)
    ("The clerk lost my form again and I was thoroughly irked.", "en", {AN}, NO),
    ("Walking up the dark drive I had a bad feeling about the house.", "en", {AP}, NO),
    ("When the bus left without me I was utterly dejected.", "en", {SD}, NO),
    ("The map changed while I read it and I was completely befuddled.", "en", {CO}, NO),
    ("We danced on the pier and I felt jubilant.", "en", {HA}, NO),
    ("Ich war ziemlich erbost über den Schaffner.", "de", {AN}, NO),
    ("Mir graute vor dem dunklen Keller.", "de", {AP}, NO),
    ("Ich hatte Herzschmerz wie mit fünfzehn.", "de", {SD}, NO),
    ("At the wedding I was in high spirits all evening.", "en", {HA}, NO),
    ("The man in the hallway gave me the willies.", "en", {AP}, NO),
    ("He laughed at me and I lost my rag completely.", "en", {AN}, {HA}),
    ("When the train left without me I was crestfallen.", "en", {SD}, NO),
    ("The dog started to talk and I was dumbstruck.", "en", {CO}, NO),
    ("I forgot her name and turned scarlet.", "en", {AP}, NO),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
