"""Find event triggers in a parse: verbs, verb+object phrases, light verbs, event nouns."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..syntax import TEST_PREFIX, acronym, to_infinitive
from .attribution import REPORTING
from .lexicon import Lexicon, Trigger
from .roles import prep_objects, subject

_MATERIAL_FIRST = {"ASSAULT": 0, "COERCE": 1, "SANCTION": 2, "MOBILIZE": 3, "PROTEST": 4, "AID": 5,
                   "COOPERATE": 6, "RETREAT": 7, "SUPPORT": 8}


_PARTICLES = {"back", "out", "down", "off", "up", "over", "away", "home", "aside"}
_LIGHT_PREPS = {None, "with", "into", "in", "on"}  # "provide X with aid", "enter into a pact"


@dataclass
class Candidate:
    head: Token                       # the predicate: a verb, or an event noun
    event_type: str
    mode: str | None
    words: list[Token]                # trigger words for the evidence
    objects: list[Token] = field(default_factory=list)  # nouns the trigger consumed ("pact", "sanctions")
    nominal: bool = False


def _modifiers(n: Token) -> list[Token]:
    """Compound and adjective modifiers before a noun, nearest level first: in "joint air defence
    exercise", "defence", then "air", then "joint"."""
    out, level = [], [n]
    for _ in range(3):
        level = [c for t in level for c in t.children if c.dep_ in ("compound", "amod") and c.i < n.i]
        out += level
    return out


