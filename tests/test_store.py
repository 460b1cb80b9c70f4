"""The store on a real DuckDB file: idempotent writes, count-once, dyads, queries."""
from datetime import date

import pytest

from detente import query
from detente.analyse import dyads
from detente.records import ActorRef, Document, DocumentResult, Event, Evidence, JunkLine
from detente.store import Store, StoreError


def _event(doc_id, etype, actors, recipients, modality="asserted", quad=1, goldstein=3.0, start=0):
    refs = lambda codes: [ActorRef(text=c, code=c, country=c[:3]) for c in codes]  # noqa: E731
    return Event(doc_id=doc_id, event_type=etype, actors=refs(actors), recipients=refs(recipients),
                 evidence=Evidence(sentence=f"{etype} sentence", start=start, end=start + 10, trigger="x"),
                 modality=modality, quad_class=quad, goldstein=goldstein, event_date=date(2024, 6, 19),
                 date_precision="day")


def _result(doc_id, events, **links):
    doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", fmt="text", text="t", language="en",
                   junk=[JunkLine("Pls share this post", "share-prompt", 0)], **links)
    return DocumentResult(doc, events=events)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_copies_count_once_with_mentions(store):
    pact = lambda d: _event(d, "SUPPORT", ["RUSGOV", "PRKGOV"], [])  # noqa: E731
    store.write([_result("orig", [pact("orig"), _event("orig", "ASSAULT", ["RUSMIL"], ["UKR"], quad=4, goldstein=-10)])])
    store.write([_result("copy", [pact("copy")], duplicate_of="orig")])
    store.write([_result("spun", [pact("spun")], paraphrase_of="copy")])
    store.write([_result("other", [pact("other")])])  # an independent report: its own event
    rows = query.events(store, event_type="SUPPORT")
    assert sorted(r["mentions"] for r in rows) == [1, 3]
    assert sorted(max(rows, key=lambda r: r["mentions"])["doc_ids"]) == ["copy", "orig", "spun"]
    assert len(query.events(store, event_type="SUPPORT", count="mentions")) == 4


def test_rewriting_a_document_adds_nothing(store):
    res = _result("a", [_event("a", "CONSULT", ["USAGOV"], ["CHNGOV"])])
    store.write([res])
    store.write([_result("a", [_event("a", "CONSULT", ["USAGOV"], ["CHNGOV"])])])
    assert store.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert store.known_doc_ids(["a", "b"]) == {"a"}


def test_dyads_pair_joint_actors_and_leave_out_non_facts(store):
    store.write([_result("a", [
        _event("a", "SUPPORT", ["RUSGOV", "PRKGOV"], [], goldstein=8.0),
        _event("a", "ASSAULT", ["RUSMIL"], ["UKR"], quad=4, goldstein=-10.0, start=20),
        _event("a", "AID", ["CHN"], ["RUS"], modality="negated", quad=2, start=40),
    ])])
    rows = {(r["source"], r["target"]): r for r in dyads(store, plover_scores={"SUPPORT": 5, "ASSAULT": -10})}
    assert set(rows) == {("RUS", "PRK"), ("PRK", "RUS"), ("RUS", "UKR")}
    assert rows[("RUS", "UKR")]["material_conflict"] == 1 and rows[("RUS", "UKR")]["mean_plover_score"] == -10
    assert rows[("RUS", "PRK")]["mean_goldstein"] == 8.0
    with_all = {(r["source"], r["target"]) for r in dyads(store, include_all_modalities=True)}
    assert ("CHN", "RUS") in with_all


def test_filters_and_document_listing(store):
    store.write([_result("a", [_event("a", "SUPPORT", ["RUSGOV", "PRKGOV"], []),
                               _event("a", "ASSAULT", ["RUSMIL"], ["UKR"], quad=4, start=30)])])
    assert [r["event_type"] for r in query.events(store, actor="UKR")] == ["ASSAULT"]
    assert [r["event_type"] for r in query.events(store, actor="PRKGOV")] == ["SUPPORT"]
    assert query.events(store, since=date(2024, 7, 1)) == []
    (doc,) = query.documents(store)
    assert doc["junk"] == [{"line": "Pls share this post", "reason": "share-prompt"}]


def test_read_only_open_of_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="detente analyze"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_events_of_one_sentence_come_in_one_order(store):
    store.write([_result("d", [_event("d", "SANCTION", ["IND"], ["PAK"]), _event("d", "ASSAULT", ["PAK"], ["IND"]),
                               _event("d", "CONCEDE", ["AZE"], [])])])
    assert [r["event_type"] for r in query.events(store)] == ["ASSAULT", "CONCEDE", "SANCTION"]
