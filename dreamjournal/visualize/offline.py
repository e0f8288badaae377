"""The offline writer: a prompt and a script built from the dream's own words, no network."""

from __future__ import annotations

import hashlib
import re

from dreamjournal.visualize import palettes
from dreamjournal.visualize.models import GuidedScript, ScriptStep, Shot, VisualizationPrompt
from dreamjournal.visualize.writer import VisualizationRequest, shorten

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
FRAMINGS = ("wide", "medium", "close-up", "medium", "extreme wide")
MOVES = {
    "calm": ("slow push-in", "drift", "pan right", "tilt up", "pull back"),
    "joyful": ("crane up", "orbit", "pan right", "drift", "pull back"),
    "uneasy": ("static", "slow push-in", "pan left", "drift", "pull back"),
    "afraid": ("static", "slow push-in", "pan left", "dolly forward", "pull back"),
    "sad": ("drift", "slow push-in", "tilt down", "static", "pull back"),
    "wonder": ("crane up", "slow push-in", "orbit", "tilt up", "pull back"),
}
_EN_PRONOUNS = [
    (r"\bI'm\b", "the dreamer is"),
    (r"\bI am\b", "the dreamer is"),
    (r"\bI was\b", "the dreamer was"),
    (r"\bI\b", "the dreamer"),
    (r"\bmyself\b", "themself"),
    (r"\bmy\b", "their"),
    (r"\bMy\b", "Their"),
    (r"\bme\b", "them"),
]
_EN_YOU = [
    (r"\bI'm\b", "you're"),
    (r"\bI am\b", "you are"),
    (r"\bI was\b", "you were"),
    (r"\bI\b", "you"),
    (r"\bmyself\b", "yourself"),
    (r"\bmy\b", "your"),
    (r"\bMy\b", "Your"),
    (r"\bme\b", "you"),
    (r"\bmine\b", "yours"),
]


def sentences(text: str) -> list[str]:
    """Non-empty sentences, whitespace folded."""
    return [" ".join(s.split()) for s in _SENTENCE.split(text) if len(s.strip()) > 2]


def _rewrite(text: str, rules: list[tuple[str, str]]) -> str:
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text)
    return text


def _condense(sentence: str, words: int = 22) -> str:
    parts = sentence.rstrip(".!?… ").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


_PLACE_SYMBOLS = {
    "ocean",
    "forest",
    "city",
    "house",
    "mountain",
    "road",
    "river",
    "bridge",
    "sky",
    "stairs",
    "water",
    "train",
}
_ANXIOUS_SIGNS = {
    "being chased",
    "falling",
    "teeth falling out",
    "being late",
    "can't run",
    "naked in public",
    "exam",
}
_NOT_BASE_VERBS = {
    "woke",
    "ran",
    "saw",
    "came",
    "took",
    "fell",
    "flew",
    "knew",
    "found",
    "got",
    "made",
    "said",
    "told",
    "stood",
    "sat",
    "swam",
    "began",
    "became",
    "brought",
    "thought",
    "heard",
    "held",
    "left",
    "lost",
    "met",
    "put",
    "read",
    "sent",
    "slept",
    "spoke",
    "threw",
    "wore",
    "drove",
    "ate",
    "gave",
    "grew",
    "hid",
    "rode",
    "rose",
    "sang",
    "sank",
    "shook",
    "struck",
    "tore",
    "wept",
    "climbed",
    "led",
    "kept",
    "let",
    "set",
    "cut",
    "hit",
    "shut",
    "felt",
    "went",
    "was",
    "is",
    "had",
    "has",
    "could",
    "would",
    "can",
    "will",
    "did",
    "does",
    "should",
    "might",
    "must",
    "were",
    "never",
    "always",
    "then",
    "also",
    "just",
    "still",
    "suddenly",
    "finally",
    "slowly",
}
_DREAMER_VERB = re.compile(r"\b(the dreamer|The dreamer) ([a-z]+)\b")


def _third_person(text: str) -> str:
    """'the dreamer stop' -> 'the dreamer stops' (present-tense base verbs after the subject)."""

    def fix(m: re.Match[str]) -> str:
        verb = m.group(2)
        if verb in _NOT_BASE_VERBS or verb.endswith(("ed", "s")):
            return m.group(0)
        if verb.endswith(("ch", "sh", "x", "o")):
            verb += "es"
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            verb = verb[:-1] + "ies"
        else:
            verb += "s"
        return f"{m.group(1)} {verb}"

    return _DREAMER_VERB.sub(fix, text)


def _capital(text: str) -> str:
    text = shorten(text, 300)  # the longest a shot's action may be
    return text[:1].upper() + text[1:]


def _pick(options: tuple[str, ...], seed: int, i: int) -> str:
    return options[(seed + i) % len(options)]


