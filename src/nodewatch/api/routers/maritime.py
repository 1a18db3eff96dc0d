"""Maritime: AIS evasion events and the areas they are read against.

GET /maritime/events (JSON, or GeoJSON with ?format=geojson) and GET /maritime/areas.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from nodewatch.api.maritime import MaritimeEvents, event_view, maritime_events, warm_events
from nodewatch.api.models import ErrorResponse, ReleaseRef
from nodewatch.api.responses import JSONBytes
from nodewatch.api.snapshot import Snapshot
from nodewatch.api.state import snapshot_of
from nodewatch.maritime.areas import areas
from nodewatch.maritime.events import KINDS, Event
from nodewatch.maritime.export import feature_collection
from nodewatch.maritime.reference import ReferenceError
from nodewatch.maritime.select import select_with_counts

router = APIRouter(tags=["Maritime"], lifespan=warm_events)

MAX_EVENTS = 1000
GEOJSON = "application/geo+json"


class AisSource(BaseModel):
    """One AIS file the events were detected in."""

    id: int
    file: str = Field(..., examples=["amsa_track_503000720_2014.csv"])
    sha256: str
    format: str = Field(..., examples=["csv"])
    ingested_at: str
    positions: int
    statics: int
    bad: int


class MaritimeEvent(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = Field(..., examples=["gap-raised-273000001-1519862400"])
    kind: str = Field(..., examples=["gap"])
    subtype: str
    raised: bool
    mmsi: int
    other_mmsi: int | None
    start: str
    end: str
    hours: float
    lat: float | None
    lon: float | None
    end_lat: float | None
    end_lon: float | None
    details: dict[str, Any]
    vessel: dict[str, Any] | None = Field(
        ...,
        description="AIS identity, designations (each with its `target`), owners' designations, `targets`",
    )
    other_vessel: dict[str, Any] | None
    typologies: list[str]
    provisions: list[dict[str, Any]] = Field(
        ..., description="UN Security Council provisions the event bears on, with their `citation`"
    )


class EventsPage(BaseModel):
    total: int
    limit: int
    offset: int
    kinds: dict[str, int] = Field(..., description="Events per kind, before the kind filter")
    releases: list[ReleaseRef]
    ais_sources: list[AisSource]


class MaritimeEventsResponse(EventsPage):
    results: list[MaritimeEvent]


class EventFeatureCollection(EventsPage):
    type: str = Field("FeatureCollection", examples=["FeatureCollection"])
    features: list[dict[str, Any]] = Field(
        ..., description="One Feature per event: a LineString start → end, else a Point (null if unknown)"
    )


class AreasResponse(BaseModel):
    type: str = "FeatureCollection"
    features: list[dict[str, Any]]
    releases: list[ReleaseRef]


def _openapi_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema for a second content type of one answer: its nested models are
    referred to where OpenAPI keeps them (the JSON answer's model brings them there)."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return schema


def _page(
    snapshot: Snapshot,
    found: MaritimeEvents,
    events: list[Event],
    counts: dict[str, int],
    limit: int,
    offset: int,
) -> dict[str, Any]:
    return {
        "total": len(events),
        "limit": limit,
        "offset": offset,
        "kinds": counts,
        "releases": snapshot.release_refs,
        "ais_sources": found.sources,
    }


@router.get(
    "/maritime/events",
    summary="AIS evasion events: gaps, encounters, loitering, port calls, identity, spoofing",
    response_model=MaritimeEventsResponse,
    responses={
        200: {
            "content": {GEOJSON: {"schema": _openapi_schema(EventFeatureCollection)}},
            "description": "JSON, or GeoJSON with `format=geojson`",
        },
        422: {"description": "An unknown kind or format, a limit out of range"},
        503: {"model": ErrorResponse, "description": "The store is still loading"},
    },
)
def events(
    request: Request,
    kind: Annotated[
        str | None, Query(pattern=f"^({'|'.join(KINDS)})$", title=f"One of {', '.join(KINDS)} (default: all)")
    ] = None,
    vessel: Annotated[
        str | None,
        Query(max_length=100, title="An IMO number, MMSI or vessel name", examples=["9020015"]),
    ] = None,
    recorded: Annotated[
        bool, Query(title="Also the events recorded but not raised (short or explained gaps, idling)")
    ] = False,
    limit: Annotated[int, Query(ge=0, le=MAX_EVENTS)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    fmt: Annotated[str, Query(alias="format", pattern="^(json|geojson)$", title="json or geojson")] = "json",
) -> JSONBytes:
    """The events detected in the AIS of this store, oldest first, each with its vessels' AIS
    identity, the designations they are linked to (by IMO, MMSI or name; each with the
    `target` whose page shows it), the designations of their listed owners, the evasion
    typologies it shows and the UN provisions those bear on (with the paragraph). Raised
    events only, unless `recorded`. The answer names the list releases the vessels were linked
    against and the AIS files the events come from (`ais_sources`)."""
    snapshot, found = maritime_events(request)
    shown, counts = select_with_counts(found.events, kind, vessel, recorded)
    page = _page(snapshot, found, shown, counts, limit, offset)
    cut = shown[offset : offset + limit]
    if fmt == "geojson":
        collection = feature_collection(cut, lambda e: event_view(e, found, snapshot))
        return JSONBytes({**collection, **page}, media_type=GEOJSON)
    return JSONBytes({**page, "results": [event_view(e, found, snapshot) for e in cut]})


@router.get(
    "/maritime/areas",
    summary="The watched ports' geofences and the EEZ outlines of the DPRK and Russian Far East",
    response_model=AreasResponse,
    responses={503: {"model": ErrorResponse, "description": "Reference data missing, or the store loading"}},
)
def maritime_areas(request: Request) -> JSONBytes:
    """GeoJSON: the DPRK and Russian Far East ports watched for port calls (Points, with the
    geofence radius in km and where the coordinate comes from) and the EEZ / territorial sea
    outlines of the region (Polygons, simplified to ~500 m)."""
    snapshot = snapshot_of(request)
    try:
        collection = areas()
    except (ReferenceError, FileNotFoundError) as exc:
        raise HTTPException(503, detail=f"maritime reference data missing: {exc}") from None
    return JSONBytes({**collection, "releases": snapshot.release_refs})
