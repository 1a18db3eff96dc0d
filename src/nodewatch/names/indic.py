"""Names in the Indian scripts, spelt as English writes them.

A general transliteration writes the vowel every consonant carries (राहुल is rahula, अमित
amita) and folds श to s; English spellings of Indian names drop that vowel where Hindi,
Punjabi, Gujarati and Bengali do not say it (Rahul, Amit, Kejriwal) and write श sh (Shah).
The letters are read from ``data/indic.tsv`` by their place in the Unicode block, which is
the same in Devanagari, Bengali, Gurmukhi, Gujarati and Oriya; the inherent vowel is then
dropped at the end of a word (not after a cluster: Narendra) and between a vowel and a
consonant that has its own (the schwa deletion of Hindi: केजरीवाल Kejriwal, अरविंद Arvind).

Tamil, Telugu, Kannada and Malayalam share the layout (with the letters of their own that
``indic.tsv`` gives them) and not the schwa deletion: a Dravidian word says every vowel it
writes and ends a consonant with the virama (பிரபாகரன் Prabhakaran, కవిత Kavitha). Tamil
writes one letter for k and g, t and d, p and b, c, s and j, said by their place in the word;
``data/dravidian.tsv`` gives the spellings English uses at each place, and the word spellings
English writes otherwise (Siddaramaiah, Rao, Prabhakaran).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nodewatch.names.spelling import ranked
from nodewatch.names.tables import alternatives, rows

# Script -> first code point of its block.
BLOCKS: dict[str, int] = {
    "Devanagari": 0x0900,
    "Bengali": 0x0980,
    "Gurmukhi": 0x0A00,
    "Gujarati": 0x0A80,
    "Oriya": 0x0B00,
    "Tamil": 0x0B80,
    "Telugu": 0x0C00,
    "Kannada": 0x0C80,
    "Malayalam": 0x0D00,
}
# The South Indian scripts: no schwa deletion, spellings by place (see ``_dravidian``).
DRAVIDIAN = frozenset(("Tamil", "Telugu", "Kannada", "Malayalam"))
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
# Offsets of the nasal consonants (ங ஞ ண ந ன ம): a stop after one with the virama is voiced.
_NASALS = frozenset((0x19, 0x1E, 0x23, 0x28, 0x29, 0x2E))
# Offsets of r, l, y, v and zh: a stop after one with the virama is spelt as between vowels.
_APPROXIMANTS = frozenset((0x2F, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35))
# Spellings kept per word: a Tamil word of a few stops has dozens.
_MOST = 32


@dataclass
class _Unit:
    """A consonant with its vowel (``None``: the inherent one; ``""``: none, after a virama),
    or an independent vowel (``consonant`` empty)."""

    consonant: tuple[str, str] = ("", "")
    vowel: tuple[str, str] | None = None
    nasal: str = ""
    offset: int = -1  # the consonant's (or independent vowel's) place in the block


@cache
def _letters(script: str = "") -> dict[int, tuple[str, str, str]]:
    """Offset -> (kind, spelling, alternative); signs without a sound have empty spellings.
    Rows naming scripts in their fifth column replace the shared row in those scripts."""
    out: dict[int, tuple[str, str, str]] = {}
    table = rows("indic.tsv")
    for row in sorted(table, key=lambda row: len(row) >= 5):
        if len(row) >= 5 and script not in row[4].split():
            continue
        spelling, alternative = (row[2], row[3]) if len(row) >= 4 else ("", "")
        out[int(row[0], 16)] = (row[1], spelling, alternative)
    return out


@cache
def _places() -> dict[tuple[str, int, str], tuple[str, ...]]:
    """(script, offset, place) -> spellings, from the "place" rows of dravidian.tsv."""
    return {
        (row[1], int(row[2], 16), row[3]): alternatives(row[4])
        for row in rows("dravidian.tsv")
        if row[0] == "place"
    }


@cache
def _letter_names() -> dict[str, str]:
    """Spelling of an English letter's name -> the letter (indic_letter_names.tsv)."""
    return {row[0]: row[1] for row in rows("indic_letter_names.tsv")}


def letter_named(spelling: str) -> str:
    """The English letter a word spelt so names (ech h, es s), or empty: Indian scripts and
    Sinhala write a name's initials as the letters' English names (ಎಚ್. ಡಿ. H. D.)."""
    return _letter_names().get(spelling, "")


