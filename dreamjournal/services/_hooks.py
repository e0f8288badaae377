"""Load every module that owns records hanging off an entry, so its delete hook is registered."""

from __future__ import annotations


def load_delete_hooks() -> None:
    """Import the owners of dependent records (cheap after the first call)."""
    import dreamjournal.render.clips  # noqa: F401  - clip files
    import dreamjournal.share.owner  # noqa: F401  - share links
