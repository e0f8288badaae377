"""Crisis language caught however it is phrased (C-SSRS, PHQ-9 item 9, ASQ), in English and German;
idioms, dream content, other people, denials and a past that is over stay out."""

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import CATEGORIES, assess_crisis
from tests.conftest import GENTLE_FALSE_ALARM

# (text, category) — realistic diary lines: lowercase, typos, slang, no keyword.
POSITIVE = [
    # passive wish to be dead
    ("i just don't want to wake up tomorrow", "passive_wish"),
    ("sometimes i hope i dont wake up", "passive_wish"),
    ("honestly wouldn't care if i didn't wake up tomorrow", "passive_wish"),
    ("everyone would be better off without me", "passive_wish"),
    ("they'd all be happier if i just wasn't around", "passive_wish"),
    ("nobody would even notice if i was gone", "passive_wish"),
    ("i wish i could fall asleep and not wake up", "passive_wish"),
    ("part of me wants to just disappear for good", "passive_wish"),
    ("i don't want to be alive anymore", "passive_wish"),
    ("i'm so tired of living", "passive_wish"),
    ("i wish a bus would hit me", "passive_wish"),
    ("i wanna die", "passive_wish"),
    ("Ich will einfach nicht mehr aufwachen.", "passive_wish"),
    ("ich moechte nicht mehr aufwaechen", "passive_wish"),  # oe, and a typo
    ("alle wären ohne mich besser dran", "passive_wish"),
    ("es wäre für alle leichter, wenn es mich nicht mehr gäbe", "passive_wish"),
    ("niemand würde mich vermissen", "passive_wish"),
    ("bin so müde vom leben", "passive_wish"),
    ("ich wünschte, ich wäre tot", "passive_wish"),
    ("am liebsten würde ich einschlafen und nie wieder aufwachen", "passive_wish"),
    # active thoughts
    ("been thinking about how to end things", "active_thoughts"),
    ("honestly want to kms", "active_thoughts"),
    ("i keep thinking about killing myself", "active_thoughts"),
    ("thought about stepping in front of the train today", "active_thoughts"),
    ("suicidal again tonight", "active_thoughts"),
    ("ich denke immer öfter daran, mich umzubringen", "active_thoughts"),
    ("heute wieder überlegt, allem ein ende zu setzen", "active_thoughts"),
    ("ich will mir das leben nehmen", "active_thoughts"),
    ("hab wieder suizidgedanken", "active_thoughts"),
    # plan
    ("i know where i'd do it", "plan"),
    ("i've looked up how many of my pills it would take", "plan"),
    ("if nothing changes by friday i'm going to do it", "plan"),
    ("ich weiss schon welche brücke", "plan"),
    ("hab mir den tag ausgesucht", "plan"),
    # preparation
    ("i've been saving up my sleeping pills", "preparation"),
    ("bought a rope today", "preparation"),
    ("wrote goodbye letters to my parents", "preparation"),
    ("sammle seit wochen tabletten", "preparation"),
    ("hab einen abschiedsbrief geschrieben", "preparation"),
    ("ich hab heute ein seil gekauft", "preparation"),
    # attempt
    ("last month i tried to kill myself", "attempt"),
    ("took a whole pack of painkillers on saturday", "attempt"),
    ("letzte woche hab ich eine überdosis genommen", "attempt"),
    # self-harm, past and present
    ("i cut myself again last night", "self_harm"),
    ("started cutting again", "self_harm"),
    ("started again. three weeks clean and now this", "self_harm"),
    ("sh again tonight", "self_harm"),
    ("burned my arm with a lighter so i could feel something", "self_harm"),
    ("ich ritze mich wieder", "self_harm"),
    ("hab mich gestern wieder geritzt", "self_harm"),
    ("hatte heute wieder svv", "self_harm"),
    ("hab wieder angefangen, mich zu schneiden", "self_harm"),
    # hopelessness with a wish to be dead
    ("no way out of this. i want to die", "hopelessness_death_wish"),
    ("there's no point in living anymore", "hopelessness_death_wish"),
    ("i can't go on like this", "hopelessness_death_wish"),
    ("kein ausweg mehr. ich will nur noch sterben", "hopelessness_death_wish"),
    ("Ich kann nicht mehr.", "hopelessness_death_wish"),
    ("das leben hat keinen sinn mehr", "hopelessness_death_wish"),
    # indirect
    ("wouldn't it be nice to just not exist", "passive_wish"),
    ("i'm just waiting for it all to be over", "passive_wish"),
    ("the thoughts are back and they won't stop", "active_thoughts"),
    ("stared at the pills for an hour", "active_thoughts"),
    ("it would be so easy to just swerve into a tree", "active_thoughts"),
    ("the urges are so strong tonight", "self_harm"),
    ("wearing long sleeves again so nobody sees", "self_harm"),
    ("wrote down all my passwords for my sister", "preparation"),
    ("they pumped my stomach on sunday", "attempt"),
    ("wozu bin ich überhaupt noch da", "passive_wish"),
    ("wäre nicht schlimm, wenn ich morgen nicht mehr aufwache", "passive_wish"),
    ("die dunklen gedanken sind wieder da", "active_thoughts"),
    ("der drang ist wieder da", "self_harm"),
    ("hab mir heute nacht den arm blutig gekratzt", "self_harm"),
    ("i'm not going to be around much longer", "passive_wish"),
    ("i don't deserve to live", "passive_wish"),
    ("please take care of my cat when i'm gone", "passive_wish"),
    ("ich hab es nicht verdient, zu leben", "passive_wish"),
    ("der strick liegt im keller bereit", "preparation"),
    ("die tabletten reichen jetzt", "preparation"),
    ("i honestly don't care if i live or die", "passive_wish"),
    ("sunday is the day", "plan"),
    ("checked how high the bridge is", "plan"),
    ("put my affairs in order this week", "preparation"),
    ("found a new home for the cat", "preparation"),
    ("went to three pharmacies today", "preparation"),
    ("my thighs are a mess", "self_harm"),
    ("bandaged my arm again", "self_harm"),
    ("mir ist egal, ob ich lebe oder sterbe", "passive_wish"),
    ("morgen ist es so weit", "plan"),
    ("hab heute nachgeschaut, wie hoch die brücke ist", "plan"),
    ("hab alles geregelt. die briefe liegen im schrank", "preparation"),
    ("war heute in drei verschiedenen apotheken", "preparation"),
    ("die narben sind wieder offen", "self_harm"),
    ("nothing matters anymore and i just want to be gone", "passive_wish"),
    ("i want to not be here anymore", "passive_wish"),
    ("keine hoffnung mehr. will einfach nicht mehr da sein", "passive_wish"),
    # round 8: wishes told sideways
    ("what's the point of another forty years of this", "hopelessness_death_wish"),
    ("wozu noch vierzig jahre davon", "hopelessness_death_wish"),
    ("i'm a waste of oxygen and everyone would be relieved", "passive_wish"),
    ("i keep envying the people in the obituaries", "passive_wish"),
    ("i don't want the light. i want to switch the whole thing off", "passive_wish"),
    ("ein unfall auf der a7 wäre mir gerade ganz recht", "passive_wish"),
    ("lieber nichts mehr fühlen, einfach aus sein", "passive_wish"),
    ("ich bin doch nur noch ne last für alle", "hopelessness_death_wish"),
    ("ick hab keen bock mehr uff allet. ooch nich uff mich", "hopelessness_death_wish"),
    ("one more night like this and i'm done, i'll jump", "hopelessness_death_wish"),
    ("stockpiling ibuprofen, one pack every shop", "preparation"),
    ("i'm not taking them, i'm keeping them in the drawer with the rest", "preparation"),
    ("i injected the whole pen on purpose", "attempt"),
    ("bin letzte woche mit dem rad absichtlich vor die straßenbahn gefahren", "attempt"),
    ("kinda hope i dont make it through the surgery", "passive_wish"),
    ("i'd like to go to sleep and stay there", "passive_wish"),
    ("ironed my good shirt because i want to look decent when they find me", "preparation"),
    ("nearly went through with it last night, one foot over", "attempt"),
    ("kann mich bitte jemand ausschalten", "passive_wish"),
    ("manchmal wünsch ich mir, der ice entgleist", "passive_wish"),
    ("einkaufen war ich nur bis freitag, danach brauch ich nix mehr", "preparation"),
]

