"""Benchmark: the procedural renderer against its encode floor and a naive moviepy pipeline.

    .venv/bin/python bench/render.py [--seconds 12] [--skip-naive]

Each measurement runs in its own process (so peak memory is its own), best of --repeat
(default 3; the naive pipeline once): wall time and peak memory of the process tree (the
process's peak RSS plus its largest child's, i.e. ffmpeg's). The machine is shared: the load
average is printed with the figures.
- ours:   ProceduralRenderer (staged from the scene plan, skia), 12 s at 1280x720 and 854x480.
- floor:  the same 1280x720 frames (BGRA, as skia draws them), pre-rendered to a raw file,
          encoded with the same ffmpeg settings and audio; only the encode is timed.
- naive:  moviepy compositing the same stage per frame: each scene's three parallax layers as
          ImageClips resized and moved per frame for the camera, TextClip captions, crossfades.
Targets: ours <= 1.5x floor; naive >= 8x ours; peak <= 400 MB; 480p in <= 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DREAM = (
    "I walked down to the lake under a full moon. The water was silver and still. A door "
    "stood open on the shore and warm light came out of it. I climbed the stairs into the sky "
    "and felt calm."
)


def job(seconds: float, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The benchmark's render job: one calm dream through the offline writer, with its plan."""
    from dreamjournal.analysis import analyze
    from dreamjournal.render.base import RenderJob
    from dreamjournal.visualize.offline import OfflineWriter
    from dreamjournal.visualize.writer import VisualizationRequest

    features = analyze(DREAM)
    request = VisualizationRequest("bench", "Moon lake", DREAM, features, False, seconds)
    prompt, script = OfflineWriter().write(request)
    return RenderJob("bench", prompt, script, seconds, size, seed=7, plan=features.scene_plan)


def peak_mb() -> tuple[float, float]:
    """Own peak RSS and the largest waited-for child's (ffmpeg), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, child / 1024


def cpu_now() -> float:
    """CPU seconds used so far by this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_ours(tmp: Path, seconds: float, size: tuple[int, int]) -> tuple[float, float]:
    from dreamjournal.render.procedural import ProceduralRenderer

    j = job(seconds, size)
    start, cpu = time.perf_counter(), cpu_now()
    ProceduralRenderer().render(j, tmp / "ours.mp4")
    return time.perf_counter() - start, cpu_now() - cpu


def run_floor(tmp: Path, seconds: float, size: tuple[int, int]) -> tuple[float, float]:
    from dreamjournal.render.audio import pcm_bytes, synthesize
    from dreamjournal.render.base import FPS
    from dreamjournal.render.encoder import encode_args, ffmpeg_exe, pcm_input
    from dreamjournal.render.procedural import FrameSource
    from dreamjournal.render.timeline import storyboard

    j = job(seconds, size)
    board = storyboard(j.prompt, j.script, seconds, plan=j.plan)
    source = FrameSource(j, board)
    raw, pcm = tmp / "frames.bgra", tmp / "audio.pcm"
    pcm.write_bytes(pcm_bytes(synthesize(board, source.stage.palette, j.seed)))
    with raw.open("wb") as f:
        for i in range(round(seconds * FPS)):
            f.write(source.frame(i / FPS).tobytes())
    del source
    # The same audio format and muxing as ours, from files: only the encode is left to time.
    audio = [a if a != "pipe:-1" else str(pcm) for a in pcm_input(-1)]
    args = encode_args(ffmpeg_exe(), size, str(tmp / "floor.mp4"), audio, pix_fmt="bgra")
    args[args.index("pipe:0")] = str(raw)
    start, cpu = time.perf_counter(), cpu_now()
    subprocess.run(args, check=True)
    return time.perf_counter() - start, cpu_now() - cpu


