"""Thai words spelt as Thai names are in Latin letters.

A general transliteration gives nothing usable for Thai: the script writes some vowels
before their consonant (เ แ โ ใ ไ), leaves others unwritten (the inherent o of a closed
syllable, a of an open one: สมชาย Somchai, สวัสดิ์ sawat), spells a final consonant as
another sound (a final ด ต ท ส is t) and marks silent letters (์). Names in Latin follow two
traditions, and a list may use either: the phonetic one of the Royal Thai General System
(ทักษิณ Thaksin, ชินวัตร Chinnawat) and the etymological one that writes the Sanskrit or
Pali letter (อภิสิทธิ์ Abhisit, เวชชาชีวะ Vejjajiva, ชินวัตร Shinawatra). ``romanize``
gives both, with the plain-letter forms English also uses (พิธา Pita). The letters are
in ``data/thai.tsv``; the code only cuts a word into syllables.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from nodewatch.names.tables import rows

_RTGS, _ETYM = 0, 1
# Consonant pairs that begin one syllable when a vowel follows (ปร in ประยุทธ์ Prayut): kind
# cluster in the table; of kind "r silent" (ทร จร ศร สร ซร), the phonetic spelling leaves
# the ร out, and only a lead vowel before them makes them one.
_CLUSTERS = frozenset(row[0] for row in rows("thai.tsv") if row[1] in ("cluster", "r silent"))
_TRUE_CLUSTERS = frozenset(row[0] for row in rows("thai.tsv") if row[1] == "cluster")
# Low consonants a written ห before them only gives a tone (หลีก lik, หมาย mai).
_SONORANTS = frozenset("งญนมยรลวฬ")
# Short vowels always closed by a consonant.
_SHORT_CLOSED = frozenset("ัิุ")
# Vowels that end their syllable: no final consonant follows them.
_OPEN_VOWELS = frozenset(("ะ", "ำ", "ใ", "ไ", "เ-า", "เ-าะ", "เ-ะ", "แ-ะ", "โ-ะ", "เ-อะ", "-อะ"))


@dataclass(frozen=True)
class _Style:
    """One way of spelling: a tradition, letters and vowels spelt otherwise, and whether
    a vowel links the words of a compound (ชินวัตร Shin-a-watra, สุนทรเวช Sundara-vej)."""

    tradition: int
    overrides: tuple[tuple[str, str], ...] = ()
    linking: bool = False
    # The final of a Pali or Sanskrit syllable said again, with a, before the next one
    # (ณัฐวุฒิ nat-tha-wut, วัฒนา wat-tha-na): the phonetic spellings write it so.
    repeating: bool = False
    # A final spelt by its letter, not its sound (สมคิด Somkid, ชิดชอบ Chidchob).
    letter_finals: bool = False


# English spellings of Thai names: the phonetic letters without the h of aspiration and
# with English long vowels (หลีกภัย Leekpai, รุ่ง roong, เรือง ruang, พิธา Pita), า before
# a final n as ar (แพทองธาร Paetongtarn).
_ENGLISH_CONSONANTS = (
    ("ผ", "p"),
    ("พ", "p"),
    ("ภ", "p"),
    ("ท", "t"),
    ("ถ", "t"),
    ("ธ", "t"),
    ("ฐ", "t"),
    ("ฑ", "t"),
    ("ฒ", "t"),
    ("ข", "k"),
    ("ค", "k"),
    ("ฆ", "k"),
)
_ENGLISH = (
    *_ENGLISH_CONSONANTS,
    ("ี", "ee"),
    ("ุ", "oo"),
    ("ู", "oo"),
    ("เ-ือ", "ua"),
    ("า-n", "ar"),
)
_STYLES = (
    _Style(_RTGS),
    _Style(_ETYM),
    _Style(_RTGS, _ENGLISH),
    _Style(_ETYM, (("ช", "ch"),), linking=True),  # ชวลิต Chavalit
    _Style(_RTGS, _ENGLISH_CONSONANTS, letter_finals=True),  # สมคิด Somkid
)
_SH_STYLE = _Style(_ETYM, (("ช", "sh"), ("ว", "w")), linking=True)  # ชินวัตร Shinawatra
# Spellings of words with such a final (see ``_REPEATED``): phonetic, and English (Nattawut).
_REPEATING_STYLES = (_Style(_RTGS, repeating=True), _Style(_RTGS, _ENGLISH_CONSONANTS, repeating=True))
# Finals of Pali and Sanskrit words that are said again before the next syllable.
_REPEATED = frozenset("ฐฒฑธภศษ")


@dataclass
class _Syllable:
    lead: str = ""
    onset: str = ""  # consonant letters, a silent ห or อ and a cluster's ร included
    signs: str = ""  # vowel signs and vowel letters (อ ว ย) after the onset
    final: str = ""  # the consonant that closes it
    trailing: str = ""  # letters after the final, not said in Thai (ตร in ชินวัตร)
    rr: bool = False  # รร: a, with n if nothing else closes it (สุวรรณ Suwan)


@cache
def _table() -> dict[str, tuple[str, tuple[str, str, str, str]]]:
    """Letter or compound key -> (kind, (rtgs, rtgs final, etym, etym final))."""
    out: dict[str, tuple[str, tuple[str, str, str, str]]] = {}
    for row in rows("thai.tsv"):
        padded = (*row[2:], "", "", "", "")[:4]
        out[row[0]] = (row[1], (padded[0], padded[1], padded[2], padded[3]))
    return out


def _kind(ch: str) -> str:
    return _table().get(ch, ("", ()))[0]


def is_thai(word: str) -> bool:
    return any("\u0e01" <= ch <= "\u0e5b" for ch in word)


def romanize(word: str) -> tuple[str, ...]:
    """The Latin spellings of one Thai word: the phonetic (RTGS) one first, then the
    etymological one, an English one (see ``_ENGLISH``), and the etymological one with ช as
    ch or, at the start of a word, sh, the words of a compound linked by a. Empty if
    nothing in it is Thai."""
    letters = _said_letters(word)
    syllables = _syllables(letters)
    if not syllables:
        return ()
    styles = _STYLES + ((_SH_STYLE,) if syllables[0].onset.startswith("ช") else ())
    if any(s.final in _REPEATED for s in syllables[:-1]):
        styles += _REPEATING_STYLES
    spellings = [_spell(syllables, style) for style in styles]
    # The other reading of a lead vowel before two consonants (see ``_syllables``), and the
    # word without its last short vowel (see ``_unsaid_last_vowel``), after.
    others = (
        _syllables(letters, lead_to_second=False),
        _syllables(letters, short_open=True),
        _unsaid_last_vowel(syllables),
    )
    for other in others:
        if other != syllables:
            spellings += [_spell(other, style) for style in styles]
    return tuple(s for s in dict.fromkeys(spellings) if s)


def _unsaid_last_vowel(syllables: list[_Syllable]) -> list[_Syllable]:
    """The syllables of a word of Pali or Sanskrit origin that ends in a consonant and a
    short i or u, which alone is not said, the consonant closing the syllable before (ชาติ
    chat, วุฒิ wut, เหตุ het); said within a compound (วุฒิชัย wutthichai). Unchanged if the
    word does not end so."""
    if len(syllables) < 2:
        return syllables
    before, last = syllables[-2], syllables[-1]
    if before.final or last.final or last.lead or len(last.onset) != 1 or last.signs not in ("ิ", "ุ"):
        return syllables
    return [*syllables[:-2], dataclasses.replace(before, final=last.onset)]


def _said_letters(word: str) -> list[str]:
    """The letters of a word that are said: without tone marks, and without the letters a
    karan (์) silences: the one under it, a vowel sign between (สิทธิ์ sit), and a bare
    consonant between a closed syllable and it (จันทร์ chan, ลักษณ์ lak; after a long
    vowel only before ร: ศาสตร์ sat, but จุลานนท์ chulanon)."""
    out: list[str] = []
    for ch in word:
        kind = _kind(ch)
        if kind in ("tone", ""):
            continue
        if kind != "silent":
            out.append(ch)
            continue
        if out and out[-1] in "ิุ":
            out.pop()
        silenced = out.pop() if out and _kind(out[-1]) == "consonant" else ""
        if (
            len(out) >= 3
            and _kind(out[-1]) == _kind(out[-2]) == "consonant"
            and (silenced == "ร" or out[-3] in _SHORT_CLOSED)
        ):
            out.pop()
    return out


def _opens(letters: list[str], index: int) -> bool:
    """Whether the consonant at ``index`` begins a syllable (a vowel follows it) rather
    than closing the one before."""
    after = letters[index + 1] if index + 1 < len(letters) else ""
    if not after:
        return False
    if _kind(after) in ("vowel", "short"):
        return True
    pair = letters[index] + after
    following = letters[index + 2] if index + 2 < len(letters) else ""
    if after == "อ":
        return not following or _kind(following) != "vowel"
    if (letters[index] == "ห" and after in _SONORANTS) or (after == "ร" == following):
        return True
    return pair in _TRUE_CLUSTERS and _kind(following) in ("vowel", "short")


def _syllables(letters: list[str], lead_to_second: bool = True, short_open: bool = False) -> list[_Syllable]:
    """The syllables of a word's said letters. A lead vowel before two consonants that are no
    cluster, the second with a vowel of its own, is read (``lead_to_second``) as the first
    consonant's open syllable and the lead vowel's with the second (เจริญ cha-roen), or
    else as the first's (เนวิน ne-win): the script does not say which."""
    out: list[_Syllable] = []
    i, n = 0, len(letters)
    while i < n:
        syllable = _Syllable()
        if _kind(letters[i]) == "lead":
            syllable.lead = letters[i]
            i += 1
            # A lead vowel before two letters that are no cluster belongs to the second,
            # when its own vowel follows it: the first is a syllable of its own (เจริญ charoen).
            if (
                lead_to_second
                and i + 2 < n
                and syllable.lead in "เแโ"
                and _kind(letters[i]) == _kind(letters[i + 1]) == "consonant"
                and letters[i] + letters[i + 1] not in _TRUE_CLUSTERS
                and letters[i] not in "หอ"
                and letters[i + 2] in "ิีืาะ"
            ):
                out.append(_Syllable(onset=letters[i]))
                i += 1
        if i < n and _kind(letters[i]) == "vowel":  # ฤ, ฦ, or a stray sign
            syllable.signs = letters[i]
            out.append(syllable)
            i += 1
            continue
        if i >= n or _kind(letters[i]) != "consonant":
            i += 1
            continue
        syllable.onset = letters[i]
        i += 1
        if (
            i < n
            and letters[i] in _SONORANTS
            and ((syllable.onset == "ห") or (syllable.onset == "อ" and letters[i] == "ย"))
        ):
            syllable.onset += letters[i]  # silent ห / อ: only a tone
            i += 1
        elif i < n and syllable.onset + letters[i] in _CLUSTERS:
            following = letters[i + 1] if i + 1 < n else ""
            true = syllable.onset + letters[i] in _TRUE_CLUSTERS
            if _kind(following) in ("vowel", "short") or (
                syllable.lead and (following or (true and syllable.lead in "ใไ"))
            ):
                syllable.onset += letters[i]
                i += 1
        i = _vowel(letters, i, syllable)
        if not (short_open and _opens_before_two(letters, i, syllable)):
            i = _close(letters, i, syllable, out)
        if syllable.onset:  # else merged into the syllable before (see ``_trail``)
            out.append(syllable)
    return out


