"""Safe XML reading for every XML list format.

Official lists never carry a DTD, so any DOCTYPE is refused outright: that closes external
entities, entity-expansion bombs and network fetches in one rule, before lxml sees a byte.
lxml is then configured to resolve nothing and load nothing, as a second wall.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from nodewatch.sources.base import SourceError

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


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
    if m := _DOCTYPE.search(data):
        line = data.count(b"\n", 0, m.start()) + 1
        raise SourceError(path, f"line {line}", "DTD/entity declarations are not allowed in a sanctions list")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (0, 0)
        raise SourceError(path, f"line {line}, column {column}", f"malformed XML: {exc.msg}") from None
    if root is None:
        raise SourceError(path, "line 1", "empty XML document")
    return root


def local(tag: object) -> str:
    """Tag name without namespace, so parsers work whether or not the file declares one."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def text_of(element: etree._Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    value = " ".join(element.text.split())
    return value or None
