"""Analyse a name once into the tokens every comparison needs.

``analyse(value, kind)`` normalises a name, removes what carries no identity (titles,
legal forms, stop words), splits it into tokens and gives each token all the forms the
matcher compares: ASCII Latin, official transliterations (Cyrillic, Han), Korean syllable
sets, the Slavic skeleton, a given-name group, translations of organisation words, a
number. Each token also has a weight (how much identity it carries) and a role (word,
number, patronymic, initial). Results are cached: lists and queries repeat names.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Never

from rigour.names.prefix import remove_obj_prefixes
from rigour.text.translit import ascii_text

from nodewatch.model.record import script_of
from nodewatch.names import (
    burmese,
    chinese,
    indic,
    japanese,
    khmer,
    korean,
    lao,
    orgs,
    russian,
    sinhala,
    thai,
)
from nodewatch.names.normalize import ascii_fold, normalize, remove_honorifics, roman_numeral, tokens
from nodewatch.names.tables import rows

KINDS = ("person", "org", "vessel", "other")
_PAREN = re.compile(r"\(([^()]*)\)")
# Generational suffixes say which of two namesakes, not who: Boris ROTENBERG JUNIOR.
# Generational suffixes: the son and the father share the rest of the name (Juan Ponce
# Enrile Jr.; Czech mladší, Russian младший).
_PERSON_SUFFIXES: dict[str, str] = {
    "junior": "junior",
    "jr": "junior",
    "jnr": "junior",
    "mladsi": "junior",
    "mladší": "junior",
    "младший": "junior",
    "senior": "senior",
    "sr": "senior",
    "snr": "senior",
    "starsi": "senior",
    "starší": "senior",
    "старший": "senior",
}
# 제 (che, je) makes a Korean ordinal: 제2자연과학원 is the Second Academy of Natural Sciences.
_NUMBER_PREFIXES = frozenset(("no", "nr", "number", "num", "che", "je", "제"))
# Korean writes a ship's number with 호 after it (금운산 3호), lists romanise it HO; a
# name without a number takes it too (천마산호). Chinese writes 号 (海洋地质八号).
_NUMBER_SUFFIXES = frozenset(("호", "ho", "号", "號", "hao"))
# A warship's name takes 함 (천안함 is ROKS Cheonan, 세종대왕함 ROKS Sejong the Great).
_WARSHIP = "함"
# Spellings kept per Han word and system (readings multiply per character).
_HAN_COMBOS = 8
# One empty set shared by every token and name without keys or numbers: an empty frozenset
# is a new object each time it is made, and one the garbage collector tracks.
_NONE: frozenset[Never] = frozenset()
# Korean two-syllable surnames: a Hangul person name starting with one keeps it whole.
_TWO_SYLLABLE_SURNAMES = frozenset(h for h, _s in rows("korean_surnames.tsv") if len(h) == 2)


def kind_of_schema(schema: str) -> str:
    """The kind of name rules a schema's names follow."""
    if schema == "Person":
        return "person"
    if schema in ("Organization", "Company", "PublicBody"):
        return "org"
    if schema in ("Vessel", "Airplane"):
        return "vessel"
    return "other"


# Tokens, parts and analysed names are shared through caches and never changed once built.
# They are not frozen dataclasses all the same: a frozen one sets every field through
# object.__setattr__, which makes building one several times slower, and scoring a pair
# of entities builds dozens (compared by identity: eq=False).


@dataclass(slots=True, eq=False)
class Token:
    """One token and every form it can be compared in."""

    text: str  # normalised, original script
    script: str  # Latin, Hangul, Han, Cyrillic, ...
    latin: str  # ASCII Latin form
    forms: tuple[tuple[str, str], ...]  # (Latin spelling, system) from official transliterations
    korean: tuple[korean.Parse, ...]  # Korean syllable readings, empty if it cannot be Korean
    skeleton: str  # Slavic skeleton of Latin/Cyrillic tokens
    group: int | None  # given-name group (Aleksandr = Oleksandr)
    translations: tuple[str, ...]  # English for organisation words (unhaeng → bank)
    number: int | None
    stem: str  # organisation words: without plural/-ing/demonym endings (banking → bank)
    korean_keys: frozenset[tuple[str, ...]]  # coarse syllable keys of each Korean reading
    translation_keys: frozenset[str] = frozenset()  # translations as joined tokens (see orgs)
    # Fewest and most syllables of the Korean readings (None if none): the matcher's cheap
    # test of whether a run of words may spell this one reads it for every pair of names.
    syllables: tuple[int, int] | None = None
    # A Latin word's skeletons as a French or German spelling of a Slavic name (see
    # ``russian.transcription_skeletons``), s and z as one.
    transcribed: tuple[str, ...] = ()


@dataclass(slots=True, eq=False)
class Part:
    token: Token
    weight: float
    role: str  # word | generic | place | number | patronymic | initial


