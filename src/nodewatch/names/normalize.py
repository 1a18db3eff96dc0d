"""Text normalisation shared by every name rule: Unicode, case, apostrophes, tokens.

rigour's ``tokenize_name`` splits on apostrophes, which is right for most scripts but loses
McCune–Reischauer's aspiration marks and breves (``Ch'o'l`` is 철, ``Chol`` may be 졸 or 촐),
so names are tokenised here, keeping an apostrophe inside a token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from rigour.names.prefix import remove_person_prefixes

from nodewatch.names.tables import rows

# Every character lists use for an apostrophe or an MR aspiration mark.
APOSTROPHES = "'’‘ʼʻ`´′ʹ‛"
_APOS_TABLE = str.maketrans({ch: "'" for ch in APOSTROPHES})
# MR breves (and the caron look-alikes some lists type) are spelled o'/u' as the lists do.
_BREVES = str.maketrans(
    {"ŏ": "o'", "Ŏ": "O'", "ŭ": "u'", "Ŭ": "U'", "ǒ": "o'", "Ǒ": "O'", "ǔ": "u'", "Ǔ": "U'"}
)
# Accents NFKC leaves as marks of their own, having no precomposed letter: the stress marks
# of Russian dictionaries and some lists (Дми́трий); Arabic harakat and Hebrew points, the
# vowels a text may or may not write (מֹשֶׁה is משה).
_LOOSE_MARKS = re.compile(
    "[\u0300-\u036f\u064b-\u065f\u0670\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)
# Arabic letters written several ways in one name: alif with hamza or madda, alif maqsura
# (the harakat and the tatweel above are dropped as marks: مُحَمَّد is محمد). Urdu's own
# letters are read as the letters Latin spells alike, which transliteration leaves out:
# retroflex ٹ ڈ ڑ as t d r (اسحاق ڈار is Ishaq Dar), ں ے ہ ھ ۃ as n, y, h, h, ta marbuta
# (بھٹو is Bhutto), ے as Persian's ی, so the word is read as Persian is.
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ٹ": "ت",
        "ڈ": "د",
        "ڑ": "ر",
        "ں": "ن",
        "ے": "ی",
        "ہ": "ه",
        "ھ": "ه",
        "ۃ": "ة",
    }
)


def _mark_ranges() -> str:
    """Every combining mark (Unicode Mn, Mc, Me), as the inside of a regex class.

    Python's ``\\w`` leaves marks out, which cut राहुल at its vowel signs into र ह ल: the
    vowels of Indic, Thai, Burmese and Khmer words, and Hebrew points, are marks.
    """
    ranges: list[list[int]] = []
    for code in range(0x300, 0x20000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


# A word: a letter or digit, then letters, digits, marks and the zero-width joiner, which
# Sinhala and Indic scripts write inside a word to shape a cluster (වික්‍රමසිංහ).
_WORD: str = rf"[^\W_](?:[^\W_]|[{_mark_ranges()}\u200d])*"
_TOKEN = re.compile(rf"{_WORD}(?:'+{_WORD})*'?", re.UNICODE)
_SPLIT_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", re.UNICODE)
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*", re.UNICODE)
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|e|er|eme|ème|-?[йяе])$")
# An East Slavic ordinal's ending after a hyphen (61-й, 1-я, 12-го, 3-е): the number is the word.
_HYPHENATED_ORDINAL = re.compile(r"(?<=\d)-(?:й|я|е|го|ого|ая|ый|ой|ий|ое|му|м|х|ї|а)(?![^\W\d_])")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """NFKC, apostrophes folded to ``'``, MR breves spelled ``o'``/``u'``, loose accents and
    Arabic vowel marks dropped, Arabic alif forms folded, casefolded, spaces squashed."""
    if text.isascii():
        # Most names: NFKC and casefolding change no ASCII letter but its case, and the
        # backtick is the only ASCII apostrophe to fold (the tables cost more per letter).
        return " ".join(text.replace("`", "'").lower().split())
    text = unicodedata.normalize("NFKC", text).translate(_APOS_TABLE).translate(_BREVES)
    text = text.translate(_ARABIC_LETTERS)
    # Marks stripped after casefolding, which makes some (İ → i̇, i and a combining dot).
    return " ".join(_LOOSE_MARKS.sub("", text.casefold()).split())


@lru_cache(maxsize=131072)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens of normalised text; a trailing English possessive ``'s`` is dropped.

    Letters and digits glued together are split (``skai17`` → ``skai 17``) except for
    ordinals (``2nd`` → ``2``), so numbers compare as numbers.
    """
    if _PLAIN.fullmatch(text):  # letters and single spaces: most names
        return tuple(text.split(" "))
    text = _HYPHENATED_ORDINAL.sub("", text)
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if token.isalpha():  # no apostrophe, ordinal or digits to split: most tokens
            out.append(token)
            continue
        token = token.lstrip("'")
        if token.endswith("'s") and len(token) > 3:
            token = token[:-2]
        ordinal = _ORDINAL.match(token) if token[:1].isdigit() else None
        if ordinal:
            out.append(str(int(ordinal.group(1))))
            continue
        out.extend(part for part in _SPLIT_DIGITS.split(token) if part)
    return tuple(out)


