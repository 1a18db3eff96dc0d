"""Hand-made cross-script pairs (Hangul, Han, Cyrillic vs Latin), labelled from knowledge of
the people and bodies named, not from the matcher: a guard for the held-out suites."""

from __future__ import annotations

import json
from pathlib import Path

from nodewatch.match import score

PAIRS = Path(__file__).resolve().parents[1] / "fixtures" / "match" / "cross_script.jsonl"


def test_cross_script_pairs() -> None:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(pairs) >= 80
    wrong = [
        (p["label"], p["query"]["properties"]["name"][0], p["candidate"]["properties"]["name"][0])
        for p in pairs
        if score(p["query"], p["candidate"]).match != p["label"]
    ]
    assert not wrong, wrong
