"""Evaluate the event coder.

Sets: our gold sentences (eval/data/events_gold.jsonl, dev/test), our gold stories (eval/data/events_docs.jsonl:
whole short stories, each one case, for what only the document around a sentence tells), the PLOVER gold-standard records
(../shared/eval/plover, split dev/test by a hash of the record id) and PETRARCH2's unit-test
sentences (../shared/eval/petrarch2; needs the Tolkien actor dictionary PETR.Validate.actors.txt,
which ../shared does not ship: pass --petrarch-actors PATH).

    .venv/bin/python eval/events.py [--set gold|docs|plover|petrarch|all] [--split dev|test|both] [--verbose]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
GOLD = ROOT / "eval" / "data" / "events_gold.jsonl"
DOCS = ROOT / "eval" / "data" / "events_docs.jsonl"
OWN_INTENT_CONVENTION = "manual"  # the convention events_gold.jsonl and events_docs.jsonl were annotated by
LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# PLOVER records label contexts with an older vocabulary; both sides are compared in these groups
# (a predicted ontology context -> the record's label; names not listed compare as they are)
CONTEXT_GROUP = {
    "refugees": "refugee", "asylum": "refugee", "migration": "refugee",
    "resources": "resource", "natural_resource": "resource", "territory": "resource",
    "rights": "rights", "human_rights": "rights", "rights_freedoms": "rights", "repression": "rights",
    "political": "political", "politics": "political", "government": "political",
    "political_institutions": "political", "executive": "political", "legislative": "political",
    "pro_democracy": "political", "pro_autocracy": "political",
    "discrimination": "inequality", "religion": "religion_ethnicity", "peacekeeping": "military",
}


@dataclass
class Case:
    id: str
    split: str
    text: str
    published: date | None
    events: list[dict]               # gold: event_type, actors, recipients (codes), modality, ...
    quotes: list[dict] = field(default_factory=list)
    contexts: set[str] | None = None  # PLOVER records: the record's context labels (grouped)


def country(code: str) -> str:
    """Compare actors at country level: 'RUSGOV' -> 'RUS'; IGO codes by their first three letters."""
    return (code or "")[:3].upper()


def pred_country(ref) -> str:
    if ref.kind == "igo":
        if PLOVER_IGO:
            return "IGO"
        if ref.code in NGO_CODES:
            return "NGO"
        return country(UN_EU_FAMILY.get(ref.code, ref.code))  # "UNHRC", "WFP": UNO in our gold set
    return country(ref.country or ref.code)


PLOVER_IGO = False  # set while scoring PLOVER records, whose gold codes every IGO as "IGO"
NGO_CODES: set[str] = set()  # actor codes whose PLOVER field is NGO (ICRC, AMNESTY, ...): our gold codes them "NGO"
UN_EU_FAMILY: dict[str, str] = {}  # UN agencies and EU bodies -> UNO / EUR, as our gold set codes them


def _date(text: str | None) -> date | None:
    if not text:
        return None
    text = str(text)
    try:
        return date(int(text[:4]), int(text[4:6] if "-" not in text else text[5:7]), int(text[6:8] if "-" not in text else text[8:10]))
    except ValueError:
        return None


# ---- loading ---------------------------------------------------------------------------
def _id_order(gid: str) -> int:
    """A gold id's place in the set: "g9309" before "g10029" (0 for none given)."""
    return int(gid[1:]) if gid[1:].isdigit() else 0


def load_gold(path: Path = GOLD) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            cases.append(Case(r["id"], r["split"], r["text"], _date(r.get("published")), r["events"], r.get("quotes", [])))
    return cases


def plover_split(rid: str) -> str:
    return "dev" if int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0 else "test"


