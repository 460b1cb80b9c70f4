"""Read persons with dated roles (persons_*.yaml and user files of the same format).

    - name: Kim Jong Un
      aliases: [Kim Jong-un]
      roles:
        - {country: PRK, sector: GOV, title: Supreme Leader, start: 2011-12-17, end: null}
      source: "..."
"""
from __future__ import annotations

from datetime import date, datetime

from ..model import Person, Role


def parse_date(value) -> date | None:
    """ISO date (YAML may already have made it a date); None, "", "null" and "present" are open."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if text.lower() in ("", "null", "none", "present", "~"):
        return None
    if len(text) == 4 and text.isdigit():       # a bare year
        return date(int(text), 1, 1)
    if len(text) == 7:                            # YYYY-MM
        return date(int(text[:4]), int(text[5:7]), 1)
    return date.fromisoformat(text[:10])


def parse_role(item: dict) -> Role:
    sector = item.get("sector")
    return Role(
        country=str(item["country"]).strip().upper(),
        sector=str(sector).strip().upper() if sector else None,
        title=str(item.get("title") or ""),
        start=parse_date(item.get("start")),
        end=parse_date(item.get("end")),
    )


def parse_persons(items: list[dict]) -> list[Person]:
    persons = []
    for item in items or []:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        persons.append(Person(
            name=str(item["name"]).strip(),
            aliases=[str(a).strip() for a in item.get("aliases") or [] if str(a).strip()],
            roles=[parse_role(r) for r in item.get("roles") or []],
            source=str(item.get("source") or ""),
        ))
    return persons


def dated_codes(item: dict) -> list[tuple]:
    """(start, end, CODE) from `code:` (+ optional start/end) and/or a `codes:` list of the same."""
    codes = []
    if item.get("code"):
        codes.append((parse_date(item.get("start")), parse_date(item.get("end")), str(item["code"]).upper()))
    for c in item.get("codes") or []:
        codes.append((parse_date(c.get("start")), parse_date(c.get("end")), str(c["code"]).upper()))
    return codes
