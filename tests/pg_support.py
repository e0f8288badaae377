"""A private PostgreSQL for tests: `initdb` + `pg_ctl` in a temp dir, on a free loopback port;
and `relay_server`, a real relay process (uvicorn) on a free loopback port.

    with postgres_server() as server:
        url = server.new_database()   # postgresql://postgres@127.0.0.1:PORT/relay_1

The binaries come from Debian's `postgresql` package (`.ci/run` installs it); they live in
/usr/lib/postgresql/*/bin. Locally a missing PostgreSQL skips the test; in CI it fails.
PostgreSQL refuses to run as root, so under root the server runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser_support import free_port, serving


def pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl, or None."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def require_postgres() -> Path:
    """The bin directory; skip without PostgreSQL locally, fail in CI."""
    import pytest

    found = pg_bin()
    if found is not None:
        return found
    if os.environ.get("CI"):
        pytest.fail("PostgreSQL is missing; CI must run these tests (apt-get install postgresql)")
    pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class PgServer:
    """A running private server; `new_database()` hands each test its own database."""

    port: int
    root: Path
    _count: int = field(default=0)

    @property
    def url(self) -> str:
        """URL of the maintenance database."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """Create an empty database; its URL."""
        import psycopg

        self._count += 1
        name = f"relay_{os.getpid()}_{self._count}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def files(self) -> Iterator[Path]:
        """Every file of the cluster (for canary searches)."""
        for path in (self.root / "data").rglob("*"):
            if path.is_file():
                yield path


@contextmanager
def postgres_server(bin_dir: Path | None = None) -> Iterator[PgServer]:
    """Start a throwaway cluster; stop it and delete its files afterwards."""
    bin_dir = bin_dir or require_postgres()
    # Not pytest's tmp_path: it is private to root, and the server may run as `postgres`.
    root = Path(tempfile.mkdtemp(prefix="dj-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    log = root / "server.log"
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
             "-E", "UTF8", "--no-locale", "--no-sync"]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200"
    start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w"]
    subprocess.run(_as_server_user([*start, "start"]), check=True, capture_output=True, timeout=60)
    try:
        yield PgServer(port=port, root=root)
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


# Fixtures for the relay tests (import them into a test module by name).


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One private PostgreSQL for the whole session."""
    with postgres_server() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh relay database: a SQLite file, then a new database on the private PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'relay.sqlite3'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database()


@contextmanager
def relay_server(
    database_url: str, log_path: Path, *, port: int | None = None, timeout: float = 30.0
) -> Iterator[str]:
    """`python -m dreamjournal.relay serve` on 127.0.0.1; yields its URL, stops it afterwards."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "dreamjournal.relay", "serve", "--port", str(port),
           "--database-url", database_url]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("DREAMJOURNAL_")}
    root = Path(__file__).resolve().parent.parent
    with serving(
        cmd, cwd=root, env=env, port=port, log_path=log_path, timeout=timeout, health="/healthz"
    ) as url:
        yield url
