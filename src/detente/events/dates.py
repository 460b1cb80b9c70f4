"""Event dates from the sentence, resolved against the publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser
from spacy.tokens import Span, Token

from ..syntax import to_infinitive
from .attribution import REPORTING
from .entities import ents_in

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY_DATE = re.compile(rf"\b(({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?\b|\b\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS})\b|\d{{4}}-\d{{2}}-\d{{2}})", re.I)
_MONTH = re.compile(rf"\b({_MONTHS})\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAYWORDS = re.compile(rf"\b({_WEEKDAYS}|today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b", re.I)
_REL_MONTH = re.compile(r"\b(last|this|next|past)\s+month\b|\bmonths?\s+ago\b", re.I)
_DAYS_AGO = re.compile(r"\b(a|one|two|three|\d+)\s+days?\s+ago\b", re.I)
_REL_YEAR = re.compile(r"\b(last|this|next|past)\s+year\b|\byears?\s+ago\b", re.I)
_YEAR_ONLY = re.compile(r"^(in\s+|since\s+|during\s+)?(early|mid|late|the end of)?\s*-?\s*(1[89]\d\d|20\d\d)$", re.I)
_WEEKDAY_NAMES = _WEEKDAYS.split("|")
_FUTURE = re.compile(r"\b(next|coming|tomorrow)\b", re.I)
# "and soldiers shot dead two villagers the next day", "a resolution adopted the previous day": a day counted from
# another act of the sentence, not from publication; the shift in days
_NARRATIVE_DAY = re.compile(r"^(?:on\s+)?the\s+(?:(next|following|previous)\s+(?:day|morning|evening|night|afternoon)"
                            r"|day\s+(before|after))$", re.I)


@dataclass
class EventDate:
    value: date | None
    precision: str | None       # day | month | year | publication


def _precision(text: str) -> str | None:
    """Precision of a date expression that _relative leaves (absolute ones: "June 19", "in 2023"),
    or None when it is a duration ("five years") or a stretch with no day ("this past week")."""
    if _DAY_DATE.search(text) or _DAYWORDS.search(text):
        return "day"
    if _DAYS_AGO.search(text):
        return "day"
    if _MONTH.search(text) or _REL_MONTH.search(text):
        return "month"
    if _REL_YEAR.search(text) or _YEAR_ONLY.match(text.strip()):
        return "year"
    return None


def _parse(text: str, precision: str, anchor: date | None, future: bool = False) -> date | None:
    if anchor is None and not _YEAR.search(text):
        return None  # a relative date needs an anchor
    if precision == "year" and _YEAR.search(text) and not _REL_YEAR.search(text):
        return date(int(_YEAR.search(text).group(1)), 1, 1)
    settings = {"PREFER_DATES_FROM": "future" if future or _FUTURE.search(text) else "past",
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    cleaned = re.sub(r"^(on|in|since|during|by|from|as of)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"^(early|late|mid|the end of)\s*-?\s*", "", cleaned, flags=re.I)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    d = parsed.date()
    if precision == "month":
        d = d.replace(day=1)
    elif precision == "year":
        d = d.replace(month=1, day=1)
    return d


_TOD = "night|morning|afternoon|evening|midday|noon"
_TOD_NOUNS = frozenset(_TOD.split("|")) | {"overnight"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_LEAD = re.compile(r"^(?:(?:on|in|at|by|from|since|during|over|until|till|through|as of|for)\s+)+")
_EDGE = re.compile(r"^(?:the\s+)?((?:early|small|wee)\s+hours\s+of|(?:morning|night|evening|afternoon)\s+of"
                   r"|(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|half|quarter|weekend)\s+of"
                   r"|earlier|later|early|late|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of)"
                   r"\s*-?\s*(?:(?:on|in)\s+)?")
_UNIT = re.compile(r"^(?:the\s+)?(this|last|next|past|coming|current|previous|following|the)?\s*(week|weekend|month|year)$")
_AGO = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|few|several)\s+"
                  r"(day|week|month|year)s?\s+ago$")
_WEEKDAY_EXPR = re.compile(rf"^(?:(last|this|next|coming|past)\s+)?({_WEEKDAYS})(?:\s+(?:{_TOD}))?$")
_MONTH_EXPR = re.compile(rf"^(?:(last|this|next|coming|past)\s+)?({_MONTHS})\.?$")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(_MONTHS.split("|")[:12])}
_MONTH_NUMBER.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                      "oct": 10, "nov": 11, "dec": 12})
SKIP = "skip"                # a duration or a time relative to another date: not this event's date
PUBLICATION = "publication"  # "next week", "later this week": about the publication date


def _month_shift(d: date, months: int) -> date:
    n = d.year * 12 + d.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _span(first: date, last: date) -> tuple[date, str] | str:
    """The finest precision that holds a whole interval: its month, else its year."""
    if (first.year, first.month) == (last.year, last.month):
        return date(first.year, first.month, 1), "month"
    if first.year == last.year:
        return date(first.year, 1, 1), "year"
    return PUBLICATION


def _weekday(anchor: date, target: int, rel: str | None, future: bool) -> date:
    back = (anchor.weekday() - target) % 7  # days since the latest such day, 0 when it is today
    if rel in ("next", "coming") or (future and rel != "last"):
        ahead = (target - anchor.weekday()) % 7
        return date.fromordinal(anchor.toordinal() + (ahead if rel == "this" else ahead or 7))
    if rel == "last":
        return date.fromordinal(anchor.toordinal() - (back or 7))
    return date.fromordinal(anchor.toordinal() - back)


def _weekend(anchor: date, rel: str | None, future: bool) -> date:
    """The Saturday of the weekend meant."""
    wd = anchor.weekday()
    if future or rel in ("next", "coming"):
        sat = anchor.toordinal() + (5 - wd if wd < 5 else -(wd - 5))
        return date.fromordinal(sat + (7 if rel == "next" and wd >= 5 else 0))
    sat = anchor.toordinal() - (wd - 5) % 7  # the latest Saturday on or before the anchor
    if rel == "last" and wd >= 5:
        sat -= 7
    return date.fromordinal(sat)


def _relative(text: str, anchor: date, future: bool) -> tuple[date, str] | str | None:
    """A relative date resolved against the anchor (publication date): (date, precision), SKIP,
    PUBLICATION, or None when the expression is not one of these (absolute dates and the rest).

    Weekdays with a time of day or an edge ("on Tuesday night", "late on Tuesday", "early
    Wednesday"); "this/last/next week|weekend|month|year" with an edge ("earlier this month",
    "later this month", "by the end of February", "the end of the year"); bare month names;
    "N days/weeks/months/years ago". Past unless the event is future ("will close from Thursday")
    or the expression says so ("next", "coming"). A week or a weekend is no day: it gives its month
    when it lies in one month ("last week"), else its year; "next week" and "later this week" give
    the publication date. A month never gets a day."""
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" ,.")
    t = re.sub(r"\s*['’]s$", "", t.replace("’", "'"))  # "next month's summit"
    t = _LEAD.sub("", t)
    m = _EDGE.match(t)
    edge = re.sub(r"\s+of$", "", m.group(1)) if m else None
    if m:
        t = _LEAD.sub("", t[m.end():])
    if t in ("yesterday", "last night") or re.fullmatch(rf"yesterday (?:{_TOD})", t):
        return date.fromordinal(anchor.toordinal() - 1), "day"
    if t in ("today", "tonight", "overnight") or re.fullmatch(rf"(?:this|today) (?:{_TOD})", t):
        return anchor, "day"
    if t in ("tomorrow",) or re.fullmatch(rf"tomorrow (?:{_TOD})", t):
        return date.fromordinal(anchor.toordinal() + 1), "day"
    m = _WEEKDAY_EXPR.match(t)
    if m:
        return _weekday(anchor, _WEEKDAY_NAMES.index(m.group(2)), m.group(1), future), "day"
    m = _MONTH_EXPR.match(t)
    if m:
        rel, month = m.group(1), _MONTH_NUMBER[m.group(2)]
        this = date(anchor.year, month, 1)
        if rel == "this":
            return this, "month"
        if rel in ("next", "coming") or (future and rel not in ("last", "past")):
            later = this.year + (month < anchor.month or (rel is not None and month == anchor.month))
            return date(later, month, 1), "month"
        earlier = this.year - (month > anchor.month or (rel is not None and month == anchor.month))
        return date(earlier, month, 1), "month"
    m = _AGO.match(t)
    if m:
        word, unit = m.group(1), m.group(2)
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if unit == "day":
            return (date.fromordinal(anchor.toordinal() - n), "day") if n else SKIP
        if unit == "week":
            if not n:
                return SKIP
            mid = anchor.toordinal() - 7 * n
            return _span(date.fromordinal(mid - 3), date.fromordinal(mid + 3))
        if not n:
            return SKIP
        if unit == "month":
            return _month_shift(anchor, -n), "month"
        return date(anchor.year - n, 1, 1), "year"
    m = _UNIT.match(t)
    if m is None:
        return None
    rel, unit = m.group(1), m.group(2)
    if rel in ("past", "coming", "previous", "following"):
        return SKIP  # "over the past month", "in the coming weeks", "the following month"
    if rel in (None, "the"):
        if edge is None and unit != "weekend":
            return SKIP  # "a year", "the week"
        rel = "this"
    if rel == "current":
        rel = "this"
    if unit == "year":
        return date(anchor.year + {"this": 0, "last": -1, "next": 1}[rel], 1, 1), "year"
    if unit == "month":
        return _month_shift(anchor, {"this": 0, "last": -1, "next": 1}[rel]), "month"
    if unit == "weekend":
        sat = _weekend(anchor, rel, future)
        return _span(sat, date.fromordinal(sat.toordinal() + 1))
    monday = anchor.toordinal() - anchor.weekday()
    if rel == "last":
        return _span(date.fromordinal(monday - 7), date.fromordinal(monday - 1))
    if rel == "next" or future or edge in ("later", "late", "end"):
        return PUBLICATION
    return _span(date.fromordinal(monday), anchor)  # "earlier this week", "this week" in the past


def date_entities(sent: Span) -> list[Span]:
    """DATE entities, and TIME ones that name a day ("Monday night", "last night"); one sm ran into the words
    before it ("the capital a week ago") is cut to the date it ends with."""
    return [_date_tail(p) for e in ents_in(sent) if (e.label_ == "DATE" and not _surname(e))
            or (e.label_ == "TIME" and _DAYWORDS.search(e.text)) for p in _comma_parts(e)]


def _comma_parts(ent: Span) -> list[Span]:
    """sm runs two dates of two clauses together across a comma ("on Monday, days after Eritreans voted"):
    the parts, where each hangs from the sentence by its own word outside the entity (not "June 19, 2024")."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start or comma == ent.end - 1:
        return [ent]
    doc = ent.doc
    left, right = doc[ent.start:comma], doc[comma + 1:ent.end]
    heads = [p.root.head for p in (left, right)]
    if any(ent.start <= h.i < ent.end for h in heads) or heads[0] == heads[1]:
        return [ent]
    return [left, right]


