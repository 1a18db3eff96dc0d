"""Central Asian names meet their Russian spellings (names/turkic.py)."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import turkic
from nodewatch.names.normalize import normalize


@pytest.mark.parametrize(
    ("national", "russian"),
    [
        ("Sodiq", "Садык"),  # Uzbek o is а, q к, i ы
        ("Safoyev", "Сафаев"),  # y before a vowel is a glide
        ("Ortiqxoʻjayev", "Артыкходжаев"),  # x is х, j дж, oʻ a vowel
        ("Geldimyradow", "Гельдимурадов"),  # Turkmen y, w; the soft sign is not a letter
        ("Hojamyrat", "Ходжамурад"),  # a final t is д
        ("Оқилов", "Akilov"),  # Tajik қ is k
    ],
)
def test_central_asian_spellings_share_a_key(national: str, russian: str) -> None:
    assert turkic.key(normalize(national)) == turkic.key(normalize(russian))


def test_only_central_asian_alphabets_are_marked() -> None:
    assert turkic.marked("sodiq") and turkic.marked("оқил") and turkic.marked("geldimyradow")
    assert turkic.marked("o'tkir") and turkic.marked("abdulaziz") and turkic.marked("rustamjon")
    assert turkic.marked("nazarxon") and turkic.marked("rahmonzoda")
    assert not turkic.marked("sazonov") and not turkic.marked("jianxin") and not turkic.marked("quentin")


def _person(name: str) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": [name]}}


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        ("Rustam Qodirov", "Рустам Кадыров", True),
        ("Baxtiyor Qosimov", "Бахтиёр Касымов", True),
        ("Murat Geldiýew", "Мурад Гельдыев", True),
        ("Абдулазиз Камилов", "Abdulaziz Komilov", True),  # Abd- says the name is Central Asian
        # "Son of" and "daughter of" are the Russian -ov and -ova, written on or apart.
        ("Ахмет Байтұрсынұлы", "Akhmet Baitursynov", True),
        ("Айсулуу Тыныбек кызы", "Aisuluu Tynybekova", True),
        ("Ахмет Байтұрсынұлы", "Akhmet Baitursynova", False),
        # Another consonant is another name; without a Central Asian letter the Slavic rules hold.
        ("Rustam Qodirov", "Рустам Кабиров", False),
        ("Сазонов Илья", "Ilya Sazanov", False),
    ],
)
def test_central_asian_names_meet_their_russian_spellings(query: str, candidate: str, same: bool) -> None:
    result = score(_person(query), _person(candidate))
    assert result.match == same, result.explain()
