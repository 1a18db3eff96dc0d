"""Taiwan's and the diaspora's romanisations of Chinese names: Tongyong Pinyin, MPS II, Wade–
Giles ü written iu, Malaysian and Singaporean Cantonese, and the Dutch-based Hokkien spellings
of Chinese Indonesians. Each pinned with real people and places, and with names one syllable
apart that must stay apart."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import chinese
from nodewatch.names.analyze import make_token
from nodewatch.names.tables import rows


def person(name: str) -> dict:
    return {"schema": "Person", "properties": {"name": [name]}}


def meets(query: str, candidate: str) -> bool:
    return score(person(query), person(candidate)).match


# --- Tongyong Pinyin --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pinyin", "tongyong"),
    [
        ("xu", "syu"),
        ("qiao", "ciao"),
        ("xin", "sin"),
        ("zhi", "jhih"),
        ("ci", "cih"),
        ("si", "sih"),
        ("zi", "zih"),
        ("feng", "fong"),
        ("meng", "mong"),
        ("wen", "wun"),
        ("jun", "jyun"),
        ("xiong", "syong"),
        ("liu", "liou"),
        ("gui", "guei"),
        ("zhuang", "jhuang"),
        ("qi", "ci"),
        ("lü", "lyu"),
        ("de", "de"),
    ],
)
def test_tongyong_table(pinyin: str, tongyong: str) -> None:
    assert dict(rows("tongyong.tsv"))[pinyin] == tongyong


def test_tongyong_readings_of_characters() -> None:
    assert chinese.readings("新")["ty"] == ("sin",)
    assert chinese.readings("志")["ty"] == ("jhih",)
    assert chinese.readings("許")["ty"] == ("syu",)
    assert chinese.readings("文")["ty"] == ("wun",)
    assert "fong" in chinese.readings("鳳")["ty"]
    # Tongyong writes 西 si and 七 ci, which pinyin reads 思 and 次: not read so, or a Latin
    # Si would spell both brothers' names.
    assert "ty" not in chinese.readings("西")
    assert "ty" not in chinese.readings("七")


@pytest.mark.parametrize(
    ("place", "tongyong"),
    [
        ("新莊", "sinjhuang"),  # New Taipei's Sinjhuang
        ("六龜", "liouguei"),  # Kaohsiung's Liouguei
        ("甲仙", "jiasian"),  # Kaohsiung's Jiasian: 甲 is jia in pinyin and Tongyong alike
        ("中壢", "jhongli"),
        ("竹北", "jhubei"),
        ("前鎮", "cianjhen"),
        ("楠梓", "nanzih"),
        ("鳳山", "fongshan"),
    ],
)
def test_tongyong_place_names_in_characters(place: str, tongyong: str) -> None:
    assert (tongyong, "ty") in make_token(place, "org").forms


@pytest.mark.parametrize(
    ("spelling", "pinyin"),
    [("syu", "xu"), ("jhih", "zhi"), ("ciao", "qiao"), ("wun", "wen"), ("fong", "feng"), ("jyun", "jun")],
)
def test_tongyong_spells_pinyin_syllables(spelling: str, pinyin: str) -> None:
    assert chinese.spells_syllable(spelling, pinyin)
    assert pinyin in chinese.syllable_readings(spelling)


@pytest.mark.parametrize(
    ("spelling", "pinyin"), [("jhih", "zhen"), ("syu", "xiu"), ("jyun", "qun"), ("cih", "qi")]
)
def test_tongyong_spells_no_other_syllable(spelling: str, pinyin: str) -> None:
    assert not chinese.spells_syllable(spelling, pinyin)


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("柯文哲", "Ke Wun-jhe"),  # Ko Wen-je, in Tongyong
        ("賴清德", "Lai Cing-de"),  # Lai Ching-te
        ("謝長廷", "Sie Chang-ting"),  # Frank Hsieh
        ("蘇貞昌", "Su Jhen-chang"),  # Su Tseng-chang
        ("許添財", "Syu Tian-cai"),  # Hsu Tain-tsair
        ("蕭美琴", "Siao Mei-cin"),  # Hsiao Bi-khim
        ("梁孟松", "Liang Mong-song"),  # the chip engineer, so spelt
        ("Ke Wenzhe", "Ke Wun-jhe"),
        ("Lai Qingde", "Lai Cing-de"),
        ("Xie Changting", "Sie Chang-ting"),
    ],
)
def test_taiwanese_names_in_tongyong(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("柯文哲", "Ke Wun-jhen"),
        ("賴清德", "Lai Cin-de"),
        ("蘇貞昌", "Su Jhih-chang"),
        ("梁孟忠", "Liang Mong-song"),
        ("Ke Wenzhe", "Ke Wun-jhen"),
        ("Lai Qingde", "Lai Sing-de"),
    ],
)
def test_tongyong_names_one_syllable_apart(query: str, candidate: str) -> None:
    assert not meets(query, candidate)


# --- MPS II -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pinyin", "mps2"),
    [
        ("shi", "shr"),
        ("zhi", "jr"),
        ("zi", "tz"),
        ("ci", "tsz"),
        ("xiong", "shiung"),
        ("rong", "rung"),
        ("zhong", "jung"),
        ("gao", "gau"),
        ("xiao", "shiau"),
        ("ju", "jiu"),
        ("qiu", "chiou"),
        ("zhun", "juen"),
        ("xu", "shiu"),
    ],
)
def test_mps2_table(pinyin: str, mps2: str) -> None:
    assert dict(rows("mps2.tsv"))[pinyin] == mps2


def test_mps2_reads_only_spellings_no_other_system_has() -> None:
    assert chinese.readings("世")["mps"] == ("shr",)
    assert chinese.readings("雄")["mps"] == ("shiung",)
    assert chinese.readings("榮")["mps"] == ("rung",)
    assert chinese.readings("蕭")["mps"] == ("shiau",)
    # MPS II jung (中 zhong) is Wade–Giles rong (榮 Jung), gau (高 gao) Hong Kong's 九 and
    # 狗, jiu (居 ju) pinyin's 九: none is read as MPS II.
    assert "jung" not in chinese.readings("中").get("mps", ())
    assert "mps" not in chinese.readings("高")
    assert "jiu" not in chinese.readings("居").get("mps", ())
    assert not chinese.spells_syllable("jiu", "ju")


@pytest.mark.parametrize(
    ("spelling", "pinyin"),
    [("shr", "shi"), ("shiung", "xiong"), ("tz", "zi"), ("rung", "rong"), ("shiau", "xiao")],
)
def test_mps2_spells_pinyin_syllables(spelling: str, pinyin: str) -> None:
    assert chinese.spells_syllable(spelling, pinyin)


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("林榮三", "Lin Rung-san"),  # Lin Jung-san, founder of the Liberty Times
        ("施明德", "Shr Ming-de"),  # Shih Ming-teh
        ("蕭萬長", "Shiau Wan-chang"),  # Vincent Siew
        ("邱創煥", "Chiou Chuang-huan"),  # Chiu Chuang-huan
        ("Lin Rongsan", "Lin Rung-san"),
        ("Shi Mingde", "Shr Ming-de"),
        ("Xiao Wanchang", "Shiau Wan-chang"),
    ],
)
def test_taiwanese_names_in_mps2(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("林榮三", "Lin Rung-shan"),
        ("施明德", "Shr Min-de"),
        ("Zhi Mingde", "Shr Ming-de"),
        ("林榮三", "Lin Lung-san"),
    ],
)
def test_mps2_names_one_syllable_apart(query: str, candidate: str) -> None:
    assert not meets(query, candidate)


# --- Wade–Giles ü written iu ------------------------------------------------------------


def test_wade_giles_u_written_iu() -> None:
    assert "chiueh" in chinese.readings("闕")["wg"]  # Tzi-cker Chiueh, 闕志克
    assert "chiun" in chinese.readings("君")["wg"]
    assert "hsiun" in chinese.readings("勳")["wg"]
    assert "hsiueh" in chinese.readings("學")["wg"]
    assert "chiuan" in chinese.readings("泉")["wg"]
    # A final ü is not: chiu, hsiu, liu are Wade–Giles jiu/qiu, xiu, liu (九, 秀, 劉).
    assert "hsiu" not in chinese.readings("徐")["wg"]
    assert "chiu" not in chinese.readings("居")["wg"]
    assert "liu" not in chinese.readings("呂")["wg"]
    assert chinese.spells_syllable("chiueh", "jue")
    assert chinese.spells_syllable("hsiun", "xun")
    assert not chinese.spells_syllable("hsiun", "xiu")


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("闕志克", "Chiueh Chih-ke"),
        ("張學良", "Chang Hsiueh-liang"),  # the Young Marshal
        ("張學良", "Chang Hsueh-liang"),
        ("王俊傑", "Wang Chiun-chieh"),
        ("Wang Junjie", "Wang Chiun-chieh"),
        ("Li Xun", "Li Hsiun"),
    ],
)
def test_wade_giles_iu_names(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("張學良", "Chang Hsiueh-lian"),
        ("王春傑", "Wang Chiun-chieh"),
        ("Wang Qiujie", "Wang Chiun-chieh"),
        ("李秀", "Li Hsiun"),
        ("Li Xiu", "Li Hsiun"),
    ],
)
def test_wade_giles_iu_names_one_syllable_apart(query: str, candidate: str) -> None:
    assert not meets(query, candidate)


# --- Malaysian and Singaporean Cantonese ------------------------------------------------


@pytest.mark.parametrize(
    ("jyutping", "spelling"),
    [
        ("dak", "tuck"),
        ("jiu", "yew"),
        ("siu", "siew"),
        ("loeng", "leong"),
        ("koeng", "keong"),
        ("coi", "choy"),
    ],
)
def test_malaysian_cantonese_spellings(jyutping: str, spelling: str) -> None:
    assert spelling in chinese.hong_kong_spellings(jyutping)


def test_malaysian_cantonese_readings() -> None:
    assert "yew" in chinese.readings("耀")["yue"]  # Lee Kuan Yew, 李光耀
    assert "tuck" in chinese.readings("德")["yue"]
    assert "leong" in chinese.readings("梁")["yue"]


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("陳廣才", "Chan Kong Choy"),  # Malaysia's transport minister
        ("陸兆福", "Loke Siew Fook"),  # Anthony Loke
        ("梁思賢", "Leong Sze Hian"),  # the Singaporean activist
        ("黃德明", "Wong Tuck Ming"),
        ("李志強", "Lee Chee Keong"),
    ],
)
def test_malaysian_cantonese_names(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("梁思賢", "Leong Sze Hin"),
        ("黃德明", "Wong Tuck Min"),
        ("李志強", "Lee Chee Kwong"),
        ("黃篤明", "Wong Tuck Ming"),
    ],
)
def test_malaysian_cantonese_names_one_syllable_apart(query: str, candidate: str) -> None:
    assert not meets(query, candidate)


# --- Chinese Indonesians' Dutch-based Hokkien spellings ---------------------------------


@pytest.mark.parametrize(
    ("tailo", "spelling"),
    [
        ("tsū", "tjoe"),  # 自 Tjoe (Oei Tjoe Tat)
        ("kûn", "koen"),  # 群 Koen (Liem Koen Hian)
        ("suí", "swie"),  # 水 Swie (Liem Swie King)
        ("iú", "joe"),  # 友 Joe (Tan Joe Hok)
        ("siau", "siauw"),  # 蕭 Siauw (Siauw Giok Tjhan)
        ("tshàn", "tjhan"),  # 燦 Tjhan
        ("gī", "gie"),  # 義 Gie (Kwik Kian Gie)
        ("kueh", "kwee"),  # 郭 Kwee (Kwee Kek Beng)
        ("iông", "jong"),  # 陽 jong (Auwjong Peng Koen)
    ],
)
def test_indonesian_spellings_of_tailo_syllables(tailo: str, spelling: str) -> None:
    assert spelling in chinese.indonesian_spellings(tailo)


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("郭建義", "Kwik Kian Gie"),
        ("黃自達", "Oei Tjoe Tat"),
        ("陳友福", "Tan Joe Hok"),
        ("林群賢", "Liem Koen Hian"),
        ("蕭玉燦", "Siauw Giok Tjhan"),
        ("許金安", "Khouw Kim An"),
        ("梁友蘭", "Nio Joe Lan"),
        ("歐陽炳崑", "Auwjong Peng Koen"),
        ("吳銀泉", "Go Gien Tjwan"),
        ("林綿基", "Liem Bian Kie"),  # Jusuf Wanandi
    ],
)
def test_indonesian_chinese_names(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("黃自達", "Oei Tjoe Tek"),
        ("陳友福", "Tan Joe Hong"),
        ("林綿基", "Liem Bian Koen"),  # his brother Sofjan Wanandi is 林綿坤
        ("林綿坤", "Liem Bian Kie"),
        ("蕭玉燦", "Siauw Giok Tjhoen"),
    ],
)
def test_indonesian_chinese_names_one_syllable_apart(query: str, candidate: str) -> None:
    assert not meets(query, candidate)


def test_indonesian_spellings_between_latin_names() -> None:
    # Only the Dutch letters are read so between two Latin names: its j for a leading i would
    # make Korean Jong pinyin yong, English Joe pinyin you.
    assert chinese.spells_syllable("tjoe", "zi")
    assert chinese.spells_syllable("koen", "qun")
    assert not chinese.spells_syllable("jong", "yong")
    assert not chinese.spells_syllable("joe", "you")


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("Tjahjo Kumolo", "Cahyo Kumolo"),
        ("Sutan Sjahrir", "Sutan Syahrir"),
        ("Njoto", "Nyoto"),
        ("Daoed Joesoef", "Daud Yusuf"),
    ],
)
def test_old_indonesian_spelling_of_y_sy_ny(query: str, candidate: str) -> None:
    result = score(person(query), person(candidate))
    assert result.match, result.explain()


def test_old_indonesian_spelling_keeps_names_apart() -> None:
    assert not meets("Tjahjo Kumolo", "Cahya Kumolo")
    assert not meets("Joe Tan", "Yu Tan")  # the English Joe is no Yu
    assert not meets("Jong Su Ri", "Ri Su Yong")  # a Korean Jong is no Indonesian 陽
