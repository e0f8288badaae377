"""Measure the analyser on the labelled sets in eval/ (dev and test), beside a keyword baseline.

    .venv/bin/python bench/analysis_eval.py [--errors dev|dev2] [--splits dev,dev2]

Prints per-class precision, recall and F1 and micro-F1 for the dreamer's Hall-Van de Castle
emotions, and precision, recall and false-alarm rate for crisis language, for each split; the
baseline is five keyword regexes (one per class) and one crisis keyword regex. Tune on dev only;
report test.
Crisis language is also measured on `dev2` (eval/crisis_sentences_dev2.jsonl), a second development
set written later and separately, to see whether the detector generalises beyond the phrasings it
was fitted to; dreamer emotions likewise (eval/dream_emotions_dev2.jsonl: 80 harder passages).
`dev5` (eval/dream_emotions_dev5.jsonl) is 200 dream reports in the style of research dream banks
(longer plain narratives, many characters, a third without any dreamer emotion); for it the other
characters' emotions are scored too. `dev6` and `dev7` (round 22: 140 reports each, research
dream-bank style and app/forum/phone style, written blind by helpers) were tuned on that round.
`heldout2` is the held-out part of eval/crisis_train2.jsonl (its `train2` part is training
material): never trained on, only measured. `heldout3` (eval/crisis_heldout3.jsonl) is a third
held-out set, written before any run on it: never tuned on, only measured. `devfa`
(eval/crisis_dev_fa.jsonl) is a development set of false-alarm look-alikes beside crisis lines
that must stay flagged.
`dev4`
(eval/crisis_dev4.jsonl) is a development set for preparation, passive wishes, self-harm and
plans, mostly German. `dev5` (eval/crisis_dev5.jsonl) is a development set of understated,
colloquial and dialect phrasings (attempts, preparation, passive wishes, plans, self-harm) beside
hard negatives, written before any run on it; `train3` (eval/crisis_train3.jsonl) lines written
after the round-5 rules, a probe first and now development material.
`--splits` limits what is printed (e.g. `--splits dev,dev2` while tuning, so the test figures are
not looked at over and over).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dreamjournal.analysis import HVDC_CLASSES, analyze  # noqa: E402
from dreamjournal.therapy.safety import assess_crisis  # noqa: E402

EVAL = Path(__file__).resolve().parent.parent / "eval"

BASELINE = {
    "anger": re.compile(r"\b(?:angry|anger|furious|mad|annoyed|wütend|wut|sauer|ärger\w*)\b", re.I),
    "apprehension": re.compile(
        r"\b(?:afraid|scared|fear\w*|terrified|anxious|panic\w*|angst|panik|ängstlich)\b", re.I
    ),
    "sadness": re.compile(r"\b(?:sad|cried|crying|tears|lonely|traurig|weinte|tränen)\b", re.I),
    "confusion": re.compile(r"\b(?:confused|puzzled|surprised|verwirrt|überrascht)\b", re.I),
    "happiness": re.compile(r"\b(?:happy|glad|joy\w*|relieved|glücklich|froh|freude)\b", re.I),
}
CRISIS_BASELINE = re.compile(
    r"\b(?:suicid\w*|kill\s+myself|want\s+to\s+die|self[- ]?harm|suizid\w*|selbstmord\w*|"
    r"umbringen|sterben)\b",
    re.I,
)


def _load(name: str) -> list[dict[str, object]]:
    path = EVAL / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def emotion_scores(
    rows: list[dict[str, object]], predict: object, key: str = "dreamer_emotions"
) -> dict[str, tuple[float, ...]]:
    """Per class (p, r, f1, support) and 'micro' (p, r, f1, n); `key` names the gold field."""
    counts = {c: [0, 0, 0] for c in HVDC_CLASSES}
    for row in rows:
        gold = set(row[key])  # type: ignore[arg-type]
        got = predict(row)  # type: ignore[operator]
        for c in HVDC_CLASSES:
            counts[c][0] += c in gold and c in got
            counts[c][1] += c not in gold and c in got
            counts[c][2] += c in gold and c not in got
    out: dict[str, tuple[float, ...]] = {}
    for c, (tp, fp, fn) in counts.items():
        out[c] = (*_prf(tp, fp, fn), tp + fn)
    tp, fp, fn = (sum(v[i] for v in counts.values()) for i in range(3))
    out["micro"] = (*_prf(tp, fp, fn), len(rows))
    return out


def ours(row: dict[str, object]) -> set[str]:
    return set(analyze(str(row["text"]), str(row["lang"])).dreamer_classes)


def ours_others(row: dict[str, object]) -> set[str]:
    return set(analyze(str(row["text"]), str(row["lang"])).other_classes)


def baseline(row: dict[str, object]) -> set[str]:
    return {c for c, rx in BASELINE.items() if rx.search(str(row["text"]))}


def crisis_scores(rows: list[dict[str, object]], flag: object) -> tuple[float, float, float, int]:
    """(precision, recall, false-alarm rate, n)."""
    tp = fp = fn = tn = 0
    for row in rows:
        got = bool(flag(str(row["text"])))  # type: ignore[operator]
        gold = bool(row["crisis"])
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
        tn += not gold and not got
    p, r, _ = _prf(tp, fp, fn)
    return p, r, fp / (fp + tn) if fp + tn else 0.0, len(rows)


def _print_emotions(title: str, scores: dict[str, tuple[float, ...]]) -> None:
    print(f"  {title}")
    for c, (p, r, f, n) in scores.items():
        print(f"    {c:<13} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (n={int(n)})")


def _print_crisis_speed(dreams: list[dict[str, object]]) -> None:
    """Median time of assess_crisis on 300 words of real dev dream passages (budget: 10 ms)."""
    import statistics
    import time

    for lang in ("en", "de"):
        passages = [str(r["text"]) for r in dreams if r["lang"] == lang and r["split"] == "dev"]
        text = " ".join(" ".join(passages).split()[:300])
        times = []
        for _ in range(50):
            start = time.perf_counter()
            assess_crisis(text)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(
            f"== crisis speed, 300 words of {lang} dream passages: median "
            f"{statistics.median(times):.2f} ms, p90 {times[44]:.2f} ms =="
        )


def _print_expression_list() -> None:
    """How many of the independently written ways of putting a feeling (two lists of round 31,
    three of round 32 and three of round 33: eval/lexicon_candidates/) the analysis reads as the
    dreamer's, and how many look-alikes it takes for one."""
    print("== independent lists of feeling expressions (eval/lexicon_candidates) ==")
    for name, lang in [
        (n, lang) for n in ("", "2", "3", "4", "5", "6", "7", "8") for lang in ("en", "de")
    ]:
        path = EVAL / "lexicon_candidates" / f"emotion_expressions{name}_{lang}.json"
        rows = json.loads(path.read_text("utf-8"))
        caught = sum(1 for r in rows if r["class"] in analyze(r["sentence"], lang).dreamer_classes)
        looks = [r for r in rows if r["lookalike"]]
        taken = sum(1 for r in looks if r["class"] in analyze(r["lookalike"], lang).dreamer_classes)
        print(
            f"    list {name or '1'} {lang}: sentences read as the feeling {caught}/{len(rows)} "
            f"({caught / len(rows):.2f}), look-alikes taken for it {taken}/{len(looks)}"
        )


