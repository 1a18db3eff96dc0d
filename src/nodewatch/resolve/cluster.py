"""Union-find over evidence, strongest first, with the refusals that keep it conservative.

A wrong merge is worse than a missed one, so a link is refused when it would join
- two records a human judged different (directly or through their clusters), or
- by name alone, two clusters that each already hold a record of the same authority
  (one list rarely lists one target twice; a name link that implies it is suspect).
Refused links are kept, so the report can say what was not merged and why.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from nodewatch.resolve.evidence import Evidence


@dataclass
class Clusters:
    parent: dict[str, str] = field(default_factory=dict)
    authorities: dict[str, set[str]] = field(default_factory=dict)  # root -> authorities in cluster
    members: dict[str, set[str]] = field(default_factory=dict)  # root -> record ids
    applied: list[Evidence] = field(default_factory=list)
    refused: list[tuple[Evidence, str]] = field(default_factory=list)

    def add(self, record_id: str, authority: str) -> None:
        if record_id not in self.parent:
            self.parent[record_id] = record_id
            self.authorities[record_id] = {authority}
            self.members[record_id] = {record_id}

    def find(self, record_id: str) -> str:
        root = record_id
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[record_id] != root:  # path compression
            self.parent[record_id], record_id = root, self.parent[record_id]
        return root

    def groups(self) -> list[set[str]]:
        return [set(m) for root, m in self.members.items() if self.find(root) == root]


def build(
    record_authorities: dict[str, str],
    evidence: Iterable[Evidence],
    different: Iterable[tuple[str, str]] = (),
) -> Clusters:
    """Cluster records from evidence; ``different`` are pairs judged not the same target."""
    clusters = Clusters()
    for record_id, authority in record_authorities.items():
        clusters.add(record_id, authority)
    apart: dict[str, set[str]] = defaultdict(set)
    for a, b in different:
        if a in clusters.parent and b in clusters.parent:
            apart[a].add(b)
            apart[b].add(a)
    for link in sorted(evidence, key=lambda e: (e.rank, e.a, e.b)):
        if link.a not in clusters.parent or link.b not in clusters.parent:
            continue
        root_a, root_b = clusters.find(link.a), clusters.find(link.b)
        if root_a == root_b:
            continue
        reason = _refusal(clusters, root_a, root_b, link, apart)
        if reason:
            clusters.refused.append((link, reason))
            continue
        _union(clusters, root_a, root_b)
        clusters.applied.append(link)
    return clusters


def _refusal(
    clusters: Clusters, root_a: str, root_b: str, link: Evidence, apart: dict[str, set[str]]
) -> str | None:
    members_b = clusters.members[root_b]
    for record_id in clusters.members[root_a]:
        if apart[record_id] & members_b:
            return "judged different"
    if link.kind == "name" and clusters.authorities[root_a] & clusters.authorities[root_b]:
        shared = ", ".join(sorted(clusters.authorities[root_a] & clusters.authorities[root_b]))
        return f"both sides already hold a {shared} record"
    return None


def _union(clusters: Clusters, root_a: str, root_b: str) -> None:
    big, small = (
        (root_a, root_b)
        if len(clusters.members[root_a]) >= len(clusters.members[root_b])
        else (root_b, root_a)
    )
    clusters.parent[small] = big
    clusters.members[big] |= clusters.members.pop(small)
    clusters.authorities[big] |= clusters.authorities.pop(small)
