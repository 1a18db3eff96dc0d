"""Consonant keys: how a name is spelt once its vowels are set aside.

Arabic and Persian write no short vowels, so Latin spellings of one name differ in exactly
those (Kandari/Kondori, Mohammed/Muhammad), and in how a consonant is spelt (Qadhafi/Gaddafi,
Ghasem/Qasem: ``data/consonant_folds.tsv``); English words spelt the Russian way do the same
(BREEZE/BRIZ, DOMAIN/DOMEN). The key keeps the consonants in order, repeats collapsed, and
counts the vowel groups, so two words meet only when they have as many syllables. A final
``h`` after a vowel is no consonant (Haniyeh = Haniya).
"""

from __future__ import annotations

from functools import cache, lru_cache

from nodewatch.names.tables import rows

_VOWELS = frozenset("aeiou")


@cache
def _folds() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1] if len(row) > 1 else "") for row in rows("consonant_folds.tsv"))


@lru_cache(maxsize=131072)
def consonant_key(latin: str) -> tuple[str, int]:
    """The consonants of an ASCII lower-case word (folded, repeats collapsed) and its number
    of vowel groups; a final silent ``e`` is no syllable (breeze = briz)."""
    text = latin[:-1] if len(latin) > 3 and latin.endswith("e") else latin
    if len(text) > 3 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]  # a final -eh/-ah is a vowel (Haniyeh = Haniya, Abdullah = Abdulla)
    for spelling, letter in _folds():
        if spelling in text:
            text = text.replace(spelling, letter or "a")
    consonants: list[str] = []
    groups = 0
    previous_vowel = False
    for ch in text:
        if ch in _VOWELS:
            if not previous_vowel:
                groups += 1
            previous_vowel = True
            continue
        previous_vowel = False
        if ch.isalpha() and (not consonants or consonants[-1] != ch):
            consonants.append(ch)
    return "".join(consonants), groups
