"""The analyst's pages: screen, entity, coverage dashboard, what changed, API reference.

Pages are rendered on the server from the same snapshot and functions as the JSON API, so
search works without JavaScript; scripts only draw the network (Cytoscape.js, served from
this package, never from a CDN).
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from nodewatch.analysis.coverage import REGIME_FILTERS
from nodewatch.analysis.gaps import lag_days, lags
from nodewatch.analysis.report import LAG_BINS, LAG_COLOURS, heat_cells, histogram
from nodewatch.api import config
from nodewatch.api.maritime import event_view, maritime_events
from nodewatch.api.routers.analysis import select_targets
from nodewatch.api.screening import QueryError, clean_example, explanations, screen, search_hits
from nodewatch.api.snapshot import Snapshot, StoreBusy
from nodewatch.api.state import AppState, app_state
from nodewatch.api.views import neighbour_views, record_view
from nodewatch.maritime.events import KINDS
from nodewatch.maritime.select import select_with_counts
from nodewatch.maritime.typology import typologies
from nodewatch.match import MATCH_THRESHOLD
from nodewatch.model.record import Record
from nodewatch.web.charts import timeline

STATIC = resources.files(__package__).joinpath("static")
TEMPLATES = Jinja2Templates(directory=str(resources.files(__package__).joinpath("templates")))
SCHEMATA = ("Thing", "Person", "Organization", "Company", "Vessel")
PAGE = 100
CUTOFF = 0.5  # near misses are shown (greyed) down to this score
ID_PROPS = {
    "Person": ("passportNumber", "idNumber"),
    "Organization": ("registrationNumber", "swiftBic"),
    "Company": ("registrationNumber", "swiftBic", "innCode", "ogrnCode"),
    "Vessel": ("imoNumber", "mmsi"),
}
FACT_PROPS = (
    "birthDate",
    "birthPlace",
    "nationality",
    "citizenship",
    "country",
    "jurisdiction",
    "flag",
    "gender",
    "position",
    "address",
    "type",
    "buildDate",
    "tonnage",
)
IDENTIFIER_PROPS = (
    "imoNumber",
    "mmsi",
    "callSign",
    "passportNumber",
    "idNumber",
    "registrationNumber",
    "innCode",
    "ogrnCode",
    "taxNumber",
    "swiftBic",
    "leiCode",
    "vatCode",
)
SCRIPT_ORDER = ("Latin", "Hangul", "Han", "Cyrillic")
MAP_EVENTS = 500  # events on the maritime map and in its table at once
KIND_LABELS = {
    "gap": "AIS gap",
    "encounter": "Encounter (STS)",
    "loiter": "Loitering",
    "port-call": "Port call",
    "identity": "Identity change",
    "spoof": "Position spoofing",
}

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    state = app_state(request)
    snapshot = state.snapshot
    base = {
        "snapshot": snapshot,
        "data_dates": snapshot.coverage.data_dates if snapshot else {},
        "authorities": snapshot.authorities if snapshot else [],
        "authority_name": snapshot.authority_name if snapshot else (lambda a: a),
        "ordered": _ordered(snapshot.authorities if snapshot else []),
    }
    return TEMPLATES.TemplateResponse(request, name, {**base, **context}, status_code=status)


def _ordered(order: list[str]) -> Any:
    """Authority codes in the registry's order (UN first), for badges."""

    def ordered(codes: Any) -> list[str]:
        return sorted(codes, key=lambda a: (order.index(a) if a in order else len(order), a))

    return ordered


