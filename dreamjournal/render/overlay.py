"""Screen-space layers over the scene: captions from the script and the breathing pacer.

Both are drawn straight into the YUV planes, only inside their own boxes. Captions are
rendered once with the bundled DejaVu Sans (never a system font), wrapped inside safe
margins on a soft dark band; per frame only their opacity changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from dreamjournal.render.colour import RGB, mix, yuv_colour
from dreamjournal.render.timeline import Caption

FONT = Path(__file__).parent / "fonts" / "DejaVuSans.ttf"
TEXT_RGB: RGB = (246, 242, 232)
SAFE_X, SAFE_BOTTOM = 0.12, 0.085  # fraction of width / height kept clear
Planes = tuple[Image.Image, Image.Image, Image.Image]


_LUTS = [(np.arange(256) * (k / 64.0) + 0.5).astype(np.uint8).tolist() for k in range(65)]


def _scaled(mask: Image.Image, alpha: float) -> Image.Image:
    """The mask times alpha (in 1/64 steps: finer is invisible)."""
    k = round(min(1.0, max(0.0, alpha)) * 64)
    return mask if k == 64 else mask.point(_LUTS[k])


def _greedy(words: list[str], font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float, max_lines: int = 3) -> list[str]:
    """Word wrap within `width` pixels, lines balanced (no lone last word); at most max_lines."""
    words = text.split()
    lines = _greedy(words, font, width)
    if 1 < len(lines) <= max_lines:  # the narrowest width that still needs no more lines
        lo, hi = width / len(lines), width
        while hi - lo > 4:
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if len(_greedy(words, font, mid)) > len(lines) else (lo, mid)
        lines = _greedy(words, font, hi)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,.;:") + " …"
    return lines


@dataclass
class CaptionSprite:
    """One caption pre-rendered as masks at full and half (chroma) resolution."""

    caption: Caption
    pos: tuple[int, int]
    shade: Image.Image  # band + text shadow, full res
    text: Image.Image
    shade_half: Image.Image
    text_half: Image.Image

    @classmethod
    def make(cls, caption: Caption, size: tuple[int, int]) -> CaptionSprite:
        """Wrap, lay out and draw the caption for a frame of `size`."""
        w, h = size
        font = ImageFont.truetype(str(FONT), max(14, round(h * 0.046)))
        lines = wrap(caption.text, font, w * (1 - 2 * SAFE_X))
        ascent, descent = font.getmetrics()
        line_h = round((ascent + descent) * 1.22)
        text_w = max(font.getlength(line) for line in lines)
        pad_x, pad_y = round(line_h * 0.9), round(line_h * 0.45)
        bw, bh = int(text_w + 2 * pad_x), line_h * len(lines) + 2 * pad_y
        bw += bw % 2
        bh += bh % 2
        x = (w - bw) // 2 & ~1
        y = int(h * (1 - SAFE_BOTTOM)) - bh & ~1
        text = Image.new("L", (bw, bh), 0)
        draw = ImageDraw.Draw(text)
        for i, line in enumerate(lines):
            lx = (bw - font.getlength(line)) / 2
            draw.text((lx, pad_y + i * line_h), line, fill=255, font=font)
        band = Image.new("L", (bw, bh), 0)
        r = min(bh // 2, line_h)
        inset = max(2, line_h // 3)
        ImageDraw.Draw(band).rounded_rectangle((inset, inset, bw - inset, bh - inset), r, fill=150)
        band = band.filter(ImageFilter.GaussianBlur(inset * 0.8))
        shadow = text.filter(ImageFilter.GaussianBlur(max(1.5, h / 360)))
        shade = Image.fromarray(
            np.maximum(np.asarray(band), (np.asarray(shadow) * 0.8).astype(np.uint8))
        )
        half = (bw // 2, bh // 2)
        return cls(
            caption,
            (x, y),
            shade,
            text,
            shade.resize(half, Image.Resampling.BOX),
            text.resize(half, Image.Resampling.BOX),
        )

    def draw(self, planes: Planes, t: float, ink: tuple[int, int, int], dark: int) -> None:
        """Lay the caption into the planes at its opacity for time t."""
        a = self.caption.alpha(t)
        if a <= 0.0:
            return
        y_img, cb, cr = planes
        x, y = self.pos
        y_img.paste(dark, (x, y, x + self.text.width, y + self.text.height), _scaled(self.shade, a))
        y_img.paste(
            ink[0], (x, y, x + self.text.width, y + self.text.height), _scaled(self.text, a)
        )
        hx, hy = x // 2, y // 2
        hbox = (hx, hy, hx + self.text_half.width, hy + self.text_half.height)
        shade_h, text_h = _scaled(self.shade_half, a * 0.7), _scaled(self.text_half, a)
        for plane, value in ((cb, ink[1]), (cr, ink[2])):
            plane.paste(128, hbox, shade_h)
            plane.paste(value, hbox, text_h)


class Pacer:
    """A soft ring that grows as you breathe in and shrinks as you breathe out (top right)."""

    def __init__(self, size: tuple[int, int], colour: RGB) -> None:
        w, h = size
        self.r_min, self.r_max = h * 0.032, h * 0.068
        reach = self.r_max + h * 0.05
        cx, cy = w - w * 0.06 - reach, h * 0.07 + reach
        self.box = (int(cx - reach) & ~1, int(cy - reach) & ~1)
        side = int(2 * reach) & ~1
        self.side = side
        yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
        c = side / 2
        self.dist = np.hypot(xx - c, yy - c)
        self.dist_half = self.dist[::2, ::2] / 2.0
        self.h = h
        self.yuv = yuv_colour(mix(colour, (255, 255, 255), 0.35))

    def _mask(self, dist: NDArray[np.float32], r: float, k: float, alpha: float) -> Image.Image:
        h = self.h * k
        ring = np.exp(-(((dist - r) / (h * 0.0055)) ** 2))
        halo = 0.3 * np.exp(-(((dist - r) / (h * 0.03)) ** 2))
        fill = 0.12 * np.clip((r - dist) / (h * 0.01), 0.0, 1.0)
        m = np.clip(0.62 * ring + halo + fill, 0.0, 1.0) * (255.0 * alpha)
        return Image.fromarray(m.astype(np.uint8))

    def draw(self, planes: Planes, level: float, alpha: float) -> None:
        """Draw the ring at breathing level 0 (out) .. 1 (in) with the given opacity."""
        if alpha <= 0.0:
            return
        r = self.r_min + (self.r_max - self.r_min) * level
        y_img, cb, cr = planes
        x, y = self.box
        y_img.paste(
            self.yuv[0], (x, y, x + self.side, y + self.side), self._mask(self.dist, r, 1.0, alpha)
        )
        m = self._mask(self.dist_half, r / 2, 0.5, alpha)
        hbox = (x // 2, y // 2, x // 2 + m.width, y // 2 + m.height)
        cb.paste(self.yuv[1], hbox, m)
        cr.paste(self.yuv[2], hbox, m)


class Overlay:
    """Captions and pacer for one clip."""

    def __init__(self, captions: list[Caption], size: tuple[int, int], accent: RGB) -> None:
        self.sprites = [CaptionSprite.make(c, size) for c in captions]
        self.pacer = Pacer(size, accent)
        self.ink = yuv_colour(TEXT_RGB)
        self.dark = yuv_colour((6, 8, 16))[0]

    def draw(self, planes: Planes, t: float, breath: float, pacer_alpha: float) -> None:
        """Everything in screen space for time t."""
        self.pacer.draw(planes, breath, pacer_alpha)
        for sprite in self.sprites:
            sprite.draw(planes, t, self.ink, self.dark)
