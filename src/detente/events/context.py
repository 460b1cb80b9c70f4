"""PLOVER contexts of an event from words that clearly signal them (data/plover_contexts.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from ..config import DATA_DIR
from ..records import ActorRef


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in str(phrase).lower().replace("-", " ").split() if w)


@dataclass
class ContextLexicon:
    order: list[str] = field(default_factory=list)                          # contexts as listed
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first word -> entries
    sectors: dict[str, str] = field(default_factory=dict)                   # actor sector -> context
    actor_contexts: frozenset[str] = frozenset()                            # read inside actor mentions

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ContextLexicon":
        path = Path(path) if path else DATA_DIR / "plover_contexts.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        lex = cls(sectors={str(k): str(v) for k, v in (raw.get("sectors") or {}).items()},
                  actor_contexts=frozenset(raw.get("actor_contexts") or ()))
        for context, entries in (raw.get("contexts") or {}).items():
            lex.order.append(context)
            for entry in entries or []:
                words = _words(entry)
                if words:
                    lex.phrases.setdefault(words[0], []).append((words, context))
        return lex

    @staticmethod
    def _forms(tokens: list[Token]) -> list[tuple[str, str]]:
        return [(t.lemma_.lower(), t.lower_) for t in tokens if t.text != "-"]

    def _match(self, words: list[tuple[str, str]]) -> set[str]:
        """words: (lemma, lower-cased text) per token; an entry matches on either form, word by word."""
        found: set[str] = set()
        for i, (lemma, lower) in enumerate(words):
            for first in {lemma, lower}:
                for entry, context in self.phrases.get(first, ()):
                    if context in found or i + len(entry) > len(words):
                        continue
                    if all(e in words[i + k] for k, e in enumerate(entry[1:], 1)):
                        found.add(context)
        return found

    def of(self, tokens: list[Token], refs: list[ActorRef]) -> list[str]:
        """The contexts signalled in tokens (in sentence order, "-" skipped) or by the actors' sectors;
        words inside the actors' mentions count only for actor_contexts."""
        spans = [(r.start, r.end) for r in refs if r.start is not None and r.end is not None]
        tokens = sorted(set(tokens), key=lambda t: t.i)
        inside = [t for t in tokens if any(s <= t.idx < e for s, e in spans)]
        outside = [t for t in tokens if not any(s <= t.idx < e for s, e in spans)]
        found = self._match(self._forms(outside))
        found |= self._match(self._forms(inside)) & self.actor_contexts
        found.update(self.sectors[r.sector] for r in refs if r.sector in self.sectors)
        return [c for c in self.order if c in found] + sorted(found - set(self.order))


def event_scope(sent: Span, head: Token, words: list[Token], refs: list[ActorRef]) -> list[Token]:
    """The tokens an event's context is read from: the trigger's subtree (its clause and arguments),
    the subtrees of the other trigger words, and the actors' and recipients' mentions."""
    out = {t.i: t for w in [head, *words] for t in w.subtree if sent.start <= t.i < sent.end}
    spans = [(r.start, r.end) for r in refs if r.start is not None and r.end is not None]
    for t in sent:
        if any(s <= t.idx < e for s, e in spans):
            out[t.i] = t
    return list(out.values())
