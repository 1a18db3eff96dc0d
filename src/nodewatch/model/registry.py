"""One registry of authorities, their lists and programmes.

The data lives in ``data/authorities.toml`` so that adding a list or a programme is an edit
to a table, not to code. Every stage asks this module, never its own copy, what an
authority code means and which regime a programme belongs to.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

REGIMES = ("dprk", "russia")


@dataclass(frozen=True)
class ListSpec:
    """One official list file published by an authority."""

    dataset: str
    authority: str
    title: str
    url: str
    format: str
    role: str  # "primary" defines targets; "companion" only adds to them

    @property
    def is_primary(self) -> bool:
        return self.role == "primary"


@dataclass(frozen=True)
class Authority:
    code: str
    name: str
    country: str
    lists: tuple[ListSpec, ...]


@dataclass(frozen=True)
class Programme:
    authority: str
    label: str
    code: str
    name: str
    regime: str


@dataclass(frozen=True)
class Registry:
    authorities: dict[str, Authority]
    programmes: tuple[Programme, ...]
    regime_patterns: tuple[tuple[re.Pattern[str], str], ...]

    def authority(self, code: str) -> Authority:
        try:
            return self.authorities[code]
        except KeyError:
            known = ", ".join(sorted(self.authorities))
            raise UnknownAuthority(f"unknown authority {code!r}; known: {known}") from None

    def list_spec(self, dataset: str) -> ListSpec:
        for auth in self.authorities.values():
            for spec in auth.lists:
                if spec.dataset == dataset:
                    return spec
        raise UnknownAuthority(f"unknown dataset {dataset!r}")

    def all_lists(self) -> list[ListSpec]:
        return [spec for auth in self.authorities.values() for spec in auth.lists]

    def programme(self, authority: str, label: str) -> Programme:
        """The programme an authority's label (or our code for it) denotes; unknown labels are
        kept, not dropped, with a regime from the patterns."""
        found = self._programme_index().get((authority, _fold(label)))
        if found is not None:
            return found
        return Programme(authority, label, label.strip(), label.strip(), self.regime_of(label))

    def _programme_index(self) -> dict[tuple[str, str], Programme]:
        """(authority, folded label or code) -> programme, built once: analysis asks per
        sanction of every target, and a scan of all programmes each time cost seconds. Parsers
        read labels; records keep codes; both must find the same programme."""
        index: dict[tuple[str, str], Programme] | None = self.__dict__.get("_index")
        if index is None:
            index = {}
            for prog in self.programmes:
                index.setdefault((prog.authority, _fold(prog.label)), prog)
                index.setdefault((prog.authority, _fold(prog.code)), prog)
            object.__setattr__(self, "_index", index)
        return index

    def regime_of(self, text: str) -> str:
        for pattern, regime in self.regime_patterns:
            if pattern.search(text):
                return regime
        return "other"


class UnknownAuthority(ValueError):
    pass


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@cache
def registry() -> Registry:
    raw = tomllib.loads(resources.files(__package__).joinpath("data/authorities.toml").read_text("utf-8"))
    authorities = {}
    for a in raw["authority"]:
        lists = tuple(
            ListSpec(
                dataset=s["dataset"],
                authority=a["code"],
                title=s["title"],
                url=s["url"],
                format=s["format"],
                role=s["role"],
            )
            for s in a.get("list", [])
        )
        authorities[a["code"]] = Authority(a["code"], a["name"], a["country"], lists)
    programmes = tuple(Programme(**p) for p in raw["programme"])
    patterns = tuple((re.compile(p["pattern"], re.I), p["regime"]) for p in raw["regime_pattern"])
    return Registry(authorities, programmes, patterns)
