"""The `dreamjournal` command. User errors print one line on stderr and exit 1 (`CommandGroup`).

Heavy modules (SQLAlchemy, pydantic, numpy) are imported inside the commands that need them,
so `list`, `search` and `add` start fast.

A command's --help text is the catalogue's (`help=N_("cli.help.<command>")`, options
`cli.help.<command>.<option>` or, shared, `cli.help.opt.<option>`), in the command line's
language; its docstring is for the reader of the code.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup, TyperOption

from dreamjournal.cli_text import (
    N_,
    ask_new_secret,
    ask_secret,
    cli_language,
    confirm,
    confirm_or_stop,
    help_context,
    help_key,
    say,
    set_language,
)
from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.i18n import format_decimal
from dreamjournal.render.commands import register as register_render_commands
from dreamjournal.services import Entry, Journal
from dreamjournal.services.entries import parse_date
from dreamjournal.share.commands import register as register_share_commands
from dreamjournal.store.location import DEFAULT_VAULT, vault_path

JOURNAL, VISUALIZE, SHARING, THERAPY, VAULT = PANELS = (
    N_("cli.help.panel.journal"),
    N_("cli.help.panel.visualize"),
    N_("cli.help.panel.sharing"),
    N_("cli.help.panel.therapy"),
    N_("cli.help.panel.vault"),
)  # the --help panels, in this order (each command names its panel: `rich_help_panel`)


class CommandGroup(TyperGroup):
    """The root command: a user error in any command below it is one line and exit 1.

    Here rather than around `app()` so that every way of running the app (the console script,
    `python -m`, Typer's `CliRunner` in the tests) answers a user error the same way.
    Its --help lists the commands panel by panel (PANELS), and no option shows a value
    placeholder it does not take (Typer prints `<bool>` beside every flag).

    --help is in the command line's language: every help text and panel title in the code is a
    catalogue key (`N_`), written out when help is shown by the context class every command
    gets here (`cli_text.help_context`); `--lang` is read before any option is acted on, so
    `--help --lang de`, `--lang de --help` and `--lang de add --help` are all German.
    """

    # `ctx` is click's Context: Typer's own name for it differs between the versions we allow.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DreamJournalError as exc:
            typer.echo(f"dreamjournal: {exc.render(cli_language())}", err=True)
            raise typer.Exit(1) from None
        except typer.Abort:  # "no" to a question, Ctrl-C or end of input at a prompt
            typer.echo(say("cli.prompt.stopped"), err=True)  # click would print "Aborted!"
            raise typer.Exit(1) from None

    def list_commands(self, ctx: Any) -> list[str]:
        """The commands panel by panel (PANELS order), in the order written within each."""

        def panel(name: str) -> int:
            title = help_key(self.commands[name], "rich_help_panel")  # the key, in any language
            return PANELS.index(title) if title in PANELS else len(PANELS)

        return sorted(super().list_commands(ctx), key=panel)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        _hide_flag_types(self, typer.Context(self))  # before any --help is answered
        _help_in_cli_language(self)
        return super().main(*args, **kwargs)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        set_language(self._given_language(ctx, args))  # before --help, wherever it stands
        parsed: list[str] = super().parse_args(ctx, args)
        return parsed

    def _given_language(self, ctx: Any, args: list[str]) -> str | None:
        """The root's `--lang` in `args`, read by click's own parser without acting on any
        option (None: not given, or the arguments do not parse; the real parse says why)."""
        try:
            opts, _, _ = self.make_parser(ctx).parse_args(args=list(args))
        except Exception:  # a usage error: reported by the parse that follows
            return None
        lang = opts.get("lang")
        return lang if isinstance(lang, str) else None


def _hide_flag_types(command: Any, ctx: Any) -> None:
    """An empty metavar for every flag (and --help) of `command` and the commands below it."""
    params = [*command.params, command.get_help_option(ctx)]
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag:
            param.metavar = ""
    for sub in getattr(command, "commands", {}).values():
        _hide_flag_types(sub, ctx)


def _help_in_cli_language(command: Any) -> None:
    """A context class whose help is in the command line's language (`help_context`) for
    `command` and every command below it."""
    command.context_class = help_context(type(command).context_class)
    for sub in getattr(command, "commands", {}).values():
        _help_in_cli_language(sub)


app = typer.Typer(
    cls=CommandGroup,
    help=N_("cli.help.root"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_share_commands(app, SHARING)  # share, shares, revoke, replies, relay serve
register_render_commands(app, VISUALIZE)  # render, clips, reel, reels, narration


@dataclass
class Context:
    """Where the vault is and how to get its passphrase."""

    data_dir: Path
    vault: str
    passphrase_file: Path | None
    _given: str | None = None  # asked once per command, even when two steps need it

    @property
    def path(self) -> Path:
        return vault_path(self.data_dir, self.vault)

    def passphrase(self, *, confirm: bool = False) -> str:
        """From DREAMJOURNAL_PASSPHRASE, else --passphrase-file, else a hidden prompt (once)."""
        if self._given is None:
            self._given = self._read_passphrase(confirm)
        return self._given

    def _read_passphrase(self, confirm: bool) -> str:
        env = os.environ.get("DREAMJOURNAL_PASSPHRASE")
        if env:
            return env
        if self.passphrase_file is not None:
            try:
                return self.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise InvalidInput(
                    "error.cli.cannot_read_passphrase",
                    passphrase_file=self.passphrase_file,
                    exc_strerror=exc.strerror,
                ) from None
        if sys.stdin is sys.__stdin__ and not _a_terminal(sys.stdin):
            # no one to ask (a pipe, /dev/null, a cron job): say how to give it, rather than
            # a getpass warning and "Stopped"
            raise InvalidInput("error.cli.no_terminal_passphrase")
        if not confirm:
            return ask_secret("cli.passphrase")
        from dreamjournal.services.vaults import check_new_passphrase

        return ask_new_secret("cli.passphrase", check_new_passphrase, "create.mismatch")

    def unlock(self) -> Journal:
        from dreamjournal.services.vaults import unlock_vault

        return unlock_vault(self.path, self.passphrase())


def _a_terminal(stream: object) -> bool:
    """Whether `stream` is a terminal a hidden prompt can use."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty()) if callable(isatty) else False


DataDir = Annotated[
    Path,
    typer.Option("--data-dir", envvar="DREAMJOURNAL_DATA_DIR", help=N_("cli.help.opt.data_dir")),
]


def _show_version(value: bool) -> None:
    if value:
        from dreamjournal import __version__

        typer.echo(f"dreamjournal {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help=N_("cli.help.root.version")
        ),
    ] = False,
    data_dir: DataDir = Path("data"),
    vault: Annotated[
        str, typer.Option("--vault", envvar="DREAMJOURNAL_VAULT", help=N_("cli.help.root.vault"))
    ] = DEFAULT_VAULT,
    passphrase_file: Annotated[
        Path | None, typer.Option("--passphrase-file", help=N_("cli.help.root.passphrase_file"))
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=N_("cli.help.root.lang")),
    ] = None,
) -> None:
    set_language(lang)
    ctx.obj = Context(data_dir, vault, passphrase_file)


