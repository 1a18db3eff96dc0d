"""Foreign names written in Japanese kana, and their Latin spellings.

Japan lists the people it sanctions in katakana (キム・ジョンウン for Kim Jong Un, セルゲイ・
ラブロフ for Sergey Lavrov). Kana write syllables, so a name is adapted to them: a vowel is
added after a closing consonant (kimu, serugei), l becomes r, v becomes b (or fu at the
end: ラブロフ, raburofu), ng becomes n, ti becomes chi. Comparing kana with Latin therefore
means undoing the kana side's added vowels and making the same adaptations on the Latin
side: both then give one key (kim, sergei, rabrof). The kana's own Latin form is the
Hepburn-style transliteration every token already has.
"""

from __future__ import annotations

import re
from functools import lru_cache

KANA_SCRIPTS = frozenset(("Katakana", "Hiragana"))

_CONSONANT = "bcdfghjkmnprstvwz"
# A vowel kana adds after a consonant that closes a syllable in the original: u (kimu,
# karurosu), and o after t and d (donarudo).
_ADDED_U = re.compile(rf"(?<=[{_CONSONANT.replace('n', '')}])u(?=[{_CONSONANT}l]|$)")
_ADDED_O = re.compile(rf"(?<=[td])o(?=[{_CONSONANT}l]|$)")
# How kana adapt Latin sounds, applied to a Latin spelling, in order.
_ADAPTATIONS = (
    (re.compile(r"v$"), "f"),  # Lavrov: ラブロフ
    (re.compile(r"^v(?=[lr])"), "u"),  # Vladimir: ウラジーミル
    (re.compile(r"ng"), "n"),  # Jong: ジョン
    (re.compile(r"m(?=[bp])"), "n"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[aou]|[^aeiouh]|$)"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"th"), "s"),
    (re.compile(r"(?<!s)h(?=[^aeiou]|$)"), ""),  # Ohno, John
    (re.compile(r"ti"), "chi"),
    (re.compile(r"di"), "ji"),
    (re.compile(r"si"), "shi"),
    (re.compile(r"tu"), "tsu"),
    (re.compile(r"y$"), "i"),
    (re.compile(r"l"), "r"),
    (re.compile(r"v"), "b"),
    (re.compile(r"w(?=[^aeiou]|$)"), ""),
)
_LONG = re.compile(r"([aeiou])\1+|(?<=o)u")
_DOUBLE = re.compile(r"([^aeiou])\1+")


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
    for pattern, replacement in _ADAPTATIONS:
        key = pattern.sub(replacement, key)
    return _common(_ADDED_O.sub("", _ADDED_U.sub("", key)))
