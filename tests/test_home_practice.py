"""Home practice on real SQLite vault files: what goes in, what comes out, and what is refused.

A client's vault and a therapist's vault for that client are two files; the package moves
between them. Every refusal (a flipped byte, a cut-off file, a wrong code, an authenticated
but invalid record) must leave the therapist's vault exactly as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.services.home_practice import (
    export_home_practice,
    import_home_practice,
    practice_counts,
)
from dreamjournal.services.therapy import end_session, rehearse, rescript, start_session
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy import home_practice as hp
from dreamjournal.therapy.home_practice import HomePracticeRefused, open_package, seal_package
from tests.conftest import PASSPHRASE, fast_kdf

CODE = "K7QF-M2XD-9PRW"
NIGHTMARE = "A wolf chased me through the school corridors and I could not scream."
RESCRIPT = "The wolf sits down beside me, calm, and we walk out into the sunny garden together."
PRIVATE = "Dinner with my sister in the old flat; she laughed about the red umbrella."
MARCH = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
APRIL = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)


def _vault(data_dir: Path, name: str) -> Journal:
    return Journal.create(vault_path(data_dir, name), PASSPHRASE, kdf=fast_kdf())


@pytest.fixture
def client(data_dir: Path) -> Iterator[Journal]:
    """The client's own journal: a rescripted nightmare, rehearsals, a session, a private dream."""
    j = _vault(data_dir, "my-journal")
    wolf = j.add(title="The wolf", body=NIGHTMARE, nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, RESCRIPT, today=date(2026, 3, 1))
    rehearse(j, wolf.id, minutes=10, distress_before=6, distress_after=3, day=date(2026, 3, 1))
    rehearse(j, wolf.id, minutes=15, distress_before=5, distress_after=2, day=date(2026, 3, 2))
    s = start_session(j, wolf.id, suds_before=6, now=MARCH)
    end_session(j, s.id, suds_after=3, notes="Rehearsed at home", now=MARCH)
    j.add(title="Sister", body=PRIVATE)
    yield j
    j.lock()


@pytest.fixture
def therapist(tmp_path: Path) -> Iterator[Journal]:
    """The therapist's vault for this client, on another machine (another data dir)."""
    j = _vault(tmp_path / "practice", "client-07")
    yield j
    j.lock()


def _wolf(j: Journal) -> str:
    return next(e.id for e in j.list() if e.title == "The wolf")


def _rows(j: Journal) -> dict[str, object]:
    """Every row's version and the manifest: equal before and after means nothing was written."""
    manifest, versions = j.store.snapshot()
    return {"manifest": manifest, **versions}


def test_the_file_holds_the_practice_and_only_the_chosen_dreams(client: Journal) -> None:
    data, counts = export_home_practice(client, CODE, [_wolf(client)], kdf=fast_kdf())
    assert counts == {"entry": 1, "rehearsal": 2, "session": 1}
    # ciphertext only: no word outside the long base64 fields (where "wolf" may occur by chance)
    plain = re.sub(rb'"[A-Za-z0-9+/=]{32,}"', b'""', data).lower()
    for text in (b"wolf", b"sister", b"rehearsed", b"minutes"):
        assert text not in plain
    package = open_package(data, "k7qf m2xd 9prw")  # spaces, dashes and case do not matter
    assert [e["title"] for e in package.records["entry"].values()] == ["The wolf"]
    assert PRIVATE not in json.dumps(package.records)  # a dream not chosen stays home
    assert {r["minutes"] for r in package.records["rehearsal"].values()} == {10, 15}


def test_import_adds_everything_and_a_second_import_changes_nothing(
    client: Journal, therapist: Journal
) -> None:
    data, _ = export_home_practice(client, CODE, [_wolf(client)], kdf=fast_kdf())
    first = import_home_practice(therapist, data, CODE)
    assert first.added == {"entry": 1, "rehearsal": 2, "session": 1}
    assert practice_counts(therapist) == {"rehearsal": 2, "session": 1}
    wolf = therapist.get(_wolf(client))
    assert wolf.rescript == RESCRIPT
    before = _rows(therapist)
    second = import_home_practice(therapist, data, CODE)
    assert second.added == {} and not second.changes
    assert second.unchanged == {"entry": 1, "rehearsal": 2, "session": 1}
    assert _rows(therapist) == before  # not one row rewritten
    # A new file with the same records: still no duplicate.
    again, _ = export_home_practice(client, CODE, [_wolf(client)], kdf=fast_kdf())
    assert not import_home_practice(therapist, again, CODE).changes
    assert len(therapist) == 1 and len(therapist.records("rehearsal")) == 2


def test_a_newer_edit_replaces_the_import_an_older_file_never_rolls_back(
    client: Journal, therapist: Journal
) -> None:
    wolf = _wolf(client)
    march, _ = export_home_practice(client, CODE, [wolf], made=MARCH, kdf=fast_kdf())
    import_home_practice(therapist, march, CODE)
    client.update(wolf, title="The wolf, friendly now")
    april, _ = export_home_practice(client, CODE, [wolf], made=APRIL, kdf=fast_kdf())
    plan = import_home_practice(therapist, april, CODE)
    assert plan.updated == {"entry": 1} and plan.unchanged == {"rehearsal": 2, "session": 1}
    assert therapist.get(wolf).title == "The wolf, friendly now"
    assert len(therapist) == 1
    stale = import_home_practice(therapist, march, CODE)  # the March file again, late
    assert stale.kept == {"entry": 1} and not stale.changes
    assert therapist.get(wolf).title == "The wolf, friendly now"


