"""Getting lists into the store: local files, a folder of them, or fresh downloads.

Each file is its own transaction: one bad file is reported and leaves the store and the
other files' releases untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import httpx

from nodewatch.model.registry import registry
from nodewatch.sources.base import SourceError
from nodewatch.sources.download import DownloadError, fetch, read_meta
from nodewatch.store.ingest import IngestResult, ingest_path
from nodewatch.store.releases import Provenance, date_in_name, local_provenance

SKIP_NAMES = {"PROVENANCE.md", "SHA256SUMS", "README.md", "latest.meta.json"}


@dataclass(frozen=True)
class Outcome:
    path: Path
    result: IngestResult | None = None
    error: str | None = None
    skipped_reason: str | None = None


def list_files(folder: Path) -> list[Path]:
    """Candidate list files in a folder tree, oldest (by date in name) first."""
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.name not in SKIP_NAMES
        and not p.name.startswith(".")
        and not p.name.endswith(".meta.json")
    ]
    return sorted(files, key=lambda p: (date_in_name(p.name) or date.min, str(p)))


def _provenance(path: Path, published: date | None) -> Provenance:
    meta = read_meta(path)
    if meta is None:
        return local_provenance(path, published)
    return Provenance(
        origin=meta["url"],
        filename=meta.get("original_name") or path.name,
        fetched_at=datetime.fromisoformat(meta["fetched_at"]),
        published_option=published,
    )


def ingest_many(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[Path],
    published: date | None = None,
    skip_unrecognised: bool = False,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    outcomes = []
    for path in paths:
        try:
            outcome = Outcome(path, result=ingest_path(con, path, _provenance(path, published)))
        except SourceError as exc:
            if skip_unrecognised and "not a recognised" in exc.message:
                outcome = Outcome(path, skipped_reason="not a sanctions list file")
            else:
                outcome = Outcome(path, error=str(exc))
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def download_all(
    archive: Path,
    datasets: Iterable[str] | None = None,
    client: httpx.Client | None = None,
    url_override: Callable[[str], str | None] | None = None,
    on_progress: Callable[[str, int, int | None], None] | None = None,
) -> list[tuple[str, Path | None, str | None]]:
    """Fetch each list; returns (dataset, new file or None if unchanged, error or None)."""
    wanted = set(datasets) if datasets else None
    own_client = client is None
    client = client or httpx.Client(timeout=httpx.Timeout(30.0, read=120.0))
    results: list[tuple[str, Path | None, str | None]] = []
    try:
        for spec in registry().all_lists():
            if wanted is not None and spec.dataset not in wanted:
                continue
            url = url_override(spec.dataset) if url_override else None

            def progress(done: int, total: int | None, dataset: str = spec.dataset) -> None:
                if on_progress:
                    on_progress(dataset, done, total)

            try:
                got = fetch(spec, archive, client, url=url, progress=progress)
                results.append((spec.dataset, got.path, None))
            except DownloadError as exc:
                results.append((spec.dataset, None, str(exc)))
    finally:
        if own_client:
            client.close()
    return results
