"""Modality of an event predicate: asserted, hedged, hypothetical, future or negated."""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import to_infinitive

ORDER = ("negated", "hypothetical", "hedged", "future", "asserted")  # strongest first

_AUX = {"will": "future", "shall": "future", "'ll": "future", "wo": "future",
        "would": "hypothetical", "could": "hypothetical", "should": "hypothetical",
        "may": "hedged", "might": "hedged"}
_HEDGE_ADV = {"reportedly", "allegedly", "apparently", "likely", "probably", "possibly", "perhaps",
              "purportedly", "seemingly", "presumably", "supposedly", "unlikely"}
_PASSIVE_HEDGE = {"believe", "report", "think", "say", "suspect", "rumor", "rumour", "understand", "allege"}
_NOMINAL_HEDGE = {"suspected", "alleged", "apparent", "possible", "reported", "purported", "likely"}
_NOMINAL_FUTURE = {"planned", "proposed", "intended", "upcoming", "impending", "forthcoming", "scheduled", "pending",
                   "imminent", "looming"}  # not yet done
_NEG_WORDS = {"not", "n't", "never", "no"}
# nouns whose "of" object is only feared or possible: "fears of a wider war", "the risk of a clash"
_DECIDING = frozenset({"vote", "decide"})  # a decision to send is a promise of it (the gold guidelines)
_SENDING = frozenset({"send", "deploy", "dispatch", "contribute"})
_FEARED = frozenset({"fear", "risk", "danger", "threat", "prospect", "possibility", "spectre", "specter", "brink"})
_IF = {"if", "unless", "whether"}
_THREAT_VERBS = {"threaten", "warn", "authorize", "authorise", "empower"}  # (force allowed "unless ...": a threat)
# what an accusation says: "rejected accusations that its aircraft had bombed a camp" denies the bombing
CLAIM_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report", "suggestion", "assertion"})
_DENIALS = frozenset({"reject", "deny", "dismiss", "refute", "rebut", "rebuff", "brush"})
# how a complement hangs from the verb that controls it ("refused to X", "stopped short of X-ing")
_CHAIN = {"xcomp", "pcomp", "prep", "advmod", "acomp", "ccomp", "auxpass"}


def denied_claim(tok: Token) -> bool:
    """tok is what a rejected or denied accusation says ("rejected accusations that its aircraft had
    bombed a camp", "denied claims that ..."); not the claim's own participle ("rejected a report accusing
    its troops": the report did accuse)."""
    noun = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return False
    return tok.dep_ in ("acl", "relcl", "ccomp") and noun.lemma_.lower() in CLAIM_NOUNS \
        and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _DENIALS


