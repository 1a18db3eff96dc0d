"""OFAC's "Remarks" column: the free-text half of every sdn.csv / cons_prim.csv row.

Most of what OFAC knows about a target (birth dates, passports, IMO numbers, aliases, the
"Linked To" network) is only in this column, as "; "-separated segments. The grammar of the
keys lives in ``data/ofac_remarks.toml``; this module splits the text, reads each segment into
the record and reports what it could not place, so nothing is dropped: unknown segments are
kept as notes and counted.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from followthemoney import model
from rigour.ids import IMO

from nodewatch.model.dates import DateValue, parse_date
from nodewatch.model.record import Link, Name, Record

# OFAC cuts the remarks column at this many characters (the rest is in sdn_comments.csv).
REMARKS_LIMIT = 1000

_NAME = re.compile(r"^([afnd])\.[kb]\.a\.?\s*[,:]?\s*(.*)$", re.I | re.S)
_NAME_KIND = {"a": "alias", "f": "former", "n": "alias", "d": "alias"}  # a.k.a., f.k.a., n.k.a., d.b.a.
_BARE_URL = re.compile(r"^((?:https?://|www\.)\S+)(?:\s*\(website\))?$", re.I)
_BARE_EMAIL = re.compile(r"^([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*\(e-?mail\))?\.?$", re.I)
_LINKED = re.compile(r"^(\(?)\s*Linked\s+To\s*:\s*(.*?)\s*$", re.I | re.S)
_ID_SPLIT = re.compile(r"\s*(?:\(|,?\s+(?:issued|expires|issue date|expire date|expiration)\b)", re.I)
_YEAR_SPAN = re.compile(r"^(circa\s+)?(\d{4})\s*-\s*(\d{4})$", re.I)
_QUALIFIER = re.compile(r"^\s*(\([^)]*\))\s*:?\s*(.*)$", re.S)
_WORD_END = re.compile(r"[\s:]")
_SEMICOLON_IN_PARENTHESES = re.compile(r"\([^()]*;")
_ABBREVIATED = re.compile(r"^(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True)
class KeySpec:
    key: str
    kind: str
    props: tuple[str, ...] = ()
    link: str = ""
    whole: bool = False  # the whole segment is the value ("HAMAS - Gaza")
    exact: bool = False  # only a segment that is the key itself ("Haji")
    folded: str = ""  # the key in lower case, as segments are compared


@dataclass(frozen=True)
class Grammar:
    by_word: dict[str, tuple[KeySpec, ...]]  # first word of a key -> its keys, longest first
    position_prefixes: tuple[str, ...]
    position_words: re.Pattern[str]
    abbreviations: frozenset[str]
    non_sdn: tuple[re.Pattern[str], ...]


@dataclass
class RemarkResult:
    """What a remark said beyond FtM properties: designation facts, and what was not understood."""

    sanction_facts: list[tuple[str, str]] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)
    truncated: str | None = None  # the cut-off last segment, if the remark was truncated


@cache
def grammar() -> Grammar:
    raw = tomllib.loads(
        resources.files("nodewatch.sources").joinpath("data/ofac_remarks.toml").read_text("utf-8")
    )
    by_word: dict[str, list[KeySpec]] = {}
    for entry in raw["key"]:
        for key in entry["keys"]:
            spec = KeySpec(
                key=key,
                kind=entry["kind"],
                props=tuple(entry.get("props", ())),
                link=entry.get("link", ""),
                whole=entry.get("whole", False),
                exact=entry.get("exact", False),
                folded=key.lower(),
            )
            by_word.setdefault(_first_word(spec.folded), []).append(spec)
    return Grammar(
        by_word={word: tuple(sorted(specs, key=lambda s: -len(s.key))) for word, specs in by_word.items()},
        position_prefixes=tuple(raw["position_prefixes"]),
        position_words=re.compile(rf"\b(?:{'|'.join(map(re.escape, raw['position_words']))})s?\b", re.I),
        abbreviations=frozenset(a.upper() for a in raw["terminator_abbreviations"]),
        non_sdn=tuple(re.compile(p, re.I) for p in raw["non_sdn_programmes"]),
    )


def _first_word(folded: str) -> str:
    """Up to the first space or colon: "Telephone:" and "Email:x@y.z" index under their key word."""
    return _WORD_END.split(folded.strip(), maxsplit=1)[0]


def match_key(body: str) -> tuple[KeySpec, str] | None:
    """The longest key the segment starts with, and the value after it.

    Keys are looked up by their first word (a dict hit, not a scan of every key); a key must
    end at a non-word character, so "DOB" never matches "DOBROV". An `exact` key (an honorific
    such as "Haji") must be the whole segment; a `whole` key is part of its own value.
    """
    folded = body.lower()
    for spec in grammar().by_word.get(_first_word(folded), ()):
        key = spec.folded
        end = len(key)
        if not folded.startswith(key) or (end < len(folded) and key[-1].isalnum() and folded[end].isalnum()):
            continue
        value = body[end:].lstrip(":# ").strip()
        if spec.exact and value:
            continue
        return spec, body if spec.whole else value
    return None


def split_remarks(text: str) -> list[str]:
    """Split on ";" outside parentheses; OFAC puts ";" inside "(Following data ...; ...)" notes.

    If the parentheses do not balance (a truncated or odd remark), split on every ";" instead,
    so one stray "(" cannot swallow the rest of the remark.
    """
    parts = text.split(";")
    if _SEMICOLON_IN_PARENTHESES.search(text):
        parts = _split_outside_parentheses(text) or parts
    return [p.strip() for p in parts if p.strip()]


def _split_outside_parentheses(text: str) -> list[str] | None:
    """Split at ";" at parenthesis depth 0; None if the parentheses do not balance."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ";" and not depth:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return None if depth else parts


