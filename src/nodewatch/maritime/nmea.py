"""Raw NMEA AIS (!AIVDM/!AIVDO) to columns, through pyais and a bulk path for position reports.

Real feeds mix AIS sentences with other NMEA talk, comments, receiver metadata and garbage,
and put the time in one of three places: an NMEA 4.10 tag block (``\\c:1671533231*..\\``), a
Gatehouse ``$PGHP`` line just before the sentence, or an epoch field after the checksum
(exactEarth, MSSIS). Every line is accounted for: used, skipped for a stated reason (blank,
comment, non-AIS NMEA) or counted as bad with its reason; nothing here raises on bad input.

pyais' own stream readers skip invalid sentences silently, so we drive the sentence factory
and the multi-sentence assembly ourselves to be able to count what fails. One-part position
reports of the common shape (types 1-3 and 18, nine in ten sentences) are set aside and decoded
together by vdm.py, which gives the same numbers as pyais at a fraction of the cost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from pyais.exceptions import (
    AISBaseException,
    MissingPayloadException,
    UnknownMessageException,
)
from pyais.messages import AISSentence, NMEASentenceFactory

from nodewatch.maritime import vdm
from nodewatch.maritime.report import IngestReport

POSITION_TYPES = frozenset({1, 2, 3, 18, 19, 27})
STATIC_TYPES = frozenset({5, 19, 24})
_PENDING_FRAGMENT_LIMIT = 10_000  # incomplete multi-part messages kept at once (hostile input)


@dataclass
class NmeaColumns:
    """Decoded positions and static reports.

    Positions come as tuples from the general path (one cheap append each) and as NumPy blocks
    from the bulk path (vdm.py); both rows are (line, time ms or -1, MMSI, type, lat, lon,
    speed or NaN, course or NaN, heading or -1, navigational status or -1), put back in line
    order by ``positions``.
    """

    rows: list[tuple[int, int, int, int, float, float, float, float, int, int]] = field(default_factory=list)
    blocks: list[np.ndarray] = field(default_factory=list)
    statics: list[dict[str, Any]] = field(default_factory=list)

    def positions(self) -> dict[str, np.ndarray]:
        """Numpy columns, in line order, with AIS "not available" codes turned into NaN / -1."""
        # float64 holds every integer field exactly (all below 2^53)
        table = np.concatenate([np.array(self.rows, dtype=np.float64).reshape(-1, 10), *self.blocks])
        table = table[np.argsort(table[:, 0], kind="stable")]
        msg_type = table[:, 3].astype(np.int16)
        sog, cog = table[:, 6].copy(), table[:, 7].copy()
        heading = table[:, 8].astype(np.int32)
        is27 = msg_type == 27
        # Type 27 codes speed 63 and course 511 as unavailable; the others 102.3 and 360.
        sog[(is27 & (sog >= 63)) | (~is27 & (sog >= 102.3))] = np.nan
        cog[(cog >= 360) | (cog < 0)] = np.nan
        heading[(heading >= 360) | (heading < 0)] = -1
        return {
            "ts_ms": table[:, 1].astype(np.int64),
            "mmsi": table[:, 2].astype(np.int64),
            "msg_type": msg_type,
            "lat": table[:, 4].copy(),
            "lon": table[:, 5].copy(),
            "sog": sog,
            "cog": cog,
            "heading": heading,
            "nav_status": table[:, 9].astype(np.int32),
        }


def usable_fix(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Fixes that are on the globe and not the 91/181 "not available" code."""
    return (np.abs(lat) <= 90) & (np.abs(lon) <= 180) & ~((lat == 0) & (lon == 0))


def _epoch_ms(value: str) -> int | None:
    """An epoch in seconds or milliseconds, as tag blocks and trailing fields write it."""
    try:
        number = float(value)
    except ValueError:
        return None
    if number > 1e11:  # milliseconds (seconds would be beyond year 5000)
        return int(number)
    return int(number * 1000) if number > 0 else None


def _tag_block(text: str) -> tuple[int | None, str | None]:
    """(c: timestamp in ms, where the sentence comes from) of an NMEA 4.10 tag block body.

    A ``g:`` sentence group ties the fragments of one message together, so it identifies the
    source better than ``s:``, which only the group's first sentence carries.
    """
    body = text.split("*", 1)[0]
    ts = source = group = None
    for item in body.split(","):
        key, _, value = item.partition(":")
        if key == "c":
            ts = _epoch_ms(value)
        elif key == "s":
            source = value
        elif key == "g":
            group = "g" + value.rsplit("-", 1)[-1]
    return ts, group or source


