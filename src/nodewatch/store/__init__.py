"""The embedded store: releases, statements, history and the records they rebuild."""

from nodewatch.store.db import connect
from nodewatch.store.history import Release, diff, list_releases, state
from nodewatch.store.ingest import IngestResult, ingest_path
from nodewatch.store.records import current_records, records_of

__all__ = [
    "IngestResult",
    "Release",
    "connect",
    "current_records",
    "diff",
    "ingest_path",
    "list_releases",
    "records_of",
    "state",
]
