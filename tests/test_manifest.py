"""The manifest and the authenticated header: deletion, rollback, swaps and header edits are
detected (issue 11, finding 3); format-1 vaults migrate on first unlock."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.pool import StaticPool
from sqlmodel import create_engine

from dreamjournal.errors import TamperedData, WrongPassphrase
from dreamjournal.store.journal import Journal
from dreamjournal.store.records import LATEST_SCHEMA
from dreamjournal.vault.aead import ROW_NONCE_BYTES
from dreamjournal.vault.clipfile import decrypt_file
from dreamjournal.vault.header import FORMAT
from dreamjournal.vault.manifest import MANIFEST_BYTES
from tests.conftest import PASSPHRASE, fast_kdf

FORMAT1_VAULT = Path(__file__).parent / "data" / "format1" / "vaults"


def _raw(path: Path) -> sqlite3.Connection:
    """A connection that writes the file behind Dream Journal's back, as an attacker would."""
    return sqlite3.connect(path, isolation_level=None)


def _vault_with(path: Path, n: int) -> list[str]:
    j = Journal.create(path, PASSPHRASE, kdf=fast_kdf())
    ids = [j.add(title=f"dream {i}", body="words " * i).id for i in range(n)]
    j.lock()
    return ids


def _refused(path: Path) -> str:
    with pytest.raises(TamperedData) as err:
        Journal.unlock(path, PASSPHRASE)
    assert "integrity check" in err.value.user_message
    assert "backup" in err.value.user_message  # what to do
    return err.value.user_message


def test_untouched_vault_unlocks_and_every_write_keeps_the_manifest(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    ids = _vault_with(path, 5)
    j = Journal.unlock(path, PASSPHRASE)
    j.update(ids[0], title="edited")
    j.delete(ids[1])
    j.put_record("setting", "preferences", {"language": "de"})
    j.delete_record("setting", "preferences")
    with j.transaction():
        j.add(title="in a transaction")
        j.add(title="and another")
    j.lock()
    Journal.unlock(path, PASSPHRASE).lock()


def test_a_deleted_row_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    ids = _vault_with(path, 3)
    with _raw(path) as db:
        db.execute("DELETE FROM entry WHERE id=?", (ids[1],))
    assert "1 record was deleted" in _refused(path)


def test_a_row_put_back_at_an_older_version_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    ids = _vault_with(path, 3)
    with _raw(path) as db:
        old = db.execute("SELECT nonce, ciphertext FROM entry WHERE id=?", (ids[0],)).fetchone()
    j = Journal.unlock(path, PASSPHRASE)
    j.update(ids[0], body="I changed my mind about this dream")
    j.lock()
    with _raw(path) as db:  # a valid, authentic, older ciphertext of the same row
        db.execute("UPDATE entry SET nonce=?, ciphertext=? WHERE id=?", (*old, ids[0]))
    assert "older version" in _refused(path)


def test_rows_swapped_between_ids_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    a, b = _vault_with(path, 2)
    with _raw(path) as db:
        ra = db.execute("SELECT nonce, ciphertext FROM entry WHERE id=?", (a,)).fetchone()
        rb = db.execute("SELECT nonce, ciphertext FROM entry WHERE id=?", (b,)).fetchone()
        db.execute("UPDATE entry SET nonce=?, ciphertext=? WHERE id=?", (*rb, a))
        db.execute("UPDATE entry SET nonce=?, ciphertext=? WHERE id=?", (*ra, b))
    _refused(path)


def test_a_row_added_from_another_vault_is_detected(tmp_path: Path) -> None:
    path, other = tmp_path / "v.db", tmp_path / "other.db"
    _vault_with(path, 1)
    _vault_with(other, 1)
    with _raw(other) as db:
        row = db.execute("SELECT id, nonce, ciphertext, schema_version FROM entry").fetchone()
    with _raw(path) as db:
        db.execute("INSERT INTO entry VALUES (?,?,?,?)", row)
    assert "1 record was added" in _refused(path)


def test_a_removed_manifest_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 2)
    with _raw(path) as db:
        db.execute("UPDATE vault_header SET manifest=NULL")
    assert "manifest" in _refused(path)


def test_an_older_manifest_put_back_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 2)
    with _raw(path) as db:
        old = db.execute("SELECT manifest FROM vault_header").fetchone()[0]
    j = Journal.unlock(path, PASSPHRASE)
    j.add(title="one more")
    j.lock()
    with _raw(path) as db:
        db.execute("UPDATE vault_header SET manifest=?", (old,))
    _refused(path)


