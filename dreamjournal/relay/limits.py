"""Limits of the relay: sizes, counts and per-address rates (one process's memory)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

MIB = 1024 * 1024


@dataclass(frozen=True)
class RelayLimits:
    """Every bound the relay enforces; the defaults suit a relay for friends and family."""

    max_envelope_bytes: int = 4 * MIB  # the publish request (sealed text, prompt, script)
    max_clip_bytes: int = 210 * MIB  # one sealed clip (the owner caps clips at 200 MB)
    max_reply_bytes: int = 32 * 1024  # one sealed reply request
    max_replies_per_share: int = 50
    replies_per_open: int = 5
    max_views: int = 10_000
    max_expiry_seconds: int = 366 * 86400
    misses_per_minute: float = 20.0  # unknown/expired/revoked ids and wrong secrets per address
    publishes_per_minute: float = 30.0
    replies_per_minute: float = 6.0


@dataclass
class RateLimiter:
    """A token bucket per client address: `capacity` tokens, refilled at `per_minute`."""

    per_minute: float
    clock: Callable[[], float] = time.monotonic
    max_addresses: int = 100_000
    _buckets: OrderedDict[str, tuple[float, float]] = field(default_factory=OrderedDict)

    @property
    def capacity(self) -> float:
        """Burst size: one minute's worth."""
        return self.per_minute

    def _tokens(self, address: str) -> float:
        now = self.clock()
        tokens, then = self._buckets.get(address, (self.capacity, now))
        return min(self.capacity, tokens + (now - then) * self.per_minute / 60.0)

    def allowed(self, address: str) -> bool:
        """Whether the address has a token left (does not take one)."""
        return self._tokens(address) >= 1.0

    def take(self, address: str) -> bool:
        """Take a token; False when the address is out of them."""
        tokens = self._tokens(address)
        ok = tokens >= 1.0
        self._buckets[address] = (tokens - 1.0 if ok else tokens, self.clock())
        self._buckets.move_to_end(address)
        # Bounded memory: forget the addresses heard from least recently.
        while len(self._buckets) > self.max_addresses:
            self._buckets.popitem(last=False)
        return ok
