"""CLI: the DDNSI, back-dated sessions and rehearsals, notes edited with history, report names."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pypdf

from tests.test_cli import dj, ok, user_error


def test_a_clinicians_week_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(dj(data, "init"))
    entry = ok(dj(data, "add", "-t", "ALDER flood", "--nightmare", "--body", "water")).strip()
    ok(dj(data, "rescript", entry, "--text", "A boat takes me to the dry hill."))
    out = ok(
        dj(
            data,
            "measure",
            "ddnsi",
            "--nights",
            "3",
            "--nightmares",
            "4",
            "--severity",
            "4",
            "--intensity",
            "5",
            "--awakenings",
            "3",
            "--occasion",
            "intake",
        )
    )
    assert "DDNSI 19 of 37" in out and "clinically significant" in out
    missing = dj(data, "measure", "ddnsi", "--nights", "1")
    user_error(missing, "needs every answer: give --nightmares")
    [taken] = json.loads(ok(dj(data, "measure", "list", "--json")))
    assert (taken["total"], taken["occasion"], taken["clinical"]) == (19, "intake", True)

    earlier = (date.today() - timedelta(days=2)).isoformat()
    later = (date.today() + timedelta(days=1)).isoformat()
    reh = ["rehearse", entry, "--minutes", "10", "--distress-before", "7", "--distress-after", "4"]
    assert f"on {earlier}" in ok(dj(data, *reh, "--day", earlier))
    user_error(dj(data, *reh, "--day", later), "today or earlier")

    sid = ok(dj(data, "session", "start", entry, "--suds-before", "8", "--day", earlier)).strip()
    notes = tmp_path / "notes.txt"
    notes.write_text("First notes. " * 30)
    ok(dj(data, "session", "end", sid, "--suds-after", "3", "--notes-file", str(notes)))
    notes.write_text("Corrected notes.")
    assert "1 earlier kept" in ok(dj(data, "session", "notes", sid, "--notes-file", str(notes)))
    shown = ok(dj(data, "session", "notes", sid))
    assert shown.index("Corrected notes.") < shown.index("First notes. " * 30)  # full, history
    assert earlier in shown
    answers = ["--nights", "2", "--nightmares", "2", "--severity", "2", "--intensity", "2"]
    linked = ok(dj(data, "measure", "ddnsi", *answers, "--awakenings", "1", "--session", sid[:8]))
    assert f"DDNSI 9 of 37 on {earlier} (session)" in linked  # the session's day and occasion
    in_session = json.loads(ok(dj(data, "measure", "list", "--json")))[0]
    assert (in_session["session_id"], in_session["day"]) == (sid, earlier)
    german = dj(data, "measure", "ddnsi", *answers, "--awakenings", "0", extra_env={"LANG": "de"})
    assert f"DDNSI 8 von 37 am {date.today()} (wöchentlich)" in ok(german)

    names = ok(dj(data, "report-names", "--clinician", "Dr Rowan", "--pseudonym", "K-07"))
    assert "clinician: Dr Rowan" in names and "pseudonym: K-07" in names
    german = ok(dj(data, "--lang", "de", "report-names"))
    assert "Therapeut:in: Dr Rowan" in german and "Pseudonym: K-07" in german
    german = ok(dj(data, "--lang", "de", "session", "notes", sid))
    assert german.startswith(f"Sitzung {sid[:8]}, ") and "\n--- bis " in german
    german = ok(dj(data, "--lang", "de", *reh))
    assert "Min. eingetragen (Belastung 7 -> 4); heute" in german
    pdf = tmp_path / "report.pdf"
    ok(dj(data, "report", "--out", str(pdf), "--lang", "de"))
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "Therapeut:in: Dr Rowan" in text and "Klient:in (Pseudonym): K-07" in text
    assert "Corrected notes." in text and "DDNSI" in text
    assert "DDNSI in dieser Sitzung ausgefüllt: 9 von 37" in text
