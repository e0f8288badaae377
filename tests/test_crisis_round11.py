"""Round 11 of the crisis check: what the two retired held-out sets (eval/crisis_fresh9.jsonl and
crisis_fresh10.jsonl) showed it missed or over-flagged, in sentences written for these tests (not
the sets' lines), so each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from dreamjournal.therapy.safety import assess_crisis
from tests.conftest import GENTLE_FALSE_ALARM

CRISIS = [
    # "thoughts of not being here", rated in therapy homework (a "rate" is no statistics)
    "Mood diary, rate 0-10: thoughts of not existing 6.",
    "Gedanken ans Nicht-mehr-da-sein? No, in English: thoughts of no longer being around, most days.",
    # gamer slang, an illness hoped to take the writer in their sleep, the churchyard, a relief
    "honestly just uninstall me irl, i'm so done respawning",
    "Part of me hopes this cough takes me in my sleep one night.",
    "Wish I were lying in the cemetery beside Mum, not sitting in this flat.",
    "Not waking up would be such a relief.",
    "Ich hoffe, die Krankheit holt mich im Schlaf, dann ist endlich Ruhe.",
    "Nicht mehr aufwachen wär eine Erlösung.",
    # "I want it over" beside no future; the dose worked out; a letter for afterwards
    "No way out of this debt. I want it all over.",
    "I've worked out how many pills I'd need. Friday.",
    "Wrote a card for my daughter, for after I'm gone, and put it in the drawer.",
    "Zettel für meine Frau geschrieben, für danach. Liegt im Handschuhfach.",
    # a gun kept under the bed; slang for killing oneself; water as the way
    "Took the shotgun out of the cabinet. It's under the bed now.",
    "Die Pistole vom Opa geholt. Liegt jetzt unterm Kopfkissen.",
    "ich überleg ernsthaft, mich abzumurksen",
    "Ich könnt einfach in den Rhein gehen, denk ich dauernd.",
    "Bin am Sonntag in den See geschwommen, um nicht mehr aufzutauchen. Ein Angler hat mich rausgezogen.",
    # the dead envied; cigarettes and new cuts; hitting oneself till it bleeds
    "Ich beneide die Oma manchmal. Die hat's hinter sich.",
    "Drück mir abends die Kippe auf dem Unterarm aus, keiner merkt's.",
    "Meine Schnitte sind noch rot, und gestern hab ich neue dazugemacht.",
    "Hab mir gegen den Kopf geschlagen, bis es geblutet hat.",
    # a joke taken back is no joke; a bare "hab nein gesagt" may be the lie it was
    "kms every night lol not lol",
    "Der Arzt hat gefragt, ob ich an Suizid denke. Ich hab nein gesagt. Ich denk jeden Tag dran.",
    # a cut arm told with "first time in ..."
    "Cut my thigh tonight. First time in eight months.",
    # a clause with no subject is its own clause: a "nicht" before it does not deny it
    "Atemübung hat nicht geholfen, hab mich wieder geritzt.",
    # "after the nightmare", "nach dem Albtraum": awake, not in the dream
    "After the nightmare I burned my arm with the lighter again.",
    "Nach so einem Albtraum hab ich mir wieder die Arme aufgeschnitten.",
    # a dream dreamt every night is no dream story: the next line is the writer's own
    "Ich träum jede Nacht von der Firma. Hab keine Kraft mehr und keinen Grund weiterzumachen.",
]

NOT_CRISIS = [
    # a past episode told as over: a season just gone, an age said roughly, "ist lang her",
    # "that passed", thoughts that stopped, "seit märz nix mehr", a therapist still seen
    "Last summer I had a rope in the shed and a date in mind. Got help in August, and I'm doing well now.",
    "Mit Anfang dreißig wollte ich nicht mehr leben. Das ist vorbei, heute lebe ich gern.",
    "Die Zeit, in der ich mich geritzt hab, ist lang her. Heute schlaf ich meistens gut.",
    "When I first moved to Leeds I wanted to die most days. That passed, and I have a life I like here.",
    "The thoughts of killing myself stopped after the new medication last year. Still have odd dreams, but I'm fine.",
    "Hab mich letztes Jahr oft geritzt. Seit Ostern nix mehr, mir geht's gut.",
    "Back in 2019 I had pills saved up. I still see my therapist every month and I'm doing well.",
    "Vor vier Jahren hab ich versucht, mich umzubringen. Heute Nacht konnte ich nicht schlafen und hab gleich meiner Therapeutin geschrieben. Mir geht's gut.",
    # a question answered no: honestly said no, in dialect, a form item after a dash
    "Meine Hausärztin hat gefragt, ob ich an Suizid denke. Hab ganz ehrlich nein gesagt, es ist nur der Umzug.",
    "Mei Mama hat gfragt, ob i an Selbstmord denk. Naa, gar ned.",
    "Fragebogen: Gedanken, dass Sie lieber tot wären – überhaupt nicht. Müdigkeit – fast jeden Tag.",
    "PHQ-9 at the clinic: question 9, not at all. Appetite: nearly every day.",
    "Ich bin erschöpft, aber ich wünsche mir nicht, tot zu sein.",
    # a joke's hyperbole, as the patterns read it, also for the concepts
    "Missed the bus by ten seconds and wanted to die lol",
    "Noch eine Mail vom Chef und ich spring gleich aus'm Fenster 🙄 Wir sind im Erdgeschoss.",
    # a pet's medicine, goodbye cards for the office, a flat handed back, a game
    "Tropfen für den Kater gezählt, reicht bis Ende Januar.",
    "Signed goodbye cards for everyone at the office, my last day is Friday.",
    "Keys back to the landlord tomorrow, said goodbye to the neighbours, then home for good.",
    "my suicide run in the dungeon carried the whole team lol",
    "The suicide rate among farmers was in the article today.",
    "Rate your sleep 0-10: 4. Rate your mood: 6.",
    pytest.param(
        "I'd like to be buried next to my wife one day, the will says so.", marks=GENTLE_FALSE_ALARM
    ),
    "Die Steuerkarte liegt unterm Bett, hab sie endlich gefunden.",
    "Wir sind in den See gegangen, herrlich kalt!",
    "Die Oma hat's hinter sich, die OP ist gut verlaufen.",
    pytest.param(
        "Hab mir vor die Stirn geschlagen, als mir der Termin einfiel.", marks=GENTLE_FALSE_ALARM
    ),
    "After the nightmare I made tea and read until I was sleepy.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_flags_what_the_retired_sets_showed_it_missed(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_leaves_what_the_retired_sets_showed_it_over_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged, (text, assess_crisis(text).matches)


# A long entry, read as its parts are: an episode told as over is decided near it, a dream
# ends where the writer names the days since, a German entry's "nicht suicidal" is a denial.
PAST_OVER = "Ten years ago I tried to end my life. Therapy helped and I'm well now."
OTHER_PARTS = [
    "Work was chaos again.",
    "Tom texted about the match last night.",
    "Made soup.",
    "Rain all day.",
]


def test_an_episode_told_as_over_stays_over_in_a_long_entry() -> None:
    assert not assess_crisis(PAST_OVER).flagged
    entry = " ".join([OTHER_PARTS[0], OTHER_PARTS[1], PAST_OVER, *OTHER_PARTS[2:], "Early night."])
    assert not assess_crisis(entry).flagged, assess_crisis(entry).matches


def test_an_episode_reopened_right_after_it_stays_flagged_in_a_long_entry() -> None:
    reopened = (
        "Ten years ago I tried to end my life. Therapy helped. But it's back again this week."
    )
    entry = " ".join([*OTHER_PARTS, reopened, "Early night."])
    assert assess_crisis(entry).flagged


@pytest.mark.parametrize(
    "line",
    [
        "hab letzte woche versucht, mich aufzuhängen, aber der knoten hat nicht gehalten.",
        "I've thought about killing myself every day this week.",
    ],
)
def test_a_dream_told_earlier_does_not_swallow_the_days_after_it(line: str) -> None:
    dream = {
        "de": "Im Traum bin ich durch einen Wald gelaufen. Alles war grün.",
        "en": "In the dream I walked through a forest. Everything was green.",
    }["de" if "hab" in line else "en"]
    assert assess_crisis(f"{dream} {line} Regen den ganzen Tag.").flagged


def test_a_german_entrys_english_denial_is_a_denial_in_a_long_text() -> None:
    parts = [
        "Heute wieder Frühschicht, dann Einkaufen.",
        "Nicht suicidal, nur ausgebrannt.",
        "Hab's der Hausärztin heute genau so gesagt.",
        "Abends Nudeln gekocht und mit meiner Schwester telefoniert.",
        "Wir wollen im Sommer zusammen an die Ostsee fahren.",
        "Ich freu mich schon drauf und such abends nach Ferienwohnungen.",
    ]
    assert len(" ".join(parts).split()) > 40  # a long text: only its language's patterns run
    assert not assess_crisis(" ".join(parts)).flagged


def test_a_dream_told_without_a_frame_inside_a_long_entry_is_read_as_a_dream() -> None:
    """Waking at its height shows a dream no "I dreamt" announced ("beim Aufprall aufgewacht")."""
    entry = (
        "Lange Schicht, dann noch einkaufen. Der Fahrstuhl reißt und rauscht vierzig Stockwerke "
        "runter. Ich schrei und will im letzten Moment hochspringen. Beim Aufprall aufgewacht. "
        "Puls bei 200. Danach Kaffee und Zeitung, später mit Jana telefoniert."
    )
    assert not assess_crisis(entry).flagged, assess_crisis(entry).matches


def test_an_act_before_waking_is_no_dream() -> None:
    entry = "Long shift. Took all my pills with the wine. Woke up as the paramedics came in."
    assert assess_crisis(entry).flagged
