"""Which events a reader asked for: by kind, by vessel (IMO, MMSI or name), raised or all.

The CLI (`nodewatch ais events`), the API (`/maritime/events`) and the web page filter with
these same functions, so one question gets one answer wherever it is asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from nodewatch.maritime.events import KINDS, Event
from nodewatch.maritime.linking import normalise_name


def involves(event: Event, vessel: str) -> bool:
    """Whether a vessel of the event has this IMO or MMSI (digits) or this name (any spelling
    that normalises the same: "Chon-Ma San" finds "CHON MA SAN")."""
    key = vessel.strip()
    wanted = normalise_name(key)
    for v in (event.vessel, event.other_vessel):
        if v is None:
            continue
        if key.isdigit() and int(key) in (v.mmsi, v.imo):
            return True
        if v.name and normalise_name(v.name) == wanted:
            return True
    return False


def select_events(
    events: Iterable[Event], kind: str | None = None, vessel: str | None = None, recorded: bool = False
) -> list[Event]:
    """The events of ``kind`` (any when None) involving ``vessel`` (any when None or blank);
    only raised ones unless ``recorded`` (then also those recorded with an explanation)."""
    selected = [e for e in events if (recorded or e.raised) and (kind is None or e.kind == kind)]
    if vessel and vessel.strip():
        selected = [e for e in selected if involves(e, vessel)]
    return selected


def select_with_counts(
    events: Iterable[Event], kind: str | None = None, vessel: str | None = None, recorded: bool = False
) -> tuple[list[Event], dict[str, int]]:
    """``select_events``, with the number of events of every kind among those the other
    filters keep (what a menu of kinds shows beside each)."""
    selected = select_events(events, None, vessel, recorded)
    found = Counter(e.kind for e in selected)
    counts = {k: found[k] for k in KINDS}
    if kind is not None:
        selected = [e for e in selected if e.kind == kind]
    return selected, counts
