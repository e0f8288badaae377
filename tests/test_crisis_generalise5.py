"""Crisis language told sideways: the mechanisms of round 5 (issue 13), each with what it catches
in at least two phrasings and the look-alike it leaves alone.

`eval/crisis_dev5.jsonl` (split `dev5`) was written before any run on it and measured first
(recall 0.79, false alarms 0.25); the changes then taught the check *ideas*: an act that failed
told beside its aftercare or a ligature, a rescue beside a place, standing outside the railing,
fumes, how much would be lethal, a clear result that disappoints, a dream of one's own death
wished real, the others being away as a window, a delayed message beside passwords, a letter
"for after", dialect spellings; and on the side of false alarms: a question answered no in the
next sentence, a present told as good after a past episode, leaving a job, a rest "bis sonntag",
a thought denied a few words back, and a classifier that needs a crisis concept of its own once a
sentence was set aside as denied or as someone else's. None of the sentences below is a line of
any eval file (checked at the end). They were written after those changes as a probe and run
once untuned: 20/24 caught, 3 of 23 look-alikes flagged, 6/6 near crises still flagged; the
general causes were then fixed (a pair told sentences apart, a rescuer who is someone else by
nature, a recipient taken for a subject, a dream told after its death, a thought denied further
back, a rest with a time limit, a wish to die denied after the verb) and all pass. The train3
probe's misses gave the mechanisms from "no return" to "what then"; a last probe of 30 crisis
lines and 20 look-alikes, written after all of them and run once untuned, found 21/30 (English
8/15, German 13/15) with 2/20 false alarms; its general causes gave the mechanisms from "cover
story" on (27/30, 0/20 after). A last English probe (20 crisis lines, 10 look-alikes, run once
untuned: 16/20, 2/10) gave those from "knot" on (20/20, 1/10 after: a lake house "we" drive up to
is still a false alarm).
"""

# ruff: noqa: E501
# (Diary lines are kept whole, one per line.)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamjournal.therapy.safety import assess_crisis, prepare
from tests.conftest import GENTLE_FALSE_ALARM

EVAL = Path(__file__).resolve().parent.parent / "eval"

