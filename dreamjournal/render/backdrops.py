"""A backdrop for each kind of place in the scene plan, drawn as three parallax layers.

`draw_backdrop(place, world, far, mid, near)` paints the far layer (sky, far land), the mid
layer (trees, buildings, water) and the near layer (the ground the figures stand on). Places
are grouped into families (land, forest, water, city, rooms...); rooms live in `rooms.py`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import skia

from dreamjournal.render.colour import RGB, mix, scale
from dreamjournal.render.draw import (
    fill,
    gradient_rect,
    poly,
    radial,
    rect,
    ridge_points,
    smooth,
    soft_shapes,
    stroke,
    vgradient,
)
from dreamjournal.render.world import World

Backdrop = Callable[[World, skia.Canvas, skia.Canvas, skia.Canvas], None]
WATER: RGB = (46, 92, 140)
SAND: RGB = (214, 190, 140)
STONE: RGB = (120, 118, 126)
LEAF: RGB = (48, 98, 64)
BARK: RGB = (78, 58, 44)


def sky(wd: World, c: skia.Canvas) -> None:
    """Sky gradient down to the horizon glow; stars at night; a sun glow at dawn and dusk."""
    lk = wd.look
    gradient_rect(c, rect(0, 0, wd.w, wd.h), vgradient(0, wd.horizon, [lk.sky_top, lk.sky_low]))
    if lk.night:
        n = int(wd.w * wd.h / 9000)
        xs, ys = wd.rng.random(n) * wd.w, wd.rng.random(n) * wd.horizon * 0.95
        for x, y, r in zip(xs, ys, wd.rng.random(n), strict=True):
            c.drawCircle(x, y, 0.6 + 1.2 * r, fill((240, 240, 255), 0.35 + 0.5 * r))
    if lk.time_of_day in {"dawn", "dusk"}:
        x = wd.x(0.7 if lk.time_of_day == "dusk" else 0.3)
        c.drawCircle(
            x, wd.horizon, wd.unit * 5, radial(x, wd.horizon, wd.unit * 5, (255, 190, 120), 0.7)
        )
    if lk.weather in {"rain", "storm", "snow", "fog"}:
        cloud = mix(lk.sky_top, (90, 94, 108), 0.5)
        with soft_shapes(c, wd.w, wd.h) as small:
            for i in range(7):
                x, y = wd.w * (i + wd.rng.random()) / 7, wd.y(0.05 + 0.12 * wd.rng.random())
                small.drawOval(
                    rect(x - wd.unit * 3, y - wd.unit, x + wd.unit * 3, y + wd.unit),
                    fill(cloud, 0.8, wd.unit * 0.5),
                )


def hills(wd: World, c: skia.Canvas, colour: RGB, base: float, height: float, n: int = 5) -> None:
    """A soft hill line across the layer."""
    c.drawPath(
        smooth(ridge_points(wd.rng, -10, wd.w + 10, base, height, n, wd.h + 10)), fill(colour)
    )


def ground(wd: World, c: skia.Canvas, colour: RGB, top: float | None = None) -> None:
    """The ground plane from `top` (the horizon) down, darker towards the viewer."""
    y0 = wd.horizon if top is None else top
    gradient_rect(
        c,
        rect(0, y0, wd.w, wd.h),
        vgradient(y0, wd.h, [mix(colour, wd.look.sky_low, 0.3), scale(colour, 0.6)]),
    )


def tree(
    c: skia.Canvas, x: float, base: float, hgt: float, leaf: RGB, bark: RGB, pine: bool = False
) -> None:
    """One tree: a trunk and a round (or pointed) crown."""
    c.drawRect(rect(x - hgt * 0.04, base - hgt * 0.5, x + hgt * 0.04, base), fill(bark))
    if pine:
        for k in range(3):
            y = base - hgt * (0.3 + 0.22 * k)
            wdt = hgt * (0.3 - 0.07 * k)
            c.drawPath(
                poly([(x - wdt, y), (x, y - hgt * 0.42), (x + wdt, y)]),
                fill(scale(leaf, 1 - 0.08 * k)),
            )
    else:
        for dx, dy, r in ((0, 0.72, 0.3), (-0.16, 0.58, 0.22), (0.17, 0.6, 0.22)):
            c.drawCircle(x + dx * hgt, base - dy * hgt, r * hgt, fill(leaf))


def water(wd: World, c: skia.Canvas, top: float, bottom: float, colour: RGB = WATER) -> None:
    """A water surface from `top` to `bottom` with glints and the sky reflected."""
    lk = wd.look
    col = lk.shade(mix(colour, lk.sky_low, 0.35))
    gradient_rect(
        c,
        rect(0, top, wd.w, bottom),
        vgradient(top, bottom, [mix(col, lk.sky_low, 0.5), scale(col, 0.7)]),
    )
    for _ in range(int(wd.w / 25)):
        x, f = wd.rng.random() * wd.w, wd.rng.random()
        y = top + (bottom - top) * f**1.6
        ln = wd.unit * (0.3 + 1.2 * f)
        c.drawLine(x, y, x + ln, y, stroke(mix(lk.sky_low, (255, 255, 255), 0.4), 1 + 2 * f, 0.35))
    wd.water = top


def _land(
    wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, extra: str = ""
) -> None:
    lk = wd.look
    sky(wd, far)
    hills(wd, far, lk.shade(mix(LEAF, (120, 140, 170), 0.6), 0.5), wd.horizon + 4, wd.unit * 1.6, 6)
    hills(wd, mid, lk.shade(LEAF, 0.75), wd.horizon + wd.unit * 0.6, wd.unit * 0.9, 4)
    ground(wd, near, lk.shade(mix(LEAF, (110, 150, 80), 0.5)), wd.horizon + wd.unit * 1.2)
    leaf, bark = lk.shade(LEAF, 0.8), lk.shade(BARK, 0.8)
    if extra == "cemetery":  # rows of small grey stones between two trees
        for i in range(9):
            x = wd.x(0.12 + 0.1 * i)
            y = wd.ground + wd.unit * (0.2 + 0.25 * (i % 3))
            w, h = wd.unit * 0.35, wd.unit * 0.55
            near.drawRoundRect(
                skia.Rect.MakeXYWH(x - w / 2, y - h, w, h), w / 2, w / 2, fill(lk.shade(STONE))
            )
    if extra in {"park", "garden", "field", "playground", "village", "cemetery", ""}:
        for f in (0.05, 0.9) if extra != "field" else (0.95,):
            tree(mid, wd.x(f), wd.horizon + wd.unit * 1.4, wd.unit * 3.2, leaf, bark)
    if extra == "garden":
        for i in range(28):
            x, y = wd.x(i / 27), wd.ground + wd.unit * (0.3 + 0.5 * wd.rng.random())
            near.drawCircle(
                x,
                y,
                wd.unit * 0.12,
                fill(lk.shade([(230, 120, 150), (240, 210, 90), (180, 140, 230)][i % 3])),
            )
        for i in range(16):  # a fence
            x = wd.x(i / 15)
            mid.drawRect(
                rect(x - 3, wd.horizon + wd.unit * 0.6, x + 3, wd.horizon + wd.unit * 1.6),
                fill(lk.shade((200, 190, 170))),
            )
    if extra == "village":
        for i, f in enumerate((0.15, 0.32, 0.62, 0.8)):
            x, b, s = wd.x(f), wd.horizon + wd.unit * 0.9, wd.unit * (0.9 + 0.2 * (i % 2))
            wall = lk.shade([(214, 196, 170), (190, 170, 150)][i % 2], 0.8)
            mid.drawRect(rect(x - s, b - s * 1.2, x + s, b), fill(wall))
            mid.drawPath(
                poly([(x - s * 1.15, b - s * 1.2), (x, b - s * 2), (x + s * 1.15, b - s * 1.2)]),
                fill(lk.shade((150, 70, 60), 0.8)),
            )
            mid.drawRect(
                rect(x - s * 0.3, b - s * 0.8, x + s * 0.1, b - s * 0.4),
                fill(lk.accent if lk.night else (120, 150, 180)),
            )
    if extra == "playground":
        x, b = wd.x(0.72), wd.ground - wd.unit * 0.4
        frame = stroke(lk.shade((190, 80, 60)), wd.unit * 0.12)
        mid.drawLine(x - wd.unit * 1.2, b, x - wd.unit * 0.6, b - wd.unit * 3, frame)
        mid.drawLine(x + wd.unit * 1.2, b, x + wd.unit * 0.6, b - wd.unit * 3, frame)
        mid.drawLine(x - wd.unit * 0.8, b - wd.unit * 3, x + wd.unit * 0.8, b - wd.unit * 3, frame)
        mid.drawLine(x, b - wd.unit * 3, x, b - wd.unit * 1.2, stroke(lk.shade(STONE), 3))
        mid.drawRect(
            rect(x - wd.unit * 0.4, b - wd.unit * 1.25, x + wd.unit * 0.4, b - wd.unit * 1.1),
            fill(lk.shade(BARK)),
        )
    if extra == "sports_ground":
        near.drawLine(
            0,
            wd.ground - wd.unit * 0.2,
            wd.w,
            wd.ground - wd.unit * 0.2,
            stroke((240, 240, 240), 4, 0.7),
        )
        for f in (0.1, 0.9):
            x = wd.x(f)
            mid.drawPath(
                poly(
                    [
                        (x - wd.unit, wd.horizon + wd.unit * 1.5),
                        (x - wd.unit, wd.horizon - wd.unit * 0.3),
                        (x + wd.unit, wd.horizon - wd.unit * 0.3),
                        (x + wd.unit, wd.horizon + wd.unit * 1.5),
                    ],
                    close=False,
                ),
                stroke((240, 240, 240), 6),
            )
    if extra == "castle":
        x, b, s = wd.x(0.62), wd.horizon + wd.unit * 0.8, wd.unit
        stone = lk.shade(STONE, 0.8)
        mid.drawRect(rect(x - s * 3, b - s * 3, x + s * 3, b), fill(stone))
        for k in (-3.4, 2.2):
            mid.drawRect(rect(x + k * s, b - s * 5, x + (k + 1.2) * s, b), fill(stone))
            mid.drawPath(
                poly(
                    [
                        (x + k * s - s * 0.2, b - s * 5),
                        (x + (k + 0.6) * s, b - s * 6.6),
                        (x + (k + 1.4) * s, b - s * 5),
                    ]
                ),
                fill(lk.shade((90, 60, 80))),
            )
        for i in range(-3, 3):
            mid.drawRect(rect(x + i * s, b - s * 3.4, x + (i + 0.5) * s, b - s * 3), fill(stone))
        mid.drawPath(
            smooth(
                [
                    (x - s * 0.8, b),
                    (x - s * 0.8, b - s * 1.4),
                    (x, b - s * 2),
                    (x + s * 0.8, b - s * 1.4),
                    (x + s * 0.8, b),
                ]
            ),
            fill(scale(stone, 0.4)),
        )
    if extra == "road":
        _road(wd, near)


def _road(wd: World, c: skia.Canvas) -> None:
    """A road running from the horizon towards the viewer."""
    lk = wd.look
    vx, top = wd.x(0.5), wd.horizon + wd.unit * 0.8
    c.drawPath(
        poly(
            [
                (vx - wd.unit * 0.4, top),
                (vx + wd.unit * 0.4, top),
                (wd.x(1.0), wd.h),
                (wd.x(0.0), wd.h),
            ]
        ),
        fill(lk.shade((70, 72, 80))),
    )
    for k in range(6):
        f0, f1 = (k / 6) ** 1.6, ((k + 0.5) / 6) ** 1.6
        y0, y1 = top + (wd.h - top) * f0, top + (wd.h - top) * f1
        c.drawPath(
            poly(
                [
                    (vx - 2 - 10 * f0, y0),
                    (vx + 2 + 10 * f0, y0),
                    (vx + 2 + 10 * f1, y1),
                    (vx - 2 - 10 * f1, y1),
                ]
            ),
            fill((236, 220, 150), 0.8),
        )


def forest(
    wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, jungle: bool = False
) -> None:
    """Tree lines in depth: a far treeline, tall trunks, the forest floor, dark trunks in front."""
    lk = wd.look
    sky(wd, far)
    leaf = (40, 110, 60) if jungle else LEAF
    for k, depth in ((0, 0.45), (1, 0.65)):
        for i in range(26):
            x = wd.w * (i + wd.rng.random()) / 26
            tree(
                far,
                x,
                wd.horizon + wd.unit * (0.4 + 0.4 * k),
                wd.unit * (2.2 + k + wd.rng.random()),
                lk.shade(leaf, depth),
                lk.shade(BARK, depth),
                pine=not jungle,
            )
    ground(wd, near, lk.shade(mix(leaf, BARK, 0.5)), wd.horizon + wd.unit * 1.0)
    for i in range(9):
        x = wd.w * (i + 0.5 * wd.rng.random()) / 9
        tree(
            mid,
            x,
            wd.horizon + wd.unit * 1.6,
            wd.unit * (4.2 + wd.rng.random()),
            lk.shade(leaf, 0.85),
            lk.shade(BARK, 0.85),
            pine=not jungle and i % 2 == 0,
        )
    if jungle:
        for _ in range(14):
            x = wd.w * wd.rng.random()
            near.drawPath(
                smooth(
                    [
                        (x, wd.h),
                        (x - wd.unit * 0.6, wd.ground - wd.unit),
                        (x + wd.unit * 0.2, wd.ground - wd.unit * 2.2),
                        (x + wd.unit * 0.5, wd.h),
                    ]
                ),
                fill(lk.shade((30, 90, 40))),
            )


def mountains(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas) -> None:
    """Snow-capped peaks, a lower ridge, rocky ground."""
    lk = wd.look
    sky(wd, far)
    rock = lk.shade(mix(STONE, (110, 120, 160), 0.5), 0.6)
    peaks = []
    for i in range(5):
        x = wd.w * (i + 0.3 + 0.4 * wd.rng.random()) / 5
        hgt = wd.unit * (3.5 + 2.5 * wd.rng.random())
        peaks.append((x, hgt))
        base = wd.horizon + wd.unit
        far.drawPath(
            poly([(x - hgt * 1.3, base), (x, base - hgt), (x + hgt * 1.3, base)]), fill(rock)
        )
        far.drawPath(
            poly(
                [
                    (x - hgt * 0.3, base - hgt * 0.77),
                    (x, base - hgt),
                    (x + hgt * 0.3, base - hgt * 0.77),
                    (x + hgt * 0.1, base - hgt * 0.7),
                    (x - hgt * 0.1, base - hgt * 0.74),
                ]
            ),
            fill(lk.shade((240, 244, 250), 0.8)),
        )
    wd.skyline = wd.horizon + wd.unit - max(h for _, h in peaks)
    hills(
        wd, mid, lk.shade(mix(STONE, LEAF, 0.4), 0.8), wd.horizon + wd.unit * 1.2, wd.unit * 1.8, 4
    )
    ground(wd, near, lk.shade(mix(STONE, LEAF, 0.3)), wd.horizon + wd.unit * 1.8)


def desert(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas) -> None:
    """Dunes under a wide sky."""
    lk = wd.look
    sky(wd, far)
    hills(wd, far, lk.shade(mix(SAND, lk.sky_low, 0.4), 0.7), wd.horizon + 4, wd.unit * 0.8, 3)
    hills(wd, mid, lk.shade(SAND, 0.85), wd.horizon + wd.unit * 0.8, wd.unit * 1.2, 3)
    ground(wd, near, lk.shade(mix(SAND, (200, 150, 100), 0.3)), wd.horizon + wd.unit * 1.6)


def cave(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas) -> None:
    """A rock vault with light from an opening at the back."""
    lk = wd.look
    rock = scale(mix(STONE, (70, 60, 60), 0.5), max(0.4, lk.brightness))
    far.drawRect(rect(0, 0, wd.w, wd.h), fill(scale(rock, 0.5)))
    x, y = wd.x(0.55), wd.horizon - wd.unit
    far.drawOval(
        rect(x - wd.unit * 1.6, y - wd.unit * 1.8, x + wd.unit * 1.6, y + wd.unit * 1.4),
        fill(mix(lk.sky_low, (255, 240, 210), 0.4)),
    )
    far.drawCircle(x, y, wd.unit * 5, radial(x, y, wd.unit * 5, (255, 230, 190), 0.35))
    arch: list[tuple[float, float]] = [(0, 0), (wd.w, wd.h * 0.0), (wd.w, wd.h)]
    arch += [(wd.w - wd.unit * (1.5 + math.sin(a) * 1.2), wd.h - a * wd.h / 7) for a in range(1, 7)]
    arch += [
        (
            wd.w / 2 + math.cos(a / 6 * math.pi) * wd.w * 0.38,
            wd.y(0.12) + math.sin(a / 6 * math.pi) * -wd.unit * 0.5,
        )
        for a in range(7)
    ]
    arch += [(wd.unit * (1.5 + math.sin(a) * 1.2), a * wd.h / 7) for a in range(1, 7)][::-1]
    arch += [(0, wd.h)]
    mid.drawPath(smooth(arch), fill(rock))
    ground(wd, near, scale(rock, 0.8), wd.horizon + wd.unit * 1.2)


def waterside(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, kind: str) -> None:
    """Sea, lake, river, beach, pool or a ship's deck: water with a shore or a deck in front."""
    lk = wd.look
    sky(wd, far)
    if kind == "lake":
        hills(
            wd,
            far,
            lk.shade(mix(LEAF, (90, 110, 150), 0.5), 0.55),
            wd.horizon + 2,
            wd.unit * 1.3,
            5,
        )
    if kind == "river":
        hills(wd, far, lk.shade(LEAF, 0.6), wd.horizon + 2, wd.unit * 0.9, 5)
    if kind == "swimming_pool":
        mid.drawRect(
            rect(0, wd.horizon - wd.unit * 3, wd.w, wd.horizon), fill(lk.shade((210, 220, 225)))
        )
        for i in range(12):
            x = wd.w * i / 12
            mid.drawLine(
                x, wd.horizon - wd.unit * 3, x, wd.horizon, stroke(lk.shade((170, 190, 200)), 2)
            )
        if wd.drained:  # no water: pale blue tiles down to the basin's floor
            mid.drawRect(rect(0, wd.horizon, wd.w, wd.h), fill(lk.shade((150, 200, 222))))
            for i in range(16):
                x = wd.w * i / 16
                mid.drawLine(x, wd.horizon, x, wd.h, stroke(lk.shade((120, 170, 195)), 2))
            return
        water(wd, mid, wd.horizon, wd.h, (70, 170, 210))
        for k in range(4):
            y = wd.horizon + wd.unit * (0.6 + 1.1 * k)
            mid.drawLine(0, y, wd.w, y, stroke((240, 80, 80), 3, 0.6))
        near.drawRect(
            rect(0, wd.ground + wd.unit * 0.5, wd.w, wd.h), fill(lk.shade((220, 222, 226)))
        )
        wd.water = wd.horizon + wd.unit * 1.5
        return
    water(wd, mid, wd.horizon, wd.h)
    if kind == "river":
        near.drawPath(
            smooth(
                [
                    (-10, wd.ground - wd.unit * 0.4),
                    (wd.w * 0.3, wd.ground - wd.unit * 0.1),
                    (wd.w * 0.7, wd.ground - wd.unit * 0.5),
                    (wd.w + 10, wd.ground - wd.unit * 0.2),
                    (wd.w + 10, wd.h),
                    (-10, wd.h),
                ]
            ),
            fill(lk.shade(mix(LEAF, SAND, 0.4))),
        )
        for f in (0.1, 0.85):
            tree(
                mid,
                wd.x(f),
                wd.horizon + wd.unit * 0.3,
                wd.unit * 2.5,
                lk.shade(LEAF, 0.8),
                lk.shade(BARK, 0.8),
            )
    elif kind in {"sea", "lake"} and wd.open_water:
        pass  # open water to the bottom of the frame
    elif kind in {"beach", "sea"}:
        top = wd.ground - wd.unit * (1.0 if kind == "beach" else 0.2)
        near.drawPath(
            smooth(
                [
                    (-10, top + wd.unit * 0.4),
                    (wd.w * 0.4, top),
                    (wd.w + 10, top + wd.unit * 0.3),
                    (wd.w + 10, wd.h),
                    (-10, wd.h),
                ]
            ),
            fill(lk.shade(SAND)),
        )
        near.drawPath(
            smooth(
                [(-10, top + wd.unit * 0.4), (wd.w * 0.4, top), (wd.w + 10, top + wd.unit * 0.3)],
                close=False,
            ),
            stroke((250, 250, 250), 3, 0.55),
        )
    elif kind == "lake":
        near.drawPath(
            smooth(
                [
                    (-10, wd.ground),
                    (wd.w * 0.5, wd.ground - wd.unit * 0.5),
                    (wd.w + 10, wd.ground - wd.unit * 0.1),
                    (wd.w + 10, wd.h),
                    (-10, wd.h),
                ]
            ),
            fill(lk.shade(mix(LEAF, SAND, 0.5))),
        )
    elif kind == "ship":
        near.drawRect(
            rect(0, wd.ground - wd.unit * 0.2, wd.w, wd.h), fill(lk.shade((150, 110, 80)))
        )
        rail = stroke(lk.shade((230, 230, 230)), 4)
        near.drawLine(0, wd.ground - wd.unit * 1.6, wd.w, wd.ground - wd.unit * 1.6, rail)
        for i in range(20):
            x = wd.w * i / 20
            near.drawLine(
                x,
                wd.ground - wd.unit * 1.6,
                x,
                wd.ground - wd.unit * 0.2,
                stroke(lk.shade((230, 230, 230)), 2),
            )
    wd.water = wd.horizon + (wd.ground - wd.horizon) * 0.45


