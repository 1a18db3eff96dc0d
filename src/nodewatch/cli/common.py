"""Small pieces every command area shares: the console, store opening, dates, JSON output."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import duckdb
import orjson
import typer
from rich.console import Console

from nodewatch import settings
from nodewatch.store import connect

console = Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a clear error and return the exit to raise (no traceback for users)."""
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from None


def open_store(read_only: bool = False):  # type: ignore[no-untyped-def]
    try:
        return connect(settings.db_path(), read_only=read_only)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise fail(
                f"the store {settings.db_path()} is in use by another nodewatch process; "
                "wait for it to finish (read-only commands can run beside it)"
            ) from None
        raise fail(f"cannot open the store {settings.db_path()}: {exc}") from None


def print_json(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n")
