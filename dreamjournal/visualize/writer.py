"""Writers turn a dream into a prompt and a script; a registry maps names to them.

Like `llm`'s model plugins: a writer is a small class with a `name`, a `remote` flag (remote
writers send the dream off this machine and so need consent) and one method, `write`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from dreamjournal.analysis import DreamFeatures
from dreamjournal.errors import DreamJournalError
from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis if cut.

    Entries allow longer titles (500) and unbroken text (a Japanese paragraph has no spaces)
    than a prompt's fields hold; every field a writer fills from the person's words goes
    through here, so no input length can make a prompt invalid.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


@dataclass(frozen=True)
class VisualizationRequest:
    """What a writer gets: the text to build from (a nightmare's rescript), and its features."""

    entry_id: str
    title: str
    source_text: str
    features: DreamFeatures
    from_rescript: bool
    seconds: float = 12.0
    consent: bool = False  # consent to send THIS dream off the machine, given in this call
    cameo: str | None = None  # how the person looks in their dreams (else a neutral dreamer)
    profile: str = "generic"  # the video provider profile the prompt is shaped for


class Writer(Protocol):
    """Builds a VisualizationPrompt and a GuidedScript for one request."""

    name: str
    remote: bool

    def write(self, request: VisualizationRequest) -> tuple[VisualizationPrompt, GuidedScript]: ...


class UnknownWriter(DreamJournalError, KeyError):
    """No writer registered under that name."""


WriterFactory = Callable[..., Writer]
_REGISTRY: dict[str, WriterFactory] = {}


def register_writer(name: str, factory: WriterFactory) -> None:
    """Make a writer available under `name`."""
    _REGISTRY[name] = factory


def writer_names() -> list[str]:
    """Registered writer names, offline first."""
    _load_builtins()
    return sorted(_REGISTRY, key=lambda n: (n != "offline", n))


def get_writer(name: str, **options: object) -> Writer:
    """A writer instance; options go to its factory (settings, client, sleep)."""
    _load_builtins()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UnknownWriter(
            "error.writer.writer_called_choose",
            name=name,
            join_writer_names=", ".join(writer_names()),
        ) from None
    return factory(**options)


def _load_builtins() -> None:
    if "offline" not in _REGISTRY:
        from dreamjournal.visualize.offline import OfflineWriter

        register_writer("offline", lambda **_: OfflineWriter())
    if "openai" not in _REGISTRY:
        try:
            from dreamjournal.visualize.openai_writer import OpenAIWriter
        except ImportError:  # not built yet
            return
        register_writer("openai", OpenAIWriter)
