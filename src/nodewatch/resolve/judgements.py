"""Human decisions about two records: the same target, or not. They always win."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

import duckdb

from nodewatch.resolve.evidence import Evidence

VERDICTS = ("same", "different")


@dataclass(frozen=True)
class Judgement:
    a: str
    b: str
    verdict: str
    author: str | None
    note: str | None
    at: datetime


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files(__package__).joinpath("schema.sql").read_text("utf-8"))


def known_record(con: duckdb.DuckDBPyConnection, record_id: str) -> bool:
    return bool(con.execute("SELECT 1 FROM statements WHERE target_id = ? LIMIT 1", [record_id]).fetchall())


def judge(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    verdict: str,
    author: str | None = None,
    note: str | None = None,
) -> Judgement:
    """Record (or replace) a judgement; unknown record ids are refused."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, got {verdict!r}")
    if a == b:
        raise ValueError("a record is always the same as itself")
    for record_id in (a, b):
        if not known_record(con, record_id):
            raise LookupError(
                f"unknown record id {record_id!r} (ids look like un-KPi.033, ofac-12345, uk-13651)"
            )
    a, b = sorted((a, b))
    judgement = Judgement(a, b, verdict, author, note, datetime.now(UTC).replace(tzinfo=None))
    ensure_schema(con)
    con.execute(
        "INSERT OR REPLACE INTO judgements VALUES (?, ?, ?, ?, ?, ?)",
        [a, b, verdict, author, note, judgement.at],
    )
    return judgement


def load(con: duckdb.DuckDBPyConnection) -> list[Judgement]:
    """Every judgement; works on a read-only store (no table yet means no judgements)."""
    try:
        rows = con.execute(
            'SELECT a, b, verdict, author, note, "at" FROM judgements ORDER BY "at"'
        ).fetchall()
    except duckdb.CatalogException:
        return []
    return [Judgement(*row) for row in rows]


def as_evidence(judgements: list[Judgement]) -> tuple[list[Evidence], list[tuple[str, str]]]:
    """'same' judgements become the strongest links; 'different' ones become refusals."""
    same = [
        Evidence(
            j.a,
            j.b,
            "judgement",
            f"judged the same by {j.author or 'an analyst'}" + (f": {j.note}" if j.note else ""),
        )
        for j in judgements
        if j.verdict == "same"
    ]
    different = [(j.a, j.b) for j in judgements if j.verdict == "different"]
    return same, different
