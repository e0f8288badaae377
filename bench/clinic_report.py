"""Figures for the clinician's PDF report: a six-week IRT course, its report, and the time taken.

    .venv/bin/python bench/clinic_report.py [--out report.pdf] [--lang en|de]

Builds a sample client vault in a temporary directory (intake DDNSI, weekly DDNSIs, nightmares,
rehearsals, six sessions with long notes, one edited), writes the outcomes report as PDF and
prints how long computing the outcomes and writing the PDF took, the PDF's size and pages.
`pdftoppm -png -r 60 -f 1 -l 1 report.pdf docs/clinic-report` gives the README's page image.
No assertions: figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dreamjournal.services import therapy
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.irt import log_rehearsal
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report
from dreamjournal.vault.kdf import new_params

START = date(2026, 9, 7)  # a Monday
NOTES = (
    "Intake and first session. The recurring dream: the house floods and she cannot reach her "
    "brother. We chose to change the ending: the water stops at the top step, her brother "
    "calls from a boat, they row to the hill. Rehearsed once with eyes closed; she kept the "
    "image of the boat steady. Home practice: 10 minutes each evening, not in bed. "
)


def build(path: Path) -> Journal:
    """A client's vault: six weeks of Imagery Rehearsal with weekly questionnaires."""
    j = Journal.create(
        path, "sample client passphrase", kdf=new_params(memory_kib=1024, iterations=1, lanes=1)
    )
    therapy.save_report_people(j, clinician="Dr. A. Example", pseudonym="Client K-07")
    flood = j.add(
        title="The flooded house",
        body="The water rose through the floor and I could not reach my brother.",
        date=START,
        nightmare=True,
        rescript="The water stops at the top step; my brother calls from a boat and we row "
        "to the hill where it is dry and warm.",
        rescript_started=START.isoformat(),
    )
    nightly = [5, 4, 4, 3, 2, 1]
    for week, n in enumerate(nightly):
        for k in range(n):
            j.add(
                title=f"Flood again {week}.{k}",
                body="Water again.",
                date=START + timedelta(days=7 * week + k),
                nightmare=True,
            )
    for day in range(1, 40):
        if day % 6 == 5:
            continue  # a missed day now and then
        minutes = 10 if day % 4 else (4 if day % 8 else 20)
        log_rehearsal(
            j,
            flood.id,
            minutes=minutes,
            distress_before=max(1, 8 - day // 6),
            distress_after=max(0, 5 - day // 7),
            day=START + timedelta(days=day),
        )
    answers = [(5, 7, 5, 5, 3), (4, 6, 5, 4, 3), (4, 5, 4, 4, 2), (3, 3, 3, 3, 2), (2, 2, 2, 2, 1)]
    for week, (nights, nightmares, severity, intensity, awakenings) in enumerate(answers):
        therapy.record_measure(
            j,
            "ddnsi",
            {
                "period": "week",
                "nights": nights,
                "nightmares": nightmares,
                "severity": severity,
                "intensity": intensity,
                "awakenings": awakenings,
            },
            occasion="intake" if week == 0 else "weekly",
            day=START + timedelta(days=7 * week),
        )
    for week in range(6):
        at = datetime.combine(START + timedelta(days=7 * week + 1), datetime.min.time(), UTC)
        s = therapy.start_session(j, flood.id, suds_before=8 - week, now=at + timedelta(hours=15))
        therapy.end_session(
            j,
            s.id,
            suds_after=max(1, 5 - week),
            notes=NOTES if week == 0 else f"Week {week + 1}: " + NOTES[40:] * 2,
            steps_completed=6,
            now=at + timedelta(hours=16),
        )
        if week == 2:
            therapy.edit_session_notes(j, s.id, "Corrected: " + NOTES)
    return j


def main() -> None:
    """Build, report, print figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("clinic-report.pdf"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        j = build(Path(tmp) / "client.db")
        t0 = time.perf_counter()
        outcomes = compute_outcomes(j, tz=UTC)
        t1 = time.perf_counter()
        people = therapy.report_people(j)
        pdf = outcomes_report(
            j,
            outcomes,
            client=people.pseudonym,
            clinician=people.clinician,
            tz=UTC,
            lang=args.lang,
            made=date(2026, 10, 19),
        ).pdf()
        t2 = time.perf_counter()
        j.lock()
    args.out.write_bytes(pdf)
    from pypdf import PdfReader

    pages = len(PdfReader(args.out).pages)
    print(f"outcomes computed in {1000 * (t1 - t0):.1f} ms")
    print(f"PDF written in {1000 * (t2 - t1):.1f} ms: {len(pdf) / 1024:.1f} KiB, {pages} pages")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
