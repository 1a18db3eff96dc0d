"""Russian (and Ukrainian/Belarusian) names: Cyrillic ↔ Latin and the spellings that meet.

A Cyrillic token is transliterated under GOST 7.79-B, BGN/PCGN and ICAO 9303
(``data/cyrillic.tsv``); any Latin spelling, official or not, is reduced to a skeleton by
ordered rewrites (``data/slavic_skeleton.tsv``) so that Sergei/Sergey, -skiy/-sky,
Yu/Iu and Aleksandr/Alexandr meet. Given names that differ across languages
(Aleksandr/Oleksandr, Vladimir/Volodymyr) meet through ``data/given_names.tsv``.
Patronymics and feminine surname forms are recognised so that a missing patronymic costs
little and a wife's surname does not pass for her husband's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, partial

from nodewatch.names.normalize import ascii_fold
from nodewatch.names.tables import alternatives, rows

SYSTEMS = ("gost", "bgn", "icao", "latin")
SYSTEM_NAMES = {
    "latin": "Slavic Latin alphabet",
    "gost": "GOST 7.79-B",
    "bgn": "BGN/PCGN",
    "icao": "ICAO 9303",
    "skeleton": "common spelling",
    "common": "common spelling (ё as yo)",
}
_VOWELS = set("аеёиоуыэюяіїє")
_SOFTENERS = set("йъь")
# English, Ukrainian, and the French and German (Grigorievitch, Petrowitsch, Iwanowna) endings.
_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ievich|yevich|ovych|evych|ich|ovna|evna|ievna|yevna|ichna|ivna|ovych|ijovych"
    r"|itch|itsch|owna|ewna)$"
)
_PATRONYMIC_SKELETON = re.compile(r"(?:ovich|evich|ovch|ich|ovna|evna|ichna|ivna|itch|itsch|owna|ewna)$")
_FEMININE_END = ("a", "а", "я")
_FEMININE = (("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("skaia", "skii"), ("skaia", "ski"), ("aia", "ii"))


@cache
def _letters() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"gost": {}, "bgn": {}, "bgn_initial": {}, "icao": {}, "latin": {}}
    for letter, gost, bgn, bgn_initial, icao, latin in (
        row + ("",) * (6 - len(row)) for row in rows("cyrillic.tsv")
    ):
        out["gost"][letter] = gost
        out["bgn"][letter] = bgn
        out["bgn_initial"][letter] = bgn_initial
        out["icao"][letter] = icao
        out["latin"][letter] = latin
    return out


def is_cyrillic(token: str) -> bool:
    return not token.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in token)


@lru_cache(maxsize=65536)
def transliterate(token: str, system: str) -> str:
    """A lower-case Cyrillic token in Latin letters under one standard (marks dropped)."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}")
    letters = _letters()
    table = letters[system]
    out = []
    previous = ""
    for ch in token:
        if system == "bgn" and (not previous or previous in _VOWELS or previous in _SOFTENERS):
            out.append(letters["bgn_initial"].get(ch, ch))
        else:
            out.append(table.get(ch, ch))
        previous = ch
    return ascii_fold("".join(out).replace("ë", "e"))


_REGEX_CHARS = frozenset("()[]?*+^$\\|{}.")
_LEADING_ASSERTIONS = re.compile(r"^(?:\^|\(\?<[=!][^()]*\))+")


@cache
def _rules() -> tuple[tuple[str, Callable[[str], str]], ...]:
    """The skeleton rewrites, each with text that every match of it holds: a rewrite is
    tried only on a word that holds its text (most rules touch few words). Plain-text
    patterns are ``str.replace`` (faster than re) and a group reference becomes a function
    (re expands a template slowly on every match)."""
    out: list[tuple[str, Callable[[str], str]]] = []
    for row in rows("slavic_skeleton.tsv"):
        pattern, repl = row[0], row[1] if len(row) > 1 else ""
        if _REGEX_CHARS.isdisjoint(pattern) and "\\" not in repl:
            out.append((pattern, _replacer(pattern, repl)))
        else:
            compiled = re.compile(pattern)
            out.append(
                (_required_text(pattern), partial(compiled.sub, _expander(repl) if "\\" in repl else repl))
            )
    return tuple(out)


