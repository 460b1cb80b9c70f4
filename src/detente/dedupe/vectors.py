"""VectorTable: rows of unit vectors with their dates, searched by cosine within a time window."""
from __future__ import annotations

from datetime import date

import numpy as np

from .embed import DIM

_UNDATED = -1


class VectorTable:
    def __init__(self):
        self.ids: list[str] = []
        self._vecs = np.zeros((64, DIM), dtype=np.float32)
        self._days = np.full(64, _UNDATED, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, key: str, vector: np.ndarray, published: date | None) -> int:
        n = len(self.ids)
        if n == len(self._vecs):                       # grow by doubling
            self._vecs = np.concatenate([self._vecs, np.zeros_like(self._vecs)])
            self._days = np.concatenate([self._days, np.full(n, _UNDATED, dtype=np.int64)])
        self._vecs[n] = vector
        self._days[n] = published.toordinal() if published else _UNDATED
        self.ids.append(key)
        return n

    def update(self, row: int, vector: np.ndarray, published: date | None) -> None:
        self._vecs[row] = vector
        if published:
            self._days[row] = max(self._days[row], published.toordinal())

    def nearest(self, vector: np.ndarray, published: date | None, window_days: int, k: int) -> list[tuple[int, float]]:
        """Up to k (row, cosine) pairs, best first; dated rows farther than the window are skipped."""
        n = len(self.ids)
        if n == 0:
            return []
        sims = self._vecs[:n] @ vector
        if published is not None:
            days = self._days[:n]
            far = (days != _UNDATED) & (np.abs(days - published.toordinal()) > window_days)
            sims = np.where(far, -np.inf, sims)
        top = np.argsort(-sims)[:k]
        return [(int(i), float(sims[i])) for i in top if np.isfinite(sims[i])]
