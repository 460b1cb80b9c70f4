"""Small questions about a parsed token or sentence that the parse repairs, the actor layer and the event
coder all ask."""
from __future__ import annotations

from spacy.tokens import Span, Token

# prepositions after which an object-control verb's gerund comes ("accused troops of burning villages"); read by
# the parse repairs and the event roles
GERUND_PREPS = frozenset({"of", "for", "from", "against"})
# "test-fired", "test-launching": one word (a parse repair) with its stem's lemma ("fire"); a test, not an attack
TEST_PREFIX, TESTED_STEMS = "test", ("fir", "launch")


def acronym(tok: Token) -> bool:
    """A name in capitals ("ECOWAS", "NATO", "USAID")."""
    return tok.text.isupper() and tok.text.isalpha() and len(tok.text) >= 3


def to_infinitive(tok: Token) -> bool:
    """`tok` is a verb with its "to": "to protest", "to hand over"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def says_where(tok: Token) -> bool:
    """A "where" relative clause: "fled to Moscow, where ...", "spread to Batumi, where protesters blocked
    the road": what it tells happens at the noun it hangs on."""
    return tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children)


def sentence_back(sent: Span, n: int) -> Span:
    """The sentence n sentences before `sent` (the document's first, where there are fewer)."""
    for _ in range(n):
        if sent.start == 0:
            break
        sent = sent.doc[sent.start - 1].sent
    return sent


def set_off_participle(v: Token) -> bool:
    """An -ing clause set off by a comma: "..., spurning a US demand", "..., condemning the invasion"."""
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ","


def time_clause(c: Token, marks: tuple[str, ...] = ("when", "as", "while")) -> bool:
    """c is an adverbial clause that tells the moment of its head ("when a car bomb exploded", "as he left a rally")."""
    return c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
