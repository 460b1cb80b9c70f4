"""Story threading on ECB+ (gold: `subtopic`, the same-event cluster), scored with BCubed P/R/F1.

    python eval/stories.py [PATH] [--tune] [--order file|shuffled]

PATH is the folder with ecbplus_docs.jsonl.gz (default: ../shared/eval/clustering from the repo root).
Topics are split in two halves: odd topic numbers (tuning half) and even ones (held-out half);
each half is threaded on its own. --tune grid-searches story_threshold, story_name_weight and story_word_weight on
the odd half and prints both halves at the best setting. Names are capitalised word runs (no spaCy).
ECB+ documents carry no dates, so the time window plays no part here.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

from detente.config import DedupeConfig
from detente.dedupe.embed import SentenceEmbedder, lead_text
from detente.dedupe.features import DocFeatures
from detente.dedupe.stories import StoryThreader

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "clustering"


def load_ecb(folder: str | Path) -> list[dict] | None:
    """The ECB+ documents (doc_id, topic, subtopic, text), or None after saying where they were looked for."""
    data = Path(folder) / "ecbplus_docs.jsonl.gz"
    if not data.exists():
        print(f"no {data}: pass the folder that holds ecbplus_docs.jsonl.gz (ECB+ documents)", file=sys.stderr)
        return None
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = {}, {}
    for d in gold:
        by_pred.setdefault(pred[d], set()).add(d)
        by_gold.setdefault(gold[d], set()).add(d)
    p = r = 0.0
    for d in gold:
        shared = len(by_pred[pred[d]] & by_gold[gold[d]])
        p += shared / len(by_pred[pred[d]])
        r += shared / len(by_gold[gold[d]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def thread(docs: list[dict], feats: dict[str, DocFeatures], cfg: DedupeConfig) -> dict[str, str]:
    threader = StoryThreader(cfg, embedder=None)
    return {d["doc_id"]: threader.add_features(d["doc_id"], feats[d["doc_id"]]) for d in docs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--order", choices=["file", "shuffled"], default="shuffled",
                    help="document arrival order (shuffled with a fixed seed: stories interleave as in a feed)")
    ap.add_argument("--lead-words", type=int, default=None, help="words of title+lead to embed (default: config)")
    args = ap.parse_args()
    docs = load_ecb(args.path)
    if docs is None:
        return 2
    if args.order == "shuffled":
        random.Random(13).shuffle(docs)

    cfg = DedupeConfig()
    if args.lead_words:
        cfg = replace(cfg, lead_words=args.lead_words)
    embedder = SentenceEmbedder(cfg)
    vecs = embedder.embed([lead_text(d["text"], None, cfg.lead_words) for d in docs])
    feats = {d["doc_id"]: DocFeatures.build(d["text"], v, None, None) for d, v in zip(docs, vecs)}

    halves = {"odd topics (tuning)": [d for d in docs if int(d["topic"]) % 2 == 1],
              "even topics (held out)": [d for d in docs if int(d["topic"]) % 2 == 0]}
    if args.tune:
        tune = halves["odd topics (tuning)"]
        gold = {d["doc_id"]: d["subtopic"] for d in tune}
        best = None
        for wn in (0.3, 0.4, 0.5):
            for ww in (0.2, 0.3, 0.4):
                for t in [x / 100 for x in range(20, 50)]:
                    trial = replace(cfg, story_threshold=t, story_name_weight=wn, story_word_weight=ww)
                    f1 = bcubed(thread(tune, feats, trial), gold)[2]
                    if best is None or f1 > best[0]:
                        best = (f1, trial)
        cfg = best[1]
        print(f"best on the tuning half: F1 {best[0]:.3f}")

    print(f"ECB+ {len(docs)} docs, order={args.order}, story_threshold={cfg.story_threshold}, "
          f"story_name_weight={cfg.story_name_weight}, story_word_weight={cfg.story_word_weight}, lead_words={cfg.lead_words}")
    for name, part in list(halves.items()) + [("all topics", docs)]:
        gold = {d["doc_id"]: d["subtopic"] for d in part}
        pred = thread(part, feats, cfg)
        p, r, f1 = bcubed(pred, gold)
        print(f"{name:<24} docs {len(part):>4}  gold clusters {len(set(gold.values())):>3}  "
              f"stories {len(set(pred.values())):>3}  BCubed P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
