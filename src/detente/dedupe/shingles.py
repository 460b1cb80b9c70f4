"""Word shingles: the overlapping k-word windows that MinHash compares."""
from __future__ import annotations

from .words import tokens


def word_shingles(text: str, size: int) -> set[bytes]:
    """Distinct k-word shingles of the lower-cased tokens; a text shorter than k gives one shingle."""
    words = tokens(text)
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
