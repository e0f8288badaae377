"""How much the crisis check's verdict depends on what surrounds a statement (round 10).

    .venv/bin/python bench/crisis_invariance.py

A crisis line that the check flags on its own should stay flagged when an entry tells a dream
before it, when one ordinary sentence stands beside it, or when it is typed differently (no
umlauts, an emoji, no punctuation, a date in front); and a line it leaves alone should stay
alone. Each probe takes development lines only (eval/crisis_*.jsonl, never the held-out sets of
the current round, `bench.fresh_eval.CRISIS_SETS`), changes their surroundings, and prints how
many verdicts flip. Round 11 added the long mixed entry: lines the check leaves alone, joined
with a dream and ordinary sentences into one entry of 8 to 12 sentences, should stay alone, and
a crisis line it flags should keep its flag in the middle of such an entry. The reference is
the same check on the unchanged lines, in the same run.
Deterministic (fixed seeds); about a minute.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fresh_eval import CRISIS_SETS  # noqa: E402
from dreamjournal.therapy.safety import assess_crisis  # noqa: E402

EVAL = ROOT / "eval"
HELD_OUT = CRISIS_SETS  # the current round's held-out sets, named once in bench/fresh_eval.py

# Written for this probe (not lines of eval/): waking lines, ordinary diary sentences.
WAKING = {
    "en": ["Woke up at six.", "The alarm went off at 6.", "Then I opened my eyes.",
           "Morning now.", "Now I am lying here in the dark.",
           "At breakfast I kept thinking about it."],
    "de": ["Um sechs aufgewacht.", "Dann hat der Wecker geklingelt.",
           "Beim Aufwachen war alles still.", "Morgens dann Kopfweh.",
           "Jetzt lieg ich hier im Dunkeln.", "Nach dem Aufstehen Kaffee."],
}  # fmt: skip
ORDINARY = {
    "en": ["Got up late.", "Rain all day.", "Made pasta for tea.", "Long day."],
    "de": ["Spät aufgestanden.", "Regen den ganzen Tag.", "Nudeln gekocht.", "Langer Tag."],
}
SURFACE: dict[str, Callable[[str], str]] = {
    "umlauts left out": lambda t: t.translate(str.maketrans("äöüßÄÖÜ", "aousAOU")),
    "an emoji at the end": lambda t: t + " 😔",
    "no punctuation": lambda t: re.sub(r"[.,!?;:]", "", t),
    "a date in front": lambda t: "12.03. " + t,
    "all upper case": str.upper,
}


def _rows() -> list[dict[str, object]]:
    rows = []
    for path in sorted(EVAL.glob("crisis_*.jsonl")):
        if path.name in HELD_OUT:
            continue
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return rows


def _dreams() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"en": [], "de": []}
    for line in (EVAL / "dream_reports_train.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if len(row["text"]) < 400:
            out[row["lang"]].append(row["text"])
    return out


def main() -> None:
    rnd = random.Random(11)
    rows = _rows()
    rnd.shuffle(rows)
    short = [r for r in rows if r["crisis"] and len(str(r["text"])) < 160][:800]
    flagged = [r for r in short if assess_crisis(str(r["text"])).flagged]
    print(f"{len(flagged)} development crisis lines under 160 characters flagged as written")
    dreams = _dreams()
    for lang in ("en", "de"):
        part = [r for r in flagged if r["lang"] == lang]
        for waking in WAKING[lang]:
            lost = sum(
                not assess_crisis(f"{rnd.choice(dreams[lang])} {waking} {r['text']}").flagged
                for r in part
            )
            print(f"  {lang} after a dream and '{waking}': {lost}/{len(part)} lose their flag")
    lost_before = lost_after = 0
    for r in flagged:
        text = str(r["text"]).rstrip()
        ordinary = rnd.choice(ORDINARY[str(r["lang"])])
        lost_before += not assess_crisis(f"{ordinary} {text}").flagged
        end = "" if text[-1:] in ".!?" else "."
        lost_after += not assess_crisis(f"{text}{end} {ordinary}").flagged
    print(f"  one ordinary sentence before: {lost_before}/{len(flagged)} lose their flag, after: "
          f"{lost_after}/{len(flagged)}")  # fmt: skip
    _long_entries(rnd, rows, flagged, dreams)
    sample = rows[:1500]
    verdicts = {id(r): assess_crisis(str(r["text"])).flagged for r in sample}
    crisis = [r for r in sample if r["crisis"] and verdicts[id(r)]]
    calm = [r for r in sample if not r["crisis"] and not verdicts[id(r)]]
    print(f"surface: {len(crisis)} crisis lines flagged, {len(calm)} other lines left alone")
    for name, change in SURFACE.items():
        lost = sum(not assess_crisis(change(str(r["text"]))).flagged for r in crisis)
        new = sum(assess_crisis(change(str(r["text"]))).flagged for r in calm)
        print(f"  {name}: {lost} lose their flag, {new} new false alarms")


def _long_entries(
    rnd: random.Random,
    rows: list[dict[str, object]],
    flagged: list[dict[str, object]],
    dreams: dict[str, list[str]],
) -> None:
    """Entries of 8 to 12 sentences made of parts the check leaves alone (development lines that
    are no crisis, a dream, ordinary sentences); then the same with a flagged crisis line inside."""
    calm: dict[str, list[str]] = {"en": [], "de": []}
    for r in rows:
        text = str(r["text"]).strip()
        small = not r["crisis"] and len(text) < 200 and len(calm[str(r["lang"])]) < 600
        if small and not assess_crisis(text).flagged:
            calm[str(r["lang"])].append(text if text[-1:] in ".!?" else text + ".")
    quiet_dreams = {
        lang: [d for d in dreams[lang][:80] if not assess_crisis(d).flagged] for lang in dreams
    }
    for lang in ("en", "de"):
        entries = []
        for _ in range(150):
            parts = rnd.sample(calm[lang], 3) + rnd.sample(ORDINARY[lang], 3)
            parts.append(rnd.choice(quiet_dreams[lang]))
            rnd.shuffle(parts)
            entries.append(parts)
        new = sum(assess_crisis(" ".join(parts)).flagged for parts in entries)
        part = [r for r in flagged if r["lang"] == lang][: len(entries)]
        lost = 0
        for parts, r in zip(entries, part, strict=False):
            text = str(r["text"]).rstrip()
            inside = [*parts[:4], text if text[-1:] in ".!?" else text + ".", *parts[4:]]
            lost += not assess_crisis(" ".join(inside)).flagged
        print(f"  {lang} long entry of parts left alone: {new}/{len(entries)} flagged; "
              f"a flagged crisis line inside: {lost}/{len(part)} lose their flag")  # fmt: skip


if __name__ == "__main__":
    main()