def noun_keys(n: Token, generic: frozenset[str] = frozenset()) -> list[str]:
    """Lexicon keys for a noun, most specific first: "hunger strike", "state of emergency", "strike".
    A generic head ("effort", "bid") also gives its compound's keys ("mediation effort" -> "mediation")."""
    lemma, low = n.lemma_.lower(), n.lower_
    keys = []
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            keys += [f"{lemma} of {p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "against":  # "operations against the rebels"
            keys.append(f"{lemma} against")
        elif c.dep_ == "prep" and c.lower_ == "in":  # "a pause in fighting"
            keys += [f"{lemma} in {p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"]
    for c in _modifiers(n):  # ("coordinated patrols": the modifier's own form, the noun's lemma)
        keys += [f"{c.lemma_.lower()} {lemma}", f"{c.lower_} {lemma}", f"{c.lower_} {low}"]
    keys += [lemma, low]
    if n.pos_ == "PROPN" and n.ent_type_ == "PERSON":  # "received Foreign Minister Wang Yi": the office is the key
        keys += [c.lower_ for c in n.children if c.dep_ == "compound" and c.ent_type_ != "PERSON"]
    elif n.pos_ == "PROPN":  # "suspended the broadcaster TV5Monde", "the independent daily El Watan": what the name is
        keys += [c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    if lemma in generic:
        keys += [c.lemma_.lower() for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return keys


# "received a distress call", "a close call": a call that is a signal, not a demand (a phone call is a
# conversation, coded by its own key)
def _signal_call(n: Token, lex: Lexicon) -> bool:
    """"a distress call", "a port call": a call that asks nothing of anyone (lexicon not_demand_calls)."""
    return n.lemma_.lower() == "call" and any(c.dep_ in ("compound", "amod") and c.lower_ in lex.not_demand_calls
                                              for c in n.children)


def of_objects(tok: Token, preps: tuple[str, ...] = ("of",)) -> list[Token]:
    """What tok's "of" phrases (or those of `preps`) name: "thousands of workers", "the killing of protesters"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def noun_trigger(n: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    if n.pos_ not in ("NOUN", "PROPN") or _signal_call(n, lex):
        return None
    if n.lemma_.lower() in lex.mutual_nouns and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.bloodless_wars
                                                     for c in n.children):
        return None  # "a trade war between the US and China": no fighting
    if n.lemma_.lower() in lex.transfer_nouns and (hit := _transfer_noun_trigger(n, lex)) is not None:
        return hit  # "the handover of 30 armoured personnel carriers": arms given, not a place handed back
    for key in noun_keys(n, lex.generic_heads):
        if key in lex.nouns:
            first = key.split(" ")[0] if " " in key else key
            words = [c for c in _modifiers(n) if first in (c.lemma_.lower(), c.lower_)]
            trigger = lex.nouns[key]
            if trigger[0] == "ASSAULT" and feigned(n, lex):
                trigger = ("MOBILIZE", "weapons")  # "mock attacks on the Dutch frigate": a show of force
            return trigger, sorted(words + [n], key=lambda t: t.i)
    return _gerund_trigger(n, lex) or _to_object_trigger(n, lex)


def feigned(n: Token, lex: Lexicon) -> bool:
    """"mock attacks", "simulated strikes": a word before the noun (lexicon feigned) makes the attack a show."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lex.feigned for c in n.children)


def _transfer_noun_trigger(n: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"the delivery of 1,000 anti-tank weapons to Ukraine", "the sale of tanks": a transfer named by its noun
    (lexicon transfer_nouns), typed as its verb with that object (lexicon transfers)."""
    verb = lex.transfer_nouns.get(n.lemma_.lower())
    if verb is None or (n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in ("take", "announce")):
        return None  # "took delivery of missiles from the US": received; "announced the sale": a plan
    objs = [o for c in of_objects(n) for o in [c, *c.conjuncts]]  # "1,000 anti-tank weapons and 500 Stinger missiles"
    for o, _ in through_containers([(o, None) for o in objs], lex):
        for key in noun_keys(o, lex.generic_heads):
            if (verb, key) in lex.transfers:
                return lex.transfers[(verb, key)], [n, o]
            if (verb, key) in lex.phrases:  # "Syria's admission of a team of IAEA inspectors": "admit inspectors"
                return lex.phrases[(verb, key)], [n, o]
    return None


def _to_object_trigger(n: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"a halt to military operations", "an end to hostilities": the noun's "to" object is its verb's object. A
    halt or an end held as a noun is declared ("ordered a halt to", "called an end to"): a retreat so named is
    CONCEDE, as a declared ceasefire is."""
    lemma = n.lemma_.lower()
    if lemma not in lex.to_object_nouns:
        return None
    objs = prep_objects(n, {"to"})
    if not objs and n.dep_ in ("dobj", "obj"):  # sm hangs the "to" on the verb: "put an end / to hostilities"
        objs = [o for o in prep_objects(n.head, {"to"}) if o.i > n.i]
    for o in objs:
        for key in noun_keys(o, lex.generic_heads):
            if (lemma, key) in lex.phrases:
                hit = lex.phrases[(lemma, key)]
                return (("CONCEDE", None) if hit[0] == "RETREAT" else hit), [n, o]
    return None


def _gerund_trigger(n: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"the killing of protesters by Uzbek troops", "Saudi Arabia's severing of ties with Iran": a verb
    trigger used as a noun with its "of" object (sm tags such gerunds NN)."""
    low = n.lower_
    objs = of_objects(n)
    if not low.endswith("ing") or len(low) < 6 or not objs:
        return None
    stem = low[:-3]
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if not verb:
            continue
        for o, _ in through_containers([(o, None) for o in objs], lex):  # "lifting of 13 years of sanctions"
            for key in noun_keys(o, lex.generic_heads):
                if (verb, key) in lex.phrases:
                    return lex.phrases[(verb, key)], [n, o]
        if verb in lex.verbs:
            return lex.verbs[verb], [n]
    return None


def through_containers(objs: list[tuple[Token, str | None]], lex: Lexicon) -> list[tuple[Token, str | None]]:
    """Add what a quantity or container noun holds: "10 days of war games", "tons of food aid",
    "a mission of observers", "$1 billion in military aid"."""
    out = list(objs)
    for obj, prep in objs:
        if obj.lemma_.lower() in lex.containers or obj.pos_ == "NUM":
            money = obj.pos_ == "NUM" or obj.lemma_.lower() in lex.money
            for c in obj.children:
                if c.dep_ == "prep" and (c.lower_ == "of" or (money and c.lower_ == "in")):
                    out += [(p, prep) for p in c.children if p.dep_ == "pobj"]
    return out


def verb_lemma(v: Token, lex: Lexicon) -> str:
    """The verb's lemma, read as the event it names ("test-fired" a test, "set free" free, "put on hold" suspend); lemmatizer slips
    ("staged" -> "stag") are fixed in the parse (data/lemma_fixes.yaml)."""
    lemma = v.lemma_.lower()
    doc = v.doc
    if v.lower_.startswith(TEST_PREFIX + "-") or v.i >= 2 and doc[v.i - 1].text == "-" and doc[v.i - 2].lower_ == TEST_PREFIX:
        return "test"  # "test-fired a missile" (one word, `parse_repairs.prefix_words`): a test
    if lemma == "set" and (v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "free"
                           or any(c.lower_ == "free" and c.pos_ == "ADJ" for c in v.children)):
        return "free"  # "set free two sailors", "set the prisoners free" (sm: an adjective)
    if lemma == "put" and any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "hold" for p in c.children)
                              for c in v.children) \
            and any(("suspend", k) in lex.phrases for o in v.children if o.dep_ in ("dobj", "obj")
                    for k in noun_keys(o, lex.generic_heads)):
        return "suspend"  # "put its mediation on hold" (not "put the regulation on hold": no act between parties)
    return lemma


# prepositions of a circumstance, never of what the verb acts on ("called despite months of street protests")
_CIRCUMSTANCE_PREPS = frozenset({"despite", "amid", "amidst", "since", "following", "after", "notwithstanding"})


def verb_objects(v: Token) -> list[tuple[Token, str | None]]:
    """(object noun, preposition or None) pairs, with coordinated objects."""
    out: list[tuple[Token, str | None]] = []
    for c in v.children:
        if c.dep_ in ("dobj", "obj", "attr") or (c.dep_ == "nsubjpass" and not any(
                a.dep_ in ("acl", "relcl") for a in c.children)):
            # "sanctions were imposed on Iran": the passive's subject (not "jets supplied by Denmark are being
            # transferred", whose jets are another act's); "the Shaheen-III, a ballistic missile": its kind
            out += [(o, None) for o in (c, *c.conjuncts)]
            if c.dep_ == "nsubjpass":
                out += [(a, None) for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        elif c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [(o, c.lower_) for o in (p, *p.conjuncts)]
                elif p.dep_ == "pcomp" and p.pos_ in ("NOUN", "PROPN"):
                    out.append((p, c.lower_))
                elif c.lower_ == "out" and p.dep_ == "prep" and p.lower_ == "of":  # "walked out of the talks"
                    out += [(o, c.lower_) for q in p.children if q.dep_ == "pobj" for o in (q, *q.conjuncts)]
        elif c.dep_ == "prt":
            for p in c.children:  # "carried out strikes" is sometimes parsed with the object under the particle
                if p.dep_ == "pobj":
                    out.append((p, c.lower_))
    if not any(c.dep_ in ("dobj", "obj") for c in v.children):  # "ended a week of talks": sm reads the span as a time
        out += [(c, None) for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > v.i
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
    if v.lemma_.lower() == "let":  # "let inspectors begin checking": whom it lets is its complement's subject
        out += [(s, None) for c in v.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
        if v.dep_ == "acl" or any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in v.children):
            out.append((v.head, None))  # "the pact signed by ...", "the pact that Russia signed"
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children):
        # "called a march to demand elections": sm may read an active verb's object as a predicate
        out += [(c, None) for c in v.children if c.dep_ == "oprd" and c.pos_ == "NOUN" and c.i > v.i]
    if not any(c.dep_ in ("dobj", "obj") for c in v.children):
        # "declared a state of emergency on Thursday to contain unrest": sm may make the object the
        # subject of the purpose clause that follows it
        out += [(s, None) for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i
                for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.i < c.i
                and to_infinitive(c)]
    return out


def _best(found: list[tuple[Trigger, list[Token], list[Token]]]):
    return min(found, key=lambda f: _MATERIAL_FIRST.get(f[0][0], 9)) if found else None


_WH = {"whether", "if", "what", "who", "whom", "which", "why", "how", "when", "where"}


def is_question(v: Token) -> bool:
    """'asked about the deal', 'asked whether ...': a question, not a request (which has an
    infinitive, a 'for' phrase, a 'that' clause or a thing asked for)."""
    if v.lemma_.lower() != "ask":
        return False
    for c in v.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
        if c.dep_ == "ccomp" and not any(g.lower_ in _WH for g in c.children):
            return False
    about = any(c.dep_ == "prep" and c.lower_ == "about" for c in v.children)
    wh = any(c.dep_ == "ccomp" for c in v.children)
    obj = any(c.dep_ in ("dobj", "obj") and c.lower_ not in _WH for c in v.children)
    return about or wh or not obj


def naming(v: Token, lex: Lexicon) -> bool:
    """"Called the strikes an act of war": the object is named by a second complement after it,
    nothing is called (for)."""
    if v.lemma_.lower() not in lex.naming_verbs:
        return False
    return named_as(v) is not None


def named_as(v: Token) -> Token | None:
    """The second complement of a naming verb ("an act of war" in "called the strikes an act of war")."""
    obj = object_named(v)
    if obj is None:
        return None
    return next((c for c in v.children if c.i > obj.i and c.dep_ in ("oprd", "xcomp", "acomp", "dobj")
                 and not to_infinitive(c)), None)  # not "called the march to demand"


def object_named(v: Token) -> Token | None:
    """What a naming verb names: its object, or the first of two predicates sm hangs on it ("called the reversal
    deeply regrettable": "reversal" and "regrettable" both oprd)."""
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        preds = [c for c in v.children if c.dep_ == "oprd" and c.i > v.i]
        obj = preds[0] if len(preds) >= 2 and preds[0].pos_ == "NOUN" else None
    return obj


def in_naming(n: Token, lex: Lexicon) -> bool:
    """True when noun n lies in what a naming verb calls something: "an act of aggression" in "called the
    attack an act of aggression" is a name given, no act."""
    top = n
    while top.head != top and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    v = top.head
    if v == top or v.lemma_.lower() not in lex.naming_verbs or named_as(v) != top:
        return False
    # "over what it called Kigali's support for rebels": the act, hedged, is still told
    return not any(c.dep_ in ("dobj", "obj") and c.lower_ in _WH for c in v.children)


def reproach_naming(v: Token, lex: Lexicon) -> Candidate | None:
    """"Capriles called the plan a coup", "Moscow branded the expulsions a provocation": naming something by
    a reproach (lexicon reproach_names) is an accusation (ACCUSE disapprove); what is named is its object."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.naming_verbs:
        return None
    pred, obj = named_as(v), object_named(v)
    if pred is None and obj is None and v.dep_ == "relcl" and v.head.pos_ == "NOUN":
        # "a mission the Kremlin called destabilising": the noun the clause hangs on is what is named
        pred = next((c for c in v.children if c.i > v.i and c.dep_ in ("oprd", "acomp", "xcomp")
                     and not to_infinitive(c)), None)
        obj = v.head
    if pred is None:
        return None
    if pred.pos_ not in ("NOUN", "PROPN"):  # (sm may tag the adjective a verb)
        # "called the rulers illegitimate": an adjective of lawlessness or menace (lexicon reproach_adjectives)
        # accuses; one of scorn does not ("calling the package 'insulting'")
        if not {pred.lower_, *(c.lower_ for c in pred.conjuncts)} & lex.reproach_adjectives:
            return None
        return Candidate(v, "ACCUSE", "disapprove", [v, pred], [obj])
    if obj is None:
        return None
    lemma = pred.lemma_.lower()  # the noun, "<modifier> <noun>" or "<noun> <prep> <noun>" ("act of war")
    names = {lemma, *(f"{m.lemma_.lower()} {lemma}" for m in pred.children if m.dep_ in ("compound", "amod")),
             *(f"{lemma} {c.lower_} {p.lemma_.lower()}" for c in pred.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj")}
    if not names & lex.reproach_names:
        return None
    if obj.lower_ in _WH and lex.verb_type(v.head.lemma_.lower()) == "ACCUSE":
        return None  # "condemned what it called an act of aggression": one accusation, the condemning
    if obj.lower_ in ("which", "that") and v.dep_ == "relcl" and v.head.pos_ == "NOUN":
        if any(lex.verb_type(a.lemma_.lower()) == "ACCUSE" for a in v.head.ancestors):
            return None  # "accused the party of organising the killings, which it called ...": one accusation
        obj = v.head  # "the killings, which it called ethnic cleansing": the killings are what is named
    elif obj.lower_ in _WH:  # "over what it called atrocities committed by Russian forces": what is named is told
        return Candidate(v, "ACCUSE", "allege", [v, pred], [pred])
    doers = [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return Candidate(v, "ACCUSE", "disapprove", [v, pred], [obj, *doers])  # "an act of aggression by Iran": Iran


def blame_laid(v: Token, lex: Lexicon) -> Candidate | None:
    """"Biden said Putin was responsible for his death", "saying Russian military intelligence was behind a 2014
    explosion", "held Iran responsible for the attack": laying blame on someone is an accusation (ACCUSE allege);
    the one blamed is its object. A denial ("was not behind") or an unnamed one ("who was behind it") is none."""
    if v.pos_ != "VERB":
        return None
    lemma = v.lemma_.lower()
    if lemma in lex.blame_holders:
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        word = next((c for c in v.children if c.i > v.i and c.lemma_.lower() in lex.blame_words
                     and c.dep_ in ("advcl", "oprd", "acomp", "xcomp", "ccomp", "amod")), None)
        if obj is None or word is None or obj.pos_ not in ("PROPN", "NOUN"):
            return None
        return Candidate(v, "ACCUSE", "allege", [v, word], [obj])
    if lemma not in lex.demand_speech:
        return None
    clause = next((c for c in v.children if c.dep_ == "ccomp"), None)
    while clause is not None and clause.lemma_ == "be":  # "it was highly likely that Russia was responsible"
        frame = next((c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in lex.claim_frames), None)
        inner = next((c for c in frame.children if c.dep_ == "ccomp"), None) if frame is not None else None
        if inner is None:
            break
        clause = inner
    if clause is None or clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    word = next((c for c in clause.children
                 if (c.dep_ == "acomp" and c.lemma_.lower() in lex.blame_words
                     and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children))
                 or (c.dep_ == "prep" and c.lower_ in lex.blame_words and any(p.dep_ == "pobj" for p in c.children))),
                None)
    return Candidate(v, "ACCUSE", "allege", [v, word], [subj]) if word is not None else None


def responsibility_admitted(v: Token, lex: Lexicon) -> Candidate | None:
    """"Macron acknowledged that France bore an overwhelming responsibility for the genocide": owning a wrong is a
    concession (CONCEDE, as "admitted responsibility" is)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.admitting_verbs:
        return None
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("bear", "have", "carry", "share")
                   and not any(g.dep_ == "neg" for g in c.children)), None)
    owned = next((o for o in clause.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "responsibility"
                  and not any(d.lower_ == "no" for d in o.children)), None) if clause is not None else None
    return Candidate(v, "CONCEDE", None, [v, owned], [owned]) if owned is not None else None


def breach_ruled(v: Token, lex: Lexicon) -> Candidate | None:
    """"The International Court of Justice ruled that Serbia had breached international law", "the Constitutional
    Court ruled that Zuma had violated the constitution": the court convicts (SANCTION convict) the one whose breach
    it rules on."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.ruling_verbs:
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in lex.courts:
        return None
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in lex.breach_verbs
                   and not any(g.dep_ == "neg" for g in c.children)), None)
    if clause is None or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return Candidate(v, "SANCTION", "convict", [v, clause])  # the clause's subject is the object (coder._arguments)


def particle(v: Token, lex: Lexicon) -> Token | None:
    """The particle of a phrasal verb, also where sm parses it otherwise: "pulled back", "handed Taba back" (an adverb),
    "forced the agency out of the country", "voted down a motion" (a preposition)."""
    lemma = verb_lemma(v, lex)
    return next((c for c in v.children if c.dep_ == "prt"
                 or (c.dep_ == "advmod" and c.i == v.i + 1 and c.lower_ in _PARTICLES)
                 or (c.dep_ == "advmod" and c.lower_ in _PARTICLES and f"{lemma} {c.lower_}" in lex.verbs
                     and any(o.dep_ in ("dobj", "obj") and o.i < c.i for o in v.children))  # "handed Taba back"
                 or (c.dep_ == "prep" and c.lower_ == "out")
                 or (c.dep_ == "prep" and c.i == v.i + 1 and f"{lemma} {c.lower_}" in lex.verbs)), None)


def retaliation_verb(v: Token, lex: Lexicon) -> bool:
    """"retaliated", "hit back", "responded": a verb of retort (lexicon retaliation_verbs, with its particle)."""
    prt = particle(v, lex)
    lemma = v.lemma_.lower()
    return lemma in lex.retaliation_verbs or (prt is not None and f"{lemma} {prt.lower_}" in lex.retaliation_verbs)


def verb_trigger(v: Token, lex: Lexicon) -> Candidate | None:
    if v.pos_ not in ("VERB", "AUX") or (v.pos_ == "AUX" and v.dep_ == "aux") or is_question(v) or naming(v, lex):
        return None
    lemma = verb_lemma(v, lex)
    prt = particle(v, lex)
    objs = through_containers(verb_objects(v), lex)
    receive = lemma in lex.receive_verbs
    found = []
    for obj, prep in objs:
        if _signal_call(obj, lex) or (prep == "in" and obj.lemma_.lower() in lex.purpose_nouns):
            continue  # "suspended its participation ... in protest at": the aim, not what was suspended
        if prep == "as" and lemma == "use" and obj.lemma_.lower() in lex.likenesses:
            continue  # "using energy as a weapon": what the thing used is likened to, no weapon used
        keys = noun_keys(obj, lex.generic_heads)
        # "called off the general strike" before "called a general strike", whichever key of the noun it names
        with_prt = next((h for key in keys if (h := lex.phrases.get((lemma, f"{prt.lower_} {key}")))), None) \
            if prt is not None else None
        for key in keys:
            hit = with_prt or lex.phrases.get((lemma, key)) or (lex.phrases.get((lemma, f"{prep} {key}")) if prep else None)
            if hit is None and (prep is None or prep == "with" and lemma in lex.with_givers) \
                    and not (prt is not None and prt.lower_ == "back"):
                hit = lex.transfers.get((lemma, key))  # "sent tanks", "provided Kyiv with jets" (not "handed back a drone")
            if hit is not None and hit[0] == "ASSAULT" and (obj.lemma_.lower() in lex.symbols or any(
                    o.lemma_.lower() in lex.symbols for o, p in objs if p in (None, "to"))):
                hit = ("PROTEST", "demo")  # "setting fire to an American flag", "burned effigies": a demonstration
            if hit is not None and hit[0] == "AID" and any(c.dep_ == "prep" and c.lower_ == "against"
                                                           for h in (v, obj) for c in h.children):
                hit = ("ASSAULT", None)  # "sent some 300 drones against Ukrainian cities": weapons launched, not given
            if hit is None and receive:  # "received weapons", "received its first Patriot systems": what was given
                hit = lex.phrases.get(("provide", key)) or lex.transfers.get(("provide", key)) or lex.nouns.get(key)
            if hit is not None and hit[0] == "PROTEST" and v.dep_ == "acl" and obj == v.head and not any(
                    c.dep_ == "agent" for c in v.children):
                hit = None  # "an opposition rally called for Wednesday": the rally is the event, its noun tells whose
            if hit == ("SANCTION", "discontinue") and obj.lemma_.lower() in lex.gateways and any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children):
                hit = ("COERCE", "restrict")  # "closed all of Yemen's ports": another state's, a blockade
            if hit is not None and lemma in lex.light_verbs and obj.lemma_.lower() in lex.transfer_nouns \
                    and (inner := _transfer_noun_trigger(obj, lex)) is not None:
                found.append((inner[0], [v, *inner[1]], [obj]))  # "ordered the closure of Iran's consulates": what is closed
                break
            if hit is not None:
                found.append((hit, [v, obj], [obj]))
                break
    if not found:  # "stripped 31 activists of their citizenship": sm hangs the "of" on the object
        found += [(hit, [v, p], [p]) for obj, prep in objs if prep is None for p in of_objects(obj)
                  if (hit := next((h for key in noun_keys(p) if (h := lex.phrases.get((lemma, f"of {key}")))), None))][:1]
    if not found and not receive and prt is not None and f"{lemma} {prt.lower_}" in lex.verbs:
        etype, mode = lex.verbs[f"{lemma} {prt.lower_}"]  # a phrasal verb before a preposition: "spoke out ... with"
        return Candidate(v, etype, mode, [v, prt])
    if not found:
        for c in v.children:  # "call for", "go on hunger strike", "stood firmly by" (sm: an agent)
            if c.dep_ in ("prep", "prt", "agent") and (lemma, c.lower_) in lex.phrases and not any(
                    p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children):  # not "fired ... on Tuesday"
                found.append((lex.phrases[(lemma, c.lower_)], [v, c], []))
    light = lemma in lex.light_verbs or (prt is not None and f"{lemma} {prt.lower_}" in lex.light_phrasals)
    if not found and (light or lemma in lex.ending_verbs or receive):
        for obj, prep in objs:
            if prep not in _LIGHT_PREPS and not (receive and prep == "for"):
                continue
            if lemma in lex.ending_verbs and not light and obj.lemma_.lower() not in lex.to_object_nouns:
                continue
            if prep == "in" and obj.lemma_.lower() in lex.purpose_nouns:
                continue  # "held walkouts in support (of the students)": the aim, not what was held
            hit = noun_trigger(obj, lex) or _aimed_noun(v, obj, lex)
            if hit is not None and f"{lemma} {obj.lemma_.lower()}" not in lex.not_light:
                found.append((hit[0], [v, *hit[1]], [obj]))
    best = _best(found)
    if best is not None:
        (etype, mode), words, consumed = best
        return Candidate(v, etype, mode, sorted(set(words), key=lambda t: t.i), consumed)
    if receive:
        return None
    if prt is not None and f"{lemma} {prt.lower_}" in lex.verbs:
        etype, mode = lex.verbs[f"{lemma} {prt.lower_}"]
        return Candidate(v, etype, mode, [v, prt])
    if lemma in ("release", "publish", "issue") and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.published_things for c in v.children):
        return None  # "releasing video it said showed ...": a publication, not a release of people
    if lemma in lex.verbs and v.pos_ == "VERB":
        etype, mode = lex.verbs[lemma]
        if etype == "ASSAULT" and _striving(v, lemma) or etype == "SANCTION" and _housekeeping(v, lex):
            return None
        return Candidate(v, etype, mode, [v])
    return None


def _aimed_noun(v: Token, obj: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"launched operations against the rebels" where the parser hangs "against" on the verb: the noun's
    "against" key (lexicon nouns)."""
    key = f"{obj.lemma_.lower()} against"
    if key in lex.nouns and any(c.dep_ == "prep" and c.lower_ == "against" and c.i > obj.i for c in v.children):
        return lex.nouns[key], [obj]
    return None


def _housekeeping(v: Token, lex: Lexicon) -> bool:
    """"the government is to cut bonus pay", "walked off the job, suspending news broadcasts": cutting or
    halting one's own budget, pay or output is domestic policy or a strike, aimed at no one."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ != "ADJ"  # (", the weakest")
            and not _rate_unit(c)]
    return bool(objs) and all(o.lemma_.lower() in lex.own_economy for o in objs) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "for", "from", "against", "with") and not _amount(c)
        and not any(p.lemma_.lower() in ("time", "year", "month", "week", "day") for p in c.children)  # "for the first time"
        for c in v.children)


def _rate_unit(tok: Token) -> bool:
    """"(to 22 naira) a litre": the unit of a rate, which sm may make a second object."""
    kids = list(tok.children)
    return len(kids) == 1 and kids[0].lower_ in ("a", "an", "per") and tok.i >= 2 and tok.nbor(-2).dep_ == "pobj" \
        and any(n.dep_ == "nummod" or n.like_num for n in (tok.nbor(-2), *tok.nbor(-2).children))


def _amount(prep: Token) -> bool:
    """"to 3 percent", "by $2 billion": a preposition whose object is a quantity, not someone."""
    return any(p.dep_ == "pobj" and (p.like_num or p.lemma_.lower() in _LEVELS or p.ent_type_ in
                                     ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
                                     or any(n.dep_ == "nummod" for n in p.children))  # "to 22 naira a litre"
               for p in prep.children)


_LEVELS = frozenset({"percent", "%", "low", "high", "level", "zero", "minimum", "maximum"})  # "to a record low"


def _striving(v: Token, lemma: str) -> bool:
    """"fight to maintain the protections": strive, no attack (what is fought that is no armed party,
    "fighting accusations", and idioms, "struck a balance", are the lexicon's void_objects)."""
    return lemma in ("fight", "battle", "combat") and not any(c.dep_ in ("dobj", "obj") for c in v.children) \
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in v.children)


# ---- constructions that retype or move a trigger ----------------------------------------------
def _coordinated(n: Token) -> bool:
    """"Japan and the Philippines", "French and Egyptian warships": more than one party (not one party's kinds of
    forces: "Chinese warships and aircraft")."""
    def party(t: Token) -> bool:
        return t.pos_ == "PROPN" or any(c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in (
            "NORP", "GPE")) for c in t.children)

    return sum(party(t) for t in (n, *n.conjuncts)) >= 2 \
        or any(c.dep_ in ("amod", "compound") and c.conjuncts for c in n.children)


def joint_exercise(cand: Candidate, lex: Lexicon) -> bool:
    """A MOBILIZE exercise or drill held with a partner: "joint", a coordinated subject, or "with"."""
    nouns = [cand.head] if cand.nominal else list(cand.objects)
    if cand.event_type != "MOBILIZE" or not any(n.lemma_.lower() in lex.joint_kinds for n in nouns):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "joint" for n in nouns for c in n.children):
        return True   # "began joint exercises"
    v = cand.head
    # "Japan and the Philippines held", "the navies of Iran, Russia and China began", "warships from India,
    # the United States, Japan and Australia began"
    if not cand.nominal and any(c.dep_ == "nsubj" and (_coordinated(c) or any(
            _coordinated(p) for p in of_objects(c, ("of", "from")))) for c in v.children):
        return True
    # "with the US Navy", "with Chinese forces" (not "with a greater focus on ...": no partner)
    return any(_partner(p, lex) for h in (v, *nouns) for p in prep_objects(h, {"with"}))


def _partner(n: Token, lex: Lexicon) -> bool:
    """A noun that can name a party to a joint exercise: a name, or armed forces or a country's people."""
    return n.pos_ == "PROPN" or n.ent_type_ in ("GPE", "NORP", "ORG") or n.lemma_.lower() in lex.troops \
        or n.lemma_.lower() in lex.warships or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")
                                                   for c in n.children)


def _helper_noun(n: Token, lex: Lexicon) -> bool:
    for m in (n, *[c for c in n.children if c.dep_ in ("compound", "amod")]):
        if m.lemma_.lower() in lex.helpers or m.lower_ in lex.helpers:
            return True
    return False


def rescuers_at_work(v: Token, lex: Lexicon) -> Candidate | None:
    """"French rescuers pulled a woman alive from the rubble", "Swiss rescue workers began searching the ruins": rescuers
    (lexicon rescuers) at work (rescue_work) give relief, AID humanitarian; whose place it is, the coder decides."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.rescue_work:
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ in ("conj", "xcomp"):  # "flew into Athens to help dig", "arrived and began searching"
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for s in (subj, *subj.conjuncts):
        lemma = s.lemma_.lower()
        mods = [f"{c.lemma_.lower()} {lemma}" for c in s.children if c.dep_ in ("compound", "amod")]
        if lemma in lex.rescuers or any(m in lex.rescuers for m in mods):
            return Candidate(v, "AID", "humanitarian", [v])
    return None


def helper_arrival(v: Token, lex: Lexicon) -> Candidate | None:
    """"The first deployment of NATO peacekeeping troops arrived in Bosnia", "Russian military
    instructors arrived in Niamey": personnel sent to help (AID military)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ("arrive", "land", "roll", "reach", "enter", "cross", "pour", "dock"):
        return None
    for s in v.children:
        if s.dep_ != "nsubj":
            continue
        # "UN aid convoys rolled into north-western Syria": relief reaching people (AID humanitarian)
        if s.lemma_.lower() in lex.relief_carriers and any(c.dep_ in ("compound", "amod")
                                                           and c.lemma_.lower() in lex.relief_marks for c in s.children):
            return Candidate(v, "AID", "humanitarian", [v])
        goods = _relief_carried(v, s, lex) if s.lemma_.lower() in lex.relief_carriers or s.lemma_.lower() in lex.warships \
            else []
        if goods:  # "ships docked at Beira with food, medicine and tents" (for whom: the goods' "for")
            return Candidate(v, "AID", "humanitarian", [v], goods)
        if v.lemma_.lower() not in ("arrive", "land"):
            continue
        held = of_objects(s)
        for n in (s, *held):
            if _helper_noun(n, lex):
                return Candidate(v, "AID", "military", [v])
    return None


def _relief_carried(v: Token, carrier: Token, lex: Lexicon) -> list[Token]:
    """The relief goods (lexicon relief_goods, relief_staples) the carrier brings: "docked ... with food, medicine
    and tents", "a ship carrying flour", "the first shipment of rice"; none, if it brings none."""
    found = [p for h in (v, carrier) for p in prep_objects(h, {"with"})]
    found += [o for a in carrier.children if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bring", "transport")
              for o in a.children if o.dep_ in ("dobj", "obj")]
    found += of_objects(carrier)
    found = [g for o in found for g in (o, *o.conjuncts, *of_objects(o))]  # ("10,000 tonnes of flour for Gaza")
    if any(a.dep_ == "acl" and any(c.dep_ == "agent" for c in a.children) for g in (carrier, *found) for a in g.children):
        return []  # "a shipment of vaccine donated by China arrived": the donation is the event, told by its giver
    return found if any(g.lemma_.lower() in lex.relief_goods or g.lemma_.lower() in lex.relief_staples for g in found) else []


def troops_move(v: Token, lex: Lexicon) -> Candidate | None:
    """"Some 3,000 American soldiers landed at the airport", "armed police fanned out across Nairobi",
    "the carrier sailed through the strait": armed forces, police or warships arriving, moving or
    spreading out are a deployment (MOBILIZE)."""
    if v.pos_ != "VERB":
        return None
    prt = particle(v, lex)
    lemma = verb_lemma(v, lex)
    if lemma not in lex.troop_moves and (prt is None or f"{lemma} {prt.lower_}" not in lex.troop_moves) \
            and not (lemma in lex.incursion_verbs and into_place(v) is not None):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or _helper_noun(subj, lex) or _troops_out(v, lex):
        return None  # (forces moving out of a place withdraw: `personnel_leave`)
    if subj.lemma_.lower() in lex.hijacked_craft:
        return None  # "an airliner of the Russian carrier Azimuth landed": a civil craft, no deployment
    # "thousands of armed police", "tank columns"
    for t in (subj, *of_objects(subj), *[c for c in subj.children if c.dep_ == "compound"
                                         and force_kind(c, lex) == "weapons"]):
        kind = force_kind(t, lex)
        if kind is not None:
            return Candidate(v, "MOBILIZE", kind, [v])
    return None


def forces_sent(v: Token, lex: Lexicon) -> Candidate | None:
    """"Russia's navy dispatched a missile cruiser and a large landing ship to the eastern Mediterranean", "would
    station air defence missiles on the Kurils": armed forces or arms a state sends, moves or stations (lexicon
    deploy_verbs) are a deployment (MOBILIZE), where no phrase of the lexicon says more (arms sent to a state are
    AID)."""
    if v.pos_ != "VERB" or verb_lemma(v, lex) not in lex.deploy_verbs or any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in v.children):
        return None  # ("sent the last of its nuclear warheads back to Russia": given up)
    objs = [o for o, prep in through_containers(verb_objects(v), lex) if prep is None]
    for o in objs:
        low = o.lemma_.lower()
        kind = "weapons" if low in lex.hardware or low in lex.warplanes else force_kind(o, lex)
        if kind == "police" and low not in ("police", "policeman"):
            continue  # "sent investigators": no force
        if kind is not None:
            return Candidate(v, "MOBILIZE", kind, [v, o], [o])
    return None