@dataclass(slots=True, eq=False)
class AnalysedName:
    original: str
    kind: str
    parts: tuple[Part, ...]
    legal_forms: tuple[str, ...]
    korean_like: bool  # every part reads as Korean: a Korean name, every syllable counts
    numbers: frozenset[int] = frozenset()  # the numbers it holds (two names with others conflict)
    has_initial: bool = False  # a part is an initial (J.), which the matcher then tries on names
    # A person's name spelt in pinyin (see ``chinese.pinyin_spelt``): it may be the Chinese
    # reading of a Korean name, which the matcher then tries through the characters.
    chinese_like: bool = False
    # The acronym of the well-known body this name names (see ``_known_bodies``): two names
    # of two such bodies name two bodies, though their words may be alike (CASC's
    # China Aerospace Science and Technology Corporation, CASIC's ... and Industry ...).
    body: str = ""
    # The name is that acronym: its full names are names of their own, and the matcher no
    # longer reads its letters as the initials of other names (CASC spells CASIC's name).
    known_acronym: bool = False
    # The Japanese reading of a name in kanji (``japanese.kanji_readings``): it meets only a
    # name not written in characters; two names in characters compare in them (李登輝 is not
    # 李登科, though ri touki and ri touka are a letter apart).
    kanji_reading: bool = False
    # An organisation's words in Latin letters, legal forms kept and stop words left out, in
    # their order: acronyms take letters from every word (SOCAR = State Oil COmpany of
    # Azerbaijan Republic, CANTV = Compañía Anónima Nacional Teléfonos de Venezuela).
    acronym_words: tuple[str, ...] = ()
    # A person's generational suffix, junior or senior (see ``_PERSON_SUFFIXES``).
    generation: str = ""
    # A person's name with a hyphen inside a word (Chen-min, Tsz-hin): Wade–Giles, Hong Kong
    # and Taiwan write a Chinese given name so, pinyin joins it (Zhenmin). Such a name is
    # not spelt in pinyin, though each of its syllables may be one (see match.names).
    hyphenated: bool = False


# Scripts whose words ``make_token`` spells as names in them are spelt in Latin letters
# (the Latin spellings of one word, the likeliest first); with them Sri Lanka's Sinhala.
_SOUTHEAST_ASIAN = {
    "Thai": thai.romanize,
    "Myanmar": burmese.romanize,
    "Khmer": khmer.romanize,
    "Lao": lao.romanize,
    "Sinhala": sinhala.romanize,
}


@lru_cache(maxsize=262144)
def make_token(text: str, kind: str = "other") -> Token:
    """Build a token (cached): ``text`` is one normalised word in any script."""
    script = _script(text)
    forms: tuple[tuple[str, str], ...] = ()
    readings: tuple[korean.Parse, ...] = ()
    skeleton = ""
    translations: tuple[str, ...] = ()
    if script == "Hangul":
        latin = ascii_fold(korean.romanize(text, "rr"))
        forms = tuple((ascii_fold(korean.romanize(text, s)), s) for s in ("rr", "mrb", "kp"))
        readings = korean.parse(text)
        if kind in ("org", "vessel", "other"):
            translations = orgs.korean_translations(text)
            forms += tuple((letters, "letters") for letters in korean.spelt_letters(text))
    elif script == "Han":
        forms, readings = _han_forms(text)
        latin = forms[0][0] if forms else text
    elif script == "Cyrillic":
        forms = tuple((russian.transliterate(text, s), s) for s in russian.SYSTEMS)
        if "ё" in text:
            # English writes ё yo wherever it is (Фёдор Fyodor, Мирзиёев Mirziyoyev).
            forms += ((russian.transliterate(text.replace("ё", "йо"), "bgn"), "common"),)
        latin = forms[1][0]
        skeleton = russian.skeleton(text)
        if kind == "person":
            # A Korean name in Russian (О Ён Хо is O Yong Ho): Russian lists and papers
            # name the DPRK's people so.
            readings = korean.cyrillic_readings(text)
    elif script in indic.BLOCKS:
        latin, *others = indic.romanize(text, script)
        forms = tuple((other, "English spelling") for other in others)
        skeleton = russian.skeleton(latin)
    elif script in _SOUTHEAST_ASIAN and (spellings := _SOUTHEAST_ASIAN[script](text)):
        latin, *others = spellings
        forms = tuple((other, "English spelling") for other in others)
        skeleton = russian.skeleton(latin)
    elif script != "Latin":
        # Other scripts (Arabic, Greek ...): rigour's transliteration, compared by spelling.
        latin = ascii_fold(ascii_text(_persian_reading(text) if script == "Arabic" else text))
        skeleton = _arabic_skeleton(text, latin) if script == "Arabic" else latin
        if script == "Greek":
            # Compared as Latin spellings are, in the skeleton (Μπακογιάννη, Bakoyannis).
            skeleton = russian.skeleton(_GREEK_YI.sub("y", latin))
            forms = _greek_forms(latin)
    else:
        latin = ascii_fold(text)
        forms = _long_vowel_forms(text) + (
            _theophoric_form(latin) + _pinyin_u_forms(text) + _old_indonesian_forms(latin)
            if kind == "person"
            else ()
        )
        if len(latin) <= 16 and latin.isalpha():
            readings = korean.parse(text)
        skeleton = russian.skeleton(text) if latin.isalpha() else latin
        if readings and kind in ("org", "vessel", "other"):
            translations = orgs.korean_translations(text)
    group = None
    if kind == "person" and script in ("Latin", "Cyrillic"):
        group = russian.given_name_group(text)
    elif kind == "person" and script in ("Greek", "Georgian", "Armenian"):
        group = russian.given_name_group(latin)  # Γιάννης, giannis = Yannis; კახა = Kakha
    number = int(latin) if latin.isdigit() and len(latin) < 12 else None
    if kind != "person" and script == "Latin":
        translations = (*translations, *orgs.abbreviation(latin))
    if kind != "person" and script not in ("Hangul", "Han"):
        # Words of every other script too (Τράπεζα bank, מערכות systems, سازمان organisation).
        translations = (*translations, *orgs.foreign_translations(text))
    if kind != "person" and script == "Latin" and not translations:
        translations = chinese.pinyin_translations(latin)
    stem = orgs.stem(latin) if kind in ("org", "other") and script in ("Latin", "Cyrillic") else ""
    keys = frozenset(map(korean.reading_key, readings)) if readings else _NONE
    return Token(
        text,
        script,
        latin,
        forms,
        readings,
        skeleton,
        group,
        translations,
        number,
        stem,
        keys,
        _translation_keys(translations),
        _syllable_range(readings),
        russian.transcription_skeletons(latin) if script == "Latin" and latin.isalpha() else (),
    )


