"""The app's pure helpers: Markdown escaping, passphrase hints, backups, the messages table."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dreamjournal.errors import ImportFormatError
from dreamjournal.i18n import message
from dreamjournal.services.backup import backup_bytes, restore_backup
from dreamjournal.store.journal import Journal
from dreamjournal.store.transfer import is_backup
from dreamjournal.ui.passphrase import strength
from dreamjournal.ui.text import WORD_JOINER, md_escape, snippet
from tests.conftest import PASSPHRASE, fast_kdf

ROOT = Path(__file__).resolve().parents[1]


def _outside_escapes(text: str) -> str:
    """`text` without its backslash escapes (each backslash and the character after it)."""
    return re.sub(r"\\.", "", text)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "**bold** _it_ `code` ~~s~~ $x^2$ [l](http://e.com) ![i](http://e.com/a.png)",
        ":material/home: :red[x] :smile: # heading\n- list\n> quote",
        "Träume über Straßen – ganz normal",
    ],
)
def test_md_escape_leaves_no_markup_unescaped(text: str) -> None:
    out = md_escape(text)
    plain = out.replace(WORD_JOINER, "")
    # Every ASCII punctuation character is preceded by a backslash ...
    assert not any(c in string.punctuation for c in _outside_escapes(plain))
    # ... and removing the escapes gives back the text on one line.
    assert re.sub(r"\\(.)", r"\1", plain) == " ".join(text.split())
    assert "\n" not in out


def test_md_escape_breaks_autolinks_and_icons() -> None:
    assert md_escape("www.x.org") == "www\\." + WORD_JOINER + "x\\." + WORD_JOINER + "org"
    assert md_escape(":material/home:").startswith("\\:" + WORD_JOINER)


def test_md_escape_adds_nothing_invisible_to_ordinary_sentences() -> None:
    """Text copied from the page is what the person wrote: no joiner at a sentence's end."""
    assert WORD_JOINER not in md_escape("falling again.")
    assert WORD_JOINER not in md_escape("I woke. Then: a door. Mail me @ noon.")


def test_snippet_cuts_at_a_word() -> None:
    assert snippet("one two three", 100) == "one two three"
    assert snippet("alpha beta gamma delta", 12) == "alpha beta …"


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("short", 0),
        ("password", 1),
        ("hunter22", 1),
        ("Tr0ub4dor&3", 2),
        ("correct horse battery staple", 3),
        ("mondlicht über dem stillen see", 3),
    ],
)
def test_strength_levels(passphrase: str, level: int) -> None:
    assert strength(passphrase) == level


def test_unknown_language_falls_back_to_english() -> None:
    assert message("nav.write", "fr") == "Write"
    assert message("nav.write", "de") == "Schreiben"


def test_backup_bytes_round_trip(journal: Journal, tmp_path: Path) -> None:
    journal.add(title="Moth cathedral", body="Wings like stained glass.")
    data, count = backup_bytes(journal)
    assert count == 1 and is_backup(data)
    assert b"Moth" not in data
    other = Journal.create(tmp_path / "other.db", PASSPHRASE, kdf=fast_kdf())
    result = restore_backup(other, data, PASSPHRASE)
    assert (result.added, result.skipped) == (1, 0)
    assert other.list()[0].body == "Wings like stained glass."
    assert restore_backup(other, data, PASSPHRASE).skipped == 1
    other.lock()


def test_restore_refuses_other_files(journal: Journal) -> None:
    with pytest.raises(ImportFormatError):
        restore_backup(journal, b'{"format": "dreamjournal", "entries": []}', PASSPHRASE)
    with pytest.raises(ImportFormatError):
        restore_backup(journal, b"\xff\xfe not json", PASSPHRASE)


def test_the_app_flags_keep_the_privacy_defaults() -> None:
    from dreamjournal.ui.launch import app_flags

    flags = app_flags("127.0.0.1", 8501)
    assert flags["browser.gatherUsageStats"] is False
    assert flags["server.address"] == "127.0.0.1"
    assert flags["server.enableXsrfProtection"] is True
    assert flags["server.allowedHosts"] == ["127.0.0.1", "localhost"]
    assert flags["client.showErrorDetails"] == "none"
    assert flags["client.toolbarMode"] == "minimal"
    assert flags["runner.magicEnabled"] is False
    assert flags["theme.base"] == "dark"
    # No font or asset is loaded from elsewhere (a "Name:https://..." font would be).
    assert not any("http" in str(v) for v in flags.values())


def test_no_key_or_text_in_streamlit_caches_and_no_raw_html() -> None:
    code = re.compile(r"(?<!`)\b(st\.cache_data|st\.cache_resource|unsafe_allow_html|st\.html)\b")
    files = [
        *ROOT.glob("dreamjournal/ui/pages/*.py"),
        *ROOT.glob("dreamjournal/ui/*.py"),
    ]
    for path in files:
        assert not code.search(path.read_text()), path
