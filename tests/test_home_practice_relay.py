"""Home practice through a real relay on loopback: sealed to the therapist's key, fetched once.

The client's journal and the therapist's vault for that client are two vault files; between
them is a relay (uvicorn in a thread, SQLite in the test's temp dir) that must only ever hold
ciphertext. A package that is tampered with or sealed to another key is refused whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from dreamjournal.errors import ConsentRequired, InvalidInput
from dreamjournal.services.home_practice import (
    fetch_home_practice,
    practice_address,
    practice_counts,
    remembered_address,
    send_home_practice,
)
from dreamjournal.services.therapy import record_measure, rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.practice_mail import PracticeAddress, PracticeKeys
from dreamjournal.therapy.practice_relay import post_package
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_relay_owner_support import relay  # noqa: F401  (fixture)

CODE = "K7QF-M2XD-9PRW"
NIGHTMARE = "A wolf chased me through the school corridors and I could not scream."
RESCRIPT = "The wolf sits down beside me, calm, and we walk out into the sunny garden together."
DDNSI = {"nights": 3, "nightmares": 4, "severity": 4, "intensity": 3, "awakenings": 2}


@pytest.fixture
def client(data_dir: Path) -> Iterator[Journal]:
    """The client's journal: a rescripted nightmare, a rehearsal, a DDNSI taken at home."""
    j = Journal.create(vault_path(data_dir, "mine"), PASSPHRASE, kdf=fast_kdf())
    wolf = j.add(title="The wolf", body=NIGHTMARE, nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, RESCRIPT, today=date(2026, 3, 1))
    rehearse(j, wolf.id, minutes=12, distress_before=6, distress_after=3, day=date(2026, 3, 2))
    record_measure(j, "ddnsi", DDNSI, occasion="weekly", day=date(2026, 3, 3))
    yield j
    j.lock()


@pytest.fixture
def therapist(tmp_path: Path) -> Iterator[Journal]:
    """The therapist's vault for this client."""
    j = Journal.create(vault_path(tmp_path / "practice", "client-07"), PASSPHRASE, kdf=fast_kdf())
    yield j
    j.lock()


def _relay_bytes(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.glob("relay.sqlite3*"))


def _send(client: Journal, address: str) -> dict[str, int]:
    wolf = client.list()[0].id
    return send_home_practice(client, address, CODE, [wolf], consent=True, kdf=fast_kdf())


def test_a_package_travels_sealed_and_is_imported_once(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
    tmp_path: Path,
) -> None:
    address = practice_address(therapist, relay)
    assert address is not None and str(address).startswith(f"{relay}/p/")
    assert practice_address(therapist) == address  # kept in the vault: the same key next time
    sent = _send(client, str(address))
    assert sent == {"entry": 1, "rehearsal": 1, "measure": 1}
    assert remembered_address(client) == str(address)
    stored = _relay_bytes(tmp_path)
    for text in (b"wolf", b"Wolf", b"ddnsi", b"minutes", CODE.encode()):
        assert text not in stored  # the relay never sees plaintext (nor the code)

    fetched = fetch_home_practice(therapist, CODE)
    assert fetched.imported == 1 and fetched.refused == {}
    assert fetched.plan.added == {"entry": 1, "rehearsal": 1, "measure": 1}
    assert therapist.get(client.list()[0].id).rescript == RESCRIPT
    measure = next(iter(therapist.records("measure").values()))
    assert measure["answers"] == DDNSI and measure["total"] == 16.0  # 3 + 4 + 4 + 3 + 2

    again = fetch_home_practice(therapist, CODE)  # deleted from the relay after the import
    assert again.imported == 0 and not again.plan.added
    _send(client, remembered_address(client))  # the same practice sent twice: no duplicate
    twice = fetch_home_practice(therapist, CODE)
    assert twice.imported == 1 and not twice.plan.changes
    assert twice.plan.unchanged == {"entry": 1, "rehearsal": 1, "measure": 1}
    assert practice_counts(therapist) == {"measure": 1, "rehearsal": 1}


def test_nothing_leaves_without_consent(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
) -> None:
    address = str(practice_address(therapist, relay))
    with pytest.raises(ConsentRequired):
        send_home_practice(client, address, CODE, [], consent=False)
    assert remembered_address(client) == ""
    assert fetch_home_practice(therapist, CODE).imported == 0


def _rows(j: Journal) -> dict[str, object]:
    manifest, versions = j.store.snapshot()
    return {"manifest": manifest, **versions}


