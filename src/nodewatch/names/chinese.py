"""Chinese names: Han characters read as pinyin, Wade–Giles, Cantonese, Hokkien and Korean.

A Han name meets a Latin one through the reading its bearer would use: pinyin (mainland),
Wade–Giles (Taiwan, older lists: Chang, Hsu; Taiwan's passports also write its ü iu: Chiueh),
Taiwan's Gwoyeu Romatzyh (Ma Ying-jeou), Tongyong Pinyin (Sinjhuang, Syu) and MPS II
(Shr-shiung), Hong Kong Government Cantonese (Tsang, Wong) or Macau's (Vong, Kuok), Hokkien
as Singapore and Malaysia spell it (Tan, Goh, Khoo) or as Chinese Indonesians did in the
Dutch-based spelling (Kwik Kian Gie, Oei Tjoe Tat), or the Sino-Korean reading when a North
Korean name is written in characters (金铁三 = Kim Chol Sam, compared through the Korean
syllable sets). Pinyin comes from pypinyin, Cantonese from cantonese-romanisation
(traditional characters, as Hong Kong and Macau write them), Hokkien from taibun's Tâi-lô
readings, Wade–Giles, Gwoyeu Romatzyh, Tongyong and MPS II from tables in ``data/``.
Organisation words (有限公司, 船務, 香港) are translated through ``data/chinese_lexicon.tsv``.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import islice, product
from pathlib import Path

import msgpack
import opencc
import orjson

from nodewatch.names import korean
from nodewatch.names.korean import Parse, Syllable
from nodewatch.names.normalize import ascii_fold
from nodewatch.names.tables import alternatives, rows

SYSTEM_NAMES: dict[str, str] = {
    "pinyin": "pinyin",
    "wg": "Wade–Giles",
    "yue": "Cantonese (HK)",
    "mo": "Cantonese (Macau)",
    "nan": "Hokkien (SG/MY)",
    "sur": "surname spelling",
    "gr": "Gwoyeu Romatzyh",
    "ty": "Tongyong Pinyin",
    "mps": "MPS II",
    "id": "Hokkien (Indonesia)",
    "kr": "Sino-Korean",
}


def is_han(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


def has_han(text: str) -> bool:
    return not text.isascii() and any(is_han(ch) for ch in text)


@cache
def _wade_giles() -> dict[str, tuple[str, ...]]:
    """Pinyin syllable -> its Wade–Giles spellings as names write them: ü as u (Hsu), and
    also as iu where Taiwan's passports write it so (see ``_passport_iu``)."""
    return {
        pinyin: (ascii_fold(wg.replace("ü", "u")), *_passport_iu(wg)) for pinyin, wg in rows("wade_giles.tsv")
    }


# Taiwan's passports write the ü of Wade–Giles chüeh, chün, chüan, hsüeh, hsün, hsüan iu:
# 闕 Chiueh (Tzi-cker Chiueh, 闕志克), 君 Chiun, 勳 Hsiun. Not a final ü: chiu, hsiu and liu
# are the Wade–Giles spellings of jiu, xiu and liu.
_WADE_GILES_U = re.compile(r"^(ch'?|hs|l|n)ü(?=[a-z])")


def _passport_iu(wade_giles: str) -> tuple[str, ...]:
    if not _WADE_GILES_U.match(wade_giles):
        return ()
    return (ascii_fold(wade_giles.replace("ü", "iu")),)


def _package_file(package: str, *parts: str) -> Path:
    """A file inside an installed package, found without importing the package (pypinyin's
    ``__init__`` loads its phrase dictionaries: most of a second matching never uses)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@cache
def _cantoroman(table: str) -> dict[str, tuple[str, ...]]:
    """One of cantonese-romanisation's character tables (charToRoman, charToLshk), its
    readings as tuples: the garbage collector leaves tuples of strings alone, while it walks
    every list on each full collection (13,000 of them per table)."""
    data: dict[str, list[str]] = orjson.loads(_package_file("cantoroman", "data", table).read_bytes())
    return {ch: tuple(readings) for ch, readings in data.items()}


@lru_cache(maxsize=32768)
def _cantonese(ch: str) -> tuple[str, ...]:
    """Hong Kong romanisations of a character: cantonese-romanisation's own spellings first,
    then those its Jyutping (LSHK) readings give in Hong Kong's usage (振 jan, then chun)."""
    spellings = list(_cantoroman("charToRoman.json").get(ch, ()))
    for reading in _cantoroman("charToLshk.json").get(ch, ()):
        spellings.extend(hong_kong_spellings(reading.rstrip("0123456789")))
    return tuple(dict.fromkeys(spellings))


