"""Korean names: Hangul ↔ romanisations, and the syllable sets two spellings may share.

A romanised Korean token is parsed into syllables; each syllable is the *set* of Hangul
jamo (initial, medial, final) its letters can stand for under Revised Romanization,
McCune–Reischauer (with or without breves and apostrophes), the DPRK's own system, and
common personal spellings (``data/korean_jamo.tsv``). Two spellings meet when, syllable by
syllable, their sets intersect: ``Chol``/``Cheol``/``Ch'o'l`` all contain 철, ``Tong``/``Dong``
contain 동, ``Jong``/``Chong``/``Jeong``/``Chung`` contain 정. A Hangul token is a singleton
set, so two Hangul names compare exactly (김종은 ≠ 김정은) while a Hangul name meets every
romanisation of itself. The initial-sound rule (ㄹ/ㄴ → ㅇ/ㄴ at the start of a word, as
South Korean spelling writes 리 as 이 and 류 as 유) is applied to the first syllable of a
token, so ``Ri``/``Lee``/``Yi`` meet. Sets are bit masks, so a comparison is three ANDs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from nodewatch.names.tables import alternatives, rows

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
SYSTEMS = ("rr", "mr", "mrb", "kp", "pop")
STRICT_SYSTEMS = frozenset(("rr", "mr", "mrb", "kp"))
SYSTEM_NAMES = {
    "rr": "Revised Romanization",
    "mr": "McCune–Reischauer",
    "mrb": "McCune–Reischauer without breves",
    "kp": "DPRK romanisation",
    "pop": "common spelling",
    "hangul": "Hangul",
    "letters": "Latin letters' names in Hangul",
}
_HANGUL_BASE = 0xAC00
_HANGUL_LAST = 0xD7A3
# Medials that start with an i/y sound: before them a word-initial ㄹ or ㄴ is written ㅇ.
_IY_MEDIALS = {MEDIALS.index(m) for m in "ㅑㅒㅕㅖㅛㅠㅣ"}
_IY_MASK = sum(1 << i for i in _IY_MEDIALS)
_RIEUL, _NIEUN, _IEUNG = INITIALS.index("ㄹ"), INITIALS.index("ㄴ"), INITIALS.index("ㅇ")
_MAX_ALTERNATIVES = 12
# Longest word the shape expression screens (its backtracking grows with the length).
_SHAPE_MAX = 16


# A syllable: the sets of jamo (bit masks) it may stand for, initial, medial and final, under
# the official systems (strict) and under every spelling (loose). A plain tuple of ints, not
# a NamedTuple: the garbage collector stops tracking a tuple of ints (never an instance of a
# subclass), and the readings of a few thousand names hold tens of thousands of syllables
# and of tuples of them.
Syllable = tuple[int, int, int, int, int, int]
INI, MED, FIN, INI_LOOSE, MED_LOOSE, FIN_LOOSE = range(6)


def meets(a: Syllable, b: Syllable, strict: bool) -> bool:
    """Two syllables share a jamo at each position (under the official systems if strict)."""
    if strict:
        return bool(a[INI] & b[INI] and a[MED] & b[MED] and a[FIN] & b[FIN])
    return bool(a[INI_LOOSE] & b[INI_LOOSE] and a[MED_LOOSE] & b[MED_LOOSE] and a[FIN_LOOSE] & b[FIN_LOOSE])


Parse = tuple[Syllable, ...]


def is_hangul(text: str) -> bool:
    return bool(text) and not text.isascii() and all(_HANGUL_BASE <= ord(ch) <= _HANGUL_LAST for ch in text)


def decompose(syllable: str) -> tuple[int, int, int]:
    """Indices of a Hangul syllable's initial, medial and final jamo."""
    code = ord(syllable) - _HANGUL_BASE
    if not 0 <= code <= _HANGUL_LAST - _HANGUL_BASE:
        raise ValueError(f"not a Hangul syllable: {syllable!r}")
    return code // 588, (code % 588) // 28, code % 28


def compose(ini: int, med: int, fin: int) -> str:
    return chr(_HANGUL_BASE + ini * 588 + med * 28 + fin)


