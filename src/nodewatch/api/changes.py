"""What changed between list releases: one diff per pair of consecutive releases of an authority.

Diffs come from the store's history (statements kept per release), so they cost a visit
to the file; each is computed once per snapshot and kept.
"""

from __future__ import annotations

import itertools
import threading
from datetime import date
from typing import Any

from nodewatch.api.snapshot import StoreFile
from nodewatch.store.history import Release, diff, list_releases


def transitions(releases: list[Release]) -> list[tuple[str, date, date]]:
    """(authority, from, to) for consecutive publication dates of each authority's primary lists."""
    days: dict[str, set[date]] = {}
    for release in releases:
        if release.is_primary:
            days.setdefault(release.authority, set()).add(release.published.date())
    out: list[tuple[str, date, date]] = []
    for authority, found in days.items():
        ordered = sorted(found)
        out.extend((authority, a, b) for a, b in itertools.pairwise(ordered))
    return sorted(out, key=lambda t: (t[2], t[0]), reverse=True)


class Changes:
    """Diffs between dates of one authority, computed on demand and kept."""

    def __init__(self, store: StoreFile) -> None:
        self.store = store
        self._diffs: dict[tuple[str, date, date], dict[str, Any]] = {}
        self._lock = threading.Lock()

    def releases(self) -> list[Release]:
        with self.store.open() as con:
            return list_releases(con)

    def diff(self, authority: str, start: date, end: date) -> dict[str, Any]:
        key = (authority, start, end)
        with self._lock:
            cached = self._diffs.get(key)
        if cached is None:
            with self.store.open() as con:
                cached = diff(con, authority, start, end).to_dict()
            with self._lock:
                self._diffs[key] = cached
        return cached

    def feed(self) -> list[dict[str, Any]]:
        """Every release transition in the store, newest first, with its summary counts."""
        out = []
        for authority, start, end in transitions(self.releases()):
            result = self.diff(authority, start, end)
            out.append(
                {
                    "authority": authority,
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "summary": result["summary"],
                    "from_releases": [r["id"] for r in result["from"]["releases"]],
                    "to_releases": [r["id"] for r in result["to"]["releases"]],
                }
            )
        return out