class OfflineWriter:
    """Deterministic, offline, specific to the dream's own symbols, people, places and words."""

    name = "offline"
    remote = False

    def write(self, request: VisualizationRequest) -> tuple[VisualizationPrompt, GuidedScript]:
        """Prompt and script for one dream (or its rescript)."""
        return self.prompt(request), self.script(request)

    def prompt(self, request: VisualizationRequest) -> VisualizationPrompt:
        """A shot list that walks through the dream's own sentences, in order."""
        f, text = request.features, request.source_text
        seed = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
        tone = palettes.tone(f.valence, f.arousal, [e.name for e in f.emotions])
        if not f.emotions and set(f.dream_signs) & _ANXIOUS_SIGNS:
            tone = "uneasy"
        symbols = [s.name for s in f.symbols]
        pool = sentences(text) or [request.title]
        n = max(3, min(5, len(pool)))
        picks = [pool[round(i * (len(pool) - 1) / (n - 1))] for i in range(n)]
        moods = [e.name for e in f.emotions] or [tone]
        places = [n for n in symbols if n in _PLACE_SYMBOLS]
        place = f.settings[0] if f.settings else (places[0] if places else "a dreamlike space")
        moves = [m for m in MOVES[tone] if m != "pull back"]
        duration = request.seconds / n
        shots = []
        used: set[str] = set()
        for i, sentence in enumerate(picks):
            here = [
                s for s in f.symbols if any(ev.lower() in sentence.lower() for ev in s.evidence)
            ]
            hit = here[1 % len(here)] if here and sentence in used else (here[0] if here else None)
            focus = hit.name if hit else (symbols[i % len(symbols)] if symbols else "light")
            if sentence in used and hit:  # a short dream: come closer instead of repeating
                action = f"The {hit.evidence[0]} fills the frame, seen up close"
            else:
                action = _condense(sentence)
                if f.language == "en":
                    action = _third_person(_rewrite(action, _EN_PRONOUNS))
            used.add(sentence)
            last = i == n - 1
            shots.append(
                Shot(
                    start=round(i * duration, 3),
                    duration=round(duration, 3),
                    framing="extreme wide" if last else FRAMINGS[i],  # type: ignore[arg-type]
                    camera_move="pull back" if last else _pick(tuple(moves), seed, i),  # type: ignore[arg-type]
                    subject_action=_capital(action) if len(action) >= 3 else f"The {focus} glows",
                    setting=f"{place}, dreamlike" if i == 0 else f"{place}, the {focus} close by",
                    light=palettes.LIGHT_BY_SYMBOL.get(focus, palettes.TONE_LIGHT[tone]),
                    mood="relief and safety"
                    if last and request.from_rescript
                    else moods[i % len(moods)],
                    symbols=list(dict.fromkeys([focus, *(h.name for h in here[:3])])),
                )
            )
        people = [c if c[:1].isupper() else f"the {c}" for c in dict.fromkeys(f.characters)][:2]
        who = f", with {' and '.join(people)}" if people else ""
        logline = f"{request.title}: a dream of {', '.join(symbols[:3]) or place}{who}."
        if request.from_rescript:
            logline += " The changed version, ending in safety."
        accents = [palettes.STYLE_ACCENTS[n] for n in symbols if n in palettes.STYLE_ACCENTS][:2]
        return VisualizationPrompt(
            title=request.title,
            logline=logline,
            style=", ".join([palettes.STYLES[tone], *accents]) + f"; {place} at the heart of it",
            palette=palettes.palette(tone, symbols),
            shots=shots,
        )

    def script(self, request: VisualizationRequest) -> GuidedScript:
        """Grounding, resonance breathing, safe place, the scene in the person's words, return."""
        f = request.features
        t = TEMPLATES[f.language]
        # The person's own words for the soothing things in their dream ("Mond", "the sea").
        soothing = [s.evidence[0] for s in f.symbols if s.name in _SOOTHING and s.evidence][:2]
        safe = t["safe_place"] + (
            t["safe_with"].format(t["and"].join(soothing)) if soothing else ""
        )
        scene_sentences = sentences(request.source_text) or [request.title]
        chunks = [scene_sentences[i : i + 2] for i in range(0, len(scene_sentences), 2)][:4]
        steps = [
            ScriptStep(phase="grounding", text=t["grounding"], duration=30),
            ScriptStep(phase="breathing", text=t["breathing"], duration=60, breaths_per_minute=6),
            ScriptStep(phase="safe_place", text=safe, duration=45),
        ]
        for i, chunk in enumerate(chunks):
            words = " ".join(chunk)
            if f.language == "en":
                words = _capital(_rewrite(words, _EN_YOU))
                body = (t["scene_intro"] if i == 0 else "") + words
            else:
                body = (t["scene_intro"] if i == 0 else "") + f"„{words}“"
            steps.append(
                ScriptStep(
                    phase="rescripted_scene",
                    text=body[:2000],
                    duration=min(60, 20 + 2 * len(words.split()) / 3),
                )
            )
        feeling = next((e.name for e in f.emotions if e.valence > 0), None)
        anchor = t["anchoring"] + (t["anchor_feeling"].format(feeling) if feeling else "")
        steps += [
            ScriptStep(phase="anchoring", text=anchor, duration=30),
            ScriptStep(phase="return", text=t["return"], duration=20),
        ]
        return GuidedScript(
            title=request.title,
            steps=steps,
            built_from="rescript" if request.from_rescript else "dream",
        )


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
        "anchor_feeling": " Vielleicht ist es: {}.",
        "return": "Lass die Bilder verblassen. Spür den Stuhl unter dir, bewege die Finger und "
        "öffne die Augen, wenn du bereit bist.",
    },
}
