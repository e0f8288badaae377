"""`dreamjournal share-server`: the friend viewer as its own Streamlit process.

It starts through `dreamjournal.ui.launch`, the app's own launcher: one table of privacy
settings, the same security headers and Host allow-list.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def viewer_command(host: str, port: int) -> list[str]:
    """The viewer's command line: the app's launcher (same settings table, same headers)."""
    return [sys.executable, "-m", "dreamjournal.ui.launch", "viewer", host, str(port)]


def viewer_env(data_dir: Path) -> dict[str, str]:
    """The viewer's environment: where the share store is, and no passphrase or API key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    env["DREAMJOURNAL_DATA_DIR"] = str(Path(data_dir).resolve())
    return env


def _prepare(data_dir: Path) -> None:
    """Create the share store if needed and wipe what expired while no viewer ran."""
    from dreamjournal.share.store import ShareStore

    ShareStore.in_data_dir(data_dir).wipe_unavailable(time.time())


def start_viewer(data_dir: Path, host: str, port: int) -> subprocess.Popen[bytes]:
    """Start the viewer as a child process (for tests and embedding)."""
    _prepare(data_dir)
    return subprocess.Popen(viewer_command(host, port), env=viewer_env(data_dir))


def exec_viewer(data_dir: Path, host: str, port: int) -> None:
    """Replace this process with the viewer, so Ctrl-C and SIGTERM reach Streamlit directly."""
    _prepare(data_dir)
    sys.stdout.flush()
    sys.stderr.flush()
    cmd = viewer_command(host, port)
    os.execve(cmd[0], cmd, viewer_env(data_dir))  # noqa: S606 - our own interpreter, fixed args
