"""Motifs on the ground: water, hills, forest, city, house, door, window, stairs, fire and more."""

from __future__ import annotations

import math

import numpy as np

from dreamjournal.render.canvas import (
    Canvas,
    add_twinkles,
    ellipse,
    glow,
    polygon,
    rects,
    ridge,
    soft,
    y_value,
)
from dreamjournal.render.colour import RGB, hex_rgb, mix, scale

WARM = (255, 204, 140)


def _silhouette(cv: Canvas, depth: float) -> RGB:
    """Colour of a shape at depth 0 (far, hazy) .. 1 (near, dark)."""
    return mix(mix(cv.pal[1], cv.horizon_colour(), 0.45), scale(cv.pal[0], 0.45), depth)


def _ground_x(cv: Canvas, slot: float) -> float:
    return cv.at(0.5 + (slot - 0.5) * 0.55, 0)[0]


def water(cv: Canvas, slot: float, river: bool = False) -> None:
    """Still water to the horizon: reflected sky, ripple lines, a path of glints to the light."""
    w, h = cv.size
    hz = cv.horizon
    top = mix(cv.horizon_colour(), cv.pal[1], 0.4)
    if river:
        pts = [(w * 0.47, hz), (w * 0.53, hz), (w * 0.9, h), (w * 0.1, h)]
        soft(cv, (0, hz, w, h), top, polygon(pts), blur=cv.unit * 0.3, alpha=0.9)
    else:
        cv.water = True
        rows = np.linspace(0, 1, int(h - hz) + 4)[:, None, None]
        grad = np.array(top)[None, None] * (1 - rows) + np.array(scale(cv.pal[0], 0.7)) * rows
        band = np.broadcast_to(grad, (grad.shape[0], w, 3)).astype(np.uint8)
        from PIL import Image

        cv.img.paste(Image.fromarray(np.ascontiguousarray(band)), (0, int(hz) - 3))
    for _ in range(40):  # ripple lines, longer and wider apart towards us
        d = cv.rng.random() ** 1.6
        yy = hz + 2 + d * (h - hz)
        half = cv.unit * (0.3 + 3 * d)
        xx = cv.rng.uniform(0, w)
        if river and abs(xx - w / 2) > (0.03 + 0.4 * d) * w:
            continue
        soft(
            cv,
            (xx - half, yy - 1, xx + half, yy + 1),
            cv.pal[-1],
            lambda dr, ox, oy, xx=xx, yy=yy, half=half: dr.line(
                (xx - half - ox, yy - oy, xx + half - ox, yy - oy), 255, 1
            ),
            blur=0.7,
            alpha=0.18,
            mode="screen",
        )
    lx, ly, lc = cv.light or (*cv.at(0.5, 0.2), cv.glow_colour)
    n = 260
    depth = cv.rng.random(n) ** 1.4
    ys = hz + 2 + depth * (h - hz - 2)
    xs = lx + cv.rng.normal(0, 1, n) * (cv.unit * 0.25 + depth * cv.unit * 1.6)
    base = y_value(mix(lc, (255, 255, 255), 0.3)) * (0.6 + 0.4 * cv.rng.random(n))
    add_twinkles(cv, xs, ys, base, 0.8)
    soft(
        cv,
        (lx - cv.unit, hz, lx + cv.unit, h),
        lc,
        polygon(
            [
                (lx - cv.unit * 0.2, hz),
                (lx + cv.unit * 0.2, hz),
                (lx + cv.unit * 1.4, h),
                (lx - cv.unit * 1.4, h),
            ]
        ),
        blur=cv.unit * 0.6,
        alpha=0.18,
        mode="screen",
    )


def river(cv: Canvas, slot: float) -> None:
    """A river winding from the horizon towards us."""
    water(cv, slot, river=True)


def mountain(cv: Canvas, slot: float) -> None:
    """Ranges fading into haze: far ones pale, near ones dark."""
    for i, (height, rough) in enumerate(((3.2, 5), (2.2, 7), (1.2, 9))):
        ridge(
            cv,
            cv.horizon + cv.unit * 0.2 * i,
            cv.unit * height * cv.scale,
            rough,
            _silhouette(cv, 0.25 + 0.3 * i),
            blur=0.8 + 1.5 * (2 - i),
        )