NEGATIVE = [
    # idioms
    "this traffic is killing me",
    "my feet are killing me after that hike",
    "the cake there is to die for",
    "we killed it at the gig tonight",
    "I could die of embarrassment",
    "mum's going to kill me when she sees the car",
    "ich bin todmüde",
    "ich lach mich tot",
    "die hitze bringt mich um",
    "ich sterbe vor hunger",
    "mein akku ist tot",
    "totlangweilig, diese sitzung",
    # dream content
    "I dreamt my grandfather died.",
    "in the dream i jumped off a cliff and flew",
    "dreamt i was drowning and woke up gasping",
    "im traum bin ich vom dach gesprungen und geflogen",
    "ich habe geträumt, dass ich sterbe",
    # other people
    "my friend said she wanted to die. i don't know what to do",
    "worried about my brother, he's been cutting again",
    "my uncle committed suicide years ago",
    "mein patient sagt, er hat keinen grund mehr zu leben",
    "jonas hat geschrieben, er denkt dran, sich was anzutun",
    # denials
    "I'm not suicidal, just tired.",
    "i'm not going to kill myself, i just hate my job",
    "ich bring mich nicht um, ich hasse nur meinen job",
    "ich will nicht sterben, ich will nur urlaub",
    # everyday and a past that is over
    "the doctor says the new pills should help me sleep",
    "after this project i just want to sleep for a week",
    "can't wait to wake up early for the hike",
    "I cut myself while chopping onions.",
    "Ich habe mich beim Kochen verletzt.",
    "two years ago i wanted to die; today i'm grateful i'm still here",
    "2019 wollte ich nicht mehr aufwachen. die therapie hat geholfen, mir geht es viel besser",
    "I don't want to live in London.",
    "I don't want to wake up from this beautiful dream.",
    "The garden in my dream was full of flowers.",
    pytest.param("when i'm gone on holiday the cat goes to my sister", marks=GENTLE_FALSE_ALARM),
    "wenn ich im urlaub weg bin, gießt meine schwester die blumen",
    "i'll be here for you any time",
    pytest.param("tried the new recipe, it didn't work", marks=GENTLE_FALSE_ALARM),
    "i did it again, i ate the whole cake",
    "we sorted out the paperwork for the mortgage",
    "hab alles für den umzug geregelt",
    "i want to switch the tv off and sleep",
    "the kids are better off at grandma's this week",
    "ein anruf vom chef wäre mir gerade gar nicht recht",
    "there's nothing keeping me in this town, so i'm moving to leeds",
    "kannst du bitte das licht ausschalten",
]


@pytest.mark.parametrize(("text", "category"), POSITIVE)
def test_crisis_statements_are_flagged_with_their_category(text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert category in result.categories
    assert set(result.categories) <= set(CATEGORIES)


@pytest.mark.parametrize("text", NEGATIVE)
def test_idioms_dreams_others_denials_and_the_past_are_not_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert not result.flagged, result.matches


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",
        "i want to\u200b die",
        # not a typo we correct: the word exists (round 20's classifier flags it)
        "i want to dye",
    ],
)
def test_case_and_invisible_characters(text: str) -> None:
    expected = "dye" not in text
    assert assess_crisis(text).flagged is expected


def test_a_dream_and_a_waking_wish_in_one_entry() -> None:
    result = assess_crisis("Dreamt I was dead and everyone was fine. Honestly I wish it was real.")
    assert result.flagged


def test_categories_follow_the_fixed_order() -> None:
    result = assess_crisis("i cut myself again. i want to die.")
    assert result.categories == ["passive_wish", "self_harm"]


def test_long_entries_stay_deterministic() -> None:
    text = "We walked along the beach and talked. " * 200 + "i want to die"
    assert assess_crisis(text) == assess_crisis(text)
    assert assess_crisis(text).flagged
