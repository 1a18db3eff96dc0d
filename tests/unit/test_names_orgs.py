"""Legal forms, organisation words, lexicon translations and abbreviations."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs
from nodewatch.names.normalize import normalize


def split(name: str) -> tuple[str, tuple[str, ...]]:
    return orgs.split_legal_forms(normalize(name))


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("ООО Ромашка", "llc"),
        ("OOO FERTOING", "llc"),
        ("FERTOING LLC", "llc"),
        ("LIMITED LIABILITY COMPANY FERTOING", "llc"),
        ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU FERTOING", "llc"),
        ("OBSHESTVO S OGRANICHENNOJ OTVETSTVENNOSTYU NIPIGAZ IT", "llc"),
        ("АО Ангстрем", "jsc"),
        ("ЗАО Сбербанк Лизинг", "jsc"),
        ("PAO SBERBANK", "jsc"),
        ("JOINT STOCK COMPANY ANGSTREM", "jsc"),
        ("PJSC SBERBANK", "jsc"),
        ("KOREA DAESONG GENERAL TRADING CORPORATION", "corp"),
        ("CHONMYONG SHIPPING CO", "co"),
        ("Госкорпорация «Ростех»", "statecorp"),
        ("ЧВК «Вагнер»", "pmc"),
        ("МКПАО «Объединённая компания «РУСАЛ»", "jsc"),
        ("Aktiebolaget Volvo", "nordic"),
        ("«Айыл Банк» ачык акционердик коому", "jsc"),
        ("Türkmennebit Döwlet Konserni", "soe"),
        ("State Concern Türkmennebit", "soe"),
    ],
)
def test_legal_form_classes(name: str, cls: str) -> None:
    rest, classes = split(name)
    assert cls in classes
    assert rest and cls not in rest.split()


def test_an_apostrophe_joins_a_word_no_legal_form_is_cut_from() -> None:
    # The "at" of Hay'at is not the Austrian AT.
    assert split("Hay'at Tahrir al-Sham") == ("hay'at tahrir al sham", ())
    assert score(_org("هيئة تحرير الشام"), _org("Hay'at Tahrir al-Sham")).match


def test_han_legal_form() -> None:
    rest, classes = split("華信船務(香港)有限公司")
    assert classes
    assert "有限公司" not in rest


def test_a_bare_legal_form_is_kept() -> None:
    assert split("LLC") == ("llc", ())


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("unhaeng", "bank"),
        ("u'nhaeng", "bank"),
        ("은행", "bank"),
        ("muyok", "trading"),
        ("haeun", "shipping"),
        ("yonhap", "associated"),
        ("yo'nhap", "associated"),
        ("chongguk", "general bureau"),
        ("ch'ongguk", "general bureau"),
        ("hoesa", "company"),
        ("choson", "korea"),
        ("chosun", "korea"),
        ("kwahakwon", "academy of sciences"),
        ("통신사", "news agency"),  # 조선중앙통신사, KCNA
        ("국무", "state affairs"),  # 국무위원회, the State Affairs Commission
        ("chongnyon", "youth"),  # 혜산청년광산, Hyesan Youth Mine
        ("조선소", "shipyard"),
        ("제철", "iron and steel"),  # 황해제철련합기업소, Hwanghae Iron and Steel Complex
    ],
)
def test_korean_lexicon(word: str, english: str) -> None:
    assert english in orgs.korean_translations(word)


def test_lexicon_does_not_translate_english() -> None:
    assert orgs.korean_translations("bank") == ()


def test_abbreviations_stems_and_synonyms() -> None:
    assert orgs.abbreviation("shpg") == ("shipping",)
    # Turkish registries shorten SANAYI VE TICARET to SAN. VE TIC.
    assert orgs.abbreviation("san") == ("sanayi",) and orgs.abbreviation("tic") == ("ticaret",)
    assert orgs.stem("banking") == orgs.stem("bank")
    assert orgs.stem("trading") == orgs.stem("trade")
    assert orgs.stem("korean") == orgs.stem("korea")
    assert orgs.synonym_classes("office") & orgs.synonym_classes("bureau")
    assert orgs.synonym_classes("ministry") & orgs.synonym_classes("department")
    assert not orgs.synonym_classes("ministry") & orgs.synonym_classes("bureau")
    assert orgs.synonym_classes("daesong") == frozenset()
    assert orgs.stem("metallic") == orgs.stem("metal")
    assert orgs.stem("uralskaya") == orgs.stem("ural")
    # Every case of a place adjective, and a city's own -sk: по Приморскому краю, в Хабаровском крае.
    assert orgs.stem("primorskomu") == orgs.stem("primorsky") == orgs.stem("primorskoy")
    assert orgs.stem("khabarovskom") == orgs.stem("khabarovsk")
    assert orgs.stem("risk") == "risk"


def test_generic_weights() -> None:
    assert orgs.generic_weight("trading") is not None
    assert orgs.generic_weight("daesong") is None
    assert orgs.acronym_like("kcst") and not orgs.acronym_like("corporation")


def test_phrases_join_into_one_word() -> None:
    assert orgs.join_phrases(("korea", "hyoksin", "export", "and", "import")) == (
        "korea",
        "hyoksin",
        "importexport",
    )
    assert orgs.join_phrases(("import", "bank")) == ("import", "bank")
    assert orgs.join_phrases(("and", "import", "export")) == ("and", "importexport")


def test_russian_phrases_join_in_any_transliteration() -> None:
    # The Cyrillic phrase's words meet their transliterations through the Slavic skeleton.
    for words in (
        ("морской", "торговый", "порт"),
        ("morskoy", "torgovyy", "port"),
        ("morskoi", "torgovyi", "port"),
    ):
        assert orgs.join_phrases(("nakhodkinskiy", *words)) == ("nakhodkinskiy", "commercialseaport")
    assert orgs.join_phrases(("voyenno", "morskoy", "flot")) == ("navy",)
    # Only Cyrillic phrases are read so: Kang is not the port 港 (gang).
    assert orgs.join_phrases(("kang", "nam")) == ("kang", "nam")


def test_single_letters_join_into_an_acronym() -> None:
    assert orgs.join_letters(("otradnenskaya", "p", "and", "c", "factory")) == (
        "otradnenskaya",
        "pc",
        "factory",
    )
    assert orgs.join_letters(("a", "and", "bank")) == ("a", "and", "bank")  # one letter is no acronym


def test_countries_and_cities_are_place_words() -> None:
    assert orgs.is_place("bangkok") and orgs.is_place("iran") and not orgs.is_place("gooryong")


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Maersk A/S", "nordic"),
        ("Aselsan A.Ş.", "nordic"),
        ("PT Bank Mandiri (Persero) Tbk", "pt"),
        ("Lukoil Neftochim Burgas EAD", "jsc"),  # Bulgarian
        ("Petrol EOOD", "llc"),
        ("Jugoimport SDPR DOO", "llc"),  # Serbian
        ("ПрАТ Укртатнафта", "jsc"),  # Ukrainian
        ("Казмунайгаз АҚ", "jsc"),  # Kazakh
    ],
)
def test_more_legal_forms(name: str, cls: str) -> None:
    rest, classes = orgs.split_legal_forms(normalize(name))
    names = ("maersk", "aselsan", "bank mandiri", "lukoil neftochim burgas", "petrol", "jugoimport sdpr")
    assert cls in classes and rest in (*names, "укртатнафта", "казмунайгаз")


def test_countries_and_provinces_are_places_that_hold_cities() -> None:
    assert orgs.is_region("china") and orgs.is_place("china") and orgs.is_region("yanbian")
    assert orgs.is_place("dalian") and not orgs.is_region("dalian")


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("завод", "plant"),
        ("zavod", "plant"),
        ("верфи", "shipyards"),  # Адмиралтейские верфи, Admiralty Shipyards
        ("вертолеты", "helicopters"),
        ("vertolyoty", "helicopters"),
        ("спг", "lng"),  # Ямал СПГ, Yamal LNG
        ("гмк", "mmc"),  # ГМК «Норильский никель», MMC Norilsk Nickel
        ("rzd", "russian railways"),
        ("россии", "russia"),  # Вертолёты России, Russian Helicopters
        ("санкт", "saint"),  # Банк «Санкт-Петербург», Bank Saint Petersburg
        ("sanayi", "industry"),
        # Russian words through their endings: adjectives of every gender, plural nouns.
        ("морское", "sea"),  # Новороссийское морское пароходство
        ("морская", "sea"),
        ("заводы", "plant"),  # Мотовилихинские заводы
        ("транспортная", "transport"),  # Балтийская транспортная компания
        ("пароходство", "shipping"),
        ("fuerzas", "forces"),  # Fuerzas Armadas Revolucionarias de Colombia
        ("armadas", "armed"),
        ("ministerio", "ministry"),
    ],
)
def test_foreign_organisation_words(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(word)


def test_vietnamese_words_written_by_syllable() -> None:
    words = tuple(normalize("Tập đoàn Dầu khí Việt Nam").split())
    assert orgs.join_phrases(words) == ("group", "oilgas", "vietnam")
    assert orgs.join_phrases(("vietnam", "oil", "and", "gas", "group")) == ("vietnam", "oilgas", "group")


def test_russian_phrases_and_genitive_names() -> None:
    assert orgs.join_phrases(("российские", "железные", "дороги")) == ("российские", "railways")
    # Лаборатория Касперского: the genitive of a name in -sky has its stem.
    assert orgs.stem("kasperskogo") == orgs.stem("kaspersky")


@pytest.mark.parametrize(
    ("word", "english"),
    [
        # The cases state bodies' names put their words in (Федеральная служба безопасности,
        # Главное управление Генерального штаба Вооружённых сил, Министерство обороны,
        # Служба внешней разведки, Федеральная служба по финансовому мониторингу).
        ("безопасности", "security"),
        ("bezopasnosti", "security"),
        ("обороны", "defence"),
        ("oborony", "defense"),
        ("разведки", "intelligence"),
        ("внешней", "foreign"),
        ("управления", "directorate"),
        ("генерального", "general"),
        ("штаба", "staff"),
        ("вооружённых", "armed"),
        ("вооруженных", "armed"),
        ("сил", "forces"),
        ("финансовому", "financial"),
        ("мониторингу", "monitoring"),
        ("следственного", "investigative"),
        ("московского", "moscow"),
        ("безпеки", "security"),  # Служба безпеки України, Security Service of Ukraine
        ("розвідки", "intelligence"),  # Головне управління розвідки
    ],
)
def test_words_of_state_bodies_in_their_cases(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(word)


def test_state_body_words_in_characters_and_hangul() -> None:
    from nodewatch.names import chinese

    # 中央军委装备发展部, Equipment Development Department of the Central Military Commission.
    words = dict(chinese.segment("中央军委装备发展部"))
    assert list(words) == ["中央", "军委", "装备", "发展", "部"]
    assert "military commission" in words["军委"] and "department" in words["部"]
    # 和 (and) inside a phrase every level of government repeats, not a word of its own.
    assert "和" not in dict(chinese.segment("国家发展和改革委员会"))
    assert "intelligence service" in orgs.korean_translations("정보원")
    # Chongryon's name cuts at its Japanese-residents prefix, and 조선인민군 stays the KPA.
    assert orgs.segment_hangul("재일본조선인총련합회") == ("재일본조선인", "총련합회")
    assert orgs.segment_hangul("조선인민군") == ("조선", "인민군")


def test_hangul_is_split_to_cover_most_syllables_with_words() -> None:
    # 대학 (university) taken first from the left would leave 생소년; 학생소년 is a word.
    assert orgs.segment_hangul("만경대학생소년궁전") == ("만경대", "학생소년", "궁전")
    # Among splits that cover as much, the longer word first: 보위 성, not 보 위성 (satellite).
    assert orgs.segment_hangul("국가보위성") == ("국가", "보위", "성")
    assert orgs.segment_hangul("평양정보쎈터") == ("평양", "정보", "쎈터")


@pytest.mark.parametrize(
    ("hangul", "english"),
    [
        ("모란봉악단", "Moranbong Band"),
        ("삼지연관현악단", "Samjiyon Orchestra"),
        ("왕재산경음악단", "Wangjaesan Light Music Band"),
        ("만수대예술단", "Mansudae Art Troupe"),
        ("만경대학생소년궁전", "Mangyongdae Schoolchildren's Palace"),
        ("대한민국 해군", "Republic of Korea Navy"),
    ],
)
def test_dprk_art_troupes_and_childrens_bodies(hangul: str, english: str) -> None:
    result = score(_org(hangul), _org(english))
    assert result.match, result.explain()


def test_a_korean_city_or_county_suffix_is_a_word_of_its_own() -> None:
    assert orgs.segment_hangul("평양시인민위원회") == ("평양", "시", "인민", "위원회")
    assert orgs.segment_hangul("원산시") == ("원산", "시")
    assert orgs.segment_hangul("대성은행") == ("대성", "은행")  # a two-syllable name stays whole
    assert score(_org("평양시인민위원회"), _org("Pyongyang City People's Committee")).match
    assert score(_org("원산시"), _org("Wonsan City")).match
    assert not score(_org("원산시"), _org("Wonsan County")).match
    assert score(_org("조선중앙통신"), _org("Korean Central News Agency")).match


def test_a_korean_name_begins_with_its_country() -> None:
    # 조선 (Korea) first, though 조선소 alone is a shipyard.
    assert orgs.segment_hangul("조선소백수무역회사") == ("조선", "소백수", "무역회사")
    assert orgs.segment_hangul("남포조선소") == ("남포", "조선소")
    assert score(_org("조선소백수무역회사"), _org("Korea Sobaeksu Trading Company")).match


def test_a_korean_province_and_its_half_are_words_of_their_own() -> None:
    # 남도 and 북도 are the south and north halves of a province; 태권도 names none.
    assert orgs.segment_hangul("평안북도인민위원회") == ("평안", "북도", "인민", "위원회")
    assert orgs.segment_hangul("량강도") == ("량강", "도")
    assert orgs.segment_hangul("태권도") == ("태권도",)
    assert score(_org("평안북도인민위원회"), _org("North Pyongan Provincial People's Committee")).match
    assert not score(_org("평안북도인민위원회"), _org("South Pyongan Provincial People's Committee")).match
    assert score(_org("량강도"), _org("Ryanggang Province")).match


def test_korean_country_names_and_and_between_words() -> None:
    # 중국, 로씨야 are translated, and 및 / 及 ("and") are stop words.
    assert score(_org("중국공산당"), _org("Communist Party of China")).match
    assert not score(_org("중국공산당"), _org("Communist Party of Vietnam")).match
    assert score(_org("로씨야련방 보안국"), _org("Federal Security Service of the Russian Federation")).match
    air_force = _org("Korean People's Army Air and Anti-Air Force")
    assert score(_org("조선인민군 항공 및 반항공군"), air_force).match
    assert score(_org("新加坡海事及港务管理局"), _org("Maritime and Port Authority of Singapore")).match


def test_korean_ordinal_prefix_and_acronyms_of_translated_words() -> None:
    # 제 makes the number after it an ordinal; KPA abbreviates the English of 조선인민군.
    assert score(_org("근위평양제3땅크사단"), _org("3rd Guards Pyongyang Tank Division")).match
    assert score(_org("원산제2병원"), _org("Wonsan 2nd Hospital")).match
    assert score(_org("조선인민군 공군"), _org("KPA Air Force")).match
    assert not score(_org("조선인민군 공군"), _org("KPA Navy")).match


def _org(name: str) -> dict[str, object]:
    return {"schema": "Organization", "properties": {"name": [name]}}


@pytest.mark.parametrize(
    ("native", "english"),
    [
        (
            "Федеральная служба безопасности Российской Федерации",
            "Federal Security Service of the Russian Federation",
        ),
        (
            "Главное управление Генерального штаба Вооружённых сил Российской Федерации",
            "Main Directorate of the General Staff of the Armed Forces of the Russian Federation",
        ),
        ("Министерство обороны Российской Федерации", "Ministry of Defence of the Russian Federation"),
        ("Следственный комитет", "Investigative Committee"),
        ("Федеральная служба по финансовому мониторингу", "Federal Financial Monitoring Service"),
        ("Московский физико-технический институт", "Moscow Institute of Physics and Technology"),
        ("Служба безпеки України", "Security Service of Ukraine"),
        ("国家安全部", "Ministry of State Security"),
        ("中央军委装备发展部", "Equipment Development Department of the Central Military Commission"),
        ("中国科学院计算技术研究所", "Institute of Computing Technology, Chinese Academy of Sciences"),
        ("国家超级计算长沙中心", "National Supercomputing Center in Changsha"),
        ("上海航天技术研究院", "Shanghai Academy of Spaceflight Technology"),
        ("国家发展和改革委员会", "National Development and Reform Commission"),
        ("국가정보원", "National Intelligence Service"),
        ("외교부", "Ministry of Foreign Affairs"),
        ("선전선동부", "Propaganda and Agitation Department"),
        ("조선인민군 전략군", "Strategic Force of the Korean People's Army"),
        ("영변원자력연구소", "Yongbyon Nuclear Scientific Research Center"),
        ("재일본조선인총련합회", "General Association of Korean Residents in Japan"),
        ("한국항공우주산업", "Korea Aerospace Industries"),
    ],
)
def test_state_bodies_meet_their_english_names(native: str, english: str) -> None:
    from nodewatch.match import score

    assert score(_org(native), _org(english)).match


@pytest.mark.parametrize(
    ("native", "english"),
    [
        ("Министерство обороны", "Ministry of Foreign Affairs"),
        ("Федеральная служба безопасности", "Federal Protective Service"),  # FSB, FSO
        ("Федеральная служба охраны", "Federal Security Service"),
        ("国家安全部", "Ministry of Public Security"),  # MSS, MPS
        ("公安部", "Ministry of State Security"),
        ("中国人民银行", "中国银行"),  # People's Bank of China, Bank of China
        ("외교부", "Ministry of National Defense"),
        ("선전선동부", "Organization and Guidance Department"),
        ("한국항공우주산업", "Korea Aerospace Research Institute"),  # KAI, KARI
        ("한국산업은행", "Industrial Bank of Korea"),  # KDB, IBK
    ],
)
def test_sister_state_bodies_stay_apart(native: str, english: str) -> None:
    from nodewatch.match import score

    assert not score(_org(native), _org(english)).match


def test_russian_acronym_spans() -> None:
    words = ["rubin", "central", "design", "bureau", "marine", "engineering"]
    # ЦКБ: центральное (central) конструкторское (design) бюро (bureau); МТ: морской техники.
    assert orgs.russian_acronym_spans("цкб", words) == [(1, 4)]
    assert orgs.russian_acronym_spans("мт", words) == [(4, 6)]
    assert orgs.russian_acronym_spans("кц", words) == []  # letters out of the words' order


def test_russian_firm_kinds_npo_and_kb_stay_words_of_the_name() -> None:
    # rigour reads NPO as a non-profit and KB as a Swedish partnership; in Russian names
    # they are a research-and-production association and a design bureau.
    assert orgs.split_legal_forms("npo mashinostroyeniya jsc") == ("npo mashinostroyeniya", ("jsc",))
    # A German Stiftung is a foundation, a word of its name as English Foundation is.
    assert orgs.split_legal_forms("robert bosch stiftung gmbh") == ("robert bosch stiftung", ("llc",))
    firm = "Company"
    npo = {"schema": firm, "properties": {"name": ["NPO Mashinostroyeniya"]}}
    kb = {"schema": firm, "properties": {"name": ["KB Mashinostroyeniya"]}}
    assert not score(npo, kb).match
    assert score({"schema": firm, "properties": {"name": ["АО «ВПК «НПО машиностроения»"]}}, npo).match
    # АФК (joint-stock financial corporation) is a legal form, as its English PJSFC is.
    sistema = {"schema": firm, "properties": {"name": ["ПАО АФК «Система»"]}}
    assert score(sistema, {"schema": firm, "properties": {"name": ["Sistema PJSFC"]}}).match


@pytest.mark.parametrize(
    ("han", "english"),
    [
        ("中国人民保险集团股份有限公司", "The People's Insurance Company (Group) of China Limited"),
        ("宁波舟山港股份有限公司", "Ningbo Zhoushan Port Company Limited"),
        ("中国铁塔股份有限公司", "China Tower Corporation Limited"),
        ("恒力石化（大连）炼化有限公司", "Hengli Petrochemical (Dalian) Refinery Co., Ltd."),
        ("華僑銀行", "Oversea-Chinese Banking Corporation"),
        ("江南造船(集团)有限责任公司", "Jiangnan Shipyard (Group) Co., Ltd."),
        ("中国空空导弹研究院", "China Airborne Missile Academy"),
    ],
)
def test_common_chinese_organisation_words(han: str, english: str) -> None:
    result = score(_org(han), _org(english))
    assert result.match, result.explain()


def test_bulgarian_of_is_a_stopword() -> None:
    assert score(_org("Министерство на отбраната"), _org("Ministry of Defence")).match


@pytest.mark.parametrize(
    ("native", "english"),
    [
        ("Brigate Rosse", "Red Brigades"),
        ("Συνωμοσία Πυρήνων της Φωτιάς", "Conspiracy of Fire Nuclei"),
        ("Bagong Hukbong Bayan", "New People's Army"),
        ("الجماعة الإسلامية المقاتلة في ليبيا", "Libyan Islamic Fighting Group"),
        ("نیروی مقاومت بسیج", "Basij Resistance Force"),
        ("Հայաստանի ազատագրության հայ գաղտնի բանակ", "Armenian Secret Army for the Liberation of Armenia"),
        ("Αεροπορία Αιγαίου Α.Ε.", "Aegean Airlines S.A."),
    ],
)
def test_armed_groups_and_firms_in_their_own_languages(native: str, english: str) -> None:
    result = score(_org(native), _org(english))
    assert result.match, result.explain()
    assert not score(_org("Brigate Rosse"), _org("Brigate Nere")).match


def test_ukrainian_and_belarusian_named_after_and_for_are_stopwords() -> None:
    assert score(_org("Завод імені Малишева"), _org("Malyshev Plant")).match
    assert score(
        _org("Міністэрства па надзвычайных сітуацыях"), _org("Ministry for Emergency Situations")
    ).match


def test_ship_names_are_not_stemmed() -> None:
    # A ship's name is a name, not a word of a trade: ОХОТСК is not the OKHOTSKOYE.
    vessel = {"schema": "Vessel", "properties": {"name": ["Охотск"]}}
    assert not score(vessel, {"schema": "Vessel", "properties": {"name": ["OKHOTSKOYE"]}}).match
    assert score(vessel, {"schema": "Vessel", "properties": {"name": ["OKHOTSK"]}}).match


def test_russian_in_and_tajik_and_are_stop_words() -> None:
    assert {"в", "ва"} <= orgs.stopwords()


def test_russian_ordinals_are_numbers() -> None:
    # Девятый is the Ninth (9th), not the Tenth; Второй the 2nd.
    court = _org("Девятый арбитражный апелляционный суд")
    assert score(court, _org("Ninth Arbitration Appeal Court")).match
    assert score(court, _org("9th Arbitration Appeal Court")).match
    assert not score(court, _org("Tenth Arbitration Appeal Court")).match
    assert score(_org("Второй Московский часовой завод"), _org("2nd Moscow Watch Factory")).match


def test_chinese_ordinals_are_numbers() -> None:
    # 第 and the numeral after it are one ordinal: 第七十一 is 71, not 七十 and 一.
    army = _org("第七十一集團軍")
    assert score(army, _org("71st Group Army")).match
    assert not score(army, _org("72nd Group Army")).match
    assert score(_org("第七〇一研究所"), _org("701 Research Institute")).match


def test_russian_missions_and_their_cities() -> None:
    # Консульство, посольство; the city in the locative; another city is another mission.
    harbin = _org("Генеральное консульство Российской Федерации в Харбине")
    assert score(harbin, _org("Consulate General of the Russian Federation in Harbin")).match
    assert not score(harbin, _org("Consulate General of the Russian Federation in Shenyang")).match
    assert score(
        _org("Посольство Российской Федерации в КНДР"), _org("Embassy of the Russian Federation in the DPRK")
    ).match
    assert score(_org("ПАО «Тихоокеанская судоходная компания»"), _org("Pacific Shipping Company PJSC")).match


def test_persian_words_of_irans_state_firms() -> None:
    assert score(_org("شرکت ملی حفاری ایران"), _org("National Iranian Drilling Company")).match
    assert score(_org("شرکت سیمان تهران"), _org("Tehran Cement Company")).match
    assert not score(_org("شرکت سیمان تهران"), _org("Tehran Drilling Company")).match


def test_arabic_names_of_gulf_firms() -> None:
    # ظ is dh in the Gulf; العربية السعودية is Saudi Arabian; -tion in Arabic letters is shon.
    assert score(_org("شركة بترول أبوظبي الوطنية"), _org("Abu Dhabi National Oil Company")).match
    assert score(_org("شركة التعدين العربية السعودية"), _org("Saudi Arabian Mining Company")).match
    assert score(_org("أوراسكوم كونستراكشون"), _org("Orascom Construction PLC")).match
    assert not score(_org("شركة بترول أبوظبي الوطنية"), _org("Abu Dhabi National Energy Company")).match
