"""Crisis language in phrasings no fixed pattern foresaw (issue 13, part 3: "when in doubt, flag").

The sentences below were written fresh for the second, concept-based stage of `assess_crisis`
(`dreamjournal/therapy/crisis_concepts.py`) as three probes, each run once untuned before any rule
was added for it. First runs: recall 24/40 with 5/30 false alarms, then 10/30 with 0/20, then
9/30 with 1/20. That is the honest estimate of how the detector meets phrasings it has not seen:
each new probe still found most of its positives missed. They are kept here so that what was
learnt from them stays learnt; lines still missed are listed in `STILL_MISSED` as known gaps, not
as wanted behaviour.
"""

# ruff: noqa: E501
# (Diary lines are kept whole, one per line.)
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from dreamjournal.therapy import safety
from dreamjournal.therapy.safety import CATEGORIES, assess_crisis
from tests.conftest import GENTLE_FALSE_ALARM, KNOWN_MISS

NEW_PHRASINGS = [
    # flagged since the classifier was retrained with eval/crisis_dev4.jsonl (were known gaps):
    pytest.param("hab heute den ganzen nachmittag an der brücke gestanden", marks=KNOWN_MISS),
    "i feel like a ghost already, might as well make it official",
    # flagged since the third stage (the classifier in crisis_model.py):
    pytest.param(
        "i think my family would grieve for a month and then be relieved", marks=KNOWN_MISS
    ),
    # a known gap until round 20's classifier (the everyday lines' nearness)
    "i want to fall asleep in the snow and just stay there",
    "long day. the dream last night was the one with the elevator again, whatever. anyway i've started giving my stuff away and honestly it feels right, like i'm getting ready",
    "so tired of being a disappointment, maybe its time i stopped being everyone's problem for good",
    "i need someone to stop me before i do something i cant take back",
    "the bottle of vodka and the sleeping tablets are both in my bag",
    "i just want the noise in my head to stop, permanently",
    "woke up crying again. i don't think i can keep doing this life thing much longer",
    "if it wasn't for my cat i'd have done it already",
    "hurt myself pretty badly last night, had to tape it up",
    "i keep checking the height of the balcony railing",
    "i'm tired of waking up",
    "i'm planning my exit",
    "nothing feels real and i dont want to be part of it anymore",
    "there's a rope in the shed and i think about it every day",
    "im ready to go. ive said everything i needed to say",
    "please let this be the last night",
    "mir ist alles egal, auch ob ich morgen noch lebe",
    "ich glaube, ich mach das nicht mehr lange mit",
    "die welt wäre ohne mich ein besserer ort",
    "will mich einfach hinlegen und nie wieder aufstehen",
    "hab mir wieder wehgetan, mit absicht",
    "ich sehe mich nicht mehr in einem jahr",
    "ich hab keine angst mehr vorm sterben, eher davor weiterzuleben",
    "manchmal will ich einfach aus dem fenster springen",
    "hab schon ein paar abschiedsvideos aufgenommen",
    "ich bin so müde vom kämpfen, ich will einfach nur, dass es vorbei ist",
    "heute nacht ist es so weit, ich hab alles vorbereitet",
    "seit gestern hab ich die klinge wieder, und es tut so gut",
    "honestly the idea of not existing sounds so peaceful right now",
    "i keep fantasizing about just driving off the road on the way home",
    "some nights i just want everything to go black and stay that way",
    "i'm the problem. if i was out of the picture everyone could finally breathe",
    "three weeks of sleeping pills saved up in the bathroom cabinet",
    "i wrote everyone a letter, they're in the desk drawer",
    "it's been getting worse, i don't see myself making it to christmas",
    "i want to go to sleep and not come back",
    "i've been hurting myself again. nobody knows",
    "the scratches on my wrist are from me, not the cat",
    "just want it to be over. all of it. for good",
    "been thinking of ways to do it that wouldn't hurt",
    "i'm so done. i can't keep pretending. i want out for good",
    "was drunk last night and took a bunch of my mums pills, woke up sick",
    "dreamed about the lake house. woke up and the first thought was i want to be dead",
    "i deserve to die honestly",
    "wish i'd never woken up this morning",
    "nobody would even come to my funeral",
    "told my sister to look after the dog if anything happens to me",
    "ich will einfach nur noch schlafen und nie wieder aufwachen",
    "manchmal stell ich mir vor, wie es wäre, nicht mehr zu leben",
    "es wäre so viel einfacher, wenn ich nicht mehr aufwachen würde",
    "ich halte das alles nicht mehr aus und will nur noch weg, für immer",
    "hab die rasierklinge wieder rausgeholt",
    "alle wären froh, wenn ich endlich weg wäre",
    "ich denk ständig dran, vor einen zug zu laufen",
    "habe mir heute eine packung schlaftabletten besorgt, für später",
    "meine arme sind voller schnitte von gestern",
    "mein leben hat keinen sinn, ich will nicht mehr",
    "war gestern auf der brücke und hab runtergeschaut, lange",
    "ich hab schon überlegt, wie ich es anstellen würde",
    "keiner würde mich vermissen, wenn ich nicht mehr da bin",
    "ich wünschte, ich könnte einfach aufhören zu existieren",
    "hab mich wieder mit dem messer geschnitten, am oberschenkel",
    "vorige woche hab ich versucht, mir das leben zu nehmen",
    "will nicht mehr kämpfen. will einfach nur ruhe. für immer",
    "bin nur eine last für alle, ohne mich wärs besser",
    "hab meinen abschiedsbrief heute nochmal umgeschrieben",
    "der gedanke, tot zu sein, beruhigt mich irgendwie",
    "its 3am and all i can think about is how quiet it would be if i just wasn't",
    "my brain keeps saying jump every time i cross the overpass",
    "i cant remember the last time i wanted to be alive",
    "nobody needs me anymore so whats the point in sticking around",
    "ive got the pills lined up on the desk and i'm just sitting here looking at them",
    "want to sleep and never deal with another morning",
    "the urge to slice my arm open is so strong tonight",
    "honestly if the plane went down on my flight tomorrow i'd be relieved",
    "i smashed a glass and used the pieces on my leg again",
    "why am i even still breathing",
    "everything hurts and i'm ready to let go",
    "made a playlist for my funeral today",
    "i looked up how long it takes to bleed out",
    "cant stop crying, i just want to die already",
    "if i'm gone by monday please know it wasnt anyones fault",
    "bin so leer, will einfach nicht mehr existieren",
    "hab heute wieder mit dem gedanken gespielt, alles zu beenden",
    "mein körper ist voller narben und gestern kam eine neue dazu",
    "mir wäre es lieber, ich wäre nie aufgewacht",
    "ich frag mich, ob es jemand merken würde, wenn ich einfach weg wäre",
    "ich hab mir tabletten für einen monat aufgehoben, ohne sie zu nehmen",
    "ich will sterben. punkt.",
    "jeder tag ist eine qual, ich sehe keinen grund weiterzumachen",
    "hab mir heute wieder die arme aufgeschnitten",
    "ich hab angst, dass ich mir heute nacht was antue",
    "nach der prüfung ist schluss, dann bin ich weg",
    "meine eltern hätten ohne mich weniger sorgen",
    "das seil hängt schon im keller",
    "wünschte, der krebs würde mich holen",
]

