"""Recipients that no object or recipient preposition names.

- the place an act is done in: "lifted a night curfew in Montenegro", "strengthened its forces in
  Lebanon", "suspended aid deliveries in Baghdad" (PLOVER: the recipient is the entity to whom the
  event is directed; for force, restrictions and deployments that is the place's state);
- a state's own population: a government or its forces arresting, dispersing or firing on
  unnamed "demonstrators", "civilians", "students" act on unarmed domestic entities, which PLOVER's
  sector list codes CVL ("civilians, protesters, activists, and other unarmed domestic entities").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef
from .mentions import MentionIndex
from .roles import with_conjuncts

PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONCEDE", "SANCTION", "THREATEN", "AID", "RETREAT"})
DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE"})
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
_PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})


def place_recipients(holders: list[Token], index: MentionIndex) -> list[ActorRef]:
    """Countries named by an "in <place>" phrase of the predicate or of what it consumed."""
    out: list[ActorRef] = []
    holders = holders + [o for h in holders for o in h.children if o.dep_ in ("dobj", "obj")]
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS:
                continue
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [r for q in with_conjuncts(p) for r in index.in_phrase(q)
                            if r.kind == "country" and r.country]
    return out


def domestic_recipients(objects: list[Token], actors: list[ActorRef], index: MentionIndex,
                        population: frozenset[str]) -> list[ActorRef]:
    """Unnamed population objects of one state's own actors: that state's civilians."""
    states = {r.country for r in actors if r.kind in ("country", "person") and r.sector in STATE_SECTORS}
    if len(states) != 1 or any(r.kind == "igo" for r in actors):
        return []
    country = next(iter(states))
    out = []
    for o in objects:
        if o.lemma_.lower() not in population or index.in_phrase(o):
            continue
        span = o.doc[o.left_edge.i:o.right_edge.i + 1] if o.dep_ != "pobj" else o.doc[o.left_edge.i:o.i + 1]
        out.append(ActorRef(text=span.text, code=f"{country}CVL", country=country, sector="CVL",
                            start=span.start_char, end=span.end_char, kind="country"))
    return out


# ---- the actor's own country ------------------------------------------------------------------
# PLOVER's records code a domestic act with no named recipient as directed at the actor's own
# country: "President Bashir shortened the curfew in Sudan" SDN->SDN, "the union called off the
# strike" NGA->NGA, "Judge X opened investigations against Chilean officials" CHL->CHL. Protests
# are aimed at the protesters' own authorities unless the text names another.
OWN_COUNTRY_TYPES = frozenset({"PROTEST", "CONCEDE", "COERCE", "ASSAULT", "ACCUSE", "REJECT", "REQUEST",
                               "THREATEN"})
# a resignation or an offer to resign is directed at no one ("offered to resign", "stepped down")
_NO_RECIPIENT_LEMMAS = frozenset({"resign", "resignation", "quit", "abdicate", "retire"})


def own_country(etype: str, actors: list[ActorRef], words: list[Token], sent, index: MentionIndex) -> list[ActorRef]:
    """The actors' one country as the recipient of a domestic act, when nothing names another.

    Applies when every codable mention in the sentence is of that one country (no IGO, no other
    state: a second country makes the act's direction unclear), or to a protest, whose recipient
    by default is the protesters' own state."""
    if etype not in OWN_COUNTRY_TYPES or not actors:
        return []
    if any(w.lemma_.lower() in _NO_RECIPIENT_LEMMAS for w in words):
        return []
    if any(r.kind == "igo" or not r.country for r in actors):
        return []
    countries = {r.country for r in actors}
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    if etype != "PROTEST":
        others = {r.country or r.code for r in index.at(list(sent)) if (r.country or r.code) != country}
        if others:
            return []
    first = actors[0]
    return [ActorRef(text=first.text, code=country, country=country, sector=None, start=None, end=None,
                     kind="country")]
