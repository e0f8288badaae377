"""The shot list's fixed English words: camera moves, light, mood and sound by concept."""

from __future__ import annotations

from dreamjournal.visualize.models import CameraMove

CAMERA: dict[str, CameraMove] = {
    "fly": "crane up", "float": "drift", "fall": "tilt down", "sink": "tilt down",
    "run": "dolly forward", "flee": "dolly forward", "chase": "pan left", "climb": "tilt up",
    "swim": "drift", "walk": "dolly forward", "look": "slow push-in", "search": "pan right",
    "embrace": "orbit", "dance": "orbit", "stand": "slow push-in", "freeze": "static",
    "hide": "static", "drive": "dolly forward", "ride": "dolly forward", "talk": "static",
    "enter": "dolly forward", "open": "slow push-in", "transform": "orbit",
    "disappear": "pull back", "leave": "pull back", "arrive": "pan right", "wave": "static",
    "jump": "tilt up", "sing": "slow push-in", "write": "slow push-in", "read": "static",
    "cook": "static", "pack": "static", "knock": "slow push-in", "push": "dolly forward",
    "type": "static", "paint": "slow push-in", "pray": "static", "throw": "pan right",
    "clean": "static", "dig": "static", "iron": "static", "hang": "pan right", "queue": "pan right",
    "row": "dolly forward", "clap": "orbit", "feed": "slow push-in",
}  # fmt: skip
LIGHT = {
    "dark": "deep darkness with a faint cool edge light", "dim": "dim, soft light",
    "bright": "bright, clear light", "daylight": "natural daylight",
    "glowing": "a warm glow from within the scene",
}  # fmt: skip
PLACE_LIGHT = {
    "forest": "dappled light through the canopy", "jungle": "green, filtered light",
    "sea": "silver light on the water", "beach": "soft light off the sand and water",
    "lake": "light reflected off still water", "river": "light glinting on moving water",
    "sky": "open, airy light", "space": "starlight against black", "underwater": "shafts of "
    "light from the surface", "cave": "faint light from the entrance", "desert": "hard, "
    "warm light", "mountains": "clear high-altitude light", "corridor": "light pooling from "
    "doorways", "basement": "a single bare bulb", "attic": "dusty light through a small window",
    "kitchen": "warm lamplight", "bedroom": "soft lamplight", "city_street": "street lamps and "
    "shop windows", "church": "light through tall windows", "hospital": "flat fluorescent light",
    "school": "flat daylight through tall windows", "classroom": "flat daylight through tall "
    "windows", "party": "warm, coloured party lights", "stage": "a spotlight",
}  # fmt: skip
WEATHER_LIGHT = {
    "rain": "grey, rain-softened light",
    "storm": "dark storm light with flashes",
    "snow": "white, muffled snow light",
    "fog": "diffuse light through fog",
}
FEELING_MOOD = {
    "joy": "joyful and light", "love": "warm and tender", "relief": "relief", "calm": "calm",
    "awe": "awestruck", "wonder": "full of wonder", "excitement": "exhilarated",
    "fear": "fearful, tense", "anxiety": "anxious", "sadness": "sad and tender",
    "anger": "charged, angry", "confusion": "strange, disorienting", "shame": "exposed",
    "loneliness": "lonely", "longing": "longing", "surprise": "surprised",
    "helplessness": "helpless, stuck", "guilt": "heavy", "disgust": "uneasy",
}  # fmt: skip
TIME_LIGHT = {
    "night": "cool moonlight", "dusk": "low amber dusk light", "dawn": "pale dawn light",
    "day": "soft daylight",
}  # fmt: skip
WEATHER = {
    "rain": "rain falling", "snow": "snow falling softly", "storm": "storm clouds overhead",
    "fog": "fog drifting", "wind": "wind moving through everything", "clear": "a clear sky",
}  # fmt: skip
AMBIENCE = {
    "sea": "waves breaking and a steady sea wind", "beach": "gentle surf and gulls far off",
    "lake": "water lapping at the shore", "river": "a river flowing",
    "forest": "leaves rustling and distant birdsong", "jungle": "insects and dense foliage",
    "sky": "rushing air", "space": "a deep, soft hum", "underwater": "muffled underwater hush",
    "city_street": "a distant city hum", "road": "wind over an open road",
    "train": "the rhythm of train wheels", "car": "a low engine hum", "plane": "engine drone",
    "party": "muffled crowd murmur without words", "school": "an empty hallway echo",
    "church": "a large, echoing hush", "cave": "dripping water echoing",
    "mountains": "high mountain wind", "field": "wind through grass",
    "garden": "birdsong and rustling leaves", "park": "birdsong and rustling leaves",
}  # fmt: skip
WEATHER_SOUND = {
    "rain": "steady rain", "storm": "distant thunder", "wind": "gusting wind",
    "snow": "the muffled quiet of snow", "fog": "a damp hush",
}  # fmt: skip
MOOD = {
    "calm": "calm and quiet", "rising": "growing unease", "peak": "tense, breathless",
    "falling": "the tension easing", "resolution": "relief and warmth", "neutral": "quiet, curious",
}  # fmt: skip
CLASS_MOOD = {
    "happiness": "light and joyful", "confusion": "strange, disorienting",
    "sadness": "tender and sad", "anger": "charged and tense", "apprehension": "uneasy, watchful",
}  # fmt: skip
