"""First-level subdivisions of every country (ISO 3166-2, from the pycountry package) as regions:
"in Jharkhand" is in India, "Zamfara state" in Nigeria, "Sindh province" in Pakistan.

Only names that can stand alone in news are kept: the first level of each country (not municipalities,
parishes or atolls; the provinces below it where SECOND_LEVEL_PROVINCES says news names them), in plain letters ("Jhārkhand" becomes "Jharkhand"), of one country only ("Punjab",
"Amazonas" are left out), and no name of a country ("Georgia"), of a capital or of a sizeable city anywhere
("Victoria"; "Tehran", where the gazetteer's city is meant), nor one of the generic words, seas and names in SKIP
("Central", "Red Sea", "Rivers", "Miranda"). A name matches only as written ("Zamfara", not "zamfara"). Regions
the bundled groups data lists win: they are loaded first.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ..gazetteer import SIZEABLE_POP, Gazetteer
from .formats.groups_yaml import Region
from .matcher import norm

KEPT_TYPES = frozenset({"province", "region", "state", "department", "governorate", "county", "district", "prefecture",
                        "republic", "autonomous region", "autonomous community", "autonomous province", "land",
                        "voivodship", "division", "regional state", "canton", "territory", "union territory",
                        "federal district", "autonomous republic", "oblast", "emirate", "administrative region"})
SKIP = frozenset({"central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "centre",
                  "center", "capital", "coast", "coastal", "upper", "lower", "middle", "nord", "sud", "est", "ouest",
                  "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
                  "southwest", "bay", "lakes", "lake", "islands", "island", "river", "mountain", "plateau", "savannah",
                  "highlands", "lowlands", "interior", "littoral", "atlantic", "pacific", "caribbean", "orange",
                  "national capital district", "capital district", "federal capital territory",
                  # English words and given or family names that name a subdivision too
                  "rivers", "unity", "free", "pool", "cascade", "cascades", "centrale", "midlands", "northland", "meta",
                  "cesar", "falcon", "miranda", "herrera", "rivera", "isabel", "constantine", "canterbury", "sofia",
                  "saga", "pest", "lara", "alba", "napo", "nandi", "paro", "ruse", "moka", "norte", "leste", "cortes",
                  "antique", "aurora", "isabela", "quezon", "rizal", "kalinga", "poni", "ziro",
                  "guerrero", "tete", "tanga", "donga", "tabasco", "lemba", "kars", "faro", "cordillera", "montagnes",
                  "lacs", "collines", "atlantique", "principe", "pando", "maine", "delta", "plateau", "lagunes",
                  "estuaire", "savanes", "kara", "maritime", "ocean", "sea", "desert", "mountains", "valley",
                  "north-western", "south-west", "north-west", "south-east", "north-east", "sud-est", "sud-ouest",
                  # seas and gulfs that name a subdivision too ("the Gulf" is a PNG province, "Red Sea" a Sudanese state)
                  "gulf", "red sea", "dead sea", "black sea", "white sea", "caspian", "mediterranean", "sahel",
                  "sahara", "amazon", "andes", "adriatic", "baltic", "aegean", "arctic", "antarctic"})
# countries whose news names the provinces below the first level ("Bulacan", "Sulu", "Soum", "Aceh"), kept too
SECOND_LEVEL_PROVINCES = frozenset({"PH", "BF", "ID"})
_TYPE_WORDS = re.compile(r"\s+(oblast|oblast')$", re.I)        # "Donetska oblast": the name before it


_STATE_NOUNS = ("state", "province", "region")  # "Oaxaca state", "Tehran Province": the subdivision, named so


def plain(name: str) -> str:
    """Without accents or modifier letters: "Jhārkhand" -> "Jharkhand", "Al Anbār" -> "Al Anbar"."""
    out = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return out.replace("ʼ", "").replace("’", "'")


def subdivision_regions(taken: set[str], countries: dict[str, set[str]], gazetteer: Gazetteer) -> list[Region]:
    """Regions for the first-level subdivisions. `taken`: normed region names already known; `countries`:
    normed country names, aliases, adjectives and capitals -> their ISO alpha-3 codes."""
    import pycountry  # imported here: the actor layer works without it where subdivisions are off

    by_name: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type.lower() not in KEPT_TYPES or getattr(sub, "parent_code", None) and not (
                sub.country_code in SECOND_LEVEL_PROVINCES and sub.type.lower() == "province"):
            continue
        iso3 = pycountry.countries.get(alpha_2=sub.country_code)
        if iso3 is None:
            continue
        for raw in re.split(r"[;/]", sub.name):
            name = _TYPE_WORDS.sub("", plain(raw).strip())
            if any(ch in name for ch in ",([") or len(name) < 4:
                continue
            key = norm(name)
            by_name[key].add(iso3.alpha_3)
            spelled.setdefault(key, name)
    out = []
    for key, isos in sorted(by_name.items()):
        if len(isos) != 1 or key in taken or key in SKIP:
            continue
        iso = next(iter(isos))
        if countries.get(key, {iso}) != {iso}:
            continue  # a country's or another country's capital's name
        city = gazetteer.cities.get(key)
        if city is not None and city[3] >= SIZEABLE_POP:
            if city[0] == iso:  # "in Oaxaca state": the bare name is the city, the named state its own
                out += [Region(f"{spelled[key]} {noun}", iso, case_sensitive=True)
                        for word in _STATE_NOUNS for noun in (word, word.title())]
            continue  # "Tehran", "Kandahar": the city the gazetteer knows; "Victoria": a city elsewhere
        out.append(Region(spelled[key], iso, case_sensitive=True))
    return out
