"""Korean organisation vocabulary, round 5 (``names/data/korean_lexicon.tsv``): the units,
arms and commands of both Koreas' armed forces and of the DPRK's internal security forces,
the DPRK's provincial and city party organs, Russian and Chinese state bodies as Korean media
name them, and South Korea's agencies, public corporations and power companies.

Every pair is a real body written in Hangul beside its English name (or, for the negatives,
a sister body of the same kind); the labels come from what the bodies are, not from the
matcher. None is taken from the match suites or the eval pairs.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs


def body(name: str) -> dict:
    return {"schema": "Organization", "properties": {"name": [name]}}


SAME_BODY = [
    # DPRK: army and internal security units, party organs, mass organisations, culture
    ("경보병려단", "Light Infantry Brigade"),
    ("조선인민군 저격려단", "Sniper Brigade of the Korean People's Army"),
    ("저격려단", "Sniper Brigade"),
    ("포병련대", "Artillery Regiment"),
    (
        "조선인민군 제5군단 포병련대",
        "Artillery Regiment of the 5th Corps of the Korean People's Army",
    ),
    ("잠수함전대", "Submarine Flotilla"),
    ("조선인민내무군", "Korean People's Internal Security Forces"),
    ("군사정전위원회", "Military Armistice Commission"),
    ("평양시당위원회", "Pyongyang City Party Committee"),
    ("평안남도당위원회", "South Phyongan Provincial Party Committee"),
    ("조선문학예술총동맹", "General Federation of Literature and Arts of Korea"),
    ("속도전청년돌격대", "Speed Battle Youth Shock Brigade"),
    ("국가공훈합창단", "State Merited Chorus"),
    ("국립연극단", "National Drama Troupe"),
    ("조선미술박물관", "Korean Art Gallery"),
    ("조선공산당", "Communist Party of Korea"),
    # Russian and Chinese bodies as Korean media name them
    ("정보총국", "Main Intelligence Directorate"),
    ("연방평의회", "Federation Council"),
    ("연방회의", "Federal Assembly"),
    ("전국인민대표대회", "National People's Congress"),
    ("전국인민대표대회 상무위원회", "Standing Committee of the National People's Congress"),
    # South Korea: armed forces, agencies, police, institutes
    ("지상작전사령부", "Ground Operations Command"),
    ("국군의무사령부", "Armed Forces Medical Command"),
    ("국군수송사령부", "Armed Forces Transportation Command"),
    ("육군교육사령부", "Army Training and Doctrine Command"),
    ("해군교육사령부", "Naval Education and Training Command"),
    ("공군교육사령부", "Air Force Education and Training Command"),
    ("육군훈련소", "Korea Army Training Center"),
    ("제1기갑여단", "1st Armored Brigade"),
    ("방위사업청", "Defense Acquisition Program Administration"),
    ("해양경찰청", "Korea Coast Guard"),
    ("국가수사본부", "National Office of Investigation"),
    ("경찰대학", "Korean National Police University"),
    ("국가안전기획부", "Agency for National Security Planning"),
    ("한국국방연구원", "Korea Institute for Defense Analyses"),
    # South Korea: public corporations, power companies, finance
    ("한국지역난방공사", "Korea District Heating Corporation"),
    ("한국남동발전", "Korea South-East Power"),
    ("한국중부발전", "Korea Midland Power"),
    ("한국서부발전", "Korea Western Power"),
    ("한국외환은행", "Korea Exchange Bank"),
    ("여신금융협회", "Credit Finance Association"),
]


@pytest.mark.parametrize(("hangul", "english"), SAME_BODY)
def test_hangul_name_meets_english_name(hangul: str, english: str) -> None:
    result = score(body(hangul), body(english))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    ("경보병려단", "Sniper Brigade"),
    ("포병련대", "Artillery Brigade"),
    ("평양시당위원회", "Pyongyang City People's Committee"),
    ("정보총국", "Federation Council"),
    ("연방평의회", "Federal Assembly"),
    ("지상작전사령부", "Naval Operations Command"),
    ("국군의무사령부", "Armed Forces Transportation Command"),
    ("해군교육사령부", "Air Force Education and Training Command"),
    ("한국남동발전", "Korea Western Power"),
    ("한국중부발전", "Korea District Heating Corporation"),
    ("해양경찰청", "Korean National Police Agency"),
    ("국립연극단", "National Folk Art Troupe"),
]


@pytest.mark.parametrize(("hangul", "english"), SISTER_BODIES)
def test_sister_bodies_stay_apart(hangul: str, english: str) -> None:
    result = score(body(hangul), body(english))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("평양시당위원회", ("평양", "시당", "위원회")),
        ("평안남도당위원회", ("평안", "남도", "당위원회")),
        # 인민군 + 당위원회 in fewer pieces than 인민 + 군당 (county party) + 위원회.
        ("인민군당위원회", ("인민군", "당위원회")),
        # No 전대 (flotilla) row: it would cut Daejeon University as 대 + 전대 + 학교.
        ("대전대학교", ("대전", "대학교")),
        ("항공수송", ("항공", "수송")),
        ("속도전청년돌격대", ("속도전", "청년", "돌격대")),
    ],
)
def test_hangul_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert orgs.segment_hangul(name) == words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("련대", "regiment"),
        ("연대", "regiment"),
        ("련방", "federal"),
        ("연방", "federation"),
        ("륙전", "landing"),
        ("육전", "landing"),
        ("반탐", "counterintelligence"),
        ("내무군", "internal security forces"),
        ("발전", "power"),
        ("화해", "reconciliation"),
    ],
)
def test_korean_lexicon_round5(word: str, english: str) -> None:
    assert english in orgs.korean_translations(word)


def test_no_one_word_for_battalion_flotilla_or_ship() -> None:
    # 대대 would cut 현대대우, 전대 대전대학교; 호 is taken off a ship's name by the vessel reader.
    assert orgs.korean_translations("대대") == ()
    assert orgs.korean_translations("전대") == ()
    assert orgs.korean_translations("호") == ()
