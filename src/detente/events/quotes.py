"""Direct quotes (“…”, "…") and indirect speech ("X said that ...") with their speakers."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..records import ActorRef, Quote
from .attribution import REPORTING, content_clause, speaker_phrase
from .lexicon import Lexicon
from .mentions import PRONOUNS, MentionIndex

_QUOTE = re.compile(r"“([^”\n]{2,}?)”|\"([^\"\n]{2,}?)\"")
_MIN_WORDS = 4  # shorter quoted strings count only with a speech verb on their line
SPEECH = REPORTING | {"warn", "describe", "call", "accuse", "deny", "vow", "threaten", "urge", "dismiss", "label",
                      "condemn", "criticise", "criticize", "denounce", "brand", "dub", "term", "hail", "praise",
                      "reject", "slam", "decry"}
# verbs whose that-clause is what the speaker said, beside the reporting verbs: "warned that Israel would ...",
# "denied that its troops had crossed", "ruled that the party ..." (not a demand: what is asked, not said)
INDIRECT = REPORTING | {"warn", "deny", "rule", "hint", "vow", "threaten", "complain", "assure"}
_INHERITS = {"advcl", "conj", "xcomp"}  # "rejected the claim, saying ...", "... and said ...": the first verb's subject


def _voice_of_state(subj: Token, comp: Token | None, index: MentionIndex, lex: Lexicon) -> ActorRef | None:
    """The state an unplaced official speaks for: the country subject of what the official reports
    ("Venezuela could extradite them, Interior Minister X said"; "Tehran will respond ..., foreign
    ministry spokesman X warned")."""
    words = [t for t in subj.subtree if t.i <= subj.i]
    if comp is None or not any(t.lemma_.lower() in lex.state_voices for t in words):
        return None
    if any(t.lower_ in lex.not_the_state or t.ent_type_ == "NORP" for t in words):
        return None  # "local officials", "a company spokesman", "European diplomats": someone else's voice
    inner = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    refs = [r for h in ([inner, *inner.conjuncts] if inner is not None else []) for r in index.in_phrase(h, far=False)
            if r.country]
    if len({r.country for r in refs}) != 1:
        return None
    country = refs[0].country
    return ActorRef(text=subj.doc[subj.left_edge.i:subj.i + 1].text, code=f"{country}GOV", country=country,
                    sector="GOV", start=subj.doc[subj.left_edge.i].idx, end=subj.idx + len(subj.text), kind="country")


def _subject(verb: Token, lex: Lexicon) -> Token | None:
    """The speaker of a speech verb: its subject, or the subject it shares with the verb it hangs
    from ("Frederiksen rejected the claim, saying Greenland was not for sale")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None or verb.dep_ not in _INHERITS:
        return subj
    from .roles import subject
    return subject(verb, lex)[0]


def _complement(verb: Token) -> Token | None:
    """What a reporting verb reports: its ccomp, or a that-clause hung on the noun of one of its
    prepositions ("told Netanyahu in a phone call that ...")."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is not None:
        return comp
    return next((t for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                 for t in p.children if content_clause(t)), None)


def _reporters(sdoc: Doc, index: MentionIndex, lex: Lexicon) -> list[tuple[int, str, ActorRef | None]]:
    """(offset, speaker text, actor) of every reporting verb with a named (non-pronoun) subject."""
    out = []
    for tok in sdoc:
        if tok.lemma_ in REPORTING and tok.pos_ in ("VERB", "AUX"):
            subj = _subject(tok, lex)
            if subj is not None and subj.lower_ not in PRONOUNS:
                refs = index.in_phrase(subj, far=False)
                out.append((tok.idx, speaker_phrase(subj), refs[0] if refs else None))
    return out


def _reporting_near(sdoc: Doc, start: int, end: int, line_start: int, line_end: int, lex: Lexicon) -> Token | None:
    """A reporting verb on the quote's line, outside the quote, nearest to it."""
    best = None
    for tok in sdoc.char_span(line_start, line_end, alignment_mode="expand") or []:
        if start <= tok.idx < end or tok.lemma_ not in SPEECH or tok.pos_ not in ("VERB", "AUX"):
            continue
        if _subject(tok, lex) is None:
            continue
        dist = tok.idx - end if tok.idx >= end else start - tok.idx
        if best is None or dist < best[0]:
            best = (dist, tok)
    return best[1] if best else None


def find_quotes(doc_id: str, sdoc: Doc, index: MentionIndex, lex: Lexicon) -> list[Quote]:
    text = sdoc.text
    quotes: list[Quote] = []
    spans: list[tuple[int, int]] = []
    reporters = _reporters(sdoc, index, lex)
    for m in _QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        qs, qe = m.start(g), m.end(g)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        verb = _reporting_near(sdoc, m.start(), m.end(), line_start, line_end, lex)
        if verb is None and len(m.group(g).split()) < _MIN_WORDS:
            continue  # a scare quote
        spans.append((m.start(), m.end()))
        speaker = speaker_text = None
        if verb is not None:
            head = _subject(verb, lex)
            if head.lower_ in PRONOUNS:  # "he said": the last named speaker before the quote
                earlier = [r for r in reporters if r[0] < m.start()]
                if earlier:
                    _, speaker_text, speaker = earlier[-1]
            else:
                speaker_text = speaker_phrase(head)
                refs = _named_speaker(head, index)
                speaker = refs[0] if refs else _voice_of_state(head, _complement(verb), index, lex)
        sent = sdoc.char_span(qs, qe, alignment_mode="expand")
        quotes.append(Quote(doc_id, text[qs:qe], "direct", qs, qe, speaker_text, speaker,
                            _sentence_index(sdoc, sent[0]) if sent is not None and len(sent) else None))
    quotes.extend(_indirect(doc_id, sdoc, index, spans, lex))
    return quotes


def _sentence_index(sdoc: Doc, tok: Token) -> int:
    for i, s in enumerate(sdoc.sents):
        if s.start <= tok.i < s.end:
            return i
    return 0


def _indirect(doc_id: str, sdoc: Doc, index: MentionIndex, direct: list[tuple[int, int]],
              lex: Lexicon) -> list[Quote]:
    """"X said (that) ..." outside direct quotes: the complement clause is the quote."""
    out = []
    text = sdoc.text
    for i, sent in enumerate(sdoc.sents):
        for tok in sent:
            if tok.lemma_ not in INDIRECT or tok.pos_ not in ("VERB", "AUX"):
                continue
            comp = _complement(tok)
            subj = _subject(tok, lex)
            if comp is None or subj is None or subj.dep_ == "nsubjpass":
                continue
            cut = {t.i for c in comp.children if c.dep_ in ("cc", "conj", "appos") or
                   (c.dep_ == "punct" and c.i > comp.i) for t in c.subtree}
            toks = [t for t in comp.subtree if t.i not in cut and not (t.dep_ == "mark" and t.head == comp)]
            while toks and toks[-1].is_punct:
                toks.pop()
            if not toks:
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if any(s < b and a < e for a, b in direct):
                continue  # already a direct quote
            if subj.lower_ in PRONOUNS and (found := _antecedent(subj, index)) is not None:
                out.append(Quote(doc_id, text[s:e], "indirect", s, e, found[0], found[1], i))
                continue
            refs = _named_speaker(subj, index)
            out.append(Quote(doc_id, text[s:e], "indirect", s, e, speaker_phrase(subj),
                             refs[0] if refs else _voice_of_state(subj, comp, index, lex), i))
    return out


_PERSONAL = {"he", "she", "him", "her"}
_BODY_NOUNS = {"alliance", "bloc", "organisation", "organization", "union"}  # "the alliance said": an IGO named before


def _named_speaker(head: Token, index: MentionIndex) -> list[ActorRef]:
    """The actors a speaker's phrase names, or the IGO "the alliance" stands for."""
    refs = index.in_phrase(head, far=False)
    body = None if refs else _body_before(head, index)
    return refs or ([body] if body is not None else [])


def _body_before(subj: Token, index: MentionIndex) -> ActorRef | None:
    """The IGO a definite body noun stands for: the nearest named before it in its sentence ("Turkey asked
    NATO to deploy missiles, and the alliance said ...")."""
    if subj.lemma_.lower() not in _BODY_NOUNS or not any(c.lower_ == "the" for c in subj.children):
        return None
    for tok in reversed(subj.doc[subj.sent.start:subj.i]):
        refs = [r for r in index.by_token.get(tok.i, []) if r.kind == "igo"]
        if refs:
            return refs[0]
    return None


def _antecedent(pron: Token, index: MentionIndex) -> tuple[str, ActorRef] | None:
    """Whom a pronoun speaker stands for: the nearest subject before it in its sentence that names an
    actor, a person for "he"/"she", a state or body for "it"/"they" ("Bogotá showed the OAS photographs
    that it said proved ...": Bogotá; "..., UN envoy Jan Pronk told the Council, but he said ...")."""
    person = pron.lower_ in _PERSONAL
    for tok in reversed(pron.doc[pron.sent.start:pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in PRONOUNS or tok.tag_ in ("WP", "WDT"):
            continue
        if tok.tag_ in ("NNS", "NNPS") and pron.lower_ != "they":
            continue  # "the other 26 EU leaders ..., but he said": not him
        refs = [r for r in index.in_phrase(tok, far=False) if (r.kind == "person") == person]
        if refs:
            return speaker_phrase(tok), refs[0]
        if person == any(t.ent_type_ == "PERSON" for t in tok.subtree):
            return None  # the nearest fitting subject names no known actor: no guess further back
    return None
