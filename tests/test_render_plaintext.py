"""No plaintext clip is ever a file (issue 11, finding 5): not during a render, not after a kill.

The SIGKILL test renders in a child process that reports, through an audit hook, every file it
opens for writing and every command it starts, and stops itself mid-encode (its progress
callback blocks once a third is done), so the kill lands at a known point without any sleep.
Then the parent kills it with SIGKILL, waits for its ffmpeg to exit too, and scans the data dir,
the child's temp dir and its "/dev/shm" (render_temp_root, pointed at a private dir so that
other people's renders on a shared machine cannot confuse the scan; the real /dev/shm is
scanned for this run's canary) for anything of an MP4 or of the dream.
"""

from __future__ import annotations

import json
import os
import select
import signal
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dreamjournal.render import clips as clips_module
from dreamjournal.render.base import Cancelled, RenderFailed
from dreamjournal.render.clips import list_clips, render_clip, sweep_stale_render_dirs
from dreamjournal.render.procedural import ProceduralRenderer
from dreamjournal.store.journal import Journal
from tests.test_render import DREAM, sample_job

ROOT = Path(__file__).resolve().parent.parent
MP4_MARKS = (b"ftyp", b"moov", b"mdat", b"moof")

CHILD = r"""
import json, os, sys, threading
from pathlib import Path

def say(kind, **data):
    os.write(1, (json.dumps({"kind": kind, **data}) + "\n").encode())

def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        )
        if writes and isinstance(path, (str, bytes, os.PathLike)):
            say("open", path=os.fsdecode(path))
    elif event == "subprocess.Popen":
        say("popen", args=[os.fsdecode(a) for a in args[1]])

from dreamjournal.render import clips
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.vault.kdf import new_params

clips.render_temp_root = lambda: Path(os.environ["FAKE_SHM"])
canary = os.environ["CANARY"]
journal = Journal.create(
    vault_path(Path(os.environ["DREAMJOURNAL_DATA_DIR"]), "journal"),
    "correct horse battery staple",
    kdf=new_params(memory_kib=1024, iterations=1, lanes=1),
)
entry = journal.add(title=f"Moon lake {canary}", body=os.environ["DREAM"] + f" {canary}.")
say("clip_dir", path=str(journal.clip_dir))
sys.addaudithook(hook)

def progress(fraction):
    if fraction >= 0.3:
        say("mid")
        threading.Event().wait()  # hold here, mid-encode, until the parent kills us
    return True

render_clip(journal, entry.id, seconds=30, size="1280x720", seed=11, progress=progress)
say("finished")
""".replace("render_clip(", "clips.render_clip(")


def _children(pid: int) -> list[int]:
    """Direct children of a process, from /proc (all its threads)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def _wait_exit(pid: int, timeout: float) -> None:
    """Block until process `pid` (not our child) has exited: a pidfd becomes readable."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
        assert ready, f"process {pid} did not exit within {timeout} s"
    finally:
        os.close(fd)


def _files(*roots: Path) -> list[Path]:
    out: list[Path] = []
    for root in roots:
        if root.is_dir():
            out += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return out


def _leaks(files: list[Path], needles: tuple[bytes, ...]) -> list[tuple[str, bytes]]:
    hits = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [(str(path), n) for n in needles if n in data]
    return hits


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_sigkill_mid_encode_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    canary = f"canary{uuid.uuid4().hex[:12]}"
    data, tmp, shm = tmp_path / "data", tmp_path / "tmp", tmp_path / "shm"
    for folder in (tmp, shm):
        folder.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TMPDIR": str(tmp),
        "FAKE_SHM": str(shm),
        "CANARY": canary,
        "DREAM": DREAM,
        "DREAMJOURNAL_DATA_DIR": str(data),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    events: list[dict[str, object]] = []
    try:
        for line in child.stdout:  # blocks until the child is mid-encode (or dies)
            events.append(json.loads(line))
            if events[-1]["kind"] == "mid":
                break
        assert events and events[-1]["kind"] == "mid", events
        encoders = _children(child.pid)
        assert encoders, "ffmpeg should be running mid-encode"
        child.send_signal(signal.SIGKILL)
        child.wait()
        for pid in encoders:  # ffmpeg sees its stdin close; whatever it does, let it finish
            _wait_exit(pid, 60)
        events += [json.loads(line) for line in child.stdout]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()

    assert child.returncode == -signal.SIGKILL
    clip_dir = Path(str(next(e["path"] for e in events if e["kind"] == "clip_dir")))
    scanned = _files(data, tmp, shm)
    assert _leaks(scanned, (*MP4_MARKS, canary.encode())) == []
    assert _leaks(_files(Path("/dev/shm")), (canary.encode(),)) == []  # noqa: S108
    # Written: encrypted clip temp files in the clip folder; besides them only /dev/null and
    # the file tempfile.gettempdir() makes and removes at once to test the dir is writable.
    written = {Path(str(e["path"])) for e in events if e["kind"] == "open"}
    clip_tmp = {p for p in written if p.parent == clip_dir and p.name.endswith(".tmp")}
    probes = {p for p in written if p.parent == tmp and not p.exists()}
    assert any(p.parent == clip_dir for p in scanned)  # the killed writer's encrypted temp file
    assert clip_tmp and written - clip_tmp - probes <= {Path("/dev/null")}, written
    # ffmpeg was given pipes, never a path to write to.
    for event in (e for e in events if e["kind"] == "popen"):
        args = [str(a) for a in event["args"]]  # type: ignore[union-attr]
        assert [a for a in args[1:] if "/" in a] == [], args
        assert "-i" not in args or args[-1] == "pipe:1", args  # (imageio runs -version too)


