"""From dream to prompt and script: specific, distinct, valid; IRT and crisis rules kept."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, timedelta

import pytest

from dreamjournal.errors import BackendError, ConsentRequired, InvalidInput
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.irt import (
    ProtocolRule,
    RescriptRequired,
    log_rehearsal,
    rehearsals,
    set_rescript,
    suggest_rescripts,
)
from dreamjournal.visualize.models import GuidedScript, VisualizationPrompt
from dreamjournal.visualize.service import CrisisPause, visualize
from dreamjournal.visualize.shotlist import NEUTRAL_DREAMER  # noqa: E402
from dreamjournal.visualize.writer import (
    UnknownWriter,
    VisualizationRequest,
    get_writer,
    register_writer,
)
from tests.conftest import PASSPHRASE

DREAMS = {
    "lighthouse": "I climbed the stairs of an old lighthouse by the ocean. At the top a door "
    "opened onto the sky and I could fly over the water. I felt free and happy.",
    "exam": "I was back at school and late for an exam. The corridor kept getting longer and "
    "my teacher laughed at me. I felt ashamed and confused.",
    "forest": "Ich ging durch einen dunklen Wald. Zwischen den Bäumen brannte ein Feuer und eine "
    "Schlange lag auf dem Weg. Ich hatte keine Angst, ich war neugierig.",
    "city": "A city of glass at night. Trains ran through the sky and a clock struck thirteen. "
    "My brother was waiting on a bridge with a key.",
    "snow": "Snow fell inside my childhood house. My grandmother was alive again and made tea. "
    "We watched the moon through the window. I was calm.",
    "teeth": "My teeth were falling out in a mirror in a hospital. A spider crawled out of the "
    "sink and I woke up screaming.",
}


LABELS = {"style", "palette", "story", "shot", "list", "setting", "light", "mood", "dream"}
# The prompt's fixed frame (labels, the neutral dreamer, the sound line's rule) is not substance.
LABELS |= {"subject", "action", "camera", "colours", "sound", "dreamer", "the", "and", "same"}
LABELS |= set(re.findall(r"[a-z]{3,}", NEUTRAL_DREAMER + " every shot ambience only no dialogue"))
LABELS |= {"voice", "over", "lyrics", "text", "screen", "wide", "medium", "close"}


def _words(text: str) -> set[str]:
    """Content words of a prompt, without its fixed labels."""
    return set(re.findall(r"[a-zäöüß]{3,}", text.lower())) - LABELS


@pytest.fixture
def entries(journal: Journal) -> dict[str, str]:
    return {k: journal.add(title=k.title(), body=v).id for k, v in DREAMS.items()}


def test_prompt_follows_the_dreams_own_symbols_and_setting(
    journal: Journal, entries: dict[str, str]
) -> None:
    v = visualize(journal.get(entries["lighthouse"]))
    text = v.prompt.as_text()
    assert text.startswith("Style: ")  # style first, as video models expect
    assert re.search(r"\[00:00-00:0\d\] ", text)  # timestamped shot list
    for word in ("lighthouse", "sea", "door", "sky", "water"):
        assert word in text.lower()
    assert 3 <= len(v.prompt.palette) <= 5
    assert {"ocean", "stairs", "door", "sky"} <= {
        s for shot in v.prompt.shots for s in shot.symbols
    }
    german = visualize(journal.get(entries["forest"]))
    assert german.analysis.language == "de"
    # The prompt is English (the glossary carries "Wald" over), the script German.
    assert "forest" in german.prompt.as_text() and "Wald" not in german.prompt.as_text()
    assert german.script.steps[0].text.startswith("Setz dich")
    assert any("Wald" in s.text for s in german.script.steps)
    assert all(e.name != "fear" for e in german.analysis.emotions)  # "keine Angst"


def test_prompts_for_different_dreams_differ_in_substance(
    journal: Journal, entries: dict[str, str]
) -> None:
    texts = {k: visualize(journal.get(i)).prompt.as_text() for k, i in entries.items()}
    for (a, ta), (b, tb) in itertools.combinations(texts.items(), 2):
        wa, wb = _words(ta), _words(tb)
        jaccard = len(wa & wb) / len(wa | wb)
        assert jaccard < 0.4, (a, b, jaccard)


def test_output_is_deterministic_and_valid_json(journal: Journal, entries: dict[str, str]) -> None:
    entry = journal.get(entries["city"])
    a, b = visualize(entry), visualize(entry)
    assert a.to_json() == b.to_json()
    data = json.loads(json.dumps(a.to_json()))
    assert {"prompt", "prompt_text", "script", "analysis", "safety"} <= set(data)
    assert VisualizationPrompt.model_validate(data["prompt"]) == a.prompt
    assert GuidedScript.model_validate(data["script"]) == a.script


def test_script_has_the_guided_phases_and_resonance_breathing(
    journal: Journal, entries: dict[str, str]
) -> None:
    script = visualize(journal.get(entries["snow"])).script
    phases = [s.phase for s in script.steps]
    assert phases[:3] == ["grounding", "breathing", "safe_place"]
    assert phases[-2:] == ["anchoring", "return"]
    assert "rescripted_scene" in phases
    assert script.steps[1].breaths_per_minute == 6
    assert any("grandmother" in s.text for s in script.steps)
    assert 120 < script.duration < 600


def test_nightmare_needs_a_rescript_and_the_script_never_rehearses_it(journal: Journal) -> None:
    e = journal.add(
        title="Chased",
        nightmare=True,
        body="A wolf chased me down endless stairs into black water and I screamed.",
    )
    with pytest.raises(RescriptRequired, match="changed version"):
        visualize(e)
    with pytest.raises(InvalidInput, match="almost the same"):
        set_rescript(
            journal,
            e.id,
            "A wolf chased me down endless stairs into black water and I screamed loudly.",
        )
    ideas = suggest_rescripts(visualize.__globals__["analyze"](e.body))
    assert any("wolf" in idea for idea in ideas)
    rescripted = set_rescript(
        journal,
        e.id,
        "I turn around on the stairs. The wolf becomes a "
        "sleepy dog and my sister lights a lantern.",
    )
    v = visualize(rescripted)
    assert v.built_from == "rescript" and v.script.built_from == "rescript"
    everything = v.prompt.as_text() + " ".join(s.text for s in v.script.steps)
    assert "lantern" in everything and "sister" in everything
    assert "screamed" not in everything and "black water" not in everything


def test_at_most_two_new_dreams_a_week(journal: Journal) -> None:
    ids = [
        journal.add(title=f"N{i}", nightmare=True, body=f"nightmare number {i} here").id
        for i in range(3)
    ]
    monday = date(2026, 11, 16)
    set_rescript(journal, ids[0], "It ends well, with friends.", today=monday)
    set_rescript(journal, ids[1], "A helper arrives and all is calm.", today=monday + timedelta(2))
    with pytest.raises(ProtocolRule, match="2026-11-23"):
        set_rescript(journal, ids[2], "I can fly away.", today=monday + timedelta(4))
    set_rescript(journal, ids[0], "It ends well, with two friends.", today=monday + timedelta(4))
    set_rescript(journal, ids[2], "I can fly away.", today=monday + timedelta(7))


def test_rehearsal_log_round_trips_encrypted(journal: Journal, vault_file) -> None:  # type: ignore[no-untyped-def]
    e = journal.add(title="N", nightmare=True, body="the flood rises")
    with pytest.raises(RescriptRequired):
        log_rehearsal(journal, e.id, minutes=5, distress_before=5, distress_after=3)
    set_rescript(journal, e.id, "The water turns into a calm warm lake.")
    day = date(2026, 11, 20)
    log_rehearsal(journal, e.id, minutes=12, distress_before=7, distress_after=4, day=day)
    with pytest.raises(ProtocolRule, match="at most 8 more"):
        log_rehearsal(journal, e.id, minutes=9, distress_before=6, distress_after=4, day=day)
    with pytest.raises(InvalidInput, match="0 \\(calm\\) to 10"):
        log_rehearsal(journal, e.id, minutes=5, distress_before=11, distress_after=4, day=day)
    log_rehearsal(journal, e.id, minutes=8, distress_before=6, distress_after=2, day=day)
    rows = journal.store.rows("rehearsal")
    assert len(rows) == 2 and all(b"distress" not in r[2] for r in rows)
    journal.lock()
    again = Journal.unlock(vault_file, PASSPHRASE)
    log = rehearsals(again, e.id)
    assert [(r.minutes, r.distress_before, r.distress_after) for r in log] == [
        (12, 7, 4),
        (8, 6, 2),
    ]
    again.delete(e.id)  # rehearsals go with their entry
    assert again.records("rehearsal") == {}
    again.lock()


class _FakeRemote:
    name, remote = "fake-remote", True

    def __init__(self, fail: bool = False) -> None:
        self.fail, self.calls = fail, 0

    def write(self, request: VisualizationRequest) -> tuple[VisualizationPrompt, GuidedScript]:
        if not request.consent:
            raise ConsentRequired("no consent")
        self.calls += 1
        if self.fail:
            raise BackendError("The model server did not answer.")
        return get_writer("offline").write(request)


def test_remote_writers_pause_for_crisis_language_and_fall_back_visibly(journal: Journal) -> None:
    remote = _FakeRemote()
    register_writer("fake-remote", lambda **_: remote)
    e = journal.add(title="Tonight", body="I dreamt of the sea. I want to kill myself.")
    offline = visualize(e)
    assert offline.safety.flagged and offline.writer == "offline"  # offline still works
    with pytest.raises(CrisisPause, match="confirm"):
        visualize(e, writer="fake-remote", consent=True)
    assert remote.calls == 0
    with pytest.raises(ConsentRequired):
        visualize(e, writer="fake-remote", crisis_confirmed=True)
    ok = visualize(e, writer="fake-remote", consent=True, crisis_confirmed=True)
    assert ok.writer == "fake-remote" and remote.calls == 1
    failing = _FakeRemote(fail=True)
    register_writer("fake-remote", lambda **_: failing)
    calm = journal.add(title="Sea", body="I swam in a calm sea under the moon.")
    fell_back = visualize(calm, writer="fake-remote", consent=True)
    assert fell_back.writer == "offline" and "did not answer" in (fell_back.fallback_reason or "")


def test_unknown_writer_is_a_clear_error() -> None:
    with pytest.raises(UnknownWriter, match="offline"):
        get_writer("gpt-9000")


def test_german_rescript_ideas_use_the_dreamers_own_words() -> None:
    from dreamjournal.analysis import analyze

    ideas = suggest_rescripts(analyze("Ein Wolf jagte mich durch den Wald bis zu unserem Haus."))
    text = " ".join(ideas)
    assert "„Wolf“" in text
    assert not {"wolf", "forest", "house"} & set(text.replace("„", " ").replace("“", " ").split())


def test_a_describing_word_never_stands_alone_in_the_prompt(journal: Journal) -> None:
    """'a garden with a calm lake' keeps the lake: the prompt never reads 'in view: a calm'."""
    body = (
        "The tall man stops at the end of the corridor. He sits down on a bench and the "
        "corridor opens into a garden with a calm lake. I sit by the water and the light is warm."
    )
    text = visualize(journal.add(title="Garden", body=body)).prompt.as_text()
    assert "a calm lake" in text
    assert not re.search(r"\ba calm(?! lake)\b", text)
