"""Normalisation and tokenisation."""

from __future__ import annotations

import pytest

from nodewatch.names.normalize import ascii_fold, normalize, remove_honorifics, roman_numeral, tokens


def test_apostrophes_and_breves() -> None:
    assert normalize("Kim Tong-Myo’ng") == "kim tong-myo'ng"
    assert normalize("Kim Il-sŏng") == "kim il-so'ng"
    assert list(tokens(normalize("CH’O’NGSONG YO'NHAP"))) == ["ch'o'ngsong", "yo'nhap"]


def test_possessive_and_numbers() -> None:
    assert list(tokens("north korea's foreign trade bank")) == ["north", "korea", "foreign", "trade", "bank"]
    assert list(tokens("2nd academy")) == ["2", "academy"]
    assert list(tokens("skai17")) == ["skai", "17"]
    assert list(tokens("yu_jong_1")) == ["yu", "jong", "1"]


def test_ascii_fold() -> None:
    assert ascii_fold("ch'o'l") == "chol"
    assert ascii_fold("müller") == "muller"


def test_roman_numerals() -> None:
    assert roman_numeral("iv") == 4
    assert roman_numeral("ii") == 2
    assert roman_numeral("iiii") is None
    assert roman_numeral("kim") is None


def test_stress_marks_do_not_split_words() -> None:
    # Russian stress marks have no precomposed letters: NFKC leaves them as marks.
    assert normalize("Дми́трий Песко́в") == "дмитрий песков"
    assert tokens(normalize("Алекса́ндр")) == ("александр",)
    assert normalize("Chŏng Nguyễn") == "cho'ng nguyễn"  # composed letters are kept


def test_letters_unicode_does_not_decompose_still_fold() -> None:
    assert normalize("İlhan") == "ilhan"  # casefolding İ adds a combining dot
    assert [ascii_fold(t) for t in tokens(normalize("Yıldırım Łukasz Đại Søren Ærø"))] == [
        "yildirim",
        "lukasz",
        "dai",
        "soren",
        "aero",
    ]


def test_arabic_marks_and_alif_forms() -> None:
    # Vowel marks and the tatweel are no letters; alif with hamza or madda is alif.
    assert normalize("مُحَمَّد") == "محمد"
    assert normalize("أحمد") == normalize("احمد") == "احمد"
    assert normalize("مصطفى") == "مصطفي"
    assert tokens(normalize("عبـد الله")) == ("عبد", "الله")


def test_vowel_signs_stay_in_their_word() -> None:
    """Indic, Thai and Burmese vowels are combining marks, which ``\\w`` leaves out."""
    assert tokens(normalize("राहुल गांधी")) == ("राहुल", "गांधी")
    assert tokens(normalize("নরেন্দ্র মোদী")) == ("নরেন্দ্র", "মোদী")
    assert tokens(normalize("ทักษิณ ชินวัตร")) == ("ทักษิณ", "ชินวัตร")
    assert tokens(normalize("မင်းအောင်လှိုင်")) == ("မင်းအောင်လှိုင်",)


def test_hebrew_points_are_dropped() -> None:
    assert normalize("מֹשֶׁה") == "משה"
    assert tokens(normalize("בִּנְיָמִין נְתַנְיָהוּ")) == ("בנימין", "נתניהו")


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("tun dr. mahathir bin mohamad", "mahathir bin mohamad"),
        ("dato' seri anwar bin ibrahim", "anwar bin ibrahim"),
        ("tan sri muhyiddin yassin", "muhyiddin yassin"),
        ("ir. soekarno", "soekarno"),
        ("prof. dr. ir. budi karya sumadi", "budi karya sumadi"),
        ("senior general min aung hlaing", "min aung hlaing"),
        ("h.e. mr. sergey lavrov", "sergey lavrov"),
    ],
)
def test_honorifics_before_a_name_are_dropped(name: str, bare: str) -> None:
    assert remove_honorifics(name) == bare


@pytest.mark.parametrize("name", ["tun tun oo", "datuk", "u thant"])
def test_names_that_start_like_an_honorific_are_kept(name: str) -> None:
    # Tun is a Burmese name, U a Burmese honorific and a Korean surname; a lone honorific is
    # all there is.
    assert remove_honorifics(name) == name


def test_a_zero_width_joiner_stays_inside_its_word() -> None:
    # Sinhala shapes ක්‍ර with a joiner: one word, not two.
    assert tokens(normalize("රනිල් වික්\u200dරමසිංහ")) == ("රනිල්", "වික්\u200dරමසිංහ")


def test_an_east_slavic_ordinals_ending_is_not_a_word() -> None:
    assert tokens(normalize("61-я отдельная бригада")) == ("61", "отдельная", "бригада")
    assert tokens(normalize("12-го управления")) == ("12", "управления")
    assert tokens(normalize("МиГ-29")) == ("миг", "29")  # a model number keeps its letters
