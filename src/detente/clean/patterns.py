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
    tail: int | None = None                                   # only among the document's last lines

    def matches(self, line: str, n_words: int, from_end: int = 0, from_start: int = 0) -> bool:
        """from_end, from_start: the non-blank lines after and before this one in the document; a `tail`
        rule needs that many after it at most and as many before it at least (a page's close, not a lone line)."""
        if self.max_words is not None and n_words > self.max_words:
            return False
        if self.tail is not None and (from_end >= self.tail or from_start < self.tail):
            return False
        return any(p.search(line) for p in self.line)


@dataclass
class LinkListRule:
    """Runs of lines that are link text on the page (HTML input only): teaser and navigation lists."""

    reason: str = "related-link"
    min_run: int = 3              # consecutive link-like lines that make a list
    min_share: float = 0.8        # share of a line's characters that are link text: a link line
    lead_min_words: int = 3       # or: a link of this many words opens the line (headline + blurb) ...
    lead_max_words: int = 40      # ... and the line has at most this many words
    caps_min_words: int = 0       # a line in capitals of at least this many words that is link text
                                  # is junk on its own (0: off)


def load_patterns(path: str | Path | None = None) -> tuple[list[Rule], LinkListRule | None]:
    """The rules and the `link_lists` rule (None when the file has none), from one read of the patterns file."""
    path = Path(path) if path else DATA_DIR / "junk_patterns.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    item = spec.get("link_lists")
    return _rules(spec), (LinkListRule(**item) if item else None)


def _rules(spec: dict) -> list[Rule]:
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
            tail=item.get("tail"),
        ))
    return rules
