"""Bad input and interrupted runs: clear messages, nothing lost, re-runs idempotent."""
from pathlib import Path

import pytest

from detente import query
from detente.config import Settings, StoreConfig
from detente.pipeline import Pipeline
from detente.store import Store

ARTICLE = ("Ukraine and Poland sign grain transit deal\n"
           "March 3, 2025\n"
           "Ukraine and Poland signed an agreement on grain transit in Warsaw on Monday, officials said.\n"
           "Pls share this post\n")
GERMAN = ("Die Regierung in Berlin hat am Montag neue Hilfen für die Landwirtschaft beschlossen. "
          "Der Minister sagte, die Maßnahmen würden sofort wirksam und sollten den Betrieben helfen.\n")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings(store=StoreConfig(write_batch=2)))


def _write(folder: Path, files: dict[str, bytes | str]) -> None:
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path, pipeline):
    corpus = tmp_path / "in"
    corpus.mkdir()
    _write(corpus, {
        "a_article.txt": ARTICLE,
        "b_same_article_again.txt": ARTICLE,                      # duplicate file: stored once
        "c_german.txt": GERMAN,
        "d_binary.txt": bytes(range(256)) * 4,
        "e_empty.txt": b"",
        "f_broken.html": "<html><body><p>Unclosed <div><p>Only a fragment",
        "g_latin1.txt": ARTICLE.replace("Warsaw", "Kraków").encode("latin-1", errors="replace"),
    })
    db = tmp_path / "t.duckdb"
    stats = pipeline.run([corpus], db)
    assert stats.skipped == 1                                      # the duplicate file
    assert [p.source for p in stats.problems] == [str(corpus / "e_empty.txt")]
    with Store(db, read_only=True) as store:
        docs = {Path(d["source"]).name: d for d in query.documents(store)}
        events = query.events(store, count="mentions")
    assert "b_same_article_again.txt" not in docs
    assert docs["c_german.txt"]["language"] == "de" and docs["c_german.txt"]["error"] is None
    assert not any(e["doc_id"] == docs["c_german.txt"]["doc_id"] for e in events)   # not parsed as English
    assert docs["d_binary.txt"]["error"].startswith("decode:") and "binary" in docs["d_binary.txt"]["error"]
    assert "Kraków" in docs["g_latin1.txt"]["text"]               # encoding detected
    assert docs["f_broken.html"]["error"] is None or "no article text" in docs["f_broken.html"]["error"]
    assert any(e["event_type"] == "SUPPORT" and {a["country"] for a in e["actors"]} == {"UKR", "POL"}
               for e in events)


def test_interrupted_run_loses_nothing_and_rerun_completes(tmp_path, pipeline):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(5):
        _write(corpus, {f"doc{i}.txt": ARTICLE.replace("Monday", f"Monday ({i})")})
    db = tmp_path / "t.duckdb"

    class Crash(Exception):
        pass

    def crash_after_first_batch(n, source):
        raise Crash(source)

    with pytest.raises(Crash):
        pipeline.run([corpus], db, on_progress=crash_after_first_batch)
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2   # the first batch landed
    stats = pipeline.run([corpus], db)
    assert stats.skipped == 2 and stats.added == 3
    stats = pipeline.run([corpus], db)
    assert stats.skipped == 5 and stats.added == 0
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(DISTINCT doc_id), count(*) FROM documents").fetchone() == (5, 5)


def test_store_writes_awkward_values_and_keeps_row_order(tmp_path):
    """Store.write passes each column as one typed list: quotes, newlines, NULLs, lists, bytes and
    dates survive, and dedupe_state rows keep their order (a later run re-reads them by rowid)."""
    from datetime import date

    from detente.records import Document, DocumentResult, JunkLine

    docs = [
        Document(doc_id="a", source="x.txt", fmt="text", text="It's \"quoted\"\nnext line — ünïcode", title="O'Brien",
                 published=date(2024, 6, 19), authors=["A. B", "C'D"], line_languages={1: "fr"},
                 junk=[JunkLine("Pls share", "share-prompt", 3)]),
        Document(doc_id="b", source="y.txt", fmt="text", text="copy", duplicate_of="a", story_id="a"),
        Document(doc_id="c", source="z.txt", fmt="text", text="", error="events: boom"),
    ]
    results = [DocumentResult(d) for d in docs]
    results[0].dedupe_state = [("copy", b"\x00\x01'", None), ("paraphrase", b"", None), ("story", b"", "a")]
    results[1].dedupe_state = [("copy", bytes(range(256)), "a")]
    with Store(tmp_path / "w.duckdb") as store:
        store.write(results)
        store.write([DocumentResult(Document(doc_id="a", source="again", fmt="text"))])   # ignored: same id
        rows = store.con.execute("SELECT doc_id, source, title, published, authors, text, cluster_id, error "
                                 "FROM documents ORDER BY doc_id").fetchall()
        state = store.con.execute("SELECT doc_id, kind, payload, extra FROM dedupe_state ORDER BY rowid").fetchall()
        junk = store.con.execute("SELECT doc_id, line_index, line, reason FROM junk_lines").fetchall()
        assert store.published_of_many(["a", "b", "missing"]) == {"a": date(2024, 6, 19), "b": None, "missing": None}
    assert rows == [("a", "x.txt", "O'Brien", date(2024, 6, 19), ["A. B", "C'D"], docs[0].text, "a", None),
                    ("b", "y.txt", None, None, [], "copy", "a", None),
                    ("c", "z.txt", None, None, [], "", "c", "events: boom")]
    assert state == [("a", "copy", b"\x00\x01'", None), ("a", "paraphrase", b"", None), ("a", "story", b"", "a"),
                     ("b", "copy", bytes(range(256)), "a")]
    assert junk == [("a", 3, "Pls share", "share-prompt")]
