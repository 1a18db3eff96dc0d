"""Burmese (Myanmar) words spelt as Myanmar names are in Latin letters.

A Myanmar name is a run of syllables, mostly written without spaces (မင်းအောင်လှိုင်), and
Latin lists write each syllable as a word of its own (Min Aung Hlaing), in spellings of
their own that no transliteration gives (ောင် aung, ိုင် aing, ိန် ein, ထ ht, သ th).
``syllables`` cuts a word into its syllables, so each meets one Latin word; ``romanize``
spells a word, its syllables joined (a name joined in Latin, Thura, meets the two). A
syllable is an onset (a consonant with the medials ျ ြ ွ ှ) and a rhyme (vowel signs,
a final consonant under the asat ်); tone marks are not spelt, but a creaky nasal (့)
is written with a t (မြင့် Myint, ညွန့် Nyunt, သန့် Thant). The spellings are in
``data/burmese.tsv``.
"""

from __future__ import annotations

from functools import cache
from itertools import islice, product

from nodewatch.names.tables import alternatives, rows

_ASAT, _VIRAMA, _CREAKY, _VISARGA = "\u103a", "\u1039", "\u1037", "\u1038"
_MEDIAL_W = "\u103d"
_MEDIALS_ONSET = frozenset("\u103b\u103c\u103e")  # ျ ြ ှ: part of the onset's sound
_NASAL_ENDS = ("n", "ng")
# Spellings kept per word (combinations multiply per syllable).
_MOST = 4


def is_burmese(word: str) -> bool:
    return any("\u1000" <= ch <= "\u109f" for ch in word)


@cache
def _table() -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, key) -> spellings; a consonant without sound (အ) spells ``("",)``."""
    return {(row[1], row[0]): alternatives(row[2]) or ("",) for row in rows("burmese.tsv")}


def _consonant(ch: str) -> bool:
    return ("consonant", ch) in _table()


def syllables(word: str) -> tuple[str, ...]:
    """A word's syllables, in order: a new one begins at each consonant that no asat ်
    makes a final and no virama stacks under the one before, and at an independent vowel."""
    out: list[str] = []
    for index, ch in enumerate(word):
        starts = (_consonant(ch) and not _final(word, index)) or ("vowel", ch) in _table()
        if starts or not out:
            out.append(ch)
        else:
            out[-1] += ch
    return tuple(out)


def _final(word: str, index: int) -> bool:
    """Whether the consonant at ``index`` closes a syllable: an asat follows it (the creaky
    mark may come between), or a virama stacks the next consonant under it."""
    rest = word[index + 1 : index + 3]
    return rest[:1] in (_ASAT, _VIRAMA) or rest == _CREAKY + _ASAT


def romanize(word: str) -> tuple[str, ...]:
    """The Latin spellings of a word, its syllables joined: the commonest first, then a
    few others (ထွန်း Htun, Tun). Empty if nothing in it is Burmese."""
    spelt = [spell_syllable(s) for s in syllables(word) if is_burmese(s)]
    spelt = [s for s in spelt if s]
    if not spelt:
        return ()
    main = "".join(s[0] for s in spelt)
    others = ("".join(combo) for combo in islice(product(*spelt), _MOST))
    return tuple(dict.fromkeys((main, *others)))[:_MOST]


@cache
def spell_syllable(syllable: str) -> tuple[str, ...]:
    """The Latin spellings of one syllable, the commonest first."""
    table = _table()
    if ("vowel", syllable[:1]) in table:
        onsets: tuple[str, ...] = ("",)
        vowel = table["vowel", syllable[0]]
        rest = syllable[1:]
    else:
        onset, rest, w = syllable[:1], syllable[1:], ""
        while rest[:1] in _MEDIALS_ONSET or rest[:1] == _MEDIAL_W:
            if rest[0] == _MEDIAL_W:
                w = _MEDIAL_W  # ွ goes with the rhyme: ွန် un
            else:
                onset += rest[0]
            rest = rest[1:]
        rest = w + rest
        onsets = _onset(onset)
        vowel = ()
    creaky = _CREAKY in rest
    # A final stacked under the next consonant (ဝဏ္ဏ Wunna) is a final all the same.
    key = rest.replace(_CREAKY, "").replace(_VISARGA, "").replace(_VIRAMA, _ASAT)
    if key.endswith(_ASAT) and not _consonant(key[-2:-1]):
        key = key[:-1]  # ော် is ော, in another tone
    rhymes = vowel or (onsets == ("",) and table.get(("initial rhyme", key))) or _rhyme(key)
    if creaky and rhymes[0].endswith(_NASAL_ENDS):
        rhymes = tuple(dict.fromkeys((rhymes[0] + "t", *rhymes)))
    spellings = (o + r for o, r in product(onsets, rhymes))
    return tuple(dict.fromkeys(s for s in spellings if s))


def _onset(letters: str) -> tuple[str, ...]:
    """An onset's spellings: the table's (ကျ ky, လှ hl), else each letter's, a medial ျ ြ
    as y and ှ as an h before."""
    table = _table()
    if ("onset", letters) in table:
        return table["onset", letters]
    base = table.get(("consonant", letters[:1]), ("",))
    medials = letters[1:]
    y = "y" if {"\u103b", "\u103c"} & set(medials) else ""
    h = "h" if "\u103e" in medials else ""
    return tuple(h + b + y for b in base)


def _rhyme(key: str) -> tuple[str, ...]:
    """A rhyme's spellings: the table's, else the medial ွ as w before the rest's."""
    table = _table()
    if ("rhyme", key) in table:
        return table["rhyme", key]
    if key.startswith(_MEDIAL_W):
        return tuple("w" + r for r in _rhyme(key[1:]))
    # Signs the table does not pair: each sign's spelling in turn.
    parts = [table.get(("rhyme", ch), ("",))[0] for ch in key if ("rhyme", ch) in table]
    return ("".join(parts) or "a",)
