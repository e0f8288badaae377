"""Round 19: a past episode told as over in everyday words, and a denial kept to its clause.

"it hasnt come back" (typed without an apostrophe) denies a return as "it hasn't come back"
does; the pandemic's lockdowns are years past; "therapy changed that" and "seit zwei jahren ist
das komplett weg" tell an episode as over. A denial reaches no further back than its clause:
"it hasn't come back but tonight i want to" is a return tonight. And an attempt told with the
ambulance that came ("hab ich's am sonntag versucht. der notarzt kam.") is an attempt.
"""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis
from tests.conftest import GENTLE_FALSE_ALARM


@pytest.mark.parametrize(
    "text",
    [
        "back in the 2020 lockdown i wanted to die most days. therapy and my dog changed that, im "
        "in a good place and it hasnt come back",
        "im ersten lockdown wollt ich fast jeden tag tot sein. therapie und mein hund ham das "
        "geändert, seit zwei jahren is das komplett weg",
        "i wanted to die back in the lockdown. it hasn't come back since, i'm doing well",
        "während corona hab ich mich geritzt. seit drei jahren ist das komplett weg.",
        "during covid i self-harmed a lot. that's gone, therapy helped",
    ],
)
def test_a_past_episode_told_as_over_is_not_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        # the same episodes, back now
        "in the lockdown i wanted to die and i still do",
        "im lockdown wollte ich sterben. heute wieder.",
        "therapy changed that but i want to die again",
        # a denial does not reach past "but"
        "years ago i cut myself. therapy helped. it hasn't come back but tonight i want to",
        "in the lockdown i cut myself. it hasn't come back but tonight i want to",
    ],
)
def test_the_episode_back_now_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "hab ich's am sonntag versucht. der notarzt kam.",
        "hab's versucht, bin im krankenhaus aufgewacht",
    ],
)
def test_an_attempt_told_with_the_ambulance_is_an_attempt(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged
    assert "attempt" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "hab's mit dem neuen rezept versucht. danach war ich im krankenhaus bei oma zu besuch.",
        "hab es heute mit yoga versucht. nachmittags musste ich oma in die klinik fahren.",
    ],
)
def test_trying_a_recipe_beside_a_hospital_visit_is_not_an_attempt(text: str) -> None:
    assert not assess_crisis(text).flagged


