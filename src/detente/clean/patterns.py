"""Load the junk-line rules kept as data (data/junk_patterns.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..config import DATA_DIR


@dataclass
class Rule:
    reason: str
    line: list[re.Pattern] = field(default_factory=list)     # whole line is junk
    suffix: list[re.Pattern] = field(default_factory=list)   # matched tail is junk
    prefix: list[re.Pattern] = field(default_factory=list)   # matched head is junk
    max_words: int | None = None
    list_head: bool = False                                   # heads a list of links

    def matches(self, line: str, n_words: int) -> bool:
        if self.max_words is not None and n_words > self.max_words:
            return False
        return any(p.search(line) for p in self.line)


def load_rules(path: str | Path | None = None) -> list[Rule]:
    path = Path(path) if path else DATA_DIR / "junk_patterns.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = []
    for item in spec["rules"]:
        compile_ = lambda ps: [re.compile(p, re.IGNORECASE) for p in ps or []]  # noqa: E731
        rules.append(Rule(
            reason=item["reason"],
            line=compile_(item.get("line")),
            suffix=compile_(item.get("suffix")),
            prefix=compile_(item.get("prefix")),
            max_words=item.get("max_words"),
            list_head=bool(item.get("list_head", False)),
        ))
    return rules
