"""Nothing a person writes is ever lost: one service layer, two writers at once, drafts, backups.

Each of the six ways the first version lost work has a test here that failed on it.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dreamjournal.errors import ChangedElsewhere
from dreamjournal.services import drafts
from dreamjournal.services.backup import backup_bytes, restore_backup
from dreamjournal.services.entries import (
    add_entry,
    delete_entry,
    edit_entry,
    entry_version,
    remove_examples,
)
from dreamjournal.services.shares import publish_share
from dreamjournal.services.therapy import running_sessions, start_session
from dreamjournal.share.relay_client import RelayShareGone, share_stats
from dreamjournal.share.service import TABLE as SHARE_TABLE
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.ui import state
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import (
    SETTINGS,
    WRITE,
    FakeClock,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)
from tests.test_relay_owner_support import relay  # noqa: F401  (fixture)

SESSION = "pages/session.py"


# ---- 1. every delete path revokes share links --------------------------------------------------
def test_removing_example_dreams_revokes_their_share_links(
    journal: Journal,
    relay: str,  # noqa: F811
) -> None:
    example = add_entry(journal, title="Example fox", body="A fox by the sea.", example=True)
    own = add_entry(journal, title="My own dream")
    created = publish_share(journal, example.id, relay, consent=True)
    record = journal.get_record(SHARE_TABLE, created.share_id)
    assert record is not None
    assert share_stats(relay, record["share_id"], record["owner_secret"]).status == "active"
    assert remove_examples(journal) == 1
    with pytest.raises(RelayShareGone):  # the friend's link no longer opens the dream
        share_stats(relay, record["share_id"], record["owner_secret"])
    assert journal.records(SHARE_TABLE) == {}  # and no orphan share record is left
    assert [e.id for e in journal.list()] == [own.id]


def test_remove_examples_in_the_app_revokes_links(
    data_dir: Path,
    relay: str,  # noqa: F811
) -> None:
    path = make_vault(data_dir)
    j = Journal.unlock(path, PASSPHRASE)
    example = add_entry(j, title="Example owl", example=True)
    created = publish_share(j, example.id, relay, consent=True)
    record = j.get_record(SHARE_TABLE, created.share_id)
    assert record is not None
    j.lock()
    at = unlock(open_app()).switch_page(SETTINGS).run()
    click(at, "Remove the 1 example dreams")
    with pytest.raises(RelayShareGone):
        share_stats(relay, record["share_id"], record["owner_secret"])


# ---- 2. two writers on one vault ---------------------------------------------------------------
def test_a_dream_added_elsewhere_shows_on_the_next_read(vault_file: Path, journal: Journal) -> None:
    other = Journal.unlock(vault_file, PASSPHRASE)
    assert len(other) == 0
    e = add_entry(journal, title="Written in the app")
    assert [x.id for x in other.list()] == [e.id]  # no lock/unlock needed
    edit_entry(journal, e.id, title="Renamed in the app")
    assert other.get(e.id).title == "Renamed in the app"
    delete_entry(journal, e.id)
    assert other.list() == []
    other.lock()


def test_a_stale_edit_never_overwrites_a_newer_one(vault_file: Path, journal: Journal) -> None:
    e = add_entry(journal, title="Tide", body="first version")
    tab_b = Journal.unlock(vault_file, PASSPHRASE)
    seen_by_b = entry_version(tab_b, e.id)
    edit_entry(journal, e.id, body="A's newer text")  # tab A saves first
    with pytest.raises(ChangedElsewhere, match="changed elsewhere") as caught:
        edit_entry(tab_b, e.id, based_on=seen_by_b, body="B's text from the old version")
    newer = caught.value.newer
    assert newer is not None and newer.body == "A's newer text"  # type: ignore[attr-defined]
    fresh = Journal.unlock(vault_file, PASSPHRASE)
    assert fresh.get(e.id).body == "A's newer text"
    # B saw the newer version and saves on purpose: that is a decision, not a lost update.
    edit_entry(tab_b, e.id, based_on=entry_version(tab_b, e.id), body="B, knowingly")
    assert fresh.get(e.id).body == "B, knowingly"
    fresh.lock()
    tab_b.lock()


def test_a_race_between_read_and_write_is_refused_by_the_store(
    vault_file: Path, journal: Journal
) -> None:
    """The version check happens inside the write transaction, not only in memory."""
    e = add_entry(journal, title="Race")
    other = Journal.unlock(vault_file, PASSPHRASE)
    other.get(e.id)
    edit_entry(journal, e.id, title="A wins")
    other._token = other._store.change_token()  # pretend B did not notice A's commit
    with pytest.raises(ChangedElsewhere):
        edit_entry(other, e.id, title="B would overwrite")
    assert Journal.unlock(vault_file, PASSPHRASE).get(e.id).title == "A wins"
    other.lock()


def test_editing_a_dream_deleted_elsewhere_keeps_the_text(
    vault_file: Path, journal: Journal
) -> None:
    e = add_entry(journal, title="Gone")
    other = Journal.unlock(vault_file, PASSPHRASE)
    version = entry_version(other, e.id)
    delete_entry(journal, e.id)
    other._token = other._store.change_token()
    with pytest.raises(ChangedElsewhere, match="deleted elsewhere") as caught:
        edit_entry(other, e.id, based_on=version, title="Gone, edited")
    assert caught.value.newer is None
    other.lock()


def test_the_write_page_shows_the_newer_version_and_keeps_mine(data_dir: Path) -> None:
    path = make_vault(data_dir, [{"title": "Lighthouse", "body": "original"}])
    at = unlock(open_app())
    j = session_journal(at)
    assert j is not None
    [entry] = j.list()
    from dreamjournal.ui.draft import load_for_edit

    at.session_state["j_open"] = entry.id
    at.switch_page(WRITE).run()
    other = Journal.unlock(path, PASSPHRASE)
    # Open for editing, then another writer (the CLI) saves first.
    at = _open_for_edit(at, entry.id, load_for_edit)
    edit_entry(other, entry.id, body="changed by the CLI")
    at.text_area(key="w_body").input("my careful edit").run()
    click(at, "Save changes")
    assert "changed elsewhere" in texts(at)
    assert at.text_area(key="w_body").value == "my careful edit"  # mine is still in the form
    assert "changed by the CLI" in texts(at)  # the newer one is shown
    assert other.get(entry.id).body == "changed by the CLI"  # nothing was overwritten
    click(at, "Save changes")  # saving again now is a choice made with both in view
    assert other.get(entry.id).body == "my careful edit"
    other.lock()


def _open_for_edit(at, entry_id, load_for_edit):  # type: ignore[no-untyped-def]
    """What the Journal page's Edit button does, then show the Write page."""
    j = session_journal(at)
    assert j is not None
    at.session_state["w_edit_id"] = None
    entry = j.get(entry_id)
    for key, value in {
        "w_title": entry.title,
        "w_body": entry.body,
        "w_date": entry.date,
        "w_edit_id": entry.id,
        "w_based_on": entry_version(j, entry.id),
    }.items():
        at.session_state[key] = value
    return at.switch_page(WRITE).run()


