"""AppTest: the Visualize page — analysis, prompt, script player, IRT, consent, crisis, clips."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.render import clips
from dreamjournal.render.clips import render_temp_root
from dreamjournal.services import clips as clip_service
from dreamjournal.therapy import irt
from dreamjournal.ui import clip_panel, state
from tests.loopback_server import LoopbackServer, Reply
from tests.test_app_support import FakeClock, click, make_vault, open_app, session_journal, texts
from tests.test_app_support import unlock as unlock_form

VISUALIZE = "pages/visualize.py"
FOX = {
    "title": "Silver fox",
    "date": date(2025, 3, 2),
    "body": "I walked through a forest at night with my sister. A silver fox led us to a "
    "lake under the moon. I felt calm and curious.",
}
TRAIN = {
    "title": "Night train",
    "date": date(2025, 3, 1),
    "body": "A long night train crossed the desert. My grandmother sat by the window and we "
    "laughed about the stars. Everything felt joyful.",
}
WOLF = {
    "title": "The wolf in the corridor",
    "date": date(2025, 3, 3),
    "body": "A wolf chased me through a dark school corridor. I was terrified and could not "
    "scream. The doors were all locked.",
    "nightmare": True,
}
RESCRIPT = (
    "The wolf sits down and becomes a small friendly dog. A lantern keeper opens a door "
    "onto a garden full of warm light, and I walk out slowly, breathing easily."
)
CRISIS = {
    "title": "Grey bridge",
    "date": date(2025, 3, 4),
    "body": "I stood on a grey bridge over a river. When I woke up I thought: I want to die.",
}


def _open(data_dir: Path, *dreams: dict[str, Any]) -> AppTest:
    make_vault(data_dir, dreams)
    at = open_app()
    unlock_form(at)
    return at.switch_page(VISUALIZE).run()


def _ids(at: AppTest) -> dict[str, str]:
    j = session_journal(at)
    assert j is not None
    return {e.title: e.id for e in j.list()}


def _pick(at: AppTest, title: str) -> AppTest:
    return at.selectbox(key="v_entry").select(_ids(at)[title]).run()


def _plain(elements: Any) -> str:
    """The text of alerts, with Markdown escapes (backslashes, word joiners) taken out."""
    return " ".join(str(e.value) for e in elements).replace("\\", "").replace("\u2060", "")


def _prompt(at: AppTest) -> str:
    assert len(at.code) == 1, [c.value for c in at.code]
    return str(at.code[0].value).lstrip("\n")  # an empty first row holds the copy button


@pytest.fixture
def model_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    """A recording 'model server' on 127.0.0.1 that refuses every request (HTTP 400)."""
    with LoopbackServer(responder=lambda _: Reply(status=400, json={"error": "no"})) as server:
        monkeypatch.setenv("DREAMJOURNAL_OPENAI_BASE_URL", server.url + "/v1")
        yield server


def test_analysis_and_prompt_and_another_dream(data_dir: Path) -> None:
    at = _open(data_dir, FOX, TRAIN)
    assert not at.exception
    shown = texts(at)
    assert "Silver fox" in shown  # the newest dream comes first
    assert "**Symbols** · forest  ·  water  ·  moon" in shown
    assert "**Figures** · sister" in shown
    assert "Feeling tone: pleasant" in " ".join(str(m.value) for m in at.markdown)
    fox_prompt = _prompt(at)
    assert fox_prompt.startswith("Style:") and "Shot list:" in fox_prompt and "fox" in fox_prompt
    _pick(at, "Night train")
    train_prompt = _prompt(at)
    assert train_prompt != fox_prompt and "train" in train_prompt
    assert [t.label for t in at.tabs] == ["Guided script", "Video prompt", "Clip"]


def test_journal_detail_choice_opens_here(data_dir: Path) -> None:
    make_vault(data_dir, [FOX, TRAIN])
    at = unlock_form(open_app())
    at.session_state["j_open"] = _ids(at)["Night train"]
    at.switch_page(VISUALIZE).run()
    assert at.selectbox(key="v_entry").value == _ids(at)["Night train"]
    at.text_input(key="v_query").input("fox").run()
    assert at.selectbox(key="v_entry").options[-1].endswith("Silver fox")
    at.session_state["v_pick"] = _ids(at)["Silver fox"]  # what `open_in_visualize` leaves
    at.run()
    assert at.selectbox(key="v_entry").value == _ids(at)["Silver fox"]


def test_script_player_counts_down_and_steps(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(state, "now", clock)
    at = _open(data_dir, FOX)
    assert "Step 1 of 7 · Grounding" in texts(at)
    assert at.metric[0].value == "0:30"
    click(at, "Start")
    clock.advance(40 / 60)  # 40 s: grounding (30 s) is over, 10 s into breathing
    at.run()
    assert "Step 2 of 7 · Breathing" in texts(at)
    assert at.metric[0].value == "0:50"
    assert "6 breaths a minute" in texts(at)
    click(at, "Pause")
    clock.advance(5)
    at.run()
    assert at.metric[0].value == "0:50"  # paused: no time passes
    click(at, "Next")
    assert "Step 3 of 7 · Safe place" in texts(at)


def test_nightmare_needs_rescript_then_script_comes_from_it(data_dir: Path) -> None:
    at = _open(data_dir, FOX, WOLF)
    assert "The wolf in the corridor" in texts(at)
    assert "Imagery rehearsal" in texts(at)
    assert "Write the changed version yourself" in texts(at)
    assert "Transform the wolf" in texts(at)
    assert len(at.code) == 0 and len(at.tabs) == 0  # no prompt, no script of the nightmare
    assert "Step 1 of" not in texts(at)
    key = f"v_rescript_{_ids(at)['The wolf in the corridor']}"
    at.text_area(key=key).input(WOLF["body"]).run()
    click(at, "Save the changed version")
    assert "almost the same as the nightmare" in " ".join(e.value for e in at.error)
    at.text_area(key=key).input(RESCRIPT).run()
    click(at, "Save the changed version")
    assert "Saved. The script and prompt are now built from your changed version." in texts(at)
    assert "Built from your changed version" in texts(at)
    prompt = _prompt(at)
    assert "lantern" in prompt and "terrified" not in prompt
    assert [t.label for t in at.tabs][-1] == "Rehearsal"
    assert "Step 1 of" in texts(at)


def test_rehearsal_log_and_twenty_minute_rule(data_dir: Path) -> None:
    at = _open(data_dir, {**WOLF, "rescript": RESCRIPT})
    assert "No rehearsals logged for this dream yet." in texts(at)
    at.number_input(key="v_reh_minutes").set_value(15)
    at.pills(key="v_reh_before").set_value(7)
    at.pills(key="v_reh_after").set_value(4)
    click(at, "Log rehearsal")
    assert "Rehearsal logged." in texts(at)
    assert "Today: 15 minutes (aim for 5–20)" in [p.proto.text for p in at.get("progress")]
    j = session_journal(at)
    assert j is not None
    [logged] = irt.rehearsals(j)
    assert (logged.minutes, logged.distress_before, logged.distress_after) == (15, 7, 4)
    at.number_input(key="v_reh_minutes").set_value(10)
    click(at, "Log rehearsal")
    assert "Choose the distress before and after" in " ".join(e.value for e in at.error)
    at.pills(key="v_reh_before").set_value(6)
    at.pills(key="v_reh_after").set_value(3)
    click(at, "Log rehearsal")
    assert "at most 5 more" in " ".join(e.value for e in at.error)
    at.number_input(key="v_reh_minutes").set_value(5)
    at.pills(key="v_reh_before").set_value(6)
    at.pills(key="v_reh_after").set_value(3)
    click(at, "Log rehearsal")
    assert "That is 20 minutes today — the most imagery rehearsal asks for." in texts(at)
    assert len(irt.rehearsals(j)) == 2
    assert len(at.dataframe) == 2  # the shot list and the rehearsal table


def test_remote_writer_needs_consent_every_time(
    data_dir: Path, model_server: LoopbackServer
) -> None:
    at = _open(data_dir, FOX)
    at.segmented_control(key="v_writer").set_value("openai").run()
    assert model_server.url.removeprefix("http://") in texts(at).replace("\u2060", "").replace(
        "\\", ""
    )
    click(at, "Send and write")
    assert "needs your consent" in _plain(at.error)
    assert model_server.requests == []  # refused before anything was sent
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    consent.check().run()
    click(at, "Send and write")
    assert len(model_server.requests) == 1  # sent once, with consent
    assert "HTTP 400" in _plain(at.warning)
    assert "Used the offline writer instead." in _plain(at.warning)
    assert _prompt(at).startswith("Style:")  # the offline fall-back is shown
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    assert consent.value is False  # used up: the next request asks again
    click(at, "Send and write")
    assert len(model_server.requests) == 1


def test_crisis_language_shows_help_and_pauses_remote_writer(
    data_dir: Path, model_server: LoopbackServer
) -> None:
    at = _open(data_dir, CRISIS)
    shown = texts(at)
    assert "You don't have to go through this alone." in shown
    assert "Find A Helpline" in shown
    at.segmented_control(key="v_writer").set_value("openai").run()
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    consent.check().run()
    click(at, "Send and write")
    assert "mentions thoughts of hurting yourself" in " ".join(e.value for e in at.error)
    assert model_server.requests == []
    [confirm] = [c for c in at.checkbox if c.label.startswith("I have read this.")]
    confirm.check().run()
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    consent.check().run()
    click(at, "Send and write")
    assert len(model_server.requests) == 1


def _render_dirs() -> set[str]:
    return {
        p.name
        for p in Path(render_temp_root() or tempfile.gettempdir()).glob("dreamjournal-render-*")
    }


def test_render_clip_stores_it_and_delete_removes_it(data_dir: Path) -> None:
    at = _open(data_dir, FOX)
    at.slider(key="v_clip_seconds").set_value(4)
    click(at, "Render clip")
    assert "The clip is ready." in texts(at)
    j = session_journal(at)
    assert j is not None
    [clip] = clips.list_clips(j)
    assert (clip.seconds, clip.size, clip.backend) == (4.0, "854x480", "procedural")
    assert len(at.get("video")) == 1
    assert [b.label for b in at.download_button] == ["Download MP4"]
    assert "The downloaded file is not encrypted" in texts(at)
    assert len(at.image) >= 2  # the poster thumbnail (and the palette strip)
    click(at, "Delete")
    click(at, "Yes, delete the clip")
    assert "The clip was deleted." in texts(at)
    assert clips.list_clips(j) == []
    assert j.clip_dir is not None and list(j.clip_dir.glob("*.djclip")) == []


def test_cancel_leaves_no_clip(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel arrives mid-render: the button's callback runs and the next progress call stops."""
    real = clips.render_clip

    def render_then_cancel(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def cancel_at_a_third(fraction: float) -> bool | None:
            if fraction > 0.3:
                clip_panel._cancel()  # what clicking Cancel does
            return progress(fraction)

        return real(*args, progress=cancel_at_a_third, **kwargs)

    monkeypatch.setattr(clip_service, "render_clip", render_then_cancel)
    before = _render_dirs()
    at = _open(data_dir, FOX)
    at.slider(key="v_clip_seconds").set_value(4)
    click(at, "Render clip")
    assert "Stopped. Nothing of that clip was kept." in texts(at)
    j = session_journal(at)
    assert j is not None and j.clip_dir is not None
    assert clips.list_clips(j) == []
    assert not j.clip_dir.exists() or list(j.clip_dir.iterdir()) == []
    assert _render_dirs() == before


def test_picked_dream_is_kept_across_pages(data_dir: Path) -> None:
    at = _open(data_dir, FOX, TRAIN)
    _pick(at, "Night train")
    at.switch_page("pages/journal.py").run()
    at.switch_page(VISUALIZE).run()
    assert at.selectbox(key="v_entry").value == _ids(at)["Night train"]


def test_consent_box_starts_unticked_on_each_visit(
    data_dir: Path, model_server: LoopbackServer
) -> None:
    at = _open(data_dir, FOX)
    at.segmented_control(key="v_writer").set_value("openai").run()
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    consent.check().run()
    at.switch_page("pages/journal.py").run()
    at.switch_page(VISUALIZE).run()
    assert at.segmented_control(key="v_writer").value == "offline"
    at.segmented_control(key="v_writer").set_value("openai").run()
    [consent] = [c for c in at.checkbox if c.label.startswith("I agree to send")]
    assert consent.value is False
    click(at, "Send and write")
    assert model_server.requests == []


def test_the_spoken_script_is_asked_for_from_the_clip_panel(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The voice choice hands the offline voice to the renderer (the voice is tested in
    test_narration.py; here only that the page asks for it)."""
    seen: dict[str, Any] = {}
    real = clip_service.render_clip

    def capture(*args: Any, **kwargs: Any) -> Any:
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(clip_service, "render_clip", capture)
    at = _open(data_dir, FOX)
    at.slider(key="v_clip_seconds").set_value(4)
    at.segmented_control(key="v_clip_voice").set_value("speech")
    click(at, "Render clip")
    assert seen["voice"] is clip_service.SPEECH
    assert "The clip is ready." in texts(at)
