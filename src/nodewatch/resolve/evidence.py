"""A proposed link between two records, and the evidence for it.

Links are ranked by strength: a human judgement beats an identifier the authorities
themselves quote, which beats a shared document number, which beats a name match. The
clusterer applies them strongest first, so a weak link can never override a strong refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

STRENGTH = {"judgement": 0, "un_ref": 1, "imo": 2, "passport": 3, "registration": 3, "name": 4}


@dataclass(frozen=True)
class Evidence:
    a: str
    b: str
    kind: str
    detail: str
    score: float | None = None

    @property
    def rank(self) -> tuple[int, float]:
        return STRENGTH[self.kind], -(self.score or 1.0)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"a": self.a, "b": self.b, "kind": self.kind, "detail": self.detail}
        if self.score is not None:
            data["score"] = round(self.score, 3)
        return data
