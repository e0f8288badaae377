"""Visualize one entry: analysis, safety, IRT rules, the chosen writer, a visible fall-back."""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dreamjournal.analysis import DreamFeatures, analyze
from dreamjournal.errors import BackendError, ConsentRequired, DreamJournalError
from dreamjournal.i18n import message
from dreamjournal.store.entry import Entry
from dreamjournal.therapy.irt import require_rescript
from dreamjournal.therapy.safety import CrisisAssessment, assess_crisis
from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt
from dreamjournal.visualize.profiles import get_profile
from dreamjournal.visualize.writer import VisualizationRequest, get_writer, shorten


class CrisisPause(DreamJournalError):
    """Remote sending and sharing pause for an entry with crisis language until confirmed."""


class Visualization(BaseModel):
    """What the Visualize page and `dreamjournal visualize` show."""

    entry_id: str
    writer: str
    built_from: str
    prompt: VisualizationPrompt
    script: GuidedScript
    analysis: DreamFeatures
    safety: CrisisAssessment
    fallback_reason: str | None = None  # English (JSON, logs); `fallback_error` for people
    fallback_error: DreamJournalError | None = Field(default=None, exclude=True)

    model_config = ConfigDict(arbitrary_types_allowed=True)

    def fallback_text(self, lang: str) -> str | None:
        """Why the offline writer stood in, in `lang`."""
        if self.fallback_error is None:
            return self.fallback_reason
        return message("vis.fallback", lang, reason=self.fallback_error.render(lang))

    def to_json(self) -> dict[str, Any]:
        """JSON with `prompt`, `prompt_text`, `script`, `analysis`, `safety` (and more)."""
        data = self.model_dump(mode="json")
        data["prompt_text"] = self.prompt.as_text()
        return data


def entry_safety(entry: Entry) -> CrisisAssessment:
    """Crisis language anywhere in the entry (title, body, rescript). A title made from the
    body's first words is not read a second time: cut off after eight words it can lose what
    the sentence goes on to say ("thoughts of being better off dead: …" before "not at all")."""
    title = entry.title.removesuffix("…").strip()
    own_title = "" if title and entry.body.lstrip().startswith(title) else entry.title
    return assess_crisis("\n".join([own_title, entry.body, entry.rescript or ""]))


def check_crisis_confirmed(entry: Entry, confirmed: bool) -> CrisisAssessment:
    """Raise CrisisPause if the entry has crisis language and the person has not confirmed."""
    safety = entry_safety(entry)
    if safety.flagged and not confirmed:
        raise CrisisPause("error.service.dream_mentions_thoughts")
    return safety


def _profile_name(name: str | None) -> str:
    """The profile a prompt is shaped for: the one asked for, the setting's, else generic."""
    if name:
        return get_profile(name).name
    configured = os.environ.get("DREAMJOURNAL_VIDEO_PROFILE", "").strip()
    if configured:
        return get_profile(configured).name
    return "generic"


def visualize(
    entry: Entry,
    *,
    writer: str = "offline",
    consent: bool = False,
    crisis_confirmed: bool = False,
    seconds: float = 12.0,
    writer_options: dict[str, Any] | None = None,
    cameo: str | None = None,
    profile: str | None = None,
) -> Visualization:
    """Prompt + script for an entry; a nightmare is built from its rescript, never unchanged.

    `cameo` is how the person looks in their dreams (the dreamer then looks so in every shot;
    without one, a neutral dreamer). `profile` names the video provider profile the prompt is
    shaped for (sora-2, veo-3, open, generic); None: DREAMJOURNAL_VIDEO_PROFILE, else generic.
    """
    require_rescript(entry)
    from_rescript = bool((entry.rescript or "").strip())
    source = (entry.rescript if from_rescript else entry.body) or entry.title
    features = analyze(source)
    chosen = get_writer(writer, **(writer_options or {}))
    if chosen.remote:
        safety = check_crisis_confirmed(entry, crisis_confirmed)
    else:
        safety = entry_safety(entry)
    request = VisualizationRequest(
        entry.id,
        shorten(entry.title, 200),
        source,
        features,
        from_rescript,
        seconds=seconds,
        consent=consent,
        cameo=cameo,
        profile=_profile_name(profile),
    )
    fallback = None
    fallback_error: DreamJournalError | None = None
    try:
        prompt, script = chosen.write(request)
        used = chosen.name
    except ConsentRequired:
        raise
    except BackendError as exc:
        if not chosen.remote:
            raise
        prompt, script = get_writer("offline").write(request)
        used, fallback = "offline", message("vis.fallback", reason=exc.user_message)
        fallback_error = exc
    return Visualization(
        entry_id=entry.id,
        writer=used,
        built_from="rescript" if from_rescript else "dream",
        prompt=prompt,
        script=script,
        analysis=features,
        safety=safety,
        fallback_reason=fallback,
        fallback_error=fallback_error,
    )
