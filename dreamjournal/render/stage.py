"""The staged scene graph of a clip: shots from the scene plan, each a world of layers and actors.

    Stage                          the whole clip: shots on a timeline
      StagedShot                   one camera move over one plan scene (index, start, end, move)
        SceneSet                   the scene's world, painted once: far/mid/near layer images
          Node                     what is on stage: backdrop, dreamer, characters, props,
                                   each with an id, kind, concept, action and (figures) a colour

Shots: one per plan scene (or per prompt shot when the plan has fewer scenes, several shots
then showing one scene with different camera moves), equal lengths. Figures act over the
whole of their scene, the camera over its shot. `Stage.draw(canvas, t)` draws the frame at t;
`Stage.mask(node_id, t)` draws one node alone, so tests can check it is in the frames.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

import numpy as np
import skia

from dreamjournal.render.backdrops import draw_backdrop, flood, quay
from dreamjournal.render.colour import RGB, hex_rgb, luma, mix, ordered_palette
from dreamjournal.render.colour_words import scene_colours
from dreamjournal.render.draw import fill
from dreamjournal.render.figures import (
    AIRBORNE,
    IN_WATER,
    POSTURES,
    draw_animal,
    draw_car,
    draw_creature,
    draw_person,
    place,
)
from dreamjournal.render.props import PROPS, weather_in_window, window_cover
from dreamjournal.render.timeline import shot_times, staged_scenes
from dreamjournal.render.world import Look, World

if TYPE_CHECKING:
    from dreamjournal.analysis.scene_plan import Action, Posture, Scene, ScenePlan, Thing
    from dreamjournal.render.base import RenderJob
    from dreamjournal.visualize.models import VisualizationPrompt

DREAMER_RGB: RGB = (255, 212, 140)  # the dreamer: warm light, with a glow
CAST_RGB: tuple[RGB, ...] = ((110, 200, 236), (238, 130, 170), (176, 150, 246), (140, 226, 160))
CREATURE_RGB: RGB = (226, 230, 250)
CROSSFADE_S = 0.8
# Nearest-neighbour layer sampling: ~0.4 ms a 720p layer instead of ~3 ms for bilinear; at
# camera zooms of 1.0-1.2 on soft painted layers the difference is hard to see, and the
# figures, drawn live as vectors, stay anti-aliased (see bench/render.py).
SAMPLING = skia.SamplingOptions()
FEET_SINK = 0.05  # how far the camera may lower the scene, in its vertical room
FISH = frozenset({"fish", "shark", "whale"})
AFLOAT = frozenset({"sea", "lake", "river"})  # places where "a boat" carries the figures
# A shore said as a harbour ("a harbour", "am Hafen", "the port"): the beach, with a quay.
_HARBOUR: Final = re.compile(
    r"\b(?:harbou?rs?|hafen\w*|ports?|quay\w*|kai\w*|marina|docks?)\b", re.I
)
SMALL_CRAFT = frozenset({"boat", "canoe", "kayak", "raft"})  # drawn as the rowing boat
# A figure's height against its kind, by the size the dream gives it ("a tall man": 1.2x).
SIZE_SCALE: dict[str, float] = {
    "tiny": 0.45, "small": 0.72, "usual": 1.0, "large": 1.2, "huge": 1.5,
}  # fmt: skip
FRAMING_ZOOM = {"close-up": 1.18, "extreme close-up": 1.3, "medium": 1.08, "over-the-shoulder": 1.1}
# Symbols a backdrop already shows in full: still nodes of the graph, not drawn twice.
IN_BACKDROP: dict[str, frozenset[str]] = {
    "forest": frozenset({"forest", "jungle"}), "ocean": frozenset({"sea", "beach"}),
    "water": frozenset({"sea", "lake", "beach", "river", "swimming_pool", "underwater", "ship"}),
    "river": frozenset({"river"}), "sky": frozenset({"sky", "plane"}),
    "city": frozenset({"city_street"}), "mountain": frozenset({"mountains"}),
    "road": frozenset({"road"}), "bridge": frozenset({"bridge"}),
    "train": frozenset({"station", "train"}), "house": frozenset({"house", "childhood_home"}),
}  # fmt: skip
_SLOTS = (0.8, 0.2, 0.66, 0.34, 0.92, 0.08)


# "Light" said as lamps, lanterns or candles is drawn as small lights, not a great glow.
_LAMP_WORDS = frozenset(
    {"lamp", "lamps", "lantern", "lanterns", "candle", "candles", "lampe", "lampen", "laterne",
     "laternen", "lampion", "lampions", "kerze", "kerzen"}
)  # fmt: skip


# One wave, said alone ("a giant wave", "eine Welle"); "the waves" are the sea's own.
_WAVE_WORDS = frozenset({"wave", "welle", "tsunami", "flutwelle", "riesenwelle"})


def _prop_name(thing: Thing) -> str:
    """The prop that draws a thing of the plan."""
    said = {w.lower() for w in thing.words}
    if thing.concept == "light" and _LAMP_WORDS & said:
        return "lanterns"
    if thing.concept in {"ocean", "water"} and _WAVE_WORDS & said:
        return "wave"  # "a giant wave", "eine riesige Welle", "the tsunami"
    if thing.concept in SMALL_CRAFT:
        return "boat"  # a canoe, a kayak, a raft: the rowing boat's drawing
    return thing.concept


@dataclass(frozen=True)
class Node:
    """One thing on stage."""

    id: str  # "dreamer", a character id, "prop:moon", "backdrop"
    kind: str  # backdrop | dreamer | person | animal | creature | group | prop
    concept: str
    action: str | None = None
    colour: RGB | None = None  # a figure's fill colour (what a test looks for in the frames)
    drawn: bool = True  # False: shown by the backdrop itself (a forest place is the forest)


# Actions a figure can do in the posture the dream gives it ("my father sat ... and talked"):
# it is drawn sitting or lying, not standing.
_IN_PLACE = frozenset(
    {None, "stand", "talk", "look", "wait", "cry", "laugh", "hold", "give", "eat", "shout",
     "wave", "play", "search"}
)  # fmt: skip


def _held(posture: Posture | None, action: Action | None) -> Action | None:
    """The action to draw: a stated sitting or lying posture wins over a still action."""
    if posture == "sit" and action in _IN_PLACE:
        return "sit"
    if posture == "lie" and action in _IN_PLACE:
        return "lie"
    return action


@dataclass
class Actor:
    """A figure in a scene: its node, where it stands, how big it is."""

    node: Node
    home: tuple[float, float]
    height: float
    facing: float = 1.0
    vehicle: RGB | None = None  # driving: the car's colour (the car is drawn around the figure)

    def draw(
        self, c: skia.Canvas, wd: World, u: float, t: float, colour: RGB | None = None
    ) -> None:
        """Draw at scene progress u, clip time t (in `colour`, or the node's own)."""
        n = self.node
        col = colour or n.colour or (255, 255, 255)
        act = n.action or "stand"
        span = wd.vw
        if self.vehicle is not None:  # at the wheel: seated, moving with the car around them
            pl = place("drive", u, t, self.home, span, self.height, wd.water, wd.y(0.45))
            glow = DREAMER_RGB if n.kind == "dreamer" and colour is None else None
            draw_person(c, replace(pl, y=pl.y - self.height * 0.17), self.height * 0.8, "sit", t,
                        col, glow)  # fmt: skip
            draw_car(c, pl.x, pl.y, self.height, colour or self.vehicle, t)
            return
        if n.kind in {"dreamer", "person", "group"}:
            pl = place(act, u, t, self.home, span, self.height, wd.water, wd.y(0.45))
            if self.facing < 0 and act not in {"dance"}:
                pl = type(pl)(pl.x, pl.y, -pl.facing, pl.tilt, pl.alpha)
            glow = DREAMER_RGB if n.kind == "dreamer" and colour is None else None
            if n.kind == "group":
                for k, dx in enumerate((-0.45, 0.0, 0.45)):
                    sub = type(pl)(
                        pl.x + dx * self.height,
                        pl.y - (k == 1) * self.height * 0.04,
                        pl.facing,
                        pl.tilt,
                        pl.alpha,
                    )
                    draw_person(c, sub, self.height * (0.9 + 0.1 * (k == 1)), act, t + k * 0.3, col)
            else:
                if (
                    act in {"swim", "sink"}
                    and wd.water is not None
                    and colour is None
                    and not wd.submerged
                ):
                    # In the water: what is above the surface shows, what is under it is faint.
                    line = max(wd.water, pl.y - self.height * 0.55)
                    for clip_top, clip_bottom, opacity in ((0.0, line, 1.0), (line, wd.h, 0.3)):
                        c.save()
                        c.clipRect(skia.Rect.MakeLTRB(0, clip_top, wd.w, clip_bottom))
                        faded = type(pl)(pl.x, pl.y, pl.facing, pl.tilt, pl.alpha * opacity)
                        draw_person(c, faded, self.height, act, t, col)
                        c.restore()
                else:
                    draw_person(c, pl, self.height, act, t, col, glow)
        elif n.kind == "animal":
            moving = act in {"walk", "run", "chase", "flee", "swim", "fly", "play"}
            if n.concept == "bird" or act in AIRBORNE:
                x = self.home[0] + (u - 0.5) * span * 0.4
                draw_animal(
                    c,
                    n.concept if n.concept == "bird" else n.concept,
                    x,
                    wd.y(0.3) + math.sin(t * 2) * 8,
                    self.height,
                    t,
                    True,
                    col,
                )
            elif n.concept in FISH and wd.water is not None:
                # A fish is in the water whatever it does: below the surface, gliding.
                x = self.home[0] + (u - 0.5) * span * 0.3
                y = max(wd.water + self.height * 0.55, wd.ground - self.height * 0.2)
                if wd.submerged:  # under water: a fish anywhere between surface and floor
                    y = wd.ground - self.height * 0.5
                draw_animal(c, n.concept, x, y + math.sin(t * 1.5) * 4, self.height, t, True, col,
                            self.facing)  # fmt: skip
            elif wd.open_water and wd.water is not None and n.concept != "bird":
                # In open water an animal swims: its back and head above the surface.
                x = self.home[0] + (u - 0.5) * span * 0.3
                y = wd.water + self.height * 0.38 + math.sin(t * 2) * 2
                line = wd.water + self.height * 0.04
                for clip_top, clip_bottom, opacity in ((0.0, line, 1.0), (line, wd.h, 0.15)):
                    c.save()
                    c.clipRect(skia.Rect.MakeLTRB(0, clip_top, wd.w, clip_bottom))
                    draw_animal(c, n.concept, x, y, self.height, t, False, col, self.facing,
                                opacity)  # fmt: skip
                    c.restore()
            else:
                pl = place(
                    act if moving else "stand",
                    u,
                    t,
                    self.home,
                    span,
                    self.height,
                    wd.water,
                    wd.y(0.3),
                )
                draw_animal(
                    c, n.concept, pl.x, pl.y, self.height, t, moving, col, self.facing,
                    posture=POSTURES.get(act or "", "stand"),
                )  # fmt: skip
        else:
            pl = place(
                act if act in AIRBORNE else "float",
                u,
                t,
                self.home,
                span,
                self.height,
                wd.water,
                self.home[1] - self.height * 1.3,
            )
            draw_creature(c, pl.x, pl.y + self.height, self.height, t, col)


@dataclass
class SceneSet:
    """One plan scene, painted: the world, its layer images, actors and live props per layer."""

    index: int
    world: World
    layers: list[tuple[skia.Image, int, int]]  # each layer's painted part and where it sits
    actors: list[Actor]
    live: list[list[tuple[Callable[[skia.Canvas, World, float, float], None], float]]]
    nodes: list[Node]
    solid: list[float]  # per layer: the world row from which it hides everything behind it


@dataclass(frozen=True)
class StagedShot:
    """One shot: a scene seen through one camera move from `start` to `end` seconds."""

    index: int
    scene: int
    start: float
    end: float
    move: str
    framing: str
    scene_start: float
    scene_end: float

    def u(self, t: float) -> float:
        """Camera progress through the shot (beyond 0..1 in crossfades)."""
        return (t - self.start) / max(1e-6, self.end - self.start)

    def scene_u(self, t: float) -> float:
        """Progress through the scene (figures act over the whole scene)."""
        return min(
            1.05, max(-0.05, (t - self.scene_start) / max(1e-6, self.scene_end - self.scene_start))
        )


def camera(move: str, u: float, room: tuple[float, float], seed: int) -> tuple[float, float, float]:
    """(zoom, dx, dy): the camera at progress u; dx, dy in view pixels (right, down)."""
    rx, ry = room
    e = u * u * (3 - 2 * u) if 0 <= u <= 1 else u
    zoom, dx, dy = 1.0, 0.0, 0.0
    if move in {"slow push-in", "dolly forward"}:
        zoom = 1.0 + 0.14 * e
        dy = 0.2 * ry * e if move == "dolly forward" else 0.0
    elif move == "pull back":
        zoom = 1.16 - 0.16 * e
    elif move in {"pan left", "pan right"}:
        zoom, dx = 1.04, (0.8 - 1.6 * e) * rx * (1 if move == "pan left" else -1)
    elif move in {"tilt up", "crane up"}:
        zoom, dy = 1.04, (0.7 - 1.4 * e) * ry
    elif move in {"tilt down", "crane down"}:
        zoom, dy = 1.04, (1.4 * e - 0.7) * ry
    elif move == "orbit":
        zoom = 1.08
        dx, dy = math.cos(math.pi * e) * rx * 0.6, math.sin(math.pi * e) * ry * 0.3
    else:  # static, drift: a slow float so nothing is ever frozen
        zoom = 1.04 + 0.03 * e
        dx = math.sin(0.9 * e + seed % 7) * rx * 0.35
        dy = math.cos(0.7 * e + seed % 7) * ry * 0.2
    # The scene may rise (a tilt down, a crane) but sinks only a little: the figures' feet
    # stay above the captions.
    return zoom, dx, max(dy, -FEET_SINK * ry)


def _fallback_plan(prompt: VisualizationPrompt) -> ScenePlan:
    """A plan for a job that has none: the prompt's shots, said as a dream."""
    from dreamjournal.analysis import plan_scenes

    text = " ".join(s.subject_action + "." for s in prompt.shots)
    return plan_scenes(text or "A calm open space.")


class Stage:
    """The clip's scene graph and its painter."""

    def __init__(self, job: RenderJob, seconds: float, size: tuple[int, int]) -> None:
        prompt = job.prompt
        plan = job.plan or _fallback_plan(prompt)
        self.plan = plan
        self.size = size
        self.seed = int(job.seed)
        self.palette = ordered_palette(prompt.palette)
        shots = list(prompt.shots)
        # The cuts (shared with the captions, which follow them): one shot per scene, or per
        # prompt shot when the plan has fewer scenes; a long dream keeps scenes spread out.
        n, kept = staged_scenes(len(plan.scenes), len(shots))
        self.scenes = [plan.scenes[i] for i in kept]
        length = seconds / n
        self.shots: list[StagedShot] = []
        for st in shot_times(len(plan.scenes), len(shots), seconds):
            cam = shots[min(len(shots) - 1, st.index * len(shots) // n)] if shots else None
            self.shots.append(
                StagedShot(st.index, st.scene, st.start, st.end,
                           cam.camera_move if cam else "drift", cam.framing if cam else "wide",
                           st.scene_start, st.scene_end)
            )  # fmt: skip
        self.seconds = seconds
        self.crossfade = min(CROSSFADE_S, 0.4 * length)
        self._sets: dict[int, SceneSet] = {}
        # Time of day, light and weather carry over from the scene before when a scene is silent
        # about them (a night by the lake stays night on the shore a moment later).
        self.conditions: list[tuple[str, str, str]] = []
        last: tuple[str, ...] = ("unknown", "unknown", "unknown")
        for sc in self.scenes:
            where = sc.setting
            # Weather stays only while the place does (rain in the kitchen's garden, not at sea).
            now = (
                where.time_of_day,
                where.light,
                where.weather if where.weather != "unknown" or where.carried else "clear",
            )
            last = tuple(n if n != "unknown" else p for n, p in zip(now, last, strict=True))
            self.conditions.append((last[0], last[1], last[2]))
        self.cast_colour: dict[str, RGB] = {}
        for k, ch in enumerate(plan.cast):
            self.cast_colour[ch.id] = (
                CREATURE_RGB if ch.kind == "creature" else CAST_RGB[k % len(CAST_RGB)]
            )
        # Colour words: a sky or a thing's colour holds in its scene, a figure's in the clip
        # ("a man in a red coat" stays red when he comes back).
        self.colours = [scene_colours(sc) for sc in self.scenes]
        self.dreamer_colour = DREAMER_RGB
        for said in reversed(self.colours):
            self.cast_colour.update({k: _visible(v) for k, v in said.characters.items()})
            if said.dreamer is not None:
                self.dreamer_colour = _visible(said.dreamer)

    # ---- the graph -------------------------------------------------------------------------
    def nodes(self, scene: int) -> list[Node]:
        """What is on stage in one scene (painting it if needed)."""
        return self.scene_set(scene).nodes

    def shot_at(self, t: float) -> StagedShot:
        """The shot whose span holds t."""
        for shot in self.shots:
            if t < shot.end:
                return shot
        return self.shots[-1]

    def visible(self, t: float) -> list[Node]:
        """The nodes on screen at t (both scenes' during a crossfade)."""
        shot = self.shot_at(t)
        return self.nodes(shot.scene)

    # ---- painting --------------------------------------------------------------------------
    def scene_set(self, index: int) -> SceneSet:
        """The painted scene `index` (painted once; older ones are let go)."""
        if index in self._sets:
            return self._sets[index]
        for old in [i for i in self._sets if i < index - 1]:
            del self._sets[old]
        self._sets[index] = self._paint(index)
        return self._sets[index]

    def _paint(self, index: int) -> SceneSet:
        sc = self.scenes[index] if self.scenes else None
        setting = sc.setting if sc else None
        place_kind = setting.place if setting else "unknown"
        indoor = setting.indoor if setting else None
        time_of_day, light, weather = (
            self.conditions[index] if self.conditions else ("unknown", "unknown", "unknown")
        )
        look = Look.make(self.palette, time_of_day, light, weather)
        said = self.colours[index] if self.colours else None
        if said is not None and said.sky is not None:  # "a violet sky"
            top, low = mix(look.sky_top, said.sky, 0.7), mix(look.sky_low, said.sky, 0.5)
            look = replace(look, sky_top=top, sky_low=low)
        wd = World.make(
            self.size, look, self.seed * 1009 + index, bool(indoor) or place_kind in _indoor_kinds()
        )
        if said is not None:
            wd.tints.update(said.props)
        if sc is not None:
            wd.open_water = bool({sc.dreamer.action, *(c.action for c in sc.characters)} & IN_WATER)
            wd.drained = "empty" in sc.setting.adjectives
            craft = {o.concept for o in sc.objects} | (
                {sc.setting.vehicle.concept} if sc.setting.vehicle else set()
            )
            if place_kind in AFLOAT and craft & SMALL_CRAFT:  # a canoe is drawn as the boat
                wd.open_water = True  # in a boat on the water: no shore in front
                wd.anchors["boat"] = (wd.x(0.33), wd.x(0.63))
        # The far layer covers everything: opaque, skia copies it without blending (2x faster).
        opaque = skia.ImageInfo.Make(wd.w, wd.h, skia.kBGRA_8888_ColorType, skia.kOpaque_AlphaType)
        surfaces = [
            skia.Surface.MakeRaster(opaque),
            skia.Surface(wd.w, wd.h),
            skia.Surface(wd.w, wd.h),
        ]
        canvases = [s.getCanvas() for s in surfaces]
        for c in canvases[1:]:
            c.clear(skia.ColorTRANSPARENT)
        draw_backdrop(place_kind, indoor, wd, *canvases)
        harbour = (
            sc is not None
            and place_kind == "beach"
            and bool(_HARBOUR.search(" ".join([sc.setting.called or "", *sc.setting.words])))
        )
        if harbour:  # "am Hafen", "at the harbour": a stone quay where the beach has sand
            quay(wd, canvases[2])
        if sc is not None and sc.setting.flooded:  # the flood over the floor, a boat on it
            flood(wd, canvases[2])
            if craft & SMALL_CRAFT:
                wd.anchors["boat"] = (wd.x(0.33), wd.x(0.63))
        nodes = [Node("backdrop", "backdrop", "harbour" if harbour else place_kind)]
        live: list[list[tuple[Callable[[skia.Canvas, World, float, float], None], float]]] = [
            [],
            [],
            [],
        ]
        char_concepts = {c.concept for c in (sc.characters if sc else [])}
        driving = sc is not None and sc.dreamer.action == "drive"
        symbols = [
            _prop_name(o)
            for o in (sc.objects if sc else [])
            if o.symbol or o.concept in SMALL_CRAFT
        ]
        plural = {
            o.concept
            for o in (sc.objects if sc else [])
            if any(w.lower().endswith(("s", "monde", "sonnen")) for w in o.words)
        }
        falling = look.weather in {"rain", "snow", "storm"} and not wd.indoor
        if falling and look.weather not in symbols:
            symbols.append(look.weather)
        slot = 0
        for name in dict.fromkeys(symbols):
            prop = PROPS.get(name)
            shown_by_place = place_kind in IN_BACKDROP.get(name, frozenset()) or (
                name == "car" and driving  # drawn around the dreamer at the wheel
            )
            is_cast = name in char_concepts
            # A room with no window shows no sky: no sun or moon hanging on its wall.
            no_sky = wd.indoor and wd.window is None and name in {"sun", "moon", "star"}
            nodes.append(
                Node(
                    f"prop:{name}",
                    "prop",
                    name,
                    drawn=prop is not None and not shown_by_place and not is_cast and not no_sky,
                )
            )
            if (
                prop is None
                or shown_by_place
                or is_cast
                or no_sky
                or (wd.indoor and name in {"rain", "snow", "storm"})
            ):
                continue
            x = wd.x(0.5 if prop.sky and name in {"moon", "sun"} else _SLOTS[slot % len(_SLOTS)])
            if name == "stairs" and sc is not None and "climb" in {sc.action, sc.dreamer.action}:
                x = wd.x(0.36)
            if not prop.sky:
                slot += 1
            if name in {"moon", "sun"}:
                x = wd.x(0.72 if slot % 2 == 0 else 0.28)
            # "Two moons": a sky thing named in the plural is drawn twice.
            places = [x, x - wd.vw * 0.16] if name in plural and prop.sky and not wd.indoor else [x]
            for px in places:
                if prop.static is not None:
                    prop.static(canvases[prop.layer], wd, px)
                if prop.live is not None:
                    live[prop.layer].append((prop.live, px))
        if look.weather == "fog":
            live[2].append((_fog, 0.0))
        if wd.indoor and wd.window is not None and look.weather in {"rain", "snow", "storm"}:
            wd.window_cover = window_cover(wd, surfaces[0].makeImageSnapshot())
            live[0].append((weather_in_window, 0.0))  # "it was raining outside": seen there
        cut = [_cropped(s.makeImageSnapshot(), i > 0) for i, s in enumerate(surfaces)]
        actors = self._cast(sc, wd, nodes)
        return SceneSet(index, wd, [c[0] for c in cut], actors, live, nodes, [c[1] for c in cut])

    def _cast(self, sc: Scene | None, wd: World, nodes: list[Node]) -> list[Actor]:
        actors: list[Actor] = []
        if sc is None:
            return actors
        height = wd.vh * 0.34
        dreamer = sc.dreamer
        chars = list(sc.characters)
        hugging = {"embrace", "kiss"}
        embrace = (dreamer.action or "") in hugging or any(c.action in hugging for c in chars)
        if embrace:  # the one who embraces (or is embraced) comes first, beside the dreamer
            chars.sort(key=lambda c: (c.action not in hugging, c.kind != "person"))
        dx = 0.42 if chars else 0.5
        boat = wd.anchors.get("boat")
        if boat is not None:  # in the boat: the dreamer at its stern, a companion facing them
            dx = 0.4
        if dreamer.present and (dreamer.action or sc.action) == "climb" and "stairs" in wd.anchors:
            dx = (wd.anchors["stairs"][0] - (wd.w - wd.vw) / 2) / wd.vw + 0.03
        if dreamer.present:
            action = dreamer.action or (sc.action if sc.action_agent == "dreamer" else None)
            if embrace and action in {None, "stand"}:
                action = "embrace"
            action = _held(dreamer.posture, action)
            node = Node("dreamer", "dreamer", "dreamer", action, self.dreamer_colour)
            nodes.append(node)
            car = wd.tint("car", (70, 110, 170)) if action == "drive" else None
            actors.append(Actor(node, (wd.x(dx), wd.ground), height, vehicle=car))
        for k, ch in enumerate(chars[:4]):
            colour = self.cast_colour.get(ch.id, CAST_RGB[k % len(CAST_RGB)])
            act = ch.action or ("embrace" if embrace and k == 0 and ch.kind == "person" else None)
            act = _held(ch.posture, act)
            # people said in the plural ("alle meine Kollegen") are drawn as a group of three
            kind = "group" if ch.kind == "person" and ch.role.startswith("a group of") else ch.kind
            node = Node(ch.id, kind, ch.concept, act, colour)
            nodes.append(node)
            if act == "chase":
                home, facing = (wd.x(dx - 0.2), wd.ground), 1.0
            elif embrace and k == 0:
                home, facing = (wd.x(dx + 0.07), wd.ground), -1.0
            elif boat is not None and k == 0 and ch.kind == "person":
                home, facing = (wd.x(0.56), wd.ground), -1.0
            else:
                home, facing = (
                    (wd.x((0.64, 0.76, 0.26, 0.86)[k]), wd.ground + wd.unit * 0.1 * k),
                    -1.0,
                )
            size = {
                "animal": height
                * (0.8 if ch.concept in {"horse", "bear", "lion", "tiger"} else 0.55),
                "group": height * 0.8,
            }.get(kind, height * (0.96 - 0.04 * k)) * SIZE_SCALE[ch.size]
            actors.append(Actor(node, home, size, facing))
        return actors

    def draw_shot(
        self, c: skia.Canvas, shot: StagedShot, t: float, only: str | None = None
    ) -> None:
        """Draw one shot at time t (its layers with parallax, live props, actors)."""
        ss = self.scene_set(shot.scene)
        wd = ss.world
        zoom, dx, dy = camera(
            shot.move, shot.u(t), ((wd.w - wd.vw) / 2, (wd.h - wd.vh) / 2), self.seed + shot.index
        )
        zoom *= FRAMING_ZOOM.get(shot.framing, 1.0)
        su = shot.scene_u(t)
        # The camera zooms about the line the figures stand on (their feet stay where they were,
        # above the captions; about the view's centre a push-in sank them behind the caption
        # band), or about a flying dreamer (a close-up pushed it out of the top of the frame).
        pivot = wd.ground
        if any(a.node.kind == "dreamer" and a.node.action in {"fly", "float"} for a in ss.actors):
            pivot = wd.y(0.45) - wd.vh * 0.1
        # Each layer's place in the view: view = world * z + (tx, ty).
        places: list[tuple[float, float, float]] = []
        for i, p in enumerate(wd.parallax):
            if i == 0 and not wd.indoor:
                # The far layer (sky, distant land) is at infinity: a camera moving in does not
                # make it larger, it only slides. Whole pixels: skia copies rows (3x cheaper).
                x0, y0 = round((wd.vw - wd.w) / 2 - dx * p), round((wd.vh - wd.h) / 2 - dy * p)
                places.append((float(x0), float(y0), 1.0))
            else:
                z = 1.0 + (zoom - 1.0) * (p if i < 2 else 1.0)
                top = pivot - (wd.h - wd.vh) / 2 - dy * p - z * pivot
                places.append((wd.vw / 2 - dx * p - z * wd.w / 2, top, z))
        for i, (tx, ty, z) in enumerate(places):
            c.save()
            if only is None:
                # What a nearer layer covers (its ground, opaque from edge to edge) is not drawn.
                cover = min((y + k * ss.solid[j] for j, (_, y, k) in enumerate(places) if j > i),
                            default=math.inf)  # fmt: skip
                if cover < wd.vh:
                    c.clipRect(skia.Rect.MakeWH(wd.vw, math.ceil(cover) + 1))
            c.translate(tx, ty)
            c.scale(z, z)
            if only is None:
                image, ox, oy = ss.layers[i]
                c.drawImage(image, ox, oy, SAMPLING, None)
                if i < 2:
                    for fn, x in ss.live[i]:
                        fn(c, wd, t, x)
            if i == 2:
                for actor in ss.actors:
                    if only is None or actor.node.id == only:
                        actor.draw(c, wd, su, t, (255, 255, 255) if only else None)
                if only is None:
                    for fn, x in ss.live[2]:
                        fn(c, wd, t, x)
            c.restore()

    def draw(self, c: skia.Canvas, t: float) -> None:
        """The scene(s) at t: one shot, or two crossfading."""
        shot = self.shot_at(t)
        half = self.crossfade / 2
        nxt = self.shots[shot.index + 1] if shot.index + 1 < len(self.shots) else None
        prev = self.shots[shot.index - 1] if shot.index > 0 else None
        if nxt is not None and t > shot.end - half:
            a, b, k = shot, nxt, (t - (shot.end - half)) / self.crossfade
        elif prev is not None and t < shot.start + half:
            a, b, k = prev, shot, (t - (shot.start - half)) / self.crossfade
        else:
            a = b = shot
        if a.scene == b.scene:  # a new camera on the same scene: a cut (a dissolve would ghost)
            self.draw_shot(c, shot, t)
            return
        self.draw_shot(c, a, t)
        k = k * k * (3 - 2 * k)
        c.saveLayerAlpha(None, max(0, min(255, round(255 * k))))
        self.draw_shot(c, b, t)
        c.restore()

    def mask(self, node_id: str, t: float) -> np.ndarray:
        """Where node `node_id` is drawn at time t (a boolean array of the view), alone."""
        w, h = self.size
        surface = skia.Surface(w, h)
        canvas = surface.getCanvas()
        canvas.clear(skia.ColorBLACK)
        self.draw_shot(canvas, self.shot_at(t), t, only=node_id)
        arr = surface.toarray()
        return np.asarray(arr[..., 1] > 200)

    def figure(self, t: float) -> tuple[str, RGB] | None:
        """The dreamer (or the first figure) on stage at t: its id and colour."""
        for node in self.visible(t):
            if node.colour is not None:
                return node.id, node.colour
        return None


def _visible(colour: RGB) -> RGB:
    """A figure's colour from the dream, lifted enough to stand out at night ("black coat")."""
    return colour if luma(colour) >= 60 else mix(colour, (120, 124, 140), 0.5)


def _cropped(image: skia.Image, trim: bool) -> tuple[tuple[skia.Image, int, int], float]:
    """A layer cut to its painted part (mid and near layers are mostly empty: less to draw),
    and the world row from which it is opaque from edge to edge down to its bottom (what lies
    behind it there is never seen; inf if there is no such row)."""
    if not trim:
        return (image, 0, 0), 0.0
    alpha = image.toarray(colorType=skia.kAlpha_8_ColorType)
    rows, cols = np.nonzero(alpha.any(axis=1))[0], np.nonzero(alpha.any(axis=0))[0]
    if rows.size == 0:
        return (image.makeSubset(skia.IRect.MakeWH(1, 1)), 0, 0), math.inf
    gaps = np.nonzero(~(alpha == 255).all(axis=1))[0]
    solid = float(gaps[-1] + 1) if gaps.size else 0.0
    box = skia.IRect.MakeLTRB(int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)
    subset = (image.makeSubset(box), box.left(), box.top())
    return subset, solid if solid < alpha.shape[0] else math.inf


def _fog(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    for k in range(3):
        y = wd.horizon + wd.unit * (0.5 + k * 1.3)
        ox = (t * wd.unit * (0.4 + 0.2 * k)) % wd.w
        for j in range(-1, 2):
            cx = ox + j * wd.w * 0.6
            c.drawOval(
                skia.Rect.MakeLTRB(cx - wd.w * 0.35, y - wd.unit, cx + wd.w * 0.35, y + wd.unit),
                fill(mix(wd.look.sky_low, (235, 235, 240), 0.5), 0.28, wd.unit * 0.8),
            )


def _indoor_kinds() -> frozenset[str]:
    from dreamjournal.render.rooms import ROOMS

    return ROOMS | {"train", "bus", "car", "plane", "cave"} - {"stage"}


def palette_rgb(palette: list[str]) -> list[RGB]:
    """Hex palette to RGB tuples."""
    return [hex_rgb(c) for c in palette]


__all__ = ["Node", "Stage", "StagedShot", "camera", "field"]
