"""The guided-script player widget: one step at a time, a countdown, a breathing pacer, controls.

Shared by the Visualize and Session pages. The logic is `therapy.player` (pure state); this
module keeps a `PlayerState` per `key` in `st.session_state` and draws it.

How it updates: the whole player is a fragment, so its buttons rerun only the player. While it
runs, an inner fragment with `run_every=1` redraws the countdown each second; pausing reruns the
outer fragment without the inner one, which makes Streamlit cancel the timer (no idle reruns).
Fragment reruns skip `page_setup`, so a running player does not count as activity for auto-lock.

The pacer is an SVG drawn here from numbers and our own labels only (never dream or model text)
and shown with `st.image`, i.e. as an `<img>`: it cannot run script. Its SMIL animation moves
the circle smoothly between the once-a-second redraws; the SVG stays byte-identical while a
step runs, so the browser keeps the same image and the animation does not restart.
"""

from __future__ import annotations

import hashlib
import math
from html import escape

import streamlit as st

from dreamjournal.therapy import player
from dreamjournal.therapy.player import PlayerState
from dreamjournal.ui import state
from dreamjournal.ui.state import t
from dreamjournal.ui.text import md_escape
from dreamjournal.visualize.models import GuidedScript, ScriptStep

TICK_SECONDS = 1
PACER_PX = 200
_R_MIN, _R_MAX = 44.0, 86.0
_EASE = "0.45 0 0.55 1;0.45 0 0.55 1"


def _state_key(key: str) -> str:
    return f"{key}_player"


def _signature(script: GuidedScript) -> str:
    return hashlib.sha256(script.model_dump_json().encode()).hexdigest()[:16]


def player_state(key: str) -> PlayerState:
    """The player's state for `key` (a fresh one if it has none)."""
    value = st.session_state.get(_state_key(key))
    return value if isinstance(value, PlayerState) else PlayerState()


def _store(key: str, value: PlayerState) -> None:
    st.session_state[_state_key(key)] = value


def reset_player(key: str) -> None:
    """Forget where the player for `key` was (back to step 1, paused)."""
    st.session_state.pop(_state_key(key), None)
    st.session_state.pop(f"{key}_sig", None)


def clock_text(seconds: float) -> str:
    """'1:05' for 65 seconds (rounded up, so 0:00 shows only at the very end)."""
    whole = max(0, math.ceil(seconds - 1e-6))
    return f"{whole // 60}:{whole % 60:02d}"


def pacer_svg(step: ScriptStep, seconds_in: float, running: bool) -> str:
    """A breathing circle as SVG: animated (SMIL) while running, still when paused."""
    bpm = step.breaths_per_minute or 6.0
    period = 60.0 / bpm
    direction, size = player.breath(step, seconds_in)
    r_now = _R_MIN + size * (_R_MAX - _R_MIN)
    label_in, label_out = escape(t("player.breathe_in")), escape(t("player.breathe_out"))
    text = 'x="100" y="106" text-anchor="middle" font-family="sans-serif" font-size="15"'
    text += ' fill="#E4E2F0"'
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">',
        '<defs><radialGradient id="g"><stop offset="0" stop-color="#A99BFF" stop-opacity="0.75"/>'
        '<stop offset="1" stop-color="#6D5FD3" stop-opacity="0.35"/></radialGradient></defs>',
        f'<circle cx="100" cy="100" r="{_R_MAX + 8:g}" fill="none" stroke="#2A3150" '
        'stroke-width="2"/>',
    ]
    if running:
        begin = f'begin="-{seconds_in % period:.2f}s" dur="{period:g}s" repeatCount="indefinite"'
        parts += [
            f'<circle cx="100" cy="100" r="{_R_MIN:g}" fill="url(#g)">'
            f'<animate attributeName="r" values="{_R_MIN:g};{_R_MAX:g};{_R_MIN:g}" '
            f'keyTimes="0;0.5;1" calcMode="spline" keySplines="{_EASE}" {begin}/></circle>',
            f'<text {text} opacity="1">{label_in}<animate attributeName="opacity" values="1;0" '
            f'keyTimes="0;0.5" calcMode="discrete" {begin}/></text>',
            f'<text {text} opacity="0">{label_out}<animate attributeName="opacity" values="0;1" '
            f'keyTimes="0;0.5" calcMode="discrete" {begin}/></text>',
        ]
    else:
        label = label_in if direction == "in" else label_out
        parts += [
            f'<circle cx="100" cy="100" r="{r_now:.1f}" fill="url(#g)"/>',
            f"<text {text}>{label}</text>",
        ]
    return "".join(parts) + "</svg>"


