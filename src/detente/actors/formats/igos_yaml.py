"""Read international organisations: a YAML list of {code, name, aliases, plover}."""
from __future__ import annotations

from ..model import Igo


def parse_igos(items: list[dict]) -> list[Igo]:
    igos = []
    for item in items or []:
        code = str(item["code"]).strip()
        igos.append(Igo(
            code=code,
            name=str(item.get("name") or code),
            aliases=[str(a) for a in item.get("aliases") or []],
            plover=str(item.get("plover") or "IGO"),
        ))
    return igos
