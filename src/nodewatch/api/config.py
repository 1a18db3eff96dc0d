"""The API's knobs, read from the environment once per app.

NODEWATCH_API_KEY        key that write endpoints require (writes are refused while unset)
NODEWATCH_CORS_ORIGINS   comma-separated origins allowed cross-site (CORS is off while unset)
NODEWATCH_MAX_BODY       largest request body accepted, in bytes (default 1 MiB)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

MAX_BATCH = 100  # queries in one /match request, as yente
MAX_MATCH_LIMIT = 100  # results per query
MAX_SEARCH_LIMIT = 100
MAX_VALUES = 50  # values of one query (all properties together)
MAX_VALUE_LENGTH = 500  # characters of one value
DEFAULT_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class ApiConfig:
    api_key: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY

    @classmethod
    def from_env(cls) -> ApiConfig:
        origins = tuple(
            o.strip() for o in os.environ.get("NODEWATCH_CORS_ORIGINS", "").split(",") if o.strip()
        )
        max_body = os.environ.get("NODEWATCH_MAX_BODY", "")
        return cls(
            api_key=os.environ.get("NODEWATCH_API_KEY") or None,
            cors_origins=origins,
            max_body=int(max_body) if max_body.isdigit() else DEFAULT_MAX_BODY,
        )
