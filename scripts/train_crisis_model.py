"""Train the crisis check's third stage (dreamjournal/therapy/crisis_model.json), offline.

    .venv/bin/python scripts/train_crisis_model.py [--check] [--lexical-only] [--skip-writers]

Reads development material only: eval/crisis_sentences.jsonl (split dev; test lines are skipped
unread), eval/crisis_sentences_dev2.jsonl, eval/crisis_train.jsonl, the `train2` lines of
eval/crisis_train2.jsonl (its `heldout2` lines are only measured, after training),
eval/crisis_dev4.jsonl (preparation, plans, passive wishes, self-harm; mostly German),
`TRAINING_SETS` (eval/crisis_dev_fa.jsonl, crisis_dev5.jsonl, crisis_train3.jsonl and the
blind-written crisis_train4.jsonl to crisis_train14.jsonl; since round 17 the retired held-out
sets crisis_fresh.jsonl to crisis_fresh18.jsonl and crisis_dev6/dev7.jsonl; since round 18
crisis_fresh19-22.jsonl and the blind-written crisis_train19-22.jsonl; later rounds add theirs,
up to crisis_fresh27/28 and crisis_train28-31 in round 21), and the dev dream
passages of eval/dream_emotions.jsonl, dream_emotions_dev2.jsonl, dream_emotions_dev5.jsonl and
(since round 17) dream_reports_train.jsonl as negatives (dream content that must not be flagged).

Fits an L2-regularised logistic regression (numpy, full-batch gradient descent, fixed seed-free
folds) on the binary features of `crisis_model.window_features` and the dense inputs of
`crisis_embedding` (sentence vectors, prototype similarities and, since round 18, the mean
similarity to the three nearest crisis lines of the training set, each writer's own lines left
out; `--lexical-only` leaves them out, to compare);
chooses the decision threshold by 5-fold cross-validation of the whole check (patterns and
concepts, or the classifier) as the lowest whose cross-validated false-alarm rate stays within
`MAX_FALSE_ALARMS`, and never below `THRESHOLD_FLOOR`; prints the cross-validated figures and
those of leaving each blind writer's set out, and writes the weights and the banks of crisis
and of everyday lines (dreamjournal/therapy/crisis_neighbours.npy and
crisis_everyday_neighbours.npy). `--check` prints the figures without writing.
Deterministic: the same files give the same JSON byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dreamjournal.analysis import detect_language  # noqa: E402
from dreamjournal.therapy.crisis_embedding import (  # noqa: E402
    BANK_PATH,
    BANK_SCALE,
    EVERYDAY_BANK_PATH,
    load_embedder,
    nearest_similarity,
)
from dreamjournal.therapy.crisis_model import (  # noqa: E402
    MODEL_PATH,
    CrisisModel,
    window_features,
    windows,
)
from dreamjournal.therapy.safety import (  # noqa: E402
    assess_with,
    classifier_skip,
    denied_sentences,
)

EVAL = ROOT / "eval"
FOLDS = 5
MIN_COUNT = 2  # a feature must occur in at least this many training windows
# Weaker regularisation and longer descent than rounds 1-6 (1e-2, 600 steps): with 6,600 rows,
# leaving each blind writer's set out (see `_leave_one_writer_out`) gave recall 0.832 / false
# alarms 0.157 at 0.70 against 0.776 / 0.144 (and 0.838 / 0.182 at 0.60): a better curve at
# every point measured; 3e-4 with 3,000 steps was no better again (0.847 / 0.165 at 0.70).
L2 = 1e-3
STEPS = 1500
LEARNING_RATE = 0.5
# The threshold is chosen on the lines the first two stages were not written on (`train2`): there
# the whole check meets phrasings as new to its rules as a stranger's, so its cross-validated
# false alarms estimate the held-out ones. On the older lines the rules were fitted to, the
# rules alone score recall ~1.0 and false alarms ~0.0, which says nothing about new text.
MAX_FALSE_ALARMS = 0.10  # cross-validated, on the train2 negatives (the held-out limit is 0.10)
THRESHOLDS = [round(0.30 + 0.0125 * k, 4) for k in range(55)]
# Never below the threshold of the round the lead's fresh set measured (0.70): there the whole
# check still made 0.16 false alarms while cross-validation promised <= 0.10, so a retrain may
# raise the threshold, never lower it (with crisis_dev4.jsonl added, the cross-validated choice
# fell to 0.575 and heldout2's false alarms rose from 0.02 to 0.10).
# Round 17: 0.65 for the model over USE sentence vectors and the retired sets. The floor was the
# WordLlama model's threshold; this model's probabilities run lower (more, and more varied,
# negatives), and at 0.65 it raises exactly as many false alarms as that model did at 0.70 on
# the 3,942 lines neither trained on (319), catching 10 more crisis lines (1,243 against 1,233).
# Round 18: 0.625 for the model that also reads its nearest crisis lines (`_with_neighbours`):
# the lowest threshold at which it raises no more false alarms than the round-17 model at 0.65 on
# the blind lines neither trains on (280 against 285), catching 1,249 against 1,243 crisis lines.
# Round 20: 0.60 for the model that also reads its nearest everyday lines, by the same rule
# (no more false alarms than the round-19 model at 0.625 on the blind lines neither trains on:
# 271 against 274, catching 1,253 against 1,250; 0.5875 raised 276, 0.625 caught about 1,246).
# Round 21: 0.5875, by the same rule, for the model retrained with fresh27/28 and train28-31 read
# with `crisis_model.SURE_PROBABILITY` (a window that sure is its own evidence): 271 against 271
# false alarms, catching 1,263 against 1,253 (0.60: 1,258 / 263; 0.625: 1,254 / 247).
THRESHOLD_FLOOR = 0.5875


TRAINING_SETS = (
    "crisis_dev_fa.jsonl",
    "crisis_dev5.jsonl",
    "crisis_train3.jsonl",
    "crisis_train4.jsonl",
    "crisis_train5.jsonl",
    "crisis_train6.jsonl",
    "crisis_train7.jsonl",
    "crisis_train8.jsonl",
    "crisis_train9.jsonl",
    "crisis_train10.jsonl",
    "crisis_train11.jsonl",
    "crisis_train12.jsonl",
    "crisis_train13.jsonl",
    "crisis_train14.jsonl",
    # Round 17: the retired held-out sets and the round-16 development twins, each written blind
    # by one writer (3,760 + 480 lines). With the USE sentence vectors they bought about ten more
    # of 480 crisis lines of four writers no model trains on (crisis_dev8-11) at equal false
    # alarms; with the WordLlama vectors before, none (eval/README.md, "Round 16" and "Round 17").
    "crisis_fresh.jsonl",
    *(f"crisis_fresh{n}.jsonl" for n in range(2, 19)),
    "crisis_dev6.jsonl",
    "crisis_dev7.jsonl",
    # Round 18: the held-out sets of rounds 15-16 (measured twice, then retired) and four sets
    # written blind for training in the styles the check read worst (phone slang, short plain
    # statements, dream-journal mornings, adults writing plainly; eval/README.md, "Round 18").
    *(f"crisis_fresh{n}.jsonl" for n in range(19, 23)),
    *(f"crisis_train{n}.jsonl" for n in range(19, 23)),
    # Round 19: the round-18 held-out sets (measured twice, then retired) and a set written blind
    # for training in night-time chat (crisis_train23: no umlauts, dialect, Denglisch).
    "crisis_fresh23.jsonl",
    "crisis_fresh24.jsonl",
    "crisis_train23.jsonl",
    # Round 20: the round-19 held-out sets (measured three times, then retired) and four sets
    # written blind for training (long whole-day entries with the risk in one clause, answers
    # when someone asks, wishes to be gone in ordinary words, minimal pairs across the frames),
    # each measured once on the round-start code before it was trained on.
    "crisis_fresh25.jsonl",
    "crisis_fresh26.jsonl",
    *(f"crisis_train{n}.jsonl" for n in range(24, 28)),
    # Round 21: the round-20 held-out sets (measured twice, then retired) and four sets written
    # blind for training (social-media comments and group chats; serious illness, old age and
    # caring for the dying; second-language writers; shuffled minimal pairs), each measured once
    # on the round-start code before it was trained on.
    "crisis_fresh27.jsonl",
    "crisis_fresh28.jsonl",
    *(f"crisis_train{n}.jsonl" for n in range(28, 32)),
)
# Round 11: retrained with eval/crisis_train18.jsonl (600 blind-written ordinary diary lines, no
# crisis; the stored model flags 83 of them) as further negatives. Against the rule fixed before
# the figures were seen (on the 1,850 crisis lines, 1,830 other lines and 1,241 dream passages no
# model trains on: recall may fall by at most half a point, false alarms may not rise, and the
# long-entry probe of bench/crisis_invariance.py must flag fewer entries), it caught 1,686
# against 1,688 crisis lines but raised 248 against 230 false alarms (dreams 100 against 101),
# and flagged 10 / 21 of 150 English / German long entries against 10 / 10: the stored model
# stays, and crisis_train18 is not read (eval/README.md, "Round 11").
# Round 10: retrained with the sentence vectors' tokenizer artifact removed (a leading space adds a
# lone "▁" token to every sentence after the first), leaving each writer out gave 0.843 / 0.147
# against 0.844 / 0.146 without the fix, and on 1,610 lines no model trains on (crisis_train15-17,
# crisis_fresh-fresh8) it caught 7 fewer crisis lines and raised 18 more false alarms than the
# stored round-8 model, which stays (eval/README.md, "Round 10"). Since round 10 `windows` also
# reads runs of three sentences and a short text's single sentences; the stored model was trained
# before, on whole short texts and pairs.
# The retired held-out sets crisis_fresh to crisis_fresh6 are not read either (round 9): trained on
# them, the two new held-out sets gained 3 of 240 crisis lines and lost 4 of 240 false alarms,
# but crisis_train15-17, never trained on by either model, lost 12 of 690 crisis lines; recall
# comes first (eval/README.md, "Round 9").
# crisis_train15-17 (round 8) are not read: trained on them, the held-out sets moved by at most
# two points either way and curated look-alikes ("i'll be here for you any time") were flagged
# (eval/README.md, "Round 8").
# One writer each, who never read the detector (crisis_train3 was written against its rules).
BLIND_SETS = tuple(
    n for n in TRAINING_SETS if n.startswith("crisis_train") and n != "crisis_train3.jsonl"
)


def _load(name: str) -> list[dict[str, object]]:
    lines = (EVAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _rows() -> list[dict[str, object]]:
    rows = [r for r in _load("crisis_sentences.jsonl") if r["split"] == "dev"]
    rows += _load("crisis_sentences_dev2.jsonl") + _load("crisis_train.jsonl")
    rows += [r for r in _load("crisis_train2.jsonl") if r["split"] == "train2"]
    rows += _load("crisis_dev4.jsonl")
    # Round 6: the false-alarm development set, the round-5 sets and the blind-written training
    # lines (written by helpers who never read the detector).
    for name in TRAINING_SETS:
        rows += _load(name)
    dreams = [r for r in _load("dream_emotions.jsonl") if r["split"] == "dev"]
    # eval/dream_reports_train.jsonl (400 blind-written dream reports, round 7) was left out with
    # the WordLlama vectors (leaving each writer out: recall 0.824 / false alarms 0.158 against
    # 0.832 / 0.157). With the USE vectors (round 17) the model flagged more dream reports than
    # before (40 against 35 of the 481 no model trains on); with them read, 35 again, and on the
    # blind crisis lines no model trains on the same recall and false alarms within two lines.
    for name in (
        "dream_emotions_dev2.jsonl",
        "dream_emotions_dev5.jsonl",
        "dream_reports_train.jsonl",
    ):
        dreams += _load(name)
    rows += [{**r, "crisis": False, "category": "dream_passage"} for r in dreams]
    return rows


Sample = tuple[set[str], np.ndarray | None]


def _samples(row: dict[str, object], dense: bool) -> list[Sample]:
    """The windows of one row as the check reads them (a positive row: all of it, one window),
    with each window's unit vector (`_with_neighbours` turns it into the dense inputs)."""
    text = str(row["text"])
    language = detect_language(text)
    sentences, denied = denied_sentences(text)
    groups = windows(sentences, classifier_skip(sentences, denied))
    if row["crisis"]:
        kept = sorted({k for g in groups for k in g})
        groups = [kept] if kept else []
    groups = [g for g in groups if g]
    embedder = load_embedder()
    vectors = (
        embedder.window_vectors(sentences, groups) if dense and groups else [None] * len(groups)
    )
    return [
        (window_features([sentences[k] for k in g], language), v)
        for g, v in zip(groups, vectors, strict=True)
    ]


