"""Central Asian names as their own alphabets and as Russian write them.

Uzbek, Turkmen, Tajik and Kazakh names reach the lists twice: in the national spelling
(Uzbek Latin Sodiq Safoyev, Ortiqxoʻjayev; Turkmen Hojamyrat Geldimyradow; Tajik Cyrillic
Оқил Оқилов) and in the Russian one (Садык Сафаев, Артыкходжаев, Ходжамурад Гельдимурадов,
Акил Акилов) or its English transliteration. The vowels of the two hardly agree (Uzbek o is
Russian а, Turkmen y is ы or у), nor do some consonants (q is к, x is х, j is дж, a final t
may be д), so a Slavic rule would read them as two names. ``key`` reduces a word to what
the spellings share: its consonants, Turkic and Russian forms as one, and where its vowels
stand. ``marked`` says a word is written in one of these alphabets: only names with such a
word are compared so (elsewhere Sazonov is not Сазанов).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = {
    **dict.fromkeys("аоеёэиыуюяәөұүіӣӯў", "*"),
    **dict.fromkeys("йьъ", ""),
    "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "ж": "j", "з": "z", "к": "k", "қ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f",
    "х": "h", "ҳ": "h", "һ": "h", "ц": "ts", "ч": "c", "ш": "S", "щ": "S", "ҷ": "j",
}  # fmt: skip
# Latin spellings, longest first: Russian-style transliteration (dzh, kh, zh) and the
# national alphabets (Uzbek q, x, oʻ, gʻ; Turkmen w, ý, ž, ş, ç; Azerbaijani-like ə).
_LATIN = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("sh", "S"), ("ch", "c"), ("ts", "ts"),
    ("x", "h"), ("q", "k"), ("w", "v"), ("ž", "j"), ("ş", "S"), ("ç", "c"), ("ň", "n"), ("ý", ""),
)  # fmt: skip
_LATIN_VOWELS = frozenset("aeiouyəäöüı")
# Letters only Central Asian alphabets have: Kazakh, Uzbek and Tajik Cyrillic; Uzbek Latin q,
# oʻ, gʻ (normalised o', g'; not x, which pinyin and European names have too); Turkmen and
# Azerbaijani letters and the Turkmen -ow, -ew of -ов, -ев. And the Arabic Abd- and the
# endings of Central Asian given names (-jon, -bek, -boy, -iddin, -ullo, Uzbek -xon, Tajik
# -zoda): Abdulaziz Komilov is Абдулазиз Камилов, though no letter of either says so.
_MARKED = re.compile(
    r"[қғңөұүһіәўҳӣӯҷýňäžşçəı]|q(?!u)|[og]'|[oe]w$|^(?:abd|абд)"
    r"|(?:jon|bek|boy|iddin|uddin|ullo|жон|бек|бой|иддин|уддин|улло)$"
    r"|(?:uly|uulu|kyzy|qyzy|улы|уулу|кызы|xon|хон|zoda|зода)$"
)
# "Son of" and "daughter of" that Kazakh and Kyrgyz names end in, and the Russian -ов, -ова
# of the same names (Байтұрсынұлы, Baitursynov; Тыныбек кызы, Tynybekova).
_SON = re.compile(r"(?:ұлы|улы|уулу|оглы|ов|ев|uly|ulı|uulu|ogly|oglu|ov|ev)$")
_DAUGHTER = re.compile(r"(?:қызы|кызы|гызы|ова|ева|kyzy|qyzy|qizi|gyzy|kızı|ova|eva)$")


@lru_cache(maxsize=65536)
def marked(word: str) -> bool:
    """A normalised word written in a Central Asian alphabet (see the module docstring)."""
    return _MARKED.search(word) is not None


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A normalised word's consonants, Turkic and Russian spellings of one as one, with a
    ``*`` where vowels stand (Сафаев, Safoyev: s*f*v), a final d as t (Мурад, Myrat), and
    "son of" and "daughter of" as -ov and -ova."""
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
    if len(word) > 5:
        son, daughter = ("ов", "ова") if cyrillic else ("ov", "ova")
        word = _DAUGHTER.sub(daughter, _SON.sub(son, word))
    if cyrillic:
        out = "".join(_CYRILLIC.get(ch, ch) for ch in word.replace("дж", "ж"))
    else:
        out = word.replace("'", "").replace("ʻ", "")
        for latin, value in _LATIN:
            out = out.replace(latin, value)
        # y before a vowel is a glide (Mirziyoyev), elsewhere the vowel ы (Sadyk).
        out = re.sub(r"y(?=[aeiouəäöüı])", "", out)
        out = "".join("*" if ch in _LATIN_VOWELS else ch for ch in out)
    out = re.sub(r"\*+", "*", out)
    return out[:-1] + "t" if out.endswith("d") else out
