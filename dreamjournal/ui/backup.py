"""Encrypted backups as bytes for the browser (download) and from it (upload).

The backup is the vault's own sealed rows and wrapped key (see store/transfer.py); both ways
stay in memory. Restore accepts only that encrypted format: a plaintext export is refused.
"""

from __future__ import annotations

import json

from dreamjournal.errors import ImportFormatError
from dreamjournal.store.journal import Journal
from dreamjournal.store.transfer import BACKUP_FORMAT, ImportResult, backup_document, import_bytes


def backup_bytes(journal: Journal) -> tuple[bytes, int]:
    """The encrypted backup document and the number of dreams in it."""
    return backup_document(journal)


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
    return import_bytes(journal, data, "The backup", passphrase, lambda: passphrase)