def force_kind(t: Token | None, lex: Lexicon) -> str | None:
    """The MOBILIZE mode of a noun of armed forces: "troops" (lexicon troops), "police", "weapons" (warships, armour);
    None for any other noun."""
    noun = t.lemma_.lower() if t is not None else ""
    return "troops" if noun in lex.troops else "police" if noun in lex.police else \
        "weapons" if noun in lex.warships or noun in lex.armour or noun in lex.warplanes else None


def into_place(v: Token) -> Token | None:
    """The named place a move goes into: "pushed into northern Iraq", "crossed into Sudan's Darfur region"
    (not what is driven or pushed there: "drove an armoured vehicle into a crowd"; a distance is no object: "pushed
    10 kilometres into Russia's Kursk region")."""
    if any(c.dep_ in ("dobj", "obj") and c.ent_type_ != "QUANTITY" for c in v.children):
        return None
    return next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
                 if p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC") or any(
                     t.ent_type_ in ("GPE", "LOC") for t in p.subtree))), None)


_ORDER_OUT = {"order", "tell", "ask", "force", "give"}
_DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
_DEADLINE_GIVERS = frozenset({"give", "set", "issue", "hand"})  # "gave X 72 hours to", "set Turkey a deadline to"
_DEMAND_SAYERS = frozenset({"say", "demand", "insist", "warn", "tell"})  # "demanded that Syria cooperate or face ..."


