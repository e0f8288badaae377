"""AppTest: the Journal page — newest first, pages, search, filters, detail, delete."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.test_app_support import (
    JOURNAL,
    button,
    click,
    make_vault,
    open_app,
    session_journal,
    texts,
    unlock,
)

START = date(2025, 1, 1)
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def _dreams(n: int) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Dream {i:02d}",
            "date": START + timedelta(days=i),
            "body": f"Night number {i}." + (" A silver fox." if i % 10 == 0 else ""),
            "tags": ["fox"] if i % 10 == 0 else ["other"],
            "nightmare": i % 7 == 0,
            "lucidity": 3 if i % 5 == 0 else 0,
        }
        for i in range(n)
    ]


def _journal(data_dir: Path, n: int = 45) -> AppTest:
    make_vault(data_dir, _dreams(n))
    at = open_app()
    return unlock(at)


def _titles(at: AppTest) -> list[str]:
    return [m.value[5:] for m in at.markdown if m.value.startswith("#### ")]


def test_newest_first_twenty_per_page(data_dir: Path) -> None:
    at = _journal(data_dir)
    assert _titles(at) == [f"Dream {i:02d}" for i in range(44, 24, -1)]
    assert "45 dreams, newest first · page 1 of 3" in texts(at)
    at.get("pagination")[0].set_value(3).run()
    assert _titles(at) == [f"Dream {i:02d}" for i in range(4, -1, -1)]
    assert "page 3 of 3" in texts(at)


def test_search_finds_words_case_insensitively(data_dir: Path) -> None:
    at = _journal(data_dir)
    at.get("pagination")[0].set_value(2).run()
    assert "page 2 of 3" in texts(at)
    at.text_input(key="f_text").input("SILVER fox").run()
    assert _titles(at) == ["Dream 40", "Dream 30", "Dream 20", "Dream 10", "Dream 00"]
    assert "5 dreams found · page 1 of 1" in texts(at)  # a new search starts at page 1
    at.text_input(key="f_text").input("no such words").run()
    assert _titles(at) == []
    assert "No dream matches" in texts(at)


def test_filters_tag_dates_nightmare_lucid(data_dir: Path) -> None:
    at = _journal(data_dir)
    at.selectbox(key="f_tag").select("fox").run()
    assert _titles(at) == ["Dream 40", "Dream 30", "Dream 20", "Dream 10", "Dream 00"]
    at.date_input(key="f_since").set_value(START + timedelta(days=15)).run()
    at.date_input(key="f_until").set_value(START + timedelta(days=35)).run()
    assert _titles(at) == ["Dream 30", "Dream 20"]
    click(at, "Clear filters")
    at.toggle(key="f_nightmare").set_value(True).run()
    assert _titles(at) == [
        "Dream 42",
        "Dream 35",
        "Dream 28",
        "Dream 21",
        "Dream 14",
        "Dream 07",
        "Dream 00",
    ]
    at.toggle(key="f_lucid").set_value(True).run()
    assert _titles(at) == ["Dream 35", "Dream 00"]  # both filters apply


def test_reversed_dates_explain_themselves(data_dir: Path) -> None:
    at = _journal(data_dir, 3)
    at.date_input(key="f_since").set_value(date(2025, 2, 1)).run()
    at.date_input(key="f_until").set_value(date(2025, 1, 1)).run()
    assert "is after the end date" in at.error[0].value


def test_detail_view_and_back(data_dir: Path) -> None:
    at = _journal(data_dir, 3)
    button_open = [b for b in at.button if b.label == "Open"][0]
    button_open.click()
    at.run()
    assert "### Dream 02" in texts(at)
    assert [t.value for t in at.text] == ["Night number 2."]
    click(at, "Back to the list")
    assert len(_titles(at)) == 3


def test_delete_asks_first(data_dir: Path) -> None:
    at = _journal(data_dir, 2)
    [b for b in at.button if b.label == "Open"][0].click()
    at.run()
    click(at, "Delete")
    assert "Delete **Dream 01** for good?" in texts(at)
    click(at, "Keep it")
    journal = session_journal(at)
    assert journal is not None and len(journal) == 2
    click(at, "Delete")
    click(at, "Yes, delete it")
    assert len(journal) == 1
    assert _titles(at) == ["Dream 00"]
    assert "The dream was deleted." in texts(at)


def test_markup_in_a_title_is_shown_as_text(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": PAYLOAD + " **bold** [x](http://e.com)", "body": PAYLOAD}])
    at = unlock(open_app())
    [title] = _titles(at)
    # Every markup character is escaped, so Markdown shows it literally.
    assert title.startswith(r"\<script\>alert\(1\)\<\/script\>\<img src\=x")
    assert r"\*\*bold\*\*" in title and r"\[x\]\(http\:" in title
    assert [t.value for t in at.text] == [PAYLOAD]  # the body goes through st.text


def test_locked_journal_shows_only_the_unlock_form(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "Hidden"}])
    at = open_app(JOURNAL)
    assert "This vault is locked" in texts(at)
    assert "Hidden" not in texts(at)
    unlock(at, form="guard")
    assert _titles(at) == ["Hidden"]
    assert button(at, "Lock now")


def test_the_filter_panel_stays_open_when_the_last_filter_is_turned_off(data_dir: Path) -> None:
    # Turning the last filter off must not flip the panel's `expanded` back to False: Streamlit
    # then draws it anew, collapsed, under the person's next click (a flaky browser test showed it)
    at = _journal(data_dir)
    panel = [e for e in at.expander if e.label == "Filters"][0]
    assert not panel.proto.expanded  # closed until a filter is used
    at.toggle(key="f_nightmare").set_value(True).run()
    at.toggle(key="f_nightmare").set_value(False).run()
    panel = [e for e in at.expander if e.label == "Filters"][0]
    assert panel.proto.expanded
    assert len(_titles(at)) == 20  # the filter is off again: page 1 of all dreams
