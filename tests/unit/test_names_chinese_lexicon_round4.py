"""Chinese organisation vocabulary, round 4 (``names/data/chinese_lexicon.tsv``): the words of
PRC state organs, party bodies, courts and the PLA, of state firms and exchanges, of
universities and their fields, of the media, and of Hong Kong's, Macau's, Taiwan's and
Singapore's government departments and associations.

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
    # PRC state organs, party, courts
    ("国家新闻出版署", "National Press and Publication Administration"),
    ("国家林业和草原局", "National Forestry and Grassland Administration"),
    ("国家文物局", "National Cultural Heritage Administration"),
    ("国家药品监督管理局", "National Medical Products Administration"),
    ("国家医疗保障局", "National Healthcare Security Administration"),
    ("国家粮食和物资储备局", "National Food and Strategic Reserves Administration"),
    ("国家保密局", "National Administration of State Secrets Protection"),
    ("国家机关事务管理局", "National Government Offices Administration"),
    ("国务院新闻办公室", "State Council Information Office"),
    ("自然资源部", "Ministry of Natural Resources"),
    ("住房和城乡建设部", "Ministry of Housing and Urban-Rural Development"),
    ("农业农村部", "Ministry of Agriculture and Rural Affairs"),
    ("文化和旅游部", "Ministry of Culture and Tourism"),
    ("审计署", "National Audit Office"),
    ("中共中央党校", "Party School of the Central Committee of the CPC"),
    ("中央军委战略规划办公室", "Office for Strategic Planning of the Central Military Commission"),
    ("中国气象局", "China Meteorological Administration"),
    ("中国地震局", "China Earthquake Administration"),
    ("最高人民法院", "Supreme People's Court"),
    ("最高人民检察院", "Supreme People's Procuratorate"),
    ("上海市高级人民法院", "Shanghai High People's Court"),
    ("深圳市中级人民法院", "Shenzhen Intermediate People's Court"),
    # PLA
    ("中国人民解放军总医院", "Chinese PLA General Hospital"),
    ("中国人民解放军海军陆战队", "PLA Navy Marine Corps"),
    ("中国人民解放军陆军步兵学院", "PLA Army Infantry Academy"),
    ("解放军报", "PLA Daily"),
    # State firms, exchanges, academies
    ("中国盐业集团有限公司", "China National Salt Industry Group"),
    ("中国节能环保集团有限公司", "China Energy Conservation and Environmental Protection Group"),
    ("中国煤炭科工集团有限公司", "China Coal Technology and Engineering Group"),
    ("大连商品交易所", "Dalian Commodity Exchange"),
    ("郑州商品交易所", "Zhengzhou Commodity Exchange"),
    ("香港交易及結算所", "Hong Kong Exchanges and Clearing"),
    ("中国医学科学院", "Chinese Academy of Medical Sciences"),
    # Universities
    ("中央财经大学", "Central University of Finance and Economics"),
    ("中国政法大学", "China University of Political Science and Law"),
    ("对外经济贸易大学", "University of International Business and Economics"),
    ("北京外国语大学", "Beijing Foreign Studies University"),
    ("上海外国语大学", "Shanghai International Studies University"),
    ("中国地质大学", "China University of Geosciences"),
    ("中国矿业大学", "China University of Mining and Technology"),
    ("中国传媒大学", "Communication University of China"),
    ("北京化工大学", "Beijing University of Chemical Technology"),
    ("首都师范大学", "Capital Normal University"),
    ("中央音乐学院", "Central Conservatory of Music"),
    ("中央美术学院", "Central Academy of Fine Arts"),
    ("北京电影学院", "Beijing Film Academy"),
    ("中国医科大学", "China Medical University"),
    ("北京中医药大学", "Beijing University of Chinese Medicine"),
    ("香港中文大學", "Chinese University of Hong Kong"),
    # Media
    ("环球时报", "Global Times"),
    ("中国国际广播电台", "China Radio International"),
    # Hong Kong and Macau
    ("香港警務處", "Hong Kong Police Force"),
    ("懲教署", "Correctional Services Department"),
    ("政府飛行服務隊", "Government Flying Service"),
    ("商務及經濟發展局", "Commerce and Economic Development Bureau"),
    ("財經事務及庫務局", "Financial Services and the Treasury Bureau"),
    ("政制及內地事務局", "Constitutional and Mainland Affairs Bureau"),
    ("勞工及福利局", "Labour and Welfare Bureau"),
    ("公務員事務局", "Civil Service Bureau"),
    ("證券及期貨事務監察委員會", "Securities and Futures Commission"),
    ("稅務局", "Inland Revenue Department"),
    ("土地註冊處", "Land Registry"),
    ("香港天文台", "Hong Kong Observatory"),
    ("渠務署", "Drainage Services Department"),
    ("路政署", "Highways Department"),
    ("地政總署", "Lands Department"),
    ("社會福利署", "Social Welfare Department"),
    ("衞生署", "Department of Health"),
    ("選舉管理委員會", "Electoral Affairs Commission"),
    ("維護國家安全委員會", "Committee for Safeguarding National Security"),
    ("終審法院", "Court of Final Appeal"),
    ("經濟及科技發展局", "Economic and Technological Development Bureau"),
    ("澳門中華總商會", "Macao Chinese Chamber of Commerce"),
    # Taiwan, Singapore
    ("經濟部", "Ministry of Economic Affairs"),
    ("國家通訊傳播委員會", "National Communications Commission"),
    ("原住民族委員會", "Council of Indigenous Peoples"),
    ("台灣自來水公司", "Taiwan Water Corporation"),
    ("中華民國陸軍", "Republic of China Army"),
    ("臺灣高等法院", "Taiwan High Court"),
    ("憲法法庭", "Constitutional Court"),
    ("新加坡中華總商會", "Singapore Chinese Chamber of Commerce and Industry"),
    ("新加坡宗鄉會館聯合總會", "Singapore Federation of Chinese Clan Associations"),
]


@pytest.mark.parametrize(("han", "english"), SAME_BODY)
def test_han_name_meets_official_english_name(han: str, english: str) -> None:
    result = score(body(han), body(english))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    # 理工大学 is an institute of technology or a polytechnic, not BJUT's or USTB's English.
    ("北京理工大学", "Beijing University of Technology"),
    ("北京理工大学", "University of Science and Technology Beijing"),
    ("最高人民法院", "Supreme People's Procuratorate"),
    ("最高人民法院", "Beijing High People's Court"),
    ("最高法院", "High Court"),
    ("終審法院", "High Court"),
    ("国家文物局", "National Medical Products Administration"),
    ("国家新闻出版署", "National Radio and Television Administration"),
    ("国家粮食和物资储备局", "National Forestry and Grassland Administration"),
    ("中国气象局", "China Earthquake Administration"),
    ("中国政法大学", "Central University of Finance and Economics"),
    ("中央音乐学院", "Central Academy of Fine Arts"),
    ("中国医科大学", "China Pharmaceutical University"),
    ("大连商品交易所", "Dalian Stock Exchange"),
    ("上海期货交易所", "Shanghai Stock Exchange"),
    ("环球时报", "China Daily"),
    ("人民日报", "PLA Daily"),
    ("勞工及福利局", "Social Welfare Department"),
    ("商務及經濟發展局", "Financial Services and the Treasury Bureau"),
    ("渠務署", "Water Supplies Department"),
    ("路政署", "Buildings Department"),
    ("香港警務處", "Hong Kong Fire Services Department"),
    ("原住民族委員會", "Hakka Affairs Council"),
    ("海军陆战队", "PLA Navy Submarine Force"),
]


@pytest.mark.parametrize(("han", "english"), SISTER_BODIES)
def test_sister_bodies_stay_apart(han: str, english: str) -> None:
    result = score(body(han), body(english))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # 中医药 (Chinese medicine) is one word, not 中医 + 药.
        ("北京中医药大学", ("北京", "中医药", "大学")),
        ("海军军官学校", ("海军", "军官学校")),
        ("勞工及福利局", ("勞工及福利", "局")),
        ("原住民族委員會", ("原住民族", "委員會")),
        ("最高人民检察院", ("最高", "人民", "检察院")),
        # 新华人寿 (New China Life): no 华人 row to cut 人寿 (life insurance) apart.
        ("新华人寿保险", ("新", "华", "人寿", "保险")),
    ],
)
def test_han_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert tuple(word for word, _english in chinese.segment(name)) == words


def test_national_is_no_word_of_its_own() -> None:
    # 國立 (national) left out: weighing little, it let 清华大学 (Tsinghua University,
    # Beijing) meet 國立清華大學 (National Tsing Hua University, Hsinchu).
    assert dict(chinese.segment("國立")).get("國") == ()
