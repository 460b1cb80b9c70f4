"""Token trie over alias phrases: finds, at each token, the longest alias that starts there.

Aliases are tokenized with the same (spaCy English) tokenizer as the text, so "Russia's",
"U.S." and "Kim Jong-un" split the same way on both sides. Matching is linear in the number
of tokens (times the longest alias length).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..gazetteer import TOWN_PARTS
from .model import PROPER_KINDS, Entry

_END = ""   # trie key for the entries of a phrase that ends here (no token is empty)


def norm(text: str) -> str:
    """Lower case, straight apostrophes, no final period ("Corp." = "Corp", "U.S." = "U.S")."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    return text[:-1] if len(text) > 1 and text.endswith(".") else text


def fold(word: str) -> str:
    """norm() without accents: "Erdoğan" = "erdogan"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", norm(word)) if not unicodedata.combining(ch))


@dataclass
class Match:
    start: int            # token index
    end: int              # token index, exclusive
    entries: list[Entry]


@dataclass
class AliasTrie:
    root: dict = field(default_factory=dict)
    size: int = 0

    def add(self, tokens: list[str], entry: Entry) -> None:
        node = self.root
        for tok in tokens:
            node = node.setdefault(norm(tok), {})
        node.setdefault(_END, []).append((tuple(tokens), entry))
        self.size += 1

    def longest(self, words: list[str], normed: list[str], i: int) -> Match | None:
        """Longest alias starting at token i whose case rules hold in the text."""
        node, best, j = self.root, None, i
        while j < len(normed):
            node = node.get(normed[j])
            if node is None:
                break
            j += 1
            if _END in node:
                ok = [e for toks, e in node[_END] if _case_ok(toks, words[i:j], e)
                      and not _name_goes_on(e, words, normed, j)]
                if ok:
                    best = Match(i, j, ok)
        return best


def _name_goes_on(entry: Entry, words: list[str], normed: list[str], j: int) -> bool:
    """A case-sensitive region name followed by a capitalised word for a part of a town is part of a longer place name
    ("the Upper East Side" of Manhattan is not Ghana's Upper East region; "the Jalisco New Generation Cartel" still
    names Jalisco)."""
    return entry.kind == "region" and entry.case_sensitive and j < len(words) and words[j][:1].isupper() \
        and normed[j] in TOWN_PARTS


def _case_ok(alias: tuple[str, ...], text: list[str], entry: Entry) -> bool:
    if entry.case_sensitive:
        return [norm(t).upper() for t in alias] == [norm(t).upper() for t in text] and all(
            a == t for a, t in zip(alias, text) if a.isalpha())
    if entry.kind in PROPER_KINDS and alias[0][:1].isupper():
        return text[0][:1].isupper() or not text[0][:1].isalpha()
    return True
