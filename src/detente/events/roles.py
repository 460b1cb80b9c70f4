"""Who and whom of a predicate over spaCy's dependency parse."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef
from ..syntax import GERUND_PREPS as _CONTROL_PREPS  # "accused Iran of supplying", "stopped X from entering"
from ..syntax import set_off_participle, to_infinitive
from .lexicon import Lexicon
from .mentions import PRONOUNS, MentionIndex

_SUBJ = {"nsubj", "csubj"}
_UP = {"xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "advmod", "ccomp", "oprd"}
_RELPRON = {"which", "that", "who", "whom"}
# verbs whose object does what their of/for/from/against gerund says ("accused Iran of supplying
# missiles", "blamed X for shelling", "stopped the convoy from entering")
OBJECT_CONTROL = {"accuse", "blame", "charge", "criticize", "criticise", "condemn", "fault", "suspect",
                  "praise", "commend", "thank", "congratulate", "sanction", "punish", "prevent", "stop",
                  "bar", "ban", "prohibit", "warn", "convict", "indict", "arrest", "detain", "jail"}
_ARMING = {"arm", "armed", "equip"}   # "gunmen armed with knives"
_CHARGING = {"charge", "indict"}      # "charged three officers with hacking into ...": their act
_IMPOSE = {"impose", "slap", "levy"}  # "imposed sanctions on X for doing": X did it


def gerund_controller(v: Token) -> Token | None:
    """The object of an object-control verb when v is its of/for gerund ("accused Iran of supplying")."""
    p = v.head
    if v.dep_ != "pcomp" or p.dep_ != "prep" or not (p.lower_ in _CONTROL_PREPS or p.lower_ == "with" and p.head.lemma_.lower() in _CHARGING):
        return None
    gov = p.head
    if gov.dep_ in ("dobj", "obj") and gov.head.lemma_.lower() in OBJECT_CONTROL:
        return gov  # "accused Egyptian police of torturing": sm hangs the "of" on the object
    if p.lower_ == "for" and gov.lemma_.lower() in _IMPOSE:  # "imposed an embargo on Eritrea for supporting ..."
        return next((o for h in [*(c for c in gov.children if c.dep_ in ("dobj", "obj")), gov] for c in h.children
                     if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children
                     if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return next(iter(direct_objects(gov)), None)  # (an object relative's noun: "commanders it accused of ordering")


def listed_gerund_controller(v: Token) -> Token | None:
    """The accused when v is a later gerund of the accusation's list that sm hangs on the verb as
    an adverbial clause ("accused China's coast guard of boarding two boats, seizing rifles and
    injuring a sailor": the coast guard seized and injured, not the accuser; also as the verb's conjunct:
    "accused its troops of burning villages and executing civilians")."""
    if v.dep_ not in ("advcl", "conj") or v.tag_ != "VBG" or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in v.children):
        return None
    gov = v.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
    if not any(c.dep_ == "prep" and c.lower_ in _CONTROL_PREPS and c.i < v.i  # (sm may hang the "of" on the object)
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in [*gov.children, *(obj.children if obj is not None else ())]):
        return None
    return obj


def listed_gerund_sibling(v: Token) -> Token | None:
    """The first gerund of the list v belongs to (see listed_gerund_controller)."""
    cur = v
    while cur.dep_ == "conj" and cur.head.tag_ == "VBG":
        cur = cur.head
    if listed_gerund_controller(cur) is None:
        return None
    return next((g for c in cur.head.children if c.dep_ == "prep" and c.lower_ in _CONTROL_PREPS and c.i < cur.i
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def reflexive(tok: Token) -> bool:
    """"itself", "themselves": the doer again."""
    return tok.lower_.endswith(("self", "selves"))


def with_conjuncts(tok: Token) -> list[Token]:
    """A head and what is coordinated with it, also through an apposition
    ("Russia's President Vladimir Putin and ... Kim Jong Un": sm parses Kim as Putin's conjunct)."""
    heads = [tok, *tok.conjuncts]
    for a in tok.children:
        if a.dep_ == "appos" and a.conjuncts:  # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
            heads.extend([a, *a.conjuncts])
    return heads


def subjects(v: Token) -> list[Token]:
    """A verb's own subjects, active or passive."""
    return [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]


_TIME_NOUNS = frozenset({"day", "night", "week", "weekend", "month", "year", "hour", "minute", "time", "morning",
                         "evening", "afternoon", "decade", "century", "season"})


def own_subject(v: Token) -> tuple[Token | None, bool]:
    """(subject, passive) of v's own clause."""
    subs = [c for c in v.children if c.dep_ in _SUBJ or c.dep_ == "nsubjpass"]
    if len(subs) > 1 and _set_off(subs[0]):  # "In Kisumu, an opposition stronghold, police shot": sm gives
        before = [c for c in subs if c.i < v.i]  # two; the one set off by commas is an apposition, the nearest v's
        subs = [before[-1]] if before else subs
    if subs:
        return (subs[0], _reduced_passive(v) or came_under(v) is not None) if subs[0].dep_ in _SUBJ else (subs[0], True)
    # "Nauru will cut its ties with Taiwan": sm may make a sentence-initial name an adverb of the verb
    first = next((c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN"
                  and c.i == v.sent.start), None)
    if first is None and v.pos_ == "VERB":  # "A court sentenced dissident Wei ...": sm may make a determined
        # noun before v an npadvmod
        first = next((c for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                      and c.left_edge.i == v.sent.start and not c.ent_type_ and c.lemma_.lower() not in _TIME_NOUNS
                      and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)), None)
    return first, False


