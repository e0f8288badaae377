"""Home practice between a client's journal and their therapist's vault.

The file format and the import rules are in therapy/home_practice.py.

`export_home_practice` seals the client's therapy records (every kind the vault holds) and the
dreams they chose; `import_home_practice` brings such a file into the open vault in one
transaction, after the whole file was decrypted and checked, never duplicating a record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.home_practice import (
    LEDGER_ID,
    ImportPlan,
    check_code,
    new_code,
    open_package,
    plan_import,
    practice_kinds,
    seal_package,
)
from dreamjournal.vault.kdf import KdfParams

__all__ = [
    "ImportPlan",
    "export_home_practice",
    "import_home_practice",
    "new_code",
    "practice_counts",
]


def practice_counts(journal: Journal) -> dict[str, int]:
    """How many records of each therapy kind the vault holds (kinds with none left out)."""
    counts = {kind: len(journal.store.versions(kind)) for kind in practice_kinds()}
    return {kind: n for kind, n in counts.items() if n}


def export_home_practice(
    journal: Journal,
    code: str,
    dream_ids: list[str] | tuple[str, ...] = (),
    *,
    made: datetime | None = None,
    kdf: KdfParams | None = None,
) -> tuple[bytes, dict[str, int]]:
    """The encrypted file and what is in it (kind -> count); dreams only those chosen."""
    check_code(code)
    records: dict[str, dict[str, dict[str, Any]]] = {}
    chosen = [journal.get(i) for i in dream_ids]
    if chosen:
        records["entry"] = {e.id: e.to_record() for e in chosen}
    for kind in practice_kinds():
        found = journal.records(kind)
        if found:
            records[kind] = found
    data = seal_package(records, code, made=made, kdf=kdf)
    return data, {kind: len(items) for kind, items in records.items()}


def _ledger(journal: Journal) -> dict[str, dict[str, str]]:
    found = journal.get_record("setting", LEDGER_ID) or {}
    items = found.get("records")
    return items if isinstance(items, dict) else {}


def import_home_practice(journal: Journal, data: bytes, code: str) -> ImportPlan:
    """Bring a home-practice file in: all or nothing, and never a duplicate.

    A wrong code or a changed file raises HomePracticeRefused before anything is written;
    a second import of the same file writes nothing.
    """
    package = open_package(data, code)
    plan = plan_import(package, journal.get_record, _ledger(journal))
    if not plan.changes:
        return plan
    with journal.transaction():
        for kind, record_id, record, replace in plan.writes:
            if kind == "entry":
                if replace:  # a newer edit of the dream: the row is rewritten, the index follows
                    journal.delete_record("entry", record_id)
                journal.add_entry(Entry.from_record(record_id, record))
            else:
                journal.put_record(kind, record_id, record)
        journal.put_record("setting", LEDGER_ID, {"records": plan.ledger})
    return plan