_MONTH_WORDS = frozenset(_MONTHS.split("|"))


def _surname(ent: Span) -> bool:
    """"Theresa May raised ...": a lone month word after a capitalised name is the name's end, not a date."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and ent.text.lower() in _MONTH_WORDS and before is not None and before.tag_ == "NNP" and before.text[:1].isupper() \
        and before.ent_type_ != "DATE" and not _DAYWORDS.search(before.text)


def _recognised(text: str) -> bool:
    return _relative(text, date(2000, 1, 1), False) is not None or _precision(text) is not None


def _date_tail(ent: Span) -> Span:
    """The entity, or its shortest-cut tail that reads as a date when the whole does not."""
    if len(ent) < 2 or _recognised(ent.text):
        return ent
    for k in range(1, len(ent)):
        if _recognised(ent[k:].text):
            return ent[k:]
    return ent


def first_absolute_date(text: str) -> date | None:
    """The first full date written in a text ("June 19, 2024"): a dateline when none is given."""
    for m in re.finditer(rf"\b({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d\b|\b\d{{1,2}}\s+({_MONTHS})\s+(19|20)\d\d\b", text, re.I):
        parsed = dateparser.parse(m.group(0), languages=["en"])
        if parsed:
            return parsed.date()
    return None


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above a token (itself if it is one)."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


_NOUN_MODS = frozenset({"compound", "poss", "nmod", "amod", "nummod"})
_SETTING = frozenset({"at", "during", "in"})  # "could block the bid at next month's summit": the event's time
# "blame <act> on <agent>": the object is an act done earlier ("blamed the attack on tourists last
# month on militants"); the preposition that names the agent
_SAYING = REPORTING | {"warn"}  # "warned on Monday it would ...": the date is the warning's
_BLAME_ACT = {"blame": "on", "pin": "on", "attribute": "to"}
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# "pledged to begin talks by the end of February": an infinitive under these is still to come
_COMMIT = frozenset({"pledge", "promise", "agree", "consent", "swear", "resolve", "plan", "vow", "aim", "intend", "expect", "hope", "schedule",
                     "due", "set", "prepare", "decide", "undertake", "commit", "seek", "want", "threaten",
                     "ready", "poised", "likely", "going"})


def _date_root(ent: Span) -> Token:
    """The token the date expression hangs from the sentence by: "Tuesday" in "on Tuesday night"
    is a compound of "night", which is the pobj."""
    root = ent.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in _TOD_NOUNS and root.head.i != root.i:
        return root.head
    return root


def _dates_other(ent: Span, trigger: Token) -> bool:
    """True when the date names another thing's time: a modifier of another noun ("its October 7
    attack"), unless that noun is the event's setting ("at next month's summit"); inside a "since"
    clause or a "since <noun>" phrase ("since the strikes in June"), though "since July 2023" itself
    still dates the event; or the time of a judged act between it and the verb's other argument
    ("blamed the attack ... last month on militants")."""
    root = _date_root(ent)
    if root.dep_ in _NOUN_MODS and root.head.i != root.i and root.head != trigger \
            and root.head.pos_ in ("NOUN", "PROPN") and not (ent.start <= root.head.i < ent.end) \
            and not (root.head.dep_ == "pobj" and root.head.head.lower_ in _SETTING):
        return True
    if _judged_object_time(ent, root, trigger):
        return True
    cur = root
    for _ in range(10):
        if cur.head.i == cur.i or cur == trigger:
            return False
        if cur.lower_ == "since" and cur.dep_ in ("prep", "mark"):
            return not (cur.dep_ == "prep" and any(c.dep_ == "pobj" and ent.start <= c.i < ent.end
                                                    for c in cur.children))
        cur = cur.head
    return False


def _attached(root: Token) -> tuple[Token, Token | None]:
    """(the date phrase's top token, the word it modifies): "on Monday" -> (on, verb)."""
    top = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    if top.dep_ in ("prep", "npadvmod", "advmod") and top.head.i != top.i:
        return top, top.head
    return top, None


def _judged_object_time(ent: Span, root: Token, trigger: Token) -> bool:
    """"blamed [the attack on tourists in Pahalgam] last month [on militants]": a date right after the
    blamed act, before the one it is blamed on, is the act's time."""
    top, verb = _attached(root)
    if verb is None or verb.lemma_.lower() not in _BLAME_ACT:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == top.left_edge.i), None)
    if obj is None or obj == trigger:
        return False
    prep = _BLAME_ACT[verb.lemma_.lower()]
    return any(c.dep_ in ("prep", "dative") and c.lower_ == prep and c.i > top.right_edge.i for c in verb.children)


