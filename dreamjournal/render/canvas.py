"""The drawing surface of one shot, soft-shape primitives, and the few things that move in it.

A scene is painted once per shot in RGB with Pillow (blurred shapes read as light and mist),
then converted to YUV. What moves inside a scene (stars twinkling, rain, embers, birds, glints)
is an `Animator` that touches only a few hundred pixels of the luma plane per frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dreamjournal.render.colour import RGB, luma, mix, yuv_colour

Draw = Callable[..., object]  # (draw, offset x, offset y): draws the shape in white


class Animator(Protocol):
    """Draws moving detail into the visible luma region (uint8, world coords x0/y0 at [0,0])."""

    def apply(self, y: NDArray[np.uint8], x0: int, y0: int, t: float) -> None: ...


@dataclass
class Canvas:
    """A shot's world image, a little larger than the view so the camera can move."""

    img: Image.Image
    vis_w: float
    vis_h: float
    horizon: float  # world y of the horizon
    pal: list[RGB]  # darkest first
    rng: np.random.Generator
    scale: float = 1.0  # motif size from the shot's framing
    light: tuple[float, float, RGB] | None = None  # brightest light source, for reflections
    water: bool = False
    animators: list[Animator] = field(default_factory=list)

    @property
    def size(self) -> tuple[int, int]:
        """World (width, height)."""
        return self.img.size

    def at(self, fx: float, fy: float) -> tuple[float, float]:
        """World point for a fraction of the centred view (0..1; beyond it is the margin)."""
        w, h = self.img.size
        return (w - self.vis_w) / 2 + fx * self.vis_w, (h - self.vis_h) / 2 + fy * self.vis_h

    @property
    def unit(self) -> float:
        """Motif size unit: a tenth of the view's height, times the framing scale."""
        return self.vis_h * 0.1 * self.scale

    @property
    def glow_colour(self) -> RGB:
        """The palette's brightest colour."""
        return self.pal[-1]

    def horizon_colour(self) -> RGB:
        """The sky's colour at the horizon."""
        return mix(self.pal[1], self.pal[-1], 0.35)


def _blurred(mask: Image.Image, blur: float) -> Image.Image:
    """Gaussian blur; wide ones run on a reduced mask (4-16x cheaper, the same to the eye)."""
    f = 4 if blur >= 8 else 2 if blur >= 3 else 1
    if f == 1 or min(mask.size) < 4 * f:
        return mask.filter(ImageFilter.GaussianBlur(blur))
    small = mask.reduce(f).filter(ImageFilter.GaussianBlur(blur / f))
    return small.resize(mask.size, Image.Resampling.BILINEAR)


