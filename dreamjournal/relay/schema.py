"""The relay's tables and engine: SQLite (WAL, one writer queue) or PostgreSQL (a pool).

What a row holds, and nothing more::

    relay_shares   lookup = SHA-256(share id) hex (the id, which is in links, is not stored)
                   owner_hash = SHA-256(owner secret) hex, sent by the owner at publish time
                   payload = the owner's sealed envelope (nonces, salt, AES-GCM ciphertext)
                   created, expires, ended, max_views, views, burn, passcode, replies_allowed,
                   revoked, clip_size, clip_received
    relay_chunks   (lookup, seq) -> up to CHUNK_BYTES of the sealed clip
    relay_tickets  SHA-256(ticket) -> lookup, expires, replies_left: what one "Open" hands out
    relay_replies  id, lookup, created, body (a friend's reply sealed to the owner's public key)

No key, passcode or plaintext ever reaches the database: the key is in the link's fragment.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    event,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

CHUNK_BYTES = 256 * 1024
TICKET_SECONDS = 3600.0
RETAIN_SECONDS = 30 * 86400.0  # counters and replies of an ended share, for the owner to read
PENDING_SECONDS = 86400.0  # a share whose clip has not arrived by then is dropped
BUSY_SECONDS = 30.0  # how long a SQLite writer waits for the write lock

metadata = MetaData()
shares = Table(
    "relay_shares",
    metadata,
    Column("lookup", String(64), primary_key=True),
    Column("owner_hash", String(64), nullable=False),
    Column("payload", LargeBinary, nullable=True),
    Column("created", Float, nullable=False),
    Column("expires", Float, nullable=True, index=True),
    Column("ended", Float, nullable=True, index=True),
    Column("max_views", Integer, nullable=True),
    Column("views", Integer, nullable=False, default=0),
    Column("burn", Boolean, nullable=False, default=False),
    Column("passcode", Boolean, nullable=False, default=False),
    Column("replies_allowed", Boolean, nullable=False, default=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("clip_size", Integer, nullable=True),
    Column("clip_received", Integer, nullable=False, default=0),
)
chunks = Table(
    "relay_chunks",
    metadata,
    Column("lookup", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
tickets = Table(
    "relay_tickets",
    metadata,
    Column("ticket_hash", String(64), primary_key=True),
    Column("lookup", String(64), nullable=False, index=True),
    Column("expires", Float, nullable=False, index=True),
    Column("replies_left", Integer, nullable=False),
)
replies = Table(
    "relay_replies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("lookup", String(64), nullable=False, index=True),
    Column("created", Float, nullable=False),
    Column("body", LargeBinary, nullable=False),
)


def digest(secret: str) -> str:
    """SHA-256 hex of an id, secret or ticket: what the database keeps instead of it."""
    return hashlib.sha256(secret.encode("ascii", "replace")).hexdigest()


def make_engine(database_url: str) -> Engine:
    """An engine for `sqlite:///file`, `sqlite://` (memory) or `postgresql://...`."""
    url = database_url
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        # hide_parameters: an error in a log never carries a stored value (hash or ciphertext).
        memory = url in ("sqlite://", "sqlite:///:memory:")
        kwargs: dict[str, Any] = {
            "connect_args": {"check_same_thread": False, "timeout": 30},
            "hide_parameters": True,
        }
        if memory:
            kwargs["poolclass"] = StaticPool
        else:
            # SQLite takes one writer at a time anyway. One pooled connection makes the threads
            # of a process queue in order, instead of sleeping in SQLite's busy handler (whose
            # growing back-off put p99 at hundreds of ms under concurrent opens).
            kwargs.update(pool_size=1, max_overflow=0, pool_timeout=30)
        engine = create_engine(url, **kwargs)
        _sqlite_pragmas(engine, memory)
        return engine
    # No pre-ping: it cost a round trip per transaction (about a third of PostgreSQL's opens/s
    # in bench/relay.py). After a database restart one request per stale connection fails and
    # SQLAlchemy drops that connection; the page and the owner client simply try again.
    return create_engine(url, pool_size=8, max_overflow=8, pool_recycle=600, hide_parameters=True)


def _sqlite_pragmas(engine: Engine, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Autocommit at the driver, so the "begin" hook below decides how a transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")  # two processes may set up the file at once
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA secure_delete=ON")  # wiped ciphertext is overwritten on disk
        # Inside a transaction this connection holds the write lock, so nothing needs to wait;
        # waiting for the lock itself is `_on_begin`'s job.
        cur.execute("PRAGMA busy_timeout=0")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: two openers never deadlock on an upgrade.
        # Poll for it in steps of at most 5 ms: SQLite's own busy handler backs off to 100 ms a
        # try, which put p99 near 700 ms with two relay processes on one file.
        deadline, pause = time.monotonic() + BUSY_SECONDS, 0.0005
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.005)
