"""Han readings (pinyin, Wade–Giles, Cantonese, Sino-Korean) and the Chinese lexicon."""

from __future__ import annotations

import pytest

from nodewatch.names import chinese
from nodewatch.names.tables import rows


def test_readings_of_a_surname_in_every_system() -> None:
    tsang = chinese.readings("曾")
    assert "zeng" in tsang["pinyin"]
    assert "tseng" in tsang["wg"]
    assert "tsang" in tsang["yue"]  # Hong Kong spelling (TSANG Yung Yuan)


def test_hong_kong_readings_of_simplified_characters() -> None:
    # Hong Kong romanisations come from traditional characters; a name written in simplified
    # ones (黄国强, WONG Kwok Keung) is read through their traditional forms (黃國強).
    assert [chinese.readings(ch)["yue"][0] for ch in "黄国强"] == ["wong", "gwok", "keung"]


def test_company_words_of_state_firms() -> None:
    # 中国工商银行 is the Industrial and Commercial Bank of China; 新疆生产建设兵团 the Xinjiang
    # Production and Construction Corps; 大连远洋渔业 Dalian Ocean Fishing.
    assert [w for w, _t in chinese.segment("中国工商银行")] == ["中国", "工商", "银行"]
    english = dict(chinese.segment("新疆生产建设兵团远洋渔业"))
    assert "production" in english["生产"] and "corps" in english["兵团"]
    assert "fishing" in english["渔业"]


def test_korean_reading_of_a_dprk_name_in_characters() -> None:
    # 金铁三 is the UN's Han form of KIM CHOL SAM.
    assert [chinese.readings(ch)["kr"][0] for ch in "金铁三"] == ["김", "철", "삼"]


@pytest.mark.parametrize(
    ("pinyin", "wade_giles"),
    [
        ("zhang", "chang"),
        ("chen", "ch'en"),
        ("xu", "hsü"),
        ("zhou", "chou"),
        ("guo", "kuo"),
        ("cao", "ts'ao"),
        ("xiong", "hsiung"),
        ("qian", "ch'ien"),
        ("zi", "tzu"),
        ("shi", "shih"),
        ("ri", "jih"),
        ("er", "erh"),
        ("yuan", "yüan"),
        ("luo", "lo"),
        ("gui", "kuei"),
        ("hui", "hui"),
    ],
)
def test_wade_giles_table(pinyin: str, wade_giles: str) -> None:
    assert dict(rows("wade_giles.tsv"))[pinyin] == wade_giles


def test_segment_prefers_lexicon_words() -> None:
    segments = chinese.segment("華信船務香港有限公司")
    words = [w for w, _t in segments]
    assert words == ["華", "信", "船務", "香港", "有限公司"]
    assert "shipping" in dict(segments)["船務"]
    assert "hong kong" in dict(segments)["香港"]


def test_pinyin_reads_as_the_korean_readings_of_name_characters() -> None:
    from nodewatch.names import korean

    assert korean.compare(chinese.sino_korean("wenji"), korean.parse("munkil")) == 1.0  # 文吉
    assert korean.compare(chinese.sino_korean("cheng"), korean.parse("song")) == 1.0  # 成
    assert korean.compare(chinese.sino_korean("jian"), korean.parse("kang")) == 0.0  # 建 is 건
    assert chinese.pinyin_spelt("tiesan") and chinese.pinyin_spelt("zhang")
    assert not chinese.pinyin_spelt("kang") and not chinese.pinyin_spelt("chol")


def test_simplified_forms() -> None:
    assert chinese.simplified("鄭") == chinese.simplified("郑") == "郑"
    assert chinese.simplified("毅") != chinese.simplified("义")


def test_wade_giles_spellings_of_a_name() -> None:
    from nodewatch.names.normalize import normalize

    assert "mao zedong" in chinese.wade_giles_spellings(normalize("Mao Tse-tung"))
    assert chinese.wade_giles_spellings(normalize("Kim Jong Un")) == ()  # no Wade–Giles-only spelling
    assert chinese.wade_giles_spellings(normalize("Tsvetkov Ivan")) == ()  # not syllables


