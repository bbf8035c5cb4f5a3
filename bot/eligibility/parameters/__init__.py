"""Dated rule figures, OpenFisca style: ``parameters(on=date)`` gives the figures in force on a day.

One YAML file per figure: ``parameters/<program>/<name>.yaml`` (readable key
``<program>.<name>``, e.g. ``youth_jeonse_loan.age_max``) with

    description: optional text
    values:
      2025-01-01: {value: 34, confidence: 공식자료 인용, reference: [{url, title}], note: …}
      2026-01-01: {value: …}          # a new value from that day
      2027-01-01: {value: null, …}    # the figure ends (dated program data expires)

Confidence is one of 법령/고시 · 공식자료 인용 · 2차 · 불일치 · 미확인; the last three are shown as
"확인 필요". Adding next year's figures is adding a dated value to the files that change.
``median_income/monthly.yaml`` holds 기준 중위소득 by household size (the year of the value in force
is the "figures year" every result names).
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DIR = os.path.dirname(os.path.abspath(__file__))
CONFIDENCES = ("법령/고시", "공식자료 인용", "2차", "불일치", "미확인")
#: confidence tags that must be shown to people as "확인 필요"
HEDGED = frozenset({"2차", "불일치", "미확인"})
MEDIAN_KEY = "median_income.monthly"


class UnknownDate(ValueError):
    """No figures in force on the requested day (before the first dated value)."""


@dataclass(frozen=True)
class Reference:
    url: str
    title: str


class Figure(dict):
    """One figure in force: value, confidence, references, note (dict access kept for older code)."""

    @property
    def key(self) -> str:
        return self["key"]

    @property
    def value(self) -> Any:
        return self.get("value")

    @property
    def confidence(self) -> str:
        return self.get("confidence", "미확인")

    @property
    def references(self) -> tuple[Reference, ...]:
        return tuple(Reference(r["url"], r.get("title", "")) for r in self.get("reference") or ())

    @property
    def since(self) -> _dt.date | None:
        return self.get("since")

    @property
    def hedged(self) -> bool:
        return self.confidence in HEDGED

    def caveat(self) -> str | None:
        if not self.hedged:
            return None
        note = self.get("note") or "근거 자료가 2차 자료입니다"
        return f"확인 필요[{self.confidence}]: {note}"


def _as_date(d) -> _dt.date:
    if isinstance(d, _dt.datetime):
        return d.date()
    if isinstance(d, _dt.date):
        return d
    return _dt.date.fromisoformat(str(d))


@lru_cache(maxsize=None)
def _files() -> dict[str, list[tuple[_dt.date, dict]]]:
    """key -> [(effective date, entry)] sorted by date."""
    out: dict[str, list[tuple[_dt.date, dict]]] = {}
    for group in sorted(os.listdir(DIR)):
        gdir = os.path.join(DIR, group)
        if not os.path.isdir(gdir) or group.startswith("_"):
            continue
        for name in sorted(os.listdir(gdir)):
            if not name.endswith(".yaml"):
                continue
            with open(os.path.join(gdir, name), encoding="utf-8") as fh:
                doc = yaml.load(fh, Loader=_Loader)
            key = f"{group}.{name[:-5]}"
            vals = sorted(((_as_date(d), dict(e)) for d, e in (doc.get("values") or {}).items()), key=lambda x: x[0])
            out[key] = vals
    return out


def keys() -> list[str]:
    return sorted(_files())


def history(key: str) -> list[tuple[_dt.date, dict]]:
    return list(_files()[key])


def pct_of(amount: int, pct: int | float) -> int:
    """amount × pct%, rounded half-up to the won (integer arithmetic, no float error)."""
    tenths = round(pct * 10)
    return (2 * amount * tenths + 1000) // 2000


class _Group:
    def __init__(self, params: "Parameters", prefix: str):
        self._p, self._prefix = params, prefix

    def __getattr__(self, name: str) -> Any:
        return self._p.value(f"{self._prefix}.{name}")


class Parameters:
    """The figures in force on ``on``."""

    def __init__(self, on: _dt.date):
        self.on = on
        hist = _files()[MEDIAN_KEY]
        starts = [d for d, _ in hist if d <= on]
        if not starts:
            raise UnknownDate(
                f"{on.isoformat()}에 적용할 기준이 없습니다 / no figures in force on {on.isoformat()} "
                f"(first: {hist[0][0].isoformat()})"
            )
        #: the year whose 기준 중위소득 is in force — the "figures year" every result names
        self.year: int = max(starts).year
        self.label = f"{self.year}년 기준"
        self._figs: dict[str, Figure] = {}

    # ---- figures ------------------------------------------------------------------------------
    def figure(self, key: str) -> Figure:
        f = self._figs.get(key)
        if f is None:
            f = self._figs[key] = self._figure(key)
        return f  # shared: read it, do not change it

    def _figure(self, key: str) -> Figure:
        try:
            hist = _files()[key]
        except KeyError:
            raise KeyError(f"unknown parameter {key!r}") from None
        entry, since = None, None
        for d, e in hist:
            if d <= self.on:
                entry, since = e, d
        if entry is None:
            f = Figure(value=None, confidence="미확인", note=f"{self.on.year}년 값이 자료에 없습니다", reference=[])
        else:
            f = Figure(entry)
        f["key"], f["since"] = key, since
        f["urls"] = [r["url"] for r in f.get("reference") or ()]
        return f

    fig = figure  # older name

    def value(self, key: str) -> Any:
        return self.figure(key).value

    def __getattr__(self, name: str) -> _Group:
        if name.startswith("_"):
            raise AttributeError(name)
        return _Group(self, name)

    # ---- 기준 중위소득 ---------------------------------------------------------------------------
    def median_meta(self) -> Figure:
        return self.figure(MEDIAN_KEY)

    def median(self, size: int) -> int | None:
        """기준 중위소득 (월) for a household of ``size``; None if not in the data."""
        v = self.figure(MEDIAN_KEY).value or {}
        by = {int(k): int(x) for k, x in (v.get("by_size") or {}).items()}
        if size in by:
            return by[size]
        start, extra = v.get("extra_per_person_from"), v.get("extra_per_person")
        if start and extra is not None and size >= start:
            return by[start - 1] + (size - (start - 1)) * int(extra)
        return None

    def threshold(self, pct: int | float, size: int, rounding: str | None = None) -> int | None:
        base = self.median(size)
        if base is None:
            return None
        if rounding == "ceil_1000":
            # e.g. 아이돌봄 소득유형 표: 4인 75% 4,871,054 -> 4,872,000
            exact_num = base * round(pct * 10)
            return -(-exact_num // 1000000) * 1000
        return pct_of(base, pct)

    def urls(self, keys_or_urls) -> list[str]:
        out: list[str] = []
        for u in keys_or_urls or []:
            if u not in out:
                out.append(u)
        return out


@lru_cache(maxsize=64)
def _cached(on: _dt.date) -> Parameters:
    return Parameters(on)


def parameters(on: _dt.date | str | None = None) -> Parameters:
    """The figures in force on ``on`` (default: today)."""
    return _cached(_as_date(on) if on is not None else _dt.date.today())


def figure_years() -> list[int]:
    """Years that have their own 기준 중위소득 (i.e. a full set of figures)."""
    return sorted({d.year for d, _ in _files()[MEDIAN_KEY]})
