"""VectorTable: rows of unit vectors with their dates, searched by cosine within a time window.

Rows live in preallocated chunks (no copy when the table grows); a removed row's slot is
reused, so a table whose owner evicts old rows stays at the size of its live rows. Vectors stay
float32: float16 would halve the memory, but numpy has no fast float16 product (the search was
~10x slower at 50,000 rows).
"""
from __future__ import annotations

from datetime import date

import numpy as np

from .embed import DIM

_UNDATED = -1
_FREE = -2                               # day of a removed row: never a candidate
CHUNK = 512


class VectorTable:
    def __init__(self, chunk: int = CHUNK):
        self.ids: list[str | None] = []                # row -> key (None: a free row)
        self._chunk = chunk
        self._vecs: list[np.ndarray] = []
        self._days: list[np.ndarray] = []
        self._free: list[int] = []

    def __len__(self) -> int:
        return len(self.ids) - len(self._free)

    def append(self, key: str, vector: np.ndarray, published: date | None) -> int:
        if self._free:
            row = self._free.pop()
            self.ids[row] = key
        else:
            row = len(self.ids)
            if row == len(self._vecs) * self._chunk:
                self._vecs.append(np.zeros((self._chunk, DIM), dtype=np.float32))
                self._days.append(np.full(self._chunk, _FREE, dtype=np.int64))
            self.ids.append(key)
        c, i = divmod(row, self._chunk)
        self._vecs[c][i] = vector
        self._days[c][i] = published.toordinal() if published else _UNDATED
        return row

    def remove(self, row: int) -> None:
        c, i = divmod(row, self._chunk)
        self._days[c][i] = _FREE
        self.ids[row] = None
        self._free.append(row)

    def vector(self, row: int) -> np.ndarray:
        c, i = divmod(row, self._chunk)
        return self._vecs[c][i]

    def update(self, row: int, vector: np.ndarray, published: date | None) -> None:
        c, i = divmod(row, self._chunk)
        self._vecs[c][i] = vector
        if published:
            self._days[c][i] = max(self._days[c][i], published.toordinal())

    def nearest(self, vector: np.ndarray, published: date | None, window_days: int, k: int) -> list[tuple[int, float]]:
        """Up to k (row, cosine) pairs, best first; dated rows farther than the window are skipped."""
        n = len(self.ids)
        if n == len(self._free):
            return []
        sims = np.concatenate([v @ vector for v in self._vecs])[:n]
        days = np.concatenate(self._days)[:n]
        skip = days == _FREE
        if published is not None:
            skip |= (days != _UNDATED) & (np.abs(days - published.toordinal()) > window_days)
        sims = np.where(skip, -np.inf, sims)
        top = np.argsort(-sims)[:k]
        return [(int(i), float(sims[i])) for i in top if np.isfinite(sims[i])]
