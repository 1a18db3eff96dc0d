"""Tamil, Telugu, Kannada, Malayalam, Sinhala and Lao names meet their English spellings."""

from __future__ import annotations

import pytest

from nodewatch.match import score
from nodewatch.names import lao, sinhala
from nodewatch.names.analyze import make_token
from nodewatch.names.indic import romanize, script_of_word
from nodewatch.names.normalize import normalize


def _same(query: str, candidate: str, schema: str = "Person") -> bool:
    def entity(name: str) -> dict:
        return {"schema": schema, "properties": {"name": [name]}}

    return score(entity(query), entity(candidate)).match


@pytest.mark.parametrize(
    ("word", "script", "spelling"),
    [
        ("பிரபாகரன்", "Tamil", "prabhakaran"),  # பிர: a cluster; ப between vowels bh
        ("கருணாநிதி", "Tamil", "karunanidhi"),  # த between vowels dh
        ("ஜெயலலிதா", "Tamil", "jayalalithaa"),  # ஜெய jaya; a final long a aa
        ("ஸ்டாலின்", "Tamil", "stalin"),  # ன் ends the word: n
        ("பழனிசாமி", "Tamil", "palaniswami"),  # ழ l; சாமி swami
        ("பன்னீர்செல்வம்", "Tamil", "panneerselvam"),
        ("வேலுப்பிள்ளை", "Tamil", "velupillai"),  # ப்ப p
        ("கணேசன்", "Tamil", "ganesan"),  # an initial க g in a Sanskrit name
        ("சிதம்பரம்", "Tamil", "chidambaram"),  # initial ச ch; ம்ப mb
        ("ஆனந்த்", "Tamil", "anand"),  # a stop after a nasal is voiced at a word's end too
        ("தயாநிதி", "Tamil", "dayanidhi"),
        ("முரளிதரன்", "Tamil", "muralitharan"),
        ("கிருஷ்ணன்", "Tamil", "krishnan"),
        ("அன்புமணி", "Tamil", "anbumani"),  # ன்ப nb
        ("முருகன்", "Tamil", "murugan"),  # க between vowels g
        ("வெற்றிவேல்", "Tamil", "vetrivel"),  # ற்ற tr
        ("சந்திரசேகரன்", "Tamil", "chandrasekaran"),
        ("చంద్రబాబు", "Telugu", "chandrababu"),  # anusvara before d: n
        ("నాయుడు", "Telugu", "naidu"),
        ("రావు", "Telugu", "rao"),
        ("వెంకయ్య", "Telugu", "venkaiah"),
        ("రెడ్డి", "Telugu", "reddi"),
        ("పవన్", "Telugu", "pawan"),
        ("కళ్యాణ్", "Telugu", "kalyan"),
        ("చిరంజీవి", "Telugu", "chiranjeevi"),
        ("కవిత", "Telugu", "kavitha"),
        ("ಸಿದ್ದರಾಮಯ್ಯ", "Kannada", "siddaramaiah"),
        ("ಕುಮಾರಸ್ವಾಮಿ", "Kannada", "kumaraswami"),
        ("ಗೌಡ", "Kannada", "gowda"),
        ("ಶಿವಕುಮಾರ್", "Kannada", "shivakumar"),
        ("ಬಸವರಾಜ", "Kannada", "basavaraj"),  # the final a English leaves off
        ("ನಾಗರಾಜು", "Kannada", "nagaraj"),  # and the final u
        ("ಮಲ್ಲಿಕಾರ್ಜುನ", "Kannada", "mallikarjun"),
        ("ಕೃಷ್ಣ", "Kannada", "krishna"),
        ("ಕುಂಬ್ಳೆ", "Kannada", "kumble"),  # anusvara before b: m
        ("പിണറായി", "Malayalam", "pinarayi"),
        ("വിജയൻ", "Malayalam", "vijayan"),  # chillu ൻ
        ("തരൂർ", "Malayalam", "tharoor"),  # chillu ർ; ത th
        ("ചാണ്ടി", "Malayalam", "chandi"),  # ണ്ട nd
        ("ആന്റണി", "Malayalam", "antani"),  # ന്റ nt
        ("ചെന്നിത്തല", "Malayalam", "chennithala"),
        ("നമ്പൂതിരിപ്പാട്", "Malayalam", "namboodirippad"),
        ("മോഹൻലാൽ", "Malayalam", "mohanlal"),
        ("തിരുവനന്തപുരം", "Malayalam", "thiruvananthapuram"),  # final anusvara m
        ("കോഴിക്കോട്", "Malayalam", "kozhikkod"),  # ഴ zh
    ],
)
def test_south_indian_spellings(word: str, script: str, spelling: str) -> None:
    assert script_of_word(word) == script
    assert spelling in romanize(word, script)


