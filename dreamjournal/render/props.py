"""A drawing for every symbol the analysis knows (all 38 `SYMBOLS`), as vector props.

`PROPS[name] = Prop(layer, static, live)`: `static` draws once into a layer image; `live`
draws per frame (rain falls, fire flickers, birds fly, the clock's hands turn, animals
breathe). Sky things (moon, sun, stars) sit in the sky, or in the window of a room.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import skia

from dreamjournal.render import backdrops as bd
from dreamjournal.render.colour import RGB, mix, scale
from dreamjournal.render.draw import fill, glow, poly, radial, rect, smooth, star_path, stroke
from dreamjournal.render.figures import draw_animal
from dreamjournal.render.world import World

Static = Callable[[skia.Canvas, World, float], None]
Live = Callable[[skia.Canvas, World, float, float], None]
FAR, MID, NEAR = 0, 1, 2
WARM: RGB = (255, 196, 120)


@dataclass(frozen=True)
class Prop:
    """How a symbol is drawn: its layer, a static drawing, and/or a per-frame one."""

    layer: int
    static: Static | None = None
    live: Live | None = None
    sky: bool = False  # lives in the sky (or a room's window)


def sky_point(wd: World, x: float, high: float = 0.2) -> tuple[float, float, float]:
    """(x, y, size factor) for a sky thing: in the sky, or small in a room's window."""
    if wd.indoor and "window" in wd.anchors:
        wx, wy = wd.anchors["window"]
        return wx, wy, 0.35
    return x, wd.y(high), 1.0


def _moon(c: skia.Canvas, wd: World, x: float) -> None:
    x, y, k = sky_point(wd, x, 0.18)
    r = wd.unit * 0.8 * k
    glow(c, x, y, r * 4, (220, 230, 255), 0.35)
    c.drawCircle(x, y, r, fill((246, 244, 230)))
    c.drawCircle(x + r * 0.3, y - r * 0.2, r * 0.18, fill((220, 216, 200)))
    c.drawCircle(x - r * 0.35, y + r * 0.3, r * 0.12, fill((220, 216, 200)))


def _sun(c: skia.Canvas, wd: World, x: float) -> None:
    """The sun high in the day; low over the horizon, larger and redder, at dusk and dawn."""
    low = wd.look.time_of_day in {"dusk", "dawn"} and not wd.indoor
    x, y, k = sky_point(wd, x, 0.2)
    r = wd.unit * (1.15 if low else 0.9) * k
    if low:  # just above the horizon, or above the peaks where there are some
        y = min(wd.horizon - wd.unit * 1.1, (wd.skyline or wd.horizon) - r * 1.3)
    core = (255, 176, 96) if low else (255, 236, 170)
    glow(c, x, y, r * 5, (255, 170, 100) if low else (255, 220, 140), 0.5)
    c.drawCircle(x, y, r, fill(core))