# (mechanism, text, category the check should report)
CAUGHT = [
    # an act that failed, beside its aftercare, a ligature, a strong method
    (
        "failed",
        "The ward doctor wants to talk about Saturday again. I keep telling her I'm just angry it didn't work.",
        "attempt",
    ),
    ("failed", "seit der entlassung denk ich nur eins: warum hat es nicht geklappt", "attempt"),
    ("failed", "tried it with a cable in the attic on sunday, the beam gave way", "attempt"),
    ("failed", "hab's mit dem gürtel versucht, der haken ist abgebrochen", "attempt"),
    # someone stopped it, or the writer stood outside the railing
    ("rescue", "a bus driver talked me down from the roof of the car park last night", "attempt"),
    ("rescue", "stood outside the railings on the footbridge until the police came", "attempt"),
    (
        "rescue",
        "meine nachbarin hat mich vom dach runtergeholt, keiner sonst weiss davon",
        "attempt",
    ),
    # fumes
    (
        "fumes",
        "left the engine running in the shut garage on friday, my brother found me",
        "attempt",
    ),
    (
        "fumes",
        "hab klebeband und einen schlauch besorgt, passt genau auf den auspuff",
        "preparation",
    ),
    # how much would be lethal
    ("lethal amount", "read up on how many of my sleeping tablets would be fatal", "preparation"),
    ("lethal amount", "gegoogelt ab welcher dosis paracetamol tödlich ist", "preparation"),
    # a good result that disappoints
    ("good result", "bloods came back normal and honestly i was gutted", "passive_wish"),
    (
        "good result",
        "Befund unauffällig. Bin irgendwie enttäuscht, ich hatte auf was anderes gehofft.",
        "passive_wish",
    ),
    # a dream of one's own death, wished real on waking
    (
        "dream wished real",
        "dreamt i'd died in my sleep. since waking i keep wishing it was real",
        "passive_wish",
    ),
    (
        "dream wished real",
        "hab von meiner eigenen beerdigung geträumt. seit dem aufwachen hoffe ich, dass es wahr wird",
        "passive_wish",
    ),
    # the others away, and that is the window
    ("window", "my parents are away till sunday. that's my window.", "plan"),
    ("window", "die wg ist übers wochenende verreist, das ist mein zeitfenster.", "plan"),
    # a delayed message beside passwords
    (
        "delayed message",
        "zeitversetzte mail an meinen bruder eingerichtet, schickt ihm alle passwörter am freitag",
        "preparation",
    ),
    (
        "delayed message",
        "my inactive account manager is set up now, it gives my wife all my passwords",
        "preparation",
    ),
    # a letter for afterwards
    ("for after", "the note for after is in my jewellery box, under the rings", "preparation"),
    ("for after", "hab für danach einen zettel in die schublade gelegt", "preparation"),
    # dialect spellings
    ("dialect", "i hob mi gestan wieda gschnittn, am oberarm", "self_harm"),
    ("dialect", "mog nimma aufwacha, jeden morgen desselbe", "passive_wish"),
    ("dialect", "ich wött nüme läbe", "passive_wish"),
    # from the train3 probe: not coming back by car or on foot, to a coast
    ("no return", "on sunday i'll walk out to the cliffs and not walk back", "plan"),
    ("no return", "morgen fahr ich an die steilküste und nicht mehr zurück", "plan"),
    # two ways of not being asked
    (
        "two cover stories",
        "got another box from a second pharmacy so they wouldn't get suspicious",
        "preparation",
    ),
    (
        "two cover stories",
        "in der anderen apotheke nochmal welche geholt, damit es nicht auffällt",
        "preparation",
    ),
    # the urge won
    ("urge won", "the urges won again tonight, plasters everywhere", "self_harm"),
    ("urge won", "gestern hat der drang wieder gewonnen", "self_harm"),
    # in front of a train or a bus
    ("in front of", "hab überlegt, mich vor den güterzug zu werfen", "active_thoughts"),
    (  # an act begun on purpose and stopped: an aborted attempt (C-SSRS), reported as one
        "in front of",
        "nearly stepped in front of the bus on purpose this morning",
        "attempt",
    ),
    # a vehicle that could end it, and that would be fine
    ("vehicle", "a truck could end it on the way home and that would be fine", "passive_wish"),
    ("vehicle", "ein laster könnte das beenden, und das wär okay", "passive_wish"),
    # a number of new wounds
    ("new wounds", "two new cuts on my thigh since the weekend", "self_harm"),
    ("new wounds", "zwei neue brandwunden am handgelenk, seit gestern", "self_harm"),
    # whoever finds me
    ("finder", "left the cat's vaccination card out for whoever finds me", "preparation"),
    ("finder", "der zettel ist für den, der mich findet", "preparation"),
    # a hand or fist hurt on purpose
    ("hand", "slammed my fist into the door on purpose till it swelled", "self_harm"),
    ("hand", "hab mir absichtlich die finger in der schublade eingeklemmt", "self_harm"),
    # others away, and the writer knows what then
    (
        "what then",
        "when my wife is at her mum's on saturday i know exactly what i'm going to do then",
        "plan",
    ),
    ("what then", "wenn die kinder weg sind, weiß ich genau was ich dann mach", "plan"),
    # from a last probe: a cover story is the point, the kitchen or the good sleep it names frames nothing
    (
        "cover story",
        "the cut on my wrist from thursday needed glue at the walk-in, said it was a kitchen knife",
        "self_harm",
    ),
    (  # a known miss of round 19's classifier, flagged again since round 20
        "cover story",
        "hab der lehrerin gesagt, es war eine scherbe, dabei war's die klinge am unterarm",
        "self_harm",
    ),
    (
        "cover story",
        "hab meiner mutter erzählt, es war die katze, dabei war's die rasierklinge am arm",
        "self_harm",
    ),
    (
        "lied for pills",
        "told my gp i'm sleeping fine so she'd give me the full month of zopiclone",
        "preparation",
    ),
    (
        "lied for pills",
        "hab der ärztin erzählt, ich schlaf gut, damit sie mir mehr zolpidem verschreibt",
        "preparation",
    ),
    # leaning over, high up
    (
        "leaning over",
        "Went up to the 9th floor of the car park at lunch and leaned over for a long time. Then went back to my desk.",
        "active_thoughts",
    ),
    (
        "leaning over",
        "hab mich oben im parkdeck weit über die brüstung gelehnt, lange",
        "active_thoughts",
    ),
    # onto the tracks
    (
        "tracks",
        "bin am samstag auf die gleise gestiegen, der zug hat gebremst, ich bin weggerannt",
        "attempt",
    ),
    ("tracks", "stepped onto the tracks at the crossing last night and waited", "attempt"),
    # given away, for good
    (
        "given for good",
        "hab dem mitbewohner meine pflanzen vermacht und gesagt, ich bin eine weile weg. für immer halt",
        "preparation",
    ),
    ("given for good", "gave my records to my cousin. for good, not a loan.", "preparation"),
    # from an English probe: a knot that slipped, a gift told as something else, traces destroyed,
    # the reasons to stay running out
    (
        "knot",
        "tied a scarf to the banister on friday. the knot slipped. i didn't try again yet",
        "attempt",
    ),
    ("knot", "hab den schal am treppengeländer festgemacht, der knoten ist aufgegangen", "attempt"),
    (
        "gift story",
        "emptied my savings into my sister's account and told her it's an early birthday present",
        "preparation",
    ),
    (
        "gift story",
        "hab mein erspartes meinem bruder überwiesen und gesagt, es ist ein geburtstagsgeschenk",
        "preparation",
    ),
    (
        "traces",
        "my laptop is wiped, my journals are burned, the cat's food is sorted for a week",
        "preparation",
    ),
    ("traces", "tagebücher verbrannt, handy zurückgesetzt. fühlt sich leicht an", "preparation"),
    (
        "reasons",
        "I keep a list on my phone of reasons not to. It's getting shorter.",
        "passive_wish",
    ),
    ("reasons", "meine liste mit gründen zu bleiben wird jeden tag kürzer", "passive_wish"),
]

