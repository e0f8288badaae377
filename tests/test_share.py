"""Sharing: tokens, the share store (canary scan), the viewer's rules and the owner's list."""

from __future__ import annotations

import base64
import math
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.share.crypto import TOKEN_BYTES, b64url, lookup_id, new_token, token_bytes
from dreamjournal.share.owner import ShareNotFound, list_shares, revoke_share
from dreamjournal.share.service import (
    create_share,
    parse_expiry,
    parse_include,
    share_url,
)
from dreamjournal.share.store import ShareStore
from dreamjournal.share.viewer import (
    PASSCODE_ATTEMPTS,
    MissThrottle,
    PasscodeLocked,
    ShareNotAvailable,
    ShareViewer,
    WrongPasscode,
)
from dreamjournal.store.journal import Journal
from dreamjournal.visualize.service import CrisisPause
from tests.conftest import fast_kdf

DAY = 86400.0
T0 = 1_800_000_000.0


class Clock:
    """A fake clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(data_dir: Path) -> ShareStore:
    return ShareStore.in_data_dir(data_dir)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def throttle() -> MissThrottle:
    return MissThrottle(delay_s=0.0)


@pytest.fixture
def viewer(store: ShareStore, clock: Clock, throttle: MissThrottle) -> ShareViewer:
    return ShareViewer(store, clock=clock, throttle=throttle)


def _clip(_journal: Journal, _entry_id: str) -> bytes:
    return b"\x00\x00\x00\x18ftypmp42" + b"CLIPCANARY" * 100


def _share(journal: Journal, store: ShareStore, entry_id: str, **options: object) -> str:
    options.setdefault("now", T0)
    options.setdefault("passcode_kdf", fast_kdf())
    return create_share(journal, store, entry_id, **options).token  # type: ignore[arg-type]


def test_tokens_carry_256_random_bits() -> None:
    tokens = [new_token() for _ in range(2000)]
    assert len(set(tokens)) == len(tokens)
    for t in tokens[:50]:
        raw = token_bytes(t)
        assert raw is not None and len(raw) * 8 == TOKEN_BYTES * 8 >= 256
        assert len(t) == 43 and b64url(raw) == t
    # Every base64url character shows up about equally often (a crude check that all bits vary).
    counts = Counter("".join(t[:42] for t in tokens))  # the 43rd character carries only 4 bits
    assert len(counts) == 64
    expected = 2000 * 42 / 64
    assert all(abs(n - expected) < 6 * math.sqrt(expected) for n in counts.values())


@pytest.mark.parametrize(
    "bad", ["", "short", "x" * 44, "+" * 43, "A" * 42 + "=", "../../etc/passwd", "A" * 42 + "B"]
)
def test_malformed_tokens_are_rejected(bad: str) -> None:
    assert token_bytes(bad) is None


def test_share_store_holds_no_token_and_no_plaintext(
    journal: Journal, store: ShareStore, viewer: ShareViewer
) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    e = journal.add(title=f"Title {canary}", body=f"Body {canary} Kanarienvogel-Zebra")
    # An idle reader keeps the WAL file from being folded away, so it is scanned as well.
    reader = sqlite3.connect(store.path)
    reader.execute("SELECT count(*) FROM share").fetchone()
    created = create_share(
        journal,
        store,
        e.id,
        include="text,prompt,script,clip",
        passcode="otter pass",
        passcode_kdf=fast_kdf(),
        clip_loader=_clip,
        now=T0,
    )
    raw = token_bytes(created.token)
    assert raw is not None
    needles = [
        canary.encode(),
        canary.encode("utf-16-le"),
        b"Kanarienvogel-Zebra",
        b"CLIPCANARY",
        b"otter pass",
        created.token.encode(),
        raw,
        raw.hex().encode(),
        base64.b64encode(raw),
    ]
    snapshot = viewer.open(created.token, "otter pass")  # a view writes to the store too
    assert snapshot.title == f"Title {canary}" and snapshot.clip == _clip(journal, e.id)
    files = store.files()
    assert files[0].name == "shares.db" and any(f.name.endswith("-wal") for f in files)
    for f in files:
        data = f.read_bytes()
        assert [n for n in needles if n in data] == [], f.name
    assert lookup_id(raw) in b"".join(f.read_bytes() for f in files)  # the hash is what it keeps
    reader.close()


def test_share_store_pragmas(store: ShareStore) -> None:
    with store._connect() as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.path.stat().st_mode & 0o077 == 0


def test_the_viewer_opens_exactly_the_shared_parts(
    journal: Journal, store: ShareStore, viewer: ShareViewer
) -> None:
    e = journal.add(title="Lighthouse", body="A lighthouse that hummed.", date="2025-03-04")
    journal.add(title="Other dream", body="OTHER-CANARY")
    token = _share(journal, store, e.id, include="text")
    assert viewer.check(token).needs_passcode is False
    snap = viewer.open(token)
    assert (snap.title, snap.date, snap.text) == ("Lighthouse", "2025-03-04", e.body)
    assert snap.prompt is None and snap.script == () and snap.clip is None
    assert snap.includes == ("text",)
    token = _share(journal, store, e.id, include="prompt,script")
    snap = viewer.open(token)
    assert snap.text is None and snap.prompt is not None and snap.prompt.startswith("Style:")
    assert len(snap.script) >= 3 and snap.includes == ("prompt", "script")


def test_checking_a_link_counts_nothing_opening_counts_one(
    journal: Journal, store: ShareStore, viewer: ShareViewer
) -> None:
    e = journal.add(title="Counted", body="x")
    token = _share(journal, store, e.id, max_views=2)
    raw = token_bytes(token)
    assert raw is not None
    for _ in range(5):
        viewer.check(token)  # what a page load (or a preview bot running the page) does
    assert store.get(lookup_id(raw)).views == 0  # type: ignore[union-attr]
    viewer.open(token)
    assert store.get(lookup_id(raw)).views == 1  # type: ignore[union-attr]


def test_wrong_passcode_then_lockout(
    journal: Journal, store: ShareStore, viewer: ShareViewer, clock: Clock
) -> None:
    e = journal.add(title="Locked", body="behind a passcode")
    token = _share(journal, store, e.id, passcode="blue heron")
    assert viewer.check(token).needs_passcode is True
    with pytest.raises(WrongPasscode) as missing:
        viewer.open(token)
    assert missing.value.missing
    for _ in range(PASSCODE_ATTEMPTS - 1):
        with pytest.raises(WrongPasscode):
            viewer.open(token, "grey heron")
    assert viewer.open(token, "  blue heron ").text == "behind a passcode"  # resets the count
    for _ in range(PASSCODE_ATTEMPTS):
        with pytest.raises(WrongPasscode):
            viewer.open(token, "grey heron")
    with pytest.raises(PasscodeLocked):  # even the right passcode waits now
        viewer.open(token, "blue heron")
    clock.now += 16 * 60
    assert viewer.open(token, "blue heron").title == "Locked"
    raw = token_bytes(token)
    assert store.get(lookup_id(raw)).views == 2  # type: ignore[arg-type, union-attr]


def test_expiry_with_a_fake_clock(
    journal: Journal, store: ShareStore, viewer: ShareViewer, clock: Clock
) -> None:
    e = journal.add(title="Brief", body="x")
    token = _share(journal, store, e.id, expires_in=parse_expiry("1h"))
    never = _share(journal, store, e.id, expires_in=parse_expiry("never"))
    clock.now = T0 + 3599
    assert viewer.open(token).title == "Brief"
    clock.now = T0 + 3600
    with pytest.raises(ShareNotAvailable):
        viewer.check(token)
    clock.now = T0 + 3650 * DAY
    assert viewer.open(never).title == "Brief"
    assert store.sealed(lookup_id(token_bytes(token))) is None  # type: ignore[arg-type]


def test_view_limit(journal: Journal, store: ShareStore, viewer: ShareViewer) -> None:
    e = journal.add(title="Twice", body="x")
    token = _share(journal, store, e.id, max_views=2)
    viewer.open(token)
    viewer.open(token)
    with pytest.raises(ShareNotAvailable):
        viewer.open(token)
    assert store.sealed(lookup_id(token_bytes(token))) is None  # type: ignore[arg-type]


def test_revoke(journal: Journal, store: ShareStore, viewer: ShareViewer) -> None:
    e = journal.add(title="Withdrawn", body="x")
    created = create_share(journal, store, e.id, now=T0)
    assert viewer.open(created.token).title == "Withdrawn"
    revoke_share(journal, store, created.share_id[:8])
    with pytest.raises(ShareNotAvailable):
        viewer.check(created.token)
    lookup = lookup_id(token_bytes(created.token))  # type: ignore[arg-type]
    assert store.sealed(lookup) is None and store.get(lookup).revoked  # type: ignore[union-attr]
    assert journal.get_record("share", created.share_id)["token"] is None  # type: ignore[index]
    with pytest.raises(ShareNotFound):
        revoke_share(journal, store, "nope")


def test_all_four_not_available_answers_are_identical(
    journal: Journal,
    store: ShareStore,
    viewer: ShareViewer,
    clock: Clock,
    throttle: MissThrottle,
) -> None:
    e = journal.add(title="Gone", body="x")
    expired = _share(journal, store, e.id, expires_in=3600.0, now=T0 - 7200)
    used_up = _share(journal, store, e.id, max_views=1)
    viewer.open(used_up)
    revoked = create_share(journal, store, e.id, now=T0)
    revoke_share(journal, store, revoked.share_id)
    answers = []
    for token in (new_token(), expired, revoked.token, used_up, "not-even-a-token"):
        for call in (viewer.check, viewer.open):
            before = throttle.misses
            with pytest.raises(ShareNotAvailable) as caught:
                call(token)
            answers.append((type(caught.value), caught.value.user_message, str(caught.value)))
            assert throttle.misses == before + 1  # every miss waits the same delay
    assert len(set(answers)) == 1


def test_misses_are_serialized_with_a_constant_delay(store: ShareStore) -> None:
    waited: list[float] = []
    viewer = ShareViewer(store, throttle=MissThrottle(delay_s=0.5, sleep=waited.append))
    for _ in range(3):
        with pytest.raises(ShareNotAvailable):
            viewer.check(new_token())
    assert waited == [0.5, 0.5, 0.5]


def test_crisis_language_asks_for_confirmation(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title="Heavy night", body="I woke up and I want to die.")
    with pytest.raises(CrisisPause):
        create_share(journal, store, e.id)
    assert journal.records("share") == {}
    assert create_share(journal, store, e.id, crisis_confirmed=True).url


def test_an_unrescripted_nightmare_shares_text_but_not_a_script(
    journal: Journal, store: ShareStore
) -> None:
    e = journal.add(title="Chase", body="Something chased me.", nightmare=True)
    assert create_share(journal, store, e.id, include="text").url
    with pytest.raises(InvalidInput):
        create_share(journal, store, e.id, include="text,bogus")
    from dreamjournal.therapy.irt import RescriptRequired

    with pytest.raises(RescriptRequired):
        create_share(journal, store, e.id, include="script")


def test_clip_is_required_when_asked_for(journal: Journal, store: ShareStore) -> None:
    e = journal.add(title="No clip", body="x")
    with pytest.raises(InvalidInput, match="no clip yet"):
        create_share(journal, store, e.id, include="clip", clip_loader=lambda _j, _i: None)


def test_owner_list_shows_status_views_and_links(
    journal: Journal, store: ShareStore, viewer: ShareViewer
) -> None:
    e = journal.add(title="Listed", body="x")
    live = create_share(journal, store, e.id, max_views=3, now=T0)
    gone = create_share(journal, store, e.id, now=T0 - 1)
    viewer.open(live.token)
    revoke_share(journal, store, gone.share_id)
    listed = {s.share_id: s for s in list_shares(journal, store, base_url="https://x.test", now=T0)}
    assert listed[live.share_id].status == "active" and listed[live.share_id].views == 1
    assert listed[live.share_id].url == share_url("https://x.test", live.token)
    assert listed[gone.share_id].status == "revoked" and listed[gone.share_id].url is None
    later = list_shares(journal, store, base_url="https://x.test", now=T0 + 8 * DAY)
    assert {s.share_id: s.status for s in later}[live.share_id] == "expired"
    assert [s.share_id for s in later] == [live.share_id, gone.share_id]  # newest first
    assert later[0].to_json()["expires"].startswith("2027-")


def test_a_failed_store_write_leaves_no_vault_record(
    journal: Journal, store: ShareStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    e = journal.add(title="Half", body="x")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(store, "add", broken)
    with pytest.raises(OSError):
        create_share(journal, store, e.id)
    assert journal.records("share") == {}


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1h", 3600), ("1d", DAY), ("7d", 7 * DAY), ("30d", 30 * DAY), ("2w", 14 * DAY)],
)
def test_parse_expiry(text: str, seconds: float) -> None:
    assert parse_expiry(text) == seconds


@pytest.mark.parametrize("text", ["", "0d", "7", "soon", "400d", "-1h"])
def test_parse_expiry_rejects(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_expiry(text)


def test_parse_include() -> None:
    assert parse_include("clip, TEXT") == ("text", "clip")
    with pytest.raises(InvalidInput):
        parse_include("")


def test_deleting_an_entry_can_take_its_shares_along(
    journal: Journal, store: ShareStore, viewer: ShareViewer, tmp_path: Path
) -> None:
    from dreamjournal.share.owner import revoke_entry_shares
    from dreamjournal.share.service import create_bundle

    e = journal.add(title="Leaving", body="x")
    keep = journal.add(title="Staying", body="y")
    links = [_share(journal, store, e.id) for _ in range(2)]
    create_bundle(journal, e.id, tmp_path / "b.html", iterations=1000)
    kept = _share(journal, store, keep.id)
    assert revoke_entry_shares(journal, store, e.id) == 3
    for token in links:
        with pytest.raises(ShareNotAvailable):
            viewer.check(token)
    assert viewer.open(kept).title == "Staying"
    assert [r["entry_id"] for r in journal.records("share").values()] == [keep.id]
