"""Starting the app: one table of settings, security at the door.

`dreamjournal app` runs Streamlit in this process through `st.App`, so its privacy settings
and theme hold from an installed wheel in any directory (no `.streamlit/config.toml` needed),
and two things Streamlit has no setting for are added:

- security headers on every response (a strict Content-Security-Policy: nothing may be
  fetched from or sent to another origin; no framing; no referrer; `no-store` for media, so a
  decrypted clip never lands in the browser's disk cache);
- only the hosts it serves are accepted (`Host` header), which defeats DNS rebinding, for
  HTTP through Starlette's TrustedHostMiddleware and for the WebSocket through
  `server.allowedHosts`.

And one thing Streamlit does that we must not: when a page of another origin tries to
connect, Streamlit looks up this machine's public address at checkip.amazonaws.com (and its
LAN address through a UDP socket) to decide whether that origin is "this machine". Nothing may
leave the machine, so both look-ups answer "unknown" here; loopback origins are still accepted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

UI = Path(__file__).resolve().parent
APP_SCRIPT = UI / "main.py"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")

# The calm, nocturnal theme (DESIGN.md).
THEME: dict[str, Any] = {
    "theme.base": "dark",
    "theme.primaryColor": "#A99BFF",
    "theme.backgroundColor": "#0E1222",
    "theme.secondaryBackgroundColor": "#181E33",
    "theme.textColor": "#E4E2F0",
    "theme.borderColor": "#2A3150",
    "theme.linkColor": "#B9AEFF",
    "theme.font": "sans-serif",
    "theme.headingFont": "serif",
    "theme.baseFontSize": 16,
    "theme.baseRadius": "0.75rem",
    "theme.showWidgetBorder": True,
    "theme.chartCategoricalColors": ["#8E9BFF", "#C77DBA", "#7FD1C7", "#E8C07D", "#9FB7D9"],
    "theme.sidebar.backgroundColor": "#0A0D19",
    "theme.sidebar.secondaryBackgroundColor": "#151A2D",
    "theme.sidebar.borderColor": "#222842",
}

# Privacy defaults of DESIGN.md; every server the project starts gets these.
PRIVACY: dict[str, Any] = {
    "browser.gatherUsageStats": False,
    "server.headless": True,
    "server.enableXsrfProtection": True,
    "server.enableCORS": True,
    "server.enableStaticServing": False,
    "server.enableAgentApi": False,
    "server.fileWatcherType": "none",
    "server.runOnSave": False,
    "client.showErrorDetails": "none",
    "client.toolbarMode": "minimal",
    "client.showSidebarNavigation": False,  # our own menu, in the chosen language
    "runner.magicEnabled": False,  # a bare expression must never print a dream
    "global.developmentMode": False,
}

# Streamlit runs a full garbage collection after every script run by default. With 10,000
# decrypted dreams in memory that holds the GIL for 0.1-0.5 s after each click, delaying the
# run's last messages and the next click (bench/app.py); Python's own collector still runs.
RESPONSIVENESS: dict[str, Any] = {"runner.postScriptGC": False}

CSP = "; ".join(
    [
        "default-src 'self'",
        # Streamlit's bundle, Vega charts, and components' inline modules (loaded as blob: URLs)
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",  # the app's own WebSocket and API; nothing else
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
    ]
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), geolocation=(), payment=(), usb=(), microphone=(self)"),
)


def allowed_hosts(host: str) -> list[str]:
    """The Host names this server answers to: the address it binds, and loopback's names."""
    return list(dict.fromkeys([*LOOPBACK_HOSTS, host]))


def app_flags(host: str, port: int) -> dict[str, Any]:
    """Every Streamlit setting of a server we start, in one place."""
    return {
        **PRIVACY,
        **RESPONSIVENESS,
        **THEME,
        "server.address": host,
        "server.port": port,
        "server.allowedHosts": allowed_hosts(host),
    }


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response; media is never cached."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        no_store = str(scope.get("path", "")).startswith("/media/")

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                headers = [h for h in message.get("headers", []) if not _replaced(h, no_store)]
                headers += [h for h in SECURITY_HEADERS if h[0] not in names]
                if no_store:
                    headers += [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def _replaced(header: tuple[bytes, bytes], no_store: bool) -> bool:
    return no_store and header[0].lower() in (b"cache-control", b"expires", b"etag")


def _no_lookups() -> None:
    """Stop Streamlit's address look-ups (see the module docstring)."""
    from streamlit import net_util

    net_util.get_external_ip = lambda: None
    net_util.get_internal_ip = lambda: None


def serve(script: Path, host: str, port: int) -> None:
    """Run `script` as a Streamlit app on host:port, blocking until stopped."""
    import streamlit as st
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    _no_lookups()
    app = st.App(
        str(script),
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host)),
            Middleware(SecurityHeaders),
        ],
    )
    sys.argv = [str(script)]  # st.App anchors its script-level config on argv[0]
    app.run(config=app_flags(host, port))


def main(argv: list[str] | None = None) -> None:
    """`python -m dreamjournal.ui.launch app HOST PORT` (tests)."""
    which, host, port = (argv or sys.argv[1:])[:3]
    if which != "app":
        raise SystemExit(f"unknown server {which!r}: only 'app' (share links use a relay)")
    serve(APP_SCRIPT, host, int(port))


if __name__ == "__main__":
    main()
