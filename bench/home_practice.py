"""Benchmark: making and bringing in a home-practice file, with the real key derivation.

    .venv/bin/python bench/home_practice.py [--weeks 12] [--dreams 5]

A client's journal holds WEEKS of daily rehearsals (one a day) and DREAMS rescripted nightmares
that go into the file. Prints, measured in this run: the file size, the time to make it (one
Argon2id at the default 64 MiB, t = 3, p = 4, then AES-GCM), to open and check it alone, to
bring it into an empty therapist vault, and to bring the same file in again (no writes).
No assertions: figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dreamjournal.services.home_practice import export_home_practice, import_home_practice
from dreamjournal.services.therapy import rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.home_practice import open_package
from dreamjournal.vault.kdf import new_params

PASSPHRASE = "bench passphrase for dreams"
CODE = "K7QF-M2XD-9PRW"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=12)
    parser.add_argument("--dreams", type=int, default=5)
    args = parser.parse_args()
    cheap = new_params(memory_kib=1024, iterations=1, lanes=1)  # the vaults' own unlock: not timed
    with tempfile.TemporaryDirectory() as tmp:
        client = Journal.create(Path(tmp) / "client.db", PASSPHRASE, kdf=cheap)
        start_day = date(2026, 1, 5)
        ids = []
        for n in range(args.dreams):
            e = client.add(title=f"Nightmare {n}", body="A wolf chased me. " * 20, nightmare=True,
                           nightmare_checked=True, date=start_day)  # fmt: skip
            rescript(
                client,
                e.id,
                "The wolf lies down in the sun; I walk on, calm.",
                today=start_day + timedelta(weeks=n),
            )
            ids.append(e.id)
        for day in range(args.weeks * 7):
            rehearse(client, ids[day % len(ids)], minutes=10, distress_before=6,
                     distress_after=3, day=start_day + timedelta(days=day))  # fmt: skip
        t = time.perf_counter()
        data, counts = export_home_practice(client, CODE, ids)
        made = _ms(t)
        t = time.perf_counter()
        open_package(data, CODE)
        opened = _ms(t)
        therapist = Journal.create(Path(tmp) / "therapist.db", PASSPHRASE, kdf=cheap)
        t = time.perf_counter()
        first = import_home_practice(therapist, data, CODE)
        brought = _ms(t)
        t = time.perf_counter()
        second = import_home_practice(therapist, data, CODE)
        again = _ms(t)
    print(f"file: {len(data) / 1024:.1f} KiB holding {counts}")
    print(f"make the file:            {made:8.0f} ms")
    print(f"open and check it:        {opened:8.0f} ms")
    print(f"bring it in (empty vault):{brought:8.0f} ms  added {first.added}")
    print(f"bring it in again:        {again:8.0f} ms  changes: {second.changes}")


if __name__ == "__main__":
    main()
