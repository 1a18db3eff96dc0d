"""Consonant keys: spellings that differ in vowels or in how a consonant is written."""

from __future__ import annotations

import pytest

from nodewatch.names.phonetic import consonant_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("qadhafi", "gaddafi"),
        ("ghasem", "qasem"),
        ("prigojine", "prigozhin"),
        ("rouhani", "rowhani"),
        ("kandari", "kondori"),
        ("mohammed", "muhammad"),
        ("breeze", "briz"),
        ("domain", "domen"),
    ],
)
def test_same_key(a: str, b: str) -> None:
    assert consonant_key(a) == consonant_key(b)


@pytest.mark.parametrize(("a", "b"), [("anton", "antonina"), ("kirill", "karl"), ("rahman", "karim")])
def test_different_key(a: str, b: str) -> None:
    assert consonant_key(a) != consonant_key(b)


def test_final_h_after_a_vowel_is_no_consonant() -> None:
    from nodewatch.names.phonetic import consonant_key

    assert consonant_key("abdullah")[0] == consonant_key("abdulla")[0]
    assert consonant_key("haniyeh")[0] == consonant_key("haniya")[0]
