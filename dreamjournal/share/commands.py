"""CLI commands `share`, `shares`, `revoke` and `share-server`, added to the main app by `register`.

Heavy modules (cryptography, pydantic, the visualizer) are imported inside the commands, so
`dreamjournal list` does not pay for them.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import typer

from dreamjournal.errors import InvalidInput

if TYPE_CHECKING:
    from dreamjournal.services import Journal
    from dreamjournal.share.owner import ShareListing


class _CliContext(Protocol):
    data_dir: Path

    def unlock(self) -> Journal: ...


def _obj(ctx: typer.Context) -> _CliContext:
    obj: _CliContext = ctx.obj
    return obj


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _when(ts: float | None) -> str:
    if ts is None:
        return "never"
    return datetime.fromtimestamp(ts, UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _read_passcode(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise InvalidInput(f"Cannot read the passcode file {path}: {exc.strerror}.") from None


def _show_help_if_crisis(run: Any) -> Any:
    """Run `run()`; on CrisisPause print where help is before the error message."""
    from dreamjournal.visualize.service import CrisisPause

    try:
        return run()
    except CrisisPause:
        from dreamjournal.settings import get_settings
        from dreamjournal.therapy.safety import help_resources, support_message

        typer.echo(support_message("en"), err=True)
        for r in help_resources(get_settings().help_region):
            typer.echo(f"  {r.name}: {r.phone or r.url} - {r.description}", err=True)
        raise


def share(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="The dream to share.")],
    include: Annotated[
        str, typer.Option("--include", help="What the friend sees: text,prompt,script,clip.")
    ] = "text",
    expires: Annotated[
        str | None, typer.Option("--expires", help="1h, 1d, 7d (default), 30d or never.")
    ] = None,
    max_views: Annotated[
        int | None, typer.Option("--max-views", help="Stop after N views.")
    ] = None,
    passcode_file: Annotated[
        Path | None, typer.Option("--passcode-file", help="Ask friends for this passcode too.")
    ] = None,
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help="Write one offline HTML file instead of a link."),
    ] = None,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Share although the dream mentions self-harm.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Share one dream: prints a link (or writes --bundle FILE.html) and the share id."""
    from dreamjournal.share.service import DEFAULT_EXPIRY, parse_expiry, parse_include

    chosen = parse_include(include)
    passcode = _read_passcode(passcode_file)
    if bundle is not None:
        if expires is not None or max_views is not None:
            raise InvalidInput(
                "A bundle is a file: it cannot expire or count views. Leave out --expires and "
                "--max-views, or share a link instead."
            )
        _share_bundle(ctx, entry_id, bundle, chosen, passcode, confirm, as_json)
        return
    expires_in = parse_expiry(expires or DEFAULT_EXPIRY)
    from dreamjournal.services.shares import check_max_views, create_share
    from dreamjournal.settings import get_settings
    from dreamjournal.share.store import ShareStore

    check_max_views(max_views)
    c = _obj(ctx)
    journal = c.unlock()
    created = _show_help_if_crisis(
        lambda: create_share(
            journal,
            ShareStore.in_data_dir(c.data_dir),
            entry_id,
            include=chosen,
            expires_in=expires_in,
            max_views=max_views,
            passcode=passcode,
            crisis_confirmed=confirm,
            base_url=get_settings().share_base_url,
        )
    )
    if as_json:
        _print_json({"id": created.share_id, "url": created.url, "expires": _when(created.expires)})
        return
    typer.echo(created.url)
    limit = f", at most {max_views} views" if max_views else ""
    typer.echo(f"share id: {created.share_id} (expires {_when(created.expires)}{limit})")
    typer.echo(
        "Friends can open it while `dreamjournal share-server` runs; "
        f"stop it any time with `dreamjournal revoke {created.share_id[:8]}`.",
        err=True,
    )