@cache
def _patterns() -> dict[str, dict[str, tuple[int, int]]]:
    """position -> romanisation -> (strict mask, loose mask)."""
    index = {"initial": INITIALS, "medial": MEDIALS, "final": FINALS}
    out: dict[str, dict[str, tuple[int, int]]] = {"initial": {}, "medial": {}, "final": {}}
    for row in rows("korean_jamo.tsv"):
        position, jamo, roman, systems = row
        bit = 1 << list(index[position]).index(jamo)
        names = set(systems.split(","))
        unknown = names - set(SYSTEMS)
        if unknown:
            raise ValueError(f"korean_jamo.tsv: unknown systems {sorted(unknown)}")
        strict, loose = out[position].get(roman, (0, 0))
        if names & STRICT_SYSTEMS:
            strict |= bit
        out[position][roman] = (strict, loose | bit)
    return out


@cache
def _spellings() -> dict[tuple[str, int], str]:
    """(position, jamo index) -> first romanisation per system, for Hangul → Latin."""
    index = {"initial": INITIALS, "medial": MEDIALS, "final": FINALS}
    out: dict[tuple[str, int], str] = {}
    for position, jamo, roman, systems in rows("korean_jamo.tsv"):
        for system in systems.split(","):
            key = (f"{position}:{system}", list(index[position]).index(jamo))
            out.setdefault(key, roman)
    return out


def _dueum(ini: int, med: int) -> int:
    """Widen a word-initial initial set by the initial-sound rule (리 = 이, 로 = 노)."""
    group = (1 << _RIEUL) | (1 << _NIEUN)
    if med & _IY_MASK:
        group |= 1 << _IEUNG
        if ini & group:
            return ini | group
    elif ini & group:
        return ini | group
    return ini


@lru_cache(maxsize=4096)
def _word_initial(syllable: Syllable) -> Syllable:
    """A word's first syllable under the initial-sound rule (cached: first syllables
    recur in every name)."""
    ini, med, fin, ini_loose, med_loose, fin_loose = syllable
    return (_dueum(ini, med), med, fin, _dueum(ini_loose, med_loose), med_loose, fin_loose)


def hangul_syllable(char: str) -> Syllable:
    ini, med, fin = decompose(char)
    return (1 << ini, 1 << med, 1 << fin, 1 << ini, 1 << med, 1 << fin)


def _finals(jamo: str) -> int:
    return sum(1 << FINALS.index(j) for j in jamo)


def _initials(jamo: str) -> int:
    return sum(1 << INITIALS.index(j) for j in jamo)


# The sound changes at a syllable boundary that romanisation writes (RR and McCune–Reischauer
# alike): (final heard, next initial heard) -> (final written, next initial written), 0 for
# unchanged. A reading with the change undone is another reading of the word, so each
# syllable keeps jamo of one class (see ``syllable_key``).
_ASSIMILATION: tuple[tuple[int, int, int, int], ...] = (
    # ㄴ before ㄹ, and ㄹ before ㄴ, are ㄹㄹ: 천리마 Chollima, 신라 Silla; 설날 sollal.
    (_finals("ㄹ"), _initials("ㄹ"), _finals("ㄴ"), 0),
    (_finals("ㄹ"), _initials("ㄹ"), 0, _initials("ㄴ")),
    # ㄱ, ㅂ, ㄷ before a nasal are ㅇ, ㅁ, ㄴ: 국민 kungmin, 십만 simman, 옛날 yennal.
    (_finals("ㅇ"), _initials("ㄴㅁ"), _finals("ㄱㄲㅋ"), 0),
    (_finals("ㅁ"), _initials("ㄴㅁ"), _finals("ㅂㅍ"), 0),
    (_finals("ㄴ"), _initials("ㄴㅁ"), _finals("ㄷㅅㅆㅈㅊㅌㅎ"), 0),
    # ㄹ after ㅁ or ㅇ is ㄴ: 종로 Jongno, 대통령 taet'ongnyong.
    (_finals("ㅁㅇ"), _initials("ㄴ"), 0, _initials("ㄹ")),
)


def _assimilated(reading: Parse) -> list[Parse]:
    """A romanised reading and the readings with a sound change at one of its syllable
    boundaries undone: chollima is 철리마, and 천리마 too."""
    out = [reading]
    for k in range(len(reading) - 1):
        a, b = reading[k], reading[k + 1]
        for heard_final, heard_initial, final, initial in _ASSIMILATION:
            if a[FIN] & heard_final and b[INI] & heard_initial:
                new_a = (a[0], a[1], final, a[3], a[4], final) if final else a
                new_b = (initial, b[1], b[2], initial, b[4], b[5]) if initial else b
                out.append((*reading[:k], new_a, new_b, *reading[k + 2 :]))
    return out


