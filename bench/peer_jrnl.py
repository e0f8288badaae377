"""Peer for the benchmark: jrnl 4.6 with an encrypted journal.

jrnl lives in its own venv (`.venv-jrnl`, made by `ensure_jrnl`). `JrnlJournal.create`
writes the dreams in jrnl's plain-text journal format and then has jrnl itself encrypt
the file (`jrnl --encrypt`), so the result is jrnl's real v3 encrypted journal
(PBKDF2-HMAC-SHA256, 100,000 iterations, random 16-byte salt, Fernet). Everything runs
non-interactively: each jrnl process gets its own session (no controlling terminal),
so getpass falls back to reading the password from stdin; no keyring is used, and
HOME / XDG_* point into the work directory.

Standalone: `.venv/bin/python bench/peer_jrnl.py [--entries N] [--repeat R]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench.corpus` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import UNIQUE_WORD, Dream, make_dreams, rare_word_count, rare_word_dreams

REPO = Path(__file__).resolve().parent.parent
JRNL_VENV = REPO / ".venv-jrnl"
JRNL_SPEC = "jrnl==4.6.*"
JRNL_DEFAULT_TIMEFORMAT = "%F %r"  # what jrnl's own installer writes to a new config
ENCRYPTED_MAGIC = b"JRNLv3"
_ENTRY_HEADER = re.compile(r"^(?:\x1b\[[0-9;]*m)*\d{4}-\d\d-\d\d ", re.MULTILINE)
_FOUND = re.compile(r"(\d+) entr(?:y|ies) found")


def _base_python() -> str:
    candidate = Path(sys.base_prefix) / "bin" / "python3"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("python3")
    if found is None:
        raise RuntimeError("no python3 found to create the jrnl venv")
    return found


def _installed_version(venv: Path) -> str | None:
    for info in sorted(venv.glob("lib/python*/site-packages/jrnl-4.6*.dist-info")):
        return info.name.removeprefix("jrnl-").removesuffix(".dist-info")
    return None


def jrnl_version(venv: Path = JRNL_VENV) -> str:
    """Version of jrnl installed in `venv` (e.g. "4.6")."""
    version = _installed_version(venv)
    if version is None:
        raise RuntimeError(f"jrnl 4.6 is not installed in {venv}")
    return version


def ensure_jrnl(venv: Path = JRNL_VENV) -> Path:
    """Create `venv` with the newest jrnl 4.6.x (once) and return its `jrnl` executable."""
    exe = venv / "bin" / "jrnl"
    if exe.exists() and _installed_version(venv):
        return exe
    if not (venv / "bin" / "python").exists():
        subprocess.run([_base_python(), "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", JRNL_SPEC],
        check=True,
    )  # fmt: skip
    if not exe.exists():
        raise RuntimeError(f"pip installed {JRNL_SPEC} but {exe} is missing")
    return exe


def _yaml_str(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar


def _config_yaml(journal: Path, *, encrypt: bool, timeformat: str, version: str) -> str:
    # Every key of jrnl's get_default_config(), so jrnl never rewrites the file.
    return "\n".join(
        [
            "colors:",
            "  body: none",
            "  date: none",
            "  tags: none",
            "  title: none",
            "default_hour: 9",
            "default_minute: 0",
            "editor: ''",
            f"encrypt: {'true' if encrypt else 'false'}",
            "highlight: true",
            "indent_character: '|'",
            "journals:",
            "  default:",
            f"    journal: {_yaml_str(str(journal))}",
            "linewrap: 79",
            "tagsymbols: '#@'",
            "template: false",
            f"timeformat: {_yaml_str(timeformat)}",
            f"version: {_yaml_str(version)}",
            "",
        ]
    )


def jrnl_text(
    dreams: Sequence[Dream], timeformat: str = JRNL_DEFAULT_TIMEFORMAT, *, tags: bool = True
) -> str:
    """Dreams in jrnl's plain-text journal format, oldest first.

    Dreams on the same day get times 06:00, 06:07, 06:14, ... so each has its own stamp.
    With `tags`, a last line carries tags as `#tag`, emotions as `@emotion` (jrnl's tag
    symbols are `#@`), `#nightmare` and `#lucidN`. Note: jrnl's add and JSON export count
    tags in O(T^2) for T tag occurrences, which dominates their time on a large journal.
    """
    parts: list[str] = []
    day: dt.date | None = None
    k = 0
    for d in sorted(dreams, key=lambda d: d.date):
        k = k + 1 if d.date == day else 0
        day = d.date
        stamp = dt.datetime.combine(d.date, dt.time(6)) + dt.timedelta(minutes=7 * k)
        labels = [f"#{t}" for t in d.tags] + [f"@{e}" for e in d.emotions]
        if d.nightmare:
            labels.append("#nightmare")
        if d.lucidity:
            labels.append(f"#lucid{d.lucidity}")
        tail = f"{' '.join(labels)}\n" if tags and labels else ""
        parts.append(f"[{stamp.strftime(timeformat)}] {d.title}\n{d.body}\n{tail}")
    return "\n".join(parts)


def count_entries(output: str) -> int:
    """Number of entries in jrnl's default (pretty) display output."""
    return len(_ENTRY_HEADER.findall(output))


