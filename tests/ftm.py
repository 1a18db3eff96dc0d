"""FtM validation of parsed records, shared by the real-data tests of every parser."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from followthemoney import model

from nodewatch.model.record import Record


def assert_entities_validate(records: Iterable[Record]) -> Counter[str]:
    """Every entity the records give (targets, Sanctions, links) passes FtM's own validation,
    and each sanction becomes one Sanction entity. Returns the count per schema."""
    schemata: Counter[str] = Counter()
    sanctions = 0
    for record in records:
        sanctions += len(record.sanctions)
        for entity in record.to_entities():
            data = entity.to_dict()
            model.get(data["schema"]).validate(data)  # raises InvalidData
            schemata[data["schema"]] += 1
    assert schemata["Sanction"] == sanctions
    return schemata
