"""yente-compatible screening: POST /match/{dataset}, GET /search/{dataset}, GET /catalog."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from nodewatch.api import config
from nodewatch.api.entities import EntityBuilder
from nodewatch.api.models import (
    DataCatalogModel,
    EntityMatchQuery,
    EntityMatchResponse,
    ErrorResponse,
    SearchResponse,
)
from nodewatch.api.responses import JSONBytes
from nodewatch.api.screening import Hit, QueryError, clean_example, explanations, screen, search_hits
from nodewatch.api.snapshot import Snapshot
from nodewatch.api.state import ready
from nodewatch.match import MATCH_THRESHOLD

router = APIRouter(tags=["Matching"])

# yente's algorithm names: accepted so that yente clients work unchanged; nodewatch has one scorer.
ALGORITHMS = ("best", "nodewatch", "logic-v2", "logic-v1", "name-based", "name-qualified", "regression-v1")
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Invalid query"},
    404: {"model": ErrorResponse, "description": "No such dataset"},
    503: {"model": ErrorResponse, "description": "The store is still loading"},
}
DatasetPath = Annotated[
    str,
    Path(
        description="`default` (every list) or one authority: un, us-ofac, uk, eu, ca, au.",
        examples=["default"],
        max_length=64,
    ),
]


def scored(entities: EntityBuilder, hit: Hit, threshold: float) -> dict[str, Any]:
    data = dict(entities.entity(hit.target.id))
    data["score"] = hit.result.score
    data["match"] = hit.result.score >= threshold
    data["explanations"] = explanations(hit.result)
    data["record"] = hit.record_id
    data["explain"] = hit.result.explain()
    return data


def dataset_filter(
    snapshot: Snapshot, dataset: str, include: list[str], exclude: list[str]
) -> set[str] | None:
    authorities = snapshot.authorities_of(dataset)
    if include:
        unknown = sorted(set(include) - set(snapshot.authorities))
        if unknown:
            raise QueryError(
                f"unknown include_dataset {', '.join(unknown)}; datasets: {', '.join(snapshot.authorities)}"
            )
        authorities = set(include) if authorities is None else authorities & set(include)
    if exclude:
        authorities = (set(snapshot.authorities) if authorities is None else authorities) - set(exclude)
    return authorities


@router.post(
    "/match/{dataset}",
    summary="Query by example matcher (yente protocol)",
    response_model=EntityMatchResponse,
    responses=ERRORS,
)
async def match(
    request: Request,
    body: EntityMatchQuery,
    dataset: DatasetPath,
    limit: Annotated[int, Query(ge=1, le=config.MAX_MATCH_LIMIT, title="Results per query")] = 5,
    threshold: Annotated[float, Query(ge=0, le=1, title="Score at or above which a result is a match")] = (
        MATCH_THRESHOLD
    ),
    cutoff: Annotated[
        float,
        Query(
            ge=0, le=1, deprecated=True, title="Lowest score returned at all (as yente: min with threshold)"
        ),
    ] = MATCH_THRESHOLD,
    algorithm: Annotated[
        str, Query(max_length=64, title=f"One of {', '.join(ALGORITHMS)}; all use nodewatch's scorer")
    ] = ("best"),
    include_dataset: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006 - FastAPI query lists
    exclude_dataset: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006
    exclude_schema: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006
    exclude_entity_ids: Annotated[list[str], Query(max_length=50)] = [],  # noqa: B006
    topics: Annotated[
        list[str], Query(max_length=20, title="Every listed target has the topic 'sanction'")
    ] = [],  # noqa: B006
) -> JSONBytes:
    """Match entities by example, as yente does: each query is an FtM-style entity
    (`schema`, `properties` such as `name`, `birthDate`, `nationality`, `imoNumber`,
    `passportNumber`, `registrationNumber`), in any script (Hangul, Cyrillic, Han, Latin).

    ```json
    {"queries": {"q1": {"schema": "Person", "properties": {"name": ["김여정"]}}}}
    ```

    Each result is a resolved target (its `referents` are the list records it holds) with its
    `score` in [0, 1], `match` (score ≥ `threshold`) and `explanations`: which name parts met
    and through which romanisation, and which identifiers or qualifiers moved the score.
    """
    snapshot, entities = ready(request)
    authorities = dataset_filter(snapshot, dataset, include_dataset, exclude_dataset)
    if algorithm.lower().strip() not in ALGORITHMS:
        raise QueryError(f"unknown algorithm {algorithm!r}; one of {', '.join(ALGORITHMS)}")
    if not body.queries:
        raise QueryError("no queries provided")
    cutoff = min(cutoff, threshold)
    only_sanctions = not topics or "sanction" in topics
    responses: dict[str, Any] = {}
    for key, example in body.queries.items():
        query = clean_example(example.schema_, example.properties)
        hits = (
            screen(snapshot, query, authorities, exclude_schema, exclude_entity_ids) if only_sanctions else []
        )
        kept = [h for h in hits if h.result.score > cutoff or h.result.score >= threshold]
        responses[key] = {
            "status": 200,
            "results": [scored(entities, h, threshold) for h in kept[:limit]],
            "total": {"value": sum(1 for h in kept if h.result.score >= threshold), "relation": "eq"},
            "query": {"id": example.id, **query},
        }
    return JSONBytes(
        {"responses": responses, "limit": limit, "releases": snapshot.release_refs},
        headers={"X-Batch-Size": str(len(responses))},
    )


def _facets(snapshot: Snapshot, hits: list[Hit]) -> dict[str, Any]:
    datasets = Counter(a for h in hits for a in {r.authority for r in h.target.records})
    schemata = Counter(h.target.schema for h in hits)
    return {
        "datasets": {
            "label": "Datasets",
            "values": [
                {"name": a, "label": snapshot.authority_name(a), "count": n}
                for a, n in datasets.most_common()
            ],
        },
        "schema": {
            "label": "Types",
            "values": [{"name": s, "label": s, "count": n} for s, n in schemata.most_common()],
        },
    }


@router.get(
    "/search/{dataset}",
    summary="Simple entity search (yente protocol)",
    response_model=SearchResponse,
    responses=ERRORS,
)
async def search(
    request: Request,
    dataset: DatasetPath,
    q: Annotated[
        str, Query(max_length=config.MAX_VALUE_LENGTH, title="A name in any script, or an identifier")
    ] = "",
    schema: Annotated[
        str, Query(max_length=64, title="Thing (any), Person, Organization, Company, Vessel …")
    ] = "Thing",
    limit: Annotated[int, Query(ge=0, le=config.MAX_SEARCH_LIMIT)] = 10,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
    include_dataset: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006
    exclude_dataset: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006
) -> JSONBytes:
    """Search targets by a name (any script, any romanisation) or an identifier. Results are
    ranked by nodewatch's name score; use `/match` to screen with birth dates, nationality
    and identifiers."""
    snapshot, entities = ready(request)
    authorities = dataset_filter(snapshot, dataset, include_dataset, exclude_dataset)
    hits = search_hits(snapshot, q, schema, authorities, cutoff=0.5)
    page = hits[offset : offset + limit]
    return JSONBytes(
        {
            "results": [entities.entity(h.target.id) for h in page],
            "facets": _facets(snapshot, hits),
            "total": {"value": len(hits), "relation": "eq"},
            "limit": limit,
            "offset": offset,
            "releases": snapshot.release_refs,
        }
    )


@router.get(
    "/catalog",
    summary="Datasets (yente protocol)",
    tags=["System information"],
    response_model=DataCatalogModel,
)
async def catalog(request: Request) -> JSONBytes:
    """`default` and one dataset per authority, each with the date of its newest release."""
    snapshot, _entities = ready(request)
    counts = Counter(r.authority for r in snapshot.records.values())
    datasets = [
        {
            "name": "default",
            "title": "All lists",
            "version": snapshot.loaded_at.isoformat(),
            "updated_at": snapshot.loaded_at.isoformat(),
            "entity_count": len(snapshot.targets),
            "children": snapshot.authorities,
            "load": False,
        }
    ]
    for authority in snapshot.authorities:
        last = snapshot.last_release(authority)
        datasets.append(
            {
                "name": authority,
                "title": snapshot.authority_name(authority),
                "version": last.isoformat(timespec="seconds") if last else None,
                "updated_at": last.isoformat(timespec="seconds") if last else None,
                "entity_count": counts[authority],
                "children": [],
                "load": True,
            }
        )
    return JSONBytes(
        {
            "datasets": datasets,
            "current": snapshot.datasets,
            "outdated": [],
            "index_stale": False,
            "releases": snapshot.release_refs,
        }
    )