def underwater(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas) -> None:
    """Blue depth, light shafts from above, weed swaying, a sandy floor."""
    lk = wd.look
    deep = mix((10, 50, 90), lk.sky_top, 0.3)
    gradient_rect(
        far, rect(0, 0, wd.w, wd.h), vgradient(0, wd.h, [mix(deep, (90, 180, 210), 0.6), deep])
    )
    for i in range(6):
        x = wd.w * (i + 0.5) / 6
        far.drawPath(
            poly(
                [
                    (x - wd.unit * 0.3, 0),
                    (x + wd.unit * 0.3, 0),
                    (x + wd.unit * 1.5, wd.h),
                    (x + wd.unit * 0.5, wd.h),
                ]
            ),
            fill((200, 240, 255), 0.08),
        )
    for _ in range(14):
        x = wd.w * wd.rng.random()
        hgt = wd.unit * (1.5 + 2 * wd.rng.random())
        pts = [(x + math.sin(k) * wd.unit * 0.3, wd.ground - hgt * k / 5) for k in range(6)]
        mid.drawPath(
            smooth(pts, close=False), stroke(mix((40, 120, 80), deep, 0.3), wd.unit * 0.15)
        )
    ground(wd, near, mix(SAND, deep, 0.45), wd.ground - wd.unit * 0.2)
    wd.water = wd.y(0.3)  # swimmers glide in the upper half of the view
    wd.submerged = True


