"""Names in the North Indian scripts, spelt as English writes them.

A general transliteration writes the vowel every consonant carries (राहुल is rahula, अमित
amita) and folds श to s; English spellings of Indian names drop that vowel where Hindi,
Punjabi, Gujarati and Bengali do not say it (Rahul, Amit, Kejriwal) and write श sh (Shah).
The letters are read from ``data/indic.tsv`` by their place in the Unicode block, which is
the same in Devanagari, Bengali, Gurmukhi, Gujarati and Oriya; the inherent vowel is then
dropped at the end of a word (not after a cluster: Narendra) and between a vowel and a
consonant that has its own (the schwa deletion of Hindi: केजरीवाल Kejriwal, अरविंद Arvind).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nodewatch.names.tables import rows

# Script -> first code point of its block.
BLOCKS: dict[str, int] = {
    "Devanagari": 0x0900,
    "Bengali": 0x0980,
    "Gurmukhi": 0x0A00,
    "Gujarati": 0x0A80,
    "Oriya": 0x0B00,
}
# A nukta turns a consonant into another (ज़ is z): base offset -> offset of the result.
_NUKTA: dict[int, int] = {
    0x15: 0x58,
    0x16: 0x59,
    0x17: 0x5A,
    0x1C: 0x5B,
    0x21: 0x5C,
    0x22: 0x5D,
    0x2B: 0x5E,
    0x2F: 0x5F,
}
# Offsets only Gurmukhi uses (tippi, addak); Devanagari has punctuation there.
_GURMUKHI_ONLY = frozenset((0x70, 0x71))
_LABIALS = frozenset(("p", "ph", "f", "b", "bh", "m"))


@dataclass
class _Unit:
    """A consonant with its vowel (``None``: the inherent one; ``""``: none, after a virama),
    or an independent vowel (``consonant`` empty)."""

    consonant: tuple[str, str] = ("", "")
    vowel: tuple[str, str] | None = None
    nasal: str = ""


@cache
def _letters() -> dict[int, tuple[str, str, str]]:
    """Offset -> (kind, spelling, alternative); signs without a sound have empty spellings."""
    out: dict[int, tuple[str, str, str]] = {}
    for row in rows("indic.tsv"):
        spelling, alternative = (row[2], row[3]) if len(row) >= 4 else ("", "")
        out[int(row[0], 16)] = (row[1], spelling, alternative)
    return out


def script_of_word(word: str) -> str | None:
    """The North Indian script a word is written in, if it is."""
    for ch in word:
        code = ord(ch)
        for script, start in BLOCKS.items():
            if start <= code < start + 0x80:
                return script
    return None


def romanize(word: str, script: str) -> tuple[str, ...]:
    """The English spellings of one word: the plainest first, then with long vowels and w
    (Sajeeb, Bhagwant), for Bengali its o for the inherent vowel (জয় Joy) and z for জ
    (জিয়া Zia, ওয়াজেদ Wazed), and a final iya as ia."""
    units = _units(word, script)
    _drop_inherent_vowels(units)
    main = "".join(_spell(units, index, 0, script) for index in range(len(units)))
    alternative = "".join(_spell(units, index, 1, script) for index in range(len(units)))
    spellings = [main, alternative]
    if script == "Bengali":
        spellings.append(alternative.replace("oya", "wa").replace("j", "z"))
    # English writes the glide of a final iya as ia (सोनिया Sonia, জিয়া Zia).
    spellings += [s[:-3] + "ia" for s in spellings if s.endswith("iya")]
    return tuple(dict.fromkeys(spellings))


def _units(word: str, script: str) -> list[_Unit]:
    letters = _letters()
    start = BLOCKS[script]
    units: list[_Unit] = []
    double = False
    for ch in word:
        offset = ord(ch) - start
        if not 0 <= offset < 0x80 or (offset in _GURMUKHI_ONLY and script != "Gurmukhi"):
            continue
        kind, spelling, alternative = letters.get(offset, ("", "", ""))
        if kind == "consonant":
            if script == "Bengali" and offset == 0x2F and not units:
                spelling = alternative = "j"  # Bengali য at the start of a word is j (যশোর Jessore)
            pair = (spelling, alternative)
            if double:
                pair = (spelling[:1] + spelling, alternative[:1] + alternative)
                double = False
            units.append(_Unit(pair))
        elif kind == "nukta" and units and units[-1].consonant[0]:
            changed = _NUKTA.get(_offset_of(units[-1].consonant[0]))
            if changed is not None:
                units[-1].consonant = letters[changed][1:3]
        elif kind == "sign" and units:
            units[-1].vowel = (spelling, alternative)
        elif kind == "virama" and units:
            units[-1].vowel = ("", "")
        elif kind == "vowel":
            units.append(_Unit(vowel=(spelling, alternative)))
        elif kind in ("nasal", "visarga") and units:
            units[-1].nasal = spelling
        elif kind == "addak":
            double = True
    return units


@cache
def _offset_of(spelling: str) -> int:
    """The consonant offset a spelling came from (for a nukta: the first that spells it)."""
    return next(
        (
            off
            for off, (kind, sp, _alt) in sorted(_letters().items())
            if kind == "consonant" and sp == spelling
        ),
        -1,
    )


def _drop_inherent_vowels(units: list[_Unit]) -> None:
    """Hindi's schwa deletion, right to left: the inherent vowel goes at the end of a word of
    two or more units (not after a cluster, nor nasalised), and between a unit with a vowel
    and a consonant that keeps one."""
    last = len(units) - 1
    for index in range(last, 0, -1):
        unit = units[index]
        if not unit.consonant[0] or unit.vowel is not None or unit.nasal:
            continue
        before, after = units[index - 1], units[index + 1] if index < last else None
        if before.vowel == ("", ""):
            continue  # after a cluster (नरेन्द्र Narendra) the vowel is said
        if after is None or (after.consonant[0] and after.vowel != ("", "")):
            unit.vowel = ("", "")


def _spell(units: list[_Unit], index: int, which: int, script: str) -> str:
    unit = units[index]
    vowel = unit.vowel if unit.vowel is not None else ("a", "o" if script == "Bengali" else "a")
    text = unit.consonant[which] + (vowel[which] if unit.consonant[0] or unit.vowel else "")
    if not unit.consonant[0] and unit.vowel is not None:
        text = unit.vowel[which]
    if unit.nasal == "n":
        following = units[index + 1].consonant[0] if index + 1 < len(units) else ""
        text += "m" if following in _LABIALS else "ng" if following == "h" else "n"
    elif unit.nasal:
        text += unit.nasal
    return text
