"""One main event per predicate chain: candidates that are only the content or the manner of
another candidate in the same clause chain are dropped.

- a protest's purpose ("staged rallies to demand reforms", "demonstrated, calling for
  independence"): the demand is what the protest is about, not a second event (PLOVER PROTEST
  covers rallies "to protest a policy, action, or actor");
- what is asked, proposed or offered ("demanded that Israel ease restrictions", "rejected calls
  to adopt reforms", "rejected an invitation to attend a meeting"): the content of a request is
  not an act that took place;
- a participle that restates its head event ("shelled Juba, killing 20 people").
True second events in other clauses ("rejected the plan and said they opposed the deployment")
are kept.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import set_off_participle, to_infinitive
from .mentions import PRONOUNS
from .modality import CLAIM_NOUNS
from .roles import a_people, bare_participle, caused_act, crowd_they
from .triggers import Candidate

# nouns whose complement is proposed or requested content, not an event
CONTENT_NOUNS = frozenset({"demand", "call", "appeal", "request", "invitation", "proposal", "offer",
                           "ultimatum", "plea", "plan", "proposition", "suggestion"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "ccomp"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "advcl", "relcl"})
_PURPOSE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def _protest_heads(cands: list[Candidate]) -> set[int]:
    """Tokens that stand for a protest: its predicate and the nouns it consumed."""
    out: set[int] = set()
    for c in cands:
        if c.event_type == "PROTEST":
            out.add(c.head.i)
            out.update(o.i for o in c.objects)
    return out


def _purpose_of_protest(c: Candidate, protests: set[int]) -> bool:
    """"rallied to demand reforms", "rioted ..., joining demonstrators in demanding a referendum": the
    protest's aim is part of the protest (not a clause with a subject of its own: "walked out after the
    government refused to reopen talks")."""
    cur = c.head
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in cur.children):
        return False
    for _ in range(4):
        if cur.dep_ not in _PURPOSE_DEPS and not (cur.dep_ == "conj" and cur.tag_ == "VBG") \
                and not (cur.dep_ in ("pcomp", "prep") and cur.head.dep_ in ("prep", "advcl")):
            return False
        cur = cur.head
        if cur.i in protests or any(k.dep_ in ("xcomp", "advcl") and k.i in protests and k != c.head for k in cur.children):
            return True  # also "braved the cold to rally ..., demanding X": a sibling of the protest
    return False


def _requested_content(c: Candidate, requests: set[int]) -> bool:
    """c sits in the complement of a request verb or of a proposal/demand noun (not a participle set off by a comma
    at its end: "demanded that Iraq leave Kuwait, condemning the invasion" is the demander's act, `roles.subject`)."""
    cur = c.head
    if set_off_participle(cur) and cur.head.dep_ == "ccomp" and cur.head.head.i in requests:
        return False
    for _ in range(5):
        if cur.dep_ not in _CONTENT_DEPS or cur.head == cur:
            return False
        dep, prev, cur = cur.dep_, cur, cur.head
        if dep in ("ccomp", "xcomp") and cur.i in requests:
            return True
        if dep == "advcl" and cur.i in requests and any(m.dep_ == "mark" and m.lower_ == "for" for m in prev.children):
            return True  # "is pushing hard for the US [to] support its plan": what is pressed for
        if dep in ("acl", "relcl", "ccomp", "xcomp") and cur.pos_ == "NOUN" and cur.lemma_.lower() in CONTENT_NOUNS \
                and dep != "relcl":
            return True
    return False


def _restated(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """"shelled the town, killing 20 people", "killed 23 people when they blew themselves up":
    an adverbial clause of the same type as its head, with no subject of its own but a pronoun."""
    h = c.head
    if c.nominal or not ((h.dep_ in ("advcl", "conj") and h.tag_ == "VBG") or h.dep_ == "advcl"):
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PRONOUNS for t in h.children):
        return False
    parent = by_head.get(h.head.i)
    if parent is not None and parent.event_type == c.event_type:
        return True
    if parent is not None and h.tag_ == "VBG" and h.head.dep_ == "conj" and (
            (first := by_head.get(h.head.head.i)) is not None and first.event_type == c.event_type):
        return True  # "fired on and seized three ships, wounding several sailors": the first verb's attack
    if parent is None and h.tag_ == "VBG" and _restates_through(h, c.event_type, by_head):
        return True
    # "accused the RSF of shelling a market, killing 20 people": sm hangs the participle on the
    # accusation; it restates the accused act of the same type before it
    return parent is not None and h.tag_ == "VBG" and any(
        (o := by_head.get(t.i)) is not None and o is not c and o.event_type == c.event_type and t.i < h.i
        for k in h.head.children if k.dep_ in ("prep", "xcomp", "ccomp", "pcomp")
        for t in [k, *(g for g in k.children if g.dep_ == "pcomp")])


