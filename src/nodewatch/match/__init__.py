"""Screening: score a query against a candidate, or screen it against every listed name.

``score(query, candidate)`` takes FtM-style dicts (``{"schema": ..., "properties":
{prop: [values]}}``) or list ``Record`` objects and returns a ``MatchResult`` with a
score in [0, 1], ``match`` (score ≥ ``MATCH_THRESHOLD``, 0.70) and the features that made
it. ``screen(query, limit)`` ranks candidates from the default in-memory index.
``score_as_listed(query, candidate, ListedNames(...))`` scores a candidate with every name
the lists give the target it names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodewatch.match.index import MatchIndex, default_index
from nodewatch.match.listed import ListedNames, score_as_listed
from nodewatch.match.score import MATCH_THRESHOLD, MatchResult, score
from nodewatch.model.record import Record

__all__ = [
    "MATCH_THRESHOLD",
    "ListedNames",
    "MatchIndex",
    "MatchResult",
    "default_index",
    "score",
    "score_as_listed",
    "screen",
]


def screen(query: Record | Mapping[str, Any], limit: int = 10) -> list[tuple[str, MatchResult]]:
    """Rank the listed targets most like ``query`` in the default index (best first)."""
    return default_index().screen(query, limit=limit)
