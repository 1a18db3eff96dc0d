"""Lao words spelt as Lao names are in Latin letters.

Lao's block (U+0E80) parallels Thai's, but Lao is written as it is said: every vowel is
written (ພົມ phom, where Thai leaves the o of พม unwritten), and no silent letters of Sanskrit
or Pali are kept, so a word is cut into syllables without Thai's guesses (see thai.py). A
syllable is a lead vowel written before its consonant (ເ ແ ໂ ໃ ໄ), the consonant (with a
silent ຫ before a sonorant, ຫວ v, or ຼ under it, ຫຼ l), vowel signs after or above it and
the letters ອ ວ ຍ that write vowels (ສອນ son, ບົວ boua, ເມືອງ meuang), and a final
consonant. Tone marks are not spelt. Lao names in Latin letters follow French-based
spellings (Souphanouvong, Kaysone Phomvihane, Sonexay Siphandone) and English ones;
``data/lao.tsv`` gives both, the French-based first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nodewatch.names.spelling import ranked
from nodewatch.names.tables import alternatives, rows

# Consonants a silent ຫ before them only gives a tone (ຫວັນ van, ຫລາຍ lai).
_SONORANTS = frozenset("ງຍນມລວຣ")
# Vowels that end their syllable: no final consonant follows them.
_OPEN_VOWELS = frozenset(
    ("-ະ", "ເ-ະ", "ແ-ະ", "ໂ-ະ", "ເ-າະ", "ໄ-", "ໃ-", "ເ-ົາ", "ເ-າ", "-ຳ", "-ໍາ", "ເ-ຍ", "-ົວ")
)
# ai or ay before a y and a vowel (see ``_with_merged_y``).
_AI_Y = re.compile("a[iy]y(?=[aeiou])")
# Spellings kept per word, the likeliest first (see ``spelling.ranked``).
_MOST = 48


@dataclass
class _Syllable:
    lead: str = ""
    onset: str = ""  # the consonant, with a silent ຫ before it or ຼ / a glide ວ after it
    signs: str = ""  # vowel signs, and the vowel letters ອ ວ ຍ
    final: str = ""


@cache
def _table() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Letter or vowel key -> (kind, spellings, final spellings)."""
    out: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    for row in rows("lao.tsv"):
        padded = (*row[2:], "", "")
        out[row[0]] = (row[1], alternatives(padded[0]), alternatives(padded[1]))
    return out


def _kind(ch: str) -> str:
    return _table().get(ch, ("", (), ()))[0] if ch else ""


def is_lao(word: str) -> bool:
    return any("\u0e80" <= ch <= "\u0eff" for ch in word)


def romanize(word: str) -> tuple[str, ...]:
    """The Latin spellings of one Lao word, the French-based one first. Empty if nothing in
    it is Lao."""
    syllables = _syllables(_said_letters(word))
    if not syllables:
        return ()
    last = len(syllables) - 1
    spellings = list(ranked(*(_spell(s, index == last) for index, s in enumerate(syllables)), most=_MOST))
    return tuple(s for s in dict.fromkeys(_with_merged_y(spellings)) if s)


def _with_merged_y(spellings: list[str]) -> list[str]:
    """Each spelling, then with ai or ay before a y written ay: English writes the glide
    once (ໄຊຍະສອນ Sayasone, not Saiyasone)."""
    out: list[str] = []
    for spelling in spellings:
        out.append(spelling)
        out.append(_AI_Y.sub("ay", spelling))
    return out


def _said_letters(word: str) -> list[str]:
    """The Lao letters of a word that are said: no tone marks, nor a letter ໌ silences."""
    out: list[str] = []
    for ch in word:
        kind = _kind(ch)
        if kind == "silent":
            if out and _kind(out[-1]) == "sign":
                out.pop()
            if out and _kind(out[-1]) == "consonant":
                out.pop()
        elif kind and kind != "tone":
            out.append(ch)
    return out


def _at(letters: list[str], index: int) -> str:
    return letters[index] if 0 <= index < len(letters) else ""


