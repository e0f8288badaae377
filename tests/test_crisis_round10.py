"""Round 10 of the crisis check: what the two retired held-out sets (eval/crisis_fresh7.jsonl and
crisis_fresh8.jsonl) showed it missed or over-flagged, in sentences written for these tests (not
the sets' lines), so each test checks the mechanism rather than one phrasing."""

# ruff: noqa: E501

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.therapy.safety import assess_crisis

CRISIS = [
    # attempts told as where the writer lay or walked, a drive into oncoming traffic on purpose
    "Two beers, then I lay down on the railway line behind the allotments. A dog barked and I got up.",
    "Letzte Woche bin ich nachts auf die Gleise gegangen. Dann kam kein Zug.",
    "Bin absichtlich gegen einen Baum gefahren, alle glauben an Glatteis.",
    "The van braked and the driver swore at me. I wanted him not to brake.",
    # found before it worked, a bare "attempted"
    "my flatmate found me before it worked and called 999",
    "Mein Bruder hat mich gefunden, bevor es gewirkt hat.",
    "attempted on friday, out of hospital now, nobody at work knows",
    # burns pressed on the skin
    "pressed the hot lighter against my forearm again after the argument",
    "hab mir die Zigarette auf den Unterarm gedrückt, wie früher",
    # the dead envied, the end welcomed, a prayer to be taken, "was soll ich hier noch"
    "Long shift. I'd have swapped places with the man we couldn't save, honestly.",
    "I'm 79 and tired. I'd welcome the end, whenever it comes.",
    "Ich bete jeden Abend, dass der Herrgott mich bald zu ihm holt.",
    "Besser ich bin tot, dann hat meine Familie Ruhe.",
    "Mit 61 arbeitslos. Was soll ich auf dieser Welt überhaupt noch.",
    "finished trying, and I mean done with everything",
    # letters one for each of the family; the children or the cat promised away
    "Wrote the letters tonight, one for Dad, one for my sister. Sealed them and put them in my desk.",
    "Asked my brother if he'd take the dog if anything ever happened. He gave me a funny look.",
    # looking down from a height again and again
    "Stood at the office window again today, working out how far down it is.",
    "Jeden Abend auf dem Balkon schau ich runter, heute länger als sonst.",
    # slang: "sui", "unalive"
    "hab wieder sui gedanken, keine ahnung wie lang ich das noch pack",
    "want to unalive so much tonight",
    # the PHQ-9's frequency answers to a question put to the writer
    "Q: How often have you had thoughts of hurting yourself? A: Nearly every day.",
    "F: Wie oft hatten Sie Gedanken, sich etwas anzutun? A: Beinahe jeden Tag.",
    # a no taken back in the next sentence
    "The nurse asked whether I'd thought about killing myself and I said no. That was a lie.",
    # a dream of switching off, woken up wishing it had stayed that way
    "dreamt I was switched off like a lamp. woke up and wished it had stayed that way",
    # charcoal with the window measured
    "Grillkohle gekauft und das Fenster im Bad abgeklebt. Gegrillt wird nicht.",
    # giving away a treasured thing with accounts deleted, in secret
    "Instagram gelöscht und meiner Schwester meinen Ring geschenkt, sie weiß es nicht",
]

