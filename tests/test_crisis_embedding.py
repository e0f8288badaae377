"""The crisis classifier's sentence vectors: shipped in a wheel, read offline, deterministic,
and a sentence lands near its translation and its paraphrase, not near an idiom."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import numpy as np
import pytest

from dreamjournal.therapy import crisis_embedding
from dreamjournal.therapy.crisis_embedding import (
    DIMENSIONS,
    PROTOTYPES,
    load_bank,
    load_embedder,
    nearest_similarity,
)
from dreamjournal.therapy.crisis_model import load_model


def test_vectors_load_from_the_installed_package_without_network_or_a_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the sentence vectors tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    load_embedder.cache_clear()
    try:
        vectors = load_embedder().vectors(["ich will nicht mehr aufwachen"])
    finally:
        load_embedder.cache_clear()
    assert vectors.shape == (1, 512)
    assert list(tmp_path.iterdir()) == []  # nothing cached or downloaded under the home folder


def test_vectors_are_deterministic_unit_length_and_read_german_and_typos() -> None:
    texts = ["i want it all to stop", "ich will, dass alles aufhoert", "wana slep forevr", ""]
    one = load_embedder().vectors(texts)
    assert np.array_equal(one, load_embedder().vectors(texts))
    assert np.allclose(np.linalg.norm(one[:3], axis=1), 1.0, atol=1e-5)
    assert not one[3].any()  # an empty text has no tokens and a zero vector


def test_a_sentence_is_nearer_its_translation_than_an_idiom_with_its_word() -> None:
    """What round 17 changed the vectors for: averaged token vectors put "ich will sterben" no
    nearer "i want to die" than anything else (cosine 0.01)."""
    en, de, idiom, tired = load_embedder().vectors(
        ["i want to die", "ich will sterben", "this traffic is killing me", "ich bin so muede"]
    )
    assert en @ de > max(en @ idiom, de @ idiom, en @ tired) + 0.2


def test_a_paraphrase_is_nearer_the_passive_wish_prototypes_than_an_idiom() -> None:
    passive = list(PROTOTYPES).index("passive_wish")
    rows = load_embedder().features(
        ["honestly i'd rather just not wake up tomorrow", "this commute is killing me"], [[0], [1]]
    )
    similarity = rows[:, 512 + passive]
    assert similarity[0] > similarity[1]


def test_a_window_reads_its_sentences_together() -> None:
    sentences = ["ich bin so muede", "ich will nicht mehr"]
    together = load_embedder().features(sentences, [[0, 1]])
    joined = load_embedder().vectors([" ".join(sentences)])
    each = load_embedder().vectors(sentences)
    mean = each.sum(axis=0) / np.linalg.norm(each.sum(axis=0))
    assert np.allclose(together[0, :512] / np.linalg.norm(together[0, :512]), mean, atol=1e-5)
    # the mean of its sentences is near what the window says as one text
    assert float(mean @ joined[0]) > 0.8


def test_the_stored_model_weighs_every_dense_input() -> None:
    model = load_model()
    assert model is not None
    assert len(model.dense) == DIMENSIONS == 512 + len(crisis_embedding.PROTOTYPES) + 2
    assert model.dense[-2] > 0  # nearness to the crisis lines counts towards a flag
    assert model.dense[-1] < 0  # nearness to the everyday lines counts against one (round 20)


def test_the_crisis_lines_bank_ships_with_the_package_as_unit_vectors() -> None:
    stored = np.load(crisis_embedding.BANK_PATH, allow_pickle=False)
    assert stored.dtype == np.int8 and stored.shape[1] == 512
    assert len(stored) > 5000  # every crisis line the classifier was trained on
    assert np.allclose(np.linalg.norm(load_bank(), axis=1), 1.0, atol=0.02)


def test_the_everyday_lines_bank_ships_beside_it() -> None:
    stored = np.load(crisis_embedding.EVERYDAY_BANK_PATH, allow_pickle=False)
    assert stored.dtype == np.int8 and stored.shape[1] == 512
    assert len(stored) > 5000  # every non-crisis line and dream passage trained on
    everyday = load_bank(crisis_embedding.EVERYDAY_BANK_PATH)
    assert np.allclose(np.linalg.norm(everyday, axis=1), 1.0, atol=0.02)
    assert load_embedder().everyday.shape == everyday.shape


def test_a_look_alike_sits_nearer_the_everyday_lines_than_a_wish_does() -> None:
    """What the second bank is for: an idiom or a plain errand with crisis words lands nearer
    the written look-alikes than a wish to be gone does, in either language."""
    embedder = load_embedder()
    texts = [
        "honestly i'd rather just not be here when the alarm goes off",
        "ich moechte einfach nicht mehr da sein, fuer niemanden",
        "this commute is killing me, i swear",
        "ich hab mich ueber den film totgelacht",
    ]
    vectors = embedder.vectors(texts)
    lean = nearest_similarity(vectors, embedder.everyday) - nearest_similarity(
        vectors, embedder.bank
    )
    assert max(lean[:2]) < min(lean[2:])


def test_a_new_phrasing_of_a_crisis_line_is_nearer_the_bank_than_an_idiom() -> None:
    """What the bank is for: a wish said in words no rule or weight was written for still lands
    near the crisis lines, in either language; the idioms with the same words do not."""
    embedder = load_embedder()
    near = nearest_similarity(
        embedder.vectors(
            [
                "honestly i'd rather just not be here when the alarm goes off",
                "ich moechte einfach nicht mehr da sein, fuer niemanden",
                "this commute is killing me, i swear",
                "ich hab mich ueber den film totgelacht",
            ]
        ),
        embedder.bank,
    )
    assert min(near[:2]) > max(near[2:]) + 0.1


def test_training_leaves_each_writers_own_lines_out_of_its_neighbours() -> None:
    """A line is never its own neighbour in training (its nearness would then be 1.0 and the
    weight learned for it would trust nearness far more than a stranger's text can earn)."""
    spec = importlib.util.spec_from_file_location(
        "train_crisis_model", Path(__file__).parent.parent / "scripts" / "train_crisis_model.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    one, other = np.eye(2, 512, dtype=np.float32)
    rows = [
        {"crisis": True, "split": "writer_a"},
        {"crisis": True, "split": "writer_b"},
        {"crisis": False, "split": "writer_c"},
    ]
    per_row = [[(set(), one)], [(set(), other)], [(set(), one)]]
    bank, everyday, inputs = script._with_neighbours(rows, per_row)
    assert bank.dtype == np.int8 and len(bank) == 2  # the two crisis lines
    assert everyday.dtype == np.int8 and len(everyday) == 1  # the everyday line
    nearness = [samples[0][1][-2] for samples in inputs]
    # the same vector: near its twin for writer c, not for writer a (its own line left out)
    assert nearness[2] > nearness[0]
    # writer a's line is its twin's only everyday neighbour; writer c's own is left out
    everyday_nearness = [samples[0][1][-1] for samples in inputs]
    assert everyday_nearness[0] > everyday_nearness[2]


def test_nearest_similarity_leaves_out_what_it_is_told_to() -> None:
    bank = np.eye(4, 512, dtype=np.float32)
    vector = bank[:1]
    assert np.isclose(nearest_similarity(vector, bank)[0], 1 / 3)  # itself and two orthogonal
    excluded = np.array([[True, False, False, False]])
    assert np.isclose(nearest_similarity(vector, bank, excluded)[0], 0.0)


def test_preparing_the_check_reads_the_encoder_before_the_first_entry() -> None:
    from dreamjournal.therapy.safety import prepare_crisis_check

    load_embedder.cache_clear()
    try:
        prepare_crisis_check()
        assert load_embedder.cache_info().currsize == 1
        encoder = load_embedder()._encoder
        assert getattr(encoder, "_backend", None) is not None  # the weights are read, not deferred
    finally:
        load_embedder.cache_clear()


def test_the_app_starts_reading_the_encoder_once_in_the_background() -> None:
    from dreamjournal.therapy import safety

    safety.prepare_crisis_check_in_background()
    safety.prepare_crisis_check_in_background()
    assert len(safety._PREPARING) == 1 and safety._PREPARING[0].daemon
    safety._PREPARING[0].join(timeout=120)
    assert not safety._PREPARING[0].is_alive()  # it finished (reading the encoder raised nothing)


def test_the_blas_controller_is_built_before_the_warm_up_thread_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Built inside the warm-up thread, it deadlocked with the app's script thread importing an
    extension module (CI, round 24): the caller builds it before the thread starts."""
    from dreamjournal.therapy import crisis_embedding, safety

    seen: list[int] = []

    class _Recorder:
        def __init__(self, target: object, name: str, daemon: bool) -> None:
            self.name, self.daemon = name, daemon

        def start(self) -> None:
            seen.append(len(crisis_embedding._BLAS))

    monkeypatch.setattr(crisis_embedding, "_BLAS", [])
    monkeypatch.setattr(safety, "_PREPARING", [])
    monkeypatch.setattr(safety.threading, "Thread", _Recorder)
    safety.prepare_crisis_check_in_background()
    assert seen == [1]
    assert crisis_embedding.blas_controller() is crisis_embedding._BLAS[0]  # one per process
    # ... and the encoder's backend, which asks threadpoolctl for one of its own, gets it too
    import threadpoolctl

    assert threadpoolctl.ThreadpoolController() is crisis_embedding._BLAS[0]