def _obj(ctx: typer.Context) -> Context:
    obj: Context = ctx.obj
    return obj


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _line(e: Entry) -> str:
    marks = ("  [nightmare]" if e.nightmare else "") + ("  [lucid]" if e.lucid else "")
    tags = ("  " + " ".join(f"#{t}" for t in e.tags)) if e.tags else ""
    return f"{e.date.isoformat()}  {e.id[:8]}  {e.title}{tags}{marks}"


def _print_entries(entries: list[Entry], as_json: bool) -> None:
    if as_json:
        _print_json([e.to_public() for e in entries])
    else:
        sys.stdout.write("".join(_line(e) + "\n" for e in entries))


def _read_body(body: str | None) -> str | None:
    if body is not None:
        return body
    if sys.stdin.isatty():
        typer.echo(say("cli.write_dream_end"), err=True)
    return sys.stdin.read()


Title = Annotated[str | None, typer.Option("--title", "-t", help=N_("cli.help.opt.title"))]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", "-d", help=N_("cli.help.opt.date")),
]
Tags = Annotated[list[str] | None, typer.Option("--tag", help=N_("cli.help.opt.tag"))]
Emotions = Annotated[list[str] | None, typer.Option("--emotion", help=N_("cli.help.opt.emotion"))]
Lucidity = Annotated[int | None, typer.Option("--lucidity", help=N_("cli.help.opt.lucidity"))]
Vividness = Annotated[int | None, typer.Option("--vividness", help=N_("cli.help.opt.vividness"))]
SleepQuality = Annotated[
    int | None, typer.Option("--sleep-quality", help=N_("cli.help.opt.sleep_quality"))
]
Body = Annotated[str | None, typer.Option("--body", help=N_("cli.help.opt.body"))]
AsJson = Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))]
EntryId = Annotated[str, typer.Argument(metavar="ID", help=N_("cli.help.opt.entry_id"))]
SessionId = Annotated[str, typer.Argument(metavar="SESSION", help=N_("cli.help.opt.session_id"))]


def _fields(**given: Any) -> dict[str, Any]:
    return {k: v for k, v in given.items() if v is not None}


@app.command("app", rich_help_panel=JOURNAL, help=N_("cli.help.app"))
def run_app(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help=N_("cli.help.app.host"))] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help=N_("cli.help.app.port"))] = 8501,
) -> None:
    """Start the journal app in the browser (on this computer only, by default)."""
    from dreamjournal.settings import is_loopback_url

    if not is_loopback_url(f"http://{host}/"):
        typer.echo(
            say("cli.warning_serving_on", host=host),
            err=True,
        )
    data_dir = _obj(ctx).data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ["DREAMJOURNAL_DATA_DIR"] = str(data_dir)
    typer.echo(say("cli.dream_journal_on", host=host, port=port, data_dir=data_dir))
    from dreamjournal.ui.launch import APP_SCRIPT, serve

    serve(APP_SCRIPT, host, port)


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.init"))
def init(
    ctx: typer.Context,
    demo: Annotated[bool, typer.Option("--demo", help=N_("cli.help.init.demo"))] = False,
) -> None:
    """Create a new vault (asks for the passphrase twice)."""
    c = _obj(ctx)
    from dreamjournal.services.vaults import create_vault

    _, added = create_vault(c.path, c.passphrase(confirm=True), demo=demo)
    if demo:
        typer.echo(say("cli.created_vault_examples", vault=c.vault, path=c.path, n=added))
    else:
        typer.echo(say("cli.created_vault", vault=c.vault, path=c.path))
    typer.echo(say("cli.keep_passphrase_safe"))


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.add"))
def add(
    ctx: typer.Context,
    title: Annotated[
        str,
        typer.Option("--title", "-t", help=N_("cli.help.add.title")),
    ] = "",
    date_: DateOpt = None,
    tag: Tags = None,
    emotion: Emotions = None,
    nightmare: Annotated[
        bool | None,
        typer.Option("--nightmare/--no-nightmare", help=N_("cli.help.add.nightmare")),
    ] = None,
    recurring: Annotated[
        bool, typer.Option("--recurring", help=N_("cli.help.add.recurring"))
    ] = False,
    lucidity: Lucidity = None,
    vividness: Vividness = None,
    sleep_quality: SleepQuality = None,
    body: Body = None,
) -> None:
    """Add a dream; prints its id. The body comes from --body or stdin; the title is optional."""
    c = _obj(ctx)
    fields = _fields(
        title=title,
        date=date_,
        tags=tag,
        emotions=emotion,
        lucidity=lucidity,
        vividness=vividness,
        sleep_quality=sleep_quality,
    )
    from dreamjournal.services.entries import add_entry, dream_night

    fields["date"] = dream_night(date_)  # checked before asking for the passphrase or body
    journal = c.unlock()

    if nightmare is not None:  # said either way: "Was this a nightmare?" is answered
        fields["nightmare_checked"] = True
    entry = add_entry(
        journal,
        **fields,
        nightmare=bool(nightmare),
        recurring=recurring,
        body=_read_body(body) or "",
    )
    typer.echo(entry.id)
    _care_on_save(entry)


