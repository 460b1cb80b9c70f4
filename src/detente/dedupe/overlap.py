"""How much two documents' features overlap: the measures paraphrase and story linking weigh."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import DocFeatures


def containment(a: set | np.ndarray, b: set | np.ndarray) -> float | None:
    """Share of the smaller set found in the other; None when either is empty."""
    if len(a) == 0 or len(b) == 0:
        return None
    if isinstance(a, np.ndarray):
        shared = len(np.intersect1d(a, b, assume_unique=True))
    else:
        shared = len(a & b)
    return shared / min(len(a), len(b))


def aligned_share(a: list[np.ndarray], b: list[np.ndarray], min_overlap: float = 0.5) -> float:
    """Share of the shorter document's sentences that have a counterpart in the other.

    A counterpart shares at least `min_overlap` of the sentence's stems: true of a spun sentence
    and its original, rarely of two independent reports of one event.
    """
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    hits = 0
    for s in short:
        best = max(len(np.intersect1d(s, t, assume_unique=True)) for t in long_)
        hits += best / len(s) >= min_overlap
    return hits / len(short)


@dataclass
class Overlap:
    cosine: float          # embeddings of title + lead
    words: float           # content-word stems, whole documents
    aligned: float         # sentences with a counterpart
    names: float | None
    numbers: float | None

    @classmethod
    def of(cls, a: DocFeatures, b: DocFeatures) -> "Overlap":
        return cls(cosine=float(np.dot(a.vector, b.vector)),
                   words=containment(a.words(), b.words()) or 0.0,
                   aligned=aligned_share(a.sentences, b.sentences),
                   names=containment(a.names, b.names),
                   numbers=containment(a.numbers, b.numbers))