# (mechanism, text): the look-alike each mechanism leaves alone
LEFT_ALONE = [
    ("failed", "tried the new sleep app for a week, it didn't work."),
    ("failed", "der termin in der klinik hat nicht geklappt, neuer am montag"),
    ("failed", "the strap of my gym bag snapped at training today"),
    ("rescue", "my sister talked me down after the row with the landlord"),
    ("rescue", "the kite came down on the other side of the fence"),
    ("fumes", "fixed the leaking garden hose with tape this morning"),
    ("good result", "scan was clear, so relieved i cried in the car"),
    ("dream wished real", "dreamt i won the lottery, wish it was real"),
    pytest.param(
        "window",
        "my parents are away till sunday, that's my chance to throw a party",
        marks=GENTLE_FALSE_ALARM,
    ),
    ("delayed message", "scheduled an email to the landlord about the boiler"),
    ("for after", "wrote a note for after the exam so i remember what to revise"),
    ("dialect", "hob gestan zwiebeln gschnittn fürs gulasch"),
    # a rest with a time limit
    ("rest", "will bis mittag nicht mehr aufstehen, endlich wochenende"),
    # a question asked, answered no in the next sentence
    ("answered no", "the nurse asked if i'd had thoughts of ending my life. no, i haven't."),
    ("answered no", "Die Ärztin hat gefragt, ob ich Suizidgedanken habe. Nein, hab ich nicht."),
    # a thought denied a few words back; German negation after the verb
    ("denied thought", "not once have i thought about cutting myself, even this year"),
    ("denied thought", "ich hab noch nie ernsthaft dran gedacht, mich umzubringen"),
    ("denied after verb", "bin genervt von allem, aber sterben will ich deswegen wirklich nicht"),
    # after a denial, the rest needs its own crisis concept
    (
        "denied, then",
        "I'm not going to hurt myself. I just want a quiet evening with tea and a film.",
    ),
    # a past episode, and the present told as good
    (
        "past over",
        "2018 hab ich versucht, mich umzubringen. Heute helfe ich anderen als Genesungsbegleiter.",
    ),
    ("past over", "used to cut in college. i'm fine now, really fine."),
    # leaving a job
    ("job", "sent a goodbye email to all my colleagues, starting the new job on monday"),
    ("job", "abschiedsbrief an alle kollegen geschrieben, neuer job ab märz"),
    pytest.param(
        "no return",
        "drove to the coast for the weekend, not coming back till monday",
        marks=GENTLE_FALSE_ALARM,
    ),
    ("two cover stories", "went to a different pharmacy because mine was shut"),
    ("urge won", "the urge to buy the shoes won, oops"),
    ("in front of", "we had to stand in front of the bus stop for ages in the rain"),
    ("vehicle", "the bus strike could end this week, fingers crossed"),
    ("new wounds", "two new tattoos on my arm, love them"),
    ("finder", "left a note on the door for whoever comes to read the meter"),
    # (left alone since round 44: an accident said so, no one told it)
    ("hand", "slammed my hand in the car door by accident, ouch"),
    (
        "what then",
        "when my wife is at her mum's on saturday i know exactly what i'm doing then: pizza and football",
    ),
    ("cover story", "cut my thumb chopping onions, it was the new kitchen knife"),
    ("lied for pills", "told my gp about the back pain so she'd prescribe physio"),
    ("leaning over", "leaned over the counter to order two coffees"),
    ("tracks", "crossed over the tracks at the level crossing to get to the bakery"),
    ("given for good", "gave away my old bike, it's found its forever home"),
    ("past over", "back in 2014 i overdosed. now i run a support group and love my life"),
    (
        "past over",
        "2014 hatte ich eine überdosis. heute leite ich eine selbsthilfegruppe und liebe mein leben",
    ),
    ("knot", "tied a scarf to the banister for the halloween decorations"),
    ("gift story", "emptied my savings into the deposit for our first flat!"),
    ("traces", "reset my phone because it kept freezing"),
    ("reasons", "my list of reasons to move to lisbon is getting longer"),
    ("do it, explained", "I'm going to do it before I lose my nerve: ask her out on Friday!"),
]

