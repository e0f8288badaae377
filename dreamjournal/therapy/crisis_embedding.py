"""Sentence vectors for the crisis classifier, so a paraphrase lands near the phrasing it means.

WordLlama's `l2_supercat` token vectors (256 dimensions, distilled from Llama 2's input embeddings;
Llama 2's tokenizer, so German reads as well as English) are averaged over a text's tokens and
scaled to unit length. The weights and the tokenizer ship inside the `wordllama` wheel; they are
read here straight from the installed package's files with `safetensors` and `tokenizers`
(the package's own loader is not used: it would look in a cache directory under the home
folder and fetch from a model hub when a file is missing). Nothing is downloaded, cached or
written; inference is a table look-up and a mean (numpy), deterministic.

`features` turns windows of sentences into the dense inputs of `crisis_model`: the vector itself
(scaled so its components are about unit size) and, per kind of statement, the highest cosine
similarity to a few short prototype sentences (`PROTOTYPES`, English and German).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

_WEIGHTS: Final = "weights/l2_supercat_256.safetensors"
_TOKENIZER: Final = "tokenizers/l2_supercat_tokenizer_config.json"
_VECTOR_SCALE: Final = 4.0  # a quarter of sqrt(256): chosen by cross-validation (16 fitted worse)
_SIMILARITY_SCALE: Final = 4.0
_EMOJI: Final = re.compile(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
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
DIMENSIONS: Final = 256 + len(PROTOTYPES)


class Embedder:
    """Averaged, unit-length WordLlama vectors of texts."""

    def __init__(self, table: np.ndarray, tokenizer: Tokenizer) -> None:
        self._table = table
        self._tokenizer = tokenizer
        self._prototypes = [
            self.vectors([t.translate(_FOLD) for t in texts]) for texts in PROTOTYPES.values()
        ]

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (zeros for a text without tokens)."""
        return _unit(self._sums(texts))

    def _sums(self, texts: list[str]) -> np.ndarray:
        """The sum of each text's token vectors (zeros for a text without tokens)."""
        out = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        # emoji left out: their byte tokens carry nothing the vectors learnt and pull every
        # window away from what its words say ("i know how and when now 😔")
        plain = [_EMOJI.sub("", t) if not t.isascii() else t for t in texts]
        ids = [e.ids for e in self._tokenizer.encode_batch(plain, add_special_tokens=False)]
        rows = [i for i, text_ids in enumerate(ids) if text_ids]
        if not rows:
            return out
        # One gather and one segmented sum for all texts (a loop per text costs more than this).
        flat = np.clip(np.concatenate([ids[i] for i in rows]), 0, self._table.shape[0] - 1)
        starts = np.cumsum([0] + [len(ids[i]) for i in rows[:-1]])
        out[rows] = np.add.reduceat(self._table[flat], starts, axis=0)
        return out

    def features(self, sentences: list[str], groups: list[list[int]]) -> np.ndarray:
        """The classifier's dense inputs per window (a group of sentence indices): the window's
        scaled unit vector (each sentence is read once, its tokens shared by the windows it is
        in), then its highest similarity to each kind's prototypes."""
        sums = self._sums(sentences)
        # Each group padded to the longest with the index of an appended zero row: one gather.
        width = max(len(g) for g in groups)
        padded = [g + [len(sentences)] * (width - len(g)) for g in groups]
        zero = np.zeros((1, sums.shape[1]), dtype=sums.dtype)
        vectors = _unit(np.vstack([sums, zero])[padded].sum(axis=1))
        similarities = [(vectors @ p.T).max(axis=1) for p in self._prototypes]
        return np.hstack(
            [vectors * _VECTOR_SCALE, np.stack(similarities, axis=1) * _SIMILARITY_SCALE]
        ).astype(np.float64)


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def _package_dir() -> Path:
    """Where the installed `wordllama` package's files are (found without importing it)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordllama package is not installed (see pyproject.toml)")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The embedder, read once per process from the installed package's files."""
    root = _package_dir()
    table = load_file(str(root / _WEIGHTS))["embedding.weight"].astype(np.float32)
    tokenizer = Tokenizer.from_file(str(root / _TOKENIZER))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(table, tokenizer)
