"""Screening commands: score labelled pairs, screen one name, screen a file of names."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from nodewatch.cli import app

if TYPE_CHECKING:
    from nodewatch.match import ListedNames

# Input columns (case-insensitive) and the FtM property each fills; the first column
# named like a schema column sets the schema of that row.
COLUMN_PROPS = {
    "name": "name",
    "full_name": "name",
    "fullname": "name",
    "alias": "alias",
    "first_name": "firstName",
    "firstname": "firstName",
    "middle_name": "middleName",
    "last_name": "lastName",
    "lastname": "lastName",
    "surname": "lastName",
    "father_name": "fatherName",
    "patronymic": "fatherName",
    "birth_date": "birthDate",
    "birthdate": "birthDate",
    "dob": "birthDate",
    "date_of_birth": "birthDate",
    "nationality": "nationality",
    "citizenship": "nationality",
    "country": "country",
    "gender": "gender",
    "imo": "imoNumber",
    "imo_number": "imoNumber",
    "mmsi": "mmsi",
    "passport": "passportNumber",
    "passport_number": "passportNumber",
    "id_number": "idNumber",
    "registration_number": "registrationNumber",
    "swift": "swiftBic",
    "bic": "swiftBic",
    "swift_bic": "swiftBic",
    "inn": "innCode",
    "ogrn": "ogrnCode",
    "tax_number": "taxNumber",
}
SCHEMA_COLUMNS = ("schema", "type", "entity_type")
OUTPUT_FIELDS = ("row", "input_name", "rank", "candidate_id", "score", "match", "explanation")


def _error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


@app.command("score-pairs")
def score_pairs(
    pairs: Annotated[
        Path, typer.Argument(help="labelled pairs, one JSON object per line (dev_pairs format)")
    ],
    out: Annotated[Path, typer.Option("--out", help="where to write {id, score, match} lines")],
    as_given: Annotated[
        bool,
        typer.Option(
            "--as-given",
            help="score each candidate by the names it carries only, not with the names the "
            "lists in the store give the target it names",
        ),
    ] = False,
) -> None:
    """Score query/candidate pairs: one {"id", "score", "match"} line per pair.

    A candidate that names a listed target is scored with every name the lists give that
    target (aliases, former names, other scripts), unless --as-given.
    """
    from nodewatch.match import score, score_as_listed
    from nodewatch.match.entity import SubjectError

    if not pairs.is_file():
        _error(f"{pairs}: no such file")
        raise typer.Exit(2)
    listed = None if as_given else _listed_names()
    written = bad = 0
    with pairs.open(encoding="utf-8", errors="replace") as source, out.open("w", encoding="utf-8") as sink:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                pair = json.loads(line)
                if listed is None:
                    result = score(pair["query"], pair["candidate"])
                else:
                    result = score_as_listed(pair["query"], pair["candidate"], listed)
                pair_id = pair.get("id", f"line-{number}")
            except (ValueError, KeyError, TypeError, SubjectError) as exc:
                bad += 1
                _error(f"{pairs}:{number}: skipped: {type(exc).__name__}: {exc}")
                continue
            sink.write(json.dumps({"id": pair_id, "score": result.score, "match": result.match}) + "\n")
            written += 1
    typer.echo(f"{written} pairs scored, {bad} skipped -> {out}")


def _listed_names() -> ListedNames | None:
    """The listed names of the store's current lists; None (and why, on stderr) without them."""
    from nodewatch.match import ListedNames, default_index

    try:
        index = default_index()
    except RuntimeError as exc:
        typer.echo(f"note: candidates scored as given: {exc}", err=True)
        return None
    typer.echo(f"candidates scored with the names the lists give them ({len(index):,} records)", err=True)
    return ListedNames(index.ids, index.subjects)


def _query(name: str, schema: str, birth_date: str | None, nationality: str | None, imo: str | None) -> dict:
    properties: dict[str, list[str]] = {"name": [name]}
    if birth_date:
        properties["birthDate"] = [birth_date]
    if nationality:
        properties["nationality" if schema == "Person" else "country"] = [nationality]
    if imo:
        properties["imoNumber"] = [imo]
    return {"schema": schema, "properties": properties}


