"""DuckDB storage: one file, schema in schema.sql (documented in docs/schema.md)."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import duckdb

from .records import DocumentResult, Event

SCHEMA_VERSION = "1"
# Tables written with an explicit column list (the rest take every column in order).
_COLUMNS = {"documents": ("doc_id", "source", "fmt", "title", "published", "site", "authors", "url", "language",
                          "text", "line_languages", "duplicate_of", "paraphrase_of", "story_id", "cluster_id",
                          "error")}
_SCHEMA = (Path(__file__).with_name("schema.sql")).read_text(encoding="utf-8")


class StoreError(RuntimeError):
    pass


def side_codes(refs) -> list[str]:
    """The countries of one side of an event (an IGO's own code where it has no country)."""
    return sorted({r.country or r.code for r in refs})


def event_key(event: Event) -> str:
    """What makes two events in copies of one story the same event."""
    date = event.event_date.isoformat() if event.event_date else ""
    return "|".join([event.event_type, ",".join(side_codes(event.actors)), ",".join(side_codes(event.recipients)),
                     event.modality, date])


def event_id(event: Event) -> str:
    raw = "|".join([event.doc_id, str(event.evidence.start), event.evidence.trigger, event_key(event)])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; run `detente analyze PATH --db {self.path}` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open as a DuckDB database ({exc}); pick another --db file") from exc
        try:
            self._check_version()
        except StoreError:
            self.con.close()
            raise
        if not read_only:
            self.con.execute(_SCHEMA)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def _check_version(self) -> None:
        """Refuse, before touching it, a file of another schema version or that is not detente's."""
        tables = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if not tables:
            return                                          # a new, empty database
        if "meta" not in tables:
            raise StoreError(f"{self.path}: a DuckDB file that detente did not write (no meta table); "
                             "pick another --db file")
        version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            found = version[0] if version else "none"
            raise StoreError(f"{self.path}: schema version {found}, this detente reads {SCHEMA_VERSION}; "
                             "use a new --db file")

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- reading what is there -------------------------------------------------
    def known_doc_ids(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(doc_ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def cluster_of(self, doc_id: str) -> str | None:
        row = self.con.execute("SELECT cluster_id FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def published_of(self, doc_id: str):
        row = self.con.execute("SELECT published FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def published_of_many(self, doc_ids: Iterable[str]) -> dict:
        """doc_id -> publication date (None if undated or not stored) for each id, in one query."""
        return self._lookup("published", doc_ids)

    def _lookup(self, column: str, doc_ids: Iterable[str]) -> dict:
        ids = list(set(doc_ids))
        if not ids:
            return {}
        found = dict(self.con.execute(f"SELECT doc_id, {column} FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                      [ids]).fetchall())
        return {i: found.get(i) for i in ids}

    def dedupe_state(self, kind: str, limit: int | None = None) -> list[tuple[str, bytes, str | None]]:
        """Rows of one kind in arrival order; with `limit`, only the newest `limit` of them."""
        if limit is None:
            return self.con.execute(
                "SELECT doc_id, payload, extra FROM dedupe_state WHERE kind = ? ORDER BY rowid", [kind]
            ).fetchall()
        return self.con.execute(
            "SELECT doc_id, payload, extra FROM (SELECT rowid AS r, doc_id, payload, extra FROM dedupe_state "
            "WHERE kind = ? ORDER BY rowid DESC LIMIT ?) ORDER BY r", [kind, limit]
        ).fetchall()

    # -- writing ---------------------------------------------------------------
    def add_problem(self, source: str, message: str) -> None:
        self.con.execute("INSERT INTO problems (source, message) SELECT ?, ? WHERE NOT EXISTS "
                         "(SELECT 1 FROM problems WHERE source = ? AND message = ?)", [source, message] * 2)

    def write(self, results: list[DocumentResult]) -> None:
        """Write a batch of documents in one transaction: all of a batch lands or none of it."""
        if not results:
            return
        rows = self._rows(results)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, rows: list[list]) -> None:
        """One INSERT per table and batch, each column passed as one typed list and UNNESTed:
        ~5x faster than a multi-row VALUES statement (whose parameters are bound one by one) and
        ~100x faster than DuckDB's row-by-row executemany. Rows land in list order."""
        if not rows:
            return
        verb = "INSERT OR IGNORE" if table in ("documents", "events") else "INSERT"
        columns = _COLUMNS.get(table)
        target = f"{table} ({', '.join(columns)})" if columns else table
        types = self._column_types(table)
        if len(types) != len(rows[0]):
            raise StoreError(f"{table}: {len(rows[0])} values a row, the table takes {len(types)}")
        select = ", ".join(f"UNNEST(?::{t}[])" for t in types)
        self.con.execute(f"{verb} INTO {target} SELECT {select}", [list(col) for col in zip(*rows)])

    def _column_types(self, table: str) -> list[str]:
        """SQL types of the columns a row of `table` fills, in order (read from the schema once)."""
        if not hasattr(self, "_types"):
            self._types: dict[str, list[str]] = {}
            for name, column, dtype in self.con.execute(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_catalog = current_database() AND table_schema = current_schema() "
                    "ORDER BY table_name, ordinal_position").fetchall():
                self._types.setdefault(name, []).append((column, dtype))
        cols = self._types[table]
        wanted = _COLUMNS.get(table)
        return [dtype for _, dtype in cols] if wanted is None else [dict(cols)[c] for c in wanted]

    def _rows(self, results: list[DocumentResult]) -> dict[str, list[list]]:
        rows: dict[str, list[list]] = {t: [] for t in
                                       ("documents", "junk_lines", "sentences", "actor_mentions", "events",
                                        "quotes", "dedupe_state")}
        clusters: dict[str, str] = {}
        batch = {res.document.doc_id for res in results}
        stored = self._lookup("cluster_id", {r for res in results
                                             if (r := res.document.duplicate_of or res.document.paraphrase_of)
                                             and r not in batch})
        for res in results:
            d = res.document
            root = d.duplicate_of or d.paraphrase_of
            cluster = (clusters.get(root) or stored.get(root) or root) if root else d.doc_id
            clusters[d.doc_id] = cluster
            rows["documents"].append([
                d.doc_id, d.source, d.fmt, d.title, d.published, d.site, d.authors, d.url, d.language, d.text,
                json.dumps(d.line_languages), d.duplicate_of, d.paraphrase_of, d.story_id, cluster, d.error])
            rows["junk_lines"] += [[d.doc_id, j.index, j.line, j.reason] for j in d.junk]
            rows["sentences"] += [[s.doc_id, s.index, s.start, s.end, s.text] for s in res.sentences]
            rows["actor_mentions"] += [[d.doc_id, a.start, a.end, a.text, a.code, a.country, a.sector, a.kind, a.name]
                                       for a in res.actors]
            for ev in res.events:
                ev.event_id = ev.event_id or event_id(ev)
                rows["events"].append([
                    ev.event_id, d.doc_id, event_key(ev), ev.event_type, ev.mode, ev.context, ev.cameo,
                    ev.goldstein, ev.quad_class, json.dumps([a.to_dict() for a in ev.actors]),
                    json.dumps([a.to_dict() for a in ev.recipients]),
                    side_codes(ev.actors), side_codes(ev.recipients),
                    ev.modality, ev.attributed_to, ev.event_date, ev.date_precision,
                    json.dumps(ev.location.to_dict()) if ev.location else None,
                    ev.evidence.sentence, ev.evidence.start, ev.evidence.end, ev.evidence.trigger])
            rows["quotes"] += [[d.doc_id, i, q.kind, q.text, q.start, q.end, q.speaker_text,
                                q.speaker.code if q.speaker else None, q.speaker.country if q.speaker else None]
                               for i, q in enumerate(res.quotes)]
            rows["dedupe_state"] += [[d.doc_id, kind, payload, extra] for kind, payload, extra in res.dedupe_state]
        return rows
