"""Back to the top when the view changes (the next page of dreams, a dream opened or closed).

Streamlit keeps the scroll position across reruns, so after clicking "next page" at the bottom
of twenty dreams the person would stay at the bottom of the new twenty. A script-only
component (constant code, renders nothing, no text injected) scrolls the page up whenever the
`view` token it is given differs from the last one it saw.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

_JS = """
export default function (component) {
  const { data } = component;
  if (window.__dreamjournalView === data.view) return;
  const first = window.__dreamjournalView === undefined;
  window.__dreamjournalView = data.view;
  if (first) return;
  const toTop = () => {
    window.scrollTo({ top: 0 });
    for (const el of document.querySelectorAll(
      '[data-testid="stMain"], [data-testid="stAppViewContainer"], section.main'
    )) {
      el.scrollTop = 0;
    }
  };
  // Once now, and again while the new view is still being laid out (the old, longer page may
  // still stand when this runs and the browser keeps its place as it is replaced), unless the
  // person scrolls first.
  let moved = false;
  const stop = () => { moved = true; };
  for (const kind of ["wheel", "touchmove", "keydown"]) {
    window.addEventListener(kind, stop, { once: true, passive: true });
  }
  toTop();
  requestAnimationFrame(() => requestAnimationFrame(() => { if (!moved) toTop(); }));
  for (const ms of [150, 400, 900]) {
    setTimeout(() => { if (!moved) toTop(); }, ms);
  }
  setTimeout(() => {
    for (const kind of ["wheel", "touchmove", "keydown"]) window.removeEventListener(kind, stop);
  }, 1000);
}
"""
_scroller: Any = None


def top_on_change(view: str) -> None:
    """Scroll to the top of the page when `view` differs from the last one shown."""
    global _scroller
    if _scroller is None:
        _scroller = st.components.v2.component("dreamjournal_scroll_top", js=_JS)
    _scroller(key="scroll_top", data={"view": view})
