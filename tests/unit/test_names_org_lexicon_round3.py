"""Organisation vocabulary of Chinese and Korean names, round 3 (``names/data/chinese_lexicon.tsv``
and ``korean_lexicon.tsv``): the defence industry and the armed forces, the party and state
bodies of the PRC, Hong Kong, Taiwan, Singapore and both Koreas, finance and shipping.

Every pair is a real body written as it writes itself beside its official English name (or,
for the negatives, a sister body of the same kind); the labels come from what the bodies are,
not from the matcher.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import chinese, orgs

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    # Defence industry and the armed forces (PRC)
    ("中国航天科工集团第二研究院", "Second Academy of China Aerospace Science and Industry Corporation", ORG),
    ("中国空空导弹研究院", "China Air-to-Air Missile Research Institute", ORG),
    ("酒泉卫星发射中心", "Jiuquan Satellite Launch Center", ORG),
    ("北京控制工程研究所", "Beijing Institute of Control Engineering", ORG),
    ("华北光电技术研究所", "North China Research Institute of Electro-optics", ORG),
    ("中国核动力研究设计院", "Nuclear Power Institute of China", ORG),
    (
        "中国电子科技集团公司第十四研究所",
        "China Electronics Technology Group Corporation 14th Research Institute",
        ORG,
    ),
    ("中国人民解放军联勤保障部队", "PLA Joint Logistic Support Force", ORG),
    ("中国人民解放军东部战区", "Chinese People's Liberation Army Eastern Theater Command", ORG),
    ("中央军委后勤保障部", "Logistic Support Department of the Central Military Commission", ORG),
    ("中央军委政治工作部", "Political Work Department of the Central Military Commission", ORG),
    (
        "中央军委国防动员部",
        "National Defense Mobilization Department of the Central Military Commission",
        ORG,
    ),
    # Party and state bodies (PRC, Hong Kong, Taiwan, Singapore)
    ("中共中央办公厅", "General Office of the Chinese Communist Party", ORG),
    ("国务院办公厅", "General Office of the State Council", ORG),
    ("中共中央组织部", "Organization Department of the Chinese Communist Party", ORG),
    ("中共中央统战部", "United Front Work Department of the CCP Central Committee", ORG),
    ("中央纪律检查委员会", "Central Commission for Discipline Inspection", ORG),
    ("国家市场监督管理总局", "State Administration for Market Regulation", ORG),
    ("国家税务总局", "State Taxation Administration", ORG),
    ("生态环境部", "Ministry of Ecology and Environment", ORG),
    ("应急管理部", "Ministry of Emergency Management", ORG),
    ("退役军人事务部", "Ministry of Veterans Affairs", ORG),
    ("人力资源和社会保障部", "Ministry of Human Resources and Social Security", ORG),
    ("民政部", "Ministry of Civil Affairs", ORG),
    ("水利部", "Ministry of Water Resources", ORG),
    ("国家卫生健康委员会", "National Health Commission", ORG),
    ("国家民族事务委员会", "National Ethnic Affairs Commission", ORG),
    ("国家原子能机构", "China Atomic Energy Authority", ORG),
    ("国家密码管理局", "State Cryptography Administration", ORG),
    ("香港特別行政區立法會", "Legislative Council of the Hong Kong Special Administrative Region", ORG),
    ("廉政公署", "Independent Commission Against Corruption", ORG),
    ("律政司", "Department of Justice", ORG),
    ("法務部調查局", "Investigation Bureau Ministry of Justice", ORG),
    ("行政院", "Executive Yuan", ORG),
    ("立法院", "Legislative Yuan", ORG),
    ("金融監督管理委員會", "Financial Supervisory Commission", ORG),
    ("新加坡内政部", "Ministry of Home Affairs Singapore", ORG),
    ("新加坡人力部", "Ministry of Manpower Singapore", ORG),
    # Finance and shipping
    ("中国邮政储蓄银行", "Postal Savings Bank of China", FIRM),
    ("上海农村商业银行", "Shanghai Rural Commercial Bank", FIRM),
    ("兴业银行", "Industrial Bank", FIRM),
    ("中国外轮代理有限公司", "China Ocean Shipping Agency", FIRM),
    ("中国船东协会", "China Shipowners Association", ORG),
    ("广西北部湾国际港务集团", "Guangxi Beibu Gulf International Port Group", FIRM),
    # Regulators by their short names, congresses and mass organisations
    ("中国证监会", "China Securities Regulatory Commission", ORG),
    ("中国银保监会", "China Banking and Insurance Regulatory Commission", ORG),
    (
        "国务院国资委",
        "State-owned Assets Supervision and Administration Commission of the State Council",
        ORG,
    ),
    ("国家发改委", "National Development and Reform Commission", ORG),
    ("全国人大常委会", "Standing Committee of the National People's Congress", ORG),
    ("中华全国总工会", "All-China Federation of Trade Unions", ORG),
    ("中国共产主义青年团", "Communist Youth League of China", ORG),
    ("中华全国妇女联合会", "All-China Women's Federation", ORG),
    ("中国红十字会", "Red Cross Society of China", ORG),
    ("中国国际贸易促进委员会", "China Council for the Promotion of International Trade", ORG),
    ("中国人民武装警察部队", "Chinese People's Armed Police Force", ORG),
    ("国家知识产权局", "China National Intellectual Property Administration", ORG),
    ("中国检验认证集团", "China Certification & Inspection Group", FIRM),
    # Korean (DPRK)
    ("핵무기연구소", "Nuclear Weapons Institute", ORG),
    ("조선인민군 국경경비대", "Korean People's Army Border Guards", ORG),
    ("조선로동당 재정경리부", "Finance and Accounting Department of the Workers' Party of Korea", ORG),
    (
        "조선로동당 근로단체부",
        "Working People's Organizations Department of the Workers' Party of Korea",
        ORG,
    ),
    ("조선로동당 정치국", "Political Bureau of the Workers' Party of Korea", ORG),
    ("인민무력성", "Ministry of the People's Armed Forces", ORG),
    ("도시경영성", "Ministry of Urban Management", ORG),
    ("수매량정성", "Ministry of Procurement and Food Administration", ORG),
    ("후방총국", "General Rear Services Bureau", ORG),
    ("국가항공우주기술총국", "National Aerospace Technology Administration", ORG),
    ("조선광학기계공장", "Korea Optical Machinery Factory", FIRM),
    ("조선기자동맹", "Korean Journalists Union", ORG),
    ("조선작가동맹", "Korean Writers Union", ORG),
    ("조선농업근로자동맹", "Union of Agricultural Workers of Korea", ORG),
    ("중앙검찰소", "Central Public Prosecutors Office", ORG),
    ("조선올림픽위원회", "Olympic Committee of the DPRK", ORG),
    # Korean (ROK)
    ("한국과학기술원", "Korea Advanced Institute of Science and Technology", ORG),
    ("한국선급", "Korean Register", ORG),
    ("신용보증기금", "Korea Credit Guarantee Fund", ORG),
    ("예금보험공사", "Korea Deposit Insurance Corporation", ORG),
    ("공정거래위원회", "Korea Fair Trade Commission", ORG),
    ("국가정보원", "National Intelligence Service", ORG),
    ("한국수자원공사", "Korea Water Resources Corporation", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    ("中国航天科工集团第二研究院", "China Aerospace Science and Industry Corporation Third Academy", ORG),
    ("中国航天科技集团第一研究院", "China Aerospace Science and Technology Corporation Fifth Academy", ORG),
    (
        "中国电子科技集团公司第十四研究所",
        "China Electronics Technology Group Corporation 13th Research Institute",
        ORG,
    ),
    (
        "中国电子科技集团公司第二十研究所",
        "China Electronics Technology Group Corporation 2nd Research Institute",
        ORG,
    ),
    ("酒泉卫星发射中心", "Xichang Satellite Launch Center", ORG),
    ("中国人民解放军东部战区", "PLA Southern Theater Command", ORG),
    ("中央军委后勤保障部", "Training and Administration Department of the Central Military Commission", ORG),
    ("中共中央组织部", "Publicity Department of the Chinese Communist Party", ORG),
    ("中共中央办公厅", "General Office of the State Council", ORG),
    ("立法院", "Executive Yuan", ORG),
    ("律政司", "Department of Health", ORG),
    ("民政部", "Ministry of Water Resources", ORG),
    ("生态环境部", "Ministry of Emergency Management", ORG),
    ("国家市场监督管理总局", "State Taxation Administration", ORG),
    ("中国邮政储蓄银行", "Agricultural Bank of China", FIRM),
    ("핵무기연구소", "Nuclear Physics Institute", ORG),
    ("조선로동당 재정경리부", "Working People's Organizations Department", ORG),
    ("도시경영성", "Ministry of Procurement and Food Administration", ORG),
    ("신용보증기금", "Korea Deposit Insurance Corporation", ORG),
    ("방위사업청", "Korea Coast Guard", ORG),
    ("中国证监会", "China Banking and Insurance Regulatory Commission", ORG),
    ("中华全国总工会", "All-China Women's Federation", ORG),
    ("조선기자동맹", "Korean Writers Union", ORG),
    # 理工 is no row: Beijing Institute of Technology is not Beijing University of Technology.
    ("北京理工大学", "Beijing University of Technology", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # 第二十 (20th) is one word, never 第二 (second) and a stray 十.
        ("中国电子科技集团公司第二十研究所", ("中国", "电子", "科技", "集团", "公司", "第二十", "研究所")),
        ("中国航天科工集团第二研究院", ("中国", "航天", "科工", "集团", "第二", "研究院")),
        ("中华人民共和国出入境管理局", ("中华人民共和国", "出入境", "管理局")),
        ("香港入境事務處", ("香港", "入境", "事務", "處")),
        ("广西北部湾国际港务集团", ("广西", "北部湾", "国际", "港务", "集团")),
        ("律政司", ("律政", "司")),
        # 工作 is a word, yet 工作部 (work department) stays one.
        ("中共中央统一战线工作部", ("中共", "中央", "统一战线", "工作部")),
    ],
)
def test_han_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert tuple(word for word, _english in chinese.segment(name)) == words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("핵무기연구소", ("핵무기", "연구소")),
        ("국경경비대", ("국경", "경비대")),
        ("한국과학기술원", ("한국", "과학기술원")),
        ("조선인민군", ("조선", "인민군")),
        # No 대대 (battalion): 현대대우 keeps its name whole.
        ("현대대우", ("현대대우",)),
        # English loanwords are no rows: the loanword reader spells 팬오션 (Pan Ocean) whole.
        ("팬오션", ("팬오션",)),
        ("조선농업근로자동맹", ("조선", "농업", "근로자", "동맹")),
    ],
)
def test_hangul_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert orgs.segment_hangul(name) == words