def soft(
    cv: Canvas,
    box: tuple[float, float, float, float],
    colour: RGB,
    draw: Draw,
    blur: float = 0.0,
    alpha: float = 1.0,
    mode: str = "over",
) -> None:
    """Draw a white shape into a mask over `box`, blur it, lay `colour` over or screen it on."""
    pad = int(3 * blur) + 2
    w, h = cv.img.size
    x0, y0 = max(0, int(box[0]) - pad), max(0, int(box[1]) - pad)
    x1, y1 = min(w, int(math.ceil(box[2])) + pad), min(h, int(math.ceil(box[3])) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    draw(ImageDraw.Draw(mask), x0, y0)
    if blur > 0:
        mask = _blurred(mask, blur)
    if alpha < 1.0:
        mask = mask.point((np.arange(256) * alpha + 0.5).astype(np.uint8).tolist())
    region = cv.img.crop((x0, y0, x1, y1))
    solid = Image.new("RGB", region.size, colour)
    if mode == "screen":
        region = ImageChops.screen(
            region, Image.composite(solid, Image.new("RGB", region.size), mask)
        )
    else:
        region.paste(solid, mask=mask)
    cv.img.paste(region, (x0, y0))


def glow(cv: Canvas, x: float, y: float, r: float, colour: RGB, alpha: float = 0.6) -> None:
    """A round soft light at (x, y)."""
    soft(
        cv,
        (x - r, y - r, x + r, y + r),
        colour,
        lambda d, ox, oy: d.ellipse(
            (x - r / 2 - ox, y - r / 2 - oy, x + r / 2 - ox, y + r / 2 - oy), 255
        ),
        blur=r / 3,
        alpha=alpha,
        mode="screen",
    )


def ellipse(cx: float, cy: float, rx: float, ry: float) -> Draw:
    """A filled ellipse drawer."""
    return lambda d, ox, oy: d.ellipse(
        (cx - rx - ox, cy - ry - oy, cx + rx - ox, cy + ry - oy), 255
    )


def polygon(points: list[tuple[float, float]]) -> Draw:
    """A filled polygon drawer."""
    return lambda d, ox, oy: d.polygon([(x - ox, y - oy) for x, y in points], 255)


def rects(boxes: list[tuple[float, float, float, float]]) -> Draw:
    """Filled rectangles."""

    def draw(d: ImageDraw.ImageDraw, ox: float, oy: float) -> None:
        for a, b, c, e in boxes:
            d.rectangle((a - ox, b - oy, c - ox, e - oy), 255)

    return draw


def lines(
    segments: list[tuple[float, float, float, float]], width: int = 1, fill: int = 255
) -> Draw:
    """Straight lines."""

    def draw(d: ImageDraw.ImageDraw, ox: float, oy: float) -> None:
        for a, b, c, e in segments:
            d.line((a - ox, b - oy, c - ox, e - oy), fill, width)

    return draw


def ridge(
    cv: Canvas, base: float, height: float, roughness: int, colour: RGB, blur: float = 1.0
) -> None:
    """A hill or mountain line across the whole world: smooth 1-D noise above `base`."""
    w, h = cv.img.size
    knots = cv.rng.random(roughness + 2)
    xs = np.linspace(0, roughness + 1, w)
    line = np.interp(xs, np.arange(roughness + 2), knots)
    line = np.convolve(
        line, np.ones(max(1, w // (roughness * 3))) / max(1, w // (roughness * 3)), "same"
    )
    ys = base - height * (line - line.min()) / (np.ptp(line) + 1e-9)
    pts = [(0.0, float(h))] + [
        (float(x), float(y)) for x, y in zip(range(0, w, 4), ys[::4], strict=False)
    ]
    pts += [(float(w), float(ys[-1])), (float(w), float(h))]
    soft(cv, (0, float(ys.min()), w, h), colour, polygon(pts), blur=blur)


def y_value(c: RGB) -> int:
    """Luma plane value of a colour."""
    return yuv_colour(c)[0]


def plot(
    y: NDArray[np.uint8],
    xs: NDArray[np.float64],
    ys: NDArray[np.float64],
    vals: NDArray[np.float64] | float,
    x0: int,
    y0: int,
    darken: bool = False,
) -> None:
    """Set points (world coords) to at least (or at most, `darken`) `vals` in the region."""
    lx = np.asarray(xs - x0, dtype=np.int64)
    ly = np.asarray(ys - y0, dtype=np.int64)
    ok = (lx >= 0) & (ly >= 0) & (lx < y.shape[1]) & (ly < y.shape[0])
    lx, ly = lx[ok], ly[ok]
    v = np.broadcast_to(np.asarray(vals, dtype=np.float64), ok.shape)[ok]
    v8 = np.clip(v, 0, 255).astype(np.uint8)
    y[ly, lx] = np.minimum(y[ly, lx], v8) if darken else np.maximum(y[ly, lx], v8)


@dataclass
class Twinkle:
    """Stars (or glints) whose brightness breathes at their own rates."""

    xs: NDArray[np.float64]
    ys: NDArray[np.float64]
    base: NDArray[np.float64]
    rate: NDArray[np.float64]
    phase: NDArray[np.float64]
    depth: float = 0.45

    def apply(self, y: NDArray[np.uint8], x0: int, y0: int, t: float) -> None:
        """Draw the points at time t."""
        k = 1.0 - self.depth * (0.5 + 0.5 * np.sin(self.rate * t + self.phase))
        plot(y, self.xs, self.ys, self.base * k, x0, y0)


@dataclass
class Fall:
    """Particles drifting along a direction and wrapping round (rain, snow, embers, motes)."""

    xs: NDArray[np.float64]
    ys: NDArray[np.float64]
    vx: NDArray[np.float64]
    vy: NDArray[np.float64]
    value: NDArray[np.float64]
    box: tuple[float, float, float, float]
    trail: int = 1  # points per streak (rain)
    sway: float = 0.0

    def apply(self, y: NDArray[np.uint8], x0: int, y0: int, t: float) -> None:
        """Draw the particles at time t."""
        bx0, by0, bx1, by1 = self.box
        px = bx0 + (self.xs + self.vx * t + self.sway * np.sin(t * 0.9 + self.ys) - bx0) % (
            bx1 - bx0
        )
        py = by0 + (self.ys + self.vy * t - by0) % (by1 - by0)
        speed = np.hypot(self.vx, self.vy) + 1e-9
        ux, uy = self.vx / speed, self.vy / speed
        for i in range(self.trail):  # a streak: points 1.5 px apart behind the head
            fade = self.value * (1.0 - 0.7 * i / max(1, self.trail))
            plot(y, px - ux * 1.5 * i, py - uy * 1.5 * i, fade, x0, y0)


@dataclass
class Flock:
    """A few birds gliding across the sky as soft V shapes."""

    xs: NDArray[np.float64]
    ys: NDArray[np.float64]
    speed: NDArray[np.float64]
    span: NDArray[np.float64]
    width: float
    value: float
    darken: bool

    def apply(self, y: NDArray[np.uint8], x0: int, y0: int, t: float) -> None:
        """Draw each bird with a slow wingbeat."""
        s = np.linspace(-1.0, 1.0, 9)
        for x, yy, v, span in zip(self.xs, self.ys, self.speed, self.span, strict=True):
            bx = x0 + (x + v * t - x0) % (self.width + 2 * span) - span
            beat = 0.35 + 0.25 * math.sin(t * 3.0 + x)
            plot(
                y,
                bx + s * span,
                yy - np.abs(s) * span * beat + 0 * s,
                self.value,
                x0,
                y0,
                self.darken,
            )


def add_twinkles(
    cv: Canvas,
    xs: NDArray[np.float64],
    ys: NDArray[np.float64],
    base: NDArray[np.float64],
    depth: float,
) -> None:
    """Register twinkling points."""
    n = xs.size
    cv.animators.append(
        Twinkle(xs, ys, base, cv.rng.uniform(0.8, 2.6, n), cv.rng.uniform(0, 6.3, n), depth)
    )


def dark_sky(cv: Canvas) -> bool:
    """True when the top of the sky is night-dark (faint stars belong there)."""
    return luma(cv.pal[0]) < 70