def _set_off(t: Token) -> bool:
    """A phrase followed by a comma (", an opposition stronghold,")."""
    last = max(x.i for x in t.subtree)
    return t.doc[last].text == "," or (last + 1 < len(t.doc) and t.doc[last + 1].text == ",")


# "came under fire": what one comes under is done to one (the subject is its target, as of a passive)
_COME_UNDER = frozenset({"fire", "attack", "shelling", "bombardment", "assault", "bombing", "barrage", "gunfire",
                         "rocket", "mortar", "artillery", "sniper"})


def came_under(v: Token) -> Token | None:
    """"Spanish peacekeepers came under fire": the noun of force v's subject came under, or None."""
    if v.lemma_.lower() != "come":
        return None
    return next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in _COME_UNDER), None)


def _reduced_passive(v: Token) -> bool:
    """"more than 640 Palestinians killed since the assault began", as a modifier: sm gives a past
    participle with no auxiliary a subject, which is whom it was done to."""
    if v.dep_ == "relcl" and any(c.dep_ == "nsubj" and v.head.i < c.i < v.i for c in v.children):
        return False  # "a move Seoul condemned as retaliation": an object relative, its own subject did it
    return v.tag_ == "VBN" and v.dep_ in ("acl", "relcl", "appos") and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children)


def agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent" and not _by_medium(c):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    force = came_under(v)  # "came under attack by Houthi rebels", "came under rocket fire from Hezbollah"
    if force is not None:
        return next((p for c in force.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                     for p in c.children if p.dep_ == "pobj"), None)
    return None


def late_agent(v: Token, lex: Lexicon) -> Token | None:
    """"was accused of corruption by Haitian officials": sm hangs a passive's late by-phrase on the
    noun of its "of"/"for" phrase; not on an event noun, whose doer it names ("accused of attacks by militants")."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            for noun in c.children:
                if noun.dep_ == "pcomp" and noun.tag_ == "VBG" and not any(a.dep_ == "auxpass" for a in noun.children) \
                        and any(o.dep_ in ("dobj", "obj") for o in noun.children):
                    by = [p for p in prep_objects(noun, {"by"}) if p.pos_ in ("NOUN", "PROPN")]
                    if by:  # "has been accused of misusing public funds by Haitian officials"
                        return by[0]
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.lemma_.lower() in lex.nouns:
                    continue
                by = prep_objects(noun, {"by"})
                if by:
                    return by[0]
    return None


def _sayers_participle(v: Token, lex: Lexicon) -> bool:
    """"said building would go on, spurning a US demand", "demanded that Iraq leave Kuwait, condemning the invasion":
    sm hangs a speech act set off by a comma on the reported clause; the one who speaks does it (lexicon
    sayer_participles)."""
    return set_off_participle(v) and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB" \
        and v.lemma_.lower() in lex.sayer_participles


def a_people(t: Token) -> bool:
    """A nationality in the plural: "Palestinians", "Georgians"."""
    return t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")


def crowd_they(v: Token, crowd: frozenset[str]) -> Token | None:
    """The crowd "they" stands for in an adverbial clause: the one its governing verb acts on ("fired tear gas at
    residents as they protested", "arrested seven women as they protested"); None if that verb acts on none."""
    if v.dep_ != "advcl" or not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in v.children):
        return None
    gov = v.head
    held = [o for o in gov.children if o.dep_ in ("dobj", "obj")]
    held += [p for pr in gov.children if pr.dep_ == "prep" for p in pr.children if p.dep_ == "pobj"]
    return next((o for o in held if o.lemma_.lower() in crowd or o.lower_ in crowd), None)