@cache
def _spelling_tables(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """kind (initial, final, syllable, onset) -> syllable part -> its Latin spellings, from a
    table of how a place spells a romanisation's syllables; an empty spelling (no initial:
    葉 jip is Ip as well as Yip) is kept."""
    tables: dict[str, dict[str, tuple[str, ...]]] = {"initial": {}, "final": {}, "syllable": {}, "onset": {}}
    for kind, part, spellings in rows(name):
        tables[kind][part] = tuple(spelling.strip() for spelling in spellings.split("|"))
    return tables


_JYUTPING_INITIAL = re.compile(r"(ng|gw|kw|[bpmfdtnlgkhwzcsj])?(.*)")


def hong_kong_spellings(jyutping: str) -> tuple[str, ...]:
    """How Hong Kong spells one toneless Jyutping syllable (zoeng: cheung, tseung)."""
    return _jyutping_spellings(jyutping, "jyutping_hk.tsv")


def macau_spellings(jyutping: str) -> tuple[str, ...]:
    """How Macau spells one toneless Jyutping syllable (gwok: kuok, kwok; jat: iat)."""
    return _jyutping_spellings(jyutping, "jyutping_macau.tsv")


@lru_cache(maxsize=8192)
def _jyutping_spellings(jyutping: str, table: str) -> tuple[str, ...]:
    tables = _spelling_tables(table)
    whole = tables["syllable"].get(jyutping)
    if whole is not None:
        return whole
    parts = _JYUTPING_INITIAL.fullmatch(jyutping)
    if parts is None or parts.group(2) not in tables["final"]:
        return ()
    heads = tables["initial"].get(parts.group(1) or "", ("",))
    return tuple(dict.fromkeys(_joined(h, f) for h in heads for f in tables["final"][parts.group(2)]))


def _joined(initial: str, final: str) -> str:
    """An initial spelt as a vowel is not written again before a final that begins with it:
    Macau spells Jyutping j as i, and jiu (堯, 饒) is Io or Iu, not Iio."""
    if initial[-1:] in ("i", "u") and final.startswith(initial[-1]):
        return initial[:-1] + final
    return initial + final


@cache
def _tailo() -> dict[str, tuple[str, ...]]:
    """Traditional character -> its Tâi-lô readings, tone-marked, alternatives joined by /
    (人: jîn/lîn, lâng): the table taibun ships, read without importing taibun, whose import
    loads a word dictionary twenty times its size."""
    data: dict[str, tuple[str, ...]] = msgpack.unpackb(
        _package_file("taibun", "data", "prons.msgpack").read_bytes(), raw=False, use_list=False
    )
    return data


# A syllable's nasal vowel (Tâi-lô nn, at its end or before h) is not written in Singapore
# and Malaysian spellings: 張 tiunn is Teo, 楊 iûnn Yeo. The nng of 卵 is n + ng.
_TAILO_NASAL = re.compile(r"nn(?=h?$)")
_TAILO_INITIAL = re.compile(r"(tsh|ts|ph|th|kh|ng|[pbmtnlkghsj])?(.*)")


def hokkien_spellings(tailo: str) -> tuple[str, ...]:
    """How Singapore and Malaysia spell one Tâi-lô syllable (khóo: khoh, koh, khoo, koo ...,
    khaw), each spelling of its final first with every spelling of its initial."""
    return _tailo_spellings(tailo, "hokkien_sg.tsv")


def indonesian_spellings(tailo: str) -> tuple[str, ...]:
    """How Chinese Indonesians spelt one Tâi-lô syllable in the Dutch-based orthography
    (tsū: tjoe, tju; kûn: koen; suí: swie; iú: joe)."""
    return _tailo_spellings(tailo, "hokkien_id.tsv")


@lru_cache(maxsize=8192)
def _tailo_spellings(tailo: str, table: str) -> tuple[str, ...]:
    tables = _spelling_tables(table)
    syllable = _TAILO_NASAL.sub("", _plain(tailo))
    out = list(tables["syllable"].get(syllable, ()))
    parts = _TAILO_INITIAL.fullmatch(syllable)
    finals = tables["final"].get(parts.group(2), ()) if parts else ()
    if parts and finals:
        initial = parts.group(1) or ""
        out.extend(head + final for final in finals for head in tables["initial"].get(initial, ("",)))
        glide = parts.group(2)[0]
        if not initial and glide in tables["onset"] and parts.group(2)[1:2] in ("a", "e", "i", "o", "u"):
            out.extend(o + f[1:] for f in finals if f[0] == glide for o in tables["onset"][glide])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=32768)
def _macau(ch: str) -> tuple[str, ...]:
    """Macau spellings of a character's Jyutping readings (traditional, as Macau writes)."""
    lshk = _cantoroman("charToLshk.json")
    readings = lshk.get(ch) or lshk.get(_traditional(ch)) or ()
    spellings = [s for reading in readings for s in macau_spellings(reading.rstrip("0123456789"))]
    return tuple(dict.fromkeys(spellings))


