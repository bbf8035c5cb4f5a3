"""Year-level view of the dated parameters (kept for callers that pick figures by year).

``load(year)`` = the figures in force at the end of ``year``; ``default_year()`` = the figures year
in force today. The figures themselves live in ``parameters/`` (one YAML file per figure).
"""

from __future__ import annotations

import datetime as _dt
from .parameters import HEDGED, Figure, Parameters, UnknownDate, figure_years, parameters, pct_of  # noqa: F401


class UnknownYear(ValueError):
    """No figures for the requested year."""


def available_years() -> list[int]:
    return figure_years()


def default_year(today: _dt.date | None = None) -> int:
    """The figures year in force on ``today`` (the latest earlier one when the new year's are not in)."""
    years = available_years()
    this = (today or _dt.date.today()).year
    earlier = [y for y in years if y <= this]
    return max(earlier) if earlier else min(years)


def load(year: int | None = None) -> Parameters:
    if year is None:
        return parameters()
    if isinstance(year, bool) or not isinstance(year, int):
        raise UnknownYear(f"연도는 정수여야 합니다 / year must be an int: {year!r}")
    if year < min(available_years()):
        raise UnknownYear(
            f"{year}년 기준이 없습니다 / no figures for year {year} "
            f"(available: {', '.join(map(str, available_years()))})"
        )
    try:
        return parameters(_dt.date(year, 12, 31))
    except UnknownDate as e:  # pragma: no cover - guarded above
        raise UnknownYear(str(e)) from None
