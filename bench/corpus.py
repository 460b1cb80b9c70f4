"""Generate a synthetic news corpus for the benchmarks (JSONL shards).

Documents recombine paragraphs of the example articles (examples/), with numbers,
country, capital and leader names swapped so most documents are distinct. A share
are exact copies (same text, another URL) and near-copies (a paragraph dropped or a
junk line added) of a recent document, to exercise dedupe. Deterministic per seed.

    .venv/bin/python bench/corpus.py --docs 2000 --out /tmp/detente-corpus-2000
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
from collections import deque
from datetime import date, timedelta
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Names swapped for one another, one class at a time (a document keeps its swaps consistent).
COUNTRIES = ["Russia", "China", "Ukraine", "Iran", "India", "Pakistan", "Serbia", "the Philippines", "Japan",
             "France", "Germany", "Turkey", "Egypt", "Brazil", "Kenya", "Ethiopia", "Somalia", "Israel",
             "Azerbaijan", "Armenia", "Vietnam", "Poland", "Nigeria", "Mexico", "Indonesia", "Qatar"]
CAPITALS = ["Moscow", "Beijing", "Kyiv", "Tehran", "New Delhi", "Islamabad", "Belgrade", "Manila", "Tokyo",
            "Paris", "Berlin", "Ankara", "Cairo", "Brasilia", "Nairobi", "Addis Ababa", "Mogadishu", "Baku",
            "Yerevan", "Hanoi", "Warsaw", "Abuja", "Jakarta", "Doha", "Seoul", "Pyongyang", "Washington"]
LEADERS = ["Vladimir Putin", "Xi Jinping", "Volodymyr Zelenskiy", "Narendra Modi", "Shehbaz Sharif",
           "Aleksandar Vucic", "Ferdinand Marcos Jr", "Emmanuel Macron", "Olaf Scholz", "Tayyip Erdogan",
           "Abdel Fattah al-Sisi", "William Ruto", "Abiy Ahmed", "Ilham Aliyev", "Nikol Pashinyan",
           "Kim Jong Un", "Joe Biden", "Yoon Suk Yeol", "Benjamin Netanyahu", "Donald Tusk"]
SITES = [f"news{i:02d}.example" for i in range(1, 21)]
JUNK = ["Read more: Markets rally as oil prices slide | Follow us on X", "Share this article  |  Tweet  |  Email",
        "Subscribe to our newsletter for daily updates", "Previous article Next article",
        "Photo: Reuters", "(c) 2024 All rights reserved", "RELATED: Storms batter coast as thousands flee"]
VERSION = 3          # bump when the generator changes, so cached corpora are rebuilt
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _article_parts(path: Path) -> tuple[list[str], list[str]]:
    """(headlines, paragraphs) of one example file; junk lines of .txt files are kept on purpose."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        heads, paras = [], []
        for line in raw.splitlines():
            rec = json.loads(line)
            heads.append(rec["title"])
            paras += [p for p in rec["text"].split("\n") if p.strip()]
        return heads, paras
    if path.suffix == ".html":
        body = re.search(r"<article.*?</article>", raw, re.S)
        ps = re.findall(r"<p>(.*?)</p>", body.group(0) if body else raw, re.S)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in ps]
        title = re.search(r"<h1>(.*?)</h1>", raw, re.S)
        return [html.unescape(title.group(1))] if title else [], [p for p in paras if p]
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    return lines[:1], lines[2:]   # headline, dateline, then the body


def load_pool() -> tuple[list[str], list[list[str]]]:
    """Headlines and, per example article, its paragraphs."""
    heads, articles = [], []
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix in (".txt", ".html", ".jsonl"):
            h, p = _article_parts(path)
            heads += h
            articles.append(p)
    return heads, articles


_NUMBER = re.compile(r"\b\d+\b")


def _vary_numbers(text: str, rng: random.Random) -> str:
    def swap(m: re.Match) -> str:
        n = int(m.group(0))
        if 1990 <= n <= 2030:
            return str(rng.randint(2015, 2025))     # a year stays a year
        digits = len(m.group(0))
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1))
    return _NUMBER.sub(swap, text)


def _name_map(rng: random.Random) -> dict[str, str]:
    """A consistent renaming for one document: about half the names of each class move."""
    mapping = {}
    for names in (COUNTRIES, CAPITALS, LEADERS):
        for name in names:
            if rng.random() < 0.5:
                mapping[name] = rng.choice(names)
    return mapping


