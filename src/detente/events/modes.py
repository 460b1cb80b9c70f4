"""Modes told by an event's content or setting rather than by its trigger word: what a threat, refusal,
deployment, cut or request is about, whether a threat names force, and where a meeting was held."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import ActorRef
from .lexicon import Lexicon
from .roles import direct_objects, prep_objects, with_conjuncts
from .triggers import Candidate


def content_mode(etype: str, mode: str | None, cand: Candidate, lex: Lexicon) -> str | None:
    """A mode told by what the act threatens, refuses, moves, cuts or asks for: a threat to close or block
    (THREATEN restrict), a refused meeting, aid, halt or plan (REJECT meet, assist, yield, change), arms deployed
    (MOBILIZE weapons), aid cut (SANCTION withdraw), help asked for (REQUEST assist). Other modes are kept."""
    v = cand.head
    if (etype, mode) == ("THREATEN", None):  # "threatened to close the Strait of Hormuz"
        threatened = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        return "restrict" if any(c.lemma_.lower() in lex.restricting_verbs for c in threatened) else mode
    if (etype, mode) == ("REJECT", None):  # "spurned an offer of dialogue", "turned down an offer of flour"
        held = [*cand.objects, *direct_objects(v)]
        held += [p for h in held for p in prep_objects(h, {"of", "for", "to"})]
        words = {c.lemma_.lower() for h in held for c in with_conjuncts(h)}
        if words & (lex.aid_goods | lex.relief_goods):
            return "assist"
        return next((m for m, nouns in lex.refused_content.items() if words & nouns), mode)
    if (etype, mode) not in (("MOBILIZE", "troops"), ("SANCTION", "discontinue"), ("REQUEST", None), ("REQUEST", "change")):
        return mode
    held = [*cand.objects, *direct_objects(v)]
    if etype == "REQUEST":  # "appealed for international help", "asked Moscow for military help"
        held = prep_objects(v, {"for"}) + [p for o in cand.objects for p in prep_objects(o, {"for"})]
    held += [p for h in held for p in prep_objects(h, {"in", "of"})]  # "5 million euros in aid"
    held += [o for h in held for a in h.children if a.dep_ == "acl" for o in direct_objects(a)]  # "drills involving"
    held = [c for h in held for c in with_conjuncts(h)]
    words = {w.lemma_.lower() for h in held for w in [h, *(c for c in h.children if c.dep_ == "compound")]}
    if etype == "MOBILIZE":
        return "weapons" if words & lex.hardware and not words & lex.troops else mode
    if etype == "SANCTION":
        return "withdraw" if {h.lemma_.lower() for h in held} & lex.aid_goods else mode
    asked = lex.aid_goods | lex.relief_goods | lex.troops | lex.hardware
    return "assist" if {h.lemma_.lower() for h in held} & asked else mode


def meeting_mode(actors: list[ActorRef], recipients: list[ActorRef], where: str, sent: Span, lex: Lexicon) -> str | None:
    """A meeting's mode by where it was held: at a gathering or with an IGO, multilateral; in no participant's
    country, third-party; in one side's country, a visit by the other; three states or more, multilateral."""
    refs = [*actors, *recipients]
    if any(r.kind == "igo" for r in refs) or any(t.lemma_.lower() in lex.gatherings for t in sent):
        return "multilateral"
    sides = {r.country for r in refs if r.country}
    if not sides:
        return None
    if where not in sides:
        return "third-party"
    if len({a.country for a in actors if a.country}) >= 3:
        return "multilateral"
    return "visit" if len(sides) >= 2 else None


def threatens_force(head: Token, lex: Lexicon) -> bool:
    """A threat whose words name force or arms outside its speaker and its condition ("warned that his troops
    would drive Nigerian forces out", "threatened military action unless ..."; not "if Iraq kept attacking")."""
    skip = {t.i for c in head.subtree if c.dep_ in ("nsubj", "nsubjpass") and c.head == head or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children))
        for t in c.subtree}
    # nouns only ("a military pact" is none), and no strike by workers ("a general strike")
    return any(t.pos_ == "NOUN" and t != head and t.i not in skip and (
        (t.lemma_.lower() in lex.weapons_force and (t.lemma_.lower() != "strike" or any(c.dep_ == "compound" for c in t.children)))
        or (t.lemma_.lower() in lex.armed_acts and any(c.lower_ in lex.armed_modifiers for c in t.children if c.dep_ in ("amod", "compound"))))
        for t in head.subtree)
