import pytest

from detente.config import ParseConfig
from detente.parse import load_nlp


def test_sentences_never_cross_a_line_break(nlp):
    text = ("Pls share this post\nRussia's President Vladimir Putin and North Korean leader Kim Jong Un "
            "signed a defense pact. China said little\nListen to this article")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "Pls share this post"
    assert sents[-1] == "Listen to this article"
    assert "China said little" in sents
    for s in nlp(text).sents:
        assert "\n" not in s.text.strip()


def test_model_is_found_by_its_spacy_name_and_missing_models_say_what_to_install():
    assert load_nlp(ParseConfig(model="en_core_web_sm")).meta["name"].startswith("core_web_sm")
    with pytest.raises(RuntimeError, match="xx_no_such_model.*install a PyPI package"):
        load_nlp(ParseConfig(model="xx_no_such_model"))
