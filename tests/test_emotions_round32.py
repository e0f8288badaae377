"""Round 32: what the read sets dream_emotions_dev37 and dev38 (judges kept unread since round
31), dev39 (a nightmare self-help programme's diaries), dev41 (young adults' survey answers in
world Englishes and Austrian and Swiss German, the style of the held-out fresh13) and dev42
(dreams told in chats and posts) showed, as mechanisms; and a third independent list of feeling
expressions (`eval/lexicon_candidates/emotion_expressions3_*.json`: thoughts and speech,
reactions, understatement, the less common side of each class; 542 English and 548 German
entries written blind), of which 89 English and 107 German words the analysis missed were added
without those that flagged their own look-alike. The sentences are written for these tests.

* The body in fear: insides turning over, a churning in the gut, a weight in the pit of the
  stomach, clammy fingers, palms soaked or dripping, breath catching or coming in gasps, a
  throat so tight, a voice gone squeaky, a pulse thudding in the ears, a face on fire or
  heating up; "Gesicht geglüht", "Hände klitschnass", "Blut in den Ohren", "Atem immer
  schneller", "Nackenhaare gesträubt" (and "mir ... sich" is the dreamer's).
* Whose: "the three of us were petrified" includes the dreamer; "was mich wahnsinnig machte"
  is the dreamer's; "which made no sense to me" too (not "the words on the sign made no sense
  to me"); "mein Kamerad Basti neben mir" and "the elevator operator" are someone else.
* Not felt: "shaking a bucket", "Normalerweise hätte ich vor Panik ...", a feeling waited for
  or expected that never came, tears that onions bring, "surprisingly cheerful", "feeling
  forgotten" is no meta line.
"""

from __future__ import annotations

import pytest

from tests.emotion_support import AN, AP, CO, HA, NO, SD, assert_whose_feeling

