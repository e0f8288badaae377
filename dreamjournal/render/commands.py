"""CLI commands `render` and `clips`; `register(app)` adds them to the main Typer app.

numpy, Pillow and the renderers are imported inside the commands, so other commands start fast.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dreamjournal.cli_text import say
from dreamjournal.errors import InvalidInput

if TYPE_CHECKING:
    from dreamjournal.render.clips import ClipInfo
    from dreamjournal.render.narration import Voice
    from dreamjournal.services import Journal

EntryId = Annotated[str, typer.Argument(metavar="ID", help="Entry id (or a unique prefix).")]


def _journal(ctx: typer.Context) -> Journal:
    journal: Journal = ctx.obj.unlock()
    return journal


def _write_plain(journal: Journal, clip_id: str, out: Path) -> None:
    from dreamjournal.render.clips import load_clip

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
        str, typer.Option("--backend", help="procedural (offline, default) or videos-api.")
    ] = "procedural",
    seconds: Annotated[float, typer.Option("--seconds", help="Length, 4 to 60 seconds.")] = 12.0,
    size: Annotated[str, typer.Option("--size", help="854x480 (default) or 1280x720.")] = (
        "854x480"
    ),
    seed: Annotated[int | None, typer.Option("--seed", help="Same seed, same clip.")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write a plain MP4 here.")
    ] = None,
    consent: Annotated[
        bool, typer.Option("--consent", help="Allow sending THIS dream to the remote backend.")
    ] = False,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Go ahead although the dream has crisis language.")
    ] = False,
    voice: Annotated[
        str,
        typer.Option(
            "--voice",
            help="Narration: speech (offline, espeak-ng), recorded (the dream's stored "
            "recording, see `narration`), none, or a recording's path.",
        ),
    ] = "speech",
) -> None:
    """Render a short guided-visualization clip of a dream and store it encrypted."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from dreamjournal.render.base import check_seconds, parse_size
    from dreamjournal.services.clips import render_clip

    check_seconds(seconds)
    parse_size(size)
    _check_out(out)
    chosen_voice = _voice(voice)
    journal = _journal(ctx)
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


def clips(
    ctx: typer.Context,
    entry_id: EntryId,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write a clip as a plain MP4 here.")
    ] = None,
    clip: Annotated[
        str | None, typer.Option("--clip", help="Which clip --out writes (default: newest).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a dream's clips; with --out, write one as a plain MP4."""
    from dreamjournal.render.clips import get_clip, list_clips

    _check_out(out)
    journal = _journal(ctx)
    found = list_clips(journal, entry_id)
    if out is not None:
        if clip is not None:
            chosen = get_clip(journal, clip)
        elif found:
            chosen = found[-1]
        else:
            raise InvalidInput("error.commands.dream_clips_yet")
        _write_plain(journal, chosen.id, out)
        return
    if as_json:
        rows = [{"id": c.id, **c.to_record()} for c in found]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    elif not found:
        typer.echo(say("cli.clips_yet_make"), err=True)
    else:
        sys.stdout.write("".join(_line(c) + "\n" for c in found))


def reel(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="The dreams, in order (ids or prefixes).")
    ],
    size: Annotated[str, typer.Option("--size", help="854x480 (default) or 1280x720.")] = (
        "854x480"
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Also write a plain MP4 here.")
    ] = None,
) -> None:
    """Join chosen dreams' clips with title cards into one reel, stored encrypted."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    from dreamjournal.render.base import parse_size
    from dreamjournal.render.reel import make_reel

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

        info = make_reel(journal, entry_ids, size=size, progress=progress)
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
        typer.Option("--file", "-f", help="Keep this recording (WAV, MP3, ...) for the dream."),
    ] = None,
    delete: Annotated[bool, typer.Option("--delete", help="Remove its recording.")] = False,
) -> None:
    """A dream's recorded narration: keep one (sealed), remove it, or see if there is one.

    `render ID --voice recorded` speaks it over the clip.
    """
    from dreamjournal.services.clips import delete_recording, recording_of, save_recording

    if file is not None and delete:
        raise InvalidInput("error.commands.file_or_delete")
    if file is not None and not file.is_file():
        raise InvalidInput(f"{file} is not a file.")
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
    """Add `render`, `clips`, `reel` and `narration` to the main app."""
    app.command("render", rich_help_panel=panel)(render)
    app.command("clips", rich_help_panel=panel)(clips)
    app.command("reel", rich_help_panel=panel)(reel)
    app.command("narration", rich_help_panel=panel)(narration)
