"""One story as HTML, as scraped text with junk lines and as a spun copy: counted once."""
import shutil
from pathlib import Path

import pytest

from detente import query
from detente.pipeline import Pipeline
from detente.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "copies"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    for name in ("original.html", "scraped_copy.txt", "spun_copy.txt"):  # arrival order: original first
        shutil.copy(FIXTURES / name, folder / name)
    path = folder / "t.duckdb"
    stats = Pipeline().run([folder / "original.html", folder / "scraped_copy.txt", folder / "spun_copy.txt"], path)
    assert stats.added == 3 and stats.failed == 0
    return path


def test_copies_form_one_cluster_linked_to_the_original(db):
    with Store(db, read_only=True) as store:
        docs = {Path(d["source"]).name: d for d in query.documents(store)}
        clusters = {r[0] for r in store.con.execute("SELECT cluster_id FROM documents").fetchall()}
    original = docs["original.html"]["doc_id"]
    assert docs["scraped_copy.txt"]["duplicate_of"] == original
    assert docs["spun_copy.txt"]["paraphrase_of"] == original
    assert clusters == {original}
    assert len({d["story_id"] for d in docs.values()}) == 1


def test_each_event_once_with_three_mentions(db):
    with Store(db, read_only=True) as store:
        events = query.events(store)
        every_copy = query.events(store, count="mentions")
    pact = [e for e in events if e["event_type"] == "SUPPORT" and {a["country"] for a in e["actors"]} == {"JPN", "PHL"}]
    assert len(pact) == 1 and pact[0]["mentions"] == 3 and len(pact[0]["doc_ids"]) == 3
    with Store(db, read_only=True) as store:
        original = store.con.execute("SELECT doc_id FROM documents WHERE source LIKE '%original.html'").fetchone()[0]
    assert pact[0]["doc_id"] == original  # the evidence shown is the original's
    criticism = [e for e in events if e["event_type"] == "ACCUSE" and {a["country"] for a in e["actors"]} == {"CHN"}]
    assert len(criticism) == 1 and criticism[0]["mentions"] == 3
    assert len(every_copy) > len(events)


def test_spun_copy_reads_relative_dates_against_the_original(db):
    with Store(db, read_only=True) as store:
        events = query.events(store, event_type="ACCUSE", count="mentions")
    assert len({e["event_date"] for e in events}) == 1
