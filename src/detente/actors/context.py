"""The country a role noun with none of its own belongs to ("protesters", "the police", "ethnic
Albanians"), taken from the context: a place the sentence is located in ("... in Tbilisi"), else
the one country the sentence names, else (optionally) the document's dominant country.

Levels (ActorConfig.role_context), each adding to the one before: "off"; "phrase" ("police in
Belgrade", "US-led forces", "ethnic Albanians in Serbia"); "place" (a bare role noun takes the
place its sentence is located in: "Protesters gathered in Tbilisi"); "sentence" (else the only
country the sentence names: "Egyptian police dispersed demonstrators"); "document" (a sentence
that names no country at all takes the one of the nearest earlier sentence that names any, up to
`LOOK_BACK` sentences: "Protesters gathered in Yerevan. Police detained dozens." -> ARMCOP; with no
such sentence, the document's lead place (the place its first sentences are located in) unless the
document's dominant country differs, or a dominant country named at least 3 times). Two countries competing at
any step leave the role unresolved.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from ..gazetteer import AREA_NOUNS, BESIDE_PREPS, COMPASS_POINTS, REGION_NOUNS, Gazetteer
from ..records import ActorRef
from ..syntax import says_where
from .matcher import norm

LEVELS = ("off", "phrase", "place", "sentence", "document")
LOCATIVE = frozenset({"in", "at", "across", "throughout", "through", "near", "outside", "inside", "around", "within",
                      "leave", "left", "leaving", "leaves", "flee", "fled", "fleeing"})   # "told the envoys to leave Belgrade"
PLACE_SEG_KINDS = frozenset({"country", "capital", "region"})
_FILLER = frozenset({"the", "of", "city", "town", "village", "capital", "province", "region", "state", "district",
                     "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                     "northeastern", "northwestern", "southeastern", "southwestern", "besieged", "occupied", "-"})  # "south-eastern"
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})
LOOK_BACK = 3          # earlier sentences a sentence naming no country may take its country from
LEAD = 2               # a document's first sentences (title, lead or dateline) that give its lead place
DOMINANT_MIN = 3       # mentions a dominant country needs to place a role on its own (no lead place)


def stated_country(words: list[str], segs: dict, j: int) -> str | None:
    """The country named right after a place name ending before token j: "Yida, South Sudan",
    "Kidal in northern Mali"."""
    if j < len(words) and words[j] in (",", "in"):
        j += 1
    while j < len(words) and j not in segs and words[j] in _FILLER and words[j] != "the":
        j += 1
    seg = segs.get(j)
    return seg[1].country if seg is not None and seg[1].kind == "country" else None


def located_at(words: list[str], i: int) -> bool:
    """True when token i follows a locative preposition: "in Tbilisi", "in the northern city of Kirkuk"."""
    return locative_before(words, i) is not None


def locative_before(words: list[str], i: int) -> str | None:
    """The locative preposition token i follows ("in", "near"), or None. "north of Kampala", "120 km
    south-east of Kabul" are beside the place: "near"."""
    j, beside = i - 1, False
    while j >= 0 and i - j <= 7 and words[j] in _FILLER:
        beside = beside or (words[j] == "of" and j > 0 and words[j - 1] in COMPASS_POINTS)
        j -= 1
    if j >= 0 and words[j] in LOCATIVE:
        return words[j]
    return "near" if beside else None


def locative_by_tree(tokens, i: int) -> str | None:
    """The locative preposition the name ending at token i hangs from through "of" phrases of area nouns
    ("in riot-torn districts of Bombay", "in poor neighbourhoods of Lima"), or None."""
    if not tokens or not tokens[0].doc.has_annotation("DEP"):
        return None
    t = tokens[i]
    while t.dep_ in ("compound", "flat") and t.head is not t:
        t = t.head
    for hop in range(3):
        if t.dep_ != "pobj":
            return None
        prep = t.head
        if prep.lower_ in LOCATIVE:
            return prep.lower_ if hop else None  # a name right after "in": `locative_before`'s
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in AREA_NOUNS:
            return None
        t = prep.head
    return None