def ultimatum_of(v: Token) -> tuple[Token, list[Token]] | None:
    """"gave Sudan's military rulers 15 days to hand power to civilians or face suspension": an act demanded by a
    deadline with a consequence ("or face ..."). Returns the verb that gives the deadline and whom it is given
    to, or None."""
    face = next((c for c in v.children if c.dep_ == "conj" and c.lemma_.lower() == "face"), None)
    if face is None or not any(c.dep_ == "cc" and c.lower_ in ("or", "else") for c in (*v.children, *face.children)):
        return None
    while v.dep_ == "conj" and v.head.pos_ == "VERB":  # "must halt ... and pull them back, or face ...": the first act
        v = v.head
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _DEMAND_SAYERS and not to_infinitive(v):
        told = [c for c in v.children if c.dep_ == "nsubj"]  # "said Gaddafi must halt his forces' advance or face ..."
        return (v.head, told) if told else None
    if v.dep_ in ("ccomp", "xcomp") and not to_infinitive(v) and to_infinitive(v.head):
        v = v.head  # "gave Sudan 30 days to let aid agencies work freely or face sanctions"
    if v.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not to_infinitive(v):
        return None
    giver = v.head
    if giver.pos_ == "NOUN" and giver.lemma_.lower() in _DEADLINE_NOUNS:  # "gave X 48 hours to ...", "a deadline to"
        giver = giver.head
    if giver.pos_ != "VERB" or giver.lemma_.lower() not in _DEADLINE_GIVERS:
        return None
    told = _deadline_told(giver)
    return (giver, told) if told else None

_DEADLINES = {"hour", "day", "week"}


def _deadline_told(giver: Token) -> list[Token]:
    """Whom a deadline is given to: the giver's objects that are no span of time ("gave Iran 30 days")."""
    return [c for c in giver.children if c.dep_ in ("dobj", "obj", "dative") and c.lemma_.lower() not in _DEADLINE_NOUNS]


def deadline_of(act: Token) -> tuple[Token, list[Token]] | None:
    """"gave Moscow until the end of Tuesday to explain", "gave Poland a month to reverse the reforms": an act
    (a to-infinitive) someone is given a deadline for, with no consequence named (that is an ultimatum,
    `ultimatum_of`). Returns the verb that gives the deadline and whom it is given to, or None."""
    if act.pos_ != "VERB" or act.dep_ not in ("advcl", "xcomp") or not to_infinitive(act):
        return None
    giver = act.head
    if giver.pos_ != "VERB" or giver.lemma_.lower() not in _DEADLINE_GIVERS or any(c.dep_ == "auxpass" for c in giver.children):
        return None
    if not any(c.dep_ in ("dobj", "obj", "npadvmod") and c.lemma_.lower() in _DEADLINE_NOUNS
               or c.dep_ == "prep" and c.lower_ in ("until", "till") for c in giver.children):
        return None
    told = _deadline_told(giver)
    return (giver, told) if told else None


def personnel_leave(v: Token, lex: Lexicon) -> Candidate | None:
    """"UN peacekeepers will leave Mali", "the observers withdrew": the sender withdraws non-military
    resources (PLOVER SANCTION withdraw; troops withdrawing stay RETREAT)."""
    if v.pos_ != "VERB":
        return None
    if v.lemma_.lower() in ("withdraw", "pull", "remove") and v.dep_ in ("relcl", "acl", "xcomp", "advcl"):
        expelled = _told_to_withdraw(v, lex)  # "gave the United States 180 days to pull its troops out"
        if expelled is not None:
            return expelled
    if _troops_out(v, lex):
        if v.lemma_.lower() in lex.driving_out and any(c.dep_ in ("dobj", "obj") for c in v.children):
            return Candidate(v, "ASSAULT", None, [v])  # "Yemeni troops drove al Qaeda fighters out of Mukalla"
        return Candidate(v, "RETREAT", "withdraw", [v])  # "the last American troops flew out of Kabul airport"
    if v.lemma_.lower() in lex.staff_cuts and v.dep_ == "xcomp" and v.head.lemma_.lower() in _ORDER_OUT and any(
            o.lemma_.lower() in lex.mission_staff for o in v.children if o.dep_ in ("dobj", "obj")):
        return Candidate(v.head, "SANCTION", "expel", [v.head, v], [v])  # "told Pakistan to cut the staff of its mission"
    if not _leaving(v, lex):
        return None
    if (ultimatum := ultimatum_of(v)) is not None:  # "gave Ethiopian troops seven days to leave or face a holy war"
        troops = any(t.lemma_.lower() in lex.troops for t in ultimatum[1])
        return Candidate(v, "RETREAT", "withdraw", [v]) if troops else None
    boss, told = _ordered_out(v)
    if v.dep_ in ("xcomp", "relcl", "acl", "advcl") and boss.lemma_.lower() in _ORDER_OUT:
        # "ordered UN peacekeepers to leave", "gave German ambassador X 48 hours to leave"
        if told is not None and told.lemma_.lower() in lex.troops and any(c.dep_ == "poss" and c.lower_ in _OWN
                                                                          for c in told.children):
            return None  # "Putin ordered his troops to withdraw": his own ("gave its diplomats 48 hours": Qatar's)
        kinds = [] if told is None else [t for t in told.subtree if t.i <= told.i]  # "German ambassador Jan X"
        if any(k.lemma_.lower() in lex.withdrawn or k.lemma_.lower() in lex.not_visitors for k in kinds) \
                or (told is not None and _helper_noun(told, lex)):
            return Candidate(boss, "SANCTION", "expel", [boss, v], [v])
        if told is not None and any(t.lemma_.lower() in lex.deportees for t in [told, *told.conjuncts]) \
                and not any(c.dep_ == "poss" and c.lower_ in _OWN for c in told.children):
            return Candidate(boss, "COERCE", "deport", [boss, v], [v])  # "ordered foreign journalists to leave Tibet"
    for s in v.children:
        troops = s.lemma_.lower() in lex.troops or s.lemma_.lower() == "personnel" and any(
            c.lower_ in ("military", "naval", "army") for c in s.children)  # "the last Russian naval personnel"
        if s.dep_ == "nsubj" and troops and v.lemma_.lower() == "leave" \
                and any(c.dep_ in ("dobj", "obj") for c in v.children):
            return Candidate(v, "RETREAT", "withdraw", [v])  # "the last Russian troops left Estonia"
        if s.dep_ == "nsubj" and s.pos_ == "NOUN":
            keys = [s.lemma_.lower()] + [f"{c.lemma_.lower()} {s.lemma_.lower()}" for c in s.children if c.dep_ in ("compound", "amod")]
            if any(k in lex.withdrawn for k in keys) or _helper_noun(s, lex) and s.lemma_.lower() not in ("troop", "soldier"):
                return Candidate(v, "SANCTION", "withdraw", [v])
    if v.lemma_.lower() != "withdraw" and any(_named_body(o, lex) for o in v.children if o.dep_ in ("dobj", "obj")):
        return Candidate(v, "SANCTION", "withdraw", [v])  # "Mali, Burkina Faso and Niger formally left ECOWAS"
    return None


def _leaving(v: Token, lex: Lexicon) -> bool:
    """A verb of leaving (lexicon leave_verbs), or "go" with nowhere to go to ("ordered the ambassador to go")."""
    if v.lemma_.lower() == "go":
        return v.dep_ == "xcomp" and not any(c.dep_ in ("prep", "xcomp", "advcl", "dobj") for c in v.children)
    return v.lemma_.lower() in lex.leave_verbs