def skyscape(
    wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, space: bool = False
) -> None:
    """High in the sky (or in space): clouds below, nothing to stand on."""
    lk = wd.look
    if space:
        far.drawRect(rect(0, 0, wd.w, wd.h), fill((4, 6, 16)))
        for _ in range(int(wd.w * wd.h / 3000)):
            far.drawCircle(
                wd.rng.random() * wd.w,
                wd.rng.random() * wd.h,
                0.5 + wd.rng.random(),
                fill((255, 255, 255), 0.3 + 0.6 * wd.rng.random()),
            )
        x, y = wd.x(0.25), wd.y(1.05)
        far.drawCircle(x, y, wd.unit * 5, fill(mix((60, 110, 170), lk.accent, 0.3)))
        far.drawCircle(x, y, wd.unit * 5.6, radial(x, y, wd.unit * 5.6, (140, 200, 255), 0.3))
        return
    gradient_rect(
        far,
        rect(0, 0, wd.w, wd.h),
        vgradient(
            0,
            wd.h,
            [lk.sky_top, lk.sky_low, mix(lk.sky_low, (255, 255, 255), 0.3)],
            pos=[0, 0.7, 1],
        ),
    )
    cloud = mix(lk.sky_low, (255, 255, 255), 0.5 if not lk.night else 0.15)
    for layer, c, y0, a in ((0, mid, 0.7, 0.6), (1, near, 0.92, 0.9)):
        with soft_shapes(c, wd.w, wd.h) as small:
            for i in range(10 + 4 * layer):
                x = wd.w * (i + wd.rng.random()) / (10 + 4 * layer)
                y = wd.y(y0 + 0.08 * wd.rng.random())
                r = wd.unit * (1.2 + layer + wd.rng.random())
                small.drawOval(
                    rect(x - r * 1.8, y - r * 0.7, x + r * 1.8, y + r * 0.7),
                    fill(cloud, a, r * 0.25),
                )