def run_naive(tmp: Path, seconds: float, size: tuple[int, int]) -> tuple[float, float]:
    import numpy as np
    from moviepy import (
        AudioFileClip,
        ColorClip,
        CompositeVideoClip,
        ImageClip,
        TextClip,
        vfx,
    )

    from dreamjournal.render.audio import synthesize, wav_bytes
    from dreamjournal.render.overlay import FONT
    from dreamjournal.render.stage import Stage
    from dreamjournal.render.timeline import storyboard

    j = job(seconds, size)
    w, h = size
    board = storyboard(j.prompt, j.script, seconds, plan=j.plan)
    stage = Stage(j, seconds, size)
    wav = tmp / "audio.wav"
    wav.write_bytes(wav_bytes(synthesize(board, stage.palette, j.seed)))
    start, cpu = time.perf_counter(), cpu_now()
    layers = [ColorClip((w, h), (0, 0, 0), duration=seconds)]
    for shot in stage.shots:
        scene = stage.scene_set(shot.scene)
        length = shot.end - shot.start + stage.crossfade
        for depth, (image, ox, oy) in zip(scene.world.parallax, scene.layers, strict=True):
            still = np.zeros((scene.world.h, scene.world.w, 4), np.uint8)
            part = image.toarray()[..., [2, 1, 0, 3]]  # BGRA (premultiplied) to RGBA
            still[oy : oy + part.shape[0], ox : ox + part.shape[1]] = part
            clip = (
                ImageClip(still[..., :3], transparent=False)
                .with_mask(ImageClip(still[..., 3] / 255.0, is_mask=True))
                .with_duration(length)
                .resized(lambda t, d=depth: 1.0 + 0.1 * d * t / 12)  # the camera, per frame
                .with_position(
                    lambda t, d=depth: (-(w * 0.15) - 20 * d * t, "center")  # parallax pan
                )
                .with_start(max(0.0, shot.start - stage.crossfade / 2))
                .with_effects([vfx.CrossFadeIn(stage.crossfade)])
            )
            layers.append(clip)
    for cap in board.captions:
        text = TextClip(
            font=str(FONT),
            text=cap.text,
            font_size=round(h * 0.046),
            color="white",
            bg_color=(10, 12, 20),
            method="caption",
            size=(int(w * 0.76), None),
        )
        layers.append(
            text.with_start(cap.start)
            .with_duration(cap.end - cap.start)
            .with_position(("center", int(h * 0.78)))
            .with_effects([vfx.CrossFadeIn(0.4), vfx.CrossFadeOut(0.4)])
        )
    with AudioFileClip(str(wav)) as audio:
        video = CompositeVideoClip(layers, size=size).with_duration(seconds).with_audio(audio)
        video.write_videofile(
            str(tmp / "naive.mp4"),
            fps=24,
            codec="libx264",
            preset="veryfast",
            ffmpeg_params=["-crf", "23", "-pix_fmt", "yuv420p"],
            audio_codec="aac",
            logger=None,
        )
        video.close()
    return time.perf_counter() - start, cpu_now() - cpu


RUNS = {"ours": run_ours, "floor": run_floor, "naive": run_naive}

SHEET_DREAMS = {
    "Moon lake": DREAM,
    "Library dome": "I was in a library under a great dome. A cat sat beside me. Then I flew "
    "over the city at night and the sky was violet with two moons.",
    "Wald und Strand": "Ich rannte mit meinem Hund durch den Wald. Dann war ich am Strand und "
    "meine Mutter umarmte mich.",
    "Rainy kitchen": "I was sitting in my grandmother's kitchen and it was raining outside. "
    "Later I swam in the sea next to a white horse.",
}


