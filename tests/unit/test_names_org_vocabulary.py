"""Organisation vocabulary of other languages and scripts (``names/data/org_translations.tsv``
and its companion tables): real state bodies, banks and state firms, written as their own
country writes them, meet their official English names; sister bodies stay apart.

Every pair is a real body and its English name as the body itself or the sanctions lists
give it; the labels come from what the bodies are, not from the matcher.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs
from nodewatch.names.normalize import normalize


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


ORG, FIRM = "Organization", "Company"

SAME_BODY = [
    # Arabic, with the article and li- attached (للنفط), Levant and Iraqi bodies.
    ("مصرف سورية المركزي", "Central Bank of Syria", ORG),
    ("المؤسسة الوطنية للنفط", "National Oil Corporation", FIRM),
    ("وزارة الداخلية العراقية", "Iraqi Ministry of Interior", ORG),
    ("الخطوط الجوية القطرية", "Qatar Airways", FIRM),
    ("مركز الدراسات والبحوث العلمية", "Scientific Studies and Research Center", ORG),
    # Persian, the ezafe written joined (نیروی).
    ("شرکت ملی نفتکش ایران", "National Iranian Tanker Company", FIRM),
    ("سازمان انرژی اتمی ایران", "Atomic Energy Organization of Iran", ORG),
    ("کشتیرانی جمهوری اسلامی ایران", "Islamic Republic of Iran Shipping Lines", FIRM),
    ("نیروی دریایی سپاه پاسداران انقلاب اسلامی", "Islamic Revolutionary Guard Corps Navy", ORG),
    ("وزارت اطلاعات", "Ministry of Intelligence", ORG),
    ("شرکت ملی گاز ایران", "National Iranian Gas Company", FIRM),
    # Urdu: English words in Urdu letters, آف a stop word.
    ("اسٹیٹ بینک آف پاکستان", "State Bank of Pakistan", ORG),
    ("پاکستان اٹامک انرجی کمیشن", "Pakistan Atomic Energy Commission", ORG),
    # Hebrew, the article and le- attached (החשמל, לישראל).
    ("חברת החשמל לישראל", "Israel Electric Corporation", FIRM),
    ("רכבת ישראל", "Israel Railways", FIRM),
    # Greek, genitives.
    ("Οργανισμός Σιδηροδρόμων Ελλάδος", "Hellenic Railways Organisation", FIRM),
    ("Δημόσια Επιχείρηση Αερίου", "Public Gas Corporation", FIRM),
    ("Εθνική Υπηρεσία Πληροφοριών", "National Intelligence Service", ORG),
    ("Ελληνικά Πετρέλαια Α.Ε.", "Hellenic Petroleum S.A.", FIRM),
    # Georgian and Armenian genitives (თავდაცვის, անվտանգության).
    ("საქართველოს თავდაცვის სამინისტრო", "Ministry of Defence of Georgia", ORG),
    ("სახელმწიფო უსაფრთხოების სამსახური", "State Security Service", ORG),
    ("Հայաստանի Հանրապետության Կենտրոնական բանկ", "Central Bank of the Republic of Armenia", ORG),
    ("Ազգային անվտանգության ծառայություն", "National Security Service", ORG),
    # Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz, Mongolian.
    ("Қазақстан Республикасының Ұлттық Банкі", "National Bank of the Republic of Kazakhstan", ORG),
    ("O'zbekiston Respublikasi Markaziy banki", "Central Bank of the Republic of Uzbekistan", ORG),
    ("Ўзбекистон Республикаси Мудофаа вазирлиги", "Ministry of Defence of the Republic of Uzbekistan", ORG),
    ("Кыргыз Республикасынын Улуттук банкы", "National Bank of the Kyrgyz Republic", ORG),
    ("Монгол Улсын Тагнуулын ерөнхий газар", "General Intelligence Agency of Mongolia", ORG),
    # Turkish and Azerbaijani.
    ("Milli İstihbarat Teşkilatı", "National Intelligence Organization", ORG),
    ("Türk Silahlı Kuvvetleri", "Turkish Armed Forces", ORG),
    ("Türkiye Cumhuriyeti Devlet Demiryolları", "Turkish State Railways", FIRM),
    ("Azərbaycan Respublikasının Mərkəzi Bankı", "Central Bank of the Republic of Azerbaijan", ORG),
    ("Xarici Kəşfiyyat Xidməti", "Foreign Intelligence Service", ORG),
    # Hindi and Bengali.
    ("भारतीय स्टेट बैंक", "State Bank of India", FIRM),
    ("रक्षा अनुसंधान एवं विकास संगठन", "Defence Research and Development Organisation", ORG),
    ("বাংলাদেশ বিমান বাহিনী", "Bangladesh Air Force", ORG),
    ("বাংলাদেশ পেট্রোলিয়াম কর্পোরেশন", "Bangladesh Petroleum Corporation", FIRM),
    # Thai (a ministry is one word), Vietnamese, Indonesian and Malay.
    ("กระทรวงกลาโหม", "Ministry of Defence", ORG),
    ("Tổng công ty Hàng hải Việt Nam", "Vietnam Maritime Corporation", FIRM),
    ("Perusahaan Listrik Negara", "State Electricity Company", FIRM),
    ("Badan Intelijen Negara", "State Intelligence Agency", ORG),
    ("Tentera Laut Diraja Malaysia", "Royal Malaysian Navy", ORG),
    # Legal forms rigour leaves (B.M. is the Hebrew בערבון מוגבל, limited).
    ("Elbit Systems B.M.", "Elbit Systems Ltd", FIRM),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.match, "\n".join(result.explain())


SISTER_BODIES = [
    # Two state firms of one country and one kind, one word apart: gas is not oil.
    ("شرکت ملی گاز ایران", "National Iranian Oil Company", FIRM),
    ("شرکت ملی نفت ایران", "National Iranian Gas Company", FIRM),
    ("Δημόσια Επιχείρηση Ηλεκτρισμού", "Public Gas Corporation", FIRM),
    # Two ministries of one state.
    ("وزارت دفاع", "Ministry of Interior", ORG),
    ("وزارت کشور", "Ministry of Foreign Affairs", ORG),
    ("საქართველოს თავდაცვის სამინისტრო", "Ministry of Internal Affairs of Georgia", ORG),
    ("İçişleri Bakanlığı", "Ministry of Foreign Affairs", ORG),
    (
        "Հայաստանի Հանրապետության Պաշտպանության նախարարություն",
        "Ministry of Foreign Affairs of the Republic of Armenia",
        ORG,
    ),
    # One body of two states.
    ("البنك المركزي العراقي", "Central Bank of Libya", ORG),
    ("Қазақстан Республикасының Ұлттық Банкі", "National Bank of the Kyrgyz Republic", ORG),
    ("Türkiye Cumhuriyet Merkez Bankası", "Central Bank of the Republic of Azerbaijan", ORG),
    ("বাংলাদেশ নৌবাহিনী", "Pakistan Navy", ORG),
    # Two services of one state.
    ("חיל הים הישראלי", "Israeli Air Force", ORG),
    ("Badan Intelijen Negara", "State Electricity Company", ORG),
    # Bank Saderat ("exports") is not the Export Development Bank of Iran.
    ("بانک صادرات ایران", "Export Development Bank of Iran", FIRM),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert not result.match, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("word", "english"),
    [
        # Arabic: bare, with the article, li- + article, wa-, bi- + article, ه for ة.
        ("وزارة", "ministry"),
        ("الوزارة", "ministry"),
        ("وزاره", "ministry"),
        ("للنفط", "oil"),
        ("والغاز", "gas"),
        ("بالعراق", "iraq"),
        ("المخابرات", "intelligence"),
        # Persian ezafe joined, and as an Arabic keyboard types it.
        ("نیروی", "force"),
        ("نيروي", "force"),
        ("بانك", "bank"),
        # Hebrew prefixes and construct forms.
        ("לביטחון", "defence"),
        ("תעשיית", "industry"),
        ("והמועצה", "council"),
        # Greek, Georgian and Armenian genitives.
        ("υπουργείου", "ministry"),
        ("σιδηροδρόμων", "railways"),
        ("სამინისტროს", "ministry"),
        ("პარტიის", "party"),
        ("պաշտպանության", "defence"),
        # Turkish compound suffix, Uzbek in both alphabets.
        ("bakanlığı", "ministry"),
        ("vazirligi", "ministry"),
        ("вазирлиги", "ministry"),
    ],
)
def test_inflected_and_prefixed_words_translate(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(normalize(word))


@pytest.mark.parametrize(
    "word",
    [
        # Left out on purpose: each would give a translation to another name's word.
        "saudi",  # Kazakh сауда (trade) would reach it through its stem
        "sinai",  # Turkish sınai (industrial) is the Sinai
        "tarim",  # Turkish tarım (agriculture) is the Tarim of Chinese firms
        "neft",  # Azerbaijani neft (oil) would make Gazprom Neft the Gazprom parent
        "madani",  # Azerbaijani mədən (mining) would reach Arabic madani (civil)
        "qaani",  # Malay kajian (studies) would reach the Persian name
    ],
)
def test_words_of_other_names_stay_untranslated(word: str) -> None:
    assert orgs.foreign_translations(word) == ()


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Elbit Systems B.M.", "ltd"),
        ("บริษัท การบินไทย จำกัด (มหาชน)", "plc"),
        ("Ngân hàng TMCP Ngoại thương Việt Nam", "jsc"),
        ("Türkiye Petrolleri Anonim Ortaklığı", "jsc"),
        ("Ελληνικά Πετρέλαια Α.Ε.", "sa"),
        ("Զանգեզուրի պղնձամոլիբդենային կոմբինատ ՓԲԸ", "jsc"),
        ("Յուքոմ ՍՊԸ", "llc"),
        ("بانک ملت (سهامی عام)", "jsc"),
        ("بنك الإمارات دبي الوطني ش.م.ع", "jsc"),
        ("भारत हेवी इलेक्ट्रिकल्स लिमिटेड", "ltd"),
    ],
)
def test_legal_forms_of_other_languages(name: str, form: str) -> None:
    _rest, forms = orgs.split_legal_forms(normalize(name))
    assert form in forms


def test_mtv_alone_is_no_legal_form() -> None:
    """TNHH MTV is a Vietnamese one-member company, but MTV alone is a brand."""
    assert orgs.split_legal_forms(normalize("MTV Networks")) == ("mtv networks", ())


@pytest.mark.parametrize("word", ["של", "و", "آف", "एवं", "და", "və", "và", "სახელობის"])
def test_connecting_words_are_stop_words(word: str) -> None:
    assert normalize(word) in orgs.stopwords()


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("hellenic", "gr"),
        ("israeli", "il"),
        ("pakistani", "pk"),
        ("bangladeshi", "bd"),
        ("thai", "th"),
        ("iraqi", "iq"),
    ],
)
def test_country_words(word: str, code: str) -> None:
    assert orgs.country((word,)) == code
