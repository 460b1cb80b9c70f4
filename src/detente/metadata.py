"""Title and publication date of text that is already extracted (no HTML)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import dateparser

from .clean import LineCleaner

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"\b(?:(?:19|20)\d{2}-\d{2}-\d{2}"                      # 2024-06-19
    rf"|{_MONTH} \d{{1,2}},? (?:19|20)\d{{2}}"               # June 19, 2024
    rf"|\d{{1,2}} {_MONTH},? (?:19|20)\d{{2}}"               # 19 June 2024
    r"|\d{1,2} de [a-zç]+ de (?:19|20)\d{2}"                 # 22 de outubro de 2010
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2})\b",                   # 11/19/2019
    re.IGNORECASE,
)
_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}


@dataclass
class TextMeta:
    title: str | None = None
    published: date | None = None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and not line.endswith((".", ",", ";", ":")) and not line.islower()


def find_date(lines: list[str], max_lines: int = 10, max_words: int = 14) -> date | None:
    """A date written on a short line near the top ("Published June 19, 2024")."""
    for line in lines[:max_lines]:
        if len(line.split()) > max_words:
            continue                        # a date inside a sentence is an event date, not the byline
        m = _DATE.search(line)
        if m:
            parsed = dateparser.parse(m.group(0), settings=_SETTINGS)
            if parsed:
                return parsed.date()
    return None


def text_metadata(text: str, clean_text: str | None = None, cleaner: LineCleaner | None = None) -> TextMeta:
    """Title = first clean line if it looks like a headline; published = a date line near the top.

    `text` is the text as extracted; pass `clean_text` when it is already cleaned (the
    pipeline does), else it is cleaned here.
    """
    if clean_text is None:
        clean_text = (cleaner or LineCleaner()).clean(text).text
    lines = clean_text.split("\n") if clean_text else []
    title = lines[0] if lines and _looks_like_headline(lines[0]) else None
    raw = [x.strip() for x in text.splitlines() if x.strip()]
    return TextMeta(title=title, published=find_date(raw))
