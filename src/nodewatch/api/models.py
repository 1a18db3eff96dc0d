"""Request and response models: yente's for the yente endpoints, ours for the rest.

The yente models follow ``yente.data.common`` (5.5.0) field for field, so clients written
for yente parse nodewatch's answers unchanged; nodewatch only adds fields (``releases``,
``record``, ``explain``), which yente clients ignore.
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field, Strict

from nodewatch.api.config import MAX_BATCH

# --- shared -------------------------------------------------------------------------------


class ErrorResponse(BaseModel):
    detail: str = Field(..., examples=["Detailed error message"])


class ReleaseRef(BaseModel):
    """One list release an answer was computed from."""

    id: int
    authority: str = Field(..., examples=["un"])
    dataset: str = Field(..., examples=["un-sc"])
    published: str = Field(..., examples=["2026-02-27T00:00:09"])
    sha256: str


class StatusResponse(BaseModel):
    status: str = "ok"


class ReadyResponse(StatusResponse):
    loaded_at: str | None = None
    targets: int = 0
    records: int = 0
    releases: list[ReleaseRef] = []


# --- yente-compatible -----------------------------------------------------------------------

EntityProperties = dict[str, list[Union[str, "EntityResponse"]]]


class EntityResponse(BaseModel):
    id: str = Field(..., examples=["nw-c04e9cba37"])
    caption: str = Field(..., examples=["KIM, Yo Jong"])
    schema_: str = Field(..., examples=["Person"], alias="schema")
    properties: EntityProperties = Field(..., examples=[{"name": ["KIM, Yo Jong"]}])
    datasets: list[str] = Field([], examples=[["us-ofac"]])
    referents: list[str] = Field([], examples=[["ofac-21444"]])
    target: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None


class EntityDetailResponse(EntityResponse):
    releases: list[ReleaseRef] = []


class FeatureResult(BaseModel):
    """One feature of a score, as nomenklatura explains it (score sign: + confirms, − lowers)."""

    detail: str | None
    score: float
    query: str | None = None
    candidate: str | None = None


class ScoredEntityResponse(EntityResponse):
    score: float = Field(..., ge=0, le=1)
    explanations: dict[str, FeatureResult] = Field(
        description="What made the score: the names, then each identifier or qualifier that moved it."
    )
    match: bool = Field(description="Whether the score is above the match threshold.")
    record: str = Field(..., description="The list record whose names scored best.", examples=["ofac-21444"])
    explain: list[str] = Field([], description="The same explanation as readable lines.")


class EntityExample(BaseModel):
    id: str | None = Field(None, examples=["my-entity-id"])
    schema_: str = Field(..., examples=["Person"], alias="schema", max_length=64)
    properties: dict[str, str | list[Any]] = Field(..., examples=[{"name": ["김여정"]}])


class EntityMatchQuery(BaseModel):
    weights: dict[str, Annotated[float, Strict()]] = Field(
        {}, description="Accepted for yente compatibility; not used."
    )
    config: dict[str, str | int | float | bool | None] = Field(
        default_factory=dict, description="Accepted for yente compatibility; not used."
    )
    queries: dict[str, EntityExample] = Field(
        ...,
        max_length=MAX_BATCH,
        examples=[{"q1": {"schema": "Person", "properties": {"name": ["김여정"]}}}],
    )


class TotalSpec(BaseModel):
    value: int = Field(..., examples=[42])
    relation: str = Field("eq", examples=["eq"])


class EntityMatches(BaseModel):
    status: int = Field(200, examples=[200])
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExample


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    limit: int = Field(..., examples=[5])
    releases: list[ReleaseRef] = []


class SearchFacetItem(BaseModel):
    name: str
    label: str
    count: int = 1


class SearchFacet(BaseModel):
    label: str
    values: list[SearchFacetItem]


class SearchResponse(BaseModel):
    limit: int
    offset: int = 0
    total: TotalSpec
    results: list[EntityResponse]
    facets: dict[str, SearchFacet]
    releases: list[ReleaseRef] = []


class DatasetModel(BaseModel):
    name: str
    title: str
    version: str | None = None
    updated_at: str | None = None
    entity_count: int | None = None
    children: list[str] = []
    load: bool = False


class DataCatalogModel(BaseModel):
    datasets: list[DatasetModel]
    current: list[str]
    outdated: list[str] = []
    index_stale: bool = False
    releases: list[ReleaseRef] = []


# --- nodewatch -----------------------------------------------------------------------------


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    releases: list[ReleaseRef]


class CoverageRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str
    schema_: str = Field(..., alias="schema")
    records: list[str]
    authorities: dict[str, str] = Field(..., description="authority -> first listed (YYYY-MM-DD)")
    listing_sources: dict[str, str]
    programmes: list[str]
    regimes: list[str]
    nexus: bool
    nexus_reasons: list[str]
    first_listed: str | None
    lag_days: dict[str, int]


class CoverageResponse(Page):
    authorities: list[str]
    data_dates: dict[str, str]
    results: list[CoverageRow]


class GapsResponse(Page):
    authority: str
    vs: str
    regime: str | None
    held: bool = Field(
        description="False when the store holds no target of the regime from this authority: "
        "its gaps cannot be told (results are then empty and `note` says why)."
    )
    note: str | None = None
    data_dates: dict[str, str]
    results: list[CoverageRow]


class LagRow(BaseModel):
    authority: str
    first_or_same_day: int
    followed: int
    median_days: float | None
    p90_days: float | None
    max_days: int | None


class LagsResponse(BaseModel):
    regime: str | None
    lags: list[LagRow]
    data_dates: dict[str, str]
    releases: list[ReleaseRef]


class RecordView(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    authority: str
    schema_: str = Field(..., alias="schema")
    names: list[dict[str, Any]]
    properties: dict[str, list[str]]
    dates: list[dict[str, Any]]
    sanctions: list[dict[str, Any]]
    links: list[dict[str, Any]]
    notes: list[str]


class NeighbourView(BaseModel):
    id: str
    name: str
    schema_: str = Field(..., alias="schema")
    kind: str = Field(..., description="target, mention (a name a list cites but no list holds) or user")
    relation: str
    authorities: list[str]
    evidence: list[dict[str, str]]


class TargetResponse(BaseModel):
    target: CoverageRow
    listings: dict[str, dict[str, Any]]
    records: list[RecordView]
    neighbours: list[NeighbourView]
    releases: list[ReleaseRef]


class GraphNode(BaseModel):
    data: dict[str, Any]


class GraphEdge(BaseModel):
    data: dict[str, Any]


class GraphElements(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class GraphResponse(BaseModel):
    """A neighbourhood in Cytoscape.js's own ``elements`` format."""

    center: str
    hops: int
    truncated: bool
    elements: GraphElements
    releases: list[ReleaseRef]


class ReleaseView(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    authority: str
    dataset: str
    format: str
    published: str
    filename: str
    records: int
    current: bool


class ReleasesResponse(BaseModel):
    results: list[ReleaseView]
    releases: list[ReleaseRef]


class DiffResponse(BaseModel):
    model_config = ConfigDict(extra="allow")
    authority: str
    summary: dict[str, int]
    added: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    changed: list[dict[str, Any]]
    releases: list[ReleaseRef]


class JudgementRequest(BaseModel):
    a: str = Field(..., max_length=200, examples=["un-KPi.033"])
    b: str = Field(..., max_length=200, examples=["ofac-12345"])
    verdict: str = Field(..., pattern="^(same|different)$", examples=["same"])
    author: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=2000)


class JudgementResponse(BaseModel):
    a: str
    b: str
    verdict: str
    author: str | None
    note: str | None
    at: str
    applies: str = "on the next `nodewatch resolve` run"
