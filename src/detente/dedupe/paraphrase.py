"""ParaphraseIndex: links a spun copy (synonyms swapped, sentences reordered, garbled) to its original.

Candidates are the nearest title+lead embeddings within a time window; each is then scored on
sentence alignment, content-word, name and number overlap. Documents arrive in order; a link
always points at the earliest document of its group. Only live documents are kept (see LiveSet):
at most `max_live_docs`, and none dated more than the window behind the newest date seen.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from ..config import DedupeConfig
from .embed import SentenceEmbedder
from .features import DocFeatures, document_features
from .live import LiveSet
from .overlap import Overlap
from .vectors import VectorTable


def paraphrase_score(ov: Overlap) -> float:
    """0..1; the weights were tuned on eval/data/paraphrase_pairs.jsonl (see eval/paraphrase.py)."""
    score = 0.45 * ov.aligned + 0.25 * ov.words + 0.2 * max(0.0, ov.cosine)
    score += 0.1 * (ov.names if ov.names is not None else 0.5)
    if ov.numbers is not None and ov.numbers < 0.3:
        score -= 0.1          # different figures: rarely the same text
    return score


class ParaphraseIndex:
    KIND = "paraphrase"

    def __init__(self, cfg: DedupeConfig | None = None, embedder: SentenceEmbedder | None = None):
        self.cfg = cfg or DedupeConfig()
        self.embedder = embedder or SentenceEmbedder(self.cfg)
        self._table = VectorTable()
        self._feats: list[bytes | None] = []           # packed features, one per table row
        self._row: dict[str, int] = {}                 # live doc -> its table row
        self._root_of: dict[str, str | None] = {}      # live doc -> its original (None: is one)
        self._live = LiveSet(self.cfg.max_live_docs, self.cfg.paraphrase_window_days)

    def features(self, text: str, entities: list[str] | None = None, published: date | None = None,
                 title: str | None = None, vector: np.ndarray | None = None) -> DocFeatures:
        """Features of one document; pass `vector` when the title+lead embedding is already known."""
        return document_features(self.embedder, self.cfg.lead_words, text, entities, published, title, vector)

    def add(self, doc_id: str, text: str, entities: list[str] | None = None,
            published: date | None = None) -> str | None:
        """Index a document; return the id of the original it paraphrases, or None."""
        return self.add_features(doc_id, self.features(text, entities, published))

    def add_features(self, doc_id: str, feats: DocFeatures) -> str | None:
        if doc_id in self._root_of:
            return self._root_of[doc_id]
        best, best_score = None, self.cfg.paraphrase_threshold
        for row, _cos in self._table.nearest(feats.vector, feats.published,
                                             self.cfg.paraphrase_window_days, self.cfg.paraphrase_candidates):
            score = paraphrase_score(Overlap.of(feats, DocFeatures.from_bytes(self._feats[row])))
            if score >= best_score:
                best, best_score = self._table.ids[row], score
        root = (self._root_of.get(best) or best) if best else None
        self._remember(doc_id, feats.to_bytes(), feats, root)
        return root

    def restore(self, doc_id: str, payload: bytes, paraphrase_of: str | None) -> None:
        """Re-seed with a document from an earlier run (payload = DocFeatures.to_bytes())."""
        if doc_id not in self._root_of:
            self._remember(doc_id, payload, DocFeatures.from_bytes(payload), paraphrase_of)

    def root_of(self, doc_id: str) -> str | None:
        return self._root_of.get(doc_id)

    def payload(self, doc_id: str) -> bytes | None:
        """The packed features of a live document."""
        row = self._row.get(doc_id)
        return self._feats[row] if row is not None else None

    def __len__(self) -> int:
        return len(self._root_of)

    def _remember(self, doc_id: str, payload: bytes, feats: DocFeatures, root: str | None) -> None:
        self._root_of[doc_id] = root
        row = self._row[doc_id] = self._table.append(doc_id, feats.vector, feats.published)
        if row == len(self._feats):
            self._feats.append(payload)
        else:
            self._feats[row] = payload
        for gone in self._live.touch(doc_id, feats.published):
            self._forget(gone)

    def _forget(self, doc_id: str) -> None:
        row = self._row.pop(doc_id)
        self._table.remove(row)
        self._feats[row] = None
        del self._root_of[doc_id]
