"""Recipients that no object or recipient preposition names.

- the place an act is done in: "lifted a night curfew in Montenegro", "strengthened its forces in
  Lebanon", "suspended aid deliveries in Baghdad" (PLOVER: the recipient is the entity to whom the
  event is directed; for force, restrictions and deployments that is the place's state);
- a state's own population: a government or its forces arresting, dispersing or firing on
  unnamed "demonstrators", "civilians", "students" act on unarmed domestic entities, which PLOVER's
  sector list codes CVL ("civilians, protesters, activists, and other unarmed domestic entities").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import ActorRef
from .attribution import REPORTING
from .entities import ents_in
from .mentions import MentionIndex
from .places import designated_heads, entity_at, is_name, is_water, proper_span
from .roles import STATE_SECTORS, with_conjuncts
from .triggers import named_as

PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONCEDE", "SANCTION", "THREATEN", "AID", "RETREAT"})
DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "SANCTION"})
_PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})


def place_recipients(holders: list[Token], index: MentionIndex, locate=None, from_places: bool = False) -> list[ActorRef]:
    """Countries named by an "in <place>" phrase of the predicate, of what it consumed, or of whom
    it is for ("contribute troops to a force in Liberia"); `locate` names the country of a place
    that is no actor ("in Tel Aviv", "in the occupied West Bank")."""
    out: list[ActorRef] = []
    holders = holders + [o for h in holders for o in h.children if o.dep_ in ("dobj", "obj")]
    holders = holders + [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj"]
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or not (c.lower_ in _PLACE_PREPS or (from_places and c.lower_ == "from")):
                continue
            for p in c.children:
                if p.dep_ == "pobj" and (c.lower_ != "from" or p.lemma_.lower() in _PLACE_NOUNS):
                    # "evacuated the wounded from the Bosnian town of Gorazde": aid to the place's state
                    for q in with_conjuncts(p):
                        refs = [r for r in index.in_phrase(q) if r.kind == "country" and r.country]
                        # a place is its country, not a capital's government ("targets in Tripoli": LBY)
                        refs = [replace(r, code=r.country, sector=None) if r.sector == "GOV" and r.text == q.doc[
                            q.left_edge.i:q.i + 1].text and q.ent_type_ in ("GPE", "LOC") else r for r in refs]
                        out += refs or (locate(q) if locate is not None else [])
    return out


# nouns that name a place by an "of" phrase or an apposition: "the town of Gorazde", "the capital Kabul"
_PLACE_NOUNS = frozenset({"town", "city", "village", "capital", "region", "province", "district", "state",
                          "area", "port", "enclave", "territory", "island", "strip", "camp"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place_names(q: Token) -> list:
    """Named places a noun phrase designates: its own entity, or that of its "of" phrase/apposition;
    a proper noun the parser left without a place label ("hit Kharkiv", "shelled Omdurman") as a
    (span, None) candidate for the gazetteer."""
    heads = [q]
    if q.lemma_.lower() in _PLACE_NOUNS:
        heads += designated_heads(q)
    if q.pos_ == "NOUN":  # "the Gaza school", "a Kharkiv hospital": a place the parser labels as one qualifies it;
        # a place noun's name, whatever the label ("the Jabaliya camp", sm: ORG)
        heads += [c for c in q.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and (c.ent_type_ in ("GPE", "LOC") or q.lemma_.lower() in _PLACE_NOUNS)]
    out = []
    for h in heads:
        ent = entity_at(h)
        if ent is not None and ent.label_ in _PLACE_LABELS:
            out.append((ent, ent.label_))
        elif h.pos_ == "PROPN" and (ent is None or ent.label_ in _UNSURE_LABELS):
            out.append((proper_span(h), None))
    return out


_UNSURE_LABELS = frozenset({"NORP", "ORG", "PERSON"})  # sm's guesses for towns it does not know


def locator(places, actors_resolver=None, when=None):
    """A function: noun -> the country of the place it names, as an ActorRef (none if unknown)."""
    def locate(q: Token) -> list[ActorRef]:
        for span, label in _place_names(q):
            if not is_name(span.text):
                continue
            iso = None
            if actors_resolver is not None and hasattr(actors_resolver, "country_of_region"):
                iso = actors_resolver.country_of_region(span.text, when)
            if iso is None and label is not None:
                loc = places.resolve(span.text, label, places.near(q), places.stated_country(span), places.wider(q))
                iso = loc.country if loc is not None else None
            elif iso is None:  # no place label: only a sizeable city of the gazetteer
                iso = places.gazetteer.sizeable_city(span.text, places.near(q))
            if iso:
                return [ActorRef(text=span.text, code=iso, country=iso, sector=None, start=span.start_char,
                                 end=span.end_char, kind="country")]
        return []
    return locate


def unnamed_place(heads: list[Token], index: MentionIndex) -> bool:
    """True when an object is a proper name that no actor or place resolves ("hit Zaporizhzhia"):
    someone's, but not known to be the actor's own."""
    return any(h.pos_ == "PROPN" and h.ent_type_ in _PLACE_OR_UNKNOWN and not index.in_phrase(h) for h in heads)


_PLACE_OR_UNKNOWN = frozenset({"", "GPE", "LOC", "FAC", "NORP", "ORG"})  # not "on Sunday", "in April"


def domestic_recipients(objects: list[Token], actors: list[ActorRef], index: MentionIndex,
                        population: frozenset[str], scene: str | None = None) -> list[ActorRef]:
    """Unnamed population objects of one state's own actors: that state's civilians, or those of
    the state where the act happened when that is another ("killed 40 people ... in Gaza": PSE)."""
    states = {r.country for r in actors if r.kind in ("country", "person") and (r.sector in STATE_SECTORS or (
        r.sector is None and scene is not None))}  # "Pakistani air strikes killed 46 people in Paktika": the state
    if len(states) != 1 or any(r.kind == "igo" for r in actors):
        return []
    country = scene or next(iter(states))
    if scene is None and objects and set(index.states_in(objects[0].sent)) - {country}:
        return []  # "Russian troops moved into the Ukrainian town, killing 12 civilians": whose civilians is unsure
    out = []
    # "prevented the demonstration staged by students": the demonstration's agents
    objects = objects + [p for o in objects for a in o.children if a.dep_ == "acl"
                         for ag in a.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
    for o in objects:
        named = index.in_phrase(o)
        # "the police killing of Alexandros Grigoropoulos": a person the actor layer does not know is one of them
        if o.lemma_.lower() not in population and not (o.ent_type_ == "PERSON" and not named):
            continue
        if named:  # "Moslem demonstrators" placed by the actor layer: whom it names
            out += [r for r in named if r.country]
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
# a resignation or an offer to resign is directed at no one ("offered to resign", "stepped down"), nor is remorse
_NO_RECIPIENT_LEMMAS = frozenset({"resign", "resignation", "quit", "abdicate", "retire", "regret", "remorse"})
# acts that answer someone else's act: never aimed at the actor's own country
_AT_OTHERS = frozenset({"revenge", "retaliate", "retaliation", "avenge", "vengeance", "reprisal", "punish",
                        "punishment", "respond", "response", "counterattack", "counter-attack"})
# objects that name other parties without naming them ("both sides", "its allies")
_OTHER_PARTIES = frozenset({"side", "party", "ally", "neighbour", "neighbor", "partner", "rival", "enemy", "foe",
                            "counterpart", "country", "nation", "adversary", "belligerent",
                            "us", "me", "you"})  # "the Israelis warned us to leave": the speaker's side


def _asides(sent, borders: frozenset[str]) -> set[int]:
    """Tokens that name no party to the sentence's acts: the source it is reported by ("..., Thai
    police said") and borders, which are places ("on the Thai border", "Macedonia's border with
    Bulgaria")."""
    out: set[int] = set()
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in REPORTING and t.head.dep_ == "ROOT" \
                and any(c.dep_ in ("ccomp", "parataxis") for c in t.head.children):
            out.update(x.i for x in t.subtree)
        if t.lemma_.lower() in borders and t.pos_ == "NOUN":
            out.update(x.i for x in t.subtree)
    return out


