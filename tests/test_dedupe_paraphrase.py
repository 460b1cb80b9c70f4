from datetime import date

import numpy as np
import pytest
from dedupe_fixtures import ORIGINAL, OTHER_STORY, PARAPHRASE, SAME_EVENT

from detente.config import DedupeConfig
from detente.dedupe.embed import EmbedderUnavailable, SentenceEmbedder
from detente.dedupe.features import DocFeatures
from detente.dedupe.paraphrase import ParaphraseIndex

DAY = date(2024, 6, 19)


def test_embeddings_are_unit_length_and_close_for_paraphrases(embedder):
    v = embedder.embed(["Putin and Kim signed a defence pact.", "Kim and Putin inked a mutual protection treaty.",
                        "Heavy rain flooded the streets of Paris.", ""])
    assert v.shape == (4, 384)
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-3)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3
    assert not v[3].any()


def test_missing_model_package_names_it():
    emb = SentenceEmbedder(DedupeConfig(tokenizer_package="no_such_tokenizer_pkg"))
    with pytest.raises(EmbedderUnavailable, match="no_such_tokenizer_pkg"):
        emb.embed(["x"])


def test_spun_copy_links_to_original_and_other_stories_do_not(embedder):
    idx = ParaphraseIndex(DedupeConfig(), embedder)
    assert idx.add("orig", ORIGINAL, ["Vladimir Putin", "Kim Jong Un", "Pyongyang"], DAY) is None
    assert idx.add("other", OTHER_STORY, ["Kim Jong Un", "Vladimir Putin"], DAY) is None
    assert idx.add("same-event", SAME_EVENT, None, DAY) is None      # independent report, not a copy
    assert idx.add("para", PARAPHRASE, ["Kim Jong Un", "Vladimir Putin", "Pyongyang"], DAY) == "orig"


def test_paraphrase_outside_the_time_window_is_not_linked(embedder):
    idx = ParaphraseIndex(DedupeConfig(paraphrase_window_days=3), embedder)
    idx.add("orig", ORIGINAL, None, DAY)
    assert idx.add("para", PARAPHRASE, None, date(2024, 9, 1)) is None


def test_persisted_features_restore_the_same_links(embedder):
    first = ParaphraseIndex(DedupeConfig(), embedder)
    stored = []
    for doc_id, text in [("orig", ORIGINAL), ("other", OTHER_STORY), ("para", PARAPHRASE)]:
        feats = first.features(text, None, DAY)
        stored.append((doc_id, feats.to_bytes(), first.add_features(doc_id, feats)))
    assert stored[2][2] == "orig"

    again = DocFeatures.from_bytes(stored[0][1])
    assert again.published == DAY and again.names and len(again.sentences) > 5

    second = ParaphraseIndex(DedupeConfig(), embedder)
    for doc_id, payload, link in stored:
        second.restore(doc_id, payload, link)
    assert second.add("para", PARAPHRASE, None, DAY) == "orig"
    assert second.add("para2", "Putin's trip: " + PARAPHRASE, None, DAY) == "orig"