_CAUSATIVES = frozenset({"have", "get"})


def caused_act(v: Token) -> bool:
    """"had the adviser arrested", "got the ban lifted": a participle on the object of a causative verb, done at the
    bidding of that verb's subject."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and v.head.dep_ in ("dobj", "obj") \
        and v.head.head.lemma_.lower() in _CAUSATIVES


def subject(v: Token, lex: Lexicon) -> tuple[Token | None, bool]:
    """v's subject, inherited up xcomp/conj/advcl/pcomp chains; relative clauses take their head."""
    cur, steps = v, 0
    # "a student died after being shot": an inherited subject is what a passive v was done to
    own_passive = any(c.dep_ == "auxpass" for c in v.children)
    if _sayers_participle(v, lex):
        return own_subject(v.head.head)[0], False
    while steps < 8:
        subj, passive = own_subject(cur)
        if subj is not None and cur == v and subj.lower_ == "they" and (held := crowd_they(v, lex.crowd)) is not None:
            return held, False
        if subj is not None:
            passive = passive if cur == v else own_passive
            if subj.lower_ in _RELPRON and cur.dep_ == "relcl":
                return cur.head, passive
            if subj.tag_ in ("VBG", "VBN") and subj.dep_ in ("nsubj", "csubj"):
                # "The Red Cross operating in Iraq said": sm makes the reduced relative the subject
                inner = next((c for c in subj.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
                if inner is not None:
                    return inner, passive
            return subj, passive
        if cur.dep_ in ("relcl", "acl") and cur.head.dep_ == "attr" and cur.head.head.lemma_ in ("be", "become") \
                and to_infinitive(cur):
            # "Russia has become the first country to recognise the Taliban": the copula's subject does it
            inner, _ = own_subject(cur.head.head)
            if inner is not None:
                return inner, False
        if cur.dep_ == "relcl":
            return cur.head, False
        if _verbless_sentence_acl(cur):
            return cur.head, False
        if (bearer := _armed_bearer(cur)) is not None:
            return bearer, False
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in lex.statements:
            owner = next((c for c in cur.head.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
            if owner is not None:  # "rejected a UN report accusing its troops of ...": the UN
                return owner, False
            if cur.head.dep_ in ("dobj", "obj"):  # "issued a declaration demanding that ...": the issuer
                return own_subject(cur.head.head)[0], False
        ctrl = gerund_controller(cur) or listed_gerund_controller(cur)
        if ctrl is not None:
            return ctrl, False
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.lemma_.lower() in lex.crowd_verbs \
                and cur.head.lemma_.lower() in lex.crowd:
            return cur.head, False  # "thousands of protesters marching toward parliament": the crowd marches
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.lemma_.lower() in lex.crowd_verbs | lex.strike_verbs.keys() \
                and cur.head.dep_ in ("pobj", "dobj", "obj") \
                and ({cur.head.lemma_.lower(), cur.head.lower_} & (lex.crowd | lex.strikers | lex.public)
                     or a_people(cur.head)):  # "dozens of Palestinians"
            # (people: not "saw a police car blocking the teller window")
            return cur.head, False  # "fired tear gas at lawyers protesting in Lahore", "at protesters blocking a highway"
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.i > 0 and cur.doc[cur.i - 1].text == "," \
                and cur.head.dep_ == "nsubj" and cur.head.pos_ == "PROPN":
            return cur.head, False  # "Tony Blair, visiting New Delhi on Sunday, urged ...": Blair visits
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() not in lex.purpose_heads:
            # "urged Iran to stop": the controller is the object ("summoned the ambassador to complain": the subject)
            obj = next((c for c in cur.head.children if c.dep_ in ("dobj", "dative") and not c.like_num), None)
            if obj is not None:  # ("voted 441 to 38 to impeach": a tally, no controller)
                return obj, False
        if caused_act(cur):
            return own_subject(cur.head.head)[0], False  # "Buhari had the adviser arrested": Buhari arrests
        if cur.dep_ not in _UP or cur.head == cur:
            return None, False
        cur, steps = cur.head, steps + 1
    return None, False


def resolve_heads(heads: list[Token], index: MentionIndex, fallback: list[ActorRef]) -> list[ActorRef]:
    """Actors named by these heads; a pronoun takes the fallback (the nearest earlier actor)."""
    out: list[ActorRef] = []
    for h in heads:
        if h.lower_ in PRONOUNS and h.i not in index.by_token:
            out.extend(fallback)
        else:
            out.extend(index.in_phrase(h))
    return dedupe(out)


def dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in refs:
        key = (r.start, r.end, r.code)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of tok's prepositions in `preps` ("sanctions on Iran" -> Iran)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs and c.dep_ == "prep" and not any(True for _ in c.children):
                objs = [h for h in [_dangling_object(c)] if h is not None]
            out.extend(objs)
        elif c.dep_ == "prep" and c.lower_ == "out" and "from" in preps:  # "pulled its troops out of Lebanon"
            out.extend(p for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


_NP_INNER = {"det", "nummod", "amod", "compound", "nmod", "poss", "quantmod", "case"}


def _dangling_object(prep: Token) -> Token | None:
    """The noun phrase right after a preposition that sm left without an object ("granted asylum to
    five Panamanian officers holed up ...": "officers" parsed as the subject of "holed")."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return None
    t = doc[prep.i + 1]
    while t.dep_ in _NP_INNER and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        t = t.head
    return t if t.pos_ in ("NOUN", "PROPN") and t.i > prep.i else None


def _verbless_sentence_acl(v: Token) -> bool:
    """"Thailand's opposition parties called on Thaksin to resign": sm parses the whole sentence as a
    noun phrase whose root noun carries the verb as a participle; with no finite verb anywhere and no
    agent, the root noun is the verb's subject."""
    root = v.head
    return (v.dep_ == "acl" and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "agent" and not _by_medium(c) for c in v.children)
            and not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                        for t in root.sent if not (v.left_edge.i <= t.i <= v.right_edge.i)))  # ("promised": its own)


_MEDIA = frozenset({"phone", "telephone", "videoconference", "video", "videolink", "letter", "email", "e-mail"})


def _by_medium(agent_prep: Token) -> bool:
    """"conferred by telephone": sm's agent is the medium, not who did it."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in _MEDIA for p in agent_prep.children)


def _armed_bearer(v: Token) -> Token | None:
    """"Attackers armed with machetes killed 22 villagers": sm reads "machetes killed" as a reduced
    relative; the verb's subject is the noun that is armed."""
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or not any(c.dep_ in ("dobj", "obj") for c in v.children):
        return None
    w = v.head
    prep = w.head if w.dep_ == "pobj" else None
    arm = prep.head if prep is not None and prep.lower_ == "with" else None
    if arm is None or arm.lemma_.lower() not in _ARMING or arm.dep_ not in ("acl", "amod"):
        return None
    return arm.head if arm.head.pos_ in ("NOUN", "PROPN") else None


def bare_participle(t: Token) -> bool:
    """t is an "-ing" participle hung on another clause with no subject of its own ("shelled the town,
    killing 20", "blew up the bridge, cutting the highway")."""
    return t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def direct_objects(v: Token) -> list[Token]:
    out = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if not out and v.dep_ == "amod" and v.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in v.children):
        out = [v.head]  # "a court sentenced activist X": sm makes the verb an adjective of its object
    if not out and v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in _RELPRON for c in v.children) \
            and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp")
                                                                               for p in c.children) for c in v.children):
        out = [v.head]  # "commanders it accused of ordering the shooting": an object relative's object is its noun
    if not out:  # "kidnapped up to 16 Russian advisers": sm hangs the noun on "up to"
        out = [p for c in v.children if c.dep_ == "prt" and c.lower_ == "up"
               for t in c.children if t.dep_ == "prep" and t.lower_ == "to"
               for p in t.children if p.dep_ == "pobj" and any(q.dep_ == "nummod" for q in p.children)]
    return out


