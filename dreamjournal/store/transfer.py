"""Moving entries in and out: encrypted backups, plaintext JSON/Markdown, jrnl's JSON export.

Encrypted backup (``export --out FILE``), a JSON document::

    {"format": "dreamjournal-backup", "version": 3,
     "header": {vault_id, format, kdf, key_nonce (b64), wrapped_key (b64), key_check (b64),
                schema_version, created},
     "tables": {"entry": [[id, nonce (b64), ciphertext (b64), schema_version], ...], ...},
     "files": {"<clip id>.djclip": b64, "<clip id>.poster.djclip": b64, ...},
     "manifest": b64}

It is the vault's own sealed rows, wrapped keyring and encrypted clip files (version 1 had no
"files"), so it opens with the passphrase the vault had when it was exported and holds no
plaintext. Version 3 (vault format 2, see vault/header.py) adds the key check and a manifest
of exactly the rows in the backup, keyed like the vault's own: a row taken out of the backup,
or put back at an older version, is refused. A backup of a format-2 vault without it is
refused too; versions 1 and 2 (format-1 headers) have none and are read as before.

The CLI (`export` / `import`) and the app (Settings: download / restore) write and read this
one format. Restoring checks everything first: every row is decrypted and
authenticated, entries are validated like typed input, ids must be plain ids (clip ids name
files), clip files are decrypted in memory. Then what the vault lacks is added in one
transaction (existing ids are skipped, never duplicated), each row sealed again with the
receiving vault's key and each clip re-encrypted under its file key; the clip files are
renamed into place only once that transaction has committed. A damaged backup changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dreamjournal.errors import ImportFormatError, InvalidInput, TamperedData, WrongPassphrase
from dreamjournal.i18n import Text, message
from dreamjournal.store.entry import EDITABLE, Entry, make_entry, validate_fields
from dreamjournal.store.integrity import check_row_set, seal_row_set
from dreamjournal.store.journal import Journal
from dreamjournal.store.records import KNOWN_TABLES
from dreamjournal.store.vaultkeys import derive_file_key
from dreamjournal.vault.aead import RecordSealer, key_id_of
from dreamjournal.vault.clipfile import decrypt_bytes, encrypt_bytes
from dreamjournal.vault.header import FORMAT, header_from_json, header_to_json, unwrap_keys
from dreamjournal.vault.manifest import ManifestMac

BACKUP_FORMAT = "dreamjournal-backup"
# Drafts are unsaved work of one machine's sessions: they are not carried into other vaults.
BACKED_UP_TABLES = KNOWN_TABLES - {"draft"}
_ROW_ID = re.compile(r"[0-9a-z_-]{1,64}")  # no ":" (bound into the AD) and no "/" or ".."
_CLIP_ID = re.compile(r"[0-9a-f]{32}")  # clip ids name files


def b64decode(value: Any) -> bytes:
    """Strict base64 (ValueError on anything else)."""
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value, validate=True)


EXPORT_FORMAT = "dreamjournal"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def check_output_path(path: Path) -> Path:
    """Refuse to replace anything but a regular file (a device, a FIFO, a folder, a symlink)."""
    path = Path(path)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise InvalidInput("error.transfer.regular_file_device", path=path)
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temp file beside `path` (owner-only), fsync, then rename over it."""
    path = check_output_path(path)
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
    """The encrypted backup (rows and sealed clip files) as bytes, and its number of entries."""
    raw = {t: journal.store.rows(t) for t in sorted(BACKED_UP_TABLES)}
    tables = {t: [[r[0], _b64(r[1]), _b64(r[2]), r[3]] for r in rows] for t, rows in raw.items()}
    versions = {t: {r[0]: bytes(r[1]) for r in rows} for t, rows in raw.items()}
    manifest = seal_row_set(journal.manifest_mac(), versions, journal.revision)
    files: dict[str, str] = {}
    folder = journal.clip_dir
    if folder is not None:
        for row in tables["clip"]:
            for name in (f"{row[0]}.djclip", f"{row[0]}.poster.djclip"):
                if (folder / name).is_file():
                    files[name] = _b64((folder / name).read_bytes())
    doc = {
        "format": BACKUP_FORMAT,
        "version": 3,
        "header": header_to_json(journal.header),
        "tables": tables,
        "files": files,
        "manifest": _b64(manifest),
    }
    return json.dumps(doc, separators=(",", ":")).encode(), len(tables["entry"])