# (mechanism, text): a crisis close to a look-alike above, still flagged
STILL_FLAGGED = [
    ("rest", "will nicht mehr aufstehen. nie mehr."),
    (
        "answered no",
        "the nurse asked if i'd had thoughts of ending my life. no. well, yes, most nights.",
    ),
    ("denied thought", "i can't stop thinking about hurting myself"),
    ("denied after verb", "sterben will ich, nicht mehr kämpfen"),
    ("past over", "used to cut in college and started again last night"),
    ("past over", "back in 2014 i overdosed and last night i took too many again"),
    ("do it, explained", "i'm going to do it tonight before i lose my nerve"),
    ("job", "goodbye letters for mum and my sister are done. tomorrow is my last day."),
]


@pytest.mark.parametrize(("mechanism", "text", "category"), CAUGHT)
def test_each_mechanism_catches_its_phrasings(mechanism: str, text: str, category: str) -> None:
    result = assess_crisis(text)
    assert result.flagged, (mechanism, text)
    assert category in result.categories, (mechanism, result.categories)


def test_every_mechanism_catches_at_least_two_phrasings() -> None:
    counts: dict[str, int] = {}
    for entry in CAUGHT:
        if not hasattr(entry, "marks"):  # a phrasing marked as a known miss is not counted
            counts[entry[0]] = counts.get(entry[0], 0) + 1
    assert min(counts.values()) >= 2, counts


@pytest.mark.parametrize(("mechanism", "text"), LEFT_ALONE)
def test_each_mechanism_leaves_its_look_alike_alone(mechanism: str, text: str) -> None:
    result = assess_crisis(text)
    assert not result.flagged, (mechanism, result.matches)


@pytest.mark.parametrize(("mechanism", "text"), STILL_FLAGGED)
def test_the_crisis_beside_a_look_alike_is_still_flagged(mechanism: str, text: str) -> None:
    assert assess_crisis(text).flagged, mechanism


@pytest.mark.parametrize(
    ("dialect", "standard"),
    [
        ("gschnittn", "geschnitten"),
        ("tablettn", "tabletten"),
        ("aufwacha", "aufwachen"),
        ("tiafer", "tiefer"),
        ("nüme", "nicht mehr"),
    ],
)
def test_prepare_spells_dialect_words_in_standard_german(dialect: str, standard: str) -> None:
    assert prepare(f"hab {dialect} heute", "de") == f"habe {standard} heute"


def test_prepare_leaves_unknown_names_alone() -> None:
    assert prepare("lena and hanna came by", "en") == "lena and hanna came by"


def test_no_sentence_here_is_a_line_of_an_eval_file() -> None:
    seen: set[str] = set()
    for path in EVAL.glob("crisis_*.jsonl"):
        if "fresh" in path.name:
            continue  # held-out sets are not opened
        for line in path.read_text(encoding="utf-8").splitlines():
            seen.add(json.loads(line)["text"].lower())
    left_alone = [getattr(case, "values", case) for case in LEFT_ALONE]  # pytest.param or tuple
    caught = [getattr(case, "values", case) for case in CAUGHT]
    ours = [t for _, t, _ in caught] + [t for _, t in left_alone] + [t for _, t in STILL_FLAGGED]
    assert not {t.lower() for t in ours} & seen


def test_dev5_is_well_formed_half_german_and_mostly_crisis() -> None:
    rows = [
        json.loads(line) for line in (EVAL / "crisis_dev5.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(rows) == 260
    assert len({r["id"] for r in rows}) == len(rows) == len({r["text"] for r in rows})
    assert {r["split"] for r in rows} == {"dev5"}
    german = sum(r["lang"] == "de" for r in rows)
    crisis = sum(r["crisis"] for r in rows)
    assert 120 <= german <= 140
    assert 0.5 <= crisis / len(rows) <= 0.6
