"""Showing people's own text safely inside Markdown (titles, tags, vault names).

Dream text is never HTML. Where it sits inside Markdown (a bold title, a notice) every ASCII
punctuation character is backslash-escaped, so no Markdown, HTML, LaTeX or Streamlit directive
in it takes effect; a word joiner (U+2060, invisible) between ':', '.' or '@' and the character
after it stops the two rewrites Streamlit applies after parsing (URL/e-mail autolinks and
``:material/...:`` icons). Both need a character right after the mark, so a sentence's end or a
mark before a space gets no joiner: text copied from the page stays as the person wrote it.
Longer text (a dream's body) is shown with ``st.text``, which parses nothing.
"""

from __future__ import annotations

import string

WORD_JOINER = "\u2060"
_BREAK_AFTER = frozenset(":.@")
_ESCAPE = frozenset(string.punctuation)


def md_escape(text: str) -> str:
    """`text` on one line, safe to embed in Markdown: shown literally, nothing interpreted."""
    flat = " ".join(text.split())
    out: list[str] = []
    for i, ch in enumerate(flat):
        out.append("\\" + ch if ch in _ESCAPE else ch)
        if ch in _BREAK_AFTER and i + 1 < len(flat) and flat[i + 1] != " ":
            out.append(WORD_JOINER)
    return "".join(out)


def snippet(text: str, limit: int = 220) -> str:
    """The start of `text` on one line, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"
