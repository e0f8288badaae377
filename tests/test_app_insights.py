"""AppTest: the Insights page with example dreams, periods and an empty journal."""

from __future__ import annotations

from pathlib import Path

from dreamjournal.demo import seed_demo
from dreamjournal.store.journal import Journal
from dreamjournal.store.location import vault_path
from tests.conftest import PASSPHRASE, fast_kdf
from tests.test_app_support import INSIGHTS, make_vault, open_app, texts, unlock


def _charts(at) -> int:  # type: ignore[no-untyped-def]
    return len(at.get("vega_lite_chart"))


def test_insights_of_the_examples(data_dir: Path) -> None:
    journal = Journal.create(vault_path(data_dir, "journal"), PASSPHRASE, kdf=fast_kdf())
    seed_demo(journal)
    journal.lock()
    at = unlock(open_app())
    at.switch_page(INSIGHTS).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Dreams": "12", "Nightmares": "3", "Lucid": "25%", "Vividness": "3.9 / 5"}
    assert _charts(at) == 5  # per week, lucid rate, tags, feelings, dream signs
    body = texts(at)
    assert "Dreams and nightmares per week" in body and "Dream signs" in body
    at.segmented_control(key="i_period").set_value("all").run()
    assert "Dreams and nightmares per month" in texts(at)


def test_insights_of_an_empty_journal(data_dir: Path) -> None:
    make_vault(data_dir)
    at = unlock(open_app())
    at.switch_page(INSIGHTS).run()
    assert "No dreams in this period yet." in texts(at)
    assert _charts(at) == 0
