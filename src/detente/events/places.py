"""Where an event happened: the place named by its "in"/"at"/"near" phrase, with precision.

Never a silent centroid: a place that cannot be resolved keeps its name with country None.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..gazetteer import BESIDE_PREPS, COMPASS_POINTS, REGION_NOUNS, SIZEABLE_POP, Gazetteer, place_key
from ..records import Location
from .entities import ent_starting, ents_in

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "through", "around", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_BARE_CITY = frozenset({"city", "town", "capital"})   # "the city": the city told before
_WATERS = frozenset({"sea", "strait", "straits", "ocean", "gulf", "channel", "bay"})   # named after a land, not in it
# sm's labels for some places it knows ("in central Buenos Aires", "in Niger")
_UNSURE_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"}
_NUMBER_LABELS = {"CARDINAL", "ORDINAL", "QUANTITY"}  # sm's labels for a few town names it does not know
_RANK = {"city": 0, "region": 1, "country": 2}
SCENE_MIN, SCENE_SHARE = 2, 2 / 3  # a document's scene: this many towns or regions, this share of all it names
# "the town of X", "the capital Kabul", "the streets of Shanghai", "the centre of Asuncion"
DESIGNATING_NOUNS = {"town", "city", "village", "capital", "port", "enclave", "centre", "center", "streets",
                     "outskirts", "heart", "suburbs"}
_COMPASS = COMPASS_POINTS | {"north-east", "north-west", "south-east", "south-west"}


# continents and regions of several states: never the state a word of them names ("South America" is not the USA)
_WORLD_REGIONS = frozenset({"america", "americas", "south america", "latin america", "central america", "north america",
                            "africa", "west africa", "east africa", "southern africa", "north africa", "central africa",
                            "sub-saharan africa", "horn of africa", "europe", "eastern europe", "western europe",
                            "central europe", "asia", "south asia", "southeast asia", "south-east asia", "east asia",
                            "central asia", "middle east", "caribbean", "balkans", "sahel", "scandinavia", "oceania"})


def is_water(name: str) -> bool:
    """A sea, strait, gulf or bay, often named after a land it is not part of: "the Taiwan Strait", "the Gulf of Aden"."""
    words = name.lower().split()
    return bool(words) and (words[-1] in _WATERS or (" of " in name.lower() and words[0] in _WATERS))


def designated_heads(noun: Token) -> list[Token]:
    """The names a place noun designates: "the town of Gorazde", "the capital Kabul"."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "appos"]