# From the round's blind development sets (crisis_dev12-14), each mechanism in words of its own:
# walked into the water and pulled out, the gas left unlit, blisters emptied and swallowed, a
# letter for each of the people close, the flat tidied "for when they find me", asking God to
# come for me, a stomach pumped, a method looked up and the history wiped, envy of those who die
# in their sleep, God asked to take me instead, login data left "falls was is", pills put aside.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("a while ago i walked into the river at night. a jogger pulled me out.", "attempt"),
        # wading in and being fished out is no swim (a rescuer's words do not make it one)
        ("waded into the river at night. a fisherman fished me out.", "attempt"),
        ("letzten winter bin ich in den see gegangen. nachbar hat mich rausgefischt.", "attempt"),
        ("gestern den gasherd aufgedreht, ohne ihn anzuzünden, und mich hingelegt", "attempt"),
        ("last night i turned the oven on without lighting it and sat down next to it", "attempt"),
        (
            "hab heute die ganzen blister leer gedrückt und runtergeschluckt. dann notruf gewählt.",
            "attempt",
        ),
        ("they pumped my stomach on friday. i don't want to talk about it.", "attempt"),
        ("Zimmer aufgeräumt, damit's nicht so schlimm ist, wenn sie mich finden.", "preparation"),
        ("searched how many sleeping pills, then deleted my search history", "preparation"),
        ("ich bete jeden abend, dass der herrgott mich zu sich nimmt", "passive_wish"),
        ("i ask god every night to take me in my sleep", "passive_wish"),
        ("kinda envious of people who get to just die in their sleep", "passive_wish"),
        ("if god's listening he could have me instead of my brother", "passive_wish"),
        ("hab meinem bruder die logindaten von allem aufgeschrieben, falls was is", "preparation"),
        ("ich leg jeden tag zwei tramadol zur seite, hab jetzt nen vorrat", "preparation"),
        ("ich schneid mich abends, sonst halt ich den druck nicht aus", "self_harm"),
        # a dream, then a weekday of the writer's week: awake
        (
            "Dream about the fire at my gran's. On Sunday I turned the gas on without lighting it "
            "and lay down.",
            "attempt",
        ),
    ],
)
def test_what_the_development_sets_showed_is_caught(text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert category in result.categories, result.categories


@pytest.mark.parametrize(
    "text",
    [
        "walked into the sea for a swim, my dad pulled me out when the waves got big",
        "my brother walked into the sea and a lifeguard pulled him out",
        "my dog had his stomach pumped after eating chocolate",
        "cleared my browser history, it was full of shoe shops",
        "wrote thank-you cards: one for grandma, one for uncle tim",
        "my little brother's been putting his pocket money aside for a bike",
        "jealous of people who get to travel",
        "the dog can take me instead of you on the walk",
        "i pray to god to keep me safe",
        # someone else's crisis, after a heading
        "Night shift on the ward: the lad in bay 4 tried to overdose earlier.",
        # a past episode told as over in other words
        "Weird to dream about self-harm after so long. I stopped cutting at nineteen and the urge "
        "hasn't come back.",
        "Mit 15 hab ich mich geritzt. Das Kapitel ist zu, und es fühlt sich gut an.",
        "In sixth form I wanted to die most days. Life's good now.",
    ],
)
def test_their_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged


# A short entry that names a dream in one sentence: its waking sentences are also read as a
# whole, so the dream's words do not talk the plan down.
@pytest.mark.parametrize(
    "text",
    [
        "Ich wart noch bis nach Papas Sechzigstem, das will ich ihm nicht verderben. Danach ist "
        "Schluss. Traum war wirr.",
        "Odd dream about a ferry. Anyway. I've decided it'll be after Sam's wedding, I won't spoil "
        "that for him.",
    ],
)
def test_the_waking_part_beside_a_dream_is_read_as_a_whole(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dreamt of a ferry. Anyway. Going to the wedding after work, can't wait.",
            marks=GENTLE_FALSE_ALARM,  # round 20's classifier
        ),
        "Traum war wirr. Danach Frühstück, dann zur Arbeit.",
    ],
)
def test_an_ordinary_waking_part_beside_a_dream_stays_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


# From crisis_dev15 (answers when someone finally asks) and crisis_dev16 (older writers): a
# wish to go in old words, a screening item answered yes past its quotation marks and a dash,
# self-harm told in a clause with the verb last, stones in the pockets by the water.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("wouldn't be the worst thing if my old ticker gave out in my sleep", "passive_wish"),
        ("just waiting for the good lord to come for me", "passive_wish"),
        ("ich hab das leben so satt", "passive_wish"),
        ("i've had more than enough of this life", "passive_wish"),
        ("fragebogen: „gedanken, dass du lieber tot wärst?“ – ja, manchmal", "passive_wish"),
        ("hab dem therapeuten erzählt, dass ich mich immer noch ritze", "self_harm"),
        ("stood by the canal with rocks in my pockets for an hour", "preparation"),
    ],
)
def test_older_words_and_answers_are_caught(text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert category in result.categories, result.categories


@pytest.mark.parametrize(
    "text",
    [
        # a question put to the writer and answered no in the next sentence
        "my son asked if i'd thought about ending things. i haven't.",
        "Der Arzt hat gefragt, ob ich lieber tot wär. Hab nein gesagt, und das stimmt so.",
        "the children brought stones home in their pockets from the beach",
        "my grandad says he's had enough of this life",
        "glad my heart rate stopped spiking after the run",
        "ich hab erzählt, wie ich mich beim kochen schneide",
    ],
)
def test_answered_no_and_look_alikes_are_left_alone(text: str) -> None:
    assert not assess_crisis(text).flagged


def test_a_no_said_and_then_taken_back_stays_flagged() -> None:
    text = "Die Ärztin hat gefragt, ob ich lieber tot wär. Hab nein gesagt. Stimmt aber nicht."
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Strange dream where I swallowed a whole bottle of pills and they turned into bees.",
        "Traum, in dem ich eine ganze Packung Tabletten geschluckt hab.",
    ],
)
def test_a_dream_named_by_its_kind_is_a_dream(text: str) -> None:
    assert not assess_crisis(text).flagged


