"""Names in the North Indian scripts, spelt as English writes them."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names.indic import romanize, script_of_word


@pytest.mark.parametrize(
    ("word", "script", "spelling"),
    [
        ("राहुल", "Devanagari", "rahul"),  # the inherent vowel goes at the end
        ("अमित", "Devanagari", "amit"),
        ("शाह", "Devanagari", "shah"),  # श is sh
        ("नरेन्द्र", "Devanagari", "narendra"),  # not after a cluster
        ("केजरीवाल", "Devanagari", "kejrival"),  # nor between a vowel and a voiced consonant
        ("अरविंद", "Devanagari", "arvind"),
        ("सिंह", "Devanagari", "singh"),
        ("ਭਗਵੰਤ", "Gurmukhi", "bhagvant"),
        ("হাসিনা", "Bengali", "hasina"),
        ("ગુજરાત", "Gujarati", "gujrat"),
    ],
)
def test_english_spellings(word: str, script: str, spelling: str) -> None:
    assert script_of_word(word) == script
    assert romanize(word, script)[0] == spelling


def test_alternatives_long_vowels_w_and_bengali_o_and_z() -> None:
    assert "bhagwant" in romanize("ਭਗਵੰਤ", "Gurmukhi")
    assert "ajeet" in romanize("अजीत", "Devanagari")
    assert "waazed" not in romanize("ওয়াজেদ", "Bengali") and "wazed" in romanize("ওয়াজেদ", "Bengali")


def test_a_final_iya_is_also_spelt_ia() -> None:
    assert "zia" in romanize("জিয়া", "Bengali")
    assert "sonia" in romanize("सोनिया", "Devanagari")


def test_a_nukta_changes_the_consonant() -> None:
    assert romanize("ज़मीन", "Devanagari")[0].startswith("z")


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        ("राहुल गांधी", "Rahul Gandhi", True),
        ("अमित शाह", "Amit Shah", True),
        ("नरेंद्र मोदी", "Narendra Modi", True),
        ("ਭਗਵੰਤ ਮਾਨ", "Bhagwant Mann", True),
        ("শেখ হাসিনা", "Sheikh Hasina", True),
        ("খালেদা জিয়া", "Khaleda Zia", True),
        ("राहुल गांधी", "Sonia Gandhi", False),
    ],
)
def test_names_meet_their_english_spellings(query: str, candidate: str, same: bool) -> None:
    def person(name: str) -> dict:
        return {"schema": "Person", "properties": {"name": [name]}}

    assert score(person(query), person(candidate)).match is same
