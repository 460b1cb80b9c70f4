"""Read events, documents and quotes back from the store as plain dicts (the export records)."""
from __future__ import annotations

import json
from datetime import date

from .store import Store

_EVENT_COLUMNS = """
    e.event_id, e.doc_id, d.source, e.event_type, e.mode, e.context, e.cameo, e.goldstein, e.quad_class,
    e.actors, e.recipients, e.modality, e.attributed_to, e.event_date, e.date_precision, e.location,
    e.sentence, e.start_char, e.end_char, e.trigger
"""


def _filters(actor: str | None, event_type: str | None, since: date | None, until: date | None):
    where, params = [], []
    if actor:
        code = actor.upper()
        where.append("(list_contains(e.actor_countries, ?) OR list_contains(e.recipient_countries, ?)"
                     " OR list_has_any(json_extract_string(e.actors, '$[*].code'), [?])"
                     " OR list_has_any(json_extract_string(e.recipients, '$[*].code'), [?]))")
        params += [code] * 4
    if event_type:
        where.append("e.event_type = ?")
        params.append(event_type.upper())
    if since:
        where.append("e.event_date >= ?")
        params.append(since)
    if until:
        where.append("e.event_date <= ?")
        params.append(until)
    return where, params


def events(store: Store, actor: str | None = None, event_type: str | None = None,
           since: date | None = None, until: date | None = None, count: str = "events") -> list[dict]:
    """Events as counted (one per story, `mentions` = copies) or, with count="mentions", every mention."""
    where, params = _filters(actor, event_type, since, until)
    if count == "mentions":
        sql = f"SELECT {_EVENT_COLUMNS}, 1 AS mentions, [e.doc_id] AS doc_ids FROM events e JOIN documents d USING (doc_id)"
    else:
        sql = (f"SELECT {_EVENT_COLUMNS}, u.mentions, u.doc_ids FROM unique_events u"
               " JOIN events e ON e.event_id = u.event_id JOIN documents d ON d.doc_id = e.doc_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.event_date NULLS LAST, d.source, e.start_char, e.event_type, e.trigger, e.event_id"  # ties: one order every run
    cur = store.con.execute(sql, params)
    names = [c[0] for c in cur.description]
    out = []
    for row in cur.fetchall():
        r = dict(zip(names, row))
        out.append({
            "event_id": r["event_id"], "doc_id": r["doc_id"], "source": r["source"],
            "event_type": r["event_type"], "mode": r["mode"], "context": r["context"] or [],
            "cameo": r["cameo"], "goldstein": r["goldstein"], "quad_class": r["quad_class"],
            "actors": json.loads(r["actors"]), "recipients": json.loads(r["recipients"]),
            "modality": r["modality"], "attributed_to": r["attributed_to"],
            "event_date": r["event_date"].isoformat() if r["event_date"] else None,
            "date_precision": r["date_precision"],
            "location": json.loads(r["location"]) if r["location"] else None,
            "evidence": {"sentence": r["sentence"], "start": r["start_char"], "end": r["end_char"],
                         "trigger": r["trigger"]},
            "mentions": r["mentions"], "doc_ids": sorted(r["doc_ids"]),
        })
    return out


def documents(store: Store) -> list[dict]:
    cur = store.con.execute(
        "SELECT doc_id, source, title, published, language, text, duplicate_of, paraphrase_of, story_id,"
        " site, authors, error FROM documents ORDER BY ingested_at, source")
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    junk: dict[str, list[dict]] = {}
    for doc_id, line, reason in store.con.execute(
            "SELECT doc_id, line, reason FROM junk_lines ORDER BY doc_id, line_index").fetchall():
        junk.setdefault(doc_id, []).append({"line": line, "reason": reason})
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
        r["junk"] = junk.get(r["doc_id"], [])
    return rows


def quotes(store: Store, actor: str | None = None) -> list[dict]:
    sql = ("SELECT q.doc_id, d.source, q.kind, q.text, q.start_char, q.end_char, q.speaker_text,"
           " q.speaker_code, q.speaker_country FROM quotes q JOIN documents d USING (doc_id)")
    params = []
    if actor:
        sql += " WHERE q.speaker_code = ? OR q.speaker_country = ?"
        params = [actor.upper()] * 2
    sql += " ORDER BY d.source, q.start_char"
    cur = store.con.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
