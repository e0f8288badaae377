"""Keeping the gettext catalogues: find the message ids the code uses, add and check keys.

    python -m dreamjournal.i18n_catalog add KEY "English" "Deutsch"
    python -m dreamjournal.i18n_catalog add KEY KEY_PLURAL "1 en" "n en" "1 de" "n de"
    python -m dreamjournal.i18n_catalog remove KEY...
    python -m dreamjournal.i18n_catalog import FILE.py   # a MESSAGES = {key: (en, de)} dict
    python -m dreamjournal.i18n_catalog check            # what tests/test_i18n_catalog.py checks

Message ids are found with Babel's extraction machinery (`babel.messages.extract`) and the
extraction method `extract_keys` below. Babel's own Python extractor joins the strings of
`t("a" if x else "b")` into one id; this one reads the syntax tree, so both branches count.
It yields:

- every string argument of a call to a translation function (`message`, `nmessage`, `t`,
  `_m`, `N_`, `_`, `ngettext`, `Text`) or of an error constructor (a `DreamJournalError` subclass);
- every other string constant that looks like a key (`nav.home`), for code that keeps keys in
  tables (the navigation table, badge maps), marked with the funcname ``None``;
- the constant start of an f-string key (`t(f"phase.{step.phase}")`) as ``prefix:phase.``, so
  the keys under it count as used;
- English prose passed as a part of a message (`who=`, `why=`, `hint=`, `what=`, or any
  parameter of an error constructor) as ``prose:...``: such a part stays English in a German
  message, so it must be an `i18n.Text` instead; and an error whose message is an English
  f-string (`InvalidInput(f"{x} is not a file.")`) rather than a catalogue key.
"""

from __future__ import annotations

import ast
import re
import string
import sys
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from dreamjournal.i18n import LANGUAGES, LOCALE_DIR

PACKAGE = Path(__file__).parent
TRANSLATORS = ("message", "nmessage", "t", "_m", "N_", "_", "ngettext", "Text")
KEY = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_-]+)+$")
PREFIX = "prefix:"
MENTION = "mention:"
PROSE = "prose:"
# Parameters that are parts of a message wherever they are passed (http.fetch, helpers).
MESSAGE_PARTS = ("who", "why", "hint", "what")
_WORDS = re.compile(r"[A-Za-z]+ [A-Za-z]+")
PLURAL_TRANSLATORS = ("nmessage", "ngettext")


def error_classes(root: Path = PACKAGE) -> set[str]:
    """Names of every `DreamJournalError` subclass defined under `root` (their constructors
    take a message id)."""
    bases: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases.setdefault(node.name, set()).update(names)
    found = {"DreamJournalError"}
    changed = True
    while changed:
        new = {name for name, parents in bases.items() if parents & found} - found
        found |= new
        changed = bool(new)
    return found


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _strings(node: ast.AST) -> Iterator[str]:
    """The string constants an argument can evaluate to (both branches of `a if x else b`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)


def _prose(node: ast.AST) -> str:
    """The words of a string constant or f-string that reads as English prose, else ''."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    else:
        return ""
    return text if _WORDS.search(text) else ""


def extract_keys(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """A Babel extraction method (see the module docstring)."""
    tree = ast.parse(fileobj.read())
    in_calls: set[int] = set()
    errors = {name for name in keywords if name[:1].isupper() and name != "N_"}
    for node in ast.walk(tree):
        name = _call_name(node) if isinstance(node, ast.Call) else ""
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in MESSAGE_PARTS or (name in errors and keyword.arg):
                    prose = _prose(keyword.value)
                    if prose:
                        yield node.lineno, None, PROSE + f"{keyword.arg}={prose}", []
        if isinstance(node, ast.Call) and name in errors and node.args:
            prose = _prose(node.args[0]) if isinstance(node.args[0], ast.JoinedStr) else ""
            if prose:  # an error's message built as an English f-string, not a catalogue key
                yield node.lineno, None, PROSE + f"message={prose}", []
        if isinstance(node, ast.Call) and name in keywords:
            ids = node.args[:2] if name in PLURAL_TRANSLATORS else node.args[:1]
            for arg in ids:
                in_calls |= {id(arg)} | {id(n) for n in ast.walk(arg)}
                for text in _strings(arg):
                    if text:
                        yield node.lineno, name, text, []
        if isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and re.match(r"^[a-z_]+\.[a-z_.]*$", first.value)
            ):
                yield node.lineno, None, PREFIX + first.value, []
    for node in ast.walk(tree):
        value = node.value if isinstance(node, ast.Constant) else None
        if isinstance(value, str) and id(node) not in in_calls and KEY.match(value):
            yield getattr(node, "lineno", 0), None, MENTION + value, []