def _tamper_header(path: Path, column: str, value: object) -> None:
    with _raw(path) as db:
        db.execute(f"UPDATE vault_header SET {column}=?", (value,))  # noqa: S608 - our own names


def _kdf_with(path: Path, **changes: object) -> str:
    with _raw(path) as db:
        kdf = json.loads(db.execute("SELECT kdf FROM vault_header").fetchone()[0])
    return json.dumps({**kdf, **changes})


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("format", 3),
        ("format", 1),
        ("schema_version", LATEST_SCHEMA - 1),
        ("schema_version", LATEST_SCHEMA + 1),
        ("vault_id", "0" * 32),
        ("created", "1999-01-01"),
    ],
)
def test_every_header_field_is_authenticated(tmp_path: Path, column: str, value: object) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    _tamper_header(path, column, value)
    with pytest.raises(TamperedData) as err:
        Journal.unlock(path, PASSPHRASE)
    assert "header" in err.value.user_message


def test_kdf_parameters_are_bound_into_the_associated_data(tmp_path: Path) -> None:
    """Fails when the KDF parameters leave the keyring's AD: scrypt's settings do not change
    an Argon2id KEK, so only the AD can notice that they were edited."""
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    _tamper_header(path, "kdf", _kdf_with(path, scrypt_n=2**10, scrypt_r=1))
    with pytest.raises(TamperedData, match="key-derivation settings"):
        Journal.unlock(path, PASSPHRASE)


def test_kdf_costs_or_salt_changed_look_like_a_wrong_passphrase(tmp_path: Path) -> None:
    """They change the KEK itself, which cannot be told from a wrong passphrase."""
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    _tamper_header(path, "kdf", _kdf_with(path, iterations=2))
    with pytest.raises(WrongPassphrase):
        Journal.unlock(path, PASSPHRASE)


