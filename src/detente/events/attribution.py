"""Who claims an event: "according to the US", "officials said", "X told Y"."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon
from .mentions import PRONOUNS, MentionIndex

REPORTING = {"say", "tell", "report", "announce", "claim", "state", "add", "note", "insist", "confirm",
             "allege", "assert", "write", "quote", "explain", "stress", "argue", "contend", "reiterate",
             "suggest", "acknowledge", "admit", "declare", "predict", "estimate", "disclose"}
ACCUSING = {"accuse", "blame", "charge", "suspect", "fault"}
DENYING = {"deny"}  # "Tehran denied sending missiles": the act, negated, is known from the denier
_FINITE = {"VBD", "VBZ", "VBP"}
_STATIVE = {"be", "remain", "seem", "appear", "stay"}
_MEDIA = {"media", "television", "tv", "agency", "newspaper", "broadcaster", "outlet", "press", "daily", "radio"}
# what a speaker does by speaking: after "said Y had ...", "and accused Z" is still the speaker's act
_SPEECH_ACTS = ACCUSING | {"criticise", "criticize", "condemn", "denounce", "urge", "warn", "call", "reject",
                           "dismiss", "welcome", "vow", "pledge", "insist", "deny", "praise", "thank", "appeal",
                           "threaten", "demand"}
# "said ... and rejected calls", "said ..., accusing", "told Netanyahu in a phone call": the speaker's
# own act or the setting of the saying, not what is reported
_OWN_ACT_DEPS = {"conj", "advcl", "cc", "prep", "npadvmod"}
_TOPIC_PREPS = {"of", "about", "on"}
_ARG_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "dative", "agent"}


def speaker_phrase(head: Token) -> str:
    """The speaker's noun phrase without relative clauses and appositions."""
    toks = [head] + [t for c in head.children if c.dep_ not in ("relcl", "appos", "punct", "acl", "prep", "cc", "conj")
                     for t in c.subtree]
    toks.sort(key=lambda t: t.i)
    return head.doc[toks[0].i: toks[-1].i + 1].text


