"""Foreign names written in Japanese kana, and their Latin spellings.

Japan lists the people it sanctions in katakana (キム・ジョンウン for Kim Jong Un, セルゲイ・
ラブロフ for Sergey Lavrov). Kana write syllables, so a name is adapted to them: a vowel is
added after a closing consonant (kimu, serugei), l becomes r, v becomes b (or fu at the
end: ラブロフ, raburofu), ng becomes n, ti becomes chi. Comparing kana with Latin therefore
means undoing the kana side's added vowels and making the same adaptations on the Latin
side: both then give one key (kim, sergei, rabrof). The kana's own Latin form is the
Hepburn-style transliteration every token already has.

Japanese names written in kanji (安倍晋三, 三菱商事) carry no sound a character table could
give: one kanji has several readings and a name takes its own (晋三 is Shinzō, not
susumu-san). ``kanji_readings`` asks a morphological analyser, SudachiPy with its core
dictionary (Apache-2.0), which knows the readings of surnames, given names, places and
firms, and spells them in Hepburn with each way Latin writes a long vowel (Kōno: kono,
kouno, kohno).
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from functools import cache, lru_cache
from typing import Any

from nodewatch.names.tables import rows

KANA_SCRIPTS = frozenset(("Katakana", "Hiragana"))

_CONSONANT = "bcdfghjkmnprstvwz"
# A vowel kana adds after a consonant that closes a syllable in the original: u (kimu,
# karurosu), and o after t and d (donarudo).
_ADDED_U = re.compile(rf"(?<=[{_CONSONANT.replace('n', '')}])u(?=[{_CONSONANT}l]|$)")
_ADDED_O = re.compile(rf"(?<=[td])o(?=[{_CONSONANT}l]|$)")
_LONG = re.compile(r"([aeiou])\1+|(?<=o)u")
_DOUBLE = re.compile(r"([^aeiou])\1+")


@cache
def _adaptations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """How kana adapt Latin sounds (``data/kana_adaptations.tsv``), in order."""
    return tuple((re.compile(row[0]), row[1] if len(row) > 1 else "") for row in rows("kana_adaptations.tsv"))


def _common(key: str) -> str:
    """Long vowels and doubled consonants written once (ゴーン gon, Itou Ito, Lloyd)."""
    return _DOUBLE.sub(r"\1", _LONG.sub(r"\1", key))


@lru_cache(maxsize=16384)
def kana_key(latin: str) -> str:
    """The key of a kana word from its Latin transliteration: the vowels kana add dropped."""
    key = latin.replace("'", "")
    return _common(_ADDED_O.sub("", _ADDED_U.sub("", key)))


@lru_cache(maxsize=65536)
def latin_key(latin: str) -> str:
    """The key of a Latin word as kana would adapt it (Lavrov → rabrof, Putin → puchin)."""
    key = latin.replace("'", "")
    for pattern, replacement in _adaptations():
        key = pattern.sub(replacement, key)
    return _common(_ADDED_O.sub("", _ADDED_U.sub("", key)))


# Longest text read as a Japanese name: longer is not one name, and the analyser's cost
# grows with it.
MAX_NAME_CHARS = 64
# Spellings returned per name, and readings tried per word (菅: Kan, Suga).
MAX_READINGS = 6
_READINGS_PER_WORD = 3
# What separates the words of a name written in Japanese: spaces, the middle dot, the
# equals sign of double-barrelled foreign names.
_SEPARATORS = re.compile(r"[\s・･·=＝]+")
# Kanji (with the iteration mark 々 and 〆), hiragana, katakana and the length mark: what a
# Japanese name may hold. Anything else (Latin, digits, Hangul) is not read.
_NAME_TEXT = re.compile(
    r"[\u3005\u3006\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_VOWELS = "aeiou"
# Long vowels as Latin writes them: o-o and o-u (Kōno, Ōno), u-u (Yūki), and any vowel
# the length mark ー (written ":" by ``_hepburn``) lengthens (ソニー sonī).
_LONG_VOWEL = re.compile(r"o[ou]|uu|[aeiou]:")
_N_LABIAL = re.compile(r"n(?=[bmp])")
# Parts of speech that are no words of a name: symbols (read キゴウ, "symbol"), spaces.
_NOT_WORDS = frozenset(("補助記号", "記号", "空白"))
# The analyser is one object holding a dictionary; its tokenizer is not safe to share
# between threads, so one reading is made at a time.
_LOCK = threading.Lock()


@cache
def _kana_table() -> dict[str, str]:
    """Katakana (one or two kana) to Hepburn (``data/kana_hepburn.tsv``)."""
    return {kana: latin for kana, latin in rows("kana_hepburn.tsv")}


@cache
def _suffix_readings() -> dict[str, str]:
    """Words read otherwise after a name (``data/kanji_suffixes.tsv``: 組 is gumi)."""
    return {word: reading for word, reading, *_ in rows("kanji_suffixes.tsv")}


@cache
def _japanese_kanji() -> frozenset[str]:
    """Kanji only Japanese writes (``data/japanese_kanji.tsv``)."""
    return frozenset("".join(row[0] for row in rows("japanese_kanji.tsv")))


@cache
def _analyser() -> tuple[Any, Any, Any]:
    """SudachiPy's core dictionary, its tokenizer (longest units) and the middle split mode.

    Imported and loaded on first use, not at import: the dictionary is a 200 MB file
    (memory-mapped; about 0.1 s and 70 MB of resident memory to open), which only the
    processes that read Japanese names need.
    """
    from sudachipy import Dictionary, SplitMode

    dictionary = Dictionary(dict="core")
    return dictionary, dictionary.tokenizer(mode=SplitMode.C), SplitMode.B


def looks_japanese(text: str) -> bool:
    """Whether a name is written in Japanese: it holds kana, or a kanji only Japan writes.

    Chinese shares most kanji, so a name of kanji alone is Japanese only if one of them is
    a Japanese form (沢, 広, 稲: Chinese writes 澤/泽, 廣/广, 稻) or made in Japan (畑, 峠).
    """
    return bool(_KANA.search(text)) or not _japanese_kanji().isdisjoint(text)


def kanji_readings(text: str) -> tuple[str, ...]:
    """Hepburn spellings of a Japanese name's reading, likeliest first (at most 6).

    ``text`` is a name or one word of it in kanji and kana (安倍晋三, 稲川会, トヨタ自動車).
    Each spelling is lowercase ASCII words in the name's own order (``abe shinzo``); the
    alternatives are other readings of its words that the dictionary gives for names (菅:
    kan, suga) and the ways Latin writes long vowels (kono taro, kouno tarou, kohno
    taroh; the last also writes n as m before b, m, p, as Japanese passports do). A name
    the dictionary cannot read whole gives (): a word it does not know is not guessed
    from its characters' readings, which would be wrong more often than right.
    """
    # Checked before anything else, so hostile text costs nothing and fills no cache.
    if len(text) > 2 * MAX_NAME_CHARS:
        return ()
    return _kanji_readings(text)


@lru_cache(maxsize=65536)
def _kanji_readings(text: str) -> tuple[str, ...]:
    """``kanji_readings`` of text of a sensible length (cached: lists repeat names)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or len(text) > MAX_NAME_CHARS:
        return ()
    parts = [part for part in _SEPARATORS.split(text) if part]
    if not parts or not all(_NAME_TEXT.fullmatch(part) for part in parts):
        return ()
    words: list[tuple[str, ...]] = []
    with _LOCK:
        for part in parts:
            part_words = _words(_HIRAGANA.sub(_to_katakana, part))
            if part_words is None:
                return ()
            words.extend(part_words)
    if not words:
        return ()
    kana_names = itertools.islice(itertools.product(*words), MAX_READINGS)
    names = [tuple(_hepburn(word) for word in name) for name in kana_names]
    # The analyser's own reading in every style first, then the dictionary's others plain,
    # then those in the other styles.
    order = [(names[0], style) for style in _STYLES] + [(n, s) for s in _STYLES for n in names[1:]]
    spellings = dict.fromkeys(" ".join(_spell(word, style) for word in name) for name, style in order)
    return tuple(itertools.islice(spellings, MAX_READINGS))


