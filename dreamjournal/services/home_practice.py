"""Home practice between a client's journal and their therapist's vault.

The file format and the import rules are in therapy/home_practice.py.

`export_home_practice` seals the client's therapy records (every kind the vault holds) and the
dreams they chose; `import_home_practice` brings such a file into the open vault in one
transaction, after the whole file was decrypted and checked, never duplicating a record.

Through a relay (therapy/practice_mail.py seals, practice_relay.py talks to the relay):
`practice_address` is the therapist's side (the vault's key pair, made once and sealed in the
vault); `send_home_practice` seals the same file to that address's key, with the person's
consent each time; `fetch_home_practice` imports what waits in the mailbox and deletes each
package from the relay once it is in.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from dreamjournal.errors import ConsentRequired, InvalidInput
from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.home_practice import (
    LEDGER_ID,
    HomePracticeRefused,
    ImportPlan,
    check_code,
    new_code,
    open_package,
    plan_import,
    practice_kinds,
    seal_package,
)
from dreamjournal.therapy.practice_mail import (
    PracticeAddress,
    PracticeKeys,
    address_of,
    check_relay_url,
    open_sealed_package,
)
from dreamjournal.therapy.practice_relay import delete_package, post_package, waiting_packages
from dreamjournal.vault.kdf import KdfParams

__all__ = [
    "Fetched",
    "ImportPlan",
    "PracticeAddress",
    "export_home_practice",
    "fetch_home_practice",
    "import_home_practice",
    "new_code",
    "practice_address",
    "practice_counts",
    "remembered_address",
    "send_home_practice",
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


# -- through a relay (therapy/practice_mail.py) ----------------------------------------------

KEYS_ID = "home-practice-keys"  # the therapist's key pair and relay, in the `setting` table
ADDRESS_ID = "home-practice-address"  # the client's remembered practice address


def _keys(journal: Journal) -> tuple[PracticeKeys | None, str | None]:
    found = journal.get_record("setting", KEYS_ID) or {}
    private = found.get("private")
    keys = PracticeKeys(base64.urlsafe_b64decode(private)) if isinstance(private, str) else None
    relay = found.get("relay_url")
    return keys, relay if isinstance(relay, str) else None


def practice_address(journal: Journal, relay_url: str | None = None) -> PracticeAddress | None:
    """This vault's practice address; made (key pair sealed in the vault) on first use.

    `relay_url` sets or changes the relay; without one and none kept yet, None.
    """
    keys, kept = _keys(journal)
    relay = check_relay_url(relay_url) if relay_url else kept
    if relay is None:
        return None
    if keys is None or relay != kept:
        keys = keys or PracticeKeys.generate()
        private = base64.urlsafe_b64encode(keys.private).decode("ascii")
        journal.put_record("setting", KEYS_ID, {"private": private, "relay_url": relay})
    return address_of(keys, relay)


def remembered_address(journal: Journal) -> str:
    """The practice address this client sent to last ('' before the first send)."""
    found = journal.get_record("setting", ADDRESS_ID) or {}
    return str(found.get("address", ""))


def send_home_practice(
    journal: Journal,
    address: str,
    code: str,
    dream_ids: list[str] | tuple[str, ...] = (),
    *,
    consent: bool,
    client: httpx.Client | None = None,
    kdf: KdfParams | None = None,
) -> dict[str, int]:
    """Seal the home-practice file to the therapist's key and leave it at their relay.

    Needs the person's consent for this send (the sealed file leaves the machine); the address
    is remembered for next time. Returns what was sent (kind -> count).
    """
    if not consent:
        raise ConsentRequired("error.practice.consent")
    target = PracticeAddress.parse(address)
    data, counts = export_home_practice(journal, code, dream_ids, kdf=kdf)
    post_package(target, data, client=client)
    if remembered_address(journal) != str(target):
        journal.put_record("setting", ADDRESS_ID, {"address": str(target)})
    return counts


@dataclass
class Fetched:
    """What fetching the mailbox did: one merged plan; packages left on the relay, by reason."""

    plan: ImportPlan = field(default_factory=ImportPlan)
    imported: int = 0
    refused: dict[str, int] = field(default_factory=dict)


def _merge(into: ImportPlan, plan: ImportPlan) -> None:
    for name in ("added", "updated", "unchanged", "kept", "deleted_here"):
        total: dict[str, int] = getattr(into, name)
        for kind, n in getattr(plan, name).items():
            total[kind] = total.get(kind, 0) + n
    into.writes.extend(plan.writes)


def fetch_home_practice(
    journal: Journal, code: str, *, client: httpx.Client | None = None
) -> Fetched:
    """Import every package waiting in this vault's mailbox, then delete it from the relay.

    Each package is refused whole when it does not open (another recipient, changed on the
    way, another code) and is then left on the relay; importing never duplicates.
    """
    keys, relay = _keys(journal)
    if keys is None or relay is None:
        raise InvalidInput("error.practice.no_address")
    check_code(code)
    fetched = Fetched()
    for waiting in waiting_packages(keys, relay, client=client):
        try:
            data = open_sealed_package(keys, waiting.body)
            plan = import_home_practice(journal, data, code)
        except HomePracticeRefused as exc:
            fetched.refused[exc.key] = fetched.refused.get(exc.key, 0) + 1
            continue
        _merge(fetched.plan, plan)
        fetched.imported += 1
        delete_package(keys, relay, waiting.package_id, client=client)
    return fetched