def test_the_therapists_own_edit_is_kept_and_a_deletion_is_respected(
    client: Journal, therapist: Journal
) -> None:
    wolf = _wolf(client)
    march, _ = export_home_practice(client, CODE, [wolf], made=MARCH, kdf=fast_kdf())
    import_home_practice(therapist, march, CODE)
    therapist.update(wolf, tags=["school"])  # the therapist tags the dream in their vault
    one_rehearsal = next(iter(therapist.records("rehearsal")))
    therapist.delete_record("rehearsal", one_rehearsal)
    client.update(wolf, title="The wolf, friendly now")
    april, _ = export_home_practice(client, CODE, [wolf], made=APRIL, kdf=fast_kdf())
    plan = import_home_practice(therapist, april, CODE)
    assert plan.kept == {"entry": 1} and plan.deleted_here == {"rehearsal": 1}
    assert therapist.get(wolf).tags == ("school",) and therapist.get(wolf).title == "The wolf"
    assert one_rehearsal not in therapist.records("rehearsal")


def test_every_flipped_byte_and_every_cut_is_refused_whole(
    client: Journal, therapist: Journal
) -> None:
    data, _ = export_home_practice(client, CODE, [_wolf(client)], kdf=fast_kdf())
    before = _rows(therapist)
    keys: set[str] = set()
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 0x01
        with pytest.raises(HomePracticeRefused) as refused:
            import_home_practice(therapist, bytes(flipped), CODE)
        keys.add(refused.value.key)
    for n in range(len(data)):
        with pytest.raises(HomePracticeRefused) as refused:
            import_home_practice(therapist, data[:n], CODE)
        assert refused.value.key == "hp.err_format"
    assert keys == {"hp.err_format", "hp.err_code"}
    assert _rows(therapist) == before
    assert len(therapist) == 0


def test_a_short_code_is_refused_before_anything_is_made(client: Journal) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        export_home_practice(client, "12-34 56", [])


FORGED_MEASURE = {
    "instrument": "ddnsi",
    "day": "2026-03-03",
    "occasion": "weekly",
    "answers": {"nights": 1, "nightmares": 1, "severity": 1, "intensity": 1, "awakenings": 1},
    "total": 2.0,  # the answers give 5.0: a score not computed as the instrument's authors say
    "clinical": False,
    "created": "2026-03-03T08:00:00+00:00",
    "session_id": None,
}


def _client_file(code: str) -> Callable[[Journal], bytes]:
    def make(client: Journal) -> bytes:
        return export_home_practice(client, code, [_wolf(client)], kdf=fast_kdf())[0]

    return make


def _sealed(records: dict[str, dict[str, dict[str, object]]]) -> Callable[[Journal], bytes]:
    return lambda client: seal_package(records, CODE, kdf=fast_kdf())  # made with the right code


@pytest.mark.parametrize(
    ("make", "key", "says"),
    [
        (_client_file("K7QF-M2XD-9PRX"), "hp.err_code", "does not open with that code"),
        (_sealed({"rehearsal": {"r1": {"entry_id": "x", "minutes": "ten"}}}), "hp.err_content", ""),
        (_sealed({"rehearsal": {"../etc": {}}}), "hp.err_content", ""),  # not a plain id
        (_sealed({"share": {"s1": {"entry_id": "x"}}}), "hp.err_content", ""),  # never travels
        (_sealed({"entry": {"e1": {"title": "no date"}}}), "hp.err_content", ""),
        (_sealed({"measure": {"m1": FORGED_MEASURE}}), "hp.err_content", ""),
        (
            _sealed({"measure": {"m1": {**FORGED_MEASURE, "instrument": "nope"}}}),
            "hp.err_content",
            "",
        ),
    ],
    ids=["wrong-code", "rehearsal", "row-id", "kind", "entry", "measure-score", "instrument"],
)
def test_a_refused_file_leaves_the_vault_as_it_was(
    client: Journal,
    therapist: Journal,
    make: Callable[[Journal], bytes],
    key: str,
    says: str,
) -> None:
    data = make(client)
    before = _rows(therapist)
    with pytest.raises(HomePracticeRefused) as refused:
        import_home_practice(therapist, data, CODE)
    assert refused.value.key == key
    assert says in refused.value.user_message
    assert "Nothing was imported" in refused.value.user_message
    assert _rows(therapist) == before


def test_record_kinds_come_from_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    assert {"rehearsal", "session"} <= set(hp.practice_kinds())
    assert not {"entry", "setting", "share", "clip", "draft"} & set(hp.practice_kinds())
    # A kind added to the vault schema later (the clinic's measures) travels without a change here.
    monkeypatch.setattr(hp, "KNOWN_TABLES", hp.KNOWN_TABLES | {"measure"})
    assert "measure" in hp.practice_kinds()


def test_suggested_codes_are_long_enough_and_unambiguous() -> None:
    codes = {hp.new_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(hp.check_code(code)) == 12
        assert not set(code) & set("01OIL")
