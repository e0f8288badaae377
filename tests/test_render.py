"""The procedural renderer: a real 4 s clip probed with ffmpeg, palette, determinism, failures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from dreamjournal.analysis import SYMBOLS, analyze
from dreamjournal.errors import DreamJournalError, InvalidInput
from dreamjournal.render.base import (
    FPS,
    Cancelled,
    RenderFailed,
    RenderJob,
    UnknownRenderer,
    check_seconds,
    get_renderer,
    parse_size,
    renderer_names,
)
from dreamjournal.render.encoder import ffmpeg_exe, probe
from dreamjournal.render.procedural import ProceduralRenderer
from dreamjournal.render.props import PROPS
from dreamjournal.render.timeline import storyboard
from dreamjournal.store.journal import Journal
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest

DREAM = (
    "I walked down to the lake under a full moon. The water was silver and still. A door "
    "stood open on the shore and warm light came out of it. I climbed the stairs into the sky "
    "and felt calm."
)
WARM = ["#3a1410", "#7a2a18", "#c8562a", "#f0a050"]


def sample_job(
    seconds: float = 4.0,
    size: tuple[int, int] = (854, 480),
    seed: int = 7,
    palette: list[str] | None = None,
    text: str = DREAM,
) -> RenderJob:
    """A render job for a calm dream, built by the offline writer."""
    request = VisualizationRequest("e1", "Moon lake", text, analyze(text), False, seconds)
    prompt, script = OfflineWriter().write(request)
    if palette is not None:
        prompt = prompt.model_copy(update={"palette": palette})
    return RenderJob("e1", prompt, script, seconds, size, seed)


def frames_at(mp4: Path, times: list[float], size: tuple[int, int]) -> list[np.ndarray]:
    """Decoded RGB frames of an MP4 at the given times."""
    out = []
    for t in times:
        raw = subprocess.run(
            [
                ffmpeg_exe(),
                "-v",
                "error",
                "-ss",
                f"{t:.3f}",
                "-i",
                str(mp4),
                "-frames:v",
                "1",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "rgb24",
                "pipe:1",
            ],
            capture_output=True,
            check=True,
        ).stdout
        out.append(np.frombuffer(raw, np.uint8).reshape(size[1], size[0], 3))
    return out


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, list[float]]:
    """One 4 s 854x480 render shared by the probing tests (with its progress reports)."""
    out = tmp_path_factory.mktemp("clip") / "clip.mp4"
    seen: list[float] = []
    result = ProceduralRenderer().render(sample_job(), out, lambda f: seen.append(f) or True)
    return out, result.poster_png, seen


def test_registry_and_options() -> None:
    assert renderer_names()[0] == "procedural"
    assert {"procedural", "videos-api"} <= set(renderer_names())
    assert get_renderer().name == "procedural"
    with pytest.raises(UnknownRenderer) as err:
        get_renderer("sora-on-a-toaster")
    assert isinstance(err.value, DreamJournalError) and isinstance(err.value, KeyError)
    assert "procedural" in err.value.user_message
    assert parse_size("1280x720") == (1280, 720)
    with pytest.raises(InvalidInput):
        parse_size("640x480")
    for bad in (3.9, 60.5):
        with pytest.raises(InvalidInput):
            check_seconds(bad)


def test_storyboard_scales_shots_and_spreads_captions() -> None:
    job = sample_job(seconds=12)
    board = storyboard(job.prompt, job.script, 20.0)
    assert board.shots[0].start == 0 and board.shots[-1].end == 20.0
    assert 3 <= len(board.captions) <= 5
    assert all(0 < c.start < c.end <= 20.0 for c in board.captions)
    assert board.captions[0].text.startswith("Breathe in")
    assert all(len(c.text) <= 112 for c in board.captions)
    assert board.bpm == 6.0
    assert board.breath(0.0) == pytest.approx(0.0) and board.breath(5.0) == pytest.approx(1.0)


def test_clip_is_h264_aac_of_the_right_size_and_length(clip: tuple[Path, bytes, list]) -> None:
    mp4, _, _ = clip
    info = probe(mp4)
    assert (info.video_codec, info.audio_codec, info.pix_fmt) == ("h264", "aac", "yuv420p")
    assert (info.width, info.height) == (854, 480)
    assert abs(info.duration - 4.0) <= 1 / FPS
    data = mp4.read_bytes()
    head = data[:4096]
    assert head[4:8] == b"ftyp" and b"moov" in head  # the index (empty_moov) comes first
    assert b"moof" in data  # fragmented: written front to back into a pipe, never a file


def test_frames_change_and_follow_the_palette(
    tmp_path: Path, clip: tuple[Path, bytes, list]
) -> None:
    mp4, _, _ = clip
    a, b, c = frames_at(mp4, [1.0, 2.0, 3.0], (854, 480))
    assert np.abs(a.astype(int) - b).mean() > 1.0 and np.abs(b.astype(int) - c).mean() > 1.0
    warm = tmp_path / "warm.mp4"
    ProceduralRenderer().render(sample_job(palette=WARM), warm)
    (w,) = frames_at(warm, [2.0], (854, 480))
    cool_mean, warm_mean = b.reshape(-1, 3).mean(0), w.reshape(-1, 3).mean(0)
    assert cool_mean[2] > cool_mean[0] + 10  # the calm palette is blue
    # The palette is the mood's tint over the setting's own colours (a lake at night stays a
    # lake at night): the warm one moves the whole picture towards red-orange.
    assert (warm_mean[0] - warm_mean[2]) > (cool_mean[0] - cool_mean[2]) + 20


def test_same_seed_same_bytes(tmp_path: Path, clip: tuple[Path, bytes, list]) -> None:
    mp4, poster, _ = clip
    again = tmp_path / "again.mp4"
    result = ProceduralRenderer().render(sample_job(), again)
    assert again.read_bytes() == mp4.read_bytes()
    assert result.poster_png == poster
    other = tmp_path / "other.mp4"
    ProceduralRenderer().render(sample_job(seed=8), other)
    assert other.read_bytes() != mp4.read_bytes()


def test_poster_and_progress(clip: tuple[Path, bytes, list]) -> None:
    import io

    from PIL import Image

    _, poster, seen = clip
    assert poster.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(poster)).size == (854, 480)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5


def test_cancel_from_progress_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "c.mp4"
    with pytest.raises(Cancelled):
        ProceduralRenderer().render(sample_job(), out, lambda f: f < 0.3)
    assert list(tmp_path.iterdir()) == []


def test_ffmpeg_missing_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RenderFailed, match="ffmpeg was not found"):
        ProceduralRenderer(ffmpeg=str(tmp_path / "no-ffmpeg")).render(
            sample_job(), tmp_path / "x.mp4"
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("reads", [False, True], ids=["fails-at-once", "fails-midway"])
def test_ffmpeg_failing_is_a_clear_error(tmp_path: Path, reads: bool) -> None:
    fake = tmp_path / "bin" / "ffmpeg"
    fake.parent.mkdir()
    body = "head -c 2000000 >/dev/null\n" if reads else ""
    fake.write_text(f"#!/bin/sh\n{body}echo 'Encoder x264 exploded' >&2\nexit 1\n")
    fake.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(RenderFailed, match="Encoder x264 exploded"):
        ProceduralRenderer(ffmpeg=str(fake)).render(sample_job(), work / "x.mp4")
    assert list(work.iterdir()) == []


def test_every_symbol_has_a_drawing() -> None:
    assert set(SYMBOLS) <= set(PROPS)  # all 38: none falls back to an orb
    from dreamjournal.render.stage import Stage

    for symbol in SYMBOLS:
        plan = analyze(f"I stood in a field. There was a {symbol} near me.").scene_plan
        assert plan is not None
        clear = {"weather": "clear", "light": "unknown", "time_of_day": "unknown"}
        scenes = [
            s.model_copy(
                update={
                    "objects": [],
                    "characters": [],
                    "setting": s.setting.model_copy(update=clear),
                }
            )
            for s in plan.scenes
        ]
        from dreamjournal.analysis import Thing

        with_symbol = [
            s.model_copy(update={"objects": [Thing(concept=symbol, words=[symbol], symbol=True)]})
            for s in scenes
        ]
        frames = []
        for variant in (scenes, with_symbol):
            job = RenderJob(
                "e1",
                sample_job().prompt,
                sample_job().script,
                4.0,
                (320, 180),
                1,
                plan=plan.model_copy(update={"scenes": variant}),
            )
            stage = Stage(job, 4.0, (320, 180))
            import skia

            surface = skia.Surface(320, 180)
            stage.draw(surface.getCanvas(), 2.0)
            frames.append(surface.toarray().astype(float))
        changed = (np.abs(frames[0] - frames[1]).max(axis=2) > 8).mean()
        assert changed > 0.002, symbol  # at least ~115 of 57,600 pixels: a drawing, not noise


@pytest.mark.slow
def test_720p_render(tmp_path: Path) -> None:
    out = tmp_path / "hd.mp4"
    result = ProceduralRenderer().render(sample_job(seconds=6, size=(1280, 720)), out)
    info = probe(out)
    assert (info.width, info.height) == (1280, 720) and abs(info.duration - 6) <= 1 / FPS
    assert result.size == (1280, 720)


@pytest.mark.parametrize("failure", ["ffmpeg-fails", "progress-raises", "cancelled"])
def test_a_failed_render_stores_nothing(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import dreamjournal.render.clips as clips_module
    from dreamjournal.render.clips import list_clips, render_clip

    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setattr(clips_module, "render_temp_root", lambda: temp_root)
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nhead -c 3000000 >/dev/null\necho 'muxer broke' >&2\nexit 1\n")
    fake.chmod(0o755)

    class StopScript(Exception):  # what Streamlit raises inside a script on rerun
        pass

    def raising(fraction: float) -> bool:
        if fraction > 0.2:
            raise StopScript
        return True

    entry = journal.add(title="Moon lake", body=DREAM)
    kwargs: dict = {
        "ffmpeg-fails": {"renderer_options": {"ffmpeg": str(fake)}},
        "progress-raises": {"progress": raising},
        "cancelled": {"progress": lambda f: f < 0.2},
    }[failure]
    expected = {"ffmpeg-fails": RenderFailed, "progress-raises": StopScript}.get(failure, Cancelled)
    with pytest.raises(expected):
        render_clip(journal, entry.id, seconds=4, **kwargs)
    assert list(temp_root.iterdir()) == []  # the private temp dir is gone
    assert journal.clip_dir is None or not any(journal.clip_dir.glob("*"))
    assert list_clips(journal, entry.id) == []
