"""Dedupe & stories: copies (MinHash), paraphrased copies and story threads (embeddings + names)."""
from .minhash import CopyIndex

__all__ = ["CopyIndex"]