@lru_cache(maxsize=4096)
def _second_ms(stamp: tuple[bytes, ...]) -> int | None:
    """Epoch ms of (year, month, day, hour, minute, second) as bytes; a feed stamps many lines
    with the same second, so this is cached."""
    try:
        y, mo, d, h, mi, sec = map(int, stamp)
        return int(dt.datetime(y, mo, d, h, mi, sec, tzinfo=dt.UTC).timestamp()) * 1000
    except ValueError:
        return None


def _gatehouse_ms(fields: list[bytes]) -> int | None:
    """Time of a Gatehouse ``$PGHP,1,<y>,<m>,<d>,<h>,<min>,<s>,<ms>,...`` line (split at commas).

    Read by hand rather than through pyais' GatehouseSentence, which refuses the variants that
    carry a source name ("1AIS_S") in the online-data field.
    """
    if len(fields) < 9 or fields[1] != b"1":
        return None
    second = _second_ms(tuple(fields[2:8]))
    try:
        ms = int(fields[8])
    except ValueError:
        return None
    return None if second is None or not 0 <= ms < 1000 else second + ms


@dataclass
class _Fragment:
    sentence: AISSentence
    line_no: int
    ts_ms: int | None


class NmeaDecoder:
    """Feeds lines in, keeps columns and the report; one decoder per file."""

    def __init__(self, report: IngestReport, bulk: bool = True) -> None:
        """``bulk=False`` sends every sentence through pyais (the reference the bulk path is
        checked against)."""
        self.report = report
        self.bulk = bulk
        self.columns = NmeaColumns()
        self._pending_ts: int | None = None
        self._pending_source: str = ""
        self._fragments: dict[tuple[Any, ...], list[_Fragment]] = {}
        self.sentences = 0  # counted here, added to the report by finish()
        self.messages = 0
        # one-part position reports waiting for the bulk decoder: (sentence, line, time ms)
        self._bulk: list[bytes] = []
        self._bulk_at: list[tuple[int, int]] = []

    def feed(self, lines: Iterable[bytes], first_line_no: int = 1) -> None:
        counts = self.report.counts
        read = blank = comments = 0
        handle = self._line
        for line_no, raw in enumerate(lines, first_line_no):
            read += 1
            line = raw.strip()
            if not line:
                blank += 1
            elif line[0] == 35:  # "#"
                comments += 1
            else:
                handle(line, line_no)
        self._flush()
        counts["lines"] += read
        if blank:
            counts["blank"] += blank
        if comments:
            counts["comments"] += comments

    def finish(self) -> NmeaColumns:
        """Count what is left half-assembled at the end of the file."""
        self._flush()
        for parts in self._fragments.values():
            self._reject_fragments(parts, "incomplete multi-sentence message")
        self._fragments.clear()
        for key, value in (("sentences", self.sentences), ("messages", self.messages)):
            if value:
                self.report.counts[key] += value
        self.sentences = self.messages = 0
        return self.columns

    def _line(self, line: bytes, line_no: int) -> None:
        ts_ms: int | None = None
        source = ""
        if line[:1] == b"\\":
            end = line.find(b"\\", 1)
            if end < 0:
                self.report.reject(f"line {line_no}", "unterminated tag block", _text(line))
                return
            ts_ms, tag_source = _tag_block(line[1:end].decode("ascii", "replace"))
            source = tag_source or ""
            line = line[end + 1 :].strip()
            if not line:  # a tag block alone qualifies the next sentence (DMA "\si:AISD*3F\")
                if ts_ms is not None:
                    self._pending_ts = ts_ms
                self._pending_source = source
                self.report.counts["tag_lines"] += 1
                return
        if line[0] == 36:  # "$"
            self._dollar(line, line_no)
            return
        if line[0] != 33:  # "!"
            self.report.reject(f"line {line_no}", "not an NMEA sentence", _text(line))
            return
        star = line.find(b"*")
        if star < 0 or len(line) < star + 3:
            self.report.reject(f"line {line_no}", "no checksum", _text(line))
            return
        if len(line) > star + 3:  # exactEarth / MSSIS: ",<epoch>" after the checksum
            trailer = line[star + 3 :].lstrip(b",").strip()
            line = line[: star + 3]
            if ts_ms is None and trailer.isdigit():
                ts_ms = _epoch_ms(trailer.decode())
        if ts_ms is None:
            ts_ms = self._pending_ts
        source = source or self._pending_source
        self._pending_ts = None
        if self.bulk and vdm.candidate(line.split(b",")):
            self._bulk.append(line)
            self._bulk_at.append((line_no, -1 if ts_ms is None else ts_ms))
            return
        self._sentence(line, line_no, ts_ms, source)

    def _flush(self) -> None:
        """Decode the waiting one-part position reports in one go (see vdm.py)."""
        if not self._bulk:
            return
        lines, at = self._bulk, np.array(self._bulk_at, dtype=np.int64).reshape(-1, 2)
        self._bulk, self._bulk_at = [], []
        batch = vdm.decode(lines)
        for k in np.nonzero(~batch.checksum_ok)[0].tolist():
            self.report.reject(f"line {at[k, 0]}", "checksum mismatch", _text(lines[k]))
        for k in np.nonzero(batch.checksum_ok & ~batch.usable)[0].tolist():
            self._sentence(lines[k], int(at[k, 0]), None if at[k, 1] < 0 else int(at[k, 1]), "")
        ok = batch.usable
        count = int(ok.sum())
        self.sentences += count
        self.messages += count
        kinds, per_kind = np.unique(batch.msg_type[ok], return_counts=True)
        self.report.by_type.update(dict(zip(kinds.tolist(), per_kind.tolist(), strict=True)))
        fields = (batch.mmsi, batch.msg_type, batch.lat, batch.lon, batch.sog, batch.cog, batch.heading)
        self.columns.blocks.append(
            np.column_stack((at[ok, 0], at[ok, 1], *(f[ok] for f in fields), batch.status[ok])).astype(
                np.float64
            )
        )

    def _sentence(self, line: bytes, line_no: int, ts_ms: int | None, source: str) -> None:
        """The general path: one sentence through pyais (and multi-part assembly)."""
        try:
            sentence = NMEASentenceFactory.produce(line)
        except (AISBaseException, ValueError) as exc:
            self.report.reject(f"line {line_no}", _reason(exc, "malformed sentence"), _text(line))
            return
        if not isinstance(sentence, AISSentence):
            self.report.reject(f"line {line_no}", "not an AIS sentence", _text(line))
            return
        if not sentence.is_valid:
            self.report.reject(f"line {line_no}", "checksum mismatch", _text(line))
            return
        self.sentences += 1
        if sentence.frag_cnt == 1:
            self._decode(sentence, line_no, sentence.raw, 1, ts_ms)
        else:
            self._assemble(_Fragment(sentence, line_no, ts_ms), source)

    def _dollar(self, line: bytes, line_no: int) -> None:
        if line[1:5] != b"PGHP":
            self.report.counts["other_nmea"] += 1
            return
        fields = line.split(b"*", 1)[0].split(b",")
        ts_ms = _gatehouse_ms(fields)
        if ts_ms is None:
            self.report.reject(f"line {line_no}", "malformed $PGHP", _text(line))
            return
        self._pending_ts = ts_ms
        self._pending_source = b"/".join(fields[9:12]).decode("ascii", "replace")
        self.report.counts["timestamp_lines"] += 1

    def _assemble(self, fragment: _Fragment, source: str) -> None:
        s = fragment.sentence
        # The same message heard by two stations must not be spliced: the key holds the station.
        key = (source, s.talker_id, s.channel, s.seq_id, s.frag_cnt)
        parts = self._fragments.get(key)
        if s.frag_num == 1:
            if parts:
                self._reject_fragments(parts, "incomplete multi-sentence message")
            if len(self._fragments) >= _PENDING_FRAGMENT_LIMIT:
                oldest = next(iter(self._fragments))
                self._reject_fragments(self._fragments.pop(oldest), "incomplete multi-sentence message")
            self._fragments[key] = [fragment]
            return
        if not parts or parts[-1].sentence.frag_num != s.frag_num - 1:
            self.report.reject(f"line {fragment.line_no}", "fragment without its predecessor", _text(s.raw))
            return
        parts.append(fragment)
        if s.frag_num == s.frag_cnt:
            del self._fragments[key]
            first = parts[0]
            ts_ms = next((p.ts_ms for p in parts if p.ts_ms is not None), None)
            try:
                whole = AISSentence.assemble_from_iterable([p.sentence for p in parts])
            except (AISBaseException, ValueError, IndexError, KeyError, TypeError) as exc:
                self._undecodable(exc, first.line_no, first.sentence.raw, len(parts))
                return
            self._decode(whole, first.line_no, first.sentence.raw, len(parts), ts_ms)

    def _reject_fragments(self, parts: list[_Fragment], reason: str) -> None:
        for part in parts:
            self.report.reject(f"line {part.line_no}", reason, _text(part.sentence.raw))

    def _undecodable(self, exc: Exception, line_no: int, raw: bytes, n_parts: int) -> None:
        if isinstance(exc, AISBaseException):
            reason = _reason(exc, "undecodable payload")
        else:  # truncated or corrupt bit payloads
            reason = f"undecodable payload ({type(exc).__name__})"
        self.report.reject(f"line {line_no}", reason, _text(raw), n_parts)

    def _decode(
        self, sentence: AISSentence, line_no: int, raw: bytes, n_parts: int, ts_ms: int | None
    ) -> None:
        try:
            msg = sentence.decode()
        except (AISBaseException, ValueError, IndexError, KeyError, TypeError) as exc:
            self._undecodable(exc, line_no, raw, n_parts)
            return
        msg_type = msg.msg_type
        self.messages += 1
        self.report.by_type[msg_type] += 1
        if msg_type in POSITION_TYPES:
            self._position(msg, msg_type, ts_ms, line_no)
        if msg_type in STATIC_TYPES:
            self._static(msg, msg_type, ts_ms)

    def _position(self, msg: Any, msg_type: int, ts_ms: int | None, line_no: int) -> None:
        lat, lon, mmsi = msg.lat, msg.lon, msg.mmsi
        if lat is None or lon is None or mmsi is None:
            self.report.counts["truncated_reports"] += 1
            return
        speed, course = msg.speed, msg.course
        heading = getattr(msg, "heading", None)
        status = getattr(msg, "status", None)
        self.columns.rows.append(
            (
                line_no,
                -1 if ts_ms is None else ts_ms,
                int(mmsi),
                msg_type,
                float(lat),
                float(lon),
                np.nan if speed is None else float(speed),
                np.nan if course is None else float(course),
                -1 if heading is None else int(heading),
                -1 if status is None else int(status),
            )
        )

    def _static(self, msg: Any, msg_type: int, ts_ms: int | None) -> None:
        if msg.mmsi is None:
            self.report.counts["truncated_reports"] += 1
            return
        row: dict[str, Any] = {"ts_ms": ts_ms, "mmsi": int(msg.mmsi), "msg_type": msg_type}
        if msg_type == 5:
            row["imo"] = _int(msg.imo)
            row["destination"] = _clean(msg.destination)
            row["draught_m"] = _float(msg.draught, None) or None
        if msg_type == 24 and int(msg.partno) == 0:
            row["name"] = _clean(msg.shipname)
        else:
            if msg_type in (5, 19):
                row["name"] = _clean(msg.shipname)
            if msg_type in (5, 24):
                row["callsign"] = _clean(msg.callsign)
            row["ship_type"] = _int(msg.ship_type)
            bow, stern = _int(getattr(msg, "to_bow", 0)) or 0, _int(getattr(msg, "to_stern", 0)) or 0
            port, starboard = (
                _int(getattr(msg, "to_port", 0)) or 0,
                _int(getattr(msg, "to_starboard", 0)) or 0,
            )
            row["length_m"] = float(bow + stern) or None
            row["width_m"] = float(port + starboard) or None
        self.columns.statics.append(row)


def _int(value: Any) -> int | None:
    """A decoded integer field; 0 and missing (truncated payload) are "not available"."""
    return int(value) or None if value is not None else None


def _float(value: Any, default: float | None) -> float | None:
    return default if value is None else float(value)


def _clean(text: str | None) -> str | None:
    """AIS 6-bit text pads with "@" and spaces."""
    if not text:
        return None
    value = " ".join(text.replace("@", " ").split())
    return value or None


def _text(raw: bytes) -> str:
    return raw.decode("ascii", "replace")


def _reason(exc: Exception, default: str) -> str:
    if isinstance(exc, MissingPayloadException):
        return "empty payload"
    if isinstance(exc, UnknownMessageException):
        return "unsupported message type"
    return default