def _now() -> float:
    return state.now()  # looked up on each call: tests replace `state.now`


def _current(script: GuidedScript, key: str) -> PlayerState:
    """The stored state, reset for a different script and advanced to the clock."""
    sig = _signature(script)
    if st.session_state.get(f"{key}_sig") != sig:
        st.session_state[f"{key}_sig"] = sig
        _store(key, PlayerState())
    ps = player.tick(script, player_state(key), _now())
    _store(key, ps)
    return ps


def _toggle(script: GuidedScript, key: str) -> None:
    ps = player.tick(script, player_state(key), _now())
    if ps.finished:
        ps = PlayerState()
    ps = player.pause(ps, _now()) if not ps.paused else player.start(ps, _now())
    _store(key, ps)


def _next(script: GuidedScript, key: str) -> None:
    ps = player.tick(script, player_state(key), _now())
    _store(key, player.next_step(script, ps, _now()))


def _back(script: GuidedScript, key: str) -> None:
    ps = player.tick(script, player_state(key), _now())
    _store(key, player.back(script, ps, _now()))


def _face(script: GuidedScript, ps: PlayerState) -> None:
    """What the current step looks like: phase, text, countdown, pacer."""
    now = _now()
    step = player.current(script, ps)
    st.caption(
        t(
            "player.step",
            n=ps.step + 1,
            total=len(script.steps),
            phase=t(f"phase.{step.phase}"),
        )
    )
    if ps.finished:
        st.success(t("player.done"), icon=":material/self_improvement:")
        return
    st.markdown(md_escape(step.text))
    left = player.remaining(script, ps, now)
    with st.container(horizontal=True, vertical_alignment="center", gap="large"):
        if step.breaths_per_minute:
            seconds_in = player.elapsed(ps, now if ps.paused else ps.started_at or now)
            st.image(pacer_svg(step, seconds_in, not ps.paused), width=PACER_PX)
        with st.container():
            st.metric(t("player.left"), clock_text(left))
            if step.breaths_per_minute:
                st.caption(t("player.pace", n=f"{step.breaths_per_minute:g}"))
    st.progress(min(1.0, max(0.0, 1 - left / step.duration)))


@st.fragment(run_every=TICK_SECONDS)
def _ticking(script: GuidedScript, key: str) -> None:
    ps = player.tick(script, player_state(key), _now())
    before = player_state(key)
    _store(key, ps)
    if not ps.paused and not ps.finished:
        state.touch()  # a guided rehearsal in progress is activity: no auto-lock mid-session
    if ps.finished and not before.finished:
        st.rerun(scope="app")  # stop the timer: the next run draws the still player
    _face(script, ps)


@st.fragment
def _player(script: GuidedScript, key: str) -> None:
    ps = _current(script, key)
    with st.container(border=True):
        if ps.paused:
            _face(script, ps)
        else:
            _ticking(script, key)
        with st.container(horizontal=True, gap="small"):
            st.button(
                t("player.back"),
                key=f"{key}_back",
                icon=":material/skip_previous:",
                on_click=_back,
                args=(script, key),
                disabled=ps.step == 0 and not ps.finished,
            )
            if ps.finished:
                label, icon = t("player.again"), ":material/replay:"
            elif ps.paused:
                # Resume only a step that has been played a while; a step reached with Next
                # or Back has not begun
                label = t("player.resume" if ps.spent > 0 else "player.start")
                icon = ":material/play_arrow:"
            else:
                label, icon = t("player.pause"), ":material/pause:"
            st.button(
                label,
                key=f"{key}_toggle",
                icon=icon,
                type="primary",
                on_click=_toggle,
                args=(script, key),
            )
            st.button(
                t("player.next"),
                key=f"{key}_next",
                icon=":material/skip_next:",
                on_click=_next,
                args=(script, key),
                disabled=ps.finished,
            )


def script_player(script: GuidedScript, key: str, clip: bytes | None = None) -> PlayerState:
    """Draw the player for `script` (state kept under `key`); returns where it is now.

    A `clip` (MP4 bytes, decrypted in memory) is shown above the steps to watch alongside.
    """
    if clip is not None:
        st.video(clip, format="video/mp4")
    st.caption(t("player.total", minutes=state.minutes(max(1, round(script.duration / 60)))))
    _player(script, key)
    return player_state(key)