NOT_CRISIS = [
    # blood values are no blood: "Blutzucker", "Blutdruck"
    "Blutzucker heute wieder zu hoch, Insulin angepasst.",
    # a routine question answered no in the next sentence, or "i don't. never have."
    "Beim Hausarzt die Routinefragen, ob ich je daran gedacht hätte, mir das Leben zu nehmen. Nein, nie.",
    "The counsellor asked if I ever think about ending it. I don't. Never have.",
    "Mein Betreuer fragt, ob ich an Selbstmord denke. Ich sage nein, und das stimmt.",
    "Gedanken an Selbstmord hab ich keine. Nur der Rücken tut weh.",
    "Q: Have you wished you were dead this month? A: No, I'm busy with the grandchildren.",
    "Beim Fragebogen die Frage nach Gedanken an den Tod mit 'überhaupt nicht' angekreuzt.",
    # past episodes told as over
    "Seven years since I last self-harmed. Life is hard, but not like that, never like that again.",
    "Twelve years ago today I was in hospital after an overdose. Today I swam a mile. So glad I stayed.",
    "Im Studium hab ich mich geritzt, das ist lange her. Gut, dass ich durchgehalten habe.",
    "used to wish i wouldn't wake up, back at school. that was 9 yrs ago. now i'm excited for mondays",
    # hyperbole, idioms
    "Wenn ich noch einmal im Stau steh, sterb ich.",
    "Ich könnt mich in den Hintern beißen, dass ich den Termin vergessen hab.",
    "Umzug geschafft, fix und fertig, ich könnt mich hinlegen und nie wieder aufstehen. Dann Pizza.",
    "so done with this week, roll on Friday",
    # papers for the end of life, a supply of medicine, a rope for the calf
    "Signed the advance directive with my GP today, no machines at the end for me.",
    "Die Apotheke hat mir die Tabletten für drei Monate mitgegeben. Blutdruck passt.",
    "Neues Seil fürs Pferd gekauft, weil das alte gerissen ist.",
    "Bought a length of rope for the boat, the old one snapped.",
    # someone else: a patient on the writer's ward, someone talked down, a call made together
    "A patient on my ward tried to overdose last night. We found her in time.",
    "Talked a young woman back from the bridge railing at 3am, then finished the shift.",
    "My friend told me she wants to kill herself. We called the crisis line together.",
    # charcoal and tape for a move, a will for the grandchild, "ich will die Zeit nutzen"
    "Grillkohle und Klebeband für die Umzugskartons gekauft, heute Abend grillen wir.",
    "Ich will die Zeit, die mir bleibt, mit meinen Enkeln verbringen.",
    # sleeping in
    "schlaf jetzt bis sonntag durch, weckt mich nicht",
]


@pytest.mark.parametrize("text", CRISIS)
def test_flags_what_the_retired_sets_showed_it_missed(text: str) -> None:
    assert assess_crisis(text).flagged, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_leaves_what_the_retired_sets_showed_it_over_flagged(text: str) -> None:
    assert not assess_crisis(text).flagged, text


def test_a_no_kept_is_still_a_no() -> None:
    """ "I said no" stays a denial unless the next sentence takes it back."""
    kept = "The nurse asked whether I'd thought about killing myself and I said no. That was true."
    assert not assess_crisis(kept).flagged


def test_a_rope_for_a_swing_does_not_hide_a_rope_for_oneself() -> None:
    text = "Bought rope for the swing. Tonight I tied a noose with the rest and I'm ready."
    assert assess_crisis(text).flagged


def test_the_german_article_die_after_will_is_no_death_but_english_is() -> None:
    assert assess_crisis("I will die tonight, I've decided.").flagged
    assert not assess_crisis("Ich will die Wohnung streichen.").flagged


# --- context: a crisis line keeps its flag when an entry tells a dream before it -------------

DREAM_THEN_MORNING = [
    (
        "Dreamt the house had extra rooms full of pianos and my aunt was tuning them. "
        "Odd but nice. Got up late. "
    ),
    (
        "Im Traum war ich wieder in der Schule, die Lehrerin hat mir ein Heft gegeben. "
        "Mein Bruder saß neben mir und hat gelacht. Um sechs aufgewacht. "
    ),
]


@pytest.mark.parametrize(
    ("morning", "line"),
    [
        ("The alarm went off at six.", "plan is pills and vodka on saturday"),
        ("Then I opened my eyes.", "my head keeps saying jump when I'm on the platform"),
        ("Morning now.", "tried to jump last week, the police pulled me back"),
        ("Dann hat der Wecker geklingelt.", "plan steht: tabletten und wodka am samstag"),
        (
            "Nach dem Aufstehen Kaffee.",
            "letzte woche wollt ich springen, die polizei hat mich zurückgezogen",
        ),
    ],
)
def test_an_alarm_or_the_first_coffee_ends_the_dream(morning: str, line: str) -> None:
    """What comes after the waking is the writer's day, not the dream's (before round 10 an alarm,
    opened eyes or "nach dem Aufstehen" did not end a dark dream, and the line was read as
    part of it)."""
    dream = (
        "I dreamt I was drowning in a black lake and my dead grandmother watched from the shore. "
    )
    if morning.startswith(("Dann", "Nach")):
        dream = (
            "Ich hab geträumt, ich ertrinke in einem schwarzen See, und meine tote Oma schaut zu. "
        )
    assert assess_crisis(dream + morning + " " + line).flagged


