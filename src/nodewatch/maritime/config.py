"""Detector thresholds: one dataclass per detector, defaults from data/defaults.toml.

The numbers live in the TOML file (with the published definitions they come from), not in
code; a user file with the same tables overrides any of them. Unknown tables or keys are an
error, so a typo never silently leaves a default in force.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class TrackConfig:
    dedup_window_s: float
    max_speed_kn: float
    min_jump_m: float
    segment_gap_hours: float


@dataclass(frozen=True)
class BerthConfig:
    rest_speed_kn: float
    radius_m: float
    min_stay_hours: float
    min_stays: int
    home_range_km: float
    watched_port_km: float


@dataclass(frozen=True)
class GapConfig:
    min_hours: float
    flag_hours: float
    ignore_in_same_port: bool
    port_radius_km: float
    voyage_port_km: float


@dataclass(frozen=True)
class EncounterConfig:
    max_distance_m: float
    min_hours: float
    max_speed_kn: float
    min_port_distance_km: float
    step_minutes: float
    max_interp_minutes: float


@dataclass(frozen=True)
class LoiterConfig:
    max_speed_kn: float
    min_hours: float
    min_port_distance_km: float
    max_gap_hours: float


@dataclass(frozen=True)
class PortCallConfig:
    radius_km: float
    stop_speed_kn: float
    min_hours: float


@dataclass(frozen=True)
class IdentityConfig:
    min_overlap_minutes: float


_SECTIONS: dict[str, type] = {
    "tracks": TrackConfig,
    "berths": BerthConfig,
    "gaps": GapConfig,
    "encounters": EncounterConfig,
    "loitering": LoiterConfig,
    "port_calls": PortCallConfig,
    "identity": IdentityConfig,
}


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class MaritimeConfig:
    tracks: TrackConfig
    berths: BerthConfig
    gaps: GapConfig
    encounters: EncounterConfig
    loitering: LoiterConfig
    port_calls: PortCallConfig
    identity: IdentityConfig

    @classmethod
    def load(cls, path: Path | None = None) -> MaritimeConfig:
        """Defaults, overridden by the tables of ``path`` when given."""
        raw = tomllib.loads(resources.files(__package__).joinpath("data/defaults.toml").read_text("utf-8"))
        if path is not None:
            try:
                user = tomllib.loads(Path(path).read_text("utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: {exc}") from None
            _merge(raw, user, str(path))
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> MaritimeConfig:
        sections = {}
        for name, section_cls in _SECTIONS.items():
            values = raw.get(name, {})
            names = {f.name for f in fields(section_cls)}
            missing = names - set(values)
            if missing:
                raise ConfigError(f"[{name}] lacks {', '.join(sorted(missing))}")
            sections[name] = section_cls(**{k: values[k] for k in names})
        return cls(**sections)

    def replace(self, **sections: dict[str, Any]) -> MaritimeConfig:
        """A copy with some keys changed, e.g. ``cfg.replace(loitering={"min_hours": 1})``."""
        raw = {name: dict(vars(getattr(self, name))) for name in _SECTIONS}
        _merge(raw, sections, "replace()")
        return MaritimeConfig.from_dict(raw)


def _merge(base: dict[str, Any], override: dict[str, Any], origin: str) -> None:
    for table, values in override.items():
        if table not in _SECTIONS or not isinstance(values, dict):
            raise ConfigError(f"{origin}: unknown table [{table}]; known: {', '.join(_SECTIONS)}")
        known = {f.name: f.type for f in fields(_SECTIONS[table])}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"{origin}: [{table}] has no key {key!r}")
            expected: type | tuple[type, ...] = {"bool": bool, "int": int}.get(str(known[key]), (int, float))
            if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
                raise ConfigError(f"{origin}: [{table}] {key} = {value!r} has the wrong type")
            base[table][key] = value
