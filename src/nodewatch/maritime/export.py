"""Events out: CSV rows, GeoJSON features, KML placemarks (for a GIS or Google Earth)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

import orjson

from nodewatch.maritime.events import Event

CSV_COLUMNS = (
    "kind", "subtype", "raised", "mmsi", "imo", "name", "other_mmsi", "start", "end", "hours", "lat", "lon",
    "end_lat", "end_lon", "designations", "owner_designations", "typologies", "provisions", "details",
)  # fmt: skip


def _summary(event: Event) -> dict[str, object]:
    v = event.vessel
    return {
        "kind": event.kind,
        "subtype": event.subtype,
        "raised": event.raised,
        "mmsi": event.mmsi,
        "imo": v.imo if v else None,
        "name": v.name if v else None,
        "other_mmsi": event.other_mmsi,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "hours": round(event.hours, 2),
        "lat": None if math.isnan(event.lat) else round(event.lat, 6),
        "lon": None if math.isnan(event.lon) else round(event.lon, 6),
        "end_lat": event.end_lat,
        "end_lon": event.end_lon,
        "designations": "; ".join(
            f"{d.authority}/{d.programme}" + (f" {d.listing_date}" if d.listing_date else "")
            for d in event.designations
        ),
        "owner_designations": "; ".join(
            f"{d.authority}/{d.programme} {d.record_name} ({d.matched_by})" for d in event.owner_designations
        ),
        "typologies": "; ".join(event.typologies),
        "provisions": "; ".join(f"{p.citation} {p.measure_key}" for p in event.provisions),
        "details": orjson.dumps(event.details).decode(),
    }


def to_csv(events: list[Event]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for event in events:
        writer.writerow(_summary(event))
    return out.getvalue()


def _geometry(event: Event) -> dict[str, object] | None:
    if math.isnan(event.lat):
        return None
    if event.end_lat is not None and event.end_lon is not None:
        return {"type": "LineString", "coordinates": [[event.lon, event.lat], [event.end_lon, event.end_lat]]}
    return {"type": "Point", "coordinates": [event.lon, event.lat]}


def feature_collection(
    events: list[Event], properties: Callable[[Event], dict[str, Any]] = Event.to_dict
) -> dict[str, Any]:
    """The events as a GeoJSON FeatureCollection: a line from start to end when the event has
    both, else a point, null where it has no position; ``properties`` gives each feature's."""
    features = [{"type": "Feature", "geometry": _geometry(e), "properties": properties(e)} for e in events]
    return {"type": "FeatureCollection", "features": features}


def to_geojson(events: list[Event]) -> str:
    return orjson.dumps(feature_collection(events)).decode()


def to_kml(events: list[Event]) -> str:
    marks = []
    for e in events:
        geometry = _geometry(e)
        if geometry is None:
            continue
        s = _summary(e)
        if geometry["type"] == "Point":
            shape = f"<Point><coordinates>{e.lon},{e.lat}</coordinates></Point>"
        else:
            text = f"{e.lon},{e.lat} {e.end_lon},{e.end_lat}"
            shape = f"<LineString><coordinates>{text}</coordinates></LineString>"
        title = escape(f"{e.kind} {e.mmsi} {s['name'] or ''}".strip())
        body = escape(f"{s['start']} - {s['end']} ({s['hours']} h) {s['designations']} {s['provisions']}")
        marks.append(
            f"<Placemark><name>{title}</name><description>{body}</description>"
            f"<TimeSpan><begin>{s['start']}</begin><end>{s['end']}</end></TimeSpan>{shape}</Placemark>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        + "".join(marks)
        + "</Document></kml>\n"
    )


def table_rows(events: list[Event]) -> list[list[str]]:
    rows = []
    for e in events:
        s = _summary(e)
        rows.append(
            [
                f"{e.kind}/{e.subtype}",
                str(e.mmsi) + (f" + {e.other_mmsi}" if e.other_mmsi else ""),
                str(s["name"] or ""),
                str(s["start"])[:19],
                f"{e.hours:.1f}",
                "" if s["lat"] is None else f"{s['lat']:.3f},{s['lon']:.3f}",
                str(s["designations"]),
                "; ".join(p.citation for p in e.provisions),
                "" if e.raised else str(e.details.get("explanation", "")),
            ]
        )
    return rows