@dataclass
class SentenceContext:
    """Per sentence: countries it is located in, and every country it names."""

    located: dict[int, set[str]] = field(default_factory=dict)     # sentence id -> countries
    in_clause: dict[tuple[int, int], set[str]] = field(default_factory=dict)   # (sentence, clause) -> countries
    # places from the actor data only (countries, capitals, regions): what later sentences may take;
    # a gazetteer city counts in its own sentence only ("Surrey" is a Canadian city and an English county)
    sure: dict[int, set[str]] = field(default_factory=dict)
    weak: dict[int, set[str]] = field(default_factory=dict)       # named only by an ambiguous name ("Georgia")
    named: dict[int, set[str]] = field(default_factory=dict)
    proper: dict[int, set[str]] = field(default_factory=dict)      # named by a name, not a bare adjective ("Thai trawler")
    doc_counts: Counter = field(default_factory=Counter)
    order: list[int] = field(default_factory=list)                  # sentence ids in text order

    def country(self, sent: int, level: str, exclude: str | None = None, clause: int | None = None,
                proper: bool = False) -> str | None:
        """proper: the role is a named office holder ("Admiral X"), whom a country named only by an
        adjective of something else does not place. clause: the role's main clause (clause_of) when the doc is parsed; a place then
        counts first only in that clause ("the foreign ministry said" is not placed by "opened an
        embassy in Tehran"), and elsewhere in the sentence it competes with the countries named."""
        here = self.located.get(sent, set()) if clause is None else self.in_clause.get((sent, clause), set())
        loc = here - {exclude}
        if len(loc) == 1:
            return next(iter(loc))
        if loc or LEVELS.index(level) < LEVELS.index("sentence"):
            return None   # two places, or a level that stops at places
        every = self.named.get(sent, set()) | self.located.get(sent, set())
        named = every - {exclude}
        if len(named) == 1:
            if proper and not (named & (self.proper.get(sent, set()) | self.located.get(sent, set()))):
                return None   # "Admiral X ... sinking the Thai trawler": an adjective does not own a named officer
            return next(iter(named))
        if named or level != "document" or every:
            return None   # several countries compete, or the sentence's only one is excluded
        return self._earlier(sent, exclude)

    def _earlier(self, sent: int, exclude: str | None) -> str | None:
        """The country of the nearest earlier sentence that names one, else the document's: its lead
        place (the one place of its first LEAD sentences) and its dominant country must not disagree,
        and a dominant country alone needs DOMINANT_MIN mentions."""
        pos = self.order.index(sent) if sent in self.order else len(self.order)
        for prev in reversed(self.order[max(0, pos - LOOK_BACK):pos]):
            found = (self.sure.get(prev, set()) | self.named.get(prev, set())) - {exclude}
            if len(found) == 1 and not found & self.weak.get(prev, set()):
                return next(iter(found))
            if found:
                top = dominant(self.doc_counts, exclude)
                # two countries compete in the sentence it would come from, or its one is unsure: the story's own
                # country if it is one of them ("... Benazir Bhutto's government ..., migrated from India")
                return top if top in found - self.weak.get(prev, set()) else None
        lead = set().union(*(self.sure.get(s, set()) for s in self.order[:min(LEAD, pos)])) - {exclude}
        top = dominant(self.doc_counts, exclude)
        if len(lead) == 1:
            place = next(iter(lead))
            return place if top in (None, place) else None
        if lead or top is None or self.doc_counts[top] < DOMINANT_MIN:
            return None
        return top


def dominant(counts: Counter, exclude: str | None = None, share: float = 0.6) -> str | None:
    """The country with at least `share` of the document's country mentions (and 2 of them)."""
    counts = Counter({k: v for k, v in counts.items() if k != exclude})
    total = sum(counts.values())
    if not total:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n / total >= share else None


def clause_of(tokens, i: int) -> int | None:
    """The main clause token i is in, as the token index of its top: the sentence root or a reported
    (ccomp, parataxis) clause; adverbial, relative and infinitive clauses belong to the clause they
    hang on ("rioted in Dili, joining demonstrators"). None without a dependency parse."""
    if not tokens or not tokens[0].doc.has_annotation("DEP"):
        return None
    t = tokens[i]
    for _ in range(60):
        if t.head == t or t.dep_ in _CLAUSE_TOPS:
            return t.i
        t = t.head
    return t.i


_CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "parataxis"})


def _where_clause_of(tokens, start: int, end: int) -> bool:
    """True when the name tokens[start:end] heads a "where" clause ("spread to Batumi, where protesters
    blocked the road"): what that clause tells happens there."""
    return tokens[0].doc.has_annotation("DEP") and any(says_where(c) for t in tokens[start:end] for c in t.children)


def _in_attribution(tok) -> bool:
    """True inside an "according to ..." phrase."""
    return tok.doc.has_annotation("DEP") and any(a.lower_ == "according" and a.dep_ == "prep" for a in tok.ancestors)


def _of_a_thing(tokens, i: int, things: Collection[str]) -> bool:
    """True when the country adjective at token i modifies a thing (sectors.yaml thing_heads: "the Saudi
    maternity hospital", "the Mexican peso"): it names a kind or a maker of things, not where a role is."""
    if not things or not tokens or not tokens[0].doc.has_annotation("DEP"):
        return False
    t = tokens[i]
    if t.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = t.head
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "Saudi maternity hospital": the phrase's head
    return head.pos_ == "NOUN" and head.lemma_.lower() in things


_BORDERS = frozenset({"border", "frontier", "boundary"})


