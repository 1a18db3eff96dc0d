"""Organisation vocabulary of the world's languages, round 2 (``names/data/org_translations.tsv``
and ``org_phrases.tsv``): the common words of banks, ministries, parties, agencies, state firms
and armed forces in Turkic languages, Persian, Arabic, Urdu, Hindi, Bengali, Greek, Hebrew,
Georgian, Armenian, Central and Eastern European, Nordic, Baltic, Romance and South-East Asian
languages. A body written as its own country writes it meets its official English name, and
a sister body of the same country (another ministry, another bank) stays apart.

Every pair is a real body and the English name the body itself gives; the labels come from
what the bodies are, not from the matcher's output.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    ("Türkiye Finans Katılım Bankası", "Turkiye Finans Participation Bank", FIRM),
    ("Türkiye İhracat Kredi Bankası", "Export Credit Bank of Turkey", FIRM),
    ("Türkiye Kalkınma ve Yatırım Bankası", "Development and Investment Bank of Turkey", FIRM),
    ("Savunma Sanayii Başkanlığı", "Presidency of Defence Industries", ORG),
    ("Gümrük ve Ticaret Bakanlığı", "Ministry of Customs and Trade", ORG),
    ("Sağlık Bakanlığı", "Ministry of Health", ORG),
    ("Adalet ve Kalkınma Partisi", "Justice and Development Party", ORG),
    ("Fövqəladə Hallar Nazirliyi", "Ministry of Emergency Situations", ORG),
    ("Azərbaycan Respublikasının Səhiyyə Nazirliyi", "Ministry of Health of the Republic of Azerbaijan", ORG),
    ("Қазақстан Даму Банкі", "Development Bank of Kazakhstan", FIRM),
    ("Қазақстан Республикасы Қорғаныс министрлігі", "Ministry of Defence of the Republic of Kazakhstan", ORG),
    ("O'zbekiston Milliy banki", "National Bank of Uzbekistan", FIRM),
    ("O'zbekiston Respublikasi Mudofaa vazirligi", "Ministry of Defence of the Republic of Uzbekistan", ORG),
    ("Кыргыз Республикасынын Коргоо министрлиги", "Ministry of Defence of the Kyrgyz Republic", ORG),
    ("Türkmenistanyň Daşary işler ministrligi", "Ministry of Foreign Affairs of Turkmenistan", ORG),
    ("Монгол Улсын Хөгжлийн банк", "Development Bank of Mongolia", FIRM),
    ("Батлан хамгаалах яам", "Ministry of Defence", ORG),
    ("خبرگزاری جمهوری اسلامی", "Islamic Republic News Agency", ORG),
    ("شرکت ملی صنایع مس ایران", "National Iranian Copper Industries Company", FIRM),
    ("بنك فلسطين", "Bank of Palestine", FIRM),
    ("البنك التجاري الدولي", "Commercial International Bank", FIRM),
    ("وكالة الأنباء العراقية", "Iraqi News Agency", ORG),
    ("الهيئة العامة للطيران المدني", "General Authority of Civil Aviation", ORG),
    ("وزارة الصحة", "Ministry of Health", ORG),
    ("پاکستان ٹیلی کمیونیکیشن کمپنی", "Pakistan Telecommunication Company", FIRM),
    ("रक्षा मंत्रालय", "Ministry of Defence", ORG),
    ("भारतीय अंतरिक्ष अनुसंधान संगठन", "Indian Space Research Organisation", ORG),
    ("भारतीय रेल", "Indian Railways", ORG),
    ("স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs", ORG),
    ("প্রতিরক্ষা মন্ত্রণালয়", "Ministry of Defence", ORG),
    ("বাংলাদেশ পুলিশ", "Bangladesh Police", ORG),
    ("Υπουργείο Εθνικής Άμυνας", "Ministry of National Defence", ORG),
    ("Ελληνική Αστυνομία", "Hellenic Police", ORG),
    ("בנק ישראל", "Bank of Israel", ORG),
    ("משרד החוץ", "Ministry of Foreign Affairs", ORG),
    ("משטרת ישראל", "Israel Police", ORG),
    ("საქართველოს ეროვნული ბანკი", "National Bank of Georgia", ORG),
    ("საქართველოს ფინანსთა სამინისტრო", "Ministry of Finance of Georgia", ORG),
    ("Հայաստանի Հանրապետության ոստիկանություն", "Police of the Republic of Armenia", ORG),
    (
        "Հայաստանի Հանրապետության ֆինանսների նախարարություն",
        "Ministry of Finance of the Republic of Armenia",
        ORG,
    ),
    ("Magyar Szocialista Párt", "Hungarian Socialist Party", ORG),
    ("Pénzügyminisztérium", "Ministry of Finance", ORG),
    ("Polska Agencja Prasowa", "Polish Press Agency", ORG),
    ("Polskie Koleje Państwowe", "Polish State Railways", FIRM),
    ("Ministerstwo Zdrowia", "Ministry of Health", ORG),
    ("Straż Graniczna", "Border Guard", ORG),
    ("Polskie Linie Lotnicze", "Polish Airlines", FIRM),
    ("Česká národní banka", "Czech National Bank", ORG),
    ("Ministerul Sănătății", "Ministry of Health", ORG),
    ("Partidul Social Democrat", "Social Democratic Party", ORG),
    ("Ministarstvo zdravlja", "Ministry of Health", ORG),
    ("Srpska napredna stranka", "Serbian Progressive Party", ORG),
    ("Българска народна банка", "Bulgarian National Bank", ORG),
    ("Български държавни железници", "Bulgarian State Railways", FIRM),
    ("Българска социалистическа партия", "Bulgarian Socialist Party", ORG),
    ("Міністерство оборони України", "Ministry of Defence of Ukraine", ORG),
    ("Міністэрства абароны Рэспублікі Беларусь", "Ministry of Defence of the Republic of Belarus", ORG),
    ("Bundespolizei", "Federal Police", ORG),
    ("Bundesministerium der Finanzen", "Federal Ministry of Finance", ORG),
    ("Bundesministerium für Gesundheit", "Federal Ministry of Health", ORG),
    ("Valtion rautatiet", "State Railways", FIRM),
    ("Eesti Pank", "Bank of Estonia", ORG),
    ("Latvijas Banka", "Bank of Latvia", ORG),
    ("Aizsardzības ministrija", "Ministry of Defence", ORG),
    ("Lietuvos bankas", "Bank of Lithuania", ORG),
    ("Krašto apsaugos ministerija", "Ministry of National Defence", ORG),
    ("Banque de France", "Bank of France", ORG),
    ("Ministère de la Santé", "Ministry of Health", ORG),
    ("Parti communiste français", "French Communist Party", ORG),
    ("Ministerio de Salud", "Ministry of Health", ORG),
    ("Partido Comunista de Cuba", "Communist Party of Cuba", ORG),
    ("Polícia Federal", "Federal Police", ORG),
    ("Kementerian Luar Negeri", "Ministry of Foreign Affairs", ORG),
    ("Kementerian Keuangan", "Ministry of Finance", ORG),
    ("Kementerian Dalam Negeri", "Ministry of Home Affairs", ORG),
    ("Kementerian Kesihatan Malaysia", "Ministry of Health Malaysia", ORG),
    ("Bộ Y tế", "Ministry of Health", ORG),
    ("Bộ Tư pháp", "Ministry of Justice", ORG),
    ("Bộ Công Thương", "Ministry of Industry and Trade", ORG),
    ("Tổng cục Hải quan", "General Department of Customs", ORG),
    ("Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment", ORG),
    ("กระทรวงสาธารณสุข", "Ministry of Public Health", ORG),
    ("ກະຊວງປ້ອງກັນປະເທດ", "Ministry of National Defence", ORG),
    ("ກະຊວງການເງິນ", "Ministry of Finance", ORG),
    ("ក្រសួងសុខាភិបាល", "Ministry of Health", ORG),
    (
        "Azərbaycan Respublikasının Maliyyə Nazirliyi",
        "Ministry of Finance of the Republic of Azerbaijan",
        ORG,
    ),
    (
        "Azərbaycan Respublikasının Təhsil Nazirliyi",
        "Ministry of Education of the Republic of Azerbaijan",
        ORG,
    ),
    ("Υπουργείο Υγείας", "Ministry of Health", ORG),
    ("Υπουργείο Δικαιοσύνης", "Ministry of Justice", ORG),
    ("Πολεμική Αεροπορία", "Air Force", ORG),
    ("משרד הבריאות", "Ministry of Health", ORG),
    ("משרד האוצר", "Ministry of Finance", ORG),
    ("وزارت بهداشت", "Ministry of Health", ORG),
    ("وزارت دادگستری", "Ministry of Justice", ORG),
    ("वित्त मंत्रालय", "Ministry of Finance", ORG),
    ("भारतीय नौसेना", "Indian Navy", ORG),
    ("საქართველოს იუსტიციის სამინისტრო", "Ministry of Justice of Georgia", ORG),
    ("وزارة العدل", "Ministry of Justice", ORG),
    ("وزارة الثقافة", "Ministry of Culture", ORG),
    ("شركة التأمين الوطنية", "National Insurance Company", FIRM),
    ("Egészségügyi Minisztérium", "Ministry of Health", ORG),
    ("Policie České republiky", "Police of the Czech Republic", ORG),
    ("Banco de España", "Bank of Spain", ORG),
    ("Ministerio de Justicia", "Ministry of Justice", ORG),
    ("Policía Nacional", "National Police", ORG),
    ("Ministero della Giustizia", "Ministry of Justice", ORG),
    ("Svenska kyrkan", "Church of Sweden", ORG),
    (
        "Қазақстан Республикасының Әділет министрлігі",
        "Ministry of Justice of the Republic of Kazakhstan",
        ORG,
    ),
    ("O'zbekiston Respublikasi Moliya vazirligi", "Ministry of Finance of the Republic of Uzbekistan", ORG),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", ORG),
    ("กระทรวงยุติธรรม", "Ministry of Justice", ORG),
    ("ກະຊວງການຕ່າງປະເທດ", "Ministry of Foreign Affairs", ORG),
    ("ក្រសួងយុត្តិធម៌", "Ministry of Justice", ORG),
    ("وزارت خزانہ", "Ministry of Finance", ORG),
    ("অর্থ মন্ত্রণালয়", "Ministry of Finance", ORG),
    # Round 2: Nordic and Estonian ministries written as one word, Baltic and Central European
    # ministries, Hebrew, Romanian, Croatian and Indonesian bodies.
    ("Sisäministeriö", "Ministry of the Interior", ORG),
    ("Oikeusministeriö", "Ministry of Justice", ORG),
    ("Rajavartiolaitos", "Border Guard", ORG),
    ("Välisministeerium", "Ministry of Foreign Affairs", ORG),
    ("Kaitseministeerium", "Ministry of Defence", ORG),
    ("Latvijas Republikas Ārlietu ministrija", "Ministry of Foreign Affairs of the Republic of Latvia", ORG),
    (
        "Lietuvos Respublikos Sveikatos apsaugos ministerija",
        "Ministry of Health of the Republic of Lithuania",
        ORG,
    ),
    ("Valstybės sienos apsaugos tarnyba", "State Border Guard Service", ORG),
    ("Ministerstvo zdravotnictví", "Ministry of Health", ORG),
    ("Ministerstvo spravedlnosti", "Ministry of Justice", ORG),
    ("Utbildningsdepartementet", "Ministry of Education", ORG),
    ("רשות הנמלים", "Ports Authority", ORG),
    ("Ministerul Finanțelor", "Ministry of Finance", ORG),
    ("Ministarstvo vanjskih poslova", "Ministry of Foreign Affairs", ORG),
    ("Angkatan Laut Republik Indonesia", "Indonesian Navy", ORG),
    ("Justis- og beredskapsdepartementet", "Ministry of Justice and Public Security", ORG),
    ("Socialdepartementet", "Ministry of Health and Social Affairs", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score >= 0.70, result.explain()


SISTER_BODIES = [
    ("Sağlık Bakanlığı", "Ministry of Justice", ORG),
    ("Türkiye İhracat Kredi Bankası", "Development Bank of Turkey", FIRM),
    ("Türkiye Finans Katılım Bankası", "Kuveyt Turk Participation Bank", FIRM),
    ("Fövqəladə Hallar Nazirliyi", "Ministry of Health", ORG),
    ("Қазақстан Даму Банкі", "National Bank of Kazakhstan", FIRM),
    ("خبرگزاری جمهوری اسلامی", "Fars News Agency", ORG),
    ("وزارة الصحة", "Ministry of Education", ORG),
    ("البنك التجاري الدولي", "Arab International Bank", FIRM),
    ("रक्षा मंत्रालय", "Ministry of Finance", ORG),
    ("Υπουργείο Εθνικής Άμυνας", "Ministry of Foreign Affairs", ORG),
    ("Ελληνική Αστυνομία", "Hellenic Coast Guard", ORG),
    ("משטרת ישראל", "Israel Defense Forces", ORG),
    ("საქართველოს ფინანსთა სამინისტრო", "Ministry of Justice of Georgia", ORG),
    ("Polskie Koleje Państwowe", "Polish Airlines", FIRM),
    ("Ministerul Sănătății", "Ministry of Justice", ORG),
    ("Българска социалистическа партия", "Bulgarian Communist Party", ORG),
    ("Bundesministerium der Finanzen", "Federal Ministry of Health", ORG),
    ("Kementerian Luar Negeri", "Ministry of Home Affairs", ORG),
    ("Bộ Y tế", "Ministry of Education", ORG),
    ("Bộ Tư pháp", "Ministry of Public Security", ORG),
    ("กระทรวงสาธารณสุข", "Ministry of Justice", ORG),
    ("Latvijas Banka", "Bank of Lithuania", ORG),
    ("Egészségügyi Minisztérium", "Ministry of Justice", ORG),
    ("وزارت بهداشت", "Ministry of Justice", ORG),
    ("Banco de España", "Bank of Portugal", ORG),
    ("Svenska kyrkan", "Church of Norway", ORG),
    ("Πολεμική Αεροπορία", "Hellenic Navy", ORG),
    ("Sisäministeriö", "Ministry of Justice", ORG),
    ("Välisministeerium", "Ministry of the Interior", ORG),
    ("Ministerstvo zdravotnictví", "Ministry of Education", ORG),
    ("Angkatan Laut Republik Indonesia", "Indonesian Army", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score < 0.70, result.explain()


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("katılım", "participation"),
        ("katilim", "participation"),  # without the dotless i
        ("nemzetközi", "international"),
        ("خبرگزاری", "news agency"),
        ("şirketi", "company"),
        ("sağlık", "health"),
        ("fövqəladə", "emergency"),
        ("ықпарат", ""),  # not a word of any row
        ("ақпарат", "information"),
        ("mudofaa", "defence"),
        ("мудофаа", "defence"),  # Uzbek Cyrillic meets Latin
        ("коргоо", "defence"),
        ("ykdysadyýet", "economy"),
        ("وزارة", "ministry"),
        ("والوزارة", "ministry"),  # wa- and the article
        ("وزاره", "ministry"),  # ta marbuta written ha
        ("बैंक", "bank"),
        ("αστυνομία", "police"),
        ("αστυνομίας", "police"),  # genitive
        ("משטרת", "police"),
        ("ოსტიკ", ""),
        ("ფინანსთა", "finance"),
        ("ոստիկանություն", "police"),
        ("zdrowia", "health"),
        ("sănătății", "health"),
        ("sanatatii", "health"),  # without the comma below
        ("отбраната", "defence"),
        ("абароны", "defence"),
        ("rautatiet", "railways"),
        ("aizsardzības", "defence"),
        ("kesihatan", "health"),
        ("ກະຊວງການເງິນ", "ministry of finance"),
    ],
)
def test_words_translate(word: str, english: str) -> None:
    found = orgs.foreign_translations(word)
    assert (english in found) if english else not found


@pytest.mark.parametrize(
    ("word", "not_english"),
    [
        ("saddam", "port"),  # a given name, not Estonian sadam
        ("roman", "romanian"),  # a given name, not Romanian română
        ("ulan", "guard"),  # Ulan-Ude, Ulan Bator, not Kazakh ұлан
        ("society", "company"),  # not Italian società
        ("beluga", "interior"),  # a shipping firm, not Hungarian belügyi
        ("kenes", "council"),
        ("naftna", "oil"),  # Naftna Industrija Srbije keeps its own name
        ("marine", "navy"),  # English marine firms are not navies
        ("security", "securities"),
        ("soyuz", "union"),  # Soyuz firms keep their name: no Bulgarian съюз, Ukrainian союз
        ("neft", "oil"),  # no Bulgarian нефт: Gazprom Neft is not Gazprom
        ("ape", "water"),  # no Romanian ape
        ("big", "construction"),  # no Swedish bygg
        ("pesquisa", "research"),  # Sonangol Pesquisa e Produção is not Sonangol
    ],
)
def test_names_and_english_words_keep_their_own_reading(word: str, not_english: str) -> None:
    assert not_english not in orgs.foreign_translations(word)


@pytest.mark.parametrize(
    ("native", "english"),
    [
        ("Bộ Y tế", "Ministry of Health"),
        ("Tong cuc Hai quan", "General Department of Customs"),  # without diacritics
        ("Kementerian Luar Negeri", "Ministry of Foreign Affairs"),
        ("سازمان بین‌المللی", "International Organization"),  # a zero-width non-joiner
    ],
)
def test_phrases_join(native: str, english: str) -> None:
    result = score(body(native, ORG), body(english, ORG))
    assert result.match, result.explain()
