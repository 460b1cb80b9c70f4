"""Copy and paraphrase detection on pairs made from the project's own example articles.

    python eval/paraphrase.py            # evaluate eval/data/paraphrase_pairs.jsonl (built if missing)
    python eval/paraphrase.py --build    # rebuild the pairs (spinner.py, fixed seeds)
    python eval/paraphrase.py --dump     # also print the overlap measures of every pair

Positives: an original and a spun version ("copy", "light", "medium", "heavy"; see spinner.py).
Negatives: hand-written articles about the same actors but another happening
(data/paraphrase_negatives.jsonl), also against a heavy spin of the original, and the two seeds.
Each pair is judged with fresh indexes: the original is added first, then the other text.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from spinner import spin  # noqa: E402

from detente.config import DedupeConfig  # noqa: E402
from detente.dedupe.embed import SentenceEmbedder, lead_text  # noqa: E402
from detente.dedupe.minhash import CopyIndex  # noqa: E402
from detente.dedupe.overlap import Overlap  # noqa: E402
from detente.dedupe.paraphrase import ParaphraseIndex, paraphrase_score  # noqa: E402

PAIRS = HERE / "data" / "paraphrase_pairs.jsonl"
NEGATIVES = HERE / "data" / "paraphrase_negatives.jsonl"
STRENGTHS = ("copy", "light", "medium", "heavy")
SEEDS_PER_STRENGTH = 2


def _html_text(raw: str) -> str:
    """Headline and paragraphs of an example page (crude, enough for making pairs)."""
    body = raw[raw.find("<article"):] if "<article" in raw else raw
    parts = re.findall(r"<(h1|p)[^>]*>(.*?)</\1>", body, re.S)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for _, p in parts if p.strip())


def sources() -> dict[str, str]:
    out = {}
    ex = ROOT / "examples"
    for path in sorted(ex.glob("*.txt")):
        out[path.stem] = path.read_text(encoding="utf-8")
    for path in sorted(ex.glob("*.html")):
        out[path.stem] = _html_text(path.read_text(encoding="utf-8"))
    wire = ex / "wire_feed.jsonl"
    if wire.exists():
        for line in wire.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            key = "wire:" + " ".join(rec["title"].split()[:4])
            out[key] = rec["title"] + "\n" + rec["text"]
    seeds = ROOT.parent / "shared" / "seeds"
    for path in sorted(seeds.glob("001_*.txt")):
        out["seed:001"] = path.read_text(encoding="utf-8")
    return out


def build() -> list[dict]:
    src = sources()
    negs = [json.loads(l) for l in NEGATIVES.read_text(encoding="utf-8").splitlines()]
    pairs = []
    for name, text in src.items():
        for strength in STRENGTHS:
            for seed in range(SEEDS_PER_STRENGTH):
                b = spin(text, strength, random.Random(f"{name}/{strength}/{seed}"))
                pairs.append({"source": name, "kind": strength, "label": 1, "a": text, "b": b})
    for neg in negs:
        if neg["source"] not in src:
            continue
        text = src[neg["source"]]
        pairs.append({"source": neg["source"], "kind": "other-story", "label": 0, "a": text, "b": neg["text"]})
        spun = spin(text, "heavy", random.Random(f"{neg['source']}/neg"))
        pairs.append({"source": neg["source"], "kind": "other-story-vs-spun", "label": 0, "a": spun, "b": neg["text"]})
    seed0 = next((ROOT.parent / "shared" / "seeds").glob("000_*.txt"), None)
    if seed0 and "seed:001" in src:
        pairs.append({"source": "seeds", "kind": "other-story", "label": 0,
                      "a": src["seed:001"], "b": seed0.read_text(encoding="utf-8")})
    PAIRS.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    return pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float, float]:
    """Precision is None (printed "-") when nothing was linked."""
    if tp + fp == 0:
        return None, 0.0, 0.0
    p = tp / (tp + fp)
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--dump", action="store_true")
    args = ap.parse_args()
    pairs = build() if args.build or not PAIRS.exists() else \
        [json.loads(l) for l in PAIRS.read_text(encoding="utf-8").splitlines()]

    cfg = DedupeConfig()
    embedder = SentenceEmbedder(cfg)
    texts = sorted({p[k] for p in pairs for k in ("a", "b")})
    vecs = dict(zip(texts, embedder.embed([lead_text(t, None, cfg.lead_words) for t in texts])))

    results = []   # (pair, is_copy, is_paraphrase)
    for p in pairs:
        copies, para = CopyIndex(cfg), ParaphraseIndex(cfg, embedder)
        copies.add("a", p["a"])
        fa = para.features(p["a"], vector=vecs[p["a"]])
        para.add_features("a", fa)
        is_copy = copies.add("b", p["b"]) == "a"
        fb = para.features(p["b"], vector=vecs[p["b"]])
        is_para = para.add_features("b", fb) == "a"
        results.append((p, is_copy, is_para))
        if args.dump:
            ov = Overlap.of(fb, fa)
            print(f"{p['label']} {p['kind']:<20} cos={ov.cosine:.2f} words={ov.words:.2f} aligned={ov.aligned:.2f} "
                  f"names={ov.names if ov.names is None else round(ov.names, 2)} "
                  f"nums={ov.numbers if ov.numbers is None else round(ov.numbers, 2)} "
                  f"score={paraphrase_score(ov):.2f} copy={int(is_copy)} para={int(is_para)}  {p['source'][:40]}")

    negatives = [r for r in results if r[0]["label"] == 0]
    print(f"pairs: {len(results)} ({len(results) - len(negatives)} positive, {len(negatives)} hard negative)")
    print(f"{'strength':<8} {'n':>3} | {'copy P':>6} {'R':>5} {'F1':>5} | {'para P':>6} {'R':>5} {'F1':>5} | {'linked P':>8} {'R':>5} {'F1':>5}")
    for strength in STRENGTHS:
        pos = [r for r in results if r[0]["kind"] == strength]
        row = []
        for pick in (lambda r: r[1], lambda r: r[2] and not r[1], lambda r: r[1] or r[2]):
            tp = sum(1 for r in pos if pick(r))
            fp = sum(1 for r in negatives if pick(r))
            row.extend(prf(tp, fp, len(pos) - tp))
        cells = ["-" if v is None else f"{v:.2f}" for v in row]
        print(f"{strength:<8} {len(pos):>3} | {cells[0]:>6} {cells[1]:>5} {cells[2]:>5} | {cells[3]:>6} {cells[4]:>5} "
              f"{cells[5]:>5} | {cells[6]:>8} {cells[7]:>5} {cells[8]:>5}")
    print("copy = CopyIndex link; para = ParaphraseIndex link where CopyIndex gave none (the pipeline's order);"
          " linked = either. Precision counts false links over all negatives.")
    for kind in sorted({r[0]["kind"] for r in negatives}):
        neg = [r for r in negatives if r[0]["kind"] == kind]
        print(f"negatives {kind}: {len(neg)}, linked as copy {sum(r[1] for r in neg)}, as paraphrase {sum(r[2] for r in neg)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
