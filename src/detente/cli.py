"""The `detente` command line (Typer + rich)."""
from __future__ import annotations

import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__, query, render
from .analyse import dyads as compute_dyads
from .config import Settings
from .actors.dictionary import ActorFileError
from .ingest import list_files
from .store import Store, StoreError

app = typer.Typer(help="detente: evidence-backed event data from raw news, stored in DuckDB.",
                  no_args_is_help=True, add_completion=False)
console = Console()
if not console.is_terminal:  # piped or captured: wide enough for the evidence column
    console = Console(width=160)
err = Console(stderr=True)

SUMMARY_EVENTS = 25
DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB file detente writes (analyze) and reads.")]


class EventFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class DocFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class IntentConvention(str, Enum):
    crosswalk = "crosswalk"
    manual = "manual"


class Count(str, Enum):
    events = "events"
    mentions = "mentions"


def _date(value: Optional[str], flag: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        err.print(f"[red]{flag} {value!r}: give a date as YYYY-MM-DD[/red]")
        raise typer.Exit(2)


def _open(db: Path) -> Store:
    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm, .jsonl articles.")],
    db: DbOption = Path("detente.duckdb"),
    model: Annotated[str, typer.Option(help="spaCy model name (en_core_web_sm, en_core_web_md).")] = "en_core_web_sm",
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor dictionary (YAML/CSV/PETRARCH); repeatable.")] = None,
    verbs: Annotated[Optional[list[Path]], typer.Option("--verbs", help="Extra PETRARCH/TABARI CAMEO verb dictionary: adds verbs the bundled lexicon lacks; repeatable.")] = None,
    implied: Annotated[bool, typer.Option("--implied-actors/--no-implied-actors", help="Code doers the text leaves unnamed by place, marked [implied] ('a roadside bomb near Samarra' -> IRQUAF).")] = True,
    intent: Annotated[IntentConvention, typer.Option("--intent-convention", help="How promised and announced acts, apologies and hosted visits are typed: 'crosswalk' as the CAMEO-to-PLOVER crosswalk and the PLOVER records ('agreed to lift the embargo' AGREE, 'will cut aid' THREATEN, an apology SUPPORT, the host a visit's actor), 'manual' as the PLOVER manual words it (CONCEDE, SANCTION future, an apology CONCEDE, the visitor the actor).")] = IntentConvention.crosswalk,
    topic_acts: Annotated[bool, typer.Option("--topic-acts/--no-topic-acts", help="Code acts named only as what a statement is about ('complained over two Israeli air raids': the raids too); the PLOVER records code the statement alone.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary tables.")] = False,
):
    """Analyse articles into the DuckDB file; re-running on the same files adds nothing."""
    from .pipeline import Pipeline  # loads models: only for this command
    from .events.petrarch_verbs import VerbFileError

    settings = Settings()
    settings.parse.model = model
    settings.store.db_path = str(db)
    settings.actors.extra_dictionaries = [str(p) for p in actors or []]
    settings.events.extra_verb_files = [str(p) for p in verbs or []]
    settings.events.implied_actors = implied
    settings.events.intent_convention = intent.value
    settings.events.topic_acts = topic_acts
    listed = list(list_files(paths, settings.ingest))
    total = sum(isinstance(f, Path) for f in listed)
    if not total:  # nothing to read: say why before loading any model or creating --db
        for p in listed:
            err.print(f"[red]{p.source}: {p.message}[/red]")
        err.print("[red]No .txt, .html/.htm or .jsonl file to analyse in: "
                  f"{', '.join(str(p) for p in paths)}[/red]")
        raise typer.Exit(1)
    try:
        Store(db).close()  # fail fast on a bad --db, before loading models
        with console.status("Loading models..."):
            pipeline = Pipeline(settings)
            pipeline.nlp
        with Progress(TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.fields[current]}"), console=err, transient=False) as progress:
            task = progress.add_task("analyse", total=None, current="")
            stats = pipeline.run(paths, db, on_progress=lambda n, src: progress.update(
                task, advance=n, current=Path(src).name[:40]))
            progress.update(task, total=progress.tasks[0].completed)
    except (StoreError, ActorFileError, VerbFileError, RuntimeError) as exc:  # bad --db, --actors, --verbs or --model
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1)
    for p in stats.problems:
        err.print(f"[yellow]skipped[/yellow] {p.source}: {p.message}")
    for warning in stats.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}")
    console.print(f"{total} file(s): {stats.seen} document(s) read, {stats.added} added, "
                  f"{stats.skipped} already seen (same content), {stats.failed} failed, {stats.not_english} not English, "
                  f"{stats.events} event mention(s) coded.")
    if stats.failed:
        console.print(f"[yellow]Failed documents are stored with their error: `detente docs --db {db}`.[/yellow]")
    if not quiet:
        with Store(db, read_only=True) as store:
            console.print(render.dyads_table(compute_dyads(store, plover_scores=_plover_scores())))
            rows = query.events(store)
            console.print(render.events_table(rows[:SUMMARY_EVENTS], f"Events (first {min(len(rows), SUMMARY_EVENTS)} of {len(rows)})"))
            if len(rows) > SUMMARY_EVENTS:
                console.print(f"All of them: `detente events --db {db}` (filters: --actor, --type, --since, --until).")
    if stats.problems and not stats.seen:
        raise typer.Exit(1)


