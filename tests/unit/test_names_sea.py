"""Thai, Burmese and Khmer names meet their Latin spellings."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import burmese, khmer, thai
from nodewatch.names.normalize import normalize


def _same(query: str, candidate: str) -> bool:
    def person(name: str) -> dict:
        return {"schema": "Person", "properties": {"name": [name]}}

    return score(person(query), person(candidate)).match


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("สมชาย", "somchai"),  # inherent o closed by ม; ย after a is i
        ("วงศ์สวัสดิ์", "wongsawat"),  # silent ศ์ and ดิ์; open inherent a; final ส is t
        ("ทักษิณ", "thaksin"),  # final ก k, ณ n
        ("ประยุทธ์", "prayut"),  # cluster ปร; ธ์ silent, final ท t
        ("จันทร์โอชา", "chanocha"),  # ทร์ silent after a closed syllable; lead โ
        ("หลีกภัย", "likphai"),  # ห before a low consonant only gives a tone
        ("ธนาธร", "thanathon"),  # after a long vowel, ธร is a syllable: final ร n
        ("วชิราลงกรณ", "wachiralongkon"),
        ("เวชชาชีวะ", "wetchachiwa"),  # final ช t
        ("สุเทพ", "suthep"),  # final พ p
        ("ติณสูลานนท์", "tinsulanon"),
        ("แก้ว", "kaeo"),  # final ว o
        ("ไทย", "thai"),  # ย after ไ not said
        ("วงษ์สุวรรณ", "wongsuwan"),  # รร is a
    ],
)
def test_thai_phonetic_spelling(word: str, spelling: str) -> None:
    assert thai.romanize(word)[0] == spelling


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("อภิสิทธิ์", "abhisit"),  # ภ bh
        ("วชิราลงกรณ", "vajiralongkorn"),  # ว v, ช j, ร kept, final ณ kept
        ("เวชชาชีวะ", "vejjajiva"),  # final ช j
        ("ชินวัตร", "shinawatra"),  # ช sh, linking a, final ตร kept
        ("ชวลิต", "chavalit"),
        ("เศรษฐา", "srettha"),  # ศร kept as a cluster
        ("หลีกภัย", "leekpai"),  # English long vowels, ภ p
        ("แพทองธาร", "paetongtarn"),  # า before final n is ar
    ],
)
def test_thai_other_spellings(word: str, spelling: str) -> None:
    assert spelling in thai.romanize(word)[1:]


def test_thai_lead_vowel_before_two_consonants_is_read_both_ways() -> None:
    # เจริญ is cha-roen, เนวิน ne-win: the script does not say which; the first reading first.
    assert thai.romanize("เจริญ")[0] == "charoen"
    assert "newin" in thai.romanize("เนวิน")
    assert thai.romanize("เนวิน").index("newin") > thai.romanize("เนวิน").index("nawoen")


def test_thai_pali_and_sanskrit_words_as_said() -> None:
    # A final said again with a before the next syllable; a last short i or u not said; a ย
    # after ใ not said inside a word.
    assert "watthana" in thai.romanize("วัฒนา") and "wattana" in thai.romanize("วัฒนา")
    assert "chat" in thai.romanize("ชาติ")
    assert thai.romanize("ชาติ")[0] == "chati"  # said within a compound (ชาติชาย Chatichai)
    assert thai.romanize("ใสยเกื้อ")[0] == "saikuea"
    assert thai.romanize("ไชยา")[0] == "chaiya"
    assert _same("ณัฐวุฒิ ใสยเกื้อ", "Nattawut Saikua")
    # English spellings also write k for ข ค and a final by its letter (สมคิด Somkid).
    assert "somkid" in thai.romanize("สมคิด") and "buakao" in thai.romanize("บัวขาว")
    # A short i or u may stay open before two consonants: ภูมิพล phu-mi-phon, not phu-mip.
    assert "phumiphon" in thai.romanize("ภูมิพล")
    assert thai.romanize("สุนทร")[0] == "sunthon"


def test_thai_spellings_are_few_and_plain() -> None:
    for word in ("ชินวัตร", "วชิราลงกรณ", "เทือกสุบรรณ"):
        spellings = thai.romanize(word)
        assert 1 <= len(spellings) <= 5
        assert all(s.isascii() and s.isalpha() and s.islower() for s in spellings)
    assert thai.romanize("abc") == ()


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        ("ทักษิณ ชินวัตร", "Thaksin Shinawatra", True),
        ("ยิ่งลักษณ์ ชินวัตร", "Yingluck Shinawatra", True),
        ("แพทองธาร ชินวัตร", "Paetongtarn Shinawatra", True),
        ("อภิสิทธิ์ เวชชาชีวะ", "Abhisit Vejjajiva", True),
        ("ประยุทธ์ จันทร์โอชา", "Prayut Chan-o-cha", True),
        ("ประวิตร วงษ์สุวรรณ", "Prawit Wongsuwon", True),
        ("อนุทิน ชาญวีรกูล", "Anutin Charnvirakul", True),
        ("เศรษฐา ทวีสิน", "Srettha Thavisin", True),
        ("สมชาย วงศ์สวัสดิ์", "Somchai Wongsawat", True),
        ("พิธา ลิ้มเจริญรัตน์", "Pita Limjaroenrat", True),
        ("ชวลิต ยงใจยุทธ", "Chavalit Yongchaiyudh", True),
        ("สุรยุทธ์ จุลานนท์", "Surayud Chulanont", True),
        ("เปรม ติณสูลานนท์", "Prem Tinsulanonda", True),
        ("ชวน หลีกภัย", "Chuan Leekpai", True),
        ("สุเทพ เทือกสุบรรณ", "Suthep Thaugsuban", True),
        # Hard negatives: one word shared with another real person.
        ("ทักษิณ ชินวัตร", "Yingluck Shinawatra", False),
        ("สมชาย วงศ์สวัสดิ์", "Somchai Neelapaijit", False),
        ("ประยุทธ์ จันทร์โอชา", "Prawit Wongsuwon", False),
    ],
)
def test_thai_names_meet_their_latin_spellings(query: str, candidate: str, same: bool) -> None:
    assert _same(query, candidate) is same


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("မင်းအောင်လှိုင်", ("min", "aung", "hlaing")),  # ောင် aung, ိုင် aing, လှ hl
        ("သိန်းစိန်", ("thein", "sein")),  # ိန် ein, သ th
        ("သန်းရွှေ", ("than", "shwe")),  # ရှ sh, ွ w
        ("ခင်ညွန့်", ("khin", "nyunt")),  # ွန် un, a creaky nasal with t
        ("ထင်ကျော်", ("htin", "kyaw")),  # ထ ht, ကျ ky, ော aw
        ("အောင်ဆန်းစုကြည်", ("aung", "san", "su", "kyi")),  # ကြ ky, ည် i
        ("မောင်အေး", ("maung", "aye")),  # ေ after the vowel carrier
        ("ဝဏ္ဏမောင်လွင်", ("wan", "na", "maung", "lwin")),  # stacked final
    ],
)
def test_burmese_syllables_and_spellings(word: str, parts: tuple[str, ...]) -> None:
    word = normalize(word)
    syllables = burmese.syllables(word)
    assert tuple(burmese.romanize(s)[0] for s in syllables) == parts
    assert burmese.romanize(word)[0] == "".join(parts)


def test_burmese_alternative_spellings() -> None:
    assert burmese.romanize("ထွန်း") == ("htun", "tun")
    assert "thura" in burmese.romanize("သူရ")  # ရ y, in Pali names r
    assert "soe" in burmese.romanize("စိုး")
    assert burmese.romanize("abc") == ()


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        ("မင်းအောင်လှိုင်", "Min Aung Hlaing", True),
        ("သန်းရွှေ", "Than Shwe", True),
        ("သိန်းစိန်", "Thein Sein", True),
        ("ခင်ညွန့်", "Khin Nyunt", True),
        ("မြင့်ဆွေ", "Myint Swe", True),
        ("ထင်ကျော်", "Htin Kyaw", True),
        ("ဝင်းမြင့်", "Win Myint", True),
        ("အောင်ဆန်းစုကြည်", "Aung San Suu Kyi", True),
        ("သူရရွှေမန်း", "Thura Shwe Mann", True),  # two syllables, one Latin word
        ("မောင်အေး", "Maung Aye", True),
        ("ဦးသန့်", "U Thant", True),
        ("ဇော်မင်းထွန်း", "Zaw Min Tun", True),
        ("ဝဏ္ဏမောင်လွင်", "Wunna Maung Lwin", True),
        # Hard negatives: one word shared with another real person.
        ("သိန်းစိန်", "Thein Htay", False),
        ("ဝင်းမြင့်", "Myint Swe", False),
        ("သန်းရွှေ", "Than Htay", False),
    ],
)
def test_burmese_names_meet_their_latin_spellings(query: str, candidate: str, same: bool) -> None:
    assert _same(query, candidate) is same


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("ហ៊ុន", "hun"),  # ៊ makes ហ o-series: ុ is u
        ("សុខ", "sok"),  # a-series ុ is o; final ខ k
        ("ជា", "chea"),  # o-series ា is ea
        ("ភាព", "pheap"),
        ("សែន", "sen"),  # ែ e, UNGEGN ae
        ("ម៉ាណែត", "manet"),  # ៉ makes ម a-series: ា is a
        ("សំរិន", "samrin"),  # ំ am after an a-series consonant
        ("សំផន", "samphan"),  # ំ closes its syllable: ផ opens the next
        ("ឈុំ", "chhum"),  # ុំ um after an o-series one
        ("ប្រាក់", "prak"),  # ប before a consonant under it is p
        ("ប៉ុល", "pol"),  # and before ៉
        ("ពេជ្រ", "pech"),  # a consonant under the final is not said
        ("បាញ់", "banh"),  # final ញ nh
    ],
)
def test_khmer_spelling(word: str, spelling: str) -> None:
    assert khmer.romanize(normalize(word))[0] == spelling


def test_khmer_common_spellings() -> None:
    assert "saen" in khmer.romanize(normalize("សែន"))  # UNGEGN
    assert "kith" in khmer.romanize(normalize("គិត"))  # final ត th
    assert "keo" in khmer.romanize(normalize("កែវ"))  # final វ o
    assert "try" in khmer.romanize(normalize("ទ្រី"))  # final ី y
    assert khmer.romanize("abc") == ()


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        ("ហ៊ុន សែន", "Hun Sen", True),
        ("ហ៊ុន ម៉ាណែត", "Hun Manet", True),
        ("ជា ស៊ីម", "Chea Sim", True),
        ("សុខ អាន", "Sok An", True),
        ("ហេង សំរិន", "Heng Samrin", True),
        ("ស ខេង", "Sar Kheng", True),
        ("ទៀ បាញ់", "Tea Banh", True),
        ("ប្រាក់ សុខុន", "Prak Sokhonn", True),
        ("គិត មេង", "Kith Meng", True),
        ("លី យ៉ុង ផាត់", "Ly Yong Phat", True),
        ("ទ្រី ភាព", "Try Pheap", True),
        ("ប៉ុល សារឿន", "Pol Saroeun", True),
        ("ហោ ណាំហុង", "Hor Namhong", True),
        ("កឹម សុខា", "Kem Sokha", True),
        # Hard negatives: one word shared with another real person.
        ("ហ៊ុន សែន", "Hun Manet", False),
        ("ហ៊ុន ម៉ាណែត", "Hun Many", False),
        ("ជា ស៊ីម", "Chea Sophara", False),
        ("សុខ អាន", "Sok Chenda", False),
    ],
)
def test_khmer_names_meet_their_latin_spellings(query: str, candidate: str, same: bool) -> None:
    assert _same(query, candidate) is same
