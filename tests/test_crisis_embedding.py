"""The crisis classifier's sentence vectors: shipped in a wheel, read offline, deterministic,
and a sentence lands near its translation and its paraphrase, not near an idiom."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

from dreamjournal.therapy import crisis_embedding
from dreamjournal.therapy.crisis_embedding import DIMENSIONS, PROTOTYPES, load_embedder
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
    assert len(model.dense) == DIMENSIONS == 512 + len(crisis_embedding.PROTOTYPES)


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
