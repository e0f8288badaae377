"""Moving entries in and out: encrypted backups, plaintext JSON/Markdown, jrnl's JSON export.

Encrypted backup (``export --out FILE``), a JSON document::

    {"format": "dreamjournal-backup", "version": 1,
     "header": {vault_id, kdf, key_nonce (b64), wrapped_key (b64), schema_version, created},
     "tables": {"entry": [[id, nonce (b64), ciphertext (b64), schema_version], ...], ...}}

It is the vault's own sealed rows and wrapped key, so it opens with the passphrase the vault
had when it was exported and holds no plaintext. Importing it decrypts each row with the
backup's key and seals it again with the receiving vault's key (new nonce, new AD).
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dreamjournal.errors import ImportFormatError, InvalidInput, WrongPassphrase
from dreamjournal.store.entry import Entry, make_entry
from dreamjournal.store.journal import Journal
from dreamjournal.store.records import KNOWN_TABLES
from dreamjournal.vault.aead import RecordSealer
from dreamjournal.vault.header import header_from_json, header_to_json, unwrap_vault_key

BACKUP_FORMAT = "dreamjournal-backup"
EXPORT_FORMAT = "dreamjournal"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temp file beside `path`, fsync, then rename over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup_document(journal: Journal) -> tuple[bytes, int]:
    """The encrypted backup as bytes, and the number of entries in it."""
    tables = {
        t: [[r[0], _b64(r[1]), _b64(r[2]), r[3]] for r in journal.store.rows(t)]
        for t in sorted(KNOWN_TABLES)
    }
    doc = {
        "format": BACKUP_FORMAT,
        "version": 1,
        "header": header_to_json(journal.header),
        "tables": tables,
    }
    return json.dumps(doc, separators=(",", ":")).encode(), len(tables["entry"])


def export_backup(journal: Journal, out: Path) -> int:
    """Write an encrypted backup; returns the number of entries in it."""
    data, count = backup_document(journal)
    write_atomically(out, data)
    return count


def export_plaintext(journal: Journal, out: Path, fmt: str) -> int:
    """Write every entry as JSON or Markdown (NOT encrypted); returns the count."""
    entries = journal.list()
    if fmt == "json":
        doc = {
            "format": EXPORT_FORMAT,
            "version": 1,
            "exported": datetime.now(UTC).isoformat(),
            "entries": [e.to_public() for e in entries],
        }
        data = json.dumps(doc, ensure_ascii=False, indent=2)
    elif fmt == "markdown":
        data = "\n\n---\n\n".join(_markdown(e) for e in entries) + "\n"
    else:
        raise InvalidInput(f"Unknown export format {fmt!r}: use json or markdown.")
    write_atomically(out, data.encode("utf-8"))
    return len(entries)


def _markdown(e: Entry) -> str:
    facts = [e.date.isoformat()]
    if e.tags:
        facts.append(" ".join(f"#{t}" for t in e.tags))
    if e.emotions:
        facts.append("feelings: " + ", ".join(e.emotions))
    if e.nightmare:
        facts.append("nightmare")
    if e.lucidity:
        facts.append(f"lucidity {e.lucidity}/5")
    text = f"## {e.title}\n\n*{' · '.join(facts)}*\n\n{e.body}".rstrip()
    if e.rescript:
        text += f"\n\n### Rescript\n\n{e.rescript}"
    return text


@dataclass
class ImportResult:
    """What an import did."""

    kind: str
    added: int = 0
    skipped: int = 0


def import_file(
    journal: Journal, path: Path, passphrase: str, ask_backup_passphrase: Callable[[], str]
) -> ImportResult:
    """Import our backup, our JSON export or a jrnl JSON export; existing ids are skipped."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"There is no file at {path}. Check the path and try again.")
    return import_bytes(journal, path.read_bytes(), path.name, passphrase, ask_backup_passphrase)


def import_bytes(
    journal: Journal,
    data: bytes,
    name: str,
    passphrase: str,
    ask_backup_passphrase: Callable[[], str],
) -> ImportResult:
    """Import from bytes (an upload in the app); `name` is only used in messages."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(
            f"{name} is not JSON. Import takes a Dream Journal backup or JSON export, "
            "or a jrnl export made with `jrnl --format json`."
        ) from exc
    if isinstance(doc, dict) and doc.get("format") == BACKUP_FORMAT:
        return _import_backup(journal, doc, passphrase, ask_backup_passphrase)
    if isinstance(doc, dict) and doc.get("format") == EXPORT_FORMAT:
        return _import_entries(journal, "dreamjournal export", doc.get("entries", []), _ours)
    if isinstance(doc, dict) and isinstance(doc.get("entries"), list) and "tags" in doc:
        return _import_entries(journal, "jrnl export", doc["entries"], _from_jrnl)
    raise ImportFormatError(
        f"{name} is JSON but not a format we know. Import takes a Dream Journal backup or "
        "JSON export, or a jrnl export made with `jrnl --format json`."
    )


def _import_backup(
    journal: Journal, doc: dict[str, Any], passphrase: str, ask: Callable[[], str]
) -> ImportResult:
    try:
        header = header_from_json(doc["header"])
        tables = doc["tables"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ImportFormatError("The backup file is damaged (its header is unreadable).") from exc
    try:
        key = unwrap_vault_key(header, passphrase)
    except WrongPassphrase:
        key = unwrap_vault_key(header, ask())
    sealer = RecordSealer(header.vault_id, key)
    result = ImportResult("encrypted backup")
    for table, rows in tables.items():
        if table not in KNOWN_TABLES:
            continue
        present = set(journal.records(table)) if table != "entry" else None
        for row_id, nonce, ct, version in rows:
            plain = sealer.open(
                table, row_id, version, base64.b64decode(nonce), base64.b64decode(ct)
            )
            data = json.loads(plain)
            if table == "entry":
                if journal.has_entry(row_id):
                    result.skipped += 1
                    continue
                journal.add_entry(Entry.from_record(row_id, data))
                result.added += 1
            elif row_id not in (present or set()):
                journal.put_record(table, row_id, data)
    return result


def _ours(item: dict[str, Any]) -> Entry:
    fields = {k: v for k, v in item.items() if k not in {"id", "created", "updated"}}
    entry = make_entry(fields, entry_id=str(item.get("id") or "") or None)
    stamps = {k: item[k] for k in ("created", "updated") if isinstance(item.get(k), str)}
    return Entry(**{**entry.__dict__, **stamps})


def _from_jrnl(item: dict[str, Any]) -> Entry:
    when = f"{item.get('date', '')} {item.get('time', '00:00')}".strip()
    try:
        moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ImportFormatError(f"A jrnl entry has an unreadable date: {when!r}.") from exc
    entry = make_entry(
        {
            "title": str(item.get("title", "")),
            "body": str(item.get("body", "")),
            "date": moment.date(),
            "tags": [str(t) for t in item.get("tags", [])],
        }
    )
    stamp = moment.isoformat()
    extra = {"starred": True} if item.get("starred") else {}
    return Entry(**{**entry.__dict__, "created": stamp, "updated": stamp, "extra": extra})


def _import_entries(
    journal: Journal, kind: str, items: list[Any], convert: Callable[[dict[str, Any]], Entry]
) -> ImportResult:
    converted = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ImportFormatError(f"Entry {n} of the {kind} is not an object; nothing imported.")
        converted.append(convert(item))  # validate all before writing any
    result = ImportResult(kind)
    for entry in converted:
        if journal.has_entry(entry.id):
            result.skipped += 1
        else:
            journal.add_entry(entry)
            result.added += 1
    return result
