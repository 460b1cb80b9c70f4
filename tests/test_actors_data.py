"""Schema checks on every bundled actor data file, through the same loaders the resolver uses."""
from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from detente.actors.dictionary import ACTORS_DIR, ActorDictionary
from detente.actors.formats.countries_csv import parse_countries

ISO3 = re.compile(r"^[A-Z]{3}$")
SECTORS = set(yaml.safe_load((ACTORS_DIR / "sectors.yaml").read_text(encoding="utf-8"))["sectors"])


@pytest.fixture(scope="module")
def dictionary():
    d = ActorDictionary()
    d.load_bundled()
    return d


def test_package_data_is_declared():
    text = (ACTORS_DIR.parents[3] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/**/*"' in text          # nested data/actors/* ships with the package


def test_countries_table(dictionary):
    rows = parse_countries((ACTORS_DIR / "countries.csv").read_text(encoding="utf-8"))
    assert len(rows) >= 249
    assert len({c.iso3 for c in rows}) == len(rows)
    for c in rows:
        assert ISO3.match(c.iso3), c.iso3
        assert c.iso2 is None or re.match(r"^[A-Z]{2}$", c.iso2), c.iso2
        assert c.name
        assert set(c.metonyms.values()) <= SECTORS, c.iso3
    sovereign = [c for c in rows if "dependency" not in c.flags]
    assert all(c.capital for c in sovereign if c.iso3 not in ("ATA", "HMD", "BVT", "UMI", "TKL"))
    for iso3 in ("USA", "GBR", "RUS", "CHN", "PRK", "KOR", "UKR", "FRA", "DEU", "IND", "BRA", "ZAF"):
        assert dictionary.countries[iso3].adjectives, iso3


def test_no_alias_names_two_countries(dictionary):
    owner: dict[str, str] = {}
    for c in dictionary.countries.values():
        capitals = [] if c.flags & {"dependency", "ambiguous_capital"} else c.capitals  # not matched
        for name in [c.name, *c.aliases, *capitals, *c.metonyms]:
            key = name.lower()
            assert owner.setdefault(key, c.iso3) == c.iso3, (name, owner[key], c.iso3)


def test_igos(dictionary):
    assert {"UNO", "EUR", "NATO", "AFU", "ASEAN", "IAEA", "IMF", "WBK", "WTO", "OPEC", "G7", "G20",
            "SCO", "BRICS", "ICC"} <= set(dictionary.igos)
    for igo in dictionary.igos.values():
        assert igo.plover in ("UNO", "EUR", "IGO", "NGO"), igo.code
        assert igo.code not in dictionary.countries, igo.code


def test_sector_lexicon(dictionary):
    lex = dictionary.lexicon
    assert set(lex.roles.values()) <= SECTORS
    assert lex.roles["troops"] == "MIL" and lex.roles["foreign ministry"] == "GOV"
    assert lex.roles["rebels"] == "REB" and lex.roles["police"] == "COP"
    assert all(t in lex.roles for t in lex.titles)
    assert {"backed", "drafted"} <= lex.agent_compounds  # "Russian-backed", "IAEA-drafted"


def test_persons_schema_and_tenures(dictionary):
    known = set(dictionary.countries) | set(dictionary.igos)
    for p in dictionary.persons.values():
        assert p.name and p.roles, p.name
        for r in p.roles:
            assert r.country in known, (p.name, r.country)
            assert r.sector in SECTORS, (p.name, r.sector)
            assert isinstance(r.start, date), (p.name, r)
            assert r.end is None or r.end >= r.start, (p.name, r)
        roles = sorted(p.roles, key=lambda r: r.start)
        for i, a in enumerate(roles):
            for b in roles[i + 1:]:
                if (a.country, a.title.lower()) == (b.country, b.title.lower()):
                    assert a.end is not None and a.end <= b.start, (p.name, a, b)


def test_core_persons_present(dictionary):
    for name in ("Vladimir Putin", "Kim Jong Un", "Xi Jinping", "Joe Biden", "Donald Trump",
                 "Volodymyr Zelensky", "Sergei Lavrov", "Wang Yi", "Antony Blinken", "Marco Rubio",
                 "Choe Son Hui"):
        assert name.lower() in dictionary.persons, name
    trump = dictionary.persons["donald trump"]
    assert len([r for r in trump.roles if r.title == "President"]) == 2
    assert "danny russel" not in dictionary.persons


def test_descriptions_name_known_countries_with_a_source(dictionary):
    assert len(dictionary.descriptions) >= 20
    for d in dictionary.descriptions:
        assert d.phrases and d.source, d
        assert d.countries <= set(dictionary.countries), d.countries - set(dictionary.countries)
    soviet = next(d for d in dictionary.descriptions if "former soviet republic" in d.phrases)
    assert "GEO" in soviet.countries and "RUS" not in soviet.countries


def test_historical_rulers_file_has_a_source_per_entry_and_no_open_guess():
    rows = yaml.safe_load((ACTORS_DIR / "persons_history_rulers.yaml").read_text(encoding="utf-8"))
    assert len(rows) > 1000
    for p in rows:
        assert p["source"].startswith("CountryInfo.120116 <Leaders>"), p["name"]
        # the source file's date is no end: a tenure it left open ends on the public record's date
        assert all(r["end"] != date(2012, 1, 16) for r in p["roles"]), p["name"]


def test_historical_rulers_sample(dictionary):
    def role(name, when):
        p = dictionary.persons[name]
        return next(((r.country, r.title) for r in p.roles if r.active(when)), None)
    assert role("evo morales", date(2010, 5, 1)) == ("BOL", "President")
    assert role("evo morales", date(2020, 5, 1)) is None          # out of office since 2019-11-10
    assert role("jimmy carter", date(1979, 6, 1)) == ("USA", "President")
    assert role("anders fogh rasmussen", date(2012, 1, 1)) == ("NATO", "Secretary General")
    assert role("yahya jammeh", date(2016, 12, 1)) == ("GMB", "President")
    assert role("ban ki moon", date(2010, 1, 1)) == ("UNO", "Secretary-General")
    assert "roh tae-woo" in {a.lower() for a in dictionary.persons["roh tae woo"].aliases}


def test_history_flag_leaves_out_every_historical_file():
    d = ActorDictionary()
    d.load_bundled(history=False)
    assert "evo morales" not in d.persons and "kofi annan" not in d.persons
    assert "vladimir putin" in d.persons


def test_cold_war_leaders_and_ministers_have_dated_roles(resolver, nlp):
    def codes(text, when):
        return [(r.text, r.code) for r in resolver.find(nlp(text), when=when)]
    assert codes("Kosygin met Nixon and Kissinger.", date(1972, 5, 25)) == [
        ("Kosygin", "RUSGOV"), ("Nixon", "USAGOV"), ("Kissinger", "USAGOV")]
    assert codes("Eduard Shevardnadze met George Shultz.", date(1986, 4, 15)) == [
        ("Eduard Shevardnadze", "RUSGOV"), ("George Shultz", "USAGOV")]    # the Soviet Union is coded RUS
    assert codes("Eduard Shevardnadze met Madeleine Albright.", date(1998, 4, 15))[0] == ("Eduard Shevardnadze", "GEOGOV")


def test_hong_kong_chief_executives(resolver, nlp):
    refs = resolver.find(nlp("Carrie Lam shelved the extradition bill."), when=date(2019, 6, 15))
    assert [(r.text, r.code) for r in refs] == [("Carrie Lam", "HKGGOV")]


def test_a_bare_surname_of_a_past_leader_codes_no_one_else(resolver, nlp):
    refs = resolver.find(nlp("Taban Deng, the governor of Unity state, spoke."), when=date(2012, 4, 20))
    assert "CHN" not in [r.country for r in refs]                       # not Deng Xiaoping
