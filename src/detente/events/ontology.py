"""PLOVER types -> quad class, PLOVER score, CAMEO code and Goldstein value."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..config import DATA_DIR


@dataclass
class TypeInfo:
    quad: int
    score: float
    cameo: str
    goldstein: float
    modes: dict[str, tuple[str, float]] = field(default_factory=dict)


@dataclass
class Ontology:
    types: dict[str, TypeInfo]

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Ontology":
        path = Path(path) if path else DATA_DIR / "plover_types.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        types = {}
        for name, spec in raw.items():
            modes = {m: (str(v["cameo"]), float(v["goldstein"])) for m, v in (spec.get("modes") or {}).items()}
            types[name] = TypeInfo(int(spec["quad"]), float(spec["score"]), str(spec["cameo"]),
                                   float(spec["goldstein"]), modes)
        return cls(types)

    def codes(self, event_type: str, mode: str | None) -> tuple[str | None, float | None, int | None]:
        """(CAMEO code, Goldstein, quad class) for a type and mode; the type's default if the mode has none."""
        info = self.types.get(event_type)
        if info is None:
            return None, None, None
        cameo, goldstein = info.modes.get(mode or "", (info.cameo, info.goldstein))
        return cameo, goldstein, info.quad

    def quad(self, event_type: str) -> int | None:
        info = self.types.get(event_type)
        return info.quad if info else None
