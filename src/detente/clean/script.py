"""Writing systems of lines: find widget text in another script than the document."""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

# Scripts that share one writing system for this purpose.
_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "HANGUL": "HANGUL"}


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    """Script name of a letter ("LATIN", "CYRILLIC", "CJK", ...); None for non-letters."""
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "LATIN"
    try:
        first = unicodedata.name(ch).split()[0]
    except ValueError:
        return None
    return _GROUPS.get(first, first)


def dominant_script(text: str) -> str | None:
    if text.isascii():
        return "LATIN" if any(ch.isalpha() for ch in text) else None
    counts = Counter(s for s in map(script_of, text) if s)
    return counts.most_common(1)[0][0] if counts else None


def split_foreign_prefix(line: str, doc_script: str, min_letters: int = 3) -> tuple[str, str] | None:
    """Split "Свежие комментарииVladimir Putin ..." into (foreign prefix, rest).

    Only a non-Latin prefix glued to a Latin document line is split: Latin brand
    names inside non-Latin text are common and are left alone.
    """
    if doc_script != "LATIN" or line.isascii():
        return None
    letters = 0
    for i, ch in enumerate(line):
        s = script_of(ch)
        if s is None:
            continue
        if s == doc_script:
            rest = line[i:].strip()
            if letters >= min_letters and len(rest.split()) >= 3:
                return line[:i].strip(), rest
            return None
        letters += 1
    return None


def split_foreign_suffix(line: str, doc_script: str, min_letters: int = 3) -> tuple[str, str] | None:
    """Split "Putin and Kim sign treaty Последние новости" into (rest, foreign suffix)."""
    split = split_foreign_prefix(line[::-1], doc_script, min_letters)
    return (split[1][::-1], split[0][::-1]) if split else None


def is_foreign_line(line: str, doc_script: str, share: float = 0.8, min_letters: int = 2) -> bool:
    """True when a line of a Latin-script document is written mostly in another script."""
    if doc_script != "LATIN" or line.isascii():
        return False
    scripts = [s for s in map(script_of, line) if s]
    if len(scripts) < min_letters:
        return False
    return sum(s != doc_script for s in scripts) / len(scripts) >= share
