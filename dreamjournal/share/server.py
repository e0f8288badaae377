"""`dreamjournal share-server`: the friend viewer as its own Streamlit process.

The viewer script sits inside the package, so nothing may depend on the working directory's
`.streamlit/config.toml`: every setting that matters for privacy is passed as a flag.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

VIEWER_SCRIPT = Path(__file__).resolve().parent.parent / "ui" / "viewer_app.py"

# Privacy defaults of DESIGN.md, and the app's nocturnal theme.
VIEWER_FLAGS: dict[str, str] = {
    "server.headless": "true",
    "server.enableXsrfProtection": "true",
    "server.enableStaticServing": "false",
    "server.fileWatcherType": "none",
    "server.runOnSave": "false",
    "browser.gatherUsageStats": "false",
    "client.toolbarMode": "minimal",
    "client.showErrorDetails": "none",
    "client.showSidebarNavigation": "false",
    "runner.magicEnabled": "false",
    "global.developmentMode": "false",
    "theme.base": "dark",
    "theme.primaryColor": "#A99BFF",
    "theme.backgroundColor": "#0E1222",
    "theme.secondaryBackgroundColor": "#181E33",
    "theme.textColor": "#E4E2F0",
    "theme.font": "sans-serif",
}


def viewer_command(host: str, port: int) -> list[str]:
    """The `streamlit run` command line of the viewer."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(VIEWER_SCRIPT)]
    cmd += ["--server.address", host, "--server.port", str(port)]
    for name, value in VIEWER_FLAGS.items():
        cmd += [f"--{name}", value]
    return cmd


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
