"""Turn a RawDocument into a clean Document (stage 2): decode, extract, clean, metadata, language."""
from __future__ import annotations

from urllib.parse import urlparse

from .clean import LineCleaner
from .config import Settings
from .extract import decode_bytes, extract_html, iso_date
from .language import detect, line_languages
from .metadata import text_metadata
from .records import Document, RawDocument


class Preparer:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.cleaner = LineCleaner(settings.clean)   # keeps per-site evidence for this run

    def prepare(self, raw: RawDocument, doc_id: str) -> Document:
        doc = Document(doc_id=doc_id, source=raw.source, fmt=raw.fmt, url=raw.url,
                       title=raw.title, published=iso_date(raw.published))
        stage = "decode"
        links = None                                      # link spans per line (HTML only)
        try:
            if raw.fmt == "html":
                stage = "extract"
                ext = extract_html(raw.content, raw.url)  # bytes: the page's declared charset counts
                doc.raw_text = ext.text
                doc.title = doc.title or ext.title
                doc.published = doc.published or ext.published
                doc.site = ext.site
                doc.authors = list(ext.authors)
                links = ext.links
            else:
                doc.raw_text = decode_bytes(raw.content)
                if raw.url:
                    doc.site = urlparse(raw.url).netloc or None
            stage = "clean"
            cleaned = self.cleaner.clean(doc.raw_text, site=doc.site, links=links)
            doc.text, doc.junk = cleaned.text, cleaned.junk
            if not doc.text.strip():
                raise ValueError("no article text left after extraction and cleaning")
            if raw.fmt != "html":
                stage = "metadata"
                meta = text_metadata(doc.raw_text, clean_text=doc.text)
                doc.title = doc.title or meta.title
                doc.published = doc.published or meta.published
            stage = "language"
            doc.language, _ = detect(doc.text)
            doc.line_languages = line_languages(doc.text.split("\n"), doc.language, self.settings.language)
        except Exception as exc:  # the document is stored with its error; the run goes on
            doc.error = f"{stage}: {exc}"
        return doc
