"""The one model every parser maps to: a target as one authority's list states it.

A ``Record`` is richer than a bare FtM entity on purpose: names keep their kind, quality,
script and parts; dates keep their precision; sanctions keep the authority's own
references; links keep the text they were read from. ``to_statements`` flattens a record
into (entity, property, value) statements for the store, ``from_statements`` rebuilds it,
and ``to_entities`` gives the FtM view (entity, its Sanction entities, its relations) that
exports and other tools speak.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import orjson
from followthemoney import model, registry
from followthemoney.proxy import EntityProxy
from rigour.text.scripts import text_scripts

from nodewatch.model.countries import clean_country
from nodewatch.model.dates import DateValue

# Name kinds and the FtM property each maps to.
NAME_KINDS = {
    "primary": "name",
    "alias": "alias",  # a.k.a., good/strong quality
    "variation": "alias",  # a spelling variation of the primary name
    "non-latin": "alias",  # the list's own non-Latin-script form
    "weak": "weakAlias",  # a.k.a. of low/weak quality
    "former": "previousName",  # f.k.a., former vessel names
}
NAME_PARTS = ("title", "firstName", "secondName", "middleName", "fatherName", "lastName")
_PART_ORDER = {part: index for index, part in enumerate(NAME_PARTS)}
SCHEMATA = ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane")
LINK_SCHEMA = {
    "owner": "Ownership",
    "asset_of": "Ownership",
    "director": "Directorship",
    "family": "Family",
    "associate": "Associate",
}

NAME_PROP = "nw:name"
DATE_PROP = "nw:date"
SANCTION_PROP = "nw:sanction"
LINK_PROP = "nw:link"
NOTE_PROP = "nw:note"  # text the parser kept but could not place in a property


def script_of(text: str) -> str:
    """The dominant non-Latin script of a name, else "Latin" (what matching needs to know)."""
    if text.isascii():  # most names: skip the per-character script lookup
        return "Latin"
    scripts = text_scripts(text)
    scripts.discard("Common")
    for preferred in ("Hangul", "Han", "Cyrillic", "Arabic", "Hiragana", "Katakana"):
        if preferred in scripts:
            return preferred
    if not scripts or scripts == {"Latin"}:
        return "Latin"
    return sorted(scripts)[0]


@dataclass(frozen=True)
class Name:
    value: str
    kind: str = "primary"
    quality: str | None = None
    script: str = "Latin"
    lang: str | None = None
    parts: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # One canonical order, so a name read back from the store equals the one parsed.
        ordered = tuple(sorted(self.parts, key=lambda kv: (_PART_ORDER.get(kv[0], 99), kv)))
        object.__setattr__(self, "parts", ordered)

    @classmethod
    def make(
        cls,
        value: str,
        kind: str = "primary",
        quality: str | None = None,
        lang: str | None = None,
        parts: dict[str, str] | None = None,
    ) -> Name:
        if kind not in NAME_KINDS:
            raise ValueError(f"unknown name kind {kind!r}")
        value = " ".join(value.split())
        clean_parts = tuple((k, " ".join(v.split())) for k, v in (parts or {}).items() if v and v.strip())
        for key, _ in clean_parts:
            if key not in NAME_PARTS:
                raise ValueError(f"unknown name part {key!r}")
        return cls(value, kind, quality, script_of(value), lang, clean_parts)

    @property
    def ftm_prop(self) -> str:
        return NAME_KINDS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"value": self.value, "kind": self.kind, "script": self.script}
        if self.quality:
            data["quality"] = self.quality
        if self.lang:
            data["lang"] = self.lang
        if self.parts:
            data["parts"] = dict(self.parts)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Name:
        return cls(
            value=data["value"],
            kind=data["kind"],
            quality=data.get("quality"),
            script=data.get("script", "Latin"),
            lang=data.get("lang"),
            parts=tuple(data.get("parts", {}).items()),
        )


@dataclass(frozen=True)
class Sanction:
    """One designation of the target under one programme of one authority."""

    programme: str  # programme code from the registry (or the label if unknown)
    listing_date: DateValue | None = None
    reason: str | None = None
    un_ref: str | None = None  # UN reference number quoted by the list, e.g. KPe.064
    authority_ref: str | None = None  # the authority's own reference, e.g. UK DPR0189
    source_url: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # other dated facts, e.g. ("designated", "2020-12-31")

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", tuple(sorted(self.extra)))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"programme": self.programme}
        if self.listing_date:
            data["listingDate"] = self.listing_date.to_dict()
        for key, value in (
            ("reason", self.reason),
            ("unRef", self.un_ref),
            ("authorityRef", self.authority_ref),
            ("sourceUrl", self.source_url),
        ):
            if value:
                data[key] = value
        if self.extra:
            data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sanction:
        listing = data.get("listingDate")
        return cls(
            programme=data["programme"],
            listing_date=DateValue.from_dict(listing) if listing else None,
            reason=data.get("reason"),
            un_ref=data.get("unRef"),
            authority_ref=data.get("authorityRef"),
            source_url=data.get("sourceUrl"),
            extra=tuple(data.get("extra", {}).items()),
        )


@dataclass(frozen=True)
class Link:
    """A relation the list states: "Linked To: X", "asset of X (UN Ref KPe.064)", owner ...

    ``target_ref`` is an id when the list names one (another record of the same list or a
    UN reference); ``target_name`` is the name as written. Resolving names to targets is the
    network stage's job, so the text is kept as it came.
    """

    kind: str
    target_name: str | None = None
    target_ref: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.target_name:
            data["targetName"] = self.target_name
        if self.target_ref:
            data["targetRef"] = self.target_ref
        if self.text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Link:
        return cls(data["kind"], data.get("targetName"), data.get("targetRef"), data.get("text", ""))


@dataclass(frozen=True)
class Statement:
    """One fact about one target, as the store keeps it."""

    id: int
    target_id: str
    schema: str
    prop: str
    value: str
    lang: str | None = None


def statement_id(target_id: str, prop: str, value: str, lang: str | None) -> int:
    """A stable 63-bit id: the same fact from two releases is one statement seen twice."""
    digest = hashlib.blake2b(
        f"{target_id}\x1f{prop}\x1f{value}\x1f{lang or ''}".encode(), digest_size=8
    ).digest()
    return int.from_bytes(digest, "big") >> 1


@lru_cache(maxsize=200_000)
def _clean(type_name: str, value: str) -> str | None:
    """FtM's cleaning of one value, cached: lists repeat the same countries and numbers on
    thousands of rows, and cleaning a country or phone number costs far more than a lookup."""
    if type_name == "country":
        return clean_country(value)
    return registry.get(type_name).clean(value, proxy=None)


def _json(data: dict[str, Any]) -> str:
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


@dataclass
class Record:
    id: str
    authority: str
    schema: str
    properties: dict[str, list[str]] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    dates: list[tuple[str, DateValue]] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    position: str = ""  # where in the file it came from, e.g. "line 1234" or "row 88"

    def add(self, prop: str, value: str | None) -> None:
        """Add an FtM property value, cleaned by FtM's type system; empty values are skipped."""
        if value is None:
            return
        value = " ".join(str(value).split())
        if not value:
            return
        schema = model.get(self.schema)
        if schema is None:
            raise ValueError(f"unknown schema {self.schema!r}")
        prop_obj = schema.get(prop)
        if prop_obj is None:
            raise ValueError(f"{self.schema} has no property {prop!r}")
        cleaned = _clean(prop_obj.type.name, value)
        if cleaned is None or len(cleaned) > prop_obj.max_length:
            # Unreadable, or longer than FtM lets the property hold (its validation would
            # reject the export): still evidence, so kept as a note.
            self.notes.append(f"{prop}: {value}")
            return
        values = self.properties.setdefault(prop, [])
        if cleaned not in values:
            values.append(cleaned)

    def add_name(self, name: Name) -> None:
        if name.value and name not in self.names:
            self.names.append(name)

    def add_date(self, prop: str, value: DateValue | None, raw: str | None = None) -> None:
        if value is None:
            if raw and raw.strip():
                self.notes.append(f"{prop}: {raw.strip()}")
            return
        if (prop, value) not in self.dates:
            self.dates.append((prop, value))

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.kind == "primary":
                return name.value
        return self.names[0].value if self.names else self.id

    def to_statements(self) -> Iterator[Statement]:
        def make(prop: str, value: str, lang: str | None = None) -> Statement:
            return Statement(
                statement_id(self.id, prop, value, lang), self.id, self.schema, prop, value, lang
            )

        for prop, values in self.properties.items():
            for value in values:
                yield make(prop, value)
        for name in self.names:
            yield make(NAME_PROP, _json(name.to_dict()), name.lang)
        for prop, date_value in self.dates:
            yield make(DATE_PROP, _json({"prop": prop, **date_value.to_dict()}))
        for sanction in self.sanctions:
            yield make(SANCTION_PROP, _json(sanction.to_dict()))
        for link in self.links:
            yield make(LINK_PROP, _json(link.to_dict()))
        for note in self.notes:
            yield make(NOTE_PROP, note)

    @classmethod
    def from_statements(cls, authority: str, rows: Iterable[tuple[str, str, str, str, str | None]]) -> Record:
        """Rebuild from (target_id, schema, prop, value, lang) rows of one target."""
        record: Record | None = None
        for target_id, schema, prop, value, _lang in rows:
            if record is None:
                record = cls(target_id, authority, schema)
            elif schema != record.schema and record.schema == "LegalEntity":
                # Companion lists (alt/add) do not know the schema; the primary list's wins.
                record.schema = schema
            if prop == NAME_PROP:
                record.names.append(Name.from_dict(orjson.loads(value)))
            elif prop == DATE_PROP:
                data = orjson.loads(value)
                record.dates.append((data.pop("prop"), DateValue.from_dict(data)))
            elif prop == SANCTION_PROP:
                record.sanctions.append(Sanction.from_dict(orjson.loads(value)))
            elif prop == LINK_PROP:
                record.links.append(Link.from_dict(orjson.loads(value)))
            elif prop == NOTE_PROP:
                record.notes.append(value)
            else:
                record.properties.setdefault(prop, []).append(value)
        if record is None:
            raise ValueError("no statements")
        record.names.sort(key=lambda n: (n.kind != "primary",))
        return record

    def to_entities(self) -> list[EntityProxy]:
        """The FtM view: the target, one Sanction entity per designation, its relations."""
        entity = model.make_entity(self.schema)
        entity.id = self.id
        for prop, values in self.properties.items():
            entity.add(prop, values, cleaned=True)
        primary_seen = False
        for name in self.names:
            prop = name.ftm_prop
            if prop == "name" and primary_seen:
                prop = "alias"
            entity.add(prop, name.value, cleaned=True)
            if name.kind == "primary" and not primary_seen:
                primary_seen = True
                for part, value in name.parts:
                    if entity.schema.get(part) is not None:
                        entity.add(part, value, cleaned=True)
        for prop, date_value in self.dates:
            if entity.schema.get(prop) is not None:
                entity.add(prop, date_value.iso_values(), cleaned=True)
        if self.notes and entity.schema.get("notes") is not None:
            entity.add("notes", self.notes, cleaned=True)
        entities = [entity]
        for sanction in self.sanctions:
            entities.append(self._sanction_entity(sanction))
        for index, link in enumerate(self.links):
            rel = self._link_entity(index, link)
            if rel is not None:
                entities.append(rel)
        return entities

    def _sanction_entity(self, sanction: Sanction) -> EntityProxy:
        proxy = model.make_entity("Sanction")
        proxy.id = f"{self.id}-sanction-{_slug(sanction.programme)}"
        proxy.add("entity", self.id)
        proxy.add("authority", self.authority)
        proxy.add("program", sanction.programme)
        proxy.add("programId", sanction.programme)
        if sanction.listing_date:
            proxy.add("listingDate", sanction.listing_date.value)
            proxy.add("startDate", sanction.listing_date.value)
        proxy.add("reason", sanction.reason)
        proxy.add("unscId", sanction.un_ref)
        proxy.add("authorityId", sanction.authority_ref)
        proxy.add("sourceUrl", sanction.source_url)
        proxy.add("recordId", self.id)
        return proxy

    def _link_entity(self, index: int, link: Link) -> EntityProxy | None:
        """Only links that name a record id become FtM relations; name-only links wait for resolve."""
        if not link.target_ref:
            return None
        schema = LINK_SCHEMA.get(link.kind, "UnknownLink")
        proxy = model.make_entity(schema)
        proxy.id = f"{self.id}-link-{index}"
        if schema == "Ownership":
            proxy.add("owner", link.target_ref)
            proxy.add("asset", self.id)
        elif schema == "Directorship":
            proxy.add("director", self.id)
            proxy.add("organization", link.target_ref)
        elif schema in ("Family", "Associate"):
            proxy.add("person", self.id)
            proxy.add("relative" if schema == "Family" else "associate", link.target_ref)
        else:
            proxy.add("subject", self.id)
            proxy.add("object", link.target_ref)
            proxy.add("role", link.kind)
        proxy.add("summary", link.text or None)
        return proxy


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")
