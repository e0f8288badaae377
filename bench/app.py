"""Benchmark: the app in real Chromium with 10,000 dreams, click to painted, five interactions.

Builds a 10,000-dream vault (bench/corpus.py, cached in bench/.work/; each run works on a fresh
copy, so saved dreams do not pile up), starts the app as `dreamjournal app` does on a free
loopback port, and drives fresh browser sessions through: unlock (Home -> Journal painted),
next page, search, switching pages through the sidebar, and saving a dream. Every figure is
from the click (or Enter) to the new content painted, measured in the page (bench/app_flows.py).

References measured in the same run: the same interactions on an empty vault, a minimal
Streamlit app's rerun and page switch (bench/app_floor.py, the framework's floor), and the
unlock in-process (Argon2id + key unwrap + integrity check, decrypting the 10,000 rows).

Run: `.venv/bin/python bench/app.py [--dreams 10000] [--sessions 3] [--per 3]` (a few minutes).
Target: a median of at most 0.5 s for each interaction with 10,000 dreams.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `dreamjournal` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import app_flows as flows
from bench.app_profile import bench_server, cpu_seconds, summarize
from bench.corpus import make_dreams
from bench.journal import fill
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.vault.header import open_header
from tests.browser_support import CHROMIUM, chromium, free_port

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / ".work" / "app"
FLOOR_APP = REPO / "bench" / "app_floor.py"
PROFILE = WORK / "py-spy.txt"
PASSPHRASE = "bench passphrase for dreams"
SEARCH_WORDS = ("lighthouse", "forest", "train", "teacher", "ocean", "mirror", "bridge", "wolf")
TARGET_S = 0.5
SERVE = "import sys; from pathlib import Path; from dreamjournal.ui.launch import serve; " + (
    "serve(Path(sys.argv[1]), '127.0.0.1', int(sys.argv[2]))"
)


def build_vault(data_dir: Path, n: int) -> Path:
    """A vault of `n` corpus dreams with the real (default) KDF; reused when it exists."""
    path = vault_path(data_dir, "journal")
    marker = data_dir / f".complete-{n}"
    if marker.exists() and path.exists():
        return path
    for old in path.parent.glob("journal.db*"):
        old.unlink()
    t = time.perf_counter()
    journal = Journal.create(path, PASSPHRASE)
    fill(journal, make_dreams(n))
    journal.lock()
    marker.touch()
    print(f"built a {n:,}-dream vault in {time.perf_counter() - t:.1f} s: {path}")
    return path


def fresh_copy(source_dir: Path, name: str) -> Path:
    """A copy of a built data dir for one run (the run saves dreams into it)."""
    target = WORK / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source_dir, target)
    return target


@contextmanager
def server(data_dir: Path, script: Path | None = None, py_spy: str | None = None) -> Iterator[str]:
    """The app (or `script`) as `dreamjournal app` serves it, on a free 127.0.0.1 port."""
    port = free_port()
    env = {**os.environ, "DREAMJOURNAL_DATA_DIR": str(data_dir)}
    if script is None:
        cmd = [sys.executable, "-m", "dreamjournal.ui.launch", "app", "127.0.0.1", str(port)]
    else:
        cmd = [sys.executable, "-c", SERVE, str(script), str(port)]
    log = WORK / f"server-{data_dir.name}.log"
    with bench_server(cmd, env, port, py_spy, PROFILE, log) as (url, pid):
        flows.server_cpu = lambda: cpu_seconds(pid)
        try:
            yield url
        finally:
            flows.server_cpu = None


def search_hits(path: Path) -> dict[str, tuple[str, str]]:
    """Search word -> (title, start of the text) of its first hit, where that is not the
    newest dream (which the list shows on top before the search)."""
    journal = Journal.unlock(path, PASSPHRASE)
    try:
        newest = journal.list(1)[0].id
        hits = {w: found[0] for w in SEARCH_WORDS if (found := journal.search(w))}
        return {
            w: (e.title, " ".join(e.body.split())[:40]) for w, e in hits.items() if e.id != newest
        }
    finally:
        journal.lock()


def app_sessions(
    url: str,
    sessions: int,
    per: int,
    hits: dict[str, tuple[str, str]] | None,
    out: flows.Samples,
) -> dict[str, int]:
    """Fresh browser sessions doing every interaction; returns DOM sizes seen."""
    words = dict(list((hits or {}).items())[:per])
    dom: dict[str, int] = {}
    with chromium(timeout_ms=60_000) as browser:
        for s in range(sessions):
            context, page = flows.new_page(browser)
            painted = flows.ANY_CARD if hits else flows.EMPTY_JOURNAL
            flows.unlock(page, url, PASSPHRASE, out, "unlock", painted)
            dom["Journal"] = page.evaluate("document.getElementsByTagName('*').length")
            if hits:
                flows.next_pages(page, per, out)
                flows.searches(page, words, out)
            if hits:  # the empty vault stays empty: its Journal is the reference
                flows.saves(page, per, out, first=s * per)
                dom["Write"] = page.evaluate("document.getElementsByTagName('*').length")
            here = "Write" if hits else "Journal"
            flows.switch_pages(page, max(1, per // 2), out, here, journal_empty=not hits)
            context.close()
    return dom


def floor_sessions(url: str, sessions: int, per: int, out: flows.Samples) -> None:
    """The minimal app: a button's rerun and a page switch, `per` each per session."""
    with chromium(timeout_ms=60_000) as browser:
        for _ in range(sessions):
            context, page = flows.new_page(browser)
            flows.floor(page, url, per, out)
            context.close()


