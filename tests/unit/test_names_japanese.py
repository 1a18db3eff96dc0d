"""Foreign names in Japanese kana meet their Latin spellings (Japan lists people in katakana);
Japanese names in kanji are read in Hepburn."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

from nodewatch.match import score
from nodewatch.names.japanese import (
    MAX_NAME_CHARS,
    MAX_READINGS,
    kana_key,
    kanji_readings,
    latin_key,
    looks_japanese,
)


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


# Japanese names in kanji read in Hepburn (readings written from knowledge of the names,
# in the name's own order, long vowels written once).
PERSONS = [
    ("安倍晋三", "abe shinzo"),
    ("石破茂", "ishiba shigeru"),
    ("河野太郎", "kono taro"),
    ("岸田文雄", "kishida fumio"),
    ("菅義偉", "suga yoshihide"),
    ("小泉純一郎", "koizumi junichiro"),
    ("麻生太郎", "aso taro"),
    ("茂木敏充", "motegi toshimitsu"),
    ("林芳正", "hayashi yoshimasa"),
    ("高市早苗", "takaichi sanae"),
    ("上川陽子", "kamikawa yoko"),
    ("野田佳彦", "noda yoshihiko"),
    ("鳩山由紀夫", "hatoyama yukio"),
    ("小池百合子", "koike yuriko"),
    ("孫正義", "son masayoshi"),  # 孫 and 正義 are Chinese too (sun, zhengyi)
    ("柳井正", "yanai tadashi"),
    ("豊田章男", "toyoda akio"),
    ("稲盛和夫", "inamori kazuo"),
    ("松下幸之助", "matsushita konosuke"),
    ("本田宗一郎", "honda soichiro"),
    ("盛田昭夫", "morita akio"),
    ("司忍", "tsukasa shinobu"),
    ("田中角栄", "tanaka kakuei"),
    ("中曽根康弘", "nakasone yasuhiro"),
    ("佐藤栄作", "sato eisaku"),
    ("岸信介", "kishi nobusuke"),
    ("吉田茂", "yoshida shigeru"),
    ("竹下登", "takeshita noboru"),
    ("伊藤博文", "ito hirobumi"),
    ("二階俊博", "nikai toshihiro"),
    ("広瀬すず", "hirose suzu"),  # kanji and hiragana
    ("佐々木", "sasaki"),  # the iteration mark
    # The dictionary reads these given names otherwise (浩史 Hirofumi, 清司 Seiji).
    pytest.param("三木谷浩史", "mikitani hiroshi", marks=pytest.mark.xfail(strict=True)),
    pytest.param("高山清司", "takayama kiyoshi", marks=pytest.mark.xfail(strict=True)),
]
ORGS = [
    ("三菱商事", "mitsubishi shoji"),
    ("三井物産", "mitsui bussan"),
    ("住友商事", "sumitomo shoji"),
    ("伊藤忠商事", "itochu shoji"),
    ("丸紅", "marubeni"),
    ("トヨタ自動車", "toyota jidosha"),
    ("日本郵船", "nippon yusen"),
    ("商船三井", "shosen mitsui"),
    ("川崎汽船", "kawasaki kisen"),
    ("日立製作所", "hitachi seisakusho"),
    ("東京電力", "tokyo denryoku"),
    ("任天堂", "nintendo"),
    ("稲川会", "inagawa kai"),
    ("住吉会", "sumiyoshi kai"),
    ("工藤會", "kudo kai"),
    ("山口組", "yamaguchi gumi"),  # 組 voiced after a name
    ("六代目山口組", "rokudaime yamaguchi gumi"),
    ("神戸山口組", "kobe yamaguchi gumi"),
    ("朝鮮総連", "chosen soren"),
]
_SPELLING = re.compile(r"[a-z]+( [a-z]+)*")


@pytest.mark.parametrize(("name", "latin"), PERSONS + ORGS)
def test_kanji_names_read_in_hepburn(name: str, latin: str) -> None:
    readings = kanji_readings(name)
    assert latin in readings
    assert 0 < len(readings) <= MAX_READINGS
    assert all(_SPELLING.fullmatch(reading) for reading in readings)


def test_long_vowels_are_spelt_each_way_latin_writes_them() -> None:
    # Kōno Tarō: once, as the kana write it (コウノ タロウ), with h; the analyser's reading first.
    assert kanji_readings("河野太郎")[:3] == ("kono taro", "kouno tarou", "kohno taroh")
    assert {"ono", "oono", "ohno"} <= set(kanji_readings("大野"))  # オオノ
    assert {"yuko", "yuuko"} <= set(kanji_readings("優子"))
    assert {"honma", "homma"} <= set(kanji_readings("本間"))  # passports write m before m
    assert {"soni", "sonii"} <= set(kanji_readings("ソニー"))  # the length mark


def test_a_word_takes_the_other_readings_names_give_it() -> None:
    assert {"kan yoshihide", "suga yoshihide"} <= set(kanji_readings("菅義偉"))
    assert {"nippon", "nihon"} <= set(kanji_readings("日本"))


def test_kanji_names_split_like_their_latin_spelling() -> None:
    assert kanji_readings("安倍 晋三")[0] == "abe shinzo"
    assert kanji_readings("安倍・晋三")[0] == "abe shinzo"
    assert kanji_readings("安倍")[0] == "abe"
    assert kanji_readings("晋三")[0] == "shinzo"
    assert kanji_readings("ｱﾍﾞ") == ("abe",)  # half-width katakana
    assert kanji_readings("さとう")[0] == "sato"  # hiragana
    assert kanji_readings("服部")[0] == "hattori"  # doubled consonant
    assert kanji_readings("ワッチ") == ("watchi",)  # ッチ is tchi


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "聯聯",
        "𠀋𠀋",
        "々",
        "ー",
        "ッ",
        "Abe Shinzo",
        "ABC商事",
        "김정은",
        "安倍。晋三",
        "（株）三菱",
    ],
)
def test_what_the_dictionary_cannot_read_gives_nothing(text: str) -> None:
    assert kanji_readings(text) == ()


def test_hostile_text_is_cheap() -> None:
    kanji_readings("安")  # the dictionary is loaded once, outside the timing
    start = time.perf_counter()
    assert kanji_readings("安" * 1_000_000) == ()
    assert kanji_readings("安" * (MAX_NAME_CHARS + 1)) == ()
    assert kanji_readings("a安ア" * 20) == ()
    readings = kanji_readings("安倍晋三" * (MAX_NAME_CHARS // 4))
    assert len(readings) <= MAX_READINGS
    assert time.perf_counter() - start < 0.5


def test_importing_the_module_loads_no_dictionary() -> None:
    code = "import sys, nodewatch.names.japanese; print('sudachipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "japanese"),
    [
        ("広瀬すず", True),  # kana
        ("トヨタ", True),
        ("沢村一樹", True),  # 沢: Chinese writes 澤 or 泽
        ("稲川会", True),
        ("斉藤健", True),
        ("畑", True),  # made in Japan
        ("佐々木", True),
        ("孫正義", False),  # every character is Chinese too
        ("習近平", False),
        ("金正恩", False),
        ("Abe", False),
    ],
)
def test_looks_japanese(text: str, japanese: bool) -> None:
    assert looks_japanese(text) is japanese
