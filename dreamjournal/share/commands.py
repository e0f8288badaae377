"""CLI commands `share`, `shares`, `revoke`, `replies` and `relay serve`, added by `register`.

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

from dreamjournal.cli_text import N_, ask_new_secret, cli_language, say
from dreamjournal.errors import ConsentRequired, InvalidInput

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
        raise InvalidInput(
            "error.commands.cannot_read_passcode", path=path, exc_strerror=exc.strerror
        ) from None


def _show_help_if_crisis(run: Any) -> Any:
    """Run `run()`; on CrisisPause print where help is before the error message."""
    from dreamjournal.visualize.service import CrisisPause

    try:
        return run()
    except CrisisPause:
        from dreamjournal.cli_text import environment_locale
        from dreamjournal.settings import get_settings
        from dreamjournal.therapy.safety import help_text

        for line in help_text(
            cli_language(), get_settings().help_region, locale=environment_locale()
        ):
            typer.echo(line, err=True)
        raise


def share(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help=N_("cli.help.share.entry_id"))],
    relay: Annotated[
        str | None,
        typer.Option("--relay", help=N_("cli.help.share.relay")),
    ] = None,
    consent: Annotated[
        bool,
        typer.Option("--consent", help=N_("cli.help.share.consent")),
    ] = False,
    include: Annotated[str, typer.Option("--include", help=N_("cli.help.share.include"))] = "text",
    expires: Annotated[
        str | None, typer.Option("--expires", help=N_("cli.help.share.expires"))
    ] = None,
    max_views: Annotated[
        int | None, typer.Option("--max-views", help=N_("cli.help.share.max_views"))
    ] = None,
    burn: Annotated[bool, typer.Option("--burn", help=N_("cli.help.share.burn"))] = False,
    ask_passcode: Annotated[
        bool, typer.Option("--passcode", help=N_("cli.help.share.ask_passcode"))
    ] = False,
    passcode_file: Annotated[
        Path | None, typer.Option("--passcode-file", help=N_("cli.help.share.passcode_file"))
    ] = None,
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help=N_("cli.help.share.bundle")),
    ] = None,
    confirm: Annotated[bool, typer.Option("--confirm", help=N_("cli.help.share.confirm"))] = False,
    as_json: Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))] = False,
    reel: Annotated[
        bool,
        typer.Option("--reel", help=N_("cli.help.share.reel")),
    ] = False,
) -> None:
    """Share one dream: publish it to a relay and print the link once (or write --bundle FILE).

    With --reel, ID names a dream reel; the friend sees its video, no dream's text.
    """
    from dreamjournal.share.service import DEFAULT_EXPIRY, parse_expiry, parse_include

    chosen = parse_include(include)
    passcode = _read_passcode(passcode_file)
    if bundle is not None:
        if expires is not None or max_views is not None or burn:
            raise InvalidInput("error.commands.bundle_file_cannot")
        if ask_passcode and passcode is None:
            passcode = _prompt_passcode()
        _share_bundle(ctx, entry_id, bundle, chosen, passcode, confirm, as_json, reel)
        return
    from dreamjournal.services.shares import check_max_views, publish_share, relay_url

    expires_in = parse_expiry(expires or DEFAULT_EXPIRY)
    check_max_views(max_views)
    where = relay_url(relay)
    if not consent:
        from dreamjournal.share.relay_shares import CONSENT_MESSAGE

        raise ConsentRequired(CONSENT_MESSAGE)
    if ask_passcode and passcode is None:
        passcode = _prompt_passcode()
    journal = _obj(ctx).unlock()
    created = _show_help_if_crisis(
        lambda: publish_share(
            journal,
            None if reel else entry_id,
            where,
            consent=consent,
            include=chosen,
            reel_id=entry_id if reel else None,
            expires_in=expires_in,
            max_views=max_views,
            passcode=passcode,
            burn=burn,
            crisis_confirmed=confirm,
        )
    )
    expiry = _when(created.expires)
    if as_json:
        _print_json({"id": created.share_id, "url": created.url, "expires": expiry})
        return
    typer.echo(created.url)
    limit = say("cli.at_most_views", n=created.max_views) if created.max_views else ""
    shown = expiry if created.expires is not None else say("cli.never")
    typer.echo(
        say("cli.share_id_expires", created_share_id=created.share_id, expiry=shown, limit=limit)
    )
    typer.echo(
        say("cli.only_people_link", created_share_id_8=created.share_id[:8]),
        err=True,
    )


def _prompt_passcode() -> str:
    from dreamjournal.share.crypto import check_passcode

    return ask_new_secret("cli.passcode_friend", check_passcode)


def _share_bundle(
    ctx: typer.Context,
    entry_id: str,
    out: Path,
    chosen: tuple[str, ...],
    passcode: str | None,
    confirm: bool,
    as_json: bool,
    reel: bool = False,
) -> None:
    from dreamjournal.services.shares import create_bundle

    journal = _obj(ctx).unlock()
    made = _show_help_if_crisis(
        lambda: create_bundle(
            journal,
            None if reel else entry_id,
            out,
            include=chosen,
            reel_id=entry_id if reel else None,
            passcode=passcode,
            crisis_confirmed=confirm,
        )
    )
    if as_json:
        _print_json(
            {"id": made.share_id, "path": str(made.path), "key": made.fragment, "url": made.link}
        )
        return
    typer.echo(made.link)
    typer.echo(say("cli.share_id", made_share_id=made.share_id))
    typer.echo(
        say("cli.wrote_send_file", made_path=made.path, made_fragment=made.fragment),
        err=True,
    )


def _listing_line(s: ShareListing) -> str:
    views = "-" if s.views is None else str(s.views)
    if s.max_views is not None:
        views += f"/{s.max_views}"
    flags = "".join(
        f"  [{name}]"
        for name, on in (("passcode", s.passcode), ("burn", s.burn), ("replies", s.replies))
        if on
    )
    status = "relay unreachable" if s.status == "unreachable" else s.status
    where = s.url or s.path or ""
    return (
        f"{s.share_id[:8]}  {status:<8}  views {views:<6}  expires {_when(s.expires):<16}  "
        f"{s.title}  [{','.join(s.includes)}]{flags}  {where}"
    )


def shares(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))] = False,
) -> None:
    """List your shares with live status and views from their relay, and the link again."""
    from dreamjournal.services.shares import list_shares

    found = list_shares(_obj(ctx).unlock())
    if as_json:
        _print_json([s.to_json() for s in found])
        return
    sys.stdout.write("".join(_listing_line(s) + "\n" for s in found))
    if any(s.status == "unreachable" for s in found):
        typer.echo(say("cli.some_relays_could"), err=True)


def revoke(
    ctx: typer.Context,
    share_id: Annotated[str, typer.Argument(metavar="SHARE_ID", help=N_("cli.help.opt.share_id"))],
    forget: Annotated[
        bool,
        typer.Option(
            "--forget",
            help=N_("cli.help.revoke.forget"),
        ),
    ] = False,
) -> None:
    """Revoke a share: its link stops working at once."""
    from dreamjournal.services.shares import forget_share, revoke_share

    journal = _obj(ctx).unlock()
    record = forget_share(journal, share_id) if forget else revoke_share(journal, share_id)
    title = record.get("title")
    if record.get("kind") == "bundle":
        typer.echo(say("cli.forgot_bundle_file", title=title))
    elif forget and record.get("kind") == "relay" and not record.get("revoked"):
        typer.echo(say("cli.forgot_share_without", title=title))
    elif record.get("kind") == "relay":
        typer.echo(say("cli.revoked_share_link", title=title))
    else:
        typer.echo(say("cli.forgot_old_share", title=title))


def replies(
    ctx: typer.Context,
    share_id: Annotated[str, typer.Argument(metavar="SHARE_ID", help=N_("cli.help.opt.share_id"))],
    as_json: Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))] = False,
) -> None:
    """Friends' replies to a share, opened with this vault's reply key, as plain text."""
    from dreamjournal.services.shares import share_replies

    found = share_replies(_obj(ctx).unlock(), share_id)
    if as_json:
        _print_json(
            [{"id": r.reply_id, "created": _when(r.created), "text": r.text} for r in found]
        )
        return
    if not found:
        typer.echo(say("cli.replies_yet"), err=True)
    for r in found:
        typer.echo(f"--- {_when(r.created)}")
        typer.echo(_plain(r.text))


def _plain(text: str) -> str:
    """A friend's text for a terminal: no control characters (escape sequences) get through."""
    return "".join(c if c in "\n\t" or c.isprintable() else "\ufffd" for c in text)


