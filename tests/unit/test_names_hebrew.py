"""Hebrew names meet their Latin spellings by consonants (hebrew.tsv, hebrew_latin.tsv)."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names.hebrew import hebrew_key, latin_key, meets


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


@pytest.mark.parametrize(
    ("hebrew", "latin", "same"),
    [
        ("דוד", "david", True),  # a ו inside is also the consonant v
        ("הלוי", "halevi", True),
        ("לוי", "levy", True),
        ("יאיר", "yair", True),  # one consonant: the vowel letters agree too
        ("יולי", "yuli", True),
        ("יעל", "yael", True),
        ("יאיר", "uri", False),  # no ו for its u, and a י first is a y
        ("יאיר", "ari", False),
        ("יעל", "yuli", False),
        ("דוד", "dov", False),  # דב
        ("נח", "noah", True),  # a final h is ח here, not a silent ה
        ("סלברייט", "cellebrite", True),  # soft c is ס
    ],
)
def test_vav_as_v_and_one_consonant_names(hebrew: str, latin: str, same: bool) -> None:
    assert meets(hebrew, latin) is same


def test_short_hebrew_names_match() -> None:
    assert score(person("יאיר לפיד"), person("Yair Lapid")).match
    assert score(person("דוד לוי"), person("David Levy")).match
    assert not score(person("יאיר לפיד"), person("Uri Lapid")).match


def test_latin_tsh_is_tav_and_shin() -> None:
    # t and sh, not the ts of צ: תשובה is Tshuva.
    assert meets("תשובה", "tshuva")
    assert not meets("תשובה", "tsuva")
