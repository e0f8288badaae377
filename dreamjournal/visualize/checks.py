"""Automated checks on prompts and scripts: language, person, grammar, leaks, shot count.

Used by the tests and by `bench/visualize_eval.py`; each returns the offending pieces (empty:
the check holds), so a failure says what went wrong.
"""

from __future__ import annotations

import re

from dreamjournal.analysis import ScenePlan
from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt
from dreamjournal.visualize.profiles import VideoProfile

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß'’-]+")
FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself|we|us|our|ours|ourselves)\b"
    r"|\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere)\b",
    re.IGNORECASE,
)
# Function words only one of the two languages has (so "die", "was", "also" are left out).
EN_ONLY = frozenset(
    {"the", "and", "with", "you", "your", "is", "are", "of", "it", "this", "that", "there",
     "calm", "feel", "safe", "maybe", "what", "when", "where", "she", "he", "they", "through",
     "into", "from", "slowly", "light"}
)  # fmt: skip
DE_ONLY = frozenset(
    {"der", "das", "und", "ist", "ein", "eine", "einen", "einem", "einer", "mit", "auf", "im",
     "nicht", "ich", "du", "zu", "den", "dem", "sich", "bist", "dich", "dir", "dein", "deine",
     "wie", "wenn", "oder", "aber", "noch", "schon", "auch", "nach", "bei", "vom", "zum",
     "über", "unter", "durch", "langsam", "ruhig"}
)  # fmt: skip
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")
# "didn't" -> "didns't", "bought" -> "boughts": what pronoun swapping left behind.
LEFTOVER_FORMS = re.compile(
    r"\b\w+ns't\b|\b\w+s's\b|\b(?:boughts|reallies|wents|dids|cans|coulds|woulds|wass|hads|"
    r"thoughts? the dreamer|the dreamer (?:am|were)|you (?:was|is|has|does|am))\b",
    re.IGNORECASE,
)
_YOU_S_OK = frozenset({"kiss", "miss", "press", "pass", "cross", "toss", "dress", "focus"})


def words(text: str) -> list[str]:
    """Lower-case words of a text."""
    return [w.lower() for w in _WORD.findall(text)]


def first_person(text: str) -> list[str]:
    """First-person pronouns (English and German) in a text."""
    return FIRST_PERSON.findall(text)


def language_of(text: str) -> str:
    """'en' or 'de' by a small stopword count (ties: 'en')."""
    w = words(text)
    en = sum(x in EN_ONLY for x in w)
    de = sum(x in DE_ONLY for x in w)
    return "de" if de > en else "en"


def foreign_words(text: str, language: str) -> list[str]:
    """Function words of the other language: German in an English text, or English in German."""
    other = DE_ONLY if language == "en" else EN_ONLY
    return [w for w in words(text) if w in other]


def lower_case_starts(text: str) -> list[str]:
    """Sentences that start with a lower-case letter."""
    out = []
    for sentence in _SENTENCES.split(text.strip()):
        first = next((ch for ch in sentence if ch.isalpha()), "")
        if first and first.islower():
            out.append(sentence)
    return out


def agreement_errors(text: str, language: str) -> list[str]:
    """Second-person sentences whose verb does not agree ("You runs", "Du rennt")."""
    bad: list[str] = []
    for sentence in _SENTENCES.split(text.strip()):
        if language == "en":
            m = re.match(r"You (\w+)", sentence)
            if m and (
                m.group(1) in {"is", "was", "has", "does", "am"}
                or (m.group(1).endswith("s") and m.group(1) not in _YOU_S_OK)
            ):
                bad.append(sentence)
        else:
            m = re.match(r"Du (\w+)", sentence)
            if m and not m.group(1).endswith(("st", "ßt", "zt", "xt")):
                bad.append(sentence)
    return bad


def leftover_forms(text: str) -> list[str]:
    """Broken verb forms left by rewriting first-person sentences ("didns't", "boughts")."""
    return [m.group(0) for m in LEFTOVER_FORMS.finditer(text)]


def shot_texts(prompt: VisualizationPrompt) -> list[str]:
    """Each shot's text: subject, setting, action, camera, light, mood."""
    return [
        " ".join([s.subject, s.setting, s.subject_action, s.camera_move, s.light, s.mood])
        for s in prompt.shots
    ]


def shots_without_subject(prompt: VisualizationPrompt) -> list[int]:
    """Indexes of shots that name no visible subject."""
    return [
        i
        for i, s in enumerate(prompt.shots)
        if len(s.subject.strip()) < 3 or len(s.subject_action.split()) < 2
    ]


def shot_count_fits(prompt: VisualizationPrompt, profile: VideoProfile) -> bool:
    """About one shot per 4 s of the clip (12 s -> 3, 8 s -> 2, 4-5 s -> 1)."""
    return len(prompt.shots) == profile.shot_count(prompt.duration)


def repeated_shots(prompt: VisualizationPrompt) -> list[int]:
    """Indexes of shots whose action line repeats an earlier shot's word for word."""
    seen: set[str] = set()
    out: list[int] = []
    for i, s in enumerate(prompt.shots):
        line = " ".join(s.subject_action.lower().split())
        if line in seen:
            out.append(i)
        seen.add(line)
    return out


def leaked_words(prompt: VisualizationPrompt, plan: ScenePlan) -> list[str]:
    """Words only meta, waking or negated lines said that turn up in the shot text."""
    said = {w for b in plan.lines if b.kind == "event" for w in words(b.span.text)}
    marked = {
        w
        for b in plan.lines
        if b.kind != "event"
        for w in words(b.span.text)
        if len(w) >= 4 and w not in said
    }
    shots = set(words(" ".join(shot_texts(prompt))))
    return sorted(marked & shots - _FRAME_WORDS)


# Words the prompt's own templates use, which a marked line may happen to contain too.
_FRAME_WORDS = frozenset(
    {"dream", "dreamer", "light", "slowly", "still", "around", "looks", "quiet", "soft",
     "close", "into", "away", "back", "forward", "with", "from", "over", "night", "then",
     "tense", "calm", "that", "this", "there", "real", "half", "long"}
)  # fmt: skip


def script_problems(script: GuidedScript, language: str) -> dict[str, list[str]]:
    """Everything wrong with a script's scene passages: capitals, agreement, other language."""
    text = " ".join(s.text for s in script.steps)
    scenes = " ".join(s.text for s in script.steps if s.phase == "rescripted_scene")
    return {
        "lower_case_starts": lower_case_starts(text),
        "agreement": agreement_errors(scenes, language),
        "foreign_words": foreign_words(text, language),
        "leftover_forms": leftover_forms(text),
        "first_person": first_person(scenes),
    }
