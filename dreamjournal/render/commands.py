"""CLI commands `render` and `clips`; `register(app)` adds them to the main Typer app.

numpy, Pillow and the renderers are imported inside the commands, so other commands start fast.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dreamjournal.cli_text import N_, cli_language, confirm_or_stop, say, say_n
from dreamjournal.errors import InvalidInput

if TYPE_CHECKING:
    from dreamjournal.render.clips import ClipInfo
    from dreamjournal.render.narration import Voice
    from dreamjournal.services import Journal

EntryId = Annotated[str, typer.Argument(metavar="ID", help=N_("cli.help.opt.entry_id"))]


def _journal(ctx: typer.Context) -> Journal:
    journal: Journal = ctx.obj.unlock()
    return journal


def _write_plain(journal: Journal, clip_id: str, out: Path) -> None:
    from dreamjournal.services.clips import load_clip

    data = load_clip(journal, clip_id)
    try:
        _write_owner_only(out, data)
    except OSError as exc:
        raise InvalidInput(
            "error.commands.cannot_write", out=out, exc_strerror=exc.strerror
        ) from None
    typer.echo(
        say("cli.wrote_kib_readable", out=out, len_data_1024=len(data) // 1024),
        err=True,
    )


def _write_owner_only(out: Path, data: bytes) -> None:
    """Write `out` with mode 0600 from its first byte: a new temp file (O_EXCL), then rename.

    The plain MP4 carries the script's captions, so no other user may read it even for a
    moment (a umask of 022 made it 0644). The rename replaces only a regular file: a FIFO,
    device or link at `out` is refused rather than written through.
    """
    try:
        mode = out.lstat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise InvalidInput("error.commands.exists_regular_file", out=out)
    tmp = out.with_name(f".{out.name}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_out(out: Path | None) -> None:
    if out is not None and not out.parent.is_dir():
        raise InvalidInput("error.commands.folder_does_exist", out_parent=out.parent)


def render(
    ctx: typer.Context,
    entry_id: EntryId,
    backend: Annotated[
        str, typer.Option("--backend", help=N_("cli.help.render.backend"))
    ] = "procedural",
    seconds: Annotated[float, typer.Option("--seconds", help=N_("cli.help.render.seconds"))] = 12.0,
    size: Annotated[str, typer.Option("--size", help=N_("cli.help.opt.size"))] = ("854x480"),
    seed: Annotated[int | None, typer.Option("--seed", help=N_("cli.help.render.seed"))] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=N_("cli.help.opt.out_mp4"))
    ] = None,
    consent: Annotated[bool, typer.Option("--consent", help=N_("cli.help.render.consent"))] = False,
    confirm: Annotated[bool, typer.Option("--confirm", help=N_("cli.help.render.confirm"))] = False,
    voice: Annotated[
        str,
        typer.Option(
            "--voice",
            help=N_("cli.help.render.voice"),
        ),
    ] = "speech",
) -> None:
    """Render a short guided-visualization clip of a dream and store it encrypted."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from dreamjournal.render.base import check_seconds, parse_size
    from dreamjournal.services.clips import render_clip
    from dreamjournal.services.entries import require_nightmare_answer

    check_seconds(seconds)
    parse_size(size)
    _check_out(out)
    chosen_voice = _voice(voice)
    journal = _journal(ctx)
    require_nightmare_answer(journal.get(entry_id))  # asked first, as on the Visualize page
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
    )
    with Progress(
        *columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True
    ) as bar:
        task = bar.add_task(say("cli.rendering", backend=backend), total=1.0)

        def progress(fraction: float) -> bool:
            bar.update(task, completed=fraction)
            return True

        info = render_clip(
            journal,
            entry_id,
            backend=backend,
            seconds=seconds,
            size=size,
            seed=seed,
            consent=consent,
            crisis_confirmed=confirm,
            progress=progress,
            voice=chosen_voice,
        )
    typer.echo(
        say(
            "cli.stored_clip_seed",
            info_id=info.id,
            info_seconds=info.seconds,
            info_size=info.size,
            info_backend=info.backend,
            info_seed=info.seed,
            info_entry_id_8=info.entry_id[:8],
        )
    )
    if out is not None:
        _write_plain(journal, info.id, out)


