"""The owner's side of sharing: choose what to share, build the snapshot, make an offline bundle.

Each share has an encrypted record in the vault's "share" table (row id = a random share id)
holding the entry id, its title and what was included; `relay_shares` publishes to a relay,
`create_bundle` writes one offline HTML file. Either way the crisis gate runs first.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dreamjournal.errors import InvalidInput
from dreamjournal.share.snapshot import INCLUDABLE, ScriptStepView, Snapshot
from dreamjournal.store.entry import Entry
from dreamjournal.store.journal import Journal

TABLE = "share"
EXPIRY_CHOICES = ("1h", "1d", "7d", "30d", "never")
DEFAULT_EXPIRY = "7d"
DEFAULT_INCLUDE = ("text",)
MAX_CLIP_BYTES = 200 * 1024 * 1024
MAX_VIEWS = 10_000
_EXPIRY = re.compile(r"^(\d{1,4})\s*([hdw])$")
_UNIT_SECONDS = {"h": 3600, "d": 86400, "w": 7 * 86400}

ClipLoader = Callable[[Journal, str], bytes | None]


def parse_expiry(text: str) -> float | None:
    """Seconds until a link expires ("1h", "1d", "7d", "30d", "2w"...), None for "never"."""
    value = text.strip().lower()
    if value == "never":
        return None
    match = _EXPIRY.match(value)
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)] if match else 0
    if not 0 < seconds <= 366 * 86400:
        raise InvalidInput("error.service.expiry_use_h", text=text)
    return float(seconds)


def parse_include(value: str | Iterable[str]) -> tuple[str, ...]:
    """The chosen parts in canonical order, from "text,clip" or a list."""
    items = value.split(",") if isinstance(value, str) else list(value)
    chosen = {i.strip().lower() for i in items if i.strip()}
    unknown = sorted(chosen - set(INCLUDABLE))
    if unknown or not chosen:
        raise InvalidInput(
            "error.service.choose_what_share_not" if unknown else "error.service.choose_what_share",
            join_includable=", ".join(INCLUDABLE),
            unknown=", ".join(unknown),
        )
    return tuple(name for name in INCLUDABLE if name in chosen)


def check_max_views(value: int | None) -> int | None:
    """A view limit of 1 to 10,000, or None."""
    if value is not None and not 1 <= value <= MAX_VIEWS:
        raise InvalidInput("error.relay_client.view_limit_must", max_views=MAX_VIEWS)
    return value


def latest_clip(journal: Journal, entry_id: str) -> bytes | None:
    """Decrypted MP4 bytes of the entry's newest clip, or None (the render package's API)."""
    from dreamjournal.share.clips import latest_clip_bytes

    return latest_clip_bytes(journal, entry_id)


def build_snapshot(
    journal: Journal,
    entry: Entry,
    include: tuple[str, ...],
    *,
    crisis_confirmed: bool = False,
    clip_loader: ClipLoader = latest_clip,
) -> Snapshot:
    """The parts of `entry` a friend will see; crisis language needs a confirmation first."""
    from dreamjournal.visualize.service import check_crisis_confirmed

    check_crisis_confirmed(entry, crisis_confirmed)
    prompt = script_title = None
    steps: tuple[ScriptStepView, ...] = ()
    if "prompt" in include or "script" in include:
        from dreamjournal.visualize.service import visualize

        result = visualize(entry, crisis_confirmed=crisis_confirmed)
        if "prompt" in include:
            prompt = result.prompt.as_text()
        if "script" in include:
            script_title = result.script.title
            steps = tuple(ScriptStepView(s.phase, s.text, s.duration) for s in result.script.steps)
    clip = None
    if "clip" in include:
        clip = clip_loader(journal, entry.id)
        if clip is None:
            raise InvalidInput("error.service.clip_yet_render", entry_title=entry.title)
        if len(clip) > MAX_CLIP_BYTES:
            raise InvalidInput("error.service.clip_too_large")
    return Snapshot(
        title=entry.title,
        date=entry.date.isoformat(),
        text=entry.body if "text" in include else None,
        prompt=prompt,
        script_title=script_title,
        script=steps,
        clip=clip,
    )


REEL_TITLE = "Dream reel"


@dataclass(frozen=True)
class Shared:
    """What one share holds and which dreams it hangs off (deleting any of them revokes it)."""

    snapshot: Snapshot
    entry: Entry  # the dream the share record is filed under
    title: str
    includes: tuple[str, ...]
    with_entries: tuple[str, ...] = ()

    def record_fields(self) -> dict[str, object]:
        """The share record's fields that say what was shared."""
        fields: dict[str, object] = {
            "entry_id": self.entry.id,
            "title": self.title,
            "includes": list(self.includes),
        }
        if self.with_entries:
            fields["with_entries"] = list(self.with_entries)
        return fields


