"""AppTest: the Session page (dream choice, the guided player on a fake clock, saving) and
client isolation between vaults in one data dir."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.irt import log_rehearsal
from dreamjournal.therapy.sessions import end_session, sessions, start_session
from dreamjournal.ui import state
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import FakeClock, button, click, open_app, texts, unlock

SESSION = "pages/session.py"
OUTCOMES = "pages/outcomes.py"


def client_vault(data_dir: Path, name: str, canary: str) -> Path:
    """A client's vault: a rescripted nightmare, an unrescripted one, a rehearsal, a session."""
    path = vault_path(data_dir, name)
    j = Journal.create(path, PASSPHRASE, kdf=fast_kdf())
    wolf = j.add(
        title=f"{canary} wolf at the door",
        body="A wolf scratched at the door all night and I could not move.",
        date=date(2026, 2, 16),
        nightmare=True,
        rescript="The wolf turned into my old dog and we walked out into warm morning light.",
        rescript_started="2026-02-17",
    )
    j.add(
        title=f"{canary} flooded cellar",
        body="Water rose in the cellar.",
        date=date(2026, 2, 18),
        nightmare=True,
    )
    log_rehearsal(
        j, wolf.id, minutes=10, distress_before=8, distress_after=5, day=date(2026, 2, 19)
    )
    done = start_session(j, wolf.id, suds_before=9, now=datetime(2026, 2, 20, 10, tzinfo=UTC))
    end_session(j, done.id, suds_after=6, notes=f"{canary} note", steps_completed=6)
    j.lock()
    return path


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(state, "now", fake)
    return fake


def _session_page(data_dir: Path) -> AppTest:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app())
    return at.switch_page(SESSION).run()


def _left(at: AppTest) -> str:
    return str(next(m.value for m in at.metric if m.label == "Time left"))


def _step(at: AppTest) -> str:
    return next(str(c.value) for c in at.caption if str(c.value).startswith("Step "))


def test_player_steps_pauses_and_counts_down_then_saves(data_dir: Path, clock: FakeClock) -> None:
    at = _session_page(data_dir)
    assert not at.exception
    pick = at.selectbox(key="s_entry")
    assert (
        "ALDER wolf at the door" in pick.options[0] and "changed version ready" in pick.options[0]
    )
    at.pills(key="s_before").set_value(7).run()
    at = click(at, "Start session")
    assert not at.exception
    assert _step(at).startswith("Step 1 of 6") and _left(at) == "0:30"

    at = click(at, "Start")
    clock.now += 10
    at.run()
    assert _left(at) == "0:20"
    at = click(at, "Pause")
    clock.now += 100  # paused: time does not pass
    at.run()
    assert _left(at) == "0:20"
    assert [b.label for b in at.button if b.label in ("Start", "Resume")] == ["Resume"]
    at = click(at, "Next")
    assert _step(at).startswith("Step 2 of 6") and _left(at) == "1:00"
    # a step nobody has played yet offers Start, not Resume
    assert [b.label for b in at.button if b.label in ("Start", "Resume")] == ["Start"]
    at = click(at, "Back")
    assert _step(at).startswith("Step 1 of 6")
    at = click(at, "Start")  # Back gives a fresh step: it counts from its full length
    clock.now += 31  # grounding (30 s) runs out: the player moves on by itself
    at.run()
    assert _step(at).startswith("Step 2 of 6") and _left(at) == "0:59"
    assert "6 breaths a minute" in texts(at)  # the breathing pacer's step

    at.pills(key="s_after").set_value(3)
    at.text_area(key="s_notes").input("Calmer when the dog appeared.").run()
    at.switch_page("pages/journal.py").run()  # a look elsewhere mid-session loses nothing
    at.switch_page(SESSION).run()
    assert at.text_area(key="s_notes").value == "Calmer when the dog appeared."
    assert _step(at).startswith("Step 2 of 6")
    at = click(at, "Save session")
    assert not at.exception
    assert "Session saved, encrypted." in texts(at)
    journal = at.session_state["journal"]
    saved = [s for s in sessions(journal) if s.notes.startswith("Calmer")]
    assert len(saved) == 1
    s = saved[0]
    assert (s.suds_before, s.suds_after, s.steps_completed) == (7, 3, 1)
    assert s.ended is not None
    history = at.dataframe[0].value
    assert list(history["Before"]) == [7, 9] and list(history["After"]) == [3, 6]
    assert button(at, "Start session")  # back at the dream choice