def contact_sheet(out: Path, times: tuple[float, ...] = (2.5, 6.5, 10.5)) -> None:
    """Frames of four dreams' real 12 s clips (decoded by ffmpeg from the MP4) in one image."""
    from PIL import Image, ImageDraw, ImageFont

    from dreamjournal.analysis import analyze
    from dreamjournal.render.base import RenderJob
    from dreamjournal.render.encoder import ffmpeg_exe
    from dreamjournal.render.overlay import FONT
    from dreamjournal.render.procedural import ProceduralRenderer
    from dreamjournal.visualize.offline import OfflineWriter
    from dreamjournal.visualize.writer import VisualizationRequest

    w, h = 854, 480
    tw, th, label = w // 2, h // 2, 26
    sheet = Image.new("RGB", (tw * len(times), (th + label) * len(SHEET_DREAMS)), (12, 14, 24))
    font = ImageFont.truetype(str(FONT), 16)
    with tempfile.TemporaryDirectory(prefix="dj-sheet-") as tmp:
        for row, (title, text) in enumerate(SHEET_DREAMS.items()):
            f = analyze(text)
            request = VisualizationRequest("sheet", title, text, f, False, 12.0)
            prompt, script = OfflineWriter().write(request)
            mp4 = Path(tmp) / f"{row}.mp4"
            job = RenderJob("sheet", prompt, script, 12.0, (w, h), 3, plan=f.scene_plan)
            ProceduralRenderer().render(job, mp4)
            y = row * (th + label)
            places = ", ".join(s.setting.place for s in f.scene_plan.scenes) if f.scene_plan else ""
            ImageDraw.Draw(sheet).text((8, y + 4), f"{title}  ({places})", (230, 226, 214), font)
            for col, t in enumerate(times):
                raw = subprocess.run(
                    [ffmpeg_exe(), "-v", "error", "-ss", f"{t}", "-i", str(mp4), "-frames:v", "1"]
                    + ["-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                    capture_output=True,
                    check=True,
                ).stdout
                frame = Image.frombytes("RGB", (w, h), raw).resize(
                    (tw, th), Image.Resampling.LANCZOS
                )
                sheet.paste(frame, (col * tw, y + label))
    sheet.save(out, quality=88)
    print(f"wrote {out}")


def reel_cards(out: Path) -> None:
    """The opening card and a dream's card of a real German reel (two dreams, one with a long
    title), decoded by ffmpeg from the reel's MP4, side by side."""
    from datetime import date

    from PIL import Image

    from dreamjournal.render.encoder import ffmpeg_exe
    from dreamjournal.render.reel import CARD_S, OPENING_S
    from dreamjournal.services.clips import load_clip, make_reel, render_clip
    from dreamjournal.store.journal import Journal
    from dreamjournal.store.location import vault_path

    w, h = 854, 480
    with tempfile.TemporaryDirectory(prefix="dj-cards-") as tmp:
        journal = Journal.create(vault_path(Path(tmp)), "bench passphrase for the reel cards")
        forest = journal.add(
            title="Mit meinem Hund durch den Wald, dann am Strand mit meiner Mutter",
            body=SHEET_DREAMS["Wald und Strand"],
            date=date(2026, 11, 2),
        )
        lake = journal.add(title="Moon lake", body=DREAM, date=date(2026, 11, 9))
        for entry in (forest, lake):
            render_clip(journal, entry.id, seconds=4.0, seed=3)
        reel = make_reel(journal, [forest.id, lake.id], lang="de")
        mp4 = Path(tmp) / "reel.mp4"
        mp4.write_bytes(load_clip(journal, reel.id))
        journal.lock()
        frames = []
        for t in (OPENING_S / 2, OPENING_S + CARD_S / 2):
            raw = subprocess.run(
                [ffmpeg_exe(), "-v", "error", "-ss", f"{t}", "-i", str(mp4), "-frames:v", "1"]
                + ["-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                capture_output=True,
                check=True,
            ).stdout
            frames.append(Image.frombytes("RGB", (w, h), raw))
    sheet = Image.new("RGB", (w * 2 + 8, h), (12, 14, 24))
    for k, frame in enumerate(frames):
        sheet.paste(frame, (k * (w + 8), 0))
    sheet.save(out)
    print(f"wrote {out}")


def one(kind: str, seconds: float, size: tuple[int, int]) -> None:
    """Child-process entry: run one measurement, print JSON."""
    with tempfile.TemporaryDirectory(prefix="dj-bench-") as tmp:
        wall, cpu = RUNS[kind](Path(tmp), seconds, size)
    own, child = peak_mb()
    print(
        json.dumps(
            {"wall": wall, "cpu": cpu, "peak_mb": own + child, "own_mb": own, "ffmpeg_mb": child}
        )
    )


def measure(kind: str, seconds: float, size: tuple[int, int], repeat: int = 1) -> dict[str, float]:
    """The fastest of `repeat` runs, each in a fresh process (the machine is shared), with the
    slowest run's wall and CPU time beside it (`wall_max`, `cpu_max`): the spread."""
    runs = [_measure_once(kind, seconds, size) for _ in range(repeat)]
    best = dict(min(runs, key=lambda r: r["wall"]))
    best["wall_max"] = max(r["wall"] for r in runs)
    best["cpu_min"] = min(r["cpu"] for r in runs)
    best["cpu_max"] = max(r["cpu"] for r in runs)
    return best


def _measure_once(kind: str, seconds: float, size: tuple[int, int]) -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--one",
            kind,
            "--seconds",
            str(seconds),
            "--size",
            f"{size[0]}x{size[1]}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12.0)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--one", choices=sorted(RUNS))
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (not for naive)")
    parser.add_argument("--sheet", type=Path, help="write a contact sheet of four dreams here")
    parser.add_argument("--cards", type=Path, help="write two title cards of a German reel here")
    args = parser.parse_args()
    if args.sheet or args.cards:
        if args.sheet:
            contact_sheet(args.sheet)
        if args.cards:
            reel_cards(args.cards)
        return
    size = tuple(int(v) for v in args.size.split("x"))
    if args.one:
        one(args.one, args.seconds, size)  # type: ignore[arg-type]
        return
    hd, sd = (1280, 720), (854, 480)
    print(
        f"{args.seconds:g} s clips, 24 fps, x264 veryfast crf 23 + AAC; best of {args.repeat} "
        f"(naive: 1); load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    ours = measure("ours", args.seconds, hd, args.repeat)
    floor = measure("floor", args.seconds, hd, args.repeat)
    small = measure("ours", args.seconds, sd, args.repeat)
    rows = [("ours 1280x720", ours), ("encode floor 1280x720", floor), ("ours 854x480", small)]
    if not args.skip_naive:
        naive = measure("naive", args.seconds, hd)
        rows.append(("naive moviepy 1280x720", naive))
    for name, r in rows:
        print(
            f"  {name:<24} {r['wall']:6.2f} s  cpu {r['cpu']:5.2f} s  peak {r['peak_mb']:4.0f} MB "
            f"(python {r['own_mb']:.0f} + ffmpeg {r['ffmpeg_mb']:.0f}); runs {r['wall']:.2f}-"
            f"{r['wall_max']:.2f} s, cpu {r['cpu_min']:.2f}-{r['cpu_max']:.2f} s"
        )
    print(
        f"  ours / floor            {ours['wall'] / floor['wall']:6.2f}x   (target <= 1.5x; "
        f"cpu {ours['cpu_min'] / floor['cpu_min']:.2f}x, least CPU of each)"
    )
    if not args.skip_naive:
        print(f"  naive / ours            {naive['wall'] / ours['wall']:6.2f}x   (target >= 8x)")
    print(
        f"  854x480 in {small['wall']:.2f} s (target <= 3 s); peak {ours['peak_mb']:.0f} MB "
        "(target <= 400 MB)"
    )


if __name__ == "__main__":
    main()