def _snapshot(request: Request) -> Snapshot:
    state: AppState = app_state(request)
    if state.snapshot is None:
        raise StarletteHTTPException(503, detail=state.error or "The lists are still loading. Retry shortly.")
    return state.snapshot


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=config.MAX_VALUE_LENGTH)] = "",
    schema: Annotated[str, Query(max_length=32)] = "Thing",
    birth_date: Annotated[str, Query(max_length=10)] = "",
    country: Annotated[str, Query(max_length=64)] = "",
    identifier: Annotated[str, Query(max_length=64)] = "",
    dataset: Annotated[str, Query(max_length=32)] = "default",
) -> HTMLResponse:
    """Screen a name in any script, with optional qualifiers; works without JavaScript."""
    snapshot = _snapshot(request)
    error = None
    rows: list[dict[str, Any]] = []
    asked = bool(q.strip() or identifier.strip())
    if asked:
        try:
            rows = _screen_rows(request, snapshot, q, schema, birth_date, country, identifier, dataset)
        except (QueryError, LookupError) as exc:
            error = str(exc.args[0]) if exc.args else str(exc)
    form = {
        "q": q,
        "schema": schema,
        "birth_date": birth_date,
        "country": country,
        "identifier": identifier,
        "dataset": dataset,
    }
    return _render(
        request,
        "search.html",
        {"form": form, "rows": rows, "asked": asked, "error": error, "schemata": SCHEMATA, "page": "search"},
    )


def _screen_rows(
    request: Request,
    snapshot: Snapshot,
    q: str,
    schema: str,
    birth_date: str,
    country: str,
    identifier: str,
    dataset: str,
) -> list[dict[str, Any]]:
    authorities = snapshot.authorities_of(dataset)
    qualified = birth_date.strip() or country.strip() or identifier.strip()
    if schema == "Thing" and not qualified:
        hits = search_hits(snapshot, q, schema, authorities, CUTOFF)
    else:
        query_schema = "LegalEntity" if schema == "Thing" else schema
        props: dict[str, list[str]] = {"name": [q]} if q.strip() else {}
        if birth_date.strip() and query_schema in ("Person", "LegalEntity"):
            props["birthDate"] = [birth_date.strip()]
        if country.strip():
            props["nationality" if query_schema == "Person" else "country"] = [country.strip()]
        for prop in ID_PROPS.get(query_schema, ("registrationNumber",)) if identifier.strip() else ():
            props[prop] = [identifier.strip()]
        example = clean_example(query_schema, props)
        hits = [h for h in screen(snapshot, example, authorities) if h.result.score > CUTOFF]
    entities = app_state(request).entities
    assert entities is not None
    rows = []
    for hit in hits[:50]:
        rows.append(
            {
                "target": hit.target,
                "entity": entities.entity(hit.target.id),
                "record": hit.record_id,
                "score": hit.result.score,
                "match": hit.result.score >= MATCH_THRESHOLD,
                "explain": hit.result.explain(),
                "explanations": explanations(hit.result),
                "nexus": bool(snapshot.coverage.nexus.get(hit.target.id)),
            }
        )
    return rows


