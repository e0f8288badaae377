"""The relay's storage operations; every public method is one short transaction.

Tables and what they hold: see `schema`. Several relay processes can share one PostgreSQL: the
view count relies on a single conditional UPDATE ... RETURNING, never on process memory.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update

from dreamjournal.relay.schema import (
    CHUNK_BYTES,
    PENDING_SECONDS,
    RETAIN_SECONDS,
    TICKET_SECONDS,
    chunks,
    digest,
    make_engine,
    metadata,
    replies,
    shares,
    tickets,
)

__all__ = ["CHUNK_BYTES", "Opened", "RelayStore", "Stats", "digest", "shares"]


@dataclass(frozen=True)
class Opened:
    """What one counted "Open" releases."""

    payload: bytes
    views: int
    max_views: int | None
    replies_allowed: bool


@dataclass(frozen=True)
class Stats:
    """The owner's view of one share."""

    status: str  # active | pending | expired | revoked | used_up
    created: float
    expires: float | None
    views: int
    max_views: int | None
    burn: bool
    replies: int


class RelayStore:
    """Shares, clip chunks, tickets and replies; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def connect(cls, database_url: str) -> RelayStore:
        """Open (and create the tables of) the database at `database_url`."""
        store = cls(make_engine(database_url))
        metadata.create_all(store.engine)
        return store

    def close(self) -> None:
        """Release pooled connections."""
        self.engine.dispose()

    @staticmethod
    def _live(now: float) -> Any:
        """The SQL condition of a share a friend may open right now."""
        return and_(
            shares.c.revoked.is_(False),
            shares.c.payload.is_not(None),
            or_(shares.c.expires.is_(None), shares.c.expires > now),
            or_(shares.c.max_views.is_(None), shares.c.views < shares.c.max_views),
            or_(shares.c.clip_size.is_(None), shares.c.clip_received == shares.c.clip_size),
        )

    def create(
        self,
        *,
        lookup: str,
        owner_hash: str,
        payload: bytes,
        now: float,
        expires: float | None,
        max_views: int | None,
        burn: bool,
        passcode: bool,
        replies_allowed: bool,
        clip_size: int | None,
    ) -> None:
        """Insert a new share (pending until its clip, if any, has fully arrived)."""
        with self.engine.begin() as conn:
            conn.execute(
                insert(shares).values(
                    lookup=lookup,
                    owner_hash=owner_hash,
                    payload=payload,
                    created=now,
                    expires=expires,
                    max_views=max_views,
                    views=0,
                    burn=burn,
                    passcode=passcode,
                    replies_allowed=replies_allowed,
                    revoked=False,
                    clip_size=clip_size,
                    clip_received=0,
                )
            )

    def peek(self, lookup: str, now: float) -> dict[str, Any] | None:
        """What the page needs before "Open" (nothing secret), or None when not available."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(
                    shares.c.max_views,
                    shares.c.views,
                    shares.c.burn,
                    shares.c.passcode,
                    shares.c.clip_size,
                ).where(shares.c.lookup == lookup, self._live(now))
            ).first()
        if row is None:
            return None
        left = None if row.max_views is None else row.max_views - row.views
        return {
            "burn": bool(row.burn),
            "passcode": bool(row.passcode),
            "views_left": left,
            "clip": row.clip_size is not None,
        }

    def open(self, lookup: str, now: float, ticket_hash: str, replies_left: int) -> Opened | None:
        """Count one view and release the envelope, or None; exactly once under concurrency."""
        with self.engine.begin() as conn:
            row = conn.execute(
                update(shares)
                .where(shares.c.lookup == lookup, self._live(now))
                .values(views=shares.c.views + 1)
                .returning(
                    shares.c.payload,
                    shares.c.views,
                    shares.c.max_views,
                    shares.c.replies_allowed,
                )
            ).first()
            if row is None:
                return None
            if row.max_views is not None and row.views >= row.max_views:
                # Used up: the envelope goes now; the clip stays only while a ticket may fetch it.
                conn.execute(
                    update(shares).where(shares.c.lookup == lookup).values(payload=None, ended=now)
                )
            conn.execute(
                insert(tickets).values(
                    ticket_hash=ticket_hash,
                    lookup=lookup,
                    expires=now + TICKET_SECONDS,
                    replies_left=replies_left,
                )
            )
        return Opened(bytes(row.payload), row.views, row.max_views, bool(row.replies_allowed))

    def ticket_lookup(self, ticket_hash: str, lookup: str, now: float) -> bool:
        """Whether a ticket from an "Open" of this share is still valid."""
        with self.engine.begin() as conn:
            found = conn.execute(
                select(tickets.c.lookup)
                .join(shares, shares.c.lookup == tickets.c.lookup)
                .where(
                    tickets.c.ticket_hash == ticket_hash,
                    tickets.c.lookup == lookup,
                    tickets.c.expires > now,
                    shares.c.revoked.is_(False),
                )
            ).first()
        return found is not None

    def clip_size(self, lookup: str) -> int | None:
        """Declared size of the sealed clip, if the share has one."""
        return self.clip_state(lookup)[0]

    def clip_state(self, lookup: str) -> tuple[int | None, int]:
        """(declared size of the sealed clip or None, bytes received so far)."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(shares.c.clip_size, shares.c.clip_received).where(shares.c.lookup == lookup)
            ).first()
        return (None, 0) if row is None else (row.clip_size, int(row.clip_received))

    def put_chunk(self, lookup: str, owner_hash: str, seq: int, data: bytes) -> bool:
        """Append one chunk of a pending clip; False when the share or the size does not fit."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(shares)
                .where(
                    shares.c.lookup == lookup,
                    shares.c.owner_hash == owner_hash,
                    shares.c.revoked.is_(False),
                    shares.c.clip_size.is_not(None),
                    shares.c.clip_received + len(data) <= shares.c.clip_size,
                )
                .values(clip_received=shares.c.clip_received + len(data))
            )
            if done.rowcount != 1:
                return False
            conn.execute(insert(chunks).values(lookup=lookup, seq=seq, data=data))
        return True

    def drop_clip(self, lookup: str) -> None:
        """Forget a clip whose upload failed, so it can be sent again."""
        with self.engine.begin() as conn:
            conn.execute(delete(chunks).where(chunks.c.lookup == lookup))
            conn.execute(update(shares).where(shares.c.lookup == lookup).values(clip_received=0))

    def chunk(self, lookup: str, seq: int) -> bytes | None:
        """One chunk of the sealed clip (read one at a time, so a clip is never whole in memory)."""
        with self.engine.begin() as conn:
            data = conn.execute(
                select(chunks.c.data).where(chunks.c.lookup == lookup, chunks.c.seq == seq)
            ).scalar_one_or_none()
        return None if data is None else bytes(data)

    def chunk_count(self, lookup: str) -> int:
        """How many chunks the clip has."""
        with self.engine.begin() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(chunks).where(chunks.c.lookup == lookup)
                ).scalar_one()
            )

    def add_reply(
        self, lookup: str, ticket_hash: str, body: bytes, now: float, max_replies: int
    ) -> bool:
        """Store a friend's sealed reply if their ticket still allows one; False otherwise."""
        with self.engine.begin() as conn:
            allowed = conn.execute(
                select(shares.c.replies_allowed).where(
                    shares.c.lookup == lookup, shares.c.revoked.is_(False)
                )
            ).scalar_one_or_none()
            count = conn.execute(
                select(func.count()).select_from(replies).where(replies.c.lookup == lookup)
            ).scalar_one()
            if not allowed or count >= max_replies:
                return False
            spent = conn.execute(
                update(tickets)
                .where(
                    tickets.c.ticket_hash == ticket_hash,
                    tickets.c.lookup == lookup,
                    tickets.c.expires > now,
                    tickets.c.replies_left > 0,
                )
                .values(replies_left=tickets.c.replies_left - 1)
            )
            if spent.rowcount != 1:
                return False
            conn.execute(insert(replies).values(lookup=lookup, created=now, body=body))
        return True

    def owned(self, lookup: str, owner_hash: str) -> bool:
        """Whether `owner_hash` is the owner's (callers compare the secret's hash, never it)."""
        with self.engine.begin() as conn:
            stored = conn.execute(
                select(shares.c.owner_hash).where(shares.c.lookup == lookup)
            ).scalar_one_or_none()
        return stored is not None and hmac.compare_digest(stored, owner_hash)

    def stats(self, lookup: str, now: float) -> Stats | None:
        """Status, views and reply count, for the owner."""
        with self.engine.begin() as conn:
            row = conn.execute(select(shares).where(shares.c.lookup == lookup)).first()
            if row is None:
                return None
            count = conn.execute(
                select(func.count()).select_from(replies).where(replies.c.lookup == lookup)
            ).scalar_one()
        if row.revoked:
            status = "revoked"
        elif row.max_views is not None and row.views >= row.max_views:
            status = "used_up"
        elif row.ended is not None or (row.expires is not None and row.expires <= now):
            status = "expired"
        elif row.clip_size is not None and row.clip_received != row.clip_size:
            status = "pending"
        else:
            status = "active"
        return Stats(
            status, row.created, row.expires, row.views, row.max_views, bool(row.burn), int(count)
        )

    def replies(self, lookup: str) -> list[tuple[int, float, bytes]]:
        """(id, created, sealed body) of every reply, oldest first."""
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(replies.c.id, replies.c.created, replies.c.body)
                .where(replies.c.lookup == lookup)
                .order_by(replies.c.id)
            ).all()
        return [(int(r.id), float(r.created), bytes(r.body)) for r in rows]

    def revoke(self, lookup: str, now: float, *, forget: bool = False) -> None:
        """Wipe the ciphertext now; with `forget`, the counters and replies too."""
        with self.engine.begin() as conn:
            conn.execute(delete(chunks).where(chunks.c.lookup == lookup))
            conn.execute(delete(tickets).where(tickets.c.lookup == lookup))
            if forget:
                conn.execute(delete(replies).where(replies.c.lookup == lookup))
                conn.execute(delete(shares).where(shares.c.lookup == lookup))
            else:
                conn.execute(
                    update(shares)
                    .where(shares.c.lookup == lookup)
                    .values(revoked=True, payload=None, ended=func.coalesce(shares.c.ended, now))
                )

    def sweep(self, now: float) -> None:
        """Wipe what has ended: expired envelopes, clips nobody can fetch, old rows."""
        with self.engine.begin() as conn:
            conn.execute(delete(tickets).where(tickets.c.expires <= now))
            conn.execute(
                update(shares)
                .where(shares.c.expires <= now, shares.c.ended.is_(None))
                .values(payload=None, ended=now)
            )
            # A clip that never arrived whole within a day will not: that share never opens.
            conn.execute(
                update(shares)
                .where(
                    shares.c.ended.is_(None),
                    shares.c.clip_received != shares.c.clip_size,
                    shares.c.created <= now - PENDING_SECONDS,
                )
                .values(payload=None, ended=now)
            )
            live_tickets = select(tickets.c.lookup)
            conn.execute(
                delete(chunks).where(
                    chunks.c.lookup.in_(select(shares.c.lookup).where(shares.c.ended.is_not(None))),
                    chunks.c.lookup.not_in(live_tickets),
                )
            )
            old = select(shares.c.lookup).where(shares.c.ended <= now - RETAIN_SECONDS)
            conn.execute(delete(replies).where(replies.c.lookup.in_(old)))
            conn.execute(delete(shares).where(shares.c.ended <= now - RETAIN_SECONDS))

    def iter_clip(self, lookup: str) -> Iterator[bytes]:
        """The sealed clip chunk by chunk (each read in its own short transaction)."""
        for seq in range(self.chunk_count(lookup)):
            data = self.chunk(lookup, seq)
            if data is None:
                return
            yield data