def reel_snapshot(journal: Journal, reel_id: str, *, crisis_confirmed: bool = False) -> Shared:
    """A dream reel as a friend sees it: its video under the title "Dream reel" and the span
    of its dreams' dates; no dream's text or title (the reel's own cards show those a
    nightmare allows). Every dream of it passes the crisis gate."""
    from dreamjournal.render.clips import get_clip, load_clip
    from dreamjournal.visualize.service import check_crisis_confirmed

    info = get_clip(journal, reel_id)
    if info.backend != "reel":
        raise InvalidInput("error.share.not_a_reel")
    entries = [journal.get(e) for e in info.entries]
    for entry in entries:
        check_crisis_confirmed(entry, crisis_confirmed)
    if info.mp4_bytes > MAX_CLIP_BYTES:
        raise InvalidInput("error.share.reel_too_large")
    first, last = min(e.date for e in entries), max(e.date for e in entries)
    span = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    title = f"{REEL_TITLE} · {len(entries)}"
    snapshot = Snapshot(title=title, date=span, clip=load_clip(journal, info.id))
    return Shared(snapshot, entries[0], title, ("clip",), tuple(e.id for e in entries))


def shared_parts(
    journal: Journal,
    entry_id: str | None,
    include: Iterable[str],
    *,
    reel_id: str | None = None,
    crisis_confirmed: bool = False,
    clip_loader: ClipLoader = latest_clip,
) -> Shared:
    """What a share holds: the chosen parts of one dream, or a dream reel."""
    if reel_id is not None:
        return reel_snapshot(journal, reel_id, crisis_confirmed=crisis_confirmed)
    if entry_id is None:
        raise InvalidInput("error.share.choose_dream_or_reel")
    chosen = parse_include(include)
    entry = journal.get(entry_id)
    snapshot = build_snapshot(
        journal, entry, chosen, crisis_confirmed=crisis_confirmed, clip_loader=clip_loader
    )
    return Shared(snapshot, entry, entry.title, chosen)


@dataclass(frozen=True)
class CreatedBundle:
    """A new offline bundle: its HTML (written to `path` when given) and its key."""

    share_id: str
    html: str = field(repr=False)
    fragment: str = field(repr=False)
    path: Path | None = None

    @property
    def link(self) -> str:
        """A file:// link that opens the written file with its key (or just `#k=...`)."""
        from dreamjournal.share.bundle import bundle_link

        return bundle_link(self.path, self.fragment) if self.path else f"#k={self.fragment}"


def create_bundle(
    journal: Journal,
    entry_id: str | None,
    out: Path | None,
    *,
    include: Iterable[str] = DEFAULT_INCLUDE,
    reel_id: str | None = None,
    passcode: str | None = None,
    crisis_confirmed: bool = False,
    now: float | None = None,
    iterations: int | None = None,
    clip_loader: ClipLoader = latest_clip,
) -> CreatedBundle:
    """Build one self-contained HTML file for an entry or a dream reel (`reel_id`), written to
    `out` if given; record it."""
    from dreamjournal.share.bundle import render_bundle, write_html
    from dreamjournal.share.crypto import BUNDLE_PBKDF2_ITERATIONS

    shared = shared_parts(
        journal,
        entry_id,
        include,
        reel_id=reel_id,
        crisis_confirmed=crisis_confirmed,
        clip_loader=clip_loader,
    )
    rounds = iterations or BUNDLE_PBKDF2_ITERATIONS
    html, fragment = render_bundle(shared.snapshot, passcode=passcode, iterations=rounds)
    path = None
    if out is not None:
        path = Path(out).resolve()
        write_html(html, path)
    share_id = uuid.uuid4().hex
    journal.put_record(
        TABLE,
        share_id,
        {
            "kind": "bundle",
            **shared.record_fields(),
            "key": fragment,
            "path": None if path is None else str(path),
            "created": time.time() if now is None else now,
            "expires": None,
            "max_views": None,
            "passcode": passcode is not None,
        },
    )
    return CreatedBundle(share_id, html, fragment, path)