# ---- 3. a therapy session survives an auto-lock ---------------------------------------------
def test_auto_lock_mid_session_keeps_the_session_and_its_notes(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_app_session import client_vault

    clock = FakeClock()
    monkeypatch.setattr(state, "now", clock)
    client_vault(data_dir, "journal", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    at.pills(key="s_before").set_value(7).run()
    at = click(at, "Start session")
    at.pills(key="s_after").set_value(3)
    at.text_area(key="s_notes").input("Calmer when the dog appeared.").run()
    clock.advance(11)  # the default auto-lock is 10 minutes
    at.run()
    assert session_journal(at) is None
    unlock(at, form="guard")
    at.switch_page(SESSION).run()
    assert "was not finished" in texts(at)
    click(at, "Resume")
    assert at.text_area(key="s_notes").value == "Calmer when the dog appeared."
    assert at.pills(key="s_after").value == 3
    click(at, "Save session")
    j = session_journal(at)
    assert j is not None and running_sessions(j) == []
    assert drafts.drafts(j) == []  # the autosaved notes are gone once the session is saved


def test_an_unfinished_session_can_be_discarded(data_dir: Path) -> None:
    from tests.test_app_session import client_vault

    path = client_vault(data_dir, "journal", "ALDER")
    j = Journal.unlock(path, PASSPHRASE)
    wolf = next(e for e in j.list() if e.rescript)
    start_session(j, wolf.id, suds_before=8, now=datetime(2026, 3, 1, 9, tzinfo=UTC))
    j.lock()
    at = unlock(open_app()).switch_page(SESSION).run()
    click(at, "Discard")
    j2 = session_journal(at)
    assert j2 is not None and running_sessions(j2) == []


def test_a_running_player_counts_as_activity(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_app_session import client_vault

    clock = FakeClock()
    monkeypatch.setattr(state, "now", clock)
    client_vault(data_dir, "journal", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    at.pills(key="s_before").set_value(6).run()
    at = click(at, "Start session")
    at = click(at, "Start")  # the guided player runs
    for _ in range(8):  # 16 minutes of a guided rehearsal, nobody touching the keyboard
        clock.advance(2)
        at.run()
    assert session_journal(at) is not None


# ---- 4. a reload (a new browser session) gets the draft back ---------------------------------
def test_a_draft_comes_back_after_a_reload(data_dir: Path) -> None:
    make_vault(data_dir)
    at = unlock(open_app()).switch_page(WRITE).run()
    at.text_input(key="w_title").input("Half a dream")
    at.text_area(key="w_body").input("I was on a train that never stopped").run()
    reloaded = unlock(open_app()).switch_page(WRITE).run()  # a new session, like a reload
    assert reloaded.text_area(key="w_body").value == "I was on a train that never stopped"
    assert "Restored your unsaved draft from" in texts(reloaded)
    click(reloaded, "Save dream")
    j = session_journal(reloaded)
    assert j is not None and [e.title for e in j.list()] == ["Half a dream"]
    assert drafts.drafts(j) == []  # saved: no draft is offered again


def test_a_discarded_draft_stays_gone(data_dir: Path) -> None:
    make_vault(data_dir)
    at = unlock(open_app()).switch_page(WRITE).run()
    at.text_area(key="w_body").input("not worth keeping").run()
    reloaded = unlock(open_app()).switch_page(WRITE).run()
    click(reloaded, "Discard")
    assert reloaded.text_area(key="w_body").value == ""
    again = unlock(open_app()).switch_page(WRITE).run()
    assert again.text_area(key="w_body").value == ""


def test_drafts_are_sealed(journal: Journal, vault_file: Path) -> None:
    drafts.save_draft(journal, "d1", "write", {"fields": {"body": "DRAFTCANARY under the bed"}})
    for path in vault_file.parent.iterdir():
        assert b"DRAFTCANARY" not in path.read_bytes(), path
    [found] = drafts.drafts(journal)
    assert found.data["fields"]["body"] == "DRAFTCANARY under the bed"


# ---- 5. backups carry clips, in the CLI and in the app ----------------------------------------
def _with_clip(journal: Journal) -> tuple[str, bytes]:
    from dreamjournal.render.clips import list_clips, load_clip, render_clip

    e = add_entry(journal, title="Clip dream", body="I flew over a calm sea under the moon.")
    render_clip(journal, e.id, seconds=4, size="854x480")
    [clip] = list_clips(journal, e.id)
    return clip.id, load_clip(journal, clip.id)


@pytest.mark.slow
def test_backup_round_trip_keeps_clips(journal: Journal, data_dir: Path) -> None:
    from dreamjournal.render.clips import list_clips, load_clip, load_poster

    clip_id, mp4 = _with_clip(journal)
    data, count = backup_bytes(journal)
    assert count == 1
    # The clip travels sealed: no stretch of its plaintext is in any file of the backup. (A
    # check for b"ftyp" in base64 text would match random ciphertext by chance.)
    files = [base64.b64decode(v) for v in json.loads(data)["files"].values()]
    samples = [mp4[i : i + 64] for i in range(0, len(mp4) - 64, max(1, len(mp4) // 16))]
    assert files and not any(s in f for s in samples for f in files)
    other = Journal.create(vault_path(data_dir, "other"), "another passphrase", kdf=fast_kdf())
    result = restore_backup(other, data, PASSPHRASE)
    assert (result.added, result.clips) == (1, 1)
    assert [c.id for c in list_clips(other)] == [clip_id]
    assert load_clip(other, clip_id) == mp4  # re-encrypted under the new vault's file key
    assert load_poster(other, clip_id)
    again = restore_backup(other, data, PASSPHRASE)  # never duplicated
    assert (again.added, again.skipped, again.clips) == (0, 1, 0)


def test_a_damaged_backup_changes_nothing(journal: Journal, data_dir: Path) -> None:
    add_entry(journal, title="One")
    add_entry(journal, title="Two")
    data, _ = backup_bytes(journal)
    other = Journal.create(vault_path(data_dir, "other"), PASSPHRASE, kdf=fast_kdf())
    add_entry(other, title="Already here")
    from dreamjournal.errors import ImportFormatError

    truncated = data[: len(data) // 2]
    doc = json.loads(data)
    row = doc["tables"]["entry"][1]
    row[2] = row[2][:-8] + ("A" * 8 if not row[2].endswith("A" * 8) else "B" * 8)
    tampered = json.dumps(doc).encode()
    for bad in (truncated, tampered):
        with pytest.raises(ImportFormatError, match="Nothing was imported"):
            restore_backup(other, bad, PASSPHRASE)
        assert [e.title for e in other.list()] == ["Already here"]


def test_an_invalid_record_in_a_backup_is_refused_whole(journal: Journal, data_dir: Path) -> None:
    """A crafted backup (its maker's own passphrase) with a bad field never reaches `list`."""
    add_entry(journal, title="fine")
    bad = journal.add(title="bad")
    record = journal.get_record("entry", bad.id)
    assert record is not None
    journal.put_record("entry", bad.id, {**record, "lucidity": "5"})
    data, _ = backup_bytes(journal)
    other = Journal.create(vault_path(data_dir, "other"), PASSPHRASE, kdf=fast_kdf())
    from dreamjournal.errors import ImportFormatError

    with pytest.raises(ImportFormatError):
        restore_backup(other, data, PASSPHRASE)
    assert other.list() == []


def test_the_cli_export_restores_in_the_app(data_dir: Path, tmp_path: Path) -> None:
    """The README's `export --out backup.djb` is what the app's Restore takes."""
    from typer.testing import CliRunner

    from dreamjournal.cli import app

    src = make_vault(data_dir, [{"title": "From the CLI"}], name="laptop")
    out = tmp_path / "backup.djb"
    env = {"DREAMJOURNAL_PASSPHRASE": PASSPHRASE, "DREAMJOURNAL_DATA_DIR": str(data_dir)}
    result = CliRunner().invoke(app, ["--vault", "laptop", "export", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output
    assert src.exists()
    make_vault(data_dir, name="journal")
    at = open_app()
    at.selectbox(key="home_vault").select("journal")
    at = unlock(at).switch_page(SETTINGS).run()
    at.file_uploader(key="s_upload").upload(
        "backup.djb", out.read_bytes(), "application/octet-stream"
    ).run()
    at.text_input(key="s_restore_pw").input(PASSPHRASE)
    click(at, "Restore")
    click(at, "Restore now")
    j = session_journal(at)
    assert j is not None and [e.title for e in j.list()] == ["From the CLI"]


def test_dates_in_restored_entries_survive(journal: Journal, data_dir: Path) -> None:
    add_entry(journal, title="dated", date=date(2024, 2, 29))
    data, _ = backup_bytes(journal)
    other = Journal.create(vault_path(data_dir, "other"), PASSPHRASE, kdf=fast_kdf())
    restore_backup(other, data, PASSPHRASE)
    assert other.list()[0].date == date(2024, 2, 29)
