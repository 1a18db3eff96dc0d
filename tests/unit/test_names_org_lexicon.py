"""Organisation vocabulary of Korean, Chinese and Russian names (``names/data/korean_lexicon.tsv``,
``chinese_lexicon.tsv``, the Russian rows of ``org_translations.tsv`` and ``org_phrases.tsv``):
real ministries, state firms, banks and companies of both Koreas, the mainland, Hong Kong,
Taiwan, Macau, Singapore and Russia, written as they write themselves, meet their official
English names; sister bodies one word apart stay apart.

Every pair is a real body and its official English name (or, for the negatives, a different
real body of the same kind); the labels come from what the bodies are, not from the matcher.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import chinese, orgs

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    # Korean (DPRK)
    ("조선석탄공업성", "Ministry of Coal Industry", ORG),
    ("화학공업성", "Ministry of Chemical Industry", ORG),
    ("경공업성", "Ministry of Light Industry", ORG),
    ("보건성", "Ministry of Public Health", ORG),
    ("수산성", "Ministry of Fisheries", ORG),
    ("육해운성", "Ministry of Land and Maritime Transport", ORG),
    ("김책제철련합기업소", "Kim Chaek Iron and Steel Complex", FIRM),
    ("흥남비료련합기업소", "Hungnam Fertilizer Complex", FIRM),
    ("상원시멘트련합기업소", "Sangwon Cement Complex", FIRM),
    ("조선동해해운회사", "Korea East Sea Shipping Company", FIRM),
    ("개성공단", "Kaesong Industrial Complex", ORG),
    # Korean (ROK)
    ("한국전력공사", "Korea Electric Power Corporation", FIRM),
    ("한국가스공사", "Korea Gas Corporation", FIRM),
    ("대한석탄공사", "Korea Coal Corporation", FIRM),
    ("현대중공업", "Hyundai Heavy Industries", FIRM),
    ("삼성중공업", "Samsung Heavy Industries", FIRM),
    ("한국조선해양", "Korea Shipbuilding & Offshore Engineering", FIRM),
    ("대우조선해양", "Daewoo Shipbuilding & Marine Engineering", FIRM),
    ("현대상선", "Hyundai Merchant Marine", FIRM),
    ("한국관광공사", "Korea Tourism Organization", ORG),
    ("한국수출입은행", "Export-Import Bank of Korea", ORG),
    ("한국거래소", "Korea Exchange", FIRM),
    ("금융감독원", "Financial Supervisory Service", ORG),
    ("대한상공회의소", "Korea Chamber of Commerce and Industry", ORG),
    ("한국철도공사", "Korea Railroad Corporation", FIRM),
    ("부산항만공사", "Busan Port Authority", ORG),
    ("한국전자통신연구원", "Electronics and Telecommunications Research Institute", ORG),
    ("삼성화재해상보험", "Samsung Fire & Marine Insurance", FIRM),
    ("한국투자증권", "Korea Investment & Securities", FIRM),
    ("한국토지주택공사", "Korea Land and Housing Corporation", FIRM),
    ("인천국제공항공사", "Incheon International Airport Corporation", FIRM),
    ("한국해양대학교", "Korea Maritime and Ocean University", ORG),
    ("한국반도체산업협회", "Korea Semiconductor Industry Association", ORG),
    ("한국수력원자력", "Korea Hydro & Nuclear Power", FIRM),
    ("한국석유공사", "Korea National Oil Corporation", FIRM),
    # Chinese
    ("中國船舶重工集團有限公司", "China Shipbuilding Industry Corporation", FIRM),
    ("江南造船厂", "Jiangnan Shipyard", FIRM),
    ("財團法人工業技術研究院", "Industrial Technology Research Institute", ORG),
    ("香港金融管理局", "Hong Kong Monetary Authority", ORG),
    ("新加坡金融管理局", "Monetary Authority of Singapore", ORG),
    ("國務院港澳事務辦公室", "Hong Kong and Macao Affairs Office of the State Council", ORG),
    ("青島啤酒股份有限公司", "Tsingtao Brewery Company Limited", FIRM),
    ("南亞塑膠工業股份有限公司", "Nan Ya Plastics Corporation", FIRM),
    ("中国石油化工股份有限公司", "China Petroleum & Chemical Corporation", FIRM),
    ("陽明海運股份有限公司", "Yang Ming Marine Transport Corporation", FIRM),
    ("中華航空", "China Airlines", FIRM),
    ("香港中華煤氣有限公司", "The Hong Kong and China Gas Company Limited", FIRM),
    ("新加坡航空", "Singapore Airlines", FIRM),
    ("香港中華總商會", "Chinese General Chamber of Commerce Hong Kong", ORG),
    ("中国重型汽车集团有限公司", "China National Heavy Duty Truck Group Co Ltd", FIRM),
    ("鞍山钢铁集团", "Anshan Iron and Steel Group", FIRM),
    ("中国铝业股份有限公司", "Aluminum Corporation of China Limited", FIRM),
    ("紫金矿业", "Zijin Mining", FIRM),
    ("中国核工业集团有限公司", "China National Nuclear Corporation", FIRM),
    ("中国电子科技集团公司", "China Electronics Technology Group Corporation", FIRM),
    ("香港聯合交易所", "The Stock Exchange of Hong Kong", FIRM),
    ("臺灣證券交易所", "Taiwan Stock Exchange", FIRM),
    ("中国人寿保险", "China Life Insurance", FIRM),
    ("国家烟草专卖局", "State Tobacco Monopoly Administration", ORG),
    ("中国民用航空局", "Civil Aviation Administration of China", ORG),
    ("中国证券监督管理委员会", "China Securities Regulatory Commission", ORG),
    ("上海国际港务集团", "Shanghai International Port Group", FIRM),
    ("中国国际海运集装箱", "China International Marine Containers", FIRM),
    ("中国航空工业集团", "Aviation Industry Corporation of China", FIRM),
    ("中国林业集团", "China Forestry Group", FIRM),
    ("中国建筑材料集团", "China National Building Material Group", FIRM),
    ("中國鋼鐵股份有限公司", "China Steel Corporation", FIRM),
    ("臺灣菸酒股份有限公司", "Taiwan Tobacco and Liquor Corporation", FIRM),
    ("大连船舶重工集团", "Dalian Shipbuilding Industry Company", FIRM),
    # Russian
    ("Новороссийское морское пароходство", "Novorossiysk Shipping Company", FIRM),
    ("Мурманское морское пароходство", "Murmansk Shipping Company", FIRM),
    ("Северо-Западное пароходство", "North-Western Shipping Company", FIRM),
    ("Уральский завод тяжёлого машиностроения", "Ural Heavy Machinery Plant", FIRM),
    ("Камский автомобильный завод", "Kama Automobile Plant", FIRM),
    ("Челябинский тракторный завод", "Chelyabinsk Tractor Plant", FIRM),
    ("Министерство энергетики Российской Федерации", "Ministry of Energy of the Russian Federation", ORG),
    ("Министерство транспорта Российской Федерации", "Ministry of Transport of the Russian Federation", ORG),
    (
        "Торгово-промышленная палата Российской Федерации",
        "Chamber of Commerce and Industry of the Russian Federation",
        ORG,
    ),
    ("Московская биржа", "Moscow Exchange", FIRM),
    ("Аэрофлот — Российские авиалинии", "Aeroflot Russian Airlines", FIRM),
    ("Государственная транспортная лизинговая компания", "State Transport Leasing Company", FIRM),
    ("Российский фонд прямых инвестиций", "Russian Direct Investment Fund", ORG),
    ("Объединённая судостроительная корпорация", "United Shipbuilding Corporation", FIRM),
    (
        "Министерство сельского хозяйства Российской Федерации",
        "Ministry of Agriculture of the Russian Federation",
        ORG,
    ),
    ("Министерство природных ресурсов и экологии", "Ministry of Natural Resources and Environment", ORG),
    ("Федеральное агентство по рыболовству", "Federal Agency for Fishery", ORG),
    (
        "Федеральное агентство морского и речного транспорта",
        "Federal Agency for Maritime and River Transport",
        ORG,
    ),
    ("Уральская горно-металлургическая компания", "Ural Mining and Metallurgical Company", FIRM),
    ("Магнитогорский металлургический комбинат", "Magnitogorsk Iron and Steel Works", FIRM),
    ("Концерн радиостроения Вега", "Vega Radio Engineering Corporation", FIRM),
    ("Российская национальная перестраховочная компания", "Russian National Reinsurance Company", FIRM),
    (
        "Центральный научно-исследовательский институт химии и механики",
        "Central Research Institute of Chemistry and Mechanics",
        ORG,
    ),
    (
        "Министерство строительства и жилищно-коммунального хозяйства",
        "Ministry of Construction Housing and Utilities",
        ORG,
    ),
    ("Федеральное агентство по туризму", "Federal Agency for Tourism", ORG),
    ("Морской порт Санкт-Петербург", "Sea Port of Saint Petersburg", FIRM),
]

# Cyrillic and Chinese names beside the English name of the same record in the official
# lists (UK "Name non-Latin script", Canada, EU): the words they share are ordinary
# vocabulary (учреждение, бюджетное, патронный, ремонтный, минобороны; 数控, 机器).
LISTED_PAIRS = [
    ("558 АВИАЦИОННЫЙ РЕМОНТНЫЙ ЗАВОД", "JSC 558 AIRCRAFT REPAIR PLANT", FIRM),
    ("Чебоксарский завод электрооборудования", "Cheboksary Electrical Equipment Plant", FIRM),
    ("Минобороны России", "Ministry of Defence of the Russian Federation", ORG),
    (
        "Центральная избирательная комиссия Российской Федерации",
        "The Central Election Commission of the Russian Federation",
        ORG,
    ),
    (
        "Федеральное государственное бюджетное образовательное учреждение Международный детский центр Артек",
        "THE FEDERAL STATE BUDGET EDUCATIONAL INSTITUTION ARTEK INTERNATIONAL CHILDREN'S CENTER",
        ORG,
    ),
    (
        "Министерство науки и высшего образования Российской Федерации",
        "Ministry of Science and Higher Education of the Russian Federation",
        ORG,
    ),
    ("Российский институт стратегических исследований", "Russian Institute for Strategic Studies", ORG),
    ("Климовский специализированный патронный завод", "Klimovsk Specialized Ammunition Plant", FIRM),
    ("Акционерное общество «Брянский электромеханический завод»", "Bryansk Electromechanical Plant", FIRM),
    ("Группа компаний «Беспилотные системы»", "Unmanned Systems Group", FIRM),
    ("Московский городской суд", "Moscow City Court", ORG),
    ("Командование военно-транспортной авиации", "Command of the Military Transport Aviation", ORG),
    (
        "Акционерное общество Опытное конструкторское бюро «Факел»",
        "Experimental Design Bureau “Fakel” JSC",
        FIRM,
    ),
    ("Торговый Дом “РОСЭЛ”", "“Trading House “ROSEL” JSC", FIRM),
    (
        "Международный центр квантовой оптики и квантовых технологий",
        "International Center for Quantum Optics and Quantum Technologies LLC",
        ORG,
    ),
    (
        "Федеральное государственное бюджетное учреждение науки Институт теоретической физики "
        "им. Л.Д. Ландау Российской академии наук",
        "L.D. Landau Institute for Theoretical Physics - Russian Academy of Sciences (RAS)",
        ORG,
    ),
    ('Акционерное Общество "Телекомпания НТВ"', "NTV Broadcasting Company JSC", FIRM),
    ("Корпорация развития Дальнего Востока", "Far East Development Corporation", ORG),
    ("东莞圣寅数控设备有限公司", "DONGGUAN SHENGYIN CNC EQUIPMENT CO., LTD", FIRM),
    ("苏州百胜动力机器股份有限公司", "SUZHOU BAISHENG POWER MACHINERY CO., LTD.", FIRM),
    ("558 АВІЯЦЫЙНЫ РАМОНТНЫ ЗАВОД", "JSC 558 AIRCRAFT REPAIR PLANT", FIRM),
    ("ААТ Канструктарскае бюро Дысплей", "JSC DISPLAY DESIGN BUREAU", FIRM),
    ("Зеленодольское ПКБ, АО", "Zelenodolsky Project and Design Bureau JSC", FIRM),
    (
        "Акционерное Общество Черноморский Банк Развития и Реконструкции",
        "BLACK SEA BANK DEVELOPMENT AND RECONSTRUCTION",
        FIRM,
    ),
    (
        "AO Ордена Ленина Научно-исследовательский и конструкторский институт энерготехники "
        "имени Н.А. Доллежаля",
        "N.A. Dollezhal Order of Lenin Research and Design Institute of Power Engineering JSC",
        FIRM,
    ),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY + LISTED_PAIRS)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    ("조선석탄공업성", "Ministry of Chemical Industry", ORG),
    ("경공업성", "Ministry of Coal Industry", ORG),
    ("한국가스공사", "Korea Coal Corporation", FIRM),
    ("현대중공업", "Hyundai Merchant Marine", FIRM),
    ("한국관광공사", "Korea Railroad Corporation", FIRM),
    ("한국거래소", "Korea Exchange Bank", FIRM),
    ("조선소", "Korea Shipping Company", FIRM),
    ("香港金融管理局", "Monetary Authority of Singapore", ORG),
    ("中国林业集团", "China National Fisheries Corporation", FIRM),
    ("中国铝业股份有限公司", "China Steel Corporation", FIRM),
    ("中国人寿保险", "China Pacific Insurance", FIRM),
    ("臺灣證券交易所", "Taiwan Futures Exchange", FIRM),
    ("中国民用航空局", "China Aviation Industry Corporation", ORG),
    ("Новороссийское морское пароходство", "Murmansk Shipping Company", FIRM),
    ("Челябинский тракторный завод", "Chelyabinsk Pipe Plant", FIRM),
    ("Министерство энергетики Российской Федерации", "Ministry of Transport of the Russian Federation", ORG),
    ("Камский автомобильный завод", "Kama Tyre Plant", FIRM),
    ("Федеральное агентство по рыболовству", "Federal Agency for Tourism", ORG),
    # Sister bodies of the listed pairs above.
    ("Брянский электромеханический завод", "Bryansk Automobile Plant", FIRM),
    ("Тульский патронный завод", "Tula Arms Plant", FIRM),
    ("Барнаульский патронный завод", "Novosibirsk Cartridge Plant", FIRM),
    ("Московский городской суд", "Moscow Arbitration Court", ORG),
    ("Минобороны России", "Ministry of Internal Affairs of the Russian Federation", ORG),
    ("Минобороны России", "Ministry of Defence of the Republic of Belarus", ORG),
    ("Российский институт стратегических исследований", "Russian Institute of Radionavigation and Time", ORG),
    ("Корпорация развития Дальнего Востока", "North Caucasus Development Corporation", ORG),
    ("Зеленодольское ПКБ, АО", "Zelenodolsk Shipyard JSC", FIRM),
    ("Невское ПКБ, АО", "Severnoye Design Bureau Joint Stock Company", FIRM),
    ("Черноморский Банк Развития и Реконструкции", "Black Sea Trade and Development Bank", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # 조선 stays "Korea" before other words and is "shipbuilding" only in 조선해양.
        ("조선석탄공업성", ("조선", "석탄", "공업", "성")),
        ("조선동해해운회사", ("조선", "동해", "해운", "회사")),
        ("한국조선해양", ("한국", "조선해양")),
        ("대우조선해양", ("대우", "조선해양")),
        ("김책제철련합기업소", ("김책", "제철", "련합기업소")),
        ("조선물산", ("조선", "물산")),
        ("삼성화재해상보험", ("삼성", "화재", "해상", "보험")),
    ],
)
def test_hangul_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert orgs.segment_hangul(name) == words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("青島啤酒股份有限公司", ("青島", "啤酒", "股份有限公司")),
        ("香港金融管理局", ("香港", "金融管理局")),
        ("國務院港澳事務辦公室", ("國務院", "港澳", "事務辦公室")),
        ("中国重型汽车集团有限公司", ("中国", "重型汽车", "集团", "有限公司")),
        # 研发 is one word: 研发电子 is not 研 + 发电 (power generation) + 子.
        ("研发电子", ("研发", "电子")),
    ],
)
def test_han_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert tuple(word for word, _english in chinese.segment(name)) == words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("теплотехники", "heat engineering"),
        ("тяжёлого", "heavy"),
        ("тракторный", "tractor"),
        ("лизинговая", "leasing"),
        ("палата", "chamber"),
        ("рыболовству", "fishery"),
        ("дальневосточное", "far eastern"),
        ("traktorny", "tractor"),
        ("бюджетного", "budgetary"),
        ("ремонту", "repair"),
        ("всероссийского", "all russian"),
        ("gornaya", "mining"),
        ("rudnaya", "ore"),
        ("khimicheskikh", "chemical"),
        ("publichnoe", "public"),
        ("авиационных", "aviation"),
        ("развитию", "development"),
    ],
)
def test_russian_words_translate_in_their_cases(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(word)


@pytest.mark.parametrize("word", ["нефть", "neft", "союз", "soyuz", "восток", "vostok", "победа"])
def test_words_that_name_firms_are_not_translated(word: str) -> None:
    # Gazprom Neft is not Gazprom, Bank Soyuz, the Vostok plant and Pobeda airline are names:
    # such words must keep their weight.
    assert orgs.foreign_translations(word) == ()
