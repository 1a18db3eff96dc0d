"""The API key that write endpoints require (NODEWATCH_API_KEY).

With no key configured the server is read-only: writes are refused with 403 rather than
left open. The key travels in ``X-API-Key`` or ``Authorization: Bearer <key>`` and is
compared in constant time.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

from nodewatch.api.state import app_state


def require_api_key(request: Request) -> None:
    expected = app_state(request).config.api_key
    if not expected:
        raise HTTPException(403, detail="writes are disabled on this server (NODEWATCH_API_KEY is not set)")
    given = request.headers.get("x-api-key")
    if given is None:
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        given = token.strip() if scheme.lower() == "bearer" else None
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401,
            detail="a valid API key is required (X-API-Key header)",
            headers={"WWW-Authenticate": "Bearer"},
        )
