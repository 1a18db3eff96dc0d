"""Shared fixtures: where the real data lives, and a fresh store per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NODEWATCH_DATA", REPO.parent / "shared" / "data")).resolve()
LISTS = DATA / "lists"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.fail(f"real data not found at {DATA}; set NODEWATCH_DATA")
    return DATA


@pytest.fixture(scope="session")
def lists_dir(data_dir: Path) -> Path:
    return data_dir / "lists"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
