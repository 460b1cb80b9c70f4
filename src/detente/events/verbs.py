"""A verb's event candidate: the lexicon's trigger, the constructions that replace it, the tests
that drop it and the retypes that follow, each a small named rule applied in the order listed."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..syntax import acronym, to_infinitive
from .clauses import crowd_subject
from .lexicon import Lexicon
from .modality import refused_to
from .roles import came_under, direct_objects, prep_objects, reflexive, subject
from .triggers import (Candidate, armed_take, feigned, attempted, by_hazard, by_hazard_named, by_phone, force_granted, forced_down,
                       handover_of_person, military_strike, names_put_to, people_expelled, through_containers,
                       hacker_act, helper_arrival, joint_exercise, let_in, listed_as_terrorist, walked_free, no_one_helped, people_permitted, of_objects, opened_to_people, particle, personnel_leave,
                       people_sent_back, people_driven_out, people_let_go, forces_sent, forceful_response, police_act, reproach_naming, blame_laid, breach_ruled, responsibility_admitted, declared_unwelcome, captured_people, accepted_ask,
                       noun_trigger, rescuers_at_work, retaliation_verb, riot, said_no, strikers_act, troops_move, troops_recalled, verb_trigger, weapon_hit, barred_entry)


def verb_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """The event tok's verb names, if any ("disputed islands": none)."""
    cand = _construction(tok, _lexicon_entry(tok, lex), lex)
    if cand is None or any(no_act(tok, cand, lex) for no_act in _NO_ACT):
        return None
    for retype in _RETYPES:
        cand = retype(cand, lex)
    return cand


