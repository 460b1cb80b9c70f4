"""Checks on the bundled person files (data/actors/persons_*.yaml).

Schema: a list of entries {name, aliases, roles, source}; each role is
{country, sector, title, start, end} with ISO dates and end null while in office.
Plus coverage (every UN member state has a sitting leader) and a sample of
known facts.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from detente.config import DATA_DIR

ACTORS = Path(DATA_DIR) / "actors"
FILES = sorted(ACTORS.glob("persons_*.yaml"))

# Titles that several people legitimately hold at once.
SHARED_TITLES = {
    "Member of the Presidency",        # Bosnia and Herzegovina
    "Co-Prince",                       # Andorra
    "Member of the Transitional Presidential Council",  # Haiti
}
OVERLAP_TOLERANCE_DAYS = 7


def _known_codes():
    """ISO3 codes from data/actors/countries.csv plus IGO codes from igos.yaml."""
    codes = set()
    for line in (ACTORS / "countries.csv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("iso3,"):
            codes.add(line.split(",", 1)[0])
    for igo in yaml.safe_load((ACTORS / "igos.yaml").read_text(encoding="utf-8")):
        codes.add(igo["code"])
    return codes


KNOWN_CODES = _known_codes()
SECTORS = set(yaml.safe_load((ACTORS / "sectors.yaml").read_text(encoding="utf-8"))["sectors"])
CORE_FILE = "persons_core.yaml"   # owned by the resolver; its own conventions (e.g. NATO) apply

UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193


def _load():
    entries = []
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: top level must be a list"
        for e in data:
            entries.append((path.name, e))
    return entries


ENTRIES = _load()


def _is_date(v):
    return isinstance(v, dt.date) and not isinstance(v, dt.datetime)


def test_files_exist():
    assert FILES, f"no persons_*.yaml under {ACTORS}"
    assert len(ENTRIES) > 500


def test_schema():
    problems = []
    for fname, e in ENTRIES:
        where = f"{fname}: {e.get('name')!r}"
        if set(e) - {"name", "aliases", "roles", "source"}:
            problems.append(f"{where}: unknown keys {set(e) - {'name', 'aliases', 'roles', 'source'}}")
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            problems.append(f"{where}: name")
        aliases = e.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f"{where}: aliases must be a list of strings")
        if not isinstance(e.get("source"), str) or not e["source"].strip():
            problems.append(f"{where}: source")
        roles = e.get("roles")
        if not isinstance(roles, list) or not roles:
            problems.append(f"{where}: roles")
            continue
        for r in roles:
            if set(r) != {"country", "sector", "title", "start", "end"}:
                problems.append(f"{where}: role keys {sorted(r)}")
                continue
            c = r["country"]
            if not isinstance(c, str) or c not in KNOWN_CODES:
                problems.append(f"{where}: unknown country code {c!r}")
            elif fname != CORE_FILE and not re.fullmatch(r"[A-Z]{3}", c):
                problems.append(f"{where}: country {c!r} is not three capital letters")
            if r["sector"] not in SECTORS:
                problems.append(f"{where}: sector {r['sector']!r}")
            if not isinstance(r["title"], str) or not r["title"].strip():
                problems.append(f"{where}: title")
            if not _is_date(r["start"]):
                problems.append(f"{where}: start {r['start']!r} is not a date")
            if r["end"] is not None and not _is_date(r["end"]):
                problems.append(f"{where}: end {r['end']!r} is not a date or null")
            if _is_date(r["start"]) and _is_date(r["end"]) and r["start"] > r["end"]:
                problems.append(f"{where}: start after end in {r}")
    assert not problems, "\n".join(problems)


def test_ministers_use_gov_sector():
    bad = [(e["name"], r["title"]) for _, e in ENTRIES for r in e["roles"]
           if ("Minister" in r["title"] or "Secretary" in r["title"]) and r["sector"] != "GOV"]
    assert not bad, bad


def test_names_unique_across_files():
    seen = {}
    dups = []
    for fname, e in ENTRIES:
        key = e["name"].casefold()
        if key in seen:
            dups.append(f"{e['name']}: {seen[key]} and {fname}")
        seen[key] = fname
    assert not dups, "\n".join(dups)


def test_aliases_do_not_name_another_person():
    """A full name given as an alias must not be another entry's name."""
    names = {e["name"].casefold(): e["name"] for _, e in ENTRIES}
    clashes = [(e["name"], a) for _, e in ENTRIES for a in e.get("aliases", [])
               if a.casefold() in names and names[a.casefold()] != e["name"]]
    assert not clashes, clashes


