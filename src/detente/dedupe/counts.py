"""StemCounts: how many of a story's documents use each content-word stem, as two small arrays.

A Counter of int keys costs ~70-100 bytes an entry; this costs 8. Keys keep first-seen order,
as a Counter does, so sums over `as_dict()` add up in the same order.
"""
from __future__ import annotations

import numpy as np


class StemCounts:
    __slots__ = ("keys", "counts")

    def __init__(self):
        self.keys = np.zeros(0, dtype=np.uint32)
        self.counts = np.zeros(0, dtype=np.uint32)

    def __len__(self) -> int:
        return len(self.keys)

    def update(self, stems: np.ndarray) -> None:
        """Count one document's distinct stems."""
        stems = np.asarray(stems, dtype=np.uint32)
        if len(self.keys):
            order = np.argsort(self.keys, kind="stable")
            pos = np.minimum(np.searchsorted(self.keys, stems, sorter=order), len(order) - 1)
            at = order[pos]
            known = self.keys[at] == stems
            np.add.at(self.counts, at[known], 1)
            stems = stems[~known]
        if len(stems):
            self.keys = np.concatenate([self.keys, stems])
            self.counts = np.concatenate([self.counts, np.ones(len(stems), dtype=np.uint32)])

    def as_dict(self) -> dict[int, int]:
        return dict(zip(self.keys.tolist(), self.counts.tolist()))
