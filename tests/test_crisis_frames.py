"""Frames that put a crisis phrase outside the writer's own present (`crisis_frames.py`).

Every sentence here is new: none is in eval/ (the frames were written from the kinds of false
alarm, not from lines). Each frame has lines it must leave alone and first-person present lines,
built from the same words, that must stay flagged ("when in doubt, flag").
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from dreamjournal.therapy.crisis_frames import (
    classifier_skips,
    framed,
    ordinary_purpose,
    told_as_dream,
)
from dreamjournal.therapy.safety import assess_crisis, prepare
from tests.conftest import GENTLE_FALSE_ALARM, KNOWN_MISS

NOT_THE_WRITERS = {
    "news": "a radio report this morning said suicide numbers in prisons are rising",
    "statistics": "die statistik zeigt, dass selbstmord bei älteren männern häufiger ist",
    "film": "we saw a movie where the soldier shoots himself in the last scene",
    "film, the writer watching": "i watched a film about a woman who wanted to die, it was beautifully shot",
    "song": "the lyrics are about wanting to die young, great chorus though",
    "book": "im roman will sich der vater das leben nehmen, spannendes kapitel",
    "stage role": "at the theatre rehearsal i have to pretend to hang myself in act two",
    "counterfactual quote": "two winters ago i would have typed 'i want to kill myself' here, now i type recipes",
    "homework": "for my physics homework i looked up how high the tower bridge is",
    "colleague": "ich habe einen abschiedsbrief für meinen kollegen geschrieben, er wechselt die firma",
    "accident": "burned my arm on the oven door while baking, ouch",
    "reassurance": "i'm safe, i want to live, i just needed to write this down",
    "reassurance, german": "keine sorge, ich mach nichts dummes, ich bin nur erschöpft",
    "past and recovered": "in college i wanted to die, the treatment helped and i'm happy now",
    "past and recovered, german": "als kind wollte ich nicht mehr leben, heute ist das leben gut",
    "a will for the newborn": "finally did our wills after the birth of our son, the notary was quick",
    "a will, german": "wir haben nach der hochzeit ein testament geschrieben, jetzt ist das erledigt",
    "clothes before a move": "giving away my winter coats, we're moving to lisbon in spring",
    "things before a move, german": "ich verschenk die hälfte von meinem kram, umzug ist im april",
    "pill organiser": "filled my pill organiser for the whole week, counting every tablet twice",
    "pill box, german": "hab die tablettenbox für die ganze woche befüllt und nochmal nachgezählt",
    "dose for a migraine": "how many ibuprofen can i take for a migraine before it's too much for the stomach",
    "dose raised, german": "die neurologin hat die dosis auf 100mg erhöht, bei regelschmerzen nehm ich zusätzlich eine",
    "prescription": "my new prescription says two tablets a day with food",
    "farewell card": "signed the farewell card for my coworker, she's off to a startup",
    "farewell, german": "morgen ist die abschiedsfeier von meiner kollegin, hab ein geschenk besorgt",
    "podcast compound": "die netflixserie über einen jungen, der sich umbringen will, war gut gemacht",
    "old me": "old me would have cut myself after a fight like that, today i went for a run",
    "früher hätte ich": "früher hätte ich mich nach so nem streit geritzt, heute bin ich joggen gegangen",
    "german article die": "ich hoffe, die neue therapie hilft gegen die panik",
    "a breakup": "i'm going to end it with jonas this weekend, we want different things",
    "a breakup, german": "ich mach schluss mit ihm, er lügt doch nur",
    "a question answered no": "self harm? no. i'm just exhausted from the night shifts",
    "a question answered no, german": "lebensmüde? nein. einfach nur urlaubsreif",
    "asked and answered no": "my gp asked whether i have thoughts of ending my life, i said no and meant it",
    "asked and answered no, german": "der arzt hat gefragt, ob ich mich umbringen will, klar nein, ich hab nur migräne",
    "a denial after the phrase": "taking my own life isn't something i would ever consider, i love my dog too much",
    "a denial after the phrase, german": "mich umzubringen kommt für mich nicht in frage, ich bin nur wütend",
    "a sung line": "the chorus goes i want to die young and the whole crowd sang along",
    "a sung line, german": "im refrain singt sie ich will nicht mehr leben, total eingängig",
    "not an option": "killing myself is not an option, i have two kids who need me",
    "another's words, the writer sad about them": "mein vater will sterben, da bin ich echt traurig",
    "a dream told after a heading": "nightmare: i was standing on a ledge and stepped off, then the alarm went",
    "a dream heading, german": "albtraum: ich hab lauter tabletten geschluckt und bin schweißgebadet wach geworden",
    "ashamed to death, german": "auf der hochzeit im weißen kleid, alle haben gestarrt, ich hab mich zu tode geschämt",
    "someone's post": "my cousin posted that he wants to end it all, i messaged his mum straight away",
    "a sentence about another": "my little brother is self harming and hiding it under hoodies",
    "a sentence about another, german": "meine tochter ritzt sich und versteckt es unter langen ärmeln",
    "a quoted title": 'that old song "i want to die young" came on at the party, such a banger',
    "a quoted title, german": 'der roman "ich will nicht mehr leben" steht auf der leseliste für deutsch',
    "a series season": "second season of that show, a lot about wanting to disappear, brilliant writing",
    "bored to death": "that lecture on tax law, i was bored to death for three hours",
    "the last thing i want": "ending it all is the last thing i want, i just want this deadline gone",
    "never crossed my mind": "the idea of suicide has never crossed my mind, not even this year",
    "not going to jump": "not gonna jump, i just love the city lights from the bridge",
    "not going to jump, german": "keine sorge, ich spring nicht, ich mag nur die aussicht von der brücke",
    "the day of an ordinary act": "handing in my notice, friday is the day i tell my boss",
    "the night of an ordinary act": "tonight's the night i finally ask him out",
    "a plan for a move, german": "der plan steht, nächsten samstag wird umgezogen",
    "a topic, not an act": "signed up for a suicide prevention workshop at work, four hours on friday",
    "a topic, german": "spende an einen verein für suizidprävention überwiesen",
    "a game": "in this game you jump off the cliff to reach the hidden level, took me ages",
    "a game, german": "beim zocken muss man sich vom turm stürzen um weiterzukommen",
    "a named other": "sophie wants to die, she told me at the bus stop and i held her hand",
    "a named other, german": "niklas will sterben, hat er mir nach dem training gesagt",
    "reported words of another": "my neighbour told me that he doesn't want to live anymore, i'm worried sick",
    "reported words, german": "meine kollegin meinte heute sie will nicht mehr leben, ich mach mir sorgen",
    "goodbye notes for pupils": "wrote little goodbye letters for my pupils on the last day of school",
    "a will after twins, german": "testament geändert, weil wir jetzt zwillinge haben",
    "decluttering": "been giving away half my wardrobe, full marie kondo weekend",
    "decluttering, german": "kleiderschrank ausgemistet, alles verschenkt was ich nicht mehr trage",
    "an idiom of embarrassment": "tripped on stage in front of the whole school, i wanted to die on the spot",
    "an idiom, crawl into a hole": "called my boss mum, i want to crawl into a hole and die",
    "a thing that died": "my car died on the motorway and i wanted to disappear",
    "a thing that died, german": "der akku ist tot und ich wollte einfach nur verschwinden",
    "an aunt's pills": "auntie's been hoarding her sleeping pills, the carer found them",
    "a girlfriend's relapse": "gf relapsed on sh, sat with her all night",
    "hyperbole about a meeting": "if i have to sit through one more budget meeting i will actually die",
    "hyperbole about a meeting, german": "wenn ich heut noch ein meeting hab, spring ich aus dem fenster",
    "hyperbole about a song, german": "noch eine schlagerstunde im büroradio und ich spring aus dem fenster",
    "self-reproach for a trifle": "i could kill myself for forgetting sarah's birthday again, flowers ordered",
    "an activity judged, german": "bei dem glatteis rad fahren ist doch selbstmord",
}

STILL_THE_WRITERS = {
    "a film that moves the writer": "that movie made me want to kill myself, i can't stop thinking about it",
    "news and then the writer": "read the news today and i want to die",
    "a song and then the writer": "listening to that song again and i keep thinking about killing myself",
    "a german report and then the writer": "nach dem bericht dachte ich nur noch daran, mich umzubringen",
    "safe only for now": "i'm safe for now but i keep thinking about the pills",
    "reassurance with a wish": "i don't want to live anymore",
    "past but back": "years ago i used to cut, therapy helped, but i cut myself again last night",
    "a purpose that is the crisis": "i counted my pills so there are enough for the end",
    "a plan with a date": "i've decided to jump from the bridge on sunday",
    "a will for when i'm gone": "made a will today so everything is settled when i'm gone",
    "a will, german, for after": "testament gemacht, damit alles geregelt ist wenn ich tot bin",
    "things given away, not needed": "giving my records away, i won't need them where i'm going",
    "pills saved despite the headache word": "saved up my headache tablets, there are enough now",
    "pills collected, german": "ich sammel die schmerztabletten vom rezept, bald sind es genug",
    "a dose that is not for pain": "looked up the dose of my meds that would be fatal, not for a headache",
    "a dose, german, not for pain": "hab gegoogelt welche dosis tödlich ist, nicht wegen kopfweh",
    "ending it with pills": "going to end it with pills this weekend",
    "ending it, german, with a name that is not there": "ich mach schluss mit allem",
    "a series and then the writer": "after that netflix series i keep thinking about killing myself",
    "a question answered yes": "thoughts of suicide? yes. every night",
    "a no that wavers": "suicidal? no... well, maybe, i don't know anymore",
    "a no that was a lie": "the doctor asked if i want to die and i said no, but that was a lie",
    "a no that was a lie, german": "sie hat gefragt ob ich sterben will, ich hab nein gesagt, war gelogen",
    "a no that cannot be said": "my therapist asked if i want to die and i couldn't say no",
    "a sung line the writer takes up": "she sings i want to disappear forever and honestly that's me",
    "a third person and me too": "my sister says she wants to kill herself and honestly so do i, i want to die",
    "a game and then the writer": "lost the game again and i want to kill myself for real",
    "a named other and the writer": "emma wants to die and i want to die too",
    "reported words and my own wish": "my friend said she doesn't want to live anymore and honestly i want to die as well",
    "a topic and then the writer": "the suicide prevention leaflet made me think about killing myself",
    "goodbye letters for family": "wrote goodbye letters for my children and hid them in the wardrobe",
    "giving away what won't be needed": "giving my wardrobe away, i won't need any of it soon",
    "a thing died and so do i": "my phone died and honestly i want to die as well",
    "a wish to die after an embarrassment": "i embarrassed myself again and i want to die, i mean it",
    "a prescription and how many it takes": "got a prescription for sleeping pills, i know how many it would take",
    "a denial of talking, not of the act": "killing myself is not something i want to talk about but i think about it daily",
    "a will after a baby and a wish": "i wrote my will after the baby came and honestly i hope i'm not around much longer",
    "a medicine routine and a wish": "the doctor raised my dose again, i hope i just don't wake up one day",
    "not an option but the only one": "ending my life is not an option, it's the only option",
    "keine option mehr": "mich umbringen ist keine option mehr, es ist ein plan",
    "a dream, then waking with a wish": "had a dream where i drowned and then i woke up and wished i hadn't woken up",
    "a denial for now only": "i'm not going to kill myself yet",
    "a denial for now only, german": "ich bring mich nicht um, noch nicht",
    "a promise only for tonight": "i won't hurt myself tonight, but i can't promise tomorrow",
    "my body, not another": "my body wants to die, everything hurts",
    "another, then me": "my sister is self harming again and so am i",
    "a prescription, then all of them": "neues rezept für die schmerztabletten, die nehm ich heute alle",
    "moving on from this life": "gave my dog away, i'm moving on from this life",
    "a pet given to a colleague": "gave my cat to my colleague, she'll look after her better than me",
    "my own words in quotes": 'i keep hearing "i want to die" in my head, all day',
    "a quoted title taken up": 'the song "i want to disappear" is literally me right now',
    "the day, and a jump": "tomorrow is the day, after my last shift i'll jump",
    "quitting life": "i'm quitting my job and my life, tomorrow is the day",
    "a past self, then the present": "old me would have cried about it, now i just want to die",
    "an idiom beside a real wish": "i'm scared to death of tomorrow and i want to kill myself",
    "an idiom beside a real wish, german": "ich hab mich zu tode geschämt und will nicht mehr leben",
    "a dream wished real, german": "traum: ich bin von der brücke gesprungen und ich wünschte es wäre echt gewesen",
    "another's words taken up, german": "mein kumpel meinte er will sterben, ich auch",
    "my own, after my friend's": "my gf left me and i self harm again every night",
    "my class, my own act": "in my class everyone laughs at me so i cut myself again",
    "one more day, not a trifle": "if i have to live one more day like this i will kill myself",
    "one more shift": "one more shift like this and i'll kill myself",
    "noch ein tag": "noch ein tag wie heute und ich bring mich um",
    "self-reproach for being": "i could kill myself for being such a burden",
    "suicide as the way out": "the only way out is suicide",
}


# Flagged by the round-18 classifier (no rule flags them): gentle false alarms, kept visible.
_CLASSIFIER_FLAGS: set[str] = set()  # "a plan for a move, german": no longer since round 21


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=GENTLE_FALSE_ALARM) if name in _CLASSIFIER_FLAGS else text
        for name, text in NOT_THE_WRITERS.items()
    ],
    ids=NOT_THE_WRITERS.keys(),
)
def test_a_framed_crisis_phrase_is_not_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged, assess_crisis(text).matches


# Missed by the round-21 classifier (0.573 against 0.5875; no rule catches it): kept visible.
_CLASSIFIER_MISSES = {"a will after a baby and a wish"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=KNOWN_MISS) if name in _CLASSIFIER_MISSES else text
        for name, text in STILL_THE_WRITERS.items()
    ],
    ids=STILL_THE_WRITERS.keys(),
)
def test_the_writers_own_statement_beside_a_frame_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    ("sentence", "phrase", "category", "expected"),
    [
        ("the article said suicide was on the rise", "suicide", "active_thoughts", True),
        ("after the article i thought about suicide", "suicide", "active_thoughts", False),
        ("the film made me want to die", "want to die", "passive_wish", False),
        ("i want to die after that film", "i want to die", "passive_wish", False),
        ("die suizidrate ist gestiegen", "suizidrate", "active_thoughts", True),
        ("bought rope for the tent", "bought rope", "preparation", True),
        ("for my homework i want to kill myself", "want to kill myself", "active_thoughts", False),
        ("cut my wrist by accident on a glass", "cut my wrist", "self_harm", True),
    ],
)
def test_framed_judges_the_phrase_in_its_sentence(
    sentence: str, phrase: str, category: str, expected: bool
) -> None:
    start = sentence.index(phrase)
    assert framed(sentence, start, start + len(phrase), category) is expected


@pytest.mark.parametrize(
    ("sentence", "skipped"),
    [
        ("the podcast host talked about a man who wanted to disappear", True),
        ("the podcast was fine and i want to disappear", False),
        ("i am safe and i want to live", True),
        ("i am safe tonight, not sure about tomorrow", False),
        ("i don't want to live", False),
        ("ich mach nix dummes", True),
    ],
)
def test_the_classifier_leaves_only_framed_or_reassured_sentences_unread(
    sentence: str, skipped: bool
) -> None:
    assert classifier_skips(prepare(sentence, "en")) is skipped


@pytest.mark.parametrize(
    ("sentence", "dream"),
    [
        ("nightmare: i was on a ledge and stepped off, then the alarm went", True),
        ("had the dream where i drown again and honestly i'm done with life", False),
        ("im traum bin ich gesprungen und ich wünschte es wäre echt", False),
        ("had a lovely dream and then i woke up and wished i hadn't woken up", False),
    ],
)
def test_a_sentence_told_as_a_dream_until_it_turns_to_the_present(
    sentence: str, dream: bool
) -> None:
    assert told_as_dream(prepare(sentence, "en")) is dream


@pytest.mark.parametrize(
    "sentence",
    [
        "ich hab aufgeschrieben wie die heizung geht und wo die papiere liegen",
        "freitag abend, da ist die wohnung leer, dann mach ich es",
    ],
)
def test_a_german_article_does_not_frame_a_phrase_found_for_other_words(sentence: str) -> None:
    clean = prepare(sentence, "de")
    start = clean.index("die") - 10
    assert not framed(clean, max(start, 0), len(clean), "preparation")


@pytest.mark.parametrize(
    ("sentence", "ordinary"),
    [
        ("spent the weekend decluttering, three bags to the charity shop", True),
        (
            "spent the week decluttering, my brother has all my important things now, my room is empty",
            False,
        ),
        ("hab ausgemistet, die wichtigen sachen hat jetzt meine freundin", False),
        ("filled the pill organiser for the week", True),
        ("saved up my headache tablets, there are enough now", False),
    ],
)
def test_an_ordinary_purpose_unless_it_is_the_crisis(sentence: str, ordinary: bool) -> None:
    assert ordinary_purpose(prepare(sentence, "en")) is ordinary


@pytest.mark.parametrize(
    "text",
    [
        "i bought a rope and hid it in the shed, my gp upped my dose last week",
        "the rope is in the boot of my car, we're moving in march",
        "wrote goodbye letters to my parents after my colleague's farewell",
        "ich hab alle tabletten gezählt, es sind genug, meine ärztin hat die dosis erhöht",
        "der strick liegt im schrank, wir ziehen im märz um",
        "i keep googling how fast you die from an overdose, the doctor changed my prescription",
        "i can't stop looking at the blade tonight, i have a migraine too",
        "hab gegoogelt wie man am schnellsten stirbt, wegen der kopfschmerzen war ich eh wach",
    ],
)
def test_an_ordinary_clause_beside_a_crisis_does_not_frame_it(text: str) -> None:
    """A routine or life event in its own clause explains nothing about the crisis beside it."""
    assert assess_crisis(text).flagged
