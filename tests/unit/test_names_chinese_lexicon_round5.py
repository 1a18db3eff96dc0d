"""Chinese organisation vocabulary, round 5 (``names/data/chinese_lexicon.tsv``): the words of
party and movement names, garrisons, autonomous areas and the peoples they are named for,
friendship and exchange bodies, North Korean and Russian bodies as Chinese sources write them,
port and maritime authorities, Taiwan's and Hong Kong's firm descriptors, and more of Hong
Kong's, Macau's and Taiwan's departments.

Every pair is a real body written in characters beside its official English name (or, for
the negatives, a sister body of the same kind); the labels come from what the bodies are, not
from the matcher. None is taken from the match fixtures or the evaluation pairs.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import chinese


def body(name: str) -> dict:
    return {"schema": "Organization", "properties": {"name": [name]}}


SAME_BODY = [
    # Parties and movements
    ("民主黨", "Democratic Party"),
    ("工人黨", "Workers' Party"),
    ("中國國民黨", "Chinese Nationalist Party"),
    ("人民行动党", "People's Action Party"),
    ("民主行动党", "Democratic Action Party"),
    ("朝鲜劳动党中央委员会", "Central Committee of the Workers' Party of Korea"),
    ("朝鲜劳动党统一战线部", "United Front Department of the Workers' Party of Korea"),
    ("朝鲜劳动党军需工业部", "Munitions Industry Department of the Workers' Party of Korea"),
    ("朝鲜劳动党组织指导部", "Organization and Guidance Department of the Workers' Party of Korea"),
    ("朝鲜劳动党宣传鼓动部", "Propaganda and Agitation Department of the Workers' Party of Korea"),
    # Armies and garrisons
    ("朝鲜人民军空军", "Korean People's Army Air Force"),
    ("朝鲜人民军总政治局", "KPA General Political Bureau"),
    ("中国人民解放军驻香港部队", "Hong Kong Garrison of the Chinese People's Liberation Army"),
    ("中国人民解放军驻澳门部队", "Macao Garrison of the Chinese People's Liberation Army"),
    ("中国人民解放军第八十集团军", "PLA 80th Group Army"),
    # North Korean and Russian state bodies
    ("侦察总局", "General Reconnaissance Bureau"),
    ("俄罗斯国家杜马", "State Duma"),
    ("俄罗斯联邦对外情报局", "Russian Foreign Intelligence Service"),
    ("俄罗斯联邦安全会议", "Security Council of the Russian Federation"),
    ("俄罗斯国家近卫军", "National Guard of Russia"),
    ("中央国家安全委员会", "Central National Security Commission"),
    # Autonomous areas
    ("长白朝鲜族自治县", "Changbai Korean Autonomous County"),
    ("大理白族自治州", "Dali Bai Autonomous Prefecture"),
    ("凉山彝族自治州", "Liangshan Yi Autonomous Prefecture"),
    ("恩施土家族苗族自治州", "Enshi Tujia and Miao Autonomous Prefecture"),
    ("甘南藏族自治州", "Gannan Tibetan Autonomous Prefecture"),
    ("临夏回族自治州", "Linxia Hui Autonomous Prefecture"),
    ("宁夏回族自治区", "Ningxia Hui Autonomous Region"),
    ("广西壮族自治区", "Guangxi Zhuang Autonomous Region"),
    ("新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region"),
    # Friendship bodies, ports and maritime authorities
    ("上海市人民对外友好协会", "Shanghai People's Association for Friendship with Foreign Countries"),
    ("天津港务局", "Tianjin Port Authority"),
    ("大连港务局", "Dalian Port Authority"),
    ("深圳海事局", "Shenzhen Maritime Safety Administration"),
    # Firms
    ("香港電燈有限公司", "Hongkong Electric Company Limited"),
    ("中小企業信用保證基金", "Small and Medium Enterprise Credit Guarantee Fund"),
    # Hong Kong, Macau and Taiwan departments
    ("消防處", "Fire Services Department"),
    ("民航處", "Civil Aviation Department"),
    ("運輸署", "Transport Department"),
    ("律政司", "Department of Justice"),
    ("醫院管理局", "Hospital Authority"),
    ("機場管理局", "Airport Authority"),
    ("司法警察局", "Judiciary Police"),
    ("法務部調查局", "Investigation Bureau, Ministry of Justice"),
    ("海巡署", "Coast Guard Administration"),
]


@pytest.mark.parametrize(("han", "english"), SAME_BODY)
def test_han_name_meets_official_english_name(han: str, english: str) -> None:
    result = score(body(han), body(english))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    ("民主黨", "Workers' Party"),
    ("工人黨", "Democratic Party"),
    # Singapore's PAP and Malaysia's DAP: 人民 and 民主 tell them apart.
    ("民主行动党", "People's Action Party"),
    ("人民行动党", "Democratic Action Party"),
    ("朝鲜劳动党统一战线部", "Munitions Industry Department of the Workers' Party of Korea"),
    ("朝鲜人民军空军", "Korean People's Army Ground Force"),
    ("中国人民解放军驻香港部队", "Macao Garrison of the Chinese People's Liberation Army"),
    ("中国人民解放军驻香港部队", "Hong Kong Police Force"),
    ("俄罗斯联邦安全会议", "Russian Foreign Intelligence Service"),
    ("甘南藏族自治州", "Garze Tibetan Autonomous Prefecture"),
    ("大理白族自治州", "Chuxiong Yi Autonomous Prefecture"),
    ("宁夏回族自治区", "Guangxi Zhuang Autonomous Region"),
    ("大连港务局", "Dalian Maritime Safety Administration"),
    ("治安警察局", "Judiciary Police"),
    ("醫院管理局", "Airport Authority"),
    ("入境事務處", "Immigration and Checkpoints Authority"),
    ("民航處", "Civil Aviation Administration of China"),
    ("運輸署", "Transport and Logistics Bureau"),
]


@pytest.mark.parametrize(("han", "english"), SISTER_BODIES)
def test_sister_bodies_stay_apart(han: str, english: str) -> None:
    result = score(body(han), body(english))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # 朝鲜族 (Korean, the people) before 朝鲜 (Korea); 自治县 a word of its own.
        ("长白朝鲜族自治县", ("长", "白", "朝鲜族", "自治县")),
        ("恩施土家族苗族自治州", ("恩", "施", "土家族", "苗族", "自治州")),
        ("朝鲜劳动党", ("朝鲜", "劳动党")),
        ("中国人民解放军驻香港部队", ("中国", "人民解放军", "驻", "香港", "部队")),
    ],
)
def test_han_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert tuple(word for word, _english in chinese.segment(name)) == words
