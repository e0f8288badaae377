"""The English video prompt, composed from the scene plan and shaped by a provider profile.

Every shot is built from concepts, never from the person's sentences: a subject that is seen,
a setting, one visible action, a camera move, light and mood. Only event beats give shots, so
meta ("I'm forgetting half"), waking and negated lines never appear. About one shot per 4 s.
The dreamer is described once (the person's self-description, or a neutral one) and looks the
same in every shot. The person's own words ride along only in `notes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from dreamjournal.analysis import Beat, Character, Scene, ScenePlan
from dreamjournal.analysis.lexicon import load_lexicon
from dreamjournal.analysis.told import told_by_a_child
from dreamjournal.analysis.vocab import english_nouns, figure_words, vocab_table
from dreamjournal.visualize import palettes
from dreamjournal.visualize import shot_vocab as sv
from dreamjournal.visualize.concepts import (
    ACTIONS,
    CHARACTERS,
    LIGHT_NOUNS,
    OBJECTS,
    PLACE_SYMBOLS,
    PLACES,
    and_list,
    dreamer_action,
)
from dreamjournal.visualize.english import english_look, english_things, is_german_look
from dreamjournal.visualize.models import CameraMove, Framing, Shot, VisualizationPrompt
from dreamjournal.visualize.profiles import VideoProfile
from dreamjournal.visualize.staging import (
    POSTURE_VERB,
    STILL_ACTIONS,
    View,
    figure_action,
    handling,
    other_views,
    place_phrase,
    posture_spot,
    thing_phrase,
    vehicle_action,
    where_phrase,
)
from dreamjournal.visualize.writer import VisualizationRequest, shorten

NEUTRAL_DREAMER = "an adult with short dark hair, in a plain dark-blue sweater and grey trousers"
CHILD_DREAMER = (
    "a child of about {age}, with short dark hair, in a plain dark-blue sweater and grey trousers"
)
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|us|our|ich|mich|mir|mein\w*|wir|uns|unser\w*)\b",
    re.IGNORECASE,
)
_SELF_INTRO = re.compile(
    r"^\s*(?:i am|i'm|i have|i've got|i look like|ich bin|ich habe|ich sehe aus wie)\s+",
    re.IGNORECASE,
)
_FRAMINGS: tuple[Framing, ...] = ("wide", "medium", "close-up", "medium", "wide", "close-up")
_ENDINGS = {
    "safe": "it ends in safety", "woke": "it ends as the dreamer wakes",
    "threat": "it ends unresolved", "neutral": "it ends quietly",
}  # fmt: skip
_HARSH = frozenset({"blood"})
_LONGEST_SHOT = 30.0  # seconds (`Shot.duration`)
_LAST_RESORT: tuple[tuple[str, CameraMove], ...] = (
    ("seen from the side", "pan right"), ("as the light slowly shifts", "drift"),
    ("seen from further back", "pull back"), ("closer now", "slow push-in"),
)  # fmt: skip
PLACES_WORDS = frozenset(
    w for phrases in PLACES.values() for w in phrases[0].replace(",", " ").split()
)


@dataclass(frozen=True)
class _Moment:
    scene: Scene
    beat: Beat | None


def request_dreamer(request: VisualizationRequest) -> str:
    """The dreamer's look for a request: the person's cameo, else a child of the teller's age
    when a child's dream was written down for them, else the neutral adult."""
    child = told_by_a_child(request.source_text, request.features.language)
    return dreamer_look(request.cameo, child)


def dreamer_look(cameo: str | None, child_age: int | None = None) -> str:
    """The dreamer's look for every shot: the person's self-description, else a neutral one (a
    child's of `child_age` when a parent wrote the child's dream down: "Noah (age 7) told me")."""
    if not (cameo or "").strip() and child_age is not None:
        return CHILD_DREAMER.format(age=child_age)
    text = " ".join((cameo or "").split())
    text = _SELF_INTRO.sub("", text)
    if is_german_look(text):  # the prompt is always English
        text = english_look(text)
    text = _FIRST_PERSON.sub("", text)
    text = re.sub(r"\s+([,.;])", r"\1", " ".join(text.split())).strip(" ,;.")
    return shorten(text, 200) if len(text) >= 3 else NEUTRAL_DREAMER


