"""Event coder: who did what to whom, modality, dates, places, over real spaCy parses."""
from datetime import date

import pytest

from detente.actors import ActorResolver
from detente.events import EventCoder
from detente.parse import load_nlp
from detente.records import Document

PUB = date(2024, 6, 26)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver.from_config(None)


@pytest.fixture(scope="module")
def coder(resolver):
    return EventCoder(None, resolver)


@pytest.fixture(scope="module")
def code(nlp, resolver, coder):
    def run(text, published=PUB):
        doc = Document(doc_id="t", source="test", fmt="text", text=text, published=published)
        sdoc = nlp(text)
        return coder.code(doc, sdoc, resolver.find(sdoc, when=published))
    return run


def countries(refs):
    return sorted({r.country for r in refs})


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.evidence.trigger) for e in events]
    return found[0]


def test_joint_signing_is_support_with_list_actors(code):
    events, _ = code("Russia’s President Vladimir Putin and North Korean leader Kim Jong Un "
                     "recently signed a defense pact.")
    ev = only(events, "SUPPORT")
    assert countries(ev.actors) == ["PRK", "RUS"]
    assert ev.recipients == []
    assert ev.modality == "asserted"
    assert ev.mode == "sign" and ev.cameo == "057" and ev.quad_class == 1
    assert ev.event_date == PUB and ev.date_precision == "publication"
    assert "signed" in ev.evidence.trigger and ev.evidence.sentence.startswith("Russia")


def test_hedged_aid(code):
    events, _ = code("Russia appears to have shared with North Korea the satellite technology Kim has long coveted.")
    ev = only(events, "AID")
    assert countries(ev.actors) == ["RUS"] and countries(ev.recipients) == ["PRK"]
    assert ev.modality == "hedged"


def test_stopped_short_is_negated(code):
    events, _ = code("China wants to damage US global power, and though it’s stopped short of "
                     "providing Russia with weapons, its support remains crucial.")
    ev = only(events, "AID")
    assert ev.modality == "negated"
    assert countries(ev.actors) == ["CHN"] and countries(ev.recipients) == ["RUS"]
