"""Motifs that are things in the scene: house, door, window, stairs, fire, clock, key, mirror."""

from __future__ import annotations

import math

from dreamjournal.render.canvas import Canvas, Fall, ellipse, glow, lines, polygon, soft
from dreamjournal.render.colour import hex_rgb, mix
from dreamjournal.render.motifs_land import WARM, _ground_x, _silhouette


def house(cv: Canvas, slot: float) -> None:
    """A small house on the land with one warm window."""
    x, base = _ground_x(cv, slot), cv.horizon + cv.unit * 0.9
    u = cv.unit * 1.1
    body = [
        (x - u * 1.3, base),
        (x - u * 1.3, base - u * 1.5),
        (x, base - u * 2.6),
        (x + u * 1.3, base - u * 1.5),
        (x + u * 1.3, base),
    ]
    soft(
        cv,
        (x - u * 1.4, base - u * 2.7, x + u * 1.4, base),
        _silhouette(cv, 0.8),
        polygon(body),
        blur=1,
    )
    wx, wy = x + u * 0.45, base - u * 0.95
    glow(cv, wx, wy, u * 2.4, WARM, 0.4)
    soft(
        cv,
        (wx - u * 0.3, wy - u * 0.3, wx + u * 0.3, wy + u * 0.3),
        WARM,
        lambda d, ox, oy: d.rectangle(
            (wx - u * 0.28 - ox, wy - u * 0.3 - oy, wx + u * 0.28 - ox, wy + u * 0.3 - oy), 255
        ),
        blur=0.8,
    )
    if cv.light is None:
        cv.light = (wx, wy, WARM)


def _portal(cv: Canvas, slot: float, wide: float, tall: float, mullions: bool) -> None:
    x, base = _ground_x(cv, slot), cv.horizon + cv.unit * 1.6
    u = cv.unit * 1.2
    top = base - u * tall
    half = u * wide / 2
    glow(cv, x, base - u * tall / 2, u * tall * 1.5, WARM, 0.35)
    spill = [
        (x - half, base),
        (x + half, base),
        (x + half * 4, base + u * 2.4),
        (x - half * 4, base + u * 2.4),
    ]
    soft(
        cv,
        (x - half * 4, base, x + half * 4, base + u * 2.4),
        WARM,
        polygon(spill),
        blur=u * 0.4,
        alpha=0.28,
        mode="screen",
    )
    frame = _silhouette(cv, 0.9)
    soft(
        cv,
        (x - half * 1.3, top - u * 0.2, x + half * 1.3, base),
        frame,
        lambda d, ox, oy: d.rectangle(
            (x - half * 1.25 - ox, top - u * 0.18 - oy, x + half * 1.25 - ox, base - oy), 255
        ),
        blur=0.8,
    )
    inner = mix(WARM, (255, 244, 220), 0.5)
    soft(
        cv,
        (x - half, top, x + half, base),
        inner,
        lambda d, ox, oy: d.rectangle((x - half - ox, top - oy, x + half - ox, base - oy), 255),
        blur=1.2,
    )
    if mullions:
        soft(
            cv,
            (x - half, top, x + half, base),
            frame,
            lines(
                [(x, top, x, base), (x - half, (top + base) / 2, x + half, (top + base) / 2)],
                max(1, int(u * 0.08)),
            ),
            blur=0.5,
        )
    cv.light = (x, base - u * tall / 2, WARM)


def door(cv: Canvas, slot: float) -> None:
    """A doorway standing open in the landscape, warm light pouring out across the ground."""
    _portal(cv, slot, 1.0, 2.2, mullions=False)


def window(cv: Canvas, slot: float) -> None:
    """A lit window with a cross of mullions, light falling forward."""
    _portal(cv, slot, 1.3, 1.5, mullions=True)


def stairs(cv: Canvas, slot: float) -> None:
    """A staircase climbing gently into the sky, each step rimmed with light."""
    x0, y0 = cv.at(0.22 + 0.2 * slot, 1.05)
    step_w, step_h, depth = cv.unit * 1.6, cv.unit * 0.42, cv.unit * 0.55
    for i in range(12):
        sx, sy = x0 + i * depth, y0 - i * step_h
        fade = i / 12
        colour = mix(_silhouette(cv, 0.85), cv.horizon_colour(), fade * 0.7)
        soft(
            cv,
            (sx, sy - step_h, sx + step_w, sy + step_h * 3),
            colour,
            lambda d, ox, oy, sx=sx, sy=sy: d.rectangle(
                (sx - ox, sy - step_h - oy, sx + step_w - ox, sy + step_h * 2 - oy), 255
            ),
            blur=0.7,
        )
        soft(
            cv,
            (sx, sy - step_h - 2, sx + step_w, sy - step_h + 2),
            cv.glow_colour,
            lambda d, ox, oy, sx=sx, sy=sy: d.line(
                (sx - ox, sy - step_h - oy, sx + step_w - ox, sy - step_h - oy), 255, 1
            ),
            blur=0.8,
            alpha=0.6 * (1 - fade * 0.5),
            mode="screen",
        )
    top_x, top_y = x0 + 12 * depth + step_w / 2, y0 - 12 * step_h
    glow(cv, top_x, top_y, cv.unit * 3, cv.glow_colour, 0.35)


