"""What an ingest tells its user: counts of what was read, kept and refused, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

MAX_EXAMPLES = 20


@dataclass
class IngestReport:
    path: str
    format: str = ""
    counts: Counter[str] = field(default_factory=Counter)  # lines, messages, positions, statics, ...
    by_type: Counter[int] = field(default_factory=Counter)  # decoded AIS messages per type
    bad_reasons: Counter[str] = field(default_factory=Counter)
    bad_examples: list[str] = field(default_factory=list)  # "line 12: reason: text"
    skipped: bool = False  # the same bytes were already in the store

    @property
    def bad(self) -> int:
        return sum(self.bad_reasons.values())

    def reject(self, where: str, reason: str, text: str = "", count: int = 1) -> None:
        """Count ``count`` unusable lines/rows for ``reason``; keep the first few as examples."""
        self.bad_reasons[reason] += count
        if len(self.bad_examples) < MAX_EXAMPLES:
            self.bad_examples.append(f"{where}: {reason}: {text[:120]}" if text else f"{where}: {reason}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "counts": dict(sorted(self.counts.items())),
            "by_type": {str(k): v for k, v in sorted(self.by_type.items())},
            "bad": self.bad,
            "bad_reasons": dict(self.bad_reasons.most_common()),
            "bad_examples": self.bad_examples,
            "skipped": self.skipped,
        }
