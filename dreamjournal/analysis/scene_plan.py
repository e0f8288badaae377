"""The scene plan: a dream as ordered scenes for prompt writers, script writers and renderers.

`plan_scenes(text)` (in `planner.py`) builds it deterministically, offline, in English and German.
Everything a consumer draws or says is an English *concept* from a fixed vocabulary (place kinds,
actions, symbols, characters), so a German dream gives English shots; the dreamer's own words ride
along in `words` / `text` for quoting in a note or for a script in the dream's language.

    ScenePlan
      language, scenes[], cast[], lines[], arc[], ending, distressing
    Scene                       one continuous place and stretch of time
      setting: Setting          place kind (fixed vocabulary), indoor, light, weather, time of day,
                                adjectives, the vehicle the dreamer is in there (a boat on a lake)
      dreamer: Dreamer          present?, action, posture (when said), emotions (Hall-Van de Castle)
      characters: [Character]   role ("my sister", "a man in a parka"), concept, kind, action,
                                posture (when said: sit / lie / kneel / stand), gender (when
                                said: "die Lehrerin", "my boss, a tall woman", "she")
      objects: [Thing]          symbols (renderer keys) and other things named, with adjectives
      action, action_span       the scene's main visible action (a fixed verb) and where it was said
      beats: [Beat]             every line of the scene in order, events and marked lines alike
      arc: ArcPoint             valence, arousal, label (calm / rising / peak / resolution / ...)

Lines that are meta ("this was long, I'm forgetting half"), waking ("then my alarm went off") or
negated ("I wasn't scared", "we didn't go in") are kept as beats with `kind` set, and never give an
action, a character's action or a dreamer emotion. Spans are character offsets into the normalised
text (`dreamjournal.analysis.text.normalize(text)`), which equals the input for ordinary text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dreamjournal.analysis.models import HvdcClass, Language

# Kinds of place a renderer has a backdrop for. "unknown" means the dream never said where.
PlaceKind = Literal[
    "room", "bedroom", "bathroom", "kitchen", "living_room", "corridor", "stairwell", "attic",
    "basement", "house", "childhood_home", "school", "classroom", "office", "shop", "restaurant",
    "hospital", "church", "library", "museum", "hotel", "prison", "elevator", "theatre",
    "car_park", "car", "bus", "train", "station", "airport", "plane", "ship", "city_street",
    "road", "bridge", "village", "park", "garden", "playground", "field", "forest", "jungle",
    "mountains", "cave", "desert", "beach", "sea", "lake", "river", "underwater", "sky",
    "space", "castle", "party", "stage", "sports_ground", "swimming_pool", "cemetery", "unknown",
]  # fmt: skip

# Actions a renderer can animate; every event is reduced to one of these.
Action = Literal[
    "stand", "walk", "run", "flee", "chase", "fly", "float", "fall", "sink", "swim", "climb",
    "sit", "lie", "sleep", "hide", "search", "look", "talk", "shout", "cry", "laugh", "embrace",
    "kiss", "fight", "attack", "drive", "ride", "dance", "eat", "play", "open", "enter", "leave",
    "hold", "give", "wait", "freeze", "shake", "transform", "arrive", "disappear", "burn", "wave",
    "jump", "sing", "write", "read", "cook", "pack", "knock", "push", "type", "paint", "pray",
    "throw", "clean", "dig", "iron", "hang", "queue", "row", "clap", "feed",
]  # fmt: skip

Light = Literal["bright", "daylight", "dim", "dark", "glowing", "unknown"]
Weather = Literal["clear", "rain", "snow", "storm", "fog", "wind", "unknown"]
TimeOfDay = Literal["dawn", "day", "dusk", "night", "unknown"]
BeatKind = Literal["event", "meta", "waking", "negated"]
ArcLabel = Literal["calm", "rising", "peak", "falling", "resolution", "neutral"]
CharacterKind = Literal["person", "animal", "creature", "group"]
# How big the dreamer says a figure is, against its kind ("a tall man", "eine riesige Spinne").
Size = Literal["tiny", "small", "usual", "large", "huge"]
# How a figure holds itself when the dream says so ("my father sat", "ich kniete").
Posture = Literal["stand", "sit", "lie", "kneel"]
Ending = Literal["safe", "threat", "woke", "neutral"]
# A figure's sex, only when the dream says it ("die Lehrerin", "my boss, a tall woman", "she").
Gender = Literal["female", "male"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Span(_Frozen):
    """Where something was said: character offsets into the normalised text, and the text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Thing(_Frozen):
    """An object or symbol: an English concept (a `SYMBOLS` key when `symbol`) and the words."""

    concept: str
    words: list[str]
    symbol: bool  # True when `concept` is one of analysis.SYMBOLS (the renderer draws it)
    # English describing words the dreamer gave it, in English order: size, age, colour,
    # material ("my old red car", "eine kleine blaue Kiste" -> ["small", "blue"]).
    adjectives: list[str] = Field(default_factory=list)