def _pine(cx: float, base: float, height: float) -> list[tuple[float, float]]:
    w = height * 0.32
    pts = [(cx, base - height)]
    for k in range(1, 4):
        yk = base - height + height * k / 3.3
        pts += [(cx + w * k / 3, yk), (cx + w * k / 6, yk)]
    pts += [(cx + w * 0.1, base), (cx - w * 0.1, base)]
    left = [(2 * cx - x, y) for x, y in reversed(pts[1:-2])]
    return pts[:-2] + [pts[-2], pts[-1]] + left


def forest(cv: Canvas, slot: float) -> None:
    """Rows of pines along the horizon, the near row framing the view, mist between."""
    w, h = cv.size
    for row, (count, size, depth) in enumerate(((40, 1.2, 0.3), (22, 2.2, 0.65), (8, 5.0, 0.95))):
        colour = _silhouette(cv, depth)
        base = cv.horizon + cv.unit * (0.15 + 0.45 * row)
        pines = []
        for _ in range(count):
            x = cv.rng.uniform(0, w)
            if row == 2 and abs(x - w / 2) < cv.vis_w * 0.22:  # keep the near row at the edges
                x += math.copysign(cv.vis_w * 0.3, x - w / 2)
            pines.append(_pine(x, base, cv.unit * size * cv.rng.uniform(0.7, 1.3)))
        soft(
            cv,
            (0, base - cv.unit * size * 1.4, w, h),
            colour,
            lambda d, ox, oy, pines=pines, base=base: (
                [d.polygon([(x - ox, y - oy) for x, y in p], 255) for p in pines]
                and d.rectangle((0 - ox, base - oy, w - ox, h - oy), 255)
            ),
            blur=1.6 - row * 0.5,
        )
        if row < 2:  # mist between rows
            soft(
                cv,
                (0, base - cv.unit, w, base + cv.unit * 0.6),
                cv.horizon_colour(),
                ellipse(w / 2, base, w * 0.7, cv.unit * 0.6),
                blur=cv.unit * 0.6,
                alpha=0.35,
            )


def tree(cv: Canvas, slot: float) -> None:
    """One old tree, its crown rimmed with light."""
    x, base = _ground_x(cv, slot), cv.horizon + cv.unit * 1.2
    u = cv.unit * 1.3
    colour = _silhouette(cv, 0.85)
    blobs = [
        (x + dx * u, base - u * 3.2 + dy * u, r * u)
        for dx, dy, r in (
            (0, 0, 1.3),
            (-1.0, 0.4, 1.0),
            (1.0, 0.35, 1.05),
            (-0.5, -0.7, 0.9),
            (0.6, -0.6, 0.95),
        )
    ]
    for bx, by, r in blobs:
        glow(cv, bx, by - r * 0.2, r * 1.6, cv.glow_colour, 0.12)

    def draw(d, ox, oy):  # type: ignore[no-untyped-def]
        d.polygon(
            [
                (x - u * 0.22 - ox, base - oy),
                (x + u * 0.22 - ox, base - oy),
                (x + u * 0.1 - ox, base - u * 2.6 - oy),
                (x - u * 0.1 - ox, base - u * 2.6 - oy),
            ],
            255,
        )
        for bx, by, r in blobs:
            d.ellipse((bx - r - ox, by - r - oy, bx + r - ox, by + r - oy), 255)

    soft(cv, (x - u * 3, base - u * 5, x + u * 3, base + 2), colour, draw, blur=1.2)


def city(cv: Canvas, slot: float) -> None:
    """A skyline on the horizon, windows lit here and there, a warm haze above it."""
    w, _ = cv.size
    glow(cv, w / 2, cv.horizon, cv.vis_w * 0.6, WARM, 0.18)
    x = 0.0
    towers = []
    while x < w:
        bw = cv.unit * cv.rng.uniform(0.35, 0.9)
        bh = cv.unit * cv.rng.uniform(0.6, 3.2) * cv.scale
        towers.append((x, cv.horizon - bh, x + bw, cv.horizon + cv.unit * 0.4))
        x += bw + cv.unit * cv.rng.uniform(0.0, 0.15)
    soft(
        cv,
        (0, cv.horizon - cv.unit * 3.5, w, cv.horizon + cv.unit),
        _silhouette(cv, 0.7),
        rects(towers),
        blur=0.8,
    )
    lit = []
    for a, b, c, _ in towers:  # a few warm windows per tower, on a grid
        cols, rows = (
            max(1, int((c - a) / (cv.unit * 0.18))),
            max(1, int((cv.horizon - b) / (cv.unit * 0.25))),
        )
        for _ in range(int(cols * rows * 0.22)):
            wx = a + (int(cv.rng.integers(cols)) + 0.5) * (c - a) / cols
            wy = b + (int(cv.rng.integers(rows)) + 0.5) * (cv.horizon - b) / rows
            lit.append((wx, wy))
    r = max(0.8, cv.unit * 0.05)
    soft(
        cv,
        (0, cv.horizon - cv.unit * 3.5, w, cv.horizon),
        WARM,
        rects([(x - r, y - r, x + r, y + r) for x, y in lit]),
        blur=0.4,
        alpha=0.8,
    )


