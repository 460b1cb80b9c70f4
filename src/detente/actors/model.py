"""Plain records of the actor dictionary: countries, IGOs, persons with dated roles, alias targets."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Country:
    iso3: str
    name: str
    iso2: str | None = None
    capital: str | None = None            # canonical capital name
    adjective: str | None = None          # main adjective/demonym, e.g. "Chinese"
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)     # every name of the capital
    metonyms: dict[str, str] = field(default_factory=dict)  # phrase -> sector ("Kremlin" -> "GOV")
    flags: set[str] = field(default_factory=set)          # "dependency", "ambiguous_capital"


@dataclass
class Igo:
    code: str
    name: str
    aliases: list[str] = field(default_factory=list)
    plover: str = "IGO"                   # PLOVER country-field value: UNO, EUR or IGO


@dataclass
class Role:
    country: str                          # ISO-3166 alpha-3 or IGO code
    sector: str | None
    title: str = ""
    start: date | None = None             # None: since ever
    end: date | None = None               # None: still in office; first day out of office

    def active(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = ""


@dataclass
class Group:
    """A non-state actor (armed group, movement, party) coded as a country + sector, with the code
    dated where it changed (the Taliban: REB, then GOV from 2021-08-15)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[date | None, date | None, str]] = field(default_factory=list)  # (start, end, code)
    source: str = ""

    def code_at(self, when: date | None) -> str | None:
        """The code at `when` (end exclusive); without a date, the latest code."""
        if not self.codes:
            return None
        if when is None:
            return max(self.codes, key=lambda c: c[0] or date.min)[2]
        for start, end, code in self.codes:
            if (start is None or start <= when) and (end is None or when < end):
                return code
        return None


@dataclass
class Description:
    """Phrases that stand for a country the story named ("the former Soviet republic"): one of `countries`."""

    phrases: list[str]
    countries: frozenset[str]
    source: str = ""


@dataclass
class Entry:
    """What one alias phrase stands for.

    kind: "country" (name or short name), "adjective", "capital", "metonym", "igo", "person",
    "role" (a sector noun), "honorific", "stop" (not an actor), "custom" (a user code),
    "group" (a non-state armed group or party), "region" (a place inside a country: context only).
    """

    kind: str
    country: str | None = None            # ISO alpha-3 for country kinds
    sector: str | None = None
    code: str | None = None               # IGO or custom code
    person: Person | None = None
    group: Group | None = None
    title: str | None = None              # role phrase naming one office ("president")
    generic: bool = False                 # role gives no sector of its own (spokesman, official)
    contextual: bool = False              # role noun that takes its country from the context ("protesters")
    contextual_named: bool = False        # an office whose named holder takes it from the context ("President X")
    owned: bool = False                   # a role only an owner places ("its warplanes"), not a place
    custom_roles: list[tuple[date | None, date | None, str]] = field(default_factory=list)  # dated custom codes
    case_sensitive: bool = False          # acronyms: "US" must be upper case


# which entry kinds need a capitalised first word in text (proper names)
PROPER_KINDS = frozenset({"country", "adjective", "capital", "metonym", "igo", "person", "custom", "group", "region"})
# when one phrase has several entries, the first kind in this order is taken
KIND_PRIORITY = ("stop", "custom", "group", "igo", "metonym", "country", "capital", "adjective", "person", "region", "role", "honorific")
