"""Single-sentence position reports (types 1, 2, 3 and 18) decoded in bulk with NumPy.

They are nine in ten AIS sentences, all 168 bits in 28 payload characters, with fields at fixed
bit offsets: a batch is one (n, 168) bit matrix and a few dot products, where decoding through
pyais costs tens of microseconds a sentence. Conversions are pyais' own (lat/lon to the 6th
decimal by integer rounding, speed and course in tenths), so both paths give the same numbers;
anything unusual (another length, a fill, a character outside the 6-bit alphabet) is left to
the general path through pyais.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# first payload character -> message type: "1", "2", "3" and "B" (18)
FIRST_CHARS = frozenset(b"123B")
PAYLOAD_CHARS = 28

# (offset, width, signed) of the fields of types 1-3 and of type 18
_FIELDS = {
    "class_a": {
        "mmsi": (8, 30, False),
        "status": (38, 4, False),
        "speed": (50, 10, False),
        "lon": (61, 28, True),
        "lat": (89, 27, True),
        "course": (116, 12, False),
        "heading": (128, 9, False),
    },
    "class_b": {
        "mmsi": (8, 30, False),
        "speed": (46, 10, False),
        "lon": (57, 28, True),
        "lat": (85, 27, True),
        "course": (112, 12, False),
        "heading": (124, 9, False),
    },
}


def candidate(parts: list[bytes]) -> bool:
    """Whether a sentence split at commas is a one-part type 1/2/3/18 report of standard shape."""
    return (
        len(parts) == 7
        and parts[1] == b"1"
        and parts[2] == b"1"
        and len(parts[5]) == PAYLOAD_CHARS
        and parts[5][0] in FIRST_CHARS
        and parts[6][:2] == b"0*"
        and parts[0][3:6] in (b"VDM", b"VDO")
        and (not parts[3] or parts[3].isdigit())
    )


@dataclass
class Batch:
    """The decoded reports of a batch, one row per sentence given."""

    checksum_ok: np.ndarray  # bool
    usable: np.ndarray  # bool: checksum ok and every payload character in the 6-bit alphabet
    msg_type: np.ndarray
    mmsi: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    sog: np.ndarray
    cog: np.ndarray
    heading: np.ndarray
    status: np.ndarray  # -1 for type 18, which has none


def _hex(digits: np.ndarray) -> np.ndarray:
    """Values of ASCII hex digits (either case); -1 for anything else."""
    d = digits.astype(np.int16)
    out = np.full(d.shape, -1, dtype=np.int16)
    out = np.where((d >= 48) & (d <= 57), d - 48, out)
    out = np.where((d >= 65) & (d <= 70), d - 55, out)
    return np.where((d >= 97) & (d <= 102), d - 87, out)


def _field(bits: np.ndarray, offset: int, width: int, signed: bool) -> np.ndarray:
    weights = np.left_shift(1, np.arange(width - 1, -1, -1, dtype=np.int64))
    value = bits[:, offset : offset + width] @ weights
    if signed:
        value = np.where(value >= 1 << (width - 1), value - (1 << width), value)
    return value


def _lat_lon(raw: np.ndarray) -> np.ndarray:
    """pyais' to_lat_lon: round(raw / 600000, 6) computed as ((10 raw + 3) // 6) / 1e6."""
    return ((10 * raw + 3) // 6) / 1e6


def decode(sentences: list[bytes]) -> Batch:
    """Decode sentences that passed ``candidate`` (each ``!..VDM,1,1,<seq>,<ch>,<28 chars>,0*hh``)."""
    n = len(sentences)
    stars = np.array([s.rfind(b"*") for s in sentences], dtype=np.int64)
    # NMEA checksum: XOR of the bytes between "!" and "*"
    flat = np.frombuffer(b"".join(sentences), dtype=np.uint8)
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    inside = np.zeros(len(flat) + 1, dtype=np.int8)
    inside[starts + 1] = 1
    inside[starts + stars] = -1
    body = np.where(np.cumsum(inside)[:-1] > 0, flat, 0).astype(np.uint8)
    computed = np.bitwise_xor.reduceat(body, starts) if n else np.zeros(0, dtype=np.uint8)
    digits = _hex(flat[np.stack((starts + stars + 1, starts + stars + 2), axis=1)]) if n else np.zeros((0, 2))
    given = digits[:, 0] * 16 + digits[:, 1]
    checksum_ok = (digits >= 0).all(axis=1) & (given == computed) & (lengths == stars + 3)
    # payload: the 28 characters before ",0*"
    at = starts + stars - 2 - PAYLOAD_CHARS
    chars = flat[at[:, None] + np.arange(PAYLOAD_CHARS)].astype(np.int16)
    sixbit = chars - 48
    sixbit = np.where(sixbit > 40, sixbit - 8, sixbit)
    in_alphabet = (((chars >= 48) & (chars <= 87)) | ((chars >= 96) & (chars <= 119))).all(axis=1)
    bits = np.unpackbits((sixbit.clip(0, 63).astype(np.uint8) << 2)[:, :, None], axis=2)[:, :, :6]
    bits = bits.reshape(n, PAYLOAD_CHARS * 6).astype(np.int64)
    msg_type = sixbit[:, 0].astype(np.int64)
    class_b = msg_type == 18
    cols = {}
    for name in ("mmsi", "speed", "lon", "lat", "course", "heading"):
        a = _field(bits, *_FIELDS["class_a"][name])
        b = _field(bits, *_FIELDS["class_b"][name])
        cols[name] = np.where(class_b, b, a)
    status = np.where(class_b, -1, _field(bits, *_FIELDS["class_a"]["status"]))
    return Batch(
        checksum_ok=checksum_ok,
        usable=checksum_ok & in_alphabet,
        msg_type=msg_type,
        mmsi=cols["mmsi"],
        lat=_lat_lon(cols["lat"]),
        lon=_lat_lon(cols["lon"]),
        sog=cols["speed"] / 10.0,
        cog=cols["course"] / 10.0,
        heading=cols["heading"],
        status=status,
    )
