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
def hebrew_key(word: str, vav: str = "") -> str:
    """The consonant classes of a Hebrew word (מאיר → mr, אביגדור → bgdr), with a ו inside
    it read as ``vav``: the vowel o/u it mostly writes, or the consonant v ("b")."""
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
        out.append(initial if index == 0 else vav if ch == "ו" else inside)
    return _collapse(out)


def meets(word: str, latin: str) -> bool:
    """A Hebrew word and a Latin spelling write one name: the same consonants, a ו inside
    read as a vowel or as v (דוד is David, הלוי Halevi). One consonant alone names too many
    words, so then the vowel letters must agree as well (יאיר is Yair, not Uri or Ari)."""
    keys = (hebrew_key(word), hebrew_key(word, "b"))
    key = latin_key(latin)
    if key not in keys and "tsh" in latin:
        key = latin_key(latin.replace("tsh", "tesh"))  # ת and ש, not צ (Tshuva, תשובה)
    if key not in keys and latin.endswith("h"):
        key = latin_key(latin, final_h=True)  # ח said last (Noah, נח)
    if not key or key not in keys:
        return False
    return len(key) >= 2 or _vowel_letters_agree(word, latin)


def _vowel_letters_agree(word: str, latin: str) -> bool:
    """The vowels of a Latin spelling are those the Hebrew word writes: a name that starts
    with י starts with y (Yuli, יולי), one that starts with א or ע with a vowel (Eli, עלי);
    o or u inside needs a ו, i or y inside a י, and each ו or י inside is spelt."""
    first = word[:1]
    if (first == "י") != latin.startswith(("y", "j")):
        return False
    if (first in "אע") != (latin[:1] in _VOWELS):
        return False
    inside, rest = word[1:], latin[1:]
    if ("ו" in inside) != any(ch in "ou" for ch in rest):
        return False
    return ("י" in inside) == any(ch in "iy" for ch in rest)


@lru_cache(maxsize=65536)
def latin_key(latin: str, final_h: bool = False) -> str:
    """The consonant classes of a Latin spelling (Avigdor → bgdr, Netanyahu → ntnh); a
    final h after a vowel is the silent ה, unless ``final_h`` says it is said."""
    text = latin.replace("'", "")
    if not final_h and len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]  # Yehudah = יהודה
    for spelling, letter in _latin_folds():
        if spelling in text:
            text = text.replace(spelling, letter or "a")
    return _collapse([ch for ch in text if ch not in _VOWELS])