def strip_terminator(text: str) -> str:
    """Take off the "." that closes a remark, but not one that belongs to "S.A." or "CO., LTD."."""
    if not text.endswith("."):
        return text
    words = text.replace(",", " ").split()
    last = words[-1] if words else ""
    if _ABBREVIATED.match(last) or last.upper() in grammar().abbreviations:
        return text
    return text[:-1].rstrip()


def is_truncated(text: str) -> bool:
    """OFAC cuts long remarks at REMARKS_LIMIT characters, mid-word and without the closing "."."""
    return len(text) >= REMARKS_LIMIT and not text.rstrip().endswith(".")


def apply_remarks(record: Record, text: str) -> RemarkResult:
    """Read every segment of one remark into the record."""
    result = RemarkResult()
    segments = split_remarks(text)
    if segments and is_truncated(text):
        result.truncated = segments.pop()
        record.notes.append(f"Remarks (cut off by OFAC): {result.truncated}")
    elif segments:
        segments[-1] = strip_terminator(segments[-1])
    for segment in segments:
        if not apply_segment(record, segment, result):
            result.unrecognised.append(segment)
            record.notes.append(segment)
    return result


def apply_segment(record: Record, segment: str, result: RemarkResult) -> bool:
    """Place one segment; False when nothing in the grammar fits it."""
    body = segment[5:].lstrip() if segment[:5].lower() == "alt. " else segment
    head = body[:12].lower()
    if head[1:6] in (".k.a.", ".b.a.") and (m := _NAME.match(body)):
        return _add_alias(record, m[1].lower(), m[2])
    if "linked" in head and (m := _LINKED.match(body)):
        # "(Linked To: X)" closes its own parenthesis; "Linked To: RAHBAR (LEADER) OFFICE" keeps it.
        target = m[2][:-1].rstrip() if m[1] and m[2].endswith(")") else m[2]
        target = strip_terminator(target)
        if not target:
            return False
        record.links.append(Link("linked_to", target_name=target, text=segment))
        return True
    if found := match_key(body):
        return _apply_key(record, found[0], found[1], segment, result)
    # Old entries give a website or e-mail address with no key at all.
    if m := _BARE_URL.match(body):
        record.add("website", m[1]) if prop_for(record.schema, ("website",)) else record.notes.append(body)
        return True
    if m := _BARE_EMAIL.match(body):
        record.add("email", m[1]) if prop_for(record.schema, ("email",)) else record.notes.append(body)
        return True
    if record.schema == "Person" and _is_position(body):
        record.add("position", strip_terminator(body))
        return True
    return False


def _is_position(text: str) -> bool:
    g = grammar()
    return text.startswith(g.position_prefixes) or g.position_words.search(text) is not None