@pytest.mark.parametrize(
    ("word", "script", "spelling"),
    [
        ("கனிமொழி", "Tamil", "kanimozhi"),  # ழ zh first
        ("நிர்மலா", "Tamil", "nirmala"),
        ("మోహన్", "Telugu", "mohan"),
        ("కవిత", "Telugu", "kavita"),  # the final a kept: no schwa deletion
        ("ಖರ್ಗೆ", "Kannada", "kharge"),
        ("ಬಸವರಾಜ", "Kannada", "basavaraja"),
        ("നാരായണൻ", "Malayalam", "narayanan"),
        ("കരുണാകരൻ", "Malayalam", "karunakaran"),
    ],
)
def test_south_indian_plainest_spelling_first(word: str, script: str, spelling: str) -> None:
    assert romanize(word, script)[0] == spelling


def test_tamil_stops_by_place() -> None:
    # Between vowels k is also g and h (Murugan, Mahalingam), an initial one stays k or g,
    # a doubled one kk or k.
    assert {"murukan", "murugan", "muruhan"} <= set(romanize("முருகன்", "Tamil"))
    assert "garunanidhi" in romanize("கருணாநிதி", "Tamil")
    assert not any(s.startswith("h") for s in romanize("கருணாநிதி", "Tamil"))
    assert {"kanimozhi", "kanimoli"} <= set(romanize("கனிமொழி", "Tamil"))  # ழ zh or l


def test_spellings_are_few_and_plain() -> None:
    for word, script in (("சந்திரசேகரன்", "Tamil"), ("பிரபாகரன்", "Tamil"), ("నరసింహారావు", "Telugu")):
        spellings = romanize(word, script)
        assert 1 <= len(spellings) <= 64
        assert all(s.isascii() and s.isalpha() and s.islower() for s in spellings)


def test_initials_in_letter_names_and_tamil_syllables() -> None:
    assert "h" in romanize("ಎಚ್", "Kannada")  # ಎಚ್. ಡಿ. H. D.
    assert "s" in romanize("ఎస్", "Telugu")
    assert "a" in romanize("എ", "Malayalam")  # എ. കെ. A. K.
    assert "m" in romanize("மு", "Tamil")  # மு. க. M. K.
    assert "j" in sinhala.romanize("ජේ")  # ජේ. ආර්. J. R.
    assert "r" in sinhala.romanize("ආර්")


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("මහින්ද", "mahinda"),
        ("රාජපක්ෂ", "rajapaksa"),  # ක්ෂ ks
        ("ගෝඨාභය", "gotabaya"),  # ඨ t, භ b
        ("රනිල්", "ranil"),  # al-lakuna: no vowel
        ("වික්‍රමසිංහ", "wickremesinghe"),  # ZWJ in ක්‍ර; elements Wickreme-, -singhe
        ("ප්‍රේමදාස", "premadasa"),
        ("මෛත්‍රීපාල", "maithripala"),
        ("සිරිසේන", "sirisena"),
        ("දිසානායක", "dissanayake"),
        ("ෆොන්සේකා", "fonseka"),
        ("බණ්ඩාරනායක", "bandaranaike"),
        ("ජයවර්ධන", "jayewardene"),
        ("කුමාරතුංග", "kumaratunga"),  # ං before ග n
        ("සංගක්කාර", "sangakkara"),
        ("සිරිමාවෝ", "sirimavo"),  # ව v
        ("විමුක්ති", "vimukthi"),
        ("ශ්‍රී", "sri"),
        ("ප්‍රනාන්දු", "fernando"),
    ],
)
def test_sinhala_spellings(word: str, spelling: str) -> None:
    assert spelling in sinhala.romanize(word)
    assert spelling in sinhala.romanize(normalize(word))


