"""Check what a user expects from the two seed articles (../shared/seeds).

    .venv/bin/python eval/seeds.py [SEEDS_DIR]

Runs the whole pipeline on the seeds into a temporary DuckDB file and prints each
expectation with PASS/FAIL and the event(s) behind it. Exit 1 if any fails.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from detente import query
from detente.pipeline import Pipeline
from detente.store import Store

ROOT = Path(__file__).resolve().parents[1]
JUNK_MARKERS = ("READ ALSO", "Pls share this post", "Listen to this article", "Previous article", "Next article",
                "Свежие комментарии", "Read the original article", "Iran's strike on Israel", "Gold pocket watch",
                "Starlink terminals", "Princess Anne", "Escalating global cyber threats")


def countries(refs: list[dict]) -> set[str]:
    return {r["country"] or r["code"] for r in refs}


def find(events, types, actors, recipients=None, seed=None):
    out = []
    for e in events:
        if e["event_type"] not in types or (seed and seed not in e["source"]):
            continue
        if not actors <= countries(e["actors"]):
            continue
        if recipients is not None and not recipients <= countries(e["recipients"]) | countries(e["actors"]) - actors:
            continue
        out.append(e)
    return out


def expectations(events, docs):
    seed1 = "001_"
    pact = find(events, {"SUPPORT"}, {"RUS", "PRK"}, seed=seed1)
    yield "RUS-PRK defence pact is SUPPORT with both countries", pact
    yield "... dated to June 2024", [e for e in pact if (e["event_date"] or "").startswith("2024-06")]
    meeting = [e for e in find(events, {"CONSULT", "SUPPORT"}, {"RUS"}, {"PRK"}, seed=seed1) +
               find(events, {"CONSULT", "SUPPORT"}, {"PRK"}, {"RUS"}, seed=seed1)
               if e["location"] and e["location"]["name"] == "Pyongyang"]
    yield "Putin-Kim meeting/pact placed in Pyongyang", meeting
    yield "North Korea's artillery for Russia (AID PRK -> RUS)", find(events, {"AID"}, {"PRK"}, {"RUS"})
    sat = [e for e in find(events, {"AID", "COOPERATE"}, {"RUS"}, {"PRK"}) if "satellite" in e["evidence"]["sentence"]]
    yield "Russia's satellite technology for North Korea, hedged", [e for e in sat if e["modality"] == "hedged"]
    yield "China's support for Russia", [e for e in find(events, {"SUPPORT", "AID"}, {"CHN"}, {"RUS"})
                                         if e["modality"] == "asserted"]
    yield "China's support for North Korea", [e for e in find(events, {"SUPPORT", "AID"}, {"CHN"}, {"PRK"})
                                              if e["modality"] == "asserted"]
    yield "Russia's war on Ukraine (ASSAULT RUS -> UKR)", find(events, {"ASSAULT"}, {"RUS"}, {"UKR"})
    weapons = [e for e in events if "stopped short of" in e["evidence"]["sentence"] and e["event_type"] == "AID"
               and e["modality"] == "asserted"]
    yield "'stopped short of providing Russia with weapons' is not an asserted AID event", None if weapons else [True]
    from_junk = [e for e in events if any(m in e["evidence"]["sentence"] for m in JUNK_MARKERS)]
    yield "no event from a junk line", None if from_junk else [True]
    leaked = [d["source"] for d in docs if any(m in d["text"] for m in JUNK_MARKERS)]
    yield "no junk line left in the clean text (so no actor or quote from one)", None if leaked else [True]


def main(argv: list[str]) -> int:
    seeds = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        print(f"seeds folder not found: {seeds}. Pass the folder with the seed articles "
              "(../shared/seeds in the development checkout).")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.duckdb"
        Pipeline().run([seeds], db)
        with Store(db, read_only=True) as store:
            events = query.events(store)
            docs = query.documents(store)
            quotes = query.quotes(store)
    failed = 0
    for label, found in expectations(events, docs):
        ok = bool(found)
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'}  {label}")
        for e in (found or [])[:2]:
            if isinstance(e, dict):
                print(f"        {e['event_type']} {sorted(countries(e['actors']))} -> {sorted(countries(e['recipients']))}"
                      f" {e['modality']} {e['event_date']} {(e['location'] or {}).get('name')}"
                      f" | {e['evidence']['sentence'][:90]}")
    print(f"\n{len(events)} events, {len(quotes)} quotes from {len(docs)} seed documents; {failed} expectation(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