def _rename(text: str, mapping: dict[str, str], pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


_ALL_NAMES = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(COUNTRIES + CAPITALS + LEADERS,
                                                                      key=len, reverse=True)) + r")\b")


def _dateline(day: date, rng: random.Random) -> str:
    city = rng.choice(CAPITALS).upper()
    return f"{city}, {MONTHS[day.month - 1]} {day.day}, {day.year} (Wire) -"


def _fresh(i: int, rng: random.Random, heads: list[str], articles: list[list[str]]) -> dict:
    """A new document: 1-3 source articles, 8-16 paragraphs, names and numbers varied."""
    sources = rng.sample(articles, rng.randint(1, 3))
    paras = [p for src in sources for p in src]
    picked = rng.sample(paras, min(len(paras), rng.randint(8, 16)))
    mapping = _name_map(rng)
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    body = [_dateline(published, rng)] + [_vary_numbers(_rename(p, mapping, _ALL_NAMES), rng) for p in picked]
    if rng.random() < 0.3:
        body.insert(rng.randint(1, len(body)), rng.choice(JUNK))
    site = rng.choice(SITES)
    return {
        "text": "\n".join(body),
        "title": _vary_numbers(_rename(rng.choice(heads), mapping, _ALL_NAMES), rng),
        "url": f"https://{site}/{published:%Y/%m/%d}/story-{i}",
        "published": published.isoformat(),
    }


def _copy(i: int, rng: random.Random, of: dict, near: bool) -> dict:
    """An exact copy (same text) or a near-copy (a line dropped, a junk line added) on another site, days later."""
    lines = of["text"].split("\n")
    if near:
        if len(lines) > 4:
            del lines[rng.randrange(1, len(lines))]
        lines.insert(rng.randint(1, len(lines)), rng.choice(JUNK))
    published = date.fromisoformat(of["published"]) + timedelta(days=rng.randint(0, 3))
    site = rng.choice(SITES)
    return {"text": "\n".join(lines), "title": of["title"],
            "url": f"https://{site}/{published:%Y/%m/%d}/story-{i}", "published": published.isoformat()}


def generate_docs(n: int, seed: int = 0, exact_share: float = 0.05, near_share: float = 0.05):
    """Yield n document records (dicts with text, title, url, published)."""
    rng = random.Random(seed)
    heads, articles = load_pool()
    recent: deque[dict] = deque(maxlen=200)     # copies are taken from recent documents only
    for i in range(n):
        r = rng.random()
        if recent and r < exact_share:
            doc = _copy(i, rng, rng.choice(recent), near=False)
        elif recent and r < exact_share + near_share:
            doc = _copy(i, rng, rng.choice(recent), near=True)
        else:
            doc = _fresh(i, rng, heads, articles)
            recent.append(doc)
        yield doc


def write_corpus(n: int, out: Path, seed: int = 0, shard_size: int = 1000) -> Path:
    """Write n documents as out/shard_00000.jsonl, ...; reuse the folder if it already holds this corpus."""
    out = Path(out)
    stamp = out / "corpus.json"
    meta = {"docs": n, "seed": seed, "shard_size": shard_size, "version": VERSION}
    if stamp.exists() and json.loads(stamp.read_text()) == meta:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("shard_*.jsonl"):
        old.unlink()
    shard = None
    for i, doc in enumerate(generate_docs(n, seed)):
        if i % shard_size == 0:
            if shard:
                shard.close()
            shard = open(out / f"shard_{i // shard_size:05d}.jsonl", "w", encoding="utf-8")
        shard.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if shard:
        shard.close()
    stamp.write_text(json.dumps(meta))
    return out


def read_texts(folder: Path) -> list[str]:
    """The `text` of every record, in the order the pipeline reads them (shards sorted by name)."""
    texts = []
    for shard in sorted(Path(folder).glob("shard_*.jsonl")):
        with open(shard, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shard-size", type=int, default=1000)
    args = ap.parse_args()
    write_corpus(args.docs, args.out, args.seed, args.shard_size)
    texts = read_texts(args.out)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {len(set(texts))} distinct texts, {words:,} words "
          f"({words / max(1, len(texts)):.0f} a document) in {args.out}")


if __name__ == "__main__":
    main()