def _share_bundle(
    ctx: typer.Context,
    entry_id: str,
    out: Path,
    chosen: tuple[str, ...],
    passcode: str | None,
    confirm: bool,
    as_json: bool,
) -> None:
    from dreamjournal.services.shares import create_bundle

    journal = _obj(ctx).unlock()
    made = _show_help_if_crisis(
        lambda: create_bundle(
            journal, entry_id, out, include=chosen, passcode=passcode, crisis_confirmed=confirm
        )
    )
    if as_json:
        _print_json(
            {"id": made.share_id, "path": str(made.path), "key": made.fragment, "url": made.link}
        )
        return
    typer.echo(made.link)
    typer.echo(f"share id: {made.share_id}")
    typer.echo(
        f"Wrote {made.path}. Send the file, and the key ({made.fragment}) another way; the "
        "file cannot expire or be revoked.",
        err=True,
    )


def _listing_line(s: ShareListing) -> str:
    views = "-" if s.views is None else str(s.views)
    if s.max_views is not None:
        views += f"/{s.max_views}"
    lock = "  [passcode]" if s.passcode else ""
    where = s.url or s.path or ""
    return (
        f"{s.share_id[:8]}  {s.status:<8}  views {views:<6}  expires {_when(s.expires):<16}  "
        f"{s.title}  [{','.join(s.includes)}]{lock}  {where}"
    )


def shares(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List your shares: status, views, expiry and the link to copy again."""
    from dreamjournal.settings import get_settings
    from dreamjournal.share.owner import list_shares
    from dreamjournal.share.store import ShareStore

    c = _obj(ctx)
    found = list_shares(
        c.unlock(), ShareStore.in_data_dir(c.data_dir), base_url=get_settings().share_base_url
    )
    if as_json:
        _print_json([s.to_json() for s in found])
        return
    sys.stdout.write("".join(_listing_line(s) + "\n" for s in found))


def revoke(
    ctx: typer.Context,
    share_id: Annotated[
        str, typer.Argument(metavar="SHARE_ID", help="From `dreamjournal shares`.")
    ],
) -> None:
    """Revoke a share: its link stops working at once."""
    from dreamjournal.services.shares import revoke_share
    from dreamjournal.share.store import ShareStore

    c = _obj(ctx)
    record = revoke_share(c.unlock(), ShareStore.in_data_dir(c.data_dir), share_id)
    if record.get("kind") == "bundle":
        typer.echo(
            f"Forgot the bundle of '{record.get('title')}'. A file cannot be called back: it "
            "still opens with its key. Delete it, and ask whoever got it to delete theirs."
        )
        return
    typer.echo(f"Revoked the share of '{record.get('title')}'. Its link no longer opens.")


def share_server(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Bind address (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default 8502).")] = None,
) -> None:
    """Run the friend viewer (it serves share links and never opens a vault)."""
    from dreamjournal.settings import get_settings, is_loopback_url
    from dreamjournal.share.server import exec_viewer

    settings = get_settings()
    bind = host or settings.share_host
    chosen_port = port or settings.share_port
    if not is_loopback_url(f"http://[{bind}]/" if ":" in bind else f"http://{bind}/"):
        typer.echo(
            f"Note: the viewer speaks plain HTTP on {bind}. Put it behind HTTPS (a reverse "
            "proxy) before anyone outside this machine opens links, and set "
            "DREAMJOURNAL_SHARE_BASE_URL to the https:// address.",
            err=True,
        )
    typer.echo(f"Friend viewer on http://{bind}:{chosen_port} (Ctrl-C stops it).", err=True)
    exec_viewer(_obj(ctx).data_dir, bind, chosen_port)


def register(app: typer.Typer) -> None:
    """Add `share`, `shares`, `revoke` and `share-server` to the `dreamjournal` app (once)."""
    present = {c.name for c in app.registered_commands}
    for name, command in (
        ("share", share),
        ("shares", shares),
        ("revoke", revoke),
        ("share-server", share_server),
    ):
        if name not in present:
            app.command(name)(command)
