"""Key derivation, key wrapping and record sealing, through our own wrappers."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput, TamperedData, WrongPassphrase
from dreamjournal.store.journal import Journal
from dreamjournal.vault.aead import encrypt_with_nonce, open_sealed
from dreamjournal.vault.kdf import KdfParams, derive_key
from tests.conftest import PASSPHRASE, fast_kdf


def test_argon2id_known_answer() -> None:
    # Reference implementation's test vector (phc-winner-argon2 test.c, Argon2id v1.3).
    params = KdfParams(name="argon2id", salt=b"somesalt", memory_kib=65536, iterations=2, lanes=1)
    assert derive_key("password", params).hex() == (
        "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"
    )


def test_scrypt_known_answer() -> None:
    # RFC 7914 section 12, third vector.
    params = KdfParams(name="scrypt", salt=b"NaCl", scrypt_n=1024, scrypt_r=8, scrypt_p=16)
    assert derive_key("password", params, 64).hex() == (
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
    )


GCM_KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
GCM_IV = bytes.fromhex("cafebabefacedbaddecaf888")
GCM_AD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
GCM_PT = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e24"
    "49a6b525b16aedf5aa0de657ba637b39"
)
GCM_CT_TAG = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b10"
    "56828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b"
)


def test_aes_gcm_known_answer() -> None:
    # McGrew & Viega GCM spec, test case 16 (AES-256, with associated data).
    assert encrypt_with_nonce(GCM_KEY, GCM_IV, GCM_PT, GCM_AD) == GCM_CT_TAG
    assert open_sealed(GCM_KEY, GCM_IV, GCM_CT_TAG, GCM_AD, what="vector") == GCM_PT
    with pytest.raises(TamperedData):
        open_sealed(GCM_KEY, GCM_IV, GCM_CT_TAG, GCM_AD + b"x", what="vector")


def test_passphrase_is_nfc_normalised() -> None:
    params = fast_kdf()
    assert derive_key("Tra\u0308ume", params) == derive_key("Träume", params)


def test_default_kdf_is_memory_hard(vault_file: Path) -> None:
    j = Journal.create(vault_file, PASSPHRASE)
    assert j.header.kdf.name == "argon2id"
    assert (j.header.kdf.memory_kib, j.header.kdf.iterations, j.header.kdf.lanes) == (65536, 3, 4)
    j.lock()


def test_round_trip_and_fresh_nonce_per_write(journal: Journal, vault_file: Path) -> None:
    e = journal.add(title="Same", body="same words")
    first = journal.store.row("entry", e.id)
    journal.update(e.id, body="same words")
    second = journal.store.row("entry", e.id)
    assert first is not None and second is not None
    assert first[1] != second[1]  # nonce
    assert first[2] != second[2]
    journal.lock()
    again = Journal.unlock(vault_file, PASSPHRASE)
    assert again.get(e.id).body == "same words"
    again.lock()


def test_unique_salt_and_vault_id_per_vault(tmp_path: Path) -> None:
    a = Journal.create(tmp_path / "a.db", PASSPHRASE, kdf=fast_kdf())
    b = Journal.create(tmp_path / "b.db", PASSPHRASE, kdf=fast_kdf())
    assert a.header.kdf.salt != b.header.kdf.salt
    assert a.header.vault_id != b.header.vault_id
    assert a.header.wrapped_key != b.header.wrapped_key


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_wrong_passphrase_is_clear_and_writes_nothing(journal: Journal, vault_file: Path) -> None:
    journal.add(title="kept", body="x")
    journal.lock()
    before = _digest(vault_file.parent)
    with pytest.raises(WrongPassphrase) as err:
        Journal.unlock(vault_file, "not the passphrase")
    assert "passphrase does not open this vault" in err.value.user_message
    assert _digest(vault_file.parent) == before
    assert Journal.unlock(vault_file, PASSPHRASE).list()[0].title == "kept"


def test_every_flipped_byte_of_a_record_is_detected(journal: Journal) -> None:
    e = journal.add(title="flip me", body="a dream of glass")
    row_id, nonce, ct, version = journal.store.row("entry", e.id)  # type: ignore[misc]
    blob = nonce + ct
    for i in range(len(blob)):
        for bit in (0x01, 0x80):
            bad = bytearray(blob)
            bad[i] ^= bit
            journal.store.put("entry", (row_id, bytes(bad[:12]), bytes(bad[12:]), version))
            with pytest.raises(TamperedData):
                journal.get_record("entry", e.id)
    journal.store.put("entry", (row_id, nonce, ct, version + 1))  # version is bound too
    with pytest.raises(TamperedData):
        journal.get_record("entry", e.id)


def test_ciphertext_swapped_between_rows_is_detected(journal: Journal, vault_file: Path) -> None:
    a = journal.add(title="A", body="first")
    b = journal.add(title="B", body="second")
    ra, rb = journal.store.row("entry", a.id), journal.store.row("entry", b.id)
    assert ra and rb
    journal.store.put("entry", (a.id, rb[1], rb[2], rb[3]))
    journal.store.put("entry", (b.id, ra[1], ra[2], ra[3]))
    journal.lock()
    with pytest.raises(TamperedData) as err:  # the manifest notices at unlock already
        Journal.unlock(vault_file, PASSPHRASE)
    assert "integrity check" in err.value.user_message


def test_record_moved_to_another_table_is_detected(journal: Journal) -> None:
    e = journal.add(title="A", body="x")
    row = journal.store.row("entry", e.id)
    assert row
    journal.store.put("setting", row)
    with pytest.raises(TamperedData):
        journal.get_record("setting", e.id)


def test_passwd_rewraps_key_only(journal: Journal, vault_file: Path) -> None:
    for i in range(5):
        journal.add(title=f"dream {i}", body="words " * i)
    rows_before = sorted(journal.store.rows("entry"))
    journal.change_passphrase("a brand new passphrase")
    journal.lock()
    with pytest.raises(WrongPassphrase):
        Journal.unlock(vault_file, PASSPHRASE)
    j = Journal.unlock(vault_file, "a brand new passphrase")
    assert sorted(j.store.rows("entry")) == rows_before
    assert len(j.list()) == 5
    j.lock()


def test_short_new_passphrase_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        journal.change_passphrase("short")


def test_kdf_parameters_are_bound_to_the_wrapped_key(journal: Journal, vault_file: Path) -> None:
    journal.lock()
    with sqlite3.connect(vault_file) as db:
        kdf = db.execute("SELECT kdf FROM vault_header").fetchone()[0]
        db.execute(
            "UPDATE vault_header SET kdf=?", (kdf.replace('"iterations":1', '"iterations":2'),)
        )
    with pytest.raises(WrongPassphrase):
        Journal.unlock(vault_file, PASSPHRASE)
