"""Organisation vocabulary of Russia, Belarus, Ukraine and Central Asia, round 5
(``names/data/org_translations.tsv`` and ``org_phrases.tsv``): the words of Russian state bodies
and their regional directorates (district courts, arbitration courts, krai bodies, supervision
services, legislative assemblies), of the defence industry and its plants (flight test centres,
design bureaus, mining and processing plants, refineries), their Belarusian and Ukrainian forms,
and Kazakh, Uzbek, Kyrgyz, Tajik and Turkmen words of state bodies and firms (railways written as
two words, border, troops, revenue, migration, Tajik ministries and committees). A body written
as its own country writes it meets its official English name, and a sister body (another court,
another plant, another committee of the same state) stays apart.

Every pair is a real body and the English name the body itself gives; the labels come from
what the bodies are, not from the matcher's output. None is taken from the match suites or the
evaluation pairs.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    (
        "Пограничное управление ФСБ России по Мурманской области",
        "Border Directorate of the FSB of Russia for Murmansk Oblast",
        ORG,
    ),
    (
        "Управление Росгвардии по Республике Татарстан",
        "Rosgvardia Directorate for the Republic of Tatarstan",
        ORG,
    ),
    ("Центральное таможенное управление", "Central Customs Directorate", ORG),
    ("Дальневосточное таможенное управление", "Far Eastern Customs Directorate", ORG),
    ("Верховный суд Российской Федерации", "Supreme Court of the Russian Federation", ORG),
    ("Южный окружной военный суд", "Southern District Military Court", ORG),
    ("Московский окружной военный суд", "Moscow District Military Court", ORG),
    ("Центральный окружной военный суд", "Central District Military Court", ORG),
    ("Арбитражный суд Московской области", "Arbitration Court of Moscow Oblast", ORG),
    ("Арбитражный суд Свердловской области", "Arbitration Court of Sverdlovsk Oblast", ORG),
    ("Приморский краевой суд", "Primorsky Regional Court", ORG),
    ("Хабаровский краевой суд", "Khabarovsk Krai Court", ORG),
    ("Законодательное собрание Красноярского края", "Legislative Assembly of Krasnoyarsk Krai", ORG),
    ("Законодательное собрание Санкт-Петербурга", "Legislative Assembly of Saint Petersburg", ORG),
    (
        "Федеральная служба по ветеринарному и фитосанитарному надзору",
        "Federal Service for Veterinary and Phytosanitary Surveillance",
        ORG,
    ),
    ("Главное управление по противодействию экстремизму", "Main Directorate for Countering Extremism", ORG),
    ("Федеральная миграционная служба", "Federal Migration Service", ORG),
    (
        "Министерство внутренних дел по Республике Дагестан",
        "Ministry of Internal Affairs for the Republic of Dagestan",
        ORG,
    ),
    (
        "Правительство Ханты-Мансийского автономного округа",
        "Government of Khanty-Mansi Autonomous Okrug",
        ORG,
    ),
    (
        "Береговая охрана Пограничной службы ФСБ России",
        "Coast Guard of the Border Service of the FSB of Russia",
        ORG,
    ),
    ("Администрация морских портов Балтийского моря", "Administration of Baltic Sea Ports", ORG),
    ("Морской порт Санкт-Петербург", "Sea Port of Saint Petersburg", FIRM),
    ("Кронштадтский морской завод", "Kronstadt Marine Plant", FIRM),
    ("Новосибирский приборостроительный завод", "Novosibirsk Instrument-Making Plant", FIRM),
    (
        "Государственный лётно-испытательный центр имени В. П. Чкалова",
        "Chkalov State Flight Test Center",
        ORG,
    ),
    ("Машиностроительный завод «Арсенал»", "Arsenal Machine-Building Plant", FIRM),
    ("Холдинг «Вертолёты России»", "Russian Helicopters Holding", FIRM),
    ("Сибирский химический комбинат", "Siberian Chemical Combine", FIRM),
    ("Горно-химический комбинат", "Mining and Chemical Combine", FIRM),
    ("Лебединский горно-обогатительный комбинат", "Lebedinsky Mining and Processing Plant", FIRM),
    ("Михайловский горно-обогатительный комбинат", "Mikhailovsky Mining and Processing Plant", FIRM),
    ("Антипинский нефтеперерабатывающий завод", "Antipinsky Oil Refinery", FIRM),
    ("Научно-производственное предприятие «Пульсар»", "Research and Production Enterprise Pulsar", FIRM),
    ("Научно-производственное объединение «Сплав»", "Splav Research and Production Association", FIRM),
    (
        "Центральное конструкторское бюро аппаратостроения",
        "Central Design Bureau of Apparatus Engineering",
        FIRM,
    ),
    (
        "Центральный научно-исследовательский институт химии и механики",
        "Central Research Institute of Chemistry and Mechanics",
        ORG,
    ),
    ("Радиотехнический институт имени академика А. Л. Минца", "Mints Radio Engineering Institute", ORG),
    (
        "Опытное конструкторское бюро машиностроения имени И. И. Африкантова",
        "Afrikantov Experimental Design Bureau for Mechanical Engineering",
        FIRM,
    ),
    (
        "Государственный научный центр «Научно-исследовательский институт атомных реакторов»",
        "State Scientific Centre Research Institute of Atomic Reactors",
        ORG,
    ),
    ("Научно-исследовательский институт стали", "Research Institute of Steel", ORG),
    ("Мінскі трактарны завод", "Minsk Tractor Works", FIRM),
    ("Беларуская чыгунка", "Belarusian Railway", FIRM),
    (
        "Дзяржаўны пагранічны камітэт Рэспублікі Беларусь",
        "State Border Committee of the Republic of Belarus",
        ORG,
    ),
    (
        "Камітэт дзяржаўнай бяспекі Рэспублікі Беларусь",
        "State Security Committee of the Republic of Belarus",
        ORG,
    ),
    ("Беларускі дзяржаўны ўніверсітэт", "Belarusian State University", ORG),
    (
        "Дзяржаўны мытны камітэт Рэспублікі Беларусь",
        "State Customs Committee of the Republic of Belarus",
        ORG,
    ),
    ("Беларускі металургічны завод", "Belarusian Metallurgical Plant", FIRM),
    ("Мінскі завод колавых цягачоў", "Minsk Wheeled Tractor Plant", FIRM),
    ("Беларускі нацыянальны тэхнічны ўніверсітэт", "Belarusian National Technical University", ORG),
    ("Гомельскі хімічны завод", "Gomel Chemical Plant", FIRM),
    ("Харківський авіаційний завод", "Kharkiv Aircraft Plant", FIRM),
    ("Державне підприємство «Антонов»", "Antonov State Enterprise", FIRM),
    (
        "Київський національний університет імені Тараса Шевченка",
        "Taras Shevchenko National University of Kyiv",
        ORG,
    ),
    ("Державне космічне агентство України", "State Space Agency of Ukraine", ORG),
    ("Служба зовнішньої розвідки України", "Foreign Intelligence Service of Ukraine", ORG),
    ("Миколаївський суднобудівний завод", "Mykolaiv Shipbuilding Plant", FIRM),
    ("Державне бюро розслідувань", "State Bureau of Investigation", ORG),
    ("Національне антикорупційне бюро України", "National Anti-Corruption Bureau of Ukraine", ORG),
    ("Державна митна служба України", "State Customs Service of Ukraine", ORG),
    ("Львівський державний авіаційно-ремонтний завод", "Lviv State Aircraft Repair Plant", FIRM),
    ("Науково-виробничий комплекс «Іскра»", "Iskra Research and Production Complex", FIRM),
    ("Харківський машинобудівний завод «ФЕД»", "Kharkiv Machine-Building Plant FED", FIRM),
    ("Дніпровський металургійний завод", "Dnipro Metallurgical Plant", FIRM),
    (
        "Національний технічний університет «Харківський політехнічний інститут»",
        "National Technical University Kharkiv Polytechnic Institute",
        ORG,
    ),
    ("O'zbekiston temir yo'llari", "Uzbekistan Railways", FIRM),
    ("Ўзбекистон темир йўллари", "Uzbekistan Railways", FIRM),
    ("Navoiy kon-metallurgiya kombinati", "Navoi Mining and Metallurgical Combine", FIRM),
    (
        "O'zbekiston Respublikasi Davlat xavfsizlik xizmati",
        "State Security Service of the Republic of Uzbekistan",
        ORG,
    ),
    ("O'zbekiston Respublikasi Markaziy banki", "Central Bank of the Republic of Uzbekistan", ORG),
    (
        "O'zbekiston Respublikasi Davlat bojxona qo'mitasi",
        "State Customs Committee of the Republic of Uzbekistan",
        ORG,
    ),
    (
        "Ўзбекистон Республикаси Ички ишлар вазирлиги",
        "Ministry of Internal Affairs of the Republic of Uzbekistan",
        ORG,
    ),
    (
        "O'zbekiston Respublikasi Energetika vazirligi",
        "Ministry of Energy of the Republic of Uzbekistan",
        ORG,
    ),
    ("O'zbekiston Respublikasi Chegara qo'shinlari", "Border Troops of the Republic of Uzbekistan", ORG),
    ("Qazaqstan Temir Joly", "Kazakhstan Railways", FIRM),
    (
        "Қазақстан Республикасы Ұлттық қауіпсіздік комитеті",
        "National Security Committee of the Republic of Kazakhstan",
        ORG,
    ),
    (
        "Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі",
        "Border Service of the National Security Committee of the Republic of Kazakhstan",
        ORG,
    ),
    (
        "Қазақстан Республикасы Энергетика министрлігі",
        "Ministry of Energy of the Republic of Kazakhstan",
        ORG,
    ),
    ("Қазақстан Республикасының Ұлттық Банкі", "National Bank of the Republic of Kazakhstan", ORG),
    (
        "Қазақстан Республикасы Мемлекеттік кірістер комитеті",
        "State Revenue Committee of the Republic of Kazakhstan",
        ORG,
    ),
    ("Кыргыз Республикасынын Улуттук банкы", "National Bank of the Kyrgyz Republic", ORG),
    ("Кыргыз темир жолу", "Kyrgyz Railways", FIRM),
    (
        "Кыргыз Республикасынын Улуттук коопсуздук мамлекеттик комитети",
        "State Committee for National Security of the Kyrgyz Republic",
        ORG,
    ),
    (
        "Кыргыз Республикасынын Ички иштер министрлиги",
        "Ministry of Internal Affairs of the Kyrgyz Republic",
        ORG,
    ),
    ("Кыргыз Республикасынын Чек ара кызматы", "Border Service of the Kyrgyz Republic", ORG),
    ("Бонки миллии Тоҷикистон", "National Bank of Tajikistan", ORG),
    (
        "Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон",
        "Ministry of Foreign Affairs of the Republic of Tajikistan",
        ORG,
    ),
    (
        "Кумитаи давлатии амнияти миллии Ҷумҳурии Тоҷикистон",
        "State Committee for National Security of the Republic of Tajikistan",
        ORG,
    ),
    ("Роҳи оҳани Тоҷикистон", "Tajikistan Railways", FIRM),
    ("Türkmenistanyň Merkezi banky", "Central Bank of Turkmenistan", ORG),
    ("Türkmenistanyň Döwlet serhet gullugy", "State Border Service of Turkmenistan", ORG),
    ("Türkmenistanyň Milli howpsuzlyk ministrligi", "Ministry of National Security of Turkmenistan", ORG),
    ("Türkmenistanyň Döwlet migrasiýa gullugy", "State Migration Service of Turkmenistan", ORG),
    (
        "Türkmenistanyň Nebit we gaz senagaty ministrligi",
        "Ministry of Oil and Gas Industry of Turkmenistan",
        ORG,
    ),
    ("Türkmenistanyň Döwlet gümrük gullugy", "State Customs Service of Turkmenistan", ORG),
    ("Türkmenistanyň Energetika ministrligi", "Ministry of Energy of Turkmenistan", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score >= 0.70, result.explain()


SISTER_BODIES = [
    ("Южный окружной военный суд", "Central District Military Court", ORG),
    ("Верховный суд Российской Федерации", "Constitutional Court of the Russian Federation", ORG),
    ("Арбитражный суд Московской области", "Arbitration Court of Sverdlovsk Oblast", ORG),
    ("Приморский краевой суд", "Khabarovsk Regional Court", ORG),
    (
        "Федеральная служба по ветеринарному и фитосанитарному надзору",
        "Federal Service for Supervision of Natural Resources",
        ORG,
    ),
    ("Лебединский горно-обогатительный комбинат", "Mikhailovsky Mining and Processing Plant", FIRM),
    (
        "Центральный научно-исследовательский институт химии и механики",
        "Central Research Institute of Precision Machine Building",
        ORG,
    ),
    ("Мінскі завод колавых цягачоў", "Minsk Tractor Works", FIRM),
    ("Дзяржаўны мытны камітэт Рэспублікі Беларусь", "State Border Committee of the Republic of Belarus", ORG),
    ("Миколаївський суднобудівний завод", "Kherson Shipbuilding Plant", FIRM),
    ("Кыргыз Республикасынын Улуттук банкы", "Ministry of Finance of the Kyrgyz Republic", ORG),
    ("Кыргыз темир жолу", "Kazakhstan Railways", FIRM),
    (
        "Қазақстан Республикасы Ұлттық қауіпсіздік комитеті",
        "State Revenue Committee of the Republic of Kazakhstan",
        ORG,
    ),
    (
        "Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон",
        "Ministry of Internal Affairs of the Republic of Tajikistan",
        ORG,
    ),
    ("Türkmenistanyň Döwlet serhet gullugy", "State Customs Service of Turkmenistan", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score < 0.70, result.explain()


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("окружной", "district"),
        ("арбитражного", "arbitration"),
        ("краевой", "regional"),
        ("края", "krai"),
        ("лётно", "flight"),
        ("аппаратостроения", "apparatus engineering"),
        ("обогатительный", "processing"),
        ("нефтеперерабатывающий", "oil refinery"),
        ("противодействию", "countering"),
        ("надзору", "surveillance"),
        ("пароходства", "shipping company"),
        ("машинобудівне", "machine building"),
        ("виробничий", "production"),
        ("авіаційно", "aircraft"),
        ("тэхнічны", "technical"),
        ("цягачоў", "tractor"),
        ("комитетінің", "committee"),
        ("кірістер", "revenue"),
        ("qo'shinlari", "troops"),
        ("migrasiýa", "migration"),
        ("вазорати", "ministry"),
        ("ҷумҳурии", "republic"),
        ("амнияти", "security"),
        ("more", ""),  # the English word, not Russian море (sea)
        ("kon", ""),  # a Korean syllable, not the Uzbek kon (mine)
        ("neft", ""),  # Gazprom Neft is not Gazprom
    ],
)
def test_words_translate(word: str, english: str) -> None:
    found = orgs.foreign_translations(word)
    assert (english in found) if english else not found
