"""Motifs of the sky and the air: moon, sun, stars, clouds, storm, rain, snow, light, birds."""

from __future__ import annotations

import math

import numpy as np

from dreamjournal.render.canvas import (
    Canvas,
    Fall,
    Flock,
    add_twinkles,
    ellipse,
    glow,
    lines,
    polygon,
    soft,
    y_value,
)
from dreamjournal.render.colour import RGB, hex_rgb, mix, scale

MOON, SUN, STAR = hex_rgb("#dfe4f2"), hex_rgb("#f4c26b"), hex_rgb("#f6f1d1")


def moon(cv: Canvas, slot: float) -> None:
    """A full moon with a wide halo and faint maria; it lights the water."""
    x, y = cv.at(0.74 - 0.48 * (slot > 0.6), 0.2)
    r = cv.unit * 0.75
    glow(cv, x, y, r * 9, mix(MOON, cv.glow_colour, 0.5), 0.42)
    glow(cv, x, y, r * 3.5, MOON, 0.7)
    soft(cv, (x - r, y - r, x + r, y + r), MOON, ellipse(x, y, r, r), blur=0.8)
    for _ in range(4):  # maria: soft grey patches
        mx, my = x + cv.rng.uniform(-0.5, 0.4) * r, y + cv.rng.uniform(-0.5, 0.4) * r
        mr = r * cv.rng.uniform(0.15, 0.32)
        soft(
            cv,
            (mx - mr, my - mr, mx + mr, my + mr),
            scale(MOON, 0.78),
            ellipse(mx, my, mr, mr),
            blur=mr * 0.6,
            alpha=0.18,
        )
    cv.light = (x, y, MOON)


def sun(cv: Canvas, slot: float) -> None:
    """A low sun near the horizon, veiled, with a long warm glow."""
    x, _ = cv.at(0.3 + 0.4 * slot, 0.0)
    y = cv.horizon - cv.unit * 0.9
    r = cv.unit * 0.9
    glow(cv, x, y, cv.vis_w * 0.9, mix(SUN, cv.glow_colour, 0.3), 0.35)
    glow(cv, x, y, r * 4, SUN, 0.55)
    soft(
        cv,
        (x - r, y - r, x + r, y + r),
        mix(SUN, (255, 240, 210), 0.5),
        ellipse(x, y, r, r),
        blur=2.5,
    )
    cv.light = (x, y, SUN)


def stars(cv: Canvas, dense: bool = True) -> None:
    """A star field above the horizon; bright ones sparkle, all twinkle."""
    w, _ = cv.size
    n = int((w * cv.horizon) / (900 if dense else 3500))
    xs = cv.rng.uniform(0, w, n)
    ys = cv.rng.uniform(0, cv.horizon * 0.92, n) ** 1.0
    fade = np.clip(1.0 - ys / cv.horizon, 0.15, 1.0)  # fewer stars near the hazy horizon
    base = (60 + 175 * cv.rng.random(n) ** 3) * fade + 16
    add_twinkles(cv, xs, ys, base, 0.5)
    if dense:
        for _ in range(5):  # a few bright ones with a soft cross
            sx, sy = cv.rng.uniform(0, w), cv.rng.uniform(0, cv.horizon * 0.6)
            arm = cv.unit * 0.35
            glow(cv, sx, sy, arm * 1.6, STAR, 0.5)
            soft(
                cv,
                (sx - arm, sy - arm, sx + arm, sy + arm),
                STAR,
                lines([(sx - arm, sy, sx + arm, sy), (sx, sy - arm, sx, sy + arm)], 1, 160),
                blur=0.6,
                alpha=0.8,
                mode="screen",
            )


def clouds(cv: Canvas, dark: bool = False) -> None:
    """Soft banks of cloud, lit from below by the horizon glow (dark and heavy for a storm)."""
    w, _ = cv.size
    base = scale(cv.pal[0], 0.6) if dark else mix(cv.pal[1], cv.pal[-1], 0.45)
    for i in range(9 if dark else 6):
        cx = cv.rng.uniform(0, w)
        cy = cv.rng.uniform(0.1, 0.75) * cv.horizon
        rx, ry = cv.unit * cv.rng.uniform(2.5, 5.5), cv.unit * cv.rng.uniform(0.4, 0.9)
        colour = mix(base, cv.pal[-1], 0.15 * (i % 3)) if not dark else base
        soft(
            cv,
            (cx - rx, cy - ry, cx + rx, cy + ry),
            colour,
            ellipse(cx, cy, rx, ry),
            blur=ry * 0.9,
            alpha=0.55 if dark else 0.3,
        )


def storm(cv: Canvas, slot: float) -> None:
    """Low heavy clouds and rain, seen from shelter: dim, not violent."""
    clouds(cv, dark=True)
    rain(cv, slot)


