"""The HTTP API: yente-compatible screening and nodewatch's coverage, network and history."""

from nodewatch.api.app import create_app

__all__ = ["create_app"]
