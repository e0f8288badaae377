"""The staged renderer shows the dream: its settings, the dreamer and the others, acting.

Checked with the renderer's own scene graph: for a figure the plan puts in a scene, the
stage draws it alone (`Stage.mask`) and the decoded frame of the real encode must show the
figure's colour there. Clips of different dreams must differ visibly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dreamjournal.analysis import analyze
from dreamjournal.render.base import RenderJob
from dreamjournal.render.encoder import probe
from dreamjournal.render.overlay import Overlay
from dreamjournal.render.procedural import ProceduralRenderer
from dreamjournal.render.stage import DREAMER_RGB, Stage
from dreamjournal.render.timeline import storyboard
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.writer import VisualizationRequest
from tests.test_render import frames_at

SIZE = (640, 360)
DREAMS = {
    "lake": "I walked down to the lake under a full moon. The water was silver and still.",
    "library": "I was in the library under a great dome. A cat sat beside me and my sister "
    "was reading. Then I flew over the city at night.",
    "forest": "I ran through the forest with my dog. Then I was on the beach and my mother "
    "hugged me.",
    "kitchen": "I was sitting in my grandmother's kitchen and it was raining outside.",
}


def job_for(text: str, seconds: float = 6.0, size: tuple[int, int] = SIZE) -> RenderJob:
    """A render job with the dream's scene plan, as `render_clip` builds it."""
    f = analyze(text)
    request = VisualizationRequest("e1", "Dream", text, f, False, seconds)
    prompt, script = OfflineWriter().write(request)
    return RenderJob("e1", prompt, script, seconds, size, 5, plan=f.scene_plan)


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Stage]]:
    """Four dreams rendered for real (6 s, 640x360), each with its stage."""
    out = {}
    folder = tmp_path_factory.mktemp("stage")
    for name, text in DREAMS.items():
        job = job_for(text)
        path = folder / f"{name}.mp4"
        ProceduralRenderer().render(job, path)
        out[name] = (path, Stage(job, job.seconds, SIZE))
    return out


def _mid(stage: Stage, scene: int) -> float:
    """The middle of the scene's first shot: away from crossfades and cuts."""
    shot = next(s for s in stage.shots if s.scene == scene)
    return round((shot.start + shot.end) / 2 * 24) / 24


def test_the_encode_is_h264_aac(clips: dict[str, tuple[Path, Stage]]) -> None:
    info = probe(clips["lake"][0])
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert (info.width, info.height) == SIZE and abs(info.duration - 6.0) < 0.05


def test_each_setting_has_its_own_backdrop(clips: dict[str, tuple[Path, Stage]]) -> None:
    places = {n: [s.setting.place for s in st.scenes] for n, (_, st) in clips.items()}
    assert places == {
        "lake": ["lake"],
        "library": ["library", "sky"],
        "forest": ["forest", "beach"],
        "kitchen": ["kitchen"],
    }
    for _, stage in clips.values():
        for i, scene in enumerate(stage.scenes):
            (backdrop,) = [n for n in stage.nodes(i) if n.kind == "backdrop"]
            assert backdrop.concept == scene.setting.place


def test_clips_of_different_dreams_differ_visibly(clips: dict[str, tuple[Path, Stage]]) -> None:
    frames = {n: frames_at(p, [2.0], SIZE)[0].astype(float) for n, (p, _) in clips.items()}
    names = list(frames)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert np.abs(frames[a] - frames[b]).mean() > 20, (a, b)


def _check_figure(path: Path, stage: Stage, node_id: str, t: float) -> np.ndarray:
    """The figure's mask at t, after checking its colour is in the decoded frame there."""
    mask = stage.mask(node_id, t)
    mask[int(SIZE[1] * 0.78) :] = False  # the captions band may lie over the feet
    assert mask.sum() > 150, f"{node_id} is not drawn at {t}"
    (frame,) = frames_at(path, [t], SIZE)
    colour = next(n.colour for n in stage.visible(t) if n.id == node_id)
    assert colour is not None
    dist = np.linalg.norm(frame[mask].astype(float) - np.array(colour, float), axis=1)
    assert np.mean(dist < 45) > 0.6, f"{node_id} at {t}: median distance {np.median(dist):.0f}"
    return mask


