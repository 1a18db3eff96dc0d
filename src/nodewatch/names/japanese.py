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
from functools import cache, lru_cache

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
