"""A guided-script player: one step at a time, a countdown, pause, next and back.

Pure state (no Streamlit, no real clock): the page stores a `PlayerState` in session_state
and passes `now` (seconds from a clock it owns), so tests drive time by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from dreamjournal.visualize.models import GuidedScript, ScriptStep


@dataclass(frozen=True)
class PlayerState:
    """Where the player is: which step, when it (re)started, and time already spent in it."""

    step: int = 0
    started_at: float | None = None  # clock time the current run of this step began
    spent: float = 0.0  # seconds in this step before the current run (pauses keep it)
    finished: bool = False

    @property
    def paused(self) -> bool:
        """Not running (before start, paused, or finished)."""
        return self.started_at is None


def elapsed(state: PlayerState, now: float) -> float:
    """Seconds spent in the current step."""
    running = 0.0 if state.started_at is None else max(0.0, now - state.started_at)
    return state.spent + running


def remaining(script: GuidedScript, state: PlayerState, now: float) -> float:
    """Seconds left in the current step (never below zero)."""
    return max(0.0, script.steps[state.step].duration - elapsed(state, now))


def start(state: PlayerState, now: float) -> PlayerState:
    """Start or resume the countdown."""
    if state.finished or state.started_at is not None:
        return state
    return replace(state, started_at=now)


def pause(state: PlayerState, now: float) -> PlayerState:
    """Stop the countdown, keeping the time spent."""
    if state.started_at is None:
        return state
    return replace(state, started_at=None, spent=elapsed(state, now))


def go_to(script: GuidedScript, state: PlayerState, index: int, now: float) -> PlayerState:
    """Jump to a step; the countdown keeps running if it was running."""
    index = max(0, min(index, len(script.steps) - 1))
    running = state.started_at is not None
    return PlayerState(step=index, started_at=now if running else None)


def next_step(script: GuidedScript, state: PlayerState, now: float) -> PlayerState:
    """The next step, or finished after the last one."""
    if state.step >= len(script.steps) - 1:
        return replace(pause(state, now), finished=True)
    return go_to(script, state, state.step + 1, now)


def back(script: GuidedScript, state: PlayerState, now: float) -> PlayerState:
    """The previous step (or the start of the first)."""
    return go_to(script, replace(state, finished=False), state.step - 1, now)


def tick(script: GuidedScript, state: PlayerState, now: float) -> PlayerState:
    """Advance past every step whose countdown ran out while running."""
    while (
        not state.finished and state.started_at is not None and remaining(script, state, now) <= 0
    ):
        step = script.steps[state.step]
        ended_at = state.started_at + (step.duration - state.spent)
        state = next_step(script, state, ended_at)
        if not state.finished:
            state = replace(state, started_at=ended_at)
    return state


def current(script: GuidedScript, state: PlayerState) -> ScriptStep:
    """The step being shown."""
    return script.steps[state.step]


def breath(step: ScriptStep, seconds_in: float) -> tuple[str, float]:
    """('in' | 'out', size 0..1) of the breathing pacer `seconds_in` into a step."""
    bpm = step.breaths_per_minute or 6.0
    period = 60.0 / bpm
    phase = (seconds_in % period) / period
    size = 0.5 - 0.5 * math.cos(2 * math.pi * phase)  # 0 -> 1 -> 0 over one breath
    return ("in" if phase < 0.5 else "out"), size


def steps_completed(state: PlayerState) -> int:
    """How many steps were finished (for the session record)."""
    return state.step + (1 if state.finished else 0)
