"""Writing the store out as FtM JSON lines, the format OpenSanctions and Aleph read."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import IO

import duckdb
import orjson

from nodewatch.store.records import current_records


def export_ftm(
    con: duckdb.DuckDBPyConnection,
    out: IO[bytes],
    authorities: Iterable[str] | None = None,
    at: date | None = None,
) -> int:
    """Write every current target with its Sanction and relation entities; returns entity count."""
    count = 0
    for record in current_records(con, authorities, at=at):
        for entity in record.to_entities():
            out.write(orjson.dumps(entity.to_dict()) + b"\n")
            count += 1
    return count
