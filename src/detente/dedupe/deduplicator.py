"""Deduplicator: what the pipeline calls per document; links copies, paraphrases and stories.

State is re-seeded from the store on start (rows of (doc_id, payload, extra) per kind),
so a second run over the same store links new documents to old ones.
"""
from __future__ import annotations

from ..config import DedupeConfig
from ..records import Document
from .minhash import CopyIndex

COPY = "copy"


class Deduplicator:
    def __init__(self, cfg: DedupeConfig | None = None, store=None):
        self.cfg = cfg or DedupeConfig()
        self.copies = CopyIndex(self.cfg)
        if store is not None:
            for doc_id, payload, extra in store.dedupe_state(COPY):
                self.copies.restore(doc_id, payload, extra)

    def link(self, doc: Document, entities: list[str] | None = None) -> list[tuple[str, bytes, str | None]]:
        """Set doc.duplicate_of (and later paraphrase_of, story_id); return the state rows to store."""
        sig = self.copies.signature(doc.text)
        doc.duplicate_of = self.copies.add_signature(doc.doc_id, sig)
        return [(COPY, sig, doc.duplicate_of)]
