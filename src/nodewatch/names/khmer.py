"""Khmer words spelt as Cambodian names are in Latin letters.

Khmer has two series of consonants, and a vowel sign is said and spelt after one as it is
not after the other (ា is a after ស, ea after ជ: ជា Chea; ុ o after ស, u after ហ៊: សុខ
Sok, ហ៊ុន Hun); two signs move a consonant to the other series (៉ ៊). A syllable is an
onset (a consonant, maybe with one written under it after ្), a vowel, and a final
consonant; a general transliteration spells none of it as names are spelt. ``romanize``
gives the UNGEGN-like spelling and the common ones of names (សែន Sen, គិត Kith); the
letters are in ``data/khmer.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import islice, product

from nodewatch.names.tables import alternatives, rows

_COENG = "\u17d2"
# Consonants written under another that leave it its series (ស្រី srei, ទ្រី tri).
_SONORANTS = frozenset("ងញណនមយរលវ")
# Spellings kept per word (combinations multiply per syllable).
_MOST = 4


@dataclass
class _Syllable:
    onset: str = ""  # consonants, the first one's sound with the others after it
    series: str = "a"
    vowel: str = ""  # vowel signs (the key of ``vowel`` rows), or an independent vowel
    final: str = ""
    p: bool = False  # ប said p: before a consonant under it or ៉ (ប្រាក់ Prak, ប៉ុល Pol)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Letter -> its row after the letter (kind first); "closed" is the inherent vowel
    before a final."""
    return {row[0]: row[1:] for row in rows("khmer.tsv")}


def _kind(ch: str) -> str:
    return _table().get(ch, ("",))[0] if ch else ""


def is_khmer(word: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in word)


def romanize(word: str) -> tuple[str, ...]:
    """The Latin spellings of one word, the UNGEGN-like one first. Empty if nothing in it
    is Khmer."""
    spelt = [_spell(s) for s in _syllables(_said_letters(word))]
    if not spelt:
        return ()
    main = "".join(s[0] for s in spelt)
    others = ("".join(combo) for combo in islice(product(*spelt), _MOST))
    return tuple(dict.fromkeys((main, *others)))[:_MOST]


def _said_letters(word: str) -> list[str]:
    """The letters of a word that are said: Khmer only, without the letter a ៍ silences."""
    out: list[str] = []
    for ch in word:
        kind = _kind(ch)
        if kind == "silent":
            if out and _kind(out[-1]) in ("vowel", "short"):
                out.pop()
            if out and _kind(out[-1]) == "consonant":
                out.pop()
        elif kind:
            out.append(ch)
    return out


def _opens(letters: list[str], index: int) -> bool:
    """Whether the consonant at ``index`` begins a syllable: a vowel sign or a series sign
    follows, or a consonant under it that is not the last letter (ពេជ្រ pech)."""
    after = letters[index + 1] if index + 1 < len(letters) else ""
    if _kind(after) == "coeng":
        return index + 3 < len(letters)
    return _kind(after) in ("vowel", "shift")


def _syllables(letters: list[str]) -> list[_Syllable]:
    out: list[_Syllable] = []
    i, n = 0, len(letters)
    while i < n:
        kind = _kind(letters[i])
        if kind == "independent":
            out.append(_Syllable(vowel=letters[i]))
            i += 1
            continue
        if kind != "consonant":
            i += 1
            continue
        syllable = _Syllable(onset=letters[i], series=_table()[letters[i]][1])
        i += 1
        while i + 1 < n and letters[i] == _COENG and _kind(letters[i + 1]) == "consonant":
            under = letters[i + 1]
            if _table()[under][1] == "o" and under not in _SONORANTS:
                syllable.series = "o"
            syllable.onset += under
            syllable.p = syllable.p or syllable.onset[0] == "ប"
            i += 2
        while i < n and _kind(letters[i]) in ("vowel", "shift", "short"):
            if _kind(letters[i]) == "shift":
                syllable.series = _table()[letters[i]][1]
                syllable.p = syllable.p or (syllable.onset == "ប" and syllable.series == "a")
            elif _kind(letters[i]) == "vowel":
                syllable.vowel += letters[i]
            i += 1
        # A vowel said with its own closing sound (ំ am, ះ ah) takes no final: the
        # consonant after it opens the next syllable (សំផន Sam-phan).
        closed = syllable.vowel[-1:] in ("ំ", "ះ")
        if i < n and _kind(letters[i]) == "consonant" and not closed and not _opens(letters, i):
            syllable.final = letters[i]
            i += 1
            # A consonant written under the final, and a shortening sign, are not said
            # (ពេជ្រ pech).
            while i < n and (letters[i] == _COENG or _kind(letters[i]) == "short"):
                i += 2 if letters[i] == _COENG else 1
        out.append(syllable)
    return out


def _spell(syllable: _Syllable) -> tuple[str, ...]:
    table = _table()
    if _kind(syllable.vowel) == "independent":
        return alternatives(table[syllable.vowel][1])
    onset = ("p" if syllable.p else "") + "".join(table[ch][2] for ch in syllable.onset[syllable.p :])
    key = syllable.vowel if syllable.vowel in table else syllable.vowel[:1]
    if not syllable.vowel and syllable.final:
        key = "closed"
    column = 1 if syllable.series == "a" else 2
    vowels = alternatives(table[key][column]) if key in table else ("",)
    if "ះ" in syllable.vowel[1:]:
        vowels = tuple(v + "h" for v in vowels)
    finals = alternatives(table[syllable.final][3]) or ("",) if syllable.final else ("",)
    if syllable.final and table[syllable.final][3].endswith("|"):
        finals = (*finals, "")  # a final រ is often not written: កោរ Kor, Ko
    return tuple(dict.fromkeys(onset + v + f for v, f in product(vowels, finals)))
