"""Group alias matches into actor phrases: [place]['s] [modifiers] [roles] [person | name].

"Russia's President Vladimir Putin", "a Chinese foreign ministry spokesman", "North Korean
leader Kim Jong Un", "officials in Seoul" each become one Chain; the resolver codes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .formats.sectors_yaml import SectorLexicon
from .matcher import Match
from .model import KIND_PRIORITY, Entry

PLACE_KINDS = ("country", "adjective", "capital", "metonym", "igo", "custom", "group")
OWNER_KINDS = ("country", "capital", "metonym", "igo", "custom", "group")      # "the President of Russia"
LOCAL_KINDS = ("country", "capital", "metonym", "region")                      # "police in Belgrade"
OF_OWNER_KINDS = ("country", "igo", "group")                                   # "the army of Sudan"
# sectors a place does not own: "troops in Ukraine" may be anyone's, "refugees in Kenya" are not Kenyan, a
# "party in Paris" may be a birthday party
NOT_LOCAL = frozenset({"MIL", "UAF", "REF", "ELI", "UNK", "PTY"})
POSSESSIVE = ("'s", "'")
STANCE_PREFIXES = ("anti", "pro")  # "anti-American protesters" are no Americans
LINKS = ("of", "in", "from", "at")
# "the southern Iraqi city of Basra": a demonym before one of these names the country the place is in
PLACE_NOUNS = frozenset({"state", "province", "region", "city", "town", "village", "capital", "district", "port", "county"})
_PLACE_FILLER = frozenset({"the", "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west"})
# diplomatic missions: "the embassy in Seoul" is a foreign state's, "the Russian embassy" Russia's
# missions and their heads "in" a place are other countries' ("embassies in Kinshasa", "ambassadors in New Delhi")
FOREIGN_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations",
                              "ambassador", "ambassadors", "consul", "consuls"})

# words that make a role noun someone from elsewhere ("foreign journalists", "overseas workers")
_ABROAD = frozenset({"foreign", "overseas", "expatriate", "visiting"})


@dataclass
class Chain:
    start: int                      # token indices, end exclusive
    end: int
    place: Entry | None = None
    roles: list[Entry] = field(default_factory=list)
    person: Entry | None = None
    name: tuple[int, int] | None = None   # unknown person's name tokens after a role
    former: bool = False
    collective: bool = False        # "the Obama administration": a government led by the person
    bare: bool = False              # a role noun with no country ("protesters"): the context gives one
    ethnic: bool = False            # "ethnic Albanians": the country they live in, if the context says
    owned: bool = False             # "a Greek-owned tanker": the country's business sector
    stance: bool = False            # "anti-American": named as what someone is for or against; places no one


def pick(match: Match) -> Entry:
    """One entry for a phrase with several meanings, by kind priority."""
    return min(match.entries, key=lambda e: KIND_PRIORITY.index(e.kind))


@dataclass
class Composer:
    lexicon: SectorLexicon
    local: bool = False             # "police in Belgrade", "rebels in Darfur": the place owns the role
    bare: bool = False              # emit bare role chains ("protesters") for the resolver to place

    def chains(self, tokens, words: list[str], segs: dict[int, tuple[int, Entry]]) -> list[Chain]:
        """tokens: spaCy tokens; words: their norm() forms; segs: start token -> (end token,
        entry), non-overlapping."""
        out: list[Chain] = []
        i, n = 0, len(tokens)
        while i < n:
            seg = segs.get(i)
            if seg is None:
                i += 1
                continue
            end, entry = seg
            if entry.kind == "stop":
                i = end
                continue
            chain = self._chain(tokens, words, segs, i)
            if chain is None:
                i = end
                continue
            chain.former = chain.former or (i > 0 and words[i - 1] in self.lexicon.former)
            out.append(chain)
            i = chain.end
        return out

    def _chain(self, tokens, words, segs, i) -> Chain | None:
        end, entry = segs[i]
        chain = Chain(start=i, end=end)
        if entry.kind in PLACE_KINDS:
            chain.place = entry
            if i >= 2 and words[i - 1] == "-" and words[i - 2] in STANCE_PREFIXES:
                chain.stance = True   # "anti-Syria journalist", "pro-Russian separatists": a stance, not whose they are
                return chain
            j = end
            if j < len(words) and words[j] in POSSESSIVE:
                j += 1
            if j < len(words) and words[j] == "-" and self._compound_modifier(words, j):
                if words[j + 1] in self.lexicon.business_compounds and entry.kind in ("country", "adjective"):
                    chain.owned = True   # "a Greek-owned tanker", "a British-flagged tanker": a business of that country
                    chain.end = j + 2
                    return chain
                if words[j + 1] in self.lexicon.agent_compounds:
                    chain.stance = True   # "an IAEA-drafted proposal", "Russian-backed separatists": X acted,
                    return chain          # but owns neither the proposal nor the separatists
                if not (self.local and words[j + 1] == "led"):
                    return None   # "Washington-based", "Chinese-made": not an actor; "US-led" is
            chain.ethnic = self.local and entry.kind == "adjective" and (
                (i > 0 and words[i - 1] == "ethnic") or self._people_of_place(words, segs, i, end))
            k = self._extend(tokens, words, segs, j, chain)
            if chain.roles or chain.person or chain.name:
                chain.end = k
            return chain
        if entry.kind == "person":
            chain.person = entry
            j = end + (1 if end < len(words) and words[end] in POSSESSIVE else 0)
            if segs.get(j) is not None and collective_at(words, j, self.lexicon.collectives):
                chain.roles.append(segs[j][1])
                chain.end = segs[j][0]
                chain.collective = True
            return chain
        if entry.kind in ("role", "honorific"):
            k = self._extend(tokens, words, segs, i, chain)
            chain.end = k
            if chain.person:
                return chain
            if chain.roles and not chain.name and k < len(words) and words[k] == "-" and self._compound_modifier(
                    words, k) and words[k + 1] not in self.lexicon.agent_compounds:
                return None   # "the opposition-controlled assembly", "a rebel-held town": a kind of thing, no actor
            if chain.roles and not chain.name:
                found = self._role_of_place(words, segs, chain)
                if found is None and self.bare and all(r.contextual or r.owned for r in chain.roles) \
                        and not (i > 0 and words[i - 1] in _ABROAD):  # "foreign journalists": not the place's
                    chain.bare = True
                    return chain
                return found
            if chain.roles and chain.name and self.bare and all(r.contextual_named for r in chain.roles) \
                    and (all(r.contextual for r in chain.roles) or tokens[i].text[:1].isupper()):
                # an office title before a name is capitalised ("President X"; "president Warren Jeffs" of a church is not)
                chain.bare = True   # "Judge Alejandro Rivera", "Interior Minister X": the country from the context
                return chain
            return None
        return None

    @staticmethod
    def _people_of_place(words, segs, i, end) -> bool:
        """"the Albanians of southern Serbia", "Turks in Germany": a people named by where it lives."""
        if not words[i].endswith("s") or end >= len(words) or words[end] not in ("of", "in"):
            return False
        k = end + 1
        while k < len(words) and k - end <= 3 and words[k] in _PLACE_FILLER:
            k += 1
        seg = segs.get(k)
        return seg is not None and seg[1].kind in ("country", "region")

    def _compound_modifier(self, words, j) -> bool:
        """"Washington-based", "Chinese-made": a hyphen and a lower-case word."""
        return j + 1 < len(words) and words[j + 1].isalpha() and words[j + 1] not in POSSESSIVE

    def _extend(self, tokens, words, segs, j, chain: Chain) -> int:
        """Consume modifiers and role nouns from token j, then a person or an unknown name."""
        lex = self.lexicon
        k = j
        last = j
        while k < len(words):
            seg = segs.get(k)
            if seg is not None and seg[1].kind in ("role", "honorific"):
                if seg[1].kind == "role":
                    chain.roles.append(seg[1])
                k = last = seg[0]
                continue
            if seg is None and (words[k] in lex.modifiers or words[k] in lex.former):
                if words[k] in lex.former:
                    chain.former = True
                k += 1
                continue
            break
        k = last
        if k == j and not chain.place:
            return j
        seg = segs.get(k)
        if seg is not None and seg[1].kind == "person":
            chain.person = seg[1]
            return seg[0]
        if chain.roles and k < len(tokens) and seg is None:
            m = k
            while m < len(tokens) and m - k < 4 and segs.get(m) is None and tokens[m].ent_type_ == "PERSON" \
                    and tokens[m].text[:1].isupper():
                m += 1
            if m > k:
                chain.name = (k, m)
                return m
        return k if (chain.roles or chain.person) else j

    def _role_of_place(self, words, segs, chain: Chain) -> Chain | None:
        """"officials in Seoul", "the President of Russia": a role, a link word, a place."""
        k = chain.end
        if k >= len(words) or words[k] not in LINKS:
            return None
        if words[k] == "in" and any(w in FOREIGN_MISSIONS for w in words[chain.start:k]):
            return None   # "embassies/ambassadors in Kinshasa" are other countries' missions, not Congo's
        sector = chain_sector(chain.roles)
        kinds = OWNER_KINDS
        if words[k] == "at":   # "judges at the International Criminal Court", "officials at the IAEA"
            kinds = ("igo",)
        elif sector != "GOV" and words[k] == "of":   # "the army of Sudan", "the forces of Hamas": an owner
            if not self.local:
                return None
            kinds = OF_OWNER_KINDS
        elif sector != "GOV":   # "troops in Ukraine" is a place, not an owner; "police in Belgrade" is
            if not self.local or sector in NOT_LOCAL:
                return None
            kinds = LOCAL_KINDS
        k += 1
        if k < len(words) and words[k] == "the":
            k += 1
        seg = segs.get(k)
        if kinds is LOCAL_KINDS and (seg is None or seg[1].kind == "adjective"):  # "rebels in the eastern Indian state of Odisha"
            while k < len(words) and words[k] in _PLACE_FILLER:
                k += 1
            seg = segs.get(k)
            if seg is None or seg[1].kind != "adjective" or seg[0] >= len(words) or words[seg[0]] not in PLACE_NOUNS:
                return None
            chain.place = seg[1]
            chain.end = seg[0] + 1
            return chain
        if seg is None or seg[1].kind not in kinds:
            return None
        chain.place = seg[1]
        chain.end = seg[0]
        return chain


def collective_at(words: list[str], j: int, collectives: list[str]) -> int | None:
    """End (exclusive) of the leader_collectives phrase ("administration", "white house") at token j, or None.
    words: norm() forms."""
    for phrase in sorted(collectives, key=len, reverse=True):
        parts = phrase.split()
        if words[j:j + len(parts)] == parts:
            return j + len(parts)
    return None


def chain_sector(roles: list[Entry]) -> str | None:
    if not roles:
        return None
    specific = [r for r in roles if not r.generic]
    last = (specific[-1] if specific else roles[-1]).sector
    if last == "MIL" and any(r.sector == "REB" for r in specific):
        return "REB"  # "separatist forces", "rebel troops": armed, but not the state's
    return last
