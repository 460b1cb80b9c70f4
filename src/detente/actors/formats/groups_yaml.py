"""Read non-state groups and sub-national regions (groups.yaml and user files of the same format).

    groups:
      - name: Taliban
        aliases: [Taleban]
        codes:
          - {code: AFGREB, start: 2001-11-13, end: 2021-08-15}
          - {code: AFGGOV, start: 2021-08-15, end: null}
        source: "..."
    regions:
      - {name: Darfur, country: SDN}
    successions:
      - {country: SSD, before: 2011-07-09, then: SDN}   # South Sudan was part of Sudan

A group's code is a country (ISO alpha-3) plus a PLOVER sector; `code: PSEREB` alone is an
undated code. Regions are places, not actors: they give role nouns their country ("rebels in
Darfur"). A succession recodes a country before a date ("Juba" in 1995 is Sudan's).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Group
from .persons_yaml import dated_codes, parse_date


@dataclass
class Region:
    name: str
    country: str
    start: date | None = None
    end: date | None = None          # first day it no longer belongs to `country`
    case_sensitive: bool = False     # matches only as written (names from ISO 3166-2, `subdivisions.py`)

    def active(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


def parse_groups(items) -> list[Group]:
    out = []
    for item in items or []:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        codes = dated_codes(item)
        if codes:
            out.append(Group(name=str(item["name"]), aliases=[str(a) for a in item.get("aliases") or []],
                             codes=codes, source=str(item.get("source") or "")))
    return out


def parse_regions(items) -> list[Region]:
    out = []
    for item in items or []:
        if isinstance(item, dict) and item.get("name") and item.get("country"):
            out.append(Region(name=str(item["name"]), country=str(item["country"]).upper(),
                              start=parse_date(item.get("start")), end=parse_date(item.get("end"))))
    return out


@dataclass
class Succession:
    country: str          # the later state
    before: date          # its first day
    then: str             # the state its territory belonged to before


def parse_successions(items) -> list[Succession]:
    out = []
    for item in items or []:
        if isinstance(item, dict) and item.get("country") and item.get("before") and item.get("then"):
            out.append(Succession(str(item["country"]).upper(), parse_date(item["before"]), str(item["then"]).upper()))
    return out