@dataclass
class Usage:
    """Message ids in the code: `called` (passed to a translation function or an error, with
    where), `mentioned` (key-like constants) and f-string `prefixes`; `prose`: English text
    passed as a part of a message, with where."""

    called: dict[str, list[str]] = field(default_factory=dict)
    prose: dict[str, list[str]] = field(default_factory=dict)
    mentioned: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)

    def uses(self, key: str) -> bool:
        return (
            key in self.called
            or key in self.mentioned
            or any(key.startswith(p) for p in self.prefixes)
        )


def used_ids(root: Path = PACKAGE) -> Usage:
    """Every message id the code under `root` uses, found with Babel's extractor."""
    keywords: dict[str, Any] = {name: None for name in (*TRANSLATORS, *error_classes(root))}
    usage = Usage()
    found = extract_from_dir(
        root,
        # Babel documents a callable as an extraction method; its type hints only say str.
        method_map=[("**.py", extract_keys)],  # type: ignore[list-item]
        keywords=keywords,
        comment_tags=(),
    )
    for filename, lineno, text, _comments, _context in found:
        assert isinstance(text, str)
        if text.startswith(PROSE):
            usage.prose.setdefault(text.removeprefix(PROSE), []).append(f"{filename}:{lineno}")
        elif text.startswith(PREFIX):
            usage.prefixes.add(text.removeprefix(PREFIX))
        elif text.startswith(MENTION):
            usage.mentioned.add(text.removeprefix(MENTION))
        else:
            usage.called.setdefault(text, []).append(f"{filename}:{lineno}")
    return usage


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


def load(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang)


def save(catalog: Catalog, lang: str) -> None:
    with po_path(lang).open("wb") as f:
        write_po(f, catalog, width=100, sort_output=False)


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a str.format text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def add(key: str | tuple[str, str], texts: dict[str, str | tuple[str, str]]) -> None:
    """Add (or replace) `key` in every catalogue; `texts` maps a language to its text(s)."""
    for lang in LANGUAGES:
        catalog = load(lang)
        english = texts["en"]
        comments = [f"en: {english if isinstance(english, str) else english[1]}"]
        catalog.delete(key if isinstance(key, str) else key[0])  # add would keep the old text
        catalog.add(key, texts[lang], auto_comments=comments if lang != "en" else [])
        save(catalog, lang)


def remove(key: str) -> None:
    """Take `key` out of every catalogue."""
    for lang in LANGUAGES:
        catalog = load(lang)
        catalog.delete(key)
        save(catalog, lang)


def import_dict(path: Path) -> list[str]:
    """Move a `MESSAGES = {key: (en, de)}` dict (the format before the catalogue) into the
    catalogues; returns the keys added."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    added: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            table = ast.literal_eval(node.value)
            for key, pair in table.items():
                en, de = (pair["en"], pair["de"]) if isinstance(pair, dict) else pair
                add(key, {"en": en, "de": de})
                added.append(key)
    return added


def problems(root: Path = PACKAGE) -> list[str]:
    """Every way the catalogues and the code disagree (empty when all is well)."""
    out: list[str] = []
    catalogs = {lang: load(lang) for lang in LANGUAGES}
    ids: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, catalog in catalogs.items():
        for entry in catalog:
            if not entry.id:
                continue
            key = entry.id if isinstance(entry.id, str) else entry.id[0]
            forms = (entry.string,) if isinstance(entry.string, str) else tuple(entry.string or ())
            ids.setdefault(key, {})[lang] = forms
            if isinstance(entry.id, tuple):
                ids.setdefault(entry.id[1], {})[lang] = forms
    usage = used_ids(root)
    for key, where in sorted(usage.called.items()):
        if not KEY.match(key):
            out.append(f"{key[:60]!r} at {where[0]}: a text where a message id belongs")
        elif key not in ids:
            out.append(f"{key}: used at {where[0]} but in no catalogue")
    for text, where in sorted(usage.prose.items()):
        out.append(f"{text[:60]!r} at {where[0]}: English prose where an i18n.Text belongs")
    for key, texts in sorted(ids.items()):
        for lang in LANGUAGES:
            if not any(texts.get(lang, ())) or not all(texts.get(lang, ())):
                out.append(f"{key}: no {LANGUAGES[lang]} text")
        fields = {lang: set().union(*map(placeholders, texts.get(lang, ("",)))) for lang in texts}
        if len({frozenset(f) for f in fields.values()}) > 1:
            out.append(f"{key}: placeholders differ {fields}")
        if not usage.uses(key):
            out.append(f"{key}: in the catalogue but the code never uses it")
    return out


def main(argv: list[str]) -> int:
    command, *args = argv or ["check"]
    if command == "add" and len(args) == 3:
        add(args[0], {"en": args[1], "de": args[2]})
    elif command == "add" and len(args) == 6:
        add((args[0], args[1]), {"en": (args[2], args[3]), "de": (args[4], args[5])})
    elif command == "remove" and args:
        for key in args:
            remove(key)
    elif command == "import" and len(args) == 1:
        print("\n".join(import_dict(Path(args[0]))))
    elif command == "check":
        found = problems()
        print("\n".join(found) or "The catalogues and the code agree.")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