def _bank(per_row: list[list[Sample]], chosen: list[int]) -> np.ndarray:
    """The first window's unit vector of each chosen row (a short line: all of it), as int8."""
    return np.round(np.array([per_row[i][0][1] for i in chosen]) * BANK_SCALE).astype(np.int8)


def _with_neighbours(
    rows: list[dict[str, object]], per_row: list[list[Sample]]
) -> tuple[np.ndarray, np.ndarray, list[list[Sample]]]:
    """The banks (each crisis line's and each everyday line's unit vector, as int8) and the
    samples with their dense inputs. A window's similarity to its nearest lines of either bank
    leaves out the lines of its own writer (its set): a line is never its own neighbour, and a
    writer's style is not a neighbour either, as it will not be for a stranger's text."""
    writer = np.array([str(r.get("split")) for r in rows])
    # (a line of nothing the encoder reads, emoji alone, has a zero vector: no one's neighbour)
    vectored = [i for i, ss in enumerate(per_row) if ss and ss[0][1] is not None and ss[0][1].any()]
    crisis = [i for i in vectored if rows[i]["crisis"]]
    calm = [i for i in vectored if not rows[i]["crisis"]]
    banks = (_bank(per_row, crisis), _bank(per_row, calm))
    banked = [
        (bank.astype(np.float32) / BANK_SCALE, writer[chosen])
        for bank, chosen in zip(banks, (crisis, calm), strict=True)
    ]
    embedder = load_embedder()
    out: list[list[Sample]] = []
    for i, samples in enumerate(per_row):
        if not samples or samples[0][1] is None:
            out.append(samples)
            continue
        vectors = np.array([v for _, v in samples], dtype=np.float32)
        near = [
            nearest_similarity(
                vectors, bank, np.broadcast_to(own == writer[i], (len(samples), len(own))).copy()
            )
            for bank, own in banked
        ]
        inputs = embedder.inputs(vectors, *near)
        out.append([(f, x) for (f, _), x in zip(samples, inputs, strict=True)])
    return *banks, out