def _voice(choice: str) -> Voice | None:
    """--voice: none, speech, recorded, or the path of a recording (read into memory)."""
    from dreamjournal.render.narration import RECORDED, SPEECH, recorded

    if choice.strip().lower() in {"none", "off", ""}:
        return None
    if choice.strip().lower() == "speech":
        return SPEECH
    if choice.strip().lower() == "recorded":
        return RECORDED
    path = Path(choice)
    if not path.is_file():
        raise InvalidInput("error.commands.voice_choice", choice=choice)
    return recorded(path.read_bytes())


def _line(c: ClipInfo) -> str:
    return (
        f"{c.id[:12]}  {c.created.replace('T', ' ')[:16]}  {c.seconds:>5.1f} s  {c.size:>8}  "
        f"{c.backend:<10}  seed {c.seed}"
    )


def _reel_line(c: ClipInfo, journal: Journal) -> str:
    """A reel in the list: id, when made, length, size, how many dreams and their dates."""
    from dreamjournal.i18n import format_date

    lang = cli_language()
    entries = {e.id: e for e in journal.list()}
    dates = sorted(entries[e].date for e in c.entries if e in entries)
    span = format_date(dates[0], lang) if dates else ""
    if dates and dates[-1] != dates[0]:
        span += f" – {format_date(dates[-1], lang)}"
    count = say_n("reel.card.dreams", "reel.card.dreams_plural", len(c.entries))
    return (
        f"{c.id[:12]}  {c.created.replace('T', ' ')[:16]}  {c.seconds:>5.1f} s  {c.size:>8}  "
        f"{count} · {span}"
    )


def _show(
    found: list[ClipInfo], as_json: bool, none_yet: str, line: Callable[[ClipInfo], str]
) -> None:
    """A list of clips (or reels): one line each, or JSON; `none_yet` on stderr if empty."""
    if as_json:
        rows = [{"id": c.id, **c.to_record()} for c in found]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    elif not found:
        typer.echo(say(none_yet), err=True)
    else:
        sys.stdout.write("".join(line(c) + "\n" for c in found))


def _delete(journal: Journal, chosen: ClipInfo, yes: bool, question: str) -> None:
    """Delete a clip or reel (its encrypted files and record), asking first on a terminal."""
    from dreamjournal.services.clips import delete_clip

    if not yes and sys.stdin.isatty():
        confirm_or_stop(say(question, clip_id=chosen.id[:12], n=len(chosen.entries)))
    delete_clip(journal, chosen.id)
    typer.echo(say("cli.clip_deleted", clip_id=chosen.id[:12]))


def clips(
    ctx: typer.Context,
    entry_id: EntryId,
    out: Annotated[Path | None, typer.Option("--out", "-o", help=N_("cli.help.clips.out"))] = None,
    clip: Annotated[str | None, typer.Option("--clip", help=N_("cli.help.clips.clip"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))] = False,
    delete: Annotated[
        str | None, typer.Option("--delete", metavar="CLIP", help=N_("cli.help.clips.delete"))
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=N_("cli.help.opt.yes"))] = False,
) -> None:
    """List a dream's clips; with --out, write one as a plain MP4; with --delete, remove one."""
    from dreamjournal.services.clips import get_clip, list_clips

    _check_out(out)
    journal = _journal(ctx)
    found = list_clips(journal, entry_id)
    if delete is not None:
        chosen = get_clip(journal, delete)
        if chosen.id not in {c.id for c in found}:
            raise InvalidInput("error.commands.clip_not_of_dream", clip_id=delete)
        _delete(journal, chosen, yes, "cli.delete_clip_sure")
        return
    if out is not None:
        if clip is not None:
            chosen = get_clip(journal, clip)
        elif found:
            chosen = found[-1]
        else:
            raise InvalidInput("error.commands.dream_clips_yet")
        _write_plain(journal, chosen.id, out)
        return
    _show(found, as_json, "cli.clips_yet_make", _line)


