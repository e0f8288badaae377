"""An error's parts (why it failed, which server, what to do) are written in the reader's
language like the rest of the message: a German reader sees no English fragment."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from dreamjournal.errors import BackendError, DreamJournalError, InvalidInput, TamperedData
from dreamjournal.http import fetch
from dreamjournal.i18n import Text
from dreamjournal.i18n_catalog import extract_keys
from dreamjournal.store.entry import MAX_TAGS, validate_fields
from dreamjournal.store.transfer import read_backup
from dreamjournal.vault.clipfile import decrypt_file, encrypt_bytes
from dreamjournal.vault.manifest import manifest_broken

KEY = bytes(range(32))
FID = "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"


def test_a_clip_file_of_another_clip_is_refused_in_german(tmp_path: Path) -> None:
    clip = tmp_path / "clip.djclip"
    encrypt_bytes(KEY, FID, b"frames" * 100, clip)
    with pytest.raises(TamperedData) as caught:
        decrypt_file(KEY, "another-clip-id", clip)
    assert "belongs to another clip" in caught.value.render("en")
    german = caught.value.render("de")
    assert "Die Clipdatei clip.djclip gehört zu einem anderen Clip: Sie wurde" in german
    assert "belongs" not in german


def test_a_damaged_backup_says_why_in_german() -> None:
    with pytest.raises(DreamJournalError) as caught:
        read_backup({"tables": {}}, "any passphrase", lambda: "")
    assert "(its header is unreadable)" in caught.value.render("en")
    assert "(ihr Kopf ist unlesbar)" in caught.value.render("de")


def test_a_broken_manifest_says_why_in_german() -> None:
    broken = manifest_broken(Text("error.manifest.why.mac_differs"))
    assert "(its MAC does not match)" in broken.render("en")
    assert "(sein MAC stimmt nicht)" in broken.render("de")


def test_entry_fields_are_named_in_german() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_fields({"sleep_quality": 9})
    assert caught.value.render("en") == "The sleep quality must be a whole number from 1 to 5."
    assert caught.value.render("de") == "„Schlafqualität“ muss eine ganze Zahl von 1 bis 5 sein."
    with pytest.raises(InvalidInput) as caught:
        validate_fields({"tags": [f"t{i}" for i in range(MAX_TAGS + 1)]})
    assert caught.value.render("en") == "At most 100 tags per entry."
    assert caught.value.render("de") == "Höchstens 100 Schlagwörter pro Eintrag."


def test_a_server_that_sends_too_much_is_named_in_german() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 4096)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    with client, pytest.raises(BackendError) as caught:
        fetch(
            client,
            "GET",
            "http://127.0.0.1/v1/chat/completions",
            who=Text("http.who.model_server", where="127.0.0.1"),
            max_bytes=1024,
            timeout=5,
        )
    assert caught.value.render("en").startswith("The model server at 127.0.0.1 sent more than")
    assert caught.value.render("de").startswith("Der Modellserver unter 127.0.0.1 hat mehr als")


def test_english_prose_passed_as_a_message_part_is_found() -> None:
    source = b"""
fetch(client, "GET", url, who="The video service", max_bytes=1)
BackendError("error.x", why=f"failed at chunk {n}", status=404, detail=f": {d}")
fetch(client, "GET", url, who=Text("http.who.video_service"), hint="")
BackendError(f"{path} is not a file.")
BackendError(f"error.clips.{kind}")
"""

    found = list(extract_keys(io.BytesIO(source), {"BackendError", "Text"}, (), {}))
    prose = {text for _line, _func, text, _ in found if text.startswith("prose:")}
    # An error whose whole message is an English f-string is found too (a key prefix is not).
    assert prose == {
        "prose:who=The video service",
        "prose:why=failed at chunk ",
        "prose:message= is not a file.",
    }