def _across_border(tokens, i: int) -> bool:
    """The country at token i is the far side of a border ("ambushed near the border with Burkina Faso")."""
    if not tokens:
        return False
    t = tokens[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() in _BORDERS


def build_context(words: list[str], sent_of: list[int], segs: dict, refs: list[tuple[int, ActorRef]],
                  cities: Gazetteer | None, capitalised: list[bool], tokens=None,
                  ambiguous: dict[str, set[str]] | None = None, moved: dict[int, str] | None = None,
                  things: Collection[str] = frozenset()) -> SentenceContext:
    """words: norm() forms; sent_of: sentence id per token; segs: alias matches; refs: (token index,
    ref, named by a bare adjective) of the mentions already coded; cities: the gazetteer, whose cities of 100k
    people or more (`Gazetteer.sizeable_city`) may place a role; tokens: the spaCy tokens (for
    clauses); ambiguous: country -> normed names that may mean another place (countries.csv ambiguous_name);
    moved: token index -> the country a name there stands for instead (Georgia, the US state); things: nouns
    a country adjective before them names the kind of (sectors.yaml thing_heads)."""
    ctx = SentenceContext(order=sorted(set(sent_of)))

    def place(i: int, country: str, sure: bool = True) -> None:
        if tokens and _in_attribution(tokens[i]):
            ctx.named.setdefault(sent_of[i], set()).add(country)
            return   # "according to travellers arriving in Hungary": where the source is, not the sentence
        ctx.located.setdefault(sent_of[i], set()).add(country)
        if sure:
            ctx.sure.setdefault(sent_of[i], set()).add(country)
        clause = clause_of(tokens, i) if tokens else None
        if clause is not None:
            ctx.in_clause.setdefault((sent_of[i], clause), set()).add(country)

    covered: set[int] = set()
    for start, (end, entry) in segs.items():
        covered.update(range(start, end))
        country = entry.country
        if entry.kind == "group" and entry.group is not None:    # "in Nagorno-Karabakh"
            code = entry.group.code_at(None)
            country = code[:3] if code else None
        elif entry.kind not in PLACE_SEG_KINDS:
            country = None
        if country and moved and start in moved:
            country = moved[start]
        prep = (locative_before(words, start) or locative_by_tree(tokens, end - 1)) if country else None
        if prep in BESIDE_PREPS and entry.kind == "country" and not (end < len(words) and words[end] in ("'s", "’s", "'")):
            prep = None   # "rebels in areas near South Sudan" are not in it ("near Kabul", "near Macedonia's border" are)
        if prep is not None or (country and tokens and _where_clause_of(tokens, start, end)):
            unsure = bool(ambiguous) and " ".join(words[start:end]) in ambiguous.get(country, ())
            place(start, country, sure=not unsure)
    for i, ref, adjective in refs:
        if ref.country and (adjective and _of_a_thing(tokens, i, things) or _across_border(tokens, i)):
            ctx.doc_counts[ref.country] += 1  # "the Saudi maternity hospital", "the Mexican peso": no one's place
            continue                          # ("near the border with Burkina Faso": the neighbour, not the scene)
        if ref.country:
            ctx.named.setdefault(sent_of[i], set()).add(ref.country)
            if not adjective:
                ctx.proper.setdefault(sent_of[i], set()).add(ref.country)
            if ambiguous and norm(ref.text) in ambiguous.get(ref.country, ()):
                ctx.weak.setdefault(sent_of[i], set()).add(ref.country)
                continue   # "Georgia" may be the US state: it places its own sentence only
            ctx.doc_counts[ref.country] += 1
    if cities is not None:
        # "Karachi police", "Los Angeles Mayor Tom Bradley": a city right before a role the context places
        roles = {start for start, (end, entry) in segs.items() if entry.kind == "role"
                 and (entry.contextual or entry.contextual_named)}
        for i, w in enumerate(words):
            if i in covered or not capitalised[i]:
                continue
            n = 1  # the capitalised name starting here: "Ho Chi Minh City", "Bab El Oued"
            while i + n < len(words) and n < 4 and capitalised[i + n] and words[i + n] not in _CALENDAR \
                    and i + n not in roles:
                n += 1
            before_role = i + n in roles and sent_of[i + n] == sent_of[i] and not (i > 0 and capitalised[i - 1])
            if not (located_at(words, i) or before_role or locative_by_tree(tokens, i + n - 1) or (tokens and _where_clause_of(tokens, i, i + n))):  # (the whole capitalised name: not "Angeles" of "Los Angeles")
                continue
            # the whole name, else nothing: the first word of a longer name is no city of its own;
            # the country the text names right after it rules ("Yida, South Sudan" is not Jeddah)
            code = stated_country(words, segs, i + n) or cities.sizeable_city(
                " ".join(words[i:i + n]), frozenset(ctx.named.get(sent_of[i], set())), near_named=True)
            if code and i + n < len(words) and words[i + n].lower() in REGION_NOUNS and code not in ctx.doc_counts:
                continue  # "in Antioquia province" (Colombia's; Antakya is "Antioquia" too): a province named like
                # a city of a country the text never names is not that city's ("in Kandahar province" is, with Afghans)
            if code:
                place(i, code, sure=False)
    for start, (end, entry) in segs.items():       # a region named anywhere competes ("a place like Gaza")
        if entry.kind == "region" and entry.country:
            ctx.named.setdefault(sent_of[start], set()).add(entry.country)
            ctx.proper.setdefault(sent_of[start], set()).add(entry.country)
    return ctx