def test_the_plans_figures_are_in_the_frames_where_it_puts_them(
    clips: dict[str, tuple[Path, Stage]],
) -> None:
    checked = 0
    for path, stage in clips.values():
        for i, scene in enumerate(stage.scenes):
            t = _mid(stage, i)
            ids = [n.id for n in stage.nodes(i) if n.colour is not None]
            if scene.dreamer.present:
                assert "dreamer" in ids
            assert {c.id for c in scene.characters} <= set(ids)
            for node_id in ids:
                _check_figure(path, stage, node_id, t)
                checked += 1
    assert checked >= 8
    # And a figure is not drawn in a scene the plan leaves it out of: the mother only on the beach.
    path, stage = clips["forest"]
    assert "mother" not in [n.id for n in stage.nodes(0)]
    assert "mother" in [n.id for n in stage.nodes(1)]


def _centre(mask: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(mask)
    return float(xs.mean()), float(ys.mean())


def test_figures_move_as_the_action_says(clips: dict[str, tuple[Path, Stage]]) -> None:
    path, stage = clips["lake"]  # walking: the dreamer crosses the view
    a, b = (_centre(stage.mask("dreamer", t)) for t in (1.0, 5.0))
    assert stage.nodes(0)[-1].action == "walk" and b[0] - a[0] > 0.08 * SIZE[0]
    path, stage = clips["library"]  # flying over the city: high in the frame, lying along the air
    fly = stage.mask("dreamer", _mid(stage, 1))
    ys, xs = np.nonzero(fly)
    assert _centre(fly)[1] < 0.55 * SIZE[1]
    assert np.ptp(xs) > np.ptp(ys)  # horizontal, not standing
    path, stage = clips["kitchen"]  # sitting: shorter than standing
    sit = stage.mask("dreamer", 3.0)
    stand_job = job_for("I was standing in my grandmother's kitchen.")
    stand = Stage(stand_job, 6.0, SIZE).mask("dreamer", 3.0)
    assert np.ptp(np.nonzero(sit)[0]) < 0.85 * np.ptp(np.nonzero(stand)[0])


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("I was falling from a tower.", "fall"),
        ("I swam in the sea.", "swim"),
        ("I climbed the stairs.", "climb"),
        ("My brother and I embraced in the garden.", "embrace"),
    ],
)
def test_every_action_draws_a_figure(text: str, action: str) -> None:
    job = job_for(text, 4.0, (320, 180))
    stage = Stage(job, 4.0, (320, 180))
    dreamer = [n for n in stage.nodes(0) if n.id == "dreamer"]
    assert dreamer and dreamer[0].action == action
    for t in (0.5, 2.0, 3.5):
        assert stage.mask("dreamer", t).sum() > 40


GROUNDED = {"stand", "walk", "run", "sit", "embrace", "wait", "talk", "look", None}


@pytest.mark.parametrize("name", sorted(DREAMS))
def test_feet_on_the_ground_stay_above_the_captions(name: str) -> None:
    """Whatever the camera does (push-ins, tilts), a figure standing, walking or sitting on the
    ground keeps its feet above the caption band: no figure is cut off at the shins."""
    job = job_for(DREAMS[name], 12.0)
    stage = Stage(job, 12.0, SIZE)
    board = storyboard(job.prompt, job.script, 12.0, plan=job.plan)
    # Where a caption's band is dark (half opaque): its soft edge above may touch a foot.
    band_top = min(
        s.pos[1] + int(np.nonzero((s.image.toarray()[..., 3] > 128).any(axis=1))[0][0])
        for s in Overlay(board.captions, SIZE, (255, 255, 255)).sprites
    )
    checked = 0
    for t in np.arange(0.25, 12.0, 0.5):
        for node in stage.visible(float(t)):
            if node.kind in {"dreamer", "person"} and node.action in GROUNDED:
                rows = np.nonzero(stage.mask(node.id, float(t)).any(axis=1))[0]
                assert rows.size and rows[-1] < band_top, (node.id, node.action, t)
                checked += 1
    assert checked >= 10


