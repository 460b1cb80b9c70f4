"""Memory the dedupe state keeps per document: tracemalloc around `Deduplicator.link`.

For each size N, a synthetic corpus (bench/corpus.py) is fed to a fresh `Deduplicator`
(no store). The embedding model is not run: each document gets a precomputed random unit
vector through `link(doc, None, vector)`, so names come from capitalised runs and stories
are mostly one document each (the worst case for story state). Documents, their ids and
vectors are built before tracing starts, so what is traced is what the Deduplicator allocates
and keeps. Exact copies (same text) are skipped, as the pipeline skips them by content hash.

    .venv/bin/python bench/dedupe_memory.py                     # 1,000, 5,000, 20,000 documents
    .venv/bin/python bench/dedupe_memory.py --docs 1000 --dates sorted

--dates: none (default; undated, so only the live-document cap evicts), sorted (dated,
in publication order, as a news stream arrives: the time windows evict), or random
(the corpus's own order, dates spread over 2023-2025 at random).
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from corpus import generate_docs  # noqa: E402

from detente.config import DedupeConfig  # noqa: E402
from detente.dedupe import Deduplicator  # noqa: E402
from detente.dedupe.embed import DIM  # noqa: E402
from detente.records import Document  # noqa: E402


def make_docs(n: int, dates: str, seed: int) -> list[Document]:
    records = list(generate_docs(n, seed))
    if dates == "sorted":
        records.sort(key=lambda r: r["published"])
    docs, seen = [], set()
    for r in records:
        doc_id = hashlib.sha1(r["text"].encode("utf-8")).hexdigest()
        if doc_id in seen:
            continue
        seen.add(doc_id)
        published = date.fromisoformat(r["published"]) if dates != "none" else None
        docs.append(Document(doc_id=doc_id, source=r["url"], fmt="jsonl", text=r["text"],
                             title=r["title"], published=published))
    return docs


def measure(n: int, dates: str, seed: int) -> dict:
    docs = make_docs(n, dates, seed)
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((len(docs), DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    gc.collect()
    tracemalloc.start()
    dd = Deduplicator(DedupeConfig())
    start = tracemalloc.get_traced_memory()[0]
    t0 = time.perf_counter()
    for doc, vec in zip(docs, vectors):
        dd.link(doc, None, vec)
    seconds = time.perf_counter() - t0
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    kept -= start
    return {"n": len(docs), "kib_per_doc": kept / 1024 / len(docs), "kept_mb": kept / 2 ** 20,
            "peak_mb": peak / 2 ** 20, "ms_per_doc": 1000 * seconds / len(docs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--dates", choices=["none", "sorted", "random"], default="none")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(f"dates={args.dates}; random unit vectors instead of the embedding model")
    print(f"{'docs':>7} {'linked':>7} {'KiB/doc':>8} {'kept MB':>8} {'peak MB':>8} {'ms/doc':>7}")
    for n in args.docs:
        r = measure(n, args.dates, args.seed)
        print(f"{n:>7} {r['n']:>7} {r['kib_per_doc']:>8.2f} {r['kept_mb']:>8.1f} {r['peak_mb']:>8.1f} "
              f"{r['ms_per_doc']:>7.2f}", flush=True)


if __name__ == "__main__":
    main()