def city(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, kind: str) -> None:
    """A skyline, lit buildings, and a street, a car park, a bridge or a road in front."""
    lk = wd.look
    sky(wd, far)
    lit = mix(lk.accent, (255, 220, 150), 0.5)
    for layer, (c, depth, hmax) in enumerate(((far, 0.5, 5.0), (mid, 0.8, 3.6))):
        x = -wd.unit
        while x < wd.w:
            bw = wd.unit * (0.8 + 1.4 * wd.rng.random())
            bh = wd.unit * (1.5 + hmax * wd.rng.random())
            base = wd.horizon + wd.unit * (0.2 + layer * 0.9)
            if kind == "bridge" and layer == 1:
                break
            c.drawRect(
                rect(x, base - bh, x + bw - 2, base),
                fill(lk.shade(mix((80, 86, 104), STONE, 0.4), depth)),
            )
            for wy in range(int(bh / (wd.unit * 0.5)) - 1):
                for wx in range(int(bw / (wd.unit * 0.4))):
                    if wd.rng.random() < (0.45 if lk.night else 0.25):
                        px, py = (
                            x + wd.unit * (0.12 + wx * 0.4),
                            base - bh + wd.unit * (0.25 + wy * 0.5),
                        )
                        c.drawRect(
                            rect(px, py, px + wd.unit * 0.2, py + wd.unit * 0.25),
                            fill(lit if lk.night else (170, 190, 210), 0.85 * depth),
                        )
            x += bw
    if kind == "bridge":
        water(wd, mid, wd.horizon + wd.unit * 0.5, wd.h)
        deck = wd.ground - wd.unit * 0.3
        near.drawRect(rect(0, deck, wd.w, deck + wd.unit * 0.6), fill(lk.shade(STONE, 0.9)))
        rail = stroke(lk.shade((150, 150, 160)), 3)
        near.drawLine(0, deck - wd.unit * 1.3, wd.w, deck - wd.unit * 1.3, rail)
        for i in range(24):
            near.drawLine(wd.w * i / 24, deck - wd.unit * 1.3, wd.w * i / 24, deck, rail)
        for f in (0.2, 0.8):
            x = wd.x(f)
            near.drawRect(
                rect(x - wd.unit * 0.25, deck - wd.unit * 5, x + wd.unit * 0.25, deck),
                fill(lk.shade(STONE, 0.8)),
            )
        return
    street = lk.shade((74, 76, 86))
    near.drawRect(rect(0, wd.horizon + wd.unit * 1.1, wd.w, wd.h), fill(street))
    near.drawRect(
        rect(0, wd.horizon + wd.unit * 1.1, wd.w, wd.horizon + wd.unit * 1.6),
        fill(lk.shade((130, 130, 136))),
    )
    if kind == "car_park":
        for i in range(12):
            x = wd.w * i / 12
            near.drawLine(
                x,
                wd.ground + wd.unit * 0.3,
                x + wd.unit * 0.6,
                wd.h,
                stroke((236, 236, 236), 3, 0.7),
            )
        for i in range(5):
            x = wd.w * (i + 0.5) / 5
            mid.drawRect(
                rect(
                    x - wd.unit * 0.2,
                    wd.horizon - wd.unit * 2,
                    x + wd.unit * 0.2,
                    wd.horizon + wd.unit * 1.6,
                ),
                fill(lk.shade((150, 150, 150))),
            )
        mid.drawRect(
            rect(0, wd.horizon - wd.unit * 2.6, wd.w, wd.horizon - wd.unit * 2),
            fill(lk.shade((130, 130, 134))),
        )
    else:
        for i in range(10):
            x = wd.w * i / 10
            near.drawLine(
                x,
                wd.ground + wd.unit * 0.6,
                x + wd.unit * 0.8,
                wd.ground + wd.unit * 0.6,
                stroke((236, 220, 150), 4, 0.75),
            )
    for f in (0.12, 0.58, 0.95):  # street lamps
        x, top = wd.x(f), wd.horizon - wd.unit * 1.2
        mid.drawLine(x, top, x, wd.horizon + wd.unit * 1.3, stroke(lk.shade((60, 60, 66)), 4))
        if lk.night or lk.brightness < 0.7:
            mid.drawCircle(
                x, top, wd.unit * 1.5, radial(x, top, wd.unit * 1.5, (255, 220, 160), 0.6)
            )


