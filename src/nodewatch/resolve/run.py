"""One resolve run: read the current records, link, cluster, and store clusters with stable ids.

Cluster ids stay stable across runs and releases: a new cluster inherits the id of the
previous cluster it shares the most records with (each old id goes to one cluster only);
a cluster with no predecessor gets an id derived from its smallest record id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

import duckdb
import orjson
import pyarrow as pa

from nodewatch.match import score
from nodewatch.match.entity import ID_FAMILIES
from nodewatch.model.record import Record
from nodewatch.resolve import judgements
from nodewatch.resolve.cluster import Clusters, build
from nodewatch.resolve.evidence import Evidence
from nodewatch.resolve.identifiers import identifier_links
from nodewatch.resolve.names import NameRule, name_links
from nodewatch.store.db import scalar, transaction
from nodewatch.store.history import Release, state
from nodewatch.store.records import current_records

MIN_NAME_SCORE_FOR_DOCUMENTS = 0.6  # a shared passport/registration number still needs names that agree


@dataclass
class ResolveResult:
    run_id: int
    records: int
    clusters: int
    multi_record_clusters: int
    links_by_kind: dict[str, int]
    refused: list[tuple[Evidence, str]] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "run": self.run_id,
            "records": self.records,
            "clusters": self.clusters,
            "multi_record_clusters": self.multi_record_clusters,
            "links_by_kind": self.links_by_kind,
            "refused": len(self.refused),
        }


def _without_identifiers(record: Record) -> Record:
    return replace(record, properties={k: v for k, v in record.properties.items() if k not in ID_FAMILIES})


def _name_score(a: Record, b: Record) -> float:
    """The match score with identifiers left out: a shared passport must not vouch for itself
    (the UN gives one passport number to two different Iranian officials)."""
    return score(_without_identifiers(a), _without_identifiers(b)).score


def current_membership(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """record id -> cluster id from the newest resolve run (empty if never resolved)."""
    try:
        rows = con.execute(
            "SELECT record_id, cluster_id FROM cluster_members "
            "WHERE run_id = (SELECT max(id) FROM resolve_runs)"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    return dict(rows)


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the newest resolve run read exactly the lists the store holds now."""
    try:
        rows = con.execute("SELECT releases FROM resolve_runs ORDER BY id DESC LIMIT 1").fetchall()
    except duckdb.CatalogException:
        return False
    return bool(rows) and sorted(orjson.loads(rows[0][0])) == sorted(r.id for r in state(con, None))


def new_cluster_id(members: set[str], taken: set[str]) -> str:
    seed = min(members)
    digest = hashlib.blake2b(seed.encode(), digest_size=5).hexdigest()
    cluster_id, n = f"nw-{digest}", 1
    while cluster_id in taken:
        n += 1
        cluster_id = f"nw-{digest}-{n}"
    return cluster_id


def assign_ids(groups: list[set[str]], previous: dict[str, str]) -> dict[str, str]:
    """record id -> cluster id, inheriting previous ids by largest overlap."""
    offers: list[tuple[int, str, int]] = []  # (-overlap, old id, group index)
    for index, group in enumerate(groups):
        for old_id, overlap in Counter(previous[r] for r in group if r in previous).items():
            offers.append((-overlap, old_id, index))
    chosen: dict[int, str] = {}
    used: set[str] = set()
    for _neg, old_id, index in sorted(offers):
        if index not in chosen and old_id not in used:
            chosen[index] = old_id
            used.add(old_id)
    taken = used | set(previous.values())
    result: dict[str, str] = {}
    for index, group in enumerate(groups):
        cluster_id = chosen.get(index)
        if cluster_id is None:
            cluster_id = new_cluster_id(group, taken)
            taken.add(cluster_id)
        for record_id in group:
            result[record_id] = cluster_id
    return result


EVIDENCE_KINDS = frozenset({"un_ref", "imo", "passport", "registration", "name"})


def collect_evidence(
    records: list[Record], rule: NameRule, kinds: frozenset[str], on_step: Callable[[str], None]
) -> list[Evidence]:
    """Identifier and name links of the wanted kinds (judgements are added by the caller)."""
    found = [
        e for e in identifier_links(records, _name_score, MIN_NAME_SCORE_FOR_DOCUMENTS) if e.kind in kinds
    ]
    if "name" in kinds:
        on_step(f"indexing {len(records):,} records")
        on_step("linking by name")
        found += name_links(records, rule)
    return found


def resolve(
    con: duckdb.DuckDBPyConnection,
    rule: NameRule | None = None,
    at: date | None = None,
    on_step: Callable[[str], None] | None = None,
    kinds: frozenset[str] = EVIDENCE_KINDS,
) -> ResolveResult:
    """Cluster every current record and store the run (``kinds``: evidence to use, for evaluation)."""
    step = on_step or (lambda _msg: None)
    judgements.ensure_schema(con)
    releases = state(con, None, at)
    step("reading records")
    records = list(current_records(con, at=at))
    same, different = judgements.as_evidence(judgements.load(con))
    evidence = same + collect_evidence(records, rule or NameRule(), kinds, step)
    clusters = build({r.id: r.authority for r in records}, evidence, different)
    membership = assign_ids(clusters.groups(), current_membership(con))
    result = _store(con, releases, membership, clusters, len(records))
    step(f"{result.clusters:,} clusters from {result.records:,} records")
    return result


def _store(
    con: duckdb.DuckDBPyConnection,
    releases: list[Release],
    membership: dict[str, str],
    clusters: Clusters,
    count: int,
) -> ResolveResult:
    kinds = Counter(link.kind for link in clusters.applied)
    sizes = Counter(membership.values())
    result = ResolveResult(
        0, count, len(sizes), sum(1 for n in sizes.values() if n > 1), dict(kinds), clusters.refused
    )
    members = pa.table({"cluster_id": list(membership.values()), "record_id": list(membership.keys())})
    links = pa.table(
        {
            "a": [e.a for e in clusters.applied],
            "b": [e.b for e in clusters.applied],
            "kind": [e.kind for e in clusters.applied],
            "detail": [e.detail for e in clusters.applied],
            "score": pa.array([e.score for e in clusters.applied], pa.float64()),
        }
    )
    with transaction(con, new_members=members, new_links=links):
        run_id = scalar(
            con,
            'INSERT INTO resolve_runs ("at", releases, summary) VALUES (?, ?, ?) RETURNING id',
            [
                datetime.now(UTC).replace(tzinfo=None),
                orjson.dumps([r.id for r in releases]).decode(),
                orjson.dumps(result.summary()).decode(),
            ],
        )
        con.execute("INSERT INTO cluster_members SELECT ?, cluster_id, record_id FROM new_members", [run_id])
        con.execute("INSERT INTO cluster_links SELECT ?, a, b, kind, detail, score FROM new_links", [run_id])
    result.run_id = run_id
    return result
