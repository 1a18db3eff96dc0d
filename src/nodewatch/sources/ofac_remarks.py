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
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

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


# What one segment says, as steps to apply to a record. Interpreting is a pure function of
# (schema, segment) and cached: the same segment ("Gender Male", the DPRK secondary-sanctions
# sentence) recurs thousands of times in one list and in every snapshot of it.
Action = (
    tuple[Literal["prop"], str, str]
    | tuple[Literal["date"], str, DateValue | None, str]
    | tuple[Literal["name"], Name]
    | tuple[Literal["link"], Link]
    | tuple[Literal["fact"], str, str]
    | tuple[Literal["note"], str]
)


def apply_remarks(record: Record, text: str) -> RemarkResult:
    """Read every segment of one remark into the record."""
    actions, unrecognised, truncated = read_remarks(record.schema, text)
    result = RemarkResult(unrecognised=list(unrecognised), truncated=truncated)
    for action in actions:
        _apply(record, action, result)
    return result


@lru_cache(maxsize=50_000)
def read_remarks(schema: str, text: str) -> tuple[tuple[Action, ...], tuple[str, ...], str | None]:
    """(actions, unrecognised segments, cut-off last segment) of one remark; cached, as most rows
    of a list recur unchanged in every later snapshot of it."""
    actions: list[Action] = []
    unrecognised: list[str] = []
    truncated = None
    segments = split_remarks(text)
    if segments and is_truncated(text):
        truncated = segments.pop()
        actions.append(("note", f"Remarks (cut off by OFAC): {truncated}"))
    elif segments:
        segments[-1] = strip_terminator(segments[-1])
    for segment in segments:
        found = interpret(schema, segment)
        if found is None:
            unrecognised.append(segment)
            actions.append(("note", segment))
        else:
            actions.extend(found)
    return tuple(actions), tuple(unrecognised), truncated


def _apply(record: Record, action: Action, result: RemarkResult) -> None:
    if action[0] == "prop":
        record.add(action[1], action[2])
    elif action[0] == "date":
        record.add_date(action[1], action[2], raw=action[3])
    elif action[0] == "name":
        record.add_name(action[1])
    elif action[0] == "link":
        record.links.append(action[1])
    elif action[0] == "fact":
        result.sanction_facts.append((action[1], action[2]))
    else:
        record.notes.append(action[1])


@lru_cache(maxsize=100_000)
def interpret(schema: str, segment: str) -> tuple[Action, ...] | None:
    """What one segment says for a record of this schema; None when nothing in the grammar fits."""
    body = segment[5:].lstrip() if segment[:5].lower() == "alt. " else segment
    head = body[:12].lower()
    if head[1:6] in (".k.a.", ".b.a.") and (m := _NAME.match(body)):
        name = _alias(m[1].lower(), m[2])
        return None if name is None else (("name", name),)
    if "linked" in head and (m := _LINKED.match(body)):
        # "(Linked To: X)" closes its own parenthesis; "Linked To: RAHBAR (LEADER) OFFICE" keeps it.
        target = m[2][:-1].rstrip() if m[1] and m[2].endswith(")") else m[2]
        target = strip_terminator(target)
        return (("link", Link("linked_to", target_name=target, text=segment)),) if target else None
    if found := match_key(body):
        return _key_actions(schema, found[0], found[1], segment)
    # Old entries give a website or e-mail address with no key at all.
    for pattern, prop in ((_BARE_URL, "website"), (_BARE_EMAIL, "email")):
        if m := pattern.match(body):
            return (("prop", prop, m[1]),) if prop_for(schema, (prop,)) else (("note", body),)
    if schema == "Person" and _is_position(body):
        return (("prop", "position", strip_terminator(body)),)
    return None


def _is_position(text: str) -> bool:
    g = grammar()
    return text.startswith(g.position_prefixes) or g.position_words.search(text) is not None


def _alias(letter: str, text: str) -> Name | None:
    """The quoted name of an a.k.a. / f.k.a. / n.k.a. / d.b.a. segment."""
    value = text.strip()
    if value.endswith(("'.", '".')):  # the remark's closing dot after the closing quote
        value = value[:-1]
    if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
        value = value[1:-1]
    elif value[:1] in ("'", '"'):
        value = value[1:]
    value = value.strip()
    if not value:
        return None
    if re.search(r"\b(weak|low quality)\b", value, re.I):
        return Name.make(value, kind="weak", quality="low")
    return Name.make(value, kind=_NAME_KIND[letter])


def _key_actions(schema: str, spec: KeySpec, value: str, segment: str) -> tuple[Action, ...] | None:
    if spec.kind == "sanction":
        return (("fact", *_sanction_fact(spec.key, value or segment)),)
    if spec.kind == "sanction_date":
        qualifier = ""
        if m := _QUALIFIER.match(value):
            qualifier, value = f" {m[1]}", m[2]
        date = read_date(value)
        return (("fact", f"{spec.key}{qualifier}", date.value if date else value),)
    if spec.kind == "note":
        return (("note", segment),)
    if not value:
        return None
    if spec.kind == "alias":
        return (("name", Name.make(value, kind="alias")),)
    if spec.kind == "link":
        return (("link", Link(spec.link, target_name=value, text=segment)),)
    prop = prop_for(schema, spec.props)
    if prop is None:
        return (("note", segment),)
    if spec.kind == "date":
        return (("date", prop, read_date(value), value),)
    if spec.kind == "identifier":
        return _identifier(prop, value, segment)
    if spec.kind == "imo":
        number = _ID_SPLIT.split(value, maxsplit=1)[0].strip()
        return (("prop", prop, IMO.normalize(number) or number),)
    if spec.kind == "phone":
        return (("prop", prop, phone_number(value)),)
    return (("prop", prop, value),)  # text, country, gender: FtM's type system cleans them


def _sanction_fact(key: str, value: str) -> tuple[str, str]:
    """("Executive Order", "13846 information: FOREIGN EXCHANGE.") -> ("Executive Order 13846
    information", "FOREIGN EXCHANGE."): a short lead-in before a colon belongs to the label."""
    label = key.rstrip(":- ")
    value = " ".join(value.split())
    head, colon, rest = value.partition(": ")
    if colon and len(head) <= 40 and not key.endswith(":") and rest:
        return f"{label} {head}", rest
    return label, value


def _identifier(prop: str, value: str, segment: str) -> tuple[Action, ...]:
    """The number goes to the property; issuing country and dates stay with it as a note."""
    number = _ID_SPLIT.split(value, maxsplit=1)[0].strip().rstrip(".,")
    if not number:
        return (("note", segment),)
    if number != value.rstrip("."):
        return (("prop", prop, number), ("note", segment))
    return (("prop", prop, number),)


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
