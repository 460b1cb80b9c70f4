"""The place of a wire story's dateline ("CARTAGENA, Colombia, Sept 27 (Reuters) -"), which the cleaner
cuts off as a junk line, and the words of the story that point to it ("in this colonial port city",
"here"). The dateline says where the reporter is; only those words make it the place of an event."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Document, Location
from .places import PlaceResolver

_MONTH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)
_PLACE_NOUNS = frozenset({"city", "town", "capital", "port", "village", "province", "region", "country"})


def dateline_place(document: Document, places: PlaceResolver) -> Location | None:
    """The place the document's first dateline names, when the gazetteer knows it in the country the
    dateline states (none stated: anywhere); never a guess between namesakes ("ROME, Georgia")."""
    line = next((j.line for j in document.junk if j.reason == "dateline"), None)
    if not line:
        return None
    parts = [p.strip() for p in line.split(",")]
    name = parts[0].title()
    stated = parts[1] if len(parts) > 2 and not _MONTH.match(parts[1]) else None
    within = places.resolve(stated, "GPE") if stated else None
    if stated and (within is None or within.precision != "country"):
        return None  # "Georgia" the US state, an unknown region: no guess
    loc = places.resolve(name, "GPE", frozenset({within.country}) if within else frozenset())
    if loc is None or loc.country is None or (within is not None and loc.country != within.country):
        return None
    return loc


def points_to_dateline(tokens: list[Token]) -> bool:
    """True when the tokens' phrases say "in this (colonial port) city" or "here"."""
    for tok in tokens:
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ == "here":
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in _PLACE_NOUNS and any(
                            d.dep_ == "det" and d.lower_ == "this" for d in p.children):
                        return True
    return False
