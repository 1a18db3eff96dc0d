"""Foreign names in Japanese kana meet their Latin spellings (Japan lists people in katakana)."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names.japanese import kana_key, latin_key


@pytest.mark.parametrize(
    ("kana_latin", "latin"),
    [
        ("kimu", "kim"),  # キム: the vowel kana add after a closing consonant
        ("jonun", "jongun"),  # ジョンウン: ng is n
        ("raburofu", "lavrov"),  # ラブロフ: v is b, a final v is fu
        ("urajimiru", "vladimir"),  # ウラジーミル
        ("puchin", "putin"),  # プーチン: ti is chi, the long vowel is one
        ("karurosu", "carlos"),  # カルロス: l is r
    ],
)
def test_kana_and_latin_keys_meet(kana_latin: str, latin: str) -> None:
    assert kana_key(kana_latin) == latin_key(latin)


def test_kana_and_latin_keys_keep_names_apart() -> None:
    assert kana_key("kimu") != latin_key("kin")
    assert kana_key("jonun") != latin_key("jin")


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": [name]}}


def test_katakana_names_match_their_latin_spelling() -> None:
    assert score(person("キム・ジョンウン"), person("Kim Jong Un")).match
    assert score(person("セルゲイ・ラブロフ"), person("Sergey Lavrov")).match
    assert not score(person("キム・ヨジョン"), person("Kim Yong Chol")).match
    assert not score(person("セルゲイ・ラブロフ"), person("Sergey Lavrikov")).match
