"""Experiment: a learned junk-line scorer on the DEV split only (numpy logistic regression).

    .venv/bin/python eval/train_junk_model.py

Grouped 5-fold cross-validation over dev documents of "rules OR model" (shape
and context features + hashed words), printing junk F1 and article lines lost
per L2 strength and threshold. Never looks at the test split.

Result (dev split, 503 lines): rules alone F1 0.960 with 0 article lines lost;
every threshold of "rules OR model" is equal or worse (0.957 at 0.3% lost,
0.861 at 14.6% lost), so the runtime ships no model. Kept to rerun when the
dev annotation grows.
"""
from __future__ import annotations

import hashlib
import math
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from junk_lines import REPO, documents, predictions, read_rows  # noqa: E402

BUCKETS = 256

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LIST_ITEM = re.compile(r"^\s*([-–•*·▪]|\d+[.)])\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’)]*$")

SHAPE = ["bias", "log_words", "le4", "le10", "gt25", "terminal", "colon_end", "list_item",
         "title_ratio", "upper_ratio", "digit_share", "pipe", "at_or_http", "position", "first", "last3",
         "prev_headline", "next_headline", "headline_run", "prev_long", "next_long"]


def _headline(s: str) -> bool:
    return len(s.split()) <= 15 and not _TERMINAL.search(s)


def _hash(token: str, buckets: int) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=4).digest(), "little") % buckets


def features(lines: list[str], buckets: int) -> np.ndarray:
    """One row per line (stripped, non-empty): shape features then hashed word buckets."""
    n = len(lines)
    heads = [_headline(s) for s in lines]
    runs = [0] * n
    i = 0
    while i < n:                            # length of the run of headline-like lines
        j = i
        while j < n and heads[j] == heads[i]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i if heads[i] else 0
        i = j
    out = np.zeros((n, len(SHAPE) + buckets), dtype=np.float32)
    for i, s in enumerate(lines):
        words = s.split()
        alpha = _WORD.findall(s)
        long_words = [w for w in alpha if len(w) >= 4]
        letters = [c for c in s if c.isalpha()]
        row = [
            1.0, math.log1p(len(words)), len(words) <= 4, len(words) <= 10, len(words) > 25,
            bool(_TERMINAL.search(s)), s.endswith(":"), bool(_LIST_ITEM.match(s)),
            sum(w[0].isupper() for w in long_words) / len(long_words) if long_words else 0.0,
            sum(c.isupper() for c in letters) / len(letters) if letters else 0.0,
            sum(c.isdigit() for c in s) / len(s), "|" in s, "@" in s or "http" in s,
            i / max(n - 1, 1), i == 0, i >= n - 3,
            i > 0 and heads[i - 1], i < n - 1 and heads[i + 1], math.log1p(runs[i]),
            i > 0 and len(lines[i - 1].split()) > 25, i < n - 1 and len(lines[i + 1].split()) > 25,
        ]
        out[i, :len(SHAPE)] = row
        toks = [w.lower() for w in alpha]
        grams = [f"w:{t}" for t in toks] + [f"first:{toks[0]}", f"last:{toks[-1]}"] if toks else []
        for g in grams:
            out[i, len(SHAPE) + _hash(g, buckets)] = 1.0
    return out


def dev_data(shared: Path):
    """X, y, rule verdicts and document ids for every labelled dev line."""
    rows = [r for r in read_rows() if r["split"] == "dev"]
    wanted = {r["source"].rsplit(":", 1)[0] for r in rows}
    texts = {key: text for key, _, text in documents(shared, wanted) if key in wanted}
    preds = predictions(shared, wanted)
    feats = {}
    for key, text in texts.items():
        idx = [i for i, x in enumerate(text.splitlines()) if x.strip()]
        X = features([text.splitlines()[i].strip() for i in idx], BUCKETS)
        feats[key] = dict(zip(idx, X))
    X, y, rule, group = [], [], [], []
    for r in rows:
        doc, i = r["source"].rsplit(":", 1)
        if int(i) not in feats.get(doc, {}):
            continue
        X.append(feats[doc][int(i)])
        y.append(r["label"] == "junk")
        rule.append(bool(preds[doc][int(i)][1]))
        group.append(doc)
    return np.array(X), np.array(y, float), np.array(rule), np.array(group)


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) / len(y) + l2 * w / len(y) * np.r_[0, np.ones(X.shape[1] - 1)]
        w -= lr * grad
    return w


def f1_lost(y, pred):
    tp, fp, fn = np.sum(y & pred), np.sum(~y & pred), np.sum(y & ~pred)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return (2 * p * r / (p + r) if p + r else 0), fp / max(np.sum(~y), 1)


def main(argv: list[str]) -> int:
    shared = REPO / ".." / "shared"
    X, y, rule, group = dev_data(shared)
    yb = y.astype(bool)
    print(f"dev lines {len(y)}, junk {int(y.sum())}, rules alone F1/lost = %.3f/%.3f" % f1_lost(yb, rule))
    docs = np.unique(group)
    rng = np.random.default_rng(0)
    fold = dict(zip(rng.permutation(docs), np.arange(len(docs)) % 5))
    f = np.array([fold[g] for g in group])
    for l2 in (1.0, 10.0):
        score = np.zeros(len(y))
        for k in range(5):
            w = fit(X[f != k], y[f != k], l2)
            score[f == k] = 1 / (1 + np.exp(-X[f == k] @ w))
        for thr in (0.5, 0.7, 0.8, 0.9, 0.95):
            print(f"l2={l2} thr={thr}: rules|model F1/lost = %.3f/%.3f   model alone %.3f/%.3f"
                  % (*f1_lost(yb, rule | (score > thr)), *f1_lost(yb, score > thr)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
