"""Every text people read, in English and German: gettext catalogues managed with Babel.

The catalogues are key-based: a msgid is a key such as ``nav.home``; the English catalogue holds
the English text, the German one the German text. They live in
``dreamjournal/locale/<lang>/LC_MESSAGES/messages.po`` (package data, read once per language
with ``babel.messages.pofile.read_po`` and cached, so an installed wheel needs no build step).

- ``message(key, lang, **values)`` - the text, ``{name}`` placeholders filled (str.format).
- ``nmessage(singular_key, plural_key, n, lang, **values)`` - ngettext-style plural forms;
  ``{n}`` is filled with ``n`` formatted for the locale.
- ``Text(key, **values)`` - a text chosen now and written later in the reader's language: a
  part of another message, such as an error's reason (``why``), the server it names (``who``)
  or what to do (``hint``). Errors and other Texts render it in their own language.
- ``format_number``, ``format_decimal``, ``format_date``, ``format_month``,
  ``format_datetime`` - Babel's number and date formatting in the person's locale.

Texts may use Markdown (they are our own). Values that carry people's text (titles, vault
names) are escaped by the caller before they are put into a Markdown string.

Adding a key (a new text)::

    python -m dreamjournal.i18n_catalog add page.key "English text" "Deutscher Text"
    python -m dreamjournal.i18n_catalog add count.thing count.things \\
        "{n} thing" "{n} things" "{n} Ding" "{n} Dinge"        # a plural entry

then use ``message("page.key", lang)`` in the code. ``python -m dreamjournal.i18n_catalog
import FILE.py`` moves a ``MESSAGES = {key: (en, de)}`` dict (the old format, e.g. from a branch
made before the catalogue) into both catalogues. ``tests/test_i18n_catalog.py`` fails when a
key used in the code lacks a translation, a catalogue holds a key nothing uses, or the
placeholders of the two languages differ.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal

from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.messages.pofile import read_po

LANGUAGES = {"en": "English", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"


class _Catalogue:
    """One language's texts: singular keys to a text, plural keys to their forms."""

    def __init__(self, lang: str) -> None:
        path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang, domain=DOMAIN)
        self.texts: dict[str, str] = {}
        self.plurals: dict[str, tuple[str, ...]] = {}
        for entry in catalog:
            if not entry.id:
                continue
            if isinstance(entry.id, tuple):
                forms = tuple(str(form) for form in (entry.string or ()))
                if all(forms):
                    self.plurals[entry.id[0]] = forms
            elif isinstance(entry.string, str) and entry.string:
                self.texts[str(entry.id)] = entry.string
        self.plural_index: Callable[[int], int] = gettext.c2py(catalog.plural_expr)


@cache
def catalogue(lang: str) -> _Catalogue:
    """The cached catalogue of `lang` (English for a language we do not have)."""
    return _Catalogue(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def language(lang: str | None) -> str:
    """`lang` reduced to one we have: 'de_DE.UTF-8' -> 'de'; anything else -> 'en'."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def has_message(key: str) -> bool:
    """Whether `key` is a catalogue key (singular or plural)."""
    english = catalogue(DEFAULT_LANGUAGE)
    return key in english.texts or key in english.plurals


def message(key: str, lang: str = "en", **values: Any) -> str:
    """The text for `key` in `lang` (English if `lang` or the key's translation is missing)."""
    text = catalogue(language(lang)).texts.get(key)
    if text is None:
        text = catalogue(DEFAULT_LANGUAGE).texts[key]
    return text.format(**values) if values else text


class Text:
    """A catalogue text chosen now, written in the reader's language later (`render(lang)`).

    Pass one as a value of another message (an error's `why`, `who`, `hint`) instead of English
    prose: `DreamJournalError.render` and `Text.render` write it in their own language.
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: Any) -> None:
        self.key = key
        self.values = values

    def render(self, lang: str = "en") -> str:
        """The text in `lang`, any Text among its values in the same language."""
        return message(self.key, lang, **rendered(self.values, lang))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Text({self.key!r}, **{self.values!r})"

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


def rendered(values: dict[str, Any], lang: str) -> dict[str, Any]:
    """`values` with every value that renders itself (a Text, an error) written in `lang`."""
    return {
        name: value.render(lang) if callable(getattr(value, "render", None)) else value
        for name, value in values.items()
    }


def nmessage(singular: str, plural: str, n: int, lang: str = "en", **values: Any) -> str:
    """The plural form of `singular`/`plural` that fits `n` in `lang`, `{n}` as a number."""
    lang = language(lang)
    cat = catalogue(lang)
    forms = cat.plurals.get(singular)
    if forms is None:
        cat = catalogue(DEFAULT_LANGUAGE)
        forms = cat.plurals[singular]
    index = min(cat.plural_index(n), len(forms) - 1)
    return forms[index].format(n=format_number(n, lang), **values)


def format_number(value: float, lang: str = "en") -> str:
    """A whole number with the locale's grouping: 12,345 / 12.345."""
    return babel_numbers.format_decimal(value, locale=language(lang))


def format_decimal(value: float, lang: str = "en", digits: int = 1, signed: bool = False) -> str:
    """A number with exactly `digits` decimals: 3.5 / 3,5 (`signed`: +0.4 / +0,4)."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    if signed:
        pattern = f"+{pattern};-{pattern}"
    return babel_numbers.format_decimal(value, format=pattern, locale=language(lang))


def format_percent(value: float, lang: str = "en") -> str:
    """A share (0..1) as a percentage: 42% / 42 %."""
    return babel_numbers.format_percent(value, locale=language(lang))


def format_date(value: dt.date, lang: str = "en", form: str = "medium") -> str:
    """A date: 'Nov 30, 2026' / '30.11.2026' (`form`: short, medium, long, full or a pattern)."""
    return babel_dates.format_date(value, format=form, locale=language(lang))


def format_month(value: dt.date, lang: str = "en", form: str = "MMMM yyyy") -> str:
    """A month: 'November 2026' / 'November 2026' (use 'MMM' for the short name alone)."""
    return babel_dates.format_date(value, format=form, locale=language(lang))


def month_name(
    month: int, lang: str = "en", width: Literal["abbreviated", "narrow", "wide"] = "wide"
) -> str:
    """The name of month 1..12: 'March' / 'März' (`width`: wide or abbreviated)."""
    return str(babel_dates.get_month_names(width, locale=language(lang))[month])


def format_datetime(value: dt.datetime, lang: str = "en", form: str = "medium") -> str:
    """A date and time in the locale's way of writing them."""
    return babel_dates.format_datetime(value, format=form, locale=language(lang))


def format_time(value: dt.time | dt.datetime, lang: str = "en", form: str = "short") -> str:
    """A time of day: '9:05 PM' / '21:05'."""
    return babel_dates.format_time(value, format=form, locale=language(lang))


def analysis_label(kind: str, name: str, lang: str = "en") -> str:
    """An analysis label in `lang`: `kind` is emotion, hvdc, sign, symbol, setting or
    character, `name` the analysis' own (English) name; a name the catalogue does not know (a
    character's given name) is returned as written."""
    key = f"label.{kind}." + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return message(key, lang) if has_message(key) else name


def texts_for(keys: list[str], lang: str) -> dict[str, str]:
    """`keys` in `lang` as a dict (for pages whose JavaScript shows them)."""
    return {key: message(key, lang) for key in keys}