def fire(cv: Canvas, slot: float) -> None:
    """A small campfire: layered flame, warm light on everything near, embers rising."""
    x, base = _ground_x(cv, slot), cv.horizon + cv.unit * 2.0
    u = cv.unit
    glow(cv, x, base - u * 0.6, u * 7, (255, 150, 70), 0.35)
    for colour, k, blur in (
        ((224, 103, 58), 1.0, 2.5),
        ((255, 170, 80), 0.72, 1.8),
        ((255, 236, 180), 0.4, 1.2),
    ):
        hgt, wid = u * 1.8 * k, u * 0.7 * k
        soft(
            cv,
            (x - wid, base - hgt, x + wid, base),
            colour,
            polygon(
                [
                    (x, base - hgt),
                    (x + wid * 0.6, base - hgt * 0.45),
                    (x + wid, base - wid * 0.3),
                    (x + wid * 0.6, base),
                    (x - wid * 0.6, base),
                    (x - wid, base - wid * 0.3),
                    (x - wid * 0.6, base - hgt * 0.45),
                ]
            ),
            blur=blur,
            mode="screen",
        )
    n = 50
    cv.animators.append(
        Fall(
            x + cv.rng.normal(0, u * 0.3, n),
            cv.rng.uniform(base - u * 6, base, n),
            cv.rng.normal(0, u * 0.15, n),
            -u * cv.rng.uniform(0.6, 1.4, n),
            cv.rng.uniform(150, 230, n),
            (x - u * 3, base - u * 7, x + u * 3, base - u * 0.8),
            sway=u * 0.3,
        )
    )
    cv.light = (x, base - u, (255, 170, 80))


def clock(cv: Canvas, slot: float) -> None:
    """A large pale clock face hanging in the sky, its hands at rest."""
    x, y = cv.at(0.5 + (slot - 0.5) * 0.5, 0.32)
    r = cv.unit * 1.8
    face = mix(cv.pal[-1], (240, 235, 220), 0.4)
    glow(cv, x, y, r * 3, face, 0.3)
    soft(cv, (x - r, y - r, x + r, y + r), face, ellipse(x, y, r, r), blur=1.0, alpha=0.55)
    ink = _silhouette(cv, 0.8)

    def marks(d, ox, oy):  # type: ignore[no-untyped-def]
        for k in range(12):
            a = k * math.pi / 6
            d.line(
                (
                    x + math.cos(a) * r * 0.8 - ox,
                    y + math.sin(a) * r * 0.8 - oy,
                    x + math.cos(a) * r * 0.92 - ox,
                    y + math.sin(a) * r * 0.92 - oy,
                ),
                255,
                2,
            )
        d.line((x - ox, y - oy, x + r * 0.45 - ox, y - r * 0.2 - oy), 255, 3)
        d.line((x - ox, y - oy, x - r * 0.1 - ox, y - r * 0.7 - oy), 255, 2)

    soft(cv, (x - r, y - r, x + r, y + r), ink, marks, blur=0.6, alpha=0.8)


def key(cv: Canvas, slot: float) -> None:
    """A golden key floating, glowing softly."""
    x, y = cv.at(0.5 + (slot - 0.5) * 0.5, 0.45)
    u = cv.unit * 1.1
    gold = hex_rgb("#c8a951")
    glow(cv, x, y, u * 4, gold, 0.35)

    def draw(d, ox, oy):  # type: ignore[no-untyped-def]
        d.ellipse((x - u * 1.6 - ox, y - u * 0.5 - oy, x - u * 0.6 - ox, y + u * 0.5 - oy), 255)
        d.ellipse((x - u * 1.3 - ox, y - u * 0.2 - oy, x - u * 0.9 - ox, y + u * 0.2 - oy), 0)
        d.rectangle((x - u * 0.65 - ox, y - u * 0.1 - oy, x + u * 1.4 - ox, y + u * 0.1 - oy), 255)
        d.rectangle((x + u * 0.9 - ox, y - oy, x + u * 1.05 - ox, y + u * 0.45 - oy), 255)
        d.rectangle((x + u * 1.2 - ox, y - oy, x + u * 1.35 - ox, y + u * 0.35 - oy), 255)

    soft(
        cv,
        (x - u * 1.7, y - u * 0.6, x + u * 1.5, y + u * 0.6),
        mix(gold, cv.glow_colour, 0.3),
        draw,
        blur=1.0,
        alpha=0.8,
    )


def mirror(cv: Canvas, slot: float) -> None:
    """A tall oval mirror standing in the land, holding a lighter sky than the one around it."""
    x, base = _ground_x(cv, slot), cv.horizon + cv.unit * 1.4
    rx, ry = cv.unit * 0.9, cv.unit * 1.6
    cy = base - ry
    soft(
        cv,
        (x - rx * 1.15, cy - ry * 1.12, x + rx * 1.15, base),
        _silhouette(cv, 0.9),
        ellipse(x, cy, rx * 1.12, ry * 1.08),
        blur=0.8,
    )
    soft(
        cv,
        (x - rx, cy - ry, x + rx, cy + ry),
        mix(cv.pal[-1], cv.pal[2], 0.4),
        ellipse(x, cy, rx, ry),
        blur=1.2,
    )
    soft(
        cv,
        (x - rx, cy - ry, x + rx, cy + ry),
        (255, 255, 255),
        polygon(
            [
                (x - rx * 0.5, cy - ry * 0.6),
                (x - rx * 0.2, cy - ry * 0.7),
                (x + rx * 0.3, cy + ry * 0.4),
                (x, cy + ry * 0.5),
            ]
        ),
        blur=rx * 0.15,
        alpha=0.3,
        mode="screen",
    )
    glow(cv, x, cy, rx * 3, cv.pal[-1], 0.2)