def _restates_through(h: Token, etype: str, by_head: dict[int, Candidate]) -> bool:
    """"opened fire on farmers camped beside a highway, killing 19", "stormed a hotel after a car bomb blasted
    through its gate, killing 26": sm hangs the participle on a verb of the same scene that is no event; the
    nearest event above it, through at most two such verbs, is the act it restates."""
    cur = h.head
    for _ in range(2):
        if cur.pos_ != "VERB" or cur.dep_ not in ("advcl", "acl", "relcl", "conj") or cur.head == cur:
            return False
        cur = cur.head
        above = by_head.get(cur.i)
        if above is not None:
            return above.event_type == etype
    return False


_AGREED_THINGS = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "pact", "deal", "agreement", "accord",
                            "plan", "treaty", "framework", "roadmap", "timetable"})


def _background(c: Candidate, cands: list[Candidate]) -> bool:
    """"shortened the curfew imposed in Sudan": a past participle describing another event's
    object is background, not a second event."""
    h = c.head
    if not c.nominal and h.lemma_.lower() == "agree" and h.i > 0 and h.doc[h.i - 1].lemma_.lower() in _AGREED_THINGS \
            and not any(t.dep_ in ("nsubj", "nsubjpass") for t in h.children):
        return True  # "despite a truce agreed the previous night" (sm may make it a verb of its own): background
    return not c.nominal and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.lemma_.lower() not in CLAIM_NOUNS and any(
        h.head.i in {o.i for o in other.objects} for other in cands if other is not c)


# texts whose aims are not acts: "a resolution that aims to tighten sanctions"
DOCUMENT_NOUNS = frozenset({"resolution", "bill", "draft", "law", "plan", "proposal", "motion", "initiative",
                            "text", "declaration", "statement", "agreement", "deal", "treaty", "accord"})


def _aim_of_text(c: Candidate) -> bool:
    """c is what a text aims at ("a resolution that aims to tighten sanctions and impose a
    blockade"): reached through a "to" complement of a relative clause on a document noun."""
    cur, via_xcomp = c.head, False
    for _ in range(5):
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.dep_ == "xcomp":
            via_xcomp, cur = True, cur.head
            continue
        return via_xcomp and cur.dep_ in ("relcl", "acl") and cur.head.lemma_.lower() in DOCUMENT_NOUNS
    return False


def _rejected_content(c: Candidate, rejected: set[int]) -> bool:
    """"vetoed a resolution that called for a ceasefire", "will veto the start of membership talks": what
    a rejected text says, or the act whose start is rejected, is not an act (but what a rejected
    accusation says is, negated by the rejecter: `modality.denied_claim`)."""
    h = c.head
    if h.dep_ in ("relcl", "acl") and h.head.i in rejected:
        return h.head.lemma_.lower() not in CLAIM_NOUNS  # a rejected accusation's act is coded, negated
    # a nominal event inside the "of" phrase of what is rejected ("the start of talks")
    return c.nominal and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i in rejected


def _elaborates(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """"adopted sanctions, targeting aluminium imports": whom a non-violent act is aimed at, not an attack."""
    h = c.head
    if c.nominal or h.lemma_.lower() != "target" or h.tag_ != "VBG" or h.dep_ not in ("advcl", "conj", "acl"):
        return False
    parent = by_head.get(h.head.i)
    return parent is not None and parent.event_type != "ASSAULT" and not any(
        t.dep_ == "nsubj" for t in h.children)


# what a participle says an act did to things, not to anyone: "blew up the bridge, cutting the highway",
# "stormed the airport, halting all flights", "imposed an embargo, banning all deliveries of weapons"
_CONSEQUENCES = frozenset({"cut", "halt", "ban", "suspend", "strand", "disrupt", "cripple", "shut", "close", "block"})
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})