# Japanese long vowels: Hepburn writes a macron (Itō, Kōji), passports and lists ou, oh or
# oo (ITOU, ITOH, OHNO), others the bare vowel (which the ASCII form already is).
_LONG_VOWELS = {"ō": ("ou", "oh", "oo"), "ū": ("uu", "u", "u")}


def _long_vowel_forms(text: str) -> tuple[tuple[str, str], ...]:
    """The spellings of a word with macrons that write its long vowels out (Itō → itou,
    itoh, itoo), one per way of writing them."""
    if "ō" not in text and "ū" not in text:
        return ()
    forms = []
    for way in range(3):
        spelt = text
        for vowel, spellings in _LONG_VOWELS.items():
            spelt = spelt.replace(vowel, spellings[way])
        forms.append((ascii_fold(spelt), "Hepburn long vowel"))
    return tuple(dict.fromkeys(forms))


# Indonesian spelling before 1972 (Van Ophuijsen and Soewandi), which many names keep:
# oe is u, dj j, tj c (Soeharto is Suharto, Djojohadikoesoemo Djojohadikusumo); a word so
# spelt, or starting in sj or nj, writes y j, sy sj and ny nj too (Tjahjo Kumolo is Cahyo,
# Sjahrir Syahrir, Njoto Nyoto, Joesoef Yusuf), but for the English Joe.
_OLD_INDONESIAN: tuple[tuple[str, str], ...] = (("oe", "u"), ("dj", "j"), ("tj", "c"))
_OLD_INDONESIAN_MARK = re.compile(r"oe|dj|tj|^sj|^nj")
_OLD_INDONESIAN_Y = re.compile(r"oe|dj|tj|^sj|^nj|(?!^j[a-z]{,2}$)j")
_EYD = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "j": "y"}


def _old_indonesian_forms(latin: str) -> tuple[tuple[str, str], ...]:
    if not _OLD_INDONESIAN_MARK.search(latin):
        return ()
    spelt = latin
    for old, new in _OLD_INDONESIAN:
        spelt = spelt.replace(old, new)
    modern = _OLD_INDONESIAN_Y.sub(lambda found: _EYD[found.group()], latin)
    forms = dict.fromkeys(form for form in (spelt, modern) if form != latin)
    return tuple((form, "Indonesian spelling") for form in forms)


# Pinyin lü and nü (吕, 女) as passports write them: LYU today, LV before.
_PINYIN_U = re.compile(r"^([ln])ü(e?)$")


def _pinyin_u_forms(text: str) -> tuple[tuple[str, str], ...]:
    found = _PINYIN_U.match(text)
    if not found:
        return ()
    initial, final = found.groups()
    return ((f"{initial}yu{final}", "passport pinyin"), (f"{initial}v{final}", "passport pinyin"))


# An Arabic compound name ending in al-Din ("of the faith") as one word: Badreddine,
# Sirajuddin, Nasreddin, Badraldin.
_THEOPHORIC = re.compile(r"^([a-z]{2,}[^aeiou])(?:[aeiou]{1,2}l?d{1,2}|ld)(?:in|ine|een)$")


def _theophoric_form(latin: str) -> tuple[tuple[str, str], ...]:
    """The one spelling of a compound in al-Din every writing of it meets (badreddine,
    badruddin and the joined words badr al din all give badraldin)."""
    found = _THEOPHORIC.match(latin)
    return ((f"{found.group(1)}aldin", "Arabic compound"),) if found else ()


def _syllable_range(readings: tuple[korean.Parse, ...]) -> tuple[int, int] | None:
    if not readings:
        return None
    counts = [len(reading) for reading in readings]
    return min(counts), max(counts)


def _translation_keys(translations: tuple[str, ...]) -> frozenset[str]:
    """Each translation as one joined token, and its stem (技术 → technology, technolog)."""
    if not translations:
        return _NONE
    keys = {orgs.translation_key(t) for t in translations}
    return frozenset(keys | {orgs.stem(k) for k in keys})