def test_a_seated_figure_has_its_feet_on_the_floor() -> None:
    stage = Stage(job_for(DREAMS["kitchen"], 6.0), 6.0, SIZE)
    [dreamer] = [n for n in stage.nodes(0) if n.id == "dreamer"]
    assert dreamer.action == "sit"
    ys, xs = np.nonzero(stage.mask("dreamer", 3.0))
    # The lowest part of the figure is its feet (not a shin bent up into the air): the
    # figure's columns reaching down to within a few pixels of its lowest row are narrow.
    low = xs[ys >= ys.max() - 4]
    assert np.ptp(low) < 0.05 * SIZE[0]
    # And its knees stick out forward, level with the hips: wider than it is when standing.
    assert np.ptp(xs) > 0.04 * SIZE[0]


def test_rain_outside_shows_in_the_rooms_window_only() -> None:
    """Indoors, "it was raining outside" falls past the window, not through the room."""
    import skia

    stage = Stage(job_for(DREAMS["kitchen"], 6.0), 6.0, SIZE)
    scene = stage.scene_set(0)
    assert scene.world.indoor and scene.world.look.weather == "rain"
    assert scene.world.window is not None

    def frame(t: float) -> np.ndarray:
        surface = skia.Surface(*SIZE)
        stage.draw(surface.getCanvas(), t)
        return np.asarray(surface.toarray()[..., :3].astype(int))

    wet, wet_later = frame(2.0), frame(2.25)
    weather = [entry for entry in scene.live[0] if entry[0].__name__ == "weather_in_window"]
    assert len(weather) == 1
    scene.live[0].remove(weather[0])
    dry = frame(2.0)
    changed = np.abs(wet - dry).max(axis=2) > 12
    moving = np.abs(wet - wet_later).max(axis=2) > 12
    assert changed.sum() > 20 and moving.sum() > 20  # streaks, and they fall
    ys, xs = np.nonzero(changed)
    # All of them in the window (a small part of the back wall), none in the room.
    assert np.ptp(xs) < 0.2 * SIZE[0] and np.ptp(ys) < 0.3 * SIZE[1] and ys.max() < 0.5 * SIZE[1]


def test_a_flying_dreamer_stays_in_the_frame_in_a_close_up() -> None:
    """The camera closes in on a flying dreamer, not on the ground below it: no head or arms
    cut off by the top of the frame."""
    job = job_for(DREAMS["library"], 12.0)
    stage = Stage(job, 12.0, SIZE)
    shot = stage.shots[-1]
    assert stage.scene_set(shot.scene).actors[0].node.action == "fly"
    for t in np.arange(shot.start + 0.5, shot.end, 0.25):
        ys, xs = np.nonzero(stage.mask("dreamer", float(t)))
        assert ys.size and ys.min() > 2, t


def _height_and_width(text: str, node_id: str, t: float = 2.0) -> tuple[int, int]:
    """The figure's drawn extent (rows, columns) in the middle of a 6 s clip of `text`."""
    ys, xs = np.nonzero(Stage(job_for(text), 6.0, SIZE).mask(node_id, t))
    assert ys.size > 30, f"{node_id} is not drawn"
    return int(np.ptp(ys)) + 1, int(np.ptp(xs)) + 1


@pytest.mark.parametrize(("word", "low", "high"), [("", 0.85, 1.05), ("tall", 1.1, 1.35),
                                                    ("tiny", 0.3, 0.6)])  # fmt: skip
def test_a_figure_is_drawn_as_big_as_the_dream_says(word: str, low: float, high: float) -> None:
    """ "A tall man" stands taller than the dreamer, "a tiny man" reaches their knees."""
    text = f"I stood in the hall. A {word} man stood at the door.".replace("  ", " ")
    man, _ = _height_and_width(text, "man")
    dreamer, _ = _height_and_width(text, "dreamer")
    assert low < man / dreamer < high


def test_an_animal_sits_or_lies_as_the_dream_says() -> None:
    """A sitting cat is taller than it is long; a sleeping dog lies low on the ground."""
    h, w = _height_and_width("I was in the kitchen. A cat stood beside me.", "cat")
    sitting_h, sitting_w = _height_and_width("I was in the kitchen. A cat sat beside me.", "cat")
    assert h / w < 0.9 < sitting_h / sitting_w
    h, w = _height_and_width("I was in the street. A dog stood next to me.", "dog")
    lying_h, lying_w = _height_and_width("I was in the street. A dog slept next to me.", "dog")
    assert lying_h < 0.7 * h and lying_w >= 0.9 * w


