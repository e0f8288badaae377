"""AppTest: the Outcomes page (weekly figures for known data, in the client's time zone) and
the consent gate on every report download."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy.irt import log_rehearsal
from dreamjournal.therapy.sessions import end_session, start_session
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import make_vault, open_app, texts, unlock

OUTCOMES = "pages/outcomes.py"


def _nightmare(j: Journal, title: str, day: str, started: str | None = None) -> str:
    fields = {"rescript": f"{title}, but it ends well in the sun.", "rescript_started": started}
    entry = j.add(
        title=title,
        body=f"{title}: it went dark.",
        date=date.fromisoformat(day),
        nightmare=True,
        **(fields if started else {}),
    )
    return entry.id


def _known_vault(data_dir: Path) -> None:
    """Three weeks: two nightmares; a quiet week; three new dreams, rehearsals and a session."""
    j = Journal.create(vault_path(data_dir, "client-07"), PASSPHRASE, kdf=fast_kdf())
    wolf = _nightmare(j, "Wolf", "2026-02-16", started="2026-02-17")
    _nightmare(j, "Cellar", "2026-02-18")
    _nightmare(j, "Bridge", "2026-03-02", started="2026-03-02")
    _nightmare(j, "Tunnel", "2026-03-03", started="2026-03-03")
    _nightmare(j, "Crowd", "2026-03-04", started="2026-03-04")
    log_rehearsal(j, wolf, minutes=10, distress_before=8, distress_after=5, day=date(2026, 3, 2))
    log_rehearsal(j, wolf, minutes=15, distress_before=6, distress_after=3, day=date(2026, 3, 3))
    # Sunday 23:30 UTC is Monday 00:30 in Berlin: the session belongs to the week of 2 March.
    s = start_session(j, wolf, suds_before=8, now=datetime(2026, 3, 1, 23, 30, tzinfo=UTC))
    end_session(j, s.id, suds_after=4, notes="Dog appeared.", steps_completed=6)
    j.lock()


@pytest.fixture
def outcomes(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DREAMJOURNAL_TIMEZONE", "Europe/Berlin")
    _known_vault(data_dir)
    at = unlock(open_app())
    return at.switch_page(OUTCOMES).run()


def test_weekly_numbers_for_known_data(outcomes: AppTest) -> None:
    at = outcomes
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Sessions": "1",
        "Rehearsal minutes": "25",
        "Distress drop · session": "4.0",
        "Distress drop · rehearsal": "3.0",
    }
    weeks = at.dataframe[0].value
    assert list(weeks["Week of"]) == ["2026-02-16", "2026-02-23", "2026-03-02"]
    assert list(weeks["Nightmares"]) == [2, 0, 3]  # the quiet week is a zero, not a gap
    assert list(weeks["Rehearsal min"]) == [0, 0, 25]
    assert list(weeks["Days rehearsed"]) == [0, 0, 2]
    assert list(weeks["New dreams"]) == [1, 0, 3]
    assert list(weeks["Sessions"]) == [0, 0, 1]
    body = texts(at)
    assert "client-07" in body and "Europe/Berlin" in body
    assert "More than 2 new dreams were started in the week of 2 Mar" in body
    assert len(at.get("vega_lite_chart")) == 5  # nightmares, distress, minutes, days, new


def _downloads(at: AppTest) -> dict[str, bool]:
    return {b.label: b.disabled for b in at.get("download_button")}


def test_reports_wait_for_the_clients_consent(outcomes: AppTest) -> None:
    at = outcomes
    assert "Exported files are not encrypted" in texts(at)
    consent = at.checkbox(key="o_consent")
    assert consent.label == "The client consents to exporting this report"
    assert consent.value is False
    buttons = _downloads(at)
    assert set(buttons) == {
        "Outcomes report · PDF",
        "Outcomes report · Markdown",
        "Outcome data · JSON",
        "Session summary · PDF",
        "Session summary · Markdown",
    }
    assert all(buttons.values()), "every download is disabled without consent"
    consent.check().run()
    assert not any(_downloads(at).values())
    assert at.selectbox(key="o_session").options == ["2026-03-02 00:30 · Wolf"]
    at.switch_page("pages/session.py").run()
    at.switch_page(OUTCOMES).run()
    assert at.checkbox(key="o_consent").value is False  # consent is asked again on each visit
    assert all(_downloads(at).values())


def test_an_empty_vault_says_what_will_appear(data_dir: Path) -> None:
    make_vault(data_dir)
    at = unlock(open_app()).switch_page(OUTCOMES).run()
    assert not at.exception
    assert "Nothing to show yet" in texts(at)
    assert not at.get("download_button")
