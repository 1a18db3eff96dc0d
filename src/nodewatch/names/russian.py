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
from collections.abc import Callable
from functools import cache, lru_cache

from nodewatch.names.normalize import ascii_fold
from nodewatch.names.tables import alternatives, rows

SYSTEMS = ("gost", "bgn", "icao")
SYSTEM_NAMES = {"gost": "GOST 7.79-B", "bgn": "BGN/PCGN", "icao": "ICAO 9303", "skeleton": "common spelling"}
_VOWELS = set("аеёиоуыэюяіїє")
_SOFTENERS = set("йъь")
_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ievich|yevich|ovych|evych|ich|ovna|evna|ievna|yevna|ichna|ivna|ovych|ijovych)$"
)
_PATRONYMIC_SKELETON = re.compile(r"(?:ovich|evich|ovch|ich|ovna|evna|ichna|ivna)$")
_FEMININE_END = ("a", "а", "я")
_FEMININE = (("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("skaia", "skii"), ("skaia", "ski"), ("aia", "ii"))


@cache
def _letters() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"gost": {}, "bgn": {}, "bgn_initial": {}, "icao": {}}
    for letter, gost, bgn, bgn_initial, icao in (
        row + ("",) * (5 - len(row)) for row in rows("cyrillic.tsv")
    ):
        out["gost"][letter] = gost
        out["bgn"][letter] = bgn
        out["bgn_initial"][letter] = bgn_initial
        out["icao"][letter] = icao
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


_REGEX_CHARS = set("()[]?*+^$\\|{}.")


@cache
def _rules() -> tuple[tuple[re.Pattern[str] | str, Callable[[re.Match[str]], str] | str], ...]:
    """The skeleton rewrites; plain-text patterns stay strings (str.replace is faster) and
    a group reference becomes a function (re expands a template slowly on every match)."""
    out: list[tuple[re.Pattern[str] | str, Callable[[re.Match[str]], str] | str]] = []
    for row in rows("slavic_skeleton.tsv"):
        pattern, repl = row[0], row[1] if len(row) > 1 else ""
        if _REGEX_CHARS.isdisjoint(pattern) and "\\" not in repl:
            out.append((pattern, repl))
        elif "\\" in repl:
            out.append((re.compile(pattern), _expander(repl)))
        else:
            out.append((re.compile(pattern), repl))
    return tuple(out)


def _expander(template: str) -> Callable[[re.Match[str]], str]:
    def expand(match: re.Match[str]) -> str:
        return match.expand(template)

    return expand


@lru_cache(maxsize=131072)
def skeleton(token: str) -> str:
    """The Slavic skeleton of a Latin or Cyrillic token (Cyrillic goes through BGN/PCGN first)."""
    text = transliterate(token, "bgn") if is_cyrillic(token) else ascii_fold(token)
    for pattern, repl in _rules():
        if isinstance(pattern, str):
            if pattern in text and isinstance(repl, str):
                text = text.replace(pattern, repl)
        else:
            text = pattern.sub(repl, text)
    return text


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


def _plain_surname(token: str) -> str:
    text = transliterate(token, "bgn") if is_cyrillic(token) else ascii_fold(token)
    return text.replace("y", "i").replace("j", "i")
