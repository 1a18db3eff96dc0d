"""Opening the embedded DuckDB store and creating its schema.

One file holds everything (lists, history, judgements, AIS). The schema is created
idempotently on open, so a fresh path is a valid empty store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from nodewatch import settings


def schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text("utf-8")


def connect(path: Path | str | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (creating it and its tables unless read-only)."""
    target = Path(path) if path is not None else settings.db_path()
    if read_only:
        if not target.exists():
            raise FileNotFoundError(
                f"no nodewatch store at {target}; run `nodewatch ingest` or `nodewatch run` first"
            )
        return duckdb.connect(str(target), read_only=True)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(target))
    con.execute(schema_sql())
    return con


def one(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None
) -> tuple[Any, ...] | None:
    """The first row of a query, with the result fully consumed.

    DuckDB 2 refuses new work on a connection while a result is half-read, so ``fetchone``
    on a multi-row (or RETURNING) query would poison the connection.
    """
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> Any:
    row = one(con, sql, params)
    return row[0] if row else None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """One all-or-nothing write: BEGIN, yield, COMMIT; ROLLBACK on any error or interrupt.

    Arrow tables passed by keyword are registered as views of those names for the
    statements inside, and unregistered afterwards.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        for name, table in tables.items():
            con.register(name, table)
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in tables:
            with suppress(duckdb.Error):
                con.unregister(name)
