"""Fast JSON answers: data endpoints build plain dicts and serialise them once with orjson.

The response models still document every endpoint in OpenAPI (and schemathesis checks the
answers against them); skipping pydantic's re-validation of large entity lists keeps
/match inside its latency budget.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import JSONResponse


class JSONBytes(JSONResponse):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