def _consequence(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """A subjectless "-ing" participle that tells what a conflictual act it hangs on did ("declared a state of
    siege, suspending the right of assembly"): part of that act, no second event."""
    h = c.head
    if c.nominal or not bare_participle(h) or h.lemma_.lower() not in _CONSEQUENCES:
        return False
    parent = by_head.get(h.head.i)
    return parent is not None and parent.event_type in _CONFLICT and h.i > parent.head.i


def _approach(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """"the police moved in with tanks, killing protesters", "troops moved into the town, killing 12":
    forces moving in to attack; the attack its participle tells is the event, not a deployment."""
    if c.event_type != "MOBILIZE" or c.nominal:
        return False
    return any((o := by_head.get(k.i)) is not None and o.event_type == "ASSAULT" and bare_participle(k)
               for k in c.head.children)


def _subject_of_same(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """"A Hamas attack killed three soldiers", "wounded by a Hezbollah drone attack": the attack and
    the killing are one event (the verb's)."""
    h = c.head
    if not c.nominal or not (h.dep_ in ("nsubj", "nsubjpass") or (h.dep_ == "pobj" and h.head.dep_ == "agent")):
        return False
    verb = by_head.get(h.head.i if h.dep_ != "pobj" else h.head.head.i)  # "wounded by a drone attack"
    if verb is None or verb.nominal or verb.event_type != c.event_type:
        return False
    verb.mode = verb.mode or c.mode  # "an air strike killed": aerial
    verb.words = sorted({*verb.words, *c.words}, key=lambda t: t.i)
    return True


# verbs of wanting: what someone wants another actor to do has not happened
DESIRE_VERBS = frozenset({"want", "wish", "hope", "prefer"})


_RANKS = frozenset({"first", "second", "third", "last", "latest", "only"})


def _ranks_the_story(c: Candidate) -> bool:
    """"will fly to Morocco ..., the first official visit by an Israeli leader to an Arab state other than
    Egypt", "..., the deadliest attack in years": an apposition that ranks the story's act, no new one."""
    h = c.head
    return c.nominal and h.dep_ == "appos" and any(
        m.dep_ == "amod" and (m.lower_ in _RANKS or m.tag_ == "JJS") for m in h.children)


_LONG_SPANS = frozenset({"year", "decade", "century"})


def _years_before(c: Candidate) -> bool:
    """"resigned on Monday, nine years after seizing power in a coup", "seven years after ties were severed":
    an act years before the one reported is its background, no event of the story."""
    h = c.head
    if c.nominal:
        return False
    if h.dep_ == "pcomp" and h.head.lower_ in ("after", "since"):
        anchor = h.head
    elif h.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "since") for m in h.children):
        anchor = h
    else:
        return False
    if anchor.lower_ == "since" or any(m.dep_ == "mark" and m.lower_ == "since" for m in anchor.children):
        # "their first talks since the two countries cut ties in 2016": what something is the first since
        return any(t.dep_ == "pobj" and t.head.lower_ == "in" and t.like_num and len(t.text) == 4 for t in h.subtree)
    return any(a.dep_ == "npadvmod" and a.lemma_.lower() in _LONG_SPANS for a in anchor.children)


_HELP = frozenset({"help", "assist", "enable"})


def _helped_aim(c: Candidate) -> bool:
    """"handed aircraft to the army to help it fight jihadists", "flew troops in to help Gayoom put down a
    coup": what the helped party is to do is the help's aim, no event of its own."""
    if c.nominal:
        return False
    cur = c.head
    for _ in range(3):
        helper = cur.head
        if cur.dep_ in ("xcomp", "ccomp") and helper.lemma_.lower() in _HELP and helper.dep_ in ("advcl", "xcomp") \
                and to_infinitive(helper):
            return True
        if cur.dep_ != "conj" or cur.head == cur:
            return False
        cur = cur.head
    return False


def _wanted_of_other(c: Candidate) -> bool:
    """"They want police banned from carrying guns", "the EU hopes Russia will withdraw its troops":
    another actor's act that someone wants is no event (the wanter's own "wants to meet" is kept)."""
    cur = c.head
    for _ in range(4):
        wanter = cur.head  # (sm lemmatises "hopes" as "hop")
        if cur.dep_ in ("ccomp", "xcomp") and wanter.pos_ in ("VERB", "AUX") and (
                wanter.lemma_.lower() in DESIRE_VERBS or wanter.lower_ in ("hopes", "hoped", "hoping")):
            return any(t.dep_ in ("nsubj", "nsubjpass") for t in cur.children) or any(
                t.dep_ in ("dobj", "obj") for t in cur.head.children)
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


def main_events(cands: list[Candidate]) -> list[Candidate]:
    by_head = {c.head.i: c for c in cands}
    rejected = {o.i for c in cands if c.event_type == "REJECT" for o in c.objects}
    rejected |= {o.i for c in cands if c.event_type == "REJECT" and not c.nominal
                 for o in c.head.children if o.dep_ in ("dobj", "obj")}
    protests = _protest_heads(cands)
    requests = {c.head.i for c in cands if c.event_type == "REQUEST" and not c.nominal}
    out = []
    for c in cands:
        if c.event_type in _PURPOSE_TYPES and _purpose_of_protest(c, protests):
            continue
        if _requested_content(c, requests):
            continue
        if _restated(c, by_head) or _background(c, cands) or _elaborates(c, by_head) or _subject_of_same(c, by_head) \
                or _consequence(c, by_head) or _approach(c, by_head):
            continue
        if _aim_of_text(c) or _wanted_of_other(c) or _helped_aim(c) or _years_before(c) or _ranks_the_story(c):
            continue
        if c.event_type != "REJECT" and _rejected_content(c, rejected):
            continue
        out.append(c)
    return out


def crowd_subject(v: Token, crowd: frozenset[str]) -> bool:
    """The subject of v is a crowd ("thousands of Georgians", "protesters", "youths who protested")."""
    for c in v.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that") and v.dep_ == "relcl":
                c = v.head
            if c.lower_ == "they" and v.dep_ == "advcl":
                return crowd_they(v, crowd) is not None  # "fired tear gas at residents as they protested"
            return c.lemma_.lower() in crowd or c.lower_ in crowd or _counted_people(c)
    # "Hundreds of students protested in front of ...": sm may hang the verb on a verbless root as a modifier;
    # "opened fire on a crowd of women and children marching with copies of the Koran": a crowd's participle
    # (or a people's: "beat and detained dozens of Palestinians protesting against the rising cost of living")
    h = v.head
    return v.dep_ == "acl" and (v.tag_ in ("VBD", "VBN") and h.dep_ == "ROOT" or v.tag_ == "VBG") \
        and (h.pos_ == "NOUN" and (h.lemma_.lower() in crowd or h.lower_ in crowd)
             or v.tag_ == "VBG" and a_people(h))


_MULTITUDES = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})


