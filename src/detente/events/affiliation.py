"""Whom an unnamed party acts for: "gunmen believed to belong to Boko Haram", "hackers working for
North Korea", "militants with links to al-Qaeda". The phrase names the actor; a hedge on it
("believed to", "suspected of") hedges what the party is said to have done."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .mentions import MentionIndex

_DEPTH = 4                       # hedge and copula steps between the noun and the link word
_LINK_NOUNS = {"link", "tie", "connection"}    # "with (suspected) links to"
_DOUBT = {"suspected", "alleged", "reported", "purported", "possible", "apparent"}
_MEMBERS = {"member", "supporter", "fighter", "militant", "operative", "agent", "officer"}   # "believed to be a member of"


def affiliations(sdoc: Doc, index: MentionIndex, lex: Lexicon) -> None:
    """Fill index.affiliated for every noun whose phrase says whom it acts for."""
    links: dict[str, tuple[str, ...]] = {}
    for link in lex.affiliations:  # "belong to", "work for": word -> its prepositions
        word, prep = link.split()
        links[word] = links.get(word, ()) + (prep,)
    for tok in sdoc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        heads, hedged = affiliated_heads(tok, lex, links)
        refs = [r for h in heads for r in index.in_phrase(h)]
        if refs:
            index.affiliated[tok.i] = (refs, hedged)


def affiliated_heads(noun: Token, lex: Lexicon, links: dict[str, tuple[str, ...]]) -> tuple[list[Token], bool]:
    """The heads of whom the noun's own phrase says it acts for, and whether the phrase hedges it;
    links: link word -> its prepositions (`lex.affiliations`)."""
    starts = [c for c in noun.children if c.dep_ in ("acl", "amod", "relcl")
              or (c.dep_ == "prep" and c.lower_ == "with")]
    gov = noun.head
    if noun.dep_ == "nsubj" and gov.lemma_.lower() in lex.identity_hedges and not any(
            c.dep_ in ("aux", "auxpass") for c in gov.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in gov.children):
        starts.append(gov)   # sm: "Gunmen believed(VBD) to belong to Boko Haram snatched(conj) ..."
    for start in starts:
        found = _follow(start, lex, links, 0, False)
        if found[0]:
            return found
    return [], False


def _follow(t: Token, lex: Lexicon, links: dict[str, tuple[str, ...]], depth: int,
            hedged: bool) -> tuple[list[Token], bool]:
    lemma = t.lemma_.lower()
    if t.dep_ == "prep" and t.lower_ == "with":
        for p in t.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in _LINK_NOUNS:
                doubt = hedged or any(m.lower_ in _DOUBT for m in p.children if m.dep_ == "amod")
                return _objects(p, ("to", "with")), doubt
        return [], hedged
    preps = links.get(lemma, ()) + (links.get(t.lower_, ()) if t.lower_ != lemma else ())
    if preps:
        return _objects(t, preps), hedged
    if depth >= _DEPTH or not (lemma in lex.identity_hedges or lemma == "be"):
        return [], hedged
    if lemma == "be":  # "a woman believed to be a member of the Kurdistan Workers Party"
        found = [o for c in t.children if c.dep_ == "attr" and c.lemma_.lower() in _MEMBERS for o in _objects(c, ("of",))]
        if found:
            return found, hedged
    hedged = hedged or lemma in lex.identity_hedges
    for c in t.children:
        nxt = [c] if c.dep_ in ("xcomp", "ccomp") else [g for g in c.children if g.dep_ == "pcomp"] \
            if c.dep_ == "prep" and c.lower_ == "of" else []   # "suspected of belonging to"
        for n in nxt:
            found = _follow(n, lex, links, depth + 1, hedged)
            if found[0]:
                return found
    return [], hedged


def _objects(t: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [p, *p.conjuncts]
    return out