def in_process_unlock(path: Path, repeat: int) -> dict[str, list[float]]:
    """Seconds for the KDF + unwrap alone, the whole `Journal.unlock`, and the first read."""
    out: dict[str, list[float]] = {"kdf": [], "unlock": [], "index": []}
    for _ in range(repeat):
        journal = Journal.unlock(path, PASSPHRASE)
        header = journal.header
        journal.lock()
        t = time.perf_counter()
        open_header(header, PASSPHRASE)
        out["kdf"].append(time.perf_counter() - t)
        t = time.perf_counter()
        journal = Journal.unlock(path, PASSPHRASE)
        out["unlock"].append(time.perf_counter() - t)
        t = time.perf_counter()
        len(journal)  # decrypts every row into the in-memory index
        out["index"].append(time.perf_counter() - t)
        journal.lock()
    return out


def p90(values: list[float]) -> float:
    """The 90th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def row(label: str, samples: flows.Samples, keys: tuple[str, ...], mark: bool = False) -> str:
    """One table line over `keys`: median, p90, n, server CPU median (and the verdict)."""
    values = [v for k in keys for v in samples.by_name.get(k, [])]
    cpu = [v for k in keys for v in samples.cpu.get(k, [])]
    busy = [v for k in keys for v in samples.browser.get(k, [])]
    if not values:
        return f"  {label:<40} {'-':>8}"
    med = statistics.median(values)
    verdict = ("ok" if med <= TARGET_S else "OVER") if mark else ""
    cpu_text = f"{statistics.median(cpu):8.3f}" if cpu else f"{'-':>8}"
    busy_text = f"{statistics.median(busy):8.3f}" if busy else f"{'-':>8}"
    return (
        f"  {label:<40} {med:8.3f} {p90(values):8.3f} {len(values):4d} {cpu_text} {busy_text}"
        f"  {verdict}"
    )


def seconds_row(label: str, values: list[float]) -> str:
    """A line for in-process figures (median, p90, n)."""
    med = statistics.median(values)
    return f"  {label:<40} {med:8.3f} {p90(values):8.3f} {len(values):4d}"


SWITCHES = ("Write -> Insights", "Insights -> Home", "Home -> Journal", "Journal -> Write")


def print_table(
    label: str,
    big: flows.Samples,
    empty: flows.Samples,
    floor: flows.Samples,
    inproc: dict[str, list[float]],
    dom: dict[str, int],
) -> None:
    """The figures: median, p90 and n of click -> painted; the server's CPU per click."""
    print()
    print(f"Dream Journal in Chromium, click -> painted (seconds; target median <= {TARGET_S} s)")
    head = f"  {'interaction':<40} {'median':>8} {'p90':>8} {'n':>4} {'srv CPU':>8} {'browser':>8}"
    print(f"{label}:")
    print(head)
    print(row("unlock -> Journal painted", big, ("unlock",), True))
    print(row("save a dream -> 'Saved' painted", big, ("save a dream",), True))
    print(row("search (Enter) -> first hit painted", big, ("search",), True))
    print(row("next page -> new cards painted", big, ("next page",), True))
    print(row("switch page (all four below)", big, SWITCHES, True))
    for name in SWITCHES:
        print(row(f"  {name}", big, (name,), True))
    print("reference, empty vault (same app, same run):")
    print(row("unlock -> Journal painted", empty, ("unlock",)))
    print(row("switch page (all four)", empty, SWITCHES))
    for name in SWITCHES:
        print(row(f"  {name}", empty, (name,)))
    print("reference, minimal Streamlit app (the framework's floor):")
    print(row("button -> rerun painted", floor, ("rerun",)))
    print(row("page switch -> other page painted", floor, ("switch",)))
    print(f"reference, in-process unlock of {label} (no browser, no Streamlit):")
    print(seconds_row("Argon2id KDF + key unwrap", inproc["kdf"]))
    print(seconds_row("Journal.unlock (KDF + integrity check)", inproc["unlock"]))
    print(seconds_row("decrypt every row into the index", inproc["index"]))
    print(
        f"DOM elements: Journal page {dom.get('Journal', 0):,}, Write page {dom.get('Write', 0):,}"
    )
    print("srv CPU: the server process's CPU seconds from the click to the end of its run;")
    print("browser: the page's main thread busy from the click to painted (DevTools TaskDuration)")


