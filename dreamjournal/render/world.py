"""The world of one shot: its size and layers, and the look (sky, light, weather, time of day).

A shot is drawn as three parallax layers (far, mid, near), each a little larger than the view so
the camera can move; figures stand on the near layer's ground. `Look` turns the scene plan's
setting (time of day, light, weather) and the prompt's palette (the mood) into colours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dreamjournal.render.colour import RGB, luma, mix, scale

MARGIN = 1.3  # a layer is this much larger than the view, for camera moves
PARALLAX_OUT = (0.3, 0.65, 1.0)  # far, mid, near: outdoors the sky barely moves
PARALLAX_IN = (0.8, 0.9, 1.0)  # a room moves almost as one

_SKY: dict[str, tuple[RGB, RGB]] = {
    "day": ((62, 118, 196), (176, 208, 236)),
    "dawn": ((58, 66, 128), (246, 178, 140)),
    "dusk": ((38, 36, 88), (236, 134, 98)),
    "night": ((6, 10, 30), (34, 44, 92)),
}
MOOD_SHARE = 0.35  # how much of the prompt's palette (the mood) tints the setting's own colours


@dataclass(frozen=True)
class Look:
    """Colours and conditions of one shot."""

    sky_top: RGB
    sky_low: RGB
    ground: RGB
    wall: RGB
    accent: RGB  # the palette's brightest: glows, windows, the dreamer's light
    night: bool
    brightness: float  # 0.25 (dark) .. 1.1 (bright): silhouettes and rooms scale by it
    weather: str
    time_of_day: str
    glowing: bool

    @classmethod
    def make(cls, palette: list[RGB], time_of_day: str, light: str, weather: str) -> Look:
        """A look from the setting and the palette (darkest colour first)."""
        dark_pal = luma(palette[0]) < 60 and luma(palette[-1]) < 170
        tod = time_of_day
        if tod == "unknown":
            tod = "night" if light == "dark" or (light == "unknown" and dark_pal) else "day"
            if light == "dim":
                tod = "dusk"
        top, low = _SKY[tod]
        bright = {"bright": 1.1, "daylight": 1.0, "dim": 0.62, "dark": 0.38, "glowing": 0.8}.get(
            light, 1.0
        )
        if tod == "night":
            bright = min(bright, 0.5)
        if weather in {"rain", "storm", "fog", "snow"}:
            grey = (120, 126, 138) if tod != "night" else (30, 34, 46)
            top, low = mix(top, grey, 0.6), mix(low, grey, 0.5)
            bright *= 0.85
        top = mix(top, palette[0], MOOD_SHARE)
        low = mix(low, palette[len(palette) // 2], MOOD_SHARE)
        ground = scale(mix((70, 96, 70), palette[1], 0.45), bright * 0.9)
        wall = scale(mix((196, 184, 164), palette[-2], 0.4), min(1.0, bright + 0.1))
        return cls(
            sky_top=top,
            sky_low=low,
            ground=ground,
            wall=wall,
            accent=palette[-1],
            night=tod == "night",
            brightness=bright,
            weather=weather,
            time_of_day=tod,
            glowing=light == "glowing",
        )

    def shade(self, c: RGB, depth: float = 1.0) -> RGB:
        """A scenery colour at this light; `depth` < 1 fades it into the sky (aerial haze)."""
        lit = scale(c, self.brightness)
        return mix(self.sky_low, lit, depth)


@dataclass
class World:
    """Geometry of one shot: layer size, where the view sits in it, horizon and ground."""

    w: int
    h: int
    vw: int
    vh: int
    horizon: float  # world y
    ground: float  # world y where feet stand (near layer)
    look: Look
    rng: np.random.Generator
    indoor: bool
    scale: float = 1.0  # figure size from the shot's framing
    water: float | None = None  # world y of a water surface (swim, sink, float)
    # Someone in the scene swims or sinks: a sea or lake is open water to the bottom of the
    # frame (no shore in front), so they are in it, not on the sand.
    open_water: bool = False
    drained: bool = False  # "im leeren Becken", "the pool was empty": a pool with no water
    submerged: bool = False  # the view is under water: swimmers are in it, drawn in full
    skyline: float | None = None  # world y of the highest far scenery (peaks): a low sun is above
    anchors: dict[str, tuple[float, float]] = field(default_factory=dict)
    # Colours the dream gives its things ("a blue door": {"door": blue}; colour_words.py).
    tints: dict[str, RGB] = field(default_factory=dict)
    # A room's window onto the outside (left, top, right, bottom): the weather shows in it.
    window: tuple[float, float, float, float] | None = None
    window_cover: Any = None  # a skia.Image: what lies over the window's sky (props.py)

    def tint(self, concept: str, default: RGB) -> RGB:
        """A thing's colour: the one the dream says, else its own."""
        return self.tints.get(concept, default)

    @classmethod
    def make(
        cls,
        view: tuple[int, int],
        look: Look,
        seed: int,
        indoor: bool,
        horizon_f: float = 0.6,
        scale: float = 1.0,
    ) -> World:
        """A world for a view of `view` pixels."""
        vw, vh = view
        w, h = int(vw * MARGIN) // 2 * 2, int(vh * MARGIN) // 2 * 2
        top = (h - vh) / 2
        return cls(
            w=w,
            h=h,
            vw=vw,
            vh=vh,
            horizon=top + horizon_f * vh,
            ground=top + 0.77 * vh,  # feet above the captions band (0.8-0.92)
            look=look,
            rng=np.random.default_rng(seed),
            indoor=indoor,
            scale=scale,
        )

    def x(self, f: float) -> float:
        """World x of a fraction of the view's width (0 left edge .. 1 right edge)."""
        return (self.w - self.vw) / 2 + f * self.vw

    def y(self, f: float) -> float:
        """World y of a fraction of the view's height."""
        return (self.h - self.vh) / 2 + f * self.vh

    @property
    def unit(self) -> float:
        """A tenth of the view's height."""
        return self.vh * 0.1

    @property
    def parallax(self) -> tuple[float, float, float]:
        """How far each layer follows the camera."""
        return PARALLAX_IN if self.indoor else PARALLAX_OUT