def _care_on_save(entry: Entry) -> None:
    """Crisis language is checked on save: where help is goes to stderr (stdout stays the id)."""
    from dreamjournal.visualize.service import entry_safety

    safety = entry_safety(entry)
    if safety.flagged:
        _show_help_resources(safety.language)
    from dreamjournal.services.entries import needs_nightmare_question

    if needs_nightmare_question(entry):  # asked now, as the app asks after saving
        typer.echo(say("cli.nightmare_q", entry_id=entry.id[:8]), err=True)


@app.command("list", rich_help_panel=JOURNAL, help=N_("cli.help.list"))
def list_(
    ctx: typer.Context,
    n: Annotated[int | None, typer.Option("-n", help=N_("cli.help.list.n"))] = None,
    as_json: AsJson = False,
) -> None:
    """List dreams, newest first."""
    found = _obj(ctx).unlock().list(limit=n)
    _print_entries(found, as_json)
    if not found and not as_json:
        typer.echo(say("cli.list_empty"), err=True)  # stderr: a script still reads nothing


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.search"))
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help=N_("cli.help.search.query"))] = "",
    tag: Annotated[str | None, typer.Option("--tag", help=N_("cli.help.search.tag"))] = None,
    since: Annotated[str | None, typer.Option("--since", help=N_("cli.help.search.since"))] = None,
    until: Annotated[str | None, typer.Option("--until", help=N_("cli.help.search.until"))] = None,
    nightmare: Annotated[
        bool, typer.Option("--nightmare", help=N_("cli.help.search.nightmare"))
    ] = False,
    lucid: Annotated[bool, typer.Option("--lucid", help=N_("cli.help.search.lucid"))] = False,
    as_json: AsJson = False,
) -> None:
    """Search dreams (case- and accent-insensitive; `traum` finds `Träume`)."""
    since_d = parse_date(since) if since else None
    until_d = parse_date(until) if until else None
    found = (
        _obj(ctx)
        .unlock()
        .search(
            query,
            tag=tag,
            since=since_d,
            until=until_d,
            nightmare=True if nightmare else None,
            lucid=True if lucid else None,
        )
    )
    _print_entries(found, as_json)
    if not found and not as_json:
        # What the app says; on stderr, so a script reading the list still reads nothing.
        typer.echo(say("journal.none"), err=True)


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.show"))
def show(
    ctx: typer.Context,
    entry_id: EntryId,
    as_json: AsJson = False,
) -> None:
    """Show one dream in full."""
    e = _obj(ctx).unlock().get(entry_id)
    if as_json:
        _print_json(e.to_public())
        return
    typer.echo(_line(e))
    if e.emotions:
        typer.echo(say("cli.feelings", join_e_emotions=", ".join(e.emotions)))
    scales = say("cli.scales", lucidity=e.lucidity, vividness=e.vividness)
    typer.echo(scales + (say("cli.recurring") if e.recurring else ""))
    typer.echo("")
    typer.echo(e.body)
    if e.rescript:
        typer.echo("\n" + say("cli.rescript", e_rescript=e.rescript))


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.edit"))
def edit(
    ctx: typer.Context,
    entry_id: EntryId,
    title: Title = None,
    date_: DateOpt = None,
    tag: Tags = None,
    emotion: Emotions = None,
    nightmare: Annotated[
        bool | None,
        typer.Option("--nightmare/--no-nightmare", help=N_("cli.help.edit.nightmare")),
    ] = None,
    recurring: Annotated[
        bool | None,
        typer.Option("--recurring/--no-recurring", help=N_("cli.help.edit.recurring")),
    ] = None,
    lucidity: Lucidity = None,
    vividness: Vividness = None,
    sleep_quality: SleepQuality = None,
    body: Annotated[str | None, typer.Option("--body", help=N_("cli.help.edit.body"))] = None,
) -> None:
    """Change a dream; only the options you give change."""
    changes = _fields(
        title=title,
        date=date_,
        tags=tag,
        emotions=emotion,
        nightmare=nightmare,
        recurring=recurring,
        lucidity=lucidity,
        vividness=vividness,
        sleep_quality=sleep_quality,
        body=body,
    )
    if not changes:
        raise InvalidInput("error.cli.nothing_change_give")
    if nightmare is not None:
        changes["nightmare_checked"] = True  # the answer to "Was this a nightmare?"
    from dreamjournal.services.entries import edit_entry

    entry = edit_entry(_obj(ctx).unlock(), entry_id, **changes)
    typer.echo(entry.id)


