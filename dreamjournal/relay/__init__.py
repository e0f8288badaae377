"""The share relay: a small ASGI server that keeps sealed dreams for friends and cannot read them.

`serve(host, port, database_url)` runs it on uvicorn (`dreamjournal relay serve` calls it);
`create_app(database_url)` is the ASGI app itself, for tests or another ASGI server.
"""

from __future__ import annotations

from dreamjournal.relay.app import create_app
from dreamjournal.relay.server import default_database_url, serve

__all__ = ["create_app", "default_database_url", "serve"]
