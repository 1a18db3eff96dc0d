"""Commands for resolving targets across lists and for the coverage picture."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from nodewatch.analysis.coverage import REGIME_FILTERS, Coverage, build
from nodewatch.analysis.gaps import NotHeld, alignment, lags, missing, unique
from nodewatch.analysis.report import render, year_ends
from nodewatch.analysis.targets import Target
from nodewatch.api.views import record_view
from nodewatch.cli import app
from nodewatch.cli.common import console, fail, open_store, print_json
from nodewatch.resolve.judgements import judge as store_judgement
from nodewatch.resolve.run import resolve as run_resolve

RegimeOption = Annotated[str | None, typer.Option(help="dprk, russia or nexus (default: all targets).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


def _regime(value: str | None) -> str | None:
    if value is not None and value not in REGIME_FILTERS:
        raise fail(f"--regime must be one of {', '.join(REGIME_FILTERS)}, got {value!r}")
    return value


def _coverage(rule: Path | None = None) -> Coverage:
    con = open_store(read_only=True)
    try:
        return build(con, rule)
    finally:
        con.close()


@app.command()
def resolve(as_json: JsonOption = False) -> None:
    """Cluster the records of all lists into real-world targets (identifiers first, then names)."""
    con = open_store()
    try:
        result = run_resolve(con, on_step=lambda msg: console.print(f"[dim]{msg}[/dim]"))
    finally:
        con.close()
    summary = result.summary()
    if as_json:
        print_json({**summary, "refused_links": [{**e.to_dict(), "reason": r} for e, r in result.refused]})
        return
    console.print(
        f"run {summary['run']}: {result.records:,} records -> {result.clusters:,} targets "
        f"({result.multi_record_clusters:,} hold records of several lists); links: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(result.links_by_kind.items()))
        + f"; {len(result.refused):,} links refused"
    )


@app.command()
def judge(
    a: Annotated[str, typer.Argument(help="A record id, e.g. un-KPi.033.")],
    b: Annotated[str, typer.Argument(help="Another record id, e.g. ofac-12345.")],
    same: Annotated[bool, typer.Option("--same", help="They are the same target.")] = False,
    different: Annotated[bool, typer.Option("--different", help="They are different targets.")] = False,
    note: Annotated[str | None, typer.Option(help="Why (kept with the judgement).")] = None,
    author: Annotated[str | None, typer.Option(help="Who decided.")] = None,
) -> None:
    """Record a human judgement; the next `nodewatch resolve` applies it (transitively)."""
    if same == different:
        raise fail("give exactly one of --same or --different")
    con = open_store()
    try:
        result = store_judgement(con, a, b, "same" if same else "different", author, note)
    except (LookupError, ValueError) as exc:
        raise fail(str(exc)) from None
    finally:
        con.close()
    console.print(f"judged {result.a} and {result.b}: {result.verdict}; run `nodewatch resolve` to apply")


@app.command()
def coverage(
    regime: RegimeOption = None,
    format: Annotated[str, typer.Option(help="table, csv, json or html.")] = "table",
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of standard output.")] = None,
    nexus_rule: Annotated[
        Path | None, typer.Option(help="A nexus rule TOML file (default: the built-in rule).")
    ] = None,
) -> None:
    """For every target: which authorities list it, since when, and whether it is a nexus target."""
    regime = _regime(regime)
    if format not in ("table", "csv", "json", "html"):
        raise fail(f"--format must be table, csv, json or html, got {format!r}")
    cov = _coverage(nexus_rule)
    targets = cov.select(regime)
    if format == "table" and out is None:
        _coverage_table(cov, regime)
        return
    handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if format == "json":
            import orjson

            handle.write(
                orjson.dumps([cov.row(t) for t in targets], option=orjson.OPT_INDENT_2).decode() + "\n"
            )
        elif format == "html":
            handle.write(render(cov, regime))
        else:
            _coverage_csv(cov, regime, handle)
    finally:
        if out:
            handle.close()
            console.print(f"wrote {len(targets):,} targets to {out}")


def _coverage_csv(cov: Coverage, regime: str | None, handle) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(handle)
    writer.writerow(["id", "name", "schema", "nexus", "records", *cov.authorities])
    for target in cov.select(regime):
        row = cov.row(target)
        writer.writerow(
            [
                row["id"],
                row["name"],
                row["schema"],
                row["nexus"],
                " ".join(row["records"]),
                *(row["authorities"].get(a, "") for a in cov.authorities),
            ]
        )


def _coverage_table(cov: Coverage, regime: str | None) -> None:
    targets = cov.select(regime)
    table = Table(
        "target", "schema", *cov.authorities, "nexus", title=f"coverage: {regime or 'all'} ({len(targets):,})"
    )
    for target in targets[:200]:
        row = cov.row(target)
        table.add_row(
            row["name"],
            row["schema"],
            *(row["authorities"].get(a, "–") for a in cov.authorities),
            "yes" if row["nexus"] else "",
        )
    console.print(table)
    if len(targets) > 200:
        console.print(f"... {len(targets) - 200:,} more (use --format csv|json|html for all)")


@app.command()
def gaps(
    authority: Annotated[str, typer.Option(help="The authority whose gaps to list, e.g. uk.")],
    vs: Annotated[
        str | None, typer.Option(help="Compared with this authority (default: un; for un: us-ofac).")
    ] = None,
    regime: RegimeOption = "dprk",
    as_json: JsonOption = False,
) -> None:
    """Targets another authority (by default the UN) designates and this one does not; and lags."""
    regime = _regime(regime)
    vs = vs or ("us-ofac" if authority == "un" else "un")
    cov = _coverage()
    try:
        absent: list[Target] | None = missing(cov, authority, vs, regime)
    except NotHeld as exc:
        absent, note = None, str(exc)
    except LookupError as exc:
        raise fail(str(exc)) from None
    series = alignment(cov, authority, regime, year_ends(cov, regime)) if absent is not None else []
    lag = next(s for s in lags(cov, regime) if s.authority == authority)
    only_vs = [t for t in unique(cov, regime) if vs in t.listings]
    data = {
        "authority": authority,
        "vs": vs,
        "regime": regime or "all",
        "data_dates": {a: d.isoformat() for a, d in cov.data_dates.items()},
        "question": f"{regime.upper() if regime else 'All'} targets listed by {vs} and not by {authority}",
        "held": absent is not None,
        "missing": [cov.row(t) for t in absent] if absent is not None else None,
        "designated_only_by_vs": [t.id for t in only_vs],
        "lag": lag.to_dict(),
        "alignment": [{"date": d.isoformat(), "share": s, "of": n} for d, s, n in series],
    }
    if absent is None:
        data["note"] = note
    if as_json:
        print_json(data)
        return
    if absent is None:
        console.print(f"[bold]{data['question']}[/bold]: [yellow]cannot be told[/yellow]: {note}")
        return
    console.print(f"[bold]{data['question']}[/bold]: {len(absent):,}")
    table = Table("target", "records", f"{vs} since")
    for target in absent:
        table.add_row(target.name, " ".join(target.record_ids), target.listings[vs].first.isoformat())
    console.print(table)


@app.command()
def target(
    target_id: Annotated[
        str, typer.Argument(help="A target id (nw-…) or any record id (un-KPi.033, ofac-…).")
    ],
    as_json: JsonOption = False,
) -> None:
    """Everything about one target: records, names, identifiers, designations by authority."""
    cov = _coverage()
    try:
        found = cov.by_id(target_id)
    except LookupError as exc:
        raise fail(str(exc)) from None
    row = cov.row(found)
    records = [record_view(record) for record in sorted(found.records, key=lambda r: r.id)]
    neighbours = [{"kind": k, "id": o.id, "name": o.name} for k, o in cov.neighbours.get(found.id, [])]
    if as_json:
        print_json({**row, "record_details": records, "neighbours": neighbours})
        return
    console.print(
        f"[bold]{row['name']}[/bold] [{row['id']}] {row['schema']}"
        + (" — DPRK–Russia nexus: " + "; ".join(row["nexus_reasons"]) if row["nexus"] else "")
    )
    table = Table("authority", "first listed", "source", "programmes")
    for authority, listing in sorted(found.listings.items()):
        table.add_row(authority, listing.first.isoformat(), listing.source, ", ".join(listing.programmes))
    console.print(table)
    for detail in records:
        console.print(f"[bold]{detail['id']}[/bold] ({detail['authority']}, {detail['schema']})")
        for name in detail["names"]:
            console.print(f"  {name['kind']:10} {name['value']} [{name['script']}]", highlight=False)
        for prop, values in sorted(detail["properties"].items()):
            console.print(f"  {prop:10} {', '.join(values)}", highlight=False)
        for d in detail["dates"]:
            console.print(f"  {d['prop']:10} {d.get('text', d['value'])} ({d['precision']})", highlight=False)
        for s in detail["sanctions"]:
            listed = s.get("listingDate", {}).get("value", "")
            console.print(f"  sanction   {s['programme']} {listed} {s.get('unRef', '')}", highlight=False)
    for n in neighbours:
        console.print(f"  linked ({n['kind']}) {n['name']} [{n['id']}]", highlight=False)
