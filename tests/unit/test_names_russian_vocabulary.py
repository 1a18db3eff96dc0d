"""Russian, Ukrainian and Belarusian organisation vocabulary (``names/data/org_translations.tsv``
and ``org_phrases.tsv``): real defence firms, state bodies, armed forces, banks, exchanges,
energy firms and media, written in Cyrillic as their own country writes them, meet their
English names; sister bodies stay apart.

Every pair is a real body and its English name as the body itself or the sanctions lists give
it; the labels come from what the bodies are, not from the matcher. None is taken from the
match suites or the eval pairs.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


ORG, FIRM = "Organization", "Company"

SAME_BODY = [
    ("Научно-исследовательский институт двигателей", "Research Institute of Engines", FIRM),
    (
        "Научно-исследовательский институт полимерных материалов",
        "Research Institute of Polymer Materials",
        FIRM,
    ),
    (
        "Научно-исследовательский институт радиоэлектронной техники",
        "Research Institute of Radio-Electronic Engineering",
        FIRM,
    ),
    ("Лазерные системы", "Laser Systems", FIRM),
    ("Новосибирский авиаремонтный завод", "Novosibirsk Aircraft Repair Plant", FIRM),
    ("Федеральное казначейство", "Federal Treasury", ORG),
    ("Главное управление глубоководных исследований", "Main Directorate of Deep-Sea Research", ORG),
    (
        "Главное оперативное управление Генерального штаба",
        "Main Operations Directorate of the General Staff",
        ORG,
    ),
    ("Военно-морской флот Российской Федерации", "Navy of the Russian Federation", ORG),
    ("Воздушно-космические силы Российской Федерации", "Aerospace Forces of the Russian Federation", ORG),
    ("Воздушно-десантные войска Российской Федерации", "Russian Airborne Forces", ORG),
    ("Ракетные войска стратегического назначения", "Strategic Missile Forces", ORG),
    ("Сухопутные войска Российской Федерации", "Russian Ground Forces", ORG),
    ("Военно-морская академия имени Н. Г. Кузнецова", "Kuznetsov Naval Academy", ORG),
    ("Черноморское высшее военно-морское училище", "Black Sea Higher Naval School", ORG),
    ("Министерство по чрезвычайным ситуациям", "Ministry of Emergency Situations", ORG),
    (
        "Министерство здравоохранения Российской Федерации",
        "Ministry of Health of the Russian Federation",
        ORG,
    ),
    (
        "Федеральное агентство по управлению государственным имуществом",
        "Federal Agency for State Property Management",
        ORG,
    ),
    ("Федеральная миграционная служба", "Federal Migration Service", ORG),
    ("Федеральная служба судебных приставов", "Federal Bailiffs Service", ORG),
    ("Счётная палата Российской Федерации", "Accounts Chamber of the Russian Federation", ORG),
    ("Государственная инспекция безопасности дорожного движения", "State Traffic Safety Inspectorate", ORG),
    ("Морская коллегия Российской Федерации", "Maritime Board of the Russian Federation", ORG),
    ("Национальный клиринговый центр", "National Clearing Centre", FIRM),
    (
        "Федеральная сетевая компания Единой энергетической системы",
        "Federal Grid Company of Unified Energy System",
        FIRM,
    ),
    (
        "Системный оператор Единой энергетической системы",
        "System Operator of the Unified Energy System",
        FIRM,
    ),
    ("Санкт-Петербургская валютная биржа", "Saint Petersburg Currency Exchange", FIRM),
    ("Московская межбанковская валютная биржа", "Moscow Interbank Currency Exchange", FIRM),
    ("Фондовая биржа «Санкт-Петербург»", "Saint Petersburg Stock Exchange", FIRM),
    ("Территориальная генерирующая компания № 1", "Territorial Generating Company No. 1", FIRM),
    ("Сберегательный банк Российской Федерации", "Savings Bank of the Russian Federation", FIRM),
    ("Промышленно-строительный банк", "Industrial Construction Bank", FIRM),
    ("Первый канал", "Channel One", FIRM),
    ("Издательский дом «Коммерсантъ»", "Kommersant Publishing House", FIRM),
    ("Телерадиокомпания «Звезда»", "Zvezda TV and Radio Company", FIRM),
    ("Державна податкова служба України", "State Tax Service of Ukraine", ORG),
    ("Державне бюро розслідувань", "State Bureau of Investigation", ORG),
    ("Кабінет Міністрів України", "Cabinet of Ministers of Ukraine", ORG),
    ("Державний ощадний банк України", "State Savings Bank of Ukraine", FIRM),
    ("Державне космічне агентство України", "State Space Agency of Ukraine", ORG),
    ("Служба зовнішньої розвідки України", "Foreign Intelligence Service of Ukraine", ORG),
    ("Державна прикордонна служба України", "State Border Guard Service of Ukraine", ORG),
    ("Міністерство внутрішніх справ України", "Ministry of Internal Affairs of Ukraine", ORG),
    ("Військово-морські сили України", "Naval Forces of Ukraine", ORG),
    ("Повітряні сили України", "Air Force of Ukraine", ORG),
    ("Сухопутні війська України", "Ukrainian Ground Forces", ORG),
    ("Конструкторське бюро «Луч»", "Luch Design Bureau", FIRM),
    ("Державний науково-дослідний інститут авіації", "State Research Institute of Aviation", FIRM),
    ("Суднобудівний завод «Океан»", "Okean Shipyard", FIRM),
    (
        "Камітэт дзяржаўнай бяспекі Рэспублікі Беларусь",
        "State Security Committee of the Republic of Belarus",
        ORG,
    ),
    (
        "Дзяржаўны ваенна-прамысловы камітэт Рэспублікі Беларусь",
        "State Military-Industrial Committee of the Republic of Belarus",
        ORG,
    ),
    (
        "Міністэрства ўнутраных спраў Рэспублікі Беларусь",
        "Ministry of Internal Affairs of the Republic of Belarus",
        ORG,
    ),
    (
        "Дзяржаўны пагранічны камітэт Рэспублікі Беларусь",
        "State Border Committee of the Republic of Belarus",
        ORG,
    ),
    ("Узброеныя сілы Рэспублікі Беларусь", "Armed Forces of the Republic of Belarus", ORG),
    ("Ваенная акадэмія Рэспублікі Беларусь", "Military Academy of the Republic of Belarus", ORG),
    ("Мінскі трактарны завод", "Minsk Tractor Works", FIRM),
    ("Мінскі аўтамабільны завод", "Minsk Automobile Plant", FIRM),
    ("Минский завод колёсных тягачей", "Minsk Wheel Tractor Plant", FIRM),
    ("Белорусская калийная компания", "Belarusian Potash Company", FIRM),
    ("Беларускі металургічны завод", "Belarusian Steel Works", FIRM),
    ("Белорусский металлургический завод", "Byelorussian Steel Works", FIRM),
    ("Лыткаринский завод оптического стекла", "Lytkarino Optical Glass Plant", FIRM),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.match, result.explain()


SISTER_BODIES = [
    ("Воздушно-космические силы", "Airborne Forces", ORG),
    ("Воздушно-десантные войска", "Aerospace Forces", ORG),
    ("Сухопутные войска", "Naval Forces", ORG),
    ("Федеральная миграционная служба", "Federal Bailiffs Service", ORG),
    ("Фондовая биржа «Санкт-Петербург»", "Saint Petersburg Currency Exchange", FIRM),
    ("Военно-морская академия", "Military Space Academy", ORG),
    ("Служба зовнішньої розвідки України", "Security Service of Ukraine", ORG),
    ("Державна податкова служба України", "State Customs Service of Ukraine", ORG),
    (
        "Міністэрства ўнутраных спраў Рэспублікі Беларусь",
        "Ministry of Foreign Affairs of the Republic of Belarus",
        ORG,
    ),
    (
        "Камітэт дзяржаўнай бяспекі Рэспублікі Беларусь",
        "State Border Committee of the Republic of Belarus",
        ORG,
    ),
    (
        "Системный оператор Единой энергетической системы",
        "Federal Grid Company of Unified Energy System",
        FIRM,
    ),
    (
        "Научно-исследовательский институт полимерных материалов",
        "Research Institute of Applied Chemistry",
        FIRM,
    ),
    ("Военно-морской флот Российской Федерации", "Naval Infantry of the Russian Federation", ORG),
    ("Минский тракторный завод", "Minsk Automobile Plant", FIRM),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert not result.match, result.explain()


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("мотострелковая", "motor rifle"),
        ("мотострелкового", "motor rifle"),
        ("бригады", "brigade"),
        ("дивизии", "division"),
        ("полка", "regiment"),
        ("корпуса", "corps"),
        ("гвардейской", "guards"),
        ("танковой", "tank"),
        ("артиллерийского", "artillery"),
        ("зенитных", "anti aircraft"),
        ("общевойсковой", "combined arms"),
        ("отдельного", "separate"),
        ("штурмовой", "assault"),
        ("бронетанкового", "armoured"),
        ("двигателей", "engines"),
        ("оптического", "optical"),
        ("налоговой", "tax"),
        ("государственным", "state"),
        ("двигателестроительный", "engine building"),
        ("zenitnaya", "anti aircraft"),
        ("dvigateley", "engines"),
        ("військово", "military"),
        ("космічного", "space"),
        ("зовнішньої", "foreign"),
        ("дзяржаўнай", "state"),
        ("ўнутраных", "internal"),
        ("пагранічны", "border"),
    ],
)
def test_words_translate_in_their_cases(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(word)


@pytest.mark.parametrize("word", ["Călin", "Calin", "Kalin", "Vizcaya", "Viscaya", "material", "program"])
def test_names_and_english_words_stay_untranslated(word: str) -> None:
    # калийная and війська are phrases of one word, so their stems reach no name.
    assert orgs.foreign_translations(word.lower()) == ()