def test_sinhala_spellings_are_few_and_plain() -> None:
    spellings = sinhala.romanize("වික්‍රමසිංහ")
    assert spellings[0] == "wickremesinghe"
    assert 1 <= len(spellings) <= 32
    assert all(s.isascii() and s.isalpha() and s.islower() for s in spellings)
    assert sinhala.romanize("abc") == ()


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("ໄກສອນ", "kaysone"),  # ໄ ay; a final n ne
        ("ພົມວິຫານ", "phomvihane"),  # ົ o before a final
        ("ສຸພານຸວົງ", "souphanouvong"),  # ຸ ou
        ("ທອງລຸນ", "thongloun"),  # ອ o
        ("ສີສຸລິດ", "sisoulith"),  # a final ດ th
        ("ບຸນຍັງ", "bounnhang"),  # ຍ nh
        ("ວໍລະຈິດ", "vorachith"),  # ລ r in old spellings
        ("ພັນຄຳ", "phankham"),  # ຳ am
        ("ວິພາວັນ", "viphavanh"),  # a last final n nh
        ("ສອນໄຊ", "sonexay"),  # ຊ x
        ("ສີພັນດອນ", "siphandone"),
        ("ຈູມມະລີ", "choummaly"),  # ີ y
        ("ໄຊຍະສອນ", "sayasone"),  # the y of ai before ຍ written once
        ("ສະເຫຼີມໄຊ", "saleumxay"),  # ຫຼ l; ເ-ີ eu
        ("ພູມສະຫວັນ", "phoumsavanh"),  # ຫວ v
        ("ໜູຮັກ", "nouhak"),  # ໜ n
        ("ແສງເດືອນ", "sengdeuane"),  # ແ e; ເ-ືອ eua
        ("ເມືອງ", "muang"),
        ("ບົວສອນ", "bouasone"),  # -ົວ oua
    ],
)
def test_lao_spellings(word: str, spelling: str) -> None:
    assert spelling in lao.romanize(word)
    assert spelling in lao.romanize(normalize(word))  # NFKC writes ຳ ໍາ and ໜ ຫນ


def test_lao_tone_marks_are_not_spelt() -> None:
    assert lao.romanize("ແກ້ວ") == lao.romanize("ແກວ")
    assert lao.romanize("ສຸພານຸວົງ")[0] == "souphanouvong"
    assert lao.romanize("abc") == ()


def test_tokens_of_the_new_scripts_are_spelt() -> None:
    assert make_token("ສີສຸລິດ", "person").script == "Lao"
    assert make_token("ສີສຸລິດ", "person").latin
    assert make_token("රාජපක්ෂ", "person").latin == "rajapaksha"
    assert make_token("கருணாநிதி", "person").latin == "karunanithi"


