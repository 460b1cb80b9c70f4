"""Peak memory of the full pipeline as the corpus grows: one fresh subprocess per size.

For each size a synthetic corpus (bench/corpus.py) is run through `Pipeline().run` into a
fresh DuckDB file, with default settings, in a child process. The parent reads the child's
peak RSS (ru_maxrss from os.wait4); the child also samples its current RSS every
--every documents, so growth inside a run shows as a slope (MB per 1,000 documents).

    .venv/bin/python bench/memory.py                       # 500 and 2,000 documents
    .venv/bin/python bench/memory.py --docs 1000 5000 20000
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIMIT_MB = 1536          # the brief: peak memory < 1.5 GB


def rss_mb() -> float:
    """Current resident set size of this process, from /proc (Linux)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(corpus: Path, db: Path, every: int) -> None:
    """Run the pipeline once; print one JSON line with the RSS samples."""
    from detente.config import Settings
    from detente.pipeline import Pipeline

    pipeline = Pipeline(Settings())
    pipeline.nlp                               # load the model before the first sample
    samples = [(0, rss_mb())]
    done = 0

    def progress(n: int, _source: str) -> None:
        nonlocal done
        before, done = done, done + n
        if done // every > before // every:      # progress comes once a write batch (64 documents)
            samples.append((done, rss_mb()))

    t0 = time.perf_counter()
    stats = pipeline.run([corpus], db, on_progress=progress)
    if samples[-1][0] != done:
        samples.append((done, rss_mb()))
    print(json.dumps({"secs": time.perf_counter() - t0, "samples": samples, "added": stats.added,
                      "skipped": stats.skipped, "failed": stats.failed, "events": stats.events}))


def measure(size: int, seed: int, every: int, workdir: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    corpus = write_corpus(size, Path(tempfile.gettempdir()) / f"detente-bench-corpus-{size}-{seed}", seed=seed)
    db = workdir / f"mem-{size}.duckdb"
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(corpus), str(db), "--every", str(every)],
                            stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)     # this child's own rusage
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child for {size} documents failed (status {status})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024     # KiB on Linux
    result["db_mb"] = db.stat().st_size / 2**20
    return result


def slope(samples: list) -> float:
    """MB per 1,000 documents between the first sample after the first batch and the last one."""
    pts = [s for s in samples if s[0] > 0]
    if len(pts) < 2 or pts[-1][0] == pts[0][0]:
        return float("nan")
    return 1000 * (pts[-1][1] - pts[0][1]) / (pts[-1][0] - pts[0][0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--every", type=int, default=250, help="sample the child's RSS every this many documents")
    ap.add_argument("--child", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.every)
        return

    print(f"{'docs':>7} {'time s':>8} {'docs/s':>7} {'peak RSS MB':>12} {'RSS start MB':>13} {'RSS end MB':>11} "
          f"{'MB/1k docs':>11} {'db MB':>7}")
    with tempfile.TemporaryDirectory(prefix="detente-mem-") as tmp:
        for size in args.docs:
            r = measure(size, args.seed, args.every, Path(tmp))
            s = r["samples"]
            print(f"{size:>7} {r['secs']:>8.0f} {size / r['secs']:>7.1f} {r['peak_mb']:>12.0f} {s[0][1]:>13.0f} "
                  f"{s[-1][1]:>11.0f} {slope(s):>11.1f} {r['db_mb']:>7.0f}", flush=True)
            print("        RSS samples (docs, MB): " + ", ".join(f"({d}, {m:.0f})" for d, m in s), flush=True)
    print(f"target: peak < {LIMIT_MB} MB and flat as the corpus grows (MB/1k docs near 0)")


if __name__ == "__main__":
    main()
