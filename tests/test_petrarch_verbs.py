"""PETRARCH CAMEO verb dictionaries as a plug-in to the PLOVER lexicon (events/petrarch_verbs.py)."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.config import EventConfig
from detente.events import EventCoder
from detente.events.lexicon import Lexicon
from detente.events.petrarch_verbs import (VerbFileError, cameo_to_plover, extend_lexicon, load_petrarch_verbs,
                                           parse_petrarch_verbs)
from detente.records import Document

FIXTURE = Path(__file__).parent / "fixtures" / "petrarch_verbs.txt"


@pytest.fixture(scope="module")
def entries():
    return load_petrarch_verbs(FIXTURE)


def by_words(entries):
    return {(e.words, e.obj): (e.cameo, e.event_type, e.mode) for e in entries}


def test_crosswalk_follows_plover_2021():
    assert cameo_to_plover("0872") == "RETREAT" and cameo_to_plover("081") == "CONCEDE"
    assert cameo_to_plover("163") == "COERCE" and cameo_to_plover("160") == "SANCTION"
    assert cameo_to_plover("1712") == "ASSAULT" and cameo_to_plover("191") == "COERCE"
    assert cameo_to_plover("195") == "ASSAULT" and cameo_to_plover("100") == "REQUEST"
    assert cameo_to_plover("010") is None and cameo_to_plover("020") is None   # statements, appeals: dropped


def test_verb_lemmas_take_their_own_code_or_the_blocks(entries):
    got = by_words(entries)
    assert got[("upbraid", None)] == ("111", "ACCUSE", "disapprove")      # the block's code
    assert got[("pillory", None)] == ("1121", "ACCUSE", "allege")          # its own code
    assert got[("hector", None)] == ("0872", "RETREAT", "withdraw")        # own code in a [---] block
    assert got[("befriend", None)] == ("042", "CONSULT", "visit")          # "042:043": the first code
    assert got[("mollify", None)] == ("173", "COERCE", "arrest")           # ":173"
    assert ("waylay", None) not in got                                     # [---]: no event of its own
    assert ("extol", None) not in got and ("attack", None) not in got     # 010: no PLOVER type
    assert got[("muster up", None)] == ("154", "MOBILIZE", "troops")        # a "verb particle" form


def test_simple_object_patterns_become_phrases_for_every_verb_of_the_block(entries):
    got = by_words(entries)
    assert got[("waylay", "aid")] == ("070", "AID", None)
    assert got[("hector", "relief convoy")] == ("073", "AID", "humanitarian")
    assert got[("befriend", "sanctions")] == ("163", "COERCE", "restrict")
    assert got[("extol", "sanctions")][1] == "COERCE"
    assert not any(e.obj and ("troops" in e.obj or "relief" == e.obj) for e in entries)  # other patterns skipped
    assert all(e.line > 0 for e in entries)


@pytest.mark.parametrize("text, where, what", [
    ("---  BAD   [12x]  ---\nFOO\n", ":1:", "bad CAMEO code"),
    ("---  OK   [111]  ---\nFOO [111\n", ":2:", "unbalanced"),
    ("---  OK   [111]  ---\nFOO\n- * BAR\n", ":3:", "without a [code]"),
    ("# no block yet\nFOO [111]\n", ":2:", "before any"),
    ("---  OK   [111]  ---\nFOO 12 BAR\n", ":2:", "cannot read the verb form"),
    ("# only a comment\n\n", "mine.txt", "no '--- VERB"),
])
def test_malformed_dictionary_names_file_and_line(text, where, what):
    with pytest.raises(VerbFileError) as exc:
        parse_petrarch_verbs(text, "mine.txt")
    assert "mine.txt" in str(exc.value) and where in str(exc.value) and what in str(exc.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(VerbFileError, match="nope.txt"):
        load_petrarch_verbs(tmp_path / "nope.txt")


def test_extend_adds_only_lemmas_the_lexicon_lacks(entries):
    lex = Lexicon.load()
    attack = lex.verbs["attack"]
    n = lex.extend_verbs(entries)
    assert n > 0
    assert lex.verbs["attack"] == attack                          # the project's lexicon wins
    assert lex.verbs["upbraid"] == ("ACCUSE", "disapprove")
    assert lex.verbs["muster up"] == ("MOBILIZE", "troops") and lex.phrases[("muster", "up")] == ("MOBILIZE", "troops")
    assert lex.phrases[("waylay", "aid")] == ("AID", None)
    assert lex.cameo_of("ACCUSE", "pillory", []) == "1121"
    assert ("sign", "sanctions") not in lex.phrases
    assert lex.extend_verbs(entries) == 0                         # loading twice adds nothing
    lex = Lexicon.load()
    lex.extend_verbs(parse_petrarch_verbs("---  X  [154]  ---\n+CALL_IN\n", "x.txt"))
    assert "call in" not in lex.verbs                             # "call" is the lexicon's (naming, requests)


def test_default_config_loads_no_verb_file():
    assert EventConfig().extra_verb_files == []


def test_a_dictionary_verb_codes_an_event(nlp, resolver):
    text = "Germany upbraided Poland over the border dispute on Tuesday."
    sdoc = nlp(text)
    doc = Document(doc_id="t", source="test", fmt="text", text=text)
    before, _ = EventCoder(EventConfig(), resolver).code(doc, sdoc, resolver.find(sdoc))
    assert not [e for e in before if e.event_type == "ACCUSE"]
    coder = EventCoder(EventConfig(extra_verb_files=[str(FIXTURE)]), resolver)  # the coder loads its files
    assert extend_lexicon(coder.lexicon, coder.cfg.extra_verb_files) == 0      # already there
    events, _ = coder.code(doc, sdoc, resolver.find(sdoc))
    ev = [e for e in events if e.event_type == "ACCUSE"]
    assert len(ev) == 1 and ev[0].cameo == "111"
    assert [a.country for a in ev[0].actors] == ["DEU"] and [r.country for r in ev[0].recipients] == ["POL"]


def test_cli_names_a_bad_verb_file(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("---  OK   [111]  ---\nFOO [1x1]\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Germany upbraided Poland.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(doc), "--db", str(tmp_path / "t.duckdb"), "--verbs", str(bad), "-q"])
    assert result.exit_code == 1 and "bad.verbs.txt:2" in result.output and "Traceback" not in result.output
