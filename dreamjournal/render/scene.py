"""One shot as a scene: painted once (sky, land, motifs), then framed by its camera per frame.

The world is painted at the output's scale with a margin for camera moves, converted to YUV
planes once, and each frame is a crop of those planes plus mist and animators, framed to the
output size by Pillow in one C call per plane.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageChops

from dreamjournal.render import motifs_land as land
from dreamjournal.render import motifs_sky as sky
from dreamjournal.render import motifs_things as things
from dreamjournal.render.canvas import Canvas, dark_sky, ridge
from dreamjournal.render.colour import RGB, hex_rgb, mix, rgb_to_yuv420, scale
from dreamjournal.visualize.palettes import SYMBOL_COLOURS

WORLD_SCALE = 1.0  # world pixels per output pixel
# Nearest-neighbour framing: at 1:1 scale and slow camera speeds it is indistinguishable from
# bilinear on these soft scenes, and it costs 0.3 ms a frame instead of 3 ms (see bench/render.py).
RESAMPLE = Image.Resampling.NEAREST
MARGIN = 1.3  # world is this much larger than the view, for pans and tilts
Motif = Callable[[Canvas, float], None]

# symbol -> (layer, motif): lower layers are painted first (far before near).
MOTIFS: dict[str, tuple[int, Motif]] = {
    "moon": (1, sky.moon),
    "sun": (1, sky.sun),
    "star": (1, lambda cv, s: sky.stars(cv, dense=True)),
    "sky": (2, lambda cv, s: sky.clouds(cv)),
    "storm": (2, sky.storm),
    "clock": (2, things.clock),
    "mountain": (3, land.mountain),
    "city": (3, land.city),
    "forest": (3, land.forest),
    "water": (4, land.water),
    "ocean": (4, land.water),
    "river": (4, land.river),
    "road": (4, land.road),
    "bridge": (4, land.bridge),
    "snow": (4, sky.snow),
    "tree": (5, land.tree),
    "house": (5, things.house),
    "door": (5, things.door),
    "window": (5, things.window),
    "stairs": (5, things.stairs),
    "mirror": (5, things.mirror),
    "fire": (6, things.fire),
    "flower": (6, land.flower),
    "key": (6, things.key),
    "rain": (7, sky.rain),
    "bird": (7, sky.bird),
    "light": (7, sky.light),
    "darkness": (8, sky.darkness),
}
AMBIENT_LAYERS = 4  # sky and far-land motifs carry across every shot of a dream
# framing -> (horizon as a fraction of the view, motif scale)
FRAMING: dict[str, tuple[float, float]] = {
    "extreme wide": (0.66, 0.75),
    "wide": (0.64, 0.9),
    "medium": (0.62, 1.1),
    "close-up": (0.6, 1.4),
    "extreme close-up": (0.58, 1.7),
    "aerial": (0.48, 0.7),
    "over-the-shoulder": (0.63, 1.0),
    "low angle": (0.74, 1.1),
    "high angle": (0.52, 0.9),
}


def _fallback(name: str) -> Motif:
    colour = hex_rgb(SYMBOL_COLOURS.get(name, "#fff1c1"))
    return lambda cv, slot: sky.orbs(cv, slot, colour)


def _base(cv: Canvas) -> None:
    """Sky gradient into a horizon glow, darker land, a painterly low-frequency texture."""
    w, h = cv.size
    lw, lh = w // 4, h // 4  # everything here is smooth: paint small, scale up once
    hz = int(cv.horizon / 4)
    top = np.array(scale(cv.pal[0], 0.75), np.float32)
    mid = np.array(mix(cv.pal[0], cv.pal[1], 0.6), np.float32)
    glow_c = np.array(mix(cv.pal[1], cv.pal[-1], 0.28), np.float32)
    s = np.linspace(0.0, 1.0, hz, dtype=np.float32)[:, None]
    lower = np.clip((s - 0.55) / 0.45, 0.0, 1.0) ** 1.8
    sky_rows = np.where(s < 0.55, top + (mid - top) * (s / 0.55), mid + (glow_c - mid) * lower)
    g = np.linspace(0.0, 1.0, lh - hz, dtype=np.float32)[:, None]
    land_top = np.array(mix(scale(cv.pal[0], 0.8), cv.pal[1], 0.3), np.float32)
    land_rows = land_top + (np.array(scale(cv.pal[0], 0.35), np.float32) - land_top) * g**0.6
    rows = np.concatenate([sky_rows, land_rows])
    small = (cv.rng.random((6, 9)) * 255).astype(np.uint8)
    tex = np.asarray(Image.fromarray(small).resize((lw, lh), Image.Resampling.BICUBIC), np.float32)
    img = rows[:, None, :] * (0.93 + 0.14 / 255.0 * tex)[:, :, None]
    low = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    cv.img = low.resize((w, h), Image.Resampling.BILINEAR)


def _vignette(cv: Canvas) -> Image.Image:
    """Darker towards the view's edges, as an RGB image to multiply by."""
    w, h = cv.size
    yy, xx = np.ogrid[0 : h // 8, 0 : w // 8]
    nx = (xx * 8 - w / 2) / (cv.vis_w * 0.62)
    ny = (yy * 8 - h / 2) / (cv.vis_h * 0.62)
    v = np.clip(1.0 - 0.5 * (nx * nx + ny * ny), 0.3, 1.0) * 255.0
    small = Image.fromarray(v.astype(np.uint8)).resize((w, h), Image.Resampling.BILINEAR)
    return Image.merge("RGB", (small, small, small))


def ambient_symbols(shot_symbols: list[list[str]]) -> list[str]:
    """The dream's sky and far-land symbols (moon, water, city...), for continuity across shots."""
    seen = dict.fromkeys(s for symbols in shot_symbols for s in symbols)
    return [s for s in seen if s in MOTIFS and MOTIFS[s][0] <= AMBIENT_LAYERS][:2]


def world_size(size: tuple[int, int]) -> tuple[int, int]:
    """World (width, height) in pixels for an output size: even, with the camera margin."""
    return (
        2 * math.ceil(size[0] * WORLD_SCALE * MARGIN / 2),
        2 * math.ceil(size[1] * WORLD_SCALE * MARGIN / 2),
    )


def paint(
    palette: list[RGB],
    symbols: list[str],
    framing: str,
    size: tuple[int, int],
    seed: int,
    ambient: list[str] | None = None,
) -> Canvas:
    """The world of one shot, painted in RGB."""
    vis_w, vis_h = size[0] * WORLD_SCALE, size[1] * WORLD_SCALE
    w, h = world_size(size)
    horizon_f, motif_scale = FRAMING.get(framing, (0.62, 1.0))
    cv = Canvas(
        img=Image.new("RGB", (w, h)),
        vis_w=vis_w,
        vis_h=vis_h,
        horizon=(h - vis_h) / 2 + horizon_f * vis_h,
        pal=palette,
        rng=np.random.default_rng(seed),
        scale=motif_scale,
    )
    _base(cv)
    known = [s for s in dict.fromkeys(symbols) if s in MOTIFS] or ["light"]
    known += [s for s in ambient or () if s not in known][: max(0, 4 - len(known))]
    others = [s for s in dict.fromkeys(symbols) if s not in MOTIFS][:1]
    if dark_sky(cv) and "star" not in known:
        sky.stars(cv, dense=False)
    if not {"mountain", "city", "forest", "water", "ocean"} & set(known):
        ridge(cv, cv.horizon + cv.unit * 0.3, cv.unit * 1.2, 6, land._silhouette(cv, 0.45), 1.5)
    plan = sorted(((MOTIFS[s][0], i, s) for i, s in enumerate(known)))
    slots = {s: (0.5, 0.15, 0.85)[i % 3] for i, s in enumerate(known)}
    for _, _, name in plan:
        MOTIFS[name][1](cv, slots[name])
    for name in others:
        _fallback(name)(cv, 0.5)
    cv.img = ImageChops.multiply(cv.img, _vignette(cv))
    return cv


def camera_box(
    move: str, u: float, cv_size: tuple[int, int], vis: tuple[float, float], seed: int
) -> tuple[float, ...]:
    """The world-space box the camera sees at progress u (0..1, a little beyond in crossfades)."""
    w, h = cv_size
    vw, vh = vis
    e = u * 0.65 + (u * u * (3 - 2 * u) if 0 <= u <= 1 else u) * 0.35  # gentle ease
    zoom, dx, dy = 1.0, 0.0, 0.0
    room_x, room_y = (w - vw) / 2, (h - vh) / 2
    if move in {"slow push-in", "dolly forward"}:
        zoom = 1.0 + 0.14 * e
        dy = 0.25 * room_y * e if move == "dolly forward" else 0.0
    elif move == "pull back":
        zoom = 1.16 - 0.16 * e
    elif move in {"pan left", "pan right"}:
        zoom, dx = 1.04, (0.8 - 1.6 * e) * room_x * (1 if move == "pan left" else -1)
    elif move in {"tilt up", "crane up"}:
        zoom, dy = 1.04 + (0.05 * (1 - e) if move == "crane up" else 0), (0.75 - 1.5 * e) * room_y
    elif move in {"tilt down", "crane down"}:
        zoom, dy = 1.04 + (0.05 * e if move == "crane down" else 0), (1.5 * e - 0.75) * room_y
    elif move == "orbit":
        zoom = 1.08
        dx, dy = math.cos(math.pi * e) * room_x * 0.6, math.sin(math.pi * e) * room_y * 0.35
    else:  # static, drift: a slow float so nothing is ever frozen
        phase = seed % 7
        zoom = 1.05 + (0.03 * e if move == "drift" else 0.0)
        amp = 0.45 if move == "drift" else 0.15
        dx = math.sin(0.9 * e + phase) * room_x * amp
        dy = math.cos(0.7 * e + phase) * room_y * amp * 0.6
    bw, bh = vw / zoom, vh / zoom
    cx = min(max(w / 2 + dx, bw / 2 + 1), w - bw / 2 - 1)
    cy = min(max(h / 2 + dy, bh / 2 + 1), h - bh / 2 - 1)
    return cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2


@dataclass
class Mist:
    """Soft noise drifting on the wind, thickest along the horizon, added to the scene's luma."""

    tex: NDArray[np.uint8]  # rows are world rows; it only drifts sideways
    wind: float

    @classmethod
    def make(cls, cv: Canvas, strength: float, seed: int) -> Mist:
        """A texture 1.5x the world's width: a few octaves of smooth noise, built small."""
        rng = np.random.default_rng([seed, 0x5EED])
        w, h = cv.size[0] * 3 // 2, cv.size[1]
        sw, sh = w // 4, h // 4
        acc = np.zeros((sh, sw), np.float32)
        for cells, amp in ((3, 0.55), (7, 0.3), (16, 0.15)):
            small = (rng.random((cells, cells * 3)) * 255).astype(np.uint8)
            acc += amp * np.asarray(
                Image.fromarray(small).resize((sw, sh), Image.Resampling.BICUBIC)
            )
        rows = np.arange(sh, dtype=np.float32)[:, None] * 4
        band = np.exp(-(((rows - cv.horizon) / (cv.vis_h * 0.2)) ** 2))
        profile = 0.3 + 0.7 * band - 0.2 * (rows > cv.horizon) * (1 - band)
        acc = np.clip((acc - 80.0) / 120.0, 0.0, 1.0) ** 1.5 * strength * profile
        tex = Image.fromarray(np.clip(acc, 0, 255).astype(np.uint8)).resize(
            (w, h), Image.Resampling.BILINEAR
        )
        return cls(np.asarray(tex), cv.unit * 0.9 / cv.scale)

    def over(self, region: NDArray[np.uint8], x0: int, y0: int, t: float) -> None:
        """Add the mist at time t to a luma region in place (saturating, like light)."""
        rh, rw = region.shape
        ox = int(x0 + t * self.wind) % (self.tex.shape[1] - rw)
        room = np.subtract(255, region, dtype=np.uint8)
        np.minimum(room, self.tex[y0 : y0 + rh, ox : ox + rw], out=room)
        region += room


class Scene:
    """A painted shot, ready to give frames: (Y, Cb, Cr) PIL planes at the output size."""

    def __init__(
        self, cv: Canvas, move: str, size: tuple[int, int], mist: float, seed: int
    ) -> None:
        y, cb, cr = rgb_to_yuv420(np.asarray(cv.img))
        self.y = y
        self.cb, self.cr = Image.fromarray(cb), Image.fromarray(cr)
        self.cv, self.move, self.size, self.seed = cv, move, size, seed
        self.mist = Mist.make(cv, mist, seed)
        self.world = cv.size
        self.poster_rgb = cv.img

    def box(self, u: float) -> tuple[float, ...]:
        """The camera's box at shot progress u."""
        return camera_box(self.move, u, self.world, (self.cv.vis_w, self.cv.vis_h), self.seed)

    def frame(self, u: float, t: float) -> tuple[Image.Image, Image.Image, Image.Image]:
        """The planes of the frame at shot progress u and clip time t."""
        bx0, by0, bx1, by1 = self.box(u)
        x0, y0 = int(bx0), int(by0)
        x1, y1 = min(self.world[0], int(bx1) + 2), min(self.world[1], int(by1) + 2)
        region = self.y[y0:y1, x0:x1].copy()
        for animator in self.cv.animators:
            animator.apply(region, x0, y0, t)
        self.mist.over(region, x0, y0, t)
        luma = Image.fromarray(region)
        w, h = self.size
        y_img = luma.resize((w, h), RESAMPLE, box=(bx0 - x0, by0 - y0, bx1 - x0, by1 - y0))
        cbox = (bx0 / 2, by0 / 2, bx1 / 2, by1 / 2)
        half = ((w + 1) // 2, (h + 1) // 2)
        return (
            y_img,
            self.cb.resize(half, RESAMPLE, box=cbox),
            self.cr.resize(half, RESAMPLE, box=cbox),
        )
