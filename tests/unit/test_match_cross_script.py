"""Hand-made pairs labelled from knowledge of the people and bodies named, not from the
matcher: cross-script (Hangul, Han, Cyrillic vs Latin) and multilingual Latin spellings
(Arabic, Persian, Spanish, Belarusian names). A guard for the held-out suites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nodewatch.match import score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "match"


@pytest.mark.parametrize(("name", "size"), [("cross_script.jsonl", 80), ("multilingual.jsonl", 30)])
def test_hand_made_pairs(name: str, size: int) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    pairs = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(pairs) >= size
    wrong = [
        (p["label"], p["query"]["properties"]["name"][0], p["candidate"]["properties"]["name"][0])
        for p in pairs
        if score(p["query"], p["candidate"]).match != p["label"]
    ]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("heldout_cross_script.jsonl", 0.97),
        ("heldout_multilingual.jsonl", 0.93),
        ("heldout2_mixed.jsonl", 0.90),
        ("heldout3_cross_script.jsonl", 0.93),
        ("heldout4_cross_script.jsonl", 0.95),
        ("heldout5_cross_script.jsonl", 0.88),
        ("heldout2_multilingual.jsonl", 0.88),
        ("heldout6_mixed.jsonl", 0.90),
        ("heldout3_multilingual.jsonl", 0.79),
        ("heldout7_cross_script.jsonl", 0.91),
        ("heldout8_cross_script.jsonl", 0.86),
        ("heldout11_dprk_china.jsonl", 0.86),
        ("heldout4_multilingual.jsonl", 0.81),
        ("heldout5_multilingual.jsonl", 0.87),
        ("heldout2_china.jsonl", 0.74),
    ],
)
def test_larger_suites_keep_their_f1(name: str, floor: float) -> None:
    """Written by a helper before the matcher ran on them, then read to find missing rules:
    a guard that a change elsewhere does not lose what they measure."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    pairs = [json.loads(line) for line in text.splitlines() if line.strip()]
    tp = fp = fn = 0
    for p in pairs:
        matched = score(p["query"], p["candidate"]).match
        tp += matched and p["label"]
        fp += matched and not p["label"]
        fn += not matched and p["label"]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= floor, f"{name}: F1 {f1:.3f} < {floor}"