# Greek γι before a vowel is the sound y, which English spellings write so (Μπακογιάννη is
# Bakoyannis, Γιάννης Yannis), where transliteration writes gi.
_GREEK_YI = re.compile(r"gi(?=[aeou])")


def _greek_forms(latin: str) -> tuple[tuple[str, str], ...]:
    """The common spellings of a Greek word beside the standard one: χ as h, and τζ as dj or
    j, as Cypriot and shipping names write them (Χατζηγεωργίου Hadjigeorgiou, Χατζηιωάννου
    Haji-Ioannou)."""
    spelt = {latin.replace("ch", "h")}
    if "tz" in latin:
        spelt |= {s.replace("tz", joined) for s in tuple(spelt) for joined in ("dj", "j")}
    return tuple((form, "common") for form in sorted(spelt - {latin}))


def _arabic_skeleton(text: str, latin: str) -> str:
    """The consonants of an Arabic-script word; a final ة (ta marbuta) or ه is the vowel
    ending -a/-eh that Latin spellings write or drop (هنية is Haniya, Haniyeh)."""
    consonants = _consonants(latin)
    if text.endswith(("ة", "ه")) and len(consonants) > 2 and consonants[-1] in "ht":
        return consonants[:-1]
    return consonants


# Letters only Persian writes (پ چ ژ گ, and its own kāf and yeh): a word with one is read
# as Persian, where ض ظ ذ are z and ث is s (فضلی is Fazli; in Arabic رمضان is Ramadan).
_PERSIAN_LETTERS = frozenset("پچژگکی")
_PERSIAN_SOUNDS = str.maketrans({"ض": "ز", "ظ": "ز", "ذ": "ز", "ث": "س"})


def _persian_reading(text: str) -> str:
    return text.translate(_PERSIAN_SOUNDS) if not _PERSIAN_LETTERS.isdisjoint(text) else text


def _consonants(latin: str) -> str:
    """Arabic script writes no short vowels: its names compare by consonants."""
    return "".join(ch for ch in latin if ch not in "aeiouy")


def _script(text: str) -> str:
    if text.isascii():
        return "Latin"
    if korean.is_hangul(text):
        return "Hangul"
    if chinese.has_han(text):
        return "Han"
    if russian.is_cyrillic(text):
        return "Cyrillic"
    return script_of(text)


def _han_forms(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[korean.Parse, ...]]:
    """Per-system Latin spellings of a Han word, and its Sino-Korean readings."""
    per_char = [chinese.readings(ch) for ch in text if chinese.is_han(ch)]
    forms: list[tuple[str, str]] = []
    for system in ("pinyin", "wg", "yue"):
        if all(system in r for r in per_char):
            # Every combination of the characters' readings (都 is du or dou: 成都 = Chengdu),
            # the first readings first, up to a handful.
            combos = [""]
            for r in per_char:
                combos = [c + reading for c in combos for reading in r[system]][:_HAN_COMBOS]
            forms.extend((ascii_fold(combo), system) for combo in combos)
    for system in ("mo", "nan", "id", "sur", "gr"):
        if all(system in r for r in per_char):
            forms.extend((combo, system) for combo in _likeliest_combos([r[system] for r in per_char]))
    for system in ("ty", "mps"):
        # Taiwan's Tongyong Pinyin and MPS II write the syllables they share with pinyin so.
        if any(system in r for r in per_char):
            spelt = [r.get(system) or r.get("pinyin", ()) for r in per_char]
            forms.extend((combo, system) for combo in _likeliest_combos(spelt))
    readings: list[korean.Parse] = []
    if all("kr" in r for r in per_char):
        combos = [""]
        for r in per_char:
            combos = [c + h for c in combos for h in r["kr"]][:_HAN_COMBOS]
        for combo in combos:
            readings.extend(korean.parse(combo))
    return tuple(dict.fromkeys(forms)), tuple(readings)


# Spellings of a word kept in the loose systems (Macau's, Hokkien's), likeliest first:
# Singapore and Malaysia spell a syllable many ways (許 Khoo, Koh, Khaw), so a
# two-character given name has dozens.
_LOOSE_COMBOS = 48


def _likeliest_combos(spellings: list[tuple[str, ...]]) -> list[str]:
    """Spellings of a word from those of its characters, the combinations of each one's
    likelier spellings first (by the sum of their ranks), not the first character's first."""
    combos: list[tuple[int, str]] = [(0, "")]
    for options in spellings:
        combos = sorted(
            ((rank + i, text + option) for rank, text in combos for i, option in enumerate(options[:12])),
            key=lambda combo: combo[0],
        )[:_LOOSE_COMBOS]
    return [text for _rank, text in combos]


