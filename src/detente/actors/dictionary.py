"""The merged actor dictionary: bundled data files plus user plug-in files, as alias entries."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..config import DATA_DIR
from .formats.countries_csv import parse_countries
from .formats.groups_yaml import Region, Succession, parse_groups, parse_regions, parse_successions
from .formats.igos_yaml import parse_igos
from .formats.persons_yaml import dated_codes, parse_persons
from .formats.petrarch import PetrarchActor, parse_petrarch
from .formats.sectors_yaml import SectorLexicon, parse_sectors
from .model import Country, Description, Entry, Group, Igo, Person

ACTORS_DIR = DATA_DIR / "actors"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # the C loader is ~10x faster


def read_yaml(text: str):
    return yaml.load(text, Loader=_Loader)


def person_key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


class ActorFileError(ValueError):
    """An actor data file that cannot be read; the message names the file."""


@dataclass
class ActorDictionary:
    countries: dict[str, Country] = field(default_factory=dict)
    igos: dict[str, Igo] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)        # person_key(name) -> Person
    lexicon: SectorLexicon = field(default_factory=SectorLexicon)
    custom: list[PetrarchActor] = field(default_factory=list)       # user / PETRARCH actors
    groups: dict[str, Group] = field(default_factory=dict)          # lower-case name -> Group
    regions: list[Region] = field(default_factory=list)
    successions: list[Succession] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)   # "the former Soviet republic"
    sources: list[str] = field(default_factory=list)

    # ---- adding -------------------------------------------------------------------------
    def add_countries(self, countries: list[Country]) -> None:
        for c in countries:
            old = self.countries.get(c.iso3)
            if old is None:
                self.countries[c.iso3] = c
                continue
            for attr in ("aliases", "adjectives", "capitals"):
                getattr(old, attr).extend(v for v in getattr(c, attr) if v not in getattr(old, attr))
            old.metonyms.update(c.metonyms)
            old.flags |= c.flags

    def add_igos(self, igos: list[Igo]) -> None:
        for igo in igos:
            old = self.igos.get(igo.code)
            if old is None:
                self.igos[igo.code] = igo
            else:
                old.aliases.extend(a for a in igo.aliases if a not in old.aliases)

    def add_persons(self, persons: list[Person]) -> None:
        """Same name (case, hyphens aside) = same person: aliases and roles are merged."""
        for p in persons:
            key = person_key(p.name)
            old = self.persons.get(key)
            if old is None:
                self.persons[key] = p
                continue
            old.aliases.extend(a for a in p.aliases if a not in old.aliases)
            seen = {(r.country, r.title.lower(), r.start) for r in old.roles}
            old.roles.extend(r for r in p.roles if (r.country, r.title.lower(), r.start) not in seen)
            if p.source and p.source not in old.source:
                old.source = f"{old.source}; {p.source}" if old.source else p.source

    def add_groups(self, groups: list[Group]) -> None:
        """Same name = same group: the later file's codes replace, aliases are merged."""
        for g in groups:
            old = self.groups.get(g.name.lower())
            if old is None:
                self.groups[g.name.lower()] = g
                continue
            old.aliases.extend(a for a in g.aliases if a not in old.aliases)
            old.codes = g.codes

    def add_descriptions(self, items: list[dict]) -> None:
        """`descriptions:` entries: phrases, the countries they may stand for, a source note."""
        for item in items:
            self.descriptions.append(Description(phrases=[str(p) for p in item["phrases"]],
                                                 countries=frozenset(str(c).upper() for c in item["countries"]),
                                                 source=str(item.get("source", ""))))

    def add_group_data(self, data: dict) -> None:
        """The sections of a groups file: groups, regions, successions."""
        self.add_groups(parse_groups(data.get("groups")))
        self.regions.extend(parse_regions(data.get("regions")))
        self.successions.extend(parse_successions(data.get("successions")))

    def add_petrarch(self, actors: list[PetrarchActor]) -> None:
        for actor in actors:
            if actor.agent:
                code = next(c for _, _, c in actor.codes if c.startswith("~"))
                for phrase in actor.phrases:
                    self.lexicon.roles.setdefault(phrase.lower(), code[1:4].upper())
            else:
                self.custom.append(actor)

    # ---- loading files ------------------------------------------------------------------
    def load(self, path: str | Path) -> None:
        """Load one data file, by type: .csv (countries or alias table), .yaml/.yml, .txt (PETRARCH)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
            suffix = path.suffix.lower()
            if suffix in (".yaml", ".yml", ".json"):
                self.load_yaml_data(read_yaml(text), hint=path.name)
            elif suffix in (".csv", ".tsv"):
                self.load_csv_text(text, delimiter="\t" if suffix == ".tsv" else ",")
            else:
                self.add_petrarch(parse_petrarch(text))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            raise ActorFileError(f"{path}: cannot load this actor dictionary ({exc.__class__.__name__}: {exc}); "
                                 "fix the file or leave it out") from exc
        self.sources.append(str(path))

    def load_yaml_data(self, data, hint: str = "") -> None:
        """A YAML document: persons, IGOs, sectors, or a mapping of those sections."""
        if data is None:
            return
        if isinstance(data, dict):
            if "roles" in data and isinstance(data["roles"], dict) or "stop_phrases" in data \
                    or "leader_collectives" in data or "leader_titles" in data:
                self.lexicon.merge(parse_sectors(data))
                return
            if any(k in data for k in ("groups", "regions", "successions")):
                self.add_group_data(data)
            self.add_descriptions(data.get("descriptions") or [])
            for key, items in data.items():
                if key in ("persons", "people", "leaders"):
                    self.add_persons(parse_persons(items))
                elif key in ("igos", "organizations", "organisations"):
                    self.add_igos(parse_igos(items))
                elif key in ("actors", "custom"):
                    self.custom.extend(_custom_actors(items))
            return
        items = [i for i in data if isinstance(i, dict)]
        if any("roles" in i for i in items):
            self.add_persons(parse_persons(items))
        elif any("plover" in i for i in items) or hint.startswith("igo"):
            self.add_igos(parse_igos(items))
        else:
            self.custom.extend(_custom_actors(items))

    def load_csv_text(self, text: str, delimiter: str = ",") -> None:
        body = "\n".join(l for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#"))
        header = next(csv.reader(io.StringIO(body), delimiter=delimiter), [])
        cols = {h.strip().lower() for h in header}
        if "iso3" in cols:
            self.add_countries(parse_countries(text if delimiter == "," else text.replace("\t", ",")))
            return
        rows = list(csv.DictReader(io.StringIO(body), delimiter=delimiter))
        items = []
        for row in rows:
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            phrase = row.get("phrase") or row.get("alias") or row.get("name") or row.get("text")
            if not phrase or not row.get("code"):
                continue
            items.append({"name": phrase, "code": row["code"], "start": row.get("start"), "end": row.get("end")})
        self.custom.extend(_custom_actors(items))

    def load_bundled(self, folder: Path = ACTORS_DIR, groups: bool = True, history: bool = True) -> None:
        """The bundled files; `groups` (groups.yaml) and `history` (persons_history*.yaml) may be left out."""
        self.add_countries(parse_countries((folder / "countries.csv").read_text(encoding="utf-8")))
        self.add_igos(parse_igos(read_yaml((folder / "igos.yaml").read_text(encoding="utf-8"))))
        self.lexicon.merge(parse_sectors(read_yaml((folder / "sectors.yaml").read_text(encoding="utf-8"))))
        for path in sorted(folder.glob("persons_*.yaml")):
            if not history and path.name.startswith("persons_history"):
                continue
            self.add_persons(parse_persons(read_yaml(path.read_text(encoding="utf-8")) or []))
        if groups and (folder / "groups.yaml").is_file():
            self.add_group_data(read_yaml((folder / "groups.yaml").read_text(encoding="utf-8")) or {})
        if (folder / "descriptions.yaml").is_file():
            self.add_descriptions((read_yaml((folder / "descriptions.yaml").read_text(encoding="utf-8")) or {})
                                  .get("descriptions") or [])
        self.sources.append(str(folder))

    # ---- alias entries ------------------------------------------------------------------
    def entries(self) -> list[tuple[str, Entry]]:
        """Every (alias phrase, entry) pair; the matcher indexes them."""
        out: list[tuple[str, Entry]] = []
        for phrase in self.lexicon.stop_phrases:
            out.append((phrase, Entry("stop")))
        for c in self.countries.values():
            for name in [c.name, *c.aliases]:
                bare = name[4:] if name.lower().startswith("the ") else name
                out.append((bare, Entry("country", country=c.iso3, case_sensitive=_acronym(bare))))
            for adj in c.adjectives:
                out.append((adj, Entry("adjective", country=c.iso3)))
            if not c.flags & {"dependency", "ambiguous_capital"}:
                for cap in c.capitals:
                    out.append((cap, Entry("capital", country=c.iso3, sector="GOV")))
            for phrase, sector in c.metonyms.items():
                bare = phrase[4:] if phrase.lower().startswith("the ") else phrase
                out.append((bare, Entry("metonym", country=c.iso3, sector=sector, case_sensitive=_acronym(bare))))
        for igo in self.igos.values():
            for name in [igo.name, *igo.aliases]:
                bare = name[4:] if name.lower().startswith("the ") else name
                out.append((bare, Entry("igo", code=igo.code, case_sensitive=_acronym(bare))))
        for g in self.groups.values():
            for name in [g.name, *g.aliases]:
                bare = name[4:] if name.lower().startswith("the ") else name
                out.append((bare, Entry("group", group=g, case_sensitive=_acronym(bare))))
        for r in self.regions:
            out.append((r.name, Entry("region", country=r.country, case_sensitive=r.case_sensitive)))
        for p in self.persons.values():
            for name in [p.name, *p.aliases]:
                out.append((name, Entry("person", person=p)))
        lex = self.lexicon
        for phrase, sector in lex.roles.items():
            out.append((phrase, Entry("role", sector=sector, generic=phrase in lex.generic,
                                      contextual=phrase in lex.contextual,
                                      contextual_named=phrase in lex.contextual or phrase in lex.contextual_named,
                                      owned=phrase in lex.owned,
                                      title=phrase if phrase in lex.titles else None)))
        for phrase in lex.honorifics:
            out.append((phrase, Entry("honorific")))
        for actor in self.custom:
            for phrase in actor.phrases:
                out.append((phrase, Entry("custom", custom_roles=actor.codes)))
        return out


def _acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(ch.isupper() for ch in letters) and " " not in text


def _custom_actors(items: list[dict]) -> list[PetrarchActor]:
    """User actors: {name, aliases, code} or dated {name, codes: [{code, start, end}]}."""
    out = []
    for item in items or []:
        if not isinstance(item, dict) or not (item.get("name") or item.get("phrase")):
            continue
        phrases = [str(item.get("name") or item.get("phrase"))] + [str(a) for a in item.get("aliases") or []]
        codes = dated_codes(item)
        if codes:
            out.append(PetrarchActor(phrases=phrases, codes=codes))
    return out