# Words that already say a figure's sex ("a young woman", "the dreamer's wife").
_SEXED = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|lady|ladies|guy|mother|father|sister|brother|wife|"
    r"husband|(?:girl|boy)friend|aunt|uncle|grand(?:mother|father|ma|pa)|son|daughter|mum|mom|"
    r"dad|waitress|landlady|landlord|police(?:wo)?man|barman|fianc[eé]e?|witch|priest|nun|king|"
    r"queen|actor|actress)\b",
    re.IGNORECASE,
)


_FIGURE_WORDS: Final[dict[str, str]] = {
    form: key
    for form, hits in load_lexicon("en").exact.items()
    for category, key in hits
    if category == "characters"
}


# Words that make a role of a thing ("bus driver", "taxi driver", "police officer").
_ROLE_MODIFIERS: Final = ("bus", "taxi", "tram", "train", "school", "police", "shop", "head")


def _sexed(look: str, c: Character) -> str:
    """The look with the figure's sex when the dream said it and the look does not: "a teacher"
    for "die Lehrerin" is "a female teacher"; "a young adult" for "my cousin, a man" a young man."""
    if c.gender is None or _SEXED.search(look):
        return look
    noun = "woman" if c.gender == "female" else "man"
    plain = re.sub(r"\b(?:adult|person|figure)\b", noun, look, count=1)
    if plain != look:
        return plain
    adjective = "female" if c.gender == "female" else "male"
    for word in (c.concept, *_role_words(c)):  # "a nurse" for the concept "doctor"
        for modifier in _ROLE_MODIFIERS:  # "a bus driver": "a male bus driver"
            sexed = re.sub(
                rf"\b({modifier} {re.escape(word)})\b", rf"{adjective} \1", look, count=1
            )
            if sexed != look:
                return sexed
        sexed = re.sub(rf"\b({re.escape(word)})\b", rf"{adjective} \1", look, count=1)
        if sexed != look:
            return sexed
    return look


def _role_words(c: Character) -> list[str]:
    """The words of a figure's role that name a figure in the English lexicon ("nurse")."""
    return [w for w in c.role.lower().split() if _FIGURE_WORDS.get(w) == c.concept]


def character_look(c: Character) -> str:
    """How another character looks in a shot, in English ("a young woman, the dreamer's sister")."""
    return _sexed(_character_look(c), c)


def _character_look(c: Character) -> str:
    visual = CHARACTERS.get(c.concept, ("a figure",))[0]
    role = " ".join(c.role.split())
    role = re.sub(r"^(?:my|our)\s+", "the dreamer's ", role, flags=re.IGNORECASE)
    role = _FIRST_PERSON.sub("", role).strip()
    if c.name:
        return f"{visual} called {c.name}" if c.concept == "person" else f"{visual}, {role}"
    if role.startswith("the dreamer's"):
        return role if visual.split()[-1] == c.concept else f"{visual}, {role}"
    if role.lower().startswith(("a ", "an ", "the ", "some ")):
        bare = role.split(" ", 1)[1]
        if bare == c.concept:
            return visual
        article = "an" if bare[:1] in "aeiou" else "a"
        return f"{article} {bare}" if c.kind != "group" else f"the {bare}"
    return f"{visual}, {role}" if role else visual


def _pick_even(items: list[_Moment], n: int) -> list[_Moment]:
    if len(items) <= n:
        return items
    if n == 1:
        return [items[-1]]
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)]


