"""`dreamjournal home-practice export` and `import`, in subprocesses, on real vault files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dreamjournal.services.therapy import rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_cli import dj, ok, user_error

CODE = {"DREAMJOURNAL_HOME_PRACTICE_CODE": "moon-river-42"}


def _client(data: Path) -> str:
    j = Journal.create(vault_path(data, "journal"), PASSPHRASE, kdf=fast_kdf())
    wolf = j.add(title="The wolf", body="A wolf chased me.", nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, "The wolf lies down in the sun and I walk on, calm.", today=date.today())
    rehearse(j, wolf.id, minutes=12, distress_before=6, distress_after=3)
    j.add(title="Sister", body="Dinner with my sister.")
    j.lock()
    Journal.create(vault_path(data, "client-07"), PASSPHRASE, kdf=fast_kdf()).lock()
    return wolf.id


def test_export_then_import_twice_adds_once(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "practice.djpractice"
    wolf = _client(data)
    said = ok(dj(data, "home-practice", "export", "--out", str(out), "--dream", wolf[:8],
                 extra_env=CODE))  # fmt: skip
    assert "1 entry, 1 rehearsal" in said
    assert b"wolf" not in out.read_bytes().lower()
    into = ("--vault", "client-07", "home-practice", "import", str(out))
    assert "Added: 1 entry, 1 rehearsal." in ok(dj(data, *into, extra_env=CODE))
    second = ok(dj(data, *into, extra_env=CODE))
    assert "Nothing new" in second and "Added" not in second
    listed = ok(dj(data, "--vault", "client-07", "list"))
    assert "The wolf" in listed and "Sister" not in listed


def test_a_tampered_file_or_wrong_code_is_refused_in_one_line(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "practice.djpractice"
    _client(data)
    ok(dj(data, "home-practice", "export", "--out", str(out), extra_env=CODE))
    into = ("--vault", "client-07", "home-practice", "import", str(out))
    user_error(dj(data, *into, extra_env={"DREAMJOURNAL_HOME_PRACTICE_CODE": "moon-river-43"}),
               "does not open with that code")  # fmt: skip
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x04
    out.write_bytes(bytes(raw))
    user_error(dj(data, *into, extra_env=CODE), "Nothing was imported")
    assert "The wolf" not in ok(dj(data, "--vault", "client-07", "list"))