def _before_reported_subject(ent: Span, root: Token) -> Token | None:
    """"said on Monday it would hold drills": sm hangs the date on the reported verb although it
    stands between the reporting verb and the reported subject; it is the saying's date."""
    top, verb = _attached(root)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_ not in _SAYING:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or not (verb.head.i < top.left_edge.i and top.right_edge.i < subj.left_edge.i):
        return None
    if any(c.dep_ == "mark" and c.i < ent.start for c in verb.children):
        return None  # "said that on Monday it would": the reported clause's own date
    return verb.head



def _future_clause(ent: Span) -> bool:
    """The date hangs from a clause still to come: "will ... next month", "pledged to begin
    talks by the end of February"."""
    root = _date_root(ent)
    verb = _clause_verb(root.head if root.head.i != root.i else root)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    if not to_infinitive(verb):
        return False
    cur = verb
    for _ in range(4):  # up through "to respect ... and to begin": conjuncts of the infinitive
        if cur.dep_ != "conj":
            break
        cur = cur.head
    return cur.dep_ in ("xcomp", "advcl", "acl") and cur.head.lemma_.lower() in _COMMIT


def _said_before(ent: Span, trigger: Token) -> bool:
    """The date hangs from a verb in the past tense above the trigger, or from the promise that is the trigger:
    "agreed on Saturday to stop firing" (the agreement's day, though what was agreed is to come)."""
    root = _date_root(ent)
    verb = _clause_verb(root.head if root.head.i != root.i else root)
    return verb.tag_ == "VBD" and (verb in trigger.ancestors or (verb == trigger and verb.lemma_.lower() in _COMMIT)) \
        and not any(c.dep_ == "aux" for c in verb.children)