relay_app = typer.Typer(help=N_("cli.help.relay"), no_args_is_help=True)


@relay_app.command("serve", help=N_("cli.help.relay.serve"))
def relay_serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help=N_("cli.help.relay.serve.host"))
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help=N_("cli.help.relay.serve.port"), min=1, max=65535)
    ] = 8600,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            help=N_("cli.help.relay.serve.database_url"),
        ),
    ] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option("--forwarded-allow-ips", help=N_("cli.help.relay.serve.forwarded_allow_ips")),
    ] = None,
) -> None:
    """Serve the share relay: it stores sealed dreams and can read none of them."""
    from dreamjournal.relay import default_database_url, serve

    url = database_url or default_database_url(_obj(ctx).data_dir)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        typer.echo(
            say("cli.note_relay_speaks", host=host),
            err=True,
        )
    serve(host, port, url, forwarded_allow_ips=forwarded_allow_ips)


def register(app: typer.Typer, panel: str | None = None) -> None:
    """Add `share`, `shares`, `revoke`, `replies` and `relay serve` to the app (once)."""
    present = {c.name for c in app.registered_commands}
    for name, command, help_key in (
        ("share", share, N_("cli.help.share")),
        ("shares", shares, N_("cli.help.shares")),
        ("revoke", revoke, N_("cli.help.revoke")),
        ("replies", replies, N_("cli.help.replies")),
    ):
        if name not in present:
            app.command(name, rich_help_panel=panel, help=help_key)(command)
    if "relay" not in {g.name for g in app.registered_groups}:
        app.add_typer(relay_app, name="relay", rich_help_panel=panel)
