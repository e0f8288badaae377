"""The example dreams: a dozen, English and German, marked, recent, and added once."""

from __future__ import annotations

from datetime import date, timedelta

from dreamjournal.analysis import detect_language
from dreamjournal.demo import seed_demo
from dreamjournal.store.journal import Journal


def test_seed_demo_adds_a_dozen_marked_examples(journal: Journal) -> None:
    assert seed_demo(journal) == 12
    entries = journal.list()
    assert len(entries) == 12 and all(e.example for e in entries)
    assert all(date.today() - timedelta(days=40) <= e.date < date.today() for e in entries)
    languages = {detect_language(e.body) for e in entries}
    assert languages == {"en", "de"}
    assert sum(e.nightmare for e in entries) == 3
    assert sum(e.lucid for e in entries) == 3
    assert any(e.recurring for e in entries)
    assert all(e.title and e.body and e.tags and e.emotions for e in entries)


def test_seed_demo_runs_once(journal: Journal) -> None:
    seed_demo(journal)
    assert seed_demo(journal) == 0
    assert len(journal) == 12


def test_examples_survive_a_lock(journal: Journal, vault_file) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    seed_demo(journal)
    journal.lock()
    again = Journal.unlock(vault_file, PASSPHRASE)
    assert sum(e.example for e in again.list()) == 12
    again.lock()
