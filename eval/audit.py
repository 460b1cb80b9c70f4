"""Precision of the whole pipeline on real news: events coded from ECB+ articles, judged by hand.

    python eval/audit.py [PATH] [--docs N] [--write-unjudged FILE] [--verbose]

PATH is the folder with ecbplus_docs.jsonl.gz (default: ../shared/eval/clustering from the repo root).
ECB+ holds 982 real news articles on 43 topics, many of them not about states at all (celebrities,
earthquakes, sport, crime), so it shows the false positives an analyst would meet. The first N
documents in sha1(doc_id) order (default 300) are detokenised (ECB+ ships them split into tokens),
written as text files and run through the Pipeline into a temporary DuckDB file, as `detente run`
does. Every event counted once (the `unique_events` view) is looked up in eval/data/audit_ecb.jsonl:
the project's judgments of the events an earlier version coded, keyed by document, sentence offset,
type and trigger (the file copies no ECB+ text). It prints the share of judged events that report a
real event of the coded type (precision), of those the share with the right actors, recipients and
modality, and the share right in all four. Events no one has judged yet are counted and, with --write-unjudged, written out to judge.
Places are judged apart, in eval/data/audit_places.jsonl (keyed by the event and the place given): of the
events of the right type that name a place, the share whose place is where the event happened, in the
right country (silent geolocation errors); --write-unjudged-places writes the places not judged yet.
Recall is not measured here: no one annotated every event of these articles (eval/events.py does).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from stories import load_ecb  # eval/stories.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "clustering"
JUDGED = ROOT / "eval" / "data" / "audit_ecb.jsonl"
PLACES = ROOT / "eval" / "data" / "audit_places.jsonl"
CHECKS = ("type", "actors", "recipients", "modality")

# ECB+'s Penn Treebank tokens back to running text: quotes, clitics, and no space before punctuation
_DETOK = [(re.compile(r"``\s*|\s*''"), '"'), (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
          (re.compile(r" ([,.;:?!%)\]])"), r"\1"), (re.compile(r"([(\[$]) "), r"\1"), (re.compile(r"-LRB- ?"), "("),
          (re.compile(r" ?-RRB-"), ")")]


def detokenise(text: str) -> str:
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text


def pick(docs: list[dict], n: int) -> list[dict]:
    return sorted(docs, key=lambda d: hashlib.sha1(d["doc_id"].encode()).hexdigest())[:n]


def key(row: dict) -> tuple:
    return row["doc"], row["start"], row["event_type"], row["trigger"], tuple(row["actors"]), tuple(row["recipients"])


def place_key(row: dict) -> tuple:
    return row["doc"], row["start"], row["event_type"], row["trigger"], row["place"], row["place_country"]


def split_of(doc_id: str) -> str:
    """Whole topics per split, as in stories.py: odd topic numbers are dev (tuning), even ones test."""
    return "dev" if int(doc_id.split("_")[0]) % 2 else "test"


def code(docs: list[dict]) -> list[dict]:
    """Run the pipeline on the documents; one row per event counted once."""
    import duckdb

    from detente.config import Settings
    from detente.pipeline import Pipeline

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for d in docs:
            (folder / f"{d['doc_id']}.txt").write_text(detokenise(d["text"]) + "\n", encoding="utf-8")
        settings = Settings()
        settings.store.db_path = str(Path(tmp) / "audit.duckdb")
        settings.events.intent_convention = "manual"  # the judges read by eval/data/README.md, the PLOVER manual's words
        Pipeline(settings).run([folder])
        con = duckdb.connect(settings.store.db_path, read_only=True)
        rows = con.execute("""
            SELECT d.source, e.start_char, e.end_char, e.sentence, e.event_type, e.mode, e.trigger, e.modality,
                   e.actors, e.recipients, e.location
            FROM unique_events u JOIN events e USING (event_id) JOIN documents d ON d.doc_id = e.doc_id
            ORDER BY d.source, e.start_char, e.event_type, e.trigger""").fetchall()
        con.close()
    out = []
    for source, start, end, sentence, etype, mode, trigger, modality, actors, recipients, location in rows:
        place = json.loads(location) if location else None
        out.append({"doc": Path(source).name.removesuffix(".txt"), "start": start, "end": end, "sentence": sentence,
                    "event_type": etype, "mode": mode, "trigger": trigger, "modality": modality,
                    "actors": [a["code"] for a in json.loads(actors)],
                    "recipients": [r["code"] for r in json.loads(recipients)],
                    "place": place and place.get("name"), "place_country": place and place.get("country")})
    return out


def report_places(split: str, events: list[dict], judged: dict, places: dict) -> None:
    """Of the events of the right type that name a place, how many places are right."""
    placed = [e for e in events if e["place"] and key(e) in judged and judged[key(e)]["judged"]["type"]]
    hits = [places[place_key(e)]["right"] for e in placed if place_key(e) in places]
    if not placed:
        return
    print(f"  place right     {sum(hits) / max(len(hits), 1):.2f}  ({sum(hits)}/{len(hits)} of the events of the right "
          f"type that name a place; {len(placed) - len(hits)} not judged yet)")


def report(split: str, events: list[dict], judged: dict, verbose: bool) -> None:
    hits = [(e, judged[key(e)]["judged"]) for e in events if key(e) in judged]
    print(f"-- {split}: {len(events)} events, {len(hits)} judged, {len(events) - len(hits)} not judged yet")
    if not hits:
        return
    right = Counter()
    for e, j in hits:
        for check in CHECKS:
            right[check] += bool(j[check]) and bool(j["type"])
        right["all"] += all(j[c] for c in CHECKS)
        if verbose and not all(j[c] for c in CHECKS):
            wrong = ", ".join(c for c in CHECKS if not j[c])
            print(f"  {e['doc']} {e['event_type']} {e['actors']}->{e['recipients']} {e['modality']} "
                  f"[{e['trigger']}] wrong: {wrong}; {judged[key(e)].get('note', '')}\n    {e['sentence']}")
    typed = right["type"]
    print(f"  type right      {typed / len(hits):.2f}  ({typed}/{len(hits)}): precision of the event type")
    for check in CHECKS[1:]:
        print(f"  {check + ' right':<15} {right[check] / max(typed, 1):.2f}  ({right[check]}/{typed}, of those)")
    print(f"  all right       {right['all'] / len(hits):.2f}  ({right['all']}/{len(hits)})")
    by_type = Counter(e["event_type"] for e, _ in hits)
    ok_type = Counter(e["event_type"] for e, j in hits if j["type"])
    print("  by type (right/judged): " + "  ".join(f"{t} {ok_type[t]}/{n}" for t, n in sorted(by_type.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--docs", type=int, default=982, help="how many documents, in sha1(doc_id) order (default: all)")
    ap.add_argument("--write-unjudged", metavar="FILE", help="write the events not yet judged here (JSONL)")
    ap.add_argument("--write-unjudged-places", metavar="FILE", help="write the places not yet judged here (JSONL)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every judged dev event that is not all right")
    args = ap.parse_args()
    docs = load_ecb(args.path)
    if docs is None:
        return 2
    docs = pick(docs, args.docs)
    judged, places = load_keyed(JUDGED, key), load_keyed(PLACES, place_key)
    events = code(docs)
    print(f"== ECB+ audit: {len(docs)} documents, {len(events)} events counted once")
    for split in ("dev", "test"):
        mine = [e for e in events if split_of(e["doc"]) == split]
        report(split, mine, judged, args.verbose and split == "dev")
        report_places(split, mine, judged, places)
    if args.write_unjudged:
        write_jsonl(args.write_unjudged, [e for e in events if key(e) not in judged], "unjudged events")
    if args.write_unjudged_places:
        write_jsonl(args.write_unjudged_places, [e for e in events if e["place"] and place_key(e) not in places],
                    "unjudged places")
    return 0


def load_keyed(path: Path, keyfn) -> dict:
    """The judgments of a JSONL file by their key (empty if the file is missing)."""
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {keyfn(row): row for row in rows}


def write_jsonl(path: str, rows: list[dict], what: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} {what} to {path}")


if __name__ == "__main__":
    sys.exit(main())
