"""A document's named entities, read once: spaCy builds `Doc.ents` (and `Span.ents`, which filters it) anew
from every token on each call, and the coder asks for them per sentence and per candidate."""
from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "detente.ents"   # (start, end, label) triples kept on the Doc (plain data: a Doc stays serialisable)


def _triples(doc: Doc) -> list[tuple[int, int, str]]:
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = [(e.start, e.end, e.label_) for e in doc.ents]
    return doc.user_data[_KEY]


def ents_in(span: Doc | Span) -> list[Span]:
    """The entities inside a Doc or a Span, as `span.ents` gives them."""
    doc = span if isinstance(span, Doc) else span.doc
    lo, hi = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
    return [Span(doc, s, e, label=label) for s, e, label in _triples(doc) if s >= lo and e <= hi]


def ent_starting(doc: Doc, i: int) -> Span | None:
    """The entity that starts at token i, or None."""
    if i >= len(doc) or doc[i].ent_iob_ != "B":
        return None
    return next((Span(doc, s, e, label=label) for s, e, label in _triples(doc) if s == i), None)