def _required_text(pattern: str) -> str:
    """The literal text a regular expression starts with, which every match holds
    (``gu(?=[ei])`` → ``gu``, ``e+`` → ``e``, ``^i(?=e)`` → ``i``: a leading anchor or
    look-behind is passed over); a letter that ``*``, ``?`` or ``{`` makes optional is left
    out, and a pattern that starts with a group or holds an alternation gives ``""`` (every
    word is tried)."""
    if "|" in pattern:
        return ""
    literal: list[str] = []
    for ch in _LEADING_ASSERTIONS.sub("", pattern, count=1):
        if ch in _REGEX_CHARS:
            if ch in "*?{" and literal:
                literal.pop()
            break
        literal.append(ch)
    return "".join(literal)


def _replacer(old: str, new: str) -> Callable[[str], str]:
    def replace(text: str) -> str:
        return text.replace(old, new)

    return replace


def _expander(template: str) -> Callable[[re.Match[str]], str]:
    def expand(match: re.Match[str]) -> str:
        return match.expand(template)

    return expand


@lru_cache(maxsize=131072)
def skeleton(token: str) -> str:
    """The Slavic skeleton of a Latin or Cyrillic token (Cyrillic goes through BGN/PCGN first)."""
    text = transliterate(token, "bgn") if is_cyrillic(token) else ascii_fold(token)
    for required, rewrite in _rules():
        if required in text:
            text = rewrite(text)
    return text


@cache
def _transcriptions() -> tuple[tuple[bool, tuple[tuple[str, re.Pattern[str], str], ...]], ...]:
    """The rules of ``slavic_transcriptions.tsv``, one tuple per system, each with the text
    every match of it holds (see ``_required_text``): a rule is tried only on a word that
    holds it, and most Latin words hold none (a French or German spelling is rare)."""
    systems: dict[str, list[tuple[str, re.Pattern[str], str]]] = {}
    for system, pattern, *replacement in rows("slavic_transcriptions.tsv"):
        rule = (_required_text(pattern), re.compile(pattern), replacement[0] if replacement else "")
        systems.setdefault(system, []).append(rule)
    return tuple((system in _INTO_CYRILLIC, tuple(rules)) for system, rules in systems.items())


# Systems that spell how Russian writes a foreign name (Macierewicz = Мацеревич): their
# skeletons meet only Cyrillic, marked with this prefix (two Polish names are compared as
# written: Wiśniewski is not Wiśniowski).
_INTO_CYRILLIC = frozenset(("polish", "german name"))
CYRILLIC_ONLY = "~"


@lru_cache(maxsize=65536)
def transcription_skeletons(latin: str) -> tuple[str, ...]:
    """The skeletons of a Latin word read as a French or a German spelling of a Russian
    name (jigalov as Жигалов, kusnezow as Кузнецов), s and z as one letter: German writes з
    s; and, prefixed with ``CYRILLIC_ONLY``, as a Polish or German name Russian writes by
    its sound. Empty when no system's letters are in it."""
    out: list[str] = []
    for into_cyrillic, rules in _transcriptions():
        text = latin
        for required, pattern, replacement in rules:
            if required in text:
                text = pattern.sub(replacement, text)
        if text != latin:
            out.append((CYRILLIC_ONLY if into_cyrillic else "") + voiceless(skeleton(text)))
    return tuple(dict.fromkeys(out))


def voiceless(skeleton_text: str) -> str:
    """A skeleton with z as s (see ``transcription_skeletons``)."""
    return skeleton_text.replace("z", "s")


@cache
def _given_groups() -> dict[str, int]:
    out: dict[str, int] = {}
    for index, row in enumerate(rows("given_names.tsv")):
        for form in alternatives(row[0]):
            out.setdefault(skeleton(form), index)
    return out


def given_name_group(token: str) -> int | None:
    """The row of ``given_names.tsv`` a token spells, by skeleton; None if it is not there."""
    return _given_groups().get(skeleton(token))


@lru_cache(maxsize=65536)
def is_patronymic(token: str) -> bool:
    """Russian/Ukrainian patronymic by its ending (Romanovich, Dmitrievna, Serhiyovych)."""
    if is_cyrillic(token):
        return bool(re.search(r"(?:вич|вна|ична|інична)$", token))
    return len(token) > 5 and bool(_PATRONYMIC.search(ascii_fold(token)))


