"""Chinese surnames as families spell them outside pinyin, Wade–Giles and Hong Kong's
Cantonese (``chinese_surname_spellings.tsv``, round 2): Singapore's and Malaysia's Hokkien,
Teochew, Hakka and Hainanese spellings, the Dutch-era Indonesian ones, the Philippines',
Hong Kong families' own and the Vietnamese readings of Hoa names. A person in characters meets
the spelling; a spelling that is another common surname's pinyin stays apart."""

from __future__ import annotations

import pytest

from nodewatch.match import score


def person(name: str) -> dict:
    return {"schema": "Person", "properties": {"name": [name]}}


def meets(query: str, candidate: str) -> bool:
    return score(person(query), person(candidate)).match


@pytest.mark.parametrize(
    ("characters", "spelt"),
    [
        ("薛愛美", "Seet Ai Mee"),  # Singapore: 薛 Seet
        ("佘建平", "Seah Kian Peng"),  # Teochew: 佘 Seah
        ("李清泉", "Dee Ching Chuan"),  # the Philippines: 李 Dee
        ("張明德", "Tiu Ming Te"),  # the Philippines: 張 Tiu
        ("郭志偉", "Kuok Chi Wei"),  # Malaysia: 郭 Kuok
        ("陳國華", "Tran Kuo Hua"),  # Vietnamese: 陳 Trần
        ("劉建國", "Luu Kien Kuo"),  # Vietnamese: 劉 Lưu
        ("梁國華", "Luong Kuo Hua"),  # Vietnamese: 梁 Lương
        ("符永明", "Phoo Yong Ming"),  # Hainanese: 符 Phoo
        ("雲天明", "Woon Tian Ming"),  # Hainanese: 雲 Woon
        ("田海明", "Thian Hai Ming"),  # Indonesia: 田 Thian
        ("倪志明", "Gay Chi Ming"),  # Hokkien: 倪 Gê
        ("龔志明", "Kiong Chi Ming"),  # Hokkien: 龔 Kiong
        ("熊國明", "Hiong Kuo Ming"),  # Hokkien: 熊 Hiong
        ("麥志明", "Meh Chi Ming"),  # Hokkien: 麥 Be̍h
        ("顏志明", "Gahn Chi Ming"),  # 顏 Gahn
        ("薛明", "Siek Ming"),  # Indonesia: 薛 Siek
        ("邵國明", "Shaw Kuo Ming"),  # Hong Kong: 邵 Shaw
        ("梅志明", "Buay Chi Ming"),  # Hokkien: 梅 Buay
        ("譚國明", "Hom Kuo Ming"),  # Toisanese America: 譚 Hom
        ("尹志明", "Woon Chi Ming"),  # Cantonese, Malaysia: 尹 Woon
        ("汪國明", "Uong Kuo Ming"),  # Vietnamese: 汪 Uông
        ("廖國明", "Lieu Kuo Ming"),  # Vietnamese: 廖 Liêu
    ],
)
def test_a_surname_spelt_outside_the_systems_meets_its_character(characters: str, spelt: str) -> None:
    assert meets(characters, spelt)


@pytest.mark.parametrize(
    ("characters", "spelt"),
    [
        ("王志強", "Huang Chi Chiang"),  # Huang is 黃's pinyin, never 王's
        ("胡國明", "Fu Kuo Ming"),  # Fu is 傅's and 符's pinyin
        ("史明", "Su Ming"),  # Su is 蘇's pinyin
        ("秦國明", "Tan Kuo Ming"),  # Tan is 譚's pinyin, not 秦's
        ("佘建平", "Seah Boon Huat"),  # the surname alone does not make the person
    ],
)
def test_another_surnames_pinyin_stays_apart(characters: str, spelt: str) -> None:
    assert not meets(characters, spelt)