def _add_alias(record: Record, letter: str, text: str) -> bool:
    value = text.strip()
    if value.endswith(("'.", '".')):  # the remark's closing dot after the closing quote
        value = value[:-1]
    if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
        value = value[1:-1]
    elif value[:1] in ("'", '"'):
        value = value[1:]
    value = value.strip()
    if not value:
        return False
    quality = None
    kind = _NAME_KIND[letter]
    if re.search(r"\b(weak|low quality)\b", value, re.I):
        kind, quality = "weak", "low"
    record.add_name(Name.make(value, kind=kind, quality=quality))
    return True


def _apply_key(record: Record, spec: KeySpec, value: str, segment: str, result: RemarkResult) -> bool:
    if spec.kind == "sanction":
        result.sanction_facts.append(_sanction_fact(spec.key, value or segment))
        return True
    if spec.kind == "sanction_date":
        qualifier = ""
        if m := _QUALIFIER.match(value):
            qualifier, value = f" {m[1]}", m[2]
        date = read_date(value)
        result.sanction_facts.append((f"{spec.key}{qualifier}", date.value if date else value))
        return True
    if spec.kind == "note":
        record.notes.append(segment)
        return True
    if not value:
        return False
    if spec.kind == "alias":
        record.add_name(Name.make(value, kind="alias"))
        return True
    if spec.kind == "link":
        record.links.append(Link(spec.link, target_name=value, text=segment))
        return True
    prop = prop_for(record.schema, spec.props)
    if prop is None:
        record.notes.append(segment)
        return True
    if spec.kind == "date":
        record.add_date(prop, read_date(value), raw=value)
    elif spec.kind == "identifier":
        _add_identifier(record, prop, value, segment)
    elif spec.kind == "imo":
        number = _ID_SPLIT.split(value, maxsplit=1)[0].strip()
        record.add(prop, IMO.normalize(number) or number)
    elif spec.kind == "phone":
        record.add(prop, phone_number(value))
    else:  # text, country, gender: FtM's type system cleans them
        record.add(prop, value)
    return True


def _sanction_fact(key: str, value: str) -> tuple[str, str]:
    """("Executive Order", "13846 information: FOREIGN EXCHANGE.") -> ("Executive Order 13846
    information", "FOREIGN EXCHANGE."): a short lead-in before a colon belongs to the label."""
    label = key.rstrip(":- ")
    value = " ".join(value.split())
    head, colon, rest = value.partition(": ")
    if colon and len(head) <= 40 and not key.endswith(":") and rest:
        return f"{label} {head}", rest
    return label, value


def _add_identifier(record: Record, prop: str, value: str, segment: str) -> None:
    """The number goes to the property; issuing country and dates stay with it as a note."""
    number = _ID_SPLIT.split(value, maxsplit=1)[0].strip().rstrip(".,")
    if not number:
        record.notes.append(segment)
        return
    record.add(prop, number)
    if number != value.rstrip("."):
        record.notes.append(segment)


@cache
def prop_for(schema: str, props: tuple[str, ...]) -> str | None:
    """The first of the properties the schema has."""
    schema_obj = model.get(schema)
    if schema_obj is None:
        return None
    return next((p for p in props if schema_obj.get(p) is not None), None)


def read_date(text: str) -> DateValue | None:
    """parse_date, plus OFAC's "circa 1947-1950" year spans."""
    text = text.strip().rstrip(".")
    if m := _YEAR_SPAN.match(text):
        text = f"{m[1] or ''}{m[2]} to {m[3]}"
    return parse_date(text)


def phone_number(text: str) -> str:
    """OFAC writes numbers with their country code but no "+": "(98)(21)(66153220)", "982188526300".

    Give FtM's phone cleaner the "+" it needs to read them; whatever it still refuses is kept
    by Record.add as a note.
    """
    text = text.strip().rstrip(".")
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or text.startswith("00"):
        return "+" + digits.removeprefix("00")
    if len(digits) >= 10 and not digits.startswith("0"):
        return "+" + digits
    return text


@cache
def is_non_sdn(programmes: tuple[str, ...]) -> bool:
    """True if every programme of a row is one that exists only on OFAC's non-SDN lists."""
    patterns = grammar().non_sdn
    return bool(programmes) and all(any(p.search(label) for p in patterns) for label in programmes)
