"""The lists' own relations, each with the release that states it and the record it reaches.

A link reaches a record in one of three ways, tried in this order:

1. **id** — the list gave one (UK "asset of … UN Ref KPe.064", UN "see KPe.021", AU
   related-UN references), or the OFAC parser matched the name to exactly one row of the
   same file ("same-file name");
2. **name** — the name is screened against every current record with the matcher, and
   taken only when the best score is at least ``LINK_MATCH_THRESHOLD``, the record shares a
   sanctions regime with the record stating the link, and no record of another target
   scores within ``AMBIGUITY_MARGIN`` of it (a wrong edge is worse than a missing one);
3. otherwise the name stays a **mention**: a node of its own (an undesignated owner or
   associate the lists cite), joined by name across lists only when the folded names are
   equal.

Matching names costs seconds, so results are kept in ``graph_link_matches`` per set of
releases and resolve run, and reused until the lists or the clusters change.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import duckdb
import orjson
import pyarrow as pa

from nodewatch.analysis.targets import AUTHORITY_ORDER
from nodewatch.match import MatchIndex
from nodewatch.match.score import schemas_compatible
from nodewatch.model.record import LINK_PROP, Link, Record
from nodewatch.model.registry import registry
from nodewatch.resolve.run import current_membership
from nodewatch.store.db import scalar, transaction
from nodewatch.store.history import Release, state

LINK_MATCH_THRESHOLD = 0.90
AMBIGUITY_MARGIN = 0.03
RESOLUTION_VERSION = 4  # bump when the rules above change, so cached resolutions are redone
# The schema a name-only link's far end is screened as, by link kind.
LINK_QUERY_SCHEMA = {"family": "Person", "associate": "Person", "director": "Person"}
_SPACES = re.compile(r"\s+")


def fold_name(name: str) -> str:
    """Case-, space- and final-punctuation-insensitive form of a cited name."""
    return _SPACES.sub(" ", name.casefold()).strip(" .,;")


def authority_rank(authority: str) -> int:
    return AUTHORITY_ORDER.index(authority) if authority in AUTHORITY_ORDER else len(AUTHORITY_ORDER)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files(__package__).joinpath("data/graph.sql").read_text("utf-8"))


def writable_schema(con: duckdb.DuckDBPyConnection) -> bool:
    """The graph tables exist and can be written: False on a read-only store, where what
    would have been kept for the next build is simply computed again then."""
    try:
        ensure_schema(con)
    except duckdb.Error:
        return False
    return True


@cache
def _regime(authority: str, programme: str) -> str:
    return registry().programme(authority, programme).regime


def regimes_of(record: Record) -> frozenset[str]:
    return frozenset(_regime(record.authority, s.programme) for s in record.sanctions)


@dataclass(frozen=True)
class ListEdge:
    record: Record  # the record stating the link
    link: Link
    target_record: str | None  # the record it reaches (None: a mention)
    release: str
    found_by: str
    confidence: float = 1.0

    @property
    def mention_schema(self) -> str:
        return LINK_QUERY_SCHEMA.get(self.link.kind, "LegalEntity")


@dataclass(frozen=True)
class NameMatch:
    target_id: str | None
    score: float | None
    detail: str


@dataclass
class LinkResolution:
    """What became of every link of the lists (the figures the issue asks for)."""

    edges: list[ListEdge] = field(default_factory=list)
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # kind -> how
    unresolved: list[tuple[str, str, str, str]] = field(default_factory=list)  # record, kind, name, why
    within_target: int = 0  # links joining two records of one target (no edge)

    def count(self, kind: str, how: str) -> None:
        self.counts[kind][how] += 1

    def summary(self) -> dict[str, dict[str, int]]:
        """Per link kind, how many reached a record (and how) or stayed a mention."""
        return {kind: dict(sorted(c.items())) for kind, c in sorted(self.counts.items())}


def one_target(
    record_ids: list[str], records: Mapping[str, Record], membership: Mapping[str, str]
) -> str | None:
    """The record standing for the one target that ``record_ids`` (best first) all are, or None.

    Records of one cluster are one target. Before any resolve run has clustered the lists,
    records of *different* lists that met the same strong evidence (a shared identifier, or
    the same name within the margin) are taken as one target, as resolve itself would (the
    UN's record stands for it, then OFAC's ...); two records of one list never are. Once a
    run exists, records it kept apart stay apart."""
    clusters = {membership.get(rid, rid) for rid in record_ids}
    if len(clusters) == 1:
        return record_ids[0]
    authorities = [records[rid].authority for rid in record_ids]
    if membership or len(set(authorities)) != len(authorities):
        return None
    return min(record_ids, key=lambda rid: (authority_rank(records[rid].authority), rid))


class NameResolver:
    """Screens cited names against every current record (the index is built on first use)."""

    def __init__(
        self, records: list[Record], membership: Mapping[str, str], index: MatchIndex | None = None
    ) -> None:
        self.records = {r.id: r for r in records}
        self.membership = membership
        self._index = index
        self._regimes: dict[str, frozenset[str]] | None = None

    @property
    def index(self) -> MatchIndex:
        if self._index is None:
            self._index = MatchIndex.build(self.records.values())
        return self._index

    def cluster(self, record_id: str) -> str:
        return self.membership.get(record_id, record_id)

    def regimes(self, record_id: str) -> frozenset[str]:
        """Regimes of the whole target a record belongs to (OFAC files DPRK firms under NPWMD)."""
        if self._regimes is None:
            found: dict[str, set[str]] = defaultdict(set)
            for rid, record in self.records.items():
                found[self.cluster(rid)].update(regimes_of(record))
            self._regimes = {c: frozenset(r) for c, r in found.items()}
        return self._regimes.get(self.cluster(record_id), frozenset())

    def resolve(self, record: Record, link: Link) -> NameMatch:
        name = link.target_name or ""
        schema = LINK_QUERY_SCHEMA.get(link.kind, "LegalEntity")
        query = {"schema": schema, "properties": {"name": [name]}}
        own = self.cluster(record.id)
        hits = [
            (rid, result)
            for rid, result in self.index.screen(query, limit=8)
            if self.cluster(rid) != own and schemas_compatible(schema, self.records[rid].schema)
        ]
        if not hits:
            return NameMatch(None, None, "no candidate")
        strong = [(rid, r) for rid, r in hits if r.score >= LINK_MATCH_THRESHOLD]
        if not strong:
            return NameMatch(None, hits[0][1].score, f"best {hits[0][0]} scored {hits[0][1].score:.2f}")
        mine = self.regimes(record.id)
        shared = [(rid, r) for rid, r in strong if mine & self.regimes(rid)]
        if not shared:
            best_id, best = strong[0]
            return NameMatch(None, best.score, f"best {best_id} ({best.score:.2f}) shares no regime")
        top = [(rid, r) for rid, r in shared if r.score >= shared[0][1].score - AMBIGUITY_MARGIN]
        # A list's link means its own record when exactly one of them fits.
        same_list = [(rid, r) for rid, r in top if self.records[rid].authority == record.authority]
        if len({self.cluster(rid) for rid, _ in same_list}) == 1:
            top = same_list
        chosen = one_target([rid for rid, _ in top], self.records, self.membership)
        if chosen is None:
            return NameMatch(None, top[0][1].score, "ambiguous: " + ", ".join(rid for rid, _ in top))
        result = dict(top)[chosen]
        return NameMatch(chosen, result.score, "; ".join(result.explain()[:1]))


def release_label(release: Release) -> str:
    return f"{release.dataset} {release.published.date().isoformat()} (release {release.id})"


def link_releases(con: duckdb.DuckDBPyConnection, releases: list[Release]) -> dict[tuple[str, Link], str]:
    """(record id, link) -> the newest current release stating it."""
    labels = {r.id: release_label(r) for r in releases}
    rows = con.execute(
        "SELECT s.target_id, s.value, max(sr.release_id) FROM statements s "
        "JOIN statement_releases sr ON sr.statement_id = s.id "
        "WHERE s.prop = ? AND sr.release_id IN (SELECT unnest(?)) GROUP BY s.target_id, s.value",
        [LINK_PROP, list(labels)],
    ).fetchall()
    return {(rid, Link.from_dict(orjson.loads(value))): labels[release] for rid, value, release in rows}


def _cache_key(con: duckdb.DuckDBPyConnection, releases: list[Release]) -> str:
    try:
        run = scalar(con, "SELECT max(id) FROM resolve_runs")
    except duckdb.CatalogException:
        run = None
    ids = ",".join(str(r.id) for r in sorted(releases, key=lambda r: r.id))
    return f"v{RESOLUTION_VERSION}|{ids}|run {run}"


def _cached(con: duckdb.DuckDBPyConnection, key: str) -> dict[tuple[str, str], NameMatch] | None:
    try:
        rows = con.execute(
            "SELECT record_id, link_name, target_id, score, detail FROM graph_link_matches "
            "WHERE releases = ?",
            [key],
        ).fetchall()
    except duckdb.CatalogException:
        return None
    if not rows:
        return None
    return {(r, n): NameMatch(t, s, d) for r, n, t, s, d in rows}


def _store(con: duckdb.DuckDBPyConnection, key: str, found: dict[tuple[str, str], NameMatch]) -> bool:
    """Keep the name resolutions for the next build (skipped on a read-only store)."""
    table = pa.table(
        {
            "record_id": [r for r, _ in found],
            "link_name": [n for _, n in found],
            "target_id": [m.target_id for m in found.values()],
            "score": pa.array([m.score for m in found.values()], pa.float64()),
            "detail": [m.detail for m in found.values()],
        }
    )
    if not writable_schema(con):
        return False
    with transaction(con, new_link_matches=table):
        con.execute("DELETE FROM graph_link_matches")
        con.execute("INSERT INTO graph_link_matches SELECT ?, * FROM new_link_matches", [key])
    return True


def _needs_name(link: Link, by_id: Mapping[str, Record]) -> bool:
    return bool(link.target_name) and (not link.target_ref or link.target_ref not in by_id)


def _how_found(record: Record, link: Link) -> str:
    # The OFAC parser fills target_ref from a name that equals one row of the same file.
    return "same-file name" if record.authority == "us-ofac" and link.target_name else "id"


def _distinct(links: list[Link]) -> list[Link]:
    """A record's links, less a name-only copy of a link another file of the same authority
    stated with its id (OFAC's SDN and non-SDN lists can both hold one entity number: the
    SDN file resolves "Linked To: X" to a row of its own, the other file cannot)."""
    with_ref = {(link.kind, link.target_name) for link in links if link.target_ref}
    return [link for link in links if link.target_ref or (link.kind, link.target_name) not in with_ref]


def list_edges(
    con: duckdb.DuckDBPyConnection,
    records: Iterable[Record],
    at: date | None = None,
    resolve_names: bool = True,
    index: MatchIndex | None = None,
) -> LinkResolution:
    """Every link of the current records, reaching a record or left as a mention."""
    records = list(records)
    by_id = {r.id: r for r in records}
    releases = state(con, None, at)
    where = link_releases(con, releases)
    key = _cache_key(con, releases)
    names = _cached(con, key) if resolve_names else {}
    if names is None:
        resolver = NameResolver(records, current_membership(con), index)
        names = {
            (record.id, link.target_name or ""): resolver.resolve(record, link)
            for record in records
            for link in record.links
            if _needs_name(link, by_id)
        }
        _store(con, key, names)
    result = LinkResolution()
    for record in records:
        for link in _distinct(record.links):
            release = where.get((record.id, link), "")
            if link.target_ref and link.target_ref in by_id:
                how = _how_found(record, link)
                result.edges.append(ListEdge(record, link, link.target_ref, release, how))
                result.count(link.kind, how)
                continue
            if not link.target_name:
                result.count(link.kind, "unknown id")
                result.unresolved.append((record.id, link.kind, link.target_ref or "", "id not in the lists"))
                continue
            match = names.get((record.id, link.target_name))
            if match is not None and match.target_id is not None:
                how = f"name {match.score:.2f}"
                result.edges.append(ListEdge(record, link, match.target_id, release, how, match.score or 0.0))
                result.count(link.kind, "name")
                continue
            why = match.detail if match is not None else "names not screened"
            result.edges.append(ListEdge(record, link, None, release, "unlisted name"))
            result.count(link.kind, "unlisted name")
            result.unresolved.append((record.id, link.kind, link.target_name, why))
    return result
