"""Where an event's clause happened: the tokens to look for its place in, and the place its clause
names when the predicate's own phrases name none."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Location
from .attribution import REPORTING
from .lexicon import Lexicon
from .modality import governors
from .places import PlaceResolver, most_specific
from .roles import direct_objects
from .triggers import Candidate

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force: their victims' place is where they happened
_OTHER_CLAUSES = {"xcomp", "ccomp", "advcl", "relcl", "conj", "parataxis", "pcomp"}  # not reduced relatives (acl)


def attack_means(v: Token, lex: Lexicon) -> list[Token]:
    """What did an attack when no one is named: "a roadside bomb killed", "killed by an explosive
    device", "killed in a car bomb explosion"."""
    found = [c for c in v.children if c.dep_ == "nsubj"]
    found += [p for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")
              for p in c.children if p.dep_ == "pobj"]
    return [m for m in found if names_no_one(m, lex)]


def names_no_one(tok: Token, lex: Lexicon) -> bool:
    """"a roadside bomb", "gunmen", "armed men": a doer of force that names no one (not "a methane
    explosion at a coal mine", an accident)."""
    if any(t.lemma_.lower() in lex.accident_causes for t in tok.subtree):
        return False
    return tok.lemma_.lower() in lex.unnamed_attackers or (tok.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "acl") and c.lower_ in lex.unnamed_qualifiers for c in tok.children))


def place_anchors(cand: Candidate, lex: Lexicon) -> list[Token]:
    """Where to look for the event's place: the predicate, what it consumed, the verbs governing it,
    the means of an attack ("a bombing near Samarra killed"), the victims of force ("killed an
    official in Baghdad") and the as/when clause of force ("as he left a rally in Quito")."""
    head = cand.head
    anchors = [head, *cand.objects, *governors(head)[:2], *attack_means(head, lex)]
    if cand.event_type in FORCE_TYPES and not cand.nominal:
        anchors += direct_objects(head)
        # "shot dead the candidate as he left a campaign rally in Quito": the moment's own clause
        anchors += [c for c in head.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in c.children)]
    return anchors


def clause_place(cand: Candidate, places: PlaceResolver) -> Location | None:
    """The place of the event's clause when its own phrases name none: "opened fire on a bus carrying
    pilgrims near Quetta, killing", "set fire to the town hall in Vlora", "a court in Minsk sentenced".
    Only when every place the clause names is in one country (the most specific is kept)."""
    v = cand.head
    if v.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children):
        ent = next((e for e in v.doc.ents if e.start <= v.head.i < e.end), None)  # "fled to Moscow, where ..."
        if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
            return places.resolve(ent.text, ent.label_)
    top, chain = cand.head, {cand.head.i}
    while top.dep_ in ("advcl", "conj", "xcomp", "acl") and top.head.lemma_ not in REPORTING and not (
            top.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)):
        top = top.head  # not into another clause with its own subject ("..., and Gaddafi vowed")
        chain.add(top.i)
    scope, stack = [], [top]
    while stack:  # the clause without other clauses hanging from it ("to strike targets in Russia")
        tok = stack.pop()
        scope.append(tok)
        stack += [c for c in tok.children if c.i in chain or not (
            c.pos_ in ("VERB", "AUX") and c.dep_ in _OTHER_CLAUSES)]
    found = [loc for loc in places.places_in(scope) if loc.country]
    if len({loc.country for loc in found}) != 1:
        return None
    return most_specific(found)