def reels(
    ctx: typer.Context,
    out: Annotated[Path | None, typer.Option("--out", "-o", help=N_("cli.help.reels.out"))] = None,
    reel_id: Annotated[
        str | None, typer.Option("--reel", help=N_("cli.help.reels.reel_id"))
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("cli.help.opt.json"))] = False,
    delete: Annotated[
        str | None, typer.Option("--delete", metavar="REEL", help=N_("cli.help.reels.delete"))
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=N_("cli.help.opt.yes"))] = False,
) -> None:
    """List the dream reels (made here or in the app); --out writes one, --delete removes one.

    Deleting a reel keeps its dreams and their clips.
    """
    from dreamjournal.services.clips import list_reels

    _check_out(out)
    journal = _journal(ctx)
    found = list_reels(journal)
    if delete is not None:
        _delete(journal, _reel(journal, found, delete), yes, "cli.delete_reel_sure")
        return
    if out is not None:
        if reel_id is not None:
            chosen = _reel(journal, found, reel_id)
        elif found:
            chosen = found[-1]
        else:
            raise InvalidInput("error.commands.no_reels_yet")
        _write_plain(journal, chosen.id, out)
        return
    _show(found, as_json, "cli.reels_yet_make", lambda c: _reel_line(c, journal))


def _reel(journal: Journal, found: list[ClipInfo], wanted: str) -> ClipInfo:
    """The reel with id (or prefix) `wanted`; a clip that is no reel is refused."""
    from dreamjournal.services.clips import get_clip

    chosen = get_clip(journal, wanted)
    if chosen.id not in {r.id for r in found}:
        raise InvalidInput("error.commands.not_a_reel", clip_id=wanted)
    return chosen


def reel(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help=N_("cli.help.reel.entry_ids"))
    ],
    size: Annotated[str, typer.Option("--size", help=N_("cli.help.opt.size"))] = ("854x480"),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=N_("cli.help.opt.out_mp4"))
    ] = None,
) -> None:
    """Join chosen dreams' clips with title cards into one reel, stored encrypted."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    from dreamjournal.render.base import parse_size
    from dreamjournal.services.clips import make_reel

    parse_size(size)
    _check_out(out)
    journal = _journal(ctx)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(say("cli.making_reel"), total=1.0)

        def progress(fraction: float) -> bool:
            bar.update(task, completed=fraction)
            return True

        info = make_reel(journal, entry_ids, size=size, progress=progress, lang=cli_language())
    typer.echo(
        say(
            "cli.stored_reel_dreams",
            info_id=info.id,
            info_seconds=info.seconds,
            info_size=info.size,
            len_info_entries=len(info.entries),
        )
    )
    if out is not None:
        _write_plain(journal, info.id, out)


def narration(
    ctx: typer.Context,
    entry_id: EntryId,
    file: Annotated[
        Path | None,
        typer.Option("--file", "-f", help=N_("cli.help.narration.file")),
    ] = None,
    delete: Annotated[bool, typer.Option("--delete", help=N_("cli.help.narration.delete"))] = False,
) -> None:
    """A dream's recorded narration: keep one (sealed), remove it, or see if there is one.

    `render ID --voice recorded` speaks it over the clip.
    """
    from dreamjournal.services.clips import delete_recording, recording_of, save_recording

    if file is not None and delete:
        raise InvalidInput("error.commands.file_or_delete")
    if file is not None and not file.is_file():
        raise InvalidInput("error.commands.not_a_file", file=str(file))
    journal = _journal(ctx)
    if file is not None:
        kept = save_recording(journal, entry_id, file.read_bytes())
        typer.echo(
            f"Kept a {kept.seconds:.1f} s recording for entry {kept.entry_id[:8]}, encrypted. "
            "Use it with `render ID --voice recorded`."
        )
    elif delete:
        gone = delete_recording(journal, entry_id)
        typer.echo("Removed its recording." if gone else "This dream has no recording.")
    else:
        info = recording_of(journal, entry_id)
        typer.echo(
            f"A {info.seconds:.1f} s recording, kept {info.created[:16].replace('T', ' ')}."
            if info
            else "No recording yet. Keep one with --file voice.wav."
        )


def register(app: typer.Typer, panel: str | None = None) -> None:
    """Add `render`, `clips`, `reel`, `reels` and `narration` to the main app."""
    app.command("render", rich_help_panel=panel, help=N_("cli.help.render"))(render)
    app.command("clips", rich_help_panel=panel, help=N_("cli.help.clips"))(clips)
    app.command("reel", rich_help_panel=panel, help=N_("cli.help.reel"))(reel)
    app.command("reels", rich_help_panel=panel, help=N_("cli.help.reels"))(reels)
    app.command("narration", rich_help_panel=panel, help=N_("cli.help.narration"))(narration)
