"""Where an event's clause happened: the tokens to look for its place in, and the place its clause
names when the predicate's own phrases name none."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Location
from ..syntax import says_where, time_clause
from .attribution import REPORTING
from .lexicon import Lexicon
from .modality import governors, occurring
from .places import DESIGNATING_NOUNS, PlaceResolver, designated_heads, entity_at, most_specific, path_up
from .roles import direct_objects, subjects
from .triggers import Candidate

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force: their victims' place is where they happened
# where an act goes, comes from or spreads: "pulled out of Jericho", "across Harare", "into southern Lebanon"
SPREAD_PREPS = frozenset({"across", "around", "throughout", "into", "out"})
# where it is sent or comes from: a town or region ("flew aid to Kathmandu"), not a country ("aid to Afghanistan")
# nor a capital standing for its government ("sending missiles to Moscow"), unless it is a visit
GOAL_PREPS = frozenset({"to", "towards", "toward"})
SOURCE_PREPS = frozenset({"from"})  # after the goal: "convoys from Mogadishu to the town of Baidoa" is Baidoa
# a town or region, never a country: "bombs on the town of Halabja" (not "sanctions on Iran"), "off the coast of
# Sabah" (not "450 miles off the coast of Kenya", at sea)
LANDING_PREPS = frozenset({"on", "onto", "off"})
_SPREAD = frozenset({"spread", "extend", "expand", "widen", "reach"})  # what a nominal act's verb spreads to
_MOVE_ON = frozenset({"converge", "march", "advance", "descend", "close", "move", "push"})
_NOT_OF_NOUNS = frozenset({"into", "to", "towards", "toward", "from"})  # motion the predicate makes, not its object
_OTHER_CLAUSES = {"xcomp", "ccomp", "advcl", "relcl", "conj", "parataxis", "pcomp"}  # not reduced relatives (acl)


def attack_means(v: Token, lex: Lexicon) -> list[Token]:
    """What did an attack when no one is named: "a roadside bomb killed", "killed by an explosive
    device", "killed in a car bomb explosion", "were killed when a car bomb exploded"."""
    found = [c for c in v.children if c.dep_ == "nsubj"]
    found += [p for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")
              for p in c.children if p.dep_ == "pobj"]
    found += [s for c in v.children if time_clause(c, ("when",)) for s in c.children if s.dep_ == "nsubj"]
    return [m for m in found if names_no_one(m, lex)]


def names_no_one(tok: Token, lex: Lexicon) -> bool:
    """"a roadside bomb", "gunmen", "armed men": a doer of force that names no one (not "a methane
    explosion at a coal mine", an accident)."""
    if any(t.lemma_.lower() in lex.accident_causes for t in tok.subtree):
        return False
    return tok.lemma_.lower() in lex.unnamed_attackers or (tok.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "acl") and c.lower_ in lex.unnamed_qualifiers for c in tok.children)) or (
        tok.pos_ == "NOUN" and any(  # "a car packed with explosives", "a truck laden with bombs"
            c.dep_ == "acl" and c.lemma_.lower() in _LOADED and any(
                t.lemma_.lower() in lex.unnamed_attackers for t in c.subtree) for c in tok.children))


_LOADED = frozenset({"pack", "load", "lade", "laden", "rig", "fill", "stuff"})


def place_anchors(cand: Candidate, lex: Lexicon) -> list[Token]:
    """Where to look for the event's place: the predicate, what it consumed, the verbs governing it,
    the means of an attack ("a bombing near Samarra killed"), the victims of force ("killed an
    official in Baghdad") and the as/when clause of force ("as he left a rally in Quito")."""
    head = cand.head
    anchors = [head, *cand.objects, *governors(head)[:2], *attack_means(head, lex), *occurrence_of(cand, lex)]
    if cand.event_type in FORCE_TYPES and not cand.nominal:
        anchors += direct_objects(head)
        # "shot dead the candidate as he left a campaign rally in Quito": the moment's own clause
        anchors += [c for c in head.children if time_clause(c)]
    return anchors


