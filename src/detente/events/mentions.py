"""Actor mentions indexed by token, and the actors inside a noun phrase."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..records import ActorRef


def weak(head: Token, refs: list[ActorRef]) -> bool:
    """A mention an affiliation may overrule: an unidentified armed party, or a people named in the
    plural ("400 Palestinians suspected of belonging to Hamas"); never a state or a group."""
    return all(r.sector == "UAF" or (r.sector is None and r.kind == "country" and head.tag_ in ("NNS", "NNPS"))
               for r in refs)

PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"}
# modifiers of a head noun that can name its actor ("Russia's", "Chinese", "US")
_NEAR = {"poss", "compound", "amod", "nmod", "nummod", "flat", "npadvmod"}


def codable(ref: ActorRef) -> bool:
    """An actor that events may be coded for: a country, an IGO (also one of its officials: "NATO
    Secretary-General George Robertson"), or a plug-in dictionary actor."""
    return bool(ref.country) or ref.kind in ("igo", "custom") or (ref.kind == "person" and bool(ref.code))


@dataclass
class MentionIndex:
    by_token: dict[int, list[ActorRef]] = field(default_factory=dict)
    # noun token -> (whom its phrase says it acts for, hedged?): "gunmen believed to belong to Boko Haram"
    affiliated: dict[int, tuple[list[ActorRef], bool]] = field(default_factory=dict)

    @classmethod
    def build(cls, sdoc: Doc, actors: list[ActorRef]) -> "MentionIndex":
        index = cls()
        for ref in actors:
            if ref.start is None or ref.end is None or not codable(ref):
                continue
            span = sdoc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                index.by_token.setdefault(tok.i, []).append(ref)
        return index

    def at(self, tokens) -> list[ActorRef]:
        """Distinct refs over these tokens, in text order."""
        seen, out = set(), []
        for tok in sorted(tokens, key=lambda t: t.i):
            for ref in self.by_token.get(tok.i, []):
                key = (ref.start, ref.end, ref.code)
                if key not in seen:
                    seen.add(key)
                    out.append(ref)
        return out

    def hedged_affiliate(self, refs: list[ActorRef]) -> bool:
        """True when these refs stand for a party only said to act for them ("believed to belong to")."""
        spans = {(r.start, r.end) for r in refs}
        return any(hedged and any((r.start, r.end) in spans for r in found) for found, hedged in self.affiliated.values())

    def in_phrase(self, head: Token, far: bool = True) -> list[ActorRef]:
        """Actors a noun phrase names: the head's own mention first, then its modifiers
        ("Senior Hungarian and Romanian officials"), then "of"/"from" and appositions."""
        own = self.by_token.get(head.i)
        if head.i in self.affiliated and (not own or weak(head, own)):
            return list(self.affiliated[head.i][0])
        if own:
            found = self.at([head])
            # "U.S. and Russian negotiators", "French and Egyptian warships": the coordinated modifier too
            spans = {(r.start, r.end) for r in found}
            more = [x for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                    and any(t.dep_ in ("conj", "cc") for t in c.subtree) for x in c.subtree]  # ("US and Armenian troops": sm's cc)
            found = found + [r for r in self.at(more) if (r.start, r.end) not in spans]
            return found + self._shared_role(head, found)
        poss = [t for c in head.children if c.dep_ == "poss" for t in c.subtree]
        if poss and self.at(poss):  # "Sweden's NATO bid": the possessor, not the modifier
            return self.at(poss)
        near = [t for c in head.children if c.dep_ in _NEAR for t in c.subtree]
        found = [r for r in self.at(near) if not r.stance]  # not the backer of "Russian-backed separatists"
        if found or not far:
            return found
        if head.lemma_.lower() in _PAIRS and any(c.lower_ in ("two", "both") for c in head.children):
            return self._the_two(head)  # "the two countries": the two the sentence names
        far_tokens = [t for c in head.children
               if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "including"))
               or (c.dep_ == "prep" and c.lower_ == "for" and head.lemma_.lower() in _FACILITIES)
               or (c.dep_ == "prep" and c.lower_ in ("to", "in") and head.lemma_.lower() in _SIDES)
               for t in _outside_clauses(c)]
        return self.at(far_tokens)

    def states_in(self, sent) -> dict[str, ActorRef]:
        """The states a sentence names: country -> its first mention there."""
        first: dict[str, ActorRef] = {}
        for i in range(sent.start, sent.end):
            for r in self.by_token.get(i, []):
                if r.kind == "country" and r.country and r.country not in first:
                    first[r.country] = r
        return first

    def _the_two(self, head: Token) -> list[ActorRef]:
        """"restoring a rail link between the two countries": the two states the sentence names, if it
        names exactly two (first mention of each)."""
        first = self.states_in(head.sent)
        if len(first) != 2:
            return []
        return [replace(r, code=r.country, sector=None) for r in first.values()]

    def _shared_role(self, head: Token, found: list[ActorRef]) -> list[ActorRef]:
        """"The leaders of Ethiopia and Somalia": the actor layer names "leaders of Ethiopia" (ETHGOV);
        the country coordinated inside the "of" phrase holds the same role (SOMGOV)."""
        sectors = {r.sector for r in found}
        if len(sectors) != 1 or None in sectors:
            return []
        sector = next(iter(sectors))
        spans = {(r.start, r.end) for r in found}
        out = []
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for p in c.children:
                if p.dep_ != "pobj" or not any(r in found for r in self.by_token.get(p.i, [])):
                    continue  # only when the head's own mention spans the first country
                for q in p.conjuncts:
                    for r in self.by_token.get(q.i, []):
                        if r.kind == "country" and r.country and r.sector is None and (r.start, r.end) not in spans:
                            out.append(ActorRef(text=r.text, code=r.country + sector, country=r.country, sector=sector,
                                                start=r.start, end=r.end, kind=r.kind, name=r.name))
        return out


_WHERE = {"on", "near", "along", "at", "across", "outside", "around"}


# "the parties to the conflict in Iraq", "both sides in Sudan": whose conflict it is
_SIDES = frozenset({"party", "side", "belligerent", "faction"})
# "the two countries", "both neighbours": the pair a sentence names
_PAIRS = frozenset({"country", "nation", "neighbour", "neighbor", "state", "government", "side"})
# places kept for a people: "a camp for Congolese refugees" is theirs
_FACILITIES = frozenset({"camp", "shelter", "school", "hospital", "home", "settlement", "centre", "center"})


def _outside_clauses(tok: Token) -> list[Token]:
    """tok's subtree less any participle or relative clause inside it: "the day of a truce brokered
    by Qatar" names no actor (the mediators belong to "brokered", not to the phrase); and less the
    places nested in it ("part of a stronghold on the Thai border" is not Thailand's)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("acl", "relcl")
                     and not (t != tok and c.dep_ == "prep" and c.lower_ in _WHERE))
    return out