def test_no_overlapping_tenures_per_title():
    by_key = defaultdict(list)
    for _, e in ENTRIES:
        for r in e["roles"]:
            # Only single-holder executive offices; legislators etc. sit together.
            if r["title"] in SHARED_TITLES or r["sector"] != "GOV":
                continue
            by_key[(r["country"], r["title"])].append((r["start"], r["end"] or dt.date.max, e["name"]))
    problems = []
    for key, spans in by_key.items():
        spans.sort()
        s1, e1, n1 = spans[0]
        for s2, e2, n2 in spans[1:]:
            overlap = (min(e1, e2) - s2).days
            if overlap > OVERLAP_TOLERANCE_DAYS:
                problems.append(f"{key}: {n1} ({s1}..{e1}) and {n2} ({s2}..{e2}) overlap {overlap} days")
            if e2 > e1:       # compare later tenures with the longest-running one so far
                s1, e1, n1 = s2, e2, n2
    assert not problems, "\n".join(problems)


def test_every_un_member_has_a_sitting_leader():
    current = {r["country"] for _, e in ENTRIES for r in e["roles"] if r["end"] is None}
    # The core file (persons_core.yaml) covers USA and PRK leaders among others.
    missing = UN_MEMBERS - current
    assert not missing, sorted(missing)


def _find(name):
    for _, e in ENTRIES:
        if e["name"] == name:
            return e
    raise AssertionError(f"{name} not found")


def _has_role(name, country, title, start, end):
    e = _find(name)
    for r in e["roles"]:
        if r["country"] == country and r["title"] == title:
            if r["start"] == start and r["end"] == end:
                return True
    raise AssertionError(f"{name}: no {country} {title} {start}..{end} in {e['roles']}")


KNOWN = [
    ("Angela Merkel", "DEU", "Chancellor", dt.date(2005, 11, 22), dt.date(2021, 12, 8)),
    ("Narendra Modi", "IND", "Prime Minister", dt.date(2014, 5, 26), None),
    ("Shinzo Abe", "JPN", "Prime Minister", dt.date(2012, 12, 26), dt.date(2020, 9, 16)),
    ("Jacques Chirac", "FRA", "President", dt.date(1995, 5, 17), dt.date(2007, 5, 16)),
    ("George W. Bush", "USA", "President", dt.date(2001, 1, 20), dt.date(2009, 1, 20)),
    ("Tony Blair", "GBR", "Prime Minister", dt.date(1997, 5, 2), dt.date(2007, 6, 27)),
    ("Keir Starmer", "GBR", "Prime Minister", dt.date(2024, 7, 5), None),
    ("Abdullah Gul", "TUR", "President", dt.date(2007, 8, 28), dt.date(2014, 8, 28)),
    ("Jiang Zemin", "CHN", "President", dt.date(1993, 3, 27), dt.date(2003, 3, 15)),
    ("Mikhail Kasyanov", "RUS", "Prime Minister", dt.date(2000, 5, 17), dt.date(2004, 2, 24)),
    ("Luiz Inacio Lula da Silva", "BRA", "President", dt.date(2003, 1, 1), dt.date(2011, 1, 1)),
    ("Luiz Inacio Lula da Silva", "BRA", "President", dt.date(2023, 1, 1), None),
    ("Ariel Sharon", "ISR", "Prime Minister", dt.date(2001, 3, 7), dt.date(2006, 4, 14)),
    ("Petro Poroshenko", "UKR", "President", dt.date(2014, 6, 7), dt.date(2019, 5, 20)),
    ("Mahmoud Abbas", "PSE", "President", dt.date(2005, 1, 15), None),
    ("Jose Manuel Barroso", "EUR", "President of the European Commission", dt.date(2004, 11, 22), dt.date(2014, 10, 31)),
    ("Annegret Kramp-Karrenbauer", "DEU", "Defence Minister", dt.date(2019, 7, 17), dt.date(2021, 12, 8)),
    ("Justin Trudeau", "CAN", "Prime Minister", dt.date(2015, 11, 4), dt.date(2025, 3, 14)),
    ("Jim Mattis", "USA", "Secretary of Defense", dt.date(2017, 1, 20), dt.date(2019, 1, 1)),
    ("Rex Tillerson", "USA", "Secretary of State", dt.date(2017, 2, 1), dt.date(2018, 3, 31)),
    ("Ben Wallace", "GBR", "Defence Secretary", dt.date(2019, 7, 24), dt.date(2023, 8, 31)),
]


@pytest.mark.parametrize("name,country,title,start,end", KNOWN, ids=[f"{k[0]}-{k[2]}" for k in KNOWN])
def test_known_facts(name, country, title, start, end):
    assert _has_role(name, country, title, start, end)


def test_monarch_spans_realms():
    charles = _find("Charles III")
    realms = {r["country"] for r in charles["roles"] if r["end"] is None}
    assert {"GBR", "AUS", "CAN", "NZL", "JAM"} <= realms


def test_pakistans_prime_ministers_before_2000_are_dated(resolver, nlp):
    from conftest import actor_codes
    assert actor_codes(resolver, nlp, "Prime Minister Benazir Bhutto spoke.", dt.date(1990, 5, 28)) == [
        ("Prime Minister Benazir Bhutto", "PAKGOV")]
    assert actor_codes(resolver, nlp, "Nawaz Sharif spoke.", dt.date(1992, 1, 1)) == [("Nawaz Sharif", "PAKGOV")]