def test_a_package_for_another_key_or_changed_on_the_relay_is_refused_whole(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
    tmp_path: Path,
) -> None:
    address = practice_address(therapist, relay)
    assert address is not None
    stranger = PracticeKeys.generate().public  # sealed to someone else, left in this mailbox
    post_package(PracticeAddress(relay, address.mailbox, stranger), b"whatever")
    _send(client, str(address))
    db = sqlite3.connect(tmp_path / "relay.sqlite3")
    body = db.execute("SELECT id, body FROM relay_practice ORDER BY created").fetchall()[-1]
    flipped = body[1].replace(b'"c": "', b'"c": "A', 1)
    db.execute("UPDATE relay_practice SET body = ? WHERE id = ?", (flipped, body[0]))
    db.commit()
    db.close()
    before = _rows(therapist)
    fetched = fetch_home_practice(therapist, CODE)
    assert fetched.imported == 0 and fetched.refused == {"hp.err_recipient": 2}
    assert _rows(therapist) == before and len(therapist) == 0
    again = fetch_home_practice(therapist, CODE)  # refused ones wait (e.g. for the right code)
    assert again.refused == {"hp.err_recipient": 2}


def test_a_wrong_code_leaves_the_package_for_the_right_one(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
) -> None:
    address = str(practice_address(therapist, relay))
    _send(client, address)
    assert fetch_home_practice(therapist, "WRONG-CODE-1234").refused == {"hp.err_code": 1}
    assert len(therapist) == 0
    assert fetch_home_practice(therapist, CODE).imported == 1


def test_only_the_key_holder_lists_or_deletes_a_mailbox(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
) -> None:
    address = practice_address(therapist, relay)
    assert address is not None
    _send(client, str(address))
    box = f"{relay}/api/practice/{address.mailbox}"
    other = PracticeKeys.generate().fetch_secret
    for answer in (
        httpx.get(box, headers={"Authorization": f"Bearer {other}"}),
        httpx.get(box),
        httpx.delete(f"{box}/{'A' * 43}", headers={"Authorization": f"Bearer {other}"}),
    ):
        assert answer.status_code == 404
        assert answer.content == b'{"error":"not_available"}'
    assert fetch_home_practice(therapist, CODE).imported == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://relay.example/p/short#short",
        "http://relay.example/p/" + "A" * 43 + "#" + "A" * 43,  # plain http away from loopback
        "https://relay.example/x/" + "A" * 43 + "#" + "A" * 43,
    ],
)
def test_a_mistyped_address_is_refused_before_anything_is_sent(client: Journal, text: str) -> None:
    with pytest.raises(InvalidInput):
        send_home_practice(client, text, CODE, [], consent=True)


def test_an_address_survives_being_copied_with_spaces_and_line_breaks() -> None:
    address = PracticeAddress("https://relay.example", "A" * 42 + "A", "B" * 42 + "A")
    assert PracticeAddress.parse(f"  {str(address)[:30]}\n{str(address)[30:]} ") == address


def test_fetching_needs_an_address_first(therapist: Journal) -> None:
    with pytest.raises(InvalidInput):
        fetch_home_practice(therapist, CODE)


def test_the_mailbox_refuses_what_is_not_a_sealed_package(
    relay: str,  # noqa: F811
    therapist: Journal,
) -> None:
    address = practice_address(therapist, relay)
    assert address is not None
    box = f"{relay}/api/practice/{address.mailbox}"
    sealed = {"v": 1, "epk": "A" * 43, "n": "A" * 16, "c": "A" * 40}
    assert httpx.post(box, content=b"{}").status_code == 415  # JSON only
    for bad in ({}, {**sealed, "v": 2}, {**sealed, "epk": "A" * 10}, {**sealed, "extra": 1}):
        assert httpx.post(box, json=bad).status_code == 400
    huge = {**sealed, "c": "A" * (6 * 1024 * 1024)}  # over the relay's 4 MiB sealed size
    assert httpx.post(box, json=huge).status_code == 413
    assert httpx.post(f"{relay}/api/practice/not-an-id", json=sealed).status_code == 404
    assert httpx.post(box, json=sealed).status_code == 201  # the shape is all the relay checks
    assert fetch_home_practice(therapist, CODE).refused == {"hp.err_recipient": 1}


def test_the_access_log_keeps_no_mailbox_id(
    relay: str,  # noqa: F811
    client: Journal,
    therapist: Journal,
    caplog: pytest.LogCaptureFixture,
) -> None:
    address = practice_address(therapist, relay)
    assert address is not None
    with caplog.at_level("INFO", logger="dreamjournal.relay.access"):
        _send(client, str(address))
        fetch_home_practice(therapist, CODE)
    # The relay's own access log (`relay serve` turns uvicorn's off; the test server's is not ours).
    logged = "\n".join(
        r.getMessage() for r in caplog.records if r.name == "dreamjournal.relay.access"
    )
    assert "/api/practice/{id}" in logged
    assert address.mailbox not in logged and address.public not in logged
