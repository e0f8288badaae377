"""Autosave while typing: a script-only component that reports the Write form's text.

A Streamlit text area sends its text only when it loses focus, so a dream typed and then lost to
a reload or a crash before the person clicked elsewhere never reached the app. This component
listens for typing in the Write page's title and body fields (found by their labels) and, 1.5 s
after the last keystroke, sends their text back (text already in the fields when it mounts,
typed in the moment before it listened, is sent the same way); a fragment around it reruns alone
(the form is not redrawn, the cursor stays put) and seals the text as this session's draft. It
sends nothing for a page being left (a link pressed, or the address changed): a report that
reached the server after the next page's run had begun reran a fragment that page does not have,
and a browser test under load saw the next page stay blank (round 53; the server's log said
"Couldn't find fragment" with this watcher's id, as it did in every such failure looked at); nor
the mount's report of fields a save has emptied since. The component's code is constant: it
renders nothing and injects no text into the page. The text travels only to this app's own
server, like any widget value.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

DELAY_MS = 1500
_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  let timer = null;
  let typed = false;
  const page = window.location.pathname;
  const field = (tag, label) =>
    document.querySelector(`${tag}[aria-label="${CSS.escape(label)}"]`);
  const send = () => {
    timer = null;
    // Nothing is sent for a page being left: its fragment is gone on the next page.
    if (window.location.pathname !== page) return;
    const title = field("input", data.title);
    const body = field("textarea", data.body);
    if (!title || !body) return;
    // The mount's report of text that has gone since (the form emptied by a save) says nothing.
    if (!typed && !title.value && !body.value) return;
    setTriggerValue("typed", { title: title.value, body: body.value });
  };
  const onInput = (event) => {
    const label = event.target && event.target.getAttribute
      ? event.target.getAttribute("aria-label") : null;
    if (label !== data.title && label !== data.body) return;
    typed = true;
    clearTimeout(timer);
    timer = setTimeout(send, data.delay_ms);
  };
  // A link pressed (another page) drops a pending report: leaving the field sends its text with
  // the page change, and a report racing the change reruns a fragment that is gone.
  const onLeave = (event) => {
    const link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (link) {
      clearTimeout(timer);
      timer = null;
    }
  };
  document.addEventListener("input", onInput, true);
  document.addEventListener("pointerdown", onLeave, true);
  // The watcher mounts a moment after the form is drawn: text typed in that moment raised no
  // event it heard, so text already in the fields is reported once, after the same delay.
  const title = field("input", data.title);
  const body = field("textarea", data.body);
  if ((title && title.value) || (body && body.value)) timer = setTimeout(send, data.delay_ms);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("input", onInput, true);
    document.removeEventListener("pointerdown", onLeave, true);
  };
}
"""
_watcher: Any = None


def _component() -> Any:
    global _watcher
    if _watcher is None:
        _watcher = st.components.v2.component("dreamjournal_live_draft", js=_JS)
    return _watcher


def typed_text(title_label: str, body_label: str) -> tuple[str, str] | None:
    """Mount the watcher; (title, body) in the run it reported typing, else None.

    Call it inside an `st.fragment`: the report then reruns only that fragment.
    """
    result = _component()(
        key="w_live_draft",
        data={"title": title_label, "body": body_label, "delay_ms": DELAY_MS},
        on_typed_change=lambda: None,
    )
    typed = getattr(result, "typed", None)
    if not isinstance(typed, dict):
        return None
    return str(typed.get("title") or ""), str(typed.get("body") or "")
