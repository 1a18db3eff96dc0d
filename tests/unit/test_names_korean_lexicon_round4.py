"""Korean organisation vocabulary, round 4 (``names/data/korean_lexicon.tsv``): the schools,
academies, culture, media and sport bodies, mass organisations and armed forces of the DPRK,
and South Korea's ministries, agencies, courts, armed forces and public corporations.

Every pair is a real body written in Hangul beside its official English name (or, for the
negatives, a sister body of the same kind); the labels come from what the bodies are, not
from the matcher.
"""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import orgs


def body(name: str) -> dict:
    return {"schema": "Organization", "properties": {"name": [name]}}


SAME_BODY = [
    # DPRK: schools, academies, culture, sport, mass organisations, party, state and army
    ("김정숙교원대학", "Kim Jong Suk Teachers College"),
    ("평양미술대학", "Pyongyang University of Fine Arts"),
    ("평양연극영화대학", "Pyongyang University of Dramatic and Cinematic Arts"),
    ("강건종합군관학교", "Kang Kon Military Academy"),
    ("김철주포병종합군관학교", "Kim Chol Ju Artillery Academy"),
    ("평양대극장", "Pyongyang Grand Theatre"),
    ("조선기록영화촬영소", "Korean Documentary Film Studio"),
    ("압록강체육단", "Amnokgang Sports Club"),
    ("평양축구단", "Pyongyang Football Club"),
    ("로농적위군", "Worker-Peasant Red Guards"),
    ("조선민족경제협력위원회", "Korean National Economic Cooperation Committee"),
    ("조선로동당 간부부", "Cadres Department of the Workers' Party of Korea"),
    ("조선로동당 비서국", "Secretariat of the Workers' Party of Korea"),
    ("특수작전군", "Special Operations Force"),
    ("조선인민군 포병국", "Artillery Bureau of the Korean People's Army"),
    ("평양민속박물관", "Pyongyang Folk Museum"),
    ("조국해방전쟁기념관", "Fatherland Liberation War Museum"),
    ("평양체육관", "Pyongyang Gymnasium"),
    # South Korea: armed forces, ministries, agencies, courts, public bodies, firms, universities
    ("합동참모본부", "Joint Chiefs of Staff"),
    ("대한민국 해병대", "Republic of Korea Marine Corps"),
    ("육군사관학교", "Korea Military Academy"),
    ("공군사관학교", "Republic of Korea Air Force Academy"),
    ("국군방첩사령부", "Defense Counterintelligence Command"),
    ("특수전사령부", "Special Warfare Command"),
    ("수도방위사령부", "Capital Defense Command"),
    ("국세청", "National Tax Service"),
    ("경찰청", "Korean National Police Agency"),
    ("조달청", "Public Procurement Service"),
    ("특허청", "Korean Intellectual Property Office"),
    ("병무청", "Military Manpower Administration"),
    ("농촌진흥청", "Rural Development Administration"),
    ("문화재청", "Cultural Heritage Administration"),
    ("질병관리청", "Korea Disease Control and Prevention Agency"),
    ("고용노동부", "Ministry of Employment and Labor"),
    ("기획재정부", "Ministry of Economy and Finance"),
    ("여성가족부", "Ministry of Gender Equality and Family"),
    ("국토교통부", "Ministry of Land, Infrastructure and Transport"),
    ("산업통상자원부", "Ministry of Trade, Industry and Energy"),
    ("행정안전부", "Ministry of the Interior and Safety"),
    ("과학기술정보통신부", "Ministry of Science and ICT"),
    ("국가보훈부", "Ministry of Patriots and Veterans Affairs"),
    ("법제처", "Ministry of Government Legislation"),
    ("인사혁신처", "Ministry of Personnel Management"),
    ("식품의약품안전처", "Ministry of Food and Drug Safety"),
    ("국가인권위원회", "National Human Rights Commission"),
    ("헌법재판소", "Constitutional Court of Korea"),
    ("대법원", "Supreme Court of Korea"),
    ("국회", "National Assembly"),
    ("대검찰청", "Supreme Prosecutors' Office"),
    ("국가안보실", "National Security Office"),
    ("대통령경호처", "Presidential Security Service"),
    ("국민연금공단", "National Pension Service"),
    ("국민건강보험공단", "National Health Insurance Service"),
    ("한국자산관리공사", "Korea Asset Management Corporation"),
    ("포항공과대학교", "Pohang University of Science and Technology"),
    ("숙명여자대학교", "Sookmyung Women's University"),
    ("한국교원대학교", "Korea National University of Education"),
    ("대한조선", "Daehan Shipbuilding"),
]


