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
class Entry:
    """What one alias phrase stands for.

    kind: "country" (name or short name), "adjective", "capital", "metonym", "igo", "person",
    "role" (a sector noun), "honorific", "stop" (not an actor), "custom" (a user code).
    """

    kind: str
    country: str | None = None            # ISO alpha-3 for country kinds
    sector: str | None = None
    code: str | None = None               # IGO or custom code
    person: Person | None = None
    title: str | None = None              # role phrase naming one office ("president")
    generic: bool = False                 # role gives no sector of its own (spokesman, official)
    custom_roles: list[tuple[date | None, date | None, str]] = field(default_factory=list)  # dated custom codes
    case_sensitive: bool = False          # acronyms: "US" must be upper case


# which entry kinds need a capitalised first word in text (proper names)
PROPER_KINDS = frozenset({"country", "adjective", "capital", "metonym", "igo", "person", "custom"})
# when one phrase has several entries, the first kind in this order is taken
KIND_PRIORITY = ("stop", "custom", "igo", "metonym", "country", "capital", "adjective", "person", "role", "honorific")
