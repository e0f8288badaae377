"""The interactions bench/app.py times in Chromium, each from the click to the new content painted.

The clock runs in the page: a capturing listener notes `performance.now()` at the `click` (or
the Enter `keydown`) that starts an interaction; a predicate polled every animation frame
(`wait_for_function(polling="raf")`) notices the first frame in which the new content is in
the DOM, then waits two more `requestAnimationFrame`s (the frame holding it has been painted)
and notes the end. No sleeps, and Playwright's own round trips are not in the figure.

Every condition names content only the new view has (a card of the expected page, the
heading of the page switched to, the "Saved" message with this save's title), so content
left over from the previous view never counts as painted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Installed in every page of a context: arms the clock on the first click / Enter after a reset.
CLOCK_JS = """
(() => {
  const start = () => { if (window.__benchT0 === null) window.__benchT0 = performance.now(); };
  window.__benchT0 = undefined;
  document.addEventListener('click', start, true);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') start(); }, true);
})();
"""
RESET_JS = "() => { window.__benchT0 = null; window.__benchT1 = null; window.__benchSeen = false; }"
CARD = "[class*='st-key-card_']"
MAIN = "[data-testid='stMain']"


def _when(condition: str) -> str:
    """A raf-polled predicate: once `condition(arg)` holds, two frames later it returns ms."""
    return f"""(arg) => {{
  if (window.__benchT1) return window.__benchT1 - window.__benchT0;
  if (!window.__benchSeen && ({condition})(arg)) {{
    window.__benchSeen = true;
    requestAnimationFrame(() => requestAnimationFrame(() => {{
      window.__benchT1 = performance.now();
    }}));
  }}
  return false;
}}"""


def text_in(selector: str) -> str:
    """JS condition: some element matching `selector` contains the text `arg`."""
    return (
        f"(arg) => [...document.querySelectorAll({json.dumps(selector)})]"
        ".some((e) => e.textContent.includes(arg))"
    )


FIRST_CARD_IS_NOT = (  # cards are keyed by their place on the page: compare their text
    f"(arg) => {{ const c = document.querySelector({json.dumps(CARD)}); "
    "return c !== null && c.textContent !== arg; }"
)
ANY_CARD = f"() => document.querySelector({json.dumps(CARD)}) !== null"
HEADING = text_in(f"{MAIN} h1")


class RunWatcher:
    """Whether the app's script is running, from the messages on the page's WebSocket.

    Streamlit sends `new_session` when a run starts and `script_finished` when it ends (or
    stops early for a rerun that follows). Between two timed interactions the bench waits
    until the run the last one started has ended, so each starts from an idle app.
    """

    def __init__(self, page: Any) -> None:
        self.running = False
        self.socket: Any = None
        page.on("websocket", self._attach)

    def _attach(self, socket: Any) -> None:
        if "_stcore/stream" in socket.url:
            self.socket = socket
            socket.on("framereceived", self._frame)

    def _frame(self, payload: Any) -> bool:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if not isinstance(payload, bytes):
            return False
        msg = ForwardMsg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 - not a ForwardMsg: not ours to judge
            return False
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self.running = True
        elif kind == "session_status_changed":
            self.running = msg.session_status_changed.script_is_running
        elif (
            kind == "script_finished" and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
        ):
            self.running = False
        return not self.running

    def settle(self) -> None:
        """Return once no script run is going on."""
        while self.running and self.socket is not None:
            self.socket.wait_for_event("framereceived", predicate=self._frame, timeout=60_000)


WATCHERS: dict[int, RunWatcher] = {}


# The server's CPU seconds so far (set by bench/app.py): what a click costs the server, which
# a busy machine changes far less than the wall time.
server_cpu: Callable[[], float] | None = None
_last_cpu: list[float | None] = [None]
_last_browser: list[float | None] = [None]
CDP: dict[int, Any] = {}  # page -> its DevTools session (Performance domain enabled)


def browser_busy(page: Any) -> float | None:
    """Seconds the page's main thread has been busy (DevTools `TaskDuration`)."""
    session = CDP.get(id(page))
    if session is None:
        return None
    metrics = session.send("Performance.getMetrics")["metrics"]
    return next((m["value"] for m in metrics if m["name"] == "TaskDuration"), None)


def timed(page: Any, action: Callable[[], None], condition: str, arg: Any = None) -> float:
    """Seconds from the click/Enter in `action` to `condition(arg)` painted.

    Starts once the previous run has ended; returns once this one has (untimed), noting the
    server CPU spent from the click to the end of its run for `Samples.add`.
    """
    watcher = WATCHERS.get(id(page))
    if watcher is not None:
        watcher.settle()
    page.evaluate(RESET_JS)
    cpu = server_cpu() if server_cpu else None
    busy = browser_busy(page)
    action()
    handle = page.wait_for_function(_when(condition), arg=arg, polling="raf")
    seconds = float(handle.json_value()) / 1000
    busy_after = browser_busy(page)
    _last_browser[0] = None if busy is None or busy_after is None else busy_after - busy
    if watcher is not None:
        watcher.settle()
    _last_cpu[0] = None if cpu is None or server_cpu is None else server_cpu() - cpu
    return seconds


@dataclass
class Samples:
    """Seconds per interaction name, in the order measured."""

    by_name: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)  # server CPU seconds, same keys
    browser: dict[str, list[float]] = field(default_factory=dict)  # page main thread busy

    def add(self, name: str, seconds: float) -> None:
        self.by_name.setdefault(name, []).append(seconds)
        if _last_cpu[0] is not None:
            self.cpu.setdefault(name, []).append(_last_cpu[0])
        if _last_browser[0] is not None:
            self.browser.setdefault(name, []).append(_last_browser[0])


