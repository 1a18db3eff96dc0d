"""Commands for getting lists, ingesting them and reading their history."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from nodewatch import native_status, settings
from nodewatch.cli import app
from nodewatch.cli.common import console, fail, open_store, parse_day, print_json
from nodewatch.model.registry import UnknownAuthority, registry
from nodewatch.store.export import export_ftm
from nodewatch.store.history import diff as diff_releases
from nodewatch.store.history import list_releases, state
from nodewatch.store.inspect import stats as store_stats
from nodewatch.store.pipeline import Outcome, download_all, ingest_many, list_files


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(list_files(path))
        elif path.exists():
            files.append(path)
        else:
            raise fail(f"{path}: no such file or folder")
    return files


def _ingest_with_progress(files: list[Path], published: str | None, skip_unrecognised: bool) -> list[Outcome]:
    con = open_store()
    day = parse_day(published, "--published")
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} {task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(files))

        def done(outcome: Outcome) -> None:
            progress.update(task, advance=1, description=outcome.path.name)

        outcomes = ingest_many(con, files, day, skip_unrecognised=skip_unrecognised, on_done=done)
    con.close()
    return outcomes


def _report(outcomes: list[Outcome], as_json: bool) -> int:
    errors = [o for o in outcomes if o.error]
    if as_json:
        print_json(
            [
                {
                    "path": str(o.path),
                    **(o.result.to_dict() if o.result else {}),
                    **({"error": o.error} if o.error else {}),
                    **({"skipped_reason": o.skipped_reason} if o.skipped_reason else {}),
                }
                for o in outcomes
            ]
        )
    else:
        table = Table("file", "dataset", "published", "records", "new statements", "status")
        for o in outcomes:
            if o.result:
                r = o.result
                status = "already ingested" if r.skipped else f"release {r.release_id}"
                table.add_row(
                    o.path.name,
                    r.dataset,
                    f"{r.published:%Y-%m-%d} ({r.published_source})",
                    f"{r.records:,}",
                    f"{r.new_statements:,}",
                    status,
                )
            elif o.skipped_reason:
                table.add_row(o.path.name, "", "", "", "", f"[dim]skipped: {o.skipped_reason}[/dim]")
        console.print(table)
        for o in errors:
            console.print(f"[red]error:[/red] {o.error}", highlight=False)
    return 1 if errors else 0


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="List files or folders of them.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for files that state none.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Ingest local list files; the format is recognised from the content."""
    files = _expand(paths)
    folder_given = any(p.is_dir() for p in paths)
    raise typer.Exit(_report(_ingest_with_progress(files, published, folder_given), as_json))