def station(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, kind: str) -> None:
    """A platform with a train, or an airport hall with a plane beyond its windows."""
    lk = wd.look
    sky(wd, far)
    if kind == "airport":
        ground(wd, far, lk.shade((110, 112, 116)), wd.horizon)
        x, y, s = wd.x(0.6), wd.horizon - wd.unit * 0.3, wd.unit
        body = lk.shade((230, 232, 236))
        far.drawRoundRect(
            rect(x - s * 4, y - s * 0.45, x + s * 4, y + s * 0.45), s * 0.45, s * 0.45, fill(body)
        )
        far.drawPath(
            poly(
                [
                    (x - s * 0.5, y),
                    (x + s * 0.8, y),
                    (x - s * 1.5, y + s * 2),
                    (x - s * 2.3, y + s * 2),
                ]
            ),
            fill(body),
        )
        far.drawPath(
            poly(
                [
                    (x + s * 3, y),
                    (x + s * 3.9, y),
                    (x + s * 4.2, y - s * 1.6),
                    (x + s * 3.7, y - s * 1.6),
                ]
            ),
            fill(body),
        )
        frame = stroke(lk.shade((60, 62, 70)), wd.unit * 0.2, round_cap=False)
        for i in range(9):
            mid.drawLine(wd.w * i / 8, 0, wd.w * i / 8, wd.horizon + wd.unit * 1.4, frame)
        mid.drawLine(0, wd.y(0.12), wd.w, wd.y(0.12), frame)
        gradient_rect(
            near,
            rect(0, wd.horizon + wd.unit * 1.4, wd.w, wd.h),
            vgradient(wd.horizon, wd.h, [lk.shade((200, 196, 190)), lk.shade((150, 146, 140))]),
        )
        return
    hills(wd, far, lk.shade(LEAF, 0.6), wd.horizon + 2, wd.unit, 4)
    if kind in {"train", "bus", "car", "plane"}:  # inside: the world passes by the windows
        wall = lk.shade((120, 110, 100) if kind != "plane" else (220, 220, 224))
        for layer in (mid,):
            layer.drawRect(rect(0, 0, wd.w, wd.y(0.18)), fill(wall))
            layer.drawRect(rect(0, wd.y(0.62), wd.w, wd.h), fill(wall))
            for i in range(5):
                x = wd.w * i / 4
                layer.drawRect(rect(x - wd.unit * 0.5, 0, x + wd.unit * 0.5, wd.h), fill(wall))
        near.drawRect(rect(0, wd.ground, wd.w, wd.h), fill(scale(wall, 0.6)))
        return
    track_y = wd.horizon + wd.unit * 0.9
    body = lk.shade((170, 60, 50), 0.85)
    mid.drawRoundRect(
        rect(wd.x(0.05), track_y - wd.unit * 2.6, wd.x(1.1), track_y),
        wd.unit * 0.4,
        wd.unit * 0.4,
        fill(body),
    )
    for i in range(8):
        x = wd.x(0.1 + i * 0.13)
        mid.drawRect(
            rect(x, track_y - wd.unit * 2.1, x + wd.unit * 0.9, track_y - wd.unit * 1.2),
            fill(mix(lk.sky_low, lk.accent, 0.4)),
        )
    near.drawRect(rect(0, track_y + wd.unit * 0.3, wd.w, wd.h), fill(lk.shade((160, 156, 150))))
    near.drawLine(
        0, track_y + wd.unit * 0.35, wd.w, track_y + wd.unit * 0.35, stroke((240, 210, 60), 6, 0.9)
    )
    for f in (0.08, 0.5, 0.92):
        x = wd.x(f)
        mid.drawRect(
            rect(x - wd.unit * 0.2, 0, x + wd.unit * 0.2, track_y + wd.unit * 0.4),
            fill(lk.shade((90, 92, 100))),
        )
    mid.drawRect(rect(0, 0, wd.w, wd.y(0.1)), fill(lk.shade((90, 92, 100))))


