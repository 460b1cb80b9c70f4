"""Cross-validate a learned re-typer for the event coder's events (round 4 experiment).

Training data: the coder's own events on our gold dev sentences and the PLOVER dev records, each
labelled with the type of the gold event in its sentence that shares most actor countries (events
sharing none are left out). Features: the lexicon's type and mode, the trigger words, the modality,
and optionally the sentence embedding (detente.dedupe.embed, 384-d). Model: multinomial logistic
regression (numpy, L2). Decision: the model's type replaces the lexicon's when its probability is at
least --threshold. Selection: 5-fold cross-validation by record over the dev records, scored with
eval/events.py's type F1 (rule types vs re-typed). Test data are never read here.

    .venv/bin/python eval/train_event_typer.py [--embed] [--threshold 0.6]
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as ev  # noqa: E402  (eval/events.py)


def label_events(case: ev.Case, events) -> list[str | None]:
    out = []
    for e in events:
        best = max(case.events, key=lambda g: ev._overlap(g, e), default=None)
        out.append(best["event_type"] if best is not None and ev._overlap(best, e) > 0 else None)
    return out


def features(e) -> list[str]:
    feats = [f"type={e.event_type}", f"mode={e.event_type}:{e.mode}", f"modality={e.modality}",
             f"type_modality={e.event_type}:{e.modality}"]
    feats += [f"w={w.lower()}" for w in e.evidence.trigger.split() if w != "..."]
    feats += [f"type_w={e.event_type}:{w.lower()}" for w in e.evidence.trigger.split()[:1]]
    return feats


def train(X: np.ndarray, y: np.ndarray, k: int, l2: float = 0.1, iters: int = 2000, lr: float = 1.0) -> np.ndarray:
    W = np.zeros((X.shape[1], k))
    Y = np.eye(k)[y]
    for _ in range(iters):
        Z = X @ W
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        W -= lr * (X.T @ (P - Y) / len(X) + l2 * W / len(X))
    return W


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embed", action="store_true", help="add the sentence embedding to the features")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)

    from detente.actors import ActorResolver
    from detente.config import EventConfig
    from detente.events import EventCoder
    from detente.parse import load_nlp

    nlp = load_nlp()
    resolver = ActorResolver.from_config(None)
    coder = EventCoder(EventConfig(), resolver)
    sets = []
    for name, cases, plover in (("gold", ev.load_gold(), False), ("plover", ev.load_plover(), True)):
        dev = [c for c in cases if c.split == "dev"]
        ev.PLOVER_IGO = plover
        results = ev.run_coder(dev, nlp, resolver, coder)
        labels = [label_events(c, evs) for c, (evs, _) in zip(dev, results)]
        sets.append((name, dev, results, labels, plover))
    ev.PLOVER_IGO = False
    types = sorted({g["event_type"] for _, dev, _, _, _ in sets for c in dev for g in c.events})
    emb = None
    if args.embed:
        from detente.dedupe.embed import SentenceEmbedder
        emb = SentenceEmbedder()

    # one row per coder event: (set index, record index, event index)
    rows, feats, y, texts = [], [], [], []
    for si, (_, dev, results, labels, _) in enumerate(sets):
        for ri, ((evs, _), labs) in enumerate(zip(results, labels)):
            for ei, (e, lab) in enumerate(zip(evs, labs)):
                rows.append((si, ri, ei))
                feats.append(features(e))
                y.append(types.index(lab) if lab in types else -1)
                texts.append(e.evidence.sentence)
    vocab = {f: i for i, f in enumerate(sorted({f for fs in feats for f in fs}))}
    X = np.zeros((len(rows), len(vocab) + 1))
    X[:, -1] = 1.0
    for i, fs in enumerate(feats):
        for f in fs:
            X[i, vocab[f]] = 1.0
    if emb is not None:
        X = np.hstack([X, emb.embed(texts)])
    y = np.array(y)
    print(f"{len(rows)} coder events on dev records, {int((y >= 0).sum())} labelled; "
          f"lexicon type = label for {sum(1 for (si, ri, ei), t in zip(rows, y) if t >= 0 and sets[si][2][ri][0][ei].event_type == types[t])}")

    # folds by record
    rng = np.random.default_rng(0)
    record_ids = sorted({(si, ri) for si, ri, _ in rows} | {(si, ri) for si, s in enumerate(sets) for ri in range(len(s[1]))})
    fold_of = {r: int(f) for r, f in zip(record_ids, rng.integers(0, args.folds, len(record_ids)))}
    probs = np.zeros((len(rows), len(types)))
    for f in range(args.folds):
        tr = np.array([fold_of[(si, ri)] != f and t >= 0 for (si, ri, _), t in zip(rows, y)])
        te = np.array([fold_of[(si, ri)] == f for si, ri, _ in rows])
        W = train(X[tr], y[tr], len(types))
        Z = X[te] @ W
        P = np.exp(Z - Z.max(1, keepdims=True))
        probs[te] = P / P.sum(1, keepdims=True)

    def score(threshold: float | None) -> None:
        for si, (name, dev, results, _, plover) in enumerate(sets):
            ev.PLOVER_IGO = plover
            new = [(list(evs), q) for evs, q in results]
            for i, (sj, ri, ei) in enumerate(rows):
                if sj != si or threshold is None:
                    continue
                k = int(probs[i].argmax())
                if probs[i, k] >= threshold:
                    new[ri][0][ei] = replace(new[ri][0][ei], event_type=types[k])
            s = ev.score_typed(dev, new, False, False)
            tp, fp, fn = sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values())
            p, r, f1 = ev.prf(tp, fp, fn)
            print(f"  {name:<7} P {p:.3f} R {r:.3f} F1 {f1:.3f}  extra {s.extra / max(1, s.gold_events):.2f}", end="")
        ev.PLOVER_IGO = False
        print()

    print("rules only (lexicon types):")
    score(None)
    for t in args.threshold:
        print(f"re-typed when p >= {t} ({args.folds}-fold CV by record):")
        score(t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