@cache
def _surnames() -> dict[str, tuple[Parse, ...]]:
    out: dict[str, list[Parse]] = {}
    for hangul, spellings in rows("korean_surnames.tsv"):
        parse = tuple(hangul_syllable(ch) for ch in hangul)
        for spelling in alternatives(spellings):
            out.setdefault(spelling, []).append(parse)
    return {key: tuple(value) for key, value in out.items()}


@lru_cache(maxsize=131072)
def parse(token: str) -> tuple[Parse, ...]:
    """Every way a token reads as Korean syllables; empty when it cannot be Korean.

    ``token`` is normalised (casefolded, apostrophes folded to ``'``). A Hangul token has
    one reading; a romanised one may have several (``jongun`` → jong-un or jon-gun).
    """
    if not token:
        return ()
    if is_hangul(token):
        readings: list[Parse] = [tuple(hangul_syllable(ch) for ch in token)]
    else:
        # The shape test backtracks: it is only worth it (and only safe) on short words.
        plausible = len(token) > _SHAPE_MAX or _shape().fullmatch(token) is not None
        readings = list(_segment(token)) if plausible else []
        if "wh" in token:
            # Personal spellings write 화, 환, 황 wha, whan, whang (Kang Kyung-wha, 강경화).
            readings.extend(_segment(token.replace("wh", "hw")))
        readings.extend(_surnames().get(token.replace("'", ""), ()))
        if not readings:  # most words of other languages
            return ()
        readings = [way for reading in readings for way in _assimilated(reading)]
    out = []
    seen = set()
    for reading in readings:
        reading = (_word_initial(reading[0]), *reading[1:])
        if reading not in seen:
            seen.add(reading)
            out.append(reading)
    return tuple(out[:_MAX_ALTERNATIVES])


@cache
def _lookup() -> tuple[
    dict[str, tuple[int, int]], dict[str, tuple[int, int]], dict[str, tuple[int, int]], int
]:
    """The pattern tables with the empty final added, and the longest romanisation."""
    patterns = _patterns()
    finals = {"": (1, 1), **patterns["final"]}  # bit 0: no final consonant
    longest = max(len(r) for table in patterns.values() for r in table)
    return patterns["initial"], patterns["medial"], finals, longest


@cache
def _shape() -> re.Pattern[str]:
    """A regular expression that every romanised Korean word matches (syllables of the jamo
    table's spellings): most words of other languages fail it at once, in C, before the
    syllable search below."""
    initials, medials, finals, _longest = _lookup()

    def alternation(table: dict[str, tuple[int, int]]) -> str:
        return "|".join(re.escape(r) for r in sorted((r for r in table if r), key=len, reverse=True))

    return re.compile(
        f"(?:(?:{alternation(initials)})?(?:{alternation(medials)})(?:{alternation(finals)})?)+"
    )


@lru_cache(maxsize=262144)
def _segment(text: str) -> tuple[Parse, ...]:
    """All readings of ``text`` as whole syllables, memoised per text: a suffix is read
    once however many words end with it (-chol, -song, -ov).

    Each jamo position is found by dictionary look-ups of the next 0–4 letters, so a
    token costs a few dozen look-ups rather than a scan of every pattern.
    """
    if not text:
        return ((),)
    initials, medials, finals, longest = _lookup()
    end = len(text)
    results: list[Parse] = []
    for ini_end in range(min(longest, end) + 1):
        ini = initials.get(text[:ini_end])
        if ini is None:
            continue
        for med_end in range(ini_end + 1, min(ini_end + longest, end) + 1):
            med = medials.get(text[ini_end:med_end])
            if med is None:
                continue
            for fin_end in range(med_end, min(med_end + 2, end) + 1):
                fin = finals.get(text[med_end:fin_end])
                if fin is None:
                    continue
                syllable = (ini[0], med[0], fin[0], ini[1], med[1], fin[1])
                for rest in _segment(text[fin_end:]):
                    results.append((syllable, *rest))
                    if len(results) >= _MAX_ALTERNATIVES:
                        return tuple(results)
    return tuple(results)


