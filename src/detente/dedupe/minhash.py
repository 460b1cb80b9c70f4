"""CopyIndex: links a near-verbatim copy to the earliest-seen original (MinHash LSH)."""
from __future__ import annotations

import struct

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..config import DedupeConfig
from .shingles import word_shingles

# Fixed, so signatures written in one run compare with the next run's (datasketch >= 2.0).
_SEED = 1
_SCHEME = "affine32"


class CopyIndex:
    """Documents arrive in order; the first of a group of copies is its original (root).

    Only roots are indexed: a copy of a copy still shares most shingles with the root.
    A signature is bytes (shingle count + MinHash values), so the caller can persist it
    and re-seed a new index with `restore` on the next run.
    """

    def __init__(self, cfg: DedupeConfig | None = None):
        self.cfg = cfg or DedupeConfig()
        self._lsh = MinHashLSH(threshold=self.cfg.lsh_threshold, num_perm=self.cfg.minhash_perm)
        self._roots: dict[str, tuple[MinHash, int, int]] = {}  # root id -> (minhash, shingle count, arrival)
        self._root_of: dict[str, str | None] = {}           # every seen doc -> its root (None: is a root)

    # -- signatures --------------------------------------------------------
    def signature(self, text: str) -> bytes:
        shingles = word_shingles(text, self.cfg.shingle_size)
        mh = MinHash(num_perm=self.cfg.minhash_perm, seed=_SEED, scheme=_SCHEME)
        mh.update_batch(list(shingles))
        return struct.pack("<I", len(shingles)) + mh.hashvalues.astype("<u4").tobytes()

    def _unpack(self, signature: bytes) -> tuple[MinHash, int]:
        expected = 4 + 4 * self.cfg.minhash_perm
        if len(signature) != expected:
            raise ValueError(f"signature of {len(signature)} bytes, expected {expected} "
                             f"(minhash_perm={self.cfg.minhash_perm}); was it written with other settings?")
        (count,) = struct.unpack_from("<I", signature)
        values = np.frombuffer(signature, dtype="<u4", offset=4).astype(np.uint32)
        return MinHash(num_perm=self.cfg.minhash_perm, seed=_SEED, hashvalues=values, scheme=_SCHEME), count

    # -- linking ----------------------------------------------------------
    def add(self, doc_id: str, text: str) -> str | None:
        """Index a document; return the id of the original it copies, or None."""
        return self.add_signature(doc_id, self.signature(text))

    def add_signature(self, doc_id: str, signature: bytes) -> str | None:
        if doc_id in self._root_of:                 # seen before: same answer as then
            return self._root_of[doc_id]
        mh, count = self._unpack(signature)
        root = self._best_root(mh, count) if count >= self.cfg.min_shingles else None
        self._remember(doc_id, mh, count, root)
        return root

    def restore(self, doc_id: str, signature: bytes, root_id: str | None) -> None:
        """Re-seed with a document seen in an earlier run, with the link it got then."""
        if doc_id in self._root_of:
            return
        mh, count = self._unpack(signature)
        self._remember(doc_id, mh, count, root_id)

    def root_of(self, doc_id: str) -> str | None:
        return self._root_of.get(doc_id)

    def __len__(self) -> int:
        return len(self._root_of)

    def _remember(self, doc_id: str, mh: MinHash, count: int, root: str | None) -> None:
        self._root_of[doc_id] = root
        if root is None and count >= self.cfg.min_shingles:
            self._roots[doc_id] = (mh, count, len(self._roots))
            self._lsh.insert(doc_id, mh, check_duplication=False)

    def _best_root(self, mh: MinHash, count: int) -> str | None:
        """The earliest-seen root whose overlap with this text makes it a copy."""
        best, best_arrival = None, None
        for cand in self._lsh.query(mh):
            other, other_count, arrival = self._roots[cand]
            if self._is_copy(mh.jaccard(other), count, other_count):
                if best_arrival is None or arrival < best_arrival:
                    best, best_arrival = cand, arrival
        return best

    def _is_copy(self, jaccard: float, a: int, b: int) -> bool:
        """A copy shares most of the shorter text's shingles (containment), and enough of all of them."""
        if jaccard < self.cfg.min_jaccard:
            return False
        shared = jaccard * (a + b) / (1.0 + jaccard)
        return shared / max(1, min(a, b)) >= self.cfg.duplicate_threshold