CASES = [
    # the body in fear
    ("Something scratched at the window and my insides were turning over.", "en", {AP}, NO),
    (
        "The results were due at noon and I had a churning in my stomach all morning.",
        "en",
        {AP},
        NO,
    ),
    ("The doctor went quiet, and there was a cold knot in the pit of my stomach.", "en", {AP}, NO),
    ("My fingers were clammy on the steering wheel.", "en", {AP}, NO),
    ("My breath kept catching in my throat as the footsteps came closer.", "en", {AP}, NO),
    ("Everyone turned round and I felt my face heat up.", "en", {AP}, NO),
    ("Someone tried the handle and my throat was so tight I couldn't call out.", "en", {AP}, NO),
    ("The phone rang again and my palms were dripping.", "en", {AP}, NO),
    ("He came up the stairs and I could hear my pulse thudding in my ears.", "en", {AP}, NO),
    ("Der Lehrer rief meinen Namen und mein Gesicht hat geglüht.", "de", {AP}, NO),
    ("Meine Hände waren klitschnass, als ich den Brief aufmachte.", "de", {AP}, NO),
    ("Im Keller ging das Licht aus, und mein Atem ging immer schneller.", "de", {AP}, NO),
    ("Da stand jemand im Flur. Mir haben sich die Nackenhaare gesträubt.", "de", {AP}, NO),
    ("Dem Hund sträubten sich die Nackenhaare.", "de", NO, {AP}),
    # others
    ("During the storm the two of us were terrified, hiding under the table.", "en", {AP}, NO),
    ("Mein Mann las seelenruhig die Zeitung, was mich wahnsinnig machte.", "de", {AN}, NO),
    ("My boss kept smiling, which made no sense to me at all.", "en", {CO}, {HA}),
    ("The words on the poster made no sense to me.", "en", NO, NO),
    ("Mein Kamerad Tobi neben mir hatte die Hosen gestrichen voll.", "de", NO, {AP}),
    ("The lift attendant went white as a sheet.", "en", NO, {AP}),
    # not felt
    ("The farmer walked up and down shaking a bucket of feed.", "en", NO, NO),
    (
        "Normalerweise hätte ich vor Angst geschrien, aber ich bin einfach weitergegangen.",
        "de",
        NO,
        NO,
    ),
    ("At the funeral I kept waiting to feel sad and it never came.", "en", NO, NO),
    ("Beim Kochen liefen mir von den Zwiebeln die Tränen runter.", "de", NO, NO),
    ("I felt surprisingly calm about it, and cheerful.", "en", {HA}, NO),
    ("I stood by the gate feeling forgotten and forlorn.", "en", {SD}, NO),
    # words from the read sets and the lists
    ("I saw her in the crowd and got the chills.", "en", {AP}, NO),
    ("By midnight I was having the best time, dancing in the kitchen.", "en", {HA}, NO),
    ("We sat on the jetty and I felt so settled, like I was meant to be there.", "en", {HA}, NO),
    ("I lay in the pool feeling like an absolute king.", "en", {HA}, NO),
    ("He winked at me and I was secretly doing backflips inside.", "en", {HA}, NO),
    ("The host called my name and I was so kilig.", "en", {HA}, NO),
    ("The exam started and I was so kinakabahan.", "en", {AP}, NO),
    ("He drove off and I was completely torn up.", "en", {SD}, NO),
    ("The map kept changing and I could not wrap my head round it.", "en", {CO}, NO),
    ("The whole hall went quiet and I kept thinking, am I going mad?", "en", {CO}, NO),
    ("Ich fühlte mich ziemlich elend, allein an dem Tisch.", "de", {SD}, NO),
    ("Ick steh da und kapier gar nix.", "de", {CO}, NO),
    ("Ich ha überhaupt nöd gschnallt, was da abgoht.", "de", {CO}, NO),
    ("Ich hab um meinen Vater getrauert, obwohl er neben mir saß.", "de", {SD}, NO),
    ("Die Postkarte hat mir den ganzen Tag versüßt.", "de", {HA}, NO),
    # dream_emotions_dev43 (students' reports, the style of the held-out fresh14)
    ("I felt awful, like I had done something unforgivable.", "en", {AP}, NO),
    ("The questions were in a strange alphabet and I was completely at sea.", "en", {CO}, NO),
    ("He pushed in front of me and my hands balled up into fists.", "en", {AN}, NO),
    ("It was getting dark and a creeping fear built up in me.", "en", {AP}, NO),
    ("The donkey stood in the rain and it looked so forlorn.", "en", NO, {SD}),
    ("The children sat in a row looking very pleased with themselves.", "en", NO, {HA}),
    (
        "I ran up the stairs of the Eiffel Tower for some charity thing, sweating, my heart "
        "thumping.",
        "en",
        NO,
        NO,
    ),
    (
        "Awake me would've been frozen at the edge in a cold sweat, but I just walked on.",
        "en",
        NO,
        NO,
    ),
    (
        "Beim Einparken krampfte sich mein Magen zusammen und ich brachte kein Wort heraus.",
        "de",
        {AP},
        NO,
    ),
    (
        "Mir schoss das Blut in den Kopf, ich hätte ihm am liebsten eine reingehauen.",
        "de",
        {AN},
        NO,
    ),
    ("Ich fühlte mich schuldig und wusste nicht, was ich sagen soll.", "de", {AP}, NO),
    # dream_emotions_dev44 (therapy and dream-group diaries)
    (
        "I went too high and got scared and nearly woke up. After that I was euphoric.",
        "en",
        {AP, HA},
        NO,
    ),
    ("I was in a state of real alarm, the tannoy calling my name.", "en", {AP}, NO),
    ("Ich war sauer, weil er so tat, als hätte er es vergessen.", "de", {AN}, NO),
    ("The geese went berserk when the fox came.", "en", NO, {AN}),
    ("I couldn't tell whether the shouting was part of the play.", "en", {CO}, NO),
    ("I honestly can't tell whether I was asleep when this happened.", "en", NO, NO),
    ("Ich konnte es überhaupt nicht fassen, alle Zahlen stimmten.", "de", {CO}, NO),
    ("Derek kept whistling and it grated on me.", "en", {AN}, NO),
    ("I was heartsick watching the chapel come down.", "en", {SD}, NO),
    # a smile put on: politely, or over a fear inside
    ("I kept smiling at her parents, but inside I was a nervous wreck.", "en", {AP}, NO),
    ("I smiled politely, with no idea what the joke was.", "en", {CO}, NO),
    ("I smiled, so happy to see her again.", "en", {HA}, NO),
    # the fourth list's world Englishes and youth speech
    ("When the results came I was so gassed, I was vibing all day.", "en", {HA}, NO),
    ("My heart was paining when she left the hostel.", "en", {SD}, NO),
    ("The lecturer spoke in code and I was blur like sotong.", "en", {CO}, NO),
    ("Ich war voll am panicken, weil der Bus nicht kam.", "de", {AP}, NO),
    ("Ich war so ang'fressn auf den Typen.", "de", {AN}, NO),
    # the fifth list's students' and questionnaire wording
    ("I had this feeling of doom as the lights went out.", "en", {AP}, NO),
    ("She walked in wearing my coat and it caught me by surprise.", "en", {CO}, NO),
    ("Mich beschlich ein Kloß im Magen, dann eine innere Leere.", "de", {AP, SD}, NO),
    ("I was hoping the bus would come soon.", "en", NO, NO),
    # look-alikes from the third list that flagged themselves were left out
    ("She tore up the letter and threw it in the bin.", "en", NO, NO),
    ("The box felt light when I lifted it.", "en", NO, NO),
]


@pytest.mark.parametrize(("text", "lang", "dreamer", "others"), CASES)
def test_whose_feeling_it_is(text: str, lang: str, dreamer: set[str], others: set[str]) -> None:
    assert_whose_feeling(text, lang, frozenset(dreamer), frozenset(others))
