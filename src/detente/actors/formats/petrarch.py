"""Read PETRARCH / TABARI actor and agent dictionaries (the `.actors.txt` text format).

    UNITED_STATES  [USA]         an actor phrase (words joined by "_" or spaces) and its code
    +U.S.                        a synonym of the actor above
    GOLLUM                       codes may follow on indented lines, with date restrictions:
        [HOB <950601]            before a date; [CODE >19990816] after; [CODE 19950601-19990815]
    MINISTER [~GOV]              an agent (a role noun) in agents files: "~" + sector
    # comment, <!-- comment -->  ignored; [---] marks a phrase that is not an actor
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_CODE = re.compile(r"\[([^\]]*)\]")
_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")


@dataclass
class PetrarchActor:
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[date | None, date | None, str]] = field(default_factory=list)  # (start, end, code)
    agent: bool = False   # an agent ([~GOV]): a role noun, not an actor


def _date(text: str) -> date:
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 50 else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _parse_code(block: str) -> tuple[date | None, date | None, str] | None:
    parts = block.strip().split(None, 1)
    if not parts:
        return None
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if code[0].isdigit() or code[0] in "<>":        # dates without a code: an error in the file
        return None
    rest = rest.replace(" ", "")
    try:
        if not rest:
            return (None, None, code)
        if rest.startswith("<"):
            return (None, _date(rest[1:]), code)
        if rest.startswith(">"):
            return (_date(rest[1:]), None, code)
        m = _RANGE.match(rest)
        if m:
            return (_date(m.group(1)), _date(m.group(2)), code)
    except ValueError:
        return None
    return (None, None, code)


def _phrase(text: str) -> str:
    words = text.replace("_", " ").split()
    return " ".join(words)


def _strip_comments(text: str) -> list[str]:
    text = re.sub(r"<!?\s*--.*?-->", "\n", text, flags=re.S)
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip().startswith("<"):        # a stray tag such as <! -- ... -->
            continue
        lines.append(line)
    return lines


def parse_petrarch(text: str) -> list[PetrarchActor]:
    actors: list[PetrarchActor] = []
    current: PetrarchActor | None = None
    for line in _strip_comments(text):
        if not line.strip():
            continue
        stripped = line.strip()
        if re.match(r"^![A-Z]+!\s*=", stripped):     # substitution set of an agents file
            continue
        codes = [c for c in (_parse_code(b) for b in _CODE.findall(stripped)) if c]
        words = _CODE.sub(" ", stripped)
        words = re.sub(r"\{[^}]*\}", " ", words).strip()   # agents' {PLURAL} forms
        if stripped.startswith("+") and current is not None:
            if words[1:].strip():
                current.phrases.append(_phrase(words[1:]))
            current.codes += codes
        elif line[0] in " \t" and not words and current is not None:
            current.codes += codes
        elif words:
            current = PetrarchActor(phrases=[_phrase(words)], codes=codes)
            actors.append(current)
        elif current is not None:
            current.codes += codes
    for actor in actors:
        actor.codes = [(s, e, c.upper() if not c.startswith("~") else c) for s, e, c in actor.codes]
        actor.agent = any(c.startswith("~") for _, _, c in actor.codes)
    return [a for a in actors if a.phrases and a.codes]


def code_at(actor: PetrarchActor, when: date | None) -> str | None:
    """The actor's code at `when`: the first dated code that covers it, else the first undated one."""
    if when is not None:
        for start, end, code in actor.codes:
            if (start or end) and (start is None or start <= when) and (end is None or when < end):
                return code
    for start, end, code in actor.codes:
        if start is None and end is None:
            return code
    if when is None:   # no date: the most recent restriction
        return actor.codes[-1][2]
    return None
