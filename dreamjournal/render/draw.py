"""Small helpers over skia: colours, paints, gradients and paths, so drawing code reads short.

Everything is drawn as anti-aliased vectors by skia (skia-python, the Skia library Chrome and
Flutter use, shipped as a PyPI wheel: no system library, nothing downloaded at run time).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import skia

from dreamjournal.render.colour import RGB

Point = tuple[float, float]


def argb(c: RGB, alpha: float = 1.0) -> int:
    """A skia colour int from RGB and an opacity 0..1."""
    a = max(0, min(255, round(alpha * 255)))
    return int(skia.ColorSetARGB(a, int(c[0]), int(c[1]), int(c[2])))


def fill(c: RGB, alpha: float = 1.0, blur: float = 0.0) -> skia.Paint:
    """An anti-aliased fill paint, optionally soft-edged (a blur mask filter)."""
    p = skia.Paint(AntiAlias=True, Color=argb(c, alpha))
    if blur > 0:
        p.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, blur))
    return p


def stroke(c: RGB, width: float, alpha: float = 1.0, round_cap: bool = True) -> skia.Paint:
    """An anti-aliased stroke paint with round caps and joins."""
    p = skia.Paint(AntiAlias=True, Color=argb(c, alpha), Style=skia.Paint.kStroke_Style)
    p.setStrokeWidth(width)
    if round_cap:
        p.setStrokeCap(skia.Paint.kRound_Cap)
        p.setStrokeJoin(skia.Paint.kRound_Join)
    return p


def vgradient(
    y0: float,
    y1: float,
    stops: Sequence[RGB],
    alpha: float = 1.0,
    pos: Sequence[float] | None = None,
) -> skia.Paint:
    """A vertical linear gradient paint from y0 to y1 through `stops`."""
    shader = skia.GradientShader.MakeLinear(
        [skia.Point(0, y0), skia.Point(0, y1)],
        [argb(c, alpha) for c in stops],
        list(pos) if pos is not None else None,
    )
    return skia.Paint(AntiAlias=True, Shader=shader)


def radial(
    x: float, y: float, r: float, inner: RGB, alpha: float = 1.0, outer_alpha: float = 0.0
) -> skia.Paint:
    """A round glow: `inner` at the centre fading to transparent at radius r."""
    shader = skia.GradientShader.MakeRadial(
        skia.Point(x, y), max(r, 1.0), [argb(inner, alpha), argb(inner, outer_alpha)]
    )
    return skia.Paint(AntiAlias=True, Shader=shader)


def poly(points: Sequence[Point], close: bool = True) -> skia.Path:
    """A path through points."""
    path = skia.Path()
    if not points:
        return path
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)
    if close:
        path.close()
    return path


def smooth(points: Sequence[Point], close: bool = True) -> skia.Path:
    """A smooth path through points (quadratic curves through the midpoints)."""
    path = skia.Path()
    if len(points) < 3:
        return poly(points, close)
    mids = [
        ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(points, points[1:], strict=False)
    ]
    path.moveTo(*points[0])
    path.lineTo(*mids[0])
    for p, m in zip(points[1:-1], mids[1:], strict=False):
        path.quadTo(p[0], p[1], m[0], m[1])
    path.lineTo(*points[-1])
    if close:
        path.close()
    return path


def ridge_points(
    rng: np.random.Generator,
    x0: float,
    x1: float,
    base: float,
    height: float,
    n: int,
    bottom: float,
) -> list[Point]:
    """A hill line across x0..x1: n knots of smooth noise up to `height` above `base`."""
    knots = rng.random(n + 1)
    xs = np.linspace(x0, x1, n * 6 + 1)
    ys = base - height * np.interp(np.linspace(0, n, xs.size), np.arange(n + 1), knots)
    pts: list[Point] = [(x0, bottom)] + [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
    return [*pts, (x1, bottom)]


def star_path(cx: float, cy: float, r: float, points: int = 5, inner: float = 0.45) -> skia.Path:
    """A star shape."""
    pts = []
    for i in range(points * 2):
        a = -math.pi / 2 + i * math.pi / points
        rr = r if i % 2 == 0 else r * inner
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return poly(pts)


def rect(x0: float, y0: float, x1: float, y1: float) -> skia.Rect:
    """A skia rect from corners."""
    return skia.Rect.MakeLTRB(x0, y0, x1, y1)


_GLOWS: dict[tuple[int, int, int], skia.Image] = {}
_NEAREST = skia.SamplingOptions()  # a 256 px sprite of a smooth gradient: no steps to see


def glow(c: skia.Canvas, x: float, y: float, r: float, colour: RGB, alpha: float) -> None:
    """A round soft light of radius r: a small gradient sprite scaled up (3x cheaper per frame
    than evaluating the gradient at every pixel, and the same to the eye)."""
    key = (int(colour[0]), int(colour[1]), int(colour[2]))
    sprite = _GLOWS.get(key)
    if sprite is None:
        surface = skia.Surface(256, 256)
        canvas = surface.getCanvas()
        canvas.clear(skia.ColorTRANSPARENT)
        canvas.drawCircle(128, 128, 128, radial(128, 128, 128, key, 1.0))
        sprite = _GLOWS[key] = surface.makeImageSnapshot()
    paint = skia.Paint(Alphaf=max(0.0, min(1.0, alpha)))
    c.drawImageRect(sprite, skia.Rect.MakeLTRB(x - r, y - r, x + r, y + r), _NEAREST, paint)


_LINEAR = skia.SamplingOptions(skia.FilterMode.kLinear)
_STRIP_W = 4


def gradient_rect(c: skia.Canvas, r: skia.Rect, paint: skia.Paint) -> None:
    """`c.drawRect(r, paint)` for a paint whose colour changes only from top to bottom (a
    `vgradient`): painted as a strip a few pixels wide and stretched across. skia's raster
    evaluates a gradient at every pixel (a 720p sky took 18 ms); every column is the same, so
    the strip, stretched without filtering, is the same picture for about 1 ms."""
    top, bottom = math.floor(r.top()), math.ceil(r.bottom())
    if bottom <= top or r.width() <= 0:
        return
    strip = skia.Surface(_STRIP_W, bottom - top)
    sc = strip.getCanvas()
    sc.clear(skia.ColorTRANSPARENT)
    sc.translate(0, -top)
    sc.drawRect(skia.Rect.MakeLTRB(0, r.top(), _STRIP_W, r.bottom()), paint)
    whole = skia.Rect.MakeLTRB(r.left(), top, r.right(), bottom)
    c.drawImageRect(strip.makeImageSnapshot(), whole, _NEAREST)


@contextmanager
def soft_shapes(c: skia.Canvas, w: float, h: float, factor: int = 4) -> Iterator[skia.Canvas]:
    """A canvas for heavily blurred shapes (clouds, mist), painted at 1/`factor` size and drawn
    into `c` scaled up: a blur's cost grows with its area, and a blurred edge has no detail
    to lose (a sky of clouds: 0.2 s at 720p drawn full size, 0.02 s this way)."""
    sw, sh = max(1, math.ceil(w / factor)), max(1, math.ceil(h / factor))
    surface = skia.Surface(sw, sh)
    small = surface.getCanvas()
    small.clear(skia.ColorTRANSPARENT)
    small.scale(1 / factor, 1 / factor)  # blur sigmas follow the matrix
    yield small
    whole = skia.Rect.MakeWH(sw * factor, sh * factor)
    c.drawImageRect(surface.makeImageSnapshot(), whole, _LINEAR)
