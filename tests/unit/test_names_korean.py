"""Korean romanisation tables and syllable rules, pinned with real DPRK names."""

from __future__ import annotations

import pytest

from nodewatch.names import korean


def meets(a: str, b: str) -> float | None:
    return korean.compare(korean.parse(a), korean.parse(b))


@pytest.mark.parametrize(
    ("hangul", "system", "expected"),
    [
        ("김정은", "rr", "gimjeongeun"),
        ("김정은", "mr", "kimjŏngŭn"),
        ("김정은", "kp", "kimjongun"),
        ("최룡해", "mrb", "ch'oeryonghae".replace("'", "")),
        ("박봉남", "mr", "pakpongnam"),
        ("리설주", "rr", "riseolju"),
        ("평양", "kp", "phyongyang"),
        ("평양", "mr", "p’yŏngyang"),
        ("태", "kp", "thae"),
    ],
)
def test_romanize_systems(hangul: str, system: str, expected: str) -> None:
    assert korean.romanize(hangul, system) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Surnames written every way (the brief's classes).
        ("ri", "lee"),
        ("ri", "rhee"),
        ("ri", "yi"),
        ("ri", "i"),
        ("ri", "li"),
        ("pak", "park"),
        ("pak", "bak"),
        ("choe", "choi"),
        ("choe", "chey"),
        ("jong", "chong"),
        ("jong", "jeong"),
        ("jong", "chung"),
        ("tong", "dong"),
        ("chol", "cheol"),
        ("chol", "chul"),
        ("ch'o'l", "chol"),
        # Given-name syllables from the UN/OFAC lists.
        ("gwang", "kwang"),
        ("thae", "t'ae"),
        ("phyong", "p'yo'ng"),
        ("young", "yong"),
        ("kyong", "kyung"),
        ("hyok", "hyuk"),
        ("seung", "sung"),
        ("pom", "bom"),
        # Hangul against its romanisations.
        ("kim", "김"),
        ("jong", "정"),
        ("jong", "종"),
        ("un", "은"),
        ("ch'o'l", "철"),
        # NK and SK spellings of one word (initial-sound rule): Ryonbong = Yonbong.
        ("ryonbong", "yonbong"),
        ("리", "이"),
        ("류", "유"),
    ],
)
def test_spellings_meet(a: str, b: str) -> None:
    assert (meets(a, b) or 0) >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("김종은", "김정은"),  # two Hangul names compare in Hangul: different people
        ("daedong", "daesong"),  # DAEDONG CREDIT BANK is not DAESONG
        ("yong", "tong"),
        ("chol", "chun"),
        ("yong", "pyong"),
        ("sam", "san"),
    ],
)
def test_different_syllables_do_not_meet(a: str, b: str) -> None:
    assert meets(a, b) == 0.0


def test_strict_and_common_spellings_are_graded() -> None:
    assert meets("jong", "jeong") == 1.0  # MR/DPRK vs Revised Romanization
    assert meets("chol", "chul") == 0.9  # common spelling only


def test_non_korean_tokens_are_not_compared() -> None:
    assert korean.parse("bank") == ()
    assert meets("bank", "pank") is None


def test_unspaced_given_name_segments_into_syllables() -> None:
    readings = korean.parse("jongun")
    lengths = {len(r) for r in readings}
    assert lengths == {2}
    jong_un = korean.parse("jong")[0] + korean.parse("un")[0]
    assert any(all(korean.meets(x, y, True) for x, y in zip(r, jong_un, strict=True)) for r in readings)


def test_syllable_initials_give_korean_acronyms() -> None:
    assert "ncg" in korean.syllable_initials(korean.parse("namchongang"))


def test_syllable_key_is_shared_by_meeting_spellings() -> None:
    words = ("chol", "cheol", "ch'o'l", "chul", "철")
    keys = [{korean.syllable_key(r[0]) for r in korean.parse(w) if len(r) == 1} for w in words]
    assert set.intersection(*keys)


def test_jamo_table_covers_every_jamo() -> None:
    patterns = korean._patterns()
    for position, alphabet in (("initial", korean.INITIALS), ("medial", korean.MEDIALS)):
        covered = 0
        for strict, _loose in patterns[position].values():
            covered |= strict
        assert covered == (1 << len(alphabet)) - 1, position