def dreamspace(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas) -> None:
    """Where the dream never said: a soft open space, a gentle ground, drifting light."""
    lk = wd.look
    sky(wd, far)
    for _ in range(5):
        x, y = wd.x(wd.rng.random()), wd.y(0.2 + 0.35 * wd.rng.random())
        far.drawCircle(x, y, wd.unit * 3, radial(x, y, wd.unit * 3, lk.accent, 0.25))
    hills(
        wd,
        mid,
        lk.shade(mix(lk.sky_low, LEAF, 0.4), 0.7),
        wd.horizon + wd.unit * 0.5,
        wd.unit * 0.7,
        3,
    )
    ground(wd, near, lk.shade(mix(lk.sky_low, LEAF, 0.5)), wd.horizon + wd.unit * 1.2)


def _family(place: str, indoor: bool | None) -> Backdrop:
    from dreamjournal.render import rooms

    if place in rooms.ROOMS or (place in {"house", "childhood_home"} and indoor is not False):
        return lambda wd, f, m, n: rooms.room(wd, f, m, n, place)
    table: dict[str, Backdrop] = {
        "forest": forest,
        "jungle": lambda wd, f, m, n: forest(wd, f, m, n, jungle=True),
        "mountains": mountains,
        "desert": desert,
        "cave": cave,
        "underwater": underwater,
        "sky": skyscape,
        "space": lambda wd, f, m, n: skyscape(wd, f, m, n, space=True),
    }
    if place in table:
        return table[place]
    if place in {"sea", "lake", "beach", "river", "swimming_pool", "ship"}:
        return lambda wd, f, m, n: waterside(wd, f, m, n, place)
    if place in {"city_street", "car_park", "bridge"}:
        return lambda wd, f, m, n: city(wd, f, m, n, place)
    if place in {"station", "airport", "train", "bus", "car", "plane"}:
        return lambda wd, f, m, n: station(wd, f, m, n, place)
    if place in {
        "field",
        "park",
        "garden",
        "playground",
        "village",
        "sports_ground",
        "castle",
        "road",
        "cemetery",
    }:
        return lambda wd, f, m, n: _land(wd, f, m, n, place)
    if place in {"house", "childhood_home"}:
        return lambda wd, f, m, n: _land(wd, f, m, n, "village")
    return dreamspace


