"""The PLOVER trigger lexicon, loaded from YAML into lookup tables."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from ..config import DATA_DIR

Trigger = tuple[str, str | None]  # (PLOVER type, mode or None)
_WORD_MAPS = ("police_acts", "strike_verbs", "implied_authorities", "weapon_modes", "transfer_nouns")  # YAML word -> word


def _split(entry: str) -> tuple[str, str | None]:
    """'pay visit:visit' -> ('pay visit', 'visit'); 'attack' -> ('attack', None)."""
    words, _, mode = str(entry).partition(":")
    return words.strip().lower(), (mode.strip() or None)


@dataclass
class Lexicon:
    verbs: dict[str, Trigger] = field(default_factory=dict)          # "attack", "prop up"
    phrases: dict[tuple[str, str], Trigger] = field(default_factory=dict)  # ("sign", "pact")
    nouns: dict[str, Trigger] = field(default_factory=dict)          # "invasion", "hunger strike"
    light_verbs: frozenset[str] = frozenset()
    truces: frozenset[str] = frozenset()                             # "accepted a ceasefire": CONCEDE (manual)
    brokering: frozenset[str] = frozenset()                          # "a Norwegian-brokered ceasefire between"
    not_demand_calls: frozenset[str] = frozenset()                   # "a distress call", "port calls": no REQUEST
    to_object_nouns: frozenset[str] = frozenset()                    # "a halt to operations": "halt operations"
    ending_verbs: frozenset[str] = frozenset()                       # "called a halt to", "put an end to"
    sayer_participles: frozenset[str] = frozenset()                  # ", spurning a US demand": the speaker's
    institutions: frozenset[str] = frozenset()                       # "a visit to the Interior Department": no place
    visit_nouns: frozenset[str] = frozenset()                        # "during a visit to Bucharest": a visit
    adjunct_participles: frozenset[str] = frozenset()                # ", ending decades of hostility": no act
    recipient_preps: frozenset[str] = frozenset()
    receive_verbs: frozenset[str] = frozenset()
    demand_speech: frozenset[str] = frozenset()                      # "said that X must ..."
    not_visitors: frozenset[str] = frozenset()                       # "troops arrived": no visit
    crowd: frozenset[str] = frozenset()                              # "protesters", "thousands"
    crowd_verbs: frozenset[str] = frozenset()                        # with a crowd subject: PROTEST
    population: frozenset[str] = frozenset()                         # unarmed domestic entities (CVL)
    missions: frozenset[str] = frozenset()                           # a protest at the Israeli embassy: against ISR
    public: frozenset[str] = frozenset()                             # "people", "residents": no one's until placed
    public_protest_verbs: frozenset[str] = frozenset()               # "thousands of people rallied in Cairo"
    containers: frozenset[str] = frozenset()                         # "tons of aid": look through to "aid"
    generic_heads: frozenset[str] = frozenset()                      # "mediation effort": the modifier is the event
    joint_kinds: frozenset[str] = frozenset()                        # "exercise", "drill": joint -> COOPERATE
    helpers: frozenset[str] = frozenset()                            # "peacekeepers arrived": aid personnel
    rioters: frozenset[str] = frozenset()                            # with riot_verbs: PROTEST riot
    riot_verbs: frozenset[str] = frozenset()
    cause: frozenset[str] = frozenset()                              # "ordered X to Y": Y's type, by the orderer
    strikers: frozenset[str] = frozenset()                           # "workers struck": a strike
    strike_verbs: dict[str, str] = field(default_factory=dict)       # lemma -> PROTEST mode with strikers
    withdrawn: frozenset[str] = frozenset()                          # "peacekeepers will leave Mali": SANCTION
    leave_verbs: frozenset[str] = frozenset()
    undertaking_verbs: frozenset[str] = frozenset()                  # "set off on a joint patrol": the subject's act
    relief_carriers: frozenset[str] = frozenset()                    # "aid convoys rolled in": AID humanitarian
    relief_marks: frozenset[str] = frozenset()
    let_work: frozenset[str] = frozenset()                           # helpers let act: access given
    outside_agencies: frozenset[str] = frozenset()
    admitted_helpers: frozenset[str] = frozenset()                   # "opened the crossing to aid convoys"
    invited_by: frozenset[str] = frozenset()                         # "sent troops at X's request": AID
    asked_for: frozenset[str] = frozenset()                          # "at X's request": X's REQUEST
    charged_with: frozenset[str] = frozenset()                       # "arrested on charges of": ACCUSE
    rallied: frozenset[str] = frozenset()                            # "rallied leaders against X": ACCUSE
    criticised: frozenset[str] = frozenset()                         # "an attack on the budget": ACCUSE
    reaction_verbs: frozenset[str] = frozenset()                     # "drew criticism from Israel": Israel's ACCUSE
    reactions: frozenset[str] = frozenset()
    acting_meetings: frozenset[str] = frozenset()                    # "a summit voted to send troops": no meeting coded
    resolves: frozenset[str] = frozenset()                           # "vowed to stay": no undertaking
    celebrations: frozenset[str] = frozenset()                       # "fired into the air in celebration": no attack
    searched_premises: frozenset[str] = frozenset()                  # "raided the offices of": a search (COERCE)
    crowd_weapons: frozenset[str] = frozenset()                      # "dispersed them with tear gas": ASSAULT
    seized_people: frozenset[str] = frozenset()                      # "gunmen seized 20 tourists": an abduction
    taken_people: frozenset[str] = frozenset()                       # more of them, when a named group seizes
    hazards: frozenset[str] = frozenset()                            # "struck by an earthquake": no actor
    accidents: frozenset[str] = frozenset()                          # "a bus crashed, killing 20": no attack
    vehicles: frozenset[str] = frozenset()                           # what has accidents
    symbols: frozenset[str] = frozenset()                            # "burned the flag": a demonstration
    unnamed_attackers: frozenset[str] = frozenset()                  # "a roadside bomb killed": UAF of the place
    unnamed_qualifiers: frozenset[str] = frozenset()                 # "armed men killed": likewise
    accident_causes: frozenset[str] = frozenset()                    # "a methane explosion killed": no attack
    occurrence_verbs: frozenset[str] = frozenset()                   # "a ceasefire between X and Y took effect"
    published_things: frozenset[str] = frozenset()                   # "released video": no RETREAT release
    troops: frozenset[str] = frozenset()                             # units of armed forces
    troop_moves: frozenset[str] = frozenset()                        # "soldiers landed": MOBILIZE
    incursion_verbs: frozenset[str] = frozenset()                    # "troops pushed into northern Iraq"
    warships: frozenset[str] = frozenset()                           # "the carrier sailed through": MOBILIZE
    uprooted: frozenset[str] = frozenset()                           # "destroyed marijuana plantations": no attack
    implied_authorities: dict[str, str] = field(default_factory=dict)  # "was arrested in Dubai": lemma -> sector
    weapon_modes: dict[str, str] = field(default_factory=dict)       # "Turkish drones struck": weapon -> ASSAULT mode
    phone_verbs: frozenset[str] = frozenset()                        # "told X in a phone call": CONSULT phone
    police: frozenset[str] = frozenset()                             # "police raided": COERCE, not ASSAULT
    police_acts: dict[str, str] = field(default_factory=dict)
    transfer_nouns: dict[str, str] = field(default_factory=dict)     # "the delivery of tanks": noun -> its transfer verb
    weapon_verbs: frozenset[str] = frozenset()                       # "hit": ASSAULT only with weapons_force
    weapons_force: frozenset[str] = frozenset()
    weapon_context_verbs: frozenset[str] = frozenset()               # "target": also in a military sentence
    attacked_people: frozenset[str] = frozenset()                    # "targeting civilians": violence, whoever does it
    transfers: dict[tuple[str, str], Trigger] = field(default_factory=dict)  # ("deliver", "jet"): direct objects
    money: frozenset[str] = frozenset()                              # "50 million euros in aid"
    not_light: frozenset[str] = frozenset()                          # "give veto": no event
    purpose_nouns: frozenset[str] = frozenset()                      # "held walkouts in support": an aim, no object
    naming_verbs: frozenset[str] = frozenset()                       # "called the strikes an act of war": no event
    claim_verbs: frozenset[str] = frozenset()                        # "claimed responsibility": the doer
    listing_verbs: frozenset[str] = frozenset()                      # "designated X a terrorist group": SANCTION
    custody_places: frozenset[str] = frozenset()                     # "walked out of prison": released
    verdict_verbs: frozenset[str] = frozenset()                      # "sentenced X for destroying ...": history
    retaliation_measures: frozenset[str] = frozenset()               # "vowed to take all necessary measures"
    likenesses: frozenset[str] = frozenset()                         # "using energy as a weapon": no weapon
    listing_marks: frozenset[str] = frozenset()
    bodies_listed: frozenset[str] = frozenset()
    decided_acts: frozenset[str] = frozenset()                       # "condemned the move": whoever made it
    accusations: frozenset[str] = frozenset()                        # "rejected the accusation": the accuser
    civilian_places: frozenset[str] = frozenset()                    # "set fire to nearby homes": on the people
    held_buildings: frozenset[str] = frozenset()                     # "guerrillas seized the residence": hostages
    reproach_names: frozenset[str] = frozenset()                     # "called the plan a coup": an accusation
    reproach_adjectives: frozenset[str] = frozenset()                # "called the rulers illegitimate": the same
    blame_words: frozenset[str] = frozenset()                        # "said Putin was responsible for": an accusation
    blame_holders: frozenset[str] = frozenset()                      # "held Iran responsible for": an accusation
    claim_frames: frozenset[str] = frozenset()                       # "it was likely that ...": the claim inside
    armour: frozenset[str] = frozenset()                             # "Iraqi tanks rolled into Kuwait City"
    warplanes: frozenset[str] = frozenset()                          # "two bombers landed in Venezuela"
    deploy_verbs: frozenset[str] = frozenset()                       # "dispatched a missile cruiser": with forces
    with_givers: frozenset[str] = frozenset()                        # "provided Kyiv with jets": a transfer's "with"
    dismissals: frozenset[str] = frozenset()                         # "called the accusation a fabrication": a denial
    launch_paths: frozenset[str] = frozenset()                       # "launched a missile on a lofted trajectory": no target
    retort_verbs: frozenset[str] = frozenset()                       # "would respond firmly": with retort_manners
    retort_manners: frozenset[str] = frozenset()
    named_again: dict[str, str] = field(default_factory=dict)        # "the army denied": the sector of a doer named again
    orders_to_others: frozenset[str] = frozenset()                   # "ordered coca growers to lift the roadblocks"
    staff_cuts: frozenset[str] = frozenset()                         # "told Russia to cut its embassy staff": expel
    mission_staff: frozenset[str] = frozenset()
    admitting_verbs: frozenset[str] = frozenset()                    # "acknowledged that France bore responsibility"
    own_staff: frozenset[str] = frozenset()                          # "directed federal agencies to review": no demand
    denial_verbs: frozenset[str] = frozenset()                       # "a charge Damascus denied/dismissed"
    denied_things: frozenset[str] = frozenset()                      # "a charge Damascus denied": the act negated
    bodies_of_parties: frozenset[str] = frozenset()                  # "the opposition alliance launched": an actor
    markets: frozenset[str] = frozenset()                            # "stocks staged a record rally": no protest
    players: frozenset[str] = frozenset()                            # "the striker demanded a transfer": a game's
    courts: frozenset[str] = frozenset()                             # "the Court ruled that X had violated ...": a conviction
    ruling_verbs: frozenset[str] = frozenset()
    breach_verbs: frozenset[str] = frozenset()
    no_comment: frozenset[str] = frozenset()                         # "declined to comment": no refusal
    accused_of_verbs: frozenset[str] = frozenset()                   # "accused X of the attack": X did it
    deportees: frozenset[str] = frozenset()                          # ordered out by a state: COERCE deport
    return_verbs: frozenset[str] = frozenset()                       # "sent the migrants back": with deportees
    driving_verbs: frozenset[str] = frozenset()                      # "drove 20,000 people into Senegal": with deportees
    own_people: frozenset[str] = frozenset()                         # with advisory_verbs: travel advice, no request
    advisory_verbs: frozenset[str] = frozenset()
    handed_people: frozenset[str] = frozenset()                      # "handed over the fugitive": an extradition
    let_in: frozenset[str] = frozenset()                             # "opened the border to refugees": AID
    retaliation_verbs: frozenset[str] = frozenset()                  # "vowed to hit back": an announced act of force
    take_from_verbs: frozenset[str] = frozenset()                    # "recaptured the town from X": X is whom
    permit_verbs: frozenset[str] = frozenset()                       # "let India build an airstrip": India is whom
    permitted_people: frozenset[str] = frozenset()                   # "allowed women to drive": a right granted (CONCEDE)
    bodies_left: frozenset[str] = frozenset()                        # "withdrew from the treaty": SANCTION withdraw
    attempt_nouns: frozenset[str] = frozenset()                      # "in a bid to force X to resign": no resignation
    death_verbs: frozenset[str] = frozenset()                        # "died in an air strike": the dead were hit
    mutual_nouns: frozenset[str] = frozenset()                       # "killed in clashes with X": both sides fought
    bloodless_wars: frozenset[str] = frozenset()                     # "a trade war", "a price war": no fighting
    feigned: frozenset[str] = frozenset()                            # "mock attacks": a show of force (MOBILIZE)
    owned_objects: frozenset[str] = frozenset()                      # "Houthi targets": no idiom (void_objects)
    walkout_from: frozenset[str] = frozenset()                      # "walked out of the talks" (not "of his base")
    captives: frozenset[str] = frozenset()                           # "freed workers held hostage": a rescue
    unshared: frozenset[str] = frozenset()                           # "share a border": no cooperation
    purpose_heads: frozenset[str] = frozenset()                      # "summoned X to complain": the subject complains
    objectless_cyber: frozenset[str] = frozenset()                   # "denied hacking": no object, a cyber act
    coups: frozenset[str] = frozenset()                              # "who seized power": background, no act
    rescuers: frozenset[str] = frozenset()                           # "French rescuers": relief workers
    rescue_work: frozenset[str] = frozenset()                        # what rescuers do ("pulled", "searched")
    statements: frozenset[str] = frozenset()                         # "issued a statement demanding": the issuer
    armed_groups: frozenset[str] = frozenset()                       # "rebels", "militia": backing one is AID
    backing: frozenset[str] = frozenset()
    relief_work: frozenset[str] = frozenset()                        # "deployed in rescue operations": AID
    conceded_acts: frozenset[str] = frozenset()                      # "agreed to ease their conditions": CONCEDE
    ceasing: frozenset[str] = frozenset()                            # "agreed to stop aiming missiles": CONCEDE
    driving_out: frozenset[str] = frozenset()                        # "troops drove the fighters out of X": ASSAULT
    dummy_targets: frozenset[str] = frozenset()                      # "sank a decommissioned ship": no attack
    conceded_asks: frozenset[str] = frozenset()                      # "agreed to an ANC request": CONCEDE
    drills: frozenset[str] = frozenset()                             # "fired missiles during war games": no attack
    sport: frozenset[str] = frozenset()                              # "to reach the World Cup final": a game
    waters: frozenset[str] = frozenset()                             # "fired missiles into the sea": MOBILIZE
    occasions: frozenset[str] = frozenset()                          # "at the BRICS summit": no party to the act
    own_economy: frozenset[str] = frozenset()                        # "cut bonus pay": no sanction
    needs_object: frozenset[str] = frozenset()                       # "sheltering in a school": no AID without whom
    needs_recipient: frozenset[str] = frozenset()                    # "blaming trade barriers": no one accused
    force_grants: frozenset[str] = frozenset()                       # "authorised member states to use all
    force_acts: frozenset[str] = frozenset()                         #  necessary means": force allowed, a threat
    force_means: frozenset[str] = frozenset()
    refused_content: dict[str, frozenset[str]] = field(default_factory=dict)  # "rejected talks": REJECT meet
    void_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "signed an executive order": no pact
    means: frozenset[str] = frozenset()                              # "with Albania's help": the means, not whom
    borders: frozenset[str] = frozenset()                            # a place; "its border with Russia": whom
    gateways: frozenset[str] = frozenset()                           # "closed its ports to": SANCTION; "Yemen's ports": COERCE
    state_voices: frozenset[str] = frozenset()                       # an unplaced official may speak for a state
    not_the_state: frozenset[str] = frozenset()                      # "local officials": no state's voice
    risks: frozenset[str] = frozenset()                              # "threatening to derail talks": a risk, no threat
    forecast_verbs: frozenset[str] = frozenset()                     # "warned that exports would fall": a forecast
    press: frozenset[str] = frozenset()                              # "told Xinhua by phone": an interview
    entry_bars: frozenset[str] = frozenset()                         # "barred X from visiting": REJECT
    entries: frozenset[str] = frozenset()
    captured_places: frozenset[str] = frozenset()                    # "rebels took the town": ASSAULT
    hijackers: frozenset[str] = frozenset()                          # "pirates seized a tanker": ASSAULT abduct
    hardware: frozenset[str] = frozenset()                           # "deployed missile interceptors": weapons
    aid_goods: frozenset[str] = frozenset()                          # "froze aid": withdraw; "appealed for help": assist
    relief_goods: frozenset[str] = frozenset()                       # "appealed for food and tents": assist
    relief_staples: frozenset[str] = frozenset()                     # "a shipment of rice arrived": aid
    restricting_verbs: frozenset[str] = frozenset()                  # "threatened to close the strait": restrict
    gatherings: frozenset[str] = frozenset()                         # "on the sidelines of a summit": multilateral
    unfought: frozenset[str] = frozenset()                           # "vowed to crush inflation": no armed party
    handover_verbs: frozenset[str] = frozenset()                     # "extradited X to the US": the US only
    armed_acts: frozenset[str] = frozenset()                         # "threatened military action": violence
    armed_modifiers: frozenset[str] = frozenset()
    debts: frozenset[str] = frozenset()                              # "wrote off debt owed by Zambia": to the debtor
    hijacked_craft: frozenset[str] = frozenset()                     # what hijackers seize: ship, plane, bus
    deliberate_force: frozenset[str] = frozenset()                   # "was shot dead in Niamey": someone did it
    bodies: frozenset[str] = frozenset()                             # "an alliance of rebel groups": a body
    returned_things: frozenset[str] = frozenset()                    # "handed over the remains of ...": RETREAT
    light_phrasals: frozenset[str] = frozenset()                     # "kept up its assault": light with "up"
    help_verbs: frozenset[str] = frozenset()                         # "sent troops to reinforce the mission": AID
    peace_missions: frozenset[str] = frozenset()                     # "to join a UN force": forces sent to help
    peace_marks: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()                        # "blamed Iran for the attack": Iran did it
    hackers: frozenset[str] = frozenset()                            # "hackers stole": COERCE cyber
    hack_verbs: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()                       # "belong to": whom an unnamed party acts for
    identity_hedges: frozenset[str] = frozenset()                    # "gunmen believed to belong to": hedged
    control: dict[str, str] = field(default_factory=dict)            # lemma -> modality
    intent: dict[str, str] = field(default_factory=dict)             # lemma -> PLOVER type
    cameo: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, "lemma" / "verb object") -> CAMEO

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Lexicon":
        path = Path(path) if path else DATA_DIR / "plover_lexicon.yaml"
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        # every word-list field is read from the YAML key of its name; the word -> word maps likewise
        lists = {f.name: frozenset(raw.get(f.name) or []) for f in fields(cls) if f.default == frozenset()}
        maps = {name: {str(k): str(v) for k, v in (raw.get(name) or {}).items()} for name in _WORD_MAPS}
        lex = cls(**lists, **maps)
        lex.void_objects = {str(v): frozenset(nouns) for v, nouns in (raw.get("void_objects") or {}).items()}
        lex.refused_content = {str(m): frozenset(nouns) for m, nouns in (raw.get("refused_content") or {}).items()}
        for modality, lemmas in (raw.get("control") or {}).items():
            for lemma in lemmas:
                lex.control[lemma] = modality
        for etype, lemmas in (raw.get("intent") or {}).items():
            for lemma in lemmas:
                lex.intent[lemma] = etype
        for etype, codes in (raw.get("cameo") or {}).items():
            for words, code in (codes or {}).items():
                lex.cameo[(etype, str(words).lower())] = str(code)
        for spec in raw.get("transfers") or []:  # "deliver jets", "sell drones": verb x noun phrases
            etype, _, mode = str(spec["type"]).partition(":")
            for verb in spec["verbs"]:
                for noun in spec["nouns"]:
                    lex.transfers.setdefault((verb, noun), (etype, mode or None))
        for etype, spec in (raw.get("types") or {}).items():
            for entry in spec.get("verbs", []):
                words, mode = _split(entry)
                lex.verbs.setdefault(words, (etype, mode))
            for entry in spec.get("phrases", []):
                words, mode = _split(entry)
                verb, _, obj = words.partition(" ")
                lex.phrases.setdefault((verb, obj), (etype, mode))
            for entry in spec.get("nouns", []):
                words, mode = _split(entry)
                lex.nouns.setdefault(words, (etype, mode))
        return lex

    def verb_type(self, lemma: str) -> str | None:
        """The PLOVER type of a trigger verb ("condemn" -> ACCUSE), None if the lexicon has none."""
        hit = self.verbs.get(lemma)
        return hit[0] if hit else None

    def known_verbs(self) -> set[str]:
        """Every verb lemma the lexicon says anything about: trigger verbs (and the verb of a phrasal
        verb), phrase and transfer verbs, and the verbs of its constructions (light, intent, control,
        causative, naming, police, weapon, strike, riot, crowd, leave, phone, receive, speech verbs)."""
        known = set(self.verbs) | {k.split()[0] for k in self.verbs}
        known |= {v for v, _ in self.phrases} | {v for v, _ in self.transfers}
        known |= set(self.control) | set(self.intent) | set(self.strike_verbs) | set(self.police_acts)
        for group in (self.light_verbs, self.receive_verbs, self.demand_speech, self.crowd_verbs,
                      self.riot_verbs, self.cause, self.leave_verbs, self.phone_verbs, self.weapon_verbs,
                      self.naming_verbs, self.no_comment):
            known |= set(group)
        return known

    def extend_verbs(self, entries) -> int:
        """Add verb triggers from another dictionary (`petrarch_verbs.VerbEntry`: words, cameo,
        event_type, mode, obj) where this lexicon has no entry for the verb's lemma: the lexicon's own
        entries always win, and for one lemma the first entry given wins. A one-word entry becomes a
        trigger verb, a two-word form ("call off") a phrasal verb and a (verb, word) phrase, an entry
        with an object noun a (verb, noun) phrase. Returns the number of entries added."""
        known = self.known_verbs()
        added = 0
        for e in entries:
            words = e.words.lower()
            if words.split()[0] in known:
                continue
            trigger = (e.event_type, e.mode)
            if e.obj:
                key = (words, e.obj.lower())
                if key in self.phrases:
                    continue
                self.phrases[key] = trigger
                self.cameo.setdefault((e.event_type, f"{words} {e.obj.lower()}"), e.cameo)
            elif " " in words:
                if words in self.verbs:
                    continue
                verb, _, second = words.partition(" ")
                self.verbs[words] = trigger
                self.phrases.setdefault((verb, second), trigger)
                self.cameo.setdefault((e.event_type, words), e.cameo)
            else:
                if words in self.verbs:
                    continue
                self.verbs[words] = trigger
                self.cameo.setdefault((e.event_type, words), e.cameo)
            added += 1
        return added

    def cameo_of(self, etype: str, head: str, objects: list[str]) -> str | None:
        """The CAMEO code listed for a trigger ("mediate", "issue ultimatum") under its type, if any."""
        for key in [f"{head} {o}" for o in objects] + [head, *objects]:
            code = self.cameo.get((etype, key))
            if code is not None:
                return code
        return None
