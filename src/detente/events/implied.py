"""Doers the text leaves unnamed, coded by place as event datasets do (EventConfig.implied_actors):
an attack whose doer names no one is the place's unidentified armed forces (UAF), a legal act in the
passive with no agent the place's police or courts, protests that break out or spread, or that "people" or
"residents" hold, the place's people. Such an actor, and a victim inferred with it, carries the text `[implied]` and no offsets."""
from __future__ import annotations

from ..records import ActorRef
from .lexicon import Lexicon
from .modality import modality_of
from .places import PlaceResolver, most_specific
from .roles import agent, came_under, subject
from .scene import attack_means, clause_place, event_place, names_no_one, place_anchors
from .triggers import Candidate, condemned_attack, named_on, of_objects


def unnamed_authority(cand: Candidate, lex: Lexicon, places: PlaceResolver, reporter: str | None = None) -> list[ActorRef]:
    """"A US national has been put under investigation in Italy", "two Britons were arrested in Dubai": a
    legal act in the passive with no agent is done by the state where it happened (lexicon
    implied_authorities gives the sector); with no place, by the state whose government reports it
    ("Georgia's interior ministry said 293 people had been detained": reporter GEO)."""
    v = cand.head
    if cand.nominal or not any(c.dep_ == "auxpass" for c in v.children) or agent(v) is not None:
        return []
    sector = next((lex.implied_authorities[w.lemma_.lower()] for w in cand.words
                   if w.lemma_.lower() in lex.implied_authorities), None)
    place = event_place(cand, places, place_anchors(cand, lex)) if sector else None
    country = place.country if place is not None and place.country else reporter if sector else None
    if not country:
        return []
    return [ActorRef.implied(country, sector)]


def unnamed_attacker(cand: Candidate, recipients: list[ActorRef], lex: Lexicon, places: PlaceResolver):
    """"A roadside bomb near Samarra killed a US soldier", "were killed by an explosive device outside
    Basra", "gunmen killed five policemen in Baghdad": a realized attack whose doer names no one is
    coded to the unidentified armed forces (UAF) of the country where it happened; with no named
    victim, the attack is on that country. Returns (actors, recipients)."""
    v = cand.head
    if cand.nominal and v.dep_ == "pobj" and v.head.lower_ == "in" and v.head.head in cand.words:
        v = v.head.head  # "was killed in a gun and suicide bomb attack": the passive verb the noun is the means of
    elif cand.event_type == "ASSAULT" and cand.nominal and condemned_attack(v) and not named_on(v) \
            and lex.verb_type(v.head.lemma_.lower()) == "ACCUSE":
        # "condemned the deadly assault on the American consulate in Benghazi": done, by no one named
        place = event_place(cand, places, place_anchors(cand, lex))
        if place is None or not place.country or modality_of(v.head, lex.control) != "asserted":
            return [], recipients
        return _unidentified(place.country, recipients)
    if cand.event_type != "ASSAULT" or v.pos_ != "VERB" or modality_of(v, lex.control) not in ("asserted", "hedged"):
        return [], recipients  # done, or believed done ("gunmen are believed to have killed"); not a plan
    subj, passive = subject(v, lex)
    means = attack_means(v, lex)
    if subj is not None and not passive and names_no_one(subj, lex):
        means.append(subj)  # "a car bomb exploded ..., killing seven policemen": the gerund's controller
    if passive and not means and (v.lemma_.lower() in lex.deliberate_force or came_under(v) is not None) \
            and agent(v) is None:
        means.append(v)  # "was shot dead at Niamey airport", "came under fire near Blat": no accident does this
    if passive and not means and subj is not None and subj.lemma_.lower() in lex.weapons_force and agent(v) is None:
        means.append(subj)  # "a grenade was thrown at the president": the weapon, thrown by no one named
    if not means or (not passive and subj not in means):
        return [], recipients  # not a bare "were killed" (an accident? a quake?), not "they killed"
    place = event_place(cand, places, place_anchors(cand, lex))
    if place is None or not place.country:
        return [], recipients  # never a guess: no place (or two), no attacker
    return _unidentified(place.country, recipients)


def _unidentified(iso: str, recipients: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """The unidentified armed forces (UAF) of a country as the attacker; with no named victim, the country."""
    attacker = ActorRef.implied(iso, "UAF")
    if not recipients:
        recipients = [ActorRef.implied(iso)]
    return [attacker], recipients


def _people_marching(cand: Candidate, lex: Lexicon, places: PlaceResolver) -> tuple[list[ActorRef], list[ActorRef]]:
    """"Thousands of people rallied in Cairo", "residents marched through Bamako": the public (lexicon public)
    protesting is that of the place it does so in (none named: no one)."""
    subj, passive = subject(cand.head, lex)
    if subj is None or passive:
        return [], []
    if subj.lower_ in lex.crowd or subj.pos_ == "NUM":
        subj = next(iter(of_objects(subj)), subj)  # "thousands of people"
    if subj.lemma_.lower() not in lex.public:
        return [], []
    place = places.place_of([cand.head]) or clause_place(cand, places)
    if place is None or not place.country:
        return [], []
    return _people_against_government(place.country)


def _people_against_government(iso: str) -> tuple[list[ActorRef], list[ActorRef]]:
    """The implied actors of a protest by a country's people: its CVL, aimed at its GOV."""
    return [ActorRef.implied(iso, "CVL")], [ActorRef.implied(iso, "GOV")]


def unnamed_crowd(cand: Candidate, lex: Lexicon, places: PlaceResolver) -> tuple[list[ActorRef], list[ActorRef]]:
    """"Protests broke out in Tehran", "demonstrations spread to the port of Batumi": protests that happen
    (the subject of an occurrence verb) with no one named are the people's (CVL) of the place they happen
    in, else of the document's scene, else (where no place is named) of the one country their sentence
    names, aimed at their government; a public that protests ("thousands of people rallied in Cairo") is its
    place's people. Returns (actors, recipients)."""
    n = cand.head
    if cand.event_type == "PROTEST" and not cand.nominal and (n.lemma_.lower() in lex.public_protest_verbs
                                                               or cand.mode in ("demo", "riot")
                                                               and n.lemma_.lower() not in lex.crowd_verbs):
        # ("took to the streets", "hurled stones"; people who only gathered may celebrate)
        return _people_marching(cand, lex, places)
    if cand.event_type != "PROTEST" or not cand.nominal or n.dep_ != "nsubj" \
            or n.head.lemma_.lower() not in lex.occurrence_verbs:
        return [], []
    spread = places.places_in([n.head], {"to", "across", "throughout"})
    reached = [loc for loc in spread if loc.country]
    place = places.place_of([n, n.head]) or (most_specific(reached) if reached else None)
    iso = place.country if place is not None and place.country else places.document_scene(n.doc)
    if not iso and place is None and not spread and len(near := places.near(n)) == 1:
        iso = next(iter(near))  # "Protests over a death in the custody of Iran's morality police spread to 10 cities"
    if not iso:
        return [], []
    return _people_against_government(iso)
