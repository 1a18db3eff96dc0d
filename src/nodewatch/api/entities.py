"""Targets as yente speaks of them: one merged FtM entity per resolved target.

yente returns canonical entities whose ``referents`` are the source ids merged into them
and whose ``datasets`` say where they come from. A nodewatch target is exactly that: its
id is the cluster id (``nw-…``), its referents are the list record ids (``un-KPi.033``,
``uk-13651``), its datasets are the authorities that list it. Properties are the union of
its records' FtM properties; ``nested`` adds the Sanction entities, as yente nests them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema

from nodewatch.analysis.targets import Target
from nodewatch.api.snapshot import Snapshot


def _schema_of(target: Target) -> Schema:
    """The most specific schema every record fits (a UK 'Entity' and an OFAC 'Company')."""
    schema = model.get(target.schema)
    assert schema is not None
    for record in target.records:
        other = model.get(record.schema)
        if other is None or other is schema:
            continue
        try:
            schema = model.common_schema(schema, other)
        except InvalidData:
            continue  # incompatible records: the primary record's schema stands
    return schema


def _merge(into: dict[str, list[str]], proxy: EntityProxy, schema: Schema) -> None:
    for prop, values in proxy.properties.items():
        if schema.get(prop) is None:
            continue
        bucket = into.setdefault(prop, [])
        for value in values:
            if value not in bucket:
                bucket.append(value)


def _entity_dict(proxy: EntityProxy) -> dict[str, Any]:
    return {
        "id": proxy.id,
        "caption": proxy.caption,
        "schema": proxy.schema.name,
        "properties": {k: list(v) for k, v in proxy.properties.items()},
        "datasets": [],
        "referents": [],
        "target": False,
    }


class EntityBuilder:
    """Builds (and caches) the entity of each target of one snapshot."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.entity = lru_cache(maxsize=20_000)(self._entity)

    def _entity(self, target_id: str, nested: bool = False) -> dict[str, Any]:
        target = self.snapshot.targets[target_id]
        schema = _schema_of(target)
        properties: dict[str, list[Any]] = {}
        sanctions: list[dict[str, Any]] = []
        for record in sorted(target.records, key=lambda r: r.id):
            entities = record.to_entities()
            _merge(properties, entities[0], schema)
            if nested:
                sanctions.extend(_entity_dict(e) for e in entities[1:] if e.schema.name == "Sanction")
        if "name" not in properties:
            properties["name"] = [target.name]
        elif properties["name"][0] != target.name and target.name in properties["name"]:
            properties["name"].remove(target.name)
            properties["name"].insert(0, target.name)
        properties.setdefault("topics", ["sanction"])
        if sanctions:
            properties["sanctions"] = sanctions
        authorities = sorted({r.authority for r in target.records})
        first = target.first_listed()
        last = [d for d in (self.snapshot.last_release(a) for a in authorities) if d is not None]
        return {
            "id": target.id,
            "caption": target.name,
            "schema": schema.name,
            "properties": properties,
            "datasets": authorities,
            "referents": target.record_ids,
            "target": True,
            "first_seen": f"{first.isoformat()}T00:00:00" if first else None,
            "last_seen": max(last).isoformat(timespec="seconds") if last else None,
            "last_change": None,
        }