def _overnight(trigger: Token, anchors: set[int]) -> bool:
    return any(t.lower_ == "overnight" and t.dep_ == "advmod" and t.head.i in anchors for t in trigger.sent)


def _belongs(ent: Span, trigger: Token, anchors: set[int]) -> bool:
    """A date belongs to the event when it hangs from the trigger's own clause, or when the trigger's
    clause is a "when" clause of the date ("in January, when Ethiopia signed ...")."""
    if _dates_other(ent, trigger):
        return False
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.left_edge.i <= ent.root.i <= trigger.right_edge.i:
        return True
    clause = _clause_verb(trigger)
    if clause.dep_ == "relcl" and ent.start <= clause.head.i < ent.end:
        return True
    root = _date_root(ent)
    said = _before_reported_subject(ent, root)
    if said is not None:
        return said.i in anchors
    verb = _clause_verb(root.head if root.i == root.head.i else root)
    if verb.i in anchors:
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in anchors \
            and not any(c.dep_ in ("mark", "nsubj") for c in verb.children):
        return True  # "Vucic, speaking late on Saturday, said ...": the participle tells the verb's time
    # "In a joint declaration issued on Sunday, the BRICS members condemned ...": the act is made in
    # what was issued then
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM \
        and noun.head.head.i in anchors