def _vowel(letters: list[str], i: int, syllable: _Syllable) -> int:
    """Read the vowel signs after the onset, and the vowel letters อ ว ย, รร."""
    n = len(letters)
    while i < n and _kind(letters[i]) in ("vowel", "short") and letters[i] not in "ฤฦ":
        syllable.signs += letters[i]
        i += 1
    nxt = letters[i] if i < n else ""
    after = letters[i + 1] if i + 1 < n else ""
    signs = syllable.signs.replace("็", "")
    bare = not signs and not syllable.lead
    vowel_letter = (
        (syllable.lead == "เ" and signs in ("ี", "ื") and nxt in ("ย", "อ"))  # เ-ีย, เ-ือ
        or (signs == "ั" and nxt == "ว")  # -ัว
        or (not signs and nxt == "อ" and _kind(after) != "vowel")  # ทอง thong
        # -ว- before a final: ชวน chuan
        or (bare and nxt == "ว" and _kind(after) == "consonant" and not _opens(letters, i + 1))
    )
    if vowel_letter:
        syllable.signs += nxt
        i += 1
    elif bare and nxt == "ร" and after == "ร":
        syllable.rr = True
        i += 2
    if i < n and letters[i] == "ะ":
        syllable.signs += "ะ"
        i += 1
    return i