def _opens(letters: list[str], index: int) -> bool:
    """Whether the consonant at ``index`` begins a syllable rather than closing the one
    before: a vowel sign or ຼ follows it, a silent ຫ's sonorant with its vowel, or ອ or ວ
    that write its vowel (ສອນ son, ຫຼວງ luang)."""
    after = _at(letters, index + 1)
    if _kind(after) in ("sign", "medial"):
        return True
    if letters[index] == "ຫ" and after in _SONORANTS:
        return _kind(_at(letters, index + 2)) in ("sign", "medial") or _opens(letters, index + 1)
    if after == "ອ":
        return _kind(_at(letters, index + 2)) != "sign"
    if after == "ວ":
        following = _at(letters, index + 2)
        return _kind(following) == "consonant" and not _opens(letters, index + 2)
    return False


def _syllables(letters: list[str]) -> list[_Syllable]:
    out: list[_Syllable] = []
    i, n = 0, len(letters)
    while i < n:
        syllable = _Syllable()
        if _kind(letters[i]) == "lead":
            syllable.lead = letters[i]
            i += 1
        if i >= n or _kind(letters[i]) != "consonant":
            i += 1
            continue
        syllable.onset = letters[i]
        i += 1
        if syllable.onset == "ຫ" and _at(letters, i) in _SONORANTS and (syllable.lead or _opens(letters, i)):
            syllable.onset += letters[i]  # silent ຫ: only a tone (ຫວັນ van)
            i += 1
        if _at(letters, i) == "ຼ":
            syllable.onset += letters[i]
            i += 1
        elif _at(letters, i) == "ວ" and _kind(_at(letters, i + 1)) == "sign" and _at(letters, i + 1) != "ົ":
            syllable.onset += letters[i]  # a glide: ຂວາງ khouang
            i += 1
        i = _vowel(letters, i, syllable)
        if (
            i < n
            and _kind(letters[i]) == "consonant"
            and not _opens(letters, i)
            and _vowel_key(syllable) not in _OPEN_VOWELS
        ):
            syllable.final = letters[i]
            i += 1
        out.append(syllable)
    return out


def _vowel(letters: list[str], i: int, syllable: _Syllable) -> int:
    """Read the vowel signs after the onset and the vowel letters ອ ວ ຍ among them."""
    n = len(letters)
    while i < n and _kind(letters[i]) == "sign":
        syllable.signs += letters[i]
        i += 1
    nxt, after = _at(letters, i), _at(letters, i + 1)
    ends = not after or _kind(after) in ("lead", "consonant")
    if (
        (syllable.lead == "ເ" and syllable.signs in ("ື", "ຶ") and nxt == "ອ")  # ເ-ືອ
        or (syllable.lead == "ເ" and syllable.signs in ("", "ັ") and nxt == "ຍ" and ends)  # ເ-ຍ
        or (syllable.signs == "ົ" and nxt == "ວ")  # -ົວ
        or (not syllable.signs and not syllable.lead and nxt == "ອ" and _kind(after) != "sign")  # -ອ
        or (not syllable.signs and not syllable.lead and nxt == "ວ" and _kind(after) == "consonant")  # -ວ-
    ):
        syllable.signs += nxt
        i += 1
    return i


def _vowel_key(syllable: _Syllable) -> str:
    if syllable.lead:
        return f"{syllable.lead}-{syllable.signs}"
    if syllable.signs:
        return f"-{syllable.signs}"
    return "closed" if syllable.final else "open"


def _spell(syllable: _Syllable, last: bool) -> tuple[str, ...]:
    """A syllable's spellings, the likeliest first: onset, vowel and final consonant. A final
    n is written nh only at the end of a word (Viphavanh, Phoumsavanh; Keobounphanh's boun)."""
    table = _table()
    onset = syllable.onset
    if onset[:1] == "ຫ" and len(onset) > 1:
        heads = ("l",) if onset[1] == "ຼ" else table[onset[1]][1]  # ຫຼ l, ຫວ v
        rest = onset[2:]
    else:
        heads = table[onset[0]][1] or ("",)
        rest = onset[1:]
    if rest == "ຼ":
        heads = tuple(h + "l" for h in heads)
    elif rest == "ວ":
        heads = tuple(h + glide for h in heads for glide in ("ou", "w"))
    key = _vowel_key(syllable)
    if key not in table and syllable.signs:
        key = f"{syllable.lead}-{syllable.signs[:1]}" if syllable.lead else f"-{syllable.signs[:1]}"
    vowels = table[key][1] if key in table else ("a",)
    finals = table[syllable.final][2] or table[syllable.final][1] if syllable.final else ("",)
    if not last:
        finals = tuple(f for f in finals if f != "nh")
    return ranked(heads, vowels, finals)