def _to_katakana(match: re.Match[str]) -> str:
    """Hiragana as katakana (the analyser's readings are katakana): one block apart."""
    return chr(ord(match.group()) + 0x60)


def _words(text: str) -> list[tuple[str, ...]] | None:
    """The words of a name in katakana readings, each with its alternatives; None if the
    dictionary cannot read one.

    A unit of the tokenizer's longest split (石破茂, 三菱商事) is cut into its middle units
    (石破 茂, 三菱 商事): Latin writes those as words. A suffix (代目) joins the word before
    it (rokudaime); a proper noun takes the dictionary's other readings of its kind (菅:
    カン, スガ), after the analyser's own.
    """
    dictionary, tokenizer, middle = _analyser()
    words: list[tuple[str, ...]] = []
    for morpheme in tokenizer.tokenize(text):
        for unit in morpheme.split(middle) or [morpheme]:
            readings = _unit_readings(dictionary, unit, first=not words)
            if not readings:
                return None
            if unit.part_of_speech()[0] == "接尾辞" and words:
                words[-1] = tuple(a + b for a, b in itertools.product(words[-1], readings))[
                    :_READINGS_PER_WORD
                ]
            else:
                words.append(readings)
    return words


def _unit_readings(dictionary: Any, unit: Any, first: bool) -> tuple[str, ...]:
    """Katakana readings of one analysed unit, its own first (empty if it has none);
    ``first`` says no word comes before it (組 is gumi only after a name)."""
    surface = unit.surface()
    if not first and surface in _suffix_readings():
        return (_suffix_readings()[surface],)
    pos = unit.part_of_speech()
    if pos[0] in _NOT_WORDS:
        return ()
    if unit.is_oov():
        # Numbers (六) come out of the analyser unknown but are in the dictionary.
        entries = [entry.reading_form() for entry in dictionary.lookup(surface)]
        return tuple(dict.fromkeys(r for r in entries if _is_reading(r)))[:_READINGS_PER_WORD]
    readings = [unit.reading_form()]
    if pos[1] == "固有名詞":
        readings += [
            e.reading_form() for e in dictionary.lookup(surface) if e.part_of_speech()[:3] == pos[:3]
        ]
    return tuple(dict.fromkeys(r for r in readings if _is_reading(r)))[:_READINGS_PER_WORD]