def main(argv: list[str] | None = None) -> None:
    """Build, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dreams", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=3, help="fresh browser sessions")
    parser.add_argument("--per", type=int, default=4, help="of each interaction per session")
    parser.add_argument("--py-spy", help="profile the 10,000-dream server with this py-spy")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    built_big = build_vault(WORK / f"dreams-{args.dreams}", args.dreams).parent.parent
    built_empty = build_vault(WORK / "empty", 0).parent.parent
    big_dir, empty_dir = fresh_copy(built_big, "run-big"), fresh_copy(built_empty, "run-empty")
    hits = search_hits(vault_path(big_dir, "journal"))
    if len(hits) < args.per:
        raise SystemExit(f"only {len(hits)} search words usable: {sorted(hits)}")
    big, empty, floor = flows.Samples(), flows.Samples(), flows.Samples()
    with server(big_dir, py_spy=args.py_spy) as url:
        app_sessions(url, 1, 1, hits, flows.Samples())  # warm-up: imports, first compile
        dom = app_sessions(url, args.sessions, args.per, hits, big)
    if args.py_spy:
        print(summarize(PROFILE))
    with server(empty_dir) as url:
        app_sessions(url, 1, 1, None, flows.Samples())
        app_sessions(url, args.sessions, args.per, None, empty)
    with server(empty_dir, FLOOR_APP) as url:
        floor_sessions(url, 1, 1, flows.Samples())
        floor_sessions(url, args.sessions, args.per, floor)
    inproc = in_process_unlock(vault_path(built_big, "journal"), max(3, args.sessions))
    print_table(f"{args.dreams:,} dreams", big, empty, floor, inproc, dom)
    one, five, _ = os.getloadavg()
    print(f"load average: {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
