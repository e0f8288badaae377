"""Two journals on one vault file, interleaved: no acknowledged write is lost or overwritten.

A hypothesis state machine plays two openers (two tabs, or the app and the CLI) adding,
editing (against the version each one last saw), deleting and re-opening. The model holds
what was acknowledged; every read from either side must match it exactly.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from dreamjournal.errors import ChangedElsewhere, EntryNotFound
from dreamjournal.services.entries import add_entry, delete_entry, edit_entry, entry_version
from dreamjournal.store.journal import Journal
from tests.conftest import PASSPHRASE, fast_kdf

SIDES = st.sampled_from([0, 1])
TEXT = st.text(alphabet="abcdeäöü 🌙", min_size=1, max_size=12).filter(str.strip)


class TwoWriters(RuleBasedStateMachine):
    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        self._dir = tempfile.TemporaryDirectory()
        self.path = Path(self._dir.name) / "v.db"
        Journal.create(self.path, PASSPHRASE, kdf=fast_kdf()).lock()
        self.sides = [Journal.unlock(self.path, PASSPHRASE) for _ in range(2)]
        self.model: dict[str, str] = {}  # entry id -> acknowledged title
        self.version: dict[str, str | None] = {}  # entry id -> acknowledged version
        # what each side last saw of each entry: (version, title)
        self.seen: list[dict[str, tuple[str | None, str]]] = [{}, {}]

    def teardown(self) -> None:
        for j in self.sides:
            j.lock()
        self._dir.cleanup()

    def _look(self, side: int, entry_id: str) -> None:
        j = self.sides[side]
        title = j.get(entry_id).title
        self.seen[side][entry_id] = (entry_version(j, entry_id), title)

    @rule(target=entries, side=SIDES, title=TEXT)
    def add(self, side: int, title: str) -> str:
        e = add_entry(self.sides[side], title=title)
        self.model[e.id] = e.title
        self.version[e.id] = entry_version(self.sides[side], e.id)
        self._look(side, e.id)
        return e.id

    @rule(side=SIDES, entry_id=entries)
    def look(self, side: int, entry_id: str) -> None:
        if entry_id in self.model:
            self._look(side, entry_id)

    @rule(side=SIDES, entry_id=entries, title=TEXT)
    def edit_what_i_saw(self, side: int, entry_id: str, title: str) -> None:
        saw = self.seen[side].get(entry_id)
        if saw is None:
            return
        try:
            e = edit_entry(self.sides[side], entry_id, based_on=saw[0], title=title)
        except ChangedElsewhere:
            # Refused only when someone wrote or deleted it since this side looked.
            assert entry_id not in self.model or self.version[entry_id] != saw[0]
            self.seen[side].pop(entry_id, None)
            return
        except EntryNotFound:
            assert entry_id not in self.model
            return
        # Accepted only when what it saw is the acknowledged version: never a lost update.
        assert entry_id in self.model and self.version[entry_id] == saw[0]
        self.model[entry_id] = e.title
        self.version[entry_id] = entry_version(self.sides[side], entry_id)
        self._look(side, entry_id)

    @rule(side=SIDES, entry_id=entries)
    def delete(self, side: int, entry_id: str) -> None:
        try:
            delete_entry(self.sides[side], entry_id)
        except EntryNotFound:
            assert entry_id not in self.model
            return
        self.model.pop(entry_id, None)
        self.version.pop(entry_id, None)

    @rule(side=SIDES)
    def reopen(self, side: int) -> None:
        self.sides[side].lock()
        self.sides[side] = Journal.unlock(self.path, PASSPHRASE)
        self.seen[side] = {}

    @invariant()
    def both_sides_read_exactly_what_was_acknowledged(self) -> None:
        for j in self.sides:
            assert {e.id: e.title for e in j.list()} == self.model


TwoWriters.TestCase.settings = settings(max_examples=80, stateful_step_count=25, deadline=None)
test_two_writers = TwoWriters.TestCase


def test_the_lost_update_scenario_the_machine_guards() -> None:
    """Both look, A edits, B edits what it saw: B is refused and A's edit stands."""
    machine = TwoWriters()
    try:
        entry_id = machine.add(0, "first")
        machine.look(1, entry_id)
        machine.edit_what_i_saw(0, entry_id, "A's edit")
        machine.edit_what_i_saw(1, entry_id, "B's stale edit")
        machine.both_sides_read_exactly_what_was_acknowledged()
        assert machine.model[entry_id] == "A's edit"
    finally:
        machine.teardown()
