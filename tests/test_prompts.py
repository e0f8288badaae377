"""Video prompts from the scene plan: English, third person, a subject per shot, fitting length."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dreamjournal.analysis import analyze
from dreamjournal.visualize import checks
from dreamjournal.visualize.models import Shot, VisualizationPrompt
from dreamjournal.visualize.offline import OfflineWriter
from dreamjournal.visualize.profiles import PROFILES
from dreamjournal.visualize.shotlist import NEUTRAL_DREAMER, dreamer_look
from dreamjournal.visualize.writer import VisualizationRequest

EVAL = Path(__file__).resolve().parent.parent / "eval" / "visualize_dreams.jsonl"
DREAMS = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line]
IDS = [d["id"] for d in DREAMS]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def write(
    text: str, seconds: float = 12, profile: str = "generic", cameo: str | None = None, **kw: bool
) -> tuple[VisualizationPrompt, object]:
    request = VisualizationRequest(
        "e1", "Mein Traum: ich falle", text, analyze(text), kw.get("rescript", False),
        seconds=seconds, profile=profile, cameo=cameo,
    )  # fmt: skip
    return OfflineWriter().write(request)  # type: ignore[return-value]


@pytest.mark.parametrize("dream", DREAMS, ids=IDS)
@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_eval_dream_gives_a_clean_english_prompt(dream: dict, profile: str) -> None:
    prompt, _ = write(dream["text"], dream["seconds"], profile, rescript=dream.get("rescript"))
    text = prompt.as_text()
    assert checks.language_of(text) == "en", text
    assert checks.foreign_words(text, "en") == [], text
    assert checks.first_person(text) == [], text
    assert checks.shots_without_subject(prompt) == []
    assert checks.shot_count_fits(prompt, PROFILES[profile])
    assert PROFILES[profile].accepts_seconds(prompt.duration)
    plan = analyze(dream["text"]).scene_plan
    assert plan is not None and checks.leaked_words(prompt, plan) == []
    assert not HEX.search(text) and prompt.palette  # colours in words; hex kept aside
    assert "no dialogue" in prompt.sound
    assert len(text) <= PROFILES[profile].max_prompt_chars


def test_a_german_dream_gives_an_english_prompt_and_keeps_its_words_only_in_notes() -> None:
    text = (
        "Ich war mit meiner Schwester am Meer. Es war Nacht und der Mond schien. Ein Wolf "
        "verfolgte uns am Strand, aber ich hatte keine Angst. Dann bin ich aufgewacht."
    )
    prompt, _ = write(text, 12, "sora-2")
    out = prompt.as_text()
    assert checks.language_of(out) == "en"
    for german in ("Meer", "Schwester", "Mond", "Wolf verfolgte", "Strand", "ich"):
        assert german not in out
    assert "sea" in out and "wolf" in out and "moon" in out and "sister" in out
    assert any("Schwester" in n for n in prompt.notes)  # her words, for reference only
    assert all("“" not in s.subject_action for s in prompt.shots)


def test_meta_waking_and_negated_lines_never_become_shots() -> None:
    text = (
        "We didn't go into the church. I wasn't scared of the shark. I was swimming in a warm "
        "lake with my brother. This was long, I'm forgetting half of it. Then my alarm went off."
    )
    prompt, _ = write(text, 12)
    shots = " ".join(checks.shot_texts(prompt)).lower()
    for word in ("church", "shark", "alarm", "forgetting", "scared"):
        assert word not in shots
    assert "swims" in shots and "lake" in shots and "brother" in shots


def test_shot_count_fits_the_duration() -> None:
    text = "I ran through a forest. Then I flew over a city. Then I swam in the sea. I was happy."
    for profile, seconds, shots in (
        ("sora-2", 12, 3), ("sora-2", 8, 2), ("sora-2", 4, 1), ("veo-3", 12, 2),
        ("open", 5, 1), ("generic", 20, 5), ("generic", 12, 3),
    ):  # fmt: skip
        prompt, _ = write(text, seconds, profile)
        assert len(prompt.shots) == shots, (profile, seconds)
        assert prompt.duration == PROFILES[profile].fit_seconds(seconds)


def test_shots_read_in_order_and_the_dreamer_looks_the_same_in_every_shot() -> None:
    cameo = "I'm a tall woman with curly red hair and a yellow raincoat"
    prompt, _ = write("I walked along a beach. Then I climbed a mountain. I felt calm.", 12,
                      "sora-2", cameo)  # fmt: skip
    look = "a tall woman with curly red hair and a yellow raincoat"
    assert prompt.dreamer == look and dreamer_look(cameo) == look
    assert all(look in s.subject for s in prompt.shots if s.subject.startswith("the dreamer"))
    line = prompt.as_text().splitlines()[-1]
    order = [line.index(label) for label in
             ("Subject:", "Setting:", "Action:", "Camera:", "Light:", "Mood:")]  # fmt: skip
    assert order == sorted(order)
    plain, _ = write("I walked along a beach.", 4, "sora-2")
    assert plain.dreamer == NEUTRAL_DREAMER and checks.first_person(plain.as_text()) == []
    assert dreamer_look("ich") == NEUTRAL_DREAMER


def test_each_profile_shapes_the_text() -> None:
    text = "I flew over the mountains at night and the stars were everywhere. I felt awe."
    veo, _ = write(text, 8, "veo-3")
    assert "\nAudio: Ambience only" in veo.as_text()
    short, _ = write(text, 5, "open")
    assert "\n" not in short.as_text() and len(short.as_text()) < 900
    sora, _ = write(text, 12, "sora-2")
    assert "\nSound: " in sora.as_text() and "Shot list:" in sora.as_text()


def test_long_titles_and_unbroken_text_never_make_a_prompt_invalid() -> None:
    text = "x" * 5000 + " I ran " + "Zzzz" * 900 + ". " + "a" * 400
    request = VisualizationRequest("e1", "T" * 200, text, analyze(text), False)
    prompt, script = OfflineWriter().write(request)
    assert VisualizationPrompt.model_validate(prompt.model_dump()) == prompt
    cameo = "kurz " * 400
    prompt, _ = write("I ran.", 12, "generic", cameo)
    assert len(prompt.dreamer) <= 300


def test_old_shots_without_a_subject_still_validate() -> None:
    shot = Shot(start=0, duration=4, framing="wide", camera_move="static",
                subject_action="A lake at night", setting="a lake", light="moonlight",
                mood="calm")  # fmt: skip
    assert shot.subject == ""


def test_visualize_takes_the_cameo_and_the_profile(journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dreamjournal.errors import InvalidInput
    from dreamjournal.visualize.service import visualize

    entry = journal.add(title="Sea", body="Ich schwamm im Meer und war glücklich.")
    result = visualize(entry, cameo="a short man with a grey beard", profile="veo-3")
    assert result.prompt.profile == "veo-3" and result.prompt.duration == 8
    assert result.prompt.dreamer == "a short man with a grey beard"
    assert "Audio: " in result.to_json()["prompt_text"]
    monkeypatch.setenv("DREAMJOURNAL_VIDEO_PROFILE", "sora-2")
    assert visualize(entry, seconds=10).prompt.duration == 8  # the nearest Sora-2 length
    monkeypatch.delenv("DREAMJOURNAL_VIDEO_PROFILE")
    assert visualize(entry).prompt.profile == "generic"
    with pytest.raises(InvalidInput, match="no video profile"):
        visualize(entry, profile="hal")


@pytest.mark.parametrize(
    ("cameo", "look"),
    [
        ("Ich bin eine große Frau mit langen roten Haaren und einer Brille",
         "a tall woman with long red hair and glasses"),
        ("groß, schlank, kurze graue Haare, Bart, dunkler Mantel",
         "tall, slim, short grey hair, beard, dark coat"),
        ("I'm a short man with a grey beard and a green coat",
         "a short man with a grey beard and a green coat"),
        ("my hair is long", "hair is long"),
    ],
)  # fmt: skip
def test_a_self_description_becomes_english_third_person(cameo: str, look: str) -> None:
    assert dreamer_look(cameo) == look
    prompt, _ = write("Ich schwamm im Meer.", 4, "sora-2", cameo)
    assert checks.language_of(prompt.as_text()) == "en" and not checks.first_person(
        prompt.as_text()
    )


def test_the_settings_self_description_reaches_every_shot(data_dir: Path) -> None:
    from tests.test_app_support import make_vault, open_app, texts, unlock

    make_vault(data_dir, [{"title": "sea", "body": "I swam in a calm sea under the moon."}])
    at = unlock(open_app()).switch_page("pages/settings.py").run()
    at.text_area(key="s_cameo").input("a tall man with a grey beard and a red scarf").run()
    at.switch_page("pages/visualize.py").run()
    assert "a grey beard and a red scarf" in texts(at) or any(
        "red scarf" in str(c.value) for c in at.code
    )


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("I was flying over purple lavender fields at sunset with my grandmother.", "purple"),
        ("Ich ging durch einen Wald mit roten Bäumen.", "red"),
    ],
)
def test_the_colours_a_dream_names_are_in_the_colours_line(text: str, colour: str) -> None:
    prompt, _ = write(text)
    assert colour in prompt.colours


def test_a_childs_dream_written_down_by_a_parent_draws_a_child() -> None:
    """'Ben (age 6) told me this' is Ben's dream: without a cameo the dreamer is drawn as a
    child of about six, not the neutral adult; a cameo still wins, and an ordinary dream with a
    name and an age keeps the neutral adult."""
    told = (
        "Ben (age 6) told me this at breakfast. He said a lion lived in our bathtub and he was "
        "really scared of it. Then the lion turned into a cat."
    )
    prompt, _ = write(told)
    assert prompt.dreamer.startswith("a child of about 6")
    assert all("adult" not in s.subject for s in prompt.shots)
    cameo = "a boy with a green cap"
    assert write(told, cameo=cameo)[0].dreamer == cameo
    own = "Jenny (29) was at the party with me and we danced in the kitchen."
    assert write(own)[0].dreamer == NEUTRAL_DREAMER
