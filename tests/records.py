"""Small list records built by hand, shared by the unit tests of matching."""

from __future__ import annotations

from nodewatch.model.dates import parse_date
from nodewatch.model.record import Name, Record


def record(rid: str, schema: str, *names: str, **props: str) -> Record:
    """A record of ``rid`` (its authority is the id's prefix): the first name primary, the
    others aliases; ``birthDate`` parsed with its precision, other properties as given."""
    rec = Record(rid, rid.split("-")[0], schema)
    for index, name in enumerate(names):
        rec.add_name(Name.make(name, kind="primary" if index == 0 else "alias"))
    for prop, value in props.items():
        if prop == "birthDate":
            rec.add_date("birthDate", parse_date(value))
        else:
            rec.add(prop, value)
    return rec