def _opens_before_two(letters: list[str], i: int, syllable: _Syllable) -> bool:
    """A short i or u before the two consonants that end a word, which are then a syllable
    of their own: in Pali and Sanskrit words (ภูมิพล phu-mi-phon, จตุพร cha-tu-phon) it need
    not be closed, as ``_close`` reads it (สุนทร sun-thon); the other reading of a word
    (``short_open``)."""
    return (
        bool(_SHORT_CLOSED.intersection(syllable.signs) - {"ั"})
        and i + 2 == len(letters)
        and _kind(letters[i]) == _kind(letters[i + 1]) == "consonant"
    )


def _close(letters: list[str], i: int, syllable: _Syllable, before: list[_Syllable]) -> int:
    """Take the final consonant, if one closes the syllable, and letters left after it at
    the end of the word."""
    n = len(letters)
    if syllable.lead in ("ใ", "ไ") and i < n and letters[i] == "ย" and not _opens(letters, i):
        return i + 1  # a ย after ใ ไ is not said, inside a word too (ใสยเกื้อ Saikua; ไชยา Chaiya)
    if _vowel_key(syllable) in _OPEN_VOWELS or i >= n or _kind(letters[i]) != "consonant":
        if i >= n and not syllable.signs and not syllable.lead and not syllable.rr and before:
            _trail(before[-1], syllable)
        return i
    if _opens(letters, i):
        return i
    explicit = syllable.signs or syllable.lead
    if not explicit and (letters[i] == "ว" or letters[i + 1 :] == ["ร"]):
        return i  # ว closes no bare syllable, nor one before a last ร (ชวลิต chawalit, นคร nakhon)
    if explicit and letters[i] == "ร" and i + 1 < n and _kind(letters[i + 1]) == "consonant":
        return i  # ร between a vowel and a consonant begins a syllable (วีรกูล wirakun)
    if (
        explicit
        and i + 1 < n
        and not _SHORT_CLOSED.intersection(syllable.signs)
        and _kind(letters[i + 1]) == "consonant"
        and not _opens(letters, i + 1)
    ):
        # After a long vowel, two consonants no vowel follows are a syllable of their own
        # (ธนาธร thanathon, วชิราลงกรณ wachiralongkon); a short one is closed (สุนทร sunthon).
        return i
    syllable.final = letters[i]
    i += 1
    while i < n and _kind(letters[i]) == "consonant" and not _opens(letters, i):
        if i + 1 < n:
            break  # the next syllable's bare consonant, not a trailing letter
        syllable.trailing += letters[i]
        i += 1
    return i