_ANAPHORIC_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "COERCE", "REJECT", "REQUEST"})
_ANAPHORIC_DETS = frozenset({"the", "this", "these", "those", "such", "its", "their"})


def _anaphoric(o: Token) -> bool:
    """A bare definite object that points back into the text: "the exercises", "its campaign"."""
    if o.pos_ not in ("NOUN", "PROPN"):
        return False
    det = any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC_DETS for c in o.children)
    told = any(c.dep_ in ("prep", "acl", "relcl", "appos") and not _naming_clause(c) for c in o.children)
    return det and not told


def _naming_clause(c: Token) -> bool:
    """"the killings, which it called ethnic cleansing": a clause that names the thing, and tells no more of it."""
    if c.dep_ != "relcl" or not any(g.dep_ in ("dobj", "obj") and g.lower_ in ("which", "that") for g in c.children):
        return False
    name = named_as(c)
    return name is not None and name.pos_ == "NOUN"


# envoys are another state's ("summoned the ambassadors"); what was said is someone's, not known to be
# the actor's own population's ("rejected the accusations"); a call or demand is left to the default: the
# calls a government rejects are mostly its own opposition's ("rejected calls for a transitional government")
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "attache", "attaché", "consul", "chargé",
                     "charge", "legate", "delegation"})