# ---- the lexicon's trigger -----------------------------------------------------------------
def _lexicon_entry(tok: Token, lex: Lexicon) -> Candidate | None:
    """The lexicon's verb trigger, less participles used as adjectives and flights that are no visit."""
    cand = verb_trigger(tok, lex)
    if cand is None or _participle_adjective(tok, cand):
        return None
    if cand.mode == "visit" and (_troops_arrive(tok, lex) or _away(tok) or _carried(tok)) or _into_exile(tok):
        return None  # troops arriving or a leader flying out are no visit; "flew into exile" is no act between states
    if (cand.event_type == "MOBILIZE" and tok.lemma_.lower() == "fly" and not cand.objects
            and not any(c.dep_ in ("dobj", "obj") for c in tok.children) and not _troops_arrive(tok, lex)):
        # "Putin flew to Hanoi": a visit, not a deployment; "flew out by helicopter", "Cessnas flown by pilots": neither
        return None if _away(tok) or _carried(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN" \
            else Candidate(tok, "CONSULT", "visit", [tok])
    return cand


def _participle_adjective(tok: Token, cand: Candidate) -> bool:
    """"(to) internationally recognised borders", "disputed islands", "men armed with knives": an adjective, no act."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() == "arm" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True   # "gang members armed with automatic rifles": how they are armed, not an arming
    return (not cand.objects and tok.tag_ == "VBN"
            and (tok.dep_ == "amod" or to_infinitive(tok))
            and not any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in tok.children))


def _troops_arrive(v: Token, lex: Lexicon) -> bool:
    """"Peacekeeping troops arrived in Bosnia" is a deployment, not a visit; "our reporter arrived at the
    camp" is neither."""
    subj, _ = subject(v, lex)
    if subj is not None and subj.lower_ in ("he", "she") and v.dep_ == "ccomp":
        subj = subject(v.head, lex)[0] or subj   # "our reporter says he arrived": the reporter
    # ("Black Hawk and Huey helicopters arrived": the kind may stand on a conjunct)
    return subj is not None and any(s.lemma_.lower() in lex.not_visitors or s.lemma_.lower() in lex.press
                                    for s in [subj, *subj.conjuncts])


def _into_exile(v: Token) -> bool:
    """"flew into exile in Nigeria": a flight, no visit."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() == "exile" for p in c.children)
               for c in v.children)


def _carried(v: Token) -> bool:
    """"was granted asylum by Brazil and flown to Brasilia": a passive flight (or one joined to a passive) carries its
    subject somewhere, no visit of theirs."""
    return v.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in v.children) or v.dep_ == "conj" and any(
        c.dep_ == "auxpass" for c in v.head.children))


def _away(v: Token) -> bool:
    """"flew out by military helicopter", "flew home": leaving or going back, no visit."""
    return any(c.dep_ in ("prt", "advmod", "npadvmod", "dobj") and c.i == v.i + 1
               and c.lower_ in ("out", "away", "off", "home", "back") for c in v.children)


# ---- constructions that replace it ---------------------------------------------------------
def _construction(tok: Token, cand: Candidate | None, lex: Lexicon) -> Candidate | None:
    """Who does it changes what it is: "thousands gathered", "protesters attacked", "instructors
    arrived", "spoke with Xi by phone"."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.crowd_verbs and (
            crowd_subject(tok, lex.crowd) or tok.lemma_.lower() in lex.public_protest_verbs and _on_site(tok)):
        cand = Candidate(tok, "PROTEST", "demo", [tok])  # a street protest
    if cand is not None and cand.event_type == "ASSAULT" and any(o.lemma_.lower() == "death" for o in cand.objects):
        return cand  # "a mob ..., burning at least 30 to death": a killing, whoever does it
    cand = riot(tok, lex) or rescuers_at_work(tok, lex) or helper_arrival(tok, lex) or troops_move(tok, lex) or personnel_leave(tok, lex) \
        or police_act(tok, lex) or hacker_act(tok, lex) or _came_under_fire(tok) \
        or (None if cand is not None and cand.event_type == "ASSAULT" and cand.objects else weapon_hit(tok, lex)) \
        or armed_take(tok, lex) \
        or let_in(tok, lex) or people_permitted(tok, lex) or forced_down(tok, lex) or said_no(tok) or troops_recalled(tok, lex) or barred_entry(tok, lex) or reproach_naming(tok, lex) or blame_laid(tok, lex) \
        or breach_ruled(tok, lex) or responsibility_admitted(tok, lex) or force_granted(tok, lex) \
        or names_put_to(tok, lex) or people_sent_back(tok, lex) or people_driven_out(tok, lex) or people_let_go(tok, lex) or _answered_with_force(tok, lex) \
        or declared_unwelcome(tok) or captured_people(tok, lex) or accepted_ask(tok, lex) or listed_as_terrorist(tok, lex) or walked_free(tok, lex) or cand \
        or forces_sent(tok, lex) or forceful_response(tok, lex)
    if cand is None or (cand.event_type == "CONSULT" and cand.mode is None):
        cand = by_phone(tok, lex) or cand
    return military_strike(cand, lex) or people_expelled(cand, lex) or _cyber_unless_done_to(tok, cand, lex) or cand


def _cyber_unless_done_to(tok: Token, cand: Candidate | None, lex: Lexicon) -> Candidate | None:
    """"denied hacking Sony Pictures", "Moscow's hacking of the election": an assault verb of lexicon objectless_cyber
    done to no people (no common-noun object, no "to death", "off", "with") is a cyber act ("hacked villagers",
    "hacked and shot to death 25 refugees", sharing its conjunct's object, stay assaults)."""
    if cand is None or cand.event_type != "ASSAULT" or tok.lemma_.lower() not in lex.objectless_cyber:
        return None
    done_to = any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN" or c.dep_ in ("prt", "conj")
                  or c.dep_ == "prep" and c.lower_ in ("with", "to", "off", "at") for c in tok.children)
    if done_to or tok.dep_ == "conj" or any(o.pos_ == "NOUN" for o in cand.objects):
        return None
    return Candidate(tok, "COERCE", "cyber", [tok])


def _came_under_fire(tok: Token) -> Candidate | None:
    """"Spanish peacekeepers came under fire near Blat": an attack on the subject (`roles.came_under`)."""
    force = came_under(tok)
    return None if force is None else Candidate(tok, "ASSAULT", None, [tok, force], [force])


_SITES = frozenset({"outside", "through"})


