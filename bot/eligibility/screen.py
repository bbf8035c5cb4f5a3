"""The screening of one program for one profile: named conditions record their outcome here.

A program module calls ``s.likely(...)``, ``s.unlikely(...)``, ``s.refer(...)`` with a reason id;
the Korean text comes from the catalogue (bot/catalogue/reasons.yml, ``<program>.<id>`` or
``common.<id>``), filled with the values given and the parameters in force — no prose in formulas.
``resolve()`` turns the outcomes into a verdict: any unlikely → unlikely; else any unknown field →
need_info; else any refer → refer; else likely.
"""

from __future__ import annotations

from typing import Any, Optional

from bot import catalogue as _catalogue

from .parameters import Figure, Parameters
from .result import Amount, Condition

won = _catalogue.won
LIKELY, UNLIKELY, REFER, UNKNOWN = "likely", "unlikely", "refer", "unknown"


class Screen:
    def __init__(self, pid: str, profile: dict, params: Parameters):
        self.pid, self.p, self.P = pid, profile, params
        self.fails: list[str] = []
        self.refers: list[str] = []
        self.passes: list[str] = []
        self.missing: list[str] = []
        self.caveats: list[str] = []
        self.sources: list[str] = []
        self.unchecked_: list[str] = []
        self.conditions: list[Condition] = []
        self.amount: Optional[Amount] = None
        self.extra: dict[str, Any] = {}
        self.key: Optional[str] = None  # preferred short reason when likely
        self.receiving = False  # the person already receives this program
        self.stale = params.on.year > params.year  # the day's year has no figures of its own yet
        self.current = ""  # the condition being evaluated
        self.income_key: Optional[str] = None  # the income line passed (preferred short reason)
        self._used: list[str] = []

    # ---- profile ------------------------------------------------------------------------------
    def get(self, field: str) -> Any:
        return self.p.get(field)

    def need(self, field: str) -> Any:
        """The value, or None after listing ``field`` as missing (the planner may ask it)."""
        val = self.p.get(field)
        if val is None and field not in self.missing:
            self.missing.append(field)
        return val

    # ---- parameters ---------------------------------------------------------------------------
    def figure(self, key: str) -> Figure:
        f = self.P.figure(key)
        self.use(f)
        return f

    def param(self, key: str) -> Any:
        return self.figure(key).value

    def peek(self, key: str) -> Any:
        """A figure's value without citing it (e.g. to name an alternative line)."""
        return self.P.figure(key).value

    def begin(self, condition: str):
        """Start a named condition: outcomes recorded next name it and the parameters it uses."""
        self.current, self._used = condition, []

    def use(self, f: Figure):
        if f.key not in self._used:
            self._used.append(f.key)
        for u in f.get("urls") or ():
            if u not in self.sources:
                self.sources.append(u)
        cav = f.caveat()
        if cav and cav not in self.caveats:
            self.caveats.append(cav)

    def threshold(self, pct, size, rounding=None) -> Optional[int]:
        if size is None:
            return None
        return self.P.threshold(pct, size, rounding)

    # ---- texts --------------------------------------------------------------------------------
    def text(self, rid: str, **values) -> str:
        reasons = _catalogue.reasons()
        values.setdefault("year", self.P.year)
        tpl = (reasons.get(self.pid) or {}).get(rid) or reasons["common"].get(rid)
        if tpl is None:
            raise KeyError(f"no reason text {self.pid}.{rid} in the catalogue")
        return _catalogue.fill(tpl, self.P, **values)

    # ---- outcomes -----------------------------------------------------------------------------
    def _record(self, status: str, text: str) -> str:
        self.conditions.append(Condition(self.current, status, text, tuple(self._used)))
        return status

    def likely(self, rid: str, **v) -> str:
        t = self.text(rid, **v)
        self.passes.append(t)
        return self._record(LIKELY, t)

    def unlikely(self, rid: str, **v) -> str:
        t = self.text(rid, **v)
        self.fails.append(t)
        return self._record(UNLIKELY, t)

    def refer(self, rid: str, **v) -> str:
        t = self.text(rid, **v)
        self.refers.append(t)
        return self._record(REFER, t)

    def income_unlikely(self, rid: str, **v) -> str:
        """An income-line failure: only `refer` while the day's year has no figures of its own."""
        if self.stale:
            t = self.text(rid, **v) + " — " + self.text("stale_year", this_year=self.P.on.year, year=self.P.year)
            self.refers.append(t)
            return self._record(REFER, t)
        return self.unlikely(rid, **v)

    def caveat(self, rid: str, **v):
        self.caveat_text(self.text(rid, **v))

    def caveat_text(self, text: str):
        if text and text not in self.caveats:
            self.caveats.append(text)

    def unchecked(self, rid: str, **v):
        t = self.text(rid, **v)
        if t not in self.unchecked_:
            self.unchecked_.append(t)

    def set_amount(self, rid: str, monthly=None, total=None, maximum=False, **v):
        self.amount = Amount(self.text(rid, **v), monthly, total, maximum)

    # ---- shared tests -------------------------------------------------------------------------
    def deducted(self, inc: int) -> int:
        """소득평가액 if the whole income were 근로·사업소득 (after the 30% 공제)."""
        d = self.param("income_recognition.earned_income_deduction_pct")
        return inc * (100 - d) // 100

    def income_line(
        self,
        pct,
        what: str,
        field: str = "household_income_monthly",
        rounding=None,
        ask: bool = True,
        recognised: bool = False,
    ) -> Optional[bool]:
        """income ≤ pct% of 기준 중위소득 (tri-state). ``recognised``: the line is on 소득인정액, where
        근로·사업소득 counts after the 30% 공제 — above the line but within its reach is `refer`."""
        size = self.need("household_size") if ask else self.get("household_size")
        inc = self.need(field) if ask else self.get(field)
        if size is None or inc is None:
            return None
        self.use(self.P.median_meta())
        t = self.P.threshold(pct, size, rounding)
        label = self.text("label_household_income" if field == "household_income_monthly" else "label_personal_income")
        if t is None:
            self.refer("no_median_for_size", size=size)
            self.caveat("no_median_for_size_caveat", size=size)
            return None
        if inc <= t:
            self.likely("income_under_line", label=label, inc=inc, size=size, pct=pct, t=t, what=what)
            self.income_key = self.income_key or self.passes[-1]  # the line people care about most
            return True
        if recognised and self.deducted(inc) <= t:
            self.refer_deduction(label, inc, size, pct, t, what)
            return None
        if (
            self.income_unlikely("income_over_line", label=label, inc=inc, size=size, pct=pct, t=t, what=what)
            == UNLIKELY
        ):
            return False
        return None

    def refer_deduction(self, label, inc, size, pct, t, what):
        self.refer(
            "income_deduction_may_pass",
            label=label,
            inc=inc,
            size=size,
            pct=pct,
            t=t,
            what=what,
            net=self.deducted(inc),
        )


def resolve(s: Screen) -> tuple[str, str, str]:
    """verdict, reason, short reason."""
    if s.fails:
        return "unlikely", "; ".join(s.fails[:2]), s.fails[0]
    if s.missing:
        labels = ", ".join(_catalogue.fields().get(f, {}).get("label", f) for f in s.missing)
        known = s.text("so_far", items="; ".join(s.passes)) if s.passes else ""
        return "need_info", s.text("need_more", labels=labels) + known, s.text("to_check", labels=labels)
    if s.refers:
        return "refer", "; ".join(s.refers + s.passes), s.refers[0]
    reason = "; ".join(s.passes) if s.passes else s.text("seems_ok")
    key = s.key or s.income_key or (s.passes[0] if s.passes else reason)
    a = s.amount
    if a is not None and a.monthly:
        key = s.text("key_monthly_max" if a.maximum else "key_monthly", key=key, amount=a.monthly)
    elif a is not None and a.total:
        key = s.text("key_total_max", key=key, amount=a.total)
    if s.unchecked_:
        reason += s.text("unchecked_tail", items=", ".join(s.unchecked_))
    return "likely", reason, key