class Setting(_Frozen):
    """Where a scene happens, in renderer terms."""

    place: PlaceKind
    concept: str | None  # the lexicon's English name ("childhood home", "car park"), if said
    words: list[str]  # the dreamer's own words for the place
    # The place as said, in English, when more is known than its kind: "an ice rink", "a
    # pharmacy", "a hospital corridor" (the kind stays "sports_ground", "shop", "corridor").
    called: str | None = None
    indoor: bool | None  # None when it cannot be told
    light: Light
    weather: Weather
    time_of_day: TimeOfDay
    carried: bool  # True when not said in this scene but carried over from the previous one
    adjectives: list[str] = Field(default_factory=list)  # "a big white house" -> big, white
    # What the dreamer is in on this place ("a boat on a lake", "im Auto an der Küste"): the
    # dreamer is IN the vehicle and ON the water or road, not in the lake.
    vehicle: Thing | None = None
    # Water over the ground of a place that is no water itself ("the classroom was flooded
    # knee-deep", "im Flur stand das Wasser"); it stays in the next rooms until a place outside.
    flooded: bool = False


class Dreamer(_Frozen):
    """The dreamer in one scene."""

    present: bool
    action: Action | None
    verb: str | None  # the dreamer's own verb for that action ("rannte", "flew")
    emotions: list[HvdcClass]  # the dreamer's own, in this scene's event lines
    feelings: list[str]  # finer names (fear, awe, relief...) behind `emotions`
    posture: Posture | None = None  # only when said ("I was lying on the grass")
    holds: Thing | None = None  # what the dreamer holds or hands over, when said ("a candle")
    # What the dreamer wears here, in English, when said ("pyjamas", "a wedding dress": "ich
    # stand im Schlafanzug auf dem Bahnsteig"); never a look invented for the dreamer.
    wears: str | None = None


class Character(_Frozen):
    """Another figure in the dream; `id` is stable across scenes of one plan."""

    id: str
    concept: str  # English concept: "sister", "man", "dog", or "person" for a named person
    role: str  # English role for a shot: "my sister", "a man in a parka", "Lena"
    words: str  # how the dreamer wrote it: "meine Schwester", "a man in a parka"
    kind: CharacterKind
    name: str | None  # a person's name, only when it is one
    action: Action | None  # in this scene (None in `ScenePlan.cast`)
    emotions: list[HvdcClass]  # the character's own ("he was furious"), never the dreamer's
    size: Size = "usual"  # from a size word before it: "a tiny man", "ein großer Hund"
    posture: Posture | None = None  # in this scene, only when said ("my father sat")
    gender: Gender | None = None  # only when said: "Lehrerin", "a waitress", "she" (gender.py)
    holds: Thing | None = None  # what it holds or hands over here, when said ("a lantern")


class Beat(_Frozen):
    """One line (a sentence or a clause of one) in dream order, with what it is."""

    index: int
    kind: BeatKind
    span: Span
    action: Action | None  # only for kind == "event"
    agent: str | None  # "dreamer", a character id, or None
    verb: str | None  # the word the action came from
    unable: bool = False  # "I couldn't run": an event of being stuck, not a denial
    # Fear, anger or sadness, a threat or a flight in this line: never a caption or a calm quote.
    distressing: bool = False


class ArcPoint(_Frozen):
    """A scene's place in the emotional arc."""

    valence: float = Field(ge=-1.0, le=1.0)
    arousal: float = Field(ge=0.0, le=1.0)
    label: ArcLabel


class Scene(_Frozen):
    """One continuous place and stretch of time in the dream."""

    index: int
    setting: Setting
    dreamer: Dreamer
    characters: list[Character]
    objects: list[Thing]
    action: Action  # the scene's main visible action ("stand" when nothing moves)
    action_agent: str  # "dreamer" or a character id
    action_span: Span | None  # where the action was said (None for the default "stand")
    beats: list[Beat]
    arc: ArcPoint
    text: str  # the scene's own event lines, in the dreamer's words
    distressing: bool  # has threat, apprehension, anger or sadness in its events


class ScenePlan(_Frozen):
    """A whole dream as ordered scenes, plus its cast, all lines and its arc."""

    language: Language
    scenes: list[Scene]
    cast: list[Character]  # everyone across scenes, first appearance first
    lines: list[Beat]  # every beat in order, including meta, waking and negated ones
    arc: list[ArcLabel]  # one label per scene
    ending: Ending  # how the last scene leaves the dreamer
    distressing: bool  # the dream as a whole is clearly distressing

    def events(self) -> list[Beat]:
        """Only the event beats, in order (never meta, waking or negated lines)."""
        return [b for b in self.lines if b.kind == "event"]
