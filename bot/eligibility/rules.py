"""Year-versioned rule data (figures, 기준 중위소득) for the eligibility engine.

Every figure lives in ``rules/<year>.json`` with its value, a confidence tag
("법령/고시", "공식자료 인용", "2차", "불일치", "미확인"), source keys and an
optional note.  Changing a figure next year is an edit to that file only.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
from functools import lru_cache
from typing import Any

RULES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")

#: confidence tags that must be shown to people as "확인 필요"
HEDGED = frozenset({"2차", "불일치", "미확인"})


class UnknownYear(ValueError):
    """No rule file for the requested year."""


def available_years() -> list[int]:
    years = []
    for name in os.listdir(RULES_DIR):
        stem, ext = os.path.splitext(name)
        if ext == ".json" and stem.isdigit():
            years.append(int(stem))
    return sorted(years)


def default_year(today: _dt.date | None = None) -> int:
    """The current year if a rule file exists for it, else the latest earlier one."""
    years = available_years()
    this = (today or _dt.date.today()).year
    earlier = [y for y in years if y <= this]
    return max(earlier) if earlier else min(years)


def pct_of(amount: int, pct: int | float) -> int:
    """amount × pct%, rounded half-up to the won (integer arithmetic, no float error)."""
    # pct may be a float like 62.5 -> scale to tenths of a percent
    tenths = round(pct * 10)
    num = amount * tenths
    return (2 * num + 1000) // 2000


class Figure(dict):
    """A figure entry: value, confidence, sources (resolved URLs), note, alt_value."""

    @property
    def value(self) -> Any:
        return self.get("value")

    @property
    def hedged(self) -> bool:
        return self.get("confidence") in HEDGED

    def caveat(self) -> str | None:
        if not self.hedged:
            return None
        note = self.get("note") or "근거 자료가 2차 자료입니다"
        return f"확인 필요[{self.get('confidence')}]: {note}"


class YearRules:
    def __init__(self, data: dict):
        self.data = data
        self.year: int = int(data["year"])
        self.label: str = data.get("label", f"{self.year}년")
        self._src: dict[str, str] = data.get("sources", {})

    # -- sources ---------------------------------------------------------
    def urls(self, keys) -> list[str]:
        out = []
        for k in keys or []:
            url = self._src.get(k, k)
            if url not in out:
                out.append(url)
        return out

    # -- figures ---------------------------------------------------------
    def fig(self, key: str) -> Figure:
        try:
            raw = self.data["figures"][key]
        except KeyError:
            raise KeyError(f"figure {key!r} missing in rules/{self.year}.json") from None
        f = Figure(raw)
        f["key"] = key
        f["urls"] = self.urls(raw.get("sources"))
        return f

    # -- 기준 중위소득 ----------------------------------------------------
    def median_meta(self) -> Figure:
        m = dict(self.data["median_income"])
        m.pop("values", None)
        f = Figure(m)
        f["key"] = "median_income"
        f["urls"] = self.urls(m.get("sources"))
        return f

    def median(self, size: int) -> int | None:
        """기준 중위소득 (월) for a household of ``size``; None if not in the data."""
        mi = self.data["median_income"]
        vals = mi["values"]
        if str(size) in vals:
            return int(vals[str(size)])
        start = mi.get("extra_per_person_from")
        extra = mi.get("extra_per_person")
        if start and extra is not None and size >= start:
            base = int(vals[str(start - 1)])
            return base + (size - (start - 1)) * int(extra)
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


@lru_cache(maxsize=None)
def _load(year: int) -> YearRules:
    path = os.path.join(RULES_DIR, f"{year}.json")
    if not os.path.exists(path):
        raise UnknownYear(
            f"{year}년 규칙 파일이 없습니다 / no rules for year {year} "
            f"(available: {', '.join(map(str, available_years()))})")
    with open(path, encoding="utf-8") as fh:
        return YearRules(json.load(fh))


def load(year: int | None = None) -> YearRules:
    if year is None:
        year = default_year()
    if isinstance(year, bool) or not isinstance(year, int):
        raise UnknownYear(f"연도는 정수여야 합니다 / year must be an int: {year!r}")
    return _load(year)


@lru_cache(maxsize=None)
def catalog() -> dict:
    with open(os.path.join(RULES_DIR, "programs.json"), encoding="utf-8") as fh:
        return json.load(fh)
