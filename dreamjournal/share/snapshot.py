"""What a friend receives: a frozen copy of the parts of one dream the owner chose.

A snapshot holds plain values only (no Entry, no pydantic models), so it can be sealed for a
relay or a bundle without carrying anything else that belongs to the vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

INCLUDABLE = ("text", "prompt", "script", "clip")
SNAPSHOT_VERSION = 1


@dataclass(frozen=True)
class ScriptStepView:
    """One step of a guided script as a friend sees it."""

    phase: str
    text: str
    seconds: float


@dataclass(frozen=True)
class Snapshot:
    """Title and date always; text, prompt, script and clip only when chosen."""

    title: str
    date: str
    text: str | None = None
    prompt: str | None = None
    script_title: str | None = None
    script: tuple[ScriptStepView, ...] = ()
    clip: bytes | None = field(default=None, repr=False)

    @property
    def includes(self) -> tuple[str, ...]:
        """Which optional parts are present."""
        present = {
            "text": self.text is not None,
            "prompt": self.prompt is not None,
            "script": bool(self.script),
            "clip": self.clip is not None,
        }
        return tuple(name for name in INCLUDABLE if present[name])

    def meta_json(self) -> bytes:
        """Everything except the clip, as JSON (the clip is sealed on its own)."""
        data: dict[str, Any] = {"v": SNAPSHOT_VERSION, "title": self.title, "date": self.date}
        if self.text is not None:
            data["text"] = self.text
        if self.prompt is not None:
            data["prompt"] = self.prompt
        if self.script:
            data["script_title"] = self.script_title or self.title
            data["script"] = [
                {"phase": s.phase, "text": s.text, "seconds": s.seconds} for s in self.script
            ]
        return orjson.dumps(data)

    @classmethod
    def from_parts(cls, meta: bytes, clip: bytes | None) -> Snapshot:
        """Rebuild from decrypted JSON and clip bytes."""
        data = orjson.loads(meta)
        steps = tuple(
            ScriptStepView(str(s["phase"]), str(s["text"]), float(s["seconds"]))
            for s in data.get("script", ())
        )
        return cls(
            title=str(data["title"]),
            date=str(data["date"]),
            text=data.get("text"),
            prompt=data.get("prompt"),
            script_title=data.get("script_title"),
            script=steps,
            clip=clip,
        )