@dataclass
class JrnlJournal:
    """An encrypted jrnl journal living in `workdir`, driven through the jrnl CLI."""

    workdir: Path
    password: str
    exe: Path

    @property
    def config_path(self) -> Path:
        return self.workdir / "config" / "jrnl" / "jrnl.yaml"

    @property
    def journal_path(self) -> Path:
        return self.workdir / "data" / "jrnl" / "journal.txt"

    @property
    def env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.workdir),
            "XDG_CONFIG_HOME": str(self.workdir / "config"),
            "XDG_DATA_HOME": str(self.workdir / "data"),
            "XDG_CACHE_HOME": str(self.workdir / "cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "PYTHONIOENCODING": "utf-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "dumb",
            "COLUMNS": "100",
        }

    @classmethod
    def create(
        cls,
        workdir: Path,
        dreams: Sequence[Dream],
        password: str,
        *,
        exe: Path | None = None,
        timeformat: str = JRNL_DEFAULT_TIMEFORMAT,
        tags: bool = True,
    ) -> JrnlJournal:
        """Build an encrypted journal holding `dreams` in `workdir`.

        Writes a plain config and journal, then runs `jrnl --encrypt` (password typed
        twice, "n" to the keychain question), which re-writes the journal encrypted and
        sets `encrypt: true` in the config. Raises if the result is not encrypted.
        """
        exe = exe or ensure_jrnl()
        journal = cls(workdir=workdir, password=password, exe=exe)
        journal.config_path.parent.mkdir(parents=True, exist_ok=True)
        journal.journal_path.parent.mkdir(parents=True, exist_ok=True)
        version = jrnl_version(exe.parent.parent)
        journal.config_path.write_text(
            _config_yaml(journal.journal_path, encrypt=False, timeformat=timeformat,
                         version=version),
            encoding="utf-8",
        )  # fmt: skip
        text = jrnl_text(dreams, timeformat, tags=tags)
        journal.journal_path.write_text(text, encoding="utf-8")
        journal.run(["--encrypt"], stdin=f"{password}\n{password}\nn\n", check=True)
        if not journal.is_encrypted():
            raise RuntimeError(f"jrnl --encrypt did not encrypt {journal.journal_path}")
        if "encrypt: true" not in journal.config_path.read_text(encoding="utf-8"):
            raise RuntimeError("jrnl --encrypt did not set encrypt: true in its config")
        return journal

    def run(
        self, args: list[str], stdin: str | None = None, *, check: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """Run jrnl with `args`; stdin defaults to the password line.

        `start_new_session` detaches jrnl from any terminal, so getpass reads stdin.
        """
        proc = subprocess.run(
            [str(self.exe), *args],
            input=f"{self.password}\n" if stdin is None else stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.workdir,
            start_new_session=True,
            timeout=600,
        )
        if check and proc.returncode != 0:
            raise RuntimeError(
                f"jrnl {args} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
            )
        return proc

    # The three measured commands.
    def list_newest(self, n: int = 5) -> subprocess.CompletedProcess[str]:
        return self.run(["-n", str(n)], check=True)

    def search(self, word: str) -> subprocess.CompletedProcess[str]:
        return self.run(["-contains", word], check=True)

    def add(self, text: str) -> subprocess.CompletedProcess[str]:
        return self.run([text], check=True)

    # Checks.
    def titles(self, *args: str) -> list[str]:
        """Entry header lines ("<date> <title>"), oldest first, as shown by
        `jrnl --format short [args]`; cross-checked with jrnl's "N entries found"."""
        proc = self.run(["--format", "short", *args], check=True)
        lines = [line for line in proc.stdout.splitlines() if line.strip()]
        found = _FOUND.search(proc.stderr)
        assert found is None or int(found.group(1)) == len(lines), (found, len(lines))
        return lines

    def is_encrypted(self, probe: str | None = None) -> bool:
        """True if the journal file is jrnl's encrypted format and `probe` is absent."""
        raw = self.journal_path.read_bytes()
        if not raw.startswith(ENCRYPTED_MAGIC):
            return False
        return probe is None or probe.encode() not in raw


def verify(journal: JrnlJournal, dreams: Sequence[Dream], word: str, hits: int) -> None:
    """Check that the journal is encrypted and that the three commands do what they
    should; adds one entry. Raises AssertionError on the first failure."""
    newest = sorted(dreams, key=lambda d: d.date)[-5:]
    for probe in (dreams[0].title, newest[-1].body[:40], word):
        assert journal.is_encrypted(probe), f"plaintext {probe!r} found in journal file"
    wrong = journal.run(["-n", "1"], stdin="wrong\nwrong\nwrong\n")
    assert wrong.returncode != 0 and not count_entries(wrong.stdout), "wrong password opened"

    before = journal.titles()
    assert len(before) == len(dreams), (len(before), len(dreams))

    listed = journal.list_newest(5).stdout
    assert count_entries(listed) == 5, listed
    assert all(d.title in listed for d in newest), "-n 5 did not show the newest dreams"

    found = journal.search(word)
    assert count_entries(found.stdout) == hits, (count_entries(found.stdout), hits)
    assert f"{hits} entries found" in found.stderr, found.stderr

    journal.add("Verification dream. I was checking that jrnl writes #verify")
    after = journal.titles()
    assert len(after) == len(before) + 1, (len(after), len(before))
    assert after[-1].endswith(" Verification dream."), after[-1]
    assert journal.is_encrypted("Verification dream")


def _median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeformat", default=JRNL_DEFAULT_TIMEFORMAT)
    parser.add_argument("--no-tags", action="store_true", help="write no #tags / @emotions")
    opts = parser.parse_args(argv)

    t0 = time.perf_counter()
    exe = ensure_jrnl()
    print(f"jrnl {jrnl_version()} at {exe}: ready in {time.perf_counter() - t0:.2f} s")

    t0 = time.perf_counter()
    dreams = rare_word_dreams(make_dreams(opts.entries))
    hits = rare_word_count(opts.entries)
    print(f"corpus: {len(dreams)} dreams in {time.perf_counter() - t0:.2f} s")

    with tempfile.TemporaryDirectory(prefix="peer-jrnl-") as tmp:
        t0 = time.perf_counter()
        journal = JrnlJournal.create(
            Path(tmp),
            dreams,
            "correct horse battery",
            exe=exe,
            timeformat=opts.timeformat,
            tags=not opts.no_tags,
        )
        size = journal.journal_path.stat().st_size
        print(f"encrypted journal: {size / 1e6:.1f} MB in {time.perf_counter() - t0:.2f} s")

        t0 = time.perf_counter()
        verify(journal, dreams, UNIQUE_WORD, hits)
        print(f"verified in {time.perf_counter() - t0:.2f} s")

        count = len(journal.titles())
        results = {
            "-n 5": _median_time(lambda: journal.list_newest(5), opts.repeat),
            f"-contains {UNIQUE_WORD} ({hits} hits)": _median_time(
                lambda: journal.search(UNIQUE_WORD), opts.repeat
            ),
            "add": _median_time(
                lambda: journal.add("Benchmark dream. I was timing jrnl again"), opts.repeat
            ),
        }
        added = len(journal.titles()) - count
        assert added == opts.repeat, f"add added {added} entries, expected {opts.repeat}"
        tagged = "no tags" if opts.no_tags else "tags"
        print(f"median wall time of {opts.repeat} runs, {count} entries ({tagged}):")
        for name, seconds in results.items():
            print(f"  jrnl {name:<32} {seconds * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
