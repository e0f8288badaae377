"""Round 12 of the crisis check: what the two retired held-out sets (eval/crisis_fresh11.jsonl and
crisis_fresh12.jsonl) showed it missed or over-flagged, in sentences written for these tests (not
the sets' lines), so each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis, assess_with, prepare

# A past episode told as over, with a neutral time word elsewhere ("last month we baked",
# "again" of something good), who carried the writer through, or who the writer is now.
TOLD_AS_OVER = [
    "Vor drei Jahren hab ich mir die Arme geschnitten, das ist vorbei. Letzten Monat hab ich mit meiner Tochter Kekse gebacken.",
    "Back in 2015 I was suicidal for a year, therapy helped. I'm learning Spanish again and I'm happy.",
    "When I was twenty I wanted to die; my sister kept me alive, and I'm not that person anymore.",
    "Mit neunzehn wollte ich nicht mehr leben. Meine Oma hat mich damals am Leben gehalten.",
    "The first year in London I thought about jumping off the bridge every day; that's a memory now.",
    "Im ersten Jahr nach der Flucht wollte ich sterben. Heute arbeite ich als Busfahrer.",
    "Twelve years ago the crisis team got me through after the overdose. Ran 10k this morning, and I still keep the medal from my first race.",
    "Das Buch erzählt auch von der Zeit, als ich mit zwanzig nicht mehr leben wollte. Das ist lange vorbei.",
]

# ... and the same episodes reopened in a sentence that speaks of the crisis.
REOPENED = [
    "Vor drei Jahren hab ich mir die Arme geschnitten, das ist vorbei. Letzte Woche hab ich's wieder getan.",
    "Years ago I overdosed, I'm fine now. Tonight I keep looking at the pills.",
    "Back in 2015 I was suicidal for a year, therapy helped. Since Monday the thoughts of dying are loud again.",
    "Früher hab ich mich geritzt, das hab ich überstanden. Gestern wollte ich wieder nicht mehr leben.",
]


@pytest.mark.parametrize("text", TOLD_AS_OVER)
def test_a_past_episode_told_as_over_is_set_aside(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize("text", REOPENED)
def test_a_past_episode_reopened_by_the_crisis_itself_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


def test_a_typo_is_corrected_only_to_a_key_word_of_the_texts_language() -> None:
    # German "bringe" is no typo of English "bridge"; English "brigde" still is
    assert "bringe" in prepare("ich bringe meinem enkel schach bei", "de")
    assert "bridge" in prepare("standing on the brigde tonight", "en")


# A question or others' suspicion answered no: "i told him no", "and they're not", "sind sie
# nicht", "kein einziges mal", a form's item answered "nie", "als ob ich ... nee".
ANSWERED_NO = [
    "My GP asked whether thoughts of suicide had come up since the layoff. I told him no, and I meant it.",
    "The nurse asked if the urges to cut were back, and they're not.",
    "Meine Mutter fragt dauernd, ob die Gedanken ans Sterben zurück sind. Sind sie nicht.",
    "Der Arzt fragt jedes Mal, ob ich mir was antun will, und seit Wochen kein einziges Mal.",
    "Bogen beim Frauenarzt: Gedanken, mir das Leben zu nehmen: 'nie'.",
    "Die Kollegen gucken mich an, als ob ich gleich vor den Zug spring. Nee, mach ich nicht.",
    "My mum talks to me as if I'm about to kill myself, and I'm not, I'm just sad.",
]
ANSWER_TAKEN_BACK = [
    "The doctor asked if I'd thought of ending it. I told her no but that was a lie.",
    "They look at me as if I'd kill myself. No... maybe they're right.",
    # "no one" answers nothing
    "They all act as if I could just end it, no one would notice anyway. And honestly I want to.",
]


@pytest.mark.parametrize("text", ANSWERED_NO)
def test_a_question_or_a_suspicion_answered_no_is_no_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize("text", ANSWER_TAKEN_BACK)
def test_a_no_taken_back_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


# Someone else's crisis: a person named before "tried to hang himself" though "my" stands before
# them, a quote opened by someone else's text, a field whose first clause is the son's; an idiom
# of self-reproach or of trouble; German words an English pattern would read ("will die").
NOT_THE_WRITERS = [
    "My housemate tried to hang himself last week and I was the one who found him.",
    'Around midnight my sister texted: "I can\'t do this anymore. The pills are on the table." I called an ambulance.',
    "Meine Kollegin hat mir geschrieben: „Ich will nicht mehr leben.“ Ich hab sofort ihren Mann angerufen.",
    "Die Lehrerin hat angerufen, dass unser Sohn sich ritzt, ich fahr heute Nacht noch zu ihm.",
    "Ich könnt mich erschießen, dass ich den Termin beim Zahnarzt verschwitzt hab.",
    "Wenn Papa die Delle im Auto sieht, bin ich sowas von tot.",
    "Die Kundin will die Unterlagen bis morgen, sagt sie.",
]
STILL_THE_WRITERS = [
    'I texted my sister: "I can\'t do this anymore, I want to die."',
    'My friend wrote "I want to die" last night. Same here, honestly.',
    "Ich könnt mich umbringen. Einfach so, ohne Grund, jeden Abend denk ich dran.",
]


@pytest.mark.parametrize("text", NOT_THE_WRITERS)
def test_someone_elses_crisis_and_idioms_are_not_the_writers(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize("text", STILL_THE_WRITERS)
def test_the_writers_own_words_stay_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


# What the retired sets showed missed, in new sentences: not being around hoped for or preferred,
# something hoped to hit the writer, the day chosen, how many it would take, a poison drunk, a
# stomach pumped, a car aimed at a pillar, a burn on purpose typed without "I", cigarette holes,
# the dead envied in the plural, a dialect spelling of four letters, a wish after a dream told
# ("i keep hoping"), the writer's own discharge letter quoted.
CAUGHT_NOW = [
    "Honestly I keep hoping I won't be around by spring.",
    "I'd rather not be around for whatever comes next.",
    "Some nights I pray a bus just hits me on the way home.",
    "I've already picked the day. Nobody knows.",
    "At work I caught myself working out how many it would take for me.",
    "Last month I drank bleach. They kept me in for three days.",
    "Nobody at the party knows I had my stomach pumped on Sunday.",
    "On the way home I drove at the bridge pier and only swerved at the last second.",
    "Didn't binge, cut my hand with the bread knife on purpose instead.",
    "Ich wünsch mir manchmal, dass mich einfach ein Laster erwischt.",
    "Den Tag hab ich schon ausgesucht.",
    "Vorgestern hab ich Abflussreiniger getrunken, im Krankenhaus haben sie mir den Magen ausgepumpt.",
    "Bin gestern mit dem Auto auf einen Baum an der Landstraße zugefahren und hab im letzten Moment weggelenkt.",
    "Hab mir mit der Zigarette zwei Löcher in den Unterarm gebrannt.",
    "Ich beneide die auf dem Friedhof. Die haben's hinter sich.",
    "Des bringt nix mehr. I mog ned mehr lebn.",
    "Dreamt of the sea again, just waves. Honestly I keep hoping I just won't wake up one day.",
    "Three days on the ward. My discharge summary says 'intentional overdose', nothing else.",
]


@pytest.mark.parametrize("text", CAUGHT_NOW)
def test_what_the_retired_sets_showed_missed_is_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


# Everyday and media look-alikes: a rope for the shed named after a list, a newspaper piece on
# suicide, a story the writer is writing, where to die told in an advance directive, a farewell
# letter to a flat, farewell brunches and mails (patterns and concepts; the classifier may still
# read such a text, so these check the first two stages).
EVERYDAY = [
    "Picked up rope, cable ties and a tarp for the garden shed.",
    "Seil, Haken und Karabiner für die Schaukel im Garten besorgt.",
    "Read a newspaper piece on suicide among vets and pinned the helpline number in the staff room.",
    "My short story is about a miner who decides to walk into the lake after the pit closes.",
    "Advance directive done: no ventilation when the illness gets that far, and I want to die at home.",
    "Abschiedsbrief an meine alte WG geschrieben, als Ritual vor dem Auszug.",
    "Samstag Abschiedsbrunch bei Jonas, Sonntag Abschiedsmail an die Kollegen schreiben.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_and_media_look_alikes_raise_no_rule(text: str) -> None:
    assert not assess_with(text, None).flagged


def test_a_wish_to_die_now_is_no_advance_directive() -> None:
    assert assess_crisis(
        "I want to die at home tonight, alone, and I've got the pills ready."
    ).flagged


# A sentence that tells a dream in its own words is the dream's, for the classifier too: a
# dream-diary heading, a dream told to someone else ("du hast geträumt"), a rescript exercise;
# what the writer says of now beside it is still read.
DREAMS_TOLD = [
    "Traumtagebuch, Mittwoch. Ich stand im Haus meiner Tante am Meer, und das ganze Haus ist ins Wasser gerutscht. Sie hat gesagt, lass mich hier, ich bin doch schon tot. Um sechs mit Herzklopfen aufgewacht.",
    "Du hast geträumt, dass dein Bruder auf dem Dach steht, und wenn du dir Sorgen machst, rufen wir ihn morgen an, ja?",
    "Umschreib-Übung: Die Frau am Strick in meinem Traum steigt vom Stuhl und geht heim zum Essen, zweimal geübt, Belastung 2/10.",
    "Schneidetraum: ich hab mir mit dem Messer in den Arm geschnitten, Blut überall. Gruselig.",
]
NOW_BESIDE_A_DREAM = [
    "Dreamt the train didn't stop. Now I'm awake and I've checked the timetable for the 5:40 freight.",
    "Had the falling dream again and when I woke up I was disappointed I hadn't hit the ground.",
    "Ich hab geträumt, ich wär schon tot, und seitdem hab ich den Gedanken, dass ich das selber in die Hand nehmen sollte.",
]


@pytest.mark.parametrize("text", DREAMS_TOLD)
def test_a_dream_told_in_its_own_sentences_is_no_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize("text", NOW_BESIDE_A_DREAM)
def test_the_writers_now_beside_a_dream_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


# Hyperbole about a noise, eagerness and boredom, a part played on stage, a series' finale.
HYPERBOLE_AND_FICTION = [
    "If the neighbour's leaf blower starts one more time I'm jumping off the roof.",
    "Wenn der Wecker noch einmal um fünf klingelt, spring ich aus dem Fenster.",
    "I'm dying to go to the coast this summer, the flat is a sauna.",
    "Double maths, then chemistry. I nearly died of boredom.",
    "Probe im Stadttheater: Ich spiele die Schwester, die im dritten Akt die Tabletten schluckt.",
    "That finale where she hangs herself in the barn: still thinking about it, brilliant writing.",
]


@pytest.mark.parametrize("text", HYPERBOLE_AND_FICTION)
def test_hyperbole_eagerness_and_fiction_are_no_crisis(text: str) -> None:
    assert not assess_crisis(text).flagged


def test_a_day_like_this_once_more_is_no_trifle() -> None:
    assert assess_crisis(
        "If I have to live one more day like this I'm jumping off the roof."
    ).flagged


# Told of someone else, with the writer only as the one told or after "his" / "ihr".
def test_someone_elses_crisis_told_to_the_writer_is_theirs() -> None:
    assert not assess_crisis(
        "My best mate told me he's been hoarding his pills. We're seeing his GP together on Monday."
    ).flagged
    assert not assess_crisis(
        "Frau Berger getroffen. Ihr Mann hat letzte Woche versucht, sich das Leben zu nehmen. Ich hab ihr Suppe gebracht."
    ).flagged
    assert assess_crisis(
        "My best mate told me he's been hoarding pills. Honestly so have I, for the same reason."
    ).flagged
