"""`dreamjournal home-practice export`, `import`, `address`, `send` and `fetch` on real vault files
(the relay commands against a real relay on loopback)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dreamjournal.services.therapy import rehearse, rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf
from tests.home_practice_support import holds_plaintext
from tests.test_cli import dj, ok, user_error
from tests.test_relay_owner_support import relay  # noqa: F401  (fixture)

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
    assert "Dreams: 1 · Rehearsals: 1" in said
    assert not holds_plaintext(out.read_bytes())
    into = ("--vault", "client-07", "home-practice", "import", str(out))
    assert "Added: Dreams: 1 · Rehearsals: 1." in ok(dj(data, *into, extra_env=CODE))
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


def test_the_output_speaks_the_command_lines_language(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "practice.djpractice"
    wolf = _client(data)
    german = {**CODE, "LANG": "de_DE.UTF-8"}
    export = ("home-practice", "export", "-o", str(out), "--dream", wolf)
    said = ok(dj(data, *export, extra_env=german))
    assert "Träume: 1 · Einübungen: 1" in said, said
    into = ("--vault", "client-07", "home-practice", "import", str(out))
    ok(dj(data, *into, extra_env=german))
    assert "Nichts Neues" in ok(dj(data, *into, extra_env=german))


def test_send_and_fetch_through_the_relay(tmp_path: Path, relay: str) -> None:  # noqa: F811
    data = tmp_path / "data"
    wolf = _client(data)
    shown = ok(dj(data, "--vault", "client-07", "home-practice", "address", "--relay", relay))
    address = shown.strip().splitlines()[-1]
    assert address.startswith(f"{relay}/p/")
    send = ("home-practice", "send", "--dream", wolf)
    user_error(dj(data, *send, "--to", address, extra_env=CODE), "consent")  # no --yes, no tty
    said = ok(dj(data, *send, "--to", address, "--yes", extra_env=CODE))
    assert "Dreams: 1 · Rehearsals: 1" in said
    fetch = ("--vault", "client-07", "home-practice", "fetch")
    fetched = ok(dj(data, *fetch, extra_env=CODE))
    assert "imported and removed from the relay: 1" in fetched
    assert "Added: Dreams: 1 · Rehearsals: 1." in fetched
    assert "No packages are waiting" in ok(dj(data, *fetch, extra_env=CODE))
    ok(dj(data, "home-practice", "send", "--yes", extra_env=CODE))  # the address was remembered
    assert "Nothing new" in ok(dj(data, *fetch, extra_env=CODE))