@app.command()
def screen(
    name: Annotated[str, typer.Argument(help="the name to screen, in any script")],
    schema: Annotated[
        str, typer.Option(help="Person, Organization, Company, LegalEntity or Vessel")
    ] = "LegalEntity",
    birth_date: Annotated[str | None, typer.Option("--birth-date", help="ISO date or year")] = None,
    nationality: Annotated[str | None, typer.Option(help="country name or ISO code")] = None,
    imo: Annotated[str | None, typer.Option(help="IMO number (vessels)")] = None,
    limit: Annotated[int, typer.Option(help="how many results")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Screen one name against every listed target: ranked results with explanations."""
    from nodewatch.match import MATCH_THRESHOLD, default_index
    from nodewatch.match.entity import SubjectError

    try:
        index = default_index()
        results = index.screen(_query(name, schema, birth_date, nationality, imo), limit=limit)
    except (RuntimeError, SubjectError) as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    if as_json:
        payload = [{"id": rid, **result.to_dict()} for rid, result in results]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    console = Console()
    if not results:
        console.print("no candidates")
    for rank, (record_id, result) in enumerate(results, 1):
        colour = "red" if result.match else "yellow" if result.score >= MATCH_THRESHOLD - 0.15 else "dim"
        console.print(
            f"[{colour}]{rank:>2}. {record_id}  {result.score:.2f}{'  MATCH' if result.match else ''}[/]"
        )
        for line in result.explain():
            console.print(f"      {line}", highlight=False)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(row number, row or None if unreadable, error) from a CSV or Parquet file."""
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        for number, row in enumerate(table.to_pylist(), 1):
            yield number, row, ""
        return
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield 1, None, f"unreadable header: {exc}"
            return
        number = 1
        while True:
            number += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield number, None, f"broken CSV: {exc}"
                continue
            if len(values) != len(header):
                yield number, None, f"{len(values)} fields, header has {len(header)}"
                continue
            yield number, dict(zip(header, values, strict=True)), ""


def _row_entity(row: dict[str, Any]) -> dict[str, Any]:
    """Map a row's columns to an FtM-style entity by column name; a name is required."""
    properties: dict[str, list[str]] = {}
    schema = "LegalEntity"
    for column, value in row.items():
        key = str(column).strip().casefold().replace(" ", "_")
        if value is None or not str(value).strip():
            continue
        if key in SCHEMA_COLUMNS:
            schema = str(value).strip()
            continue
        prop = COLUMN_PROPS.get(key)
        if prop:
            properties.setdefault(prop, []).append(str(value).strip())
    if not any(properties.get(p) for p in ("name", "alias", "firstName", "lastName")):
        raise ValueError("no name column with a value")
    if schema == "Person" and "country" in properties:
        properties.setdefault("nationality", []).extend(properties.pop("country"))
    return {"schema": schema, "properties": properties}


@app.command("screen-file")
def screen_file(
    source: Annotated[Path, typer.Argument(help="CSV or Parquet with a name column (and optional others)")],
    out: Annotated[Path, typer.Option("--out", help="CSV or Parquet of hits")],
    limit: Annotated[int, typer.Option(help="hits kept per row")] = 3,
    matches_only: Annotated[
        bool, typer.Option("--matches-only", help="keep only rows over the threshold")
    ] = False,
) -> None:
    """Screen every row of a file; bad rows are reported and skipped, never fatal."""
    from rich.progress import Progress

    from nodewatch.match import default_index
    from nodewatch.match.entity import SubjectError

    if not source.is_file():
        _error(f"{source}: no such file")
        raise typer.Exit(2)
    try:
        index = default_index()
    except RuntimeError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    hits: list[dict[str, Any]] = []
    bad = total = 0
    with Progress(transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task("screening", total=None)
        for number, row, problem in _rows(source):
            total += 1
            progress.advance(task)
            try:
                if row is None:
                    raise ValueError(problem)
                entity = _row_entity(row)
                results = index.screen(entity, limit=limit)
            except (ValueError, SubjectError) as exc:
                bad += 1
                progress.console.print(f"[yellow]row {number} skipped: {exc}[/]")
                continue
            label = (entity["properties"].get("name") or [""])[0]
            for rank, (record_id, result) in enumerate(results, 1):
                if matches_only and not result.match:
                    continue
                hits.append(
                    {
                        "row": number,
                        "input_name": label,
                        "rank": rank,
                        "candidate_id": record_id,
                        "score": result.score,
                        "match": result.match,
                        "explanation": " | ".join(result.explain()),
                    }
                )
    _write(out, hits)
    typer.echo(f"{total} rows, {bad} skipped, {len(hits)} hits -> {out}")


def _write(path: Path, hits: list[dict[str, Any]]) -> None:
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        columns = {field: [hit[field] for hit in hits] for field in OUTPUT_FIELDS}
        pq.write_table(pa.table(columns), path)
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=OUTPUT_FIELDS)
        writer.writeheader()
        writer.writerows(hits)
