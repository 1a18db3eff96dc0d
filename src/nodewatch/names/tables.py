"""Read the resource tables under ``names/data/``: tab-separated rows, ``#`` comments.

Romanisation tables, legal forms and lexicons are data, not code, so a linguist can correct
a row without reading Python; every loader here is cached, so a table is parsed once per
process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>``: tab-split, comments and blank lines dropped.

    Fields keep empty strings (an empty romanisation of ㅇ is meaningful), only the line
    end is stripped.
    """
    text = resources.files("nodewatch.names").joinpath("data", name).read_text("utf-8")
    out: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


def alternatives(field: str) -> tuple[str, ...]:
    """A ``|``-separated field as its non-empty alternatives."""
    return tuple(part.strip() for part in field.split("|") if part.strip())