def patronymic_stem(token: str) -> str:
    """The father's-name part of a patronymic skeleton (Sergeevich → serge)."""
    return _PATRONYMIC_SKELETON.sub("", skeleton(token))


def gender_pair(left: str, right: str) -> bool:
    """True when two surnames are the feminine and masculine of one surname
    (Peskova/Peskov, Kolyvanskaya/Kolyvanskiy): relatives, not the same person."""
    if not (left.endswith(_FEMININE_END) or right.endswith(_FEMININE_END)):
        return False  # every feminine form ends in -a
    a, b = _plain_surname(left), _plain_surname(right)
    for feminine, masculine in _FEMININE:
        for x, y in ((a, b), (b, a)):
            if x.endswith(feminine) and y.endswith(masculine) and x[: -len(feminine)] == y[: -len(masculine)]:
                return True
    return False


# Ukrainian letters and what Russian writes for them in one person's name: і for и, е or
# о (Леонід/Леонид, Пасічник/Пасечник, Федір/Федор), ї for и or йи, є for е, ґ for г, и
# for ы or и, and the apostrophe for ъ or ь.
_UKRAINIAN = {
    "і": "[иеоі]",
    "ї": "(?:йи|и|ї)",
    "є": "[еэє]",
    "ґ": "[гґ]",
    "и": "[иы]",
    "е": "[еэ]",
    "'": "[ъь]?",
    "’": "[ъь]?",
}
# Belarusian writes what it says: а for an unstressed о or е (Галоўчанка/Головченко), я for
# е, э for е after a hard consonant (Лукашэнка), ў for в, дз and ц for a soft д and т
# (Лідзія/Лидия), і for и, ы for и after ш.
_BELARUSIAN = {
    "а": "[аое]",
    "я": "[яе]",
    "і": "[иі]",
    "ы": "[ыи]",
    "ў": "[ву]",
    "е": "[еэё]",
    "ё": "[ёе]",
    "э": "[эе]",
    "дз": "дз?",
    "ц": "[цт]",
    "'": "[ъь]?",
    "’": "[ъь]?",
}
_OWN_LETTERS = frozenset("іїєґў")


@lru_cache(maxsize=16384)
def _as_russian(word: str, table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    letters = dict(table)
    out = []
    k = 0
    while k < len(word):
        pair = word[k : k + 2]
        if pair in letters:
            out.append(letters[pair])
            k += 2
        else:
            out.append(letters.get(word[k], re.escape(word[k])))
            k += 1
    return re.compile("".join(out))


def east_slavic_form(left: str, right: str) -> bool:
    """One Cyrillic word is the Ukrainian or Belarusian form of the other, Russian one:
    Сергій is Сергей, Пасічник Пасечник, Галоўчанка Головченко (one person in a Ukrainian or
    Belarusian and a Russian document). Only a word with a letter Russian lacks, against one
    without: two words with such letters compare as written (Олексій is not Олексіїв)."""
    left_own, right_own = not _OWN_LETTERS.isdisjoint(left), not _OWN_LETTERS.isdisjoint(right)
    if left_own == right_own:
        return False
    own, other = (left, right) if left_own else (right, left)
    return east_slavic_reading(own, other)


def east_slavic_reading(own: str, other: str) -> bool:
    """``own``, a word of a Ukrainian or Belarusian name, is the Russian word ``other`` (see
    ``east_slavic_form``). The caller knows the name's language from its other words: Раман
    and Лукашэнка have no letter Russian lacks, but Раман Галоўчанка is Belarusian."""
    # і is Ukrainian and Belarusian; ў only Belarusian.
    tables = (_BELARUSIAN,) if "ў" in own else (_UKRAINIAN, _BELARUSIAN)
    return any(_as_russian(own, tuple(table.items())).fullmatch(other) is not None for table in tables)


def has_east_slavic_letters(words: Iterable[str]) -> bool:
    """A word with a letter of Ukrainian or Belarusian that Russian lacks."""
    return any(not _OWN_LETTERS.isdisjoint(word) for word in words)


def _plain_surname(token: str) -> str:
    text = transliterate(token, "bgn") if is_cyrillic(token) else ascii_fold(token)
    return text.replace("y", "i").replace("j", "i")
