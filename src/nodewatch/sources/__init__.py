"""Official list formats: one module per format, each with download-free parse code.

Every format module exposes ``PARSERS``, a list of ``Parser`` objects. ``detect`` picks the
parser from the file's content (never its name) and ``parse_file`` runs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nodewatch.sources.base import ParsedFile, SourceError

FORMAT_MODULES = ("un", "ofac", "uk", "eu", "ca", "au")


@dataclass(frozen=True)
class Parser:
    format: str
    sniff: Callable[[bytes], bool]  # the whole file's bytes -> is this my format?
    parse: Callable[[Path, bytes], ParsedFile]


@cache
def all_parsers() -> tuple[Parser, ...]:
    parsers: list[Parser] = []
    for name in FORMAT_MODULES:
        module = importlib.import_module(f"nodewatch.sources.{name}")
        parsers.extend(module.PARSERS)
    return tuple(parsers)


def detect(path: Path, data: bytes) -> Parser:
    """The one parser whose sniff accepts the content; an error if none or several do."""
    if not data:
        raise SourceError(path, "byte 0", "file is empty")
    matches = [p for p in all_parsers() if p.sniff(data)]
    if not matches:
        raise SourceError(path, "start of file", "not a recognised sanctions list format")
    if len(matches) > 1:
        names = ", ".join(p.format for p in matches)
        raise SourceError(path, "start of file", f"content fits several formats ({names})")
    return matches[0]


def parse_file(path: Path, data: bytes | None = None) -> ParsedFile:
    """Read, detect and parse one list file."""
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(path, "", f"cannot read: {exc.strerror}") from None
    parser = detect(path, data)
    return parser.parse(path, data)