HARD_NEGATIVES = [
    "Dreamed I fell off a cliff and woke up just before hitting the ground, classic",
    "finally gave away the baby clothes, my youngest is five now",
    "my aunt's funeral was today, it was beautiful and sad",
    "I'm done with this semester, it nearly killed me",
    "the game last night was brutal, we got killed 5-0",
    "planning my exit from this job, interview on monday!",
    "I hurt my back lifting the couch",
    pytest.param("i wish this week would just end already", marks=GENTLE_FALSE_ALARM),
    "I'd rather die than go to that party lol",
    "cleaned out my closet and said goodbye to old jeans",
    "ich hab so gelacht, ich wär fast gestorben",
    "im traum hab ich mir die pulsadern aufgeschnitten und bin dann aufgewacht, zum glück nur ein traum",
    "meine schwester hat früher svv gemacht, heute geht es ihr gut",
    "mein opa sagt, er will nicht mehr ins krankenhaus",
    "bin gerade todunglücklich, weil mein team verloren hat",
    "ich hab die tabletten heute abgesetzt, mein arzt meinte das passt",
    "der film über den suizid des sängers war schwer anzuschauen",
    "es gibt keinen grund zur sorge, alles gut",
    "ich will heute nicht mehr raus, ist zu kalt",
    "habe mich heute von meinen kollegen verabschiedet, neuer job ab montag",
    "I had a nightmare. I was on a bridge and someone pushed me. I fell into black water and woke up screaming.",
    "Dream: I was in the hospital with tubes everywhere, my mum was crying. Then the room turned into a beach.",
    "In the dream I was bleeding from my arm but it didn't hurt, and a cat licked it and it healed",
    "my grandma died last week and the funeral is on friday, I miss her so much",
    "the deadline is killing me but we'll make it",
    "dying my hair blue tomorrow!!",
    "I'm not going to hurt myself, I just needed to write this down",
    "watched a film about a guy who wanted to jump off a bridge, really moving",
    "took two paracetamol for my headache and went to bed early",
    "so tired i could sleep for a week",
    "my friend told me she's thinking about killing herself, i called the helpline with her",
    "ten years ago i cut myself. now i'm a nurse and i'm doing really well",
    "cleaned out the closet and gave all my old clothes to charity",
    "wrote a letter to my future self for the time capsule",
    "that presentation was so bad i wanted to disappear into the floor lol",
    "the plants on the balcony are dead again, i'm hopeless with plants",
    "ich hatte einen albtraum. ich stand auf dem dach und bin gesprungen. dann bin ich aufgewacht.",
    "im traum war ich tot und alle waren traurig, komisch",
    "meine oma ist gestorben, ich vermisse sie",
    "die arbeit bringt mich noch um, so viel stress",
    "ich bin nicht lebensmüde, nur urlaubsreif",
    "mein kollege hat erzählt, dass er sich früher geritzt hat",
    "hab mir beim kochen in den finger geschnitten",
    pytest.param(
        "hab meine alten bücher verschenkt, brauch ich nicht mehr", marks=GENTLE_FALSE_ALARM
    ),
    "der krimi endet damit, dass der mörder von der brücke springt",
    "ich könnte jetzt zwölf stunden schlafen",
    "heute bin ich so müde, ich will nur noch ins bett",
    "wir haben im spiel alle gegner getötet",
    "mein hund ist gestorben, ich bin so traurig",
    "hab die tabletten vom arzt abgeholt, hoffentlich helfen sie",
    "I dreamed I was a soldier and got shot, I felt myself die and then I was a bird",
    "my cat died today, she was 18, I'm heartbroken",
    "this heat is going to be the death of me",
    "we laughed so hard i nearly died",
    "I'm dead serious, the dream felt real",
    "Nightmare again: falling from a tower. Woke up at 4, made tea, feeling okay now.",
    "my brother relapsed and started drinking again, I'm worried sick",
    "not suicidal, just burnt out and sad, writing to get it out of my head",
    "had my appendix out, woke up in hospital groggy but fine",
    "bought a new razor, the old one was blunt",
    "ich träume oft, dass ich sterbe, aber es macht mir keine angst",
    "der held im film opfert sich am ende, so traurig",
    "ich sterbe vor hunger, gleich gibts essen",
    "mein akku ist fast tot, schreib morgen weiter",
    "ich hab null bock auf montag, ich will nicht zur arbeit",
    "früher hab ich mich geritzt, seit acht jahren nicht mehr und mir geht es gut",
    "meine freundin hat mir erzählt, dass sie nicht mehr leben will. ich hab sie zur ärztin begleitet",
    "hab die alten medikamente in der apotheke abgegeben",
    "im traum sprang ich von einem hochhaus und flog über die stadt",
    "der tag war so lang, ich bin tot",
    # a dream told over several sentences that ends in waking stays a dream
    "Had a nightmare. I stood on the roof and jumped. Then I woke up and made coffee.",
    # someone else's crisis, a holiday, a threat from another person
    pytest.param("when i'm gone on holiday the cat goes to my sister", marks=GENTLE_FALSE_ALARM),
    "Er will mich umbringen, hat meine Schwester im Traum gesagt.",
]

