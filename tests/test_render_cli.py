"""`dreamjournal render` and `dreamjournal clips`, through the real Typer app."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from tests.cli_support import dj, ok, user_error
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_render import DREAM

FOREST = "I ran through the forest with my dog and we laughed."


@pytest.fixture
def entry_id(vault_file: Path) -> str:
    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    entry = journal.add(title="Moon lake", body=DREAM)
    journal.lock()
    return entry.id


def test_render_stores_lists_and_writes_out(data_dir: Path, entry_id: str, tmp_path: Path) -> None:
    out = tmp_path / "dream.mp4"
    result = dj(
        data_dir, "render", entry_id[:8], "--seconds", "4", "--seed", "5", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "Stored clip" in result.stdout and "seed 5" in result.stdout
    assert "NOT encrypted" in result.stderr
    assert out.read_bytes()[4:8] == b"ftyp"

    listed = dj(data_dir, "clips", entry_id)
    assert listed.exit_code == 0 and "procedural" in listed.stdout and "seed 5" in listed.stdout
    rows = json.loads(dj(data_dir, "clips", entry_id, "--json").stdout)
    assert rows[0]["entry_id"] == entry_id and rows[0]["seconds"] == 4.0

    again = tmp_path / "again.mp4"
    assert dj(data_dir, "clips", entry_id, "--out", str(again)).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_user_errors(data_dir: Path, entry_id: str, tmp_path: Path) -> None:
    user_error(dj(data_dir, "render", entry_id, "--backend", "videos-api"), "--consent")
    user_error(dj(data_dir, "render", entry_id, "--size", "640x480"), "not a clip size")
    user_error(
        dj(data_dir, "render", entry_id, "--out", str(tmp_path / "nope" / "x.mp4")),
        "does not exist",
    )
    user_error(dj(data_dir, "clips", entry_id, "--out", str(tmp_path / "x.mp4")), "no clips yet")


@pytest.mark.slow
def test_a_reel_made_in_the_app_is_listed_written_and_deleted_from_the_cli(
    data_dir: Path, vault_file: Path, tmp_path: Path, cheap_kdf: None
) -> None:
    from dreamjournal.services.clips import list_clips, load_clip, make_reel, render_clip

    journal = Journal.create(vault_file, PASSPHRASE, kdf=fast_kdf())
    lake = journal.add(title="Moon lake", body=DREAM, date=date(2026, 11, 2))
    forest = journal.add(title="Wald", body=FOREST, date=date(2026, 11, 9))
    for entry in (lake, forest):
        render_clip(journal, entry.id, seconds=4, seed=1)
    reel = make_reel(journal, [lake.id, forest.id])  # what the Share page's button calls
    reel_mp4 = load_clip(journal, reel.id)
    journal.lock()

    listed = ok(dj(data_dir, "reels"))
    assert listed.startswith(reel.id[:12]) and "2 dreams · Nov 2, 2026 – Nov 9, 2026" in listed
    assert "2 Träume · 02.11.2026 – 09.11.2026" in ok(dj(data_dir, "--lang", "de", "reels"))
    [row] = json.loads(ok(dj(data_dir, "reels", "--json")))
    assert row["id"] == reel.id and row["entries"] == [lake.id, forest.id]
    # A reel is not one dream's clip: `clips` of its first dream does not list it.
    assert reel.id[:12] not in ok(dj(data_dir, "clips", lake.id))

    out, again = tmp_path / "reel.mp4", tmp_path / "again.mp4"
    ok(dj(data_dir, "reels", "--out", str(out)))  # the newest
    ok(dj(data_dir, "reels", "--reel", reel.id[:8], "--out", str(again)))
    assert out.read_bytes() == again.read_bytes() == reel_mp4
    assert out.stat().st_mode & 0o777 == 0o600

    journal = Journal.unlock(vault_file, PASSPHRASE)
    clip = list_clips(journal, lake.id)[0]
    journal.lock()
    user_error(dj(data_dir, "reels", "--delete", clip.id), "is not a dream reel")
    user_error(dj(data_dir, "reels", "--reel", clip.id, "--out", str(out)), "is not a dream reel")
    user_error(dj(data_dir, "clips", lake.id, "--delete", reel.id), "reels --delete")

    done = ok(dj(data_dir, "reels", "--delete", reel.id[:8], "--yes"))
    assert f"Deleted {reel.id[:12]}" in done
    journal = Journal.unlock(vault_file, PASSPHRASE)
    assert [c.backend for c in list_clips(journal, reels=True)] == ["procedural"] * 2
    assert {e.id for e in journal.list()} == {lake.id, forest.id}  # dreams and clips stay
    assert journal.clip_dir is not None and not list(journal.clip_dir.glob(f"{reel.id}*"))
    journal.lock()
    gone = dj(data_dir, "reels")
    assert gone.exit_code == 0 and gone.stdout == "" and "No dream reels yet" in gone.stderr
    user_error(dj(data_dir, "reels", "--out", str(out)), "no dream reels yet")


def test_clips_delete_removes_one_clip_of_the_dream(
    data_dir: Path, entry_id: str, vault_file: Path
) -> None:
    from dreamjournal.services.clips import list_clips, render_clip

    journal = Journal.unlock(vault_file, PASSPHRASE)
    first, second = (render_clip(journal, entry_id, seconds=4, seed=s) for s in (1, 2))
    journal.lock()
    user_error(dj(data_dir, "clips", entry_id, "--delete", "ffffffff"), "ffffffff")
    done = ok(dj(data_dir, "clips", entry_id, "--delete", first.id[:8], "--yes"))
    assert f"Deleted {first.id[:12]}" in done
    journal = Journal.unlock(vault_file, PASSPHRASE)
    assert [c.id for c in list_clips(journal, entry_id)] == [second.id]
    assert journal.clip_dir is not None and not list(journal.clip_dir.glob(f"{first.id}*"))
    journal.lock()


def test_deleting_a_clip_at_a_terminal_asks_in_the_command_lines_language(
    data_dir: Path, entry_id: str, vault_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """German asks "[j/N]" and takes "n" as no (the clip stays); "j" deletes it."""
    import sys

    from dreamjournal.render import commands
    from dreamjournal.services.clips import list_clips, render_clip

    journal = Journal.unlock(vault_file, PASSPHRASE)
    clip = render_clip(journal, entry_id, seconds=4, seed=3)
    journal.lock()
    # the command sees a terminal (the question is only asked there); all else is the runner's
    monkeypatch.setattr(commands, "sys", _AtATerminal(sys))
    kept = dj(data_dir, "--lang", "de", "clips", entry_id, "--delete", clip.id[:8], stdin="n\n")
    assert kept.exit_code == 1, (kept.stdout, kept.stderr)
    assert "[j/N]" in kept.stdout and "Abgebrochen" in kept.stderr
    journal = Journal.unlock(vault_file, PASSPHRASE)
    assert [c.id for c in list_clips(journal, entry_id)] == [clip.id]
    journal.lock()
    gone = dj(data_dir, "--lang", "de", "clips", entry_id, "--delete", clip.id[:8], stdin="j\n")
    assert gone.exit_code == 0, gone.stderr
    journal = Journal.unlock(vault_file, PASSPHRASE)
    assert list_clips(journal, entry_id) == []
    journal.lock()


class _AtATerminal:
    """`sys` as a command sees it when typed at a terminal: stdin is a tty, the rest is sys."""

    def __init__(self, real: object) -> None:
        self._real = real

    def __getattr__(self, name: str) -> object:
        if name == "stdin":
            return _TtyStdin(self._real.stdin)  # type: ignore[attr-defined]
        return getattr(self._real, name)


class _TtyStdin:
    def __init__(self, real: object) -> None:
        self._real = real

    def isatty(self) -> bool:
        return True

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)
