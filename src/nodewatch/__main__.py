"""`python -m nodewatch` runs the CLI (used by tests that need a separate process)."""

from nodewatch.cli import app

app()
