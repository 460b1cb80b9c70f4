"""Verbless photo captions that name a meeting: "Putin and Kim Jong Un in Pyongyang, on June 19, 2024."

Kept tight: no finite verb in the sentence, a coordination of actors from at least two countries as
its head, and an "in <place>" phrase that resolves to a country. A headline without a place never fires.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import ActorRef
from .mentions import MentionIndex
from .roles import dedupe, with_conjuncts

_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def place_preps(heads: list[Token]) -> list[Token]:
    """The heads' "in" prepositions: "in Pyongyang"."""
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]


def caption_meeting(sent: Span, index: MentionIndex) -> tuple[list[Token], list[ActorRef]] | None:
    """(coordinated heads, joint actors) of a caption meeting, or None."""
    if any(t.tag_ in _FINITE or t.pos_ == "VERB" for t in sent):
        return None
    root = sent.root
    if root.pos_ not in ("PROPN", "NOUN"):
        return None
    heads = with_conjuncts(root)
    preps = place_preps(heads)
    if len(heads) < 2 or not preps:
        return None
    # a capital in the place phrase is no participant ("in Pyongyang" is not PRKGOV)
    place = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in preps]
    actors: list[ActorRef] = []
    for h in heads:
        refs = [r for r in index.in_phrase(h, far=False) if not any(a <= r.start < b for a, b in place)]
        if not refs:
            return None  # every coordinated head must name an actor
        actors += refs
    actors = dedupe(actors)
    if len({r.country for r in actors if r.country}) < 2:
        return None
    return heads, actors
