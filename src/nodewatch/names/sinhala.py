"""Sinhala words spelt as Sri Lankan names are in Latin letters.

Sinhala has a block of its own (U+0D80), not the Indic layout: a consonant is said with an
inherent a unless a vowel sign or the al-lakuna (්, no vowel) follows it, and a cluster is
written with the al-lakuna and, in ක්‍ර ප්‍ර ශ්‍රී, a zero-width joiner that only shapes the
letters. A general transliteration gives nothing for it. English spellings of Sri Lankan
names write the letters as ``data/sinhala.tsv`` gives them (w and v for ව, th for ත), and
some name elements by convention: -nayake, -singhe, -wardena, Wickreme-, Dissa-
(Dissanayake, Wickremesinghe, Jayewardene); ``romanize`` reads those as wholes.
"""

from __future__ import annotations

from functools import cache

from nodewatch.names.indic import letter_named
from nodewatch.names.spelling import ranked
from nodewatch.names.tables import alternatives, rows

# Zero-width joiner and non-joiner: they shape a cluster, they add no sound.
_JOINERS = str.maketrans("", "", "\u200c\u200d")
# Spellings kept per word, the likeliest first (see ``spelling.ranked``).
_MOST = 32


@cache
def _table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Letter -> (kind, spellings) for the letters; element text -> ("element", spellings)."""
    return {row[0]: (row[1], alternatives(row[2]) if len(row) > 2 else ()) for row in rows("sinhala.tsv")}


@cache
def _elements() -> tuple[str, ...]:
    """The name elements, the longest first."""
    return tuple(
        sorted((k for k, (kind, _s) in _table().items() if kind == "element"), key=len, reverse=True)
    )


def _kind(ch: str) -> str:
    return _table().get(ch, ("", ()))[0]


def is_sinhala(word: str) -> bool:
    return any("\u0d80" <= ch <= "\u0dff" for ch in word)


def romanize(word: str) -> tuple[str, ...]:
    """The Latin spellings of one Sinhala word, the plainest first, and the letter whose
    English name it spells (ජේ J, ආර් R: initials). Empty if nothing in it is Sinhala."""
    text = "".join(ch for ch in word.translate(_JOINERS) if _kind(ch))
    if not text:
        return ()
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        element = next((e for e in _elements() if text.startswith(e, i) and _ends_unit(text, i + len(e))), "")
        if element:
            parts.append(_table()[element][1])
            i += len(element)
            continue
        end = _unit_end(text, i)
        parts.append(_spell_unit(text[i:end], text[end : end + 1]))
        i = end
    spellings = list(ranked(*parts, most=_MOST))
    if letter := letter_named(spellings[0]):
        spellings.append(letter)
    return tuple(s for s in dict.fromkeys(spellings) if s)


def _ends_unit(text: str, index: int) -> bool:
    """Whether a unit ends before ``index``: no sign, al-lakuna or anusvara follows."""
    return index >= len(text) or _kind(text[index]) in ("consonant", "vowel")


def _unit_end(text: str, start: int) -> int:
    """The end of the unit at ``start``: a consonant or a vowel letter with the signs after."""
    end = start + 1
    while end < len(text) and _kind(text[end]) in ("sign", "virama", "anusvara", "visarga"):
        end += 1
    return end


def _spell_unit(unit: str, following: str) -> tuple[str, ...]:
    """A unit's spellings: its letter's, the inherent a if no sign or al-lakuna, then a
    nasal or visarga after it."""
    table = _table()
    head, signs = unit[0], unit[1:]
    letter = table[head][1] or ("",)
    vowels: tuple[str, ...] = ("",) if _kind(head) == "vowel" else ("a",)
    ending: tuple[str, ...] = ("",)
    for ch in signs:
        kind = _kind(ch)
        if kind == "sign":
            vowels = table[ch][1]
        elif kind == "virama":
            vowels = ("",)
        elif kind == "anusvara":
            ending = _anusvara(following)
        elif kind == "visarga":
            ending = table[ch][1]
    return ranked(letter, vowels, ending)


def _anusvara(following: str) -> tuple[str, ...]:
    """The anusvara (ං) is said ng: English writes n before k and g, whose sound it shares
    (ලංකා Lanka, සංගක්කාර Sangakkara), and ng, n or m before others (සිංහ Singhe, Sinha,
    Simha)."""
    if following in ("ක", "ග"):
        return ("n",)
    return ("ng", "n", "m")