def _counted_people(n: Token) -> bool:
    """"More than a million Egyptians", "tens of thousands of Serbs": a people counted by the multitude."""
    return a_people(n) and any(
        m.dep_ in ("nummod", "quantmod") and (m.lower_ in _MULTITUDES or _at_least(m.text, 100)) for m in n.children)


def _at_least(text: str, n: int) -> bool:
    """"2,000" is at least 100."""
    digits = text.replace(",", "")
    return digits.isdigit() and int(digits) >= n


# personal pronouns that point back to the main clause's participants
_BACK = frozenset({"them", "him", "her", "us"})


def _past_aux_only(h: Token) -> bool:
    """"who had gathered", "who were protesting": told in the past of the scene (not "who have protested for weeks")."""
    auxes = [a for a in h.children if a.dep_ in ("aux", "auxpass")]
    return bool(auxes) and all(a.tag_ == "VBD" for a in auxes)


def describes_actor(c: Candidate, is_actor) -> bool:
    """"(mobilize) against Ariel Sharon, who has vowed not to return the Golan", "tortured refugees,
    whom authorities blame for the conflict", "fighting with guerrillas who overran it last month":
    a relative clause or a past participle that describes an actor mention other than the main
    subject tells who that target or recipient is, background to the sentence's news, not an event
    of its own. is_actor(token) says whether a token heads an actor mention."""
    if c.nominal:
        return False
    h = c.head
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    if h.dep_ == "relcl" or (h.dep_ == "acl" and h.tag_ == "VBN"):
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in h.children):
            return False  # "fled to Moscow, where he was granted asylum": what happened there, not who Moscow is
        if any(t.dep_ in ("dobj", "pobj", "dative") and t.lower_ in _BACK for t in h.subtree):
            return False  # "fired tear gas at demonstrators who attacked them": an act in the same scene
        if c.event_type == "ACCUSE" and h.dep_ == "relcl" and any(
                s.dep_ == "nsubj" and s.lower_ in ("it", "they") and s.i > h.head.i for s in h.children):
            return False  # "imposed visa bans on commanders it accused of ordering the shooting": the main actor's charge
        if caused_act(h):
            return False  # "Buhari had his predecessor's adviser arrested": the subject's own act, done through others
        if (c.event_type, c.mode) == ("RETREAT", "release") and h.dep_ == "acl" and any(a.dep_ == "agent" for a in h.children):
            return False  # "greeted three Americans released by North Korea": the release is the news
        if c.event_type == "PROTEST" and (h.tag_ == "VBD" and not any(a.dep_ in ("aux", "auxpass") for a in h.children)
                                          or _past_aux_only(h)):
            return False  # "used tear gas against mourners who chanted slogans", "who had gathered", "who were protesting"
        noun = h.head
        while noun.head != noun and (noun.dep_ in ("conj", "appos")
                                     or noun.dep_ == "pobj" and noun.head.lower_ == "of"):
            noun = noun.head if noun.dep_ != "pobj" else noun.head.head  # "tens of thousands of students who"
        # the main subject's own earlier act is kept ("Egypt, which signed a pact with Somalia in
        # August, has sent weapons"): only a description of a target, recipient or accused is dropped
        # (a passive's agent is the main subject too: "greeted by Kim, who later hosted him")
        agent = noun.dep_ == "pobj" and noun.head.dep_ == "agent"
        return noun.pos_ in ("NOUN", "PROPN") and is_actor(h.head) and noun.dep_ not in ("nsubj", "nsubjpass", "ROOT") \
            and not agent
    return False