def _moments(plan: ScenePlan, n: int) -> list[_Moment]:
    """n moments in dream order: one per scene first, then more beats, first and last kept."""
    per_scene: list[list[_Moment]] = []
    for scene in plan.scenes:
        beats = [b for b in scene.beats if b.kind == "event" and b.action is not None]
        if not any(b.kind == "event" for b in scene.beats):
            continue  # a scene of only meta / waking / negated lines shows nothing
        main = [b for b in beats if b.span == scene.action_span] or beats[:1]
        first = _Moment(scene, main[0] if main else None)
        rest = [_Moment(scene, b) for b in beats if not main or b is not main[0]]
        per_scene.append([first, *rest])
    if not per_scene:
        return []
    heads = [m[0] for m in per_scene]
    if len(heads) > n:
        # The ending always; then the peak, the first scene and the most visible actions.
        def score(i: int) -> tuple[int, int]:
            m = heads[i]
            return (
                3 * (m.scene.arc.label == "peak") + 2 * (i == 0) + (m.beat is not None),
                -i,
            )

        keep = sorted(range(len(heads) - 1), key=score, reverse=True)[: n - 1]
        chosen = [heads[i] for i in sorted(keep)] + [heads[-1]]
    else:
        chosen = list(heads)
    extras = [m for group in per_scene for m in group[1:]]
    while len(chosen) < n and extras:
        extra = extras.pop(0)
        at = max(i for i, m in enumerate(chosen) if m.scene.index <= extra.scene.index) + 1
        chosen.insert(at, extra)
    while len(chosen) < n:  # a short dream: come closer to the same moment
        chosen.append(chosen[len(chosen) // 2] if len(chosen) > 1 else chosen[-1])
    chosen.sort(key=lambda m: (m.scene.index, m.beat.index if m.beat else -1))
    return chosen


def _place(scene: Scene) -> str:
    return place_phrase(scene)


_WEATHER_THINGS = frozenset({"rain", "snow", "storm", "darkness"})


def _known_words(scene: Scene) -> set[str]:
    known = {o.concept for o in scene.objects} | {w for o in scene.objects for w in o.words}
    known |= {c.concept for c in scene.characters} | set(scene.setting.words)
    # (the figure's words, not where they live: "the woman from next door" may paint a door)
    known |= {
        w for c in scene.characters for w in c.role.lower().removesuffix(" from next door").split()
    }
    known |= {scene.setting.place, scene.setting.concept or ""}
    if scene.setting.vehicle is not None:  # "a cab" is the car the dreamer is in
        known |= set(scene.setting.vehicle.words)
    return known | _fixed_words()


@lru_cache(maxsize=1)
def _fixed_words() -> frozenset[str]:
    """Words the fixed vocabularies name, never a thing found in the text: figures ("the
    burglar turns out to be my brother": no burglar in view), the plan's own things (a knife
    put away) and places."""
    figures = {w for name in CHARACTERS for w in (name, name + "s")} | figure_words("en")
    return frozenset(figures | set(vocab_table("object", "en")) | set(PLACES_WORDS))


def scene_things(scene: Scene, language: str) -> list[str]:
    """The things in view in a scene, in English: not the place, no figures, nothing harsh."""
    worn = " ".join(c.role.removesuffix(" from next door") for c in scene.characters)
    figures = {c.concept for c in scene.characters}
    itself = PLACE_SYMBOLS.get(scene.setting.place, frozenset())
    specific: list[str] = []
    if language == "en":  # the dream's own things first: "a silver fox", "a full moon"
        events = " ".join(b.span.text for b in scene.beats if b.kind == "event")
        place_words = frozenset(scene.setting.words) | {scene.setting.concept or ""}
        place_words |= frozenset(scene.setting.place.split("_"))
        specific = english_things(events, _known_words(scene), place_words)
    things = list(specific)
    # the dream's own things first ("a lighthouse"), then the symbols' ("a staircase")
    specific_first = sorted(scene.objects, key=lambda o: o.concept in OBJECTS)
    for o in specific_first:
        named = o.concept in OBJECTS or (not o.symbol and o.concept in english_nouns())
        if not named or o.concept in _HARSH | _WEATHER_THINGS | figures | itself:
            continue
        if o.concept in worn or o.concept == scene.setting.concept:
            continue
        english = thing_phrase(o)  # with the dreamer's describing words: "a small blue box"
        said = [w for w in o.words if w in LIGHT_NOUNS]
        if o.concept == "light" and language == "en" and said:
            english = f"a {said[0]}"  # "a lantern", "a candle": the light as said
        noun = english.rsplit(" ", 1)[-1]
        if noun in _place(scene).split():
            continue  # the place itself ("a boat" on the deck of a boat)
        same = next((i for i, t in enumerate(things) if t.rsplit(" ", 1)[-1] == noun), None)
        if same is None:
            things.append(english)
        elif len(english.split()) > len(things[same].split()):
            things[same] = english  # the plan knows more of it ("a small silver box")
    here = set(_place(scene).split()) | set(worn.split())  # nor what someone wears
    if scene.setting.vehicle is not None:  # nor the boat they are in ("a little sailboat")
        here |= set(scene.setting.vehicle.words)
    return [t for t in things if t.rsplit(" ", 1)[-1] not in here][:3]


def _setting(scene: Scene, time_of_day: str, language: str) -> str:
    s = scene.setting
    place = _place(scene)
    parts = [place]
    if s.weather in sv.WEATHER:
        inside = " outside the windows" if s.indoor else ""
        parts.append(sv.WEATHER[s.weather] + inside)
    if time_of_day != "unknown":
        parts.append({"night": "at night", "dusk": "at dusk", "dawn": "at dawn"}.get(
            time_of_day, "by day"))  # fmt: skip
    things = scene_things(scene, language)
    text = ", ".join(parts)
    return text + (f"; in view: {and_list(things)}" if things else "")


def _light(scene: Scene, tone: str, time_of_day: str) -> str:
    s = scene.setting
    if s.light in sv.LIGHT:
        return sv.LIGHT[s.light] + (f", {sv.TIME_LIGHT[time_of_day]}" if s.light == "dim"
                                  and time_of_day == "night" else "")  # fmt: skip
    if s.weather in sv.WEATHER_LIGHT:
        return sv.WEATHER_LIGHT[s.weather]
    if time_of_day in sv.TIME_LIGHT:
        return sv.TIME_LIGHT[time_of_day]
    return sv.PLACE_LIGHT.get(s.place, palettes.TONE_LIGHT[tone])


def _mood(scene: Scene, last: bool, request: VisualizationRequest, plan: ScenePlan) -> str:
    if last and request.from_rescript and plan.ending == "safe":
        return "relief and safety"
    feelings = [sv.FEELING_MOOD[n] for n in scene.dreamer.feelings if n in sv.FEELING_MOOD]
    if feelings:
        return ", ".join(dict.fromkeys(feelings[:2]))
    if scene.dreamer.emotions:
        return sv.CLASS_MOOD[scene.dreamer.emotions[0]]
    classes = [c for c in request.features.dreamer_classes if c in sv.CLASS_MOOD]
    if classes and len(plan.scenes) == 1:  # a one-scene dream's feeling, said anywhere in it
        return sv.CLASS_MOOD[classes[0]]
    return sv.MOOD[scene.arc.label]


def figure_verb(action: str | None) -> str:
    """What another figure does, toward the dreamer ("walks beside the dreamer")."""
    if action is None or action not in ACTIONS:
        return "stands close to the dreamer"
    return re.sub(r"\byou\b", "the dreamer", ACTIONS[action][3])


def _figure(scene: Scene, c: Character, action: str | None) -> str:
    """A figure's action in its stated posture ("sits at the table and talks with the dreamer")."""
    return figure_action(scene, c.posture, action, c.holds)


def _as_subject(look: str) -> str:
    """A look as a sentence subject: an apposition gets its closing comma."""
    return f"{look}," if ", " in look else look


def _action(m: _Moment, scene: Scene, dreamer: str) -> tuple[str, str]:
    """(subject as seen, the one visible action with its subject) for a moment."""
    me = "the dreamer"
    if scene.dreamer.wears:  # "ich stand im Schlafanzug": the dreamer in pyjamas in this shot
        dreamer = f"{dreamer}, in {scene.dreamer.wears}"
        me = f"the dreamer, in {scene.dreamer.wears},"
    by_id = {c.id: c for c in scene.characters}
    agent = m.beat.agent if m.beat else "dreamer"
    action: str = (m.beat.action if m.beat else None) or (scene.dreamer.action or "stand")
    if m.beat is not None and m.beat.agent is None:  # a thing's doing ("da lag ein Brief")
        agent, action = "dreamer", scene.dreamer.action or "stand"
    if agent in by_id:
        look = character_look(by_id[agent])
        return look, f"{_as_subject(look)} {_figure(scene, by_id[agent], action)}"
    action = dreamer_action(action, scene.setting.place) or "stand"
    if action == "drive" and {"taxi", "cab"} & set(scene.setting.words):
        action = "ride_along"  # a taxi's passenger is not at the wheel
    verb = ACTIONS.get(action, ACTIONS["stand"])[0]
    verb = handling(action, scene.dreamer.holds, _someone(scene)) or verb
    if m.beat is not None and m.beat.unable and action not in {"freeze"}:
        verb = ACTIONS["freeze"][0]
    posture = scene.dreamer.posture
    riding = vehicle_action(scene, action, posture)
    if riding is not None:
        return f"the dreamer, {dreamer}", f"{me} {riding}"
    if posture is not None and posture != "stand" and action in STILL_ACTIONS | {"stand", "sit"}:
        # Said: "I knelt", "I was lying on the grass": the dreamer holds that posture.
        still = {"sit": "sits quietly", "lie": "lies still", "kneel": "kneels, quite still"}
        spot = posture_spot(scene, posture)
        if action in STILL_ACTIONS:
            verb = f"{POSTURE_VERB[posture]}{spot} and {verb}"
        elif scene.characters:
            verb = f"{POSTURE_VERB[posture]}{spot} beside {character_look(scene.characters[0])}"
        else:
            verb = f"{still[posture]}{spot}, looking around"
        return f"the dreamer, {dreamer}", f"{me} {verb}"
    chaser = next((c for c in scene.characters if c.action in {"chase", "attack"}), None)
    if action == "flee" and chaser is None and scene.characters:
        chaser = scene.characters[-1]  # fleeing in a scene with someone: most likely from them
    if action == "flee" and chaser is not None:
        verb = f"hurries away from {character_look(chaser)}, glancing back"
    elif action in {"embrace", "talk", "walk", "sit", "stand", "kiss"} and scene.characters:
        other = character_look(scene.characters[0])
        verb = {
            "stand": f"stands beside {other}, looking around",
            "embrace": f"holds {other} close in an embrace",
            "talk": f"talks with {other}, gesturing",
            "walk": f"walks slowly forward beside {other}",
            "sit": f"sits quietly beside {other}",
            "kiss": f"kisses {other}",
        }[action]
    elif (companion := _companion(scene)) is not None and action not in _ALONE_ACTIONS:
        # "feeding the ducks with my little girl": she is there, doing nothing of her own
        verb = f"{verb}, {character_look(companion)} at the dreamer's side"
    return f"the dreamer, {dreamer}", f"{me} {verb}"


# Doings no one stands beside: a flight, a fall, a hiding place, a dive.
_ALONE_ACTIONS: Final = frozenset(
    {"fly", "fall", "sink", "float", "hide", "swim", "flee", "freeze", "shake", "sleep",
     "transform", "disappear", "leave", "enter", "arrive", "chase", "attack", "fight"}
)  # fmt: skip


def _companion(scene: Scene) -> Character | None:
    """The scene's first person or animal said to be with the dreamer ("with my little girl",
    "mit meiner Tochter", "my sister and I") that does nothing of its own there, if any."""
    text = " ".join(scene.text.lower().split())
    for c in scene.characters:
        if c.action is not None or c.kind not in {"person", "animal"}:
            continue
        said = re.escape(" ".join(c.words.lower().split()))
        if re.search(rf"\b(?:with|mit|and|und|me and)\s+{said}\b", text) or re.search(
            rf"\b{said}\s+(?:and i|und ich)\b", text
        ):
            return c
    return None


def _someone(scene: Scene) -> str:
    """Whom the dreamer hands something to: the scene's first figure, else someone."""
    return character_look(scene.characters[0]) if scene.characters else "someone"


def _line(action: str) -> str:
    """An action as the shot list prints it, for comparing shots."""
    return " ".join((action[:1].upper() + action[1:]).lower().split())


def _sound(plan: ScenePlan) -> str:
    parts: list[str] = []
    for scene in plan.scenes:
        for part in (
            sv.AMBIENCE.get(scene.setting.place),
            sv.WEATHER_SOUND.get(scene.setting.weather),
        ):
            if part and part not in parts:
                parts.append(part)
    if not parts:
        parts.append("soft room tone and a faint, airy hum")
    return f"Ambience only: {', '.join(parts[:3])}; no dialogue, no voice-over, no lyrics"


def _logline(plan: ScenePlan, request: VisualizationRequest) -> str:
    places: list[str] = []
    for scene in plan.scenes:
        place = _place(scene)
        if place not in places:
            places.append(place)
    if len(places) == 1 and plan.scenes:
        where = where_phrase(plan.scenes[0])
        story = f"A dream: the dreamer is {where}; {_ENDINGS[plan.ending]}."
    else:
        route = " to ".join(places[:4]) or PLACES["unknown"][0]
        story = f"A dream: the dreamer moves from {route}; {_ENDINGS[plan.ending]}."
    if request.from_rescript:
        story += " This is the changed version the dreamer wrote."
    return story


def _notes(plan: ScenePlan) -> list[str]:
    """Calm event lines in the person's own words, for reference (never shot text)."""
    calm = [b.span.text for b in plan.events() if not b.distressing]
    return [shorten(f"In the dreamer's words: “{text}”", 300) for text in calm[:3]]


def _named_colours(plan: ScenePlan) -> tuple[str, ...]:
    """The colours the dream's own words name, in order ("purple lavender fields"), as hex
    (the renderer's colour table: what the prompt says is what the clip paints)."""
    from dreamjournal.render.colour_words import colour_of

    out: list[str] = []
    for scene in plan.scenes:
        for word in re.findall(r"[^\W\d_]+", scene.text):
            rgb = colour_of(word)
            if rgb is not None and (hexed := "#{:02x}{:02x}{:02x}".format(*rgb)) not in out:
                out.append(hexed)
    return tuple(out)


def compose_prompt(
    plan: ScenePlan, request: VisualizationRequest, profile: VideoProfile
) -> VisualizationPrompt:
    """The English shot-list prompt for one scene plan, shaped by `profile`."""
    f = request.features
    seconds = profile.fit_seconds(request.seconds)
    n = profile.shot_count(seconds)
    tone = palettes.tone(f.valence, f.arousal, [e.name for e in f.emotions])
    dreamer = request_dreamer(request)
    moments = _moments(plan, n)
    symbols = [s.name for s in f.symbols]
    duration = round(seconds / max(1, len(moments) or 1), 3)
    shots: list[Shot] = []
    if not moments:  # nothing happens in the dream's events: the dreamer in a dreamlike space
        moments = []
    # A dream's night stays night until it says otherwise.
    times: dict[int, str] = {}
    current = "unknown"
    for scene in plan.scenes:
        current = scene.setting.time_of_day if scene.setting.time_of_day != "unknown" else current
        times[scene.index] = current
    for i, m in enumerate(moments):
        scene = m.scene
        time_of_day = times.get(scene.index, "unknown")
        last = i == len(moments) - 1
        subject, action = _action(m, scene, dreamer)
        before = moments[i - 1] if i else None
        repeat = before is not None and (
            before == m
            or (
                before.scene is scene
                and before.beat is not None
                and m.beat is not None
                and before.beat.action == m.beat.action
                and before.beat.agent == m.beat.agent
            )
        )
        framing: Framing = _FRAMINGS[i % len(_FRAMINGS)]
        if i == 0:
            framing = "extreme wide" if scene.setting.indoor is False else "wide"
        if scene.setting.place in {"sky", "space"}:
            framing = "aerial" if i else framing
        if last and len(moments) > 1:
            framing = "wide"
        move: CameraMove = sv.CAMERA.get(
            m.beat.action if m.beat and m.beat.action else scene.action, "drift"
        )
        shown = {" ".join(s.subject_action.lower().split()) for s in shots}
        if repeat or _line(action) in shown:
            # Nothing new happens: another figure there, a thing up close, the dreamer's face,
            # a look over their shoulder or the whole place from afar; never the same line.
            others = [
                (
                    character_look(c),
                    f"{_as_subject(character_look(c))} {_figure(scene, c, c.action)}",
                )
                for c in scene.characters
            ]
            things = scene_things(scene, plan.language)
            fresh = [v for v in other_views(scene, others, things, subject)
                     if _line(v.action) not in shown]  # fmt: skip
            end = seconds if last else round((i + 1) * duration, 3)
            if not fresh and shots and end - shots[-1].start <= _LONGEST_SHOT:
                # Nothing new left to show: the last shot runs on rather than repeating.
                shots[-1] = shots[-1].model_copy(
                    update={"duration": round(end - shots[-1].start, 3)}
                )
                continue
            if not fresh:  # a long clip past every view (over 30 s a shot): vary the camera
                fresh = [
                    View(subject, f"{action}, {how}", framing, new_move)
                    for how, new_move in _LAST_RESORT
                    if _line(f"{action}, {how}") not in shown
                ]
            if fresh:
                subject, action, framing, move = fresh[0]
        if last and plan.ending in {"safe", "neutral"} and len(moments) > 1:
            move = "pull back" if move != "crane up" else move
        shot_symbols = [o.concept for o in scene.objects if o.symbol][:6]
        shots.append(
            Shot(
                start=round(i * duration, 3),
                duration=duration if not last else round(seconds - i * duration, 3),
                framing=framing,
                camera_move=move,
                subject=shorten(subject, 300),
                subject_action=shorten(action[:1].upper() + action[1:], 300),
                setting=shorten(_setting(scene, time_of_day, plan.language), 200),
                light=shorten(_light(scene, tone, time_of_day), 120),
                mood=_mood(scene, last, request, plan),
                symbols=shot_symbols,
            )
        )
    if not shots:
        for i in range(n):
            shots.append(
                Shot(
                    start=round(i * seconds / n, 3),
                    duration=round(seconds / n, 3),
                    framing=("wide", "medium", "close-up")[i % 3],
                    camera_move=("slow push-in", "drift", "pull back")[i % 3],
                    subject=f"the dreamer, {dreamer}",
                    subject_action="The dreamer stands still and looks around",
                    setting=PLACES["unknown"][0],
                    light=palettes.TONE_LIGHT[tone],
                    mood="quiet, curious",
                )
            )
    accents = [palettes.STYLE_ACCENTS[s] for s in symbols if s in palettes.STYLE_ACCENTS][:2]
    colours = palettes.palette(tone, symbols, _named_colours(plan))
    return VisualizationPrompt(
        title=request.title,
        logline=shorten(_logline(plan, request), 500),
        style=shorten(", ".join([palettes.STYLES[tone], *accents, "no on-screen text"]), 300),
        palette=colours,
        colours=palettes.colour_words(colours),
        shots=shots,
        dreamer=dreamer,
        sound=_sound(plan),
        profile=profile.name,
        notes=_notes(plan),
    )