STILL_MISSED = [
    "looked at the train tracks for a long time today",
]


@pytest.mark.parametrize("text", NEW_PHRASINGS)
def test_new_phrasings_are_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, text
    assert result.matches
    assert result.categories and set(result.categories) <= set(CATEGORIES)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    result = assess_crisis(text)
    assert not result.flagged, result.matches


@pytest.mark.parametrize("text", STILL_MISSED)
def test_known_gaps_are_still_known(text: str) -> None:
    # Not wanted behaviour: when one of these starts being flagged, move it to NEW_PHRASINGS.
    assert not assess_crisis(text).flagged


def test_a_dream_does_not_hide_a_waking_wish_in_the_present() -> None:
    assert assess_crisis("Had a dream about the sea. I want to die.").flagged
    assert assess_crisis(
        "the dream was lovely, we were at the lake, and when i woke up i wished i'd never been born"
    ).flagged
    assert assess_crisis("hatte einen schönen traum. ich will nicht mehr aufwachen.").flagged


def test_negation_after_a_german_verb_denies_it() -> None:
    assert not assess_crisis("ritze mich seit jahren nicht mehr und hab keinen drang").flagged
    assert assess_crisis("ritze mich wieder, ich kann nicht mehr").flagged


def test_typos_and_compounds_reach_the_concepts() -> None:
    assert assess_crisis("denke jeden tag dran mich umzubrigen").flagged  # one letter missing
    assert assess_crisis("hab mir ausgerechnet wie viele schlaftabletten ich brauche").flagged