def _frame(stage: Stage, t: float) -> np.ndarray:
    """The stage drawn at t (RGB), without an encode."""
    import skia

    surface = skia.Surface(*SIZE)
    stage.draw(surface.getCanvas(), t)
    return np.asarray(surface.toarray()[..., 2::-1].astype(int))  # BGRA -> RGB


@pytest.mark.parametrize("text", ["I was swimming in the sea.", "I swam across a lake at dawn."])
def test_a_swimmer_is_in_open_water_not_on_the_shore(text: str) -> None:
    """Someone swimming in a sea or lake has water around them to the bottom of the frame (a
    beach in front put the swimmer on the sand)."""
    stage = Stage(job_for(text), 6.0, SIZE)
    assert stage.scene_set(0).world.open_water
    frame = _frame(stage, 2.0)
    ys, xs = np.nonzero(stage.mask("dreamer", 2.0))
    below = frame[min(ys.max() + 10, SIZE[1] - 1) :, xs.min() : xs.max() + 1].reshape(-1, 3)
    assert below.size and np.mean(below[:, 2] > below[:, 0] + 10) > 0.9  # blue water, not sand


def test_under_water_the_dreamer_is_drawn_in_full() -> None:
    stage = Stage(job_for("I dove deep underwater and swam with a shark."), 6.0, SIZE)
    assert [o.concept for o in stage.scenes[0].objects if o.concept == "bird"] == []  # "dove"
    mask = stage.mask("dreamer", 2.0)
    ys, _ = np.nonzero(mask)
    assert mask.sum() > 300 and ys.min() > 0.1 * SIZE[1]  # in the view, not at its top edge
    frame = _frame(stage, 2.0)
    dist = np.linalg.norm(frame[mask].astype(float) - np.array(DREAMER_RGB, float), axis=1)
    assert np.mean(dist < 60) > 0.5  # opaque, not faded as if under a surface


def test_an_animal_in_open_water_swims_with_its_back_above_the_surface() -> None:
    stage = Stage(job_for("I was swimming in a lake with my dog."), 6.0, SIZE)
    standing = Stage(job_for("I stood by the lake with my dog."), 6.0, SIZE)
    swim_h = np.ptp(np.nonzero(stage.mask("dog", 2.0))[0])
    stand_rows = np.nonzero(standing.mask("dog", 2.0))[0]
    frame = _frame(stage, 2.0)
    mask = stage.mask("dog", 2.0)
    colour = next(n.colour for n in stage.visible(2.0) if n.id == "dog")
    assert colour is not None
    seen = np.linalg.norm(frame[mask].astype(float) - np.array(colour, float), axis=1) < 45
    # Its back and head show in full (the mask is what is drawn opaque); its legs, under
    # water, do not: it shows lower than a dog standing on the shore.
    assert np.mean(seen) > 0.8
    assert 0.3 * np.ptp(stand_rows) < swim_h < 0.8 * np.ptp(stand_rows)


@pytest.mark.parametrize(
    "text",
    [
        "Ich saß mit meinem Vater in einem kleinen Boot auf einem See.",
        "I sat in a boat on the sea with my sister.",
        "Wir saßen in einem roten Kanu auf dem Fluss und mein Onkel paddelte.",
        "Me and my cousin sat in a kayak on the river.",
    ],
)
def test_a_boat_carries_those_in_it_on_the_water(text: str) -> None:
    """ "In a boat on a lake": a boat on open water, with the dreamer and the companion in it
    (their legs behind its side), not on a stool on the shore."""
    stage = Stage(job_for(text), 6.0, SIZE)
    scene = stage.scene_set(0)
    assert scene.world.open_water
    assert any(n.id == "prop:boat" and n.drawn for n in scene.nodes)
    frame = _frame(stage, 2.0)
    for figure in ("dreamer", next(a.node.id for a in scene.actors if a.node.kind == "person")):
        mask = stage.mask(figure, 2.0)
        ys, _ = np.nonzero(mask)
        colour = next(n.colour for n in stage.visible(2.0) if n.id == figure)
        assert colour is not None
        low = mask & (np.arange(SIZE[1])[:, None] > ys.max() - 0.2 * np.ptp(ys))
        high = mask & (np.arange(SIZE[1])[:, None] < ys.min() + 0.3 * np.ptp(ys))
        seen = [np.mean(np.linalg.norm(frame[m] - np.array(colour), axis=1) < 45)
                for m in (low, high)]  # fmt: skip
        assert seen[1] > 0.7 > 0.3 > seen[0], figure  # the head shows, the legs are hidden


