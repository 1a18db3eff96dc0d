"""Organisation vocabulary of the world's other languages (``names/data/org_translations.tsv``,
``org_phrases.tsv`` and ``legal_forms.tsv``): state bodies, central banks and state firms
written as their own country writes them meet their official English names, and sister
bodies of the same country stay apart.

Every pair is a real body and the English name the body itself or the sanctions lists give
it; the labels come from what the bodies are, not from the matcher's output.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs

ORG, FIRM = "Organization", "Company"


def body(name: str, schema: str) -> dict:
    return {"schema": schema, "properties": {"name": [name]}}


SAME_BODY = [
    # Macau's Portuguese, Spanish, French.
    ("Autoridade Monetária de Macau", "Monetary Authority of Macao", ORG),
    ("Ministerio de Defensa", "Ministry of Defence", ORG),
    ("Servicio Bolivariano de Inteligencia Nacional", "Bolivarian National Intelligence Service", ORG),
    ("Ministère des Affaires étrangères", "Ministry of Foreign Affairs", ORG),
    # German and Dutch compounds.
    ("Bundesnachrichtendienst", "Federal Intelligence Service", ORG),
    ("Deutsche Bundesbank", "German Federal Bank", ORG),
    ("Nederlandse Spoorwegen", "Dutch Railways", FIRM),
    # Central European and Balkan central banks and bodies.
    ("Magyar Nemzeti Bank", "Hungarian National Bank", ORG),
    ("Honvédelmi Minisztérium", "Ministry of Defence", ORG),
    ("Narodowy Bank Polski", "National Bank of Poland", ORG),
    ("Agencja Bezpieczeństwa Wewnętrznego", "Internal Security Agency", ORG),
    ("Ministerstvo obrany", "Ministry of Defence", ORG),
    ("Banca Națională a României", "National Bank of Romania", ORG),
    ("Ministarstvo odbrane", "Ministry of Defence", ORG),
    ("Ministarstvo unutrašnjih poslova", "Ministry of Internal Affairs", ORG),
    ("Hrvatska narodna banka", "Croatian National Bank", ORG),
    # Nordic compounds.
    ("Utenriksdepartementet", "Ministry of Foreign Affairs", ORG),
    ("Puolustusministeriö", "Ministry of Defence", ORG),
    ("Suomen Pankki", "Bank of Finland", ORG),
    # Turkic, Kurdish.
    ("Emniyet Genel Müdürlüğü", "General Directorate of Security", ORG),
    ("Dövlət Gömrük Komitəsi", "State Customs Committee", ORG),
    ("Azərbaycan Dəmir Yolları", "Azerbaijan Railways", FIRM),
    ("Türkmenistanyň Goranmak ministrligi", "Ministry of Defence of Turkmenistan", ORG),
    ("Partiya Karkerên Kurdistanê", "Kurdistan Workers' Party", ORG),
    # South Asian.
    ("सीमा सुरक्षा बल", "Border Security Force", ORG),
    ("भारतीय जीवन बीमा निगम", "Life Insurance Corporation of India", FIRM),
    ("বাংলাদেশ জাতীয়তাবাদী দল", "Bangladesh Nationalist Party", ORG),
    ("پاکستان کسٹمز", "Pakistan Customs", ORG),
    # South-East Asian: Thai and Khmer whole names, Vietnamese and Burmese phrases.
    ("กรมศุลกากร", "Customs Department", ORG),
    ("ក្រសួងការពារជាតិ", "Ministry of National Defence", ORG),
    ("Bộ Ngoại giao", "Ministry of Foreign Affairs", ORG),
    ("Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam", ORG),
    ("Ngan hang Nha nuoc Viet Nam", "State Bank of Vietnam", ORG),
    ("Tập đoàn Bưu chính Viễn thông Việt Nam", "Vietnam Posts and Telecommunications Group", FIRM),
    ("Thông tấn xã Việt Nam", "Vietnam News Agency", ORG),
    ("ကာကွယ်ရေး ဝန်ကြီးဌာန", "Ministry of Defence", ORG),
]


@pytest.mark.parametrize(("native", "english", "schema"), SAME_BODY)
def test_native_name_meets_official_english_name(native: str, english: str, schema: str) -> None:
    assert score(body(native, schema), body(english, schema)).score >= 0.70


SISTER_BODIES = [
    ("Ministerio de Defensa", "Ministry of Finance", ORG),
    ("Magyar Nemzeti Bank", "Hungarian Development Bank", ORG),
    ("Ministerstvo obrany", "Ministry of Interior", ORG),
    ("Narodna banka Srbije", "National Bank of Croatia", ORG),
    ("Türkmenistanyň Goranmak ministrligi", "Ministry of Foreign Affairs of Turkmenistan", ORG),
    ("Bộ Quốc phòng", "Ministry of Public Security", ORG),
    ("Polski Koncern Naftowy", "Polish Gas Company", FIRM),
]


@pytest.mark.parametrize(("native", "english", "schema"), SISTER_BODIES)
def test_sister_bodies_stay_apart(native: str, english: str, schema: str) -> None:
    assert score(body(native, schema), body(english, schema)).score < 0.70


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("direcção", "directorate"),
        ("Direccao", "directorate"),  # without accent and cedilla: one skeleton
        ("jogos", "gaming"),
        ("verteidigung", "defence"),
        ("nemzeti", "national"),
        ("odbrane", "defence"),
        ("одбране", "defence"),  # Serbian Cyrillic meets Latin
        ("goranmak", "defence"),
        ("karkerên", "workers"),
        ("ধাৰ", ""),  # not a word of any row
    ],
)
def test_words_translate(word: str, english: str) -> None:
    found = orgs.foreign_translations(word)
    assert (english in found) if english else not found


@pytest.mark.parametrize("word", ["roman", "bursa", "luka", "marina", "baja", "semen", "badan"])
def test_names_of_other_things_keep_their_own_reading(word: str) -> None:
    # A city (Bursa), given names (Luka, Marina, Semen), Roman: no new row reads them, and
    # Malay badan keeps its own sense (agency), not the Polish research.
    found = orgs.foreign_translations(word)
    assert "research" not in found and "port" not in found and "navy" not in found
    assert "romanian" not in found and "exchange" not in found and "cement" not in found


@pytest.mark.parametrize(
    ("name", "form"),
    [("companhia", "co"), ("compagnie", "co"), ("s l", "ltd")],
)
def test_legal_forms_of_romance_languages(name: str, form: str) -> None:
    assert orgs.legal_form_class(name) == form


@pytest.mark.parametrize(
    ("native", "english"),
    [
        ("Ministero della Difesa", "Ministry of Defence"),
        ("Bundesministerium der Verteidigung", "Federal Ministry of Defence"),
        ("Ministerio de Defensa y Seguridad", "Ministry of Defence and Security"),
    ],
)
def test_romance_and_german_articles_are_stopwords(native: str, english: str) -> None:
    result = score(body(native, ORG), body(english, ORG))
    assert result.match, result.explain()
    assert not score(body("Ministero della Difesa", ORG), body("Ministero della Salute", ORG)).match


@pytest.mark.parametrize(
    ("native", "english"),
    [
        ("АО «Балтийский завод»", "Baltic Shipyard"),  # a shipyard is a завод too
        ("Московский институт теплотехники", "Moscow Institute of Heat Technology"),
    ],
)
def test_russian_works_and_institutes(native: str, english: str) -> None:
    result = score(body(native, FIRM), body(english, FIRM))
    assert result.match, result.explain()
    assert not score(body("Балтийский завод", FIRM), body("Amur Shipyard", FIRM)).match