def road(cv: Canvas, slot: float) -> None:
    """A road running to the horizon, a faint centre line."""
    w, h = cv.size
    vx = cv.at(0.5 + (slot - 0.5) * 0.3, 0)[0]
    soft(
        cv,
        (0, cv.horizon, w, h),
        mix(_silhouette(cv, 0.5), cv.pal[-1], 0.12),
        polygon(
            [
                (vx - 2, cv.horizon),
                (vx + 2, cv.horizon),
                (vx + cv.vis_w * 0.4, h),
                (vx - cv.vis_w * 0.4, h),
            ]
        ),
        blur=1.0,
    )
    for k in range(9):
        a, b = (k / 9) ** 2, ((k + 0.45) / 9) ** 2
        y1, y2 = cv.horizon + a * (h - cv.horizon), cv.horizon + b * (h - cv.horizon)
        soft(
            cv,
            (vx - 4, y1, vx + 4, y2),
            mix(cv.pal[-1], WARM, 0.3),
            lambda d, ox, oy, y1=y1, y2=y2, b=b: d.line(
                (vx - ox, y1 - oy, vx - ox, y2 - oy), 255, max(1, int(1 + 3 * b))
            ),
            blur=0.6,
            alpha=0.5,
        )


def bridge(cv: Canvas, slot: float) -> None:
    """A stone arch bridge over water, doubled by its reflection."""
    if not cv.water:
        water(cv, slot)
    w, _ = cv.size
    deck = cv.horizon - cv.unit * 0.6
    colour = _silhouette(cv, 0.7)
    left, right = cv.at(0.08, 0)[0], cv.at(0.92, 0)[0]
    span = (right - left) / 3

    def draw(d, ox, oy):  # type: ignore[no-untyped-def]
        d.rectangle((left - ox, deck - cv.unit * 0.25 - oy, right - ox, cv.horizon + 2 - oy), 255)
        for k in range(3):
            ax = left + span * k
            d.ellipse(
                (
                    ax + span * 0.1 - ox,
                    deck + cv.unit * 0.05 - oy,
                    ax + span * 0.9 - ox,
                    cv.horizon + span * 0.5 - oy,
                ),
                0,
            )

    soft(cv, (left, deck - cv.unit * 0.3, right, cv.horizon + 2), colour, draw, blur=0.8)
    soft(
        cv,
        (left, cv.horizon, right, cv.horizon + cv.unit * 0.8),
        colour,
        lambda d, ox, oy: d.rectangle(
            (left - ox, cv.horizon - oy, right - ox, cv.horizon + cv.unit * 0.5 - oy), 255
        ),
        blur=cv.unit * 0.25,
        alpha=0.35,
    )


def flower(cv: Canvas, slot: float) -> None:
    """Glowing flowers in the foreground grass."""
    w, h = cv.size
    petal = hex_rgb("#d98bb0")
    for _ in range(14):
        x, y = cv.at(cv.rng.uniform(0.0, 1.0), cv.rng.uniform(0.74, 0.92))
        r = cv.unit * cv.rng.uniform(0.12, 0.24)
        soft(
            cv,
            (x - 2, y, x + 2, y + cv.unit * 1.5),
            _silhouette(cv, 0.9),
            lambda d, ox, oy, x=x, y=y: d.line(
                (x - ox, y - oy, x - ox, y + cv.unit * 1.5 - oy), 255, 2
            ),
        )
        glow(cv, x, y, r * 5, petal, 0.25)
        for k in range(5):
            a = k * 2 * math.pi / 5
            px, py = x + math.cos(a) * r, y + math.sin(a) * r
            soft(
                cv,
                (px - r, py - r, px + r, py + r),
                mix(petal, (255, 255, 255), 0.25),
                ellipse(px, py, r * 0.7, r * 0.7),
                blur=0.8,
            )
        soft(
            cv,
            (x - r, y - r, x + r, y + r),
            (255, 230, 160),
            ellipse(x, y, r * 0.4, r * 0.4),
            blur=0.6,
        )
