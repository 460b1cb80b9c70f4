"""Read a PETRARCH / TABARI CAMEO verb dictionary (`CAMEO.2.0.txt` format) into PLOVER verb triggers.

Only what maps onto detente's lexicon is read: verb lemmas, two-word "verb particle" forms, and
simple "verb object" patterns. The file looks like this:

    &CURRENCY                     a synonym set (its "+WORD" lines follow): skipped
    ---  ACCELERATE   [---]  ---  a verb block; [code] is the block's CAMEO code ([---]: no event)
    RUSH                          a verb of the block; it takes the block's code
    SPEED {SPEEDS SPED}  [042]    irregular forms in {...} (ignored: spaCy gives the lemma); own code
    +CALL_OFF [160]               a multi-word form, words joined by "_"
    - * AID  [070]  # RUSH        a pattern: "*" is the verb, here one object noun -> a phrase
    - * (TO BORDER)  [154]        other patterns (prepositions, synsets, subjects, ...): skipped
    ~ a (a b ATTACK) SAY = a b 015  transformations: skipped
    # comment, <!-- comment -->, text after ";"   ignored

Codes: "042:043" (source:target codings) -> the first, ":173" -> 173, "080!" -> 080. Each CAMEO
code becomes a PLOVER type through the crosswalk in data/cameo_plover.yaml (PLOVER 2021: cue categories
03-20, with its sub-code exceptions; 01 public statements and 02 appeals have no PLOVER type and
are skipped). A malformed line raises `VerbFileError` naming the file and the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .ontology import Crosswalk, Ontology


class VerbFileError(ValueError):
    """A verb dictionary that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class VerbEntry:
    words: str                # lemma ("rush"), "verb particle" ("call off"), or "verb noun" via obj
    cameo: str                # the CAMEO code of the entry ("070")
    event_type: str           # PLOVER type ("AID")
    mode: str | None = None   # PLOVER mode where the ontology lists one for the code ("visit")
    obj: str | None = None    # the object noun of a "- * NOUN" pattern ("aid"), else None
    line: int = 0             # line number in the file, for messages


_CODE_RE = re.compile(r"^(?:---|\d{2,4}!?)?(?::(?:---|\d{2,4}!?))?$")
_HEADER_RE = re.compile(r"^---\s*(.*?)\s*---\s*(?:[#;].*)?$")
_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z'\-]*$")


def cameo_to_plover(code: str, crosswalk: Crosswalk | None = None) -> str | None:
    """The PLOVER type of a CAMEO code ("0872" -> RETREAT, "163" -> COERCE, "010" -> None)."""
    return (crosswalk or Crosswalk.load()).plover_type(code)


def _mode_of(code: str, event_type: str, ontology: Ontology, crosswalk: Crosswalk) -> str | None:
    """The ontology's mode whose CAMEO code is the longest prefix of `code` ("0872" -> withdraw)."""
    sub = crosswalk.submode(code, event_type)
    if sub is not None:
        return sub
    info = ontology.types.get(event_type)
    if info is None:
        return None
    best, best_len = None, 0
    for mode, (mcode, _) in info.modes.items():
        if code == info.cameo == mcode:
            continue  # the type's default code: no mode ("040" is plain CONSULT, not "multilateral")
        if code.startswith(mcode) and len(mcode) > best_len:
            best, best_len = mode, len(mcode)
    return best


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    for mark in ("#", ";"):
        line = line.split(mark, 1)[0]
    return line.strip()


def _code(text: str, where: str) -> str | None:
    """'042:043' -> '042'; ':173' -> '173'; '080!' -> '080'; '---' -> None (no event)."""
    text = text.strip()
    if not _CODE_RE.match(text) or not text.replace(":", ""):
        raise VerbFileError(f"{where}: bad CAMEO code [{text}] (expected digits, '---' or 'code:code')")
    for part in text.split(":"):
        part = part.rstrip("!")
        if part and part != "---":
            return part
    return None


def _split_code(body: str, where: str) -> tuple[str, str | None, bool]:
    """'RUSH {..} [070]' -> ('RUSH {..}', '070', True); no [...] -> (body, None, False)."""
    if body.count("[") != body.count("]") or body.count("{") != body.count("}"):
        raise VerbFileError(f"{where}: unbalanced brackets in {body!r}")
    codes = re.findall(r"\[([^\]]*)\]", body)
    if len(codes) > 1:
        raise VerbFileError(f"{where}: more than one [code] in {body!r}")
    if not codes:
        return body.strip(), None, False
    return re.sub(r"\[[^\]]*\]", " ", body).strip(), _code(codes[0], where), True


def _words(text: str) -> list[str]:
    return text.replace("_", " ").lower().split()