def whom_heads(heads: list[Token], lex: Lexicon) -> list[Token]:
    """Heads that can name a recipient: not the means ("with Albania's help"), and not a border, which
    is a place ("a stronghold on the Thai border"); a border's "with" phrase names whom ("closed the
    crossings on its border with Russia")."""
    out = []
    for h in heads:
        lemma = h.lemma_.lower()
        if lemma in lex.means and h.dep_ == "pobj" and h.head.lower_ == "with":
            continue
        if lemma in lex.borders:
            out += [p for q in prep_objects(h, {"with"}) for p in with_conjuncts(q)]
            continue
        if lemma in lex.occasions and h.dep_ == "pobj" and h.head.lower_ in ("at", "on", "during", "of", "in"):
            continue  # "met on the sidelines of the BRICS summit": the occasion, not a party
        out.append(h)
    return out


def nearest_actors(v: Token, index: MentionIndex) -> list[ActorRef]:
    """Pronoun fallback inside the sentence: the subject of an enclosing clause that names an actor
    and agrees with v's pronoun subject ("before he was arrested, authorities said": not the authorities)."""
    pronoun = own_subject(v)[0]
    cur, steps = v, 0
    while cur.head != cur and steps < 8:
        cur, steps = cur.head, steps + 1
        subj, _ = own_subject(cur)
        if subj is not None and subj.lower_ not in PRONOUNS and _agrees(pronoun, subj):
            found = index.in_phrase(subj)
            if found:
                return found
        if subj is not None and pronoun is not None and pronoun.lower_ in _PERSONAL and not _agrees(pronoun, subj):
            # "Malaysia expelled North Korea's ambassador Kang Chol after he accused ...": the person it acted on
            for o in cur.children:
                if o.dep_ == "dobj" and _agrees(pronoun, o) and o.ent_type_ not in _NOT_PERSON \
                        and (found := index.in_phrase(o)):
                    return found
    return []