def test_pinyin_cut_and_wade_giles_syllables() -> None:
    assert chinese.pinyin_cut("huining") == ("hui", "ning")
    assert chinese.pinyin_cut("zhengfei") == ("zheng", "fei")
    assert chinese.pinyin_cut("kim") == ()
    # A vowel-initial syllable inside a word needs an apostrophe; ng is no name syllable.
    assert chinese.pinyin_cut("chee") == () and chinese.pinyin_cut("shing") == ()
    assert chinese.spells_syllable("wong", "huang") and chinese.spells_syllable("jen", "ren")
    assert chinese.spells_syllable("chee", "zhi") and not chinese.spells_syllable("wong", "wen")
    assert chinese.same_syllable("chou", "zhou") and not chinese.same_syllable("fei", "fu")


@pytest.mark.parametrize(
    ("jyutping", "spelling"),
    [
        ("zoeng", "cheung"),  # 張 CHEUNG
        ("zan", "chun"),  # 振 LEUNG Chun-ying: short a written u
        ("gun", "kwun"),  # 冠 LAW Kwun-chung
        ("zing", "ching"),  # 正 HUI Ching-yu
        ("jip", "ip"),  # 葉 IP, as well as YIP
        ("zi", "tsz"),  # 子 TSZ
        ("jyun", "yuen"),  # 袁 YUEN
        ("ceoi", "tsui"),  # 徐 TSUI
        ("juk", "yok"),  # 鈺 TSANG Yok-sing
    ],
)
def test_hong_kong_spellings_of_jyutping_syllables(jyutping: str, spelling: str) -> None:
    assert spelling in chinese.hong_kong_spellings(jyutping)


@pytest.mark.parametrize(
    ("jyutping", "spelling"),
    [
        ("gwok", "kuok"),
        ("jat", "iat"),
        ("wong", "vong"),
        ("zeng", "cheang"),
        ("lau", "lao"),
        ("keoi", "koi"),
        ("juk", "iok"),  # 旭 Iok, as ung is ong
    ],
)
def test_macau_spellings_of_jyutping_syllables(jyutping: str, spelling: str) -> None:
    assert spelling in chinese.macau_spellings(jyutping)


def test_macau_initial_i_is_not_written_again_before_a_final_in_i() -> None:
    # 堯 jiu is Io or Iu in Macau (j is i there), never Iio.
    assert chinese.macau_spellings("jiu")[:2] == ("io", "iu")
    assert "iio" not in chinese.macau_spellings("jiu")
    assert chinese.macau_spellings("jim")[0] == "im"


def test_macau_initial_i_spells_pinyin_syllables() -> None:
    # Macau writes Jyutping j as i: 堯 Io is yao, 有 Iao is you, 一 Iat is yi.
    assert chinese.spells_syllable("io", "yao")
    assert chinese.spells_syllable("iao", "you")
    assert chinese.spells_syllable("iat", "yi")
    # Its spellings without an initial are not read: they would tie too many characters.
    assert not chinese.spells_syllable("un", "chun")


def test_hong_kong_spellings_keep_their_initial() -> None:
    # Jyutping z is ch or ts, never s: 振 is not Sun (新).
    assert "sun" not in chinese.hong_kong_spellings("zan")
    assert chinese.hong_kong_spellings("xyz") == ()


def test_characters_take_hong_kong_spellings_of_their_jyutping() -> None:
    # cantonese-romanisation's table has only jan for 振 and goon/koon for 冠.
    assert "chun" in chinese.readings("振")["yue"]
    assert "kwun" in chinese.readings("冠")["yue"]


