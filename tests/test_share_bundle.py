"""The offline bundle's file: sealed, self-contained, nothing to fetch (the browser opens it)."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.share.bundle import render_bundle, write_bundle
from dreamjournal.share.crypto import (
    DecryptionFailed,
    b64url_decode,
    bundle_ad,
    bundle_key,
    unseal,
)
from dreamjournal.share.owner import list_shares, revoke_share
from dreamjournal.share.service import create_bundle
from dreamjournal.share.snapshot import ScriptStepView, Snapshot
from dreamjournal.store.journal import Journal

CANARY = f"BUNDLECANARY{uuid.uuid4().hex}"
SNAPSHOT = Snapshot(
    title=f"Title {CANARY}",
    date="2025-05-06",
    text=f"Body {CANARY}",
    prompt="Style: soft",
    script_title="Script",
    script=(ScriptStepView("grounding", "Feel your feet.", 30.0),),
    clip=b"\x00\x00\x00\x18ftypmp42CLIP" + CANARY.encode(),
)


def _payload(html: str) -> dict[str, object]:
    match = re.search(r'<script type="application/json" id="payload">(.*?)</script>', html)
    assert match is not None
    data: dict[str, object] = json.loads(match.group(1))
    return data


def _open(html: str, fragment: str, passcode: str | None = None) -> tuple[bytes, bytes]:
    data = _payload(html)
    salt = b64url_decode(str(data["salt"]))
    key = bundle_key(b64url_decode(fragment), salt, passcode, int(data["iter"]))  # type: ignore[call-overload]
    parts = []
    for part in ("meta", "clip"):
        sealed = data[part]
        assert isinstance(sealed, dict)
        parts.append(
            unseal(key, b64url_decode(sealed["n"]), b64url_decode(sealed["c"]), bundle_ad(part))
        )
    return parts[0], parts[1]


def test_bundle_round_trip_without_plaintext() -> None:
    html, fragment = render_bundle(SNAPSHOT)
    assert CANARY not in html and "Feel your feet" not in html and fragment not in html
    meta, clip = _open(html, fragment)
    assert Snapshot.from_parts(meta, clip) == SNAPSHOT
    other = render_bundle(SNAPSHOT)[1]
    with pytest.raises(DecryptionFailed):
        _open(html, other)


def test_bundle_passcode_is_a_second_factor() -> None:
    html, fragment = render_bundle(SNAPSHOT, passcode="night owl", iterations=1000)
    assert _payload(html)["iter"] == 1000
    assert Snapshot.from_parts(*_open(html, fragment, "night owl")).title == SNAPSHOT.title
    with pytest.raises(DecryptionFailed):
        _open(html, fragment, "day owl")
    with pytest.raises(DecryptionFailed):
        _open(html, fragment, None)
    with pytest.raises(InvalidInput):
        render_bundle(SNAPSHOT, passcode="ab")


def test_bundle_needs_nothing_from_the_network() -> None:
    html, _ = render_bundle(SNAPSHOT)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "connect-src" not in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert re.findall(r"https?://", html) == []  # no address anywhere in the file
    assert "innerHTML" not in html and "eval(" not in html
    assert re.findall(r"<script[^>]*\bsrc=|<link[^>]*stylesheet|@import|url\(", html) == []


def test_write_bundle_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "dream.html"
    fragment = write_bundle(SNAPSHOT, out)
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert len(fragment) == 43
    assert [p.name for p in out.parent.iterdir()] == ["dream.html"]


def test_create_bundle_keeps_a_record_that_revoke_forgets(
    journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    e = journal.add(title="To go", body="A train through fields of light.")
    made = create_bundle(journal, e.id, tmp_path / "go.html", iterations=1000)
    assert made.link.startswith("file://") and made.link.endswith("#k=" + made.fragment)
    [listed] = list_shares(journal)
    assert (listed.kind, listed.status, listed.url) == ("bundle", "bundle", made.link)
    in_memory = create_bundle(journal, e.id, None, iterations=1000)
    assert in_memory.path is None and in_memory.html.startswith("<!doctype html>")
    assert {s.key for s in list_shares(journal)} == {
        made.fragment,
        in_memory.fragment,
    }
    revoke_share(journal, in_memory.share_id)
    revoke_share(journal, made.share_id)
    assert list_shares(journal) == []
    assert (tmp_path / "go.html").exists()  # a file cannot be called back; we say so