@pytest.mark.parametrize(
    "line",
    [
        "want to go to sleep and never come back",
        "Found homes for both cats. Told people I'm moving abroad. I'm not moving anywhere.",
        "samstag sind alle weg, dann ist der richtige zeitpunkt",
        "Am Donnerstag, wenn die Kinder auf Klassenfahrt sind.",
    ],
)
def test_a_crisis_line_keeps_its_flag_after_a_dream_and_the_morning(line: str) -> None:
    assert assess_crisis(line).flagged
    for dream in DREAM_THEN_MORNING:
        assert assess_crisis(dream + line).flagged, dream + line


def test_the_lines_flagged_alone_stay_flagged_after_a_dream() -> None:
    """Every short crisis line of the development sets that the check flags alone, told after a
    dream and a waking line: at most one in twenty loses its flag (before round 10, one in
    fourteen of a wider sample did: any third-person sentence of an entry made every classifier
    window need a crisis concept, and three sentences that said it together were never read
    together)."""
    root = Path(__file__).resolve().parent.parent / "eval"
    lines = []
    for name in ("crisis_train13.jsonl", "crisis_train14.jsonl", "crisis_train15.jsonl"):
        for raw in (root / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(raw)
            if row["crisis"] and len(row["text"]) < 160 and "traum" not in row["text"].lower():
                lines.append(row)
    kept = lost = 0
    for row in lines:
        if not assess_crisis(row["text"]).flagged:
            continue
        dream = DREAM_THEN_MORNING[1 if row["lang"] == "de" else 0]
        kept += 1
        lost += not assess_crisis(dream + row["text"]).flagged
    assert kept > 200
    assert lost <= kept / 20, (lost, kept)


@pytest.mark.parametrize(
    "entry",
    [
        "Rain all day. can't see any way out except dying",
        "Langer Tag. Des wird nix mehr mit mir, i wär liaba tot.",
    ],
)
def test_a_neutral_sentence_does_not_talk_a_short_entry_down(entry: str) -> None:
    """A short entry is read whole and each sentence alone: "rain all day" before a wish to be
    dead no longer dilutes it below the classifier's threshold (a sentence's own flag counts
    when it names death, a method, harm or hopelessness)."""
    assert assess_crisis(entry).flagged


# --- the surface of the text: umlauts left out, an emoji at the end, no full stops ------------


@pytest.mark.parametrize(
    "text",
    [
        "ich bin so mude vom leben, ich will fur immer weg",
        "ich weis jetzt wie und wann",
        "Die Katze hab ich der Nachbarin gegeben, fur immer.",
    ],
)
def test_german_typed_without_umlauts_is_read_as_german(text: str) -> None:
    assert assess_crisis(text).flagged, text


def test_a_word_that_is_german_without_its_umlaut_stays_what_it_is() -> None:
    """ "die toten" are the dead, not "toeten" (to kill); "ich mochte ihn" is past."""
    assert not assess_crisis(
        "Heute am Grab, wir haben an die Toten gedacht und Kerzen angezündet."
    ).flagged
    assert not assess_crisis("Ich mochte den Film sehr, danach Pizza.").flagged


@pytest.mark.parametrize(
    "text",
    ["i know how and when now 😔", "Ich weiß jetzt, wie und wann 🖤", "plan is pills saturday 💊"],
)
def test_an_emoji_at_the_end_does_not_hide_the_words(text: str) -> None:
    assert assess_crisis(text).flagged, text


def test_a_run_on_entry_without_a_full_stop_is_read_in_stretches() -> None:
    text = (
        "i wasnt even that upset which is the strange thing i just went upstairs after dinner and "
        "cut my ankle where nobody looks and then came down and did my homework and nobody noticed"
    )
    assert assess_crisis(text).flagged


@pytest.mark.parametrize("stamp", ["12.03. ", "2026-11-30: ", "23:40 ", "12/03 "])
def test_a_date_or_time_opening_the_entry_changes_nothing(stamp: str) -> None:
    for text in (
        "i know how and when now",
        "Mein Leben is ne Sackgasse. Und ich hab keine Lust mehr, am Ende davon rumzustehen.",
    ):
        assert assess_crisis(stamp + text).flagged == assess_crisis(text).flagged
    assert assess_crisis(stamp + "i know how and when now").flagged
