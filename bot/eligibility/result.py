"""Typed summaries that evaluate() returns (dataclasses), with dict access kept for older callers
(``r["verdict"]``, ``r.get("amount")``, ``dict(r)``, ``set(r)``, ``json.dumps(r)`` all work)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Optional


class _Record(dict):
    """A dataclass that is also a plain dict of its fields (plus ``extra`` keys): older callers index
    it, ``json.dumps`` serialises it, new code reads typed attributes."""

    def __post_init__(self):
        items = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        items.update(getattr(self, "extra", None) or {})
        dict.update(self, items)

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self, ensure_ascii=False))


@dataclass(frozen=True, eq=False)
class Amount(_Record):
    text: str
    monthly: Optional[int] = None
    total: Optional[int] = None
    maximum: bool = False  # monthly/total are upper bounds ("최대")


@dataclass(frozen=True, eq=False)
class Condition(_Record):
    """One named condition of a program: its outcome, the reason and the parameters it used."""

    name: str
    status: str  # likely | unlikely | unknown | refer
    reason: str
    parameters: tuple = ()


@dataclass(frozen=True, eq=False)
class Apply(_Record):
    desk: str
    where: str
    phone: Optional[str]
    how: str
    documents: list


@dataclass(frozen=True, eq=False)
class Result(_Record):
    program: str
    name: str
    need: Optional[str]
    needs: list
    verdict: str  # likely | need_info | refer | unlikely (catalogue verdicts)
    reason: str
    short: str
    missing: list
    amount: Optional[Amount]
    sources: list
    apply: Apply
    caveat: Optional[str]
    year: int  # the figures year used
    on: str  # the day screened (ISO)
    notice: Optional[str]  # "2026년 기준으로 계산했어요: …" when the day's year has no figures yet
    disclaimer: str
    unchecked: list = field(default_factory=list)  # key conditions not checked, named
    receiving: bool = False  # already receives this program
    alternatives: list = field(default_factory=list)  # programs never received together with this one
    conditions: list = field(default_factory=list)  # [Condition] — the trace of the decision
    extra: dict = field(default_factory=dict)  # program specifics: track, benefit_days, income_type …

    def with_(self, **changes) -> "Result":
        return replace(self, **changes)