def _named_body(o: Token, lex: Lexicon) -> bool:
    """A body or treaty named as one ("ECOWAS", "the Organization of American States", "the G5 Sahel alliance"),
    not any court or council ("left the court")."""
    if acronym(o):
        return True
    return o.lemma_.lower() in lex.bodies_left and (o.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)) or any(
        c.dep_ == "appos" and _named_body(c, lex) for c in o.children)  # (sm: "the G5 [Sahel ... alliance]")


_OWN = frozenset({"his", "her", "its", "their", "our"})
_MOVES_OUT = frozenset({"fly", "sail", "drive", "roll", "march", "move", "steam", "ship", "file", "cross"})
_POSTS = frozenset({"barracks", "barrack", "base", "garrison", "camp"})  # "moved out of their barracks": a deployment


def _troops_out(v: Token, lex: Lexicon) -> bool:
    """"The last American troops flew out of Kabul airport", "the convoy rolled out of Kherson", "the last police
    officers flew out of Honiara", "the last trainload of Russian troops rolled out of Lithuania": armed forces or
    police leaving a place by moving out of it withdraw (not out of their barracks)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in _MOVES_OUT:
        return False
    if not any(c.dep_ == "nsubj" and any(force_kind(s, lex) is not None for s in (c, *c.conjuncts, *of_objects(c)))
               for c in v.children):  # "Druze and Shi'ite militiamen drove the army out of west Beirut"
        return False
    left = [q for c in v.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
            for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for q in o.children if q.dep_ == "pobj"]
    return bool(left) and not any(q.lemma_.lower() in _POSTS for q in left)


def _ordered_out(v: Token) -> tuple[Token, Token | None]:
    """The verb that tells someone to do v, and whom it tells: "ordered UN peacekeepers to leave", "gave the
    ambassador 48 hours to leave" (sm hangs "to leave" on the hours)."""
    boss = v.head
    if v.dep_ in ("relcl", "acl") and boss.lemma_.lower() in _DEADLINES and boss.head.lemma_.lower() == "give":
        boss = boss.head
    return boss, next((o for o in boss.children if o.dep_ in ("dobj", "obj", "dative")), None)


def _told_to_withdraw(v: Token, lex: Lexicon) -> Candidate | None:
    """Another state given hours or days, or ordered, to pull its forces out is expelled (SANCTION expel by
    the one who tells it; a state ordering its own troops out stays a withdrawal)."""
    boss, told = _ordered_out(v)
    if boss.lemma_.lower() not in _ORDER_OUT:
        return None
    forces = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.troops]
    if told is None or not forces or told.pos_ != "PROPN" or told.lemma_.lower() in lex.troops:
        return None
    return Candidate(boss, "SANCTION", "expel", [boss, v], [v])


def riot(v: Token, lex: Lexicon) -> Candidate | None:
    """"Protesters attacked several embassies": a protesting crowd's violence is a riot; "workers
    struck", "farmers blocked the roads": a strike, an obstruction."""
    lemma = v.lemma_.lower()
    words = [v]
    if lemma == "set":  # "set fire to the town hall", "was set on fire": arson
        fire = next((c for c in v.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "fire"), None) or next(
            (p for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.lemma_.lower() == "fire"), None)
        lemma, words = ("torch", [v, fire]) if fire is not None else (lemma, words)
    if v.pos_ != "VERB" or (lemma not in lex.riot_verbs and lemma not in lex.strike_verbs):
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    subjects += [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]  # "set on fire by protesters"
    if not subjects and v.dep_ == "conj":  # "daubed graffiti on the arch and smashed a statue"
        subjects = [c for c in v.head.children if c.dep_ == "nsubj"]
        v_rel = v.head
    else:
        v_rel = v
    if v_rel.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects) \
            and not any(c.dep_ in ("dobj", "obj") and c.lower_ == "them" for c in v.children):  # (fought back: force)
        # "opened fire on protesters who stormed and torched government buildings" (a crowd: not "a protester who")
        subjects = [v_rel.head] if v_rel.head.tag_ in ("NNS", "NNPS") or v_rel.head.lower_ in ("crowd", "mob") else []
    if not subjects and v.tag_ == "VBG":  # "protesters targeted a commercial area, overturning cars and setting fire to banks"
        controller, passive = subject(v, lex)
        subjects = [controller] if controller is not None and not passive else []
    crowds = [s for s in subjects if s.lemma_.lower() in lex.crowd or s.lower_ in lex.crowd]
    subjects += [p for s in crowds for p in of_objects(s)]  # "thousands of workers"
    names = {s.lemma_.lower() for s in subjects}
    # "thousands of Albanians set fire to the town hall": a crowd's violence, unless it is an armed force's
    crowd_violence = bool(crowds) and not names & lex.weapons_force
    if lemma in lex.riot_verbs and (names & lex.rioters or crowd_violence):
        burned = [c for c in v.children if c.dep_ in ("dobj", "obj")] + prep_objects(v, {"to"})
        symbolic = bool(burned) and all(o.lemma_.lower() in lex.symbols for o in burned)
        return Candidate(v, "PROTEST", "demo" if symbolic else "riot", words)  # ("burned effigies": no riot)
    # "farmers blocked the roads", "thousands of separatists blocked the airport", "groups blockaded roads to
    # protest against a land law": not a state's
    if lemma in lex.strike_verbs and (names & lex.strikers or crowd_violence or subjects and _in_protest(v) and not any(
            s.ent_type_ in ("GPE", "NORP") and s.pos_ == "PROPN" for s in subjects)):
        return Candidate(v, "PROTEST", lex.strike_verbs[lemma], [v])
    return None


def _in_protest(v: Token) -> bool:
    """"blocked roads in protest at the jailing", "blockaded roads to protest against a law": done as a protest."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() == "protest"
                                                             for p in c.children)
               or c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest" and any(a.lower_ == "to" for a in c.children)
               for c in v.children)


def _holder_names(v: Token, lex: Lexicon) -> set[str]:
    """Lemmas of who acts for verb v: its subject with its modifiers ("student representatives",
    "thousands of workers"); for a pronoun or no subject, the subject of the verb it complements
    ("students said they would continue ...", "students planned to continue ...")."""
    cur = v
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if (subj is None or subj.pos_ == "PRON") and cur.dep_ in ("xcomp", "ccomp", "conj") and cur.head is not cur:
            cur = cur.head
            continue
        break
    if subj is None:
        return set()
    held = [subj, *(c for c in subj.children if c.dep_ in ("compound", "amod", "poss"))]
    if subj.lemma_.lower() in lex.crowd or subj.lower_ in lex.crowd:
        held += of_objects(subj)
    return {t.lemma_.lower() for t in held}


def strikers_act(cand: Candidate, lex: Lexicon) -> Candidate | None:
    """"Workers launched a strike", "students would continue with blockades", "the students'
    blockade": a strike or blockade noun (strike_verbs) held by strikers is PROTEST, whatever
    type the light verb or the noun alone gives (aerial strike, COERCE blockade). Other types stay:
    "called off the strike" is CONCEDE."""
    if cand.event_type not in ("ASSAULT", "COERCE"):
        return None
    if cand.nominal:
        n = cand.head
        if n.lemma_.lower() not in lex.strike_verbs:
            return None
        names = {c.lemma_.lower() for c in n.children if c.dep_ in ("poss", "compound", "amod")}
        # "under occupation by students and other youth": the agent too
        names |= {q.lemma_.lower() for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)}
        held = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in lex.containers \
            else n  # "workers stayed off the job in a third week of strikes": the strikers are the verb's
        if held.dep_ == "pobj" and held.head.lower_ in ("in", "on") and held.head.head.pos_ == "VERB":
            names |= _holder_names(held.head.head, lex)
    else:
        n = next((o for o in cand.objects if o.lemma_.lower() in lex.strike_verbs), None)
        if n is None:
            return None
        names = _holder_names(cand.head, lex)
    if not names & lex.strikers:
        return None
    return Candidate(cand.head, "PROTEST", lex.strike_verbs[n.lemma_.lower()], cand.words, cand.objects,
                     nominal=cand.nominal)


def people_expelled(cand: Candidate | None, lex: Lexicon) -> Candidate | None:
    """"expelled 1,200 people of Eritrean origin", "Ethiopia's expulsion of 300 migrants": people driven out of a
    state are deported (COERCE deport); envoys, missions and staff expelled stay SANCTION."""
    if cand is None or (cand.event_type, cand.mode) != ("SANCTION", "expel"):
        return None
    head = cand.head
    objs = of_objects(head) if cand.nominal else [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if _deportees(objs, lex):
        return Candidate(head, "COERCE", "deport", cand.words, cand.objects, nominal=cand.nominal)
    return None


def _deportees(objs: list[Token], lex: Lexicon) -> list[Token]:
    """The people named by objs (through containers: "thousands of migrants") when all are deportees, else []."""
    objs = [o for o, _ in through_containers([(o, None) for q in objs for o in (q, *q.conjuncts)], lex)]
    kinds = [o for o in objs if o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in lex.containers]
    # "worker", or "aid agency" (not "the UN refugee agency"); "thousands of black Mauritanians", "expelled Abdullah
    # Ocalan": a people or a named person who holds no post (an envoy expelled stays SANCTION)
    def deportee(o: Token) -> bool:
        if any(k in lex.deportees for k in noun_keys(o)):
            return True
        return o.ent_type_ in ("NORP", "PERSON") and not any(t.lemma_.lower() in lex.withdrawn for t in o.subtree)
    return kinds if kinds and all(deportee(o) for o in kinds) else []


def _within_clause(t: Token, v: Token) -> bool:
    """t hangs under v with no other verb between them."""
    while t != v:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t != v or t.head == t and t != v:
            return False
    return True


def people_sent_back(v: Token, lex: Lexicon) -> Candidate | None:
    """"sent more than 1,000 Myanmar nationals (back) home", "flew the migrants back": people a state sends back out of it
    are deported (COERCE deport; lexicon return_verbs and deportees)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.return_verbs or not any(
            t.lower_ in ("back", "home") and t.dep_ in ("prt", "advmod") and _within_clause(t, v) for t in v.subtree):
        return None   # ("sent 1,000 nationals back home": sm hangs "back home" on the object; "sent ... home" too)
    kinds = _deportees([c for c in v.children if c.dep_ in ("dobj", "obj")], lex)
    return Candidate(v, "COERCE", "deport", [v], kinds) if kinds else None


def people_driven_out(v: Token, lex: Lexicon) -> Candidate | None:
    """"drove more than 20,000 black Mauritanians across the river into Senegal", "driven 300,000 people into
    Bangladesh": people a force drives out of a country are deported (COERCE deport; lexicon driving_verbs, deportees)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.driving_verbs or not any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("into", "out") for c in v.children):
        # (not "drove thousands from their homes": a displacement, which the gold set codes SANCTION expel)
        return None
    kinds = _deportees([c for c in v.children if c.dep_ in ("dobj", "obj")], lex)
    return Candidate(v, "COERCE", "deport", [v], kinds) if kinds else None


_PACTS = frozenset({"accord", "agreement", "deal", "pact", "treaty", "declaration", "communique", "charter", "protocol",
                    "truce", "ceasefire", "cease-fire", "armistice"})


def names_put_to(v: Token, lex: Lexicon) -> Candidate | None:
    """"put their names to a peace accord", "put his signature to the treaty": signing it (SUPPORT sign)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "put" or not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("name", "signature") for c in v.children):
        return None
    pact = next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in _PACTS), None)
    return Candidate(v, "SUPPORT", "sign", [v, pact], [pact]) if pact is not None else None


