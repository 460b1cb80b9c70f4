from datetime import date

import pytest

from detente.extract import Extracted, decode_bytes, extract_html

PARAS = [
    "Russia's President Vladimir Putin and North Korean leader Kim Jong Un signed a defense pact on Wednesday in Pyongyang, officials said.",
    "China's response to the pact, which saw Putin and Kim pledge to defend each other's countries if attacked, was revealingly muted in Beijing.",
    "Analysts say that the alliance is likely being viewed warily by China's leader Xi Jinping, who fears his power will be eroded in the Korean peninsula.",
    "It's the only country in the world with which China has a joint defense pact, and the relationship has become strained in recent years.",
]
HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Putin and Kim sign a pact | Example News</title>
<meta property="og:title" content="Putin and Kim sign a pact">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-20T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Putin and Kim sign a pact</h1>
{''.join(f'<p>{p}</p>' for p in PARAS)}
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>"""


def test_extract_html_text_and_metadata():
    result = extract_html(HTML.encode("utf-8"), url="https://example.com/world/pact")
    assert isinstance(result, Extracted)
    lines = result.text.split("\n")
    for p in PARAS:
        assert p in lines                      # one paragraph per line
    assert "Home" not in result.text
    assert result.title == "Putin and Kim sign a pact"
    assert result.published == date(2024, 6, 20)
    assert result.site == "Example News"
    assert result.authors == ["Jane Doe"]


def test_repeated_paragraph_is_not_deduplicated():
    html = HTML.replace(f"<p>{PARAS[3]}</p>", f"<p>{PARAS[3]}</p><p>{PARAS[0]}</p>")
    result = extract_html(html)
    assert result.text.split("\n").count(PARAS[0]) == 2


def test_extract_html_declared_charset():
    html = HTML.replace('charset="utf-8"', 'charset="windows-1251"').replace(PARAS[0], PARAS[0] + " Москва ответила.")
    result = extract_html(html.encode("cp1251"))
    assert "Москва ответила." in result.text


def test_empty_page_gives_empty_text():
    assert extract_html("<html><body></body></html>").text == ""


def test_decode_bytes_detects_encodings():
    assert decode_bytes("Kim Jong Un à Moscou".encode("utf-8")) == "Kim Jong Un à Moscou"
    assert decode_bytes("Привет".encode("utf-16")) == "Привет"
    text = "Президент России Владимир Путин и лидер КНДР Ким Чен Ын подписали договор. " * 5
    assert decode_bytes(text.encode("cp1251")) == text


def test_decode_bytes_rejects_binary():
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_link_spans_mark_link_text_of_each_line():
    from detente.extract import link_spans
    anchors = {"Kim Jong Un", "Putin and Kim sign a pact", "Home"}
    line = "Russia's Putin met  Kim Jong Un in Pyongyang."
    spans = link_spans(line, anchors)
    assert [line[a:b] for a, b in spans] == ["Kim Jong Un"]
    # matched on squashed whitespace, spans index the line as it is
    line2 = "Putin and  Kim sign a pact"
    assert [line2[a:b] for a, b in link_spans(line2, anchors)] == [line2]
    assert link_spans("No links here at all.", anchors) == []


def test_extract_html_gives_link_spans_per_line():
    linked = PARAS[1].replace("revealingly muted in Beijing", '<a href="/china">revealingly muted in Beijing</a>')
    html = HTML.replace(f"<p>{PARAS[1]}</p>", f"<p>{linked}</p>")
    result = extract_html(html.encode("utf-8"), url="https://example.com/world/pact")
    lines = result.text.split("\n")
    assert len(result.links) == len(lines)
    i = lines.index(PARAS[1])
    assert [lines[i][a:b] for a, b in result.links[i]] == ["revealingly muted in Beijing"]
    assert result.links[lines.index(PARAS[2])] == []


def test_prepare_drops_a_teaser_list_of_links_from_html():
    from detente.config import Settings
    from detente.prepare import Preparer
    from detente.records import RawDocument
    teasers = [("Seoul summons Russian ambassador over pact", "The foreign ministry protested on Thursday"),
               ("Japan voices alarm at Pyongyang deal", "Tokyo fears arms transfers"),
               ("What the treaty says about mutual defence", "The text in full")]
    items = "".join(f'<li><a href="/s{i}">{h}</a> {b}</li>' for i, (h, b) in enumerate(teasers))
    html = HTML.replace("</article>", f"<ul>{items}</ul></article>")
    doc = Preparer(Settings()).prepare(RawDocument(source="p.html", content=html.encode("utf-8"), fmt="html"), "d1")
    assert doc.error is None
    for p in PARAS:
        assert p in doc.text.split("\n")
    assert "Seoul summons" not in doc.text and "Seoul summons" in doc.raw_text
    assert {j.reason for j in doc.junk if "Japan voices" in j.line} == {"related-link"}