@pytest.mark.parametrize(
    ("query", "candidate", "same"),
    [
        # Tamil
        ("வேலுப்பிள்ளை பிரபாகரன்", "Velupillai Prabhakaran", True),
        ("மு. கருணாநிதி", "M. Karunanidhi", True),
        ("ஜெ. ஜெயலலிதா", "J. Jayalalithaa", True),
        ("மு. க. ஸ்டாலின்", "M. K. Stalin", True),
        ("எடப்பாடி க. பழனிசாமி", "Edappadi K. Palaniswami", True),
        ("ஓ. பன்னீர்செல்வம்", "O. Panneerselvam", True),
        ("தயாநிதி மாறன்", "Dayanidhi Maran", True),
        ("ப. சிதம்பரம்", "P. Chidambaram", True),
        ("அன்புமணி ராமதாஸ்", "Anbumani Ramadoss", True),
        ("முத்தையா முரளிதரன்", "Muttiah Muralitharan", True),
        ("உதயநிதி ஸ்டாலின்", "Dayanidhi Maran", False),
        ("மு. க. ஸ்டாலின்", "M. K. Alagiri", False),
        ("கனிமொழி", "Kanimalar", False),
        ("பழனிசாமி", "Palanivel", False),
        # Telugu
        ("నారా చంద్రబాబు నాయుడు", "Nara Chandrababu Naidu", True),
        ("వై. ఎస్. జగన్ మోహన్ రెడ్డి", "Y. S. Jagan Mohan Reddy", True),
        ("ఎం. వెంకయ్య నాయుడు", "M. Venkaiah Naidu", True),
        ("పవన్ కళ్యాణ్", "Pawan Kalyan", True),
        ("రేవంత్ రెడ్డి", "Revanth Reddy", True),
        ("కల్వకుంట్ల చంద్రశేఖర్ రావు", "Kalvakuntla Chandrashekar Rao", True),
        ("నందమూరి తారక రామారావు", "Nandamuri Taraka Rama Rao", True),
        ("చిరంజీవి", "Chiranjeevi", True),
        ("పవన్ కళ్యాణ్", "Pawan Kumar", False),
        ("రేవంత్ రెడ్డి", "Raghuveera Reddy", False),
        ("నారా లోకేష్", "Nara Rohit", False),
        # Kannada
        ("ಸಿದ್ದರಾಮಯ್ಯ", "Siddaramaiah", True),
        ("ಬಿ. ಎಸ್. ಯಡಿಯೂರಪ್ಪ", "B. S. Yediyurappa", True),
        ("ಎಚ್. ಡಿ. ಕುಮಾರಸ್ವಾಮಿ", "H. D. Kumaraswamy", True),
        ("ಎಚ್. ಡಿ. ದೇವೇಗೌಡ", "H. D. Deve Gowda", True),
        ("ಡಿ. ಕೆ. ಶಿವಕುಮಾರ್", "D. K. Shivakumar", True),
        ("ಬಸವರಾಜ ಬೊಮ್ಮಾಯಿ", "Basavaraj Bommai", True),
        ("ಮಲ್ಲಿಕಾರ್ಜುನ ಖರ್ಗೆ", "Mallikarjun Kharge", True),
        ("ಅನಿಲ್ ಕುಂಬ್ಳೆ", "Anil Kumble", True),
        ("ಎಚ್. ಡಿ. ಕುಮಾರಸ್ವಾಮಿ", "H. D. Revanna", False),
        ("ಅನಿಲ್ ಕುಂಬ್ಳೆ", "Anil Kapoor", False),
        ("ಡಿ. ಕೆ. ಶಿವಕುಮಾರ್", "D. K. Suresh", False),
        # Malayalam
        ("പിണറായി വിജയൻ", "Pinarayi Vijayan", True),
        ("വി. എസ്. അച്യുതാനന്ദൻ", "V. S. Achuthanandan", True),
        ("ശശി തരൂർ", "Shashi Tharoor", True),
        ("കെ. കരുണാകരൻ", "K. Karunakaran", True),
        ("രമേശ് ചെന്നിത്തല", "Ramesh Chennithala", True),
        ("കെ. ആർ. നാരായണൻ", "K. R. Narayanan", True),
        ("ഇ. എം. എസ്. നമ്പൂതിരിപ്പാട്", "E. M. S. Namboodiripad", True),
        ("മോഹൻലാൽ", "Mohanlal", True),
        ("പിണറായി വിജയൻ", "Vijayan Thomas", False),
        ("കെ. കരുണാകരൻ", "K. Muraleedharan", False),
        ("ശശി തരൂർ", "Sasi Kumar", False),
        # Sinhala
        ("මහින්ද රාජපක්ෂ", "Mahinda Rajapaksa", True),
        ("ගෝඨාභය රාජපක්ෂ", "Gotabaya Rajapaksa", True),
        ("රනිල් වික්‍රමසිංහ", "Ranil Wickremesinghe", True),
        ("රණසිංහ ප්‍රේමදාස", "Ranasinghe Premadasa", True),
        ("මෛත්‍රීපාල සිරිසේන", "Maithripala Sirisena", True),
        ("අනුර කුමාර දිසානායක", "Anura Kumara Dissanayake", True),
        ("සරත් ෆොන්සේකා", "Sarath Fonseka", True),
        ("චන්ද්‍රිකා කුමාරතුංග", "Chandrika Kumaratunga", True),
        ("සිරිමාවෝ බණ්ඩාරනායක", "Sirimavo Bandaranaike", True),
        ("ජේ. ආර්. ජයවර්ධන", "J. R. Jayewardene", True),
        ("දිනේෂ් ගුණවර්ධන", "Dinesh Gunawardena", True),
        ("කුමාර් සංගක්කාර", "Kumar Sangakkara", True),
        ("මහින්ද රාජපක්ෂ", "Namal Rajapaksa", False),
        ("සජිත් ප්‍රේමදාස", "Sajith Premachandra", False),
        ("ගෝඨාභය රාජපක්ෂ", "Chamal Rajapaksa", False),
        ("සනත් ජයසූරිය", "Sanath Jayasundara", False),
        # Lao
        ("ໄກສອນ ພົມວິຫານ", "Kaysone Phomvihane", True),
        ("ສຸພານຸວົງ", "Souphanouvong", True),
        ("ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith", True),
        ("ບຸນຍັງ ວໍລະຈິດ", "Bounnhang Vorachith", True),
        ("ພັນຄຳ ວິພາວັນ", "Phankham Viphavanh", True),
        ("ສອນໄຊ ສີພັນດອນ", "Sonexay Siphandone", True),
        ("ຄຳໄຕ ສີພັນດອນ", "Khamtai Siphandone", True),
        ("ຈູມມະລີ ໄຊຍະສອນ", "Choummaly Sayasone", True),
        ("ສະເຫຼີມໄຊ ກົມມະສິດ", "Saleumxay Kommasith", True),
        ("ໜູຮັກ ພູມສະຫວັນ", "Nouhak Phoumsavanh", True),
        ("ສອນໄຊ ສີພັນດອນ", "Khamtai Siphandone", False),
        ("ທອງລຸນ ສີສຸລິດ", "Thongsing Thammavong", False),
        ("ສຸພານຸວົງ", "Souvanna Phouma", False),
        ("ບຸນຍັງ ວໍລະຈິດ", "Bounthong Chitmany", False),
    ],
)
def test_people_meet_their_english_spellings(query: str, candidate: str, same: bool) -> None:
    assert _same(query, candidate) is same


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("ජනතා විමුක්ති පෙරමුණ", "Janatha Vimukthi Peramuna"),
        ("ශ්‍රී ලංකා පොදුජන පෙරමුණ", "Sri Lanka Podujana Peramuna"),
        ("ශ්‍රී ලංකා නිදහස් පක්ෂය", "Sri Lanka Nidahas Pakshaya"),
        ("ປະເທດລາວ", "Pathet Lao"),
    ],
)
def test_bodies_meet_their_english_spellings(query: str, candidate: str) -> None:
    assert _same(query, candidate, "Organization")