def _own(tok: Token) -> set[str]:
    """Modalities marked on tok itself: auxiliaries, negation, hedging adverbs, 'if'."""
    found = set()
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or (low in _NEG_WORDS and c.dep_ in ("advmod", "neg")):
            found.add("negated")
        elif c.dep_ == "aux" and low in _AUX:
            found.add(_AUX[low])
        elif c.dep_ == "aux" and c.lemma_ == "go" and tok.tag_ == "VB":
            found.add("future")
        elif c.dep_ == "advmod" and low in _HEDGE_ADV:
            found.add("hedged")
        elif c.dep_ == "mark" and low in _IF:
            found.add("hypothetical")
        elif c.dep_ == "acomp" and low in ("likely", "unlikely"):
            found.add("hedged")
        elif c.dep_ in ("dobj", "obj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            found.add("negated")  # "police have made no arrests", "no strike action was taken"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _IF for c in tok.children):
        found.add("hypothetical")
    return found


def _reported(tok: Token) -> bool:
    """Inside the complement of a reporting verb ("X said it would ...")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ccomp" and cur.head.lemma_ in ("say", "announce", "tell", "state", "confirm", "add", "report"):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _conditional(tok: Token) -> bool:
    """tok has an "if" clause ("that would be ... if Russia sends")."""
    return any(c.dep_ == "advcl" and any(m.lower_ in _IF for m in c.children) for c in tok.children)


def under_condition(tok: Token) -> bool:
    """tok has an "if"/"unless" clause or sits in one."""
    return in_condition_clause(tok) or _conditional(tok)


def in_condition_clause(tok: Token) -> bool:
    """tok, or a clause it sits in, is introduced by "if"/"unless"/"whether"."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in _IF for c in cur.children):
            return True
        if cur.dep_ not in _CHAIN and cur.dep_ not in ("advcl", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _awaited(tok: Token, control: dict[str, str]) -> bool:
    """"vowed to keep up the sit-in until the government prosecuted the officers", "refused to free them until
    Israel released ...": what a promised or refused act waits for has not happened."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if cur.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "until" for c in cur.children):
        return False
    gov = cur.head
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in gov.children):
        return True
    return any(control.get(g.lemma_) in ("future", "negated", "hypothetical") for g in [gov, *governors(gov)[:2]])


def _purpose(tok: Token) -> bool:
    """A "to" purpose clause of a verb ("will send a destroyer to join patrols"): intended with it."""
    return tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and to_infinitive(tok) and not any(
        c.dep_ in ("nsubj", "mark") for c in tok.children)


def governors(tok: Token) -> list[Token]:
    """The verbs (and adjectives like 'likely', 'willing') a predicate hangs from, nearest first."""
    out, cur = [], tok
    while (cur.dep_ in _CHAIN or _purpose(cur)) and cur.head != cur and len(out) < 6:
        cur = cur.head
        out.append(cur)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in _CHAIN:
            break
    return out


_SIGNS = frozenset({"sign", "evidence", "indication", "trace", "proof"})


def _no_sign_of(tok: Token) -> bool:
    """The act is what "no sign"/"no evidence" is of: "no sign that units had pulled back", "no sign of pulling
    out"."""
    noun = tok.head if tok.dep_ in ("acl", "ccomp") else tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "of" \
        else None
    return noun is not None and noun.lemma_.lower() in _SIGNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def refused_to(tok: Token, control: dict[str, str]) -> bool:
    """tok is the complement of a verb that says it was not done ("declined to rule out", "refused to rule out")."""
    return tok.dep_ == "xcomp" and control.get(tok.head.lemma_.lower()) == "negated"


def modality_of(trigger: Token, control: dict[str, str]) -> str:
    """Strongest modality marked on the trigger or on the verbs that control it."""
    found = _own(trigger)
    if any(t.dep_ == "pcomp" and t.head.lower_ == "without" for t in [trigger, *governors(trigger)[:1]]):
        found.add("negated")  # "ended the talks without agreeing on a framework"
    if _no_sign_of(trigger):
        found.add("negated")  # "had seen no sign that Iraqi units had pulled back"
    possible = False  # "does not exclude": a possibility, also when reported
    left_open = None  # "declined to rule out": the refusal's negation is the ruling-out's, not the act's
    for gov in governors(trigger):
        if gov == left_open:
            continue
        own = _own(gov)
        refused = refused_to(gov, control)
        if gov.lemma_ in ("rule", "exclude") and ("negated" in own or refused):  # "has not ruled out", "declined to"
            own = (own - {"negated"}) | {"hypothetical"}
            possible = True
            left_open = gov.head if refused else None
        elif gov.lemma_ in ("rule", "exclude") and any(c.lower_ == "out" for c in gov.children) and trigger.dep_ != "conj":
            own.add("negated")  # "ruled out supplying arms": what is ruled out is not done
        if gov.lemma_ in _PASSIVE_HEDGE and any(c.dep_ == "auxpass" for c in gov.children):
            own.add("hedged")  # "is believed to", "was reported to"
        found |= own
        if gov.lemma_ in control:
            found.add(control[gov.lemma_])
        elif gov.lemma_ == "hold" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in gov.children):
            found.add("negated")  # "held back from retaliating"
        if gov.lemma_ in _DECIDING and trigger.lemma_ in _SENDING and trigger.head == gov:
            found.add("future")  # "the Security Council voted to send 5,600 peacekeepers": decided, not yet sent
        if gov.lower_ in ("likely", "unlikely", "expected"):
            found.add("hedged" if gov.lower_ != "expected" else "future")
        if gov.lower_ in ("about", "set", "due", "poised", "ready", "willing", "prepared"):
            found.add("future")
        # "is to visit": be + xcomp
        if gov.lemma_ == "be" and trigger.dep_ == "xcomp" and trigger.head == gov:
            found.add("future")
        if gov.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
            found.add("negated")  # "have yet to agree", "is yet to respond": not done
    if trigger.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in trigger.children) and not any(
            c.dep_ == "aux" for c in trigger.children):
        found.discard("future")  # "will arm the rebels after concluding that Assad's forces used chemical weapons": told as done
    if denied_claim(trigger):
        found.add("negated")
    # a threat's own "if"/"unless" clause is what it threatens over, not a condition on the threat ("threatened
    # to cut off aid unless Banda allowed ...": sm may hang the clause on "threatened")
    condition = in_condition_clause(trigger) or (_conditional(trigger) and trigger.lemma_ not in _THREAT_VERBS)
    auxes = {c.lower_ for t in [trigger, *governors(trigger)] for c in t.children if c.dep_ == "aux"}
    if "hypothetical" in found and _reported(trigger) and not condition and not possible \
            and not auxes & {"could", "should"}:  # "said it could extradite them": a possibility
        found.discard("hypothetical")  # "said it would continue talks": future in the past
        found.add("future")
    if _awaited(trigger, control):
        found.discard("future")
        found.add("hypothetical")
    if condition:  # a condition, or what would follow from one, never happened
        found.discard("future")
        found.add("hypothetical")
    if trigger.dep_ == "conj" and not any(c.dep_ in ("aux", "neg", "nsubj") for c in trigger.children):
        inherit = {m for m in _own(trigger.head) if m != "hypothetical"}  # "will sign and ratify"
        for gov in governors(trigger.head):  # "aims to tighten sanctions and impose a blockade"
            if gov.lemma_ in control and control[gov.lemma_] != "negated":
                inherit.add(control[gov.lemma_])
        if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in trigger.children):
            inherit.discard("negated")  # "would not resign and rejected calls": only the first is negated
        found |= inherit
    for m in ORDER:
        if m in found:
            return m
    return "asserted"