def _stars(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    rng = np.random.default_rng(11)
    for i in range(26):
        sx, sy = wd.x(rng.random()), wd.y(0.03 + 0.4 * rng.random())
        if wd.indoor and "window" in wd.anchors:
            wx, wy = wd.anchors["window"]
            sx, sy = (
                wx + (rng.random() - 0.5) * wd.unit * 1.8,
                wy + (rng.random() - 0.5) * wd.unit * 1.6,
            )
        tw = 0.5 + 0.5 * math.sin(t * (1 + i % 3) + i)
        c.drawPath(
            star_path(sx, sy, wd.unit * (0.08 + 0.06 * tw), 4, 0.35),
            fill((255, 250, 220), 0.5 + 0.5 * tw),
        )


def _clouds(c: skia.Canvas, wd: World, x: float) -> None:
    col = mix(wd.look.sky_low, (255, 255, 255), 0.45 if not wd.look.night else 0.15)
    for i in range(4):
        cx, cy = wd.x(0.1 + 0.27 * i), wd.y(0.12 + 0.06 * (i % 2))
        for dx, r in ((-1, 0.6), (0, 0.9), (1, 0.6)):
            c.drawCircle(cx + dx * wd.unit * 0.8, cy, wd.unit * r, fill(col, 0.85, wd.unit * 0.08))


def _storm(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    flash = max(0.0, math.sin(t * 2.1) ** 40)
    if flash > 0.05:
        bx = wd.x(0.3 + 0.4 * ((int(t / 3) * 37) % 10) / 10)
        pts = [
            (bx, wd.y(0.05)),
            (bx - wd.unit * 0.4, wd.y(0.2)),
            (bx + wd.unit * 0.1, wd.y(0.22)),
            (bx - wd.unit * 0.3, wd.y(0.4)),
        ]
        c.drawPath(poly(pts, close=False), stroke((240, 240, 255), 3, flash))
        c.drawRect(rect(0, 0, wd.w, wd.h), fill((200, 210, 255), 0.12 * flash))
    _rain(c, wd, t, x)


def _rain(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    rng = np.random.default_rng(5)
    n = 160
    xs, ys = rng.random(n) * wd.w, rng.random(n) * wd.h
    ln = wd.unit * 0.35
    path = skia.Path()
    for px, py in zip(xs, ys, strict=True):
        yy = (py + t * wd.h * 0.9) % wd.h
        xx = (px + t * wd.unit * 0.8) % wd.w
        path.moveTo(xx, yy)
        path.lineTo(xx + ln * 0.2, yy + ln)
    c.drawPath(
        path, stroke(mix(wd.look.sky_low, (255, 255, 255), 0.7), max(1.5, wd.unit * 0.05), 0.6)
    )


def window_cover(wd: World, far: skia.Image) -> skia.Image | None:
    """What of the painted far layer lies over its window's sky (its frame, a cupboard in
    front): the window's part of the layer with the sky cut out, to lay over weather."""
    if wd.window is None:
        return None
    x0, y0, x1, y1 = (round(v) for v in wd.window)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(wd.w, x1), min(wd.h, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    part = np.ascontiguousarray(far.toarray()[y0:y1, x0:x1])
    k = np.linspace(0.0, 1.0, y1 - y0)[:, None, None]
    top, low = np.array(wd.look.sky_top[::-1], float), np.array(wd.look.sky_low[::-1], float)
    sky = np.abs(part[..., :3].astype(float) - (top + (low - top) * k)).max(axis=2) < 14
    part[sky] = 0  # premultiplied: see-through
    return skia.Image.fromarray(
        part, colorType=skia.kBGRA_8888_ColorType, alphaType=skia.kPremul_AlphaType
    )


def weather_in_window(c: skia.Canvas, wd: World, t: float, _: float) -> None:
    """Rain, a storm's rain or snow falling past a room's window (indoors: only there), behind
    what covers the window (its frame, cupboards: `wd.window_cover`)."""
    if wd.window is None:
        return
    x0, y0, x1, y1 = wd.window
    w, h = x1 - x0, y1 - y0
    rng = np.random.default_rng(11)
    n = 18
    xs, ys, rs = rng.random(n), rng.random(n), rng.random(n)
    c.save()
    c.clipRect(rect(x0, y0, x1, y1))
    light = mix(wd.look.sky_low, (255, 255, 255), 0.7)
    if wd.look.weather == "snow":
        for px, py, r in zip(xs, ys, rs, strict=True):
            yy = y0 + (py + t * 0.12 * (0.6 + r)) % 1.0 * h
            xx = x0 + (px + 0.03 * math.sin(t + py * 9)) % 1.0 * w
            c.drawCircle(xx, yy, max(1.2, w * 0.02), fill((250, 250, 255), 0.8))
    else:
        path = skia.Path()
        for px, py in zip(xs, ys, strict=True):
            yy, xx = y0 + (py + t * 0.9) % 1.0 * h, x0 + px * w
            path.moveTo(xx, yy)
            path.lineTo(xx + h * 0.03, yy + h * 0.16)
        c.drawPath(path, stroke(light, max(1.2, w * 0.018), 0.7))
    c.restore()
    if wd.window_cover is not None:
        c.drawImage(wd.window_cover, max(0, round(x0)), max(0, round(y0)))


def _snow(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    rng = np.random.default_rng(9)
    n = 140
    paint = fill((250, 250, 255), 0.85)
    for px, py, r in zip(rng.random(n) * wd.w, rng.random(n) * wd.h, rng.random(n), strict=True):
        yy = (py + t * wd.unit * (0.5 + r)) % wd.h
        xx = (px + math.sin(t + py) * wd.unit * 0.3) % wd.w
        c.drawCircle(xx, yy, 1.2 + 2.2 * r, paint)


def _light(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    pulse = 0.8 + 0.2 * math.sin(t * 1.2)
    source = wd.anchors.get("door") or wd.anchors.get("window")
    if source is not None:  # "warm light came out of the door": it glows from there, not the sky
        sx, sy = source
        glow(c, sx, sy, wd.unit * 2.6 * pulse, mix(wd.look.accent, WARM, 0.7), 0.5)
        return
    y = wd.y(0.35)
    glow(c, x, y, wd.unit * 3 * pulse, mix(wd.look.accent, WARM, 0.5), 0.55)
    for i in range(8):
        a = i * math.pi / 4 + t * 0.1
        c.drawLine(
            x + math.cos(a) * wd.unit * 0.6,
            y + math.sin(a) * wd.unit * 0.6,
            x + math.cos(a) * wd.unit * 1.6,
            y + math.sin(a) * wd.unit * 1.6,
            stroke((255, 250, 230), 2, 0.5),
        )
    c.drawCircle(x, y, wd.unit * 0.35, fill((255, 252, 236)))


def _lanterns(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    """Lanterns, lamps or candles: small warm lights, a string of them swaying in the open, a
    few glowing in a room (where "light" alone is a great glow from a door, window or sky)."""
    warm = mix(wd.look.accent, WARM, 0.8)
    if wd.indoor:
        points = [(wd.x(f), wd.y(0.45) + wd.unit * 0.3 * k) for k, f in enumerate((0.3, 0.7))]
    else:
        points = [
            (wd.x(f), wd.y(0.22) + wd.unit * 0.9 * math.sin(f * math.pi * 3) ** 2)
            for f in (0.12, 0.26, 0.4, 0.54, 0.68, 0.82)
        ]
        c.drawPath(smooth(points, close=False), stroke(scale(warm, 0.35), 1.5, 0.7))
    for k, (px, py) in enumerate(points):
        sway = math.sin(t * 1.3 + k) * wd.unit * 0.08
        flicker = 0.85 + 0.15 * math.sin(t * 5 + k * 1.7)
        glow(c, px + sway, py, wd.unit * 0.9 * flicker, warm, 0.45)
        c.drawCircle(px + sway, py, wd.unit * 0.18, fill(mix(warm, (255, 250, 235), 0.5)))


def _darkness(c: skia.Canvas, wd: World, x: float) -> None:
    cx, cy = wd.w / 2, wd.h / 2
    shader = skia.GradientShader.MakeRadial(
        skia.Point(cx, cy),
        wd.w * 0.6,
        [skia.ColorSetARGB(0, 0, 0, 0), skia.ColorSetARGB(150, 4, 4, 12)],
    )
    c.drawRect(rect(0, 0, wd.w, wd.h), skia.Paint(Shader=shader))


def _bird(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    colour = (30, 32, 44) if not wd.look.night else (220, 220, 235)
    for i in range(3):
        start = (x - wd.x(0.0)) / wd.vw  # glide across the view, wrapping round
        bx = wd.x((start + t * 0.04 + i * 0.07) % 1.1 - 0.05)
        draw_animal(c, "bird", bx, wd.y(0.25 + 0.05 * i), wd.unit * 1.3, t + i, True, colour)


def _boat(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    """A rowing boat on the water, rocking; in front of those who sit in it (anchors["boat"]:
    where the stage seats them) or out on the water."""
    if "boat" in wd.anchors:
        (x0, x1), y = wd.anchors["boat"], wd.ground + wd.unit * 0.3
    else:
        y = wd.water + wd.unit * 0.6 if wd.water is not None else wd.ground
        x0, x1 = x - wd.unit * 1.6, x + wd.unit * 1.6
    deep = (x1 - x0) * 0.16
    y += math.sin(t * 1.6) * wd.unit * 0.05
    wood = wd.look.shade(wd.tint("boat", (122, 78, 46)))
    c.drawPath(
        smooth([(x0 - deep * 0.6, y - deep), (x1 + deep * 0.6, y - deep), (x1 - deep * 0.2, y),
                (x0 + deep * 0.2, y)]),
        fill(wood),
    )  # fmt: skip
    c.drawLine(x0 - deep * 0.5, y - deep, x1 + deep * 0.5, y - deep, stroke(scale(wood, 1.3), 3))


def _animal(concept: str) -> Live:
    def draw(c: skia.Canvas, wd: World, t: float, x: float) -> None:
        col = scale(
            (60, 50, 46) if concept != "cat" else (40, 36, 40), max(0.6, wd.look.brightness)
        )
        if wd.look.night:
            col = (170, 160, 150)
        draw_animal(c, concept, x, wd.ground - wd.unit * 0.1, wd.unit * 2.0, t, False, col)

    return draw


def _mountain(c: skia.Canvas, wd: World, x: float) -> None:
    base, hgt = wd.horizon + wd.unit * 0.5, wd.unit * 4
    c.drawPath(
        poly([(x - hgt * 1.5, base), (x, base - hgt), (x + hgt * 1.5, base)]),
        fill(wd.look.shade((110, 116, 140), 0.6)),
    )
    c.drawPath(
        poly(
            [(x - hgt * 0.3, base - hgt * 0.8), (x, base - hgt), (x + hgt * 0.3, base - hgt * 0.8)]
        ),
        fill((240, 244, 250), 0.8),
    )


def _city(c: skia.Canvas, wd: World, x: float) -> None:
    rng = np.random.default_rng(3)
    bx = x - wd.unit * 4
    while bx < x + wd.unit * 4:
        bw, bh = wd.unit * (0.5 + rng.random()), wd.unit * (1 + 3 * rng.random())
        c.drawRect(
            rect(bx, wd.horizon - bh, bx + bw - 1, wd.horizon + 2),
            fill(wd.look.shade((80, 84, 104), 0.55)),
        )
        for k in range(int(bh / (wd.unit * 0.5))):
            c.drawRect(
                rect(
                    bx + bw * 0.3,
                    wd.horizon - bh + wd.unit * (0.2 + 0.5 * k),
                    bx + bw * 0.5,
                    wd.horizon - bh + wd.unit * (0.4 + 0.5 * k),
                ),
                fill(mix(wd.look.accent, WARM, 0.5), 0.8),
            )
        bx += bw


def _forest(c: skia.Canvas, wd: World, x: float) -> None:
    for i in range(9):
        bd.tree(
            c,
            x + (i - 4) * wd.unit * 0.7,
            wd.horizon + wd.unit * 0.4,
            wd.unit * 2.4,
            wd.look.shade(bd.LEAF, 0.6),
            wd.look.shade(bd.BARK, 0.6),
            pine=True,
        )


def _tree(c: skia.Canvas, wd: World, x: float) -> None:
    bd.tree(
        c, x, wd.ground, wd.unit * 4.5, wd.look.shade(bd.LEAF, 0.95), wd.look.shade(bd.BARK, 0.95)
    )


def _water(c: skia.Canvas, wd: World, x: float) -> None:
    if wd.water is None:
        top = wd.horizon + wd.unit * 0.6
        c.drawOval(
            rect(x - wd.unit * 3.5, top, x + wd.unit * 3.5, top + wd.unit * 1.2),
            fill(wd.look.shade(mix(bd.WATER, wd.look.sky_low, 0.4))),
        )
        c.drawLine(
            x - wd.unit * 2,
            top + wd.unit * 0.5,
            x + wd.unit,
            top + wd.unit * 0.5,
            stroke((255, 255, 255), 2, 0.4),
        )


def _river(c: skia.Canvas, wd: World, x: float) -> None:
    if wd.water is None:
        top = wd.horizon + wd.unit * 0.4
        c.drawPath(
            smooth(
                [
                    (x - wd.unit * 0.3, top),
                    (x + wd.unit * 0.3, top),
                    (x + wd.unit * 2.5, wd.h),
                    (x - wd.unit * 1.5, wd.h),
                ]
            ),
            fill(wd.look.shade(mix(bd.WATER, wd.look.sky_low, 0.4))),
        )


def _road(c: skia.Canvas, wd: World, x: float) -> None:
    bd._road(wd, c)


def _bridge(c: skia.Canvas, wd: World, x: float) -> None:
    y = wd.horizon + wd.unit * 0.6
    arch = stroke(wd.look.shade((130, 120, 110), 0.8), wd.unit * 0.25, round_cap=False)
    c.drawArc(
        rect(x - wd.unit * 3, y - wd.unit * 1.5, x + wd.unit * 3, y + wd.unit * 1.5),
        180,
        180,
        False,
        arch,
    )
    c.drawLine(x - wd.unit * 3.5, y - wd.unit * 1.5, x + wd.unit * 3.5, y - wd.unit * 1.5, arch)


def _house(c: skia.Canvas, wd: World, x: float) -> None:
    b, s = wd.horizon + wd.unit * 1.1, wd.unit * 1.2
    wall = wd.look.shade(wd.tint("house", (200, 186, 160)), 0.85)
    c.drawRect(rect(x - s, b - s * 1.3, x + s, b), fill(wall))
    c.drawPath(
        poly([(x - s * 1.2, b - s * 1.3), (x, b - s * 2.2), (x + s * 1.2, b - s * 1.3)]),
        fill(wd.look.shade((140, 70, 60), 0.85)),
    )
    c.drawRect(rect(x + s * 0.2, b - s * 0.9, x + s * 0.7, b - s * 0.45), fill(WARM))
    c.drawCircle(x + s * 0.45, b - s * 0.7, s, radial(x + s * 0.45, b - s * 0.7, s, WARM, 0.35))
    c.drawRect(rect(x - s * 0.6, b - s * 0.9, x - s * 0.15, b), fill(wd.look.shade((90, 60, 44))))


def _door(c: skia.Canvas, wd: World, x: float) -> None:
    if wd.indoor and "door" in wd.anchors:
        x = wd.anchors["door"][0]
    b, s = wd.ground - wd.unit * 0.6, wd.unit
    wd.anchors.setdefault("door", (x, b - s * 1.6))  # where a light in the scene comes from
    c.drawRect(
        rect(x - s * 0.9, b - s * 3.2, x + s * 0.9, b),
        fill(wd.look.shade(wd.tint("door", (90, 66, 50)), 0.9)),
    )
    c.drawRect(
        rect(x - s * 0.75, b - s * 3.05, x + s * 0.75, b), fill(mix(WARM, (255, 246, 220), 0.5))
    )
    c.drawCircle(x, b - s * 1.5, s * 2.5, radial(x, b - s * 1.5, s * 2.5, WARM, 0.4))
    c.drawPath(
        poly(
            [
                (x - s * 0.75, b),
                (x + s * 0.75, b),
                (x + s * 2.5, b + s * 1.5),
                (x - s * 2.5, b + s * 1.5),
            ]
        ),
        fill(WARM, 0.2),
    )
    c.drawPath(
        poly(
            [
                (x + s * 0.75, b - s * 3.05),
                (x + s * 1.3, b - s * 2.8),
                (x + s * 1.3, b + s * 0.2),
                (x + s * 0.75, b),
            ]
        ),
        fill(wd.look.shade((110, 80, 60))),
    )


def _window(c: skia.Canvas, wd: World, x: float) -> None:
    if "window" in wd.anchors:
        return  # the room has one already
    from dreamjournal.render.rooms import window

    window(wd, c, x, wd.horizon - wd.unit * 1.8, wd.unit * 2, wd.unit * 2.4)


def _stairs(c: skia.Canvas, wd: World, x: float) -> None:
    if "stairs" in wd.anchors:
        return
    colour = wd.look.shade((200, 190, 176), 0.95)
    for i in range(9):
        sx, sy = x + i * wd.unit * 0.5, wd.ground - i * wd.unit * 0.5
        c.drawRect(
            rect(sx, sy - wd.unit * 0.5, sx + wd.unit * 1.4, sy), fill(scale(colour, 1 - 0.03 * i))
        )
        c.drawLine(
            sx,
            sy - wd.unit * 0.5,
            sx + wd.unit * 1.4,
            sy - wd.unit * 0.5,
            stroke((255, 255, 255), 2, 0.5),
        )
    wd.anchors["stairs"] = (x, wd.ground)


def _mirror(c: skia.Canvas, wd: World, x: float) -> None:
    mx, my = wd.anchors.get("mirror", (x, wd.ground - wd.unit * 2.6))
    c.drawOval(
        rect(mx - wd.unit * 0.9, my - wd.unit * 1.4, mx + wd.unit * 0.9, my + wd.unit * 1.4),
        fill((200, 170, 90)),
    )
    c.drawOval(
        rect(mx - wd.unit * 0.75, my - wd.unit * 1.25, mx + wd.unit * 0.75, my + wd.unit * 1.25),
        fill(mix(wd.look.sky_low, (230, 240, 250), 0.6)),
    )
    c.drawLine(
        mx - wd.unit * 0.4,
        my - wd.unit * 0.6,
        mx + wd.unit * 0.1,
        my - wd.unit * 1.0,
        stroke((255, 255, 255), 3, 0.6),
    )


def _fire(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    b, s = wd.ground - wd.unit * 0.2, wd.unit
    glow(c, x, b - s, s * 3, (255, 150, 60), 0.45)
    for k, (col, h) in enumerate(
        (((240, 90, 40), 1.8), ((255, 170, 60), 1.3), ((255, 236, 150), 0.7))
    ):
        f = 1 + 0.12 * math.sin(t * (7 + k) + k)
        w = s * (0.6 - 0.15 * k)
        c.drawPath(
            smooth(
                [
                    (x - w, b),
                    (x - w * 0.6, b - s * h * 0.5 * f),
                    (x + math.sin(t * 3) * w * 0.3, b - s * h * f),
                    (x + w * 0.6, b - s * h * 0.5 * f),
                    (x + w, b),
                ]
            ),
            fill(col),
        )
    c.drawLine(x - s * 0.8, b + 2, x + s * 0.8, b - 4, stroke((90, 60, 40), s * 0.15))


def _clock(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    cx, cy, r = x, wd.horizon - wd.unit * 1.8, wd.unit * 0.9
    c.drawCircle(cx, cy, r * 1.1, fill((120, 90, 60)))
    c.drawCircle(cx, cy, r, fill((246, 240, 224)))
    for i in range(12):
        a = i * math.pi / 6
        c.drawLine(
            cx + math.cos(a) * r * 0.8,
            cy + math.sin(a) * r * 0.8,
            cx + math.cos(a) * r * 0.92,
            cy + math.sin(a) * r * 0.92,
            stroke((60, 50, 40), 2),
        )
    a1, a2 = t * 0.5 - math.pi / 2, t * 0.05 - math.pi / 2 + 1
    c.drawLine(
        cx, cy, cx + math.cos(a1) * r * 0.8, cy + math.sin(a1) * r * 0.8, stroke((40, 30, 30), 3)
    )
    c.drawLine(
        cx, cy, cx + math.cos(a2) * r * 0.5, cy + math.sin(a2) * r * 0.5, stroke((40, 30, 30), 4)
    )


def _key(c: skia.Canvas, wd: World, x: float) -> None:
    cx, cy, s = x, wd.ground - wd.unit * 1.6, wd.unit * 0.5
    gold = (236, 196, 90)
    c.drawCircle(cx, cy, s * 3, radial(cx, cy, s * 3, gold, 0.35))
    c.drawCircle(cx - s, cy, s * 0.5, stroke(gold, s * 0.25))
    c.drawLine(cx - s * 0.5, cy, cx + s * 1.4, cy, stroke(gold, s * 0.25))
    c.drawLine(cx + s * 1.0, cy, cx + s * 1.0, cy + s * 0.5, stroke(gold, s * 0.2))
    c.drawLine(cx + s * 1.3, cy, cx + s * 1.3, cy + s * 0.4, stroke(gold, s * 0.2))


def _flower(c: skia.Canvas, wd: World, x: float) -> None:
    for i in range(5):
        fx, fy = x + (i - 2) * wd.unit * 0.7, wd.ground + wd.unit * (0.2 + 0.15 * (i % 2))
        c.drawLine(fx, fy, fx, fy - wd.unit * 0.9, stroke(wd.look.shade((60, 130, 70)), 3))
        col = wd.tints.get("flower") or [(236, 110, 150), (250, 210, 80), (170, 130, 240)][i % 3]
        for k in range(5):
            a = k * 2 * math.pi / 5
            c.drawCircle(
                fx + math.cos(a) * wd.unit * 0.16,
                fy - wd.unit * 0.9 + math.sin(a) * wd.unit * 0.16,
                wd.unit * 0.13,
                fill(col),
            )
        c.drawCircle(fx, fy - wd.unit * 0.9, wd.unit * 0.08, fill((255, 236, 150)))


def _car(c: skia.Canvas, wd: World, x: float) -> None:
    b, s = wd.ground - wd.unit * 0.1, wd.unit
    body = wd.look.shade(wd.tint("car", (70, 110, 170)))
    c.drawRoundRect(
        rect(x - s * 1.8, b - s * 0.9, x + s * 1.8, b - s * 0.25), s * 0.25, s * 0.25, fill(body)
    )
    c.drawRoundRect(
        rect(x - s * 1.0, b - s * 1.5, x + s * 0.9, b - s * 0.8), s * 0.3, s * 0.3, fill(body)
    )
    c.drawRect(
        rect(x - s * 0.85, b - s * 1.38, x + s * 0.75, b - s * 0.9),
        fill(mix(wd.look.sky_low, (220, 230, 240), 0.5)),
    )
    for wx in (-1.1, 1.1):
        c.drawCircle(x + wx * s, b - s * 0.25, s * 0.32, fill((30, 30, 34)))
    c.drawCircle(
        x + s * 1.75,
        b - s * 0.6,
        s * 0.8,
        radial(x + s * 1.75, b - s * 0.6, s * 0.8, (255, 240, 190), 0.5),
    )


def _train(c: skia.Canvas, wd: World, x: float) -> None:
    b, s = wd.horizon + wd.unit * 0.9, wd.unit
    body = wd.look.shade((170, 60, 50), 0.9)
    c.drawRoundRect(rect(x - s * 4, b - s * 1.6, x + s * 3, b), s * 0.3, s * 0.3, fill(body))
    c.drawPath(
        poly([(x + s * 3, b - s * 1.6), (x + s * 4, b - s * 0.6), (x + s * 4, b), (x + s * 3, b)]),
        fill(body),
    )
    for i in range(6):
        wx = x - s * 3.7 + i * s * 1.1
        c.drawRect(
            rect(wx, b - s * 1.3, wx + s * 0.7, b - s * 0.8), fill(mix(WARM, wd.look.sky_low, 0.3))
        )
    c.drawLine(x - s * 6, b + 3, x + s * 6, b + 3, stroke((80, 80, 86), 4))


def _teeth(c: skia.Canvas, wd: World, x: float) -> None:
    cx, cy, s = x, wd.ground - wd.unit * 2.4, wd.unit * 0.35
    for i in range(-3, 4):
        tx = cx + i * s * 1.05
        ty = cy + (i * i) * s * 0.08
        c.drawRoundRect(
            rect(tx - s * 0.45, ty - s * 0.7, tx + s * 0.45, ty + s * 0.5),
            s * 0.35,
            s * 0.35,
            fill((250, 248, 240)),
        )
    c.drawCircle(cx, cy, s * 6, radial(cx, cy, s * 6, (255, 250, 235), 0.25))


def _blood(c: skia.Canvas, wd: World, x: float) -> None:
    cy = wd.ground + wd.unit * 0.3
    c.drawOval(
        rect(x - wd.unit * 0.9, cy - wd.unit * 0.15, x + wd.unit * 0.9, cy + wd.unit * 0.2),
        fill((140, 20, 30), 0.85),
    )
    for i in range(3):
        dx, dy = x + (i - 1) * wd.unit * 0.6, cy - wd.unit * (0.9 + 0.3 * i)
        c.drawPath(
            smooth(
                [
                    (dx, dy - wd.unit * 0.25),
                    (dx + wd.unit * 0.12, dy),
                    (dx, dy + wd.unit * 0.1),
                    (dx - wd.unit * 0.12, dy),
                ]
            ),
            fill((160, 24, 36)),
        )


def _ocean(c: skia.Canvas, wd: World, x: float) -> None:
    if wd.water is None:
        top = wd.horizon + wd.unit * 0.2
        bd.water(wd, c, top, top + wd.unit * 2.0)
        wd.water = None  # a band of sea in the distance: nothing to swim in


def _wave(c: skia.Canvas, wd: World, t: float, x: float) -> None:
    """A great wave: a wall of water rising out of the sea, its crest curling over with foam,
    rolling slowly towards the shore."""
    base = wd.water if wd.water is not None else wd.horizon + wd.unit * 0.5
    height = wd.vh * 0.55
    front = wd.x(0.62) - (t % 12.0) * wd.unit * 0.25  # it comes in from the right
    top = base - height
    deep = wd.look.shade((28, 70, 110))
    crest = (front - wd.unit * 1.6, top)
    body = smooth(
        [
            (wd.w + 10, base),
            (front + wd.unit * 0.8, base),
            (front, base - height * 0.55),
            (front - wd.unit * 0.4, top + height * 0.18),
            crest,
            (front + wd.unit * 1.6, top - wd.unit * 0.3),
            (front + wd.unit * 5.0, top + height * 0.2),
            (wd.w + 10, top + height * 0.35),
        ]
    )
    c.drawPath(body, fill(deep))
    c.drawPath(
        smooth([crest, (front + wd.unit * 0.2, top - wd.unit * 0.4),
                (front + wd.unit * 1.8, top - wd.unit * 0.25)], close=False),
        stroke((236, 244, 250), wd.unit * 0.35, 0.9),
    )  # fmt: skip
    for k in range(6):  # spray blown off the crest
        sx = crest[0] + wd.unit * (0.4 * k + math.sin(t * 3 + k))
        sy = top - wd.unit * (0.6 + 0.25 * math.sin(t * 2 + k * 1.3))
        c.drawCircle(sx, sy, wd.unit * 0.12, fill((236, 244, 250), 0.7))


def _sky(c: skia.Canvas, wd: World, x: float) -> None:
    _clouds(c, wd, x)


PROPS: dict[str, Prop] = {
    # Drawn per frame: a crisp disc under the camera's zoom (the layers are sampled nearest).
    # Still things are painted once into their layer (a moon's glow per frame cost 0.3 ms).
    "moon": Prop(FAR, _moon, sky=True),
    "sun": Prop(FAR, _sun, sky=True),
    "star": Prop(FAR, live=_stars, sky=True),
    "sky": Prop(FAR, _sky, sky=True),
    "storm": Prop(NEAR, live=_storm, sky=True),
    "rain": Prop(NEAR, live=_rain, sky=True),
    "snow": Prop(NEAR, live=_snow, sky=True),
    "darkness": Prop(NEAR, _darkness),
    "light": Prop(MID, live=_light),
    "lanterns": Prop(MID, live=_lanterns),
    "bird": Prop(MID, live=_bird, sky=True),
    "mountain": Prop(FAR, _mountain),
    "city": Prop(FAR, _city),
    "forest": Prop(FAR, _forest),
    "ocean": Prop(MID, _ocean),
    "wave": Prop(MID, live=_wave),
    "water": Prop(MID, _water),
    "river": Prop(MID, _river),
    "road": Prop(NEAR, _road),
    "bridge": Prop(MID, _bridge),
    "tree": Prop(MID, _tree),
    "house": Prop(MID, _house),
    "door": Prop(MID, _door),
    "window": Prop(MID, _window),
    "stairs": Prop(MID, _stairs),
    "mirror": Prop(MID, _mirror),
    "fire": Prop(NEAR, live=_fire),
    "clock": Prop(MID, live=_clock),
    "key": Prop(NEAR, _key),
    "flower": Prop(NEAR, _flower),
    "car": Prop(NEAR, _car),
    "train": Prop(MID, _train),
    "boat": Prop(NEAR, live=_boat),
    "teeth": Prop(NEAR, _teeth),
    "blood": Prop(NEAR, _blood),
    "cat": Prop(NEAR, live=_animal("cat")),
    "dog": Prop(NEAR, live=_animal("dog")),
    "horse": Prop(NEAR, live=_animal("horse")),
    "wolf": Prop(NEAR, live=_animal("wolf")),
    "snake": Prop(NEAR, live=_animal("snake")),
    "spider": Prop(NEAR, live=_animal("spider")),
}