def test_a_bear_is_heavier_than_a_dog() -> None:
    """A bear is drawn big and bulky (thick legs, a hump), not as a long-legged dog."""
    bear_h, bear_w = _height_and_width("I stood in the forest. A bear stood near me.", "bear")
    dog_h, dog_w = _height_and_width("I stood in the forest. A dog stood near me.", "dog")
    stage = Stage(job_for("I stood in the forest. A bear stood near me."), 6.0, SIZE)
    dog_stage = Stage(job_for("I stood in the forest. A dog stood near me."), 6.0, SIZE)
    fill_bear = stage.mask("bear", 2.0).sum() / (bear_h * bear_w)
    fill_dog = dog_stage.mask("dog", 2.0).sum() / (dog_h * dog_w)
    assert bear_h > 1.3 * dog_h and fill_bear > 1.2 * fill_dog


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("We were at a party in a garden with lanterns.", "lanterns"),
        ("Wir saßen im Garten bei Kerzen und Laternen.", "lanterns"),
        ("A bright light shone from the sky.", "light"),
        ("A giant wave came towards the beach.", "wave"),
        ("Eine riesige Welle rollte auf den Strand zu.", "wave"),
        ("I sat by the sea and watched the waves.", None),  # the sea's own waves: no wall
    ],
)
def test_lanterns_are_small_lights_and_a_wave_is_a_wall_of_water(
    text: str, prop: str | None
) -> None:
    stage = Stage(job_for(text), 6.0, SIZE)
    props = {n.concept for n in stage.scene_set(0).nodes if n.kind == "prop" and n.drawn}
    special = {"light", "lanterns", "wave"}
    assert props & special == ({prop} if prop else set())


@pytest.mark.parametrize(
    "text", ["I was driving my red car through the city.", "Ich fuhr mit meinem roten Auto."]
)
def test_a_driving_dreamer_sits_in_their_car(text: str) -> None:
    """At the wheel the dreamer is in the car (red, as the dream says), not standing beside a
    parked one."""
    stage = Stage(job_for(text), 6.0, SIZE)
    assert stage.scene_set(0).actors[0].node.action == "drive"
    h, w = _height_and_width(text, "dreamer")
    assert w > 1.3 * h  # a car around a seated figure, wider than it is tall
    mask = stage.mask("dreamer", 2.0)
    ys, _ = np.nonzero(mask)
    body = mask & (np.arange(SIZE[1])[:, None] > ys.max() - 0.45 * np.ptp(ys))
    frame = _frame(stage, 2.0)[body].astype(float)
    red = (frame[:, 0] > 150) & (frame[:, 1] < 110) & (frame[:, 2] < 110)
    assert np.mean(red) > 0.5


@pytest.mark.parametrize(
    "text",
    ["We sat at the kitchen table and my father laughed.",
     "Wir saßen in der Küche am Tisch und mein Vater lachte."],
)  # fmt: skip
def test_a_figure_the_dream_seats_is_drawn_seated_while_it_laughs(text: str) -> None:
    """The plan's posture wins over a still action: the laughing father sits, shorter than the
    same father laughing on his feet."""
    [father] = [n for n in Stage(job_for(text), 6.0, SIZE).nodes(0) if n.id == "father"]
    assert father.action == "sit"
    seated, _ = _height_and_width(text, "father")
    standing, _ = _height_and_width("I was in the kitchen and my father laughed.", "father")
    assert seated < 0.85 * standing


