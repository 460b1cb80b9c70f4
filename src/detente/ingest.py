"""Read input files and folders into RawDocuments (stage 1).

Formats: .txt (scraped text), .html/.htm, .jsonl (one article a line with at least
`text`; optional `title`, `url`, `published`). A document is identified by a hash of
its content, so reading the same file twice yields the same doc_id.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import IngestConfig
from .records import RawDocument


@dataclass
class Problem:
    """An input that could not be read; the run goes on."""

    source: str
    message: str


def doc_id_for(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:16]


def _kind(path: Path, cfg: IngestConfig) -> str | None:
    suffix = path.suffix.lower()
    if suffix in cfg.extensions_html:
        return "html"
    if suffix in cfg.extensions_text:
        return "text"
    if suffix in cfg.extensions_jsonl:
        return "jsonl"
    return None


def list_files(paths: Iterable[str | Path], cfg: IngestConfig) -> Iterator[Path | Problem]:
    """Files to read, in a stable order; a named file of unknown type is a Problem."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind(child, cfg) and not any(part.startswith(".") for part in child.parts[len(path.parts):]):
                    yield child
        elif path.is_file():
            if _kind(path, cfg):
                yield path
            else:
                yield Problem(str(path), "unsupported file type: use .txt, .html/.htm or .jsonl")
        else:
            yield Problem(str(path), "no such file or folder: check the path")


def _jsonl_records(path: Path, data: bytes) -> Iterator[RawDocument | Problem]:
    for number, line in enumerate(data.splitlines(), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Problem(where, f"invalid JSON ({exc.__class__.__name__}: {exc}); fix or remove the line")
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            yield Problem(where, "JSONL record has no non-empty 'text' field")
            continue
        url = record.get("url") or None
        yield RawDocument(
            source=url or where,
            content=text.encode("utf-8"),
            fmt="text",
            title=record.get("title") or None,
            url=url,
            published=str(record["published"]) if record.get("published") else None,
        )


def read_inputs(paths: Iterable[str | Path], cfg: IngestConfig | None = None) -> Iterator[RawDocument | Problem]:
    """Stream RawDocuments (and Problems) from files and folders, one file at a time."""
    cfg = cfg or IngestConfig()
    for item in list_files(paths, cfg):
        if isinstance(item, Problem):
            yield item
            continue
        path = item
        size = path.stat().st_size
        if size > cfg.max_bytes:
            yield Problem(str(path), f"file is {size:,} bytes, over the {cfg.max_bytes:,} limit (IngestConfig.max_bytes); split it")
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Problem(str(path), f"cannot read: {exc.strerror}")
            continue
        kind = _kind(path, cfg)
        if kind == "jsonl":
            yield from _jsonl_records(path, data)
        elif not data.strip():
            yield Problem(str(path), "empty file")
        else:
            yield RawDocument(source=str(path), content=data, fmt=kind)
