"""Date-aware look-ups over persons' roles: a person's role at a date, an office's holder at a date."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .model import Person, Role


def role_at(person: Person, when: date | None, prefer: str | None = None) -> Role | None:
    """The role held at `when` (in country `prefer` if one is); without a date, the current
    (open) or else the latest role."""
    if not person.roles:
        return None
    if when is None:
        pool = [r for r in person.roles if r.end is None] or person.roles
    else:
        pool = [r for r in person.roles if r.active(when)]
    if not pool:
        return None
    if prefer:
        pool = [r for r in pool if r.country == prefer] or pool
    return max(pool, key=lambda r: r.start or date.min)


def home_country(person: Person, when: date | None) -> str | None:
    """The country of the role nearest to `when` (the latest role before it, else the first after)."""
    if not person.roles:
        return None
    roles = sorted(person.roles, key=lambda r: r.start or date.min)
    if when is None:
        return roles[-1].country
    before = [r for r in roles if (r.start or date.min) <= when]
    return (before[-1] if before else roles[0]).country


@dataclass
class OfficeIndex:
    """country -> [(lower-case title, person, role)], to answer "who was the US president then"."""

    by_country: dict[str, list[tuple[str, Person, Role]]] = field(default_factory=dict)

    def add(self, person: Person) -> None:
        for role in person.roles:
            self.by_country.setdefault(role.country, []).append((role.title.lower().strip(), person, role))

    def holder(self, country: str, titles: list[str], when: date | None) -> tuple[Person, Role] | None:
        offices = self.by_country.get(country, [])
        for title in titles:
            found = [(p, r) for t, p, r in offices
                     if (t == title or t.startswith(title + " of ") or t.startswith(title + " for "))
                     and (r.active(when) if when is not None else r.end is None)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:   # two holders at once (co-rulers, overlapping data): no name
                return None
        return None
