"""Plaintext never touches the disk: a unique marker is in no file under the data dir."""

from __future__ import annotations

import uuid
from pathlib import Path

from dreamjournal.services import drafts
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.store.transfer import export_backup
from tests.conftest import PASSPHRASE, fast_kdf


def _files_containing(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            hits += [f"{p.name}: {n!r}" for n in needles if n in data]
    return hits


def test_canary_in_no_file_before_or_after_delete(tmp_path: Path) -> None:
    data = tmp_path / "data"
    canary = f"CANARY{uuid.uuid4().hex}"
    needles = [
        canary.encode(),
        canary.encode("utf-16-le"),
        canary.lower().encode(),
        b"Zebrastreifen-Kanarienvogel",
    ]
    path = vault_path(data, "journal")
    j = Journal.create(path, PASSPHRASE, kdf=fast_kdf())
    for i in range(50):  # enough rows that the marker's page is a real B-tree page
        j.add(title=f"filler {i}", body="words " * 50)
    e = j.add(
        title=f"Title {canary}",
        body=f"Body {canary} Zebrastreifen-Kanarienvogel",
        tags=[canary],
        emotions=["fear"],
    )
    j.update(e.id, body=f"Edited {canary}")
    # Unsaved work is autosaved sealed, like entries: a dream being written, session notes.
    drafts.save_draft(j, "tab", "write", {"fields": {"body": f"Draft {canary}"}})
    drafts.save_draft(j, "session-x", "session", {"notes": f"Notes {canary}"})
    j.search(canary)  # builds the folded index in memory
    export_backup(j, data / "backup.json")
    files = sorted(p.name for p in data.rglob("*") if p.is_file())
    assert any(name.endswith("-wal") for name in files)  # the WAL is scanned too
    assert _files_containing(data, needles) == []
    j.delete(e.id)
    drafts.discard_draft(j, "tab")
    assert _files_containing(data, needles) == []
    j.lock()
    assert _files_containing(data, needles) == []
