"""Dedupe & stories: copies (MinHash), paraphrased copies and story threads (embeddings + names)."""
from .deduplicator import Deduplicator
from .minhash import CopyIndex

__all__ = ["CopyIndex", "Deduplicator"]