# Latin letters that Unicode does not decompose into a base letter and a mark, so NFKD
# leaves them whole: Turkish dotless ı, Polish ł, Vietnamese and Croatian đ, Nordic ø/æ.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        # Azerbaijani ə, which English spellings write a (Əliyev is Aliyev, Mənsimov Mansimov).
        "ə": "a",
        "Ə": "a",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ŀ": "l",
        "Ŀ": "l",
    }
)


@lru_cache(maxsize=65536)
def ascii_fold(token: str) -> str:
    """A Latin token without accents or apostrophes: the form plain string distance compares."""
    if token.isascii():  # no accents to strip: letters and digits, lower case
        return token.lower() if token.isalnum() else "".join(ch for ch in token if ch.isalnum()).lower()
    decomposed = unicodedata.normalize("NFKD", token.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch)).casefold()


def is_number(token: str) -> bool:
    return token.isdigit()


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


# Greek iota, and the Latin v and x a Greek numeral is written with (ΙΙ, ΙV).
_GREEK_NUMERAL_LETTERS = frozenset("ιvx")


def roman_numeral(token: str) -> int | None:
    """The value of a Roman numeral token of up to 30 (``iv`` → 4), else None.

    Only vessel and organisation names use it, never persons (``I`` is a Korean surname).
    Greek writes the numeral with its iota where Latin has I (Αγία Ζώνη ΙΙ, AGIA ZONI II).
    """
    if token and set(token) <= _GREEK_NUMERAL_LETTERS:
        token = token.replace("ι", "i")
    if not token or len(token) > 6 or any(ch not in "ivxlc" for ch in token):
        return None
    total = 0
    values = [_ROMAN[ch] for ch in token]
    for index, value in enumerate(values):
        total += -value if index + 1 < len(values) and values[index + 1] > value else value
    canonical = _to_roman(total)
    return total if 0 < total <= 30 and canonical == token else None


def _to_roman(value: int) -> str:
    out = []
    for number, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


@cache
def _honorifics() -> re.Pattern[str]:
    phrases = sorted((row[0] for row in rows("person_honorifics.txt")), key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(map(re.escape, phrases)) + r")\.?\s+)+")


def remove_honorifics(text: str) -> str:
    """A normalised person's name without the honorifics and ranks before it, rigour's
    and those of ``data/person_honorifics.txt`` (Tan Sri, Dato' Seri, Ir., Senior General),
    however many are stacked (Tun Dr. Mahathir, Prof. Dr. Ir. Budi); the name itself when
    nothing else would be left."""
    previous = None
    while text != previous:
        previous = text
        text = _honorifics().sub("", remove_person_prefixes(text) or text) or text
    return text