# an actor's own bodies: "convened his security council", "held a meeting of its cabinet"
_OWN_BODIES = frozenset({"cabinet", "council", "parliament", "government", "minister", "party", "committee",
                         "politburo", "legislature", "leadership", "aide", "adviser", "advisor", "staff",
                         "commander", "chief", "team", "board", "ministry", "lawmaker", "legislator", "deputy"})
_MEETINGS = frozenset({"meeting", "session", "sitting"})
_OWN = frozenset({"his", "her", "its", "their", "our", "my"})


def _own_body(t: Token) -> bool:
    return t.lemma_.lower() in _OWN_BODIES and any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.children)


def _own_session(h: Token) -> bool:
    """"expected to convene his security council", "convened an emergency meeting of its national
    security council": a meeting of the actor's own body (a possessive pronoun names it as its own)."""
    for d in h.children:
        if d.dep_ not in ("dobj", "obj"):
            continue
        if _own_body(d):
            return True
        if d.lemma_.lower() in _MEETINGS and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _own_body(o) for o in p.children)
                for p in d.children):
            return True
    return False


def partnerless_meeting(c: Candidate) -> bool:
    """"Israel's Cabinet met Sunday and decided ...": one body meeting by itself (a singular,
    uncoordinated subject, no object, no "with") is its own session, not a consultation between actors;
    so is a leader or state convening, holding or calling a meeting of its own body ("convened his
    security council"): PLOVER CONSULT needs two parties."""
    h = c.head
    if c.nominal or c.event_type != "CONSULT" or c.mode is not None:
        return False
    if h.lemma_.lower() in ("meet", "convene", "hold", "call", "chair", "summon") and _own_session(h) and not any(
            t.dep_ == "prep" and t.lower_ in ("with", "between", "among") for t in h.children):
        return True
    if h.lemma_.lower() not in ("meet", "convene"):
        return False
    if any(t.dep_ in ("dobj", "obj", "dative") or (t.dep_ == "prep" and t.lower_ in ("with", "between", "among"))
           or t.dep_ == "advmod" and t.lower_ in ("together", "jointly")
           for t in h.children):
        return False
    subj = next((t for t in h.children if t.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ in ("NN", "NNP") and not any(t.dep_ == "conj" for t in subj.children) \
        and not any(t.dep_ == "cc" for t in subj.subtree) and subj.lower_ not in PRONOUNS  # sm may hang "X and Y" oddly


# statements whose topic may name an act of its own
_STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "CONSULT", "PROTEST"})
# how a sentence goes on past a statement, not into what it is about
_BESIDE_DEPS = frozenset({"conj", "cc", "advcl", "parataxis", "punct", "nsubj", "nsubjpass", "npadvmod", "appos"})


def topic_of_statement(c: Candidate, cands: list[Candidate]) -> bool:
    """c is only what another event, a statement, is about: "complained over two Israeli air raids", "demanded
    an admission that Soviet forces murdered 15,000 officers", "refused to commit to the US-led war"."""
    for a in cands:
        if a is c or a.event_type not in _STATEMENT_TYPES or c.head.i in {w.i for w in a.words}:
            continue
        cur = c.head
        while cur.head.i != cur.i and cur.head != a.head:
            cur = cur.head
        if cur.head == a.head and cur != a.head and cur.dep_ not in _BESIDE_DEPS:
            return True
    return False

