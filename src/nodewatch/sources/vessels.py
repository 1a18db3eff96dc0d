"""IMO numbers in list text, and whether an "entity" entry is a ship or the company behind it.

The UN and the EU file ships and shipping companies alike as entities, and both quote IMO
numbers in free text: a ship's IMO number, or the IMO *company* number of its registered
owner or manager (all sixteen UN DPRK entries with an IMO number are companies: "Registered
owner of the DPRK tanker ...  IMO number: 5571322"). Calling a company a vessel would send the
maritime stage after a ship that does not exist, so an entry counts as a vessel only when
every sign agrees:

* the text carries an IMO number, and
* the name carries no organisation word (``co``, ``shipping``, ``ltd`` ...), and
* the text does not describe the entry as owner, manager or operator of a ship, and
* the text describes a ship ("vessel", "tanker", "DPRK-flagged" ...).

Otherwise the entry stays an organisation, and its IMO number goes to ``imoNumber``, which
FtM defines on Organization for exactly this (the IMO company / registered-owner number).
The word lists live in ``data/vessels.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

# "IMO 9123456", "IMO number: 9123456", "(IMO) Number: 1790183", "Company Number IMO 5434358".
_IMO = re.compile(r"\bIMO\)?\s*(?:number|no\.?)?\s*[:#.]?\s*(\d{7})\b", re.I)


@dataclass(frozen=True)
class _Words:
    organisation: re.Pattern[str]
    owner: re.Pattern[str]
    vessel: re.Pattern[str]


def _alternation(words: list[str]) -> re.Pattern[str]:
    escaped = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)", re.I)


@cache
def _words() -> _Words:
    raw = tomllib.loads(resources.files(__package__).joinpath("data/vessels.toml").read_text("utf-8"))
    return _Words(
        _alternation(raw["organisation_words"]),
        _alternation(raw["owner_phrases"]),
        _alternation(raw["vessel_words"]),
    )


def imo_numbers(text: str | None) -> list[str]:
    """Every IMO number the text quotes, in order, without repeats."""
    found: list[str] = []
    for m in _IMO.finditer(text or ""):
        if m.group(1) not in found:
            found.append(m.group(1))
    return found


def is_vessel(name: str, text: str | None) -> bool:
    """Whether an entity entry is a ship itself (see the module docstring for the rule)."""
    text = text or ""
    if not imo_numbers(text):
        return False
    words = _words()
    if words.organisation.search(name) or words.owner.search(text):
        return False
    return words.vessel.search(text) is not None