def compare(left: Iterable[Parse], right: Iterable[Parse]) -> float | None:
    """1.0 when two readings meet under the official systems, 0.9 through common
    spellings only, 0.0 when both are Korean but never meet, None when either is not Korean.
    """
    left = tuple(left)
    right = tuple(right)
    if not left or not right:
        return None
    loose = False
    for a in left:
        for b in right:
            if len(a) != len(b):
                continue
            if all(meets(x, y, True) for x, y in zip(a, b, strict=True)):
                return 1.0
            if not loose and all(meets(x, y, False) for x, y in zip(a, b, strict=True)):
                loose = True
    return 0.9 if loose else 0.0


def near(left: Iterable[Parse], right: Iterable[Parse]) -> bool:
    """Two readings of as many syllables that meet but for one jamo of one syllable, its
    vowel or its final (Hek/Hyok, Kon/Kwon, Gi/Gil, Ha/Hwa): a list's slip of one letter of a
    syllable, as opposed to another initial sound (Daedong/Daesong), which is another word."""
    for a in left:
        for b in right:
            if len(a) != len(b):
                continue
            off = 0
            for x, y in zip(a, b, strict=True):
                if meets(x, y, False):
                    continue
                if not x[INI_LOOSE] & y[INI_LOOSE] or not (
                    x[MED_LOOSE] & y[MED_LOOSE] or x[FIN_LOOSE] & y[FIN_LOOSE]
                ):
                    break
                off += 1
                if off > 1:
                    break
            else:
                if off == 1:
                    return True
    return False


_INITIAL_CLASS = {
    **dict.fromkeys("ㄱㄲㅋ", "K"),
    **dict.fromkeys("ㄷㄸㅌ", "T"),
    **dict.fromkeys("ㅂㅃㅍ", "P"),
    **dict.fromkeys("ㅈㅉㅊ", "C"),
    **dict.fromkeys("ㅅㅆ", "S"),
    **dict.fromkeys("ㄹㄴㅇ", "R"),
    "ㅁ": "M",
    "ㅎ": "H",
}
_MEDIAL_CLASS = {
    **dict.fromkeys("ㅗㅓㅜㅡ", "O"),
    **dict.fromkeys("ㅕㅛㅠ", "Y"),
    **dict.fromkeys("ㅐㅔㅒㅖ", "E"),
    **dict.fromkeys("ㅣㅢㅟ", "I"),
    **dict.fromkeys("ㅚㅝㅞㅙ", "W"),
    "ㅏ": "A",
    "ㅑ": "A",
    "ㅘ": "V",
}
_FINAL_CLASS = {
    "": "",
    **dict.fromkeys(("ㄱ", "ㄲ", "ㅋ", "ㄳ", "ㄺ"), "K"),
    **dict.fromkeys(("ㄴ", "ㄵ", "ㄶ"), "N"),
    **dict.fromkeys(("ㄹ", "ㄼ", "ㄽ", "ㄾ", "ㅀ"), "L"),
    **dict.fromkeys(("ㅁ", "ㄻ"), "M"),
    **dict.fromkeys(("ㅂ", "ㅍ", "ㅄ", "ㄿ"), "P"),
    "ㅇ": "G",
    **dict.fromkeys(("ㄷ", "ㅅ", "ㅆ", "ㅈ", "ㅊ", "ㅌ", "ㅎ"), "T"),
}


def _classes(mask: int, jamo: tuple[str, ...] | str, table: dict[str, str]) -> str:
    """The sorted classes of the jamo in ``mask``, visiting only its set bits (a syllable
    holds a few of the 19–28 jamo of a position)."""
    found = set()
    while mask:
        low = mask & -mask
        found.add(table[jamo[low.bit_length() - 1]])
        mask ^= low
    return "".join(sorted(found))


@lru_cache(maxsize=65536)
def syllable_key(syllable: Syllable) -> str:
    """A coarse class of a syllable that every spelling which may meet it shares.

    Consonants fall into classes that no romanisation splits (ㄱ/ㄲ/ㅋ, ㄹ/ㄴ/ㅇ ...) and
    vowels likewise (ㅗ/ㅓ/ㅜ/ㅡ, which o/u/eo/ŏ/ŭ spellings mix), so meeting syllables
    always have equal keys: a dictionary look-up finds the candidates that ``meets`` checks.
    """
    return (
        _classes(syllable[INI_LOOSE], INITIALS, _INITIAL_CLASS)
        + "-"
        + _classes(syllable[MED_LOOSE], MEDIALS, _MEDIAL_CLASS)
        + "-"
        + _classes(syllable[FIN_LOOSE], FINALS, _FINAL_CLASS)
    )


