"""Cross-validate a learned filter that drops the event coder's wrong ("extra") events (experiment).

Training data: the coder's events on our gold dev sentences, each labelled 1 when eval/events.py's
scorer matches it to a gold event (`match`: same type, most shared actor countries, one-to-one) and 0
when it is an extra. Features (sets A..E below): the type, mode and modality; the trigger words and
type x first trigger word; the actors (implied/unnamed, sectors, kinds, counts) and the trigger's
part of speech (nominal or verbal); the events in the sentence; optionally the sentence embedding
and the trigger's embedding (detente.dedupe.embed, 384-d each). Model: binary logistic regression
(numpy, L2). Decision: an event whose P(correct) < t is dropped; type P/R/F1 and extras are scored
again with eval/events.py's score_typed. Selection: 5-fold cross-validation grouped by sentence,
several seeds, over gold dev. Transfer: trained on all gold dev, applied to PLOVER dev (never
trained on). The coders and globals are set as eval/events.py's main() sets them (own gold:
intent_convention 'manual'; PLOVER: the default, with PLOVER_IGO). Test splits are never read.

    .venv/bin/python eval/train_event_filter.py [--sets A B C D E] [--seeds 3] [--threshold 0.1 0.2 ...]

RESULT (2026-11-28, on 82ec1c6: gold dev 4834 sentences / 6126 gold events, baselines equal to
eval/events.py --split dev at that commit; 3 seeds x 5 folds by sentence, l2 1; about 12 min on 2 cores):
  gold dev baseline          P 0.911 R 0.757 F1 0.8270  extra 454  (oracle: all extras dropped, F1 0.8619)
  CV AUC of P(correct): A 0.674, B 0.756, C 0.828, D 0.830, E 0.824
  best CV threshold per set: A t0.4 F1 0.8271 | B t0.5 0.8280 (extra 421) | C t0.3 0.8273 (extra 423)
                             D t0.3 0.8271 | E t0.2 0.8275 (extra 422); at t >= 0.6 every set loses F1
  PLOVER dev baseline        P 0.897 R 0.862 F1 0.8789  extra 18/181
  PLOVER dev at the CV-chosen t: A 0.8757, B 0.8757, C 0.8789 (nothing dropped), D 0.8757, E 0.8757;
  best post hoc: C t0.6 0.8889 (4 events dropped, all extras), D t0.5 0.8832 -- 4 of 174 events, noise.
  (l2 0.1 / 10 on set C, one seed, earlier tree: no better.) A drop raises F1 only when > 1 - F1/2
  (~59%) of the dropped events are extras; the filter reaches that only for its few dozen surest
  drops (B t0.5: 46 dropped, 33 extra), and at t 0.4-0.7 its drops are 45-60% extras.
CONCLUSION: no. A filter ranks extras fairly well (AUC 0.83) but gains at most +0.001 F1 on gold dev
(CV) at any threshold, and at the CV-chosen threshold it changes nothing (or hurts) on PLOVER dev.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as ev  # noqa: E402  (eval/events.py)

FEATURE_SETS = {
    "A": "type, mode, modality",
    "B": "A + trigger words, type x first trigger word",
    "C": "B + actors (implied, sectors, kinds, counts), trigger POS/nominal, events in sentence",
    "D": "C + sentence embedding",
    "E": "C + sentence embedding + trigger embedding",
}


# ---- coding (eval/events.py's run_coder, keeping the parse for the trigger's part of speech) ------
def run_coder_with_parse(cases, nlp, resolver, coder):
    from detente.records import Document
    docs = [Document(doc_id=c.id, source="eval", fmt="text", text=c.text, published=c.published) for c in cases]
    out, parses = [], []
    for case, doc, sdoc in zip(cases, docs, nlp.pipe([d.text for d in docs], batch_size=16)):
        actors = resolver.find(sdoc, when=case.published)
        out.append(coder.code(doc, sdoc, actors))
        parses.append(sdoc)
    return out, parses


def labels_for(case: ev.Case, events) -> list[int]:
    """1 for each coder event the scorer pairs with a gold event, 0 for an extra (as score_typed decides)."""
    _, used = ev.match_story(case.events, events) if any("trigger" in g for g in case.events) \
        else ev.match(case.events, events)
    return [int(pi in used) for pi in range(len(events))]


def trigger_pos(e, sdoc) -> tuple[str, str]:
    """Part of speech and dependency of the trigger's first word inside the event's sentence."""
    words = [w for w in (e.evidence.trigger or "").split() if w != "..."]
    if not words:
        return "none", "none"
    first = words[0].lower()
    for tok in sdoc:
        if e.evidence.start <= tok.idx < e.evidence.end and tok.text.lower() == first:
            return tok.pos_, tok.dep_
    return "unk", "unk"


def features(e, events, sdoc, level: str) -> list[str]:
    feats = [f"type={e.event_type}", f"mode={e.event_type}:{e.mode}", f"modality={e.modality}",
             f"type_modality={e.event_type}:{e.modality}"]
    if level == "A":
        return feats
    words = [w.lower() for w in (e.evidence.trigger or "").split() if w != "..."]
    feats += [f"w={w}" for w in words]
    feats += [f"type_w={e.event_type}:{w}" for w in words[:1]]
    if level == "B":
        return feats
    from detente.records import IMPLIED_TEXT
    for role, refs in (("a", e.actors), ("r", e.recipients)):
        feats.append(f"{role}_n={min(len(refs), 3)}")
        feats.append(f"type_{role}_n={e.event_type}:{min(len(refs), 2)}")
        for ref in refs:
            implied = ref.text == IMPLIED_TEXT
            unnamed = implied or ref.sector == "UAF"
            feats += [f"{role}_sector={ref.sector}", f"{role}_kind={ref.kind}"]
            if implied:
                feats.append(f"{role}_implied")
            if unnamed:
                feats += [f"{role}_unnamed", f"type_{role}_unnamed={e.event_type}"]
            if ref.stance:
                feats.append(f"{role}_stance")
    pos, dep = trigger_pos(e, sdoc)
    feats += [f"pos1={pos}", f"dep1={dep}", f"type_pos1={e.event_type}:{pos}", f"trig_len={min(len(words), 3)}"]
    if len(words) == 1 and pos in ("NOUN", "PROPN"):
        feats.append("nominal")
    same_type = sum(1 for o in events if o.event_type == e.event_type)
    same_trig = sum(1 for o in events if o.evidence.trigger == e.evidence.trigger)
    feats += [f"n_events={min(len(events), 5)}", f"n_same_type={min(same_type, 3)}",
              f"n_same_trigger={min(same_trig, 3)}"]
    return feats


# ---- model --------------------------------------------------------------------------------
def train(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 800) -> np.ndarray:
    """L2 logistic regression by Nesterov-accelerated gradient descent, step 1/L (L from power iteration)."""
    n = len(X)
    v = np.ones(X.shape[1]) / np.sqrt(X.shape[1])
    for _ in range(30):
        v = X.T @ (X @ v)
        v /= np.linalg.norm(v)
    lip = float(v @ (X.T @ (X @ v))) / (4 * n) + l2 / n
    w = z = np.zeros(X.shape[1])
    for k in range(iters):
        p = 1.0 / (1.0 + np.exp(-(X @ z)))
        w_next = z - (X.T @ (p - y) / n + l2 * z / n) / lip
        z = w_next + (k / (k + 3)) * (w_next - w)
        w = w_next
    return w


def predict(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(X @ w)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def design(feats: list[list[str]], vocab: dict[str, int] | None = None):
    if vocab is None:
        vocab = {f: i for i, f in enumerate(sorted({f for fs in feats for f in fs}))}
    X = np.zeros((len(feats), len(vocab) + 1))
    X[:, -1] = 1.0
    for i, fs in enumerate(feats):
        for f in fs:
            if f in vocab:
                X[i, vocab[f]] = 1.0
    return X, vocab


# ---- scoring ------------------------------------------------------------------------------
def score(cases, results, rows, keep, plover: bool) -> tuple[float, float, float, int, int]:
    """Type P/R/F1 and extras after dropping the events with keep False (rows: (case index, event index))."""
    drop = {rows[i] for i in range(len(rows)) if not keep[i]}
    new = [([e for ei, e in enumerate(evs) if (ci, ei) not in drop], q) for ci, (evs, q) in enumerate(results)]
    ev.PLOVER_IGO = plover
    s = ev.score_typed(cases, new, False, False)
    ev.PLOVER_IGO = False
    tp, fp, fn = sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values())
    p, r, f1 = ev.prf(tp, fp, fn)
    return p, r, f1, s.extra, tp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(FEATURE_SETS), choices=list(FEATURE_SETS))
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    t0 = time.time()

    from detente.actors import ActorResolver
    from detente.config import EventConfig
    from detente.events import EventCoder
    from detente.parse import load_nlp

    # as eval/events.py's main() builds them
    nlp = load_nlp()
    resolver = ActorResolver.from_config(None)
    ev.NGO_CODES.update(code for code, igo in resolver.dictionary.igos.items() if igo.plover == "NGO")
    ev.UN_EU_FAMILY.update({code: igo.plover for code, igo in resolver.dictionary.igos.items()
                            if igo.plover in ("UNO", "EUR")})
    coder = EventCoder(EventConfig(), resolver)
    own_coder = EventCoder(EventConfig(intent_convention=ev.OWN_INTENT_CONVENTION), resolver)

    gold = [c for c in ev.load_gold() if c.split == "dev"]
    plover = [c for c in ev.load_plover() if c.split == "dev"]
    assert all(c.split == "dev" for c in gold + plover)
    g_res, g_parse = run_coder_with_parse(gold, nlp, resolver, own_coder)
    ev.PLOVER_IGO = True
    p_res, p_parse = run_coder_with_parse(plover, nlp, resolver, coder)
    p_lab = [labels_for(c, evs) for c, (evs, _) in zip(plover, p_res)]
    ev.PLOVER_IGO = False
    g_lab = [labels_for(c, evs) for c, (evs, _) in zip(gold, g_res)]
    print(f"coded {len(gold)} gold dev sentences, {len(plover)} PLOVER dev sentences in {time.time() - t0:.0f}s")

    g_rows = [(ci, ei) for ci, (evs, _) in enumerate(g_res) for ei in range(len(evs))]
    p_rows = [(ci, ei) for ci, (evs, _) in enumerate(p_res) for ei in range(len(evs))]
    y = np.array([g_lab[ci][ei] for ci, ei in g_rows], dtype=float)
    yp = np.array([p_lab[ci][ei] for ci, ei in p_rows], dtype=float)

    base_g = score(gold, g_res, g_rows, [True] * len(g_rows), False)
    base_p = score(plover, p_res, p_rows, [True] * len(p_rows), True)
    oracle_g = score(gold, g_res, g_rows, y > 0, False)
    oracle_p = score(plover, p_res, p_rows, yp > 0, True)
    gold_n, plover_n = sum(len(c.events) for c in gold), sum(len(c.events) for c in plover)

    def line(tag, s, n):
        p, r, f1, extra, tp = s
        return f"  {tag:<16} P {p:.3f} R {r:.3f} F1 {f1:.4f}  matched {tp}/{n}  extra {extra} ({extra / n:.3f})"

    print(f"gold dev: {len(g_rows)} coder events, {int(y.sum())} matched, {int((1 - y).sum())} extra")
    print(line("baseline", base_g, gold_n))
    print(line("oracle (no extra)", oracle_g, gold_n))
    print(f"PLOVER dev: {len(p_rows)} coder events, {int(yp.sum())} matched, {int((1 - yp).sum())} extra")
    print(line("baseline", base_p, plover_n))
    print(line("oracle (no extra)", oracle_p, plover_n))

    emb_sent = emb_trig = emb_sent_p = emb_trig_p = None
    if any(s in ("D", "E") for s in args.sets):
        from detente.config import DedupeConfig
        from detente.dedupe.embed import SentenceEmbedder
        t1 = time.time()
        embedder = SentenceEmbedder(DedupeConfig(embed_threads=2))

        def emb_rows(results, rows):
            sent = [results[ci][0][ei].evidence.sentence for ci, ei in rows]
            trig = [results[ci][0][ei].evidence.trigger.replace("...", " ") for ci, ei in rows]
            uniq = sorted(set(sent) | set(trig))
            vec = dict(zip(uniq, embedder.embed(uniq)))
            return np.array([vec[t] for t in sent]), np.array([vec[t] for t in trig])

        emb_sent, emb_trig = emb_rows(g_res, g_rows)
        emb_sent_p, emb_trig_p = emb_rows(p_res, p_rows)
        # standardised by gold dev's column means and sds (no labels), scaled so a row's dense part has norm ~1
        for a, b in ((emb_sent, emb_sent_p), (emb_trig, emb_trig_p)):
            mu, sd = a.mean(0), a.std(0) + 1e-6
            a -= mu
            a /= sd * np.sqrt(a.shape[1] / 4)
            b -= mu
            b /= sd * np.sqrt(b.shape[1] / 4)
        print(f"embedded in {time.time() - t1:.0f}s")

    def matrix(level, results, parses, rows, vocab=None):
        feats = [features(results[ci][0][ei], results[ci][0], parses[ci], "C" if level in "DE" else level)
                 for ci, ei in rows]
        return design(feats, vocab)

    def add_dense(X, level, sent, trig):
        parts = [X]
        if level in ("D", "E"):
            parts.append(sent)
        if level == "E":
            parts.append(trig)
        return np.hstack(parts)

    summary = []
    for level in args.sets:
        t1 = time.time()
        print(f"\n== feature set {level}: {FEATURE_SETS[level]}")
        # grouped CV over gold dev sentences: the vocabulary is built from the training fold only
        feats_all = [features(g_res[ci][0][ei], g_res[ci][0], g_parse[ci], "C" if level in "DE" else level)
                     for ci, ei in g_rows]
        case_of = np.array([ci for ci, _ in g_rows])
        per_t = {t: [] for t in args.threshold}
        aucs = []
        for seed in range(args.seeds):
            rng = np.random.default_rng(seed)
            fold_of_case = np.empty(len(gold), dtype=int)
            fold_of_case[rng.permutation(len(gold))] = np.arange(len(gold)) % args.folds
            fold = fold_of_case[case_of]
            probs = np.zeros(len(g_rows))
            for f in range(args.folds):
                tr, te = fold != f, fold == f
                Xtr, vocab = design([feats_all[i] for i in np.flatnonzero(tr)])
                Xte, _ = design([feats_all[i] for i in np.flatnonzero(te)], vocab)
                if level in ("D", "E"):
                    Xtr = add_dense(Xtr, level, emb_sent[tr], emb_trig[tr] if emb_trig is not None else None)
                    Xte = add_dense(Xte, level, emb_sent[te], emb_trig[te] if emb_trig is not None else None)
                w = train(Xtr, y[tr], l2=args.l2)
                probs[te] = predict(Xte, w)
            aucs.append(auc(y, probs))
            for t in args.threshold:
                keep = probs >= t
                dropped = ~keep
                per_t[t].append(score(gold, g_res, g_rows, keep, False)
                                + (int(dropped.sum()), int((dropped & (y == 0)).sum())))
        print(f"  CV AUC (P(correct) vs matched) {np.mean(aucs):.3f} +- {np.std(aucs):.3f} over {args.seeds} seeds")
        print(line("baseline", base_g, gold_n))
        best = (base_g[2], None)
        for t in args.threshold:
            a = np.array(per_t[t], dtype=float)
            m = a.mean(0)
            print(f"  drop p<{t:<4}      P {m[0]:.3f} R {m[1]:.3f} F1 {m[2]:.4f} (sd {a[:, 2].std():.4f})  "
                  f"matched {m[4]:.0f}  extra {m[3]:.0f}  dropped {m[5]:.0f} of which extra {m[6]:.0f}")
            if m[2] > best[0]:
                best = (m[2], t)

        # transfer: train on all gold dev, apply to PLOVER dev
        Xg, vocab = design(feats_all)
        Xp, _ = matrix(level, p_res, p_parse, p_rows, vocab)
        if level in ("D", "E"):
            Xg = add_dense(Xg, level, emb_sent, emb_trig)
            Xp = add_dense(Xp, level, emb_sent_p, emb_trig_p)
        w = train(Xg, y, l2=args.l2)
        pp = predict(Xp, w)
        print(f"  transfer to PLOVER dev (trained on all gold dev): AUC {auc(yp, pp):.3f}")
        print(line("baseline", base_p, plover_n))
        pbest = (base_p[2], None)
        for t in args.threshold:
            keep = pp >= t
            s = score(plover, p_res, p_rows, keep, True)
            print(line(f"drop p<{t}", s, plover_n) + f"  dropped {int((~keep).sum())} of which extra "
                  f"{int((~keep & (yp == 0)).sum())}")
            if s[2] > pbest[0]:
                pbest = (s[2], t)
        summary.append((level, np.mean(aucs), best, pbest))
        print(f"  ({time.time() - t1:.0f}s)")

    print("\n== summary (best threshold by F1; None: no threshold beats the baseline)")
    print(f"  baseline          gold dev F1 {base_g[2]:.4f}   PLOVER dev F1 {base_p[2]:.4f}")
    for level, a, (gf, gt), (pf, pt) in summary:
        print(f"  set {level} AUC {a:.3f}   gold dev CV F1 {gf:.4f} at t={gt}   PLOVER dev F1 {pf:.4f} at t={pt}")
    print(f"total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
