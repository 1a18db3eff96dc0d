"""Country names to FtM country codes, exactly as FtM cleans them, without its start-up cost.

FtM (through rigour) builds an index of 25,000 territory names the first time any country
*name* is cleaned, which costs 3–6 s in every new process: a CLI call or a list ingest
would pay it each time. The same index is saved once per rigour version to the cache
folder and loaded from there, so the answers are FtM's and the cost is paid once.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path

import orjson
from rigour.territories.lookup import _get_territory_names, lookup_by_identifier, normalize_territory_name

from nodewatch import settings


def _cache_file() -> Path:
    return settings.cache_dir() / f"territory-names-rigour-{version('rigour')}.json"


def _build() -> dict[str, str]:
    return {name: t.ftm_country for name, t in _get_territory_names().items() if t.ftm_country}


@cache
def _names() -> dict[str, str]:
    path = _cache_file()
    try:
        data: dict[str, str] = orjson.loads(path.read_bytes())
        return data
    except (OSError, orjson.JSONDecodeError):
        pass
    names = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".territories-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(orjson.dumps(names))
        Path(tmp).replace(path)
    except OSError:
        pass  # a read-only home is no reason to fail; the next process rebuilds
    return names


@lru_cache(maxsize=20_000)
def clean_country(text: str) -> str | None:
    """An FtM country code for a code or name ("Korea, North" -> "kp"), or None."""
    territory = lookup_by_identifier(text)
    if territory is not None:
        return territory.ftm_country
    return _names().get(normalize_territory_name(text))
