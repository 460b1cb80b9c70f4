"""verbs.verb_candidate: the lexicon's verb trigger and the named rules that drop, replace or retype it."""
import pytest

from detente.events.lexicon import Lexicon
from detente.events.verbs import verb_candidate


@pytest.fixture(scope="module")
def lex():
    return Lexicon.load()


def _at(nlp, lex, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    cand = verb_candidate(tok, lex)
    return None if cand is None else (cand.event_type, cand.mode)


@pytest.mark.parametrize("text, word, expected", [
    ("Putin flew to Hanoi on Wednesday.", "flew", ("CONSULT", "visit")),             # a flight is a visit
    ("The president flew out by military helicopter.", "flew", None),                # leaving is none
    ("Thousands gathered in central Tbilisi on Sunday.", "gathered", ("PROTEST", "demo")),  # crowd subject
    ("Iran is regularly struck by earthquakes.", "struck", None),                    # a hazard did it
    ("Cambodia and Laos share a long border.", "share", None),                       # a fact, no cooperation
    ("Police destroyed 1,200 hectares of marijuana plantations.", "destroyed", None),  # no attack
    ("Bolivia handed over Klaus Barbie to France.", "handed", ("COOPERATE", None)),  # an extradition
    ("Rwanda sent troops into Congo.", "sent", ("MOBILIZE", "troops")),              # entering: a deployment
    ("Senegal sent troops to Gambia to put down a coup.", "sent", ("AID", "military")),   # troops sent to help
    ("Moi ruled out a return to multi-party politics.", "ruled", ("REJECT", None)),
    ("Washington has not ruled out resuming aid to Niger.", "ruled", None),          # a possibility left open
    ("De la Rua declared a state of siege on Wednesday.", "declared", ("COERCE", "martial-law")),
])
def test_verb_candidate_rules(nlp, lex, text, word, expected):
    assert _at(nlp, lex, text, word) == expected
