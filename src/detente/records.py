"""Plain records that flow between the pipeline stages.

ingest -> RawDocument; extract/clean -> Document (+ JunkLine); parse -> Sentence;
actors -> ActorRef; events -> Event (+ Evidence, Location), Quote.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class RawDocument:
    """One input article, as read from disk, before any processing."""

    source: str                 # file path, JSONL record url, or "path:line"
    content: bytes              # exact bytes; doc_id is a hash of these
    fmt: str                    # "html" or "text"
    title: str | None = None    # given by the input (JSONL), else found later
    url: str | None = None
    published: str | None = None  # as given by the input, ISO-like string


@dataclass
class JunkLine:
    line: str                   # the line as it was in the extracted text
    reason: str                 # e.g. "related-link", "share-prompt", "navigation"
    index: int = 0              # line number in the extracted text


@dataclass
class Document:
    doc_id: str
    source: str
    fmt: str
    raw_text: str = ""          # extracted text, all lines, before cleaning
    text: str = ""              # clean text: article lines joined by "\n"
    title: str | None = None
    published: date | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    junk: list[JunkLine] = field(default_factory=list)
    line_languages: dict[int, str] = field(default_factory=dict)  # clean-line index -> lang, where it differs
    duplicate_of: str | None = None
    paraphrase_of: str | None = None
    story_id: str | None = None
    error: str | None = None    # "stage: message" when a stage failed


@dataclass
class Sentence:
    doc_id: str
    index: int
    start: int                  # character offsets in Document.text
    end: int
    text: str


IMPLIED_TEXT = "[implied]"  # the text of an actor or recipient the sentence does not name (coded by place or role)


@dataclass
class ActorRef:
    """A mention resolved to an actor code, e.g. "Kim Jong Un" -> PRKGOV."""

    text: str
    code: str                   # country/IGO + sector, e.g. "PRKGOV", "RUS", "NATO"
    country: str | None         # ISO-3166 alpha-3, or None for IGOs / unknown
    sector: str | None = None   # PLOVER sector: GOV, MIL, ...
    start: int | None = None    # character offsets in Document.text
    end: int | None = None
    kind: str = "country"       # "country", "person", "igo", "org", "custom"
    name: str | None = None     # canonical name of the person/organisation if known
    stance: bool = False        # named as what others are for/against or who backed them ("anti-American
                                # protesters", "Russian-backed separatists"): no one's owner in the phrase

    @classmethod
    def implied(cls, country: str, sector: str | None = None) -> "ActorRef":
        """An actor the text leaves unnamed and the coder infers (a place's unidentified forces, its government):
        the marked text IMPLIED_TEXT and no offsets, never read as evidence of a mention."""
        return cls(text=IMPLIED_TEXT, code=country + (sector or ""), country=country, sector=sector, kind="country")

    def to_dict(self) -> dict:
        return {"text": self.text, "code": self.code, "country": self.country, "sector": self.sector}


@dataclass
class Evidence:
    sentence: str
    start: int                  # sentence offsets in Document.text
    end: int
    trigger: str                # trigger words, e.g. "signed ... pact"


@dataclass
class Location:
    name: str
    country: str | None         # ISO-3166 alpha-3
    precision: str              # "city", "region", "country"
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "precision": self.precision}


@dataclass
class Event:
    doc_id: str
    event_type: str             # PLOVER type, e.g. "AGREE"
    actors: list[ActorRef]
    recipients: list[ActorRef]
    evidence: Evidence
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None   # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    modality: str = "asserted"      # asserted | hedged | hypothetical | future | negated
    attributed_to: str | None = None
    event_date: date | None = None
    date_precision: str | None = None   # day | month | year | publication
    location: Location | None = None
    event_id: str = ""
    mentions: int = 1
    doc_ids: list[str] = field(default_factory=list)


@dataclass
class Quote:
    doc_id: str
    text: str
    kind: str                   # "direct" or "indirect"
    start: int                  # offsets of the quoted text in Document.text
    end: int
    speaker_text: str | None = None
    speaker: ActorRef | None = None
    sentence_index: int | None = None


@dataclass
class DocumentResult:
    """Everything the pipeline learned about one document, written to the store at once."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)   # named-entity texts, for copy/story linking
    dedupe_state: list[tuple[str, bytes, str | None]] = field(default_factory=list)  # (kind, payload, extra)
