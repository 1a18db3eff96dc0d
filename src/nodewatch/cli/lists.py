"""Commands for getting lists, ingesting them and reading their history."""

from __future__ import annotations

from nodewatch.cli import app


@app.command()
def version() -> None:
    """Print the nodewatch version."""
    from importlib.metadata import version as pkg_version

    print(pkg_version("nodewatch"))