@lru_cache(maxsize=32768)
def _hokkien(ch: str, spell: Callable[[str], tuple[str, ...]] = hokkien_spellings) -> tuple[str, ...]:
    """Singapore and Malaysian spellings of a character's Hokkien readings (許: hee, hu, khoh,
    hi ...), or another place's (``spell``): each reading's likeliest spelling before
    any reading's next, since only the first dozen are kept for a name and a character's
    third reading is as likely a name's as its first (拔 pua̍h, pue̍h, pua̍t: Khoo Teck Puat)."""
    readings = _tailo().get(ch) or _tailo().get(_traditional(ch)) or ()
    per_reading = [spell(one) for reading in readings for one in reading.split("/")]
    ranked = sorted((rank, k, s) for k, spelt in enumerate(per_reading) for rank, s in enumerate(spelt))
    return tuple(dict.fromkeys(s for _rank, _k, s in ranked))


@cache
def _surname_spellings() -> dict[str, tuple[str, ...]]:
    """Spellings of common surnames outside the systems (``chinese_surname_spellings.tsv``)."""
    return _by_form("chinese_surname_spellings.tsv")


def _by_form(table: str) -> dict[str, tuple[str, ...]]:
    """A two-column table of |-separated forms and their |-separated values, by form."""
    out: dict[str, tuple[str, ...]] = {}
    for forms, values in rows(table):
        for form in alternatives(forms):
            out[form] = alternatives(values)
    return out


@cache
def _pinyin_table() -> dict[str, str]:
    """Code point (decimal text) -> toned pinyin readings: the table file pypinyin's
    ``pinyin_dict`` module loads, read here directly (that module parses it with ``json`` and
    re-keys every entry by int: several times slower, in every fresh process)."""
    table: dict[str, str] = orjson.loads(_package_file("pypinyin", "pinyin_dict.json").read_bytes())
    return table


@lru_cache(maxsize=4096)
def _plain(syllable: str) -> str:
    """A toned pinyin syllable without tone marks (ü kept as u, as names write it)."""
    decomposed = unicodedata.normalize("NFKD", syllable)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _hanja() -> dict[str, tuple[str, ...]]:
    return {row[0]: alternatives(row[1]) for row in rows("hanja_names.tsv")}


# A character's Hong Kong spellings kept for matching: its table's own, then those of its
# Jyutping readings (振: jan, chan, tsan, chun, tsun).
_HONG_KONG_SPELLINGS = 8


@lru_cache(maxsize=32768)
def readings(ch: str) -> dict[str, tuple[str, ...]]:
    """Latin readings of one Han character per system (Korean ones are Hangul)."""
    out: dict[str, tuple[str, ...]] = {}
    toned = _pinyin_table().get(str(ord(ch)), "")
    pys = tuple(dict.fromkeys(_plain(p) for p in toned.split(",") if p))[:3]
    pys += _passport_u(toned.split(",")[0])
    if pys:
        out["pinyin"] = pys
        wade = _wade_giles()
        out["wg"] = tuple(dict.fromkeys(w for p in pys for w in wade.get(p.replace("ü", "v"), ())))
        for system, table in (("ty", _tongyong()), ("mps", _mps2())):
            spelt = tuple(dict.fromkeys(s for p in pys for s in table.get(p.replace("ü", "v"), ())))
            if spelt:
                out[system] = spelt
    yue = _cantonese(ch) or _cantonese(_traditional(ch))
    if yue:
        out["yue"] = tuple(yue[:_HONG_KONG_SPELLINGS])
    macau = _macau(ch)
    if macau:
        out["mo"] = macau
    nan = _hokkien(ch)
    if nan:
        out["nan"] = nan
    indonesian = _hokkien(ch, indonesian_spellings)
    if indonesian:
        out["id"] = indonesian
    tonal = tuple(dict.fromkeys(spelt for p in pys for spelt in _gwoyeu().get(p, ())))
    if tonal:
        out["gr"] = tonal
    surname = _surname_spellings().get(ch) or _surname_spellings().get(_traditional(ch))
    if surname:
        out["sur"] = surname
    hangul = _hanja().get(ch)
    if hangul:
        out["kr"] = hangul
    return out


def _passport_u(toned: str) -> tuple[str, ...]:
    """How passports write the ü of lü and nü, which names otherwise write u: LYU (today's
    Chinese passports) and LV (older ones, as pinyin input types it). 吕 is Lu, Lyu and Lv."""
    plain = _plain(toned)
    if plain[:1] not in ("l", "n") or "\u0308" not in unicodedata.normalize("NFKD", toned):
        return ()
    return plain.replace("u", "yu", 1), plain.replace("u", "v", 1)


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _traditional(ch: str) -> str:
    """The traditional form of a simplified character: Hong Kong romanisations, like Hong
    Kong names, are written from traditional characters (黄 is read through 黃: Wong)."""
    return str(_to_traditional().convert(ch))


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """Han text in simplified characters (OpenCC): 鄭 and 郑 are one character, 毅 and 义 two."""
    return str(_to_simplified().convert(text))


