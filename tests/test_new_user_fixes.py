"""What a new user tripped over (issue 18), each with a test."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dreamjournal.services.therapy import end_session, start_session
from dreamjournal.store.journal import Journal
from dreamjournal.therapy.outcomes import compute_outcomes


def _sessions_on_one_day(journal: Journal, n: int) -> None:
    e = journal.add(title="wolf", body="A calm walk in the woods.")
    for i in range(n):
        s = start_session(
            journal, e.id, suds_before=7, now=datetime(2026, 11, 30, 9 + i, 15, tzinfo=UTC)
        )
        end_session(journal, s.id, suds_after=3)


def test_the_distress_chart_labels_each_day_once_and_gives_the_time(journal: Journal) -> None:
    from dreamjournal.ui.outcomes_view import distress_chart

    _sessions_on_one_day(journal, 10)
    data = compute_outcomes(journal, tz=UTC)
    spec = distress_chart(data).to_dict()
    points = spec["layer"][1]
    axis = points["encoding"]["x"]["axis"]
    assert axis["tickCount"] == {"interval": "day", "step": 1}
    assert points["encoding"]["x"]["scale"]["nice"] == "day"  # the day's label is in view
    times = {row["time"] for row in spec["datasets"][points["data"]["name"]]}
    assert times == {f"{9 + i:02d}:15" for i in range(10)}
    assert any(tip["field"] == "time" for tip in points["encoding"]["tooltip"])


def test_relative_dates_in_english_and_german() -> None:
    from dreamjournal.store.entry import parse_date

    today = date(2026, 11, 30)
    cases = {
        "yesterday": today - timedelta(days=1),
        "today": today,
        "last night": today - timedelta(days=1),
        "2 days ago": today - timedelta(days=2),
        "gestern": today - timedelta(days=1),
        "vorgestern": today - timedelta(days=2),
        "2026-05-01": date(2026, 5, 1),
    }
    for text, expected in cases.items():
        assert parse_date(text, today=today) == expected, text


def test_the_cli_takes_date_yesterday(data_dir: Path) -> None:
    from tests.conftest import PASSPHRASE, fast_kdf
    from tests.test_cli_hostile import run

    Journal.create(data_dir / "vaults" / "journal.db", PASSPHRASE, kdf=fast_kdf()).lock()
    code, out, err = run(["add", "--title", "x", "--date", "yesterday"], data_dir)
    assert code == 0, err
    code, out, _ = run(["list", "--json"], data_dir)
    assert (date.today() - timedelta(days=1)).isoformat() in out
    code, _, err = run(["add", "--title", "x", "--date", "the day the music died"], data_dir)
    assert code == 1 and "yesterday" in err


def test_searching_hash_tag_filters_by_tag(journal: Journal) -> None:
    cat = journal.add(title="The cat on the roof", tags=["cat"])
    journal.add(title="A cat-free dream about catalogues", tags=["books"])
    journal.add(title="Another", body="no tags, but the word #cat in the text", tags=[])
    assert [e.id for e in journal.search("#cat")] == [cat.id]
    assert [e.id for e in journal.search("#CAT roof")] == [cat.id]  # tag and a word
    assert journal.search("#cat #books") == []  # every tag must be there


def test_the_journal_page_search_box_takes_hash_tags(data_dir: Path) -> None:
    from tests.test_app_support import make_vault, open_app, texts, unlock

    make_vault(data_dir, [{"title": "Cat dream", "tags": ["cat"]}, {"title": "Dog dream"}])
    at = unlock(open_app())
    at.text_input(key="f_text").input("#cat").run()
    body = texts(at)
    assert "Cat dream" in body and "Dog dream" not in body