def _everything(folder: Path | None) -> list[str]:
    """All entries, hidden ones too."""
    return sorted(os.listdir(folder)) if folder is not None and folder.exists() else []


@pytest.mark.parametrize("failure", ["cancelled", "ffmpeg-fails", "sink-fails"])
def test_cancel_or_failure_leaves_nothing(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    shm = tmp_path / "shm"
    shm.mkdir()
    monkeypatch.setattr(clips_module, "render_temp_root", lambda: shm)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nhead -c 3000000 >/dev/null\necho 'muxer broke' >&2\nexit 1\n")
    fake.chmod(0o755)
    entry = journal.add(title="Moon lake", body=DREAM)
    kwargs: dict[str, object] = {}
    expected: type[BaseException] = Cancelled
    if failure == "cancelled":
        kwargs["progress"] = lambda f: f < 0.4
    elif failure == "ffmpeg-fails":
        kwargs["renderer_options"] = {"ffmpeg": str(fake)}
        expected = RenderFailed
    else:  # the encrypted writer fails part way (a full disk)

        def full_disk(self: object, data: bytes) -> int:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(clips_module.ClipWriter, "write", full_disk)
        expected = OSError
    with pytest.raises(expected):
        render_clip(journal, entry.id, seconds=4, **kwargs)  # type: ignore[arg-type]
    assert _everything(journal.clip_dir) == []
    assert _everything(shm) == []
    assert list_clips(journal, entry.id) == []


def test_stale_render_dirs_of_older_versions_are_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shm, tmp = tmp_path / "shm", tmp_path / "tmp"
    monkeypatch.setattr(clips_module, "render_temp_root", lambda: shm)
    monkeypatch.setattr(clips_module.tempfile, "gettempdir", lambda: str(tmp))
    stale, fresh, other = (
        shm / "dreamjournal-render-ab12",
        tmp / "dreamjournal-render-cd34",
        shm / "someone-else",
    )
    for folder in (stale, fresh, other):
        folder.mkdir(parents=True)
        (folder / "clip.mp4").write_bytes(b"\x00\x00\x00\x20ftypisom")
    old = 1_000_000_000  # 2001: long idle, a crash's leftover
    os.utime(stale, (old, old))
    assert sweep_stale_render_dirs() == 1
    assert not stale.exists()
    assert fresh.exists()  # touched just now: maybe an older version still rendering
    assert other.exists()


def test_a_render_to_a_path_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "plain.mp4"
    out.write_bytes(b"old")
    out.chmod(0o644)
    previous = os.umask(0o022)
    try:
        result = ProceduralRenderer().render(sample_job(), out)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.stat().st_size == result.mp4_bytes and out.read_bytes()[4:8] == b"ftyp"


def test_render_out_and_clips_out_write_0600(data_dir: Path, tmp_path: Path) -> None:
    from dreamjournal.store.location import vault_path
    from tests.cli_support import dj, user_error
    from tests.conftest import PASSPHRASE, fast_kdf

    journal = Journal.create(vault_path(data_dir, "journal"), PASSPHRASE, kdf=fast_kdf())
    entry_id = journal.add(title="Moon lake", body=DREAM).id
    journal.lock()
    out, again, fifo = tmp_path / "dream.mp4", tmp_path / "again.mp4", tmp_path / "fifo"
    previous = os.umask(0o022)
    try:
        result = dj(data_dir, "render", entry_id[:8], "--seconds", "4", "--out", str(out))
        assert result.exit_code == 0, result.output
        again.write_bytes(b"older copy")
        again.chmod(0o644)
        assert dj(data_dir, "clips", entry_id, "--out", str(again)).exit_code == 0
        os.mkfifo(fifo)
        refused = dj(data_dir, "clips", entry_id, "--out", str(fifo))
    finally:
        os.umask(previous)
    for path in (out, again):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_bytes()[4:8] == b"ftyp"
    user_error(refused, "not a regular file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.mp4", "data", "dream.mp4", "fifo"]