def force_granted(v: Token, lex: Lexicon) -> Candidate | None:
    """"The Security Council authorised member states to use all necessary means against Iraq": force allowed is a
    threat of it (THREATEN violence), made by the one who allows it."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.force_grants:
        return None
    for act in v.children:
        if (act.dep_ in ("xcomp", "ccomp") or (act.dep_ == "advcl" and to_infinitive(act))) \
                and act.lemma_.lower() in lex.force_acts:  # (sm: "to use 'all necessary means'" adverbial)
            means = [o for o in act.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.force_means]
            if means:  # (whom it allows, and the act, are no recipients: "against Iraq" is)
                allowed = [o for o in v.children if o.dep_ in ("dobj", "obj")]
                return Candidate(v, "THREATEN", "violence", [v, act, means[0]], [*means, act, *allowed])
    return None


def military_strike(cand: Candidate | None, lex: Lexicon) -> Candidate | None:
    """"joined Israel's strikes on Iranian nuclear sites", "join the air strikes against ISIS": a strike aimed at
    a place or made by a state (or by air, missile, drone) is an attack, not a labour strike joined."""
    if cand is None or cand.nominal or (cand.event_type, cand.mode) != ("PROTEST", "strike"):
        return None
    for o in cand.objects:
        if o.lemma_.lower() != "strike":
            continue
        aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
            t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") for t in c.subtree) for c in o.children)  # not "against pay cuts"
        by_state = any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in o.children)
        armed = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.weapon_modes for c in o.children)
        labour = any(c.dep_ in ("compound", "amod") and c.lower_ in ("general", "hunger", "indefinite", "national",
                                                                     "nationwide", "labour", "labor") for c in o.children)
        if (aimed or by_state or armed) and not labour:  # ("launched an indefinite general strike against ... rule")
            return Candidate(cand.head, "ASSAULT", None, cand.words, cand.objects)
    return None


_MEDIUM_PREPS = {"in", "during", "on", "by", "over"}


def by_phone(v: Token, lex: Lexicon) -> Candidate | None:
    """"told Netanyahu in a phone call", "spent 48 hours on the phone with": a phone consultation
    by the verb's subject."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.phone_verbs:
        return None
    for c in v.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in _MEDIUM_PREPS:  # sm: "spoke by telephone" as an agent
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            hit = noun_trigger(p, lex)
            phone = p.lemma_.lower() in ("phone", "telephone") and c.lower_ in ("on", "by", "over")
            if (phone or (hit is not None and hit[0] == ("CONSULT", "phone"))) and _phone_partner(v, lex):
                return Candidate(v, "CONSULT", "phone", [v, c, p], [p])
    return None


def _phone_partner(v: Token, lex: Lexicon) -> bool:
    """Someone on the other end: an object ("told Netanyahu"), "with"/"to" someone, or a joint subject
    ("Kenyatta and Magufuli spoke by telephone"); "a rights group's director said by telephone" has none,
    and the press is no partner ("told Xinhua by phone": an interview)."""
    def press(t: Token) -> bool:
        return t.lower_ in lex.press or t.lemma_.lower() in lex.press

    for c in v.children:
        if c.dep_ in ("dobj", "obj", "dative") and not press(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "to") and not any(press(p) for p in c.children if p.dep_ == "pobj"):
            return True
        if c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children):
            return True
    return False


def announced_refusal(v: Token) -> bool:
    """"will not accept", "would not resign", "won't attend": a verb negated with a future or
    conditional auxiliary."""
    if v.pos_ != "VERB":
        return False
    neg = any(c.dep_ == "neg" for c in v.children)
    return neg and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in v.children)


def by_hazard(v: Token, lex: Lexicon) -> bool:
    """"Iran is regularly struck by quakes", "a storm killed 20", "the earthquake that flattened the
    city, killing 20,000": a natural hazard does it, no actor."""
    verbs = [v]
    if v.dep_ == "advcl" and v.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in v.children):
        # "..., killing 20,000": the governing verb's subject does it; sm may hang the gerund higher
        # than the verb just before it, so that one's subject counts too
        before = next((t for t in reversed(v.doc[v.sent.start:v.i]) if t.pos_ == "VERB"), None)
        verbs = [v.head] + ([before] if before is not None else [])
    for verb in verbs:
        for c in verb.children:  # ("Battered by falling prices, the kwacha ...": sm may make the "by" a preposition)
            if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ == "VBN"):
                heads = [c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "nsubj" and c.lower_ in ("that", "which") and verb.dep_ == "relcl":
                    heads = [verb.head]  # "the earthquake that flattened ..."
                if c.dep_ == "nsubj" and c.lower_ == "it":
                    heads = _previous_subject(verb)  # "The quake struck inland ... It destroyed houses"
                if any(_hazard(h, lex) for h in heads):
                    return True
    if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        # "was dispatched after two quakes, measuring 7.6, struck west of ...": sm joins the struck
        # to the verb before and gives it that verb's subject; the hazard named between them did it
        return any(_hazard(t, lex) for t in v.doc[v.head.i + 1:v.i]
                   if t.dep_ == "pobj" and t.head.lower_ in ("after", "before", "as", "since", "until", "when"))
    return False


def _hazard(t: Token, lex: Lexicon) -> bool:
    return t.lemma_.lower() in lex.hazards or t.lower_ in lex.hazards


def _previous_subject(v: Token) -> list[Token]:
    """The first subject of the sentence before v's: what a sentence-initial "it" most likely is."""
    start = v.sent.start
    if start == 0:
        return []
    prev = v.doc[start - 1].sent
    return [t for t in prev if t.dep_ in ("nsubj", "nsubjpass")][:1]


def attempted(v: Token, lex: Lexicon) -> bool:
    """"stormed the airport in a bid to force the prime minister to resign": what a bid, attempt or
    effort is for has not happened; it is the aim of another act."""
    cur = v
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "acl", "advcl") or cur.head == cur:
            return False
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in lex.attempt_nouns:
            return True
        cur = cur.head
    return False


def troops_recalled(v: Token, lex: Lexicon) -> Candidate | None:
    """"ordered the troops massed near Ukraine's borders to return to their permanent bases", "ordered troops ... back
    to their bases": a de-escalation (CONCEDE, as the gold set codes it), not a deployment."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ("order", "tell", "instruct", "command"):
        return None
    troops = next((o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.troops), None)
    if troops is None:
        return None
    words = list(v.subtree)
    back = any(t.lemma_.lower() in ("back", "return") for t in words)
    home = any(t.dep_ == "pobj" and t.head.lower_ == "to" and t.lemma_.lower() in _POSTS | {"home"} for t in words)
    return Candidate(v, "CONCEDE", None, [v, troops]) if back and home else None


def said_no(v: Token) -> Candidate | None:
    """"said no to paying Greece reparations", "said a thousand times no to Trump's plan": a refusal (REJECT)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "say":
        return None
    no = next((c for c in v.children if c.lower_ == "no" and c.dep_ in ("intj", "dobj", "obj", "npadvmod", "advmod")), None)
    to = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if no is None or to is None:
        return None
    return Candidate(v, "REJECT", None, [v, no], [p for p in to.children if p.dep_ in ("pobj", "pcomp")])


def forced_down(v: Token, lex: Lexicon) -> Candidate | None:
    """"forced a Ryanair airliner to land in Minsk", "forced the plane down": COERCE (mode null, the gold guidelines)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "force":
        return None
    craft = next((o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.hijacked_craft), None)
    if craft is None:
        return None
    landed = any(t.lemma_.lower() == "land" and t.i > craft.i for t in v.subtree) \
        or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in v.children)  # (sm may read "to land" as a noun)
    return Candidate(v, "COERCE", None, [v, craft], [craft]) if landed else None


def let_in(v: Token, lex: Lexicon) -> Candidate | None:
    """"let a UN convoy into the Vanni region", "allowed Red Cross delegates into Insein prison": letting
    someone in is granting access (RETREAT access)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.permit_verbs:
        return None
    whom = next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)  # "convoys were allowed into"
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in v.children) or (
        whom is not None and any(c.dep_ == "prep" and c.lower_ == "into" for c in whom.children))
    if whom is not None and into:
        return Candidate(v, "RETREAT", "access", [v], [whom])
    comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
    whom = whom or next((g for c in comps for g in c.children if g.dep_ == "nsubj"), None)
    if whom is None or not comps:
        return None
    kind = whom.lemma_.lower()
    if kind in lex.hijacked_craft and any(c.lemma_.lower() in lex.leave_verbs for c in comps):
        return Candidate(v, "RETREAT", "release", [v], [whom])  # "allowed two seized tankers to leave the port"
    if kind in lex.withdrawn or kind in lex.let_work or kind == "agency" and any(
            c.lemma_.lower() in lex.outside_agencies for c in whom.children):  # "allowed an OSCE group to open an office in Grozny"
        return Candidate(v, "RETREAT", "access", [v], [whom])  # (not "allowed agencies to waive reviews": its own)
    return None


def people_permitted(v: Token, lex: Lexicon) -> Candidate | None:
    """"allowed women to drive", "let three private television stations back on air", "let rival parties contest
    elections": letting one's people or press act is a right granted (CONCEDE)."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma == "help" or lemma not in lex.permit_verbs:
        return None  # (no set built per verb: this runs for every verb)
    comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
    whom = [c for c in v.children if c.dep_ in ("dobj", "obj")] + [
        g for c in comps for g in c.children if g.dep_ == "nsubj"]
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in v.children)
    if (comps or back) and any(w.lemma_.lower() in lex.permitted_people for w in whom):
        return Candidate(v, "CONCEDE", None, [v], whom)
    return None


def forceful_response(v: Token, lex: Lexicon) -> Candidate | None:
    """"said it would respond appropriately if ...", "would react firmly": a response announced with a manner of force
    (lexicon retort_manners) is an announced act of force, told as one ("said it would retaliate"); a past "responded
    firmly" is words."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.retort_verbs or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo") for c in v.children):
        return None
    manner = [c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.retort_manners]
    return Candidate(v, "ASSAULT", None, [v, *manner]) if manner else None


