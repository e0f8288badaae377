"""The offline writer: prompt and script composed from the dream's scene plan, no network.

The prompt is English shot text built from concepts (`shotlist`), shaped by the provider
profile; the script keeps the fixed framework below (grounding, paced breathing, safe place,
the scene, anchoring, return) around scene passages composed in the dream's language
(`guided`). Neither ever rewrites the person's first-person sentences.
"""

from __future__ import annotations

import re

from dreamjournal.analysis import ScenePlan, plan_scenes
from dreamjournal.visualize.concepts import OBJECTS, de_noun
from dreamjournal.visualize.guided import anchor_word, scene_passages
from dreamjournal.visualize.models import GuidedScript, ScriptStep, VisualizationPrompt
from dreamjournal.visualize.profiles import get_profile
from dreamjournal.visualize.shotlist import compose_prompt
from dreamjournal.visualize.writer import VisualizationRequest

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    """Non-empty sentences, whitespace folded."""
    return [" ".join(s.split()) for s in _SENTENCE.split(text) if len(s.strip()) > 2]


def plan_of(request: VisualizationRequest) -> ScenePlan:
    """The request's scene plan (from its features, or planned now)."""
    plan = request.features.scene_plan
    if plan is None:
        plan = plan_scenes(request.source_text or request.title, request.features.language)
    return plan


class OfflineWriter:
    """Deterministic, offline, specific to the dream's own places, people, things and arc."""

    name = "offline"
    remote = False

    def write(self, request: VisualizationRequest) -> tuple[VisualizationPrompt, GuidedScript]:
        """Prompt and script for one dream (or its rescript)."""
        return self.prompt(request), self.script(request)

    def prompt(self, request: VisualizationRequest) -> VisualizationPrompt:
        """An English shot list over the scene plan, about one shot per 4 seconds."""
        return compose_prompt(plan_of(request), request, get_profile(request.profile))

    def script(self, request: VisualizationRequest) -> GuidedScript:
        """Grounding, paced breathing, safe place, the scene in the dream's language, return."""
        f = request.features
        plan = plan_of(request)
        lang = f.language if f.language in TEMPLATES else "en"
        t = TEMPLATES[lang]
        safe = t["safe_place"]
        # The person's own soothing things may join the safe place, never a nightmare's: not
        # from a rescript (it shares the nightmare's world) and not from a distressing dream.
        calm = not plan.distressing and not any(s.distressing for s in plan.scenes)
        if not request.from_rescript and calm and f.distress < 0.5:
            # Only things of event lines: never one a negated or meta line named.
            said = [o.concept for scene in plan.scenes for o in scene.objects]
            soothing = list(dict.fromkeys(c for c in said if c in _SOOTHING and c in OBJECTS))
            if soothing:
                names = [_safe_noun(name, lang) for name in soothing[:2]]
                safe += t["safe_with"].format(t["and"].join(names))
        steps = [
            ScriptStep(phase="grounding", text=t["grounding"], duration=30),
            ScriptStep(phase="breathing", text=t["breathing"], duration=60, breaths_per_minute=6),
            ScriptStep(phase="safe_place", text=safe, duration=45),
        ]
        passages = scene_passages(plan, from_rescript=request.from_rescript)
        if not passages:
            passages = [t["scene_empty"]]
        for i, passage in enumerate(passages):
            body = (t["scene_intro"] if i == 0 else "") + passage
            steps.append(
                ScriptStep(
                    phase="rescripted_scene",
                    text=body[:2000],
                    duration=min(90, 20 + 0.5 * len(body.split())),
                )
            )
        word = anchor_word(plan)
        anchor = t["anchoring"] + (t["anchor_feeling"].format(word) if word else "")
        steps += [
            ScriptStep(phase="anchoring", text=anchor, duration=30),
            ScriptStep(phase="return", text=t["return"], duration=20),
        ]
        return GuidedScript(
            title=request.title,
            steps=steps,
            built_from="rescript" if request.from_rescript else "dream",
        )


def _safe_noun(concept: str, lang: str) -> str:
    """A soothing thing for the safe place, in the script's language ("der Mond", "the moon")."""
    english, noun, gender = OBJECTS[concept]
    if lang == "de":
        return de_noun("the", noun, gender)
    return english if english.startswith("the ") else "the " + english.split(" ", 1)[-1]


_SOOTHING = {
    "moon",
    "light",
    "star",
    "forest",
    "tree",
    "ocean",
    "water",
    "sky",
    "flower",
    "sun",
    "bird",
    "house",
    "river",
    "snow",
    "mountain",
    "cat",
    "dog",
    "horse",
}

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "grounding": "Sit comfortably and let your feet rest on the floor. Notice three things "
        "you can see, two you can hear, and one you can feel against your skin.",
        "breathing": "Breathe in slowly for five counts, and out for five. Let the circle guide "
        "you: it grows as you breathe in and softens as you breathe out.",
        "safe_place": "Picture a place where you feel completely safe. Notice its colours, its "
        "sounds, the temperature of the air.",
        "safe_with": " Perhaps something from your dream belongs there: {}.",
        "and": " and ",
        "scene_intro": "When you are ready, let the dream unfold as you chose it. ",
        "anchoring": "Stay with how this version feels in your body. Choose a word or an image "
        "you can come back to.",
        "anchor_feeling": " Maybe the word is {}.",
        "scene_empty": "You are in a quiet place of your dream. Take a moment to look around.",
        "return": "Let the images fade. Feel the chair beneath you, move your fingers, and open "
        "your eyes when you are ready.",
    },
    "de": {
        "grounding": "Setz dich bequem hin und spür deine Füße auf dem Boden. Nimm drei Dinge "
        "wahr, die du siehst, zwei, die du hörst, und eines, das du auf der Haut spürst.",
        "breathing": "Atme langsam ein, bis fünf, und wieder aus, bis fünf. Der Kreis hilft dir: "
        "er wächst beim Einatmen und wird beim Ausatmen wieder kleiner.",
        "safe_place": "Stell dir einen Ort vor, an dem du dich ganz sicher fühlst. Achte auf "
        "seine Farben, seine Geräusche, die Temperatur der Luft.",
        "safe_with": " Vielleicht gehört etwas aus deinem Traum dorthin: {}.",
        "and": " und ",
        "scene_intro": "Wenn du so weit bist, lass den Traum so ablaufen, wie du ihn gewählt "
        "hast. ",
        "anchoring": "Bleib bei dem Gefühl, das diese Version in deinem Körper auslöst. Wähle ein "
        "Wort oder ein Bild, zu dem du zurückkehren kannst.",
        "anchor_feeling": " Vielleicht ist das Wort: {}.",
        "scene_empty": "Du bist an einem ruhigen Ort deines Traums. Nimm dir Zeit, dich umzusehen.",
        "return": "Lass die Bilder verblassen. Spür den Stuhl unter dir, bewege die Finger und "
        "öffne die Augen, wenn du bereit bist.",
    },
}