def occurrence_of(cand: Candidate, lex: Lexicon) -> list[Token]:
    """"a ceasefire ... appeared to be holding in Gaza on Friday", "talks ... were held in Nairobi": the verbs that
    tell an event noun happening (lexicon occurrence_verbs), whose place and date are the event's."""
    return occurring(cand.head, lex.occurrence_verbs) if cand.nominal else []


def clause_place(cand: Candidate, places: PlaceResolver) -> Location | None:
    """The place of the event's clause when its own phrases name none: "opened fire on a bus carrying
    pilgrims near Quetta, killing", "set fire to the town hall in Vlora", "a court in Minsk sentenced".
    Only when every place the clause names is in one country (the most specific is kept)."""
    v = cand.head
    if says_where(v):
        ent = entity_at(v.head)  # "fled to Moscow, where ..."
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
        stack += [c for c in tok.children if c.lower_ != "according" and (c.i in chain or _where_clause(c) or not (
            c.pos_ in ("VERB", "AUX") and c.dep_ in _OTHER_CLAUSES))]  # not the source's place ("according to
        # witnesses in Vilnius")
    found = [loc for loc in places.places_in(scope) if loc.country]
    if len({loc.country for loc in found}) != 1:
        return None
    return most_specific(found)


def event_place(cand: Candidate, places: PlaceResolver, anchors: list[Token]) -> Location | None:
    """Where the event happened: its own phrases' place (`anchors`, from `place_anchors`), else its clause's,
    else the city "the city" or "the capital" stands for."""
    return places.place_of(anchors) or clause_place(cand, places) or places.the_city(anchors)


def _where_clause(tok: Token) -> bool:
    """"a church where hundreds had taken refuge near Eldoret": a clause that says where a thing is."""
    return says_where(tok) and tok.head.pos_ == "NOUN" and tok.head.ent_type_ == ""  # not "eastern Zaire, where
    # ...": its events


def reach_place(cand: Candidate, places: PlaceResolver, refs: list, lex: Lexicon) -> Location | None:
    """The place an act reaches, leaves or spreads over when no "in/at/near" phrase names one: "flew to
    Beijing", "pulled out of Jericho", "deployed police across Harare", "dropped bombs on the town of
    Halabja", "stormed Bangkok's airport", "overran the enclave of Srebrenica", "A Moscow court sentenced".
    A name that stands for one of the event's parties (`refs`: "warned Seoul", "accusing Moscow") is no
    place, except where a visit goes."""
    head, visit = cand.head, cand.event_type == "CONSULT" and cand.mode == "visit"
    spans = [(r.start, r.end) for r in refs if r.start is not None and len(r.code) > 3]  # "Moscow" RUSGOV, not a town's SOM

    def free(locs: list[tuple[Location, int | None]], countries: bool, party_ok: bool = False) -> list[Location]:
        return [loc for loc, i in locs if loc.country and (countries or loc.precision != "country")
                and (visit or party_ok or i is None or not any(a <= head.doc[i].idx < b for a, b in spans))]

    # the predicate, the nouns it took in ("hold a nationwide strike across India") and the verbs coordinated
    # with it that share its subject ("looted shopping malls and torched warehouses across KwaZulu-Natal")
    heads = [head, *(o for o in cand.objects if o.pos_ in ("NOUN", "PROPN")),
             *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and not subjects(c))]
    found = free(_places_with_token(places, heads, SPREAD_PREPS, visit), True)
    found += free(_places_with_token(places, heads, GOAL_PREPS, visit), visit)
    found = found or free(_places_with_token(places, heads, SOURCE_PREPS, visit), visit)
    # "protesters converged on Quito", "rebels marched on the capital": a capital they move on is a place
    moving_on = head.lemma_.lower() in _MOVE_ON and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "could")
                                                          for c in head.children)  # not a march threatened
    found += free(_places_with_token(places, heads, LANDING_PREPS, visit), False, moving_on)
    if not found and cand.nominal and head.dep_ in ("nsubj", "nsubjpass"):
        found = [loc for loc in places.places_in([head.head]) if loc.country]  # "talks ... ended in Nairobi"
        if not found and head.head.lemma_.lower() in _SPREAD:  # "Demonstrations spread to the port of Batumi"
            found = [loc for loc in places.places_in([head.head], GOAL_PREPS | SPREAD_PREPS)
                     if loc.country and loc.precision != "country"]
    if not found and not cand.nominal:
        found = free(_object_places(head, places, lex), visit)
    if not found:
        found = [loc for loc in _court_places(head, places) if loc.precision == "city"]
    if not found:  # "Black pupils in Soweto stayed away from school": a town or region, not a country
        found = [loc for loc in places.places_in(subjects(head), {"in"}) if loc.country and loc.precision != "country"]
    return most_specific(found) if found else None  # the first of the most specific


