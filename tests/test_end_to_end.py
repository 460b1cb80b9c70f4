"""The whole pipeline on the bundled examples, into a real DuckDB file, through the CLI."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "detente.duckdb"
    result = runner.invoke(app, ["analyze", str(EXAMPLES), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def _events(db, *args):
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _countries(refs):
    return {r["country"] for r in refs}


def test_pact_is_coded_as_joint_support_with_date_and_place(db):
    pacts = [e for e in _events(db, "--type", "SUPPORT") if "russia_north_korea_pact" in e["source"]
             and _countries(e["actors"]) == {"RUS", "PRK"}]
    assert pacts, "the RUS-PRK treaty signing should be a SUPPORT event with both actors"
    pact = pacts[0]
    assert pact["modality"] == "asserted"
    assert pact["event_date"] == "2024-06-19" and pact["date_precision"] == "day"
    assert pact["location"]["name"] == "Pyongyang" and pact["location"]["country"] == "PRK"
    assert "signed" in pact["evidence"]["sentence"]
    start, end = pact["evidence"]["start"], pact["evidence"]["end"]
    docs = {d["doc_id"]: d for d in _docs(db)}
    assert docs[pact["doc_id"]]["text"][start:end].strip() == pact["evidence"]["sentence"].strip()


def test_hedged_and_hypothetical_claims_are_not_asserted(db):
    events = [e for e in _events(db) if "russia_north_korea_pact" in e["source"]]
    tech = [e for e in events if "may be supplying" in e["evidence"]["sentence"]]
    assert tech and all(e["modality"] == "hedged" for e in tech)
    game_changer = [e for e in events if e["evidence"]["sentence"].lstrip('"“').startswith("If Russia")]
    assert game_changer and all(e["modality"] == "hypothetical" for e in game_changer)


def _docs(db):
    result = runner.invoke(app, ["docs", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_no_event_comes_from_a_junk_line(db):
    docs = _docs(db)
    junk = [(d["doc_id"], j["line"].strip()) for d in docs for j in d["junk"] if len(j["line"].strip()) > 15]
    assert len(junk) >= 20
    reasons = {j["reason"] for d in docs for j in d["junk"]}
    assert {"share-prompt", "related-link", "navigation"} <= reasons
    for event in _events(db):
        for doc_id, line in junk:
            if doc_id == event["doc_id"]:
                assert line not in event["evidence"]["sentence"], (line, event["evidence"])
    for d in docs:
        for bad in ("READ ALSO", "Pls share this post", "Next article", "Subscribe to our"):
            assert bad not in d["text"]


def test_documents_have_language_title_and_date(db):
    docs = {Path(d["source"]).name: d for d in _docs(db) if not d["source"].startswith("http")}
    pact = docs["2024-06-20_russia_north_korea_pact.txt"]
    assert pact["language"] == "en" and pact["published"] == "2024-06-20"
    assert pact["title"].startswith("Putin and Kim sign mutual defence treaty")
    assert "Последние" not in pact["title"]
    html = [d for name, d in docs.items() if name.endswith(".html")]
    assert len(html) == 3 and all(d["title"] and d["published"] for d in html)
    feed = [d for d in _docs(db) if d["source"].startswith("http")]
    assert len(feed) == 3


def test_rerun_adds_nothing(db):
    before = _events(db, "--count", "mentions")
    result = runner.invoke(app, ["analyze", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert result.exit_code == 0 and " 0 added" in result.output
    assert _events(db, "--count", "mentions") == before


def test_filters_csv_and_dyads(db):
    ukr = _events(db, "--actor", "UKR")
    assert ukr and all("UKR" in _countries(e["actors"]) | _countries(e["recipients"]) for e in ukr)
    dated = _events(db, "--since", "2024-06-01", "--until", "2024-06-30")
    assert dated and all("2024-06-01" <= e["event_date"] <= "2024-06-30" for e in dated)
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    header = result.stdout.splitlines()[0].split(",")
    assert {"event_type", "actor_codes", "sentence", "goldstein", "quad_class"} <= set(header)
    result = runner.invoke(app, ["dyads", "--db", str(db)])
    assert result.exit_code == 0 and "RUS" in result.stdout and "PRK" in result.stdout


def test_errors_name_the_file_and_exit_non_zero(tmp_path):
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(app, ["events", "--db", str(missing)])
    assert result.exit_code != 0 and "none.duckdb" in result.output
    result = runner.invoke(app, ["analyze", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0 and "nothing-here" in result.output
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.duckdb"), "--since", "June"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_user_actor_dictionary_via_cli(tmp_path):
    (tmp_path / "actors.yaml").write_text(
        "actors:\n  - {name: Gondor, code: GON}\n  - {name: Mordor, aliases: [the Dark Land], code: MOR}\n",
        encoding="utf-8")
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "war.txt").write_text("Mordor attacked Gondor on Tuesday, officials said.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    result = runner.invoke(app, ["analyze", str(corpus), "--db", str(db), "--actors", str(tmp_path / "actors.yaml"), "-q"])
    assert result.exit_code == 0, result.output
    (event,) = _events(db, "--type", "ASSAULT")
    assert [a["code"] for a in event["actors"]] == ["MOR"] and [a["code"] for a in event["recipients"]] == ["GON"]


def test_nothing_to_read_stops_before_creating_the_database(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "t.duckdb"
    result = runner.invoke(app, ["analyze", str(empty), "--db", str(db)])
    assert result.exit_code == 1 and "No .txt, .html/.htm or .jsonl file" in result.output
    assert not db.exists()


def test_foreign_or_newer_database_is_refused_untouched(tmp_path):
    import duckdb
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    result = runner.invoke(app, ["events", "--db", str(other)])
    assert result.exit_code == 1 and "did not write" in result.output
    newer = tmp_path / "newer.duckdb"
    con = duckdb.connect(str(newer))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.close()
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "wire_feed.jsonl"), "--db", str(newer), "-q"])
    assert result.exit_code == 1 and "schema version 2" in result.output
    con = duckdb.connect(str(newer), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["meta"]
    con.close()


def test_bad_actor_file_is_named(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [ {name: X, code: ", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "wire_feed.jsonl"), "--db", str(tmp_path / "t.duckdb"),
                                 "--actors", str(bad), "-q"])
    assert result.exit_code == 1 and "bad.yaml" in result.output and "Traceback" not in result.output


def test_implied_actors_can_be_turned_off_from_the_cli(tmp_path):
    article = tmp_path / "bomb.txt"
    article.write_text("Bomb near Kirkuk\n\nA car bomb exploded outside a police station in Kirkuk on Sunday, "
                       "killing seven policemen, police said.\n", encoding="utf-8")
    for flag, expected in (("--implied-actors", True), ("--no-implied-actors", False)):
        path = tmp_path / f"{flag}.duckdb"
        result = runner.invoke(app, ["analyze", str(article), "--db", str(path), "--quiet", flag])
        assert result.exit_code == 0, result.output
        implied = [e for e in _events(path) if any(a["text"] == "[implied]" for a in e["actors"])]
        assert bool(implied) is expected, flag


def test_the_type_of_a_promised_act_is_set_from_the_cli(tmp_path):
    article = tmp_path / "pullout.txt"
    article.write_text("Lebanon update\n\nSyria agreed on Monday to withdraw its troops from Lebanon.\n", encoding="utf-8")
    for value, etype in (("crosswalk", "AGREE"), ("manual", "CONCEDE")):
        path = tmp_path / f"{value}.duckdb"
        result = runner.invoke(app, ["analyze", str(article), "--db", str(path), "--quiet", "--intent-convention", value])
        assert result.exit_code == 0, result.output
        assert [e["event_type"] for e in _events(path)] == [etype]
    result = runner.invoke(app, ["analyze", str(article), "--db", str(tmp_path / "x.duckdb"), "--intent-convention", "cameo"])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_acts_a_statement_is_about_can_be_left_out_from_the_cli(tmp_path):
    article = tmp_path / "complaint.txt"
    article.write_text("Beirut news\n\nLebanon complained to the United Nations on Tuesday over two Israeli air "
                       "raids last Friday.\n", encoding="utf-8")
    for flag, expected in (("--topic-acts", ["ACCUSE", "ASSAULT"]), ("--no-topic-acts", ["ACCUSE"])):
        path = tmp_path / f"{flag}.duckdb"
        result = runner.invoke(app, ["analyze", str(article), "--db", str(path), "--quiet", flag])
        assert result.exit_code == 0, result.output
        assert sorted(e["event_type"] for e in _events(path)) == expected, flag


def test_dyads_leave_out_implied_doers_unless_asked(tmp_path):
    article = tmp_path / "bomb.txt"
    article.write_text("Bomb near Kirkuk\n\nA car bomb exploded outside a police station in Kirkuk on Sunday, killing three "
                       "American soldiers, the military said.\n", encoding="utf-8")
    path = tmp_path / "d.duckdb"
    assert runner.invoke(app, ["analyze", str(article), "--db", str(path), "--quiet"]).exit_code == 0
    assert any(a["code"] == "IRQUAF" for e in _events(path) for a in e["actors"])
    plain = runner.invoke(app, ["dyads", "--db", str(path)])
    asked = runner.invoke(app, ["dyads", "--db", str(path), "--implied"])
    assert plain.exit_code == asked.exit_code == 0
    assert "IRQ" not in plain.stdout and "IRQ" in asked.stdout