def _is_reading(kana: str) -> bool:
    """Whether the analyser's reading is kana (an unknown word's is its own surface)."""
    table = _kana_table()
    return any(c in table for c in kana) and all(c in table or c in "ッー" for c in kana)


def _hepburn(kana: str) -> str:
    """Katakana in Hepburn with long vowels as kana write them (コウノ kouno, オオノ oono,
    ソニー soni:)."""
    table = _kana_table()
    out: list[str] = []
    double = False
    i = 0
    while i < len(kana):
        if kana[i] == "ッ":
            double, i = True, i + 1
            continue
        if kana[i] == "ー":
            if out and out[-1][-1] in _VOWELS:
                out.append(":")
            i += 1
            continue
        syllable = table.get(kana[i : i + 2]) or table[kana[i]]
        i += 2 if kana[i : i + 2] in table else 1
        if double and syllable[0] not in _VOWELS:
            out.append("t" if syllable.startswith("ch") else syllable[0])
        double = False
        out.append(syllable)
    return "".join(out)


# How Latin writes a long vowel: once (Kono, Shinzo), as the kana do (Kouno, Shinzou),
# with h (Kohno, Itoh; passports, which also write n as m before b, m, p: Homma).
_STYLES = ("plain", "kana", "passport")


def _spell(word: str, style: str) -> str:
    """A Hepburn word (long vowels as kana write them) in one of the ``_STYLES``."""
    if style == "passport":
        word = _N_LABIAL.sub("m", word)
    return _LONG_VOWEL.sub(lambda m: _long_vowel(m.group(), style, m.string[m.end() : m.end() + 1]), word)


def _long_vowel(long: str, style: str, after: str) -> str:
    """One long vowel (ou, oo, uu, or a vowel and ":") spelt in a style; ``after`` is the
    letter that follows (before a vowel even passports write no h: Soichiro)."""
    vowel = long[0]
    if style == "kana":
        return vowel * 2 if long[1] == ":" else long
    if style == "passport" and vowel == "o" and (not after or after not in _VOWELS):
        return "oh"
    return vowel
