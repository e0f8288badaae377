"""Measure the analyser on the FRESH held-out sets (eval/*_fresh*.jsonl); never tune on them.

    .venv/bin/python bench/fresh_eval.py [SET ...]   (e.g. crisis_fresh4.jsonl; default: all)

The fresh sets were written by engineers who never read the detector (crisis_fresh2 by a
second writer, after two rounds of work had been steered by the first set's counts;
crisis_fresh3 by a third, with longer entries where the risk is one clause; crisis_fresh4 by a
fourth, mostly short statements of the kinds screening interviews ask about; crisis_fresh5 by a
fifth, many voices and lengths, the risk often one clause of a longer entry; crisis_fresh6 by a
sixth, screening answers and journal lines in many voices); they are measured only.

Round 9 (2026-12-02) retired crisis_fresh to crisis_fresh6 into development material: after
six rounds of measuring, the lead read their misses and false alarms and fixed what they showed.
Two new blind sets took their place (crisis_fresh7: new voices and dialects, a quarter longer
entries; crisis_fresh8: realistic short statements, a third each direct, indirect and oblique),
measured before any round-9 change and never read. The retired sets are still printed, marked.

Round 10 retired crisis_fresh7 and crisis_fresh8 the same way. Two new blind sets took their
place (crisis_fresh9: what people type when they finally say it, to a journal app, a friend or a
screening question; crisis_fresh10: dream-journal entries, the risk only in the waking part),
measured before any round-10 change and never read.

Round 11 retired crisis_fresh9 and crisis_fresh10 the same way. Two new blind sets took their
place (crisis_fresh11: long mixed journal entries with the deciding clause in the middle;
crisis_fresh12: one line per person in the life situations of this app's users), measured on
the round's starting code (477ca97) before any change and never read.

Round 12 retired crisis_fresh11 and crisis_fresh12 the same way. Two new blind sets took their
place (crisis_fresh13: dream-journal entries, a dream mixed with the night, the day and notes for
the therapist, the risk only in the waking part; crisis_fresh14: quick, unpolished writing typed
on a phone or dictated), measured on the round's starting code (5b66911) before any change and
never read.

Round 13 retired crisis_fresh13 and crisis_fresh14 the same way. Two new blind sets took their
place (crisis_fresh15: realistic short statements of every kind a screener asks about, beside
idioms, dream content and third persons in equal parts; crisis_fresh16: dream reports in the
style of research dream collections, half of all lines dreams that stay dreams), measured on the
round's starting code (d55d865) before any change and never read.

Round 14 kept both and added two more blind sets (crisis_fresh17: a week of journal entries of 2
to 10 sentences, the writer's risk in one clause among sleep, work, family and errands;
crisis_fresh18: short answers and messages to a therapist or a friend, the risk said sideways),
measured on the round's starting code (f0e167a) before any change and never read.

Round 15 retired crisis_fresh15 and crisis_fresh16 into development material (their misses and
false alarms were read and fixed as mechanisms) and added two more blind sets
(crisis_fresh19: short statements from journal apps, patient portals, forums and voice memos
beside the hardest negatives; crisis_fresh20: dream-journal entries, most negatives dreams that
stay dreams), measured on the round's starting code (54130f0) before any change and never read.

Round 16 retired crisis_fresh17 and crisis_fresh18 into development material and added two more
blind sets (crisis_fresh21: short single statements as a clinician would collect to test a
screener; crisis_fresh22: lines typed fast on a phone at night, slang, typos, emoji and
Denglisch), measured on the round's starting code (b052404) before any change and never read.

Round 18 retired crisis_fresh19 to crisis_fresh22 into training material (each measured twice in
round 17, never read) and added two more blind sets (crisis_fresh23: what a clinician would
collect from strangers, journal entries, patient-portal messages, voice memos, a third longer
entries; crisis_fresh24: lines typed fast on a phone at night, slang, emoji, Denglisch), measured
on the round's starting code (1864caf) before any change and never read.

Round 19 retired crisis_fresh23 and crisis_fresh24 into training material (each measured twice in
round 18, never read) and added two more blind sets (crisis_fresh25: portal messages to a therapist
between sessions and replies to a friend's shared dream; crisis_fresh26: dictated and hurried
night notes from shift workers, half the German without umlauts, dialect), measured on the
round's starting code (2e8c1a2) before any change and never read.

Round 20 retired crisis_fresh25 and crisis_fresh26 into training material (each measured three
times in round 19, read after this round's new sets were measured) and added two more blind sets
(crisis_fresh27: free text typed into mood, sleep and medication trackers; crisis_fresh28: letters
never sent and posts in support forums), measured on the round's starting code (6c36855) before
any change and never read.

Round 21 retired crisis_fresh27 and crisis_fresh28 into training material (each measured twice in
round 20, read after this round's new sets were measured) and added two more blind sets
(crisis_fresh29: voice memos as the phone transcribes them and texts to a sibling or close friend;
crisis_fresh30: the morning entries of a dream journal, a dream told first and then the waking
day), measured on the round's starting code (21ee1f7) before any change and never read.

Round 23 retired crisis_fresh29 and crisis_fresh30 into development material (each measured twice
in round 21; their misses and false alarms read and fixed as mechanisms) and added two more blind
sets (crisis_fresh31: the free-text box of a daily check-in, writers 16 to 85, some writing a
second language; crisis_fresh32: entries a few days after one life event, half of them mentioning
a dream), measured on the round's starting code (316ce63) before any crisis change and never read.

Round 24 retired crisis_fresh31 and crisis_fresh32 into development material (each measured twice
in round 23; their misses and false alarms read and fixed as mechanisms) and added two more blind
sets (crisis_fresh33: poetic and figurative journal writing; crisis_fresh34: entries around
holidays and the year's turning points), and dream_emotions_fresh5 (reports by people in
particular life situations, the brief naming no example phrasings), all measured on the round's
starting code (56b51f4) before any change and never read.

Round 25 retired crisis_fresh33/34 and dream_emotions_fresh5 into development material (each
measured twice in round 24; read and fixed as mechanisms) and added crisis_fresh35 (entries
written under money, work and legal trouble), crisis_fresh36 (pupils, students, apprentices and
first jobs, 14 to 28) and dream_emotions_fresh6 (reports as written down for a dream study or a
sleep lab), measured on the round's starting code (0ca0510) before any change and never read.

Round 26 retired crisis_fresh35/36 and dream_emotions_fresh6 into development material (read and
fixed as mechanisms) and added crisis_fresh37 (illness, pain, old age and caregiving),
crisis_fresh38 (drinking, drugs, gambling and recovery) and dream_emotions_fresh7 (a two-week
home dream-diary study), measured on the round's starting code (ab8bf3a) before any change and
never read.

Round 27 retired crisis_fresh37/38 and dream_emotions_fresh7 into development material (read and
fixed as mechanisms) and added crisis_fresh39 (family life: pregnancy, babies, divorce and
custody, a violent partner, children in trouble), crisis_fresh40 (hard, dangerous and lonely
work) and dream_emotions_fresh8 (nightmares written down for a therapist, a sleep clinic or a
nightmare diary), measured on the round's starting code (7abeb95) before any change and never
read.

Round 28 retired crisis_fresh39/40 and dream_emotions_fresh8 into development material (read and
fixed as mechanisms, after their last unread measurement on the round's code) and added
crisis_fresh41 (dream-journal entries with a waking part: a dream, then the day and how the
writer is) and dream_emotions_fresh9 (dreams told aloud and typed up), measured on the round's
starting code (1bfd864) before any change and never read. (fresh9's per-class totals, never its
lines, showed happiness precision 0.39; transcripts mark laughter as "[laughs]", which the
analysis then read as a stage direction too: fresh9 is no clean measure of that one rule.)

Round 29 kept crisis_fresh41 and dream_emotions_fresh9 held out (unread) and added
crisis_fresh42 (what people say about how they are, in short statements and messages: a GP's
"how have you been?", a patient-portal message, a first text to a crisis line) and
dream_emotions_fresh10 (answers to an online dream survey), measured on the round's starting code
(a233b48) before any change and never read.

Round 30 kept crisis_fresh41/42 and dream_emotions_fresh9/10 held out (unread) and added
crisis_fresh43 (short statements when asked straight out: a GP's question, a symptom checker,
a crisis text line, a note to a therapist), measured on the round's starting code (6fec96f)
before any change and never read; and, late in the round, dream_emotions_fresh11 (reports of the
kind coded with the Hall–Van de Castle system), measured on arrival (de01fac) and at the end,
never read.

Round 31 kept crisis_fresh41-43 and dream_emotions_fresh9-11 held out (unread) and added
crisis_fresh44 (what people type into a dream-journal and mood app: the daily "how are you,
really?" box, a line under a dream, a note to self, a message drafted to a friend), measured on
the round's starting code (74fa7db) before any change and never read, and
dream_emotions_fresh12 (a long-running personal dream diary and a German sleep-research
questionnaire study), measured on arrival (before any emotion change of the round) and at the
end, never read.

Round 32 kept crisis_fresh41-44 and dream_emotions_fresh9-12 held out (unread) and added
crisis_fresh45 (what clients and friends write around shared dreams and nightmare therapy:
Imagery Rehearsal homework sheets, a friend's reply under a shared dream, a message to the
therapist, a comment on one's own old entry) and dream_emotions_fresh13 (an online survey of
young adults in world Englishes and in German, Austrian and Swiss German), each measured on the
round's starting code (45119ce) before any change and never read; and, later in the round,
crisis_fresh46 (messages to others online: direct messages, comments, a gaming chat, an anonymous
forum, a school counsellor's inbox) and dream_emotions_fresh14 (university students' and a German
questionnaire study's reports of the kind coded with the Hall–Van de Castle system), each
measured on the round's starting code on arrival and at the end, never read.

Round 33 kept crisis_fresh41-46 and dream_emotions_fresh9-14 held out (unread) and added
crisis_fresh47 (terse, understated writing: farmers, tradespeople, veterans, older people, stoic
teenagers) and dream_emotions_fresh15 (posts in dream forums, many characters' feelings beside
the dreamer's), each measured on the round's starting code (98829de) before any change and never
read; and, later in the round, crisis_fresh48 (entries around nightmare therapy: a recurring
nightmare, its new ending, the night and the day) and dream_emotions_fresh16 (reports of the kind
collected for dream research and coded with the Hall–Van de Castle system), each measured on the
round's starting code on arrival and at the end, never read.

Round 34 kept crisis_fresh41-48 and dream_emotions_fresh9-16 held out (unread) and added
crisis_fresh49 (recovery and the margins: sobriety and relapse, gambling, prison release, debts),
crisis_fresh50 (new and struggling parents and family carers), dream_emotions_fresh17 (dreams of
a time of change in the family: pregnancy, new parents, carers, recovery from drinking) and
dream_emotions_fresh18 (dreams told aloud and written down or transcribed), each measured on the
round's starting code (80bc4f2) before any change and at the end, never read.

Round 35 kept crisis_fresh41-50 and dream_emotions_fresh9-18 held out (unread) and added
crisis_fresh51 (breakups, divorce and custody fights), crisis_fresh52 (people rejected by family,
faith or community), dream_emotions_fresh19 (lucid, recurring and vivid dreams logged by
dream-journal keepers) and dream_emotions_fresh20 (dreams of work and school), each measured on the
round's starting code (b39bc69) before any change and at the end, never read.

Round 36 kept crisis_fresh41-52 and dream_emotions_fresh9-20 held out (unread) and added
crisis_fresh53 (the bereaved, in the months after a death), crisis_fresh54 (people of faith
keeping a prayer journal or devotional diary), dream_emotions_fresh21 (dreams of children and
teenagers) and dream_emotions_fresh22 (dreams of love, desire and jealousy), each measured on the
round's starting code (c1ca593) before any change and at the end, never read.

Round 37 kept crisis_fresh41-54 and dream_emotions_fresh9-22 held out (unread) and added
crisis_fresh55 (people living with chronic illness, chronic pain or a disability), crisis_fresh56
(people in money trouble: debt, a failed business, eviction), dream_emotions_fresh23 (dreams of
journeys and being lost) and dream_emotions_fresh24 (dreams of the body), each measured on the
round's starting code (3b16b2d) before any change and at the end, never read.

Round 38 kept crisis_fresh41-56 and dream_emotions_fresh9-24 held out (unread) and added
crisis_fresh57 (teenagers and very young adults online: school, bullying, group chats),
crisis_fresh58 (people in or after psychiatric care: the ward, crisis plans, DBT skills,
medication), dream_emotions_fresh25 (dreams of houses, rooms and places) and
dream_emotions_fresh26 (dreams of performing and being watched), each measured on the round's
starting code (723895d) before any change and at the end, never read.

Round 39 kept crisis_fresh41-58 and dream_emotions_fresh9-26 held out (unread) and added
crisis_fresh59 (people awake at night: insomnia, shift work, the 3 a.m. feed), crisis_fresh60
(people living with violence or control at home), dream_emotions_fresh27 (ordinary, mundane
dreams) and dream_emotions_fresh28 (dreams of the dead and of the missing), each measured on the
round's starting code (7863cd1) before any change and at the end, never read.

Round 40 kept crisis_fresh41-60 and dream_emotions_fresh9-28 held out (unread) and added
crisis_fresh61 (people in prison, on remand, on probation or just released, and their families),
crisis_fresh62 (soldiers, veterans and people with weapons at work), dream_emotions_fresh29
(dreams of old friends, school days and childhood places) and dream_emotions_fresh30 (dreams of
being chased and threatened), each measured on the round's starting code (b47f4c9) before any
change and at the end, never read.

Round 41 kept crisis_fresh41-62 and dream_emotions_fresh9-30 held out (unread) and added
crisis_fresh63 (people who have just received a serious diagnosis, and those around them),
crisis_fresh64 (high achievers worn out at work), dream_emotions_fresh31 (dreams of illness,
hospitals and doctors) and dream_emotions_fresh32 (dreams of flying, falling, water and floods),
each measured on the round's starting code (2fbaf45) before any change and at the end, never read.

Round 42 kept crisis_fresh41-64 and dream_emotions_fresh9-32 held out (unread) and added
crisis_fresh65 (young people in care or leaving it, and their carers), crisis_fresh66 (lesbian,
gay, bisexual and trans people, and some of their parents and friends), dream_emotions_fresh33
(dreams of war, disaster, evacuation and rescue) and dream_emotions_fresh34 (dreams of money,
possessions and losing things), each measured on the round's starting code (6633982) before any
change and at the end, never read.

Round 43 kept crisis_fresh41-66 and dream_emotions_fresh9-34 held out (unread) and added
crisis_fresh67 (men in midlife after a separation or divorce; dev84's theme), crisis_fresh68
(university students, trainees and PhD candidates), dream_emotions_fresh35 (dreams of pregnancy,
birth, babies and parenthood; dev76's theme) and dream_emotions_fresh36 (dreams of animals), each
measured on the round's starting code (b78da52) before any change and at the end, never read.

Round 44 kept crisis_fresh41-68 and dream_emotions_fresh9-36 held out (unread) and added
crisis_fresh69 (people living with chronic pain or a long-term illness), crisis_fresh70 (people
who moved country, writing in their second language), dream_emotions_fresh37 (dreams of water)
and dream_emotions_fresh38 (dreams of work and colleagues), each measured on the round's
starting code (668c628) before any change and at the end, never read.

Round 45 kept crisis_fresh41-70 and dream_emotions_fresh9-38 held out (unread) and added
crisis_fresh71 (nurses, carers, doctors, pharmacists and vets), crisis_fresh72 (people over
seventy), dream_emotions_fresh39 (dreams of the dead) and dream_emotions_fresh40 (dreams of
weddings, birthdays and parties), each measured on the round's starting code (8585e12) before any
change and at the end, never read.

Round 46 kept crisis_fresh41-72 and dream_emotions_fresh9-40 held out (unread) and added
crisis_fresh73 (new parents, pregnancy and the first years), crisis_fresh74 (men in manual trades
and on the road), dream_emotions_fresh41 (dreams of animals and pets) and dream_emotions_fresh42
(flying, falling, heights, being unprepared), each measured on the round's starting code
(c46a03f) before any change and at the end, never read.

Round 47 kept crisis_fresh41-74 and dream_emotions_fresh9-42 held out (unread) and added
crisis_fresh75 (eating disorders, diets and body image), crisis_fresh76 (artists, musicians,
dancers and athletes), dream_emotions_fresh43 (food, kitchens, restaurants and shops) and
dream_emotions_fresh44 (technology and machines going wrong), each measured on the round's
starting code (df87dfd) before any change and at the end, never read.

Round 48 kept crisis_fresh41-76 and dream_emotions_fresh9-44 held out (unread) and added
crisis_fresh77 (university students and doctoral researchers), crisis_fresh78 (soldiers,
veterans, police officers, firefighters and paramedics), dream_emotions_fresh45 (school, exams
and teachers) and dream_emotions_fresh46 (war, disasters and the end of the world), each measured
on the round's starting code (1898712) before any change and at the end, never read.

Round 49 kept crisis_fresh41-78 and dream_emotions_fresh9-46 held out (unread) and added
crisis_fresh79 (farmers, fishermen, foresters and people in small villages), crisis_fresh80
(chronic illness, chronic pain, disability and hospital patients), dream_emotions_fresh47
(animals, pets and wild places) and dream_emotions_fresh48 (weddings, funerals, birthdays and
other family occasions), each measured on the round's starting code (3639752) before any change
and at the end, never read.

Round 50 kept crisis_fresh41-80 and dream_emotions_fresh9-48 held out (unread) and added
crisis_fresh81 (long-haul truck drivers, couriers and shift workers), crisis_fresh82 (older people
and the newly widowed), dream_emotions_fresh49 (water and the sea) and dream_emotions_fresh50
(work and offices), each measured on the round's starting code (2bb4030) before any change and at
the end, never read.

Round 51 kept crisis_fresh41-82 and dream_emotions_fresh9-50 held out (unread) and added
crisis_fresh83 (fishermen, sailors and people of islands and coastal towns), crisis_fresh84
(separation, divorce and custody), dream_emotions_fresh51 (sports, games and competitions) and
dream_emotions_fresh52 (childhood and being small again), each measured on the round's starting
code (37fec51) before any change and at the end, never read.

Round 52 kept crisis_fresh41-84 and dream_emotions_fresh9-52 held out (unread) and added
crisis_fresh85 (nurses, paramedics and care-home staff), crisis_fresh86 (young people in villages
and small towns), dream_emotions_fresh53 (weather, storms and the sky) and dream_emotions_fresh54
(hospitals, doctors, bodies and illness), each measured on the round's starting code (7d6f22d)
before any change and at the end, never read.

Round 53 kept crisis_fresh41-86 and dream_emotions_fresh9-54 held out (unread) and added
crisis_fresh87 (cooks, waiters, bar and hotel night staff), crisis_fresh88 (the unemployed and job
seekers), dream_emotions_fresh55 (ghosts, magic, monsters and aliens) and dream_emotions_fresh56
(cars, driving and getting lost in a city), each measured on the round's starting code (5070601)
before any change and at the end, never read.

Round 22 added two blind sets of dream reports for the dreamer's emotions (dream_emotions_fresh3:
research dream-bank style, long reports, numbered series, a sleep lab, Austrian and Swiss German;
dream_emotions_fresh4: app, forum and phone style, slang, dialect and typos), measured on the
round's starting code (195306b) before any change and once after it, never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.analysis_eval import (  # noqa: E402
    CRISIS_BASELINE,
    baseline,
    crisis_scores,
    emotion_scores,
    ours,
)
from dreamjournal.therapy.safety import assess_crisis  # noqa: E402

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _load(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (EVAL / name).read_text("utf-8").splitlines() if line]


CRISIS_SETS = (
    "crisis_fresh41.jsonl",
    "crisis_fresh42.jsonl",
    "crisis_fresh43.jsonl",
    "crisis_fresh44.jsonl",
    "crisis_fresh45.jsonl",
    "crisis_fresh46.jsonl",
    "crisis_fresh47.jsonl",
    "crisis_fresh48.jsonl",
    "crisis_fresh49.jsonl",
    "crisis_fresh50.jsonl",
    "crisis_fresh51.jsonl",
    "crisis_fresh52.jsonl",
    "crisis_fresh53.jsonl",
    "crisis_fresh54.jsonl",
    "crisis_fresh55.jsonl",
    "crisis_fresh56.jsonl",
    "crisis_fresh57.jsonl",
    "crisis_fresh58.jsonl",
    "crisis_fresh59.jsonl",
    "crisis_fresh60.jsonl",
    "crisis_fresh61.jsonl",
    "crisis_fresh62.jsonl",
    "crisis_fresh63.jsonl",
    "crisis_fresh64.jsonl",
    "crisis_fresh65.jsonl",
    "crisis_fresh66.jsonl",
    "crisis_fresh67.jsonl",
    "crisis_fresh68.jsonl",
    "crisis_fresh69.jsonl",
    "crisis_fresh70.jsonl",
    "crisis_fresh71.jsonl",
    "crisis_fresh72.jsonl",
    "crisis_fresh73.jsonl",
    "crisis_fresh74.jsonl",
    "crisis_fresh75.jsonl",
    "crisis_fresh76.jsonl",
    "crisis_fresh77.jsonl",
    "crisis_fresh78.jsonl",
    "crisis_fresh79.jsonl",
    "crisis_fresh80.jsonl",
    "crisis_fresh81.jsonl",
    "crisis_fresh82.jsonl",
    "crisis_fresh83.jsonl",
    "crisis_fresh84.jsonl",
    "crisis_fresh85.jsonl",
    "crisis_fresh86.jsonl",
    "crisis_fresh87.jsonl",
    "crisis_fresh88.jsonl",
)
# development material since round 9 (fresh7, 8: round 10; 9, 10: 11; 11, 12: 12; 13, 14: 13;
# 15, 16: round 15; 17, 18: round 16; 19-22: round 18; 23, 24: round 19; 25, 26: round 20;
# 27, 28: round 21; 29, 30: round 23; 31, 32: round 24; 33, 34: round 25; 35, 36: round 26;
# 37, 38: round 27; 39, 40: round 28)
RETIRED_SETS = (
    "crisis_fresh.jsonl",
    "crisis_fresh2.jsonl",
    "crisis_fresh3.jsonl",
    "crisis_fresh4.jsonl",
    "crisis_fresh5.jsonl",
    "crisis_fresh6.jsonl",
    "crisis_fresh7.jsonl",
    "crisis_fresh8.jsonl",
    "crisis_fresh9.jsonl",
    "crisis_fresh10.jsonl",
    "crisis_fresh11.jsonl",
    "crisis_fresh12.jsonl",
    "crisis_fresh13.jsonl",
    "crisis_fresh14.jsonl",
    "crisis_fresh15.jsonl",
    "crisis_fresh16.jsonl",
    "crisis_fresh17.jsonl",
    "crisis_fresh18.jsonl",
    "crisis_fresh19.jsonl",
    "crisis_fresh20.jsonl",
    "crisis_fresh21.jsonl",
    "crisis_fresh22.jsonl",
    "crisis_fresh23.jsonl",
    "crisis_fresh24.jsonl",
    "crisis_fresh25.jsonl",
    "crisis_fresh26.jsonl",
    "crisis_fresh27.jsonl",
    "crisis_fresh28.jsonl",
    "crisis_fresh29.jsonl",
    "crisis_fresh30.jsonl",
    "crisis_fresh31.jsonl",
    "crisis_fresh32.jsonl",
    "crisis_fresh33.jsonl",
    "crisis_fresh34.jsonl",
    "crisis_fresh35.jsonl",
    "crisis_fresh36.jsonl",
    "crisis_fresh37.jsonl",
    "crisis_fresh38.jsonl",
    "crisis_fresh39.jsonl",
    "crisis_fresh40.jsonl",
)
EMOTION_SETS = (
    "dream_emotions_fresh.jsonl",
    "dream_emotions_fresh2.jsonl",
    "dream_emotions_fresh3.jsonl",
    "dream_emotions_fresh4.jsonl",
    "dream_emotions_fresh5.jsonl",
    "dream_emotions_fresh6.jsonl",
    "dream_emotions_fresh7.jsonl",
    "dream_emotions_fresh8.jsonl",
    "dream_emotions_fresh9.jsonl",
    "dream_emotions_fresh10.jsonl",
    "dream_emotions_fresh11.jsonl",
    "dream_emotions_fresh12.jsonl",
    "dream_emotions_fresh13.jsonl",
    "dream_emotions_fresh14.jsonl",
    "dream_emotions_fresh15.jsonl",
    "dream_emotions_fresh16.jsonl",
    "dream_emotions_fresh17.jsonl",
    "dream_emotions_fresh18.jsonl",
    "dream_emotions_fresh19.jsonl",
    "dream_emotions_fresh20.jsonl",
    "dream_emotions_fresh21.jsonl",
    "dream_emotions_fresh22.jsonl",
    "dream_emotions_fresh23.jsonl",
    "dream_emotions_fresh24.jsonl",
    "dream_emotions_fresh25.jsonl",
    "dream_emotions_fresh26.jsonl",
    "dream_emotions_fresh27.jsonl",
    "dream_emotions_fresh28.jsonl",
    "dream_emotions_fresh29.jsonl",
    "dream_emotions_fresh30.jsonl",
    "dream_emotions_fresh31.jsonl",
    "dream_emotions_fresh32.jsonl",
    "dream_emotions_fresh33.jsonl",
    "dream_emotions_fresh34.jsonl",
    "dream_emotions_fresh35.jsonl",
    "dream_emotions_fresh36.jsonl",
    "dream_emotions_fresh37.jsonl",
    "dream_emotions_fresh38.jsonl",
    "dream_emotions_fresh39.jsonl",
    "dream_emotions_fresh40.jsonl",
    "dream_emotions_fresh41.jsonl",
    "dream_emotions_fresh42.jsonl",
    "dream_emotions_fresh43.jsonl",
    "dream_emotions_fresh44.jsonl",
    "dream_emotions_fresh45.jsonl",
    "dream_emotions_fresh46.jsonl",
    "dream_emotions_fresh47.jsonl",
    "dream_emotions_fresh48.jsonl",
    "dream_emotions_fresh49.jsonl",
    "dream_emotions_fresh50.jsonl",
    "dream_emotions_fresh51.jsonl",
    "dream_emotions_fresh52.jsonl",
    "dream_emotions_fresh53.jsonl",
    "dream_emotions_fresh54.jsonl",
    "dream_emotions_fresh55.jsonl",
    "dream_emotions_fresh56.jsonl",
)


def main() -> None:
    chosen = set(sys.argv[1:])
    for name in CRISIS_SETS:
        if not chosen or name in chosen:
            _crisis(name)
    for name in RETIRED_SETS:
        if not chosen or name in chosen:
            print("(retired: development material since rounds 9 to 28)")
            _crisis(name)
    for set_name in EMOTION_SETS:
        if chosen and set_name not in chosen:
            continue
        dreams = _load(set_name)
        print(f"-- {set_name}")
        for name, predict in (("ours", ours), ("baseline", baseline)):
            scores = emotion_scores(dreams, predict)
            p, r, f = scores["micro"][:3]
            print(f"dreamer emotions fresh, {name}: micro P {p:.2f} R {r:.2f} F1 {f:.2f}")
            for lang in ("en", "de"):
                part = [d for d in dreams if d["lang"] == lang]
                p, r, f = emotion_scores(part, predict)["micro"][:3]
                print(f"  {lang}: micro P {p:.2f} R {r:.2f} F1 {f:.2f} n={len(part)}")
        classes = emotion_scores(dreams, ours)
        f1 = {k: round(v[2], 2) for k, v in classes.items() if k != "micro"}
        print("  per class (ours):", f1)


def _crisis(name: str) -> None:
    """Recall and false alarms on one fresh crisis set, by language and by category."""
    rows = _load(name)
    print(f"-- {name}")
    for lang in ("en", "de", None):
        sub = [r for r in rows if lang is None or r["lang"] == lang]
        p, r, fa, n = crisis_scores(sub, lambda t: assess_crisis(t).flagged)
        _, br, bfa, _ = crisis_scores(sub, lambda t: CRISIS_BASELINE.search(t))
        print(
            f"crisis fresh {lang or 'all'}: recall {r:.2f} false alarms {fa:.2f} precision "
            f"{p:.2f} n={n} | keyword baseline recall {br:.2f} false alarms {bfa:.2f}"
        )
    flagged = {str(r["id"]): assess_crisis(str(r["text"])).flagged for r in rows}
    missed = Counter(r["category"] for r in rows if r["crisis"] and not flagged[str(r["id"])])
    alarms = Counter(r["category"] for r in rows if not r["crisis"] and flagged[str(r["id"])])
    print("missed by category:", dict(missed))
    print("false alarms by category:", dict(alarms))


if __name__ == "__main__":
    main()
