"""Cyrillic transliteration tables and Slavic spelling rules, pinned with real names."""

from __future__ import annotations

import pytest

from nodewatch.names import russian


@pytest.mark.parametrize(
    ("cyrillic", "gost", "bgn", "icao"),
    [
        ("сергей", "sergej", "sergey", "sergei"),
        ("юрий", "yurij", "yuriy", "iurii"),
        ("щукин", "shhukin", "shchukin", "shchukin"),
        ("хабаров", "xabarov", "khabarov", "khabarov"),
        ("елена", "elena", "yelena", "elena"),
        ("цой", "czoj", "tsoy", "tsoi"),
        ("ульяновск", "ulyanovsk", "ulyanovsk", "ulianovsk"),
        # Serbian letters as Serbian Latin writes them, folded to ASCII (Karadžić, Đoković).
        ("караџић", "karadzic", "karadzic", "karadzic"),
        ("ђоковић", "djokovic", "dokovic", "djokovic"),
        ("љубиша", "ljubisha", "ljubisha", "ljubisha"),
        # Kazakh letters: Нұрсұлтан (Нурсултан in Russian documents), Тоқаев (Токаев).
        ("нұрсұлтан", "nursultan", "nursultan", "nursultan"),
        ("тоқаев", "tokaev", "toqayev", "tokaev"),
        ("әлихан", "alixan", "alikhan", "alikhan"),  # GOST writes х as x
    ],
)
def test_transliteration_standards(cyrillic: str, gost: str, bgn: str, icao: str) -> None:
    assert russian.transliterate(cyrillic, "gost") == gost
    assert russian.transliterate(cyrillic, "bgn") == bgn
    assert russian.transliterate(cyrillic, "icao") == icao


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sergei", "sergey"),
        ("aleksandr", "alexandr"),
        ("yuri", "iurii"),
        ("yuri", "jurij"),
        ("dmitriyevna", "dmitrievna"),
        ("vasilievich", "vasilyevich"),
        ("kolyvanskiy", "kolyvansky"),
        ("chalayev", "chalaev"),
        ("yelena", "elena"),
        ("pyotr", "petr"),
        ("сергей", "sergey"),
        ("юрий", "yury"),
        ("щукин", "schtschukin"),  # German щ
        ("shchukin", "schtschukin"),
        ("чернов", "tschernow"),  # German ч
        ("чернов", "tchernov"),  # French ч
        ("щукин", "chtchukin"),  # French щ
        ("kubrakou", "кубраков"),  # Belarusian -оў (EU: KUBRAKOU, Ivan)
        ("zimouski", "zimovsky"),
    ],
)
def test_skeleton_meets_common_spellings(a: str, b: str) -> None:
    assert russian.skeleton(a) == russian.skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("aleksandr", "oleksandr"), ("vladimir", "volodymyr"), ("kirill", "kyrylo"), ("petr", "pjotrs")],
)
def test_given_name_equivalents(a: str, b: str) -> None:
    assert russian.given_name_group(a) is not None
    assert russian.given_name_group(a) == russian.given_name_group(b)


def test_different_given_names_stay_apart() -> None:
    assert russian.given_name_group("boris") != russian.given_name_group("arkady")


@pytest.mark.parametrize("word", ["romanovich", "anatolyevich", "dmitriyevna", "serhiyovych", "Романович"])
def test_patronymics(word: str) -> None:
    assert russian.is_patronymic(word.lower())


def test_not_patronymics() -> None:
    assert not russian.is_patronymic("rotenberg")
    assert not russian.is_patronymic("kim")


def test_feminine_surname_is_a_relative() -> None:
    assert russian.gender_pair("peskova", "peskov")
    assert russian.gender_pair("kolyvanskaya", "kolyvanskiy")
    assert not russian.gender_pair("rotenberg", "rotenberg")


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("ивица", "ivica"), ("дачић", "dacic"), ("кузнецов", "kuznecov"), ("чехов", "cehov")],
)
def test_slavic_latin_alphabet(cyrillic: str, latin: str) -> None:
    """Serbo-Croatian and Czech write ц c, ч č, х h (folded to ASCII as every spelling is)."""
    assert russian.transliterate(cyrillic, "latin") == latin


@pytest.mark.parametrize(
    ("ukrainian", "russian_form"),
    [("сергій", "сергей"), ("пасічник", "пасечник"), ("федір", "федор"), ("леонід", "леонид")],
)
def test_ukrainian_form_of_a_russian_name(ukrainian: str, russian_form: str) -> None:
    assert russian.east_slavic_form(ukrainian, russian_form)
    assert russian.east_slavic_form(russian_form, ukrainian)


def test_ukrainian_forms_stay_apart_where_a_letter_is_another() -> None:
    # Two words with Ukrainian letters compare as written; a consonant apart is another name.
    assert not russian.east_slavic_form("олексій", "олексіїв")
    assert not russian.east_slavic_form("пасічник", "пасечников")
    assert not russian.east_slavic_form("гнатів", "игнатов")


def test_passport_tc_for_ts() -> None:
    # Russian passports of 2006–2010 wrote ц tc: Tcivilev is Цивилев; French tch stays ч.
    assert russian.skeleton("tcivilev") == russian.skeleton("цивилев")
    assert russian.skeleton("tchaikovsky") == russian.skeleton("чайковский")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("poutine", "путин"),  # French: ou, a final -e after -in
        ("jirinovski", "жириновский"),  # French j is ж
        ("chtchoukine", "щукин"),  # French chtch is щ, ch ш
        ("setchine", "сечин"),  # French tch is ч wherever it stands, not ш
        ("kovaltchouk", "ковальчук"),
        ("jelzin", "ельцин"),  # German: j is й, z ц
        ("kusnezow", "кузнецов"),  # German s is з, w в
    ],
)
def test_french_and_german_spellings(latin: str, cyrillic: str) -> None:
    assert russian.voiceless(russian.skeleton(cyrillic)) in russian.transcription_skeletons(latin)


def test_words_without_french_or_german_letters_have_no_such_spelling() -> None:
    assert russian.transcription_skeletons("smith") == ()
    assert "putin" not in russian.transcription_skeletons("pavlov")


@pytest.mark.parametrize(
    ("belarusian", "russian_form"),
    [("галоўчанка", "головченко"), ("лідзія", "лидия"), ("міхайлаўна", "михайловна")],
)
def test_belarusian_form_of_a_russian_name(belarusian: str, russian_form: str) -> None:
    # Belarusian writes unstressed о as а, в after a vowel as ў, a soft д as дз.
    assert russian.east_slavic_form(belarusian, russian_form)
    assert not russian.east_slavic_form(belarusian, "горбачёв")
