"""Key derivation under concurrency: every Streamlit session is a thread (issue 11, finding 1).

Real parameters throughout (Argon2id m = 64 MiB, t = 3, p = 4): the bug only showed with them.
A deadlock shows up as a timeout, so no test here asserts on wall time. The old bug could
hang inside C with the GIL held, where pytest-timeout's signal never runs; so faulthandler's
C-level watchdog also guards each test: it prints every thread's stack and ends the process.
"""

from __future__ import annotations

import faulthandler
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from dreamjournal.errors import WrongPassphrase
from dreamjournal.store.journal import Journal
from dreamjournal.vault import kdf
from dreamjournal.vault.kdf import KdfParams, KeyDerivationBusy, derive_key, new_params
from tests.conftest import PASSPHRASE

THREADS = 8
WATCHDOG_S = 240


@pytest.fixture(autouse=True)
def _watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def run_at_once(work: Callable[[int], object], n: int = THREADS) -> list[object]:
    """Run `work(i)` in n threads released together; results (or the exception) in order."""
    barrier = threading.Barrier(n)
    results: list[object] = [None] * n

    def one(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - the test inspects what each thread got
            results[i] = exc

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def reference(passphrase: bytes, params: KdfParams) -> bytes:
    """The same derivation through OpenSSL (cryptography), one at a time, as vaults used to."""
    return Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase)


@pytest.mark.timeout(120)
def test_eight_threads_derive_real_argon2id_at_once_with_correct_keys() -> None:
    params = new_params()
    assert (params.name, params.memory_kib, params.iterations, params.lanes) == (
        "argon2id",
        65536,
        3,
        4,
    )
    phrases = [f"passphrase number {i % 3}" for i in range(THREADS)]  # some equal, some not
    expected = [reference(p.encode(), params) for p in phrases]
    got = run_at_once(lambda i: derive_key(phrases[i], params))
    assert got == expected


@pytest.mark.timeout(180)
def test_eight_unlocks_of_one_vault_at_once_all_finish(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    Journal.create(path, PASSPHRASE).lock()  # default, real KDF parameters

    def unlock(i: int) -> str:
        journal = Journal.unlock(path, PASSPHRASE if i else "not the passphrase at all")
        try:
            return journal.header.vault_id
        finally:
            journal.lock()

    results = run_at_once(unlock)
    assert isinstance(results[0], WrongPassphrase)
    assert len(set(results[1:])) == 1 and isinstance(results[1], str)


@pytest.mark.timeout(120)
def test_share_passcodes_derived_at_once() -> None:
    from dreamjournal.share.crypto import share_key

    params = new_params()
    raw = bytes(range(32))
    keys = run_at_once(lambda i: share_key(raw, f"moth lamp {i % 2}", params), n=6)
    assert all(isinstance(k, bytes) for k in keys)
    assert len({keys[0], keys[2], keys[4]}) == 1 and keys[0] != keys[1]


@pytest.fixture
def slots_taken() -> Iterator[None]:
    """Every derivation slot held, as if MAX_PARALLEL slow unlocks were running."""
    for _ in range(kdf.MAX_PARALLEL):
        assert kdf._SLOTS.acquire(timeout=5)
    try:
        yield
    finally:
        for _ in range(kdf.MAX_PARALLEL):
            kdf._SLOTS.release()


def test_a_derivation_that_cannot_start_in_time_says_try_again(slots_taken: None) -> None:
    params = new_params(memory_kib=1024, iterations=1, lanes=1)
    with pytest.raises(KeyDerivationBusy, match="try again") as err:
        derive_key("some passphrase", params, wait_s=0.05)
    assert "some passphrase" not in err.value.user_message


def test_slots_are_given_back_after_errors() -> None:
    bad = new_params(memory_kib=1024, iterations=1, lanes=1)
    bad = KdfParams(**{**bad.__dict__, "lanes": 0})  # argon2 refuses: an error, not a hang
    for _ in range(kdf.MAX_PARALLEL + 1):
        with pytest.raises(Exception):  # noqa: B017 - any error; what matters is what follows
            derive_key("some passphrase", bad)
    good = new_params(memory_kib=1024, iterations=1, lanes=1)
    assert len(derive_key("some passphrase", good, wait_s=0.05)) == 32
