"""Word-level features of a text: tokens, content words, numbers, capitalised names."""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A run of capitalised words, optionally joined by short particles ("Kim Jong Un", "Bank of England").
_NAME = re.compile(
    r"\b[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|the|de|al|bin|von|van|del|la)[ \t]+)?[A-Z][\w’'-]*)*"
)

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves said says say told tell one two new also may might must shall us mr mrs ms
according however last year years week day days time since still even many much well way get got
""".split())


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; apostrophes inside a word keep it whole."""
    return [t.lower().replace("’", "'") for t in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    """Distinct tokens that carry meaning: no stopwords, no bare numbers, at least 3 letters."""
    out = set()
    for t in tokens(text):
        if t in STOPWORDS or len(t) < 3 or t.isdigit():
            continue
        out.add(t[:-2] if t.endswith("'s") else t)
    return out


def numbers(text: str) -> set[str]:
    """Numbers written with digits, separators removed ("1,500" -> "1500")."""
    return {re.sub(r"[.,]", "", n) if "," in n else n for n in _NUMBER.findall(text)}


def capitalised_names(text: str) -> list[str]:
    """Capitalised word runs that are not just a sentence-initial stopword: a cheap stand-in for NER."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in STOPWORDS:
            words = words[1:]
        name = " ".join(words)
        if len(name) > 1:
            out.append(name)
    return out


def normalise_name(name: str) -> str:
    """Lower-case a name and strip a possessive: "Putin's" -> "putin"."""
    name = name.strip().lower().replace("’", "'")
    return name[:-2] if name.endswith("'s") else name


def name_keys(names: list[str]) -> set[str]:
    """The words of names, normalised, without stopwords: comparable across "Putin" / "Vladimir Putin's"."""
    keys = set()
    for name in names:
        for word in tokens(name):
            word = word[:-2] if word.endswith("'s") else word
            if word not in STOPWORDS and len(word) > 1 and not word.isdigit():
                keys.add(word)
    return keys