def rain(cv: Canvas, slot: float) -> None:
    """Thin slanting streaks falling through the whole view."""
    w, h = cv.size
    n = int(w * h / 2500)
    speed = cv.vis_h * cv.rng.uniform(1.1, 1.6, n)
    value = np.full(n, y_value(mix(cv.pal[-1], (200, 210, 225), 0.5)) * 0.75)
    cv.animators.append(
        Fall(
            cv.rng.uniform(0, w, n),
            cv.rng.uniform(0, h, n),
            speed * 0.12,
            speed,
            value,
            (0, 0, w, h),
            trail=4,
        )
    )


def snow(cv: Canvas, slot: float) -> None:
    """Slow flakes swaying down; the ground goes pale."""
    w, h = cv.size
    soft(
        cv,
        (0, cv.horizon, w, h),
        (225, 232, 240),
        polygon([(0, cv.horizon), (w, cv.horizon), (w, h), (0, h)]),
        blur=6,
        alpha=0.25,
    )
    n = int(w * h / 1800)
    size = cv.rng.random(n)
    cv.animators.append(
        Fall(
            cv.rng.uniform(0, w, n),
            cv.rng.uniform(0, h, n),
            cv.rng.uniform(-4, 4, n),
            cv.vis_h * (0.05 + 0.08 * size),
            140 + 90 * size,
            (0, 0, w, h),
            sway=cv.unit * 0.25,
        )
    )


def light(cv: Canvas, slot: float) -> None:
    """Soft beams from above and motes of light drifting up through them."""
    x, _ = cv.at(0.35 + 0.3 * slot, -0.35)
    top = cv.at(0, -0.35)[1]
    for i in range(5):
        spread = cv.unit * (0.8 + 0.5 * i)
        angle = (i - 2) * 0.22
        bx = x + math.sin(angle) * cv.vis_h * 1.3
        pts = [
            (x - spread * 0.2, top),
            (x + spread * 0.2, top),
            (bx + spread, cv.horizon + cv.unit),
            (bx - spread, cv.horizon + cv.unit),
        ]
        soft(
            cv,
            (min(p[0] for p in pts), top, max(p[0] for p in pts), cv.horizon + cv.unit),
            cv.glow_colour,
            polygon(pts),
            blur=cv.unit * 0.8,
            alpha=0.16,
            mode="screen",
        )
    motes(cv, slot)
    if cv.light is None:
        cv.light = (x, cv.horizon * 0.3, cv.glow_colour)


def motes(cv: Canvas, slot: float, colour: RGB | None = None, n: int = 70) -> None:
    """Fireflies / motes: small lights rising slowly and swaying."""
    w, h = cv.size
    c = colour or cv.glow_colour
    value = np.full(n, float(max(170, y_value(mix(c, (255, 255, 255), 0.5)))))
    cv.animators.append(
        Fall(
            cv.rng.uniform(0, w, n),
            cv.rng.uniform(cv.horizon * 0.5, h, n),
            cv.rng.uniform(-3, 3, n),
            -cv.vis_h * cv.rng.uniform(0.02, 0.06, n),
            value * cv.rng.uniform(0.75, 1.0, n),
            (0, cv.horizon * 0.4, w, h),
            sway=cv.unit * 0.4,
        )
    )


def bird(cv: Canvas, slot: float) -> None:
    """A few birds gliding slowly across the upper sky."""
    w, _ = cv.size
    n = 5
    bright = y_value(cv.pal[0]) < 60
    value = (
        y_value(mix(cv.pal[-1], (255, 255, 255), 0.3)) if bright else y_value(scale(cv.pal[0], 0.5))
    )
    cv.animators.append(
        Flock(
            cv.rng.uniform(0, w, n),
            cv.rng.uniform(0.2, 0.55, n) * cv.horizon,
            cv.vis_w * cv.rng.uniform(0.04, 0.07, n),
            cv.unit * cv.rng.uniform(0.18, 0.3, n),
            w,
            value,
            not bright,
        )
    )


def darkness(cv: Canvas, slot: float) -> None:
    """Deep velvet dark, and one small warm lantern in it: dark, never hopeless."""
    w, h = cv.size
    soft(cv, (0, 0, w, h), (3, 4, 10), lambda d, ox, oy: d.rectangle((0, 0, w, h), 255), alpha=0.45)
    x, y = cv.at(0.5, 0.62)
    glow(cv, x, y, cv.unit * 2.5, (255, 196, 120), 0.55)
    glow(cv, x, y, cv.unit * 0.5, (255, 226, 170), 0.9)
    cv.light = (x, y, (255, 196, 120))


def orbs(cv: Canvas, slot: float, colour: RGB | None = None) -> None:
    """The fallback motif: a few large soft orbs of colour and motes drifting."""
    w, _ = cv.size
    c = colour or cv.glow_colour
    for _ in range(4):
        x, y = cv.at(cv.rng.uniform(0.1, 0.9), cv.rng.uniform(0.25, 0.85))
        glow(cv, x, y, cv.unit * cv.rng.uniform(1.0, 2.4), mix(c, cv.glow_colour, 0.4), 0.35)
    motes(cv, slot, mix(c, (255, 255, 255), 0.4), n=40)
