"""Screen-space layers over the scene: captions and the breathing pacer, drawn with skia.

Captions are laid out once with the bundled DejaVu Sans (never a system font), wrapped inside
safe margins on a soft dark band, and kept as one image each; per frame only their opacity
changes. The pacer is a soft ring that grows as you breathe in and shrinks as you breathe out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import skia
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from dreamjournal.render.colour import RGB, mix
from dreamjournal.render.draw import fill, glow, stroke
from dreamjournal.render.timeline import Caption

FONT = Path(__file__).parent / "fonts" / "DejaVuSans.ttf"
TEXT_RGB: RGB = (246, 242, 232)
SAFE_X, SAFE_BOTTOM = 0.12, 0.085  # fraction of width / height kept clear


def _greedy(words: list[str], font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fitting_words(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """The words of `text`, a word wider than `width` (a long German compound) split with a
    hyphen into parts that fit."""
    words: list[str] = []
    for word in text.split():
        while font.getlength(word) > width and len(word) > 2:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut] + "-") > width:
                cut -= 1
            words.append(word[:cut] + "-")
            word = word[cut:]
        words.append(word)
    return words


def caption_font(text: str, size: tuple[int, int]) -> ImageFont.FreeTypeFont:
    """The caption type for a frame of `size`: smaller (down to 75 %) when a word of `text` is
    wider than the caption's width, so long words are rarely split."""
    w, h = size
    px = max(14, round(h * 0.046))
    font = ImageFont.truetype(str(FONT), px)
    widest = max((font.getlength(word) for word in text.split()), default=0.0)
    width = w * (1 - 2 * SAFE_X)
    if widest > width:
        font = ImageFont.truetype(str(FONT), max(10, int(px * max(0.75, width / widest))))
    return font


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float, max_lines: int = 3) -> list[str]:
    """Word wrap within `width` pixels, lines balanced (no lone last word); at most max_lines.

    No line is wider than `width`: a word too long for a line is split with a hyphen."""
    words = _fitting_words(text, font, width)
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
    """One caption pre-rendered as an image (band, shadow, text) and where it goes."""

    caption: Caption
    pos: tuple[int, int]
    image: skia.Image

    @classmethod
    def make(cls, caption: Caption, size: tuple[int, int]) -> CaptionSprite:
        """Wrap, lay out and draw the caption for a frame of `size`."""
        w, h = size
        font = caption_font(caption.text, size)
        lines = wrap(caption.text, font, w * (1 - 2 * SAFE_X))
        ascent, descent = font.getmetrics()
        line_h = round((ascent + descent) * 1.22)
        text_w = max(font.getlength(line) for line in lines)
        pad_x, pad_y = round(line_h * 0.9), round(line_h * 0.45)
        bw, bh = int(text_w + 2 * pad_x), line_h * len(lines) + 2 * pad_y
        text = Image.new("L", (bw, bh), 0)
        draw = ImageDraw.Draw(text)
        for i, line in enumerate(lines):
            draw.text(
                ((bw - font.getlength(line)) / 2, pad_y + i * line_h), line, fill=255, font=font
            )
        band = Image.new("L", (bw, bh), 0)
        inset = max(2, line_h // 3)
        r = min(bh // 2, line_h)
        ImageDraw.Draw(band).rounded_rectangle((inset, inset, bw - inset, bh - inset), r, fill=150)
        band = band.filter(ImageFilter.GaussianBlur(inset * 0.8))
        shadow = text.filter(ImageFilter.GaussianBlur(max(1.5, h / 360)))
        dark = np.maximum(np.asarray(band), (np.asarray(shadow) * 0.8).astype(np.uint8))
        ink = np.asarray(text).astype(np.float32) / 255.0
        alpha = np.maximum(dark.astype(np.float32) / 255.0, ink)
        rgba = np.zeros((bh, bw, 4), np.uint8)  # premultiplied BGRA: text light, band dark
        for ch, v in zip((0, 1, 2), (TEXT_RGB[2], TEXT_RGB[1], TEXT_RGB[0]), strict=True):
            rgba[..., ch] = np.clip(ink * v + (alpha - ink) * 8, 0, 255).astype(np.uint8)
        rgba[..., 3] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
        image = skia.Image.fromarray(
            rgba, colorType=skia.kBGRA_8888_ColorType, alphaType=skia.kPremul_AlphaType
        )
        return cls(caption, ((w - bw) // 2, int(h * (1 - SAFE_BOTTOM)) - bh), image)

    def draw(self, c: skia.Canvas, t: float) -> None:
        """Draw the caption at its opacity for time t."""
        a = self.caption.alpha(t)
        if a <= 0.0:
            return
        paint = skia.Paint(Alphaf=a)
        c.drawImage(self.image, self.pos[0], self.pos[1], skia.SamplingOptions(), paint)


class Pacer:
    """A soft ring that grows as you breathe in and shrinks as you breathe out (top right)."""

    def __init__(self, size: tuple[int, int], colour: RGB) -> None:
        w, h = size
        self.r_min, self.r_max = h * 0.032, h * 0.068
        reach = self.r_max + h * 0.05
        self.centre = (w - w * 0.06 - reach, h * 0.07 + reach)
        self.h = h
        self.colour = mix(colour, (255, 255, 255), 0.35)

    def draw(self, c: skia.Canvas, level: float, alpha: float) -> None:
        """The ring at breathing level 0 (out) .. 1 (in) with the given opacity."""
        if alpha <= 0.0:
            return
        r = self.r_min + (self.r_max - self.r_min) * level
        x, y = self.centre
        glow(c, x, y, r * 1.5, self.colour, 0.25 * alpha)
        c.drawCircle(x, y, r, fill(self.colour, 0.12 * alpha))
        c.drawCircle(x, y, r, stroke(self.colour, self.h * 0.008, 0.7 * alpha))


class Overlay:
    """Captions and pacer for one clip."""

    def __init__(self, captions: list[Caption], size: tuple[int, int], accent: RGB) -> None:
        self.sprites = [CaptionSprite.make(c, size) for c in captions]
        self.pacer = Pacer(size, accent)

    def draw(self, c: skia.Canvas, t: float, breath: float, pacer_alpha: float) -> None:
        """Everything in screen space for time t."""
        self.pacer.draw(c, breath, pacer_alpha)
        for sprite in self.sprites:
            sprite.draw(c, t)
