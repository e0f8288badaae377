"""A past episode told as over is set aside; a present statement beside it stays flagged.

Every sentence here is new (in none of the eval files): written from the rule in
`crisis_past.py`, not from the lines it was developed on.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from dreamjournal.therapy.crisis_past import present_part, told_as_over
from dreamjournal.therapy.safety import assess_crisis, prepare
from tests.conftest import KNOWN_MISS

OVER = {
    # the help goes on ("still see my therapist", "geh immer noch hin"), not the thought
    "still sees the therapist": "years ago i tried to hang myself. therapy helped and i still see my therapist, i am well",
    "geht immer noch hin": "vor zehn jahren hab ich versucht mich umzubringen. die therapie hat geholfen, ich geh immer noch alle zwei monate hin und mir gehts gut",
    "years ago, grateful": "nine years ago i took an overdose. i'm grateful every single morning now",
    "a decade, doing well": "a decade ago i wanted to kill myself, these days i'm doing really well",
    "used to, behind me": "i used to burn my arms with a lighter, that's all behind me",
    "when i was, a good place": "when i was 17 i thought about suicide constantly. i'm in a good place now",
    "clean streak": "two years clean from self harm today, so proud of me",
    "clean for months": "been clean for 20 months now, no cutting, no urges",
    "haven't in years": "i haven't hurt myself in over three years and i feel strong",
    "since then": "after my breakup i wanted to die. since then i've rebuilt my life and i'm happy now",
    "vor jahren, gluecklich": "vor acht jahren wollte ich mich umbringen, heute bin ich gluecklich verheiratet",
    "damals, ueberstanden": "damals in der ausbildung hab ich mich geschnitten, das hab ich überstanden",
    "frueher, gehts gut": "früher wollt ich nicht mehr aufwachen. mir gehts gut inzwischen",
    "streak, german": "seit drei jahren kein ritzen mehr und ich bin stolz auf mich",
    "jahre ohne": "vier jahre ohne selbstverletzung, hab mir heute blumen gekauft",
    "als teenager, dankbar": "als teenager hatte ich einen suizidversuch, heut bin ich dankbar dass ich lebe",
    "years since, thriving": "it's been six years since i tried to end my life and i'm thriving",
    "early twenties, long gone": "the urge to cut in my early twenties is long gone, i'm a different person now",
    "that was a year": "after the divorce i wanted to kill myself. that was 2012. now i'm content",
    "als ich N war, wie gut das leben": "als ich 15 war wollte ich tot sein, heute weiß ich wie schön das leben ist",
    "geht's super": "nach dem versuch 2016 kam die therapie, jetzt geht's mir super",
    "schlimmste zeit, lache wieder": "in meiner dunkelsten zeit hab ich mich verbrannt, heute lache ich wieder viel",
    # the good present said plainly, and the past by an age or a span said plainly
    "years ago, slow and happy": "eight years ago i tried to end my life. today i ran my first half marathon, slow and happy",
    "good years since": "in 1987 i attempted to take my life. i have had thirty-nine good years since",
    "before N years": "before 6 years i wanted to die every day. now i have my shop and my daughter, and i am happy",
    "vor N jahre": "vor 6 jahre ich wollte jeden tag sterben. jetzt habe ich meinen laden und ich bin glücklich",
    "at an age, i'm fine": "overdosed at 17, i'm 34 now, i work in a pharmacy and i'm fine, properly fine",
    "an age now": "mit 19 wollt ich nicht mehr leben. jetzt bin ich 34 und mag mein leben, ehrlich",
    "a life i love": "that winter i wanted to die, but it was a long time ago and i have a life i love now",
}

STILL_AT_RISK = {
    "relapse after a streak": "i was clean for three years and cut myself on sunday",
    "since yesterday": "stopped hurting myself years ago, proud of that, but since yesterday i'm at it again",
    "still thinking": "years ago i tried to hang myself. therapy helped but i still think about it every day",
    "present wish after recovery": "back in college i wanted to die, i got help, and i want to die now",
    "attempt weeks ago": "i tried to kill myself six weeks ago. everyone says i'm doing great",
    "lately": "used to be suicidal in my teens, was fine for ages, lately the thoughts of suicide are back",
    "a turn to today": "clean for two years, but tonight i'm holding the razor",
    "seit gestern wieder": "hab vor 3 jahren mit dem ritzen aufgehört, bin stolz drauf, aber seit gestern wieder",
    "immer noch": "vor zehn jahren mein versuch, die therapie hat geholfen, aber ich denk immer noch an suizid",
    "rueckfall": "zwei jahre clean und heute nacht rückfall, hab mich geschnitten",
    "present wish, german": "als kind wollte ich sterben, dann ging es mir besser, und jetzt will ich wieder sterben",
    "letzte woche": "früher hab ich mich verletzt, war dann lange stabil, letzte woche hab ich mich wieder geschnitten",
    "i'm suicidal": "years ago i was in hospital for it, therapy helped, and i'm suicidal again",
    "others think it is over": "my attempt was in 2024. everyone thinks i'm better now",
    # a known miss of round 19's classifier, flagged again since round 20
    "others think it is over, german": "alle sagen mir gehts besser seit dem versuch 2023, stimmt aber nicht",
    "this year": "in february this year i overdosed, i'm grateful to be alive now",
    "a number of pills, not an age": pytest.param(
        "mit 30 tabletten im bauch bin ich aufgewacht, heute geht es mir gut", marks=KNOWN_MISS
    ),
    "an old photo, then a wish for it to be over": "found old photos from school. sometimes i hope i just don't wake up, then it would all be over",
    "an old photo, then 'wouldn't mind', german": "alte fotos aus der schulzeit. hätt nix dagegen, wenn heute nacht alles vorbei wär",
    "a means bought after a streak": "clean for 2 years and i just bought new blades",
    "a means bought today, german": "seit zwei jahren clean und heute hab ich mir neue klingen gekauft",
    "proud, but a present wish": "years ago i cut myself, i'm proud of how far i've come, but i want to kill myself now",
    "helped, and now it is back": "i used to be suicidal in school, therapy helped. now it's back and worse",
    # help went on, and so does the thought: "still" and "immer noch" belong to the thinking
    "helped, but still wants it": "the overdose was in 2019. the meds helped but i still want to do it some days",
    "geholfen, aber denkt immer noch": "vor zehn jahren hab ich versucht mich umzubringen. die therapie hat geholfen, aber ich denke immer noch jeden tag daran",
    "stolz, aber will sterben": "früher hab ich mich geritzt, heute bin ich stolz, aber ich will sterben",
    "an age now, and a wish now": "mit 19 wollt ich nicht mehr leben. jetzt bin ich 34 und will sterben",
    "happy once, a wish now": "years ago i was happy. now i want to end my life",
    "at an age, and again": "overdosed at 17, i'm 34 now and i took too many again last night",
}


@pytest.mark.parametrize("text", OVER.values(), ids=OVER.keys())
def test_a_past_episode_told_as_over_is_not_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged, assess_crisis(text).matches


@pytest.mark.parametrize("text", STILL_AT_RISK.values(), ids=STILL_AT_RISK.keys())
def test_a_past_episode_that_is_back_or_recent_stays_flagged(text: str) -> None:
    assert assess_crisis(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "i'm happy again after a rough year, i used to self harm but i'm fine now",
        "früher hab ich mich geritzt, jetzt hab ich wieder freude am leben",
    ],
)
def test_the_good_coming_back_does_not_reopen(text: str) -> None:
    assert told_as_over(prepare(text, "en"))


def test_a_present_wish_in_a_text_told_as_over_is_checked() -> None:
    text = (
        "five years ago i cut myself, i'm proud of how far i've come. i want to disappear forever"
    )
    clean = prepare(text, "en")
    assert told_as_over(clean)
    assert present_part(clean) == "i want to disappear forever"
    assert assess_crisis(text).flagged


def test_a_text_not_told_as_over_is_checked_whole() -> None:
    clean = prepare("years ago i cut myself and nobody knew", "en")
    assert not told_as_over(clean)  # past, but nothing says it is over
    assert present_part(clean) == clean
    assert assess_crisis("years ago i cut myself and nobody knew").flagged