def new_page(browser: Any) -> tuple[Any, Any]:
    """A fresh context (a new Streamlit session) with the clock installed."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(CLOCK_JS)
    page = context.new_page()
    WATCHERS[id(page)] = RunWatcher(page)
    CDP[id(page)] = context.new_cdp_session(page)
    CDP[id(page)].send("Performance.enable")
    return context, page


def unlock(page: Any, url: str, passphrase: str, out: Samples, name: str, painted: str) -> None:
    """Home page -> type the passphrase -> Unlock -> the Journal's first content painted."""
    page.goto(url)
    field_ = page.get_by_label("Passphrase", exact=True)
    field_.wait_for()
    field_.fill(passphrase)
    button = page.get_by_role("button", name="Unlock")
    out.add(name, timed(page, button.click, painted, "No dreams yet"))


def first_card_text(page: Any) -> str:
    return str(page.evaluate(f"document.querySelector({json.dumps(CARD)}).textContent"))


def next_pages(page: Any, times: int, out: Samples) -> None:
    """The pager's "Next page", `times` times: a new first card painted."""
    for _ in range(times):
        before = first_card_text(page)
        button = page.get_by_role("button", name="Next page")
        out.add("next page", timed(page, button.click, FIRST_CARD_IS_NOT, before))


FIRST_CARD_IS = (
    f"(arg) => {{ const c = document.querySelector({json.dumps(CARD)}); "
    "return c !== null && c.textContent.includes(arg.title) && c.textContent.includes(arg.body) && "
    f"({text_in(MAIN + ' [data-testid=stCaptionContainer]')})(arg.caption); }}"
)


def searches(page: Any, hits: dict[str, tuple[str, str]], out: Samples) -> None:
    """Type a word, press Enter: "found" and the first hit on top; then clear (not timed).

    `hits`: word -> (title, start of the text) of the dream expected on top.
    """
    box = page.get_by_placeholder("Search words in your dreams")
    for word, (title, body) in hits.items():
        box.fill(word)
        arg = {"title": title, "body": body, "caption": "found · page 1 of"}
        out.add("search", timed(page, lambda: box.press("Enter"), FIRST_CARD_IS, arg))
        box.fill("")
        timed(page, lambda: box.press("Enter"), text_in(MAIN), "newest first")


INSIGHTS = (
    f"() => ({text_in(MAIN + ' h3')})('Dream signs') || "
    f"({text_in(MAIN + ' [data-testid=stAlert]')})('No dreams in this period')"
)
EMPTY_JOURNAL = text_in(f"{MAIN} [data-testid='stAlert']")
# The sidebar's menu in the order the bench goes round it; (condition, argument) per page:
# content of that page only, drawn last or after its expensive part.
CYCLE = ("Write", "Insights", "Home", "Journal")
PAINTED: dict[str, tuple[str, str]] = {
    "Write": (text_in(f"{MAIN} button"), "Save dream"),
    "Insights": (INSIGHTS, ""),
    "Home": (text_in(f"{MAIN} h3"), "is open"),
    "Journal": (ANY_CARD, ""),
}


def switch_pages(
    page: Any, rounds: int, out: Samples, here: str, journal_empty: bool = False
) -> None:
    """Go round the sidebar's pages `rounds` times, starting from `here`."""
    sidebar = page.get_by_test_id("stSidebar")
    start = CYCLE.index(here)
    for step in range(1, rounds * len(CYCLE) + 1):
        target = CYCLE[(start + step) % len(CYCLE)]
        condition, arg = PAINTED[target]
        if target == "Journal" and journal_empty:
            condition, arg = EMPTY_JOURNAL, "No dreams yet"
        link = sidebar.get_by_role("link", name=target, exact=True)
        out.add(f"{here} -> {target}", timed(page, link.click, condition, arg))
        here = target


def saves(page: Any, times: int, out: Samples, first: int) -> None:
    """On the Write page: title and text typed, Save: "Saved: <title>" painted."""
    sidebar = page.get_by_test_id("stSidebar")
    condition, arg = PAINTED["Write"]
    timed(page, sidebar.get_by_role("link", name="Write", exact=True).click, condition, arg)
    for i in range(first, first + times):
        title = f"Bench dream {i}"
        page.get_by_label("Title", exact=True).fill(title)
        page.get_by_label("What do you remember?", exact=True).fill(f"I walked by the sea {i}.")
        # The live-draft watcher reports typing 1.5 s after the last key; let its rerun end so
        # it is not inside the figure (wait on its caption, not on a clock).
        page.wait_for_function(text_in(MAIN), arg="Draft kept safe", polling="raf")
        save = page.get_by_role("button", name="Save dream")
        out.add("save a dream", timed(page, save.click, text_in(MAIN), f"Saved: {title}"))


def floor(page: Any, url: str, times: int, out: Samples) -> None:
    """The minimal app: the button's rerun, then page two and back, `times` times each."""
    page.goto(url)
    page.wait_for_function(HEADING, arg="Floor one", polling="raf")
    sidebar = page.get_by_test_id("stSidebar")
    for i in range(1, times + 1):
        button = page.get_by_role("button", name="Again")
        out.add("rerun", timed(page, button.click, text_in(MAIN), f"runs {i}"))
        out.add(
            "switch",
            timed(page, sidebar.get_by_role("link", name="Two").click, HEADING, "Floor two"),
        )
        out.add(
            "switch",
            timed(page, sidebar.get_by_role("link", name="One").click, HEADING, "Floor one"),
        )
