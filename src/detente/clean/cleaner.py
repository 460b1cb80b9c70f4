"""LineCleaner: split extracted text into article lines and junk lines with reasons.

Per-site evidence works in one streaming pass: `clean(text, site=...)` first
checks each line against the lines of earlier documents of the same site, then
remembers this document's lines. So the first document of a site gets no
boilerplate flags; later ones do. The memory lives on the instance (one
instance per run or per worker), never in module globals. A document whose
lines are mostly known already is a copy of an earlier one, not boilerplate:
site flags are skipped for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..config import CleanConfig
from ..records import JunkLine
from .patterns import LinkListRule, Rule, load_patterns
from .script import dominant_script, is_foreign_line, split_foreign_prefix, split_foreign_suffix
from .site_memory import SiteMemory, fingerprint

_LIST_ITEM = re.compile(r"^\s*([-–•*·▪]|\d+[.)])\s+")
_TERMINAL = re.compile(r"[.!?…:;\"”’)]$")
_STOP = re.compile(r"[.;][\"'”’)]*$")                  # ends like a sentence, not a headline
_NAME_LABEL = re.compile(r"^[A-Z][\w’'-]*(?:\s*(?:,|and|&)\s*[A-Z][\w’'-]*)+$")
_ENDS_WITH_YEAR = re.compile(r"\b(19|20)\d{2}\.?$")
_ALNUM = re.compile(r"[^\W_]")
_ABOUT = re.compile(r"^about\s+(\S.{1,40})$", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\s*(\.\.\.|…)$")
_PIPE_PREFIX = re.compile(r"^([^|]{6,60}?)\s+\|\s+\S")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")    # "|---|---|"
_CODE_BRACKETS = re.compile(r"^[\[\](){}<>;,.…]+$")                         # "]", "});", "..."
_CODE = re.compile(r"[\[{(]\s*$|^(from \S+ )?import \S|^(def|class|function|var|let|const|return)\s+\w|\w\(.*\)\s*[:;{]$|\s=\s")
_CAPS_LABEL = re.compile(r"^\s*([A-Z][A-Z0-9 .,&'’-]{1,30}):\s+(\S.*)$")


@dataclass
class CleanResult:
    text: str                                              # article lines joined by "\n"
    junk: list[JunkLine] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)         # raw line index of each clean line


class LineCleaner:
    def __init__(self, config: CleanConfig | None = None, rules: list[Rule] | None = None):
        self.config = config or CleanConfig()
        self.link_lists: LinkListRule | None = None  # only from the patterns file, not with rules given
        if rules is None:
            rules, self.link_lists = load_patterns(self.config.patterns_file)
        self.rules = rules
        self._suffix_rules = [r for r in self.rules if r.suffix]
        self._prefix_rules = [r for r in self.rules if r.prefix]
        self._sites = SiteMemory(self.config.site_max_lines)

    def clean(self, text: str, site: str | None = None,
              links: list[list[tuple[int, int]]] | None = None) -> CleanResult:
        """Article lines and junk lines of `text`.

        `links` (from extract_html, optional): per line of `text`, the (start, end) spans of
        the line that are link text on the page; runs of link lines are then junk.
        """
        raw = text.splitlines()
        doc_script = dominant_script(text)
        site_known = self._site_known(raw, site)
        junk: list[JunkLine] = []
        kept: list[tuple[int, str]] = []
        runs = _link_runs(raw)
        link_lines = links if links is not None and len(links) == len(raw) else None
        if link_lines and self.link_lists:
            for i, reason in _link_list_runs(raw, links, self.link_lists).items():
                runs.setdefault(i, reason)
        about = _about_box(raw) if self.config.about_box else len(raw)
        copies = _body_copies(raw, self.config.copy_min_words, self.config.copy_min_run,
                              self.config.copy_min_mean_words)
        title_key: bytes | None = None
        list_reason: str | None = None      # inside a list of links headed by a junk line

        left = sum(1 for x in raw if x.strip())     # non-blank lines after this one, and before it
        before = -1
        for i, line in enumerate(raw):
            s = line.strip()
            if not s:
                continue
            left, before = left - 1, before + 1
            s = self._strip_suffixes(s, i, junk)
            s = self._strip_prefixes(s, i, junk)
            if doc_script:
                split = split_foreign_prefix(s, doc_script)
                if split:
                    junk.append(JunkLine(split[0], "foreign-script", i))
                    s = split[1]
                split = split_foreign_suffix(s, doc_script)
                if split:
                    junk.append(JunkLine(split[1], "foreign-script", i))
                    s = split[0]
            if not s:
                continue
            reason, heads_list = self._classify(s, doc_script, left, before)
            if reason == "markup" and _inside_listing(raw, i):
                reason = None       # a bracket of a code listing, the rule under a table's header
            if reason == "tags" and s.islower() and " " not in s and _mid_sentence(raw, i):
                reason = None       # a word the extractor broke out of running text (inline code)
            if reason is None and i in runs:
                reason = runs[i]
            if reason is None and i in copies:
                reason = "repeated-line"        # a second copy of the body (page metadata re-extracted)
            if reason is None and i >= about:
                reason = "boilerplate"          # a press release's closing "About <company>" box
            n_words = len(s.split())
            if reason is None and list_reason and (
                    self._looks_like_link(s, n_words, list_reason)
                    or (link_lines and self.link_lists and n_words <= self.link_lists.lead_max_words
                        and link_share(line, link_lines[i]) >= self.link_lists.min_share)):
                reason = list_reason            # under "More stories": headline-shaped, or link text

            if reason is None and _NAME_LABEL.match(s) and n_words <= 6:
                nxt = self._next_nonblank(raw, i)
                if nxt and _ENDS_WITH_YEAR.search(nxt):
                    reason = "caption-label"    # "Putin, Kim" over a dated caption, which is kept
            key = fingerprint(s)
            if reason is None and _is_cut_repeat(s, raw[:i]):
                reason = "repeated-line"        # "Good morning! This is the tech news you need to..."
            if reason is None and key == title_key:
                reason = "repeated-line"        # the headline again (widgets, share boxes)
            if reason is None and key in site_known:
                reason = "boilerplate"
            if reason is None:
                if not kept and n_words <= self.config.repeat_max_words and not s.endswith("."):
                    title_key = key
                kept.append((i, s))
                list_reason = None
            else:
                junk.append(JunkLine(s, reason, i))
                if heads_list:
                    list_reason = reason
                elif reason != list_reason:
                    list_reason = None

        if site:
            self._sites.add(site, {fingerprint(x) for x in raw if x.strip()})
        return CleanResult(
            text="\n".join(s for _, s in kept),
            junk=sorted(junk, key=lambda j: j.index),
            lines=[i for i, _ in kept],
        )

    def _strip_suffixes(self, s: str, index: int, junk: list[JunkLine]) -> str:
        """Cut markup remnants off the end of a line; keep the rest."""
        changed = True
        while changed and s:
            changed = False
            for rule in self._suffix_rules:
                for pattern in rule.suffix:
                    m = pattern.search(s)
                    if m and m.start() < len(s):
                        junk.append(JunkLine(s[m.start():].strip(), rule.reason, index))
                        s = s[:m.start()].rstrip()
                        changed = True
                        break
                if changed:
                    break
        return s

    def _strip_prefixes(self, s: str, index: int, junk: list[JunkLine]) -> str:
        """Cut a wire dateline ("NIAMEY, Aug 6 (Wire) - ") off the start of a line; keep the rest."""
        for rule in self._prefix_rules:
            for pattern in rule.prefix:
                m = pattern.match(s)
                if m and m.end() > 0:
                    junk.append(JunkLine(s[:m.end()].strip(), rule.reason, index))
                    return s[m.end():].lstrip()
        return s

    def _classify(self, s: str, doc_script: str | None, from_end: int = 0,
                  from_start: int = 0) -> tuple[str | None, bool]:
        """Reason of the first matching rule (and whether it heads a list), or None. from_end, from_start: the
        non-blank lines after and before this one (rules with a `tail` apply only at a page's close)."""
        if not _ALNUM.search(s):
            return "markup", False                  # "-", "___", "|  |": no words at all
        if doc_script and is_foreign_line(s, doc_script):
            return "foreign-script", False
        n_words = len(s.split())
        for rule in self.rules:
            if rule.line and rule.matches(s, n_words, from_end, from_start):
                return rule.reason, rule.list_head
        if n_words == 1 and s.isalpha() and s.islower():
            return "tags", False                    # a lone lowercase word: a tag or section label
        return None, False

    @staticmethod
    def _looks_like_link(s: str, n_words: int, reason: str) -> bool:
        """A related-story link: a short headline or list item without a final full stop."""
        if reason == "tags":
            return not _STOP.search(s)          # a tag list can be long
        if n_words > 30:
            return False
        return bool(_LIST_ITEM.match(s)) or not _STOP.search(s) or s.endswith("]")

    @staticmethod
    def _next_nonblank(raw: list[str], i: int) -> str | None:
        for line in raw[i + 1:]:
            if line.strip():
                return line.strip()
        return None

    def _site_known(self, raw: list[str], site: str | None) -> set[bytes]:
        """Fingerprints of this document's lines already seen on the site (empty for a copy)."""
        if not site:
            return set()
        keys = {fingerprint(x) for x in raw if x.strip()}
        known = {k for k in keys if self._sites.seen(site, k) >= self.config.site_min_docs}
        if keys and len(known) / len(keys) >= self.config.site_copy_share:
            return set()
        return known


def _inside_listing(raw: list[str], i: int) -> bool:
    """A wordless line inside a code listing or a table: "]", "...", "|---|---|"."""
    before = next((x.strip() for x in reversed(raw[:i]) if _ALNUM.search(x)), "")
    after = next((x.strip() for x in raw[i + 1:] if _ALNUM.search(x)), "")
    if _TABLE_RULE.match(raw[i].strip()):
        return before.startswith("|") or after.startswith("|")
    return _CODE_BRACKETS.match(raw[i].strip()) is not None and (_CODE.search(before) or _CODE.search(after)) is not None


def _mid_sentence(raw: list[str], i: int) -> bool:
    """The line sits inside a sentence: the line before has no final stop, the line after starts in lowercase."""
    before = next((x.strip() for x in reversed(raw[:i]) if x.strip()), "")
    after = LineCleaner._next_nonblank(raw, i) or ""
    return bool(before) and not _TERMINAL.search(before) and after[:1].islower()


def _body_copies(raw: list[str], min_words: int, min_run: int, min_mean: int = 0) -> set[int]:
    """Lines in runs of >= min_run consecutive paragraphs that each repeat an earlier one verbatim and
    average >= min_mean words (a chorus or refrain of short lines repeats too, and is the text)."""
    seen: set[bytes] = set()
    out: set[int] = set()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= min_run and sum(len(raw[i].split()) for i in run) >= min_mean * len(run):
            out.update(run)

    for i, x in enumerate(raw):
        s = x.strip()
        if not s:
            continue
        key = fingerprint(s)
        if key in seen and len(s.split()) >= min_words:
            run.append(i)
        else:
            flush()
            run = []
        seen.add(key)
    flush()
    return out


def _about_box(raw: list[str]) -> int:
    """Index of an "About X" heading whose next line starts with X (the rest is boilerplate), else len."""
    lines = [(i, x.strip()) for i, x in enumerate(raw) if x.strip()]
    for (i, s), (_, nxt) in zip(lines, lines[1:]):
        m = _ABOUT.match(s)
        if m and _norm(nxt).startswith(_norm(m.group(1))):
            return i
    return len(raw)


def _is_cut_repeat(s: str, earlier: list[str]) -> bool:
    """A line cut off with an ellipsis whose text begins an earlier line (a teaser of it)."""
    m = _ELLIPSIS.search(s)
    if not m:
        return False
    stem = _norm(s[:m.start()])
    if len(stem.split()) < 3:
        return False
    return any(_norm(x).startswith(stem) for x in earlier if x.strip())


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _title_case(s: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def link_share(line: str, spans: list[tuple[int, int]]) -> float:
    """Share of the line's non-space characters that are link text."""
    total = sum(not ch.isspace() for ch in line)
    if not total:
        return 0.0
    covered = sum(not ch.isspace() for a, b in spans for ch in line[a:b])
    return covered / total


def _is_link_line(line: str, spans: list[tuple[int, int]], rule: LinkListRule) -> bool:
    """Mostly link text, or a headline link opening a short blurb without a final stop."""
    s = line.strip()
    if not s or not spans:
        return False
    if link_share(line, spans) >= rule.min_share:
        return True
    offset = len(line) - len(line.lstrip())
    m = _LIST_ITEM.match(s)
    opening = offset + (m.end() if m else 0)
    start, end = spans[0]
    return (start <= opening and len(line[start:end].split()) >= rule.lead_min_words
            and len(s.split()) <= rule.lead_max_words and not _STOP.search(s))


def _is_caps_link(line: str, spans: list[tuple[int, int]], rule: LinkListRule) -> bool:
    """A line in capitals that is link text: an in-body promo or teaser of another page; or a label in
    capitals before a colon, then link text ("IN TEXAS: Family of Ebola patient quarantined")."""
    m = _CAPS_LABEL.match(line)
    if m and len(m.group(2).split()) >= rule.caps_min_words:
        offset = m.start(2)
        rest = [(max(a, offset) - offset, b - offset) for a, b in spans if b > offset]
        if link_share(m.group(2), rest) >= rule.min_share:
            return True
    letters = [ch for ch in line if ch.isalpha()]
    if len(line.split()) < rule.caps_min_words or not letters:
        return False
    if sum(ch.isupper() for ch in letters) / len(letters) < 0.8:
        return False
    return link_share(line, spans) >= rule.min_share


def _link_list_runs(raw: list[str], links: list[list[tuple[int, int]]], rule: LinkListRule) -> dict[int, str]:
    """Lines in runs of >= rule.min_run consecutive link lines (lines without words are passed over)."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(raw):
        if not line.strip() or not _ALNUM.search(line):
            continue
        if rule.caps_min_words and _is_caps_link(line, links[i], rule):
            out[i] = rule.reason            # "SEAN SPICER ELIMINATED FROM 'DWTS'" linked inside the body
        if _is_link_line(line, links[i], rule):
            run.append(i)
            continue
        if len(run) >= rule.min_run:
            out.update((j, rule.reason) for j in run)
        run = []
    if len(run) >= rule.min_run:
        out.update((j, rule.reason) for j in run)
    return out


def _link_runs(raw: list[str]) -> dict[int, str]:
    """Lines that belong to a run of related-story links, found by their shape.

    - two or more consecutive list items in Title Case without a final stop
      ("- 15 Amazing Images of Stars");
    - two or more consecutive lines with the same "Section | " prefix
      ("Milan Design Week 2018 | FLOS pays tribute to ..."); prefixes that
      differ by a letter or two ("Milano Design Week 2018 | ...") count as one.
    """
    out: dict[int, str] = {}
    lines = [(i, x.strip()) for i, x in enumerate(raw) if x.strip()]

    def flush(run: list[int]) -> None:
        if len(run) >= 2:
            out.update((i, "related-link") for i in run)

    run: list[int] = []
    intro = False                       # after "The newly selected five are:" a list is the article's
    for i, s in lines:
        m = _LIST_ITEM.match(s)
        if not m:
            intro = s.endswith(":") and len(s.split()) >= 4
        body = s[m.end():] if m else ""
        if m and not intro and len(body.split()) >= 3 and not _TERMINAL.search(body) and _title_case(body):
            run.append(i)
        else:
            flush(run)
            run = []
    flush(run)

    run, prefix = [], None
    for i, s in lines:
        m = _PIPE_PREFIX.match(s)
        p = m.group(1).lower() if m and len(m.group(1).split()) >= 2 else None
        if p and prefix and SequenceMatcher(None, p, prefix).ratio() >= 0.9:
            run.append(i)
        else:
            flush(run)
            run = [i] if p else []
        prefix = p
    flush(run)
    return out