def _trail(previous: _Syllable, bare: _Syllable) -> None:
    """A bare consonant ends the word: after a closed syllable it is a silent trailing
    letter (กรณ kon), after an open one that syllable's final."""
    letter = bare.onset
    if previous.final or previous.rr:
        previous.trailing += letter
    elif _vowel_key(previous) not in _OPEN_VOWELS:
        previous.final = letter
    elif not previous.lead:
        return
    bare.onset = ""  # ไทย thai: a letter after ใ ไ is not said


def _vowel_key(syllable: _Syllable) -> str:
    signs = syllable.signs.replace("็", "") if syllable.signs != "็อ" else syllable.signs
    if syllable.lead and signs:
        return f"{syllable.lead}-{signs}"
    if syllable.lead:
        return syllable.lead
    return f"-{signs}" if f"-{signs}" in _table() else signs


def _spell(syllables: list[_Syllable], style: _Style) -> str:
    overrides = dict(style.overrides)
    out = [_spell_one(s, style.tradition, overrides, style.letter_finals) for s in syllables]
    for index, syllable in enumerate(syllables[:-1]):
        if not syllable.final or syllable.trailing or not syllables[index + 1].onset:
            continue
        if style.linking:
            out[index] += "a"
        elif style.repeating and syllable.final in _REPEATED:
            out[index] += (overrides.get(syllable.final) or _table()[syllable.final][1][0]) + "a"
    return "".join(out)


def _spell_one(
    syllable: _Syllable, tradition: int, overrides: dict[str, str], letter_finals: bool = False
) -> str:
    initial, final = (0, 1) if tradition == _RTGS else (2, 3)
    if letter_finals:
        final = 3
    onset = syllable.onset
    if len(onset) == 2 and (onset[0] in "หอ" and onset[1] in _SONORANTS):
        onset = onset[1:]
    elif onset[1:] == "ร" and onset not in _TRUE_CLUSTERS and tradition == _RTGS:
        onset = "ซ" if onset == "ทร" else onset[0]  # ทร is s (ทราย sai), สร s (สร้าง sang)
    text = "".join(overrides.get(ch) or _table()[ch][1][initial] for ch in onset)
    key = _vowel_key(syllable)
    if syllable.rr:
        vowel = "a" if syllable.final else "an"
    elif key in overrides:
        vowel = overrides[key]
    elif key and key in _table():
        vowel = _table()[key][1][initial]
    elif key:
        vowel = "".join(overrides.get(ch) or _table()[ch][1][initial] for ch in key if ch in _table())
    else:
        vowel = "o" if syllable.final else "a"
    sound = _table()[syllable.final][1][final] if syllable.final else ""
    if syllable.final == "ย" and vowel.endswith("i"):
        sound = ""
    return text + overrides.get(f"{key}-{sound}", vowel) + sound + _trailing(syllable, tradition)


def _trailing(syllable: _Syllable, tradition: int) -> str:
    """Letters after the final: not said, but written in the etymological spelling."""
    if tradition != _ETYM:
        return ""
    return "".join("ra" if ch == "ร" else _table()[ch][1][3] for ch in syllable.trailing)
