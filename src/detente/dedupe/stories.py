"""StoryThreader: threads documents about the same real-world happening into stories.

A story keeps the mean direction of its documents' title+lead embeddings, how many of its documents use
each name and content word, and the date of its latest document. A new document joins the story
it is most similar to when that story is within the time window and the similarity clears
`story_threshold`; otherwise it starts a story named after itself. Similarity is embedding
cosine plus the two-way agreement of rarity-weighted names and words: what the document says
must be common in the story, and what the story's documents commonly say must be in the
document, so a second earthquake or a second arrest that shares the topic but not the places,
people and details scores low.

State is bounded: a story is forgotten when it falls outside the time window behind the newest
date seen, or when more than `max_live_docs` stories are live (the least recently joined first);
its documents then leave the name and word document frequencies too.
"""
from __future__ import annotations

import math
import sys
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..config import DedupeConfig
from .embed import SentenceEmbedder
from .counts import StemCounts
from .features import DocFeatures, document_features
from .live import LiveSet
from .vectors import VectorTable


@dataclass
class Story:
    story_id: str
    row: int                                  # row of the centroid in the VectorTable
    norm: float = 0.0                         # length of the sum of its vectors: sum = centroid * norm
    names: Counter = field(default_factory=Counter)
    words: StemCounts = field(default_factory=StemCounts)   # content-word stem hashes
    size: int = 0
    last: date | None = None


class StoryThreader:
    KIND = "story"

    def __init__(self, cfg: DedupeConfig | None = None, embedder: SentenceEmbedder | None = None):
        self.cfg = cfg or DedupeConfig()
        self.embedder = embedder or SentenceEmbedder(self.cfg)
        self._table = VectorTable()               # one row per story: its centroid
        self._stories: dict[str, Story] = {}
        self._story_of: OrderedDict[str, str] = OrderedDict()   # recent docs -> story
        self._live = LiveSet(self.cfg.max_live_docs, self.cfg.story_window_days)
        self._name_df: Counter = Counter()        # documents that mention each name word
        self._word_df: Counter = Counter()        # documents that use each content-word stem
        self._docs = 0

    def features(self, text: str, entities: list[str] | None = None, published: date | None = None,
                 title: str | None = None, vector: np.ndarray | None = None) -> DocFeatures:
        return document_features(self.embedder, self.cfg.lead_words, text, entities, published, title, vector)

    def add(self, doc_id: str, text: str, entities: list[str] | None = None,
            published: date | None = None) -> str:
        """Thread a document; return its story id."""
        return self.add_features(doc_id, self.features(text, entities, published))

    def add_features(self, doc_id: str, feats: DocFeatures, story_id: str | None = None) -> str:
        """Thread a document by its features; `story_id` puts it in a known story (a paraphrased copy)."""
        if doc_id in self._story_of:
            return self._story_of[doc_id]
        if story_id is not None:
            self._join(doc_id, feats, story_id)
            return story_id
        best, best_score = None, self.cfg.story_threshold
        for row, cos in self._table.nearest(feats.vector, feats.published,
                                            self.cfg.story_window_days, self.cfg.story_candidates):
            story = self._stories[self._table.ids[row]]
            score = self.score(cos, feats, story)
            if score >= best_score:
                best, best_score = story, score
        story_id = best.story_id if best else doc_id
        self._join(doc_id, feats, story_id)
        return story_id

    def join(self, doc_id: str, story_id: str) -> None:
        """Put a document in a known story without features (a verbatim copy joins its original's story)."""
        if doc_id not in self._story_of:
            self._map(doc_id, story_id)

    def restore(self, doc_id: str, payload: bytes, story_id: str) -> None:
        """Re-seed with a document from an earlier run; an empty payload is a member without features."""
        if doc_id in self._story_of:
            return
        if payload:
            self._join(doc_id, DocFeatures.from_bytes(payload), story_id)
        else:
            self.join(doc_id, story_id)

    def story_of(self, doc_id: str) -> str | None:
        return self._story_of.get(doc_id)

    def score(self, cosine: float, feats: DocFeatures, story: Story) -> float:
        """Embedding cosine with the story's centroid, plus the agreement of names and of content words."""
        wn, ww = self.cfg.story_name_weight, self.cfg.story_word_weight
        names = self._agreement(feats.names, story, story.names, self._name_df)
        words = self._agreement(feats.words().tolist(), story, story.words.as_dict(), self._word_df)
        return (1 - wn - ww) * cosine + wn * names + ww * words

    def _agreement(self, items, story: Story, have: dict, df: Counter) -> float:
        """Geometric mean of two idf-weighted shares (0 when either side is empty):
        the document's items, each counted by the share of the story's documents that use it,
        and the story's items, each weighted by how many of its documents use it, found in the document."""
        items = set(items)
        if not items or not have:
            return 0.0
        scale = self._docs + 1

        def idf(item) -> float:
            return math.log(scale / (df[item] + 1)) + 1.0

        total = covered = 0.0
        for item in items:
            w = idf(item)
            total += w
            covered += w * have[item] / story.size if item in have else 0.0
        ours = covered / total
        total = found = 0.0
        for item, n in have.items():
            w = idf(item) * n
            total += w
            found += w if item in items else 0.0
        return math.sqrt(ours * found / total)

    def _join(self, doc_id: str, feats: DocFeatures, story_id: str) -> None:
        self._docs += 1
        stems = feats.words()
        names = [sys.intern(n) for n in feats.names]      # one copy of each name string
        self._name_df.update(names)
        self._word_df.update(stems.tolist())
        story = self._stories.get(story_id)
        if story is None:
            row = self._table.append(story_id, feats.vector, feats.published)
            story = self._stories[story_id] = Story(story_id, row)
        vector_sum = self._table.vector(story.row) * story.norm + feats.vector
        story.norm = float(np.linalg.norm(vector_sum))
        story.names.update(names)
        story.words.update(stems)
        story.size += 1
        if feats.published and (story.last is None or feats.published > story.last):
            story.last = feats.published
        centroid = vector_sum / max(story.norm, 1e-12)
        self._table.update(story.row, centroid, feats.published)
        self._map(doc_id, story_id)
        for gone in self._live.touch(story_id, feats.published):
            self._forget(gone)

    def _map(self, doc_id: str, story_id: str) -> None:
        self._story_of[doc_id] = story_id
        while len(self._story_of) > self.cfg.max_live_docs:
            self._story_of.popitem(last=False)

    def _forget(self, story_id: str) -> None:
        """Drop a story that can no longer take documents, and its documents from the frequencies."""
        story = self._stories.pop(story_id)
        self._table.remove(story.row)
        self._docs -= story.size
        _subtract(self._name_df, story.names.items())
        _subtract(self._word_df, zip(story.words.keys.tolist(), story.words.counts.tolist()))


def _subtract(df: Counter, counts) -> None:
    for item, n in counts:
        left = df[item] - n
        if left > 0:
            df[item] = left
        else:
            df.pop(item, None)