@lru_cache(maxsize=131072)
def analyse(value: str, kind: str) -> tuple[AnalysedName, ...]:
    """A name and the variants it carries: ``DAEDONG CREDIT BANK (DCB)`` gives the name
    without the parenthesis and the acronym ``DCB`` as a name of its own."""
    if kind not in KINDS:
        raise ValueError(f"unknown name kind {kind!r}")
    text = normalize(value)
    variants: list[str] = []
    if "(" in text or ")" in text:  # normalised text is otherwise split and joined already
        for match in _PAREN.finditer(text):
            inner = match.group(1).strip()
            # A short word in brackets is an acronym, unless it names a place: COSCO SHIPPING
            # TANKER (DALIAN) is the Dalian firm, not the acronym DALIAN.
            if kind != "person" and orgs.acronym_like(inner.replace(".", "")) and not orgs.is_place(inner):
                variants.append(inner.replace(".", ""))
                text = text.replace(match.group(0), " ")
            elif kind == "vessel" and _HULL_NUMBER.fullmatch(inner):
                # A warship's pennant or hull number (TCG Anadolu (L-400), BRP Sierra Madre
                # (LT-57)) marks the ship, and lists leave it out: not a word of the name.
                text = text.replace(match.group(0), " ")
        text = " ".join(text.replace("(", " ").replace(")", " ").split())
    if kind == "person" and text.isascii():
        variants.extend(chinese.wade_giles_spellings(text))
    out: list[AnalysedName] = []
    if chinese.has_han(text) and (kind == "person" or (kind == "org" and _japanese_org(text))):
        # A name in kanji may be Japanese, whose readings its characters do not give.
        out.extend(
            dataclasses.replace(
                _analyse_one(f"{value} (Japanese reading: {reading})", reading, kind), kanji_reading=True
            )
            for reading in japanese.kanji_readings(text)
        )
    for variant in (text, *variants):
        name = _analyse_one(value, variant, kind)
        body = _known_bodies().get(_body_key(name)) if kind in ("org", "other") else None
        if body is None:
            out.append(name)
            continue
        body_key, acronyms, names = body
        key = _body_key(name)
        out.append(dataclasses.replace(name, body=body_key, known_acronym=key in acronyms))
        # A name that holds its brand (Банк ВТБ) is not also read as the bare brand, which
        # would meet every firm of the group by its brand alone (VTB Capital).
        brand_inside = not acronyms.isdisjoint(part.token.text for part in name.parts)
        out.extend(
            dataclasses.replace(other, original=f"{value} = {other.original}")
            for other in names
            if _body_key(other) != key and not (brand_inside and _body_key(other) in acronyms)
        )
    return tuple(name for name in out if name.parts)


# Words that end Japanese organisation names and not Chinese ones: 会 (kai) and 組 (gumi) of
# associations and syndicates, the trading and industrial houses, carmakers (自動車, which
# Chinese calls 汽车), works, shipping lines and securities houses.
_JAPANESE_ORG_ENDS = (
    "会",
    "組",
    "商事",
    "物産",
    "通商",
    "重工",
    "重工業",
    "株式会社",
    "自動車",
    "製作所",
    "郵船",
    "商船",
    "汽船",
    "証券",
)


def _japanese_org(text: str) -> bool:
    """An organisation name in kanji that reads as Japanese: most firm names in characters
    are Chinese (華信船務(香港)有限公司), whose Japanese reading would only meet other names."""
    return japanese.looks_japanese(text) or text.endswith(_JAPANESE_ORG_ENDS)


def _body_key(name: AnalysedName) -> str:
    """A name's words but legal forms, joined: how the table of bodies is looked up."""
    return "".join(part.token.text for part in name.parts)


@cache
def _known_bodies() -> dict[str, tuple[str, frozenset[str], tuple[AnalysedName, ...]]]:
    """Each name of a well-known body (``orgs.known_bodies``) by its key, with the key of
    the body's first acronym, the keys of its acronyms and all its names: a body named by
    any one is also named by the others (NORINCO, China North Industries Group
    Corporation, 中国兵器工业集团)."""
    out: dict[str, tuple[str, frozenset[str], tuple[AnalysedName, ...]]] = {}
    for acronyms, fulls in orgs.known_bodies():
        names = tuple(_analyse_one(text.upper(), normalize(text), "org") for text in acronyms) + tuple(
            _analyse_one(text, normalize(text), "org") for text in fulls
        )
        keys = frozenset(_body_key(name) for name in names[: len(acronyms)])
        body = _body_key(names[0])
        names = tuple(dataclasses.replace(name, body=body) for name in names)
        for name in names:
            out.setdefault(_body_key(name), (body, keys, names))
    return out


# Ship-type prefixes rigour's list leaves: motor ship (Nordic and German M/S, MS), research
# and fishing vessels (RV, FV). Text is normalised (lower case) here.
_HULL_NUMBER = re.compile(r"[a-z]{1,4}[- ]?\d{1,5}")
_VESSEL_PREFIX = re.compile(r"^(?:m ?/ ?s|m\.? ?s\.?|r ?/ ?v|rv|f ?/ ?v|fv) +")


@cache
def _navy_prefix() -> re.Pattern[str]:
    """A navy's prefix (``data/ship_prefixes.txt``) before another word; Thai writes its
    own on the name without a space."""
    latin = "|".join(re.escape(row[0]) for row in rows("ship_prefixes.txt") if row[0].isascii())
    native = "|".join(re.escape(row[0]) for row in rows("ship_prefixes.txt") if not row[0].isascii())
    return re.compile(rf"^(?:(?:{latin}|{native}) +|เรือหลวง(?=\S))")


