"""`python -m dreamjournal.relay serve [--host] [--port] [--database-url]`."""

from __future__ import annotations

import argparse

from dreamjournal.relay.server import DEFAULT_PORT, serve


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m dreamjournal.relay")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("serve", help="run the share relay")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=DEFAULT_PORT)
    run.add_argument("--database-url", default=None)
    run.add_argument("--forwarded-allow-ips", default=None)
    run.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    serve(
        args.host,
        args.port,
        args.database_url,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level=args.log_level,
    )


if __name__ == "__main__":
    main()
