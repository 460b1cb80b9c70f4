"""Dedupe & stories: copies (MinHash), paraphrased copies and story threads (embeddings + names)."""
from .deduplicator import Deduplicator
from .embed import EmbedderUnavailable, SentenceEmbedder
from .minhash import CopyIndex
from .paraphrase import ParaphraseIndex
from .stories import StoryThreader

__all__ = ["CopyIndex", "Deduplicator", "EmbedderUnavailable", "ParaphraseIndex", "SentenceEmbedder",
           "StoryThreader"]