# Chinese writes a ship's type after its name: 舰 a warship (辽宁舰 is the Liaoning), 轮 a
# merchant ship (长江轮), 号 "ship" where no number comes before it (蛟龙号 is the Jiaolong).
_VESSEL_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(?<![〇零一二三四五六七八九十百千两])[舰艦轮輪号號]$")


# A firm named by its web address (SINBAD.IO, GARANTEX.IO, BITZLATO.COM): the domain is no
# word of its name.
_WEB_DOMAIN = re.compile(r"(?<=\w)\.(?:io|com|net|org|biz|info|cc|ru|su|cn|hk)\b")


def _analyse_one(original: str, text: str, kind: str) -> AnalysedName:
    legal: tuple[str, ...] = ()
    acronym_words: tuple[str, ...] = ()
    generation = ""
    if kind == "person":
        text = remove_honorifics(text)
    elif kind in ("org", "other"):
        text = _WEB_DOMAIN.sub("", text)
        acronym_words = _acronym_words(text)
        text, legal = orgs.split_legal_forms(text)
    else:
        text = _VESSEL_PREFIX.sub("", remove_obj_prefixes(text)) or text  # M/V, MT, SS; M/S, RV
        text = _navy_prefix().sub("", text) or text  # INS, TCG, HTMS
        text = _VESSEL_SUFFIX.sub("", text)
    words = _expand_scripts(tokens(text) if kind == "person" else _joined(tokens(text), kind), kind)
    if kind == "vessel":
        words = chinese.pinyin_numbers(words)
    parts: list[Part] = []
    eponym = False
    for index, word in enumerate(words):
        eponym = eponym or (kind != "person" and word in _EPONYM_MARKERS)
        part = _part(word, index, words, kind)
        if part is None:
            continue
        if isinstance(part, str):
            if kind == "person":
                generation = part
            else:
                legal = (*legal, part)
            continue
        if eponym:
            # The person's initials (им. В. А. Дегтярева), which lists often leave out, weigh
            # less again.
            weight = EPONYM_WEIGHT if len(part.token.latin) > 1 else EPONYM_WEIGHT / 4
            part = Part(part.token, part.weight * weight, "generic")
        parts.append(part)
    if kind == "person" and len(parts) > 1:
        parts = _person_roles(parts)
    korean_like = kind == "person" and all(
        p.token.korean and len(p.token.korean[0]) <= 2 for p in parts if p.role != "initial"
    )
    if kind == "person" and not korean_like:
        parts = _surname_particles(parts)
    numbers = frozenset(p.token.number for p in parts if p.token.number is not None) or _NONE
    has_initial = any(p.role == "initial" for p in parts)
    hyphenated = kind == "person" and _HYPHENATED.search(original) is not None
    chinese_like = kind == "person" and _chinese_like(parts)
    return AnalysedName(
        original,
        kind,
        tuple(parts),
        legal,
        korean_like,
        numbers,
        has_initial,
        chinese_like,
        acronym_words=acronym_words,
        generation=generation,
        hyphenated=hyphenated,
    )


_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")


def _acronym_words(text: str) -> tuple[str, ...]:
    """See ``AnalysedName.acronym_words``; Cyrillic words in BGN/PCGN Latin, which spells
    their initials as lists write the acronym (Российский национальный коммерческий банк is
    RNKB); empty for a name in other scripts."""
    stop = orgs.stopwords()
    words = tuple(
        russian.transliterate(word, "bgn") if russian.is_cyrillic(word) else ascii_fold(word)
        for word in tokens(text)
        if word not in stop
    )
    return words if all(word.isascii() and word.isalnum() for word in words) else ()


def _chinese_like(parts: list[Part]) -> bool:
    """Two or more Latin tokens, all of them pinyin syllables, and one spelt as only pinyin
    is; or a common Chinese surname first or last beside a given name joined as pinyin
    joins it (Li Shangfu: nothing in it only pinyin spells)."""
    if len(parts) < 2 or not all(p.token.script == "Latin" for p in parts):
        return False
    cuts = [chinese.pinyin_cut(p.token.latin) for p in parts]
    if not all(cuts):
        return False
    if any(chinese.pinyin_spelt(p.token.latin) for p in parts):
        return True
    ends = (parts[0].token.latin, parts[-1].token.latin)
    return any(map(chinese.is_surname, ends)) and any(len(cut) >= 2 for cut in cuts)


