"""Dedupe state is bounded: old documents and stories are forgotten, recent ones still link."""
from datetime import date, timedelta

import numpy as np

from detente.config import DedupeConfig
from detente.dedupe import CopyIndex, Deduplicator, StoryThreader
from detente.dedupe.embed import DIM
from detente.dedupe.features import DocFeatures
from detente.dedupe.live import LiveSet
from detente.dedupe.paraphrase import ParaphraseIndex
from detente.records import Document
from detente.store import Store

from dedupe_fixtures import COPY, ORIGINAL, OTHER_STORY, PARAPHRASE

DAY = date(2024, 6, 19)


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def _filler(i: int) -> str:
    return " ".join(f"w{i}x{j} filler{j}" for j in range(40))


def test_live_set_forgets_by_count_and_by_window():
    live = LiveSet(cap=2, window_days=7)
    assert live.touch("a", None) == [] and live.touch("b", None) == []
    assert live.touch("c", None) == ["a"]                     # oldest first
    live = LiveSet(cap=10, window_days=7)
    live.touch("old", DAY)
    live.touch("undated", None)
    assert live.touch("new", DAY + timedelta(days=8)) == ["old"]
    assert "undated" in live and "new" in live


def test_copy_index_keeps_only_the_newest_originals():
    idx = CopyIndex(DedupeConfig(max_live_docs=2))
    idx.add("orig", ORIGINAL)
    idx.add("f1", _filler(1))
    idx.add("f2", _filler(2))                                 # "orig" is forgotten
    assert idx.add("copy", COPY) is None
    idx = CopyIndex(DedupeConfig(max_live_docs=2))
    idx.add("f1", _filler(1))
    idx.add("orig", ORIGINAL)
    assert idx.add("copy", COPY) == "orig"                    # a recent original still links


def test_paraphrase_index_forgets_documents_outside_the_window():
    idx = ParaphraseIndex(DedupeConfig(paraphrase_window_days=14), embedder=object())
    v = _unit(0)
    idx.add_features("old", DocFeatures.build(ORIGINAL, v, None, DAY - timedelta(days=30)))
    idx.add_features("orig", DocFeatures.build(ORIGINAL, v, None, DAY))
    assert len(idx) == 1 and idx.payload("old") is None       # 30 days behind the newest date
    assert idx.add_features("para", DocFeatures.build(PARAPHRASE, v, None, DAY)) == "orig"


def test_story_threader_caps_live_stories_and_their_frequencies():
    t = StoryThreader(DedupeConfig(max_live_docs=3), embedder=object())
    for i in range(10):
        t.add_features(f"d{i}", DocFeatures.build(_filler(i), _unit(i), [f"Name{i}"]))
    assert len(t._stories) == 3 and len(t._table) == 3
    assert t._docs == 3 and len(t._name_df) == 3              # forgotten stories leave the frequencies


class _Store:
    def __init__(self):
        self.rows, self.limits = [], []

    def dedupe_state(self, kind, limit=None):
        self.limits.append(limit)
        rows = [(d, p, e) for d, k, p, e in self.rows if k == kind]
        return rows[-limit:] if limit else rows


def test_restore_loads_only_the_newest_rows_and_recent_links_survive():
    store = _Store()
    cfg = DedupeConfig(max_live_docs=3, model_package="no_such_model_pkg")   # copies only
    first = Deduplicator(cfg, store)
    for i, text in enumerate([OTHER_STORY, _filler(1), _filler(2), ORIGINAL]):
        doc = Document(doc_id=f"d{i}", source="s", fmt="text", text=text, published=DAY)
        store.rows += [(doc.doc_id, k, p, e) for k, p, e in first.link(doc)]
    second = Deduplicator(cfg, store)
    assert set(store.limits) == {3}
    assert len(second.copies) == 3 and second.copies.root_of("d0") is None
    copy = Document(doc_id="c", source="s", fmt="text", text=COPY, published=DAY)
    second.link(copy)
    assert copy.duplicate_of == "d3"


def test_store_returns_the_newest_rows_in_arrival_order(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for i in range(5):
            store.con.execute("INSERT INTO dedupe_state VALUES (?, 'copy', ?, NULL)", [f"d{i}", b"x"])
        assert [r[0] for r in store.dedupe_state("copy", limit=2)] == ["d3", "d4"]
        assert [r[0] for r in store.dedupe_state("copy")] == [f"d{i}" for i in range(5)]


def test_site_memory_keeps_the_most_recent_sites():
    from detente.clean.site_memory import SiteMemory

    mem = SiteMemory(max_lines_per_site=10, max_sites=2)
    mem.add("a", {b"1"})
    mem.add("b", {b"1"})
    mem.add("a", {b"1"})                                      # "a" is the most recent again
    mem.add("c", {b"1"})                                      # "b" is forgotten
    assert mem.seen("a", b"1") == 2 and mem.seen("b", b"1") == 0 and mem.seen("c", b"1") == 1
