"""A writer killed with SIGKILL mid-write loses nothing it acknowledged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dreamjournal.store.journal import Journal
from tests.conftest import PASSPHRASE, fast_kdf

WRITER = """
import sys
from pathlib import Path
from dreamjournal.store.journal import Journal
j = Journal.unlock(Path(sys.argv[1]), sys.argv[2])
i = 0
while True:
    e = j.add(title=f"crash test {i}", body="water rising " * (1 + i % 200), tags=["crash"])
    if i % 7 == 0 and len(j) > 3:
        victim = j.list(limit=1, offset=2)[0]
        j.update(victim.id, body="edited while someone pulls the plug")
    print(e.id, flush=True)  # acknowledged only after the commit returned
    i += 1
"""


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    Journal.create(path, PASSPHRASE, kdf=fast_kdf()).lock()
    acknowledged: list[str] = []
    rng = random.Random(1234)
    for _round in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSPHRASE], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()  # wait until it is writing
        acknowledged.append(first)
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged += [line for line in out.split("\n") if len(line) == 32]
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    j = Journal.unlock(path, PASSPHRASE)
    stored = {e.id for e in j.list()}
    missing = [i for i in acknowledged if i not in stored]
    assert len(acknowledged) > 100
    assert missing == []
    j.lock()


AUTOSAVER = """
import sys
from pathlib import Path
from dreamjournal.services import drafts
from dreamjournal.store.journal import Journal
j = Journal.unlock(Path(sys.argv[1]), sys.argv[2])
i = 0
while True:
    text = "DRAFTCANARY " + "the lift kept rising past the top floor " * (1 + i % 50) + str(i)
    drafts.save_draft(j, "tab-1", "write", {"fields": {"title": "lift", "body": text}})
    print(i, flush=True)  # acknowledged only after the commit returned
    i += 1
"""


@pytest.mark.slow
def test_sigkill_during_autosave_leaves_the_last_draft_readable(tmp_path: Path) -> None:
    """The newest acknowledged autosave survives a kill; no draft text reaches a file in clear."""
    from dreamjournal.services import drafts

    path = tmp_path / "v.db"
    Journal.create(path, PASSPHRASE, kdf=fast_kdf()).lock()
    rng = random.Random(99)
    for _round in range(10):
        proc = subprocess.Popen(
            [sys.executable, "-c", AUTOSAVER, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        proc.stdout.readline()  # wait until it is autosaving
        time.sleep(rng.uniform(0.0, 0.1))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acked = [int(line) for line in out.split("\n") if line.strip().isdigit()]
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        j = Journal.unlock(path, PASSPHRASE)
        [draft] = drafts.drafts(j)
        number = int(draft.data["fields"]["body"].rsplit(" ", 1)[-1])
        # The stored draft is the last acknowledged one, or the one after it (committed, then
        # killed before it could say so): never an older one.
        assert not acked or number >= acked[-1]
        j.lock()
        for f in tmp_path.iterdir():
            assert b"DRAFTCANARY" not in f.read_bytes(), f


COMMITTER = """
import sys
from pathlib import Path
from dreamjournal.store.journal import Journal
j = Journal.unlock(Path(sys.argv[1]), sys.argv[2])
for i in range(int(sys.argv[3])):
    j.add(title=f"durable {i}")
"""


@pytest.mark.slow
def test_every_acknowledged_write_is_fsynced(tmp_path: Path) -> None:
    """synchronous=FULL: each commit reaches the disk before `add` returns (a power cut keeps it).

    SIGKILL tests cannot see this (the OS cache survives a killed process), so count the
    fsync calls the writer makes: at least one per commit. With synchronous=NORMAL or OFF,
    WAL commits are not synced and this fails.
    """
    import shutil

    strace = shutil.which("strace")
    if strace is None:
        if os.environ.get("CI"):
            pytest.fail("strace is missing; .ci/run installs it")
        pytest.skip("strace is not installed")
    path = tmp_path / "v.db"
    Journal.create(path, PASSPHRASE, kdf=fast_kdf()).lock()
    trace = tmp_path / "fsync.log"
    commits = 20
    subprocess.run(
        [strace, "-f", "-e", "trace=fsync,fdatasync", "-o", str(trace)]
        + [sys.executable, "-c", COMMITTER, str(path), PASSPHRASE, str(commits)],
        check=True,
        capture_output=True,
    )
    synced = [line for line in trace.read_text().splitlines() if "sync(" in line]
    assert len(synced) >= commits, f"{len(synced)} fsyncs for {commits} commits"
