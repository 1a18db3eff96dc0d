"""Spellings of a syllable put together from the alternatives of its parts.

The romanisers of the Indic scripts, Sinhala and Lao spell a syllable part by part (its
consonant, vowel and ending), each part with its likeliest English spelling first; a
syllable's spellings are then every combination, likeliest first.
"""

from __future__ import annotations


def ranked(*parts: tuple[str, ...], most: int | None = None) -> tuple[str, ...]:
    """Every spelling joined from one alternative of each part, once each, likeliest first:
    an alternative's place in its part is its rank, and a spelling ranks by their sum (ties
    keep the order of the parts). A word of many syllables keeps only the ``most`` likeliest
    combinations at each syllable, which bounds the spellings of a long word."""
    combos: list[tuple[int, str]] = [(0, "")]
    for options in parts:
        combos = [(rank + i, text + option) for rank, text in combos for i, option in enumerate(options)]
        if most is not None:
            combos = sorted(combos, key=_rank)[:most]
    return tuple(dict.fromkeys(text for _rank, text in sorted(combos, key=_rank)))


def _rank(combo: tuple[int, str]) -> int:
    return combo[0]
