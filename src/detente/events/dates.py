"""Event dates from the sentence, resolved against the publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser
from spacy.tokens import Span, Token

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY_DATE = re.compile(rf"\b(({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?\b|\b\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS})\b|\d{{4}}-\d{{2}}-\d{{2}})", re.I)
_MONTH = re.compile(rf"\b({_MONTHS})\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAYWORDS = re.compile(rf"\b({_WEEKDAYS}|today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b", re.I)
_REL_MONTH = re.compile(r"\b(last|this|next|past)\s+month\b|\bmonths?\s+ago\b", re.I)
_REL_WEEK = re.compile(r"\b(last|this|next|past)\s+week(end)?\b|\bweeks?\s+ago\b|\b(a|one|two|three|\d+)\s+days?\s+ago\b", re.I)
_REL_YEAR = re.compile(r"\b(last|this|next|past)\s+year\b|\byears?\s+ago\b", re.I)
_YEAR_ONLY = re.compile(r"^(in\s+|since\s+|during\s+)?(early|mid|late|the end of)?\s*-?\s*(1[89]\d\d|20\d\d)$", re.I)
_WEEKDAY_NAMES = _WEEKDAYS.split("|")
_WEEKDAY_ONLY = re.compile(rf"^(on\s+|last\s+)?({_WEEKDAYS})$", re.I)
_FUTURE = re.compile(r"\b(next|coming|tomorrow)\b", re.I)


@dataclass
class EventDate:
    value: date | None
    precision: str | None       # day | month | year | publication


def _precision(text: str) -> str | None:
    """Precision of a date expression, or None when it is a duration ("five years")."""
    if _DAY_DATE.search(text) or _DAYWORDS.search(text):
        return "day"
    if _REL_WEEK.search(text):
        return "day"
    if _MONTH.search(text) or _REL_MONTH.search(text):
        return "month"
    if _REL_YEAR.search(text) or _YEAR_ONLY.match(text.strip()):
        return "year"
    return None


def _parse(text: str, precision: str, anchor: date | None, future: bool = False) -> date | None:
    if anchor is None and not _YEAR.search(text):
        return None  # a relative date needs an anchor
    if precision == "year" and _YEAR.search(text) and not _REL_YEAR.search(text):
        return date(int(_YEAR.search(text).group(1)), 1, 1)
    wd = _WEEKDAY_ONLY.match(text.strip())
    if wd and anchor is not None:  # same weekday as the anchor: that day
        target = _WEEKDAY_NAMES.index(wd.group(2).lower())
        if future:  # "will close ... from Thursday": the next such day after publication
            return date.fromordinal(anchor.toordinal() + ((target - anchor.weekday()) % 7 or 7))
        return date.fromordinal(anchor.toordinal() - (anchor.weekday() - target) % 7)
    settings = {"PREFER_DATES_FROM": "future" if future or _FUTURE.search(text) else "past",
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    cleaned = re.sub(r"^(on|in|since|during|by|from|as of)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"^(early|late|mid|the end of)\s*-?\s*", "", cleaned, flags=re.I)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    d = parsed.date()
    if precision == "month":
        d = d.replace(day=1)
    elif precision == "year":
        d = d.replace(month=1, day=1)
    return d


def date_entities(sent: Span) -> list[Span]:
    return [e for e in sent.ents if e.label_ == "DATE"]


def first_absolute_date(text: str) -> date | None:
    """The first full date written in a text ("June 19, 2024"): a dateline when none is given."""
    for m in re.finditer(rf"\b({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d\b|\b\d{{1,2}}\s+({_MONTHS})\s+(19|20)\d\d\b", text, re.I):
        parsed = dateparser.parse(m.group(0), languages=["en"])
        if parsed:
            return parsed.date()
    return None


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above a token (itself if it is one)."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


_NOUN_MODS = frozenset({"compound", "poss", "nmod", "amod", "nummod"})


def _dates_other(ent: Span, trigger: Token) -> bool:
    """True when the date names another thing's time: a modifier of another noun ("its October 7
    attack"), or inside a "since" clause or a "since <noun>" phrase ("since the strikes in June");
    "since July 2023" itself still dates the event."""
    root = ent.root
    if root.dep_ in _NOUN_MODS and root.head.i != root.i and root.head != trigger \
            and root.head.pos_ in ("NOUN", "PROPN") and not (ent.start <= root.head.i < ent.end):
        return True
    cur = root
    for _ in range(10):
        if cur.head.i == cur.i or cur == trigger:
            return False
        if cur.lower_ == "since" and cur.dep_ in ("prep", "mark"):
            return not (cur.dep_ == "prep" and any(c.dep_ == "pobj" and ent.start <= c.i < ent.end
                                                    for c in cur.children))
        cur = cur.head
    return False


def _belongs(ent: Span, trigger: Token, anchors: set[int]) -> bool:
    """A date belongs to the event when it hangs from the trigger's own clause."""
    if _dates_other(ent, trigger):
        return False
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.left_edge.i <= ent.root.i <= trigger.right_edge.i:
        return True
    return _clause_verb(ent.root.head if ent.root.i == ent.root.head.i else ent.root).i in anchors


def event_date(sent: Span, trigger: Token, published: date | None, dateline: date | None = None,
               future: bool = False, anchors: list[Token] | None = None) -> EventDate:
    """Date of the event the trigger names.

    The date expression nearest the trigger in the sentence wins; relative ones ("on Wednesday",
    "last month") resolve against the publication date. No date in the sentence: the publication
    date ("publication"); no publication date: the document's dateline, if any, at month
    precision (an approximation, said so by the precision), else null.
    """
    anchor = published or dateline
    best = None
    own = {t.i for t in (anchors or [])} | {trigger.i, _clause_verb(trigger).i}
    for ent in date_entities(sent):
        if not _belongs(ent, trigger, own):
            continue
        prec = _precision(ent.text)
        if prec is None:
            continue
        dist = min(abs(t.i - trigger.i) for t in ent)
        if best is None or dist < best[0]:
            best = (dist, ent.text, prec)
    if best is not None:
        value = _parse(best[1], best[2], anchor, future)
        if value is not None:
            return EventDate(value, best[2])
    if published is not None:
        return EventDate(published, "publication")
    if dateline is not None:
        return EventDate(dateline.replace(day=1), "month")
    return EventDate(None, None)
