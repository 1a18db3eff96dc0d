"""`nodewatch ais`: ingest AIS files and list the evasion signals found in them."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from nodewatch.cli import app

ais_app = typer.Typer(
    help="AIS: ingest tracks, detect gaps, encounters, loitering, port calls, identity changes."
)
app.add_typer(ais_app, name="ais")

KIND_CHOICES = ("gap", "encounter", "loiter", "port-call", "identity", "spoof")
FORMATS = ("table", "csv", "geojson", "kml")


@ais_app.command("ingest")
def ingest(
    files: Annotated[list[Path], typer.Argument(help="NMEA, CSV (gzip too) or Parquet files")],
    db: Annotated[Path | None, typer.Option(help="Store (default $NODEWATCH_DB)")] = None,
) -> None:
    """Ingest AIS files into the store (each file in one transaction); report decoded and bad lines."""
    from nodewatch.maritime.ingest import ingest_file
    from nodewatch.sources.base import SourceError
    from nodewatch.store.db import connect

    console = Console(stderr=True)
    con = connect(db)
    failed = False
    for path in files:
        size = path.stat().st_size if path.exists() else 0
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=console,
        ) as progress:
            task = progress.add_task(path.name, total=size)
            try:
                report = ingest_file(con, path, progress=partial(progress.advance, task))
            except SourceError as exc:
                console.print(f"[red]error[/red] {exc}")
                failed = True
                continue
            progress.update(task, completed=size)
        if report.skipped:
            console.print(f"{path}: already in the store, skipped")
            continue
        c = report.counts
        unit = "messages" if report.format == "nmea" else "rows"
        console.print(
            f"{path} [{report.format}]: {c['positions']:,} positions, {c['statics']:,} static identities, "
            f"{c.get(unit, 0):,} {unit} read, {report.bad:,} bad"
        )
        for reason, count in report.bad_reasons.most_common():
            console.print(f"  bad: {count:,} {reason}")
    raise typer.Exit(1 if failed else 0)


@ais_app.command("events")
def events(
    kind: Annotated[str | None, typer.Option(help="|".join(KIND_CHOICES))] = None,
    vessel: Annotated[str | None, typer.Option(help="IMO, MMSI or name")] = None,
    fmt: Annotated[str, typer.Option("--format", help="|".join(FORMATS))] = "table",
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also the recorded events that are not raised (short or explained gaps, idling)"
        ),
    ] = False,
    config: Annotated[Path | None, typer.Option(help="TOML overriding detector thresholds")] = None,
    lists: Annotated[
        list[Path] | None,
        typer.Option("--list", help="Link vessels to these list files instead of the store's current lists"),
    ] = None,
    db: Annotated[Path | None, typer.Option(help="Store (default $NODEWATCH_DB)")] = None,
) -> None:
    """Detect and list events, linked to designations and the UN provisions they bear on."""
    from nodewatch.maritime.analyse import analyse
    from nodewatch.maritime.config import MaritimeConfig
    from nodewatch.maritime.export import table_rows, to_csv, to_geojson, to_kml
    from nodewatch.maritime.select import select_events
    from nodewatch.model.record import Record
    from nodewatch.sources import parse_file
    from nodewatch.store.db import connect
    from nodewatch.store.records import current_records

    if kind is not None and kind not in KIND_CHOICES:
        raise typer.BadParameter(f"--kind must be one of {', '.join(KIND_CHOICES)}")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    con = connect(db)
    records: list[Record] = []
    for path in lists or []:
        records.extend(parse_file(path).records)
    if not lists:
        records = list(current_records(con))
        if not records:
            Console(stderr=True).print(
                "[yellow]no lists in the store: events carry no designations (run `nodewatch update`)"
            )
    result = analyse(con, MaritimeConfig.load(config), records)
    selected = select_events(result.events, kind, vessel, recorded=show_all)
    if fmt == "csv":
        typer.echo(to_csv(selected), nl=False)
    elif fmt == "geojson":
        typer.echo(to_geojson(selected))
    elif fmt == "kml":
        typer.echo(to_kml(selected), nl=False)
    else:
        columns = ("event", "MMSI", "name", "start (UTC)", "hours", "where", "designations", "provisions")
        table = Table(*columns, "not raised")
        for row in table_rows(selected):
            table.add_row(*row)
        Console().print(table)
        hidden = sum(not e.raised for e in result.events) if not show_all else 0
        note = f" ({hidden} recorded but not raised: --all shows them)" if hidden else ""
        Console(stderr=True).print(f"{len(selected)} events{note}")
