"""A rule-based article spinner for the paraphrase eval: what content farms do to a story.

Strengths: "copy" (new title, junk lines, cut ending), "light" (some synonyms), "medium"
(most synonyms, sentences reordered, new title), "heavy" (seed-000 style: nearly every
word swapped, sentences reordered, cut and merged, names garbled, junk added).
Eval-only: never imported by the package.
"""
from __future__ import annotations

import random
import re

_SYN_LINES = """
said: stated, declared, noted, remarked, indicated
says: states, declares, notes
told: informed, advised
agreed: consented, concurred, settled
agreement: accord, deal, arrangement, pact
deal: accord, agreement, bargain
treaty: pact, accord, covenant
pact: accord, treaty, compact
signed: inked, concluded, sealed
sign: ink, seal
leader: ruler, head, chief
president: head of state, leader
minister: secretary, official
ministry: department, office
government: administration, authorities, regime
country: nation, state
countries: nations, states
attack: assault, strike, offensive
attacked: assaulted, struck, hit
attacks: assaults, strikes
war: conflict, fighting, hostilities
fighting: combat, clashes, hostilities
military: armed forces, army, defence
troops: soldiers, forces
soldiers: troops, servicemen
weapons: arms, armaments
missiles: rockets, projectiles
missile: rocket, projectile
strikes: attacks, raids
released: freed, let go, set free
freed: released, liberated
prisoners: detainees, inmates
hostages: captives, abductees
truce: ceasefire, pause, lull
ceasefire: truce, halt to fighting
talks: negotiations, discussions
meeting: session, gathering, summit
visit: trip, tour, stay
first: initial, earliest
accused: charged, blamed
denied: rejected, refuted, dismissed
deny: reject, refute
warned: cautioned, alerted
called: described, labelled, termed
pledging: vowing, promising
pledged: vowed, promised
promised: pledged, vowed
support: backing, help, assistance
help: aid, assist, support
aid: assistance, help, relief
important: significant, key, crucial
major: big, significant, large
large: big, huge, sizable
largest: biggest, greatest
new: fresh, novel, recent
recent: latest, new
many: numerous, several
several: a number of, various
people: persons, individuals, citizens
crowd: throng, mass
protesters: demonstrators, activists
protest: demonstration, rally
protests: demonstrations, rallies
rally: demonstration, protest
demand: call, insist
demands: calls, requests
demanding: calling for, insisting on
police: officers, law enforcement
arrested: detained, held
detained: arrested, held
killed: slain, left dead
deadly: fatal, lethal
collapse: failure, breakdown
officials: authorities, representatives
spokesman: representative, spokesperson
analysts: experts, observers, commentators
experts: specialists, analysts
reporters: journalists, the press
statement: declaration, announcement
announced: declared, revealed, unveiled
announcement: declaration, statement
decision: ruling, move, choice
measure: step, move
measures: steps, actions
sanctions: penalties, restrictions
imposed: placed, introduced, slapped
accusations: charges, claims, allegations
claims: allegations, assertions
concern: worry, unease, anxiety
alarm: worry, concern, fear
fears: worries, concerns
threat: danger, menace
security: safety, defence
region: area, zone
border: frontier, boundary
capital: city, seat of government
city: town, metropolis
began: started, commenced
begin: start, commence
ended: finished, concluded
end: finish, close
stop: halt, cease, end
halt: stop, pause
continue: go on, carry on, keep
continued: went on, carried on
increase: rise, growth
growing: rising, mounting, increasing
rising: growing, mounting
strong: powerful, robust
strongest: most powerful, firmest
quickly: swiftly, rapidly
immediately: at once, instantly
later: afterwards, subsequently
early: initial, premature
late: belated, delayed
again: once more, anew
also: too, as well
however: but, yet, nevertheless
although: though, even though
because: since, as
including: such as, among them
about: around, roughly, approximately
nearly: almost, close to
more than: over, in excess of
before: prior to, ahead of
after: following, once
during: throughout, in the course of
against: versus, opposed to
between: among, amid
within: inside, in
outside: beyond, out of
across: throughout, over
near: close to, by
expected: anticipated, predicted
likely: probable, set
possible: potential, feasible
could: might, may
would: will, should
help: aid, assist
give: provide, hand, grant
gave: provided, handed, granted
receive: get, obtain
received: got, obtained
take: seize, capture
took: seized, captured
made: created, produced
make: create, produce
show: display, demonstrate
shows: displays, demonstrates
reached: struck, attained
described: characterised, portrayed
response: reply, reaction
respond: reply, react
reaction: response, answer
urged: pressed, encouraged, called on
asked: requested, questioned
refused: declined, rejected
rejected: dismissed, turned down
welcomed: hailed, greeted
criticised: condemned, slammed
condemned: denounced, criticised
voted: cast ballots, decided
vote: ballot, poll
lawmakers: legislators, parliamentarians
parliament: legislature, assembly
opposition: rival camp, critics
power: authority, control, might
control: command, power
relations: ties, links
relationship: ties, bond, link
ties: relations, links
cooperation: collaboration, partnership
partnership: alliance, cooperation
alliance: coalition, partnership, bloc
ally: partner, friend, supporter
allies: partners, friends
trade: commerce, business
economic: financial, commercial
economy: market, business
technology: know-how, tech
fuel: gasoline, energy
food: provisions, supplies
medicine: medication, drugs
supplies: provisions, stocks
supplying: providing, furnishing
shipping: sending, transporting
drones: unmanned aircraft, UAVs
aircraft: planes, jets
shelling: bombardment, cannon fire
explosions: blasts, detonations
damaged: harmed, wrecked
residents: locals, inhabitants
families: relatives, kin
children: kids, youngsters
women: females, ladies
workers: labourers, employees
students: pupils, learners
farmers: growers, agriculturalists
tens of thousands: huge numbers
thousands: many thousands, throngs
hours: a few hours, some hours
days: several days, a few days
week: seven days
month: four weeks
year: twelve months
years: decades
morning: early hours
night: evening
local: regional, domestic
international: global, worldwide
foreign: overseas, external
national: state, countrywide
public: open, popular
political: governmental, partisan
independent: separate, impartial
formal: official
official: formal, authorised
senior: top, high-ranking
top: leading, senior
chief: head, main, principal
main: principal, chief, key
key: crucial, vital, central
only: just, merely
each other: one another
announce: declare, reveal
"""