@router.get("/ui/entity/{target_id}", response_class=HTMLResponse)
def entity_page(request: Request, target_id: str) -> Response:
    snapshot = _snapshot(request)
    try:
        target = snapshot.target(target_id[:200])
    except LookupError as exc:
        return _render(request, "error.html", {"status": 404, "message": str(exc.args[0])}, status=404)
    if target.id != target_id:
        return RedirectResponse(request.url_for("entity_page", target_id=target.id), status_code=308)
    cov = snapshot.coverage
    records = sorted(target.records, key=lambda r: (cov.authorities.index(r.authority), r.id))
    names: dict[str, list[dict[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for record in records:
        for name in record.names:
            if (name.value.casefold(), record.authority) in seen:
                continue
            seen.add((name.value.casefold(), record.authority))
            names.setdefault(name.script, []).append(
                {"value": name.value, "kind": name.kind, "record": record.id, "authority": record.authority}
            )
    scripts = sorted(names, key=lambda s: (SCRIPT_ORDER.index(s) if s in SCRIPT_ORDER else 9, s))
    return _render(
        request,
        "entity.html",
        {
            "page": "entity",
            "target": target,
            "row": cov.row(target),
            "records": [record_view(r) for r in records],
            "names": [(s, names[s]) for s in scripts],
            "identifiers": _values(records, IDENTIFIER_PROPS),
            "facts": _values(records, FACT_PROPS),
            "timeline": timeline(target, cov.authorities, cov.data_dates),
            "neighbours": neighbour_views(snapshot, target),
            "missing": [a for a in cov.authorities if a not in target.listings],
        },
    )


def _values(records: list[Record], props: tuple[str, ...]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(property, [(value, record id)]) for the properties (and dates) any record states, each value once."""
    out = []
    for prop in props:
        values: dict[str, str] = {}
        for record in records:
            for value in record.properties.get(prop, []):
                values.setdefault(value, record.id)
            for date_prop, date_value in record.dates:
                if date_prop == prop:
                    values.setdefault(date_value.text or date_value.value, record.id)
        if values:
            out.append((prop, list(values.items())))
    return out


@router.get("/ui/coverage", response_class=HTMLResponse)
def coverage_page(
    request: Request,
    regime: Annotated[str, Query(max_length=16)] = "dprk",
    nexus: Annotated[str, Query(max_length=8)] = "",
    listed_by: Annotated[str, Query(max_length=32)] = "",
    not_listed_by: Annotated[str, Query(max_length=32)] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    """Targets × authorities heat map, lag chart and filters (regime, nexus, listed / not listed by)."""
    snapshot = _snapshot(request)
    cov = snapshot.coverage
    regime_value = regime if regime in REGIME_FILTERS else None
    known = set(cov.authorities)
    targets = select_targets(
        snapshot,
        regime_value,
        listed_by if listed_by in known else None,
        not_listed_by if not_listed_by in known else None,
        {"yes": True, "no": False}.get(nexus),
    )
    page_targets = targets[offset : offset + PAGE]
    lag_rows: list[dict[str, Any]] = []
    for summary in lags(cov, regime_value):
        bins = histogram([d for d in lag_days(cov, regime_value, summary.authority) if d > 0])
        lag_rows.append({"summary": summary, "bins": bins, "total": sum(n for _l, n, _c in bins)})
    counts = {a: sum(1 for t in targets if a in t.listings) for a in cov.authorities}
    return _render(
        request,
        "coverage.html",
        {
            "page": "coverage",
            "rows": heat_cells(cov, page_targets),
            "total": len(targets),
            "offset": offset,
            "page_size": PAGE,
            "counts": counts,
            "nexus_count": sum(1 for t in targets if cov.nexus[t.id]),
            "lag_rows": lag_rows,
            "max_lag_total": max((int(r["total"]) for r in lag_rows), default=1) or 1,
            "legend": list(zip([label for _l, label in LAG_BINS], LAG_COLOURS, strict=True)),
            "filters": {
                "regime": regime,
                "nexus": nexus,
                "listed_by": listed_by,
                "not_listed_by": not_listed_by,
            },
            "regimes": REGIME_FILTERS,
        },
    )


@router.get("/ui/changes", response_class=HTMLResponse)
def changes_page(request: Request, authority: Annotated[str, Query(max_length=32)] = "") -> HTMLResponse:
    _snapshot(request)
    state = app_state(request)
    feed = [t for t in state.changes.feed() if not authority or t["authority"] == authority]
    return _render(request, "changes.html", {"page": "changes", "feed": feed, "authority": authority})


@router.get("/ui/changes/{authority}/{start}/{end}", response_class=HTMLResponse)
def change_page(request: Request, authority: str, start: date, end: date) -> Response:
    snapshot = _snapshot(request)
    if authority not in snapshot.authorities:
        return _render(
            request, "error.html", {"status": 404, "message": f"no {authority!r} list"}, status=404
        )
    result = app_state(request).changes.diff(authority, start, end)
    return _render(
        request,
        "change.html",
        {
            "page": "changes",
            "authority": authority,
            "start": start,
            "end": end,
            "diff": result,
            "known": snapshot.target_of,
        },
    )


@router.get("/maritime")
def maritime_redirect(request: Request) -> RedirectResponse:
    """The map's short address."""
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/ui/maritime{query}", status_code=307)


@router.get("/ui/maritime", response_class=HTMLResponse)
def maritime_page(
    request: Request,
    kind: Annotated[str, Query(max_length=16)] = "",
    vessel: Annotated[str, Query(max_length=100)] = "",
    recorded: Annotated[str, Query(max_length=8)] = "",
) -> HTMLResponse:
    """AIS events on a map (drawn by map.js from /maritime/events) and in a table rendered
    here, so the table reads without JavaScript."""
    snapshot, found = maritime_events(request)
    error = None
    if kind and kind not in KINDS:
        error = f"no event kind {kind!r}; kinds: {', '.join(KINDS)}"
        kind = ""
    shown, counts = select_with_counts(found.events, kind or None, vessel, recorded == "on")
    query = {"kind": kind, "vessel": vessel.strip(), "recorded": "true" if recorded == "on" else ""}
    api_query = "&".join(f"{k}={quote(v)}" for k, v in query.items() if v)
    return _render(
        request,
        "maritime.html",
        {
            "page": "maritime",
            "form": {"kind": kind, "vessel": vessel, "recorded": recorded == "on"},
            "error": error,
            "kinds": KINDS,
            "kind_labels": KIND_LABELS,
            "counts": counts,
            "total": len(shown),
            "rows": [event_view(e, found, snapshot) for e in shown[:MAP_EVENTS]],
            "limit": MAP_EVENTS,
            "events_url": f"/maritime/events?format=geojson&limit={MAP_EVENTS}"
            + (f"&{api_query}" if api_query else ""),
            "sources": found.sources,
            "recorded_total": sum(1 for e in found.events if not e.raised),
            "typology_labels": {k: t.label for k, t in typologies().items()},
            "owner_groups": _owner_groups,
        },
    )


def _owner_groups(vessel: dict[str, Any]) -> list[dict[str, Any]]:
    """A vessel's listed owners, one line each however many lists name them: role, name, the
    owner's target (for its page) and the authorities that designate it."""
    groups: dict[str, dict[str, Any]] = {}
    for d in vessel["owner_designations"]:
        group = groups.setdefault(
            d["target"] or d["record_id"],
            {
                "role": d["matched_by"].split(" of ")[0],
                "name": d["record_name"],
                "target": d["target"],
                "authorities": [],
            },
        )
        if d["authority"] not in group["authorities"]:
            group["authorities"].append(d["authority"])
    return list(groups.values())


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    """The API reference, drawn from the OpenAPI document (no Swagger UI from a CDN)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tag": (op.get("tags") or ["Other"])[0],
                    "params": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "title": p.get("schema", {}).get("title") or p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                }
            )
    return _render(request, "api.html", {"page": "api", "operations": operations, "spec": spec})


def mount(app: FastAPI) -> None:
    """Add the pages and their static files to an API app (``nodewatch.api.create_app`` extension)."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for exc_class in (StarletteHTTPException, StoreBusy):
        app.add_exception_handler(exc_class, _page_errors(app.exception_handlers[exc_class]))


def _page_errors(json_handler: Any) -> Any:
    """Pages get an HTML error page; API paths keep their JSON errors."""

    async def handler(request: Request, exc: Exception) -> Response:
        if _is_page(request.url.path):
            status = exc.status_code if isinstance(exc, StarletteHTTPException) else 503
            message = exc.detail if isinstance(exc, StarletteHTTPException) else str(exc)
            return _render(request, "error.html", {"status": status, "message": message}, status)
        response: Response = await json_handler(request, exc)
        return response

    return handler


def _is_page(path: str) -> bool:
    return path in ("/", "/api", "/maritime") or path.startswith("/ui/")