@app.command(rich_help_panel=JOURNAL, help=N_("cli.help.delete"))
def delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=N_("cli.help.delete.yes"))] = False,
) -> None:
    """Delete a dream for good."""
    journal = _obj(ctx).unlock()
    entry = journal.get(entry_id)
    if not yes and sys.stdin.isatty():
        confirm_or_stop(
            say("cli.delete_cannot_undone", entry_title=entry.title, entry_date=entry.date)
        )
    from dreamjournal.services.entries import delete_entry

    delete_entry(journal, entry.id)
    typer.echo(say("cli.deleted", entry_id=entry.id))


@app.command(rich_help_panel=VAULT, help=N_("cli.help.passwd"))
def passwd(ctx: typer.Context) -> None:
    """Change the passphrase (new one from DREAMJOURNAL_NEW_PASSPHRASE or a prompt)."""
    journal = _obj(ctx).unlock()
    from dreamjournal.services.vaults import change_passphrase, check_new_passphrase

    new = os.environ.get("DREAMJOURNAL_NEW_PASSPHRASE") or ask_new_secret(
        "cli.new_passphrase", check_new_passphrase, "create.mismatch"
    )

    # The CLI unlocked with this very passphrase a moment ago; the service checks it again.
    change_passphrase(journal, _obj(ctx).passphrase(), new)
    typer.echo(say("cli.passphrase_changed_entries"))


@app.command(rich_help_panel=VAULT, help=N_("cli.help.export"))
def export(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help=N_("cli.help.export.out"))],
    fmt: Annotated[str, typer.Option("--format", help=N_("cli.help.export.fmt"))] = ("encrypted"),
) -> None:
    """Export: an encrypted backup, or plaintext JSON / Markdown."""
    from dreamjournal.services.backup import check_output_path, export_backup, export_plaintext

    if fmt not in ("encrypted", "json", "markdown"):
        raise InvalidInput("error.cli.unknown_export_format", fmt=fmt)
    check_output_path(out)  # before the passphrase: a device or folder is never replaced
    journal = _obj(ctx).unlock()
    if fmt == "encrypted":
        n = export_backup(journal, out)
        typer.echo(say("cli.wrote_encrypted_backup", n=n, out=out))
        return
    typer.echo(
        say("cli.warning_will_encrypted", out=out),
        err=True,
    )
    n = export_plaintext(journal, out, fmt, cli_language())
    typer.echo(say("cli.wrote_dreams", n=n, out=out))


@app.command("import", rich_help_panel=VAULT, help=N_("cli.help.import"))
def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help=N_("cli.help.import.file"))],
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help=N_("cli.help.import.dry_run")),
    ] = False,
) -> None:
    """Import a Dream Journal backup or JSON export, or a jrnl `--format json` export.

    All or nothing: the whole file is checked first; dreams already here are skipped.
    """
    from dreamjournal.services.backup import import_path

    c = _obj(ctx)
    journal = c.unlock()

    def ask_backup_passphrase() -> str:
        env = os.environ.get("DREAMJOURNAL_BACKUP_PASSPHRASE")
        return env or ask_secret("cli.passphrase_backup")

    result = import_path(journal, file, c.passphrase(), ask_backup_passphrase, dry_run=dry_run)
    kind = say(f"cli.import_kind.{result.kind.replace(' ', '_')}")
    parts = [
        say("cli.would_import" if dry_run else "cli.imported", n=result.added, kind=kind),
        say("cli.import_skipped", n=result.skipped) if result.skipped else "",
        say("cli.clips_would_restore" if dry_run else "cli.clips_restored", n=result.clips)
        if result.clips
        else "",
        say("cli.clips_missing", n=result.clips_missing) if result.clips_missing else "",
        say("cli.nothing_written") if dry_run else "",
    ]
    typer.echo(" ".join(p for p in parts if p))


@app.command(rich_help_panel=VISUALIZE, help=N_("cli.help.visualize"))
def visualize(
    ctx: typer.Context,
    entry_id: EntryId,
    writer: Annotated[str, typer.Option("--writer", help=N_("cli.help.visualize.writer"))] = (
        "offline"
    ),
    consent: Annotated[
        bool, typer.Option("--consent", help=N_("cli.help.visualize.consent"))
    ] = False,
    confirm: Annotated[
        bool, typer.Option("--confirm", help=N_("cli.help.visualize.confirm"))
    ] = False,
    seconds: Annotated[
        float, typer.Option("--seconds", help=N_("cli.help.visualize.seconds"))
    ] = 12.0,
    as_json: AsJson = False,
) -> None:
    """Turn a dream into a shot-list prompt and a guided-imagery script."""
    from dreamjournal.services.entries import cameo_of, require_nightmare_answer
    from dreamjournal.visualize.service import visualize as build

    journal = _obj(ctx).unlock()
    entry = journal.get(entry_id)
    require_nightmare_answer(entry)  # nothing replays a possible nightmare word for word
    result = build(
        entry,
        writer=writer,
        consent=consent,
        crisis_confirmed=confirm,
        seconds=seconds,
        cameo=cameo_of(journal),
    )
    if result.safety.flagged:
        _show_help_resources(result.analysis.language)
    if result.fallback_reason:
        typer.echo(
            say("cli.note", result_fallback_reason=result.fallback_text(cli_language())), err=True
        )
    if as_json:
        _print_json(result.to_json())
        return
    typer.echo(result.prompt.as_text())
    minutes = format_decimal(result.script.duration / 60, cli_language())
    source = say(f"cli.built_from.{result.built_from}")
    typer.echo("\n" + say("cli.guided_script_min", minutes=minutes, source=source))
    for step in result.script.steps:
        phase = say(f"phase.{step.phase}")
        typer.echo(f"  [{phase}, {step.duration:.0f} s] {step.text}")


