"""HTML to main text plus metadata (trafilatura; dates by htmldate through it).

The text keeps one paragraph per line, so the line cleaner and the parser see
the page's paragraph structure. Deduplication inside trafilatura stays off: it
would drop a repeated paragraph of the article itself.

Link structure: trafilatura's text drops the markup, but whether a line is the
text of links on the page is strong evidence of navigation and teaser lists
(the link density of jusText, boilerpipe and trafilatura itself). The page is
parsed once (trafilatura's `load_html`); the texts of its <a> elements are
collected before extraction, and `Extracted.links` gives, for each line of the
text, the character spans of that line that are the text of some link.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date

import charset_normalizer
import trafilatura
from trafilatura.utils import load_html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Extracted:
    text: str                       # main text, one paragraph per line
    title: str | None = None
    published: date | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    # per line of `text`: (start, end) spans of that line that are link text on the page
    links: list[list[tuple[int, int]]] = field(default_factory=list)


def decode_bytes(content: bytes) -> str:
    """Bytes to text: BOM, then strict UTF-8, then charset-normalizer's best guess.

    Raises ValueError for binary content (NUL bytes without a UTF-16/32 BOM, or
    bytes no text encoding explains).
    """
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding)
    if b"\x00" in content:
        raise ValueError("binary content: NUL bytes in a document without a UTF-16/32 BOM")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(content).best()
    if best is None:
        raise ValueError("binary content: no text encoding decodes these bytes")
    return str(best)


def _decode_html(content: bytes) -> str:
    """Prefer the page's declared charset when it decodes cleanly."""
    declared = _META_CHARSET.search(content[:4096])
    if declared and not content.startswith(tuple(b for b, _ in _BOMS)):
        name = declared.group(1).decode("ascii", "ignore")
        try:
            if b"\x00" not in content:
                return content.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(content)


def iso_date(value: str | None) -> date | None:
    """The date at the start of an ISO string ("2024-06-20T10:00"), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [a.strip() for a in re.split(r";|\band\b", value) if a.strip()]


_SPACE = re.compile(r"\s+")
_MIN_ANCHOR = 4                     # shorter link texts ("1", "»", "UK") say nothing


def _squash(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def anchor_texts(tree) -> set[str]:
    """Whitespace-normalised texts of the page's links (at least 4 characters)."""
    out = set()
    for a in tree.iter("a"):
        try:
            t = _squash(a.text_content())
        except ValueError:
            continue
        if len(t) >= _MIN_ANCHOR:
            out.add(t)
    return out


def link_spans(line: str, anchors: set[str]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of `line` covered by link texts.

    Matching is on whitespace-squashed text; the spans index `line` itself.
    """
    chars, where = [], []           # the squashed line and, per char, its index in `line`
    for i, ch in enumerate(line):
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    s = "".join(chars).rstrip()
    found = []
    for a in anchors:
        if len(a) <= len(s) and a in s:
            start = s.find(a)
            while start >= 0:
                found.append((where[start], where[start + len(a) - 1] + 1))
                start = s.find(a, start + 1)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def extract_html(content: bytes | str, url: str | None = None) -> Extracted:
    """Main text and metadata of an HTML page; empty text when nothing is found."""
    html = _decode_html(content) if isinstance(content, bytes) else content
    tree = load_html(html)
    if tree is None:
        return Extracted(text="")
    anchors = anchor_texts(tree)      # before extraction, which prunes the tree
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True, "url": url},
    )
    if doc is None:
        return Extracted(text="")
    lines = [line.strip() for line in (doc.text or "").splitlines() if line.strip()]
    text = "\n".join(lines)
    return Extracted(
        text=text,
        title=doc.title or None,
        published=iso_date(doc.date),
        site=doc.sitename or doc.hostname or None,
        authors=_authors(doc.author),
        links=[link_spans(line, anchors) for line in lines],
    )
