"""Relay benchmark: bounded concurrent simulated friends on loopback clicking "Open".

For each database (SQLite file, a private PostgreSQL) and each number of relay processes (one,
two sharing that database), publish a few shares, then let `--friends` threads open them as
fast as the relay answers until `--opens` opens are made. Prints throughput, p50/p99 latency,
and views recorded (the owner's stats) against opens made, which must be equal.

    .venv/bin/python bench/relay.py                      # everything (needs initdb/pg_ctl)
    .venv/bin/python bench/relay.py --db sqlite --processes 1

Goal (issue 16): >= 200 opens/s with p99 < 100 ms on SQLite, more with two processes on PostgreSQL.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from dreamjournal.share.relay_client import PublishedShare, publish, share_stats
from dreamjournal.share.snapshot import Snapshot
from tests.pg_support import pg_bin, postgres_server, relay_server

SHARES = 20  # publishing is rate-limited per address (30 a minute)


@contextmanager
def database(kind: str, work: Path) -> Iterator[str]:
    """A fresh database URL of `kind`, gone afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{work / 'relay.sqlite3'}"
        return
    with postgres_server() as server:
        yield server.new_database()


def _friends(
    urls: list[str], shares: list[PublishedShare], opens: int, friends: int
) -> tuple[list[float], int, int]:
    """(latencies in s, opens made, failures): threads share a countdown of opens to make."""
    lock = threading.Lock()
    left = [opens]
    latencies: list[float] = []
    failures = [0]

    def friend(n: int) -> None:
        mine: list[float] = []
        bad = 0
        with httpx.Client(timeout=30) as client:
            i = n
            while True:
                with lock:
                    if left[0] == 0:
                        break
                    left[0] -= 1
                share = shares[i % len(shares)]
                url = f"{urls[i % len(urls)]}/api/shares/{share.share_id}/open"
                started = time.perf_counter()
                response = client.post(url, json={})
                mine.append(time.perf_counter() - started)
                bad += response.status_code != 200
                i += friends
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=friend, args=(n,)) for n in range(friends)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, len(latencies), failures[0]


def run(kind: str, processes: int, opens: int, friends: int) -> dict[str, float]:
    """One configuration; its figures."""
    with tempfile.TemporaryDirectory(prefix="dj-relay-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        url = stack.enter_context(database(kind, work))
        urls = [
            stack.enter_context(relay_server(url, work / f"relay-{i}.log"))
            for i in range(processes)
        ]
        snapshot = Snapshot(title="Bench", date="2026-11-30", text="A lamp and moths. " * 40)
        shares = [publish(snapshot, urls[0], consent=True) for _ in range(SHARES)]
        # Warm up connections and pools (not counted in the figures, counted in the views).
        warm, _, _ = _friends(urls, shares, friends * 2, friends)
        started = time.perf_counter()
        latencies, made, failed = _friends(urls, shares, opens, friends)
        elapsed = time.perf_counter() - started
        views = sum(share_stats(urls[0], s.share_id, s.owner_secret).views for s in shares)
        latencies.sort()
        return {
            "opens/s": made / elapsed,
            "p50 ms": statistics.median(latencies) * 1000,
            "p99 ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
            "opens": made + len(warm),
            "views": views,
            "failed": failed,
        }


def main() -> None:
    """Run the chosen configurations and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--processes", choices=["1", "2", "both"], default="both")
    parser.add_argument("--opens", type=int, default=3000)
    parser.add_argument("--friends", type=int, default=8, help="concurrent simulated friends")
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    if "postgresql" in kinds and pg_bin() is None:
        print("PostgreSQL (initdb, pg_ctl) not found: SQLite only.")
        kinds = ["sqlite"]
    counts = [1, 2] if args.processes == "both" else [int(args.processes)]
    print(f"{args.opens} opens by {args.friends} concurrent friends on loopback, {SHARES} shares")
    print(f"{'database':<11} {'procs':>5} {'opens/s':>8} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'opens':>6} {'views':>6} {'failed':>6}")  # fmt: skip
    for kind in kinds:
        for n in counts:
            r = run(kind, n, args.opens, args.friends)
            print(
                f"{kind:<11} {n:>5} {r['opens/s']:>8.0f} {r['p50 ms']:>7.1f} {r['p99 ms']:>7.1f} "
                f"{r['opens']:>6.0f} {r['views']:>6.0f} {r['failed']:>6.0f}"
                + ("" if r["opens"] == r["views"] else "  VIEWS != OPENS")
            )


if __name__ == "__main__":
    main()
