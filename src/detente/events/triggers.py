"""Find event triggers in a parse: verbs, verb+object phrases, light verbs, event nouns."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Lexicon, Trigger

_MATERIAL_FIRST = {"ASSAULT": 0, "COERCE": 1, "SANCTION": 2, "MOBILIZE": 3, "PROTEST": 4, "AID": 5,
                   "COOPERATE": 6, "RETREAT": 7, "SUPPORT": 8}


_LIGHT_PREPS = {None, "with", "into", "in", "on"}  # "provide X with aid", "enter into a pact"


@dataclass
class Candidate:
    head: Token                       # the predicate: a verb, or an event noun
    event_type: str
    mode: str | None
    words: list[Token]                # trigger words for the evidence
    objects: list[Token] = field(default_factory=list)  # nouns the trigger consumed ("pact", "sanctions")
    nominal: bool = False


def noun_keys(n: Token) -> list[str]:
    """Lexicon keys for a noun, most specific first: "hunger strike", "state of emergency", "strike"."""
    lemma, low = n.lemma_.lower(), n.lower_
    keys = []
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            keys += [f"{lemma} of {p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"]
    for c in n.children:
        if c.dep_ in ("compound", "amod") and c.i < n.i:
            keys += [f"{c.lemma_.lower()} {lemma}", f"{c.lower_} {low}"]
    keys += [lemma, low]
    return keys


def noun_trigger(n: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    if n.pos_ not in ("NOUN", "PROPN"):
        return None
    for key in noun_keys(n):
        if key in lex.nouns:
            first = key.split(" ")[0] if " " in key else None
            words = [c for c in n.children if c.dep_ in ("compound", "amod")
                     and first in (c.lemma_.lower(), c.lower_)]
            return lex.nouns[key], sorted(words + [n], key=lambda t: t.i)
    return None


def verb_objects(v: Token) -> list[tuple[Token, str | None]]:
    """(object noun, preposition or None) pairs, with coordinated objects."""
    out: list[tuple[Token, str | None]] = []
    for c in v.children:
        if c.dep_ in ("dobj", "obj", "attr"):
            out += [(o, None) for o in (c, *c.conjuncts)]
        elif c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [(o, c.lower_) for o in (p, *p.conjuncts)]
                elif p.dep_ == "pcomp" and p.pos_ in ("NOUN", "PROPN"):
                    out.append((p, c.lower_))
        elif c.dep_ == "prt":
            for p in c.children:  # "carried out strikes" is sometimes parsed with the object under the particle
                if p.dep_ == "pobj":
                    out.append((p, c.lower_))
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
        if v.dep_ == "acl" or any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in v.children):
            out.append((v.head, None))  # "the pact signed by ...", "the pact that Russia signed"
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


def verb_trigger(v: Token, lex: Lexicon) -> Candidate | None:
    if v.pos_ not in ("VERB", "AUX") or (v.pos_ == "AUX" and v.dep_ == "aux") or is_question(v):
        return None
    lemma = v.lemma_.lower()
    prt = next((c for c in v.children if c.dep_ == "prt"), None)
    objs = verb_objects(v)
    receive = lemma in lex.receive_verbs
    found = []
    for obj, prep in objs:
        for key in noun_keys(obj):
            hit = lex.phrases.get((lemma, key))
            if hit is None and receive:
                hit = lex.phrases.get(("provide", key)) or lex.nouns.get(key)
            if hit is not None:
                found.append((hit, [v, obj], [obj]))
                break
    if not found:
        for c in v.children:  # "call for", "go on hunger strike"
            if c.dep_ in ("prep", "prt") and (lemma, c.lower_) in lex.phrases:
                found.append((lex.phrases[(lemma, c.lower_)], [v, c], []))
    if not found and (lemma in lex.light_verbs or receive):
        for obj, prep in objs:
            if prep not in _LIGHT_PREPS and not (receive and prep == "for"):
                continue
            hit = noun_trigger(obj, lex)
            if hit is not None:
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
    if lemma in lex.verbs and v.pos_ == "VERB":
        etype, mode = lex.verbs[lemma]
        return Candidate(v, etype, mode, [v])
    return None