_SAID_THINGS = frozenset({"accusation", "allegation", "claim", "proposal", "charge", "suggestion", "assertion",
                          "criticism", "statement", "remark", "comment", "report", "proposition", "ultimatum",
                          "condemnation", "complaint", "insinuation"})
_FOREIGN_ADJ = frozenset({"foreign", "overseas", "international", "western", "european", "arab", "african", "asian",
                          "latin", "nordic", "baltic", "gulf", "allied", "visiting", "expatriate", "alien"})
# "calls for a transitional government": what is called for is no one a rejection of the call is aimed at
CALL_NOUNS = frozenset({"call", "demand", "appeal", "plea", "request", "push", "pressure", "clamour", "clamor"})
# armed or seafaring persons: on them a state's force is not known to act at home ("injured sailor")
SERVICE_PERSONS = frozenset({"sailor", "seaman", "soldier", "serviceman", "servicemen", "trooper", "marine", "crew",
                             "crewman", "crewmember", "fisherman", "fishermen", "guardsman"})


def _not_at_home(o: Token, index: MentionIndex) -> bool:
    """An object that is no one of the actor's own country: an envoy, a foreign-qualified noun, a thing said."""
    lemma = o.lemma_.lower()
    if lemma in _ENVOYS or lemma in _SAID_THINGS:
        return True
    for c in o.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i not in index.by_token and (
                c.lower_ in _FOREIGN_ADJ or (c.text[:1].isupper() and (c.pos_ == "ADJ" or c.ent_type_ == "NORP"))):
            return True  # "three European ambassadors", "foreign journalists", "Western diplomats"
    return False


_COUP = frozenset({"coup", "putsch", "power", "overthrow", "takeover"})


def _seizes_government(words: list[Token], objects: list[Token]) -> bool:
    """A seizure of power or a coup ("seized power in a coup", "staged a coup"): aimed at the government."""
    near = [*words, *objects] + [p for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "through")
                                 for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in _COUP for t in near)