def parse_petrarch_verbs(text: str, source: str = "<string>",
                         ontology: Ontology | None = None) -> list[VerbEntry]:
    """Every verb lemma, "verb particle" form and "verb noun" pattern of a PETRARCH verb dictionary
    whose CAMEO code has a PLOVER type, in file order."""
    ontology = ontology or Ontology.load()
    crosswalk = Crosswalk.load()
    out: list[VerbEntry] = []
    block_code: str | None = None
    in_block = False
    in_synset = False
    block_verbs: list[str] = []          # one-word lemmas of the current block
    in_xml_comment = False

    def add(words: str, code: str | None, line: int, obj: str | None = None) -> None:
        if code is None:
            return
        etype = crosswalk.plover_type(code)
        if etype is None:
            return
        out.append(VerbEntry(words, code, etype, _mode_of(code, etype, ontology, crosswalk), obj, line))

    for no, raw in enumerate(text.splitlines(), 1):
        where = f"{source}:{no}"
        line = raw
        if in_xml_comment:
            if "-->" not in line:
                continue
            line, in_xml_comment = line.split("-->", 1)[1], False
        if "<!--" in line and "-->" not in line.split("<!--", 1)[1]:
            line, in_xml_comment = line.split("<!--", 1)[0], True
        stripped = line.strip()
        if stripped.startswith("---"):   # a block header: "---  NAME  [CODE]  ---  # comment"
            m = _HEADER_RE.match(stripped)
            if m is None:
                raise VerbFileError(f"{where}: a verb block header must read '--- NAME [CODE] ---', got {stripped!r}")
            _, block_code, has = _split_code(m.group(1), where)
            block_code = block_code if has else None
            in_block, in_synset, block_verbs = True, False, []
            continue
        body = _strip_comment(line)
        if not body:
            continue
        if body.startswith("~"):          # transformations
            continue
        if body.startswith("&"):          # a synonym set label; its "+" lines follow
            if not re.match(r"^&[A-Za-z0-9_]+$", body):
                raise VerbFileError(f"{where}: bad synonym set label {body!r}")
            in_synset = True
            continue
        if body.startswith("+") and in_synset:
            continue
        if body.startswith("-"):          # a pattern
            if not in_block:
                raise VerbFileError(f"{where}: a pattern line before any '--- VERB [code] ---' block header")
            pattern, code, has = _split_code(body[1:], where)
            if not has:
                raise VerbFileError(f"{where}: a pattern without a [code]: {body!r}")
            obj = _simple_object(pattern)
            if obj is not None:
                for verb in block_verbs:
                    add(verb, code, no, obj)
            continue
        # a verb form of the current block
        if not in_block:
            raise VerbFileError(f"{where}: a verb line before any '--- VERB [code] ---' block header: {body!r}")
        in_synset = False
        form, code, has = _split_code(body, where)
        form = re.sub(r"\{[^}]*\}", " ", form).strip().lstrip("+")
        words = _words(form)
        if not words or not all(_WORD_RE.match(w) for w in words):
            raise VerbFileError(f"{where}: cannot read the verb form {body!r}")
        code = code if has else block_code
        if len(words) == 1:
            block_verbs.append(words[0])
            add(words[0], code, no)
        elif len(words) == 2:
            add(" ".join(words), code, no)
    if not out and "---" not in text:
        raise VerbFileError(f"{source}: no '--- VERB [code] ---' verb block found: is this a PETRARCH verb dictionary?")
    return out


def _simple_object(pattern: str) -> str | None:
    """'* AID' -> 'aid'; '* {HUMANITARIAN AID}' -> 'humanitarian aid'; '* OFF ROW' -> 'off row';
    anything else (subjects before '*', prepositional groups, synsets, markers) -> None."""
    pattern = pattern.strip()
    if not pattern.startswith("*"):
        return None
    rest = pattern[1:].strip()
    m = re.fullmatch(r"\{([^{}]*)\}", rest)
    if m:
        rest = m.group(1)
    words = _words(rest)
    if not 1 <= len(words) <= 2 or not all(_WORD_RE.match(w) for w in words):
        return None
    return " ".join(words)


def load_petrarch_verbs(path: str | Path, ontology: Ontology | None = None) -> list[VerbEntry]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise VerbFileError(f"{path}: cannot read the verb dictionary ({exc.strerror or exc})") from exc
    return parse_petrarch_verbs(text, str(path), ontology)


def extend_lexicon(lexicon, paths, ontology: Ontology | None = None) -> int:
    """Load each verb dictionary in `paths` (`EventConfig.extra_verb_files`) into `lexicon` with
    `Lexicon.extend_verbs` (the lexicon's own entries win); returns the number of entries added."""
    ontology = ontology or Ontology.load()
    return sum(lexicon.extend_verbs(load_petrarch_verbs(p, ontology)) for p in paths)
