import json

from detente.ingest import Problem, doc_id_for, read_inputs
from detente.records import RawDocument


def test_reads_folders_of_each_format_in_stable_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second article line.\n", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>First</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": "One.", "url": "https://example.org/1", "title": "T", "published": "2024-06-20"}) + "\n"
        + json.dumps({"text": "Two."}) + "\n", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [type(i) for i in items] == [RawDocument] * 4
    html, text, first, second = items
    assert html.fmt == "html" and html.source.endswith("a.html")
    assert first.source == "https://example.org/1" and first.title == "T" and first.published == "2024-06-20"
    assert second.source == f"{feed}:2"
    assert text.fmt == "text" and text.content == b"Second article line.\n"


def test_same_content_same_id_and_different_content_different_id():
    assert doc_id_for(b"abc") == doc_id_for(b"abc")
    assert doc_id_for(b"abc") != doc_id_for(b"abd")


def test_bad_inputs_become_problems_that_name_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{not json\n{"title": "no text"}\n', encoding="utf-8")
    other = tmp_path / "x.pdf"
    other.write_bytes(b"%PDF")
    items = list(read_inputs([tmp_path / "empty.txt", bad, other, tmp_path / "missing.txt"]))
    problems = [i for i in items if isinstance(i, Problem)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 1 and docs[0].content == b"ok"
    messages = {p.source: p.message for p in problems}
    assert "empty" in messages[str(tmp_path / "empty.txt")]
    assert "invalid JSON" in messages[f"{bad}:2"]
    assert "text" in messages[f"{bad}:3"]
    assert "unsupported" in messages[str(other)]
    assert "no such file" in messages[str(tmp_path / "missing.txt")]


def test_huge_file_is_refused(tmp_path):
    from detente.config import IngestConfig
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    (item,) = read_inputs([big], IngestConfig(max_bytes=1000))
    assert isinstance(item, Problem) and "limit" in item.message
