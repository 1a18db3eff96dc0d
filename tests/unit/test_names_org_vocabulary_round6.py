"""Organisation vocabulary, round 6 (``names/data/org_translations.tsv``, ``org_phrases.tsv``):
bodies of Greece, Israel, Georgia, Armenia, the Arab states, Iran, Pakistan, India,
Bangladesh, Sri Lanka, Vietnam, Malaysia and Indonesia written as they write themselves meet
their English names: Greek case forms (Κορίνθου, Οχημάτων), Hebrew words with the article and
prefixes (הסוהר, לאנרגיה), Georgian case endings (დაცვის), Sinhala words and phrases (ඛනිජ තෙල්
petroleum, යුද හමුදාව army). Sister bodies of the same country stay apart.

Every pair is a real body and the English name it or the lists give it, none taken from the
match suites or the eval pairs; the labels come from what the bodies are, not from the
matcher's output. 28 of the 65 did not meet before this round.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs
from nodewatch.names.normalize import normalize

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    # Greek.
    ("Δημόσια Επιχείρηση Ηλεκτρισμού", "Public Power Corporation", FIRM),
    ("Ελληνικά Ταχυδρομεία", "Hellenic Post", FIRM),
    ("Αθηναϊκό Πρακτορείο Ειδήσεων", "Athens News Agency", ORG),
    ("Νέα Δημοκρατία", "New Democracy", ORG),
    ("Πανελλήνιο Σοσιαλιστικό Κίνημα", "Panhellenic Socialist Movement", ORG),
    ("Χρυσή Αυγή", "Golden Dawn", ORG),
    ("Ελληνική Αστυνομία", "Hellenic Police", ORG),
    ("Ελληνική Στατιστική Αρχή", "Hellenic Statistical Authority", ORG),
    ("Ελληνική Επιτροπή Ατομικής Ενέργειας", "Greek Atomic Energy Commission", ORG),
    ("Ελληνικά Ναυπηγεία", "Hellenic Shipyards", FIRM),
    ("Ελληνικός Οργανισμός Τουρισμού", "Greek National Tourism Organisation", ORG),
    # Hebrew, with the article and prefixes on the word.
    ("בנק ישראל", "Bank of Israel", ORG),
    ("רשות המסים בישראל", "Israel Tax Authority", ORG),
    ("משרד הביטחון", "Ministry of Defense", ORG),
    ("משרד החוץ", "Ministry of Foreign Affairs", ORG),
    ("משרד האוצר", "Ministry of Finance", ORG),
    ("משטרת ישראל", "Israel Police", ORG),
    ("רכבת ישראל", "Israel Railways", FIRM),
    ("מפלגת העבודה הישראלית", "Israeli Labor Party", ORG),
    ("חברת נמל אשדוד", "Ashdod Port Company", FIRM),
    ("האוניברסיטה העברית בירושלים", "Hebrew University of Jerusalem", ORG),
    # Georgian, with its case endings.
    (
        "საქართველოს სპეციალური სახელმწიფო დაცვის სამსახური",
        "Special State Protection Service of Georgia",
        ORG,
    ),
    ("საქართველოს თავდაცვის სამინისტრო", "Ministry of Defence of Georgia", ORG),
    ("საქართველოს ეროვნული ბანკი", "National Bank of Georgia", ORG),
    ("თბილისის სახელმწიფო უნივერსიტეტი", "Tbilisi State University", ORG),
    ("საქართველოს შემოსავლების სამსახური", "Revenue Service of Georgia", ORG),
    (
        "შპს საქართველოს გაერთიანებული წყალმომარაგების კომპანია",
        "United Water Supply Company of Georgia LLC",
        FIRM,
    ),
    # Armenian.
    ("Հայաստանի Հանրապետության Կենտրոնական բանկ", "Central Bank of the Republic of Armenia", ORG),
    (
        "Հայաստանի Հանրապետության պաշտպանության նախարարություն",
        "Ministry of Defence of the Republic of Armenia",
        ORG,
    ),
    ("Հայաստանի Հանրապետական կուսակցություն", "Republican Party of Armenia", ORG),
    ("Երևանի պետական համալսարան", "Yerevan State University", ORG),
    ("Հայաստանի էլեկտրական ցանցեր ՓԲԸ", "Electric Networks of Armenia CJSC", FIRM),
    # Arabic, Persian and Urdu.
    ("صندوق الاستثمارات العامة", "Public Investment Fund", ORG),
    ("البنك المركزي العراقي", "Central Bank of Iraq", ORG),
    ("شركة نفط البصرة", "Basra Oil Company", FIRM),
    ("الشركة العامة للموانئ العراقية", "General Company for Ports of Iraq", FIRM),
    ("الهيئة العامة للطيران المدني", "General Authority of Civil Aviation", ORG),
    ("مصرف سورية المركزي", "Central Bank of Syria", ORG),
    ("البنك التجاري السوري", "Commercial Bank of Syria", FIRM),
    ("حزب البعث العربي الاشتراكي", "Arab Socialist Baath Party", ORG),
    ("الجيش العربي السوري", "Syrian Arab Army", ORG),
    ("القوات المسلحة المصرية", "Egyptian Armed Forces", ORG),
    ("الشركة المصرية القابضة للغازات الطبيعية", "Egyptian Natural Gas Holding Company", FIRM),
    ("مجموعة بن لادن السعودية", "Saudi Binladin Group", FIRM),
    ("بنك الإنماء", "Alinma Bank", FIRM),
    ("شرکت ملی صنایع مس ایران", "National Iranian Copper Industries Company", FIRM),
    ("شرکت ملی نفتکش ایران", "National Iranian Tanker Company", FIRM),
    ("خبرگزاری جمهوری اسلامی", "Islamic Republic News Agency", ORG),
    ("سپاه پاسداران انقلاب اسلامی", "Islamic Revolutionary Guard Corps", ORG),
    ("وفاقی تحقیقاتی ادارہ", "Federal Investigation Agency", ORG),
    # Hindi.
    ("राष्ट्रीय जांच एजेंसी", "National Investigation Agency", ORG),
    ("राष्ट्रीय ताप विद्युत निगम", "National Thermal Power Corporation", FIRM),
    # Bengali.
    ("বাংলাদেশ তেল গ্যাস ও খনিজ সম্পদ কর্পোরেশন", "Bangladesh Oil Gas and Mineral Corporation", FIRM),
    ("জাতীয় রাজস্ব বোর্ড", "National Board of Revenue", ORG),
    # Sinhala.
    ("ශ්\u200dරී ලංකා මහ බැංකුව", "Central Bank of Sri Lanka", ORG),
    ("ශ්\u200dරී ලංකා ගුවන් හමුදාව", "Sri Lanka Air Force", ORG),
    ("ශ්\u200dරී ලංකා යුද හමුදාව", "Sri Lanka Army", ORG),
    ("ශ්\u200dරී ලංකා නාවික හමුදාව", "Sri Lanka Navy", ORG),
    ("ලංකා විදුලිබල මණ්ඩලය", "Ceylon Electricity Board", FIRM),
    ("ශ්\u200dරී ලංකා වරාය අධිකාරිය", "Sri Lanka Ports Authority", ORG),
    ("ශ්\u200dරී ලංකා පොලිසිය", "Sri Lanka Police", ORG),
    ("ශ්\u200dරී ලංකා නිදහස් පක්ෂය", "Sri Lanka Freedom Party", ORG),
    ("ජනතා විමුක්ති පෙරමුණ", "People's Liberation Front", ORG),
    # Vietnamese, Malay and Indonesian.
    ("Suruhanjaya Pencegahan Rasuah Malaysia", "Malaysian Anti-Corruption Commission", ORG),
    ("Partai Demokrasi Indonesia Perjuangan", "Indonesian Democratic Party of Struggle", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_english_name(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score >= 0.70, result.explain()


SISTER_BODIES = [
    # Greek.
    ("Ελληνική Αστυνομία", "Hellenic Coast Guard", ORG),
    ("Νέα Δημοκρατία", "New Left", ORG),
    # Hebrew, with the article and prefixes on the word.
    ("משרד הביטחון", "Ministry of Finance", ORG),
    ("רשות המסים בישראל", "Israel Airports Authority", ORG),
    ("רשות שדות התעופה", "Israel Tax Authority", ORG),
    # Georgian, with its case endings.
    ("საქართველოს თავდაცვის სამინისტრო", "Ministry of Internal Affairs of Georgia", ORG),
    # Armenian.
    (
        "Հայաստանի Հանրապետության պաշտպանության նախարարություն",
        "Ministry of Foreign Affairs of the Republic of Armenia",
        ORG,
    ),
    ("Երևանի պետական համալսարան", "Yerevan State Medical University", ORG),
    # Arabic, Persian and Urdu.
    ("البنك المركزي العراقي", "Trade Bank of Iraq", ORG),
    ("قومی احتساب بیورو", "Federal Investigation Agency", ORG),
    ("مصرف سورية المركزي", "Commercial Bank of Syria", ORG),
    ("شرکت ملی نفتکش ایران", "National Iranian Oil Company", FIRM),
    # Hindi.
    ("रक्षा अनुसंधान एवं विकास संगठन", "Indian Space Research Organisation", ORG),
    ("केंद्रीय अन्वेषण ब्यूरो", "National Investigation Agency", ORG),
    # Bengali.
    ("বাংলাদেশ সেনাবাহিনী", "Bangladesh Navy", ORG),
    ("বাংলাদেশ নৌবাহিনী", "Bangladesh Air Force", ORG),
    # Sinhala.
    ("ශ්\u200dරී ලංකා ගුවන් හමුදාව", "Sri Lanka Navy", ORG),
    ("ලංකා විදුලිබල මණ්ඩලය", "Ceylon Petroleum Corporation", FIRM),
    ("ශ්\u200dරී ලංකා යුද හමුදාව", "Sri Lanka Air Force", ORG),
    # Vietnamese, Malay and Indonesian.
    ("Bộ Tài chính", "Ministry of Public Security", ORG),
    ("Tentera Laut Diraja Malaysia", "Royal Malaysian Air Force", ORG),
    ("Partai Komunis Indonesia", "Indonesian Democratic Party", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    result = score(body(native, schema), body(english, schema))
    assert result.score < 0.70, result.explain()


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("κορίνθου", "corinth"),
        ("οχημάτων", "vehicle"),
        ("δημοκρατία", "democracy"),
        ("δημοκρατία", "republic"),
        ("הסוהר", "prison"),
        ("מתקדמות", "advanced"),
        ("დაცვის", "protection"),
        ("შპს", "llc"),
        ("պղնձամոլիբդենային", "copper molybdenum"),
        ("للأعمال", "business"),
        ("کل", "general"),
        ("जांच", "investigation"),
        ("রাজস্ব", "revenue"),
        ("සංස්ථාව", "corporation"),
        ("pencegahan", "prevention"),
    ],
)
def test_words_translate(word: str, english: str) -> None:
    assert english in orgs.foreign_translations(normalize(word))


def test_a_sinhala_force_is_not_an_army() -> None:
    # හමුදාව is forces: යුද හමුදාව (war forces) is the army, ගුවන් හමුදාව the air force.
    assert "army" not in orgs.foreign_translations("හමුදාව")
