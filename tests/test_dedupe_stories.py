from datetime import date

from dedupe_fixtures import COPY, ORIGINAL, OTHER_STORY, PARAPHRASE, SAME_EVENT

from detente.config import DedupeConfig
from detente.dedupe import Deduplicator, StoryThreader
from detente.records import Document

UNRELATED = """Heavy rain floods southern Brazil as rescue teams search for missing
Floods caused by days of torrential rain in the southern Brazilian state of Rio Grande do Sul have killed at least 39 people, officials said on Friday.
Rescue teams used boats and helicopters to reach families trapped on rooftops in the city of Porto Alegre, where the Guaiba river burst its banks.
Governor Eduardo Leite said the state faced the worst disaster in its history and asked the federal government for help.
"""


def test_reports_of_one_happening_share_a_story(embedder):
    t = StoryThreader(DedupeConfig(), embedder)
    first = t.add("orig", ORIGINAL, None, date(2024, 6, 19))
    assert first == "orig"
    assert t.add("same-event", SAME_EVENT, None, date(2024, 6, 20)) == "orig"
    assert t.add("floods", UNRELATED, None, date(2024, 6, 20)) == "floods"


def test_story_closes_after_its_time_window(embedder):
    t = StoryThreader(DedupeConfig(story_window_days=2), embedder)
    t.add("orig", ORIGINAL, None, date(2024, 6, 19))
    assert t.add("late", SAME_EVENT, None, date(2024, 8, 1)) == "late"


class FakeStore:
    """The store's side of the contract: dedupe state rows per kind, in arrival order."""

    def __init__(self):
        self.rows: list[tuple[str, str, bytes, str | None]] = []

    def dedupe_state(self, kind, limit=None):
        rows = [(d, p, e) for d, k, p, e in self.rows if k == kind]
        return rows[-limit:] if limit else rows

    def save(self, doc_id, rows):
        self.rows.extend((doc_id, k, p, e) for k, p, e in rows)


def _doc(doc_id, text, day=date(2024, 6, 19)):
    return Document(doc_id=doc_id, source=doc_id, fmt="text", text=text, published=day)


def test_deduplicator_links_and_a_second_run_keeps_them(embedder):
    store = FakeStore()
    first = Deduplicator(DedupeConfig(), store)
    docs = {k: _doc(k, t) for k, t in
            [("orig", ORIGINAL), ("copy", COPY), ("para", PARAPHRASE), ("other", OTHER_STORY)]}
    for d in docs.values():
        store.save(d.doc_id, first.link(d))
    assert docs["copy"].duplicate_of == "orig" and docs["copy"].paraphrase_of is None
    assert docs["para"].paraphrase_of == "orig" and docs["para"].duplicate_of is None
    assert docs["other"].duplicate_of is None and docs["other"].paraphrase_of is None
    assert docs["copy"].story_id == docs["para"].story_id == "orig"

    second = Deduplicator(DedupeConfig(), store)       # next run, re-seeded from the store
    later = {k: _doc(k, t) for k, t in [("copy2", "New headline\n" + COPY), ("para2", PARAPHRASE + "\nPls share")]}
    for d in later.values():
        second.link(d)
    assert later["copy2"].duplicate_of == "orig"
    assert later["para2"].duplicate_of == "para"          # a verbatim copy of the paraphrase
    assert later["para2"].story_id == "orig"
    spun = _doc("para3", PARAPHRASE.replace("inked", "signed").replace("Wednesday", "Wed."))
    spun.text = "\n".join(reversed(spun.text.split("\n")))
    second.link(spun)
    assert spun.duplicate_of == "para" or spun.paraphrase_of == "orig"


def test_without_the_model_copies_still_link():
    store = FakeStore()
    dd = Deduplicator(DedupeConfig(model_package="no_such_model_pkg"), store)
    a, b = _doc("orig", ORIGINAL), _doc("copy", COPY)
    dd.link(a)
    dd.link(b)
    assert b.duplicate_of == "orig"
    assert "no_such_model_pkg" in dd.unavailable


def test_a_document_must_carry_the_story_s_common_names():
    """Two-way agreement: sharing the story's topic word is not enough when its places are missing or differ."""
    import numpy as np

    from detente.dedupe.embed import DIM
    from detente.dedupe.features import DocFeatures

    vec = np.zeros(DIM, dtype=np.float32)
    vec[0] = 1.0
    t = StoryThreader(DedupeConfig(), embedder=object())
    fire = "Fire gutted the Waitrose supermarket in Banstead, Surrey, and residents were evacuated overnight."
    for i in range(3):
        t.add_features(f"banstead{i}", DocFeatures.build(fire, vec, ["Waitrose", "Banstead", "Surrey"]))
    story = t._stories["banstead0"]

    def score(names):
        return t.score(1.0, DocFeatures.build(fire, vec, names), story)

    same_place = score(["Waitrose", "Banstead", "Surrey"])
    other_place = score(["Waitrose", "Wellington", "Somerset"])
    topic_only = score(["Waitrose"])
    assert same_place > topic_only > other_place


def test_a_batch_embedded_up_front_links_as_one_by_one_and_copies_are_not_embedded(embedder):
    """The pipeline's order: embed_leads for the batch (copies linked there first, not embedded), then link."""
    import numpy as np

    texts = [("orig", ORIGINAL), ("copy", COPY), ("para", PARAPHRASE), ("other", OTHER_STORY), ("floods", UNRELATED)]
    one_by_one = Deduplicator(DedupeConfig(), FakeStore(), embedder)
    expected = {}
    for k, t in texts:
        d = _doc(k, t)
        one_by_one.link(d)
        expected[k] = (d.duplicate_of, d.paraphrase_of, d.story_id)

    batched = Deduplicator(DedupeConfig(), FakeStore(), embedder)
    docs = [_doc(k, t) for k, t in texts]
    vectors = batched.embed_leads(docs)
    assert set(vectors) == {"orig", "para", "other", "floods"}          # the copy is not embedded
    for d in docs:
        batched.link(d, None, vectors.get(d.doc_id))
    assert {d.doc_id: (d.duplicate_of, d.paraphrase_of, d.story_id) for d in docs} == expected
    assert expected["copy"][0] == "orig" and expected["para"][1] == "orig"
    # a lead's vector does not depend on the batch it was embedded with (padding is masked)
    together = embedder.embed([UNRELATED, "", "Putin in Pyongyang."])
    assert not together[1].any()                                       # an empty text: a zero row
    assert np.allclose(embedder.embed(["Putin in Pyongyang."])[0], together[2], atol=1e-5)