def test_a_flooded_room_has_water_over_its_floor_and_the_boat_on_it() -> None:
    """ "The hallway was flooded; I rowed a boat down it": the room with water over its floor
    and the boat on that water (it stood on a dry floor, or became a ship's deck)."""
    flooded = Stage(job_for("The hallway was flooded knee-deep and I rowed a red boat."), 6.0, SIZE)
    dry = Stage(job_for("I stood in the long hallway with a red boat."), 6.0, SIZE)
    wet, plain = flooded.scene_set(0), dry.scene_set(0)
    assert flooded.scenes[0].setting.place == "corridor" and flooded.scenes[0].setting.flooded
    assert wet.world.water is not None and plain.world.water is None
    assert "boat" in wet.world.anchors
    band = slice(int(SIZE[1] * 0.85), SIZE[1])
    assert np.abs(_frame(flooded, 2.0)[band] - _frame(dry, 2.0)[band]).mean() > 10


def test_a_pool_with_no_water_is_drawn_drained() -> None:
    """ "Im Schwimmbad war kein Wasser": the basin's tiles, no water surface to swim in."""
    empty = Stage(
        job_for("Im Schwimmbad war kein Wasser, ich lief durch das leere Becken."), 6.0, SIZE
    )
    full = Stage(job_for("Ich stand im Schwimmbad am Beckenrand."), 6.0, SIZE)
    assert "empty" in empty.scenes[0].setting.adjectives
    drained, filled = empty.scene_set(0), full.scene_set(0)
    assert drained.world.drained and drained.world.water is None
    assert filled.world.water is not None
    band = slice(int(SIZE[1] * 0.7), SIZE[1])
    assert np.abs(_frame(empty, 2.0)[band] - _frame(full, 2.0)[band]).mean() > 5


def test_people_said_in_the_plural_are_drawn_as_a_group() -> None:
    stage = Stage(job_for("Alle meine Kollegen standen im Flur und klatschten."), 6.0, SIZE)
    kinds = {n.concept: n.kind for n in stage.nodes(0)}
    assert kinds["colleague"] == "group"
    one = Stage(job_for("Meine Kollegin stand im Flur."), 6.0, SIZE)
    assert {n.concept: n.kind for n in one.nodes(0)}["colleague"] == "person"


@pytest.mark.parametrize(
    ("text", "thing", "shown"),
    [
        ("I was in my kitchen at night and the moon was shining through.", "moon", True),
        ("I stood in a long corridor and saw the moon.", "moon", False),
        ("Ich war in einer Höhle und die Sonne schien.", "sun", False),
    ],
)
def test_indoors_the_sun_and_moon_are_only_seen_through_a_window(
    text: str, thing: str, shown: bool
) -> None:
    """A room with a window shows the moon small in it; a corridor or a cave has no sky, so no
    sun or moon hangs on its wall."""
    scene = Stage(job_for(text, 6.0), 6.0, SIZE).scene_set(0)
    assert scene.world.indoor
    drawn = {node.id: node.drawn for node in scene.nodes}
    assert drawn[f"prop:{thing}"] is shown
    assert (scene.world.window is not None) is shown


def test_a_harbour_is_drawn_with_a_stone_quay_not_a_sandy_beach() -> None:
    """ "At the harbour" is the shore with a grey stone quay where a beach has yellow sand."""
    import skia

    def ground(text: str) -> tuple[str, np.ndarray]:
        stage = Stage(job_for(text, 6.0), 6.0, SIZE)
        surface = skia.Surface(*SIZE)
        stage.draw(surface.getCanvas(), 2.0)
        rgb = np.asarray(surface.toarray()[..., :3].astype(int))[..., ::-1]  # BGRA -> RGB
        band = rgb[int(SIZE[1] * 0.85) :, : int(SIZE[0] * 0.2)].reshape(-1, 3).mean(axis=0)
        return stage.scene_set(0).nodes[0].concept, band

    harbour, stone = ground("I walked along the harbour in the wind.")
    beach, sand = ground("I walked along the beach in the wind.")
    assert (harbour, beach) == ("harbour", "beach")
    assert np.ptp(stone) < 20  # grey: red, green and blue alike
    assert sand[0] - sand[2] > 40  # sand: far more red than blue
