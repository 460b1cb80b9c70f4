"""Shared fixtures: the real spaCy model, actor resolver and embedder, loaded once per run."""
import pytest

from detente.actors import ActorResolver
from detente.config import DedupeConfig
from detente.dedupe.embed import EmbedderUnavailable, SentenceEmbedder
from detente.parse import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def resolver():
    return ActorResolver.from_config()


@pytest.fixture(scope="session")
def embedder():
    emb = SentenceEmbedder(DedupeConfig())
    try:
        emb.embed(["probe"])
    except EmbedderUnavailable as exc:
        pytest.skip(str(exc))
    return emb


def actor_codes(resolver, nlp, text, when=None):
    """(text, code) of every actor found in `text`, checking each mention's offsets."""
    doc = nlp(text)
    refs = resolver.find(doc, when)
    for r in refs:
        assert doc.text[r.start:r.end] == r.text
    return [(r.text, r.code) for r in refs]
