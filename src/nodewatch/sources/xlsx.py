"""Reading xlsx lists safely and fast.

An xlsx file is a zip of XML parts. Before any XML is read, the zip directory is checked:
a corrupt or truncated zip, or one that claims to inflate to an absurd size (a zip bomb),
is refused with a ``SourceError``. Whole sheets are read with python-calamine (Rust; a
sheet of 19,000 rows in well under a second, where openpyxl needs many). ``head_rows``
reads only the first rows of the first sheet, so format sniffing costs milliseconds.
"""

from __future__ import annotations

import codecs
import html
import io
import re
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import python_calamine

from nodewatch.sources.base import SourceError
from nodewatch.sources.xml import local, parse_xml

ZIP_MAGIC = b"PK\x03\x04"
# The largest official xlsx list inflates to ~17 MB; 200 MB is absurd for a list.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
# Deflate cannot compress more than ~1032:1, so a larger declared ratio is a forged directory.
MAX_RATIO = 1100
_HEAD_BYTES = 256 * 1024
_SST_CHUNK = 64 * 1024

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"")
_REL = re.compile(rb"<Relationship\b[^>]*>")
_ATTR = re.compile(rb"(\w+)=\"([^\"]*)\"")
_ROW = re.compile(r"<(?:\w+:)?row\b[^>]*>(.*?)</(?:\w+:)?row>", re.S)
_CELL = re.compile(r"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_VALUE = re.compile(r"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_TEXT = re.compile(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", re.S)
_SI = re.compile(r"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>", re.S)
_CELL_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


def is_zip(data: bytes) -> bool:
    return data[:4] == ZIP_MAGIC


def open_zip(path: Path | str, data: bytes) -> zipfile.ZipFile:
    """The workbook's zip, after refusing non-zips, corrupt zips and zip bombs."""
    if not is_zip(data):
        raise SourceError(path, "byte 0", "not an xlsx workbook (no zip signature)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise SourceError(path, "zip directory", f"corrupt or truncated xlsx: {exc}") from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SourceError(
                path, f"zip member {info.filename}", "declared compression ratio is impossible (zip bomb?)"
            )
    if total > MAX_UNCOMPRESSED:
        raise SourceError(
            path,
            "zip directory",
            f"workbook inflates to {total:,} bytes, more than the {MAX_UNCOMPRESSED:,} allowed (zip bomb?)",
        )
    return archive


def read_sheet(
    path: Path | str, data: bytes, preferred: str | None = None
) -> tuple[str, Sequence[Sequence[object]]]:
    """All rows of the ``preferred`` sheet (or the first sheet): (sheet name, rows)."""
    open_zip(path, data)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = workbook.sheet_names
        if not names:
            raise SourceError(path, "workbook", "workbook has no sheet")
        name = preferred if preferred in names else names[0]
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except python_calamine.CalamineError as exc:
        raise SourceError(path, "workbook", f"unreadable xlsx: {exc}") from None
    return name, rows


@lru_cache(maxsize=2)
def head_rows(data: bytes, nrows: int = 3) -> tuple[tuple[str, ...], ...]:
    """The first ``nrows`` rows of the first sheet as text, or () if the zip is not a workbook.

    For sniffing only: it reads the first 256 KiB of the sheet and as much of the shared
    strings table as those cells need, with plain regular expressions (no DTD, no entities).
    """
    try:
        archive = open_zip("<sniff>", data)
        sheet = _first_sheet_part(archive)
        if sheet is None:
            return ()
        with archive.open(sheet) as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace")
        raw_rows = [_row_cells(m.group(1)) for m in _ROW.finditer(head)][:nrows]
        needed = max((int(v) for row in raw_rows for _, t, v in row if t == "s" and v.isdigit()), default=-1)
        strings = _shared_strings(archive, needed) if needed >= 0 else []
    except (SourceError, zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        return ()
    rows = []
    for raw in raw_rows:
        width = max((col for col, _, _ in raw), default=-1) + 1
        cells = [""] * width
        for col, kind, value in raw:
            if kind == "s":
                index = int(value) if value.isdigit() else -1
                cells[col] = strings[index] if 0 <= index < len(strings) else ""
            else:
                cells[col] = value
        rows.append(tuple(" ".join(c.split()) for c in cells))
    return tuple(rows)


def core_modified(path: Path | str, data: bytes) -> str | None:
    """``dcterms:modified`` from docProps/core.xml, as the ISO text it states, if present."""
    archive = open_zip(path, data)
    try:
        core = archive.read("docProps/core.xml")
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise SourceError(path, "docProps/core.xml", f"corrupt xlsx part: {exc}") from None
    root = parse_xml(f"{path}:docProps/core.xml", core)
    for element in root:
        if local(element.tag) == "modified" and element.text and element.text.strip():
            return element.text.strip()
    return None


def _first_sheet_part(archive: zipfile.ZipFile) -> str | None:
    workbook = archive.read("xl/workbook.xml")
    match = _SHEET.search(workbook)
    if match is None:
        return None
    rels = archive.read("xl/_rels/workbook.xml.rels")
    for rel in _REL.finditer(rels):
        attrs = dict(_ATTR.findall(rel.group(0)))
        if attrs.get(b"Id") == match.group(1):
            target = attrs.get(b"Target", b"").decode()
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if not ch.isalpha():
            break
        index = index * 26 + (ord(ch.upper()) - 64)
    return index - 1


def _row_cells(body: str) -> list[tuple[int, str, str]]:
    cells = []
    for position, match in enumerate(_CELL.finditer(body)):
        attrs = dict(_CELL_ATTR.findall(match.group(1)))
        inner = match.group(2) or ""
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            value = "".join(_TEXT.findall(inner))
        else:
            found = _VALUE.search(inner)
            value = found.group(1) if found else ""
        col = _column_index(attrs["r"]) if "r" in attrs else position
        cells.append((col, kind, html.unescape(value)))
    return cells


def _shared_strings(archive: zipfile.ZipFile, needed: int) -> list[str]:
    """Shared strings up to index ``needed``, reading the part only as far as necessary."""
    strings: list[str] = []
    buffer = ""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    with archive.open("xl/sharedStrings.xml") as handle:
        while len(strings) <= needed:
            chunk = handle.read(_SST_CHUNK)
            buffer += decoder.decode(chunk, final=not chunk)
            end = 0
            for match in _SI.finditer(buffer):
                strings.append(html.unescape("".join(_TEXT.findall(match.group(1)))))
                end = match.end()
            buffer = buffer[end:]
            if not chunk:
                break
    return strings
