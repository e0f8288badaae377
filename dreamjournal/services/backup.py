"""Backups and imports: one encrypted format (rows and clip files) for the CLI and the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dreamjournal.errors import ImportFormatError
from dreamjournal.store.journal import Journal
from dreamjournal.store.transfer import (
    ImportResult,
    backup_document,
    check_output_path,
    export_backup,
    export_plaintext,
    import_bytes,
    import_file,
    is_backup,
    write_atomically,
)

__all__ = [
    "ImportResult",
    "backup_bytes",
    "check_output_path",
    "export_backup",
    "export_plaintext",
    "import_file",
    "plan_restore",
    "restore_backup",
    "write_atomically",
]


def backup_bytes(journal: Journal) -> tuple[bytes, int]:
    """The encrypted backup document (with clip files) and the number of dreams in it."""
    return backup_document(journal)


def _backup_only(data: bytes) -> None:
    if not is_backup(data):
        raise ImportFormatError("error.backup.file_dream_journal")


def plan_restore(journal: Journal, data: bytes, passphrase: str) -> ImportResult:
    """What restoring `data` would do (new dreams, dreams already here, clips), changing nothing."""
    _backup_only(data)
    return import_bytes(journal, data, "The backup", passphrase, lambda: passphrase, dry_run=True)


def restore_backup(
    journal: Journal, data: bytes, passphrase: str, ask: Callable[[], str] | None = None
) -> ImportResult:
    """Add the backup's dreams, records and clips that the vault lacks; all or nothing."""
    _backup_only(data)
    return import_bytes(journal, data, "The backup", passphrase, ask or (lambda: passphrase))


def import_path(
    journal: Journal,
    path: Path,
    passphrase: str,
    ask: Callable[[], str],
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Import a backup, our JSON export or a jrnl export from a file; all or nothing."""
    return import_file(journal, path, passphrase, ask, dry_run=dry_run)
