"""Where the app's server spends its time during bench/app.py: py-spy's samples, summed.

`bench/app.py --py-spy PATH` runs the 10,000-dream server under `py-spy record --format raw`
(py-spy is a PyPI package: `pip install py-spy`, not a dependency of the project) and prints
the frames that hold the most samples, inclusive, grouped by thread. Samples only show
where the time goes: nothing is read from the process but its stacks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of process `pid` and its exited threads (10 ms steps)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _python_child(pid: int) -> int:
    """The process py-spy started (the server), or `pid` itself when it is the server."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = children.read_text().split() if children.exists() else []
    return int(found[0]) if found else pid


@contextmanager
def bench_server(
    cmd: list[str], env: dict[str, str], port: int, py_spy: str | None, out: Path, log: Path
) -> Iterator[tuple[str, int]]:
    """`cmd` (a Streamlit server on `port`), under py-spy if given; yields (URL, server pid).

    Runs in its own process group, stopped with SIGINT (Ctrl-C), on which Streamlit shuts
    down and py-spy writes its collapsed stacks to `out`.
    """
    spy = [py_spy, "record", "--format", "raw", "--rate", "200", "--threads", "-o", str(out)]
    log_file = log.open("w")
    proc = subprocess.Popen(  # noqa: S603 - our own command line
        [*spy, "--nonblocking", "--", *cmd] if py_spy else cmd,
        cwd=REPO,
        env=env,
        start_new_session=True,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/_stcore/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the profiled server did not start")
            time.sleep(0.1)
        yield url, _python_child(proc.pid) if py_spy else proc.pid
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log_file.close()


def _function(frame: str) -> str:
    """`name (path/file.py:123)` -> `name (path/file.py)`: a function's lines summed."""
    return frame.rsplit(":", 1)[0] + ")" if frame.endswith(")") and ":" in frame else frame


def summarize(path: Path, top: int = 30, prefixes: tuple[str, ...] = ("dreamjournal/",)) -> str:
    """The frames with the most samples (inclusive), by thread; ours first, then all."""
    per_thread: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        per_thread[frames[0]] += n
        seen: set[str] = set()
        for frame in (_function(f) for f in frames[1:]):
            if frame in seen:
                continue
            seen.add(frame)
            every[frame] += n
            if any(p in frame for p in prefixes):
                ours[frame] += n
    total = sum(per_thread.values()) or 1
    lines = [f"py-spy: {total:,} samples at 200 Hz"]
    lines += [f"  thread {name[:60]:<60} {n / total:6.1%}" for name, n in per_thread.most_common(6)]
    lines.append("our frames, inclusive:")
    lines += [f"  {n / total:6.1%}  {frame[:110]}" for frame, n in ours.most_common(top)]
    lines.append("all frames, inclusive:")
    lines += [f"  {n / total:6.1%}  {frame[:110]}" for frame, n in every.most_common(top)]
    return "\n".join(lines)