@app.command()
def update(
    dataset: Annotated[
        list[str] | None, typer.Option(help="Only these datasets (e.g. un-sc, us-ofac-sdn).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Get the current lists (download, or NODEWATCH_SOURCES folder offline) and ingest them."""
    raise typer.Exit(_update(dataset, as_json))


def _update(datasets: list[str] | None, as_json: bool) -> int:
    folder = settings.sources_dir()
    if folder is not None:
        if not folder.is_dir():
            raise fail(f"NODEWATCH_SOURCES={folder} is not a folder")
        console.print(f"offline: taking lists from {folder}")
        return _report(_ingest_with_progress(list_files(folder), None, True), as_json)
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), DownloadColumn(), console=console, transient=True
    ) as progress:
        tasks: dict[str, TaskID] = {}

        def on_progress(name: str, done: int, total: int | None) -> None:
            if name not in tasks:
                tasks[name] = progress.add_task(name, total=total)
            progress.update(tasks[name], completed=done, total=total)

        fetched = download_all(settings.archive_dir(), datasets, on_progress=on_progress)
    failed = 0
    for name, _path, error in fetched:
        if error:
            failed += 1
            console.print(f"[red]download failed[/red] {name}: {error}", highlight=False)
    new_files = [path for _name, path, _error in fetched if path is not None]
    if not new_files:
        console.print("no new list files")
        return 1 if failed else 0
    return max(_report(_ingest_with_progress(new_files, None, False), as_json), 1 if failed else 0)


@app.command()
def run(
    serve: Annotated[bool, typer.Option(help="Serve the web UI and API when the lists are ready.")] = True,
    host: Annotated[str, typer.Option(help="Interface for the web UI.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for the web UI.", min=1, max=65535)] = 8000,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """The main job: get the current lists, ingest them, resolve targets across lists, show
    what the store holds, and serve the web UI."""
    code = _update(None, as_json=False)
    _refresh_analysis()
    stats(release=None, as_json=as_json)
    if code:
        raise typer.Exit(code)
    if serve:
        from nodewatch.cli.serve import serve as serve_command

        serve_command(host=host, port=port, workers=1, log_level="info")


def _refresh_analysis() -> None:
    """Resolve and rebuild the network when the lists changed since the last resolve run."""
    from nodewatch.analysis.graph_snapshot import load_network
    from nodewatch.resolve.run import is_current
    from nodewatch.resolve.run import resolve as run_resolve

    con = open_store()
    try:
        if not state(con, None):
            return
        if not is_current(con):
            result = run_resolve(con, on_step=lambda msg: console.print(f"[dim]resolve: {msg}[/dim]"))
            console.print(f"resolved {result.records:,} records into {result.clusters:,} targets")
        console.print("[dim]network: building or reading the kept snapshot[/dim]")
        network = load_network(con)
        console.print(f"network: {len(network.nodes):,} nodes, {len(network.edges):,} edges")
    finally:
        con.close()


@app.command()
def stats(
    release: Annotated[
        int | None, typer.Option(help="One release id instead of the newest of each list.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Counts by schema and programme for the newest release of each list."""
    con = open_store(read_only=True)
    try:
        data = store_stats(con, release)
    except LookupError as exc:
        raise fail(str(exc)) from None
    finally:
        con.close()
    if as_json:
        print_json(data)
        return
    table = Table(
        "authority", "dataset", "published", "targets", "by schema", "top programmes", title="nodewatch store"
    )
    for item in data["releases"]:
        spec = registry().list_spec(item["dataset"])
        if spec.is_primary:
            by_schema = ", ".join(f"{k} {v:,}" for k, v in item["by_schema"].items())
        else:
            by_schema = f"companion: {spec.title}"
        top = sorted(item["by_program"].items(), key=lambda kv: -kv[1])[:4]
        table.add_row(
            item["authority"],
            item["dataset"],
            item["published"][:10],
            f"{item['targets']:,}",
            by_schema,
            ", ".join(f"{k} {v:,}" for k, v in top),
        )
    console.print(table)
    totals = data["store"]
    console.print(
        f"{totals['releases']} releases, {totals['statements']:,} statements in {settings.db_path()}"
    )
    console.print(f"screening code: {native_status()}")


@app.command()
def releases(
    authority: Annotated[str | None, typer.Argument(help="Authority code, e.g. us-ofac.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Every ingested release, oldest first."""
    con = open_store(read_only=True)
    rows = list_releases(con, authority)
    con.close()
    if as_json:
        print_json([r.to_dict() for r in rows])
        return
    table = Table("id", "authority", "dataset", "published", "records", "file")
    for r in rows:
        table.add_row(
            str(r.id),
            r.authority,
            r.dataset,
            f"{r.published:%Y-%m-%d} ({r.published_source})",
            f"{r.record_count:,}",
            r.filename,
        )
    console.print(table)


@app.command()
def diff(
    authority: Annotated[str, typer.Argument(help="Authority code: un, us-ofac, uk, eu, ca, au.")],
    from_: Annotated[str, typer.Option("--from", help="Start date YYYY-MM-DD.")],
    to: Annotated[str, typer.Option("--to", help="End date YYYY-MM-DD.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Targets added, removed and changed (with changed fields) between two dates."""
    start, end = parse_day(from_, "--from"), parse_day(to, "--to")
    assert start is not None and end is not None
    con = open_store(read_only=True)
    try:
        result = diff_releases(con, authority, start, end)
    except (LookupError, UnknownAuthority) as exc:
        raise fail(str(exc)) from None
    finally:
        con.close()
    if as_json:
        print_json(result.to_dict())
        return
    console.print(
        f"{authority}: {len(result.added):,} added, {len(result.removed):,} removed, "
        f"{len(result.changed):,} changed"
    )
    for label, items in (("added", result.added), ("removed", result.removed)):
        for target_id, name in items[:50]:
            console.print(f"  {label:8} {target_id:14} {name}", highlight=False)
        if len(items) > 50:
            console.print(f"  ... {len(items) - 50:,} more {label}")
    for change in result.changed[:50]:
        console.print(
            f"  changed  {change.id:14} {change.name}: {', '.join(sorted(change.fields))}", highlight=False
        )
    if len(result.changed) > 50:
        console.print(f"  ... {len(result.changed) - 50:,} more changed (use --json for all)")


@app.command()
def export(
    format: Annotated[str, typer.Option(help="Output format: ftm (FtM JSON lines).")] = "ftm",
    out: Annotated[Path | None, typer.Option(help="Output file (default: standard output).")] = None,
    authority: Annotated[list[str] | None, typer.Option(help="Only these authorities.")] = None,
) -> None:
    """Write the current targets as FtM JSON lines."""
    if format != "ftm":
        raise fail(f"unknown export format {format!r}; supported: ftm")
    con = open_store(read_only=True)
    try:
        if out is None:
            count = export_ftm(con, sys.stdout.buffer, authority)
        else:
            with out.open("wb") as handle:
                count = export_ftm(con, handle, authority)
    finally:
        con.close()
    console.print(f"wrote {count:,} entities")
