"""Benchmark: from submitting the passphrase to the Journal page painted, in real Chromium.

Builds a 10,000-dream vault (bench/corpus.py, cached in bench/.work/), starts `streamlit run`
on a free loopback port, and for each run opens a fresh browser session, types the
passphrase, clicks Unlock and waits until the Journal page shows its first cards. The same
is measured for an empty vault in the same run (the cost of the app and the KDF alone), and
the unlock itself in-process (Argon2id + decrypting the 10,000 rows) for comparison.
Also: DOM size of the painted page, next page, and a search, all in the browser.

Run: `.venv/bin/python bench/app.py [--dreams 10000] [--repeat 5]` (about a minute).
Target: unlock -> Journal painted <= 1.5 s with 10,000 dreams; the DOM stays small.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `dreamjournal` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import make_dreams
from bench.journal import fill
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.browser_support import CHROMIUM, chromium, free_port, serving

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / ".work" / "app"
PASSPHRASE = "bench passphrase for dreams"
CARD = "[class*='st-key-card_']"
TARGET_S = 1.5


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


@contextmanager
def streamlit_server(data_dir: Path) -> Iterator[str]:
    """The app as `dreamjournal app` runs it, on a free 127.0.0.1 port, stopped on exit."""
    port = free_port()
    env = {**os.environ, "DREAMJOURNAL_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "dreamjournal.ui.launch", "app", "127.0.0.1", str(port)]
    with serving(cmd, cwd=REPO, env=env, port=port) as url:
        yield url


def one_run(browser: Any, url: str, expect_cards: bool) -> dict[str, float]:
    """A fresh session: unlock -> painted (s), DOM elements, cards, next page (s), search (s)."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(url)
    field = page.get_by_label("Passphrase", exact=True)
    field.wait_for()
    field.fill(PASSPHRASE)
    painted = page.locator(CARD).first if expect_cards else page.get_by_text("No dreams yet")
    t = time.perf_counter()
    page.get_by_role("button", name="Unlock").click()
    painted.wait_for()
    out = {"unlock": time.perf_counter() - t}
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # let the run finish before counting
    out["dom"] = page.evaluate("document.getElementsByTagName('*').length")
    out["cards"] = page.locator(CARD).count()
    if expect_cards:
        first = page.locator(CARD).first.get_attribute("class") or ""
        t = time.perf_counter()
        page.get_by_role("button", name="Next page").click()
        expect(page.locator(CARD).first).not_to_have_attribute("class", first)
        out["next"] = time.perf_counter() - t
        search = page.get_by_placeholder("Search words in your dreams")
        search.fill("lighthouse")
        t = time.perf_counter()
        search.press("Enter")
        expect(page.get_by_text("found · page 1 of")).to_be_visible()
        out["search"] = time.perf_counter() - t
    context.close()
    return out


def browser_runs(url: str, repeat: int, expect_cards: bool) -> dict[str, list[float]]:
    """`repeat` fresh sessions; every measure as a list."""
    with chromium(timeout_ms=30_000) as browser:
        runs = [one_run(browser, url, expect_cards) for _ in range(repeat)]
    return {
        key: [r[key] for r in runs if key in r]
        for key in ("unlock", "dom", "cards", "next", "search")
    }


def in_process_unlock(path: Path, repeat: int) -> dict[str, float]:
    """Median seconds for the KDF + key unwrap, and for decrypting every row into the index."""
    kdf, index = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        journal = Journal.unlock(path, PASSPHRASE)
        kdf.append(time.perf_counter() - t)
        t = time.perf_counter()
        journal.list(20)
        index.append(time.perf_counter() - t)
        journal.lock()
    return {"kdf": statistics.median(kdf), "index": statistics.median(index)}


def _fmt(values: list[float], unit: str = "s") -> str:
    if not values:
        return "-"
    med = statistics.median(values)
    if unit == "s":
        return f"{med:6.3f} s  (min {min(values):.3f}, max {max(values):.3f})"
    return f"{med:,.0f}"


def main(argv: list[str] | None = None) -> None:
    """Build, measure, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dreams", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    big_dir, empty_dir = WORK / f"dreams-{args.dreams}", WORK / "empty"
    big = build_vault(big_dir, args.dreams)
    build_vault(empty_dir, 0)
    results = {}
    for label, data_dir, cards in (
        (f"{args.dreams:,} dreams", big_dir, True),
        ("empty", empty_dir, False),
    ):
        with streamlit_server(data_dir) as url:
            browser_runs(url, 1, cards)  # warm-up: imports, first script compile
            results[label] = browser_runs(url, args.repeat, cards)
    inproc = in_process_unlock(big, args.repeat)

    big_label = f"{args.dreams:,} dreams"
    print()
    print(f"Dream Journal app in Chromium ({args.repeat} runs each, median; warm server)")
    print("-" * 78)
    print(f"{'measure':<44} {'value':>33}")
    print("-" * 78)
    rows = [
        (f"unlock -> Journal painted, {big_label}", _fmt(results[big_label]["unlock"])),
        ("unlock -> Journal painted, empty vault", _fmt(results["empty"]["unlock"])),
        ("  of which KDF + key unwrap (in-process)", f"{inproc['kdf']:6.3f} s"),
        (f"  of which decrypting {big_label} (in-process)", f"{inproc['index']:6.3f} s"),
        ("next page (20 cards)", _fmt(results[big_label]["next"])),
        ("search 'lighthouse' -> results painted", _fmt(results[big_label]["search"])),
        (f"DOM elements, Journal page, {big_label}", _fmt(results[big_label]["dom"], "n")),
        ("DOM elements, Journal page, empty vault", _fmt(results["empty"]["dom"], "n")),
        ("cards on the page", _fmt(results[big_label]["cards"], "n")),
    ]
    for name, value in rows:
        print(f"{name:<44} {value:>33}")
    print("-" * 78)
    median = statistics.median(results[big_label]["unlock"])
    verdict = "meets" if median <= TARGET_S else "MISSES"
    print(f"target: <= {TARGET_S} s with {big_label}: {verdict} ({median:.3f} s)")


if __name__ == "__main__":
    main()