def test_syllables_of_other_romanisations_that_spell_no_common_reading() -> None:
    assert chinese.other_syllables("keung", "kwong")  # 強 / 光
    assert chinese.other_syllables("hsing", "hsin")  # 興 / 新
    assert not chinese.other_syllables("chou", "zhou")  # Wade–Giles and pinyin of 周
    assert not chinese.other_syllables("wong", "huang")  # Hong Kong and pinyin of 黃
    assert not chinese.other_syllables("hans", "hang")  # Hans is no syllable
    # Through characters, not their pinyin: Hong Kong's hong (康) and kong (光) both spell
    # characters read kang; Chou (周) and Chiu (趙) are two surnames.
    assert chinese.other_syllables("hong", "kong")
    assert chinese.other_syllables("chou", "chiu")
    assert chinese.other_syllables("ling", "ying")
    # A letter left out is how lists misspell a name (TSANG Yun Yuan for Yung Yuan).
    assert not chinese.other_syllables("yun", "yung")


@pytest.mark.parametrize(
    ("tailo", "spelling"),
    [
        ("tân", "tan"),  # 陳 TAN
        ("ngôo", "goh"),  # 吳 GOH Chok Tong: ng written g
        ("khóo", "khaw"),  # 許 KHAW Boon Wan (Penang), also KHOO, KOH
        ("khóo", "koh"),
        ("tshuà", "chua"),  # 蔡 CHUA: tsh written ch
        ("tēnn", "teh"),  # 鄭 TEH: the nasal nn is not written
        ("bûn", "boon"),  # 文 Boon
        ("tik", "teck"),  # 德 Teck
        ("bîng", "beng"),  # 明 Beng
        ("uán", "wan"),  # 遠 Wan: no initial, u written w
        ("iām", "yam"),  # 炎 Yam: no initial, i written y
        ("kueh", "quek"),  # 郭 QUEK
    ],
)
def test_hokkien_spellings_of_tailo_syllables(tailo: str, spelling: str) -> None:
    assert spelling in chinese.hokkien_spellings(tailo)


def test_hokkien_spellings_keep_their_initial() -> None:
    # A written initial stays: 張 tiong is Tiong, never Yong; an unknown syllable spells nothing.
    assert "yong" not in chinese.hokkien_spellings("tiong")
    assert "tan" not in chinese.hokkien_spellings("lîm")
    assert chinese.hokkien_spellings("xyz") == ()


def test_characters_take_hokkien_spellings_simplified_or_traditional() -> None:
    assert "goh" in chinese.readings("吳")["nan"] and "goh" in chinese.readings("吴")["nan"]
    assert "tan" in chinese.readings("陈")["nan"]


def test_each_hokkien_reading_spelt_before_any_readings_next_spelling() -> None:
    # 拔 is pua̍h, pue̍h and pua̍t: Puat (Khoo Teck Puat) comes before the second spellings of
    # the first two readings, within the dozen a name keeps.
    spellings = chinese.readings("拔")["nan"]
    assert spellings[:3] == ("puah", "pueh", "puat")


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("八", 8), ("十", 10), ("十二", 12), ("二十一", 21), ("一〇八", 108), ("二百零五", 205)],
)
def test_chinese_numerals_as_ships_are_numbered(numeral: str, value: int) -> None:
    assert chinese.numeral_value(numeral) == value


def test_a_word_is_no_numeral() -> None:
    assert chinese.numeral_value("海洋") is None and chinese.numeral_value("") is None


@pytest.mark.parametrize(
    ("char", "spelling"),
    [("吳", "woo"), ("吳", "gouw"), ("錢", "tsien"), ("郭", "kwee"), ("蔡", "tjoa"), ("黃", "oei")],
)
def test_surnames_keep_their_families_spellings(char: str, spelling: str) -> None:
    assert spelling in chinese.readings(char)["sur"]


def test_malaysian_cantonese_spellings() -> None:
    # 陸兆福 is Loke Siew Fook: Malaysia writes uk as oke and iu as iew.
    assert "loke" in chinese.hong_kong_spellings("luk")
    assert "siew" in chinese.hong_kong_spellings("siu")


