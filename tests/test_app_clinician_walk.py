"""AppTest: the clinician's walk through the app's pages, two vaults, one course of IRT.

The client, in their own journal: a rehearsal logged for an earlier day, a DDNSI taken at home,
the home-practice file with the one dream they chose. The therapist, in that client's vault:
the intake DDNSI, the file brought in (a tampered copy refused, a second import adding
nothing), a session with ratings chosen, a questionnaire in it and notes edited afterwards;
then the outcomes report (the same call the Outcomes page's download makes), which must hold
all of it and nothing the client kept back.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from streamlit.testing.v1 import AppTest

from dreamjournal.services.therapy import rescript
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from dreamjournal.therapy import home_practice
from dreamjournal.therapy.irt import rehearsals
from dreamjournal.therapy.measures import measures
from dreamjournal.therapy.outcomes import compute_outcomes
from dreamjournal.therapy.report import outcomes_report
from dreamjournal.therapy.sessions import sessions
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import click, make_vault, open_app, session_journal, texts, unlock

CODE = "MOON-RIVER-42"
EARLIER = date.today() - timedelta(days=3)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(home_practice, "new_params", fast_kdf)


@pytest.fixture
def vaults(data_dir: Path) -> None:
    make_vault(data_dir, name="my-journal")
    j = Journal.unlock(vault_path(data_dir, "my-journal"), PASSPHRASE)
    wolf = j.add(title="The wolf", body="A wolf chased me.", nightmare=True, nightmare_checked=True)
    rescript(j, wolf.id, "The wolf lies down in the sun and I walk on, calm.", today=EARLIER)
    j.add(title="Sister", body="PRIVATE dinner with my sister.")
    j.lock()
    make_vault(data_dir, name="client-07")


def _open(vault: str, page: str) -> AppTest:
    at = open_app()
    at.selectbox(key="home_vault").set_value(vault)
    unlock(at)
    return at.switch_page(page).run()


def _ddnsi(at: AppTest, answers: tuple[int, int, int, int, int]) -> AppTest:
    nights, nightmares, severity, intensity, awakenings = answers
    at.number_input(key="m_nights").set_value(nights)
    at.number_input(key="m_nightmares").set_value(nightmares)
    at.pills(key="m_severity").set_value(severity)
    at.pills(key="m_intensity").set_value(intensity)
    at.pills(key="m_awakenings").set_value(awakenings)
    return click(at, "Save questionnaire")


def _client_at_home() -> bytes:
    at = _open("my-journal", "pages/visualize.py")
    wolf = next(e.id for e in session_journal(at).list() if e.title == "The wolf")  # type: ignore[union-attr]
    at.selectbox(key="v_entry").select(wolf).run()
    at.number_input(key="v_reh_minutes").set_value(12)
    at.date_input(key="v_reh_day").set_value(EARLIER)
    at.pills(key="v_reh_before").set_value(6)
    at.pills(key="v_reh_after").set_value(3)
    click(at, "Log rehearsal")
    assert "Rehearsal logged." in texts(at)
    at.switch_page("pages/session.py").run()
    at.segmented_control(key="m_occasion").set_value("weekly")
    at.date_input(key="m_day").set_value(EARLIER)
    at = _ddnsi(at, (2, 3, 3, 2, 1))
    assert "DDNSI 11 of 37" in texts(at)
    at.switch_page("pages/home_practice.py").run()
    assert "Always in the file: Measures: 1 · Rehearsals: 1." in texts(at)
    at.multiselect(key="hp_dreams").set_value([wolf])
    at.text_input(key="hp_send_code").input(CODE)
    click(at, "Make the encrypted file")
    assert "It holds Dreams: 1 · Measures: 1 · Rehearsals: 1." in texts(at)
    data: bytes = at.session_state["hp_file"][0]
    return data


def _bring(at: AppTest, data: bytes) -> AppTest:
    at.file_uploader(key="hp_upload").upload("p.djpractice", data, "application/octet-stream")
    at.run()
    at.text_input(key="hp_bring_code").input(CODE)
    return click(at, "Bring it in")


def test_the_clinicians_walk_from_intake_to_the_report(vaults: None) -> None:
    data = _client_at_home()

    at = _open("client-07", "pages/session.py")
    assert at.segmented_control(key="m_occasion").value == "intake"
    at = _ddnsi(at, (4, 6, 5, 5, 3))
    assert "DDNSI 23 of 37" in texts(at)

    at.switch_page("pages/home_practice.py").run()
    tampered = bytearray(data)
    tampered[len(tampered) // 2] ^= 0x01
    assert "Nothing was imported" in _bring(at, bytes(tampered)).error[0].value
    at = _bring(at, data)
    assert "Added: Dreams: 1 · Measures: 1 · Rehearsals: 1." in texts(at)
    assert "Nothing new" in texts(_bring(at, data))

    at.switch_page("pages/session.py").run()
    at.pills(key="s_before").set_value(7).run()
    at = click(at, "Start session")
    at = _ddnsi(at, (1, 2, 2, 2, 1))
    assert "DDNSI 8 of 37" in texts(at)
    at.pills(key="s_after").set_value(3).run()
    at.text_area(key="s_notes").input("The wolf felt smaller. Homework: 10 minutes.").run()
    at = click(at, "Save session")
    journal = session_journal(at)
    assert journal is not None
    [held] = sessions(journal)
    at.text_area(key=f"sn_text_{held.id}").input("The wolf felt smaller. Homework: 15 min.").run()
    at = click(at, "Save notes")
    assert "Notes saved, encrypted" in texts(at)

    assert [m.occasion for m in measures(journal)] == ["weekly", "intake", "session"]
    assert [r.day for r in rehearsals(journal)] == [EARLIER]  # back-dated at home, kept so
    at.switch_page("pages/outcomes.py").run()
    assert not at.exception and not at.error
    report = outcomes_report(journal, compute_outcomes(journal), client="client-07")
    pages = pypdf.PdfReader(io.BytesIO(report.pdf())).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    for fact in (
        "Rehearsal minutes: 12",
        f"{EARLIER.isoformat()} weekly DDNSI 11",
        "intake DDNSI 23",
        "DDNSI filled in during this session: 8 of 37",
        "Homework: 15 min.",
        "The wolf lies down in the sun",
    ):
        assert fact in text, fact
    assert "{" not in text and "PRIVATE" not in text and "Homework: 10" not in text
