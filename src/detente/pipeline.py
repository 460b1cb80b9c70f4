"""The whole job, top to bottom: ingest -> extract/clean -> parse -> dedupe -> actors -> events -> store.

Documents stream through in batches: a batch is read, prepared, parsed with
`nlp.pipe`, linked to copies, coded and written in one transaction; the corpus is never held in
memory. A document that fails in a stage is stored with its error and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

from .actors import ActorResolver
from .config import Settings
from .dedupe import Deduplicator
from .dedupe.embed import SentenceEmbedder
from .events import EventCoder
from .ingest import Problem, doc_id_for, read_inputs
from .parse import load_nlp
from .prepare import Preparer
from .records import Document, DocumentResult, RawDocument, Sentence
from .store import Store


@dataclass
class RunStats:
    seen: int = 0
    added: int = 0
    skipped: int = 0            # same content already stored or seen earlier in this run
    failed: int = 0             # stored with an error
    not_english: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Pipeline:
    """Holds the loaded models and per-run state; `run` may be called more than once."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.preparer = Preparer(self.settings)
        self.resolver = ActorResolver.from_config(self.settings.actors)
        self.coder = EventCoder(self.settings.events, self.resolver)
        self.embedder = SentenceEmbedder(self.settings.dedupe)   # loads on first use, kept for later runs
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.parse)
        return self._nlp

    def run(self, paths: Iterable[str | Path], db_path: str | Path | None = None,
            on_progress: Callable[[int, str], None] | None = None) -> RunStats:
        stats = RunStats()
        with Store(db_path or self.settings.store.db_path) as store:
            dedupe = Deduplicator(self.settings.dedupe, store, self.embedder)
            for batch in _batches(read_inputs(paths, self.settings.ingest), self.settings.store.write_batch):
                results = self._process(batch, store, dedupe, stats)
                store.write(results)
                if on_progress:
                    on_progress(len(batch), batch[-1].source)
        if dedupe.unavailable:
            stats.warnings.append(f"paraphrases and stories were not linked: {dedupe.unavailable}")
        return stats

    def _process(self, batch: list[RawDocument | Problem], store: Store, dedupe, stats: RunStats) -> list[DocumentResult]:
        raws = []
        for item in batch:
            if isinstance(item, Problem):
                stats.problems.append(item)
                store.add_problem(item.source, item.message)
            else:
                raws.append(item)
        stats.seen += len(raws)
        known = store.known_doc_ids(doc_id_for(r.content) for r in raws)
        results: list[DocumentResult] = []
        fresh: set[str] = set()
        for raw in raws:
            doc_id = doc_id_for(raw.content)
            if doc_id in known or doc_id in fresh:
                stats.skipped += 1
                continue
            fresh.add(doc_id)
            results.append(DocumentResult(self.preparer.prepare(raw, doc_id)))
        parse = [r for r in results if r.document.error is None and r.document.language == "en" and r.document.text]
        parsed = self.nlp.pipe((r.document.text for r in parse), batch_size=self.settings.parse.batch_size)
        sdocs = {r.document.doc_id: sdoc for r, sdoc in zip(parse, parsed)}
        published = {r.document.doc_id: r.document.published for r in results}
        vectors = dedupe.embed_leads([r.document for r in results if r.document.error is None])
        for res in results:
            doc = res.document
            sdoc = sdocs.get(doc.doc_id)
            if doc.error is None:
                res.entities = [e.text for e in sdoc.ents] if sdoc is not None else []
                try:
                    res.dedupe_state = dedupe.link(doc, res.entities, vectors.get(doc.doc_id))
                except Exception as exc:  # a dedupe failure must not lose the document
                    doc.error = f"dedupe: {exc.__class__.__name__}: {exc}"
        # originals from earlier batches: their dates in one query (links never depend on coding)
        published.update(store.published_of_many(
            o for r in results if (o := r.document.duplicate_of or r.document.paraphrase_of) and o not in published))
        for res in results:
            doc = res.document
            sdoc = sdocs.get(doc.doc_id)
            if sdoc is not None and doc.error is None:
                self._analyse(res, sdoc, self._anchor(doc, published, store))
            stats.added += 1
            stats.failed += doc.error is not None
            stats.not_english += doc.error is None and doc.language not in (None, "en")
            stats.events += len(res.events)
        return results

    @staticmethod
    def _anchor(doc: Document, published: dict, store: Store) -> date | None:
        """The date relative dates are read against: a copy's original's date when it is earlier.

        Content farms republish days later; "on Monday" in a copy means the original's Monday.
        """
        original = doc.duplicate_of or doc.paraphrase_of
        if not original:
            return doc.published
        first = published[original] if original in published else store.published_of(original)
        if first and (doc.published is None or first < doc.published):
            return first
        return doc.published

    def _analyse(self, res: DocumentResult, sdoc, anchor: date | None) -> None:
        doc: Document = res.document
        try:
            res.sentences = [Sentence(doc.doc_id, i, s.start_char, s.end_char, s.text)
                             for i, s in enumerate(sdoc.sents)]
            res.actors = self.resolver.find(sdoc, when=anchor)
            anchored = doc if anchor == doc.published else replace(doc, published=anchor)
            res.events, res.quotes = self.coder.code(anchored, sdoc, res.actors)
            for ev in res.events:
                ev.doc_id = doc.doc_id
        except Exception as exc:  # recorded, and the run goes on
            doc.error = f"events: {exc.__class__.__name__}: {exc}"
            res.events, res.quotes = [], []