@cache
def _pinyin_hangul() -> dict[str, Syllable]:
    """Pinyin syllable -> the Sino-Korean readings of the name characters
    (``data/hanja_names.tsv``) that read so, as one syllable of jamo sets (wen → 문,
    cheng → 성|정|승...)."""
    out: dict[str, Syllable] = {}
    table = _pinyin_table()
    for ch, hanguls in _hanja().items():
        toned = table.get(str(ord(ch)), "")
        for syllable in {_plain(p) for p in toned.split(",") if p}:
            for hangul in hanguls:
                out[syllable] = _union(out.get(syllable), korean.hangul_syllable(hangul))
    return out


def _union(a: Syllable | None, b: Syllable) -> Syllable:
    if a is None:
        return b
    return (a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3], a[4] | b[4], a[5] | b[5])


# Spellings pinyin has and Korean romanisations do not (Xi, Qian, Zhang, Tie, Wei, Zhou,
# Guo, Jiang, Cheng, Wen): a name with one is spelt the Chinese way.
_PINYIN_ONLY = re.compile(r"[xqz]|ie|ei|ou|uo|ia|en")


def pinyin_spelt(latin: str) -> bool:
    """A token spelt as pinyin, not as a Korean romanisation (see ``_PINYIN_ONLY``)."""
    return bool(_PINYIN_ONLY.search(latin)) and bool(sino_korean(latin))


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every pinyin syllable without tones (the readings of pypinyin's table) but the
    interjections without a vowel (ng, hm), which no name is spelt with."""
    plain = {_plain(reading) for toned in _pinyin_table().values() for reading in toned.split(",") if reading}
    return frozenset(s for s in plain if any(v in s for v in "aeiouv"))


@lru_cache(maxsize=16384)
def pinyin_cut(latin: str) -> tuple[str, ...]:
    """A word cut into pinyin syllables, longest syllable first (huining → hui ning), or
    () when it is no run of pinyin syllables. As pinyin writes them, a syllable after the
    first starts with a consonant (a vowel would need an apostrophe: Xi'an), so chee is no
    pinyin word (che-e)."""
    syllables = pinyin_syllables()

    def cut(rest: str) -> tuple[str, ...] | None:
        if not rest:
            return ()
        if len(rest) < len(latin) and rest[0] in "aoe":
            return None
        for size in range(min(6, len(rest)), 0, -1):
            if rest[:size] in syllables:
                tail = cut(rest[size:])
                if tail is not None:
                    return (rest[:size], *tail)
        return None

    return cut(latin) or ()


_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
NUMERAL_RUN = re.compile("[〇零一二两兩三四五六七八九十百]+")


# Pinyin numerals, as a ship named in characters is spelt syllable by syllable (海洋六号 is
# HAI YANG LIU HAO, the Haiyang 6).
_PINYIN_NUMERALS: dict[str, str] = {
    "ling": "〇",
    "yi": "一",
    "er": "二",
    "liang": "两",
    "san": "三",
    "si": "四",
    "wu": "五",
    "liu": "六",
    "qi": "七",
    "ba": "八",
    "jiu": "九",
    "shi": "十",
    "bai": "百",
}


def pinyin_numbers(words: list[str]) -> list[str]:
    """A run of pinyin numerals before ``hao`` (号) read as its number: LIU HAO is 6 HAO."""
    out = list(words)
    for end in range(len(out) - 1, 0, -1):
        if out[end] != "hao":
            continue
        start = end
        while start > 0 and out[start - 1] in _PINYIN_NUMERALS:
            start -= 1
        value = numeral_value("".join(_PINYIN_NUMERALS[w] for w in out[start:end]))
        if value is not None:
            out[start:end] = [str(value)]
    return out


def numeral_value(text: str) -> int | None:
    """The value of a Chinese numeral as ships are numbered (八 8, 十二 12, 二十一 21, 一〇八
    108), or None if ``text`` is no numeral."""
    if not text or NUMERAL_RUN.fullmatch(text) is None:
        return None
    if "十" not in text and "百" not in text:
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * (10 if ch == "十" else 100)
            digit = None
    return total + (digit or 0)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(row[0] for row in rows("chinese_surnames.tsv"))


def is_surname(latin: str) -> bool:
    """One of the commonest Chinese surnames in pinyin (Li, Wang, Ouyang)."""
    return latin in _surnames()


@lru_cache(maxsize=16384)
def sino_korean(latin: str) -> tuple[Parse, ...]:
    """The Korean readings of the name characters a pinyin spelling may stand for, per way
    of cutting it into syllables (wenji → 문길...): how the Chinese spelling of a North Korean
    name (Jiang Wen-ji for 姜文吉, Kang Mun Kil) meets its Korean one."""
    table = _pinyin_hangul()
    out: list[Parse] = []

    def cut(rest: str, done: tuple[Syllable, ...]) -> None:
        if not rest:
            out.append(done)
            return
        for size in range(min(6, len(rest)), 0, -1):
            syllable = table.get(rest[:size])
            if syllable is not None and len(out) < 2:
                cut(rest[size:], (*done, syllable))

    cut(latin, ())
    return tuple(out)


# Taiwan writes Wade–Giles chih and shih without their h (Mao Chi-kuo, 毛治國, is Mao Zhiguo).
_WITHOUT_H = frozenset(("chih", "shih"))


@cache
def _wade_giles_pinyin() -> dict[str, tuple[str, ...]]:
    """Wade–Giles syllable as lists write it (no apostrophes, no umlaut) -> its pinyin
    syllables (chang → zhang, chang)."""
    out: dict[str, list[str]] = {}
    for pinyin, wg in rows("wade_giles.tsv"):
        plain = ascii_fold(pinyin.replace("ü", "u"))
        spelt = ascii_fold(wg.replace("ü", "u"))
        out.setdefault(spelt, []).append(plain)
        if spelt in _WITHOUT_H:
            out.setdefault(spelt[:-1], []).append(plain)
        for passport in _passport_iu(wg):
            out.setdefault(passport, []).append(plain)
    return {wg: tuple(dict.fromkeys(pys)) for wg, pys in out.items()}


def same_syllable(x: str, y: str) -> bool:
    """Two syllables that may spell one reading: equal, or one the Wade–Giles spelling of
    the other's pinyin (chou = zhou)."""
    table = _wade_giles_pinyin()
    return x == y or y in table.get(x, ()) or x in table.get(y, ())


@cache
def _pinyin_by_jyutping() -> dict[str, frozenset[str]]:
    """A toneless Jyutping syllable -> the pinyin of the characters read so (each
    character's first, commonest pinyin reading). Characters are gathered per syllable so
    that each syllable is spelt once: spelling every character's readings one by one costs
    ten times as much."""
    table = _pinyin_table()
    out: dict[str, set[str]] = {}
    for ch, readings in _cantoroman("charToLshk.json").items():
        toned = table.get(str(ord(ch)), "")
        for reading in readings if toned else ():
            out.setdefault(reading.rstrip("0123456789"), set()).add(_plain(toned.split(",")[0]))
    return {jyutping: frozenset(pinyins) for jyutping, pinyins in out.items()}


def _spelt_pinyin(spell: Callable[[str], tuple[str, ...]]) -> dict[str, set[str]]:
    """A Cantonese romanisation's spelling of a syllable -> the pinyin of its characters."""
    out: dict[str, set[str]] = {}
    for jyutping, pinyins in _pinyin_by_jyutping().items():
        for spelling in spell(jyutping):
            out.setdefault(spelling, set()).update(pinyins)
    return out


@cache
def _hong_kong_pinyin() -> dict[str, frozenset[str]]:
    """Hong Kong romanisation of a syllable -> the pinyin of the characters read so (each
    character's first, commonest reading): wong → huang (黃), wang (王) ..."""
    table = _pinyin_table()
    out = _spelt_pinyin(hong_kong_spellings)
    for ch, spellings in _cantoroman("charToRoman.json").items():
        toned = table.get(str(ord(ch)), "")
        for spelling in spellings if toned else ():
            out.setdefault(spelling, set()).add(_plain(toned.split(",")[0]))
    return {spelling: frozenset(pinyins) for spelling, pinyins in out.items()}


@cache
def _macau_pinyin() -> dict[str, frozenset[str]]:
    """Macau's romanisation of a syllable -> the pinyin of the characters read so (io → yao,
    堯; iat → yi, 一). Its spellings without an initial consonant (un, on) would tie many
    characters, so only its own initial i (for Jyutping j) is read so."""
    return {spelling: frozenset(pinyins) for spelling, pinyins in _spelt_pinyin(macau_spellings).items()}


@cache
def _gwoyeu() -> dict[str, tuple[str, ...]]:
    """Pinyin syllable -> its Gwoyeu Romatzyh spellings in every tone that no other system
    spells a syllable so (九 jiu: jyou, jeou, jiow), from ``gwoyeu_romatzyh.tsv``: tones
    differ between Taiwan and the mainland, and a name keeps none, so all four are read;
    one that is itself a pinyin or Wade–Giles syllable (xi: shi) would read another."""
    others = frozenset((*pinyin_syllables(), *_wade_giles_pinyin()))
    out: dict[str, tuple[str, ...]] = {}
    for syllable, *tones in rows("gwoyeu_romatzyh.tsv"):
        spellings = tuple(dict.fromkeys(t for t in tones if t not in others))
        if spellings:
            out[syllable] = spellings
    return out


@cache
def _gwoyeu_pinyin() -> dict[str, frozenset[str]]:
    """A Gwoyeu Romatzyh spelling -> the pinyin syllables it spells (jaw → zhao)."""
    out: dict[str, set[str]] = {}
    for syllable, spellings in _gwoyeu().items():
        for spelling in spellings:
            out.setdefault(spelling, set()).add(syllable)
    return {spelling: frozenset(syllables) for spelling, syllables in out.items()}


def _spelling_pinyin(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """A system's spelling -> the pinyin syllables it spells, from pinyin -> its spellings."""
    out: dict[str, set[str]] = {}
    for syllable, spellings in table.items():
        for spelling in spellings:
            out.setdefault(spelling, set()).add(syllable.replace("v", "u"))
    return {spelling: frozenset(syllables) for spelling, syllables in out.items()}


@cache
def _tongyong() -> dict[str, tuple[str, ...]]:
    """Pinyin syllable (ü as v) -> its Tongyong Pinyin spelling where that is no pinyin or
    Wade–Giles syllable (``tongyong.tsv``: 許 xu syu, 巧 qiao ciao, 志 zhi jhih, 文 wen wun).
    Tongyong's si and ci (西 xi, 七 qi) are pinyin's si and ci (思, 次): read so, one name would
    spell two characters."""
    others = frozenset((*pinyin_syllables(), *_wade_giles_pinyin()))
    return {
        syllable.replace("ü", "v"): (spelt,)
        for syllable, spelt in rows("tongyong.tsv")
        if spelt not in others
    }


@cache
def _tongyong_pinyin() -> dict[str, frozenset[str]]:
    """A Tongyong Pinyin spelling -> the pinyin syllable it spells (jhih → zhi)."""
    return _spelling_pinyin(_tongyong())


@cache
def _mps2() -> dict[str, tuple[str, ...]]:
    """Pinyin syllable (ü as v) -> its MPS II spelling where no other system reads that
    spelling as another syllable (``mps2.tsv``: 世 shi shr, 雄 xiong shiung, 子 zi tz): MPS II
    jung (zhong) is Wade–Giles rong, its lau (lao) Hong Kong's 劉 liu, so neither is read."""
    pinyin = pinyin_syllables()
    others = (
        _wade_giles_pinyin(),
        _hong_kong_pinyin(),
        _macau_pinyin(),
        _hokkien_pinyin(),
        _gwoyeu_pinyin(),
        _tongyong_pinyin(),
    )
    out: dict[str, tuple[str, ...]] = {}
    for syllable, spelt in rows("mps2.tsv"):
        plain = syllable.replace("ü", "u")
        if spelt in pinyin or len(spelt) < 2:
            continue
        if all(set(table.get(spelt, ())) <= {plain} for table in others):
            out[syllable.replace("ü", "v")] = (spelt,)
    return out


@cache
def _mps2_pinyin() -> dict[str, frozenset[str]]:
    """An MPS II spelling -> the pinyin syllable it spells (shr → shi)."""
    return _spelling_pinyin(_mps2())


# Indonesian spellings read between two Latin names: only those with the Dutch letters (tj,
# dj, oe, a final uw: Tjoe, Koen, Siauw). Its j for a leading i (Jong 陽, Joe 友) would make
# Korean Jong and English Joe pinyin yong and you; its ie (Lie, Sie) is pinyin's lie and
# many other syllables too.
_DUTCH = re.compile(r"tj|dj|oe|uw$")


def _dutch_spelt(spelling: str) -> bool:
    return spelling[:1] != "j" and bool(_DUTCH.search(spelling))


@cache
def _hokkien_pinyin() -> dict[str, frozenset[str]]:
    """Singapore and Malaysian spelling of a Hokkien syllable, or a surname's spelling
    outside the systems -> the pinyin of the characters read so (boon → wen, 文; yeo →
    yang, 楊): Yeo Yong Boon is Yang Rongwen."""
    table = _pinyin_table()
    out: dict[str, set[str]] = {}
    for ch, tailo in _tailo().items():
        toned = table.get(str(ord(ch)), "")
        if toned:
            pinyin = _plain(toned.split(",")[0])
            for spelling in {
                s
                for reading in tailo
                for one in reading.split("/")
                for s in (*hokkien_spellings(one), *filter(_dutch_spelt, indonesian_spellings(one)))
            }:
                out.setdefault(spelling, set()).add(pinyin)
    for forms, spellings in rows("chinese_surname_spellings.tsv"):
        first = alternatives(forms)[0]
        toned = table.get(str(ord(first)), "") if len(first) == 1 else ""
        for spelling in alternatives(spellings) if toned else ():
            out.setdefault(spelling, set()).add(_plain(toned.split(",")[0]))
    return {spelling: frozenset(pinyins) for spelling, pinyins in out.items()}


def spells_syllable(spelling: str, pinyin: str) -> bool:
    """``spelling`` may write the pinyin syllable ``pinyin`` in another romanisation: Wade–
    Giles (jen = ren), Hong Kong's Cantonese one (wong = huang, through 黃), whose ``ee``
    is also written ``i`` (Chee = Chi), Macau's (io = yao, through 堯), Gwoyeu Romatzyh
    (jaw = zhao), Tongyong Pinyin (jhih = zhi), MPS II (shr = shi), or the Hokkien of
    Singapore and Malaysia (boon = wen) or of Indonesia (tjoe = zi)."""
    if same_syllable(spelling, pinyin):
        return True
    hong_kong = _hong_kong_pinyin()
    found = hong_kong.get(spelling) or hong_kong.get(spelling.replace("ee", "i"), frozenset())
    if pinyin in found or pinyin in _gwoyeu_pinyin().get(spelling, frozenset()):
        return True
    if pinyin in _tongyong_pinyin().get(spelling, ()) or pinyin in _mps2_pinyin().get(spelling, ()):
        return True
    if spelling[:1] == "i" and pinyin in _macau_pinyin().get(spelling, frozenset()):
        return True  # Macau's own i for Jyutping j (堯 Io, 一 Iat), not its other spellings
    # A spelling only Wade–Giles has is read so, not as Hokkien, whose many spellings would
    # otherwise make TSAI (蔡) any character spelt tsai in Hokkien.
    if _WADE_GILES_ONLY.search(spelling):
        return False
    return pinyin in _hokkien_pinyin().get(spelling, frozenset())


@lru_cache(maxsize=16384)
def syllable_readings(latin: str) -> frozenset[str]:
    """The pinyin syllables one Latin word may spell as one syllable of pinyin, Wade–Giles,
    Tongyong Pinyin, MPS II or Hong Kong's romanisation (keung: qiang, jiang ...; kwong:
    guang, kuang ...; jhih: zhi); empty when it is no single syllable of any."""
    found = set(_wade_giles_pinyin().get(latin, ()))
    found.update(_tongyong_pinyin().get(latin, ()), _mps2_pinyin().get(latin, ()))
    if latin in pinyin_syllables():
        found.add(latin)
    hong_kong = _hong_kong_pinyin()
    found.update(hong_kong.get(latin) or hong_kong.get(latin.replace("ee", "i"), frozenset()))
    return frozenset(found)


def _common(ch: str) -> bool:
    """A character of the first, commoner level of GB 2312 or of Big5, as names are written
    in: a rare character read two ways would tie any two syllables (玒 is hong and kong)."""
    try:
        gb = ch.encode("gb2312")
        if 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return 0xA440 <= (big5[0] << 8 | big5[1]) <= 0xC67E


@cache
def _syllable_characters() -> dict[str, frozenset[str]]:
    """A syllable as pinyin, Wade–Giles, Tongyong Pinyin, MPS II or Hong Kong spells it -> the
    common characters whose commonest reading it spells (hong: 康 航 紅 ...; kong: 港 江 光
    ...; jhih: 志 之 ...)."""
    out: dict[str, set[str]] = {}
    for code, toned in _pinyin_table().items():
        ch = chr(int(code))
        if toned and _common(ch):
            out.setdefault(_plain(toned.split(",")[0]), set()).add(ch)
    for table in (_wade_giles_pinyin(), _tongyong_pinyin(), _mps2_pinyin()):
        for spelt, pinyins in table.items():
            for pinyin in pinyins:
                out.setdefault(spelt, set()).update(out.get(pinyin, ()))
    by_jyutping: dict[str, set[str]] = {}
    for ch, readings in _cantoroman("charToLshk.json").items():
        if readings and _common(ch):
            by_jyutping.setdefault(readings[0].rstrip("0123456789"), set()).add(ch)
    for jyutping, characters in by_jyutping.items():
        for spelling in hong_kong_spellings(jyutping):
            out.setdefault(spelling, set()).update(characters)
    return {spelling: frozenset(characters) for spelling, characters in out.items()}


def _characters_of(latin: str) -> frozenset[str]:
    table = _syllable_characters()
    return table.get(latin) or table.get(latin.replace("ee", "i"), frozenset())


def other_syllables(x: str, y: str) -> bool:
    """Two words that are each one syllable of a Chinese romanisation and spell no common
    character alike: two characters, not a misspelling (Chi-keung 強 / Chi-kwong 光, Tsai 蔡 /
    Tsao 曹, Wing-hong 康 / Wing-kong 光), as two Korean syllables are. Through characters,
    not through their pinyin: Hong Kong's hong and kong both spell characters read kang. A
    letter left out is how lists misspell one name (TSANG Yun Yuan for Yung Yuan): then only
    syllables whose pinyin differs too are two (Chung Hsing 興 xing / Chung Hsin 信 xin)."""
    if abs(len(x) - len(y)) == 1 and _one_left_out(x, y):
        readings_x, readings_y = syllable_readings(x), syllable_readings(y)
        return bool(readings_x) and bool(readings_y) and readings_x.isdisjoint(readings_y)
    found_x = _characters_of(x)
    if not found_x:
        return False
    found_y = _characters_of(y)
    return bool(found_y) and found_x.isdisjoint(found_y)


def _one_left_out(x: str, y: str) -> bool:
    """The longer word is the shorter with one letter put in (yun / yung)."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    index = 0
    while index < len(short) and short[index] == long[index]:
        index += 1
    return short[index:] == long[index + 1 :]


_VOWELS = frozenset("aeiou")


def near_reading(spelling: str, readings: Iterable[str]) -> bool:
    """A personal spelling that follows no system yet is a reading with a silent letter put
    on or left off its end: Hong Kong, Taiwan and Singapore register such spellings as the
    legal name (Paul Chan Mo-po, 茂 mow; Elsie Leung Oi-sie, 詩 si; Mah Bow Tan, 馬 ma). A
    letter changed or put inside is another syllable (Chow Yun-fat is not Chow Yun-fai, 忠
    chong is not cheong), as is a final consonant (Chun-ying 英 is not Chun-yin); a syllable
    with no consonant before its vowel is not read so."""
    if spelling[:1] in _VOWELS:
        return False
    for reading in readings:
        short, long = sorted((spelling, reading), key=len)
        one_more = len(long) == len(short) + 1 and long[-1] in _SILENT_ENDS and long.startswith(short)
        if one_more and any(ch in _VOWELS for ch in short):
            return True
    return False


# Letters a personal spelling puts on a syllable's end without making another one.
_SILENT_ENDS = frozenset("hwe")


# Spellings only Wade–Giles has (Hsiao, Tse, Tzu, Ssu, P'ing): a name with one, all of whose
# words are Wade–Giles syllables, is a Taiwanese or older spelling of a Chinese name.
_WADE_GILES_ONLY = re.compile(r"hs|ts|tz|ss|sz|'")
_SPELLINGS = 4


def wade_giles_spellings(text: str) -> tuple[str, ...]:
    """The pinyin spellings of a person's name written in Wade–Giles, syllables of a word
    joined as pinyin joins a given name (Mao Tse-tung → mao zedong, Teng Hsiao-p'ing → deng
    xiaoping), at most a few: a syllable may stand for two (chang: zhang or chang)."""
    if not _WADE_GILES_ONLY.search(text):
        return ()
    table = _wade_giles_pinyin()
    words: list[list[str]] = []
    for chunk in text.split():
        options = [""]
        for syllable in chunk.split("-"):
            readings = table.get(ascii_fold(syllable))
            if not readings:
                return ()
            options = [o + r for o in options for r in readings][:_SPELLINGS]
        words.append(options)
    spellings = [" ".join(combo) for combo in islice(product(*words), _SPELLINGS)]
    return tuple(s for s in spellings if s != text)


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    return _by_form("chinese_lexicon.tsv")


@cache
def _pinyin_words() -> dict[str, tuple[str, ...]]:
    """Lexicon words of two characters or more as pinyin spells them in one word (实业 →
    shiye, 贸易 → maoyi): Chinese company names are also listed in pinyin (Dandong Hongxiang
    Shiye Fazhan Youxian Gongsi), their words then translated as the characters are."""
    table = _pinyin_table()
    out: dict[str, tuple[str, ...]] = {}
    for han, english in _lexicon().items():
        if len(han) < 2:
            continue
        syllables = [table.get(str(ord(ch)), "").split(",")[0] for ch in han]
        if all(syllables):
            out.setdefault("".join(_plain(p) for p in syllables), english)
    return out


def pinyin_translations(latin: str) -> tuple[str, ...]:
    """English for an organisation word written in pinyin (fazhan → development), or nothing."""
    return _pinyin_words().get(latin, ())


def segment(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Split a Han run into lexicon words (with their translations) and single characters.

    Longest match first, so 有限公司 is one legal-form word rather than 有限 + 公司.
    """
    lexicon = _lexicon()
    longest = max((len(k) for k in lexicon), default=1)
    out: list[tuple[str, tuple[str, ...]]] = []
    index = 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            word = text[index : index + size]
            if size > 1 and word in lexicon:
                out.append((word, lexicon[word]))
                index += size
                break
            if size == 1:
                out.append((word, lexicon.get(word, ())))
                index += 1
    return out
