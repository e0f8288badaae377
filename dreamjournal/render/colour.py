"""Colours: palette parsing and ordering, and BT.709 limited-range RGB <-> YUV 4:2:0.

Frames are produced in the encoder's own pixel format (planar yuv420p) so that neither we nor
ffmpeg convert every frame: scenes are drawn in RGB once per shot and converted here once.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

RGB = tuple[int, int, int]
KR, KB = 0.2126, 0.0722  # BT.709
KG = 1.0 - KR - KB


def hex_rgb(colour: str) -> RGB:
    """'#1d2b4a' -> (29, 43, 74)."""
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def luma(rgb: RGB) -> float:
    """Relative luma 0..255."""
    return KR * rgb[0] + KG * rgb[1] + KB * rgb[2]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Linear mix of two colours, t=0 -> a, t=1 -> b."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def scale(c: RGB, k: float) -> RGB:
    """A colour times k, clipped."""
    return (min(255, round(c[0] * k)), min(255, round(c[1] * k)), min(255, round(c[2] * k)))


def ordered_palette(palette: list[str]) -> list[RGB]:
    """Palette colours darkest first."""
    return sorted((hex_rgb(c) for c in palette), key=luma)


def rgb_to_yuv420(rgb: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], ...]:
    """(Y, Cb, Cr) uint8 planes, limited range; chroma at half size (dims rounded up)."""
    f = rgb.astype(np.float32) * (1.0 / 255.0)
    h, w = f.shape[:2]
    if h % 2 or w % 2:  # pad to even so chroma averages 2x2 blocks cleanly
        f = np.pad(f, ((0, h % 2), (0, w % 2), (0, 0)), mode="edge")
    y = KR * f[..., 0] + KG * f[..., 1] + KB * f[..., 2]
    # Chroma from 2x2-averaged RGB (what a 4:2:0 encoder would keep).
    q = 0.25 * (f[0::2, 0::2] + f[1::2, 0::2] + f[0::2, 1::2] + f[1::2, 1::2])
    yq = KR * q[..., 0] + KG * q[..., 1] + KB * q[..., 2]
    cb = (q[..., 2] - yq) / (2.0 * (1.0 - KB))
    cr = (q[..., 0] - yq) / (2.0 * (1.0 - KR))
    y_plane = (16.0 + 219.0 * y[:h, :w] + 0.5).astype(np.uint8)
    cb_plane = np.clip(128.0 + 224.0 * cb + 0.5, 16, 240).astype(np.uint8)
    cr_plane = np.clip(128.0 + 224.0 * cr + 0.5, 16, 240).astype(np.uint8)
    return y_plane, cb_plane, cr_plane


def yuv_colour(rgb: RGB) -> tuple[int, int, int]:
    """One colour as limited-range (Y, Cb, Cr)."""
    r, g, b = (v / 255.0 for v in rgb)
    y = KR * r + KG * g + KB * b
    cb = (b - y) / (2.0 * (1.0 - KB))
    cr = (r - y) / (2.0 * (1.0 - KR))
    return round(16 + 219 * y), round(128 + 224 * cb), round(128 + 224 * cr)


def yuv420_to_rgb(
    y: NDArray[np.uint8], cb: NDArray[np.uint8], cr: NDArray[np.uint8]
) -> NDArray[np.uint8]:
    """An RGB image from limited-range 4:2:0 planes (for poster frames)."""
    h, w = y.shape
    up_b = np.repeat(np.repeat(cb, 2, axis=0), 2, axis=1)[:h, :w].astype(np.float32)
    up_r = np.repeat(np.repeat(cr, 2, axis=0), 2, axis=1)[:h, :w].astype(np.float32)
    yy = (y.astype(np.float32) - 16.0) / 219.0
    pb = (up_b - 128.0) / 224.0
    pr = (up_r - 128.0) / 224.0
    r = yy + 2.0 * (1.0 - KR) * pr
    b = yy + 2.0 * (1.0 - KB) * pb
    g = (yy - KR * r - KB * b) / KG
    out = np.stack([r, g, b], axis=-1) * 255.0 + 0.5
    return np.clip(out, 0, 255).astype(np.uint8)
