"""Deduplicator: what the pipeline calls per document; links copies, paraphrases and stories.

State is re-seeded from the store on start (the newest rows of (doc_id, payload, extra) per kind,
in arrival order), so a later run links new documents to those of earlier runs. Rows written:
  copy:       MinHash signature,               extra = duplicate_of
  paraphrase: DocFeatures bytes (non-copies),  extra = paraphrase_of
  story:      empty payload,                   extra = story_id (features come from the paraphrase row)
"""
from __future__ import annotations

import numpy as np

from ..config import DedupeConfig
from ..records import Document
from .embed import EmbedderUnavailable, SentenceEmbedder, lead_text
from .minhash import CopyIndex
from .paraphrase import ParaphraseIndex
from .stories import StoryThreader

COPY, PARAPHRASE, STORY = "copy", "paraphrase", "story"


class Deduplicator:
    def __init__(self, cfg: DedupeConfig | None = None, store=None, embedder: SentenceEmbedder | None = None):
        self.cfg = cfg or DedupeConfig()
        # loads on first use: one model for all; pass one to share it across runs
        self.embedder = embedder = embedder or SentenceEmbedder(self.cfg)
        self.copies = CopyIndex(self.cfg)
        self.paraphrases = ParaphraseIndex(self.cfg, embedder)
        self.stories = StoryThreader(self.cfg, embedder)
        self.unavailable: str | None = None               # why paraphrases/stories are off, if they are
        self._copy_links: dict[str, tuple[bytes, str | None]] = {}  # doc -> (signature, duplicate_of), from embed_leads
        if store is not None:
            self._restore(store)

    def _restore(self, store) -> None:
        """Re-load what can still link: the newest `max_live_docs` rows of each kind (the indexes
        then drop those outside their time windows), never the whole history."""
        limit = self.cfg.max_live_docs
        for doc_id, payload, extra in store.dedupe_state(COPY, limit=limit):
            self.copies.restore(doc_id, payload, extra)
        for doc_id, payload, extra in store.dedupe_state(PARAPHRASE, limit=limit):
            self.paraphrases.restore(doc_id, payload, extra)
        for doc_id, _payload, story_id in store.dedupe_state(STORY, limit=limit):
            self.stories.restore(doc_id, self.paraphrases.payload(doc_id) or b"", story_id)

    def embed_leads(self, docs: list[Document]) -> dict[str, np.ndarray]:
        """Title+lead vectors of a batch in one model call (one call per document is ~3x slower).

        Copies are linked first (the copy index depends on nothing else, so doing it for the whole
        batch before `link` changes no link): a copy needs no vector, so it is not embedded.
        """
        self._copy_links.clear()                          # at most one batch kept; link recomputes a missing one
        if not docs:
            return {}
        todo = []
        for d in docs:
            try:
                sig = self.copies.signature(d.text)
                self._copy_links[d.doc_id] = (sig, self.copies.add_signature(d.doc_id, sig))
            except Exception:                              # raised again, per document, by link
                self._copy_links.pop(d.doc_id, None)
                todo.append(d)
                continue
            if self._copy_links[d.doc_id][1] is None:
                todo.append(d)
        if self.unavailable or not todo:
            return {}
        leads = [lead_text(d.text, d.title, self.cfg.lead_words) for d in todo]
        try:
            vectors = self.embedder.embed(leads)
        except EmbedderUnavailable as exc:                 # copies still work without the model
            self.unavailable = str(exc)
            return {}
        return {d.doc_id: v for d, v in zip(todo, vectors)}

    def link(self, doc: Document, entities: list[str] | None = None,
             vector: np.ndarray | None = None) -> list[tuple[str, bytes, str | None]]:
        """Set doc.duplicate_of, doc.paraphrase_of and doc.story_id; return the state rows to store.

        `vector`: the document's lead vector from `embed_leads`, if already computed.
        """
        if doc.doc_id in self._copy_links:                 # linked already by embed_leads
            sig, doc.duplicate_of = self._copy_links.pop(doc.doc_id)
        else:
            sig = self.copies.signature(doc.text)
            doc.duplicate_of = self.copies.add_signature(doc.doc_id, sig)
        rows = [(COPY, sig, doc.duplicate_of)]
        if doc.duplicate_of:                               # a copy needs no embedding: it joins its original's story
            doc.story_id = self.stories.story_of(doc.duplicate_of) or doc.duplicate_of
            self.stories.join(doc.doc_id, doc.story_id)
            return rows + [(STORY, b"", doc.story_id)]
        if self.unavailable:
            return rows
        try:
            feats = self.paraphrases.features(doc.text, entities, doc.published, doc.title, vector)
        except EmbedderUnavailable as exc:                 # copies still work without the model
            self.unavailable = str(exc)
            return rows
        doc.paraphrase_of = self.paraphrases.add_features(doc.doc_id, feats)
        forced = (self.stories.story_of(doc.paraphrase_of) or doc.paraphrase_of) if doc.paraphrase_of else None
        doc.story_id = self.stories.add_features(doc.doc_id, feats, forced)
        return rows + [(PARAPHRASE, feats.to_bytes(), doc.paraphrase_of), (STORY, b"", doc.story_id)]
