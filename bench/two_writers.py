"""Benchmark: what safe concurrent use costs, against the unchecked write and a full re-read.

    .venv/bin/python bench/two_writers.py [--entries 10000] [--repeat 200]

Two journals are open on one vault file of N dreams (two tabs, or the app and the CLI).
Prints, as medians in milliseconds measured in this run:
  - a checked edit (the row's version is compared inside the write transaction) against the
    same edit written unconditionally (the first version's write);
  - noticing another writer's new dream (PRAGMA data_version, then only the changed row is
    read and decrypted) against rebuilding the whole index, which is what a lock + unlock did;
  - a read when nobody else wrote (one PRAGMA) against the same read before the check existed;
  - one autosave of a 2,000-word draft.
No assertions: figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import make_dreams
from bench.journal import fill
from dreamjournal.services import drafts
from dreamjournal.services.entries import add_entry, edit_entry
from dreamjournal.store.entry import edit_entry as domain_edit
from dreamjournal.store.index import EntryIndex
from dreamjournal.store.journal import Journal
from dreamjournal.store.records import ANY
from dreamjournal.vault.kdf import new_params

PASSPHRASE = "bench passphrase for dreams"


def median_ms(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.db"
        kdf = new_params(memory_kib=1024, iterations=1, lanes=1)  # unlock is not measured here
        a = Journal.create(path, PASSPHRASE, kdf=kdf)
        fill(a, make_dreams(args.entries))
        b = Journal.unlock(path, PASSPHRASE)
        n = len(b)  # builds B's index
        target = a.list(limit=1)[0]

        checked = median_ms(lambda: edit_entry(a, target.id, title="checked"), args.repeat)
        unchecked = median_ms(
            lambda: a._write_entry(
                domain_edit(a.get(target.id), {"title": "unchecked"}), expect=ANY
            ),
            args.repeat,
        )
        idle_read = median_ms(lambda: b.list(limit=5), args.repeat)
        real_token = b._store.change_token
        b._store.change_token = lambda: b._token  # type: ignore[method-assign]
        plain_read = median_ms(lambda: b.list(limit=5), args.repeat)
        b._store.change_token = real_token  # type: ignore[method-assign]

        def other_writes() -> None:
            add_entry(a, title="written in the other tab")

        notice = median_ms(lambda: b.list(limit=5), 30, setup=other_writes)
        rebuild = median_ms(lambda: EntryIndex(b.records("entry")), 5)
        body = " ".join(["the river carried lanterns past the school"] * 250)
        autosave = median_ms(
            lambda: drafts.save_draft(a, "tab", "write", {"fields": {"body": body}}), 50
        )
        a.lock()
        b.lock()
    print(f"Two journals on one vault of {n:,} dreams (median ms, this machine, this run)")
    print(f"  edit, version-checked in the write transaction  {checked:8.3f}")
    print(f"  edit, unconditional write (reference)           {unchecked:8.3f}")
    print(f"  read, nobody else wrote (PRAGMA data_version)   {idle_read:8.3f}")
    print(f"  read, same page without the check (reference)   {plain_read:8.3f}")
    print(f"  read after the other tab added one dream         {notice:8.3f}")
    print(f"  full index rebuild, as lock + unlock did (ref)   {rebuild:8.3f}")
    print(f"  autosave of a 2,000-word draft                   {autosave:8.3f}")


if __name__ == "__main__":
    main()