def object_antecedent(pronoun: Token, index: MentionIndex) -> list[ActorRef]:
    """Whom an object pronoun stands for: the nearest actor named before it in its sentence as the object of
    another act, that agrees with it ("seized two French journalists and threatened to kill them": the
    journalists; "arrested the minister and later freed him"). Subjects are not looked at: "they" and the
    like name those who act."""
    if pronoun.lower_ not in ("them", "him", "her") or pronoun.i in index.by_token or pronoun.dep_ not in ("dobj", "obj"):
        return []
    above = set(t.i for t in pronoun.ancestors)  # "demonstrators who attacked them": not the clause's own noun
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if tok.i in above:
            continue
        held = tok.dep_ == "compound" and tok.head.dep_ in ("dobj", "obj")  # sm: "holding [30 Dutch soldiers] hostage"
        if not (tok.dep_ in ("dobj", "obj", "pobj", "dative") or held) or tok.i not in index.by_token:
            continue
        plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in tok.children)
        if (pronoun.lower_ == "them") == plural and (plural or tok.ent_type_ == "PERSON"):
            return index.in_phrase(tok)
    return []


STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})  # a state's own sectors
_SINGULAR = {"he", "him", "his", "she", "her", "it", "its"}
_PERSONAL = {"he", "him", "his", "she", "her"}
_NOT_PERSON = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})


def _agrees(pronoun: Token | None, noun: Token) -> bool:
    """Could this pronoun stand for this noun: a singular pronoun not for a plural noun, "he" or
    "she" not for a country, a people or an organisation."""
    if pronoun is None or pronoun.lower_ not in _SINGULAR:
        return True
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    return pronoun.lower_ not in _PERSONAL or noun.ent_type_ not in _NOT_PERSON


def kind_modifiers(heads: list[Token], index: MentionIndex) -> set[tuple]:
    """Spans of actors that only a lowercase adjective of a possessed head names ("handing over its last
    military installation"): the possessive tells whose it is, the adjective only the kind of thing; a
    recipient it is not ("pounded separatist positions", with no possessive, are the separatists')."""
    out = set()
    for h in heads:
        if index.by_token.get(h.i) or not any(c.dep_ == "poss" for c in h.children):
            continue
        for c in h.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text.islower():
                out |= {(r.start, r.end) for r in index.at(list(c.subtree)) if r.text.islower()}
    return out


def definite_referent(head: Token | None, refs: list[ActorRef], previous: list[ActorRef],
                      index: MentionIndex | None = None) -> list[ActorRef]:
    """"Niger's military government ordered ... . The junta, which seized power in a coup, has deepened its
    ties with Moscow": a definite bare role noun ("the junta", "the government") that the actor layer placed
    by another country of its sentence refers back to the previous sentence's main subject when that one
    holds the same role (sector) in another country; not when its sentence names that country's own rebels,
    opposition or people ("FARC fighters have observed a ceasefire, and the government halted air strikes")."""
    if head is None or len(refs) != 1 or len(previous) != 1:
        return refs
    ref, prev = refs[0], previous[0]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or not ref.text.islower():
        return refs  # "the junta", not "Russia's government" or "Nigerien authorities"
    if ref.sector is None or ref.sector != prev.sector or not prev.country or ref.country == prev.country:
        return refs
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in head.children):
        return refs  # "the Russian junta", "the junta in Moscow": told where
    if index is not None and any(r.country == ref.country and r.sector and r.sector not in STATE_SECTORS
                                 and r.start != ref.start for r in index.at(list(head.sent))):
        return refs  # (the sentence scan last: this runs for every subject)
    return [prev]
