"""The guided-script player with a hand-driven clock."""

from __future__ import annotations

import pytest

from dreamjournal.therapy import player as p
from dreamjournal.visualize.models import GuidedScript, ScriptStep

SCRIPT = GuidedScript(
    title="t",
    built_from="rescript",
    steps=[
        ScriptStep(phase="grounding", text="Feel your feet.", duration=30),
        ScriptStep(phase="breathing", text="Breathe.", duration=60, breaths_per_minute=6),
        ScriptStep(phase="return", text="Open your eyes.", duration=20),
    ],
)


def test_countdown_pause_and_resume() -> None:
    s = p.start(p.PlayerState(), now=100.0)
    assert p.remaining(SCRIPT, s, 110.0) == 20
    s = p.pause(s, 110.0)
    assert p.remaining(SCRIPT, s, 500.0) == 20  # paused: time does not pass
    s = p.start(s, 500.0)
    assert p.remaining(SCRIPT, s, 505.0) == 15


def test_steps_advance_when_the_countdown_runs_out() -> None:
    s = p.start(p.PlayerState(), now=0.0)
    s = p.tick(SCRIPT, s, 29.9)
    assert s.step == 0
    s = p.tick(SCRIPT, s, 35.0)
    assert s.step == 1 and p.remaining(SCRIPT, s, 35.0) == pytest.approx(55.0)
    s = p.tick(SCRIPT, s, 200.0)
    assert s.finished and p.steps_completed(s) == 3


def test_next_back_and_bounds() -> None:
    s = p.PlayerState()
    s = p.back(SCRIPT, s, 0.0)
    assert s.step == 0 and s.paused
    s = p.next_step(SCRIPT, p.next_step(SCRIPT, s, 0.0), 0.0)
    assert s.step == 2 and not s.finished
    s = p.next_step(SCRIPT, s, 0.0)
    assert s.finished
    s = p.back(SCRIPT, s, 0.0)
    assert s.step == 1 and not s.finished and p.remaining(SCRIPT, s, 9.0) == 60


def test_breathing_pacer_follows_six_breaths_a_minute() -> None:
    step = SCRIPT.steps[1]
    assert p.breath(step, 0.0) == ("in", pytest.approx(0.0))
    assert p.breath(step, 5.0)[1] == pytest.approx(1.0)  # full at the top of a 10 s breath
    assert p.breath(step, 7.5)[0] == "out"
    assert p.breath(step, 10.0)[1] == pytest.approx(0.0, abs=1e-9)
