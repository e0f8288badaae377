"""Benchmark: the journal against jrnl 4.6, measured in the same run.

    .venv/bin/python bench/journal.py [--entries 10000] [--repeat 5] [--growth 1000,10000,50000]

Prints whole-process wall times of `list -n 5`, `search WORD` and `add` for Dream Journal
(Argon2id m=64 MiB, t=3, p=4) and jrnl (PBKDF2, 100k iterations) over the same dreams, then
in-process times after unlock, and add latency as the journal grows. No assertions: figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import UNIQUE_WORD, Dream, make_dreams, rare_word_count, rare_word_dreams
from bench.peer_jrnl import JrnlJournal, ensure_jrnl, jrnl_version
from dreamjournal.store.journal import Journal

PASSPHRASE = "bench passphrase for dreams"
DJ = [sys.executable, "-m", "dreamjournal.cli"]


def fill(journal: Journal, dreams: Sequence[Dream]) -> None:
    """Add every dream through the public API (one committed row each)."""
    for d in dreams:
        journal.add(
            title=d.title,
            body=d.body,
            date=d.date,
            tags=d.tags,
            emotions=d.emotions,
            nightmare=d.nightmare,
            lucidity=d.lucidity,
        )


def median_wall(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run_dj(data_dir: Path, *args: str) -> str:
    env = {
        **os.environ,
        "DREAMJOURNAL_DATA_DIR": str(data_dir),
        "DREAMJOURNAL_PASSPHRASE": PASSPHRASE,
    }
    out = subprocess.run([*DJ, *args], env=env, capture_output=True, text=True, check=True)
    return out.stdout


def whole_process(work: Path, dreams: list[Dream], repeat: int) -> list[tuple[str, float, float]]:
    data = work / "dj"
    j = Journal.create(data / "vaults" / "journal.db", PASSPHRASE)
    t = time.perf_counter()
    fill(j, dreams)
    print(f"  filled our vault with {len(dreams):,} dreams in {time.perf_counter() - t:.1f} s")
    j.lock()
    t = time.perf_counter()
    peer = JrnlJournal.create(work / "jrnl", dreams, PASSPHRASE, exe=ensure_jrnl())
    print(f"  built jrnl's encrypted journal in {time.perf_counter() - t:.1f} s")

    hits = rare_word_count(len(dreams))
    ours_hits = run_dj(data, "search", UNIQUE_WORD).count("\n")
    peer_hits = len(peer.titles("-contains", UNIQUE_WORD))
    assert ours_hits == peer_hits == hits, (ours_hits, peer_hits, hits)
    assert run_dj(data, "list", "-n", "5").count("\n") == 5

    plain = JrnlJournal.create(
        work / "jrnl-notags", dreams, PASSPHRASE, exe=ensure_jrnl(), tags=False
    )
    empty = work / "empty"
    Journal.create(empty / "vaults" / "journal.db", PASSPHRASE).lock()
    rows = []
    for name, ours, theirs in [
        ("list -n 5", lambda: run_dj(data, "list", "-n", "5"), lambda: peer.list_newest(5)),
        (
            f"search {UNIQUE_WORD}",
            lambda: run_dj(data, "search", UNIQUE_WORD),
            lambda: peer.search(UNIQUE_WORD),
        ),
        (
            "add",
            lambda: run_dj(data, "add", "--title", "Bench", "--body", "A short dream."),
            lambda: peer.add("Bench. A short dream."),
        ),
        # jrnl's add re-counts every tag quadratically; without tags it is much faster.
        (
            "add (jrnl without tags)",
            lambda: run_dj(data, "add", "--title", "Bench", "--body", "A short dream."),
            lambda: plain.add("Bench. A short dream."),
        ),
        # Fixed costs: interpreter + Typer; then + Argon2id unlock of an empty vault.
        (
            "floor: --help / --version",
            lambda: run_dj(data, "--help"),
            lambda: peer.run(["--version"], check=True),
        ),
        (
            "floor: list, empty vault",
            lambda: run_dj(empty, "list", "-n", "5"),
            lambda: peer.run(["--version"], check=True),
        ),
    ]:
        rows.append((name, median_wall(ours, repeat), median_wall(theirs, repeat)))
    return rows


def in_process(path: Path, repeat: int) -> dict[str, float]:
    t = time.perf_counter()
    j = Journal.unlock(path, PASSPHRASE)
    kdf = time.perf_counter() - t
    t = time.perf_counter()
    j.list(limit=5)
    index = time.perf_counter() - t
    j.search("warmup")
    figures = {
        "unlock (KDF + unwrap)": kdf,
        "first read (decrypt index)": index,
        "search word": median_wall(lambda: j.search(UNIQUE_WORD), repeat * 4),
        "search 2 terms + filters": median_wall(
            lambda: j.search("water door", nightmare=True), repeat * 4
        ),
        "list page of 20": median_wall(lambda: j.list(limit=20, offset=100), repeat * 4),
        "add": median_wall(lambda: j.add(title="in-process", body="A dream " * 80), repeat * 20),
    }
    j.lock()
    return figures


def growth(work: Path, sizes: list[int]) -> list[tuple[int, float]]:
    out = []
    j = Journal.create(work / "growth.db", PASSPHRASE)
    dreams = make_dreams(max(sizes), seed=11)
    done = 0
    for size in sizes:
        fill(j, dreams[done:size])
        done = size
        j.list(limit=1)  # the index is loaded, as in the app
        out.append((size, median_wall(lambda: j.add(title="growth", body="dream " * 80), 200)))
    j.lock()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--growth", default="1000,10000,50000")
    args = ap.parse_args(argv)
    print(
        f"Dream Journal vs jrnl {jrnl_version()} - {args.entries:,} dreams of ~80 words, "
        f"median of {args.repeat} runs, {os.cpu_count()} cores"
    )
    dreams = rare_word_dreams(make_dreams(args.entries))
    with tempfile.TemporaryDirectory(prefix="dj-bench-") as tmp:
        work = Path(tmp)
        rows = whole_process(work, dreams, args.repeat)
        print("\nWhole process (start, unlock, answer, exit)")
        print(f"  {'command':<24}{'dreamjournal':>14}{'jrnl':>10}{'jrnl/ours':>11}")
        for name, ours, theirs in rows:
            ratio = theirs / ours
            print(f"  {name:<24}{ours * 1000:>11.0f} ms{theirs * 1000:>7.0f} ms{ratio:>10.1f}x")
        print(f"\nIn process, {args.entries:,} dreams (targets: search <= 20 ms, add <= 10 ms)")
        for name, secs in in_process(work / "dj" / "vaults" / "journal.db", args.repeat).items():
            print(f"  {name:<30}{secs * 1000:>9.2f} ms")
        sizes = [int(s) for s in args.growth.split(",") if s]
        print("\nAdd latency as the journal grows (target: flat)")
        for size, secs in growth(work, sizes):
            print(f"  {size:>7,} entries{secs * 1000:>9.2f} ms")


if __name__ == "__main__":
    main()