def people_let_go(v: Token, lex: Lexicon) -> Candidate | None:
    """"Boko Haram let the girls go", "had let all 53 dissidents out of jail": people let go are released (RETREAT
    release)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "let":
        return None
    whom = [c for c in v.children if c.dep_ in ("dobj", "obj")] + [
        g for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "go" for g in c.children if g.dep_ == "nsubj"]
    gone = any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "go" for c in v.children) or any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "free") for c in v.children)
    if not whom or not gone or any(w.lemma_.lower() in lex.hardware or w.lemma_.lower() in lex.troops for w in whom):
        return None
    return Candidate(v, "RETREAT", "release", [v], whom)


def by_hazard_named(cand: Candidate, lex: Lexicon) -> bool:
    """"declared a state of emergency over a prolonged drought": the act names a natural hazard as its cause."""
    return any(p.lemma_.lower() in lex.hazards for h in [cand.head, *cand.objects] for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("over", "because", "after", "amid", "for")
               for p in c.subtree if p.pos_ == "NOUN")


def no_one_helped(cand: Candidate) -> bool:
    """"helped celebrate the anniversary", "helping drive the euro down": help/assist with only an
    infinitive complement and no one helped is no AID."""
    v = cand.head
    if cand.event_type != "AID" or v.lemma_.lower() not in ("help", "assist") or cand.objects:
        return False
    comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]
    helped = any(c.dep_ in ("dobj", "obj", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "for"))
                 for c in v.children)
    comp_subject = any(g.dep_ in ("nsubj", "nsubjpass") for c in comps for g in c.children)
    return bool(comps) and not helped and not comp_subject


_CONDEMNABLE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def condemned(noun: Token, cands: dict, lex: Lexicon) -> bool:
    """"condemned Russia's invasion of Ukraine", "spoke out against Israel's attacks": a hostile act
    condemned is an event of its own (its actor is named on the noun); "criticised the NATO summit"
    is not a second event."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    cand = cands.get(head.i)
    hit = noun_trigger(noun, lex)
    if hit is None or hit[0][0] not in _CONDEMNABLE:
        return False
    if cand is None or cand.event_type != "ACCUSE":
        return False
    return any(  # (a possessor names the doer: "the coalition's")
        c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ") or c.dep_ == "poss" and c.pos_ == "NOUN"
        or c.dep_ == "prep" and c.lower_ == "by"  # "over the executions of civilians by Indonesian troops"
        and any(p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") for p in c.children)
        for c in noun.children) or hit[0][0] == "ASSAULT" and condemned_attack(noun)


def condemned_attack(noun: Token) -> bool:
    """"condemned the deadly assault on the American consulate in Benghazi": an attack condemned as the object
    of the condemning verb, told in full (what it hit is named), not an attack told before ("condemned the
    attack"); a doer named on it ("the Saudi-led air strikes on Sanaa") is its actor, else the place's
    unidentified forces are (`implied.unnamed_attacker`)."""
    return noun.dep_ in ("dobj", "obj") and not any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of")
        and any(p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") for p in c.children) for c in noun.children)


def named_on(noun: Token) -> bool:
    """"the US cruise missile strikes", "the Saudi-led air strikes": a word before the noun names someone."""
    return any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG")
               for t in noun.subtree if t.i < noun.i)


def blamed_doers(noun: Token, lex: Lexicon) -> list[Token]:
    """"blamed Iran for Saturday's attack", "held Iran responsible for the attack", "punished Libya for
    the bombings", "blamed the attack on Iran", "accused the government of genocide": the nouns the blame names
    as the act's doers."""
    verb = noun.head.head
    if verb.lower_ in ("responsible", "accountable", "liable") and verb.dep_ in ("oprd", "acomp", "ccomp", "xcomp"):
        verb = verb.head  # "held Iran responsible for the attack"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.blame_verbs:
        return [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() == "blame":
        return blamed_on(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "accused Israel of the attack", "of genocide"
        gov = noun.head.head  # (sm hangs the "of" on the verb or on its object)
        accused = gov if gov.dep_ in ("dobj", "obj") else next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
        verb = gov.head if gov.dep_ in ("dobj", "obj") else gov
        if accused is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.accused_of_verbs:
            return [accused]
    return []


def blamed_on(verb: Token) -> list[Token]:
    """"blamed the attack on Pakistan": whom "blame ... on" names. sm hangs a lone "on" on the blamed act
    ("the attack on Pakistan"); with two, the second is the verb's ("the attack on tourists ... on militants")."""
    own = prep_objects(verb, {"on"})
    if own or verb.lemma_.lower() != "blame":
        return own
    act = next((o for o in verb.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"), None)
    ons = [c for c in act.children if c.dep_ == "prep" and c.lower_ == "on"] if act is not None else []
    return [p for p in ons[0].children if p.dep_ == "pobj" and p.pos_ == "PROPN"] if len(ons) == 1 else []


def offered_by(noun: Token, lemmas: tuple[str, ...]) -> Token | None:
    """The participle with an agent that says who offered (or proposed) the noun or what it holds: "a package
    of incentives offered by Britain"."""
    return next((a for n in (noun, *of_objects(noun)) for a in n.children
                 if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in lemmas
                 and any(c.dep_ == "agent" for c in a.children)), None)


def rejected_proposal(noun: Token, cands: dict, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"rejected a British demand that ...", "dismissed calls by ASEAN to ...", "turned down Seoul's offer of
    flour", "dismissed a package of incentives offered by Britain", "dismissed U.S. accusations that": a request,
    an offer or an accusation whose maker the noun names is an event of its own (the guidelines), beside its
    rejection. Returns its trigger and words."""
    cand = cands.get(noun.head.i)
    if cand is None or cand.event_type != "REJECT" or noun.dep_ not in ("dobj", "obj"):
        return None  # (the cheap tests first: this runs for every noun)
    offered = offered_by(noun, ("offer",))
    if offered is not None:
        return ("AGREE", None), [offered]
    hit = noun_trigger(noun, lex)
    if hit is None or hit[0][0] not in ("REQUEST", "AGREE", "ACCUSE"):  # "dismissed U.S. accusations that ..."
        return None
    named = names_its_doer(noun)
    named = named or hit[0][0] == "AGREE" and any(  # "spurned offers of US humanitarian aid": the aid's giver
        c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
        for o in of_objects(noun) for c in o.children)
    return (hit[0], [noun]) if named else None


def names_its_doer(noun: Token) -> bool:
    """An act noun that names who did it: "Turkey's offensive", "the Saudi-led air strikes", "a demand from Beijing"."""
    return any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
               or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)


def condemned_act(noun: Token, cands: dict, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """"The EU condemned Turkey's military offensive against Kurdish-led forces": an act of force the accusation names,
    with its doer, is an event of its own (the gold guidelines; CAMEO codes the accusation only)."""
    cand = cands.get(noun.head.i)
    if cand is None or cand.event_type != "ACCUSE":
        return None
    # the accusation's object; its subject told in the passive ("Turkey's offensive was condemned by the EU"), or
    # the subject of what drew it ("Turkey's offensive drew condemnation from the Arab League")
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") and not (
            noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.reaction_verbs):
        return None
    hit = noun_trigger(noun, lex)
    if hit is None or hit[0][0] not in _CONDEMNED_TYPES or not names_its_doer(noun):
        return None
    return hit[0], [noun]


_CONDEMNED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def kept_from(v: Token) -> list[Token]:
    """The gerunds of v's "from" phrases, also where sm hangs the phrase on v's object: "barred the envoy from
    entering", "barred the junta leader from attending"."""
    return [g for h in (v, *(o for o in v.children if o.dep_ in ("dobj", "obj"))) for c in h.children
            if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pcomp"]


def barred_entry(v: Token, lex: Lexicon) -> Candidate | None:
    """"Myanmar barred the UN investigator from visiting the country": a refused entry (REJECT)."""
    if v.pos_ != "VERB" or verb_lemma(v, lex) not in lex.entry_bars:
        return None
    went = next((g for g in kept_from(v) if g.lemma_.lower() in lex.entries), None)
    # into a state ("the country", "Thailand", "its waters"), not a square police keep protesters out of
    into_state = went is not None and any(o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in _STATE_GROUND or o.ent_type_ == "GPE")
                                          for o in went.children)
    if into_state:
        return Candidate(v, "REJECT", None, [v, went], [went])
    kept = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.withdrawn]
    if kept and any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
        return Candidate(v, "REJECT", None, [v], kept)  # "barred UN nuclear inspectors from the Parchin complex"
    return None


_STATE_GROUND = frozenset({"country", "territory", "airspace", "water", "port", "state", "kingdom", "republic", "island"})


def declared_unwelcome(v: Token) -> Candidate | None:
    """"Norway declared 15 Russian embassy officials persona non grata": an expulsion (SANCTION expel), whom it
    names its object (sm reads "persona" as a verb)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "declare":
        return None
    persona = next((t for t in v.subtree if t.lower_ == "persona"), None)
    if persona is None or not any(t.lower_ == "grata" for t in persona.subtree):
        return None
    named = [t for t in v.subtree if v.i < t.i < persona.i and t.dep_ in ("dobj", "obj", "nsubj")
             and t.head in (v, persona)]
    return Candidate(v, "SANCTION", "expel", [v, persona], named)


def listed_as_terrorist(v: Token, lex: Lexicon) -> Candidate | None:
    """"designated Haiti's Viv Ansanm gang coalition as a foreign terrorist organisation", "designated the Houthis a
    terrorist group", "declared the foundation an extremist organisation": a listing (lexicon listing_verbs) as
    a body the lexicon's listing_marks qualify is a SANCTION on whom it names, its object."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.listing_verbs:
        return None
    body = next((t for t in v.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in lex.bodies_listed
                 and any(c.lemma_.lower() in lex.listing_marks for c in t.children if c.dep_ in ("amod", "compound"))), None)
    if body is None:
        return None
    named = [t for t in v.children if t.dep_ in ("dobj", "obj", "dative") and t != body]
    return Candidate(v, "SANCTION", None, [v, body], named)


def walked_free(v: Token, lex: Lexicon) -> Candidate | None:
    """"Nelson Mandela walked free from prison", "walked out of a federal prison in West Virginia": a release
    (RETREAT release) by the state that held them (not a walkout); whom it names is its subject
    (`EventCoder._released_walkers`)."""
    if v.pos_ != "VERB" or v.lemma_.lower() != "walk":
        return None
    free = next((c for c in v.children if c.lower_ == "free" and c.dep_ in ("acomp", "advmod", "oprd", "xcomp", "dobj")), None)
    held = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("out", "from")
            for q in [c, *(x for x in c.children if x.dep_ == "prep" and x.lower_ == "of")]
            for p in q.children if p.dep_ == "pobj" and (p.lemma_.lower() in lex.custody_places or any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in lex.custody_places for m in p.children))]
    if free is None and not held:
        return None
    return Candidate(v, "RETREAT", "release", [v, free or held[0]])


def police_act(v: Token, lex: Lexicon) -> Candidate | None:
    """"Hong Kong police raided the offices of Stand News": a police raid or search, or a raid on offices, is COERCE
    seize."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in lex.police_acts:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children):
        return None  # "police searching for the gunman": a manhunt, no search of anyone's premises
    if lemma != "storm" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.searched_premises
                                for c in v.children):
        return Candidate(v, "COERCE", lex.police_acts[lemma], [v])  # "troops raided the bureau of Al Jazeera"
    for s in (t for c in v.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)):  # "tax officials and police"
        if s.lemma_.lower() in lex.police or any(c.dep_ == "compound" and c.lemma_.lower() in lex.police
                                                 for c in s.children):
            return Candidate(v, "COERCE", lex.police_acts[lemma], [v])
    return None


def hacker_act(v: Token, lex: Lexicon) -> Candidate | None:
    """"Hackers working for North Korea stole $81 million from Bangladesh's central bank", "hackers broke
    into the email accounts": what hackers do to others' systems is COERCE cyber."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in lex.hack_verbs:
        return None
    subj, passive = subject(v, lex)
    if subj is None or passive or subj.lemma_.lower() not in lex.hackers:
        return None
    return Candidate(v, "COERCE", "cyber", [v])


def means_of_passive(noun: Token, cands: dict) -> Candidate | None:
    """The verb candidate of a passive with no agent whose "in"/"during" phrase names the act:
    "three Palestinians were killed in an Israeli air strike"."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = cands.get(noun.head.head.i)
    if verb is None or verb.nominal or noun.head.i < verb.head.i:  # not a fronted "In the 2006 war, ..."
        return None
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children):
        return None
    if any(c.dep_ == "agent" for c in verb.head.children):
        return None
    return verb


def weapon_hit(v: Token, lex: Lexicon) -> Candidate | None:
    """"Ukrainian drones hit a refinery", "the house was hit by two Israeli missiles": "hit" is an
    attack only when a weapon or an armed force does it ("he hit another vehicle" is not); a
    weapon_context_verbs verb ("target") also in a sentence naming an armed force or weapon outside
    its object ("Houthi rebels targeted a tanker"; "BRICS did not target any country" is no attack), or with
    people or places only force targets as its object (lexicon attacked_people, civilian_places)."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in lex.weapon_verbs:
        return None
    for c in v.children:
        heads = [c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "agent" else []
        if any(h.lemma_.lower() in lex.weapons_force for h in heads):
            return Candidate(v, "ASSAULT", None, [v])
    if lemma in lex.weapon_context_verbs:
        inside = {t.i for c in v.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        if any(c.lemma_.lower() in lex.attacked_people or c.lemma_.lower() in lex.civilian_places
               for c in v.children if c.dep_ in ("dobj", "obj")):
            return Candidate(v, "ASSAULT", None, [v])  # "denied targeting civilians": only force targets them
        if any(t.lemma_.lower() in lex.weapons_force and t.pos_ in ("NOUN", "PROPN") and t.i not in inside
               for t in v.sent):
            return Candidate(v, "ASSAULT", None, [v])
    return None


def _armed(word: str, lex: Lexicon) -> bool:
    """A subject word of armed force ("rebels", "Forces"; lexicon weapons_force) or of hijackers."""
    return word in lex.weapons_force or word in lex.hijackers or word.removesuffix("s") in lex.weapons_force


def _armed_speaker(v: Token, lex: Lexicon) -> bool:
    """"The Rapid Support Forces said they had taken El Fasher": a pronoun subject of a reported clause is
    its armed speaker."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("they", "it", "we") or v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORTING:
        return False
    return any(c.dep_ == "nsubj" and _armed(c.lemma_.lower(), lex) for c in v.head.children)


_HOSTAGES = frozenset({"hostage", "captive"})


def _seized_people(o: Token, lex: Lexicon) -> bool:
    """People seized, not things: "20 foreign tourists", "him", "dozens of peacekeepers"."""
    heads = [o, *(t for t in o.children if t.dep_ == "prep" and t.lower_ == "of" for t in t.children if t.dep_ == "pobj")]
    return any(h.lower_ in ("him", "her", "them") or h.ent_type_ == "PERSON" or h.lemma_.lower() in lex.seized_people
               or h.lemma_.lower() in lex.deportees for h in heads)


def accepted_ask(v: Token, lex: Lexicon) -> Candidate | None:
    """"Venezuela agreed to a US request to free all political prisoners": agreeing to what is asked (lexicon
    conceded_asks) is a concession (CONCEDE), not an agreement between equals ("bowing to pressure" beside an act
    tells why it was done, no act of its own)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ("agree", "consent", "accede"):
        return None
    ask = next((p for p in prep_objects(v, {"to"}) if p.lemma_.lower() in lex.conceded_asks), None)
    return Candidate(v, "CONCEDE", None, [v, ask]) if ask is not None else None


def captured_people(v: Token, lex: Lexicon) -> Candidate | None:
    """"Pakistan shot down two Indian jets and captured a pilot", "Venezuela captured two American ex-soldiers": people
    captured are seized (COERCE seize, as "seized 15 British sailors"; a named group's captives are abducted,
    `coder._people_seized`), not a place taken."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ("capture", "recapture"):
        return None
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in lex.captured_places
               and not any(a.dep_ == "appos" and a.lemma_.lower() in lex.captured_places for a in c.children)]
    if any(_seized_people(o, lex) or o.lemma_.lower() in lex.taken_people for o in objects):
        return Candidate(v, "COERCE", "seize", [v])  # (not "the Black Sea city of Sukhumi", "Laukkai, the capital")
    return None


def armed_take(v: Token, lex: Lexicon) -> Candidate | None:
    """"Tuareg rebels and Islamist fighters have taken Timbuktu", "M23 rebels seized the city of Goma": a
    place armed forces take, seize or take control of is an attack (PLOVER ASSAULT; "took part", or a
    take by anyone else is none); "pirates seized a yacht and its crew": a craft irregulars seize is an
    abduction (ASSAULT abduct; a state's guards seizing a tanker stay COERCE seize), and so is a building
    irregulars seize with people inside ("guerrillas seized the ambassador's residence": lexicon held_buildings)."""
    lemma = verb_lemma(v, lex)
    if v.pos_ != "VERB" or lemma not in ("take", "seize", "retake", "recapture") or any(c.dep_ == "prt" for c in v.children):
        return None
    subjects = [c.lemma_.lower() for c in v.children if c.dep_ == "nsubj"]
    if not subjects and v.dep_ == "conj" and (shared := subject(v, lex)[0]) is not None:
        subjects = [shared.lemma_.lower()]  # "US tanks rolled through the city and seized a palace"
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if lemma == "seize" and any(s in lex.hijackers for s in subjects) and any(
            t.lemma_.lower() in lex.hijacked_craft for o in objects for t in o.subtree):  # sm: "yacht" may be a compound
        return Candidate(v, "ASSAULT", "abduct", [v], [])
    if lemma == "seize" and any(s in lex.hijackers for s in subjects) and any(
            o.lemma_.lower() in lex.held_buildings for o in objects):  # "seized the residence": a hostage-taking
        return Candidate(v, "ASSAULT", "abduct", [v], [])
    if lemma == "seize" and (any(p.lemma_.lower() in _HOSTAGES for p in prep_objects(v, {"as"})) or any(
            s in lex.hijackers for s in subjects) and any(_seized_people(o, lex) for o in objects)):
        return Candidate(v, "ASSAULT", "abduct", [v], [])  # "seized dozens of blue helmets as hostages", "gunmen seized 20 tourists"
    if not any(_armed(s, lex) for s in subjects) and not _armed_speaker(v, lex):
        return None
    for o in objects:
        held = o  # "seized control of three apartment blocks", "had taken full control of El Fasher": the place
        if o.lemma_.lower() in ("control", "one", "part", "most", "some") or o.pos_ == "NUM":
            # ("seized one of Saddam Hussein's palaces", "took part of the city": the place is the "of" object)
            held = next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), o)
        if held.lemma_.lower() in lex.captured_places or held.pos_ == "PROPN" and (
                held is not o or held.ent_type_ in ("GPE", "LOC", "FAC", "") and lemma in ("take", "retake", "recapture")):
            return Candidate(v, "ASSAULT", None, [v, o] if held is not o else [v], [])
    return None


_TERMS = {"year", "month", "week", "day", "life", "term", "prison", "jail", "imprisonment", "detention", "colony"}


def prison_term(v: Candidate) -> Candidate | None:
    """"sentenced Gershkovich to 16 years in a penal colony": a conviction that means prison is also
    COERCE arrest (PLOVER; the guidelines' SANCTION convict plus COERCE arrest)."""
    if v.nominal or v.event_type != "SANCTION" or v.mode != "convict":
        return None
    holders = [v.head]
    if v.head.dep_ == "amod":  # "sentenced activist X to 11 years": sm's adjective verb, the term on its noun
        holders += [v.head.head, v.head.head.head]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in _TERMS:
                    return Candidate(v.head, "COERCE", "arrest", [v.head, c, p], [p])
        # "handed the reporters 12-year terms", "gave him a life sentence": the term given is the object
        if c.dep_ == "dobj" and c.lemma_.lower() in ("term", "sentence") and any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in _TERMS for m in c.children):
            return Candidate(v.head, "COERCE", "arrest", [v.head, c], [c])
    return None


_JAIL_VERBS = frozenset({"jail", "imprison"})
_SENTENCE_TERMS = frozenset({"year", "life"})   # a court's term (police hold people for hours or days)


def jail_term(v: Candidate) -> Candidate | None:
    """"were jailed for seven years by a Cairo court": prison for a term is also a conviction (SANCTION convict;
    `prison_term` is the other way round)."""
    if v.nominal or v.event_type != "COERCE" or v.head.lemma_.lower() not in _JAIL_VERBS:
        return None
    for c in v.head.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in _SENTENCE_TERMS:
                    return Candidate(v.head, "SANCTION", "convict", [v.head, c, p], [p])
    return None


def weapon_mode(cand: Candidate, lex: Lexicon) -> str | None:
    """The PLOVER ASSAULT mode of the weapon the attack names: its doer ("Turkish drones struck"), its
    means ("killed in a car bomb explosion", "with artillery") or its object ("dropped chemical bombs")."""
    verbs = [cand.head]
    if cand.head.dep_ == "advcl" and cand.head.tag_ == "VBG":  # "a car bomb exploded ..., killing seven"
        verbs.append(cand.head.head)
    heads = list(cand.objects)
    for v in verbs:
        heads += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
        heads += [p for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "in")
                  for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        clauses = {t.i for c in h.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
        for t in (t for t in h.subtree if t.i not in clauses):  # modifiers first: "chemical bombs"
            mode = lex.weapon_modes.get(t.lemma_.lower())
            if mode:
                return mode
    return None


def handover_of_person(cand: Candidate, lex: Lexicon) -> bool:
    """"Bolivia handed over Klaus Barbie to France": handing a person over to another state is an
    extradition (COOPERATE), not aid."""
    v = cand.head
    if cand.event_type not in ("AID", "RETREAT") or cand.nominal or v.lemma_.lower() not in ("hand", "turn", "surrender"):
        return False  # ("surrendered the suspects to the UN tribunal": not a surrender of arms)
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if any(o.lower_.rstrip("s") in lex.returned_things for o in objs):
        return False  # "handed over 20 Benin Bronzes": property given back (sm may tag the name a person)
    to_court = any(t.lemma_.lower() in ("tribunal", "court") for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                   for t in c.subtree)  # "handed Ratko Mladic over to the UN war crimes tribunal" (sm: a LOC)
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in lex.handed_people or to_court and o.pos_ == "PROPN"
               or o.lower_ in ("him", "her") or to_court and o.lower_ == "them" for o in objs)  # "surrendered him to the ICC"


def opened_to_people(cand: Candidate, lex: Lexicon) -> bool:
    """"Benin opened its borders to West Africans ordered out of Nigeria", "reopened the crossing to aid
    convoys": opening a border to people in need or to aid is humanitarian AID (to trade: COOPERATE)."""
    v = cand.head
    if cand.event_type != "COOPERATE" or v.lemma_.lower() not in ("open", "reopen"):
        return False
    whom = [p for o in [v, *cand.objects] for c in o.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
            for p in c.children if p.dep_ == "pobj"]
    for _ in range(2):  # "to tens of thousands of ethnic Uzbeks": through the numbers
        whom += [q for p in whom if p.lemma_.lower() in lex.containers or p.lower_ in lex.crowd for q in of_objects(p)
                 if q not in whom]
    # sm may hang "fleeing" on the verb, or make "to thousands of Syrians fleeing" a clause of its own
    fleeing = any(c.dep_ == "advcl" and c.lemma_.lower() == "flee" for c in v.children)
    fleeing = fleeing and bool(whom) or any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
        g.dep_ == "pcomp" and g.lemma_.lower() == "flee" for g in c.children) for o in [v, *cand.objects] for c in o.children)
    return fleeing or any(p.lemma_.lower() in lex.let_in or p.ent_type_ == "NORP"
                          or any(a.dep_ == "acl" and a.lemma_.lower() == "flee" for a in p.children) for p in whom)