def _on_site(v: Token) -> bool:
    """"nationalists protested outside parliament", "marched through the capital", "rallied in front of the
    embassy": done at a place outside, a street protest whoever does it."""
    return any(c.dep_ == "prep" and (c.lower_ in _SITES or c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lower_ == "front" for p in c.children))
        or c.dep_ in ("dobj", "npadvmod") and any(a.lower_ == "outside" for a in c.children)  # (sm: "outside" an
        for c in v.children)                                                                  # adjective of the place)


def _answered_with_force(tok: Token, lex: Lexicon) -> Candidate | None:
    """"the Jewish state hit back with air strikes", "responded with artillery fire": a retort (lexicon
    retaliation_verbs) whose means is an attack, coercion or a sanction is that act, not words."""
    if tok.pos_ != "VERB" or not retaliation_verb(tok, lex):
        return None
    prt = particle(tok, lex)
    for w in prep_objects(tok, {"with"}):
        hit = noun_trigger(w, lex)
        if hit is not None and hit[0][0] in ("ASSAULT", "COERCE", "SANCTION"):
            (etype, mode), words = hit
            return Candidate(tok, etype, mode, sorted({tok, *([prt] if prt is not None else []), *words}, key=lambda t: t.i), [w])
    return None


# ---- tests that drop it (tok, candidate, lexicon) -> bool ----------------------------------
def _hazard_did_it(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"struck by an earthquake": no actor."""
    return by_hazard(tok, lex)


def _accident(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"A bus crashed in Turkey, killing 20": deaths that follow a vehicle's accident are no attack (a hijacked
    plane's are, and a gunman's who "crashed the office party, killing two")."""
    if cand.event_type != "ASSAULT" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    head = tok.head
    prt = particle(head, lex)
    lemma = head.lemma_.lower()
    if lemma not in lex.accidents and (prt is None or f"{lemma} {prt.lower_}" not in lex.accidents):
        return False
    subjects = [s for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for s in (c, *c.conjuncts)]
    return any(s.lemma_.lower() in lex.vehicles for s in subjects) and not any(
        a.lower_ == "hijacked" for s in subjects for a in s.subtree)


def _done_to(tok: Token, participle_only: bool) -> list[Token]:
    """What the verb is done to: its object or passive subject, and the noun a relative clause or
    participle of it describes ("the basin, shared by Cambodia"; with participle_only, only a past
    participle's: "the bill signed by Obama")."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl") and (tok.tag_ == "VBN" or not participle_only):
        things.append(tok.head)
    return things


def _shared_fact(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"the basin, shared by Cambodia and Laos", "share a border": a fact, no cooperation."""
    return tok.lemma_.lower() == "share" and any(t.lemma_.lower() in lex.unshared
                                                 for t in _done_to(tok, participle_only=False))


def _crops_destroyed(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"police destroyed 1,200 hectares of marijuana plantations", "drug laboratories": no attack (not "killed 13 drug
    dealers": what is destroyed is the object's head or what it is a quantity of)."""
    return cand.event_type == "ASSAULT" and any(
        t.lemma_.lower() in lex.uprooted for o in cand.objects or direct_objects(tok) for t in [o, *of_objects(o)])


def _natural_emergency(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """PLOVER: an emergency declared over a drought or a flood is no coercion."""
    return cand.mode == "martial-law" and by_hazard_named(cand, lex)


def _an_aim(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"in a bid to force the prime minister to resign": an aim, no act."""
    return attempted(tok, lex)


def _no_one_helped(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"helped celebrate the anniversary", "helping drive the euro down"."""
    return no_one_helped(cand)


def _forces_in_support(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"troops moved into Khan Younis, supported by artillery strikes": fire support, no political SUPPORT."""
    return cand.event_type == "SUPPORT" and any(
        p.lemma_.lower() in lex.weapons_force or p.lemma_.lower() in lex.troops
        for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")


def _flown_not_forces(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"flew diplomats out of Kabul", "flew them home": flying people who are no forces is no deployment."""
    if cand.event_type != "MOBILIZE" or cand.objects or tok.lemma_.lower() not in ("fly", "airlift"):
        return False
    flown = [o for c in tok.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    return bool(flown) and not any(o.lemma_.lower() in lex.troops or o.lemma_.lower() in lex.weapons_force
                                   or o.lemma_.lower() in lex.warships for o in flown)


def _what_help_is_for(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"sent troops to help defend Taiwan": what the help is for is the sending's aim, no act of its own."""
    h = tok.head
    return tok.dep_ == "xcomp" and h.lemma_.lower() in ("help", "assist") and h.dep_ in ("advcl", "xcomp") \
        and to_infinitive(h)


_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _sport(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"Germany demolished hosts Brazil 7-1 to reach the World Cup final", "crushed Wydad 3-0": a game; so is what a
    player or an umpire does ("the Brazilian striker demanded a transfer"), and a host
    or a visit in a sentence with a score and a sport word ("hosted Argentina ... and beat their old rivals 3-1 in a
    World Cup qualifier")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in lex.players:  # "the Brazilian striker demanded a transfer"
        return True
    if subj is not None and subj.lemma_.lower() in lex.markets and cand.event_type == "PROTEST":
        return True  # "Hong Kong stocks staged a record rally": a market's rally
    if cand.event_type == "CONSULT":  # a score and a sport word: "voted 16-3 to send a delegation" is no game
        return bool(_SCORE.search(tok.sent.text)) and _sport_word(tok.sent, lex)
    if cand.event_type not in ("ASSAULT", "COERCE") or cand.mode == "arrest":
        return False  # "police arrested fans after the match", "jailed 52 for playing in a football tournament"
    return sport_sentence(tok, lex, tok.subtree)


def sport_sentence(tok: Token, lex: Lexicon, words=None) -> bool:
    """A score or a sport word in the words (default: tok's sentence): "Australia's pace attack ... by 384 runs"."""
    return bool(_SCORE.search(tok.sent.text)) or _sport_word(tok.sent if words is None else words, lex)


def _fired_in_celebration(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"Taliban fighters fired into the air in celebration": shots that celebrate hit no one (fired into the air to
    disperse a crowd stays force)."""
    return cand.event_type == "ASSAULT" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lower_ == "air" for p in c.children) for c in tok.children) \
        and any(t.lemma_.lower() in lex.celebrations for t in tok.subtree)


def _left_a_place(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"a soldier walked out of his base", "walked out of a Buddhist temple where he had hidden": a place left, no
    walkout (one walks out of talks, a session or a job: lexicon walkout_from)."""
    if cand.event_type != "PROTEST" or tok.lemma_.lower() != "walk":
        return False
    left = [p for c in tok.children if c.dep_ in ("prep", "prt") for o in [c, *c.children]
            if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
    return bool(left) and not any(p.lemma_.lower() in lex.walkout_from for p in left)


def _opposed_to(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"demonstrators opposed to a finance bill broke into parliament": who they are, no rejection (sm may make
    "opposed" the verb; one opposes something, "opposed to" is a stance)."""
    return tok.lemma_.lower() == "oppose" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _sport_word(words, lex: Lexicon) -> bool:
    return any(t.lemma_.lower() in lex.sport and t.pos_ in ("NOUN", "PROPN") for t in words)


def _not_ruled_out(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"has not ruled out resuming aid": a possibility left open, no refusal (the act stays hypothetical); "ruled
    himself out of the election": a candidacy given up, no refusal of anyone's."""
    return (cand.event_type == "REJECT" and tok.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in tok.children)
            and (any(c.dep_ == "neg" for c in tok.children) or refused_to(tok, lex.control)
                 or any(c.dep_ in ("dobj", "obj") and reflexive(c) for c in tok.children)))


def _objectless(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"Palestinians sheltering in a UN school", "sheltering themselves from the violence": no one
    sheltered, no aid ("sheltered refugees" stays)."""
    if cand.objects or tok.lemma_.lower() not in lex.needs_object:
        return False
    return not any(c.dep_ in ("dobj", "obj", "nsubjpass", "agent", "dative") and not reflexive(c)
                   for c in tok.children)


def _void_object(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"signed an executive order", "the bill signed by Obama", "pulled out a revolver", "drilling for oil":
    what the bare verb is done to, or for, makes it no event (a phrase of the lexicon, such as "sign
    treaty", came first)."""
    if cand.objects:
        return False
    prt = particle(tok, lex)
    lemma = tok.lemma_.lower()
    void = lex.void_objects.get(f"{lemma} {prt.lower_}" if prt is not None else lemma)
    sought = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on")
              for p in c.children if p.dep_ == "pobj"]  # (and "agreed to a takeover", "agreed on a merger")
    done_to = _done_to(tok, participle_only=True)
    done_to += [p for t in done_to for p in of_objects(t)]  # "thousands of residents"
    return bool(void) and any((t.lemma_.lower() in void and not _named_owner(t, lex)) or any(
        c.dep_ == "compound" and c.lemma_.lower() in void for c in t.children) for t in done_to + sought)


def _named_owner(t: Token, lex: Lexicon) -> bool:
    """"hit 36 Houthi targets", "Kurdish targets": such a noun (lexicon owned_objects) that a name or a people
    qualifies is meant literally ("hit its inflation target" stays an idiom)."""
    return t.lemma_.lower() in lex.owned_objects and any(c.dep_ in ("compound", "amod") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in t.children)


def _talked_of(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"Kiir talked of Sudan's pending invasion": one speaker talking about something, with no one to
    talk with, is no consultation ("the two leaders talked about trade" is)."""
    if tok.lemma_.lower() != "talk" or cand.objects:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if not preps & {"of", "about"} or preps & {"with", "to"}:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and not subj.conjuncts and subj.tag_ in ("NN", "NNP")


def _hosted_by(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"at a ceremony hosted by President Trump", "at a ceremony attended by President Cristiani": who hosts or
    attends a ceremony is a detail of it, no visit ("after talks hosted by Erdogan" stays the talks)."""
    return cand.event_type == "CONSULT" and tok.lemma_.lower() in ("host", "attend") and tok.dep_ == "acl" \
        and (tok.tag_ == "VBN" or any(c.dep_ == "agent" for c in tok.children)) \
        and (lex.nouns.get(tok.head.lemma_.lower()) or ("",))[0] != "CONSULT"


def _war_on_no_one(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"declared war on inflation", "waged war against corruption": a war on no armed party (lexicon unfought)."""
    return any(o.lemma_.lower() in ("war", "battle", "crusade") and any(
        p.lemma_.lower() in lex.unfought for c in o.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for p in c.children if p.dep_ == "pobj") for o in cand.objects)


def _meeting_doers(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"EU foreign ministers meeting in Luxembourg on Monday scrapped a visa ban": who acts, and where; the meeting is
    the setting of their act (the gold set codes no CONSULT), not an event of its own."""
    return cand.event_type == "CONSULT" and tok.tag_ == "VBG" and tok.dep_ == "acl" \
        and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ == "VERB" \
        and tok.lemma_.lower() == "meet" and not any(c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ == "with"
                                                     for c in tok.children)
    # ("Tony Blair, visiting New Delhi, urged India ...", "meeting his Russian counterpart, urged ...": a visit, a meeting)


def _brokered_thing(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"a ceasefire brokered by Saudi Arabia took effect": who brokered a truce or a deal the sentence tells of is a
    detail of it (the gold set codes no CONSULT of the broker's), not an event."""
    return cand.event_type == "CONSULT" and tok.lemma_.lower() in lex.brokering and tok.tag_ == "VBN" \
        and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") \
        and (lex.nouns.get(tok.head.lemma_.lower()) or ("",))[0] != "CONSULT"  # "talks brokered by China": the talks


def _coup_in_background(tok: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"soldiers who seized power last week", "since seizing power", "after the army took power": a coup (lexicon coups)
    told in a clause of background is the setting of the news ("the army seized power on Sunday" is an act)."""
    return tok.dep_ in ("relcl", "acl", "advcl", "pcomp") and any(
        f"{tok.lemma_.lower()} {o.lemma_.lower()}" in lex.coups for o in direct_objects(tok))


_NO_ACT = (_coup_in_background, _hazard_did_it, _accident, _shared_fact, _crops_destroyed, _natural_emergency, _an_aim, _no_one_helped,
           _not_ruled_out, _objectless, _void_object, _forces_in_support,
           _flown_not_forces, _what_help_is_for, _sport, _talked_of, _hosted_by, _war_on_no_one,
           _meeting_doers, _brokered_thing, _fired_in_celebration, _left_a_place,
           _opposed_to)


# ---- retypes, in order (candidate, lexicon) -> candidate -----------------------------------
def _left_a_body(cand: Candidate, lex: Lexicon) -> Candidate:
    """"withdrew from ECOWAS", "pulled out of the Paris climate agreement": leaving a body or a treaty reduces
    relations (SANCTION withdraw), not a retreat of forces."""
    v = cand.head
    if cand.event_type != "RETREAT" or cand.mode != "withdraw":
        return cand
    left = [o for h in [v, *cand.objects] for o in prep_objects(h, {"from", "of"})]  # "announced their withdrawal from"
    if not any(o.lemma_.lower() in lex.bodies_left or acronym(o)
               for o in left):
        return cand
    subj = subject(v, lex)[0]  # (the subject only where a body is left: the cheap test first)
    if subj is not None and (subj.lemma_.lower() in lex.troops or subj.lemma_.lower() in lex.not_visitors):
        return cand  # "troops withdrew from UNIFIL"
    return replace(cand, event_type="SANCTION", mode="withdraw")


def _opened_to_people(cand: Candidate, lex: Lexicon) -> Candidate:
    """"opened its borders to West Africans": humanitarian AID."""
    return replace(cand, event_type="AID", mode="humanitarian") if opened_to_people(cand, lex) else cand


def _returned_by_handover(cand: Candidate, lex: Lexicon) -> Candidate:
    """"handed over the remains of seven American servicemen", "handed over two French pilots shot down over Bosnia",
    "handed over 20 Benin Bronzes": captives, the dead and seized or looted property given back are RETREAT (the gold
    guidelines: returned property is RETREAT, mode null), not aid."""
    v = cand.head
    if cand.event_type != "AID" or cand.nominal or v.lemma_.lower() != "hand":
        return cand
    heads = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    # sm may read the object as a clause: "handed over two French pilots shot down ...", "handed over what were
    # believed to be the remains of ..."
    heads += [t for c in v.children if c.dep_ == "ccomp" for t in c.subtree
              if t.dep_ in ("nsubj", "nsubjpass", "attr") and (t.head == c or t.head.head == c)]
    objs = [o for o, _ in through_containers([(h, None) for h in heads], lex)]
    returned = any(o.lemma_.lower() in lex.returned_things or o.lower_.rstrip("s") in lex.returned_things for o in objs)
    return replace(cand, event_type="RETREAT", mode=None) if returned else cand


def _person_handed_over(cand: Candidate, lex: Lexicon) -> Candidate:
    """"handed over Klaus Barbie to France": an extradition."""
    return replace(cand, event_type="COOPERATE", mode=None) if handover_of_person(cand, lex) else cand


def _strikers(cand: Candidate, lex: Lexicon) -> Candidate:
    """"workers launched a strike", "students continued the blockade": PROTEST."""
    return strikers_act(cand, lex) or cand


def _preps(cand: Candidate) -> list[Token]:
    """The prepositions of the verb and of what it consumed ("sent troops into", "fired missiles over")."""
    return [c for t in (cand.head, *cand.objects) for c in t.children if c.dep_ == "prep"]


def _pobjs(preps: list[Token], words: tuple[str, ...]) -> list[Token]:
    """The objects of those of the prepositions that are one of words."""
    return [p for c in preps if c.lower_ in words for p in c.children if p.dep_ == "pobj"]


def _troops_sent_into(cand: Candidate, lex: Lexicon) -> Candidate:
    """"sent troops into Congo", "sent extra troops to its border with Belarus", "flew drones over the
    capital": forces entering a territory, massed at a border or flown over it are a deployment
    (MOBILIZE), not forces sent to help (AID)."""
    forces = [o for o in cand.objects if o.lemma_.lower() in lex.troops or o.lemma_.lower() in lex.weapons_force]
    if cand.event_type != "AID" or cand.nominal or not forces:
        return cand
    preps = _preps(cand)
    # "to Sucumbios province on its border with Colombia" (sm hangs the "on" on the verb or on the province)
    dests = _pobjs(preps, ("to", "toward", "towards", "on", "along", "near"))
    dests += [q for p in dests for c in p.children if c.dep_ == "prep" and c.lower_ in ("on", "along", "near")
              for q in c.children if q.dep_ == "pobj"]
    entering = any(c.lower_ in ("into", "over") for c in preps) or any(p.lemma_.lower() in lex.borders for p in dests)
    mode = "troops" if any(o.lemma_.lower() in lex.troops for o in forces) else "weapons"
    return replace(cand, event_type="MOBILIZE", mode=mode) if entering else cand


def armed_backing(cand: Candidate, lex: Lexicon) -> Candidate:
    """"accused Sudan of backing rebels", "Kigali's support for rebels in eastern Congo": backing an
    armed group is material AID, not political SUPPORT (verbs and event nouns alike)."""
    h = cand.head
    if cand.event_type != "SUPPORT" or h.lemma_.lower() not in lex.backing:
        return cand
    backed = [c for c in h.children if c.dep_ in ("dobj", "obj")] + [
        p for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to") for p in c.children
        if p.dep_ == "pobj"]
    armed = any(n.lemma_.lower() in lex.armed_groups and (n.lemma_.lower() not in ("group", "faction") or any(
        m.lower_ == "armed" for m in n.children)) for b in backed for n in [b, *b.conjuncts])
    return replace(cand, event_type="AID", mode="military") if armed else cand


_OWN = frozenset({"its", "their", "our", "his", "her"})


def sent_to_help(cand: Candidate, lex: Lexicon) -> tuple[bool, str | None]:
    """(whether, mode): "sent jets to help defend Belize" (None), "police and troops were deployed to lead
    rescue efforts", "in rescue operations", "as part of the rescue efforts" (humanitarian)."""
    def relief(n: Token) -> bool:  # "rescue efforts", "relief operations", "rescue"
        return any(t.lemma_.lower() in lex.relief_work for t in (n, *(c for c in n.children if c.dep_ == "compound")))

    for c in (c for h in (cand.head, *cand.objects) for c in h.children):  # sm may hang it on "troops"
        to = c.dep_ in ("xcomp", "advcl") and to_infinitive(c)
        if to and c.lemma_.lower() in lex.help_verbs and not any(  # "to help defend Belize", "to reinforce the UN mission"
                p.dep_ == "poss" and p.lower_ in _OWN for o in direct_objects(c) for p in o.children):
            return True, None   # not "to defend its territory": its own
        held = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("for", "in", "as") else []
        held += [q for p in held if p.lower_ == "part" for o in p.children if o.lower_ == "of"  # "as part of"
                 for q in o.children if q.dep_ == "pobj"]
        if to and any(relief(o) for o in direct_objects(c)) or any(relief(p) for p in held):
            return True, "humanitarian"

    if cand.event_type == "MOBILIZE" and any(p.dep_ == "pobj" and p.lemma_.lower() in lex.invited_by
                                              for c in cand.head.children if c.dep_ == "prep" and c.lower_ in ("at", "under")
                                              for p in c.children):
        return True, None  # "sent 100 police and soldiers at Sogavare's request", "under a bilateral defence deal"
    words = _clause_words(cand.head)
    if cand.event_type == "MOBILIZE" and any(_peace_mission(t, lex) for t in words):
        return True, None
    if cand.event_type == "MOBILIZE" and any(t.dep_ == "pobj" and t.head.lower_ == "for" and relief(t) for t in words):
        return True, "humanitarian"  # "landed to secure the port and airport for famine relief convoys"
    return False, None


def _clause_words(v: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses it embeds ("..., the UN mission said")."""
    out, todo = [], [v]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in ("ccomp", "relcl", "parataxis", "conj")]
    return out


def _peace_mission(n: Token, lex: Lexicon) -> bool:
    """"a UN force", "a UN-backed multinational force", "the West African peacekeeping force"."""
    return n.pos_ == "NOUN" and n.lemma_.lower() in lex.peace_missions and any(
        m.lower_ in lex.peace_marks for c in n.children if c.dep_ in ("compound", "amod", "npadvmod", "nmod")
        for m in c.subtree)


def _sent_to_help(cand: Candidate, lex: Lexicon) -> Candidate:
    """Forces sent to help are AID, not a deployment against anyone (MOBILIZE)."""
    if cand.event_type != "MOBILIZE" or cand.nominal:
        return cand
    helping, mode = sent_to_help(cand, lex)
    return replace(cand, event_type="AID", mode=mode) if helping else cand


def _fired_over(cand: Candidate, lex: Lexicon) -> Candidate:
    """"fired a ballistic missile over Japan", "fired missiles into waters off the island": a launch
    that hits no one is a show of force (MOBILIZE), not an attack."""
    if cand.event_type != "ASSAULT" or cand.nominal or not any(
            o.lemma_.lower() in lex.weapons_force for o in cand.objects):
        return cand
    preps = _preps(cand)
    # over a place ("over Japan"), not over a cause ("a strike over a rise in the petrol price")
    shown = any(p.ent_type_ in ("GPE", "LOC") for p in _pobjs(preps, ("over",))) \
        or any(p.lemma_.lower() in lex.waters for p in _pobjs(preps, ("into",)))
    return replace(cand, event_type="MOBILIZE", mode="weapons") if shown else cand


def _joint_drill(cand: Candidate, lex: Lexicon) -> Candidate:
    """Drills held with a partner: COOPERATE."""
    return replace(cand, event_type="COOPERATE", mode=None, nominal=False) if joint_exercise(cand, lex) else cand


def _armed_march(cand: Candidate, lex: Lexicon) -> Candidate:
    """"Rebels marched on Kabul", "troops marched into the city": armed forces advancing attack, they do not
    demonstrate."""
    if cand.event_type != "PROTEST" or cand.head.lemma_.lower() != "march":
        return cand
    subj = subject(cand.head, lex)[0]
    armed = subj is not None and (subj.lemma_.lower() in lex.weapons_force or subj.lemma_.lower() in lex.armed_groups)
    return replace(cand, event_type="ASSAULT", mode=None) if armed else cand


def _opened_to_helpers(cand: Candidate, lex: Lexicon) -> Candidate:
    """"opened the Kilis crossing to UN aid convoys", "will open its chemical weapons sites to inspectors": access
    given (RETREAT access), whatever is opened."""
    v = cand.head
    if cand.nominal or v.lemma_.lower() not in ("open", "reopen") or cand.event_type == "RETREAT":
        return cand
    if any(o.lemma_.lower() in lex.admitted_helpers or o.lemma_.lower() in lex.withdrawn for o in prep_objects(v, {"to"})):
        return replace(cand, event_type="RETREAT", mode="access")
    return cand


def _rallied_others(cand: Candidate, lex: Lexicon) -> Candidate:
    """"Erdogan rallied Muslim leaders against Washington": rallying others against someone is a denunciation of them
    (ACCUSE), not a street protest; rallying behind or around someone is backing them (SUPPORT)."""
    v = cand.head
    if cand.nominal or cand.event_type != "PROTEST" or v.lemma_.lower() != "rally":
        return cand
    if any(c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in v.children):
        return replace(cand, event_type="SUPPORT", mode=None)
    if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.rallied for c in v.children) \
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in v.children):
        return replace(cand, event_type="ACCUSE", mode="disapprove")
    return cand


def _feigned_attack(cand: Candidate, lex: Lexicon) -> Candidate:
    """"carried out mock attacks on the Dutch frigate", "staged simulated strikes": a show of force (MOBILIZE)."""
    if cand.event_type != "ASSAULT" or not any(feigned(o, lex) for o in cand.objects):
        return cand
    return replace(cand, event_type="MOBILIZE", mode="weapons")


_RETYPES = (_feigned_attack, _opened_to_people, _returned_by_handover, _person_handed_over, _troops_sent_into,
            _sent_to_help, armed_backing, _fired_over, _strikers, _joint_drill, _armed_march, _left_a_body, _rallied_others, _opened_to_helpers)
