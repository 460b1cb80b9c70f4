"""Score detente's HTML path on the scrapinghub article-extraction benchmark.

    .venv/bin/python eval/extraction.py [PATH]     # PATH default: ../shared/eval/extraction/scrapinghub

Metric (the benchmark's own): tokens are \\w+ runs (case kept); per page, the
multisets of token 4-gram shingles of prediction and truth give tp/fp/fn;
precision and recall are averaged over pages (precision over pages with a
prediction, recall over pages with a truth) and F1 is taken of the two means.
Rows: trafilatura alone (extract_html), then extract_html + LineCleaner with
per-site memory, pages fed in benchmark order as one stream.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from detente.clean import LineCleaner
from detente.config import CleanConfig
from detente.extract import extract_html

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / ".." / "shared" / "eval" / "extraction" / "scrapinghub"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(truth: str, pred: str) -> tuple[int, int, int]:
    t, p = shingles(truth), shingles(pred)
    return sum((t & p).values()), sum((p - t).values()), sum((t - p).values())


def scores(counts: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    def ratio(a: int, b: int, fp: int, fn: int) -> float:
        if fp == fn == 0:
            return 1.0
        return a / (a + b) if a + b else 0.0
    precision = statistics.mean(ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def load_pages(path: Path):
    """(page id, url, html bytes, true article body) in benchmark order."""
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in truth.items():
        html = gzip.decompress((path / "html" / f"{key}.html.gz").read_bytes())
        yield key, item.get("url"), html, item.get("articleBody", "")


def site_of(url: str | None) -> str | None:
    host = urlparse(url or "").hostname
    return host.removeprefix("www.") if host else None


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not (path / "ground-truth.json").is_file():
        print(f"benchmark not found at {path} (expected ground-truth.json and html/)", file=sys.stderr)
        return 2
    cleaner = LineCleaner(CleanConfig())
    raw_counts, clean_counts = [], []
    start = time.perf_counter()
    for _key, url, html, truth in load_pages(path):
        extracted = extract_html(html, url)
        cleaned = cleaner.clean(extracted.text, site=site_of(url), links=extracted.links)
        raw_counts.append(tp_fp_fn(truth, extracted.text))
        clean_counts.append(tp_fp_fn(truth, cleaned.text))
    seconds = time.perf_counter() - start
    print(f"{len(raw_counts)} pages, {seconds:.1f} s")
    for name, counts in (("trafilatura", raw_counts), ("trafilatura+clean", clean_counts)):
        p, r, f = scores(counts)
        print(f"{name:<18} precision={p:.3f} recall={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
