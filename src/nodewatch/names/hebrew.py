"""Hebrew names and their Latin spellings, compared by consonants.

Hebrew writes consonants and only some vowels (with letters that are also consonants: ו, י),
so a Hebrew name meets a Latin spelling when both give the same consonants in order
(נתניהו and Netanyahu: n t n h). Each side is folded to one set of consonant classes
(``data/hebrew.tsv`` for the letters, ``data/hebrew_latin.tsv`` for Latin spellings), since
one letter has several Latin spellings (ב is b or v, כ is k or kh, צ is tz or ts).
"""

from __future__ import annotations

from functools import cache, lru_cache

from nodewatch.names.tables import rows

_VOWELS = frozenset("aeiou")


@cache
def _letters() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in rows("hebrew.tsv")}


@cache
def _latin_folds() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1] if len(row) > 1 else "") for row in rows("hebrew_latin.tsv"))


def _collapse(consonants: list[str]) -> str:
    out: list[str] = []
    for consonant in consonants:
        if consonant and (not out or out[-1] != consonant):
            out.append(consonant)
    return "".join(out)


@lru_cache(maxsize=16384)
def hebrew_key(word: str) -> str:
    """The consonant classes of a Hebrew word (מאיר → mr, אביגדור → bgdr)."""
    letters = _letters()
    word = word.replace("וו", "v")
    if word.endswith("ה"):
        word = word[:-1]
    out = []
    for index, ch in enumerate(word):
        if ch == "v":
            out.append("b")
            continue
        initial, inside = letters.get(ch, ("", ""))
        out.append(initial if index == 0 else inside)
    return _collapse(out)


@lru_cache(maxsize=65536)
def latin_key(latin: str) -> str:
    """The consonant classes of a Latin spelling (Avigdor → bgdr, Netanyahu → ntnh)."""
    text = latin.replace("'", "")
    if len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]  # Yehudah = יהודה
    for spelling, letter in _latin_folds():
        if spelling in text:
            text = text.replace(spelling, letter or "a")
    return _collapse([ch for ch in text if ch not in _VOWELS])
