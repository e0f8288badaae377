"""Running the relay on uvicorn, with logging that never carries an id, key or client address."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

DEFAULT_PORT = 8600


def default_database_url(data_dir: Path | None = None) -> str:
    """SQLite in the data directory: `sqlite:///DATA_DIR/relay.sqlite3`."""
    if data_dir is None:
        from dreamjournal.settings import get_settings

        data_dir = get_settings().data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir.resolve() / 'relay.sqlite3'}"


def log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's own messages plus the relay's access log; uvicorn's access log (which prints
    every path and client address) stays off."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "dreamjournal.relay": {
                "handlers": ["stderr"],
                "level": level.upper(),
                "propagate": False,
            },
        },
    }


def serve(
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    database_url: str | None = None,
    *,
    forwarded_allow_ips: str | None = None,
    log_level: str = "info",
) -> None:
    """Run the relay until interrupted.

    Behind a reverse proxy (TLS), pass the proxy's address as `forwarded_allow_ips` so per-address
    limits see the friend's address instead of the proxy's.
    """
    import uvicorn

    from dreamjournal.relay.app import create_app

    app = create_app(database_url or default_database_url())
    logging.getLogger("dreamjournal.relay").info("relay listening on http://%s:%d", host, port)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        server_header=False,
        proxy_headers=forwarded_allow_ips is not None,
        forwarded_allow_ips=forwarded_allow_ips,
        log_config=log_config(log_level),
        log_level=log_level,
    )