SYNONYMS: dict[str, list[str]] = {}
for _line in _SYN_LINES.strip().splitlines():
    _k, _v = _line.split(":", 1)
    SYNONYMS[_k.strip()] = [s.strip() for s in _v.split(",")]

JUNK = ["Pls share this post", "READ ALSO  You won't believe these ten celebrity homes", "< /p>",
        "Subscribe to our newsletter for daily updates", "Свежие комментарии", "Photo: Reuters",
        "Previous article  Markets close lower on tech sell-off", "Click here to read more"]

_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        out.extend(s for s in _SENT.split(line.strip()) if s)
    return out


def swap_words(sentence: str, rate: float, rng: random.Random) -> str:
    # multi-word keys first, then single words
    for key in [k for k in SYNONYMS if " " in k]:
        if key in sentence and rng.random() < rate:
            sentence = sentence.replace(key, rng.choice(SYNONYMS[key]), 1)

    def repl(m: re.Match) -> str:
        w = m.group(0)
        subs = SYNONYMS.get(w.lower())
        if not subs or rng.random() >= rate:
            return w
        s = rng.choice(subs)
        return s[0].upper() + s[1:] if w[0].isupper() else s
    return _WORD.sub(repl, sentence)


def garble(sentence: str, rng: random.Random) -> str:
    """Seed-000 style damage: a doubled or dropped word, a broken name, a lost capital."""
    words = sentence.split()
    if len(words) < 6:
        return sentence
    r = rng.random()
    i = rng.randrange(1, len(words) - 1)
    if r < 0.3:
        del words[i]
    elif r < 0.5:
        words.insert(i, words[i])
    elif r < 0.7:
        caps = [j for j in range(len(words) - 1) if words[j][:1].isupper() and words[j + 1][:1].isupper()]
        if caps:
            j = rng.choice(caps)
            words[j], words[j + 1] = words[j + 1].rstrip(",.") + "'s", words[j]
    else:
        words[0] = words[0].lower()
    return " ".join(words)


def spin(text: str, strength: str, rng: random.Random) -> str:
    lines = [l for l in text.split("\n") if l.strip()]
    title, body = lines[0], lines[1:]
    if strength == "copy":
        keep = body[: max(3, int(len(body) * rng.uniform(0.55, 0.85)))]
        junk = rng.sample(JUNK, 3)
        keep.insert(rng.randrange(1, len(keep)), junk[0])
        return "\n".join([swap_words(title, 1.0, rng) + " | News", junk[1]] + keep + [junk[2]])
    sents = [s for line in body for s in sentences(line)]
    if strength == "light":
        return "\n".join([title] + [swap_words(s, 0.35, rng) for s in sents])
    if strength == "medium":
        head, rest = sents[:2], sents[2:]
        rng.shuffle(rest)
        out = [swap_words(s, 0.7, rng) for s in head + rest]
        return "\n".join([swap_words(title, 1.0, rng)] + out)
    # heavy: most words swapped, order shuffled, a quarter dropped, fragments merged, junk and garbles
    sents = [s for s in sents if rng.random() > 0.25] or sents
    rng.shuffle(sents)
    out = []
    for s in sents:
        s = swap_words(s, 0.95, rng)
        if rng.random() < 0.4:
            s = garble(s, rng)
        if out and rng.random() < 0.2:
            out[-1] = out[-1] + " " + s[:1].lower() + s[1:]
        else:
            out.append(s)
    lead = out.pop(rng.randrange(len(out))) if len(out) > 3 else swap_words(title, 1.0, rng)
    for j in rng.sample(JUNK, 2):
        out.insert(rng.randrange(len(out) + 1), j)
    return "\n".join([lead] + out)
