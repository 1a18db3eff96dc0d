"""Screening for the API and the UI: a yente query example in, scored targets out.

The match index ranks list *records*; an answer names *targets* (clusters of records), so
each target appears once, through the record whose names scored best (restricted to the
authorities of the dataset queried).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from followthemoney import model

from nodewatch.analysis.targets import Target
from nodewatch.api import config
from nodewatch.api.snapshot import Snapshot
from nodewatch.match import MATCH_THRESHOLD, MatchResult

# Records scored per query before grouping by target and filtering by dataset.
POOL = 50
# The direction a feature moved the score, as the sign of yente's feature score.
EFFECT_SCORE = {"confirms": 1.0, "neutral": 0.0, "lowers": -0.5, "vetoes": -1.0}


class QueryError(ValueError):
    """A query the API cannot run (unknown schema, too many or too long values)."""


@dataclass(frozen=True)
class Hit:
    target: Target
    record_id: str
    result: MatchResult


def _flatten(raw: Any) -> Iterable[str]:
    if raw is None or isinstance(raw, Mapping):
        return
    if isinstance(raw, list | tuple):
        for item in raw:
            yield from _flatten(item)
        return
    text = str(raw).strip()
    if text:
        yield text


def clean_example(schema_name: str, properties: Mapping[str, Any]) -> dict[str, Any]:
    """An FtM-style query as the matcher reads it; unknown properties are ignored, as yente does."""
    schema = model.get(schema_name)
    if schema is None:
        raise QueryError(f"unknown schema {schema_name!r} (e.g. Person, Organization, Company, Vessel)")
    if not schema.matchable:
        raise QueryError(
            f"schema {schema.name} cannot be matched (use Person, Organization, Company, Vessel …)"
        )
    clean: dict[str, list[str]] = {}
    count = 0
    for prop, raw in properties.items():
        if schema.get(prop) is None:
            continue
        values = list(_flatten(raw))
        for value in values:
            if len(value) > config.MAX_VALUE_LENGTH:
                raise QueryError(f"{prop}: a value is longer than {config.MAX_VALUE_LENGTH} characters")
        count += len(values)
        if count > config.MAX_VALUES:
            raise QueryError(f"a query may hold at most {config.MAX_VALUES} values")
        if values:
            clean[prop] = values
    return {"schema": schema.name, "properties": clean}


def screen(
    snapshot: Snapshot,
    example: Mapping[str, Any],
    authorities: set[str] | None = None,
    exclude_schema: Iterable[str] = (),
    exclude_ids: Iterable[str] = (),
) -> list[Hit]:
    """Every target the index finds for the example, best first, one hit per target."""
    excluded_schemata = set(exclude_schema)
    excluded = set(exclude_ids)
    hits: list[Hit] = []
    seen: set[str] = set()
    for record_id, result in snapshot.index.screen(example, limit=POOL):
        record = snapshot.records[record_id]
        if authorities is not None and record.authority not in authorities:
            continue
        target = snapshot.targets[snapshot.target_of[record_id]]
        if target.id in seen or target.schema in excluded_schemata:
            continue
        if target.id in excluded or excluded.intersection(target.record_ids):
            continue
        seen.add(target.id)
        hits.append(Hit(target, record_id, result))
    return hits


def search_hits(
    snapshot: Snapshot, q: str, schema: str, authorities: set[str] | None, cutoff: float
) -> list[Hit]:
    """Hits for a text query: a name (any script) or an identifier (IMO, passport, registration)."""
    text = " ".join(q.split())[: config.MAX_VALUE_LENGTH]
    if not text:
        return []
    schemata = ["LegalEntity", "Vessel"] if schema in ("Thing", "") else [schema]
    hits: dict[str, Hit] = {}
    for name in schemata:
        properties: dict[str, list[str]] = {"name": [text]}
        if any(ch.isdigit() for ch in text):
            id_prop = "imoNumber" if name == "Vessel" else "registrationNumber"
            properties = {"name": [text], id_prop: [text]} if len(text.split()) == 1 else properties
        for hit in screen(snapshot, clean_example(name, properties), authorities):
            if hit.result.score > cutoff and (
                hit.target.id not in hits or hits[hit.target.id].result.score < hit.result.score
            ):
                hits[hit.target.id] = hit
    return sorted(hits.values(), key=lambda h: -h.result.score)


def explanations(result: MatchResult) -> dict[str, dict[str, Any]]:
    """yente's ``explanations``: one entry for the names, one per feature that moved the score."""
    out: dict[str, dict[str, Any]] = {}
    name = result.name
    if name is not None:
        parts = [
            f"{' '.join(m.query)} = {' '.join(m.candidate)} ({m.route}, {m.sim:.2f})" for m in name.matches
        ]
        if name.unmatched_query:
            parts.append(f"query only: {' '.join(name.unmatched_query)}")
        if name.unmatched_candidate:
            parts.append(f"candidate only: {' '.join(name.unmatched_candidate)}")
        out["name"] = {
            "detail": "; ".join(parts) or None,
            "score": name.score,
            "query": name.query,
            "candidate": name.candidate,
        }
    for feature in result.features:
        key = feature.name
        n = 2
        while key in out:
            key, n = f"{feature.name}_{n}", n + 1
        out[key] = {
            "detail": f"{feature.effect}: {feature.detail}",
            "score": EFFECT_SCORE.get(feature.effect, 0.0),
        }
    return out


def is_match(result: MatchResult, threshold: float = MATCH_THRESHOLD) -> bool:
    return result.score >= threshold