def test_unrescripted_nightmare_is_refused_with_the_explanation(data_dir: Path) -> None:
    at = _session_page(data_dir)
    pick = at.selectbox(key="s_entry")
    cellar = next(o for o in pick.options if "flooded cellar" in o)
    assert "needs a changed version" in cellar
    pick.select(cellar).run()
    body = texts(at)
    assert "without a changed version yet" in body and "never the nightmare itself" in body
    assert not [b for b in at.button if b.label == "Start session"]
    journal = at.session_state["journal"]
    assert len(sessions(journal)) == 1  # nothing was started
    at = click(at, "Write the changed version on the Visualize page")
    assert not at.exception
    cellar_id = next(e.id for e in journal.list() if "flooded cellar" in e.title)
    assert at.session_state["v_entry"] == cellar_id  # Visualize opens on this very dream


def _everything_shown(at: AppTest) -> str:
    parts = [texts(at)]
    parts += [" ".join(map(str, s.options)) for s in at.selectbox]
    parts += [df.value.to_string() for df in at.dataframe]
    return "\n".join(parts)


def test_one_client_never_sees_another(data_dir: Path, clock: FakeClock) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    client_vault(data_dir, "client-b", "BIRCH")
    at = open_app()
    at.selectbox(key="home_vault").set_value("client-a")
    at = unlock(at).switch_page(SESSION).run()
    at.pills(key="s_before").set_value(6).run()
    at = click(at, "Start session")  # a session of A is running when the vault changes
    shown = _everything_shown(at)
    assert "ALDER wolf" in shown and "ALDER note" in shown and "BIRCH" not in shown
    at.switch_page(OUTCOMES).run()
    assert "BIRCH" not in _everything_shown(at)

    at.switch_page("pages/home.py").run()
    at = click(at, "Lock now")
    at.selectbox(key="home_vault").set_value("client-b")
    at = unlock(at).switch_page(SESSION).run()
    shown = _everything_shown(at)
    assert "BIRCH wolf" in shown and "BIRCH note" in shown and "ALDER" not in shown
    assert button(at, "Start session")  # A's running session did not follow
    at.switch_page(OUTCOMES).run()
    shown = _everything_shown(at)
    assert "ALDER" not in shown and "client-b" in shown


def test_a_rendered_clip_plays_beside_the_script(data_dir: Path) -> None:
    from dreamjournal.render.clips import render_clip

    path = client_vault(data_dir, "client-a", "ALDER")
    j = Journal.unlock(path, PASSPHRASE)
    render_clip(j, j.search("wolf")[0].id, seconds=4)
    j.lock()
    at = unlock(open_app()).switch_page(SESSION).run()
    assert not at.get("video")
    at.pills(key="s_before").set_value(6).run()
    at = click(at, "Start session")
    assert not at.exception
    assert len(at.get("video")) == 1  # decrypted in memory, shown with st.video


def test_a_vault_created_mid_session_shows_nothing_of_the_last(data_dir: Path) -> None:
    client_vault(data_dir, "client-a", "ALDER")
    at = unlock(open_app()).switch_page(SESSION).run()
    at.pills(key="s_before").set_value(6).run()
    at = click(at, "Start session")
    at.switch_page("pages/home.py").run()  # "Create another vault" while A is open
    at.text_input(key="create_name").input("client-b")
    at.text_input(key="create_pass1").input("a second long passphrase")
    at.text_input(key="create_pass2").input("a second long passphrase").run()
    at = click(at, "Create vault")
    assert at.session_state["vault_name"] == "client-b"
    at.switch_page(SESSION).run()
    assert not at.exception
    shown = _everything_shown(at)
    assert "ALDER" not in shown and "No nightmares or changed versions" in shown
    assert not [b for b in at.button if b.label in ("Save session", "Pause", "Start")]
