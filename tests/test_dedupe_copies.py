from detente.config import DedupeConfig
from detente.dedupe import CopyIndex

from dedupe_fixtures import COPY, ORIGINAL, OTHER_STORY, PARAPHRASE


def test_copy_with_junk_cut_ending_and_new_title_links_to_original():
    idx = CopyIndex(DedupeConfig())
    assert idx.add("orig", ORIGINAL) is None
    assert idx.add("copy", COPY) == "orig"


def test_paraphrase_and_other_story_are_not_copies():
    idx = CopyIndex()
    idx.add("orig", ORIGINAL)
    assert idx.add("para", PARAPHRASE) is None
    assert idx.add("other", OTHER_STORY) is None


def test_copy_of_copy_links_to_earliest_original():
    idx = CopyIndex()
    idx.add("orig", ORIGINAL)
    idx.add("copy", COPY)
    assert idx.add("copy2", COPY + "\nPhoto: Reuters\n") == "orig"


def test_copy_seen_first_is_the_original():
    idx = CopyIndex()
    assert idx.add("copy", COPY) is None
    assert idx.add("orig", ORIGINAL) == "copy"


def test_adding_a_document_twice_gives_the_same_answer():
    idx = CopyIndex()
    idx.add("orig", ORIGINAL)
    assert idx.add("copy", COPY) == "orig"
    assert idx.add("copy", COPY) == "orig"
    assert idx.add("orig", ORIGINAL) is None
    assert len(idx) == 2


def test_short_texts_are_never_linked():
    idx = CopyIndex()
    idx.add("a", "Putin met Kim.")
    assert idx.add("b", "Putin met Kim.") is None


def test_signature_restore_round_trip_gives_the_same_links():
    first = CopyIndex()
    stored = []
    for doc_id, text in [("orig", ORIGINAL), ("other", OTHER_STORY), ("copy", COPY)]:
        sig = first.signature(text)
        stored.append((doc_id, sig, first.add_signature(doc_id, sig)))
    assert stored[2][2] == "orig"

    second = CopyIndex()
    for doc_id, sig, root in stored:
        second.restore(doc_id, sig, root)
    assert second.add("copy", COPY) == "orig"            # known document: same link as before
    assert second.add("copy3", "New title\n" + COPY) == "orig"
    assert second.root_of("other") is None


def test_signature_from_other_settings_is_refused():
    sig = CopyIndex(DedupeConfig(minhash_perm=64)).signature(ORIGINAL)
    try:
        CopyIndex().restore("x", sig, None)
    except ValueError as exc:
        assert "minhash_perm" in str(exc)
    else:
        raise AssertionError("expected ValueError")