def speaker_value(head: Token, index: MentionIndex, fallback_code: str | None) -> str:
    """The speaker's actor code if resolvable, else its text."""
    if head.lower_ in PRONOUNS and fallback_code:
        return fallback_code
    if head.lower_ in _PERSONAL and head.head.dep_ == "relcl":  # "commanders it accused of ...": the main subject
        main = next((t for t in head.sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        refs = index.in_phrase(main, far=False) if main is not None else []
        if refs:
            return refs[0].code
    if head.lower_ in _PERSONAL:
        earlier = _antecedent(head, index)
        if earlier is not None:
            return earlier
    if head.lower_ in _MEDIA or head.lemma_.lower() in _MEDIA:
        return speaker_phrase(head)  # "Russian state media": a source, not the state itself
    refs = index.in_phrase(head, far=False)
    if refs:
        return refs[0].code
    return speaker_phrase(head)


_PERSONAL = {"he", "she", "they", "it"}


def _antecedent(pron: Token, index: MentionIndex) -> str | None:
    """"In a nightly address, he said ...": the actor the main subject of the sentence before names
    (as the coder does for pronoun actors)."""
    doc, start = pron.doc, pron.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    subj = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    refs = index.in_phrase(subj[0], far=False) if subj else []
    return refs[0].code if refs else None


def reporting_speaker(r: Token) -> Token | None:
    """The subject of a reporting verb (the agent of a passive one: "was reported by Reuters"),
    or the 'according to' object. The subject of a passive ("violations were reported") is what
    is reported, not who reports it."""
    if r.lower_ == "according":
        to = next((c for c in r.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    subj = next((c for c in r.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    by = next((c for c in r.children if c.dep_ == "agent"), None)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in r.children):
        return None
    said = reporting_conjunct(r)  # "said Y would ... and told reporters ...": the first verb's speaker
    if said is None and r.head != r and r.head.pos_ in ("VERB", "AUX") \
            and (r.dep_ == "conj" or (r.dep_ == "advcl" and r.tag_ == "VBG")):
        said = r.head  # "confirmed the return and said ...", "said ..., adding that ...": the shared subject
    return reporting_speaker(said) if said is not None else None


def is_reporting(tok: Token) -> bool:
    return ((tok.lemma_ in REPORTING or tok.lemma_ in DENYING) and tok.pos_ in ("VERB", "AUX")) \
        or tok.lower_ == "according"


def reporting_conjunct(v: Token) -> Token | None:
    """The reporting verb that a finite verb without subject is really coordinated with, where the
    small parser hangs it on the reported clause instead: in "Putin said Russia does not exclude
    X and accused the West of Y" and "Beijing said it would retaliate and accused Washington of Y",
    "accused" is a conjunct of "exclude"/"retaliate" in the parse, but its tense matches "said" and
    not the reported verb's (which has its own auxiliary or another tense), so it is the speaker's
    second act. Same tense and no auxiliary ("said Russia attacked Kyiv and killed 20") stays
    inside the report. Returns None when there is no such reporting verb."""
    if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.tag_ not in _FINITE:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl") for c in v.children):
        return None
    first = v.head
    for _ in range(4):  # up to the head of the reported clause: through conjuncts and complements
        if first.dep_ == "ccomp" or first.head == first or first.dep_ not in ("conj", "xcomp"):
            break
        first = first.head
    if first.dep_ != "ccomp":
        return None
    r = first.head
    if r.i > v.i:
        return None  # "X were holding hostages and threatened ..., a UN spokesman said": all of it reported
    if r.lower_ == "according" or not (r.lemma_ in REPORTING and r.pos_ in ("VERB", "AUX")) or r.tag_ != v.tag_:
        return None
    aux = [c for c in first.children if c.dep_ in ("aux", "auxpass")]
    if first.tag_ == v.tag_ and not aux and not (first.lemma_ in _STATIVE and v.lemma_ in _SPEECH_ACTS):
        return None  # the same tense as the reported verb: still reported, unless a state is reported
        # and a speech act follows ("said it remained committed to the truce and blamed India")
    if any(a.lemma_ == "have" for a in aux) and v.lemma_ not in _SPEECH_ACTS:
        return None  # "said the chiefs had spoken and agreed": "agreed" may share "had"
    return r


def _parent(tok: Token) -> tuple[Token, str]:
    """tok's head and the relation to it, with a misattached reporting conjunct moved up."""
    r = reporting_conjunct(tok)
    return (r, "conj") if r is not None else (tok.head, tok.dep_)


def _inside_arguments(r: Token, trigger: Token) -> bool:
    """True when r sits inside one of the trigger's noun arguments (not a claim about it)."""
    cur = r
    while cur.head != cur and cur != trigger:
        if cur.dep_ in _ARG_DEPS and cur.head == trigger:
            return True
        cur = cur.head
    return False


def _governs(r: Token, trigger: Token) -> bool:
    """True when the reporting verb r governs the trigger's clause: r is above the trigger
    ("the army said it had fired"), or hangs beside it as a parenthetical ("fired, it said").
    A verb coordinated with r or an adverbial clause of r ("said he would not resign and rejected
    calls", "said ..., accusing Y of ...") is the speaker's own act, not a report."""
    cur, content = trigger, False
    for _ in range(20):
        if cur.head == cur:
            break
        content = content or content_clause(cur)
        nxt, dep = _parent(cur)
        if nxt == r:  # "told Netanyahu in a phone call that ...": the that-clause is what was told;
            # "reported on/of clashes": the topic of the report
            return dep not in _OWN_ACT_DEPS or (dep == "prep" and (content or cur.lower_ in _TOPIC_PREPS))
        cur = nxt
    return r.head == trigger and r.dep_ == "parataxis"


def content_clause(tok: Token) -> bool:
    """A that-clause the small parser hangs on a noun as a relative clause although it has its own
    subject: "in a phone call that the United States would not take part" (a relative clause has
    no 'that' mark: the pronoun is its subject or object)."""
    return tok.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _accusation_of(trigger: Token) -> Token | None:
    """The accusing verb whose of/for gerund holds the trigger ("accused Iran of supplying")."""
    from .roles import gerund_controller
    cur = trigger
    for _ in range(8):
        if gerund_controller(cur) is not None:
            return cur.head.head
        if cur.dep_ not in ("conj", "pcomp", "prep", "xcomp", "dobj", "advcl") or cur.head == cur:
            return None
        cur = cur.head
    return None


def attributed_to(trigger: Token, sent: Span, index: MentionIndex, lex: Lexicon,
                  fallback_code: str | None = None) -> str | None:
    acc = _accusation_of(trigger)
    if acc is not None and acc.lemma_.lower() in ACCUSING:
        from .roles import subject
        said = reporting_conjunct(acc)  # "X said Y would ... and accused Z of ...": X accuses
        spk = reporting_speaker(said) if said is not None else None
        spk = spk or reporting_speaker(acc) or subject(acc, lex)[0]  # "imposed sanctions, accusing Iran of ..."
        if spk is not None:
            return speaker_value(spk, index, fallback_code)
    for tok in sent:
        if tok == trigger or not is_reporting(tok):
            continue
        if tok.lower_ != "according" and not _governs(tok, trigger):
            continue
        if tok.lower_ == "according" and _inside_arguments(tok, trigger) and tok.head != trigger:
            continue
        spk = reporting_speaker(tok)
        if spk is not None:
            return speaker_value(spk, index, fallback_code)
    return None