@cache
def _respellings(script: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The "respell" rows of dravidian.tsv that hold for ``script``."""
    return tuple(
        (re.compile(row[2]), row[3] if len(row) > 3 else "")
        for row in rows("dravidian.tsv")
        if row[0] == "respell" and script in row[1].split()
    )


def script_of_word(word: str) -> str | None:
    """The Indian script a word is written in, if it is."""
    for ch in word:
        code = ord(ch)
        for script, start in BLOCKS.items():
            if start <= code < start + 0x80:
                return script
    return None


def romanize(word: str, script: str) -> tuple[str, ...]:
    """The English spellings of one word: the plainest first, then with long vowels and w
    (Sajeeb, Bhagwant), for Bengali its o for the inherent vowel (জয় Joy) and z for জ
    (জিয়া Zia, ওয়াজেদ Wazed), and a final iya as ia. A word in a South Indian script has
    its own spellings (see ``_dravidian``)."""
    units = _units(word, script)
    if script in DRAVIDIAN:
        return _dravidian(units, script)
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
    letters = _letters(script)
    start = BLOCKS[script]
    units: list[_Unit] = []
    double = aytham = False
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
            if aytham and spelling == "p":
                pair = ("f", "f")  # Tamil ஃப is f (ஃபாத்திமா Fathima)
            aytham = False
            units.append(_Unit(pair, offset=offset))
        elif kind == "chillu":
            units.append(_Unit((spelling, alternative), ("", ""), offset=offset))
        elif kind == "aytham":
            aytham = True
        elif kind == "nukta" and units and units[-1].consonant[0]:
            changed = _NUKTA.get(_offset_of(units[-1].consonant[0]))
            if changed is not None:
                units[-1].consonant = letters[changed][1:3]
        elif kind == "sign" and units:
            units[-1].vowel = (spelling, alternative)
        elif kind == "virama" and units:
            units[-1].vowel = ("", "")
        elif kind == "vowel":
            units.append(_Unit(vowel=(spelling, alternative), offset=offset))
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


def _dravidian(units: list[_Unit], script: str) -> tuple[str, ...]:
    """The spellings of a word in a South Indian script: every unit's spellings combined,
    likelier ones first, then each with the respellings of dravidian.tsv that apply; a word
    that spells an English letter's name, or a Tamil one of one syllable, also as its letter
    (initials)."""
    options = [_unit_spellings(units, index, script) for index in range(len(units))]
    combos: list[tuple[int, str]] = [(0, "")]
    for spellings in options:
        combos = sorted(
            ((rank + i, text + spelling) for rank, text in combos for i, spelling in enumerate(spellings)),
            key=lambda combo: combo[0],
        )[:_MOST]
    out: list[str] = []
    for _rank, text in combos:
        out.append(text)
        respelt = text
        for pattern, replacement in _respellings(script):
            once = pattern.sub(replacement, text)
            if once != text:
                out.append(once)
                respelt = pattern.sub(replacement, respelt)
        out.append(respelt)
    if letter := letter_named(out[0]):
        out.append(letter)
    elif script == "Tamil" and len(units) == 1 and units[0].consonant[0]:
        # Tamil writes an initial as its syllable (மு. க. ஸ்டாலின் M. K. Stalin).
        out.append(out[0][:1])
    return tuple(s for s in dict.fromkeys(out) if s)[: 2 * _MOST] or ("",)


def _unit_spellings(units: list[_Unit], index: int, script: str) -> tuple[str, ...]:
    """A unit's spellings, the plainest first: its consonant's by place, times its vowel's,
    and a nasal sign after them. Telugu and Kannada names end in a vowel that English may
    leave off (ಬಸವರಾಜ Basavaraj, ಬಸವರಾಜು Basavaraj, మల్లికార్జున Mallikarjun); Tamil and
    Malayalam ones in a long a English may write aa (Jayalalithaa, Haasan)."""
    unit = units[index]
    last = index == len(units) - 1
    if unit.consonant[0]:
        consonants = _consonant_spellings(units, index, script)
        if unit.vowel is None:
            vowels: tuple[str, ...] = ("a",)
        else:
            vowels = tuple(dict.fromkeys(unit.vowel))
        if last and script in ("Telugu", "Kannada") and (unit.vowel is None or vowels == ("u",)):
            vowels += ("",)
        elif last and script in ("Tamil", "Malayalam") and vowels == ("a",):
            vowels += ("aa",)  # a final long a written double (ஜெயலலிதா Jayalalithaa)
    else:
        consonants = ("",)
        vowels = tuple(dict.fromkeys(unit.vowel or ("", "")))
    nasal = _nasal(units, index) if unit.nasal else ("",)
    return ranked(consonants, vowels, nasal)


def _consonant_spellings(units: list[_Unit], index: int, script: str) -> tuple[str, ...]:
    """A consonant's spellings by its place (see dravidian.tsv): the first of a doubled pair
    is spelt with the second, at its place "double"."""
    unit = units[index]
    following = units[index + 1] if index + 1 < len(units) else None
    if unit.vowel == ("", "") and following is not None and following.offset == unit.offset:
        return ("",)
    before = units[index - 1] if index else None
    if before is not None and before.vowel == ("", "") and before.offset == unit.offset:
        place = "double"
    elif before is not None and before.vowel == ("", "") and before.offset in _NASALS:
        place = "nasal"  # at a word's end too (ஆனந்த் Anand, கோவிந்த் Govind)
    elif unit.vowel == ("", ""):
        place = "final" if following is None else ""
    elif before is None:
        place = "initial"
    elif before.vowel != ("", "") or before.offset in _APPROXIMANTS:
        place = "medial"
    else:
        place = ""
    spellings = _places().get((script, unit.offset, place))
    if spellings:
        return spellings
    if place == "double":
        return tuple(dict.fromkeys(c[:1] + c for c in unit.consonant))
    return tuple(dict.fromkeys(unit.consonant))


def _nasal(units: list[_Unit], index: int) -> tuple[str, ...]:
    """The anusvara's spellings: m at the end of a word (Malayalam തിരുവനന്തപുരം
    Thiruvananthapuram) and before a labial, n before other consonants, m or ng before h
    (నరసింహ Narasimha)."""
    unit = units[index]
    if unit.nasal != "n":
        return (unit.nasal,)
    following = units[index + 1].consonant[0] if index + 1 < len(units) else ""
    if not following or following in _LABIALS:
        return ("m",)
    if following == "h":
        return ("m", "ng", "n")
    return ("n",)