def _show_help_resources(text_language: str) -> None:
    """Where help is, on stderr, in the command line's language, for where the person is (the
    configured region, else the locale's country) and for the language they wrote in."""
    from dreamjournal.cli_text import environment_locale
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.safety import help_text

    for line in help_text(
        cli_language(),
        get_settings().help_region,
        locale=environment_locale(),
        text_language=text_language,
    ):
        typer.echo(line, err=True)


@app.command(rich_help_panel=THERAPY, help=N_("cli.help.rescript"))
def rescript(
    ctx: typer.Context,
    entry_id: EntryId,
    text: Annotated[str | None, typer.Option("--text", help=N_("cli.help.rescript.text"))] = None,
    suggest: Annotated[bool, typer.Option("--suggest", help=N_("cli.help.rescript.suggest"))] = (
        False
    ),
) -> None:
    """Write the changed version of a nightmare (Imagery Rehearsal Therapy)."""
    from dreamjournal.services.therapy import rescript as set_rescript
    from dreamjournal.therapy.irt import rules, suggest_rescripts

    journal = _obj(ctx).unlock()
    entry = journal.get(entry_id)
    if suggest:
        from dreamjournal.analysis import analyze

        features = analyze(entry.body or entry.title)
        for idea in suggest_rescripts(features):
            typer.echo(f"- {idea}")
        for rule in rules(features.language):
            typer.echo(f"  ({rule})")
        return
    updated = set_rescript(journal, entry.id, _read_body(text) or "")
    typer.echo(say("cli.saved_changed_version", updated_title=updated.title))


Day = Annotated[
    str | None,
    typer.Option(
        "--day",
        help=N_("cli.help.opt.day"),
    ),
]


def _day(value: str | None) -> Any:
    """A --day option as a date (None: today); words like 'yesterday' work too."""
    if not value:
        return None
    return parse_date(value)


@app.command(rich_help_panel=THERAPY, help=N_("cli.help.rehearse"))
def rehearse(
    ctx: typer.Context,
    entry_id: EntryId,
    minutes: Annotated[int, typer.Option("--minutes", help=N_("cli.help.rehearse.minutes"))],
    distress_before: Annotated[
        int, typer.Option("--distress-before", help=N_("cli.help.rehearse.distress_before"))
    ],
    distress_after: Annotated[
        int, typer.Option("--distress-after", help=N_("cli.help.rehearse.distress_after"))
    ],
    day: Day = None,
) -> None:
    """Log a rehearsal of a rescript (minutes, distress before and after), today or earlier."""
    from dreamjournal.services.therapy import rehearse as log_rehearsal
    from dreamjournal.therapy.irt import minutes_on

    journal = _obj(ctx).unlock()
    r = log_rehearsal(
        journal,
        entry_id,
        minutes=minutes,
        distress_before=distress_before,
        distress_after=distress_after,
        day=_day(day),
    )
    from datetime import date

    logged = "cli.rehearsal_logged_today" if r.day == date.today() else "cli.rehearsal_logged_on"
    typer.echo(
        say(
            logged,
            minutes=r.minutes,
            day=r.day,
            before=r.distress_before,
            after=r.distress_after,
            total=minutes_on(journal, r.day),
        )
    )


session_app = typer.Typer(help=N_("cli.help.session"), no_args_is_help=True)
app.add_typer(session_app, name="session", rich_help_panel=THERAPY)


def _timezone(name: str | None) -> Any:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        from dreamjournal.settings import get_settings

        name = get_settings().timezone
    if not name:
        return None  # the system's local zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("error.cli.unknown_time_zone", name=name) from None


TimeZone = Annotated[str | None, typer.Option("--tz", help=N_("cli.help.opt.tz"))]


@session_app.command("start", help=N_("cli.help.session.start"))
def session_start(
    ctx: typer.Context,
    entry_id: EntryId,
    suds_before: Annotated[
        int, typer.Option("--suds-before", help=N_("cli.help.session.start.suds_before"))
    ],
    day: Day = None,
    tz: TimeZone = None,
) -> None:
    """Start a session on a dream (today, or back-dated with --day); prints the session id."""
    from dreamjournal.services.therapy import start_session

    journal = _obj(ctx).unlock()
    session = start_session(
        journal, entry_id, suds_before=suds_before, day=_day(day), tz=_timezone(tz)
    )
    typer.echo(session.id)