@pytest.mark.parametrize(
    ("a", "b"), [("hek", "hyok"), ("kon", "kwon"), ("gi", "gil"), ("ha", "hwa"), ("wan", "wang")]
)
def test_syllables_one_vowel_or_final_apart_are_near(a: str, b: str) -> None:
    assert korean.compare(korean.parse(a), korean.parse(b)) == 0.0
    assert korean.near(korean.parse(a), korean.parse(b))


@pytest.mark.parametrize(
    ("a", "b"), [("daedong", "daesong"), ("chol", "sol"), ("chun", "chang"), ("kim", "kim")]
)
def test_other_initials_or_two_jamo_off_are_not_near(a: str, b: str) -> None:
    assert not korean.near(korean.parse(a), korean.parse(b))


@pytest.mark.parametrize(
    ("word", "letters"),
    [("엘지", "lg"), ("에스케이", "sk"), ("케이티", "kt"), ("비와이디", "byd"), ("에이치디", "hd")],
)
def test_letter_names_spell_initials(word: str, letters: str) -> None:
    assert letters in korean.spelt_letters(word)


def test_words_not_all_letter_names_spell_none() -> None:
    # 삼성 holds no letter name; 엘 alone is one letter, not initials.
    assert korean.spelt_letters("삼성") == ()
    assert korean.spelt_letters("엘") == ()


def test_cyrillic_korean_syllables() -> None:
    # Ён is 영 or 용 (Kontsevich writes final ㅇ and ㄴ alike); Хо is 호, not 코.
    assert korean.cyrillic_readings("ён")
    assert korean.cyrillic_readings("хо")
    assert korean.compare(korean.cyrillic_readings("хо"), korean.parse("호")) == 1.0
    assert korean.cyrillic_readings("петров") == ()


def test_cyrillic_korean_diphthong_and_each_final_n() -> None:
    # Ый is 의 (ŭi), not a bare ŭ: Пак Ый Чхун is 박의춘.
    assert korean.compare(korean.cyrillic_readings("ый"), korean.parse("의")) == 1.0
    # Each final н is ㄴ or ㅇ on its own: the run Чхун Рён is 춘룡 (n, then ng).
    assert korean.compare(korean.cyrillic_readings("чхунрён"), korean.parse("춘룡")) == 1.0
    assert korean.compare(korean.cyrillic_readings("чхунрён"), korean.parse("춘련")) == 1.0
    assert korean.cyrillic_readings("александров") == ()


def test_wh_for_hw_in_personal_spellings() -> None:
    # Kang Kyung-wha is 강경화; Whang is 황.
    assert korean.compare(korean.parse("wha"), korean.parse("화")) == 1.0
    assert korean.compare(korean.parse("whang"), korean.parse("황")) == 1.0
    assert korean.compare(korean.parse("whang"), korean.parse("왕")) != 1.0


@pytest.mark.parametrize(
    ("hangul", "english"),
    [
        ("폴라리스", "polaris"),
        ("쉬핑", "shipping"),
        ("텔레비죤", "television"),
        ("링크", "link"),
        ("엑스포", "expo"),
    ],
)
def test_loanword_keys(hangul: str, english: str) -> None:
    # Korean writes f and v with ㅍ and ㅂ, drops a final r, and adds ㅡ after a final consonant.
    assert korean.loanword_key(korean.romanize(hangul, "rr"), "hangul") == korean.loanword_key(
        english, "english"
    )
    assert korean.loanword_key("pan", "english") != korean.loanword_key(
        korean.romanize("팬오션", "rr"), "hangul"
    )


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [
        ("chollima", "천리마"),
        ("silla", "신라"),
        ("kungmin", "국민"),
        ("jongno", "종로"),
        ("taetongnyong", "대통령"),
    ],
)
def test_sound_changes_at_syllable_boundaries(latin: str, hangul: str) -> None:
    # Romanisation writes ㄴㄹ as ll, ㄱ before a nasal as ng, ㄹ after ㅇ as n.
    assert korean.compare(korean.parse(latin), korean.parse(hangul)) == 1.0
    assert korean.compare(korean.parse("chollima"), korean.parse("천리바")) != 1.0


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("을지문덕", "Eulji Mundeok"), ("을지문덕", "Ulji Mundok"), ("남궁민", "Namgung Min")],
)
def test_two_syllable_surnames(hangul: str, latin: str) -> None:
    from nodewatch.match import score

    person = {"schema": "Person", "properties": {"name": [hangul]}}
    result = score(person, {"schema": "Person", "properties": {"name": [latin]}})
    assert result.match, result.explain()