def own_country(etype: str, actors: list[ActorRef], words: list[Token], sent, index: MentionIndex,
                objects: list[Token] = (), consumed: list[Token] = (), named: bool = False,
                locate=None, borders: frozenset[str] = frozenset(),
                homes: frozenset[str] = frozenset()) -> list[ActorRef]:
    """The actors' one country as the recipient of a domestic act, when nothing names another.

    Applies when every codable mention in the sentence is of that one country (no IGO, no other
    state: a second country makes the act's direction unclear), or to a protest, whose recipient
    by default is the protesters' own state."""
    if etype not in OWN_COUNTRY_TYPES or not actors:
        return []
    if any(w.lemma_.lower() in _NO_RECIPIENT_LEMMAS for w in words):
        return []
    if any(w.lemma_.lower() in _AT_OTHERS for w in words):
        return []  # "vowed revenge for the killing of its general": at whoever did it, not at home
    if named:
        return []
    if any(o.lemma_.lower() in _OTHER_PARTIES or o.lower_ in _OTHER_PARTIES for o in objects):
        return []  # "pressing both sides", "urged its allies": others, unnamed
    if etype in _ANAPHORIC_TYPES and any(_anaphoric(o) for o in [*objects, *consumed]):
        return []  # "condemned the exercises", "would resume its campaign": aimed at whom the context names
    if any(_not_at_home(o, index) for o in [*objects, *consumed]):
        return []  # "summoned three European ambassadors", "rejected the accusations", "rejected calls for ..."
    if any(r.kind == "igo" or not r.country for r in actors):
        return []
    countries = {r.country for r in actors}
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    if etype != "PROTEST" and not _seizes_government(words, [*objects, *consumed]):  # a coup is at home
        # "Manila says Chinese coast guard seized rifles, injured sailor": whose sailor, the source tells
        armed = any(o.lemma_.lower() in SERVICE_PERSONS for o in [*objects, *consumed])
        aside = set() if armed else _asides(sent, borders)
        others = {r.country or r.code for r in index.at([t for t in sent if t.i not in aside])
                  if (r.country or r.code) != country}
        if locate is not None:  # a place of another state ("Israel's strikes on Gaza killed 30")
            others |= {r.country for t in sent if t.pos_ == "PROPN" and t.i not in aside and t.i not in index.by_token
                       and t.dep_ != "compound" for r in locate(t) if r.country != country}
        if others or any(is_water(ent.text.removeprefix("the ")) for ent in ents_in(sent) if ent.label_ == "LOC"
                         and ent.root.dep_ == "pobj"):  # (not "the Black Sea city of Sukhumi")
            return []  # (at sea: "pirates carried out 100 attacks in the Gulf of Aden" were at no one's home)
    # whom at home: a state's own act is on its population (PLOVER CVL, as for "police dispersed
    # demonstrators"); a non-state actor's protest, strike or rejection is aimed at its government
    sectors = {r.sector for r in actors}
    sector = None
    if _seizes_government(words, [*objects, *consumed]):
        sector = "GOV"  # "the junta, which seized power in a coup": the government it took power from
    elif sectors and sectors <= STATE_SECTORS or (etype == "ASSAULT" and any(
            o.lemma_.lower() in homes for o in [*objects, *consumed])):
        sector = "CVL"  # (an attack on homes, villages, churches or on people: on the people, whoever makes it)
    elif sectors and None not in sectors:
        sector = "GOV"
    # inferred, not read: no offsets, and a marked text rather than the actor's own words, which would pass
    # for the evidence of a recipient that the sentence never names
    return [ActorRef.implied(country, sector)]


# ---- whom a threat or a reaction is aimed at ---------------------------------------------------
_CONDITION_MARKS = frozenset({"if", "unless"})
_RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reprisal", "answer"})


def threatened_heads(v: Token, objects: list[Token], conditions_only: bool = False) -> list[Token]:
    """Whom a threat names by a clause: the subject of the warned consequence ("warned that
    Pyongyang will pay a price") or of its condition ("will block the bid unless Stockholm cracks
    down", "if the United States goes ahead")."""
    verbs = [v, *(o for o in objects if o.pos_ in ("VERB", "AUX"))]
    out = []
    for x in verbs:
        for c in x.children:
            cond = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
            warned = c.dep_ == "ccomp" and x == v and c in objects and not conditions_only
            if cond or warned:
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return [h for s in out for h in with_conjuncts(s)]


def response_heads(heads: list[Token]) -> list[Token]:
    """What an act answers: "in response to the US naval deployment", "in retaliation for X"."""
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in _RESPONSE_NOUNS:
                    out += [q for pp in p.children if pp.dep_ == "prep" and pp.lower_ in ("to", "for")
                            for q in pp.children if q.dep_ == "pobj"]
    return out


def pronoun_owner(heads: list[Token], index: MentionIndex, referents: list[ActorRef]) -> list[ActorRef]:
    """The referent of a possessive pronoun in a recipient phrase ("a strike on its embassy compound,
    Tehran said"): the nearest enclosing subject's actor."""
    from .mentions import PRONOUNS
    if not referents:
        return []
    for h in heads:
        if any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in h.children) and not index.in_phrase(h):
            return list(referents)
    return []