def export_backup(journal: Journal, out: Path) -> int:
    """Write an encrypted backup; returns the number of entries in it."""
    data, count = backup_document(journal)
    write_atomically(out, data)
    return count


def export_plaintext(journal: Journal, out: Path, fmt: str, lang: str = "en") -> int:
    """Write every entry as JSON or Markdown (NOT encrypted, Markdown's words in `lang`);
    returns the count."""
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
        data = "\n\n---\n\n".join(_markdown(e, lang) for e in entries) + "\n"
    else:
        raise InvalidInput("error.transfer.unknown_export_format", fmt=fmt)
    write_atomically(out, data.encode("utf-8"))
    return len(entries)


def _markdown(e: Entry, lang: str = "en") -> str:
    facts = [e.date.isoformat()]
    if e.tags:
        facts.append(" ".join(f"#{t}" for t in e.tags))
    if e.emotions:
        facts.append(message("export.feelings", lang, feelings=", ".join(e.emotions)))
    if e.nightmare:
        facts.append(message("export.nightmare", lang))
    if e.lucidity:
        facts.append(message("export.lucidity", lang, n=e.lucidity))
    text = f"## {e.title}\n\n*{' · '.join(facts)}*\n\n{e.body}".rstrip()
    if e.rescript:
        text += f"\n\n### {message('export.rescript', lang)}\n\n{e.rescript}"
    return text


@dataclass
class ImportResult:
    """What an import did (or, from `plan_restore`, would do)."""

    kind: str
    added: int = 0
    skipped: int = 0
    clips: int = 0  # clips (with their files) added
    clips_missing: int = 0  # clip records left out: their files were not in the backup