def _joined(words: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """Phrases that stand for one word joined into it; in organisation names, letters that
    spell an acronym too (see ``orgs.join_phrases``, ``orgs.join_letters``)."""
    words = orgs.join_phrases(words)
    return orgs.join_letters(words) if kind in ("org", "other") else words


# Arabic writes a name in ʿAbd ("servant of") or in Allah as two words, عبد الرحمن, نصر
# الله, and as one, عبدالرحمن; Latin lists as Abdul Rahman and Abdulrahman, Nasrallah. Read
# as one word, it meets all of them.
_ABD, _ALLAH = "عبد", "الله"


def _join_arabic_compounds(words: tuple[str, ...]) -> tuple[str, ...]:
    if _ABD not in words[:-1] and _ALLAH not in words[1:]:
        return words
    out: list[str] = []
    for word in words:
        if out and (out[-1] == _ABD or word == _ALLAH):
            out[-1] += word
        else:
            out.append(word)
    return tuple(out)


def _han_numbered(word: str, numerals: re.Pattern[str] = chinese.NUMERAL_RUN) -> list[str]:
    """A name in characters with its numbers as numbers: a ship's numeral runs, or another
    name's ordinals (``numerals``: 第七十一集團軍 is the 71st Group Army, 第七〇一研究所 the
    701 Institute; not 七十 and 一)."""
    out: list[str] = []
    start = 0
    for run in numerals.finditer(word):
        out.extend(segment for segment, _t in chinese.segment(word[start : run.start()]))
        out.append(str(chinese.numeral_value(run.group(run.lastindex or 0))))
        start = run.end()
    out.extend(segment for segment, _t in chinese.segment(word[start:]))
    return out


# 第 and the numeral after it: a Chinese ordinal.
_HAN_ORDINAL = re.compile(f"第({chinese.NUMERAL_RUN.pattern})")


def _expand_scripts(words: tuple[str, ...], kind: str) -> list[str]:
    """Split Hangul person names into surname + given name, Han runs into words/characters,
    Burmese words into syllables; join Arabic compound names (see ``_join_arabic_compounds``)."""
    out: list[str] = []
    for word in _join_arabic_compounds(_without_korean_ordinal_prefix(words)):
        if word.isascii():
            out.append(word)
        elif korean.is_hangul(word) and kind == "person" and 2 <= len(word) <= 4:
            size = 2 if word[:2] in _TWO_SYLLABLE_SURNAMES and len(word) > 2 else 1
            out.extend((word[:size], word[size:]))
        elif korean.is_hangul(word) and kind != "person" and len(word) > 2:
            if kind == "vessel" and (word[-1] in _NUMBER_SUFFIXES or word[-1] == _WARSHIP):
                word = word[:-1]  # 호 is "ship": 천마산호 is the CHON MA SAN
            out.extend(orgs.segment_hangul(word))
        elif chinese.has_han(word) and kind == "vessel":
            out.extend(_han_numbered(word))  # 海洋地质八号 is HAI YANG DI ZHI 8
        elif chinese.has_han(word) and "第" in word:
            out.extend(_han_numbered(word, _HAN_ORDINAL))
        elif chinese.has_han(word):
            for segment, _translations in chinese.segment(word):
                out.append(segment)
        elif burmese.is_burmese(word):
            out.extend(burmese.syllables(word))  # each a word in Latin: Min Aung Hlaing
        else:
            out.append(word)
    return out


def _without_korean_ordinal_prefix(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words without the 제 that makes the number after it an ordinal (제105땅크사단 is the
    105th Tank Division): Korean writes it on the word before, which it is not part of."""
    out = list(words)
    for i in range(len(out) - 1):
        if out[i].endswith("제") and out[i + 1].isdigit() and korean.is_hangul(out[i]):
            out[i] = out[i][:-1]
    return tuple(word for word in out if word)


@cache
def _ordinal_words() -> dict[str, int]:
    from rigour._core import ordinals_dict

    out: dict[str, int] = {}
    # Thousands of forms, read once: ASCII ones fold by case and spacing alone, the others
    # through the uncached normalisation (they would only crowd its cache), and only those
    # that fold to ASCII at all (normalisation also turns apostrophes and breves into ',
    # which no kept word holds, so a form that stays non-ASCII without them is dropped).
    full = normalize.__wrapped__
    for number, forms in ordinals_dict().items():
        for form in forms:
            if form.isascii():
                folded = " ".join(form.lower().split())
            elif unicodedata.normalize("NFKC", form).casefold().isascii():
                folded = full(form)
            else:
                continue
            if folded.isalpha() and folded.isascii():
                out.setdefault(folded, number)
    return out


def _part(word: str, index: int, words: list[str], kind: str) -> Part | str | None:
    """The scoring part of one word; a legal-form class string; or None to drop it."""
    if kind != "person" and word in _NUMBER_PREFIXES:
        following = words[index + 1] if index + 1 < len(words) else ""
        if following.isdigit():
            return None
    if kind == "vessel" and word in _NUMBER_SUFFIXES and index and words[index - 1].isdigit():
        return None  # 금운산 3호 is KUM UN SAN 3
    if kind == "vessel" and word == "hao" and index == len(words) - 1 and index:
        return None  # 号 "ship" without a number, which Chinese names drop too: TIAN JING HAO
    return _word_part(word, kind, index > 0)


@lru_cache(maxsize=262144)
def _word_part(word: str, kind: str, inner: bool) -> Part | str | None:
    """The part of a word that does not depend on its neighbours (cached: words repeat)."""
    if kind == "person":
        if word in _PERSON_SUFFIXES:
            return _PERSON_SUFFIXES[word]
        token = make_token(word, kind)
        if len(token.latin) == 1 and token.script == "Latin":
            return Part(token, 0.5, "initial")
        return Part(token, 1.0, "word")
    if word in orgs.stopwords():
        return None
    number = _ordinal_words().get(word)
    if number is None and inner:
        number = roman_numeral(word)
    if number is not None:
        return Part(make_token(str(number), kind), 1.0, "number")
    token = make_token(word, kind)
    if token.number is not None:
        return Part(token, 1.0, "number")
    translations = token.translations or _han_translations(word)
    ordinal = next((_ordinal_words()[t] for t in translations if t in _ordinal_words()), None)
    if ordinal is not None:  # 제일/cheil = first
        return Part(make_token(str(ordinal), kind), 1.0, "number")
    if translations:
        token = _with_translations(token, translations)
        for english in translations:
            cls = orgs.legal_form_class(english)
            if cls is not None:
                return cls
    weight = orgs.generic_weight(token.latin)
    place = weight is not None and orgs.is_place(token.latin)
    if weight is None and translations:
        weights = [orgs.phrase_weight(t) for t in translations]
        weight = min((w for w in weights if w is not None), default=None)
        place = weight is not None and any(orgs.is_place(t) for t in translations)
    if weight is not None:
        if not place:
            return Part(token, weight, "generic")
        region = orgs.is_region(token.latin) or any(orgs.is_region(t) for t in translations)
        return Part(token, weight, "region" if region else "place")
    if len(word) == 1 and token.script == "Han":
        # A character the lexicon does not know is mostly half a word (恒基 is Henderson's
        # brand, 兆業 its "Siu Yip"): a firm's name in characters then weighs its brand as
        # the same name in Latin letters does, against the words of its trade.
        return Part(token, HAN_CHARACTER_WEIGHT, "word")
    return Part(token, 1.0, "word")


def _han_translations(word: str) -> tuple[str, ...]:
    if not chinese.has_han(word):
        return ()
    segments = chinese.segment(word)
    return segments[0][1] if len(segments) == 1 else ()


@lru_cache(maxsize=65536)
def _with_translations(token: Token, translations: tuple[str, ...]) -> Token:
    if token.translations == translations:
        return token
    return dataclasses.replace(
        token, translations=translations, translation_keys=_translation_keys(translations)
    )


HAN_CHARACTER_WEIGHT = 0.5
# A Russian body "named after" someone (имени, им.) is known without the name as well:
# АО «НИИ «Полюс» им. М. Ф. Стельмаха is the Polyus Research Institute. The words after the
# marker weigh little.
_EPONYM_MARKERS = frozenset(("имени", "им", "imeni"))
EPONYM_WEIGHT = 0.3
ARTICLE_WEIGHT = 0.2
# The Arabic article as lists spell it before a name (al-Qaradawi, el-Qaradawi).
_ARTICLES = frozenset(("al", "el"))


def _article(part: Part, following: Part) -> bool:
    """The Arabic article, also where it takes the first letter of the name it precedes
    (as-Sadr, ash-Shar'a, ad-Din, an-Nahyan, ar-Rahman, az-Zawahiri)."""
    word, name = part.token.latin, following.token.latin
    if word in _ARTICLES:
        return True
    letters = word[1:]
    assimilated = word[:1] == "a" and letters in _SUN_LETTERS
    return assimilated and name.startswith(letters) and len(name) > len(letters)


_SUN_LETTERS = frozenset(("s", "sh", "t", "th", "d", "dh", "r", "z", "n"))


# Particles of European surnames, which lists drop (Rodrigo de Rato y Figaredo is Rodrigo
# Rato, José Ortega y Gasset José Ortega, Marcelo Rebelo de Sousa Marcelo Rebelo). Not van,
# le or la: Vietnamese Văn, Lê and La are names.
# And the "son of", "daughter of" of Arabic and Malay names, which short forms drop
# (Ismail Sabri bin Yaakob is Ismail Sabri Yaakob).
_SURNAME_PARTICLES = frozenset(
    ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "von", "der", "den", "y", "e")
) | frozenset(("bin", "binti", "bte", "ibn", "bint"))


def _surname_particles(parts: list[Part]) -> list[Part]:
    """A surname particle between two words weighs as little as the Arabic article, in a
    name not spelt in pinyin throughout (Liu De Hua: de is 德) nor Korean (Kim Da Mi)."""
    others = [p.token.latin for p in parts if p.token.latin not in _SURNAME_PARTICLES]
    if len(parts) < 3 or all(chinese.pinyin_cut(word) for word in others):
        return parts
    return [
        Part(part.token, ARTICLE_WEIGHT, "particle")
        if 0 < index < len(parts) - 1
        and part.token.script == "Latin"
        and part.token.latin in _SURNAME_PARTICLES
        else part
        for index, part in enumerate(parts)
    ]


def _person_roles(parts: list[Part]) -> list[Part]:
    """Patronymics weigh half: lists often omit them (Andrei TURCHAK = TURCHAK, Andrey
    Anatolyevich). The Arabic article before a name is one particle however spelt, and
    weighs little: lists drop it (Muhammad al-Deif = Mohammed Deif)."""
    out = []
    for index, part in enumerate(parts):
        if index + 1 < len(parts) and part.token.script == "Latin" and _article(part, parts[index + 1]):
            out.append(Part(make_token("al", "person"), ARTICLE_WEIGHT, "particle"))
        elif (
            part.role == "word"
            and part.token.script in ("Latin", "Cyrillic")
            and russian.is_patronymic(part.token.text)
        ):
            out.append(Part(part.token, 0.5, "patronymic"))
        else:
            out.append(part)
    return out
