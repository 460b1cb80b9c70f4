"""Read the country table (countries.csv): one row per ISO-3166 country, '|' separates lists."""
from __future__ import annotations

import csv
import io

from ..model import Country


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def parse_countries(text: str) -> list[Country]:
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    countries = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        iso3 = (row.get("iso3") or "").strip().upper()
        if not iso3:
            continue
        capitals = _split(row.get("capital"))
        adjectives = _split(row.get("adjectives"))
        metonyms = {}
        for item in _split(row.get("metonyms")):
            phrase, _, sector = item.rpartition(":")
            metonyms[phrase.strip() or sector.strip()] = sector.strip().upper() if phrase else "GOV"
        countries.append(Country(
            iso3=iso3,
            name=(row.get("name") or iso3).strip(),
            iso2=(row.get("iso2") or "").strip() or None,
            capital=capitals[0] if capitals else None,
            adjective=adjectives[0] if adjectives else None,
            aliases=_split(row.get("aliases")),
            adjectives=adjectives,
            capitals=capitals,
            metonyms=metonyms,
            flags=set(_split(row.get("flags"))),
        ))
    return countries
