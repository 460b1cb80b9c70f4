"""DocFeatures: the compact, persistable description of a document that paraphrase and story linking compare."""
from __future__ import annotations

import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .embed import DIM, SentenceEmbedder, lead_text
from .words import STOPWORDS, capitalised_names, name_keys, numbers, tokens

_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])")
_STEM = 6   # words are compared by their first letters: "pledged" ~ "pledging"


def stem_hashes(text: str) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the content-word stems of a text."""
    stems = {t[:_STEM] for t in tokens(text) if len(t) > 2 and t not in STOPWORDS and not t.isdigit()}
    return np.array(sorted(zlib.crc32(s.encode("utf-8")) for s in stems), dtype=np.uint32)


def split_sentences(text: str) -> list[str]:
    """Lines, then sentence ends inside a line; good enough for overlap counting."""
    return [s for line in text.split("\n") for s in _SENT_END.split(line.strip()) if s]


@dataclass
class DocFeatures:
    vector: np.ndarray                       # unit-length embedding of title + lead (float32, DIM)
    names: set[str] = field(default_factory=set)      # words of names (entities or capitalised runs)
    numbers: set[str] = field(default_factory=set)
    sentences: list[np.ndarray] = field(default_factory=list)  # stem hashes per sentence (3+ stems)
    published: date | None = None

    @classmethod
    def build(cls, text: str, vector: np.ndarray, entities: list[str] | None = None,
              published: date | None = None, max_sentences: int = 60) -> "DocFeatures":
        sents = [h for h in (stem_hashes(s) for s in split_sentences(text)) if len(h) >= 3]
        return cls(vector=np.asarray(vector, dtype=np.float32),
                   names=name_keys(entities if entities else capitalised_names(text)),
                   numbers=numbers(text), sentences=sents[:max_sentences], published=published)

    def words(self) -> np.ndarray:
        return np.unique(np.concatenate(self.sentences)) if self.sentences else np.zeros(0, np.uint32)

    def to_bytes(self) -> bytes:
        head = json.dumps({"n": sorted(self.names), "d": sorted(self.numbers),
                           "p": self.published.isoformat() if self.published else None,
                           "s": [len(s) for s in self.sentences]}, ensure_ascii=False).encode("utf-8")
        body = [np.asarray(self.vector, dtype="<f2").tobytes()] + [s.astype("<u4").tobytes() for s in self.sentences]
        return struct.pack("<I", len(head)) + head + b"".join(body)

    @classmethod
    def from_bytes(cls, data: bytes) -> "DocFeatures":
        (n,) = struct.unpack_from("<I", data)
        head = json.loads(data[4:4 + n].decode("utf-8"))
        pos = 4 + n
        vector = np.frombuffer(data, dtype="<f2", count=DIM, offset=pos).astype(np.float32)
        pos += 2 * DIM
        sents = []
        for k in head["s"]:
            sents.append(np.frombuffer(data, dtype="<u4", count=k, offset=pos).astype(np.uint32))
            pos += 4 * k
        return cls(vector=vector, names=set(head["n"]), numbers=set(head["d"]), sentences=sents,
                   published=date.fromisoformat(head["p"]) if head["p"] else None)


def document_features(embedder: SentenceEmbedder, lead_words: int, text: str, entities: list[str] | None = None,
                      published: date | None = None, title: str | None = None,
                      vector: np.ndarray | None = None) -> DocFeatures:
    """Features of one document; its title+lead is embedded unless `vector` is given."""
    if vector is None:
        vector = embedder.embed([lead_text(text, title, lead_words)])[0]
    return DocFeatures.build(text, vector, entities, published)