def _plover_scores() -> dict[str, float]:
    from .events.ontology import Ontology
    return {name: info.score for name, info in Ontology.load().types.items()}


@app.command()
def events(
    db: DbOption = Path("detente.duckdb"),
    format: Annotated[EventFormat, typer.Option("--format", help="table, jsonl or csv.")] = EventFormat.table,
    actor: Annotated[Optional[str], typer.Option(help="Only events with this actor or recipient (country or code, e.g. PRK, RUSGOV).")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="Only this PLOVER event type, e.g. ASSAULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    count: Annotated[Count, typer.Option(help="events: each event once however many copies; mentions: every copy.")] = Count.events,
):
    """List coded events with their evidence."""
    first, last = _date(since, "--since"), _date(until, "--until")
    with _open(db) as store:
        rows = query.events(store, actor, type, first, last, count.value)
    if format == EventFormat.jsonl:
        render.jsonl(rows, sys.stdout)
    elif format == EventFormat.csv:
        sys.stdout.write(render.flat_csv(rows))
    else:
        console.print(render.events_table(rows, f"Events ({len(rows)})"))


@app.command()
def docs(
    db: DbOption = Path("detente.duckdb"),
    format: Annotated[DocFormat, typer.Option("--format", help="table or jsonl.")] = DocFormat.table,
):
    """List documents with their language, links to copies and junk lines."""
    with _open(db) as store:
        rows = query.documents(store)
    if format == DocFormat.jsonl:
        keys = ("doc_id", "source", "title", "published", "language", "text", "junk",
                "duplicate_of", "paraphrase_of", "story_id", "error")
        render.jsonl([{k: r[k] for k in keys} for r in rows], sys.stdout)
    else:
        console.print(render.docs_table(rows))


@app.command()
def dyads(
    db: DbOption = Path("detente.duckdb"),
    count: Annotated[Count, typer.Option(help="Count events (default) or mentions.")] = Count.events,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also count hypothetical, negated and future events.")] = False,
    implied: Annotated[bool, typer.Option("--implied", help="Also count events whose doer the text does not name (coded by place, [implied]).")] = False,
):
    """Per ordered pair of countries: events per quad class and mean scores."""
    with _open(db) as store:
        rows = compute_dyads(store, count.value, all_modalities, _plover_scores(), include_implied=implied)
    console.print(render.dyads_table(rows, count.value, all_modalities, implied))


@app.command()
def quotes(
    db: DbOption = Path("detente.duckdb"),
    actor: Annotated[Optional[str], typer.Option(help="Only quotes by this speaker code or country.")] = None,
    format: Annotated[DocFormat, typer.Option("--format", help="table or jsonl.")] = DocFormat.table,
):
    """List direct and indirect quotes with their speakers."""
    with _open(db) as store:
        rows = query.quotes(store, actor)
    if format == DocFormat.jsonl:
        render.jsonl(rows, sys.stdout)
    else:
        console.print(render.quotes_table(rows))


@app.command()
def version():
    """Print detente's version."""
    console.print(__version__)