@lru_cache(maxsize=131072)
def reading_key(reading: Parse) -> tuple[str, ...]:
    """The coarse keys of a reading's syllables: a token's own keys and its look-up key in
    the Korean lexicon, computed once per reading."""
    return tuple(map(syllable_key, reading))


def romanize(text: str, system: str = "rr") -> str:
    """Hangul to Latin under one system, syllable by syllable as names are written.

    Words are kept apart; under McCune–Reischauer and the DPRK system a plain stop inside a
    word is voiced after a vowel or a sonorant (김일성 → Kim Il Song, 박봉남 → Pak Pong Nam is
    the word-initial form, 봉남 inside a word → pongnam). Non-Hangul characters pass through.
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown romanisation system {system!r}")
    spellings = _spellings()
    words = []
    for word in text.split():
        out = []
        previous_final: int | None = None
        for ch in word:
            if not is_hangul(ch):
                out.append(ch)
                previous_final = None
                continue
            ini, med, fin = decompose(ch)
            voiced = previous_final is not None and FINALS[previous_final] in ("", "ㄴ", "ㄹ", "ㅁ", "ㅇ")
            out.append(_initial(ini, system, voiced, spellings))
            out.append(spellings[(f"medial:{system}", med)])
            out.append(spellings[(f"final:{system}", fin)] if fin else "")
            previous_final = fin
        words.append("".join(out))
    result = " ".join(words)
    if system == "mr":
        result = result.replace("o'", "ŏ").replace("u'", "ŭ").replace("'", "’")
    elif system != "rr":
        result = result.replace("'", "")  # breves and aspiration marks dropped, as written
    return result


_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}


def _initial(ini: int, system: str, voiced: bool, spellings: dict[tuple[str, int], str]) -> str:
    plain = spellings[(f"initial:{system}", ini)]
    if system in ("mr", "mrb", "kp") and INITIALS[ini] in "ㄱㄷㅂㅈ":
        word_initial = {"ㄱ": "k", "ㄷ": "t", "ㅂ": "p", "ㅈ": "j" if system == "kp" else "ch"}[INITIALS[ini]]
        return _VOICED.get(word_initial, word_initial) if voiced else word_initial
    return plain


@lru_cache(maxsize=65536)
def syllable_initials(readings: tuple[Parse, ...]) -> frozenset[str]:
    """Acronyms a Korean word can give, one letter per syllable (남천강 → ``ncg``).

    Korean organisations abbreviate by syllable (``NCG`` for Nam Chon Gang); the letter is
    the first letter of any romanisation of the syllable's initial consonant.
    """
    out: set[str] = set()
    for reading in readings:
        letters = [_syllable_letters(syllable[INI], syllable[MED]) for syllable in reading]
        combos = {""}
        for options in letters:
            combos = {c + o for c in combos for o in options}
            if len(combos) > 64:
                break
        out |= combos
    return frozenset(out)


@lru_cache(maxsize=4096)
def _syllable_letters(ini: int, med: int) -> frozenset[str]:
    """The letters a syllable's romanisations start with: its initial's, or with a silent
    ㅇ its medial's (cached: a few hundred syllable shapes recur in every name)."""
    patterns = _patterns()
    options = {roman[0] for roman, (_s, loose) in patterns["initial"].items() if roman and loose & ini}
    if ini & (1 << _IEUNG):
        options |= {roman[0] for roman, (_s, loose) in patterns["medial"].items() if loose & med}
    return frozenset(options)


@cache
def _letter_names() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for letter, names in rows("korean_letter_names.tsv"):
        for name in alternatives(names):
            out[name] = (*out.get(name, ()), letter)
    return out


# Letter names are 1–3 syllables (엘, 에스, 더블유); a word spelling more letters is none.
_LONGEST_LETTER_NAME = 3
_MOST_LETTERS = 5


@lru_cache(maxsize=16384)
def spelt_letters(word: str) -> tuple[str, ...]:
    """The Latin initials a Hangul word spells by the letters' names, two or more: Korean
    writes a firm's Latin initials so (엘지 is LG, 에스케이 SK). Every way, as 지 is g and z."""
    names = _letter_names()
    ways: dict[int, list[str]] = {0: [""]}
    for start in range(len(word)):
        for done in ways.get(start, ()):
            if len(done) >= _MOST_LETTERS:
                continue
            for size in range(1, _LONGEST_LETTER_NAME + 1):
                for letter in names.get(word[start : start + size], ()):
                    ways.setdefault(start + size, []).append(done + letter)
    return tuple(dict.fromkeys(w for w in ways.get(len(word), ()) if len(w) >= 2))


