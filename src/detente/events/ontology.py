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
    plover_modes: dict[str, str | None] = field(default_factory=dict)  # detente's finer mode -> PLOVER's


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
            plover = {m: v["plover"] for m, v in (spec.get("modes") or {}).items() if "plover" in v}
            types[name] = TypeInfo(int(spec["quad"]), float(spec["score"]), str(spec["cameo"]),
                                   float(spec["goldstein"]), modes, plover)
        return cls(types)

    def codes(self, event_type: str, mode: str | None) -> tuple[str | None, float | None, int | None]:
        """(CAMEO code, Goldstein, quad class) for a type and mode; the type's default if the mode has none."""
        info = self.types.get(event_type)
        if info is None:
            return None, None, None
        cameo, goldstein = info.modes.get(mode or "", (info.cameo, info.goldstein))
        return cameo, goldstein, info.quad

    def plover_mode(self, event_type: str, mode: str | None) -> str | None:
        """The PLOVER 2021 mode for detente's mode: "sign" (SUPPORT) -> None, "host" -> "visit"."""
        info = self.types.get(event_type)
        if info is None or mode is None:
            return mode
        return info.plover_modes.get(mode, mode)

    def quad(self, event_type: str) -> int | None:
        info = self.types.get(event_type)
        return info.quad if info else None


@dataclass
class Crosswalk:
    """CAMEO code -> PLOVER type (and mode for typed-apart sub-codes), from data/cameo_plover.yaml."""
    roots: dict[str, str | None]
    subcodes: dict[str, str]
    submodes: dict[str, str]

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Crosswalk":
        path = Path(path) if path else DATA_DIR / "cameo_plover.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls({str(k): v for k, v in raw["roots"].items()}, {str(k): v for k, v in raw["subcodes"].items()},
                   {str(k): v for k, v in raw["submodes"].items()})

    def _subcode(self, code: str) -> str | None:
        """The longest (4, then 3 digits) prefix of `code` that the crosswalk types apart."""
        for n in (4, 3):
            if len(code) >= n and code[:n] in self.subcodes:
                return code[:n]
        return None

    def plover_type(self, code: str) -> str | None:
        """"0872" -> RETREAT, "163" -> COERCE, "010" -> None."""
        code = code.strip()
        sub = self._subcode(code)
        return self.subcodes[sub] if sub is not None else self.roots.get(code[:2])

    def submode(self, code: str, event_type: str) -> str | None:
        """The mode the crosswalk gives a typed-apart sub-code of `event_type` ("192" -> seize)."""
        for n in (4, 3):
            if code[:n] in self.submodes and self.subcodes.get(code[:n]) == event_type:
                return self.submodes[code[:n]]
        return None

