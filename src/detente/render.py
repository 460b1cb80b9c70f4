"""Rich tables and plain exports for the CLI."""
from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from rich.table import Table

MODALITY_STYLE = {"asserted": "green", "hedged": "yellow", "hypothetical": "magenta",
                  "future": "cyan", "negated": "red"}


def _codes(refs: list[dict]) -> str:
    return ", ".join(r["code"] for r in refs) or "-"


def events_table(rows: list[dict], title: str = "Events") -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for name, kw in [("date", {"no_wrap": True}), ("type", {}), ("actors", {}), ("recipients", {}),
                     ("modality", {}), ("n", {"justify": "right"}), ("evidence", {"ratio": 3})]:
        table.add_column(name, **kw)
    for r in rows:
        mod = r["modality"]
        evidence = r["evidence"]["sentence"]
        if r.get("attributed_to"):
            evidence += f"  [dim](according to {r['attributed_to']})[/dim]"
        if r.get("location"):
            evidence += f"  [dim]@ {r['location']['name']}[/dim]"
        table.add_row(
            r["event_date"] or "-", r["event_type"] + (f" ({r['mode']})" if r.get("mode") else ""),
            _codes(r["actors"]), _codes(r["recipients"]),
            f"[{MODALITY_STYLE.get(mod, 'white')}]{mod}[/]", str(r["mentions"]), evidence)
    return table


def dyads_table(rows: list[dict], count: str = "events", all_modalities: bool = False, implied: bool = False) -> Table:
    left_out = "every modality counted" if all_modalities else "hypothetical, negated and future events left out"
    if not implied:
        left_out += "; so are doers implied by place"
    table = Table(title=f"Dyads (ordered pairs of countries and IGOs; {count} counted; {left_out})")
    cols = [("source", "source"), ("target", "target"), ("events", "events"), ("verbal coop", "verbal_coop"),
            ("material coop", "material_coop"), ("verbal conflict", "verbal_conflict"),
            ("material conflict", "material_conflict"), ("mean PLOVER", "mean_plover_score"),
            ("mean Goldstein", "mean_goldstein")]
    for head, _ in cols:
        table.add_column(head, justify="left" if head in ("source", "target") else "right")
    for r in rows:
        table.add_row(*["-" if r[key] is None else str(r[key]) for _, key in cols])
    return table


def docs_table(rows: list[dict]) -> Table:
    table = Table(title="Documents", show_lines=True, expand=True)
    for name in ("doc_id", "source", "title", "published", "lang", "links / error", "junk lines (reason)"):
        table.add_column(name, overflow="fold")
    for r in rows:
        links = [f"{k}: {r[k]}" for k in ("duplicate_of", "paraphrase_of") if r.get(k)]
        if r.get("story_id") and r["story_id"] != r["doc_id"]:  # a story of its own is no link
            links.append(f"story_id: {r['story_id']}")
        if r.get("error"):
            links.append(f"[red]error: {r['error']}[/red]")
        junk = "\n".join(f"{j['line'][:60]} [dim]({j['reason']})[/dim]" for j in r["junk"])
        table.add_row(r["doc_id"], r["source"], r["title"] or "-", r["published"] or "-",
                      r["language"] or "-", "\n".join(links) or "-", junk or "-")
    return table


def quotes_table(rows: list[dict]) -> Table:
    table = Table(title="Quotes", show_lines=True, expand=True)
    for name in ("speaker", "code", "kind", "quote", "source"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["speaker_text"] or "-", r["speaker_code"] or "-", r["kind"], r["text"], r["source"])
    return table


def jsonl(rows: list[dict], out: TextIO) -> None:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


def flat_csv(rows: list[dict]) -> str:
    """One row per event; lists and objects flattened GDELT-style."""
    buf = io.StringIO()
    fields = ["event_id", "doc_id", "source", "event_date", "date_precision", "event_type", "mode", "cameo",
              "goldstein", "quad_class", "actor_codes", "actor_countries", "recipient_codes", "recipient_countries",
              "modality", "attributed_to", "location_name", "location_country", "mentions", "sentence",
              "start", "end", "trigger"]
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    for r in rows:
        loc = r.get("location") or {}
        writer.writerow({
            **{k: r.get(k) for k in fields if k in r},
            "actor_codes": ";".join(a["code"] for a in r["actors"]),
            "actor_countries": ";".join(a["country"] or "" for a in r["actors"]),
            "recipient_codes": ";".join(a["code"] for a in r["recipients"]),
            "recipient_countries": ";".join(a["country"] or "" for a in r["recipients"]),
            "location_name": loc.get("name"), "location_country": loc.get("country"),
            "sentence": r["evidence"]["sentence"], "start": r["evidence"]["start"],
            "end": r["evidence"]["end"], "trigger": r["evidence"]["trigger"],
        })
    return buf.getvalue()