@session_app.command("end", help=N_("cli.help.session.end"))
def session_end(
    ctx: typer.Context,
    session_id: SessionId,
    suds_after: Annotated[
        int, typer.Option("--suds-after", help=N_("cli.help.session.end.suds_after"))
    ],
    notes_file: Annotated[
        Path | None, typer.Option("--notes-file", help=N_("cli.help.session.end.notes_file"))
    ] = None,
) -> None:
    """End a session with distress after and optional notes."""
    from dreamjournal.services.therapy import end_session

    notes = _notes_from(notes_file) if notes_file is not None else ""
    s = end_session(_obj(ctx).unlock(), session_id, suds_after=suds_after, notes=notes)
    typer.echo(
        say(
            "cli.session_saved_distress",
            s_id_8=s.id[:8],
            s_suds_before=s.suds_before,
            s_suds_after=s.suds_after,
        )
    )


def _notes_from(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("error.cli.cannot_read_notes", notes_file=path, exc=exc) from None


@session_app.command("notes", help=N_("cli.help.session.notes"))
def session_notes(
    ctx: typer.Context,
    session_id: SessionId,
    notes_file: Annotated[
        Path | None,
        typer.Option("--notes-file", help=N_("cli.help.session.notes.notes_file")),
    ] = None,
    tz: TimeZone = None,
) -> None:
    """Show a session's notes in full with their earlier versions, or replace them."""
    from datetime import datetime

    from dreamjournal.services.therapy import edit_session_notes
    from dreamjournal.therapy.sessions import get_session

    def _local(stamp: str, zone: Any) -> str:
        return datetime.fromisoformat(stamp).astimezone(zone).strftime("%Y-%m-%d %H:%M")

    journal = _obj(ctx).unlock()
    if notes_file is not None:
        s = edit_session_notes(journal, session_id, _notes_from(notes_file))
        typer.echo(say("cli.session_notes_saved", session=s.id[:8], kept=len(s.notes_history)))
        return
    s = get_session(journal, session_id)
    zone = _timezone(tz)
    typer.echo(say("cli.session_heading", session=s.id[:8], when=_local(s.started, zone)))
    typer.echo(s.notes or say("cli.no_notes"))
    for version in reversed(s.notes_history):
        typer.echo("\n" + say("cli.notes_until", when=_local(version["until"], zone)))
        typer.echo(version["notes"] or say("cli.no_notes"))


@session_app.command("discard", help=N_("cli.help.session.discard"))
def session_discard(ctx: typer.Context, session_id: SessionId) -> None:
    """Discard a session that was started but never ended."""
    from dreamjournal.services.therapy import discard_session

    s = discard_session(_obj(ctx).unlock(), session_id)
    typer.echo(say("cli.discarded_unfinished_session", s_id_8=s.id[:8]))


@app.command(rich_help_panel=THERAPY, help=N_("cli.help.outcomes"))
def outcomes(ctx: typer.Context, tz: TimeZone = None, as_json: AsJson = False) -> None:
    """Weekly outcomes for this vault's client: nightmares, rehearsal, distress, adherence."""
    from dreamjournal.therapy.outcomes import compute_outcomes

    result = compute_outcomes(_obj(ctx).unlock(), tz=_timezone(tz))
    if as_json:
        _print_json(result.to_json())
        return
    typer.echo(say("cli.week_dreams_nightmares"))
    for w in result.weeks:
        typer.echo(
            f"{w.week}  {w.dreams:>6}  {w.nightmares:>10}  {w.rehearsal_minutes:>13}  "
            f"{w.days_rehearsed:>4}  {w.new_dreams:>3}  {w.sessions:>8}"
        )
    drop = result.mean_drop_sessions
    shown = "-" if drop is None else format_decimal(drop, cli_language())
    typer.echo(say("cli.sessions_mean_drop", n=result.total_sessions, drop=shown))


@app.command(rich_help_panel=THERAPY, help=N_("cli.help.report"))
def report(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help=N_("cli.help.report.out"))],
    session_id: Annotated[
        str | None, typer.Option("--session", help=N_("cli.help.report.session_id"))
    ] = None,
    tz: TimeZone = None,
    since: Annotated[str | None, typer.Option("--since", help=N_("cli.help.report.since"))] = None,
    until: Annotated[str | None, typer.Option("--until", help=N_("cli.help.report.until"))] = None,
    lang: Annotated[str | None, typer.Option("--lang", help=N_("cli.help.report.lang"))] = None,
) -> None:
    """Write an outcomes report (or a session summary) as PDF or Markdown.

    The clinician name and client pseudonym come from the vault's settings (the app's
    Settings page, or `dreamjournal report-names`); the vault's name stands in for an unset
    pseudonym.
    """
    from dreamjournal.services.backup import write_atomically
    from dreamjournal.services.entries import load_preferences
    from dreamjournal.services.therapy import report_people
    from dreamjournal.settings import get_settings
    from dreamjournal.therapy.outcomes import compute_outcomes
    from dreamjournal.therapy.report import outcomes_report, session_report
    from dreamjournal.therapy.sessions import get_session

    suffix = out.suffix.lower()
    if suffix not in {".pdf", ".md"}:
        raise InvalidInput("error.cli.report_written_as")
    c = _obj(ctx)
    journal = c.unlock()
    zone = _timezone(tz)
    people = report_people(journal)
    language = (
        lang
        or load_preferences(journal).get("language")
        or get_settings().language
        or cli_language()
    )
    if language not in ("en", "de"):
        raise InvalidInput("error.cli.report_language")
    who = {
        "client": people.pseudonym or c.vault,
        "clinician": people.clinician,
        "tz": zone,
        "lang": language,
    }
    if session_id:
        doc = session_report(journal, get_session(journal, session_id), **who)
    else:
        period = {"since": _day(since), "until": _day(until)}
        doc = outcomes_report(journal, compute_outcomes(journal, tz=zone, **period), **who)
    if sys.stdin.isatty():
        confirm_or_stop(say("cli.does_client_consent"))
    write_atomically(out, doc.pdf() if suffix == ".pdf" else doc.markdown().encode("utf-8"))
    typer.echo(say("cli.wrote_encrypted_keep", out=out))