def _places_with_token(places: PlaceResolver, heads: list[Token], preps: frozenset[str],
                       visit: bool) -> list[tuple[Location, int | None]]:
    """(place, index of the first token of its name) for each place in the heads' `preps` phrases (the
    first head is the predicate, the others nouns it took in), not in a clause or another phrase inside
    them ("on a plane bound for Tbilisi", "entered into a pact with North Korea"; "into Georgia's region
    of Abkhazia" is)."""
    out = []
    for head, prep in ((h, p) for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        if head != heads[0] and prep.lower_ in _NOT_OF_NOUNS and not visit:
            continue  # "opened an investigation into Google", "rejecting calls from Brussels": no motion
        locs = places.places_in([head], {prep.lower_})
        if not locs:
            continue
        phrase = head.doc[prep.left_edge.i:prep.right_edge.i + 1]
        text = phrase.text
        for loc in locs:
            tok = next((t for t in phrase if text.startswith(loc.name, t.idx - phrase.start_char)), None)
            if tok is not None and not any(a.pos_ in ("VERB", "AUX") or a.dep_ in ("acl", "relcl")
                                      or (a.dep_ == "prep" and a.lower_ != "of") for a in path_up(tok, prep)):
                out.append((loc, tok.i))
    return out


def _object_places(v: Token, places: PlaceResolver, lex: Lexicon) -> list[tuple[Location, int | None]]:
    """Places a verb acts on: its object named as a place, its object's place possessor ("Bangkok's
    airport"), or the place its object designates ("the enclave of Srebrenica"). The possessor of a
    place (`captured_places`) is a place whatever the actor layer made of it (index None); of anything
    else it may stand for a party ("turned down Seoul's offer")."""
    out = []
    for obj in direct_objects(v):
        designated = designated_heads(obj) if obj.lemma_.lower() in DESIGNATING_NOUNS else []
        if designated:
            out += [(loc, obj.i) for loc in places.named(obj)]
        for name in [obj, *[c for c in obj.children if c.dep_ == "poss"], *designated]:
            ent = entity_at(name)
            if ent is not None and ent.root == name and ent.label_ in ("GPE", "LOC", "FAC"):
                loc = places.resolve(ent.text, ent.label_, places.near(name), places.stated_country(ent),
                                     places.wider(name))
                if loc is not None:
                    owner = name.dep_ == "poss" and obj.lemma_.lower() in lex.captured_places
                    out.append((loc, None if owner else name.i))
    return out


def _court_places(v: Token, places: PlaceResolver) -> list[Location]:
    """The city a subject is named for: "A Moscow court", "Hong Kong police"."""
    out = []
    for subj in subjects(v):
        for mod in (c for c in subj.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")):
            ent = entity_at(mod)
            if ent is not None and ent.end <= subj.i:
                loc = places.resolve(ent.text, ent.label_, places.near(mod), wider=places.wider(mod))
                if loc is not None and loc.country:
                    out.append(loc)
    return out
