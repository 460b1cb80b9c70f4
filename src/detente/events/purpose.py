"""Whom an act is aimed at when no object names it: the owner of a rejected/accepted thing
("rejected an Indian proposal", "calls by Belarus's rulers") and a protest's purpose clause
("to protest against Sweden's decision", "demanding that Pashinyan resign")."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef
from ..syntax import to_infinitive
from .mentions import MentionIndex

_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
_OWNER_PREPS = {"from", "by", "of"}
_PURPOSE_VERBS = {"demand", "protest", "press", "call", "urge", "denounce", "oppose", "condemn", "reject"}
_PURPOSE_PREPS = {"against", "in"}  # "against X", "in protest against/of X"


def owners(noun: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors that own a thing: its possessor/modifier, or its "from"/"by"/"of" phrase (the phrase's
    own actor: "crimes by Croatian extremists against Serb civilians" are the Croatians')."""
    toks = [t for c in noun.children if c.dep_ in _OWNER_DEPS for t in c.subtree]
    found = index.at(toks)  # a backer names the owner too: "an IAEA-drafted proposal"
    # "a resolution adopted by the UN Human Rights Council": whoever the participle's agent is
    found += [r for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
              if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for q in [p, *p.conjuncts]
              for r in index.in_phrase(q)]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    found += [r for q in [p, *p.conjuncts] for r in index.in_phrase(q)] or index.at(
                        [t for t in p.subtree if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i > p.i)])
    return found


def _is_purpose(c: Token) -> bool:
    if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB":
        return c.lemma_.lower() in _PURPOSE_VERBS
    if c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPS:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        return c.lower_ == "against" or (pobj is not None and pobj.lemma_.lower() == "protest")
    return False


def _purpose_heads(c: Token) -> list[Token]:
    """What a purpose clause is against: "to protest [against] Sweden's decision", "demanding that
    Pashinyan resign", "in protest against/of the government's refusal"."""
    if c.dep_ == "prep":
        heads = [p for p in c.children if p.dep_ == "pobj"]
        if c.lower_ == "in":  # "in protest against X": X
            heads = [q for p in heads for pp in p.children if pp.dep_ == "prep"
                     for q in pp.children if q.dep_ == "pobj"]
        return heads
    heads = [o for o in c.children if o.dep_ in ("dobj", "obj")]
    heads += [q for p in c.children if p.dep_ == "prep" and p.lower_ in ("against", "of", "over")
              for q in p.children if q.dep_ == "pobj"]
    heads += [s for cc in c.children if cc.dep_ == "ccomp" for s in cc.children if s.dep_ in ("nsubj", "nsubjpass")]
    return heads


def protest_targets(v: Token, index: MentionIndex, place: set[int]) -> list[ActorRef]:
    """Actors a protest is against: an "anti-X" crowd's X, and those named in its purpose clause, outside
    the place phrase: the phrase it is against ("to protest against Sweden's decision to send them back
    to Bulgaria": Sweden), else any actor in the clause."""
    out: list[ActorRef] = []
    for s in v.children:  # "anti-American protesters marched": whom the crowd is against
        if s.dep_ == "nsubj":
            out += index.at([t for t in s.subtree if t.i >= 2 and t.doc[t.i - 1].text == "-"
                             and t.doc[t.i - 2].lower_ == "anti"])
    for c in v.children:
        if not _is_purpose(c):
            continue
        found = [r for h in _purpose_heads(c) for q in [h, *h.conjuncts] if q.i not in place
                 for r in index.in_phrase(q)]
        out += found or index.at([t for t in c.subtree if t.i not in place])
    return out


def purpose_objects(v: Token) -> list[Token]:
    """Whom a force's purpose clause acts on: "opened fire to disperse demonstrators"."""
    return [o for c in v.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
            and to_infinitive(c)
            for o in c.children if o.dep_ in ("dobj", "obj")]