def import_file(
    journal: Journal,
    path: Path,
    passphrase: str,
    ask_backup_passphrase: Callable[[], str],
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Import our backup, our JSON export or a jrnl JSON export; existing ids are skipped."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("error.transfer.file_check_path", path=path)
    data = path.read_bytes()
    return import_bytes(
        journal, data, path.name, passphrase, ask_backup_passphrase, dry_run=dry_run
    )


def _document(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError("error.transfer.json_cut_short", name=name) from exc


def is_backup(data: bytes) -> bool:
    """True when `data` looks like a Dream Journal encrypted backup (cheap check)."""
    return data.lstrip()[:200].find(b'"dreamjournal-backup"') != -1


def import_bytes(
    journal: Journal,
    data: bytes,
    name: str,
    passphrase: str,
    ask_backup_passphrase: Callable[[], str],
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Import from bytes (an upload in the app); all or nothing. `dry_run` only counts."""
    doc = _document(data, name)
    if isinstance(doc, dict) and doc.get("format") == BACKUP_FORMAT:
        backup = read_backup(doc, passphrase, ask_backup_passphrase)
        return apply_backup(journal, backup, dry_run=dry_run)
    if isinstance(doc, dict) and doc.get("format") == EXPORT_FORMAT:
        items = doc.get("entries", [])
        return _import_entries(journal, "dreamjournal export", items, _ours, dry_run)
    if isinstance(doc, dict) and isinstance(doc.get("entries"), list) and "tags" in doc:
        return _import_entries(journal, "jrnl export", doc["entries"], _from_jrnl, dry_run)
    raise ImportFormatError("error.transfer.json_but_format", name=name)


@dataclass
class OpenedBackup:
    """A backup with every row decrypted and checked, and every clip file decrypted."""

    records: dict[str, dict[str, dict[str, Any]]]  # table -> id -> record
    files: dict[str, bytes]  # "<clip id>[.poster]" -> plaintext (in memory only)


def _damaged(why: Text) -> ImportFormatError:
    return ImportFormatError("error.transfer.backup_damaged_changed", why=why)


def read_backup(doc: dict[str, Any], passphrase: str, ask: Callable[[], str]) -> OpenedBackup:
    """Decrypt and check everything in a backup before anything is written."""
    try:
        header = header_from_json(doc["header"])
        tables = doc["tables"]
        files = doc.get("files") or {}
        if not isinstance(tables, dict) or not isinstance(files, dict):
            raise TypeError("tables/files")
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(Text("error.transfer.why.header_unreadable")) from exc
    try:
        keys = unwrap_keys(header, passphrase)
    except WrongPassphrase:
        keys = unwrap_keys(header, ask())
    except TamperedData as exc:
        raise _damaged(Text("error.transfer.why.header_changed")) from exc
    if header.format >= FORMAT:
        _check_backup_manifest(header.vault_id, keys, tables, doc.get("manifest"))
    sealer = RecordSealer(header.vault_id, keys)
    records: dict[str, dict[str, dict[str, Any]]] = {}
    clip_keys: dict[str, int] = {}  # clip id -> id of the data key of its record and files
    for table, rows in tables.items():
        if table not in BACKED_UP_TABLES:
            continue
        opened: dict[str, dict[str, Any]] = {}
        try:
            for row_id, nonce, ct, version in rows:
                check_row_id(table, row_id)
                plain = sealer.open(table, row_id, version, b64decode(nonce), b64decode(ct))
                record = json.loads(plain)
                if not isinstance(record, dict):
                    raise ValueError("a record is not an object")
                if table == "entry":
                    record = checked_entry_record(row_id, record)
                if table == "clip":
                    clip_keys[row_id] = key_id_of(b64decode(nonce))
                opened[row_id] = record
        except TamperedData as exc:
            raise _damaged(Text("error.transfer.why.record_failed")) from exc
        except (ValueError, TypeError, binascii.Error) as exc:
            raise _damaged(Text("error.transfer.why.record_malformed", table=table)) from exc
        records[table] = opened
    plain_files: dict[str, bytes] = {}
    for clip_id in records.get("clip", {}):
        for file_id in (clip_id, f"{clip_id}.poster"):
            blob = files.get(f"{file_id}.djclip")
            if isinstance(blob, str):
                plain_files[file_id] = _open_clip_file(keys[clip_keys[clip_id]], file_id, blob)
    return OpenedBackup(records, plain_files)


def _check_backup_manifest(
    vault_id: str, keys: list[bytes], tables: dict[str, Any], manifest: Any
) -> None:
    """The backup holds exactly the rows it was made with (none taken out or put back)."""
    try:
        versions = {
            t: {row[0]: b64decode(row[1]) for row in rows}
            for t, rows in tables.items()
            if t in BACKED_UP_TABLES
        }
        blob = b64decode(manifest)
    except (TypeError, ValueError, IndexError, KeyError, binascii.Error) as exc:
        raise _damaged(Text("error.transfer.why.list_malformed")) from exc
    if not check_row_set(ManifestMac(vault_id, len(keys) - 1, keys[-1]), blob, versions):
        raise _damaged(Text("error.transfer.why.rows_changed"))


def _open_clip_file(vault_key: bytes, file_id: str, blob: str) -> bytes:
    try:
        sealed = b64decode(blob)
    except (ValueError, binascii.Error) as exc:
        raise _damaged(Text("error.transfer.why.clip_malformed")) from exc
    try:
        return decrypt_bytes(derive_file_key(vault_key, file_id), file_id, sealed)
    except TamperedData as exc:
        raise _damaged(Text("error.transfer.why.clip_failed")) from exc


def check_row_id(table: str, row_id: Any) -> None:
    """ValueError unless `row_id` is a plain id for `table` (clip ids name files)."""
    pattern = _CLIP_ID if table == "clip" else _ROW_ID
    if not isinstance(row_id, str) or not pattern.fullmatch(row_id):
        raise ValueError(f"invalid {table} id")


def checked_entry_record(entry_id: str, record: dict[str, Any]) -> dict[str, Any]:
    """An entry record as decrypted from a file, checked like typed input (ValueError if not)."""
    try:
        entry = Entry.from_record(entry_id, record)
        validate_fields({k: getattr(entry, k) for k in EDITABLE})
    except (InvalidInput, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"entry {entry_id[:8]} is not valid") from exc
    return record


def apply_backup(journal: Journal, backup: OpenedBackup, *, dry_run: bool = False) -> ImportResult:
    """Add what the vault lacks, in one transaction; clip files land only if it commits."""
    result = ImportResult("encrypted backup")
    present = {t: set(journal.records(t)) for t in backup.records if t != "entry"}
    entries = backup.records.get("entry", {})
    new_entries = {i: r for i, r in entries.items() if not journal.has_entry(i)}
    result.added, result.skipped = len(new_entries), len(entries) - len(new_entries)
    clips = {
        i: r
        for i, r in backup.records.get("clip", {}).items()
        if i not in present.get("clip", set())
    }
    result.clips_missing = sum(1 for i in clips if i not in backup.files)
    clips = {i: r for i, r in clips.items() if i in backup.files}
    result.clips = len(clips)
    if dry_run:
        return result
    folder = journal.clip_dir
    if clips and folder is None:
        raise InvalidInput("error.transfer.vault_stored_file")
    staged: list[tuple[Path, Path]] = []
    try:
        for clip_id in clips:
            for file_id in (clip_id, f"{clip_id}.poster"):
                if file_id in backup.files:
                    assert folder is not None
                    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                    final = folder / f"{file_id}.djclip"
                    tmp = folder / f".{file_id}.restore.djclip"
                    encrypt_bytes(journal.file_key(file_id), file_id, backup.files[file_id], tmp)
                    staged.append((tmp, final))
        with journal.transaction():
            for entry_id, record in new_entries.items():
                journal.add_entry(Entry.from_record(entry_id, record))
            for table, records in backup.records.items():
                if table in ("entry", "clip"):
                    continue
                for row_id, record in records.items():
                    if row_id not in present[table]:
                        journal.put_record(table, row_id, record, expect=None)
            for clip_id, record in clips.items():
                journal.put_record("clip", clip_id, record, expect=None)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return result


def _ours(item: dict[str, Any]) -> Entry:
    fields = {k: v for k, v in item.items() if k not in {"id", "created", "updated"}}
    given = str(item.get("id") or "").strip().lower()
    if given and not _ROW_ID.fullmatch(given):
        raise ImportFormatError("error.transfer.entry_export_unusable", given=given[:40])
    entry = make_entry(fields, entry_id=given or None)
    stamps = {k: item[k] for k in ("created", "updated") if isinstance(item.get(k), str)}
    return Entry(**{**entry.__dict__, **stamps})


def _from_jrnl(item: dict[str, Any]) -> Entry:
    when = f"{item.get('date', '')} {item.get('time', '00:00')}".strip()
    try:
        moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ImportFormatError("error.transfer.jrnl_entry_unreadable", when=when) from exc
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
    journal: Journal,
    kind: str,
    items: list[Any],
    convert: Callable[[dict[str, Any]], Entry],
    dry_run: bool = False,
) -> ImportResult:
    converted = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ImportFormatError("error.transfer.entry_object_nothing", n=n, kind=kind)
        converted.append(convert(item))  # validate all before writing any
    result = ImportResult(kind)
    fresh = [e for e in converted if not journal.has_entry(e.id)]
    result.added, result.skipped = len(fresh), len(converted) - len(fresh)
    if not dry_run:
        with journal.transaction():  # all or nothing
            for entry in fresh:
                journal.add_entry(entry)
    return result
