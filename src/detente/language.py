"""Language of a document and of the lines that clearly differ from it (py3langid)."""
from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .config import LanguageConfig


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The bundled model, loaded once (read-only)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; ("und", 0.0) for text without letters."""
    if not any(ch.isalpha() for ch in text):
        return "und", 0.0
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def line_languages(lines: list[str], doc_lang: str,
                   config: LanguageConfig | None = None) -> dict[int, str]:
    """Line index -> language, only for lines long enough to judge and surely not doc_lang."""
    config = config or LanguageConfig()
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if len(line.strip()) < config.min_line_chars:
            continue
        lang, prob = detect(line)
        if lang != doc_lang and prob >= config.min_line_prob:
            out[i] = lang
    return out
