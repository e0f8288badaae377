"""Where help is, shown calmly wherever crisis language was written (Write, Visualize, Share)."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

import streamlit as st

from dreamjournal.services import Entry, Journal
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape

if TYPE_CHECKING:
    from dreamjournal.therapy.safety import HelpResource


# A web address (with or without https://) or a phone number of three or more digits in a help
# line's description; the address is tried first, so "988lifeline.org" is a site, not a number.
_REACH = re.compile(
    r"(?P<url>(?:https?://)?(?:[a-z0-9-]+\.)+(?:org|com|net|de|uk|ie|at|ch)(?:/[^\s)]*)?)"
    r"|(?P<tel>(?<![\w.])\+?\d(?: ?\d){2,}(?!\w|\.\w))",
    re.IGNORECASE,
)


_PUNCTUATION = frozenset(string.punctuation)


def tel_link(phone: str) -> str:
    """The `tel:` address of a number as written ('0800 111 0 111' -> 'tel:08001110111')."""
    return "tel:" + ("+" if phone.strip().startswith("+") else "") + re.sub(r"\D", "", phone)


def site_link(url: str, known: tuple[str, ...] = ()) -> str:
    """An https address for a web address as written ('988lifeline.org' -> https://...): the
    help line's own address when it names the same site."""
    if re.match(r"https?://", url, re.IGNORECASE):
        return url
    for address in known:
        if _host(address) == _host(url):
            return address
    return "https://" + url


def _host(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url.lower()).split("/")[0]


def _link(label: str, target: str) -> str:
    """A Markdown link; the label (a number or an address of ours) has its punctuation escaped
    (no word joiners: inside a link nothing is autolinked, and a copied number stays clean)."""
    return "[" + "".join("\\" + c if c in _PUNCTUATION else c for c in label) + f"]({target})"


def linked(text: str, known: tuple[str, ...] = ()) -> str:
    """Our own Markdown `text` (the catalogue's) with every web address and phone number in it
    made a link (a phone number opens the phone app: `tel:`)."""

    def link(m: re.Match[str]) -> str:
        found = m.group()
        return _link(found, site_link(found, known) if m["url"] else tel_link(found))

    return _REACH.sub(link, text)


def reach_line(r: HelpResource, lang: str = "en") -> str:
    """'**Name** (country) [phone](tel:...) · [site](https://...)' for one help line."""
    from dreamjournal.therapy.safety import countries_of

    reach = []
    if r.phone:
        reach.append(_link(r.phone, tel_link(r.phone)))
    if r.url:
        reach.append(_link(_host(r.url), r.url))
    where = countries_of(r, lang)
    where = f" ({md_escape(where)})" if where else ""
    return f"**{md_escape(r.name)}**{where} " + " · ".join(reach)


def browser_locale() -> str | None:
    """The reader's browser locale ('en-GB'), which names their country; None if unknown."""
    try:
        return st.context.locale
    except (AttributeError, RuntimeError):  # no browser session (a bare script run)
        return None


def help_lines(text_language: str = "") -> None:
    """The support message, the emergency number and the help lines for where the reader is
    (the configured region, else their browser's locale, else the countries of their language
    and of the text's, `text_language`): every web address a link, every phone number a `tel:`
    link (a tap on a phone calls it)."""
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.safety import emergency_text, help_for, support_message

    lang = state.lang()
    resources = help_for(
        lang, get_settings().help_region, locale=browser_locale(), text_language=text_language
    )
    st.markdown(linked(support_message(lang)))
    emergency = emergency_text(resources, lang)
    if emergency:
        st.markdown(linked(emergency))
    for r in resources:
        st.markdown(f"- {reach_line(r, lang)}")
        st.caption(linked(r.describe(lang), (r.url,) if r.url else ()))


def _answer(journal: Journal, entry_id: str, was_nightmare: bool) -> None:
    from dreamjournal.errors import DreamJournalError
    from dreamjournal.services.entries import answer_nightmare_question

    try:
        answer_nightmare_question(journal, entry_id, was_nightmare=was_nightmare)
    except DreamJournalError as exc:
        st.session_state["care_error"] = state.error_text(exc)
        return
    state.bump_revision()


def nightmare_question(journal: Journal, entry: Entry, key: str) -> bool:
    """Ask gently, once, when a distressing dream was saved unmarked. True while it is open.

    Before anything rehearses a dream word for word (the guided script, a session), a dream
    that reads as a nightmare is offered Imagery Rehearsal instead: a changed version first.
    """
    from dreamjournal.services.entries import needs_nightmare_question

    if not needs_nightmare_question(entry):
        return False
    with st.container(border=True, key=key):
        st.markdown(f"#### {t('care.nightmare_q')}", anchors=False)
        st.caption(t("care.nightmare_help"))
        with st.container(horizontal=True):
            st.button(
                t("care.yes_nightmare"),
                type="primary",
                on_click=_answer,
                args=(journal, entry.id, True),
                key=f"{key}_yes",
            )
            st.button(
                t("care.not_nightmare"),
                on_click=_answer,
                args=(journal, entry.id, False),
                key=f"{key}_no",
            )
    return True


def care_box(key: str, text_language: str = "") -> None:
    """A bordered box with a calm title and the help lines (see `help_lines`)."""
    with st.container(border=True, key=key):
        st.markdown(f"#### {t('vis.crisis_title')}", anchors=False)
        help_lines(text_language)