home_practice_app = typer.Typer(
    help=N_("cli.help.home_practice"),
    no_args_is_help=True,
)
app.add_typer(home_practice_app, name="home-practice", rich_help_panel=THERAPY)
CODE_ENV = "DREAMJOURNAL_HOME_PRACTICE_CODE"


def _practice_code(*, confirm: bool) -> str:
    """The code agreed in session: from DREAMJOURNAL_HOME_PRACTICE_CODE, else a hidden prompt."""
    env = os.environ.get(CODE_ENV)
    if env:
        return env
    if not confirm:
        return ask_secret("hp.code")
    from dreamjournal.therapy.home_practice import check_code

    return ask_new_secret("hp.code", check_code)


def _kinds(counts: dict[str, int]) -> str:
    """'Dreams: 1 · Rehearsals: 2' in the command line's language (dreams first)."""
    order = sorted(counts, key=lambda k: (k != "entry", k))
    return " · ".join(f"{say(f'hp.kind.{kind}')}: {counts[kind]}" for kind in order)


def _say_plan(plan: Any) -> None:
    """What an import did, one line per outcome (the Home practice page's texts)."""
    for key, counts in (
        ("hp.result_added", plan.added),
        ("hp.result_updated", plan.updated),
        ("hp.result_unchanged", plan.unchanged),
        ("hp.result_kept", plan.kept),
        ("hp.result_deleted", plan.deleted_here),
    ):
        if counts:
            typer.echo(say(key, what=_kinds(counts)))
    if not plan.changes:
        typer.echo(say("hp.result_nothing"))


DreamOption = Annotated[list[str] | None, typer.Option("--dream", help=N_("cli.help.opt.dream"))]


@home_practice_app.command("export", help=N_("cli.help.home_practice.export"))
def home_practice_export(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help=N_("cli.help.home_practice.export.out"))],
    dream: DreamOption = None,
) -> None:
    """Write your rehearsals, ratings, measures and the dreams you choose, encrypted."""
    from dreamjournal.services.backup import check_output_path, write_atomically
    from dreamjournal.services.home_practice import export_home_practice

    check_output_path(out)
    journal = _obj(ctx).unlock()
    ids = [journal.resolve_id(i) for i in dream or []]
    data, counts = export_home_practice(journal, _practice_code(confirm=True), ids)
    write_atomically(out, data)
    typer.echo(say("hp.wrote", out=out, what=_kinds(counts)))


@home_practice_app.command("import", help=N_("cli.help.home_practice.import"))
def home_practice_import(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help=N_("cli.help.home_practice.import.file"))
    ],
) -> None:
    """Bring a client's home-practice file into this vault (never duplicates; all or nothing)."""
    from dreamjournal.services.home_practice import import_home_practice

    if not file.is_file():
        raise InvalidInput("error.practice.no_file", file=file)
    journal = _obj(ctx).unlock()
    _say_plan(import_home_practice(journal, file.read_bytes(), _practice_code(confirm=False)))


@home_practice_app.command("address", help=N_("cli.help.home_practice.address"))
def home_practice_address(
    ctx: typer.Context,
    relay: Annotated[
        str | None,
        typer.Option("--relay", help=N_("cli.help.home_practice.address.relay")),
    ] = None,
) -> None:
    """Show this client vault's practice address (made on first use; give it to the client)."""
    from dreamjournal.services.home_practice import practice_address
    from dreamjournal.settings import get_settings

    journal = _obj(ctx).unlock()
    address = practice_address(journal, relay or get_settings().share_relay_url)
    if address is None:
        raise InvalidInput("error.practice.no_address")
    typer.echo(say("hp.address_intro"))
    typer.echo(str(address))


@home_practice_app.command("send", help=N_("cli.help.home_practice.send"))
def home_practice_send(
    ctx: typer.Context,
    address: Annotated[
        str | None,
        typer.Option("--to", help=N_("cli.help.home_practice.send.address")),
    ] = None,
    dream: DreamOption = None,
    yes: Annotated[bool, typer.Option("--yes", help=N_("cli.help.home_practice.send.yes"))] = False,
) -> None:
    """Send your practice to your therapist's relay, sealed to their key (asks your consent)."""
    from dreamjournal.services.home_practice import remembered_address, send_home_practice

    journal = _obj(ctx).unlock()
    target = address or remembered_address(journal)
    if not target:
        raise InvalidInput("error.practice.address")
    ids = [journal.resolve_id(i) for i in dream or []]
    code = _practice_code(confirm=True)
    consent = yes or (sys.stdin.isatty() and confirm(say("hp.consent_prompt")))
    counts = send_home_practice(journal, target, code, ids, consent=consent)
    typer.echo(say("hp.sent", what=_kinds(counts)))