def proper_span(name: Token):
    """A proper noun with the proper nouns compounded before it: "Second Thomas Shoal"."""
    start = min([name.i] + [c.i for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return name.doc[start:name.i + 1]


def entity_at(tok: Token):
    """The entity span a token is in, or None."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    start = tok.i
    while tok.doc[start].ent_iob_ == "I":
        start -= 1
    return ent_starting(tok.doc, start)


def is_name(text: str) -> bool:
    """Whether a phrase can be a place's name: "the west bank of the Dnipro", all lowercase, is words."""
    return any(ch.isupper() for ch in text)


def _place_noun(ent, nouns_only: bool) -> Token:
    """The noun a name modifies or is designated by: "Kunar" -> "province" in "Kunar province", "Abkhazia"
    -> "region" in "the breakaway region of Abkhazia" (with `nouns_only`, only a common noun's "of")."""
    noun = ent.root
    while noun.dep_ == "compound":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (not nouns_only or noun.head.head.pos_ == "NOUN"):
        noun = noun.head.head
    return noun


def _designating_noun(ent) -> bool:
    """Whether a town noun designates the name: "the Haitian town of Pont-Sonde"."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DESIGNATING_NOUNS


def most_specific(locations: list[Location]) -> Location:
    """The city before the region before the country."""
    return min(locations, key=lambda l: _RANK.get(l.precision, 3))


def _iso3(value) -> str | None:
    """The actor layer may answer with an ISO3 string or a record carrying one."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if len(value) == 3 and value.isupper() else None
    for attr in ("iso3", "code", "country"):
        got = getattr(value, attr, None)
        if isinstance(got, str) and len(got) == 3:
            return got
    return None


def _strip(text: str) -> str:
    """"the Gaza Strip" -> "Gaza Strip", "South Africa's" -> "South Africa"."""
    text = text.removesuffix("'s").removesuffix("’s")
    return text[4:] if text.lower().startswith("the ") else text


@dataclass
class PlaceResolver:
    gazetteer: Gazetteer
    actors: object  # ActorResolver: country(), country_of_place()

    def _country(self, name: str) -> str | None:
        fn = getattr(self.actors, "country", None)
        try:
            return _iso3(fn(name)) if fn else None
        except (KeyError, ValueError, TypeError):
            return None

    def _named(self, ents) -> frozenset[str]:
        return frozenset(iso for ent in ents if ent.label_ in ("GPE", "NORP") or (
                             ent.label_ in ("ORG", "PERSON") and ent.text.lower() in self.gazetteer.countries)  # sm: "Angola" ORG
                         for iso in [self._country(ent.text.removesuffix("'s").removesuffix("’s"))] if iso)

    def near(self, tok: Token) -> frozenset[str]:
        """The countries the token's sentence names ("Pakistan's Sind province"): they pick among
        cities of one name."""
        return self._named(ents_in(tok.sent))

    def unlikely_town(self, loc: Location, tok: Token, parties: list) -> bool:
        """A town under SIZEABLE_POP people in a country neither the sentence, the document nor the event's parties
        name, where they name others ("South Sudanese rebels seized Bor": the gazetteer knows only a Russian Bor): a
        guess, never given as the place."""
        if loc.precision != "city" or not loc.country \
                or self.gazetteer.capitals.get(loc.country, "").lower() == loc.name.lower():
            return False  # (a capital: "in Kuwait City", "Funafuti")
        known = self.near(tok) | self.wider(tok) | {p.country for p in parties if p.country and loc.name not in p.text
                                                     and p.start is not None}   # (not one implied by the place)
        if any(ent.text.lower() in self.gazetteer.states and ent.text.lower() not in self.gazetteer.countries
               for ent in ents_in(tok.sent)):
            known |= {"USA"}   # "in Shepherdstown, West Virginia" (not Georgia)
        beside = {n for iso in known for n in self.gazetteer.neighbours.get(iso, ())}
        if not known or loc.country in known | beside:
            return False
        return self.gazetteer.sizeable_city(loc.name.lower(), frozenset({loc.country})) is None

    def wider(self, tok: Token) -> frozenset[str]:
        """The countries the token's document names: they pick among cities of one name where its
        sentence's do not ("Bethlehem" in a story that named the West Bank's Palestinians before)."""
        key = "detente.countries_named"
        if key not in tok.doc.user_data:
            tok.doc.user_data[key] = self._named(ents_in(tok.doc))
        return tok.doc.user_data[key]

    def document_scene(self, doc) -> str | None:
        """The one country where a document's towns and regions lie: at least SCENE_MIN of them, and
        SCENE_SHARE of all it names ("Jabaliya", "Gaza City", "the Gaza Strip": PSE), in a country the
        document names (a town the gazetteer places in a country the story never mentions is no evidence).
        Countries named as such do not count: they are more often parties than places."""
        key = "detente.document_scene"
        if key not in doc.user_data:
            counts: dict[str, int] = {}
            for ent in ents_in(doc):
                prep = ent.root.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS else None
                if ent.label_ in PLACE_LABELS:
                    loc = self.resolve(ent.text, ent.label_, self.near(ent.root), self.stated_country(ent),
                                       self.wider(ent.root))
                elif ent.label_ in _UNSURE_LABELS and prep is not None:  # sm: "in Jabaliya" ORG
                    loc = self._mislabelled(ent, prep)
                else:
                    continue
                if loc is not None and loc.country in self.wider(ent.root) and loc.precision in ("city", "region"):
                    counts[loc.country] = counts.get(loc.country, 0) + 1
            top = max(counts, key=counts.get, default=None)
            enough = top is not None and counts[top] >= SCENE_MIN and counts[top] >= SCENE_SHARE * sum(counts.values())
            doc.user_data[key] = top if enough else None
        return doc.user_data[key]

    def stated_country(self, ent) -> str | None:
        """The country a name is said to lie in, right after it or after another mention of it in the
        document ("The camp in Yida" after "Yida, South Sudan")."""
        here = self._stated_here(ent)
        if here is not None:
            return here
        key = "detente.stated_places"
        if key not in ent.doc.user_data:
            stated: dict[str, str] = {}
            for other in ents_in(ent.doc):
                iso = self._stated_here(other)
                if iso is not None:
                    stated.setdefault(other.text.lower(), iso)
            ent.doc.user_data[key] = stated
        return ent.doc.user_data[key].get(ent.text.lower())

    def _stated_here(self, ent) -> str | None:
        """The country a name is said to lie in, right after it: "Yida, South Sudan", "Qana in
        southern Lebanon", "Shabunda in South Kivu" (a region the actor data knows), "Rais, south of
        Algiers"."""
        doc, i = ent.doc, ent.end
        if i < len(doc) and doc[i].text in (",", "in"):
            i += 1
        if i < len(doc) and doc[i - 1].text == "," and doc[i].lower_ == "in":
            i += 1  # "Balakot, in Khyber Pakhtunkhwa province"
        relative = i + 1 < len(doc) and doc[i].lower_ in _COMPASS and doc[i + 1].lower_ == "of"
        if relative:  # "south of Algiers": the country of the place it is measured from
            i += 2
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        after = ent_starting(doc, i)  # (sm may call "Mali" a person)
        if after is None:
            return None
        name = after.text.lower()
        if name in self.gazetteer.states and doc[ent.end].text == "," and i == ent.end + 1 and (
                self.gazetteer.homonyms.get(ent.text.lower(), {}).get("USA")
                or (self.gazetteer.cities.get(ent.text.lower()) or ("",))[0] == "USA"):
            return "USA"  # "Atlanta, Georgia", "Seattle, Washington": a US state after a US city (not "Tbilisi, Georgia")
        if name in self.gazetteer.countries:
            return self.gazetteer.countries[name][0]
        region = getattr(self.actors, "country_of_region", None)
        iso = region(after.text) if region is not None and not relative else None
        if iso is not None:
            return iso  # "Shabunda in South Kivu"
        city = self.gazetteer.city(name) if relative else None
        return city[0] if city is not None and city[3] >= SIZEABLE_POP else None

    def possessor_country(self, ent) -> str | None:
        """The country that owns the noun a name modifies or is designated by: "Afghanistan's Kunar
        province", "Georgia's breakaway region of Abkhazia", "Kuwait's Sea Island terminal", "the
        Haitian town of Pont-Sonde"."""
        return self.owner(_place_noun(ent, nouns_only=True), before=ent.start)

    def owner(self, noun: Token, before: int | None = None) -> str | None:
        """The country a place noun is said to belong to, by a possessive ("Nigeria's Borno state"), a
        demonym ("the Haitian town") or a place name compounded before it ("the Northern Ireland market
        town"), named before `before` (the noun itself by default)."""
        before = noun.i if before is None else before
        for c in noun.children:
            if c.i >= before:
                continue
            if c.dep_ == "poss":
                name = c.doc[c.left_edge.i:c.i + 1].text.lower().removeprefix("the ")
                if name in self.gazetteer.countries:
                    return self.gazetteer.countries[name][0]
            elif c.dep_ == "amod" and c.ent_type_ == "NORP":
                iso = self._country(c.text)
                if iso is not None:
                    return iso
            elif c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC"):
                ent = entity_at(c)
                loc = self.resolve(ent.text, ent.label_) if ent is not None else None
                if loc is not None and loc.country:
                    return loc.country
        return None

    def resolve(self, name: str, label: str, near: frozenset[str] = frozenset(),
                within: str | None = None, wider: frozenset[str] = frozenset()) -> Location | None:
        """The place a name denotes; near (its sentence's) and wider (its document's): countries named
        around it, which pick among homonymous cities; within: the country the text says it lies in,
        which no gazetteer city overrules."""
        clean = _strip(name.strip())
        if not is_name(clean):
            return None
        low = clean.lower()
        if low in self.gazetteer.countries:
            return Location(clean, self.gazetteer.countries[low][0], "country")
        region = getattr(self.actors, "country_of_region", None)
        iso = region(clean) if region is not None else None
        if iso is not None:  # a region the actor data knows: "Northern Ireland" is GBR, not Ireland
            return Location(clean, iso, "region")
        seat = getattr(self.actors, "seat_of", None)
        found = seat(clean) if seat is not None else None
        if found is not None:  # "the White House" is in Washington (not Casablanca, "the white house")
            city = self.gazetteer.city(found[0].lower(), frozenset({found[1]}))
            return Location(found[0], found[1], "city", *(city[1:3] if city and city[0] == found[1] else ()))
        iso = self._country(clean)
        if iso and label == "GPE" and " " not in low.replace("north ", "").replace("south ", ""):
            return Location(clean, iso, "country")
        fn = getattr(self.actors, "country_of_place", None)
        iso = _iso3(fn(clean)) if fn else None
        city = self.gazetteer.city(low, near, wider)
        if city is not None and iso not in (None, city[0]) and city[0] in near | wider and iso not in near | wider:
            iso = None  # "Tripoli" in a story about Lebanon: the Lebanese city, not Libya's capital
        if within is not None and iso is None and (city is None or city[0] != within):
            return Location(clean, within, "city")  # a town the gazetteer lacks or places elsewhere
        if city is not None and (iso is None or iso == city[0]):
            return Location(clean, city[0], "city", city[1], city[2])
        if iso:
            return Location(clean, iso, "city")
        if low in self.gazetteer.states:
            return Location(clean, "USA", "region")
        if is_water(clean) or low in _WORLD_REGIONS:
            return Location(clean, None, "region")  # "the South China Sea", "South America": no one state's land
        words = clean.split()
        if len(words) > 1 and words[-1].lower() in REGION_NOUNS:  # "Kandahar province": named after its town
            stem = " ".join(words[:-1])
            iso = region(stem) if region is not None else None
            iso = iso or self.gazetteer.own_names.get(place_key(stem))
            if iso:
                return Location(clean, iso, "region")
        for word in words:  # "the Russian Far East", "the Korean peninsula"
            iso = self._country(word)
            if iso:
                return Location(clean, iso, "region")
        if label == "GPE" and self._country(clean):
            return Location(clean, self._country(clean), "country")
        if label == "FAC":  # "the Manchester Arena", "Kabul International Airport": in the city it is named after
            for k in (2, 1):
                stem = " ".join(words[:k])
                city = self.gazetteer.city(stem.lower(), near, wider) if len(words) > k else None
                if city is not None and city[3] >= SIZEABLE_POP:
                    return Location(stem, city[0], "city", city[1], city[2])
        return Location(clean, None, "region")

    def _resolve_ent(self, ent, tok: Token) -> Location | None:
        """A place entity, in the country the text puts it in ("Yida, South Sudan") or the country that
        owns it ("Afghanistan's Kunar province": a region, unless the gazetteer knows it as a town)."""
        stated = self.stated_country(ent)
        owner = None if stated else self.possessor_country(ent)  # a town or a region
        loc = self.resolve(ent.text, ent.label_, self.near(tok), stated or owner, self.wider(tok))
        us_state = getattr(self.actors, "us_state_in", None)
        if loc is not None and loc.precision == "country" and us_state is not None and us_state(loc.name, ent.doc):
            return Location(loc.name, "USA", "region")  # "in a Georgia courthouse", in a story from Atlanta
        if owner and loc is not None and loc.country == owner and loc.lat is None:
            return Location(loc.name, owner, "city" if _designating_noun(ent) else "region")
        return loc

    def named(self, noun: Token) -> list[Location]:
        """The towns a designating noun names ("the city of El Fasher"), looked up among the gazetteer's
        cities, or in the country the noun is said to belong to."""
        out = []
        owner = self.owner(noun)
        if noun.lemma_.lower() == "capital" and owner in self.gazetteer.capitals and not designated_heads(noun):
            return [self.capital_of(owner)]  # "marched through the Chilean capital": Santiago
        for name in designated_heads(noun):
            if name.lemma_.lower() in DESIGNATING_NOUNS:  # "the centre of the market town of Omagh"
                out += self.named(name)
                continue
            if name.pos_ != "PROPN" and not name.is_title:  # sm tags "the port of Durres" a plural noun
                continue
            ent = entity_at(name)
            text = (ent if ent is not None and ent.root == name else proper_span(name)).text  # "Port-au-Prince" whole
            city = self.gazetteer.city(text, self.near(name), self.wider(name))
            if city is not None and owner in (None, city[0]):
                out.append(Location(text, city[0], "city", city[1], city[2]))
            elif owner is not None:  # "the western Kazakh town of Zhanaozen": a town the gazetteer lacks
                out.append(Location(text, owner, "city"))
        return out

    def _designated(self, anchor: Token, preps: frozenset[str] | set[str] = PLACE_PREPS) -> list[Location]:
        """"near the town of Samarra", "in the city of Jenin": a name the parser did not label as a
        place, designated as a town or city, is looked up among the gazetteer's cities."""
        out = []
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in DESIGNATING_NOUNS:
                    out += self.named(noun)
        return out

    def place_of(self, anchors: list[Token]) -> Location | None:
        """Most specific resolved place in the anchors' "in/at/near" phrases (nested ones too)."""
        found = self.places_in(anchors)
        if not found:
            return None
        return most_specific([l for l in found if l.country] or found)

    def _region(self, ent) -> Location | None:
        """A region the actor data knows with the word before the name: "eastern Congo" (DR Congo)."""
        fn = getattr(self.actors, "country_of_region", None)
        if fn is None or ent.start == 0:
            return None
        name = ent.doc[ent.start - 1:ent.end].text
        iso = fn(name)
        return Location(name, iso, "region") if iso else None

    def _owned_region(self, ent) -> Location | None:
        """A name sm labels as a group or person that names a region of a country: "South Africa's
        KwaZulu-Natal province", "the Nigerian state of Borno"."""
        noun = _place_noun(ent, nouns_only=False)
        if noun.lemma_.lower() not in REGION_NOUNS or noun.i < ent.start:
            return None
        owner = self.owner(noun, before=ent.start)
        return Location(_strip(ent.text), owner, "region") if owner else None

    def _mislabelled(self, ent, prep: Token) -> Location | None:
        """A name sm labels as a person or group right after "in"/"at" ("in central Buenos Aires"): a
        place only when it is a country, a name the text places in a country, or a city of 100k people
        or more."""
        if ent.root.head != prep:
            return None
        name = _strip(ent.text)
        iso = self._country(name)
        if iso is not None and name.lower() in self.gazetteer.countries:
            return Location(name, iso, "country")
        within = self.stated_country(ent)
        if within is not None and iso is None:  # "at Qana in southern Lebanon"
            return self.resolve(name, ent.label_, self.near(ent.root), within, self.wider(ent.root))
        iso = self.gazetteer.sizeable_city(name, self.near(ent.root))
        return Location(name, iso, "city") if iso is not None else None

    def the_city(self, anchors: list[Token], preps: frozenset[str] | set[str] = PLACE_PREPS | {"on", "from", "into"},
                 back: int = 3) -> Location | None:
        """"imposed a curfew on the city", "withdrew from the town": a bare definite city noun in the anchors'
        phrases is the last city the `back` sentences before named (none, or two in the nearest: no one). "was
        arrested in the capital" with no city named there is the capital of the one country they name last."""
        nouns = [o for a in anchors for p in a.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _BARE_CITY and not any(
                     c.dep_ in ("prep", "compound", "amod", "poss", "appos", "relcl") for c in o.children)
                 and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)]
        if not nouns:
            return None
        sents = list(anchors[0].doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start <= anchors[0].i < s.end)
        capital: str | None = None   # the country of the nearest sentence naming countries, if it names one
        for sent in reversed(sents[max(0, here - back):here]):
            cities: dict[tuple, Location] = {}
            countries: set[str] = set()
            for ent in ents_in(sent):
                loc = self._resolve_ent(ent, ent.root) if ent.label_ == "GPE" else None
                if loc is not None and loc.precision == "city":
                    cities.setdefault((loc.name, loc.country), loc)  # the first mention of each city
                elif loc is not None and loc.precision == "country" and loc.country:
                    countries.add(loc.country)
            if cities:
                return next(iter(cities.values())) if len(cities) == 1 else None
            if countries and capital is None:
                capital = next(iter(countries)) if len(countries) == 1 else ""
        capital_noun = next((n for n in nouns if n.lemma_.lower() == "capital"), None)
        if capital is None and capital_noun is not None and capital_noun.head.lower_ in PLACE_PREPS:
            # "killed villagers in Rais, ..., and a car bomb tore through a market in the capital": the one country
            # of the places its own sentence names before it (not "violence spread from the capital")
            before = {loc.country for ent in ents_in(sents[here]) if ent.label_ in ("GPE", "LOC") and ent.end <= capital_noun.i
                      for loc in [self._resolve_ent(ent, ent.root)] if loc is not None and loc.country}
            capital = next(iter(before)) if len(before) == 1 else None
        if capital and capital_noun is not None and capital in self.gazetteer.capitals:
            return self.capital_of(capital)
        return None

    def capital_of(self, iso: str) -> Location:
        """The capital city of a country the gazetteer gives one."""
        name = self.gazetteer.capitals[iso]
        city = self.gazetteer.city(name.lower(), frozenset({iso}))
        return Location(name, iso, "city", *(city[1:3] if city and city[0] == iso else ()))

    def places_in(self, anchors: list[Token], preps: frozenset[str] | set[str] = PLACE_PREPS) -> list[Location]:
        """Every place named in the anchors' "in/at/near" phrases (or those of `preps`), and those
        designated ("the town of X", which the parser may not label as a place)."""
        found: list[Location] = []
        for anchor in anchors:
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for tok in prep.subtree:
                    if tok.ent_iob_ == "B" and tok.ent_type_ in PLACE_LABELS:
                        ent = ent_starting(tok.doc, tok.i)
                        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ in ("VERB", "AUX"):
                            continue  # "in response to an attack that Washington blamed on ...": a party
                        if _behind_party_prep(ent.root, prep):
                            continue  # "in a show of force against Beijing", "in talks with Hanoi": a party
                        loc = self._region(ent) or self._resolve_ent(ent, tok)
                        if loc is not None and not _beside_country(ent, loc):
                            found.append(loc)
                    elif tok.ent_iob_ == "B" and (tok.ent_type_ in _UNSURE_LABELS or tok.ent_type_ in _NUMBER_LABELS
                                                  and tok.is_alpha and tok.is_title):  # sm: "in Zhanaozen" CARDINAL
                        ent = ent_starting(tok.doc, tok.i)
                        loc = self._mislabelled(ent, prep) or self._owned_region(ent)
                        if loc is not None:
                            found.append(loc)
        designated = [loc for anchor in anchors for loc in self._designated(anchor, preps)]
        designated += [loc for anchor in anchors if anchor.lemma_.lower() in DESIGNATING_NOUNS
                       for loc in self.named(anchor)]  # "shelled the city of El Fasher in Darfur"
        return found + [loc for loc in designated if not any(f.name == loc.name for f in found)]


_PARTY_PREPS = frozenset({"against", "with", "by", "toward", "towards"})


def path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from `tok` up to `top` (excluded) along the heads."""
    out = []
    while tok != top and tok.head != tok:
        out.append(tok)
        tok = tok.head
    return out


def _behind_party_prep(tok: Token, top: Token) -> bool:
    """A preposition that names a party ("against", "with", "by") stands between the name and the place phrase."""
    return any(t.dep_ == "prep" and t.lower_ in _PARTY_PREPS for t in path_up(tok, top))


def _beside_country(ent, loc: Location) -> bool:
    """"fighting rebels in areas near South Sudan": beside a country is outside it ("near Macedonia's
    border" is not)."""
    return loc.precision == "country" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in BESIDE_PREPS