def test_second_stage_reports_categories_and_does_not_repeat_stage_one() -> None:
    result = assess_crisis("punched the wall till my knuckles bled, i needed it to hurt")
    assert "self_harm" in result.categories
    result = assess_crisis("I want to die.")
    assert result.matches == ["want to die"]


def test_dev2_set_is_well_formed_and_balanced() -> None:
    path = Path(__file__).resolve().parent.parent / "eval" / "crisis_sentences_dev2.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 160
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    assert all(r["split"] == "dev2" and isinstance(r["crisis"], bool) for r in rows)
    langs = Counter(r["lang"] for r in rows)
    assert langs["en"] == langs["de"]
    assert 0.5 <= sum(r["crisis"] for r in rows) / len(rows) <= 0.6
    positive = {r["category"] for r in rows if r["crisis"]}
    assert positive <= set(CATEGORIES)


def test_help_for_a_german_writer_lists_german_lines_when_no_region_is_set() -> None:
    from dreamjournal.therapy.safety import help_for, help_text

    german = [r.name for r in help_for("de")]
    english = [r.name for r in help_for("en")]
    assert len(german) > len(english) and english[-1] == german[-1]  # the directory stays
    assert any("0800 111 0 111" in line for line in help_text("de"))
    assert help_for("de", "US") == help_for("en", "US")  # a region set on purpose wins


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I stood at the edge of a pond. A heron waded in the reeds.", False),
        ("we stood at the edge of the old forest and listened", False),
        ("stood at the edge of the roof for a long time last night", True),
        ("stood at the edge again tonight, just looking down", True),
        ("i stood at the edge of the platform and let two trains pass", True),
    ],
)
def test_standing_at_an_edge_is_a_crisis_only_where_there_is_a_drop(
    text: str, flagged: bool
) -> None:
    """A new user's calm dream ("the edge of a pond") showed the help lines on save."""
    assert assess_crisis(text).flagged is flagged


@pytest.mark.parametrize(
    ("sentence", "phrase", "denied"),
    [
        ("stimmung 5/10, suizidgedanken keine, selbstverletzung keine", "suizidgedanken", True),
        ("si: none. mood 6/10", "si", True),
        ("self-harm: no", "self-harm", True),
        ("i want to kill myself no matter what they say", "kill myself", False),
        ("i want to die no joke", "want to die", False),
        ("ich will sterben nein echt jetzt", "will sterben", False),
    ],
)
def test_a_diarys_none_after_the_word_denies_it_only_as_a_whole_answer(
    sentence: str, phrase: str, denied: bool
) -> None:
    match = re.search(re.escape(phrase), sentence)
    assert match is not None
    assert safety._denied(sentence, match) is denied


def test_a_mood_diary_with_no_thoughts_shows_no_help_lines() -> None:
    text = "Stimmungstagebuch: Stimmung 5/10, Suizidgedanken keine, Selbstverletzung keine."
    assert not assess_crisis(text).flagged