class _Matrix(NamedTuple):
    """Windows as a sparse 0/1 matrix (the row and column of each feature present) beside the
    dense inputs: ~40,000 binary columns of which a window holds a few hundred (a dense float
    matrix of them took gigabytes and most of the ten minutes a training run took)."""

    rows: np.ndarray
    columns: np.ndarray
    dense: np.ndarray
    n: int
    width: int


def _matrix(samples: list[Sample], index: dict[str, int]) -> _Matrix:
    rows: list[int] = []
    columns: list[int] = []
    for i, (features, _) in enumerate(samples):
        found = sorted(index[f] for f in features if f in index)
        rows.extend([i] * len(found))
        columns.extend(found)
    vectors = [v for _, v in samples if v is not None]
    dense = np.array(vectors) if len(vectors) == len(samples) else np.zeros((len(samples), 0))
    at = (np.array(rows, np.int64), np.array(columns, np.int64))
    return _Matrix(*at, dense, len(samples), len(index))


def _fit(x: _Matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Logistic regression by gradient descent, classes weighted to balance: the sparse weights,
    the dense weights and the bias."""
    n = x.n
    w = np.zeros(x.width)
    v = np.zeros(x.dense.shape[1])
    b = 0.0
    pos = max(y.sum(), 1.0)
    weight = np.where(y > 0, n / (2 * pos), n / (2 * max(n - pos, 1.0)))
    for _ in range(STEPS):
        z = np.bincount(x.rows, weights=w[x.columns], minlength=n) + x.dense @ v + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) * weight
        sparse_gradient = np.bincount(x.columns, weights=g[x.rows], minlength=x.width) / n
        w -= LEARNING_RATE * (sparse_gradient + L2 * w)
        v -= LEARNING_RATE * (x.dense.T @ g / n + L2 * v)
        b -= LEARNING_RATE * float(g.mean())
    return w, v, b


def _train(rows: list[dict[str, object]], per_row: list[list[Sample]]) -> CrisisModel:
    samples = [s for ss in per_row for s in ss]
    labels = [float(bool(r["crisis"])) for r, ss in zip(rows, per_row, strict=True) for _ in ss]
    counts: dict[str, int] = {}
    for features, _ in samples:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: j for j, f in enumerate(vocabulary)}
    w, v, b = _fit(_matrix(samples, index), np.array(labels))
    weights = {f: float(w[j]) for f, j in index.items()}
    return CrisisModel(weights, b, 0.5, tuple(float(x) for x in v))


def _heldout_figures(model: CrisisModel) -> None:
    """Recall and false alarms of the whole check on eval/crisis_train2.jsonl's heldout2 lines."""
    rows = [r for r in _load("crisis_train2.jsonl") if r["split"] == "heldout2"]
    flagged = [assess_with(str(r["text"]), model).flagged for r in rows]
    pos = [f for f, r in zip(flagged, rows, strict=True) if r["crisis"]]
    neg = [f for f, r in zip(flagged, rows, strict=True) if not r["crisis"]]
    print(
        f"heldout2 (never trained on): recall {sum(pos) / len(pos):.3f}  "
        f"false alarms {sum(neg) / len(neg):.3f}  (n={len(rows)})"
    )


def _leave_one_writer_out(
    rows: list[dict[str, object]], per_row: list[list[Sample]], first_two: list[bool], t: float
) -> None:
    """Each blind-written training set (TRAINING_SETS from crisis_train4 on: one writer each,
    who never read the detector) scored by a model trained on everything else: the nearest
    estimate here of a stranger's text (row-wise cross-validation lets a writer's other lines,
    and their translations, into the training folds)."""
    blind = [name.removesuffix(".jsonl").removeprefix("crisis_") for name in BLIND_SETS]
    total_pos = total_neg = caught = alarms = 0
    for split in blind:
        inside = [i for i, r in enumerate(rows) if r.get("split") == split]
        rest = [i for i, r in enumerate(rows) if r.get("split") != split]
        model = _train([rows[i] for i in rest], [per_row[i] for i in rest])
        flagged = {
            i: first_two[i] or max((model.probability(*s) for s in per_row[i]), default=0) >= t
            for i in inside
        }
        pos = [i for i in inside if rows[i]["crisis"]]
        neg = [i for i in inside if not rows[i]["crisis"]]
        caught += sum(flagged[i] for i in pos)
        alarms += sum(flagged[i] for i in neg)
        total_pos += len(pos)
        total_neg += len(neg)
        recall = f"{sum(flagged[i] for i in pos) / len(pos):.3f}" if pos else "-"  # train18: none
        print(
            f"  {split} left out: recall {recall} "
            f"false alarms {sum(flagged[i] for i in neg) / len(neg):.3f}"
        )
    print(
        f"leave one writer out at {t:.4f}: recall {caught / total_pos:.3f} "
        f"false alarms {alarms / total_neg:.3f} (n={total_pos + total_neg})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="print figures, write nothing")
    parser.add_argument(
        "--skip-writers",
        action="store_true",
        help="leave out the leave-one-writer-out figures (one full fit per blind writer: hours "
        "once the development sets are read too, round 37)",
    )
    parser.add_argument(
        "--lexical-only", action="store_true", help="leave the sentence vectors out (to compare)"
    )
    args = parser.parse_args()
    rows = _rows()
    per_row = [_samples(r, not args.lexical_only) for r in rows]
    banks = None
    if not args.lexical_only:
        *banks, per_row = _with_neighbours(rows, per_row)
        # the whole check (figures on heldout2 below) reads these banks, as the app will
        load_embedder().bank, load_embedder().everyday = (
            bank.astype(np.float32) / BANK_SCALE for bank in banks
        )
    first_two = [assess_with(str(r["text"]), None).flagged for r in rows]
    # Cross-validation: each row's best window score from a model that never saw the row.
    cv_score = [0.0] * len(rows)
    for fold in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != fold]
        model = _train([rows[i] for i in train], [per_row[i] for i in train])
        for i in range(len(rows)):
            if i % FOLDS == fold:
                cv_score[i] = max((model.probability(*s) for s in per_row[i]), default=0)
    crisis_rows = [i for i, r in enumerate(rows) if r["category"] != "dream_passage"]
    dream_rows = [i for i, r in enumerate(rows) if r["category"] == "dream_passage"]
    new_rows = [i for i in crisis_rows if rows[i].get("split") == "train2"]

    def rates(flagged: list[bool], among: list[int]) -> tuple[float, float]:
        pos = [i for i in among if rows[i]["crisis"]]
        neg = [i for i in among if not rows[i]["crisis"]]
        return sum(flagged[i] for i in pos) / len(pos), sum(flagged[i] for i in neg) / len(neg)

    def figures(t: float) -> str:
        flagged = [first_two[i] or cv_score[i] >= t for i in range(len(rows))]
        r, fa = rates(flagged, crisis_rows)
        r2, fa2 = rates(flagged, new_rows)
        dreams = sum(flagged[i] for i in dream_rows) / max(len(dream_rows), 1)
        return (
            f"train2 recall {r2:.3f} false alarms {fa2:.3f} | all recall {r:.3f} "
            f"false alarms {fa:.3f} | dreams {dreams:.3f}"
        )

    def new_false_alarms(t: float) -> float:
        return rates([first_two[i] or cv_score[i] >= t for i in range(len(rows))], new_rows)[1]

    print(f"patterns+concepts only: {figures(2.0)}")
    by_cv = next((t for t in THRESHOLDS if new_false_alarms(t) <= MAX_FALSE_ALARMS), 0.99)
    chosen = max(by_cv, THRESHOLD_FLOOR)
    print(f"cross-validated choice {by_cv:.4f}, floor {THRESHOLD_FLOOR:.4f}")
    for t in THRESHOLDS:
        print(f"threshold {t:.4f}: CV {figures(t)}")
    print(f"chosen {chosen:.4f}: CV {figures(chosen)}")
    print(f"rows {len(rows)} (crisis {len(crisis_rows)}, dream passages {len(dream_rows)})")
    if not args.skip_writers:
        _leave_one_writer_out(rows, per_row, first_two, chosen)
    model = _train(rows, per_row)
    kept = {f: round(w, 4) for f, w in sorted(model.weights.items()) if abs(w) >= 5e-4}
    dense = [round(v, 4) for v in model.dense]
    final = CrisisModel(kept, round(model.bias, 4), chosen, tuple(dense))
    _heldout_figures(final)
    if args.check:
        return
    data = {"threshold": chosen, "bias": final.bias, "weights": kept, "dense": dense}
    MODEL_PATH.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(kept)} weights")
    if banks is not None:
        for path, bank in zip((BANK_PATH, EVERYDAY_BANK_PATH), banks, strict=True):
            np.save(path, bank, allow_pickle=False)
            print(f"wrote {path.relative_to(ROOT)}: {len(bank)} lines")


if __name__ == "__main__":
    main()
