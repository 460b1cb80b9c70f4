"""Whom an act is aimed at when no object names it: the owner of a rejected/accepted thing
("rejected an Indian proposal", "calls by Belarus's rulers") and a protest's purpose clause
("to protest against Sweden's decision", "demanding that Pashinyan resign")."""
from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef
from .mentions import MentionIndex

_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
_OWNER_PREPS = {"from", "by", "of"}
_PURPOSE_VERBS = {"demand", "protest", "press", "call", "urge", "denounce", "oppose", "condemn", "reject"}
_PURPOSE_PREPS = {"against", "in"}  # "against X", "in protest against/of X"


def owners(noun: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors that own a thing: its possessor/modifier, or its "from"/"by"/"of" phrase."""
    toks = [t for c in noun.children if c.dep_ in _OWNER_DEPS for t in c.subtree]
    toks += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS for t in c.subtree]
    return index.at(toks)


def _is_purpose(c: Token) -> bool:
    if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB":
        return c.lemma_.lower() in _PURPOSE_VERBS
    if c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPS:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        return c.lower_ == "against" or (pobj is not None and pobj.lemma_.lower() == "protest")
    return False


def protest_targets(v: Token, index: MentionIndex, place: set[int]) -> list[ActorRef]:
    """Actors named in a protest's purpose clause, outside the place phrase."""
    toks = [t for c in v.children if _is_purpose(c) for t in c.subtree if t.i not in place]
    return index.at(toks)