def occurring(noun: Token, occurrences: frozenset[str]) -> list[Token]:
    """"a ceasefire ... appeared to be holding", "talks are due to be held": the verbs that tell a subject noun
    happening (its verb and that verb's infinitive complements, one of them in `occurrences`), else none."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    return verbs if any(v.lemma_.lower() in occurrences for v in verbs) else []


def nominal_modality(noun: Token, control: dict[str, str] | None = None,
                     occurrences: frozenset[str] = frozenset()) -> str:
    """An event noun is asserted unless hedged ("a suspected air strike"), the object of a
    modal verb ("could trigger the return of sanctions"), or the subject of a verb of occurrence
    that is not yet ("talks are scheduled to be held", "a round of talks is due to be held")."""
    if any(c.dep_ == "amod" and c.lower_ in _NOMINAL_HEDGE for c in noun.children):
        return "hedged"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _NOMINAL_FUTURE for c in noun.children):
        return "future"  # "intelligence about planned militant attacks"
    if any(c.dep_ == "mark" and c.lower_ in _IF for c in noun.children):
        return "hypothetical"  # "if Ukraine attacks" parsed with "attacks" as a noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return "future"  # "deployed police ahead of an opposition rally": what is awaited
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _FEARED:
        return "hypothetical"  # "raised fears of a wider war between the neighbours": not fought
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "a round of talks"
    verbs = occurring(holder, occurrences) if control is not None else []
    if verbs:
        found = {modality_of(v, control) for v in verbs}
        if verbs[0].lemma_.lower() in ("appear", "seem"):
            found.add("hedged")  # "a ceasefire appeared to be holding"
        for m in ("hypothetical", "future", "hedged"):
            if m in found:
                return m
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pobj", "prep"):
            return "asserted"
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            found = {m for m in _own(cur) if m in ("hypothetical", "hedged", "future")}
            for m in ORDER:
                if m in found:
                    return m
            return "asserted"
    return "asserted"