# CAMEO's own pre-ISO country codes, which a few PLOVER records still use: the same countries
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _codes(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [CAMEO_COUNTRY_CODES.get(a["code"], a["code"]) for a in actors if isinstance(a, dict) and a.get("code")]


def load_plover(per_record: bool = False) -> list[Case]:
    """The PLOVER records as cases. Records that annotate the same sentence (a few do, each with one
    of its events) are one case with all their events, so a second event the coder finds there is not
    counted extra once per record; such a sentence is dev if any of its records is (no test sentence
    was seen in tuning). per_record: one case per record, as before the tenth pass."""
    cases = _plover_records()
    return cases if per_record else _same_sentence(cases)


def _same_sentence(cases: list[Case]) -> list[Case]:
    groups: dict[str, list[Case]] = {}
    for c in cases:
        groups.setdefault(" ".join(c.text.split()), []).append(c)
    out = []
    for group in groups.values():
        first = group[0]
        if len(group) == 1:
            out.append(first)
            continue
        split = "dev" if any(c.split == "dev" for c in group) else "test"
        contexts = set().union(*(c.contexts or set() for c in group))
        out.append(Case("+".join(c.id for c in group), split, first.text, first.published,
                        [e for c in group for e in c.events], contexts=contexts))
    return out


def _plover_records() -> list[Case]:
    records = json.loads((SHARED / "plover" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    cases = []
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        etype = LEGACY.get(r["event"], r["event"])
        ev = {"event_type": etype, "actors": _codes(r.get("source")), "recipients": _codes(r.get("target"))}
        labels = {c.strip().lower() for c in str(r.get("context") or "").split(",")} - {"", "unknown"}
        cases.append(Case(r["id"], plover_split(r["id"]), r["text"], _date(r.get("date")), [ev],
                          contexts={CONTEXT_GROUP.get(c, c) for c in labels}))
    return cases


def load_petrarch() -> list[Case]:
    cases = []
    for line in (SHARED / "petrarch2" / "PETR.UnitTest.records.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        evs = [] if r.get("noevents") else [{"cameo": e.get("code"), "actors": [e.get("source") or ""],
                                             "recipients": [e.get("target") or ""]} for e in r.get("events", [])]
        cases.append(Case(r["id"], r.get("category", "?"), r["text"], _date(r.get("date")), evs))
    return cases


# ---- coding ------------------------------------------------------------------------------
def run_coder(cases: list[Case], nlp, resolver, coder, prepare: bool = False):
    """The coder's events and quotes per case; with `prepare`, each text first goes through the product's
    text stages (`Preparer`: junk lines and wire datelines cut, as `detente analyze` does for stories)."""
    from detente.records import Document, RawDocument
    docs = [Document(doc_id=c.id, source="eval", fmt="text", text=c.text, published=c.published) for c in cases]
    if prepare:
        from detente.config import Settings
        from detente.prepare import Preparer
        preparer = Preparer(Settings())
        docs = [preparer.prepare(RawDocument(source=c.id, content=c.text.encode("utf-8"), fmt="text",
                                             published=c.published.isoformat() if c.published else None), c.id)
                for c in cases]
    out = []
    for case, doc, sdoc in zip(cases, docs, nlp.pipe([d.text for d in docs], batch_size=16)):
        actors = resolver.find(sdoc, when=case.published)
        out.append(coder.code(doc, sdoc, actors))
    return out


# ---- matching ----------------------------------------------------------------------------
def _overlap(gold: dict, ev) -> int:
    g = {country(c) for c in gold["actors"]}
    p = {pred_country(r) for r in ev.actors}
    return len(g & p)


def _same_act(g: dict, e) -> bool:
    """Stories: the same type, in a sentence holding the gold trigger's first word (a story has many events of one type)."""
    word = (g.get("trigger") or "").split()[:1]
    return g["event_type"] == e.event_type and (not word or word[0].lower() in e.evidence.sentence.lower())


def _same_word(g: dict, e) -> bool:
    """The coded trigger holds the gold trigger's first word."""
    word = (g.get("trigger") or "").split()[:1]
    return bool(word) and word[0].lower() in (e.evidence.trigger or "").lower().split()


def match_story(gold: list[dict], pred: list):
    """Stories: one-to-one, the pairs of the same act (`_same_act`) whose coded trigger holds the gold trigger's
    first word first, then those sharing most actor countries, over the whole story (a gold event's order in
    the file must not hand its best pair to another: "protesters" in the lead must not take the later
    "Demonstrations spread to Batumi, where protesters blocked ...")."""
    pairs, used, done = [], set(), set()
    ranked = sorted(((-_same_word(g, e), -_overlap(g, e), gi, pi) for gi, g in enumerate(gold)
                     for pi, e in enumerate(pred) if _same_act(g, e)))
    for _, _, gi, pi in ranked:
        if gi not in done and pi not in used:
            done.add(gi)
            used.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs), used


def match(gold: list[dict], pred: list, key=lambda g, e: g["event_type"] == e.event_type):
    """Greedy one-to-one matching: same type, most shared actor countries first."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best = None
        for pi, e in enumerate(pred):
            if pi in used or not key(g, e):
                continue
            score = _overlap(g, e)
            if best is None or score > best[0]:
                best = (score, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs, used


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    checks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    gold_events: int = 0
    extra: int = 0
    context: Counter = field(default_factory=Counter)  # per-label tp/fp/fn over records: "tp", ("tp", label), ...


def same_set(gold_codes: list[str], refs) -> bool:
    return {country(c) for c in gold_codes if c} == {pred_country(r) for r in refs}


def score_typed(cases: list[Case], results, full: bool, verbose: bool, quotes: bool = True) -> Scores:
    s = Scores()
    quoted = quotes
    if verbose and cases:  # the misses print before their set's table: name the split they belong to
        print(f"\n-- misses and extra events, {cases[0].split} split (its table follows them)")
    for case, (events, found_quotes) in zip(cases, results):
        s.gold_events += len(case.events)
        pairs, used = match_story(case.events, events) if any("trigger" in g for g in case.events) \
            else match(case.events, events)
        matched_gold = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, e = case.events[gi], events[pi]
            s.tp[g["event_type"]] += 1
            s.checks["source"].append(same_set(g["actors"], e.actors))
            s.checks["target"].append(same_set(g["recipients"], e.recipients))
            if full:
                s.checks["modality"].append(g.get("modality") == e.modality)
                s.checks["mode"].append(g.get("mode") == e.mode)
                s.checks["attributed_to"].append(_attr_ok(g.get("attributed_to"), e.attributed_to))
                gd = str(g.get("event_date") or "")  # "2024-06-19", "2024-06" or "2024" by precision
                s.checks["date"].append(str(e.event_date)[:len(gd)] == gd and g.get("date_precision") == e.date_precision)
                s.checks["location"].append(_loc_ok(g.get("location"), e.location))
            if verbose:  # what a matched event got wrong
                wrong = [k for k in ("source", "target", "location", "date", "modality", "mode") if not s.checks[k][-1]] \
                    if full else [k for k in ("source", "target") if not s.checks[k][-1]]
                for k in wrong:
                    want = {"source": g["actors"], "target": g["recipients"], "location": g.get("location"),
                            "date": (g.get("event_date"), g.get("date_precision")), "modality": g.get("modality"),
                            "mode": g.get("mode")}[k]
                    got = {"source": [r.code for r in e.actors], "target": [r.code for r in e.recipients],
                           "location": e.location and (e.location.name, e.location.country),
                           "date": (str(e.event_date), e.date_precision), "modality": e.modality, "mode": e.mode}[k]
                    print(f"  ~ {case.id} {g['event_type']} {k}: gold {want} pred {got}  | {case.text[:90]}")
        for gi, g in enumerate(case.events):
            if gi not in matched_gold:
                s.fn[g["event_type"]] += 1
        for pi, e in enumerate(events):
            if pi not in used:
                s.fp[e.event_type] += 1
                s.extra += 1
        if full and quoted:
            _score_quotes(case, found_quotes, s, verbose)
        if case.contexts is not None:
            _score_contexts(case, events, s, verbose)
        if verbose and (len(pairs) < len(case.events) or len(used) < len(events)):
            print(f"  {case.id}: {case.text}")
            print(f"     gold: {[(g['event_type'], g['actors'], g['recipients'], g.get('modality')) for g in case.events]}")
            print(f"     pred: {[(e.event_type, [r.code for r in e.actors], [r.code for r in e.recipients], e.modality, e.evidence.trigger) for e in events]}")
    return s


def _score_contexts(case: Case, events, s: Scores, verbose: bool) -> None:
    """Record level: the union of the contexts of every predicted event in the record against the
    record's context labels, both in CONTEXT_GROUP's groups. Records without a label are skipped."""
    if not case.contexts:
        return
    got = {CONTEXT_GROUP.get(c, c) for e in events for c in e.context}
    for tag, labels in (("tp", got & case.contexts), ("fp", got - case.contexts), ("fn", case.contexts - got)):
        s.context[tag] += len(labels)
        s.context.update((tag, c) for c in labels)
    if verbose and got != case.contexts:
        print(f"  context {case.id}: gold {sorted(case.contexts)} pred {sorted(got)}: {case.text[:120]}")


def _attr_ok(gold, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    pred = "NGO" if pred in NGO_CODES else UN_EU_FAMILY.get(pred, pred)  # as actors are compared
    return gold == pred or gold.lower() in pred.lower() or pred.lower() in gold.lower()


def _loc_ok(gold, pred) -> bool:
    if not gold or pred is None:
        return not gold and pred is None
    return (gold.get("country") == pred.country
            and (gold.get("name", "").lower() in pred.name.lower() or pred.name.lower() in gold.get("name", "").lower()))


def _score_quotes(case: Case, quotes, s: Scores, verbose: bool = False) -> None:
    for g in case.quotes:
        hit = next((q for q in quotes if q.kind == g["kind"] and (g["text"] in q.text or q.text in g["text"])), None)
        s.checks["quote found"].append(hit is not None)
        if hit is not None:
            spk = hit.speaker.code if hit.speaker else hit.speaker_text
            s.checks["quote speaker"].append(_attr_ok(g.get("speaker"), spk))
        if verbose and (hit is None or not s.checks["quote speaker"][-1]):
            got = (hit.speaker.code if hit.speaker else hit.speaker_text) if hit else "no quote found"
            print(f"  ~ {case.id} quote ({g['kind']}): gold speaker {g.get('speaker')} pred {got}  | {g['text'][:60]}")
    s.checks["quote extra"].extend([1] * max(0, len(quotes) - len(case.quotes)))


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, s: Scores) -> None:
    print(f"\n== {name}")
    print(f"{'type':<11}{'gold':>5}{'pred':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for t in sorted(set(s.tp) | set(s.fn) | set(s.fp)):
        p, r, f = prf(s.tp[t], s.fp[t], s.fn[t])
        print(f"{t:<11}{s.tp[t] + s.fn[t]:>5}{s.tp[t] + s.fp[t]:>5}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    tp, fp, fn = sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values())
    p, r, f = prf(tp, fp, fn)
    print(f"{'overall':<11}{tp + fn:>5}{tp + fp:>5}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    for k, v in s.checks.items():
        if k == "quote extra":
            print(f"  {k:<15} {len(v)}")
        elif v:
            print(f"  {k + ' acc':<15} {sum(v) / len(v):.2f}  (n={len(v)}, over matched events)")
    print(f"  extra events    {s.extra / max(1, s.gold_events):.2f} of gold ({s.extra}/{s.gold_events})")
    if s.context:
        p, r, f = prf(s.context["tp"], s.context["fp"], s.context["fn"])
        print(f"  context         P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (record labels, tp {s.context['tp']} "
              f"fp {s.context['fp']} fn {s.context['fn']})")
        labels = sorted({k[1] for k in s.context if isinstance(k, tuple)})
        print("    " + "  ".join(f"{c} {s.context[('tp', c)]}/{s.context[('tp', c)] + s.context[('fp', c)]}"
                                 f"/{s.context[('tp', c)] + s.context[('fn', c)]}" for c in labels)
              + "   (label tp/pred/gold)")


def dyads(event) -> list[tuple[str, str]]:
    """PETRARCH codes one (source, target) per event: expand a PLOVER event's list-valued actors into
    actor x recipient pairs; a joint act with no recipient ("Gondor and Osgiliath renewed ties") into
    the ordered pairs among its actors (PETRARCH's symmetric coding); a lone actor with no recipient
    into (actor, ""). A PETRARCH dictionary entry with several codes ("The Shire" FRO/BIL/SAM) is
    one actor per code, as PETRARCH writes it."""
    actors = [c for a in event.actors for c in a.code.split("/")] or [""]  # "FRO/BIL/SAM": one code each
    recipients = [c for r in event.recipients for c in r.code.split("/")]
    if recipients:
        return [(a, r) for a in actors for r in recipients if a != r]
    if len(set(actors)) > 1:
        return [(a, b) for a in actors for b in actors if a != b]
    return [(actors[0], "")]


def petrarch_sets(case: Case, events, level: int, expand: bool = True) -> tuple[set, set]:
    want = {(g["actors"][0], g["recipients"][0], (g["cameo"] or "")[:level]) for g in case.events}
    if expand:
        got = {(s, t, (e.cameo or "")[:level]) for e in events for s, t in dyads(e)}
    else:  # round 3 scoring: the first actor and first recipient of each event
        got = {(e.actors[0].code if e.actors else "", e.recipients[0].code if e.recipients else "",
                (e.cameo or "")[:level]) for e in events}
    return want, got


def score_petrarch(cases: list[Case], results, verbose: bool) -> None:
    by_cat = defaultdict(lambda: [0, 0, 0, 0])  # records, exact pass, root pass, root pass (first-actor scoring)
    dyad = defaultdict(Counter)  # category -> tp/fp/fn of (source, target, CAMEO) triples, exact and root

    def ok(case, events, level, expand=True):
        want, got = petrarch_sets(case, events, level, expand)
        return want == got if case.events else not events

    for case, (events, _) in zip(cases, results):
        cat = by_cat[case.split]
        cat[0] += 1
        cat[1] += ok(case, events, 4)
        cat[2] += ok(case, events, 2)
        cat[3] += ok(case, events, 2, expand=False)
        for level, tag in ((4, "exact"), (2, "root")):
            want, got = petrarch_sets(case, events, level)
            dyad[case.split][tag + " tp"] += len(want & got)
            dyad[case.split][tag + " fp"] += len(got - want)
            dyad[case.split][tag + " fn"] += len(want - got)
        if verbose and not ok(case, events, 4):
            print(f"  {case.id}: {case.text}\n     gold {sorted(petrarch_sets(case, events, 4)[0])}"
                  f"\n     pred {sorted(petrarch_sets(case, events, 4)[1])}")
    print("\n== PETRARCH2 unit tests: pass rate by category (events expanded to dyads; exact CAMEO / "
          "2-digit root; root with round-3 first-actor scoring)")
    tot = [0, 0, 0, 0]
    for cat, (n, ex, root, first) in sorted(by_cat.items()):
        print(f"  {cat:<10} {n:>4}  exact {ex / n:.2f}  root {root / n:.2f}  first-actor root {first / n:.2f}")
        tot = [tot[0] + n, tot[1] + ex, tot[2] + root, tot[3] + first]
    print(f"  {'all':<10} {tot[0]:>4}  exact {tot[1] / tot[0]:.2f}  root {tot[2] / tot[0]:.2f}  "
          f"first-actor root {tot[3] / tot[0]:.2f}")
    print("  (source, target, CAMEO) triples, micro P/R/F1 (exact CAMEO | 2-digit root):")
    total = Counter()
    for cat in sorted(dyad) + ["all"]:
        c = dyad[cat] if cat != "all" else total
        ex, rt = prf(c["exact tp"], c["exact fp"], c["exact fn"]), prf(c["root tp"], c["root fp"], c["root fn"])
        print(f"  {cat:<10} gold {c['exact tp'] + c['exact fn']:>4}  exact {ex[0]:.2f}/{ex[1]:.2f}/{ex[2]:.2f}"
              f"  root {rt[0]:.2f}/{rt[1]:.2f}/{rt[2]:.2f}")
        if cat != "all":
            total.update(c)


def main(argv=None) -> int:
    global PLOVER_IGO
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=["gold", "docs", "plover", "petrarch", "all"])
    ap.add_argument("--split", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--petrarch-actors", default=None, help="PETR.Validate.actors.txt (not in ../shared)")
    ap.add_argument("--verbs", action="append", default=[], metavar="PATH",
                    help="extra PETRARCH CAMEO verb dictionary (EventConfig.extra_verb_files); repeatable")
    ap.add_argument("--verbose", action="store_true", help="print every sentence with a miss or an extra event")
    ap.add_argument("--since", default="", metavar="ID",
                    help="our gold set: only sentences with this id or later (g0229: the round-5 sentences)")
    ap.add_argument("--until", default="", metavar="ID", help="our gold set: only sentences with this id or earlier")
    ap.add_argument("--model", default=None, help="spaCy model (ParseConfig.model), e.g. en_core_web_md")
    ap.add_argument("--per-record", action="store_true",
                    help="PLOVER: one case per record even where records share a sentence (the numbers before the tenth pass)")
    args = ap.parse_args(argv)
    if args.set in ("plover", "petrarch", "all") and not SHARED.is_dir():
        print(f"reference data not found: {SHARED} (expected ../shared/eval next to the repository)", file=sys.stderr)
        return 2

    from detente.actors import ActorResolver
    from detente.config import EventConfig, ParseConfig
    from detente.events import EventCoder
    from detente.parse import load_nlp

    nlp = load_nlp(ParseConfig(model=args.model) if args.model else None)
    resolver = ActorResolver.from_config(None)
    NGO_CODES.update(code for code, igo in resolver.dictionary.igos.items() if igo.plover == "NGO")
    UN_EU_FAMILY.update({code: igo.plover for code, igo in resolver.dictionary.igos.items() if igo.plover in ("UNO", "EUR")})
    def new_coder(res, **settings):
        if args.verbs:
            print(f"verb dictionaries {', '.join(args.verbs)} loaded into the lexicon (EventConfig.extra_verb_files)")
        return EventCoder(EventConfig(extra_verb_files=list(args.verbs), **settings), res)

    # the PLOVER records code one event a record: a statement, not also the act it is about (EventConfig.topic_acts)
    coder = new_coder(resolver, topic_acts=False)
    # our gold sets follow the PLOVER manual's words ("will withdraw" CONCEDE, "will cut aid" SANCTION future), the
    # PLOVER records and PETRARCH's CAMEO tests the crosswalk (CAMEO 035 AGREE, 131x THREATEN): each set by its own
    own_coder = new_coder(resolver, intent_convention=OWN_INTENT_CONVENTION)
    print(f"promised and announced acts (EventConfig.intent_convention): own gold sets '{OWN_INTENT_CONVENTION}', "
          f"as annotated; PLOVER records and PETRARCH tests '{EventConfig().intent_convention}' (the default)")
    print("acts named only as what a statement is about (EventConfig.topic_acts): coded for our gold sets and PETRARCH "
          "tests, not for the PLOVER records, which code the statement alone")
    splits = ["dev", "test"] if args.split == "both" else [args.split]

    if args.set in ("gold", "all"):
        since, until = _id_order(args.since), _id_order(args.until)
        cases = [c for c in load_gold() if _id_order(c.id) >= since and (not args.until or _id_order(c.id) <= until)]
        for split in splits:
            part = [c for c in cases if c.split == split]
            report(f"our gold set, {split} ({len(part)} sentences)",
                   score_typed(part, run_coder(part, nlp, resolver, own_coder), True, args.verbose))
    if args.set in ("docs", "all") and not DOCS.is_file():
        print(f"\n== our gold stories: skipped, {DOCS} not found")
    elif args.set in ("docs", "all"):
        cases = load_gold(DOCS)
        for split in splits:
            part = [c for c in cases if c.split == split]
            report(f"our gold stories, {split} ({len(part)} stories)",
                   score_typed(part, run_coder(part, nlp, resolver, own_coder, prepare=True), True, args.verbose, quotes=False))
    if args.set in ("plover", "all"):
        cases = load_plover(per_record=args.per_record)
        PLOVER_IGO = True
        for split in splits:
            part = [c for c in cases if c.split == split]
            records = sum(len(c.id.split("+")) for c in part)
            report(f"PLOVER gold records, {split} ({records} records, {len(part)} sentences)",
                   score_typed(part, run_coder(part, nlp, resolver, coder), False, args.verbose))
        PLOVER_IGO = False
    if args.set in ("petrarch", "all"):
        path = args.petrarch_actors or SHARED / "petrarch2" / "PETR.Validate.actors.txt"
        if not Path(path).is_file():
            print(f"\n== PETRARCH2 unit tests: skipped, actor dictionary not found ({path}); "
                  "pass --petrarch-actors PETR.Validate.actors.txt")
        else:
            p_resolver = ActorResolver.from_config(None)
            p_resolver.load_petrarch_actors(path)
            p_coder = new_coder(p_resolver)
            cases = load_petrarch()
            score_petrarch(cases, run_coder(cases, nlp, p_resolver, p_coder), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