def test_format_downgrade_without_key_check_is_tampering_not_a_wrong_passphrase(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    with _raw(path) as db:
        db.execute("UPDATE vault_header SET format=1, key_check=NULL")
    with pytest.raises(TamperedData):
        Journal.unlock(path, PASSPHRASE)


def test_an_open_reader_notices_a_row_deleted_behind_its_back(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    ids = _vault_with(path, 3)
    j = Journal.unlock(path, PASSPHRASE)
    assert len(j.list()) == 3
    with _raw(path) as db:
        db.execute("DELETE FROM entry WHERE id=?", (ids[2],))
    with pytest.raises(TamperedData, match="1 record was deleted"):
        j.list()
    j.lock()


def test_an_open_session_notices_the_whole_file_going_back(tmp_path: Path) -> None:
    path, copy = tmp_path / "v.db", tmp_path / "copy.db"
    _vault_with(path, 2)
    reader = Journal.unlock(path, PASSPHRASE)
    reader.store.backup_to(copy)  # type: ignore[attr-defined]
    assert len(reader.list()) == 2
    writer = Journal.unlock(path, PASSPHRASE)
    writer.add(title="after the copy")
    assert len(reader.list()) == 3  # the reader has seen the newer revision
    with sqlite3.connect(copy) as src, sqlite3.connect(path) as dst:
        src.backup(dst)  # header, manifest and rows consistently old
    with pytest.raises(TamperedData, match="older copy"):
        reader.list()
    reader.lock()
    writer.lock()


def test_whole_file_rollback_needs_state_outside_the_file(tmp_path: Path) -> None:
    """The documented limit: an older copy of the whole file opens; its revision is lower."""
    path, copy = tmp_path / "v.db", tmp_path / "copy.db"
    _vault_with(path, 2)
    shutil.copy(path, copy)
    j = Journal.unlock(path, PASSPHRASE)
    j.add(title="newer")
    newer = j.revision
    j.lock()
    shutil.copy(copy, path)
    old = Journal.unlock(path, PASSPHRASE)
    assert len(old) == 2 and old.revision < newer  # what a last-seen revision kept elsewhere sees
    old.lock()


def test_a_rolled_back_transaction_leaves_the_manifest_true(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    j = Journal.unlock(path, PASSPHRASE)
    with pytest.raises(RuntimeError), j.transaction():
        j.add(title="never lands")
        raise RuntimeError("abort")
    j.add(title="lands")
    assert len(j.list()) == 2
    j.lock()
    Journal.unlock(path, PASSPHRASE).lock()


def test_two_openers_writing_in_turn_and_at_once_keep_one_true_manifest(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    _vault_with(path, 1)
    a, b = Journal.unlock(path, PASSPHRASE), Journal.unlock(path, PASSPHRASE)
    for i in range(5):  # each write starts from the stored manifest, not a copy in memory
        a.add(title=f"a{i}")
        b.add(title=f"b{i}")
    errors: list[BaseException] = []

    def write(j: Journal, name: str) -> None:
        try:
            for i in range(20):
                j.add(title=f"{name}{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(j, n)) for j, n in ((a, "x"), (b, "y"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(a.list()) == len(b.list()) == 51
    a.lock()
    b.lock()
    Journal.unlock(path, PASSPHRASE).lock()


def test_manifest_works_through_sqlalchemy(tmp_path: Path) -> None:
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    j = Journal.create("sqlite://", PASSPHRASE, kdf=fast_kdf(), engine=engine)
    e = j.add(title="a")
    j.add(title="b")
    j.update(e.id, title="a2")
    j.check_integrity()
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM entry WHERE id=?", (e.id,))
    with pytest.raises(TamperedData, match="1 record was deleted"):
        j.check_integrity()


@pytest.fixture
def format1(tmp_path: Path) -> Iterator[Path]:
    """A copy of a vault written by the previous version (tests/data/format1)."""
    folder = tmp_path / "vaults"
    shutil.copytree(FORMAT1_VAULT, folder)
    yield folder / "old.db"


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_a_format1_vault_migrates_on_first_unlock(format1: Path) -> None:
    with _raw(format1) as db:
        assert db.execute("SELECT format, schema_version FROM vault_header").fetchone() == (1, 3)
    before = _digest(format1.parent)
    with pytest.raises(WrongPassphrase):
        Journal.unlock(format1, "not the passphrase")
    assert _digest(format1.parent) == before  # a wrong passphrase migrates nothing
    j = Journal.unlock(format1, PASSPHRASE)
    assert (j.header.format, j.header.schema_version) == (FORMAT, LATEST_SCHEMA)
    assert sorted(e.title for e in j.list()) == ["Flying", "The old house"]
    assert j.get_record("setting", "preferences") == {"language": "en"}
    clip_id = "0123456789abcdef0123456789abcdef"
    clip_file = format1.with_suffix(".clips") / f"{clip_id}.djclip"
    assert decrypt_file(j.file_key(clip_id), clip_id, clip_file) == b"not really an mp4"
    new = j.add(title="after the upgrade")
    assert len(j.store.row("entry", new.id)[1]) == ROW_NONCE_BYTES  # type: ignore[index]
    j.lock()
    with _raw(format1) as db:
        header = db.execute("SELECT format, schema_version, manifest FROM vault_header").fetchone()
        assert header[:2] == (FORMAT, LATEST_SCHEMA) and len(header[2]) == MANIFEST_BYTES
        old_id = db.execute("SELECT id FROM entry WHERE length(nonce)=12").fetchone()[0]
    j = Journal.unlock(format1, PASSPHRASE)
    assert len(j) == 3
    j.lock()
    with _raw(format1) as db:  # from now on a deleted old row is detected too
        db.execute("DELETE FROM entry WHERE id=?", (old_id,))
    _refused(format1)


def test_a_migrated_vault_still_refuses_a_legacy_row_with_a_key_id_stripped(
    tmp_path: Path,
) -> None:
    """A row with a key id cannot pass as a format-1 row: the AD differs."""
    path = tmp_path / "v.db"
    (entry_id,) = _vault_with(path, 1)
    j = Journal.unlock(path, PASSPHRASE)
    row_id, nonce, ct, version = j.store.row("entry", entry_id)  # type: ignore[misc]
    j.store.put("entry", (row_id, bytes(nonce)[4:], ct, version))
    with pytest.raises(TamperedData):
        j.get_record("entry", entry_id)
    j.lock()


def test_a_backup_with_a_row_taken_out_or_put_back_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    from dreamjournal.errors import ImportFormatError
    from dreamjournal.services.backup import backup_bytes, restore_backup

    first = journal.add(title="first")
    journal.add(title="second")
    old_row = journal.store.row("entry", first.id)
    data, _ = backup_bytes(journal)
    doc = json.loads(data)
    other = Journal.create(tmp_path / "other.db", "another vault's passphrase", kdf=fast_kdf())
    pruned = {**doc, "tables": {**doc["tables"], "entry": doc["tables"]["entry"][:1]}}
    stripped = {k: v for k, v in doc.items() if k != "manifest"}
    journal.update(first.id, body="changed")
    newer = json.loads(backup_bytes(journal)[0])
    assert old_row is not None
    rolled = newer["tables"]["entry"]
    for row in rolled:
        if row[0] == first.id:  # the newer backup with the older version of one row
            row[1:3] = [
                base64.b64encode(bytes(old_row[1])).decode(),
                base64.b64encode(bytes(old_row[2])).decode(),
            ]
    for bad in (pruned, stripped, newer):
        with pytest.raises(ImportFormatError, match="damaged or was changed"):
            restore_backup(other, json.dumps(bad).encode(), PASSPHRASE)
        assert len(other) == 0
    assert restore_backup(other, data, PASSPHRASE).added == 2
    other.lock()


def test_a_backup_of_a_format1_vault_still_restores(format1: Path, journal: Journal) -> None:
    from dreamjournal.services.backup import restore_backup

    def b64(v: bytes) -> str:
        return base64.b64encode(v).decode()

    with _raw(format1) as db:
        vault_id, fmt, schema, kdf, nonce, wrapped, created = db.execute(
            "SELECT vault_id, format, schema_version, kdf, key_nonce, wrapped_key, created "
            "FROM vault_header"
        ).fetchone()
        rows = db.execute("SELECT id, nonce, ciphertext, schema_version FROM entry").fetchall()
    header = {
        "vault_id": vault_id,
        "format": fmt,
        "schema_version": schema,
        "kdf": json.loads(kdf),
        "key_nonce": b64(nonce),
        "wrapped_key": b64(wrapped),
        "created": created,
    }
    doc = {
        "format": "dreamjournal-backup",
        "version": 2,
        "header": header,
        "tables": {"entry": [[i, b64(n), b64(c), v] for i, n, c, v in rows]},
        "files": {},
    }
    assert restore_backup(journal, json.dumps(doc).encode(), PASSPHRASE).added == 2


def test_an_open_reader_follows_edits_deletes_and_adds_without_false_alarms(
    tmp_path: Path,
) -> None:
    """The reader's check reuses its last sums and hashes only what changed: still exact."""
    path = tmp_path / "v.db"
    ids = _vault_with(path, 6)
    reader, writer = Journal.unlock(path, PASSPHRASE), Journal.unlock(path, PASSPHRASE)
    assert len(reader.list()) == 6
    for step in range(3):
        writer.update(ids[step], title=f"edited {step}")
        writer.delete(ids[step + 3])
        writer.add(title=f"new {step}")
        writer.put_record("setting", f"s{step}", {"n": step})
        assert len(reader.list()) == 6  # one deleted, one added per step
    with _raw(path) as db:
        db.execute("DELETE FROM setting WHERE id='s1'")
    with pytest.raises(TamperedData, match="1 record was deleted"):
        reader.list()
    reader.lock()
    writer.lock()


def test_two_seats_on_postgresql_keep_one_true_manifest() -> None:
    """A practice on PostgreSQL: FOR UPDATE on the header orders manifest updates of two seats,
    and the check reads one snapshot (REPEATABLE READ), so there are no false alarms."""
    from tests.pg_support import postgres_server

    with postgres_server() as server:
        url = server.new_database().replace("postgresql://", "postgresql+psycopg://")
        first = Journal.create(url, PASSPHRASE, kdf=fast_kdf())
        first.add(title="first")
        seats = [Journal.unlock(url, PASSPHRASE), Journal.unlock(url, PASSPHRASE)]
        errors: list[BaseException] = []

        def write(j: Journal, name: str) -> None:
            try:
                for i in range(15):
                    j.add(title=f"{name}{i}")
                    j.check_integrity()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=write, args=(j, n)) for j, n in zip(seats, "xy", strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        third = Journal.unlock(url, PASSPHRASE)
        assert len(third) == 31
        gone = third.list()[0].id
        from sqlalchemy import create_engine as sa_engine

        engine = sa_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM entry WHERE id=%(id)s", {"id": gone})
        engine.dispose()
        with pytest.raises(TamperedData, match="1 record was deleted"):
            Journal.unlock(url, PASSPHRASE)
        for j in (first, *seats, third):
            j.lock()


def test_a_person_may_choose_to_go_on_with_the_rows_as_found(tmp_path: Path) -> None:
    from dreamjournal.services.vaults import unlock_as_found

    path = tmp_path / "v.db"
    ids = _vault_with(path, 3)
    with _raw(path) as db:
        db.execute("DELETE FROM entry WHERE id=?", (ids[0],))
    _refused(path)
    j = unlock_as_found(path, PASSPHRASE)
    assert len(j) == 2
    j.add(title="goes on")
    j.lock()
    Journal.unlock(path, PASSPHRASE).lock()  # checked against what it holds now
