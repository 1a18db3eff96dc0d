"""Hebrew names meet their Latin spellings by consonants (hebrew.tsv, hebrew_latin.tsv)."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names.hebrew import hebrew_key, latin_key


@pytest.mark.parametrize(
    ("hebrew", "latin"),
    [
        ("נתניהו", "netanyahu"),  # ו and י write vowels here
        ("אביגדור", "avigdor"),  # ב inside a word is v
        ("בנימין", "binyamin"),
        ("משה", "moshe"),  # a final ה is a vowel
        ("מנחם", "menachem"),  # ח is ch or kh
        ("אטינגר", "ettinger"),
    ],
)
def test_hebrew_and_latin_consonants_meet(hebrew: str, latin: str) -> None:
    assert hebrew_key(hebrew) == latin_key(latin)


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": [name]}}


def test_hebrew_names_match_their_latin_spelling() -> None:
    assert score(person("אביגדור ליברמן"), person("Avigdor Lieberman")).match
    assert not score(person("בנימין נתניהו"), person("Benjamin Netzer")).match
    assert not score(person("משה כהן"), person("Moshe Levi")).match