@pytest.mark.parametrize(("hangul", "english"), SAME_BODY)
def test_hangul_name_meets_official_english_name(hangul: str, english: str) -> None:
    result = score(body(hangul), body(english))
    assert result.score >= 0.70, "\n".join(result.explain())


SISTER_BODIES = [
    ("국세청", "Korea Customs Service"),
    ("경찰청", "Korea Coast Guard"),
    ("육군사관학교", "Republic of Korea Naval Academy"),
    ("해군사관학교", "Korea Military Academy"),
    ("고용노동부", "Ministry of Health and Welfare"),
    ("특수전사령부", "Capital Defense Command"),
    ("대법원", "Constitutional Court of Korea"),
    ("압록강체육단", "Rimyongsu Sports Club"),
    ("국가인권위원회", "National Election Commission"),
    ("인사혁신처", "Ministry of Government Legislation"),
    ("평양미술대학", "Pyongyang University of Music and Dance"),
    ("조선로동당 간부부", "Secretariat of the Workers' Party of Korea"),
    ("특허청", "Korea Forest Service"),
    ("한국교원대학교", "Korea National Sport University"),
    ("국민연금공단", "National Health Insurance Service"),
    ("평양미술대학", "Pyongyang University of Dramatic and Cinematic Arts"),
    ("압록강체육단", "Amnokgang Football Club"),
    ("법제처", "Ministry of Personnel Management"),
    ("로농적위군", "Young Red Guards"),
    ("기상청", "Korea Forest Service"),
]


@pytest.mark.parametrize(("hangul", "english"), SISTER_BODIES)
def test_sister_bodies_stay_apart(hangul: str, english: str) -> None:
    result = score(body(hangul), body(english))
    assert result.score < 0.70, "\n".join(result.explain())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # 소년단 (children's union) covers more than 조선소 (shipyard) + 년단.
        ("조선소년단", ("조선", "소년단")),
        # 포항 공과 (engineering) in fewer pieces than 포 항공 (aviation) 과.
        ("포항공과대학교", ("포항", "공과", "대학교")),
        ("한국교원대학교", ("한국", "교원대학교")),
        ("조선민족경제협력위원회", ("조선", "민족", "경제", "협력", "위원회")),
        ("로농적위군", ("로농", "적위군")),
        ("국군방첩사령부", ("국군", "방첩", "사령부")),
    ],
)
def test_hangul_names_split_into_their_words(name: str, words: tuple[str, ...]) -> None:
    assert orgs.segment_hangul(name) == words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("공화국", "republic"),
        ("민주주의", "democratic"),
        ("상회", "chamber of commerce"),
        ("상임위원회", "presidium"),
        ("창작사", "art studio"),
        ("력사", "history"),
        ("역사", "history"),
        ("노농", "worker-peasant"),
        ("조선", "shipbuilding"),  # 대한조선 = Daehan Shipbuilding
        ("조선", "korea"),
    ],
)
def test_korean_lexicon_round4(word: str, english: str) -> None:
    assert english in orgs.korean_translations(word)


def test_names_of_dprk_firms_stay_names() -> None:
    # Korea Hyoksin Trading Corporation, Sungri Motor Complex: no 혁신 (innovation) or 승리
    # (victory) row, and no 청 (agency) alone, which romanised reads chong.
    assert orgs.korean_translations("hyoksin") == ()
    assert orgs.korean_translations("sungri") == ()
    assert "agency" not in orgs.korean_translations("chong")