def flood(wd: World, c: skia.Canvas) -> None:
    """Water over the floor of a flooded place ("the classroom was flooded knee-deep"): a
    still surface from just above the floor line down, the room showing above it."""
    top = wd.ground - wd.unit * 0.5
    water(wd, c, top, wd.h)


def quay(wd: World, c: skia.Canvas) -> None:
    """A harbour's stone quay over the shore ("am Hafen", "at the harbour"): a flat stone edge
    along the water with mooring bollards, where a beach would have sand."""
    lk = wd.look
    top = wd.ground - wd.unit * 1.05  # over all of the beach backdrop's sand
    c.drawRect(rect(-10, top, wd.w + 10, wd.h), fill(lk.shade(STONE)))
    c.drawRect(rect(-10, top, wd.w + 10, top + wd.unit * 0.14), fill(lk.shade(scale(STONE, 0.7))))
    for k in range(1, 16):  # the joints between the stones of the edge
        x = wd.w * k / 16
        c.drawLine(
            x, top + wd.unit * 0.14, x, top + wd.unit * 0.5, stroke(lk.shade(scale(STONE, 0.8)), 2)
        )
    for f in (0.12, 0.46, 0.86):  # mooring bollards on the edge
        x, r = wd.x(f), wd.unit * 0.16
        c.drawRoundRect(
            rect(x - r, top - r * 2.2, x + r, top + r * 0.4), r, r, fill(lk.shade((52, 52, 58)))
        )


def draw_backdrop(
    place: str,
    indoor: bool | None,
    wd: World,
    far: skia.Canvas,
    mid: skia.Canvas,
    near: skia.Canvas,
) -> None:
    """Paint the three layers of a place."""
    _family(place, indoor)(wd, far, mid, near)


FAMILIES = (
    "land",
    "forest",
    "mountains",
    "desert",
    "cave",
    "water",
    "underwater",
    "sky",
    "city",
    "station",
    "rooms",
    "dream",
)
