"""Safe XML reading for every XML list format.

Official lists never carry a DTD, so any DOCTYPE is refused outright: that closes external
entities, entity-expansion bombs and network fetches in one rule, before lxml sees a byte.
lxml is then configured to resolve nothing and load nothing, as a second wall.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from nodewatch.sources.base import MAX_FIELD_CHARS, SourceError, check_field

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
# Single-byte encodings accept any byte, so a UTF-8 file declared as one of them would parse
# into silent mojibake ("cafÃ©"); that mismatch has to be caught before lxml decodes.
_SINGLE_BYTE = re.compile(rb"^(?:iso-?8859-?\d+|latin-?\d|l\d|windows-?125\d|cp-?125\d)$", re.I)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Byte-order marks of the wide encodings lxml accepts (UTF-32 first: its LE mark starts with UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_SNIFF_BYTES = 8192
# Declaration, comments, whitespace and a DOCTYPE (which parse_xml refuses, with its line).
_SNIFF_PROLOG = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.S)
_SNIFF_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(path: Path | str, data: bytes) -> etree._Element:
    """Parse a whole XML document, or raise SourceError with line and column."""
    view = _utf8_view(path, data)
    if m := _DOCTYPE.search(view):
        line = view.count(b"\n", 0, m.start()) + 1
        raise SourceError(path, f"line {line}", "DTD/entity declarations are not allowed in a sanctions list")
    _check_declared_encoding(path, data)
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (0, 0)
        raise SourceError(path, f"line {line}, column {column}", f"malformed XML: {exc.msg}") from None
    if root is None:
        raise SourceError(path, "line 1", "empty XML document")
    return root


def _wide_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)


def _utf8_view(path: Path | str, data: bytes) -> bytes:
    """The bytes to screen before parsing: the file itself, or a UTF-16/32 file as UTF-8.

    A wide file hides "<!DOCTYPE" from a byte search, and lxml trusts its byte-order mark
    over a declaration that says otherwise; both are settled here.
    """
    wide = _wide_encoding(data)
    if wide is None:
        return data
    view = data.decode(wide.lower(), errors="replace").encode("utf-8")
    declared = _DECLARED.match(view[:200])
    if declared and not declared.group(1).decode().upper().startswith(wide):
        raise SourceError(
            path, "line 1", f"declared encoding {declared.group(1).decode()} but the bytes are {wide}"
        )
    return view


def _check_declared_encoding(path: Path | str, data: bytes) -> None:
    """Refuse a file whose declaration names a single-byte encoding but whose bytes are UTF-8."""
    declared = _DECLARED.match(data[:200])
    if not declared or not _SINGLE_BYTE.match(declared.group(1)):
        return
    first = _NON_ASCII.search(data)
    if first is None:
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    line = data.count(b"\n", 0, first.start()) + 1
    raise SourceError(
        path,
        f"line {line}, byte {first.start()}",
        f"declared encoding {declared.group(1).decode()} but the bytes are UTF-8",
    )


def sniff_root(data: bytes) -> tuple[str, str]:
    """The root element's name and the text of the first few KB, for format detection.

    Detection must be cheap and never raise: the head is decoded leniently (UTF-16/32 by
    its byte-order mark) and only the prolog is skipped. Returns ("", head) if no element.
    """
    encoding = (_wide_encoding(data) or "utf-8").lower()
    head = data[: _SNIFF_BYTES * 4].decode(encoding, errors="replace")[:_SNIFF_BYTES].lstrip("\ufeff")
    body = _SNIFF_PROLOG.sub("", head, count=1)
    m = _SNIFF_ROOT.match(body)
    return (local(m.group(1).rsplit(":", 1)[-1]) if m else ""), head


def check_sizes(path: Path | str, data: bytes, root: etree._Element) -> None:
    """Refuse any text or attribute longer than a list field can be, naming its line.

    A field can only be that long if the raw bytes hold as long a run without "<", so the
    tree is walked only in that rare case; parsers need not guard every value they read.
    """
    if max(map(len, data.split(b"<"))) <= MAX_FIELD_CHARS:
        return
    for element in root.iter():
        position = f"line {element.sourceline}"
        for value in (element.text, element.tail, *element.attrib.values()):
            if value is not None and len(value) > MAX_FIELD_CHARS:
                check_field(path, position, value)


def local(tag: object) -> str:
    """Tag name without namespace, so parsers work whether or not the file declares one."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def text_of(element: etree._Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    value = " ".join(element.text.split())
    return value or None


def all_text(element: etree._Element) -> str:
    """All text inside an element, whitespace collapsed (a leaf's text, or its subtree's)."""
    if len(element) == 0:
        return " ".join((element.text or "").split())
    pieces = (t if isinstance(t, str) else t.decode() for t in element.itertext())
    return " ".join(" ".join(pieces).split())
