"""The offline bundle: one self-contained HTML file that decrypts a snapshot in the browser.

File format (inside `<script type="application/json" id="payload">`, base64url everywhere)::

    {"v": 1, "salt": <16 bytes>, "iter": 0 | 600000,
     "meta": {"n": <nonce>, "c": <AES-GCM(meta JSON)>},
     "clip": {"n": <nonce>, "c": <AES-GCM(MP4)>} | null}

Keys: see `crypto` (fragment key, optional PBKDF2 passcode, HKDF). The key travels in the URL
fragment (`bundle.html#k=...`), which browsers never send anywhere, or is pasted into the page.

Why PBKDF2 for the passcode here when the share store uses Argon2id: the page must derive the
key with WebCrypto alone (no script from anywhere else), and WebCrypto has PBKDF2 but no
Argon2. 600,000 iterations of HMAC-SHA256 follow OWASP's current advice for PBKDF2. The passcode
is a second factor on top of the 256-bit fragment key, never the only secret: the file alone
cannot be brute-forced at all, and the passcode only matters to someone who has the file *and*
the link.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from dreamjournal.share.bundle_page import BODY, PAGE_KEYS, SCRIPT, STYLE, texts_json
from dreamjournal.share.crypto import (
    BUNDLE_PBKDF2_ITERATIONS,
    TOKEN_BYTES,
    b64url,
    bundle_ad,
    bundle_key,
    check_passcode,
    seal,
)
from dreamjournal.share.snapshot import Snapshot

SALT_BYTES = 16


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def render_bundle(
    snapshot: Snapshot,
    *,
    passcode: str | None = None,
    iterations: int = BUNDLE_PBKDF2_ITERATIONS,
) -> tuple[str, str]:
    """(HTML text, fragment key) for a snapshot; the key is what goes after `#k=`."""
    code = check_passcode(passcode) if passcode is not None else None
    fragment = os.urandom(TOKEN_BYTES)
    salt = os.urandom(SALT_BYTES)
    key = bundle_key(fragment, salt, code, iterations)
    meta_nonce, meta_ct = seal(key, snapshot.meta_json(), bundle_ad("meta"))
    payload: dict[str, object] = {
        "v": 1,
        "salt": b64url(salt),
        "iter": iterations if code is not None else 0,
        "meta": {"n": b64url(meta_nonce), "c": b64url(meta_ct)},
        "clip": None,
    }
    if snapshot.clip is not None:
        clip_nonce, clip_ct = seal(key, snapshot.clip, bundle_ad("clip"))
        payload["clip"] = {"n": b64url(clip_nonce), "c": b64url(clip_ct)}
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(SCRIPT)}",
            f"style-src {_csp_hash(STYLE)}",
            "media-src blob:",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    # Only base64url text goes into the payload, so it cannot close its <script> element.
    html = (
        '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="robots" content="noindex">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        "<title>A shared dream</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n{BODY}\n"
        f'<script type="application/json" id="payload">{json.dumps(payload)}</script>\n'
        f"{texts_json(PAGE_KEYS)}\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
    return html, b64url(fragment)


def write_bundle(
    snapshot: Snapshot,
    out: Path,
    *,
    passcode: str | None = None,
    iterations: int = BUNDLE_PBKDF2_ITERATIONS,
) -> str:
    """Write the bundle for `snapshot` to `out`; returns the fragment key."""
    html, fragment = render_bundle(snapshot, passcode=passcode, iterations=iterations)
    write_html(html, out)
    return fragment


def write_html(html: str, out: Path) -> None:
    """Write atomically: a temp file next to `out`, fsynced, then renamed over it."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(html)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def bundle_link(out: Path, fragment: str) -> str:
    """A file:// link that opens the bundle with its key."""
    return f"{Path(out).resolve().as_uri()}#k={fragment}"
