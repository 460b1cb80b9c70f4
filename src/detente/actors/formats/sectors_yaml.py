"""Read the role-noun lexicon (sectors.yaml): role phrases -> PLOVER sectors, office titles, stop phrases."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SectorLexicon:
    roles: dict[str, str] = field(default_factory=dict)          # lower-case phrase -> sector
    generic: set[str] = field(default_factory=set)
    titles: dict[str, list[str]] = field(default_factory=dict)   # role phrase -> office titles
    modifiers: set[str] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    stop_phrases: list[str] = field(default_factory=list)
    contextual: set[str] = field(default_factory=set)            # role phrases placed by context
    contextual_named: set[str] = field(default_factory=set)      # placed by context when a name follows
    owned: set[str] = field(default_factory=set)                 # placed only by an owner: "its warplanes"
    sectors: dict[str, str] = field(default_factory=dict)        # code -> description
    collectives: list[str] = field(default_factory=list)         # "administration", "white house": a leader's government
    leader_titles: set[str] = field(default_factory=set)         # office titles of heads of state / government
    faiths: set[str] = field(default_factory=set)                # "Buddhist monks": a faith names no country
    us_markers: set[str] = field(default_factory=set)            # "sheriff": words of US stories (Georgia, the state)
    us_state_heads: set[str] = field(default_factory=set)        # "Georgia Governor": words after a state's name
    agent_compounds: set[str] = field(default_factory=set)       # "Russian-backed": Russia acted, owns nothing
    business_compounds: set[str] = field(default_factory=set)    # "a Greek-flagged tanker": the country's business
    thing_heads: set[str] = field(default_factory=set)           # "the Saudi hospital": an adjective places no one
    pair_nouns: dict[str, str | None] = field(default_factory=dict)  # "the two governments" -> GOV
    reciprocal_pair_nouns: set[str] = field(default_factory=set)  # "the nuclear-armed neighbours": a pair after "the"
    group_nouns: list[str] = field(default_factory=list)         # "the group": the armed group named last

    def merge(self, other: "SectorLexicon") -> None:
        self.roles.update(other.roles)
        self.generic |= other.generic
        self.titles.update(other.titles)
        self.modifiers |= other.modifiers
        self.former |= other.former
        self.honorifics |= other.honorifics
        self.stop_phrases += [p for p in other.stop_phrases if p not in self.stop_phrases]
        self.contextual |= other.contextual
        self.contextual_named |= other.contextual_named
        self.owned |= other.owned
        self.sectors.update(other.sectors)
        self.collectives += [c for c in other.collectives if c not in self.collectives]
        self.leader_titles |= other.leader_titles
        self.faiths |= other.faiths
        self.us_markers |= other.us_markers
        self.us_state_heads |= other.us_state_heads
        self.agent_compounds |= other.agent_compounds
        self.business_compounds |= other.business_compounds
        self.thing_heads |= other.thing_heads
        self.pair_nouns.update(other.pair_nouns)
        self.reciprocal_pair_nouns |= other.reciprocal_pair_nouns
        self.group_nouns += [g for g in other.group_nouns if g not in self.group_nouns]


def plural(phrase: str) -> str:
    """Regular English plural of the last word: official -> officials, spokesman -> spokesmen."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def parse_sectors(data: dict) -> SectorLexicon:
    lex = SectorLexicon()
    lex.sectors = {str(k).upper(): str(v) for k, v in (data.get("sectors") or {}).items()}
    lex.generic = {str(g).lower() for g in data.get("generic") or []}
    for sector, phrases in (data.get("roles") or {}).items():
        for phrase in phrases or []:
            phrase = str(phrase).lower().strip()
            lex.roles.setdefault(phrase, str(sector).upper())
            lex.roles.setdefault(plural(phrase), str(sector).upper())
    heads = [str(h).lower() for h in data.get("department_heads") or []]
    for dept, sector in (data.get("departments") or {}).items():
        for head in heads:
            phrase = f"{str(dept).lower()} {head}"
            lex.roles.setdefault(phrase, str(sector).upper())
            lex.roles.setdefault(plural(phrase), str(sector).upper())
    for generic in list(lex.generic):
        lex.generic.add(plural(generic))
    lex.titles = {str(k).lower(): [str(t).lower() for t in v] for k, v in (data.get("titles") or {}).items()}
    lex.modifiers = {str(m).lower() for m in data.get("modifiers") or []}
    lex.former = {str(m).lower() for m in data.get("former") or []}
    lex.honorifics = {str(m).lower() for m in data.get("honorifics") or []}
    lex.stop_phrases = [str(p) for p in data.get("stop_phrases") or []]
    lex.faiths = {str(f).lower() for f in data.get("faiths") or []}
    lex.us_markers = {str(f).lower() for f in data.get("us_markers") or []}
    lex.us_state_heads = {str(f).lower() for f in data.get("us_state_heads") or []}
    lex.agent_compounds = {str(w).lower() for w in data.get("agent_compounds") or []}
    lex.business_compounds = {str(w).lower() for w in data.get("business_compounds") or []}
    lex.thing_heads = {str(w).lower() for w in data.get("thing_heads") or []}
    lex.group_nouns = [" ".join(str(g).lower().split()) for g in data.get("group_nouns") or []]
    lex.pair_nouns = {str(k).lower(): (str(v).upper() if v else None) for k, v in (data.get("pair_nouns") or {}).items()}
    lex.reciprocal_pair_nouns = {str(w).lower() for w in data.get("reciprocal_pair_nouns") or []}
    for phrase in data.get("context_roles") or []:
        lex.contextual |= {str(phrase).lower(), plural(str(phrase).lower())}
    # a department's body or head ("the interior ministry", "the foreign minister") is a state's own
    for head in data.get("context_department_heads") or []:
        for dept in data.get("departments") or {}:
            phrase = f"{str(dept).lower()} {str(head).lower()}"
            lex.contextual |= {phrase, plural(phrase)}
    for phrase in data.get("owned_roles") or []:
        lex.owned |= {str(phrase).lower(), plural(str(phrase).lower())}
    for phrase in data.get("context_named_roles") or []:
        lex.contextual_named |= {str(phrase).lower(), plural(str(phrase).lower())}
    lex.collectives = [" ".join(str(c).lower().split()) for c in data.get("leader_collectives") or []]
    lex.leader_titles = {" ".join(str(t).lower().split()) for t in data.get("leader_titles") or []}
    return lex
