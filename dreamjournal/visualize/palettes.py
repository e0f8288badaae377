"""Colours and looks: emotion tones and symbol colours the offline writer draws on."""

from __future__ import annotations

import colorsys

# Base palettes by emotional tone (valence sign x arousal), nocturnal and soft.
TONE_PALETTES: dict[str, list[str]] = {
    "calm": ["#1d2b4a", "#3e5c8a", "#9fb8d9", "#e8e3d3"],
    "joyful": ["#2a1f4d", "#6a4c93", "#f2b880", "#ffe8c2"],
    "uneasy": ["#141a26", "#2e3b52", "#5d6b82", "#b7a68a"],
    "afraid": ["#0d0f1a", "#2b1d33", "#5a2a3c", "#a8727a"],
    "sad": ["#151d2b", "#2f4058", "#61738c", "#c3ccd6"],
    "wonder": ["#10163a", "#2d3a8c", "#7b6fd0", "#f0d9ff"],
}

SYMBOL_COLOURS: dict[str, str] = {
    "moon": "#dfe4f2",
    "sun": "#f4c26b",
    "water": "#2f7391",
    "ocean": "#1f5c7a",
    "stairs": "#8c8174",
    "door": "#7a5238",
    "forest": "#2e5a3c",
    "fire": "#e0673a",
    "sky": "#6fa3d8",
    "city": "#c9a96e",
    "house": "#a0785a",
    "bird": "#c9d6df",
    "snake": "#4f7a3a",
    "mountain": "#6d7b8d",
    "road": "#8a8578",
    "light": "#fff1c1",
    "mirror": "#b8c4d0",
    "teeth": "#efeadf",
    "car": "#9b3d3d",
    "flower": "#d98bb0",
    "star": "#f6f1d1",
    "rain": "#7d95ad",
    "snow": "#f2f5f8",
    "bridge": "#9a8c7a",
    "key": "#c8a951",
    "window": "#d9c58f",
    "dog": "#a67c52",
    "cat": "#5b5560",
    "spider": "#3a3340",
    "tree": "#3f6b45",
    "river": "#3b7f95",
    "storm": "#4a5366",
    "clock": "#c2b280",
    "train": "#6b5b4e",
    "blood": "#8a1c2b",
    "horse": "#8b5e3c",
    "wolf": "#7d8590",
    "darkness": "#0b0d14",
}

# The look only: each shot names its own camera move, so the style line names none.
STYLES: dict[str, str] = {
    "calm": "soft painterly realism, gentle film grain, 35mm lens, quiet and spacious",
    "joyful": "warm dreamlike watercolor light, airy, shallow depth of field",
    "uneasy": "muted cinematic realism, low contrast haze, 35mm lens",
    "afraid": "moody chiaroscuro, deep shadows softened by mist, no gore",
    "sad": "overcast pastel tones, soft focus, tender and still",
    "wonder": "luminous surreal realism, glowing particles, wide lens",
}

# A texture each symbol lends the whole look (the style line), so two calm dreams still differ.
STYLE_ACCENTS: dict[str, str] = {
    "ocean": "salt haze over the water",
    "water": "rippling reflections",
    "city": "glass and neon reflections",
    "snow": "hushed, muffled winter air",
    "forest": "dappled light through leaves",
    "fire": "ember glow and drifting sparks",
    "moon": "silver night tones",
    "sky": "vast open skies",
    "house": "lived-in interiors, warm wood",
    "stairs": "long receding lines",
    "mountain": "thin high-altitude air",
    "rain": "rain-streaked glass",
    "storm": "rolling cloud banks",
    "train": "rhythmic motion blur",
    "mirror": "doubled reflections",
    "teeth": "clinical white surfaces",
    "road": "long empty roads",
    "bird": "feathers drifting in the air",
    "snake": "sinuous shapes in tall grass",
    "star": "star-filled darkness",
    "flower": "petals and soft bloom",
    "river": "slow current",
    "bridge": "arches over dark water",
    "darkness": "velvet blacks",
    "light": "glowing haze",
    "door": "thresholds and half-open doors",
}

LIGHT_BY_SYMBOL: dict[str, str] = {
    "moon": "cool moonlight",
    "sun": "low golden sunlight",
    "fire": "flickering firelight",
    "light": "a soft glow from within the scene",
    "star": "starlight",
    "storm": "storm light",
    "darkness": "deep blue dusk",
    "city": "sodium street lamps",
    "window": "lamplight at a window",
}

TONE_LIGHT: dict[str, str] = {
    "calm": "soft diffuse light",
    "joyful": "warm morning light",
    "uneasy": "dim grey light",
    "afraid": "low light with soft edges",
    "sad": "pale overcast light",
    "wonder": "iridescent twilight",
}


def tone(valence: float, arousal: float, emotion_names: list[str]) -> str:
    """One of TONE_PALETTES' keys from the dream's affect."""
    if emotion_names and emotion_names[0] in {"awe", "wonder", "surprise"}:
        return "wonder"
    if valence >= 0.25:
        return "joyful" if arousal >= 0.45 else "calm"
    if valence <= -0.25:
        if arousal >= 0.55:
            return "afraid"
        return "sad" if arousal < 0.4 else "uneasy"
    return "uneasy" if arousal >= 0.55 else "calm"


def palette(tone_name: str, symbols: list[str], named: tuple[str, ...] = ()) -> list[str]:
    """3-5 colours: the tone's darkest two, then up to two colours the dream names ("purple
    fields"), then its symbols' colours, then the tone's."""
    base = TONE_PALETTES[tone_name]
    out = base[:2]
    for said in named:
        if said not in out and len(out) < 4:
            out.append(said)
    for name in symbols:
        colour = SYMBOL_COLOURS.get(name)
        if colour and colour not in out and len(out) < 4:
            out.append(colour)
    for colour in base[2:]:
        if len(out) >= 5:
            break
        if colour not in out:
            out.append(colour)
    return out[:5]


_HUES = (
    (15, "red"), (40, "orange"), (55, "amber"), (70, "gold"), (95, "olive"), (150, "green"),
    (185, "teal"), (200, "cyan"), (225, "blue"), (250, "indigo"), (275, "violet"),
    (300, "purple"), (330, "magenta"), (350, "rose"), (360, "red"),
)  # fmt: skip


def colour_name(hex_colour: str) -> str:
    """A colour in words ("deep indigo", "pale silver grey") for a #rrggbb value."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if light < 0.08:
        return "near-black"
    if light > 0.93:
        return "off-white"
    shade = (
        "deep" if light < 0.22 else "dark" if light < 0.38 else "muted" if light < 0.55
        else "soft" if light < 0.75 else "pale"
    )  # fmt: skip
    if sat < 0.12:
        return f"{shade} grey"
    name = next(n for limit, n in _HUES if hue * 360 <= limit)
    if name in {"orange", "amber", "gold"} and light < 0.45:
        name = "brown"
    if name in {"orange", "amber", "gold"} and sat < 0.35:
        name = "sand" if light > 0.5 else "brown"
    return f"{shade} {name}"


def colour_words(colours: list[str]) -> str:
    """A palette in words: "deep indigo, muted blue and pale gold" (no hex codes)."""
    names = list(dict.fromkeys(colour_name(c) for c in colours if len(c) == 7))
    if not names:
        return "soft natural colours"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
