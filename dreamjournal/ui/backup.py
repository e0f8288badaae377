"""Encrypted backups as bytes for the browser (download) and from it (upload).

The backup is the vault's own sealed rows and wrapped key (see store/transfer.py), so the
temporary file it passes through holds no plaintext. Restore accepts only that encrypted
format: a plaintext export is refused before anything is written to disk.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from dreamjournal.errors import ImportFormatError
from dreamjournal.store.journal import Journal
from dreamjournal.store.transfer import BACKUP_FORMAT, ImportResult, export_backup, import_file


def backup_bytes(journal: Journal) -> tuple[bytes, int]:
    """The encrypted backup document and the number of dreams in it."""
    with tempfile.TemporaryDirectory(prefix="dreamjournal-") as tmp:
        path = Path(tmp) / "backup.json"
        count = export_backup(journal, path)
        return path.read_bytes(), count


def is_backup(data: bytes) -> bool:
    """True when `data` looks like a Dream Journal encrypted backup."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(doc, dict) and doc.get("format") == BACKUP_FORMAT


def restore_backup(journal: Journal, data: bytes, passphrase: str) -> ImportResult:
    """Add the backup's dreams that are not in `journal` yet (ImportFormatError otherwise)."""
    if not is_backup(data):
        raise ImportFormatError(
            "This file is not a Dream Journal encrypted backup. Choose a file made with "
            "'Download encrypted backup'."
        )
    with tempfile.TemporaryDirectory(prefix="dreamjournal-") as tmp:
        path = Path(tmp) / "restore.json"
        path.write_bytes(data)
        return import_file(journal, path, passphrase, lambda: passphrase)