_MEDIUM = frozenset({"in", "at", "during"})


def _low_attached(ent: Span, anchors: set[int]) -> bool:
    """sm often hangs the verb's date on a word inside its object: "opened fire on a bus carrying pilgrims
    near Quetta on Friday", "arrested him at his home on Sunday night". Such a date, under the verb with
    only nouns, prepositions and -ing participles between, is the verb's (not one in a clause of its own:
    "who marched on Friday", "the rally held on Friday")."""
    cur = _date_root(ent)
    for _ in range(10):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in anchors:
            return True
        if cur.pos_ in ("VERB", "AUX") and not (cur.tag_ == "VBG" and cur.dep_ in ("acl", "advcl")
                                                  and not any(c.dep_ == "mark" for c in cur.children)):
            return False
    return False


_GAP_UNITS = {"day": 1, "week": 7, "hour": 0}


def _counted_gap(sent: Span, trigger: Token) -> tuple[int, Token] | None:
    """"ordered battalions to the border on Sunday, a day after Colombian forces bombed a camp", "five days after
    soldiers detained President Conde", "a day after the overthrow of President Toure": the trigger's act is a counted
    number of days (weeks; hours: the same day) before ("after") or after ("before") the act of the clause it hangs
    from. Returns (days to add to that act's date, that act's verb), else None (no count: "days after")."""
    clause = _clause_verb(trigger)
    for tok in sent:
        unit = _GAP_UNITS.get(tok.lemma_.lower())
        if unit is None or tok.dep_ != "npadvmod":
            continue
        count = next((c.lower_ for c in tok.children if c.dep_ in ("det", "nummod") and c.i < tok.i), None)
        n = int(count) if count is not None and count.isdigit() else _NUMBERS.get(count or "")
        if n is None or not (count in ("a", "an") or any(c.dep_ == "nummod" for c in tok.children)):
            continue
        head = tok.head
        if head.dep_ == "prep" and head.lower_ in ("after", "before") and trigger.dep_ == "pobj" and trigger.head == head:
            main, word = head.head, head.lower_             # "a day after the overthrow of ..."
        elif head == clause and head.dep_ == "advcl" and (word := next(
                (c.lower_ for c in head.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)):
            main = head.head                                 # "a day after Colombian forces bombed ..."
        else:
            continue
        return (-n if word == "after" else n) * unit, main
    return None


def _narrative_shift(ent: Span) -> int | None:
    """Days from the other act of the sentence for "the next day" (+1), "the previous day" (-1); else None."""
    m = _NARRATIVE_DAY.match(re.sub(r"\s+", " ", ent.text.strip(" ,.")))
    if m is None:
        return None
    return 1 if (m.group(1) or m.group(2)).lower() in ("next", "following", "after") else -1


def _narrative_refs(trigger: Token) -> list[Token]:
    """The acts "the next day" may count from, nearest first: the verbs above the trigger's clause (its first
    conjunct, the verb of the noun a relative clause describes)."""
    cur, found = _clause_verb(trigger), []
    for _ in range(8):
        if cur.head.i == cur.i or len(found) == 3:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            found.append(cur)
    return found


def dated_ahead(sent: Span, trigger: Token) -> bool:
    """The act's own date, on its own word, says it is still to come: "when the delegations resume talks in
    Geneva next week", "Putin and Xi meet in Moscow next month"."""
    own = {trigger.i}
    return any((_FUTURE.search(ent.text) or re.search(r"\blater this\b", ent.text, re.I)) and _narrative_shift(ent) is None
               for ent in date_entities(sent) if _belongs(ent, trigger, own))


def event_date(sent: Span, trigger: Token, published: date | None, dateline: date | None = None,
               future: bool = False, anchors: list[Token] | None = None, clause: bool = True,
               counted: bool = True) -> EventDate:
    """Date of the event the trigger names.

    The date expression nearest the trigger in the sentence wins; relative ones ("on Wednesday",
    "last month") resolve against the publication date. No date in the sentence: the publication
    date ("publication"); no publication date: the document's dateline, if any, at month
    precision (an approximation, said so by the precision), else null. With clause=False (an act
    named as the object of another: "rejected on Monday a British demand") the clause's date is not its.
    """
    anchor = published or dateline
    gap = _counted_gap(sent, trigger)
    if gap is not None:  # "a day after Colombian forces bombed a camp": the day the main clause gives, less one
        main = event_date(sent, gap[1], published, dateline)
        if main.precision == "day" and main.value is not None:
            return EventDate(date.fromordinal(main.value.toordinal() + gap[0]), "day")
    best = None
    own = {t.i for t in (anchors or [])} | {trigger.i} | ({_clause_verb(trigger).i} if clause else set())
    for ent in date_entities(sent):
        if not _belongs(ent, trigger, own):
            continue
        shift = _narrative_shift(ent)
        if shift is not None:
            for ref in _narrative_refs(trigger) if counted else []:
                told = event_date(sent, ref, published, dateline, counted=False)
                if told.precision == "day" and told.value is not None:
                    best = (0, date.fromordinal(told.value.toordinal() + shift), "day")
                    break
            continue
        fut = (future and not _said_before(ent, trigger)) or _future_clause(ent)
        rel = _relative(ent.text, anchor, fut) if anchor is not None else None
        if rel == SKIP:
            continue
        if isinstance(rel, tuple) or rel == PUBLICATION:
            value, prec = rel if isinstance(rel, tuple) else (None, PUBLICATION)
        else:
            prec = _precision(ent.text)
            if prec is None:
                continue
            value = _parse(ent.text, prec, anchor, fut)
        if value is not None and not future and anchor is not None and value > anchor:
            continue  # an event told as done is not after publication: "warned ... at next month's summit"
        dist = min(abs(t.i - trigger.i) for t in ent)
        if best is None or dist < best[0]:
            best = (dist, value, prec)
    if best is None and clause:  # no date of its own clause: one hung too low inside it
        for ent in date_entities(sent):
            if _dates_other(ent, trigger) or _before_reported_subject(ent, _date_root(ent)) is not None \
                    or not _low_attached(ent, own):
                continue
            rel = _relative(ent.text, anchor, future or _future_clause(ent)) if anchor is not None else None
            if isinstance(rel, tuple) and (future or anchor is None or rel[0] <= anchor):
                best = (0, rel[0], rel[1])
                break
    if best is None and clause and trigger.dep_ == "advcl" and trigger.tag_ in ("VBN", "VBG") and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in trigger.children):
        # "walked free on Sunday ..., released by the government": the participle's act is told at the verb's time
        return event_date(sent, trigger.head, published, dateline, future)
    if best is None and anchor is not None and _overnight(trigger, own):
        return EventDate(anchor, "day")  # "struck Gaza overnight": the night before publication
    if best is not None and best[1] is not None:
        return EventDate(best[1], best[2])
    if published is not None:
        return EventDate(published, "publication")
    if dateline is not None:
        return EventDate(dateline.replace(day=1), "month")
    return EventDate(None, None)