@home_practice_app.command("fetch", help=N_("cli.help.home_practice.fetch"))
def home_practice_fetch(ctx: typer.Context) -> None:
    """Import what waits for this vault on the relay, then delete it there (never duplicates)."""
    from dreamjournal.services.home_practice import fetch_home_practice

    journal = _obj(ctx).unlock()
    fetched = fetch_home_practice(journal, _practice_code(confirm=False))
    if fetched.imported:
        typer.echo(say("hp.fetched", n=fetched.imported))
        _say_plan(fetched.plan)
    elif not fetched.refused:
        typer.echo(say("hp.fetched_none"))
    for key, n in sorted(fetched.refused.items()):
        typer.echo(say("hp.left_on_relay", n=n, why=say(key)), err=True)


@app.command("report-names", rich_help_panel=THERAPY, help=N_("cli.help.report_names"))
def report_names(
    ctx: typer.Context,
    clinician: Annotated[
        str | None, typer.Option("--clinician", help=N_("cli.help.report_names.clinician"))
    ] = None,
    pseudonym: Annotated[
        str | None, typer.Option("--pseudonym", help=N_("cli.help.report_names.pseudonym"))
    ] = None,
) -> None:
    """Show or set the clinician name and client pseudonym printed on this vault's reports."""
    from dreamjournal.services.therapy import save_report_people

    people = save_report_people(_obj(ctx).unlock(), clinician=clinician, pseudonym=pseudonym)
    typer.echo(
        say(
            "cli.report_people",
            clinician=people.clinician or "-",
            pseudonym=people.pseudonym or "-",
        )
    )


measure_app = typer.Typer(help=N_("cli.help.measure"), no_args_is_help=True)
app.add_typer(measure_app, name="measure", rich_help_panel=THERAPY)


def _ask_number(name: str) -> int:
    """A whole number typed at a prompt, asked again (in the catalogue's words) until it is one."""
    while True:
        typed = str(typer.prompt(name)).strip()
        try:
            return int(typed)
        except ValueError:
            typer.echo(say("cli.prompt.number", value=typed), err=True)


def _answer(value: int | None, name: str) -> int:
    if value is None:
        value = _ask_number(name) if sys.stdin.isatty() else None
    if value is None:
        raise InvalidInput("error.cli.ddnsi_answer", name=name)
    return int(value)


@measure_app.command("ddnsi", help=N_("cli.help.measure.ddnsi"))
def measure_ddnsi(
    ctx: typer.Context,
    nights: Annotated[int | None, typer.Option(help=N_("cli.help.measure.ddnsi.nights"))] = None,
    nightmares: Annotated[
        int | None, typer.Option(help=N_("cli.help.measure.ddnsi.nightmares"))
    ] = None,
    severity: Annotated[int | None, typer.Option(help=N_("cli.help.measure.ddnsi.severity"))] = (
        None
    ),
    intensity: Annotated[
        int | None, typer.Option(help=N_("cli.help.measure.ddnsi.intensity"))
    ] = None,
    awakenings: Annotated[
        int | None, typer.Option(help=N_("cli.help.measure.ddnsi.awakenings"))
    ] = None,
    per: Annotated[str, typer.Option("--per", help=N_("cli.help.measure.ddnsi.per"))] = "week",
    occasion: Annotated[str, typer.Option(help=N_("cli.help.measure.ddnsi.occasion"))] = "weekly",
    day: Day = None,
    session: Annotated[
        str | None,
        typer.Option("--session", help=N_("cli.help.measure.ddnsi.session")),
    ] = None,
) -> None:
    """Fill in the DDNSI (Krakow et al.); prints the total (0-37) against the cut-off of 10."""
    from dreamjournal.services.therapy import record_measure

    given = {
        "nights": nights,
        "nightmares": nightmares,
        "severity": severity,
        "intensity": intensity,
        "awakenings": awakenings,
    }
    answers: dict[str, Any] = {name: _answer(v, name) for name, v in given.items()}
    answers["period"] = per
    m = record_measure(
        _obj(ctx).unlock(), "ddnsi", answers, occasion=occasion, day=_day(day), session_id=session
    )
    from dreamjournal.therapy.measures import DDNSI

    verdict = say("measure.clinical" if m.clinical else "measure.below", cutoff=f"{DDNSI.cutoff:g}")
    occasion = say(f"measure.occasion.{m.occasion}")
    typer.echo(
        say(
            "measure.cli_taken",
            total=f"{m.total:g}",
            max=f"{DDNSI.max_total:g}",
            day=m.day,
            occasion=occasion,
            verdict=verdict,
        )
    )


@measure_app.command("list", help=N_("cli.help.measure.list"))
def measure_list(ctx: typer.Context, as_json: AsJson = False) -> None:
    """The questionnaires filled in so far, oldest first."""
    from dreamjournal.therapy.measures import measures

    taken = measures(_obj(ctx).unlock())
    if as_json:
        _print_json(
            [
                {
                    "id": m.id,
                    "instrument": m.instrument,
                    "day": m.day.isoformat(),
                    "occasion": m.occasion,
                    "total": m.total,
                    "clinical": m.clinical,
                    "answers": m.answers,
                    "session_id": m.session_id,
                }
                for m in taken
            ]
        )
        return
    for m in taken:
        typer.echo(f"{m.day}  {m.instrument:<6} {m.occasion:<8} {m.total:>5g}  {'*' * m.clinical}")


def main() -> None:
    """Run the CLI: Typer handles --help, usage errors (exit 2) and Ctrl-C; see `CommandGroup`."""
    app()


if __name__ == "__main__":
    main()