@pytest.mark.parametrize(
    ("spelling", "pinyin"),
    [("boon", "wen"), ("yeo", "yang"), ("goh", "wu"), ("yong", "rong")],
)
def test_hokkien_spellings_spell_pinyin_syllables(spelling: str, pinyin: str) -> None:
    # Yeo Yong Boon is 楊榮文, Yang Rongwen; Goh Chok Tong 吳作棟, Wu Zuodong.
    assert chinese.spells_syllable(spelling, pinyin)


def test_wade_giles_spellings_are_not_read_as_hokkien() -> None:
    # TSAI is 蔡 (cai) in Wade–Giles, not a Hokkien tsai of another character.
    assert not chinese.spells_syllable("tsai", "zao")
    assert not chinese.spells_syllable("boon", "huang")


@pytest.mark.parametrize(
    ("pinyin", "tones"),
    [
        # Y. R. Chao's own examples and the system's name: 媽 mha, 麻 ma, 馬 maa, 罵 mah; 國語 gwo
        # yeu; 羅 luo; 字 tzyh; 北 beei; 上海 shanq hae; 台灣 tair; 九 jeou; 秀 shiow; 義 yih.
        ("ma", ("mha", "ma", "maa", "mah")),
        ("guo", ("guo", "gwo", "guoo", "guoh")),
        ("yu", ("iu", "yu", "yeu", "yuh")),
        ("zi", ("tzy", "tzyr", "tzyy", "tzyh")),
        ("shang", ("shang", "sharng", "shaang", "shanq")),
        ("tai", ("tai", "tair", "tae", "tay")),
        ("jiu", ("jiou", "jyou", "jeou", "jiow")),
        ("xiu", ("shiou", "shyou", "sheou", "shiow")),
        ("yi", ("i", "yi", "yii", "yih")),
        ("ping", ("ping", "pyng", "piing", "pinq")),
        ("hua", ("hua", "hwa", "hoa", "huah")),
        ("wo", ("uo", "wo", "woo", "woh")),
    ],
)
def test_gwoyeu_romatzyh_table(pinyin: str, tones: tuple[str, ...]) -> None:
    table = {row[0]: tuple(row[1:]) for row in rows("gwoyeu_romatzyh.tsv")}
    assert table[pinyin] == tones


def test_gwoyeu_romatzyh_spellings_of_characters() -> None:
    # Taiwanese names in Gwoyeu Romatzyh: Ma Ying-jeou (九), Lu Shiow-yen (秀), Jaw Shaw-kong (趙).
    assert "jeou" in chinese.readings("九")["gr"]
    assert "shiow" in chinese.readings("秀")["gr"]
    assert chinese.spells_syllable("jaw", "zhao")
    # A tonal spelling that is another system's syllable is not read so: shi is pinyin's shi.
    assert "shi" not in chinese.readings("習").get("gr", ())


def test_near_reading_puts_on_or_leaves_off_a_silent_letter() -> None:
    # Paul Chan Mo-po (茂, Hong Kong mow), Elsie Leung Oi-sie (詩 si), Mah Bow Tan (馬 ma).
    assert chinese.near_reading("mo", chinese.readings("茂")["yue"])
    assert chinese.near_reading("sie", ("si", "sze"))
    assert chinese.near_reading("mah", ("ma",))
    # A letter changed or put inside is another syllable: Chow Yun-fat (發) is not Chow
    # Yun-fai, 忠 chong is not cheong, 倫 lun is not luan.
    assert not chinese.near_reading("fai", ("fat", "fa"))
    assert not chinese.near_reading("cheong", ("chong",))
    assert not chinese.near_reading("luan", ("lun",))
    # So is a final consonant: Chun-yin is not 振英, Chun-ying.
    assert not chinese.near_reading("yin", ("ying",))
    # A syllable with no consonant before its vowel is not read so.
    assert not chinese.near_reading("a", ("ah",))
