"""Nightmare safety in the services: ask before rehearsing word for word; never call an
uncalm rescript safe."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dreamjournal.errors import InvalidInput
from dreamjournal.services.entries import (
    add_entry,
    answer_nightmare_question,
    needs_nightmare_question,
)
from dreamjournal.services.therapy import rescript, start_session
from dreamjournal.store.journal import Journal
from tests.test_app_support import click, make_vault, open_app, texts, unlock

CHASE = (
    "Something was chasing me through a dark corridor. I was terrified, my heart was pounding, "
    "I screamed but no sound came out and the door would not open."
)


def test_a_distressing_unmarked_dream_is_not_rehearsed_before_the_question(
    journal: Journal,
) -> None:
    e = add_entry(journal, title="corridor", body=CHASE)
    assert needs_nightmare_question(e)
    with pytest.raises(InvalidInput, match="Was this a nightmare"):
        start_session(journal, e.id, suds_before=6)
    answered = answer_nightmare_question(journal, e.id, was_nightmare=False)
    assert not needs_nightmare_question(answered)
    start_session(journal, e.id, suds_before=6)  # the person said no: it is their call


def test_a_rescript_that_is_not_calmer_is_marked(journal: Journal) -> None:
    e = add_entry(journal, title="corridor", body=CHASE, nightmare=True)
    worse = rescript(
        journal,
        e.id,
        "The monster caught me and tore at me, I was screaming in terror and it won.",
        today=date(2026, 11, 30),
    )
    assert worse.rescript_calmer is False
    better = rescript(
        journal,
        e.id,
        "The corridor opened onto a sunny garden. My grandmother took my hand, we sat on a "
        "bench and I felt calm and safe.",
        today=date(2026, 11, 30),
    )
    assert better.rescript_calmer is True


def test_the_visualize_page_asks_first(data_dir: Path) -> None:
    make_vault(data_dir, [{"title": "corridor", "body": CHASE}])
    at = unlock(open_app()).switch_page("pages/visualize.py").run()
    assert "Was this a nightmare?" in texts(at)
    assert not at.tabs  # no script, no player until it is answered
    click(at, "No")
    assert "Was this a nightmare?" not in texts(at)