# Korean names as Russian writes them (the Kontsevich system: 오영호 is О Ён Хо, 김정은 Ким
# Чен Ын), spelt for ``parse``: х is h (not the kh of ㅋ in the DPRK's own system), ё is
# yo, ы is ŭ, and a final н is ㄴ or ㅇ, which Kontsevich writes alike.
_KONTSEVICH_PAIRS = (
    ("ый", "ui"),
    ("чж", "j"),
    ("дж", "j"),  # the popular spelling of ㅈ (Чхонджин, Кэсон Джон)
    ("чх", "ch'"),
    ("кх", "k'"),
    ("тх", "t'"),
    ("пх", "p'"),
    ("нъ", "ng"),
)
_KONTSEVICH = str.maketrans(
    {
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "j", "и": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "p", "х": "h", "ч": "ch", "ш": "sh", "ы": "u", "э": "ae", "ю": "yu",
        "я": "ya", "ё": "yo", "й": "", "ъ": "", "ь": "",
    }
)  # fmt: skip
_FINAL_N = re.compile(r"n(?=[^aeiouyw']|$)")
_INNER_N = re.compile(r"(?<=[aeiou])n(?=[aeiou])")
_LONGEST_CYRILLIC_KOREAN = 9


def _each_way(final_n: re.Pattern[str], spelt: str) -> set[str]:
    """``spelt`` with every choice of n or ng for each n ``final_n`` finds."""
    ways = {""}
    last = 0
    for found in final_n.finditer(spelt):
        ways = {w + spelt[last : found.start()] + end for w in ways for end in ("n", "ng")}
        last = found.end()
    return {w + spelt[last:] for w in ways}


@lru_cache(maxsize=16384)
def cyrillic_readings(word: str) -> tuple[Parse, ...]:
    """The Korean readings of a Cyrillic word written in Kontsevich (Ён is 영 or 용)."""
    if len(word) > _LONGEST_CYRILLIC_KOREAN:
        return ()
    for cyrillic, latin in _KONTSEVICH_PAIRS:
        word = word.replace(cyrillic, latin)
    spelt = word.translate(_KONTSEVICH)
    if not spelt.isascii():
        return ()
    # Russian custom writes ㅓ after ㅈ and ㅊ as е (Ким Чен Ын is 김정은).
    spellings = {spelt, re.sub(r"(?<=ch|.j)e", "o", spelt)}
    # Each final н is ㄴ or ㅇ on its own (Чхун Рён is 춘룡, chun ryong).
    spellings = {way for s in spellings for way in _each_way(_FINAL_N, s)}
    # Joined syllables (ченын, a run of Чен Ын) hide where one ends: a н before a vowel
    # may close the syllable before it too (정은).
    spellings |= {_INNER_N.sub("ng", s) for s in spellings}
    return tuple(dict.fromkeys(r for s in sorted(spellings) for r in parse(s)))


@cache
def _loanword_rules() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """The rewrites of ``korean_loanwords.tsv`` by side (hangul, english, class)."""
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for side, pattern, *replacement in rows("korean_loanwords.tsv"):
        out.setdefault(side, []).append((re.compile(pattern), replacement[0] if replacement else ""))
    return {side: tuple(rules) for side, rules in out.items()}


def _consonant_classes(text: str) -> str:
    for pattern, replacement in _loanword_rules()["class"]:
        text = pattern.sub(replacement, text)
    return re.sub(r"[^NPTKSLMn]", "", text)


@lru_cache(maxsize=65536)
def loanword_key(romanized: str, side: str) -> str:
    """The consonant key of a word as Korean writes a loanword (see ``korean_loanwords.tsv``):
    ``side`` is "hangul" for a Hangul word's Revised Romanization, "english" for a Latin
    word. Consecutive consonants of one class are one."""
    text = romanized
    for pattern, replacement in _loanword_rules()[side]:
        text = pattern.sub(replacement, text)
    key = _consonant_classes(text)
    return re.sub(r"(.)\1+", r"\1", key)