def test_a_wish_after_a_dream_named_by_its_kind_stays_flagged() -> None:
    text = "Strange dream where I swallowed pills. Honestly I wish it had been real."
    assert assess_crisis(text).flagged


# From crisis_dev17 (short screener statements) and crisis_dev18 (second-language writers).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hab mich gestern nach dem streit mit papa im bad geritzt", "self_harm"),
        ("Ohne mich wären die Kinder glücklicher.", "passive_wish"),
        ("bin an der landstraße ausgestiegen und wollte vor einen laster laufen", "attempt"),
        ("at my aunt's funeral i felt jealous of her, honestly", "passive_wish"),
        ("i would swap places with anyone in that graveyard", "passive_wish"),
        ("wenn ich die grippe nochmal krieg, wehr ich mich nicht", "passive_wish"),
        ("walked to the bridge last night meaning to jump off", "attempt"),
    ],
)
def test_short_statements_and_second_language_writing_are_caught(text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert category in result.categories, result.categories


@pytest.mark.parametrize(
    "text",
    [
        "ich hab mich gefreut, dass er unsere namen in den baum geritzt hat",
        "at the funeral my cousin was jealous of her sister's dress",
        "swapped places with my sister on the train so she could sleep",
    ],
)
def test_their_look_alikes_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Spind ausgeräumt, meine Tasse dem Kollegen geschenkt. Die denken, ich hab Urlaub.",
        "gave my guitar to tom. he thinks i'm moving away.",
        "Den Hund hat jetzt mein Nachbar. Hab gesagt, nur ein paar Wochen. Stimmt nicht.",
    ],
)
def test_things_given_away_with_a_cover_story_are_preparation(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert "preparation" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "meine eltern denken, ich bin im urlaub, dabei bin ich bei meiner freundin",
        "hab meiner schwester meine pflanzen gegeben, weil wir in urlaub fahren",
    ],
)
def test_a_real_trip_or_a_white_lie_alone_stays_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged


# From crisis_dev19 (dream journals and therapy homework, the risk in one clause).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "bagged up my clothes for the charity shop, all but the suit i want to be found in",
            "preparation",
        ),
        ("it's kinder to wait till mum's on her cruise, so nobody has to find me", "preparation"),
        ("most days now i'm sorry i woke up", "passive_wish"),
        ("i keep rehearsing my own ending in my head", "active_thoughts"),
        ("Mein Kopf macht nachts Filme, wie ich's machen würde.", "active_thoughts"),
        ("Auf dem Kirchturm kam der Gedanke, mich einfach runterzustürzen.", "active_thoughts"),
        ("Mit 58 nimmt mich keiner mehr. Am liebsten würd ich heut noch sterben.", "passive_wish"),
        ("Six months clean and I cut again in the car today. Back to day zero.", "self_harm"),
    ],
)
def test_a_clause_of_risk_in_a_journal_entry_is_caught(text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert category in result.categories, result.categories


@pytest.mark.parametrize(
    "text",
    [
        "the dress i want to be found in at the party",
        "rehearsing my wedding speech in my head all day",
        "mit 16 wollte ich sterben. heute bin ich froh, dass ich noch lebe.",
        "two years clean today, back to my old self",
    ],
)
def test_their_journal_look_alikes_stay_unflagged(text: str) -> None:
    assert not assess_crisis(text).flagged