def _print_crisis_expression_list() -> None:
    """How many of the independently written risk disclosures (round 32:
    eval/lexicon_candidates/crisis_expressions_*.json; round 33: crisis_expressions2_*.json;
    round 34: crisis_expressions3_*.json, whose look-alikes are the closest; round 35:
    crisis_expressions4_*.json, disclosures inside ordinary life talk; round 36:
    crisis_expressions5_*.json, inside the language of grief, faith and migration; round 37:
    crisis_expressions6_*.json, inside illness and pain, money trouble and the trades of nurses,
    police and firefighters; round 38: crisis_expressions7_*.json, inside teenagers' talk online,
    psychiatric care and sleepless nights; round 39: crisis_expressions8_*.json, inside nights
    awake, violence at home, life after an attempt or a suicide in the family, and prison; round
    40: crisis_expressions9_*.json, inside soldiers' and hunters' weapons, exams, a new serious
    diagnosis and prison; round 41: crisis_expressions10_*.json, inside work burnout, farming,
    leaving care and serious illness; round 42: crisis_expressions11_*.json, inside leaving care,
    queer lives, athletes and performers, and men after a divorce; round 43:
    crisis_expressions12_*.json, inside students, shift and gig workers, new parents and a
    pregnancy lost, and the widowed) the
    crisis check flags, and how many of their look-alikes it flags too (a gentle false alarm
    each)."""
    print("== independent lists of crisis expressions (eval/lexicon_candidates) ==")
    lists = ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")
    for name, lang in [(n, lang) for n in lists for lang in ("en", "de")]:
        path = EVAL / "lexicon_candidates" / f"crisis_expressions{name}_{lang}.json"
        rows = json.loads(path.read_text("utf-8"))
        caught = sum(1 for r in rows if assess_crisis(r["sentence"]).flagged)
        alarms = sum(1 for r in rows if assess_crisis(r["lookalike"]).flagged)
        print(
            f"    list {name or '1'} {lang}: disclosures flagged {caught}/{len(rows)} "
            f"({caught / len(rows):.2f}), "
            f"look-alikes flagged {alarms}/{len(rows)} ({alarms / len(rows):.2f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--errors",
        choices=[
            "dev",
            "dev2",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "dev8",
            "dev9",
            "dev10",
            "dev11",
            "dev12",
            "dev13",
            "dev14",
            "dev15",
            "dev16",
            "dev17",
            "dev18",
            "dev19",
            "dev20",
            "dev21",
            "dev22",
            "dev23",
            "dev24",
            "dev25",
            "dev26",
            "dev27",
            "dev28",
            "dev29",
            "dev30",
            "dev31",
            "dev32",
            "dev33",
            "dev34",
            "dev35",
            "dev36",
            "dev37",
            "dev38",
            "dev39",
            "dev40",
            "dev41",
            "dev42",
            "devfa",
            "train3",
            "test",
            "heldout2",
            "heldout3",
            "train2",
        ],
        help="list the misses of one split",
    )
    parser.add_argument(
        "--splits",
        default="dev,dev2,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,dev19,dev20,dev21,dev22,dev23,dev24,dev25,dev26,dev27,dev28,dev29,dev30,dev31,dev32,dev33,dev34,dev35,dev36,dev37,dev38,dev39,dev40,dev41,dev42,devfa,train3,test,heldout2,heldout3",
        help="comma-separated splits to print "
        "(dev,dev2,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,"
        "dev19,dev20,dev21,dev22,dev23,dev24,dev25,dev26,dev27,dev28,dev29,dev30,dev31,dev32,dev33,"
        "dev34,dev35,dev36,dev37,dev38,dev39,dev40,dev41,dev42,"
        "devfa,train3,test,heldout2,heldout3,train2)",
    )
    parser.add_argument("--crisis-only", action="store_true", help="skip the dream emotions")
    args = parser.parse_args()
    splits = [s for s in args.splits.split(",") if s]
    dreams = _load("dream_emotions.jsonl") + _load("dream_emotions_dev2.jsonl")
    dreams += _load("dream_emotions_dev5.jsonl")
    dreams += _load("dream_emotions_dev6.jsonl") + _load("dream_emotions_dev7.jsonl")
    dreams += _load("dream_emotions_dev8.jsonl") + _load("dream_emotions_dev9.jsonl")
    dreams += _load("dream_emotions_dev10.jsonl") + _load("dream_emotions_dev11.jsonl")
    dreams += _load("dream_emotions_dev12.jsonl") + _load("dream_emotions_dev13.jsonl")
    dreams += _load("dream_emotions_dev14.jsonl") + _load("dream_emotions_dev15.jsonl")
    dreams += _load("dream_emotions_dev16.jsonl") + _load("dream_emotions_dev17.jsonl")
    dreams += _load("dream_emotions_dev18.jsonl") + _load("dream_emotions_dev19.jsonl")
    dreams += _load("dream_emotions_dev20.jsonl") + _load("dream_emotions_dev21.jsonl")
    dreams += _load("dream_emotions_dev22.jsonl") + _load("dream_emotions_dev23.jsonl")
    dreams += _load("dream_emotions_dev24.jsonl") + _load("dream_emotions_dev25.jsonl")
    dreams += _load("dream_emotions_dev26.jsonl") + _load("dream_emotions_dev27.jsonl")
    dreams += _load("dream_emotions_dev28.jsonl") + _load("dream_emotions_dev29.jsonl")
    dreams += _load("dream_emotions_dev30.jsonl") + _load("dream_emotions_dev31.jsonl")
    dreams += _load("dream_emotions_dev32.jsonl") + _load("dream_emotions_dev33.jsonl")
    dreams += _load("dream_emotions_dev34.jsonl") + _load("dream_emotions_dev35.jsonl")
    dreams += _load("dream_emotions_dev36.jsonl") + _load("dream_emotions_dev37.jsonl")
    dreams += _load("dream_emotions_dev38.jsonl") + _load("dream_emotions_dev39.jsonl")
    dreams += _load("dream_emotions_dev40.jsonl") + _load("dream_emotions_dev41.jsonl")
    dreams += _load("dream_emotions_dev42.jsonl")
    crisis = _load("crisis_sentences.jsonl") + _load("crisis_sentences_dev2.jsonl")
    crisis += _load("crisis_train2.jsonl") + _load("crisis_heldout3.jsonl")
    crisis += _load("crisis_dev_fa.jsonl") + _load("crisis_dev4.jsonl")
    crisis += _load("crisis_dev5.jsonl") + _load("crisis_train3.jsonl")
    for split in splits:
        rows = [r for r in dreams if r["split"] == split]
        if rows and not args.crisis_only:
            print(f"== dreamer emotions, {split} ({len(rows)} passages) ==")
            _print_emotions("ours", emotion_scores(rows, ours))
            for lang in ("en", "de"):
                sub = [r for r in rows if r["lang"] == lang]
                p, r, f, n = emotion_scores(sub, ours)["micro"]
                print(f"    micro {lang}: P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (n={int(n)})")
            p, r, f, n = emotion_scores(rows, ours_others, "other_emotions")["micro"]
            print(f"    other characters, micro: P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (n={int(n)})")
            _print_emotions("five-regex baseline", emotion_scores(rows, baseline))
        rows_c = [r for r in crisis if r["split"] == split]
        print(f"== crisis language, {split} ({len(rows_c)} sentences) ==")
        for name, fn in (
            ("ours", lambda t: assess_crisis(t).flagged),
            ("keyword baseline", CRISIS_BASELINE.search),
        ):
            p, r, fa, n = crisis_scores(rows_c, fn)
            print(f"  {name:<17} precision {p:.2f}  recall {r:.2f}  false alarms {fa:.2f}  (n={n})")
        by_category: dict[str, list[bool]] = {}
        for row in rows_c:
            flagged = assess_crisis(str(row["text"])).flagged
            by_category.setdefault(str(row["category"]), []).append(flagged == row["crisis"])
        print(
            "    right per category: "
            + ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in sorted(by_category.items()))
        )
        for lang in ("en", "de"):
            sub = [r for r in rows_c if r["lang"] == lang]
            p, r, fa, n = crisis_scores(sub, lambda t: assess_crisis(t).flagged)
            print(
                f"    ours {lang}: precision {p:.2f}  recall {r:.2f}  false alarms {fa:.2f}  n={n}"
            )
    _print_crisis_speed(dreams)
    _print_crisis_expression_list()
    if not args.crisis_only:
        _print_expression_list()
    if args.errors:
        print(f"\n== misses on {args.errors} ==")
        for row in dreams:
            if row["split"] != args.errors or args.crisis_only:
                continue
            got, gold = ours(row), set(row["dreamer_emotions"])  # type: ignore[arg-type]
            if got != gold:
                print(f"{row['id']}: gold {sorted(gold)} got {sorted(got)} | {row['text']}")
        for row in crisis:
            if row["split"] != args.errors:
                continue
            result = assess_crisis(str(row["text"]))
            if result.flagged != row["crisis"]:
                print(
                    f"{row['id']} [{row['category']}] gold {row['crisis']} got {result.matches}"
                    f" | {row['text']}"
                )


if __name__ == "__main__":
    main()
