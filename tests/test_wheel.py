"""`pip install` the built wheel into a fresh environment and run `dreamjournal app` elsewhere.

The app's pages, fonts and lexicons must travel inside the wheel, and its privacy settings must
hold without the repository around it. The fresh venv sees this environment's dependencies
(a .pth file) but not the source tree: `dreamjournal` comes only from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.browser_support import free_port, serving

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_installs_and_the_app_starts_from_any_directory(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(dist), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    [wheel] = dist.glob("dreamjournal-*.whl")
    # the crisis classifier's weights and its bank of crisis lines travel inside the wheel (a
    # missing bank would not fail: every window's nearness would read 0 and flag less)
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("crisis_model.json", "crisis_neighbours.npy", "crisis_everyday_neighbours.npy"):
        assert f"dreamjournal/therapy/{data}" in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # Dependencies from this environment, but not its editable dreamjournal.
    deps = sysconfig.get_paths()["purelib"]
    (Path(site) / "deps.pth").write_text(deps + "\n")
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [str(py), "-c", "import dreamjournal, sys; print(dreamjournal.__file__)"],
        check=True, capture_output=True, text=True, cwd=elsewhere, env=env,
    ).stdout  # fmt: skip
    assert str(ROOT) not in where and "site-packages" in where  # the wheel, not the repo
    version = subprocess.run(
        [str(venv / "bin" / "dreamjournal"), "--version"],
        check=True, capture_output=True, text=True, cwd=elsewhere, env=env,
    ).stdout  # fmt: skip
    assert version.startswith("dreamjournal ")
    german = subprocess.run(
        [str(py), "-c", "from dreamjournal.i18n import message; print(message('nav.write', 'de'))"],
        check=True, capture_output=True, text=True, cwd=elsewhere, env=env,
    ).stdout  # fmt: skip
    assert german.strip() == "Schreiben"  # the catalogues travel inside the wheel
    port = free_port()
    cmd = [str(venv / "bin" / "dreamjournal"), "--data-dir", "data", "app", "--port", str(port)]
    with serving(cmd, cwd=elsewhere, env=env, port=port, log_path=tmp_path / "app.log") as url:
        page = httpx.get(url)
        assert page.status_code == 200
        assert "default-src 'self'" in page.headers["content-security-policy"]
    assert (elsewhere / "data").is_dir()
