"""CopyIndex: links a near-verbatim copy to the earliest-seen original (MinHash LSH)."""
from __future__ import annotations

import struct
from collections import OrderedDict

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..config import DedupeConfig
from .live import LiveSet
from .shingles import word_shingles

# Fixed, so signatures written in one run compare with the next run's (datasketch >= 2.0).
_SEED = 1
_SCHEME = "affine32"
_CHUNK = 512


class CopyIndex:
    """Documents arrive in order; the first of a group of copies is its original (root).

    Only roots are indexed: a copy of a copy still shares most shingles with the root.
    A signature is bytes (shingle count + MinHash values), so the caller can persist it
    and re-seed a new index with `restore` on the next run.

    A root is kept as one row of uint32 hash values (512 bytes at 128 permutations) in
    preallocated chunks. Candidates are found as datasketch's MinHashLSH finds them (same
    bands: a candidate agrees on all values of at least one band), by comparing the bands of
    every live row; the newest `max_live_docs` roots stay live.
    """

    def __init__(self, cfg: DedupeConfig | None = None):
        self.cfg = cfg or DedupeConfig()
        lsh = MinHashLSH(threshold=self.cfg.lsh_threshold, num_perm=self.cfg.minhash_perm)
        self._bands, self._band_width = lsh.b, lsh.r          # datasketch's choice for this threshold
        self._template = MinHash(num_perm=self.cfg.minhash_perm, seed=_SEED, scheme=_SCHEME)  # one permutation set
        self._hashes: list[np.ndarray] = []                   # chunks of rows of hash values
        self._counts: list[np.ndarray] = []                   # shingle count per row
        self._arrival: list[np.ndarray] = []                  # arrival number per row (-1: free row)
        self._ids: list[str | None] = []                      # row -> root id
        self._free: list[int] = []
        self._row: dict[str, int] = {}                        # live root id -> row
        self._arrivals = 0
        self._live = LiveSet(self.cfg.max_live_docs, 0)       # live roots, oldest first
        self._root_of: OrderedDict[str, str | None] = OrderedDict()  # recent docs -> root (None: is a root)

    # -- signatures --------------------------------------------------------
    def signature(self, text: str) -> bytes:
        shingles = word_shingles(text, self.cfg.shingle_size)
        mh = MinHash(num_perm=self.cfg.minhash_perm, seed=_SEED, scheme=_SCHEME,
                     permutations=self._template.permutations)
        mh.update_batch(list(shingles))
        return struct.pack("<I", len(shingles)) + mh.hashvalues.astype("<u4").tobytes()

    def _unpack(self, signature: bytes) -> tuple[np.ndarray, int]:
        expected = 4 + 4 * self.cfg.minhash_perm
        if len(signature) != expected:
            raise ValueError(f"signature of {len(signature)} bytes, expected {expected} "
                             f"(minhash_perm={self.cfg.minhash_perm}); was it written with other settings?")
        (count,) = struct.unpack_from("<I", signature)
        return np.frombuffer(signature, dtype="<u4", offset=4).astype(np.uint32), count

    # -- linking ----------------------------------------------------------
    def add(self, doc_id: str, text: str) -> str | None:
        """Index a document; return the id of the original it copies, or None."""
        return self.add_signature(doc_id, self.signature(text))

    def add_signature(self, doc_id: str, signature: bytes) -> str | None:
        if doc_id in self._root_of:                 # seen recently: same answer as then
            return self._root_of[doc_id]
        if doc_id in self._row:                     # a live root: an original
            return None
        values, count = self._unpack(signature)
        root = self._best_root(values, count) if count >= self.cfg.min_shingles else None
        self._remember(doc_id, values, count, root)
        return root

    def restore(self, doc_id: str, signature: bytes, root_id: str | None) -> None:
        """Re-seed with a document seen in an earlier run, with the link it got then."""
        if doc_id in self._root_of:
            return
        values, count = self._unpack(signature)
        self._remember(doc_id, values, count, root_id)

    def root_of(self, doc_id: str) -> str | None:
        return self._root_of.get(doc_id)

    def __len__(self) -> int:
        return len(self._root_of)

    def _remember(self, doc_id: str, values: np.ndarray, count: int, root: str | None) -> None:
        self._root_of[doc_id] = root
        while len(self._root_of) > self.cfg.max_live_docs:
            self._root_of.popitem(last=False)
        if root is None and count >= self.cfg.min_shingles:
            self._insert(doc_id, values, count)
            for gone in self._live.touch(doc_id, None):
                self._drop(gone)

    def _insert(self, doc_id: str, values: np.ndarray, count: int) -> None:
        if self._free:
            row = self._free.pop()
            self._ids[row] = doc_id
        else:
            row = len(self._ids)
            if row == len(self._hashes) * _CHUNK:
                self._hashes.append(np.zeros((_CHUNK, self.cfg.minhash_perm), dtype=np.uint32))
                self._counts.append(np.zeros(_CHUNK, dtype=np.uint32))
                self._arrival.append(np.full(_CHUNK, -1, dtype=np.int64))
            self._ids.append(doc_id)
        c, i = divmod(row, _CHUNK)
        self._hashes[c][i] = values
        self._counts[c][i] = count
        self._arrival[c][i] = self._arrivals
        self._arrivals += 1
        self._row[doc_id] = row

    def _drop(self, doc_id: str) -> None:
        row = self._row.pop(doc_id)
        c, i = divmod(row, _CHUNK)
        self._arrival[c][i] = -1
        self._ids[row] = None
        self._free.append(row)

    def _best_root(self, values: np.ndarray, count: int) -> str | None:
        """The earliest-seen root whose overlap with this text makes it a copy."""
        width = self._bands * self._band_width
        query = values[:width]
        best, best_arrival = None, None
        for c, hashes in enumerate(self._hashes):
            live = self._arrival[c] >= 0
            bands = (hashes[:, :width] == query).reshape(len(hashes), self._bands, self._band_width)
            for i in np.flatnonzero(bands.all(axis=2).any(axis=1) & live):
                jaccard = float(np.count_nonzero(hashes[i] == values)) / len(values)
                arrival = int(self._arrival[c][i])
                if self._is_copy(jaccard, count, int(self._counts[c][i])):
                    if best_arrival is None or arrival < best_arrival:
                        best, best_arrival = self._ids[c * _CHUNK + i], arrival
        return best

    def _is_copy(self, jaccard: float, a: int, b: int) -> bool:
        """A copy shares most of the shorter text's shingles (containment), and enough of all of them."""
        if jaccard < self.cfg.min_jaccard:
            return False
        shared = jaccard * (a + b) / (1.0 + jaccard)
        return shared / max(1, min(a, b)) >= self.cfg.duplicate_threshold
