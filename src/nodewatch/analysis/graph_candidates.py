"""Who is not designated but should be looked at: nodes ranked by their ties to designated ones.

The formula and its weights live in ``data/candidates.toml`` (read it: it is the
documentation); this module applies them and keeps, for every candidate, the reasons that
made its score — which designated nodes, through which edges, designated by whom.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from nodewatch.analysis.network import Edge, Network, Node


@dataclass(frozen=True)
class Weights:
    kinds: dict[str, float]
    indirect: float
    per_authority: float
    nexus_target: float
    bridge: float
    designated_elsewhere: float
    max_intermediate_degree: int

    @classmethod
    def load(cls, path: Path | None = None) -> Weights:
        text = (
            path.read_text("utf-8")
            if path
            else resources.files(__package__).joinpath("data/candidates.toml").read_text("utf-8")
        )
        raw = tomllib.loads(text)
        return cls(
            kinds={k: float(v) for k, v in raw["kinds"].items()},
            indirect=float(raw["indirect"]),
            per_authority=float(raw["per_authority"]),
            nexus_target=float(raw["nexus_target"]),
            bridge=float(raw["bridge"]),
            designated_elsewhere=float(raw["designated_elsewhere"]),
            max_intermediate_degree=int(raw["max_intermediate_degree"]),
        )

    def edge(self, edge: Edge) -> float:
        return self.kinds.get(edge.kind, self.kinds["default"]) * edge.confidence

    def designated(self, node: Node) -> float:
        return 1 + self.per_authority * (len(node.listings) - 1) + (self.nexus_target if node.nexus else 0.0)


@dataclass
class Tie:
    designated: int
    strength: float
    contribution: float
    edges: list[Edge]
    through: int | None = None  # the undesignated node an indirect tie passes


@dataclass
class Candidate:
    index: int
    score: float
    ties: list[Tie] = field(default_factory=list)
    bridges: bool = False


def _sides(node: Node) -> frozenset[str]:
    return node.regimes & {"dprk", "russia"}


class Ranker:
    def __init__(self, network: Network, weights: Weights, regime: str | None, authority: str | None) -> None:
        self.network = network
        self.weights = weights
        self.regime = regime
        self.authority = authority

    def is_candidate(self, node: Node) -> bool:
        return not node.designated if self.authority is None else not node.designated_by(self.authority)

    def is_anchor(self, node: Node) -> bool:
        """A designated node whose ties make others candidates."""
        if not node.in_regime(self.regime):
            return False
        return node.designated_by(self.authority) if self.authority else node.designated

    def strongest(self, a: int, b: int) -> tuple[float, list[Edge]]:
        edges = self.network.edges_between(a, b)
        return max((self.weights.edge(e) for e in edges), default=0.0), edges

    def ties(self, index: int) -> list[Tie]:
        found: dict[int, Tie] = {}
        nodes = self.network.nodes
        for near in self.network.neighbours(index):
            strength, edges = self.strongest(index, near)
            if self.is_anchor(nodes[near]):
                found[near] = Tie(near, strength, 0.0, edges)
                continue
            if (
                nodes[near].designated
                or self.network.graph.degree(near) > self.weights.max_intermediate_degree
            ):
                continue
            for far in self.network.neighbours(near):
                if far == index or not self.is_anchor(nodes[far]):
                    continue
                second, far_edges = self.strongest(near, far)
                value = self.weights.indirect * strength * second
                current = found.get(far)
                if current is None or (current.through is not None and value > current.strength):
                    found[far] = Tie(far, value, 0.0, edges + far_edges, through=near)
        for tie in found.values():
            tie.contribution = tie.strength * self.weights.designated(nodes[tie.designated])
        return sorted(found.values(), key=lambda t: -t.contribution)

    def rank(self, index: int) -> Candidate | None:
        ties = self.ties(index)
        if not ties:
            return None
        node = self.network.nodes[index]
        total = sum(t.contribution / k for k, t in enumerate(ties, start=1))
        sides = set().union(*(_sides(self.network.nodes[t.designated]) for t in ties))
        bridges = sides >= {"dprk", "russia"}
        if (
            self.regime == "nexus"
            and not bridges
            and not any(self.network.nodes[t.designated].nexus for t in ties)
        ):
            return None  # tied to one side only: not a node of DPRK–Russia cooperation
        if bridges:
            total *= self.weights.bridge
        if self.authority is not None and node.designated:
            total *= 1 + self.weights.designated_elsewhere * len(node.listings)
        return Candidate(index, total, ties, bridges)


def candidates(
    network: Network,
    regime: str | None = None,
    authority: str | None = None,
    weights: Weights | None = None,
    limit: int | None = None,
) -> list[Candidate]:
    """Candidates for designation, best first."""
    ranker = Ranker(network, weights or Weights.load(), regime, authority)
    found = []
    for index, node in enumerate(network.nodes):
        if ranker.is_candidate(node) and (result := ranker.rank(index)) is not None:
            found.append(result)
    found.sort(key=lambda c: (-c.score, network.nodes[c.index].name))
    return found[:limit] if limit else found


def candidate_dict(network: Network, candidate: Candidate, rank: int) -> dict[str, Any]:
    node = network.nodes[candidate.index]
    reasons = []
    for tie in candidate.ties:
        other = network.nodes[tie.designated]
        reason: dict[str, object] = {
            "designated": other.id,
            "name": other.name,
            "designated_by": {a: list(p) for a, p in sorted(other.listings.items())},
            "regimes": sorted(other.regimes),
            "nexus_target": bool(other.nexus),
            "tie": round(tie.strength, 3),
            "contribution": round(tie.contribution, 3),
            "edges": [e.evidence() for e in tie.edges],
        }
        if tie.through is not None:
            middle = network.nodes[tie.through]
            reason["through"] = {"id": middle.id, "name": middle.name}
        reasons.append(reason)
    return {
        "rank": rank,
        "id": node.id,
        "name": node.name,
        "kind": node.kind,
        "schema": node.schema,
        "score": round(candidate.score, 3),
        "designated_by": {a: list(p) for a, p in sorted(node.listings.items())},
        "bridges_dprk_russia": candidate.bridges,
        "reasons": reasons,
    }
