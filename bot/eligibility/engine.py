"""Rules-as-code eligibility engine (plain Python, no Rasa).

``evaluate(profile, year, programs)`` checks a citizen profile against the
figures in ``rules/<year>.json`` and returns one result per program with a
verdict (likely / unlikely / need_info / refer), a Korean reason naming the rule
and numbers, missing fields, an estimated amount, sources, where to apply and a
caveat when a figure is only 2차/불일치/미확인.  Screening only —
최종 결정은 담당 기관에서 합니다.
"""
from __future__ import annotations

from typing import Any, Callable

from . import rules as _rules
from .profile import FIELD_LABELS, derive, is_range, validate_profile

from bot import catalogue as _catalogue

DISCLAIMER = _catalogue.disclaimer()
VERDICTS = tuple(_catalogue.verdicts())

NEEDS: tuple[str, ...] = tuple(_catalogue.needs())
NEED_LABELS: dict[str, str] = {n: d["label"] for n, d in _catalogue.needs().items()}
PROGRAMS_BY_NEED: dict[str, tuple[str, ...]] = {n: tuple(d["programs"]) for n, d in _catalogue.needs().items()}
PROGRAM_IDS: tuple[str, ...] = tuple(_catalogue.programs())
PROGRAM_NAMES: dict[str, str] = {p: v["name"] for p, v in _catalogue.programs().items()}
DESK_BY_PROGRAM: dict[str, str] = {p: v["desk"] for p, v in _catalogue.programs().items()}
NEEDS_BY_PROGRAM: dict[str, tuple[str, ...]] = {
    p: tuple(n for n in NEEDS if p in PROGRAMS_BY_NEED[n]) for p in PROGRAM_IDS}


def programs_for_needs(needs: list[str]) -> list[str]:
    """Program ids serving any of ``needs`` (catalogue order, no duplicates)."""
    bad = [n for n in needs if n not in NEEDS]
    if bad:
        raise ValueError(f"알 수 없는 필요 분야 / unknown need(s): {', '.join(map(str, bad))}")
    out: list[str] = []
    for n in NEEDS:
        if n in needs:
            for p in PROGRAMS_BY_NEED[n]:
                if p not in out:
                    out.append(p)
    return out


# ---------------------------------------------------------------- formatting
won = _catalogue.won


# ---------------------------------------------------------------- context
class _Ctx:
    """Collects the outcome of each condition of one program."""

    def __init__(self, pid: str, p: dict, R: _rules.Parameters):
        self.pid, self.p, self.R = pid, p, R
        self.fails: list[str] = []
        self.refers: list[str] = []
        self.passes: list[str] = []
        self.missing: list[str] = []
        self.caveats: list[str] = []
        self.sources: list[str] = []
        self.notes: list[str] = []
        self.amount: dict | None = None
        self.extra: dict[str, Any] = {}
        self.key: str | None = None  # preferred short reason when likely
        self.unchecked_: list[str] = []   # key conditions not checked (named in a likely result)
        self.receiving = False            # the person already receives this program
        self.alternatives: list[str] = []  # programs that cannot be received together with this one
        self.stale = R.on.year > R.year   # the day's year has no figures of its own yet

    # values -----------------------------------------------------------
    def v(self, field: str, ask: bool = True):
        val = self.p.get(field)
        if val is None and ask and field not in self.missing:
            self.missing.append(field)
        return val

    def fig(self, key: str):
        f = self.R.fig(key)
        self._use(f)
        return f.value

    def figure(self, key: str) -> _rules.Figure:
        f = self.R.fig(key)
        self._use(f)
        return f

    def _use(self, f: _rules.Figure):
        for u in f["urls"]:
            if u not in self.sources:
                self.sources.append(u)
        cav = f.caveat()
        if cav and cav not in self.caveats:
            self.caveats.append(cav)

    def caveat(self, text: str):
        if text not in self.caveats:
            self.caveats.append(text)

    def unchecked(self, text: str):
        if text not in self.unchecked_:
            self.unchecked_.append(text)

    # outcomes ---------------------------------------------------------
    def ok(self, text: str):
        self.passes.append(text)

    def fail(self, text: str):
        self.fails.append(text)

    def refer(self, text: str):
        self.refers.append(text)

    # shared tests -----------------------------------------------------
    def income_test(self, pct: int | float, what: str, field: str = "household_income_monthly",
                    size_field: str = "household_size", rounding: str | None = None,
                    ask: bool = True, recognised: bool = False) -> bool | None:
        """income ≤ pct% of 기준 중위소득 for the household size (tri-state).

        ``recognised``: the line is on 소득인정액, where 근로·사업소득 counts after the 30% 공제 —
        gross income above the line but within reach of the 공제 is ``refer`` (None), never a fail."""
        size = self.v(size_field, ask)
        inc = self.v(field, ask)
        if size is None or inc is None:
            return None
        self._use(self.R.median_meta())
        t = self.R.threshold(pct, size, rounding)
        if t is None:
            self.refer(f"{self.R.year}년 {size}인 가구 기준 중위소득 자료가 없어 담당 기관 확인이 필요합니다")
            self.caveat(f"확인 필요: {self.R.year}년 {size}인 이상 가구 기준 중위소득이 자료에 없습니다")
            return None
        label = "가구 월소득" if field == "household_income_monthly" else "본인 월소득"
        if inc <= t:
            self.ok(f"{label} {won(inc)} ≤ {size}인 가구 기준 중위소득 {pct}% {won(t)} ({what})")
            return True
        if recognised and self.deducted(inc) <= t:
            self.refer_deduction(label, inc, size, pct, t, what)
            return None
        if self.income_fail(f"{label} {won(inc)} > {size}인 가구 기준 중위소득 {pct}% {won(t)} ({what})"):
            return False
        return None

    def income_fail(self, text: str) -> bool:
        """An income-line failure; while the new year's figures are not in, it is only a `refer`.
        Returns True when it counts as a failure."""
        if self.stale:
            self.refer(f"{text} — {self.R.year}년 기준으로 본 것이라 {self.R.on.year}년 기준으로는 달라질 수 있어 "
                       f"담당 기관 확인이 필요합니다")
            return False
        self.fail(text)
        return True

    def deducted(self, inc: int) -> int:
        """소득평가액 if the whole income were 근로·사업소득 (after the 30% 공제)."""
        d = self.fig("income_recognition.earned_income_deduction_pct")
        return inc * (100 - d) // 100

    def refer_deduction(self, label, inc, size, pct, t, what):
        d = self.R.fig("income_recognition.earned_income_deduction_pct").value
        self.refer(f"{label} {won(inc)}은 {size}인 가구 기준 중위소득 {pct}% {won(t)}보다 많지만, 근로·사업소득은 "
                   f"{d}% 공제한 소득인정액으로 보므로(약 {won(self.deducted(inc))}) 기준 이하일 수 있습니다 "
                   f"({what}) — 담당 기관 확인 필요")

    def threshold(self, pct, size=None, rounding=None):
        size = size if size is not None else self.p.get("household_size")
        if size is None:
            return None
        return self.R.threshold(pct, size, rounding)


def _resolve(c: _Ctx) -> tuple[str, str, str]:
    """verdict, reason, short reason."""
    if c.fails:
        reason = "; ".join(c.fails[:2])
        return "unlikely", reason, c.fails[0]
    if c.missing:
        labels = ", ".join(FIELD_LABELS.get(f, f) for f in c.missing)
        known = ("; 지금까지: " + "; ".join(c.passes)) if c.passes else ""
        reason = f"판단하려면 정보가 더 필요합니다({labels}){known}"
        return "need_info", reason, f"확인할 정보: {labels}"
    if c.refers:
        reason = "; ".join(c.refers + c.passes)
        return "refer", reason, c.refers[0]
    reason = "; ".join(c.passes) if c.passes else "조건을 충족하는 것으로 보입니다"
    key = c.key or next((x for x in c.passes if "중위소득" in x), None) or (c.passes[0] if c.passes else reason)
    amt = c.amount or {}
    if amt.get("monthly"):
        key = f"{key} · 월 {'최대 ' if amt.get('maximum') else ''}{won(amt['monthly'])}"
    elif amt.get("total"):
        key = f"{key} · 최대 {won(amt['total'])}"
    if c.unchecked_:
        reason += "; 확인하지 않은 조건: " + ", ".join(c.unchecked_)
    return "likely", reason, key


# ---------------------------------------------------------------- programs
def _age_range(c: _Ctx, lo: int, hi: int, what: str) -> bool | None:
    age = c.v("age")
    if age is None:
        return None
    if lo <= age <= hi:
        c.ok(f"나이 {age}세 — {what} {lo}~{hi}세")
        return True
    c.fail(f"나이 {age}세 — {what} {lo}~{hi}세가 아닙니다")
    return False


def _dependents(p: dict) -> int | None:
    """부양가족 가산 대상 자녀(18세 이하) 수; 70세 이상·중증장애인 가족은 프로필에 없어 세지 않음."""
    kids = p.get("children_ages")
    if kids is None:
        return None
    return sum(1 for a in kids if a <= 18)


def _nes1(c: _Ctx):
    p = c.p
    age_min, age_max, age_sp = c.fig("national_employment_support.age_min"), c.fig("national_employment_support.age_max"), c.fig("national_employment_support.age_max_special")
    ys_min_f = c.R.fig("national_employment_support_1.youth_special_age_min")
    ys_min, ys_max = ys_min_f.value, c.R.fig("national_employment_support_1.youth_special_age_max").value
    age = c.v("age")
    special = p.get("single_parent") is True or p.get("livelihood_recipient") is True
    if age is not None:
        if age < age_min or age > age_sp:
            c.fail(f"나이 {age}세 — 참여 연령 {age_min}~{age_max}세(취업취약계층 {age_sp}세)가 아닙니다")
        elif age > age_max:
            if special:
                c.ok(f"나이 {age}세 — 취업취약계층은 {age_sp}세까지 참여")
            else:
                c.refer(f"나이 {age}세 — {age_max}세 초과는 고시 별표1 취업취약계층(기초연금 수급자·한부모 등)만 "
                        f"{age_sp}세까지 참여하므로 고용센터 확인이 필요합니다")
        else:
            c.ok(f"나이 {age}세 — 참여 연령 {age_min}~{age_max}세")
    st = p.get("employment_status")
    if st == "student":
        c.refer("재학 중(진학·자격 준비)에는 구직촉진수당이 나오지 않을 수 있습니다(법 7조③) — 학업 형태에 따라 "
                "고용센터가 판단하며, 수당 없는 취업지원(Ⅱ유형)도 가능합니다")
    elif st == "employed":
        c.refer("재직 중이면 근로시간(주 30시간 미만 등)에 따라 참여 여부가 달라 고용센터가 판단합니다")
    # 수당 제외 사유(exclusions): decisive when known; when unknown they are stated as a caveat
    # instead of being asked (screening keeps the dialogue short; the 고용센터 checks them).
    bar = c.fig("national_employment_support_1.after_ub_months")
    ended = p.get("unemployment_benefit_ended_months_ago")
    if p.get("receiving_unemployment_benefit") is True:
        c.fail(f"구직급여(실업급여) 수급 중에는 구직촉진수당이 인정되지 않습니다(법 7조③, 종료 후 {bar}개월 경과 필요)")
    elif ended is not None and ended < bar:
        c.fail(f"구직급여가 끝난 지 {ended}개월 — 마지막 수급일 다음 날부터 {bar}개월이 지나야 구직촉진수당이 "
               f"나옵니다(법 7조③); 약 {bar - ended}개월 뒤 신청하거나 수당 없는 취업지원(Ⅱ유형)을 보세요")
    elif ended is None and p.get("unemployment_benefit_ended_recently") is True:
        c.fail(f"구직급여가 최근 끝났다면 마지막 수급일 다음 날부터 {bar}개월이 지나야 구직촉진수당이 나옵니다(법 7조③) "
               f"— 그동안은 수당 없는 취업지원(Ⅱ유형)을 보세요")
    elif p.get("receiving_unemployment_benefit") is None:
        c.caveat("실업급여를 받는 중이거나 끝난 지 6개월이 안 되었으면 구직촉진수당이 나오지 않습니다")
    if p.get("livelihood_recipient") is True:
        c.fail("생계급여 수급자는 Ⅰ유형 구직촉진수당 대상이 아닙니다(시행령 5조) — Ⅱ유형(특정계층)·자활을 보세요")
    elif p.get("livelihood_recipient") is None:
        c.caveat("생계급여를 받고 계시면 구직촉진수당 대상이 아닙니다(Ⅱ유형·자활 참여 가능)")
    # income: 60% (요건심사·선발형) or 청년특례 120% (선발형)
    pct = c.fig("national_employment_support_1.income_pct")
    ys_pct = c.R.fig("national_employment_support_1.youth_special_income_pct").value
    youth_route = False
    size, inc = p.get("household_size"), p.get("household_income_monthly")
    t60 = c.threshold(pct, size) if size else None
    t120 = c.threshold(ys_pct, size) if size else None
    if inc is not None and t60 is not None and t120 is not None and t60 < inc <= t120 \
            and (age is None or ys_min_f.get("alt_value", ys_min) <= age <= ys_max):
        c._use(c.R.median_meta())
        if age is None:
            pass  # age (already listed as missing) decides whether the 청년특례 applies
        else:
            youth_route = True
            c.fig("national_employment_support_1.youth_special_income_pct")
            c.fig("national_employment_support_1.youth_special_age_max")
            c._use(ys_min_f)
            c.refer(f"가구 월소득 {won(inc)} — {size}인 가구 중위 {pct}% {won(t60)} 초과지만 청년특례 "
                    f"중위 {ys_pct}% {won(t120)} 이하(청년 {ys_min}~{ys_max}세, 선발형: 예산 범위에서 선발)")
            if age < ys_min:
                c.caveat(f"확인 필요[불일치]: 청년 연령 하한이 자료마다 {ys_min}세/{ys_min_f.get('alt_value')}세로 다름")
    else:
        c.income_test(pct, "국민취업지원제도 Ⅰ유형 소득기준")
    # assets
    youth_age_max = c.fig("national_employment_support_1.youth_age_max")
    amax = c.fig("national_employment_support_1.assets_max_youth") if (age is not None and age <= youth_age_max) else c.fig("national_employment_support_1.assets_max")
    assets = c.v("assets")
    if assets is not None:
        youth_amax = c.R.fig("national_employment_support_1.assets_max_youth").value
        if age is None and amax < assets <= youth_amax:
            c.v("age")  # 청년(34세 이하)이면 5억원까지
        elif assets <= amax:
            c.ok(f"가구 재산 {won(assets)} ≤ {won(amax)}")
        else:
            c.fail(f"가구 재산 {won(assets)} > {won(amax)}(청년 {youth_age_max}세 이하는 "
                   f"{won(c.R.fig('national_employment_support_1.assets_max_youth').value)})")
    # personal income ≤ 1인 가구 중위 60%
    ppct = c.fig("national_employment_support_1.personal_income_pct_1p")
    t1 = c.R.threshold(ppct, 1)
    pinc = p.get("personal_income_monthly")
    if pinc is None and inc is not None and inc < t1:
        pinc = inc  # 본인 소득은 가구 소득을 넘을 수 없음
    if pinc is None:
        c.caveat(f"본인 월소득이 1인 가구 중위 {ppct}% {won(t1)} 이상이면 구직촉진수당이 나오지 않습니다")
    elif pinc >= t1:
        c.income_fail(f"본인 월소득 {won(pinc)} ≥ 1인 가구 중위 {ppct}% {won(t1)} — 구직촉진수당 제외")
    # 취업경험
    if not youth_route:
        wmin = c.fig("national_employment_support_1.work_days_min")
        wd = p.get("work_days_24m")
        if wd is None and (p.get("insured_days_18m") or 0) >= wmin:
            wd = p["insured_days_18m"]          # 고용보험 가입일수(18개월)도 취업경험입니다
        if wd is None:
            # decides only 요건심사형 vs 선발형, not whether one can join: named, not asked
            c.unchecked(f"최근 2년 취업경험 {wmin}일(미달이면 예산 범위에서 선발)")
        else:
            if wd >= wmin:
                c.ok(f"최근 2년 취업경험 {wd}일 ≥ {wmin}일(요건심사형)")
            else:
                c.refer(f"최근 2년 취업경험 {wd}일 < {wmin}일(800시간) — 선발형: 예산 범위에서 점수로 선발")
                yt = c.R.fig("national_employment_support_1.youth_no_experience_note")
                if yt.value and age is not None and age <= youth_age_max:
                    c._use(yt)
                    c.caveat(yt.value)
    # amount
    monthly = c.fig("national_employment_support_1.allowance_monthly")
    months = c.fig("national_employment_support_1.allowance_months")
    add, add_max = c.fig("national_employment_support_1.dependent_add"), c.fig("national_employment_support_1.dependent_max")
    deps = _dependents(p)
    succ = c.fig("national_employment_support.success_allowance_max")
    if deps is None:
        m = monthly
        text = (f"구직촉진수당 월 {won(monthly)} × 최대 {months}개월(총 {won(monthly * months)}) + 부양가족 1인당 월 "
                f"{won(add)}(최대 {add_max}명); 취업성공수당 최대 {won(succ)}")
    else:
        n = min(deps, add_max)
        m = monthly + n * add
        text = (f"구직촉진수당 월 {won(monthly)} + 부양가족 {n}명 × {won(add)} = 월 {won(m)} × 최대 {months}개월"
                f"(총 {won(m * months)}); 취업성공수당 최대 {won(succ)}")
    c.amount = {"text": text, "monthly": m, "total": m * months}


def _nes2(c: _Ctx):
    p = c.p
    if p.get("receiving_unemployment_benefit") is True:
        c.fail("구직급여(실업급여) 수급 중에는 국민취업지원제도에 참여할 수 없습니다(구직급여 수급자격 인정 시 종료)")
    elif p.get("receiving_unemployment_benefit") is None:
        c.caveat("실업급여를 받는 중에는 국민취업지원제도에 참여할 수 없습니다")
    if p.get("employment_status") == "employed":
        c.refer("재직 중이면 근로시간·소득에 따라 참여 여부가 달라 고용센터가 판단합니다")
    age_min, age_sp = c.fig("national_employment_support.age_min"), c.fig("national_employment_support.age_max_special")
    ymin_f = c.R.fig("national_employment_support_2.youth_age_min")
    ymin, ymax = ymin_f.value, c.fig("national_employment_support_2.youth_age_max")
    mmin, mmax = c.fig("national_employment_support_2.middle_age_min"), c.fig("national_employment_support_2.middle_age_max")
    age = c.v("age")
    special = [lbl for f, lbl in (("livelihood_recipient", "생계급여 수급자"), ("single_parent", "한부모"),
                                  ("disability", "장애인")) if p.get(f) is True]
    if age is None:
        pass
    elif age < age_min or age > age_sp:
        c.fail(f"나이 {age}세 — 참여 연령 {age_min}~{age_sp}세가 아닙니다")
    elif special:
        c.ok(f"특정계층({', '.join(special)}) — 소득과 관계없이 Ⅱ유형 참여 가능, 나이 {age}세")
    elif ymin <= age <= ymax:
        c._use(ymin_f)
        c.ok(f"청년 {ymin}~{ymax}세(나이 {age}세) — 소득과 관계없이 참여")
    elif age < ymin:
        c._use(ymin_f)
        c.refer(f"나이 {age}세 — 청년 하한이 자료마다 15세/18세로 달라 고용센터 확인이 필요합니다")
    elif mmin <= age <= mmax:
        c.ok(f"중장년 {mmin}~{mmax}세(나이 {age}세)")
        ok = c.income_test(c.fig("national_employment_support_2.middle_income_pct"), "Ⅱ유형 중장년 소득기준")
        if ok is False:
            c.fails[-1] += " — 한부모·장애인 등 특정계층이면 소득과 관계없이 가능"
    f = c.figure("national_employment_support_2.activity_cost_text")
    c.amount = {"text": f"취업활동비용: {f.value}(총액은 자료마다 다름); 취업지원서비스(상담·훈련·알선)",
                "monthly": None, "total": None}


def _ub_days(c: _Ctx) -> tuple[list[int], str]:
    age = c.p.get("age")
    older = (age is not None and age >= 50) or c.p.get("disability") is True
    key = "unemployment_benefit.days_50plus" if older else "unemployment_benefit.days_under50"
    return c.fig(key), ("50세 이상·장애인" if older else "50세 미만")


def _unemployment(c: _Ctx):
    p = c.p
    receiving = p.get("receiving_unemployment_benefit") is True
    st = p.get("employment_status") if receiving else c.v("employment_status")
    if st == "employed" and not receiving:
        c.fail("지금 일하고 계시면(재직 중) 구직급여 대상이 아닙니다")
    elif st == "self_employed":
        c.fail("자영업 중에는 구직급여 대상이 아닙니다(자영업자 고용보험 가입자는 폐업 후 별도 신청)")
    elif st == "never_worked":
        c.fail("고용보험에 가입해 일한 기간이 없으면 구직급여 대상이 아닙니다(이직 전 18개월 중 180일 필요)")
    elif st == "student":
        c.refer("재학 중이면 근로 의사·능력과 이직 사유를 고용센터가 확인합니다")
    elif st == "business_closed":
        c.refer("폐업한 자영업자는 자영업자 고용보험에 가입했던 경우에만 구직급여를 받을 수 있어 고용센터 확인이 필요합니다")
    ended = p.get("unemployment_benefit_ended_months_ago")
    gone = p.get("left_job_months_ago")
    window = c.fig("unemployment_benefit.claim_window_months")
    deadline_m = c.fig("unemployment_benefit.deadline_months")
    dmin = c.fig("unemployment_benefit.insured_days_min")
    if receiving:
        c.ok("지금 구직급여를 받고 계십니다 — 실업인정일을 지켜 주세요")
        c.receiving = True
        c.key = "지금 받고 계십니다 — 실업인정일을 지켜 주세요"
    elif ended is not None or p.get("unemployment_benefit_ended_recently") is True:
        c.fail(f"이미 받으신 구직급여가 끝났습니다 — 같은 퇴사로 다시 받을 수 없고, 다시 일해 이직 전 {window}개월 중 "
               f"{dmin}일 이상 고용보험에 가입한 뒤 비자발적으로 그만두면 새로 신청할 수 있습니다")
    elif gone is not None and gone > deadline_m:
        c.fail(f"그만둔 지 {gone}개월 — 구직급여는 이직 다음 날부터 {deadline_m}개월 안에만 받을 수 있고, 이직 전 "
               f"{window}개월 중 {dmin}일 이상 가입해야 합니다(고용보험법 40·48조); 그 뒤 다시 일하지 않았다면 대상이 아닙니다")
    else:
        margin = c.fig("unemployment_benefit.insured_days_margin")
        d = c.v("insured_days_18m")
        if d is not None:
            if d >= dmin + margin:
                c.ok(f"이직 전 {window}개월 피보험단위기간 {d}일 ≥ {dmin}일(고용보험법 40조)")
            elif d >= dmin - margin:
                c.refer(f"이직 전 {window}개월 가입일수 약 {d}일 — 기준 {dmin}일 근처라 주휴일을 포함한 유급일로 다시 세면 "
                        f"달라질 수 있어 고용센터 확인이 필요합니다(고용보험법 40조)")
            else:
                c.fail(f"이직 전 {window}개월 피보험단위기간 {d}일 < {dmin}일(고용보험법 40조)")
        old = c.fig("unemployment_benefit.new_hire_age_excluded")
        age = p.get("age")
        if age is None:
            c.unchecked(f"{old}세 이후 새로 고용된 경우 제외")
        elif age >= old:
            c.refer(f"나이 {age}세 — {old}세 이후 새로 고용된 경우는 구직급여 대상이 아닙니다(고용보험법 10조); "
                    f"{old}세 전부터 계속 일했다면 받을 수 있어 고용센터 확인이 필요합니다")
        inv = c.v("left_job_involuntarily")
        if inv is True:
            c.ok("비자발적 이직(해고·계약만료·권고사직 등) — 이직 사유는 고용센터가 최종 확인")
        elif inv is False:
            c.refer("자진퇴사는 원칙적으로 제한되지만 정당한 사유(임금체불·통근곤란 등)가 있으면 인정될 수 있어 고용센터가 판단합니다")
    # amount
    dmax, dmin8 = c.figure("unemployment_benefit.daily_max"), c.figure("unemployment_benefit.daily_min_8h")
    for f in (dmax, dmin8):          # 이직일에 따른 상한, 단시간 근로자 하한 — always worth saying
        if f.get("note"):
            c.caveat(f["note"])
    rate = c.fig("unemployment_benefit.replacement_pct")
    days_row, grp = _ub_days(c)
    bounds = c.fig("unemployment_benefit.days_year_bounds")
    deadline = c.fig("unemployment_benefit.deadline_months")
    yrs = p.get("insured_years")
    base = (f"1일 구직급여 = 이직 전 평균임금의 {rate}%, 상한 {won(dmax.value)}·하한 {won(dmin8.value)}"
            f"(8시간 기준)")
    if yrs is None:
        text = f"{base}; 소정급여일수 {days_row[0]}~{days_row[-1]}일({grp}, 가입기간에 따라); 이직 다음 날부터 {deadline}개월 안에 받아야 합니다"
        c.amount = {"text": text, "monthly": None, "total": None}
    else:
        idx = sum(1 for b in bounds if yrs >= b)
        days = days_row[idx]
        total = dmax.value * days
        text = (f"{base}; 소정급여일수 {days}일({grp}, 가입 {yrs}년); 월 최대 {won(dmax.value * 30)}, "
                f"총 최대 약 {won(total)}(상한액 기준); "
                f"이직 다음 날부터 {deadline}개월 안에 받아야 합니다")
        c.amount = {"text": text, "monthly": dmax.value * 30, "total": total, "maximum": True}
        c.extra["benefit_days"] = days


def _card(c: _Ctx):
    p = c.p
    f = c.figure("tomorrow_learning_card.age_max_exclusive")
    age = c.v("age")
    if age is not None:
        if age >= f.value:
            c.fail(f"나이 {age}세 — 만 {f.value}세 이상은 제외(자료마다 기준이 다름)")
        else:
            c.ok(f"나이 {age}세 — 만 {f.value}세 미만")
    st = c.v("employment_status")
    if st == "student":
        c.refer("재학생은 졸업까지 남은 기간이 2년 이내일 때만 발급됩니다 — 고용센터 확인")
    elif st in ("employed", "self_employed"):
        c.ok("재직자·자영업자도 발급 가능(고소득자 제외 기준은 고용24에서 확인)")
    elif st is not None:
        c.ok("실업자·구직자는 국민 누구나 원칙으로 발급 가능")
    c.caveat("공무원·사립학교 교직원은 제외됩니다")
    special = p.get("single_parent") is True or p.get("disability") is True
    amt = c.fig("tomorrow_learning_card.amount_special") if special else c.fig("tomorrow_learning_card.amount")
    sp_amt = c.R.fig("tomorrow_learning_card.amount_special").value
    c.amount = {"text": f"5년간 훈련비 {won(amt)}{'(특정계층)' if special else f'(특정계층은 최대 {won(sp_amt)})'}, "
                        f"자부담 15~55%", "monthly": None, "total": amt}


def _emergency(c: _Ctx):
    p = c.p
    ev = c.v("crisis_event")
    labels = {"main_earner_loss": "주소득자 사망·가출·행방불명·구금", "illness_injury": "중한 질병·부상",
              "abuse_neglect": "방임·유기·학대", "domestic_violence": "가정폭력·성폭력",
              "disaster": "화재·자연재해로 거주 곤란", "business_closure": "휴업·폐업",
              "job_loss": "실직"}
    if ev == "none":
        c.fail("긴급복지는 갑작스러운 위기사유(실직·질병·가정폭력 등)가 있어야 합니다 — 해당 없다고 답하셨습니다")
    elif ev == "other":
        c.refer("기타 위기사유(이혼으로 소득 급감, 단전 등 조례·고시 사유)는 시·군·구가 판단합니다")
    elif ev is not None:
        c.ok(f"위기사유: {labels[ev]}")
    if p.get("livelihood_recipient") is True:
        c.refer("이미 생계급여를 받고 있으면 같은 종류의 긴급지원은 중복되지 않을 수 있습니다(의료·주거 등은 상담)")
    c.income_test(c.fig("emergency_welfare.income_pct"), "긴급복지 소득기준")
    # 재산 (지역별)
    fm, fs, fr = c.R.fig("emergency_welfare.assets_max_metro"), c.R.fig("emergency_welfare.assets_max_small_city"), c.R.fig("emergency_welfare.assets_max_rural")
    limits = {"metro": fm, "small_city": fs, "rural": fr}
    names = {"metro": "대도시", "small_city": "중소도시", "rural": "농어촌"}
    assets = c.v("assets")
    if assets is not None:
        lo = min(f.value for f in limits.values())
        hi = max(f.value for f in limits.values())
        rt = p.get("region_type")
        if rt is not None:
            f = limits[rt]
            c._use(f)
            alt = f.get("alt_value")
            if assets <= f.value:
                c.ok(f"가구 재산 {won(assets)} ≤ {names[rt]} 기준 {won(f.value)}")
            elif alt is not None and assets <= alt:
                c.refer(f"가구 재산 {won(assets)} — {names[rt]} 기준이 자료마다 {won(f.value)}/{won(alt)}로 달라 확인이 필요합니다")
            elif _may_hold_home(p):
                _refer_home_deduction(c, assets, f"{names[rt]} 재산기준 {won(f.value)}")
            else:
                c.fail(f"가구 재산 {won(assets)} > {names[rt]} 재산기준 {won(f.value)}")
        elif assets <= lo:
            c._use(fr)
            c.ok(f"가구 재산 {won(assets)} ≤ 모든 지역 재산기준(최저 {won(lo)})")
        elif assets > hi and all((f.get("alt_value") or 0) < assets for f in limits.values()):
            c._use(fm)
            if _may_hold_home(p):
                _refer_home_deduction(c, assets, f"대도시 재산기준 {won(hi)}")
            else:
                c.fail(f"가구 재산 {won(assets)} > 대도시 재산기준 {won(hi)}")
        else:
            c.v("sigungu" if not p.get("sigungu") else "region_type")
    fa_max = c.fig("emergency_welfare.financial_assets_max")
    fa = p.get("financial_assets")
    if fa is None and assets is not None and assets <= fa_max:
        fa = assets  # 금융재산은 재산 합계를 넘을 수 없음
    if fa is None:
        # decided by the 시·군·구 on 선지원 후조사: named, not asked
        c.unchecked(f"금융재산 {won(fa_max)} 이하(주거지원 "
                    f"{won(c.fig('emergency_welfare.financial_assets_max_housing'))})")
    elif fa <= fa_max:
        c.ok(f"금융재산 {won(fa)} ≤ {won(fa_max)}")
    else:
        fh = c.fig("emergency_welfare.financial_assets_max_housing")
        if fa <= fh:
            c.refer(f"금융재산 {won(fa)} — 생계지원 기준 {won(fa_max)}은 넘지만 주거지원 기준 {won(fh)} 이하라 "
                    f"주거지원은 받을 수 있을 수 있습니다 — 시·군·구 확인")
        else:
            c.fail(f"금융재산 {won(fa)} > {won(fh)}(긴급복지 주거지원 기준, 생계지원은 {won(fa_max)})")
    # amount
    sup = c.figure("emergency_welfare.living_support")
    times = c.fig("emergency_welfare.max_times")
    size = p.get("household_size")
    if sup.value is None:
        c.amount = {"text": f"{c.R.year}년 생계지원 금액 자료가 없습니다(확인 필요). 위기 지속 시 최대 {times}회",
                    "monthly": None, "total": None}
    elif size is None:
        c.amount = {"text": f"생계지원 월 {won(sup.value['1'])}(1인)~{won(sup.value['6'])}(6인), 기본 1회·최대 {times}회",
                    "monthly": None, "total": None}
    else:
        if str(size) in sup.value:
            m = sup.value[str(size)]
        else:
            ex = c.figure("emergency_welfare.living_support_extra")
            m = sup.value["6"] + (size - 6) * ex.value
        c.amount = {"text": f"{size}인 가구 생계지원 월 {won(m)}, 기본 1회(위기 지속 시 최대 {times}회); 의료·주거 등 다른 지원도 상담",
                    "monthly": m, "total": m}


def _may_hold_home(p: dict) -> bool:
    """Part of the assets may be 주거용 재산 (own home or a 전·월세 보증금)."""
    return p.get("housing") not in ("homeless", "with_parents")


def _refer_home_deduction(c: _Ctx, assets: int, line: str):
    f = c.figure("emergency_welfare.housing_asset_deduction")
    amount = f"({won(f.value)})" if f.value else "(지역별 공제액은 확인 필요)"
    c.refer(f"가구 재산 {won(assets)} > {line}이지만, 집·보증금 같은 주거용 재산은 지역별 공제{amount} 후 "
            f"비교하므로 기준 이하일 수 있습니다 — 시·군·구 확인")


def _basic(c: _Ctx):
    p = c.p
    c.caveat("실제 판정은 소득인정액(소득평가액+재산의 소득환산액)으로 하며 부양의무자 기준은 확인 필요합니다")
    if p.get("livelihood_recipient") is True:
        c.ok("지금 생계급여를 받고 계십니다 — 소득·가구 변동은 주민센터에 신고해 주세요")
        c.receiving = True
        c.key = "이미 받고 계십니다 — 소득·가구가 바뀌면 주민센터에 신고해 주세요"
        c.amount = None
        return
    c.unchecked("재산의 소득환산액")
    pcts = [(c.fig("basic_livelihood.livelihood_pct"), "생계급여"), (c.fig("basic_livelihood.medical_pct"), "의료급여"),
            (c.fig("basic_livelihood.housing_pct"), "주거급여"), (c.fig("basic_livelihood.education_pct"), "교육급여·차상위")]
    size, inc = c.v("household_size"), c.v("household_income_monthly")
    if size is None or inc is None:
        return
    c._use(c.R.median_meta())
    ts = [(pct, name, c.R.threshold(pct, size)) for pct, name in pcts]
    if any(t is None for _, _, t in ts):
        c.refer(f"{c.R.year}년 {size}인 가구 기준 중위소득 자료가 없어 주민센터 확인이 필요합니다")
        c.caveat(f"확인 필요: {c.R.year}년 {size}인 이상 가구 기준 중위소득이 자료에 없습니다")
        return
    for pct, name, t in ts:
        if inc <= t:
            c.ok(f"가구 월소득 {won(inc)} ≤ {size}인 가구 기준 중위소득 {pct}% {won(t)}({name} 선정기준)")
            c.extra["benefit"] = name
            if name == "생계급여":
                gap = t - inc
                c.amount = {"text": f"생계급여 약 월 {won(gap)}(선정기준 {won(t)} − 소득; 실제는 소득인정액으로 계산)",
                            "monthly": gap, "total": None}
            else:
                c.amount = {"text": f"{name} 등(생계급여 선정기준 {won(ts[0][2])} 초과)", "monthly": None, "total": None}
            return
    net = c.deducted(inc)
    for pct, name, t in ts:
        if net <= t:
            lp, _, lt = ts[-1]
            c.refer_deduction("가구 월소득", inc, size, lp, lt, f"기초생활보장·차상위 기준; 공제 후에는 {name} 기준 이하일 수도")
            return
    pct, name, t = ts[-1]
    c.income_fail(f"가구 월소득 {won(inc)} > {size}인 가구 기준 중위소득 {pct}% {won(t)}(기초생활보장·차상위 기준, "
                  f"근로소득 공제 후에도 초과)")


_GRADE_NAMES = {1: "1급지(서울)", 2: "2급지(경기·인천)", 3: "3급지(광역시·세종)", 4: "4급지(그 외)"}


def _grade(sido: str | None) -> int | None:
    if not sido:
        return None
    s = sido.replace(" ", "")
    if s.startswith("서울"):
        return 1
    if s.startswith(("경기", "인천")):
        return 2
    if s.startswith(("부산", "대구", "광주", "대전", "울산", "세종")):
        return 3
    return 4


def _housing_benefit(c: _Ctx):
    p = c.p
    h = c.v("housing")
    if h in ("monthly_rent", "jeonse"):
        c.ok("임차가구 — 임차급여 대상")
    elif h == "owner":
        c.ok("자가가구 — 수선유지급여 대상(노후도별)")
    elif h == "homeless":
        c.refer("거처가 없으면 주거급여보다 긴급 주거지원·주거취약계층 지원을 주민센터에서 함께 봅니다")
    elif h == "with_parents":
        c.refer("부모님과 함께 살면 부모님 가구 기준으로 판단합니다(청년 분리지급은 따로 사는 경우)")
    pct = c.fig("housing_benefit.income_pct")
    if p.get("livelihood_recipient") is True:
        c.ok("생계급여 수급 가구는 주거급여 소득기준(중위 48%)도 충족")
    else:
        c.income_test(pct, "주거급여 선정기준", recognised=True)
    c.caveat("실제 판정은 소득인정액(재산 환산 포함)으로 합니다")
    # amount (임차급여)
    rent, dep, size, inc = p.get("rent_monthly"), p.get("deposit"), p.get("household_size"), p.get("household_income_monthly")
    g = _grade(p.get("sido"))
    if h in ("monthly_rent", "jeonse") and size and inc is not None and g and (rent is not None or dep is not None):
        table = c.figure("housing_benefit.base_rent").value
        base = table.get(str(g), {}).get(str(size))
        dpct = c.fig("housing_benefit.deposit_annual_pct")
        bpct = c.fig("housing_benefit.self_burden_pct")
        actual = (rent or 0) + ((dep or 0) * dpct) // 1200
        t32 = c.R.threshold(c.R.fig("basic_livelihood.livelihood_pct").value, size)
        burden = max(0, inc - t32) * bpct // 100 if t32 is not None else 0
        if base is not None:
            m = max(0, min(actual, base) - burden)
            c.amount = {"text": f"임차급여 약 월 {won(m)} = min(실제임차료 {won(actual)}, 기준임대료 {won(base)} "
                                f"{_GRADE_NAMES[g]}·{size}인) − 자기부담 {won(burden)}(2024년 표 기준 추정)",
                        "monthly": m, "total": None}
            return
    c.amount = {"text": "임차급여: 실제 임차료와 지역·가구원수별 기준임대료 중 적은 금액에서 자기부담분을 뺀 금액",
                "monthly": None, "total": None}


def _single_parent(c: _Ctx):
    p = c.p
    sp = c.v("single_parent")
    if sp is False:
        c.fail("한부모가족(사별·이혼·미혼 등으로 혼자 자녀를 키우는 부 또는 모)이 아니라고 답하셨습니다")
    elif sp is True:
        c.ok("한부모가족")
    amax, smax = c.fig("single_parent_support.child_age_exclusive"), c.fig("single_parent_support.child_age_student_exclusive")
    kids = c.v("children_ages")
    under = []
    if kids is not None:
        under = [a for a in kids if a < amax]
        student_age = [a for a in kids if amax <= a < smax]
        if under:
            c.ok(f"{amax}세 미만 자녀 {len(under)}명")
        elif student_age:
            c.refer(f"자녀가 {amax}세 이상이면 취학 중일 때만 {smax}세 미만까지 인정 — 주민센터 확인")
        else:
            c.fail(f"{amax}세 미만(취학 중 {smax}세 미만) 자녀가 없습니다")
    age = p.get("age")
    general = c.fig("single_parent_support.income_pct")
    yfig = c.R.fig("single_parent_support.youth_income_pct")
    ymax = c.fig("single_parent_support.youth_parent_age_max")
    youth = age is not None and age <= ymax
    if youth and yfig.value is not None:
        c._use(yfig)
        c.income_test(yfig.value, f"청소년한부모({ymax}세 이하) 소득기준", recognised=True)
    else:
        if youth:
            c._use(yfig)
        size, inc = p.get("household_size"), p.get("household_income_monthly")
        # between general% and youth% the parent's age decides
        t_gen = c.threshold(general, size) if size else None
        t_y = c.threshold(yfig.value, size) if (size and yfig.value) else None
        if (age is None and inc is not None and t_gen is not None and t_y is not None and t_gen < inc <= t_y):
            c.v("age")  # undecided until the parent's age is known (청소년한부모 기준이 더 높음)
            c._use(c.R.median_meta())
        else:
            c.income_test(general, "한부모가족 소득기준", recognised=True)
    c.unchecked("재산(소득인정액에 포함)")
    # amount
    if kids is None:
        c.amount = {"text": f"아동양육비 자녀 1인당 월 {won(c.fig('single_parent_support.child_allowance'))}(18세 미만)", "monthly": None, "total": None}
        return
    if youth:
        a01, a2 = c.figure("single_parent_support.youth_allowance_0_1"), c.figure("single_parent_support.youth_allowance_2plus")
        m = sum(a01.value if a <= 1 else a2.value for a in under)
        text = f"청소년한부모 아동양육비 {len(under)}명 합계 월 {won(m)}(0~1세 {won(a01.value)}, 2세 이상 {won(a2.value)})"
    else:
        per = c.fig("single_parent_support.child_allowance")
        m = per * len(under)
        text = f"아동양육비 월 {won(per)} × 자녀 {len(under)}명"
        lo, hi = c.fig("single_parent_support.extra_youth_parent_age_min"), c.fig("single_parent_support.extra_youth_parent_age_max")
        if age is not None and lo <= age <= hi and under:
            extra = c.fig("single_parent_support.extra_allowance")
            m += extra * len(under)
            text += f" + 청년 한부모({lo}~{hi}세) 추가 아동양육비 월 {won(extra)} × {len(under)}명"
        elif age is None or age > hi:
            c.caveat(f"35세 이상 미혼 한부모·조손가족은 5세 이하 자녀 1인당 추가 아동양육비 월 "
                     f"{won(c.fig('single_parent_support.extra_allowance'))}이 더 있습니다")
        text += f" = 월 {won(m)}"
    if p.get("livelihood_recipient") is True:
        text += "(생계급여 수급 중에도 지급)"
    c.amount = {"text": text, "monthly": m, "total": None}


def _childcare(c: _Ctx):
    p = c.p
    cmax = c.fig("child_care_service.child_age_max")
    kids = c.v("children_ages")
    if kids is not None:
        young = [a for a in kids if a <= cmax]
        if young:
            c.ok(f"만 {cmax}세 이하 자녀 {len(young)}명(생후 3개월부터)")
            if 0 in young:
                c.caveat("생후 3개월 미만 아기는 아직 이용할 수 없습니다(영아종일제는 3~36개월)")
        else:
            c.fail(f"만 {cmax}세 이하 자녀가 없습니다(아이돌봄은 생후 3개월~만 {cmax}세)")
    reasons = _gap_reasons(p, cmax, c.fig("child_care_service.many_children_min"))
    if reasons:
        c.ok("양육공백: " + ", ".join(reasons))
    else:
        gap = c.v("caregiving_gap")
        if gap is False and kids is not None:
            c.fail("부모가 집에서 돌볼 수 있으면(맞벌이·다자녀·장애 부모 등 양육공백 없음) 대상이 아닙니다")
        elif gap is True:
            c.ok("양육공백(맞벌이·취업 한부모·다자녀·장애 부모 등) 있음")
    tf = c.figure("child_care_service.type_pcts")
    hours_f = c.figure("child_care_service.hours_single_parent" if p.get("single_parent") else "child_care_service.hours")
    if tf.value is None:
        c.amount = {"text": f"{c.R.year}년 소득유형·지원 금액 자료가 없습니다(확인 필요)", "monthly": None, "total": None}
        return
    types = tf.value
    size, inc = c.v("household_size"), c.v("household_income_monthly")
    if size is None or inc is None:
        return
    c._use(c.R.median_meta())
    red = c.fig("child_care_service.dual_income_reduction_pct")
    gross = inc
    dual = p.get("dual_income")
    if dual is True:
        inc = inc * (100 - red) // 100
    found = None
    for name, pct in types.items():
        t = c.R.threshold(pct, size, tf.get("rounding"))
        if t is None:
            c.refer(f"{c.R.year}년 {size}인 가구 기준 중위소득 자료가 없어 확인이 필요합니다")
            return
        if inc <= t:
            found = (name, pct, t)
            break
    last_name, last_pct = list(types.items())[-1]
    if found is None:
        t = c.R.threshold(last_pct, size, tf.get("rounding"))
        if dual is None and inc * (100 - red) // 100 <= t:
            c.refer(f"가구 월소득 {won(inc)} > {size}인 가구 중위 {last_pct}% {won(t)}이지만 맞벌이면 소득을 {red}% 감액해 "
                    f"판정하므로 정부지원을 받을 수 있습니다 — 확인 필요")
            return
        c.income_fail(f"가구 월소득 {won(inc)} > {size}인 가구 중위 {last_pct}% {won(t)} — 정부지원 없음(본인부담으로 이용 가능)")
        return
    name, pct, t = found
    shown = f"가구 월소득 {won(gross)}(맞벌이 {red}% 감액 후 {won(inc)})" if dual is True else f"가구 월소득 {won(inc)}"
    c.ok(f"{shown} ≤ {size}인 가구 중위 {pct}% {won(t)} — {name}")
    if dual is None:
        c.caveat(f"맞벌이면 소득을 {red}% 감액해 더 유리한 유형이 될 수 있습니다")
    fee, top = c.fig("child_care_service.hourly_fee"), c.fig("child_care_service.support_hourly_top")
    c.amount = {"text": f"{name} 정부지원(연 {hours_f.value:,}시간까지); 이용요금 시간당 {won(fee)}, 가형(7세 미만) 지원 시간당 "
                        f"{won(top)} — 유형이 높을수록 지원 감소", "monthly": None, "total": None}
    c.extra["income_type"] = name


def _gap_reasons(p: dict, child_age_max: int, many_min: int) -> list[str]:
    """양육공백 사유 that follow from other answers (맞벌이, 취업 한부모, 다자녀, 장애 부모)."""
    out = []
    if p.get("dual_income") is True:
        out.append("맞벌이")
    if p.get("single_parent") is True and p.get("employment_status") in ("employed", "self_employed"):
        out.append("취업 한부모")
    kids = p.get("children_ages")
    if kids is not None and sum(1 for a in kids if a <= child_age_max) >= many_min:
        out.append("다자녀")
    if p.get("disability") is True:
        out.append("장애 부모")
    return out


def _youth_rent(c: _Ctx):
    p = c.p
    _age_range(c, c.fig("youth_monthly_rent.age_min"), c.fig("youth_monthly_rent.age_max"), "청년월세 지원 연령")
    apart = c.v("lives_apart_from_parents")
    if apart is False:
        c.fail("부모님과 따로 살아야 합니다")
    elif apart is True:
        c.ok("부모님과 따로 거주")
    home = c.v("homeowner")
    if home is True:
        c.fail("무주택자여야 합니다(집을 소유)")
    elif home is False:
        c.ok("무주택")
    h = c.v("housing")
    if h is not None and h != "monthly_rent":
        c.fail("월세로 사는 청년이 대상입니다")
    elif h == "monthly_rent":
        rmax, dmax, cmax = c.fig("youth_monthly_rent.rent_max"), c.fig("youth_monthly_rent.deposit_max"), c.fig("youth_monthly_rent.converted_max")
        rent, dep = c.v("rent_monthly"), c.v("deposit")
        if rent is not None and rent > cmax:
            c.fail(f"월세 {won(rent)} > {won(cmax)}(보증금 환산 포함 상한)")
        elif rent is not None and dep is not None:
            if rent <= rmax and dep <= dmax:
                c.ok(f"월세 {won(rent)} ≤ {won(rmax)}, 보증금 {won(dep)} ≤ {won(dmax)}")
            else:
                c.refer(f"월세 {won(rent)}·보증금 {won(dep)} — 기준(월세 {won(rmax)}·보증금 {won(dmax)}) 초과지만 "
                        f"보증금 월 환산 합계가 {won(cmax)} 이하면 예외 인정 — 확인 필요")
    c.income_test(c.fig("youth_monthly_rent.income_pct"), "청년가구 소득기준")
    c.figure("youth_monthly_rent.parent_income_pct")
    c.caveat("부모님 가구(원가구) 소득이 기준 중위소득 100% 이하여야 합니다 — 신청 때 확인")
    c.unchecked(f"부모님 가구 소득 중위 {c.R.fig('youth_monthly_rent.parent_income_pct').value}% 이하")
    c.unchecked("재산 기준(값 미확인)")
    sup, months = c.fig("youth_monthly_rent.support_monthly"), c.fig("youth_monthly_rent.support_months")
    rent = p.get("rent_monthly")
    m = min(rent, sup) if rent is not None else sup
    c.amount = {"text": f"월 {won(m)}(최대 {won(sup)}) × 최대 {months}개월, 생애 1회", "monthly": m, "total": m * months}


def _youth_jeonse(c: _Ctx):
    p = c.p
    _age_range(c, c.fig("youth_jeonse_loan.age_min"), c.fig("youth_jeonse_loan.age_max"), "청년전용 버팀목 연령")
    home = c.v("homeowner")
    if home is True:
        c.fail("무주택 세대주(예비 포함)여야 합니다(집을 소유)")
    elif home is False:
        c.ok("무주택")
    imax = c.fig("youth_jeonse_loan.income_annual_max")
    pinc = c.v("personal_income_monthly")
    if pinc is not None:
        annual = pinc * 12
        if annual <= imax:
            c.ok(f"연소득 약 {won(annual)}(월 {won(pinc)}×12) ≤ {won(imax)}(부부합산)")
        else:
            c.fail(f"연소득 약 {won(annual)}(월 {won(pinc)}×12) > {won(imax)}(부부합산 기준; 신혼·다자녀는 더 높음)")
    naf = c.figure("youth_jeonse_loan.net_assets_max")
    assets = c.v("assets") if naf.value is not None else p.get("assets")
    if naf.value is not None and assets is not None:
        net = assets - (p.get("debt_total") or 0)
        if net > naf.value and p.get("debt_total") is None:
            c.v("debt_total")          # 순자산 = 재산 − 부채: debts may bring it under the line
        elif net <= naf.value:
            c.ok(f"순자산 약 {won(max(net, 0))} ≤ {won(naf.value)}")
        else:
            c.fail(f"순자산 약 {won(net)} > {won(naf.value)}")
    dep = p.get("deposit")
    dmax = c.fig("youth_jeonse_loan.deposit_max")
    if p.get("housing") == "jeonse" and dep is not None and dep > dmax:
        c.fail(f"전세보증금 {won(dep)} > {won(dmax)}")
    c.caveat("부부합산 연소득 기준이라 배우자 소득을 더해야 합니다")
    lmax, l25 = c.fig("youth_jeonse_loan.loan_max"), c.fig("youth_jeonse_loan.loan_max_under25")
    age = p.get("age")
    lim = l25 if (age is not None and age < 25) else lmax
    c.amount = {"text": f"대출 한도 {won(lim)}(보증금의 80% 이내, 25세 미만 단독세대주 {won(l25)}); 금리 {c.fig('youth_jeonse_loan.rate_text')}",
                "monthly": None, "total": lim}


def _debt_adjust(c: _Ctx):
    debt = c.v("debt_total")
    dmax = c.fig("debt_adjustment.total_debt_max")
    if debt is not None:
        if debt == 0:
            c.fail("갚아야 할 빚이 없다고 답하셨습니다")
        elif debt > dmax:
            c.fail(f"총 채무 {won(debt)} > {won(dmax)}({c.R.fig('debt_adjustment.total_debt_max').get('note')}) — 개인회생·파산 상담")
        elif debt > c.fig("debt_adjustment.unsecured_max"):
            c.refer(f"총 채무 {won(debt)} — 무담보 {won(c.fig('debt_adjustment.unsecured_max'))}·담보 {won(c.fig('debt_adjustment.secured_max'))} "
                    f"한도라 담보 여부 확인이 필요합니다")
        else:
            c.ok(f"총 채무 {won(debt)} ≤ 무담보 한도 {won(c.fig('debt_adjustment.unsecured_max'))}")
    days = c.v("debt_overdue_days")
    if days == 0:
        hard = c.v("debt_repayment_difficulty")
        if hard is False:
            c.fail("연체가 없고 갚는 데 어려움이 없으시면 채무조정 대상이 아닙니다")
        elif hard is True:
            c.refer("연체 전이라도 실직·소득 감소로 연체가 우려되면 신속채무조정을 받을 수 있어 신용회복위원회가 판단합니다")
        days = None
    r_max, p_max = c.fig("debt_adjustment.rapid_max_days"), c.fig("debt_adjustment.pre_max_days")
    if days is not None:
        if days <= r_max:
            track = "신속채무조정"
            c.key = f"연체 {days}일 ≤ {r_max}일(또는 연체 우려) → 신속채무조정"
            c.ok(c.key)
        elif days <= p_max:
            track = "사전채무조정"
            c.key = f"연체 {days}일({r_max + 1}~{p_max}일) → 사전채무조정"
            c.ok(c.key)
        else:
            track = "개인워크아웃"
            c.key = f"연체 {days}일 ≥ {p_max + 1}일 → 개인워크아웃(원금 0~70% 감면)"
            c.ok(c.key)
        c.extra["track"] = track
    c.caveat("조정안대로 갚을 수 있는 소득이 있어야 합니다 — 소득이 없으면 개인파산 상담(132)")
    years = c.fig("debt_adjustment.max_years")
    c.amount = {"text": f"이자·연체이자 감면, 개인워크아웃은 원금 0~70% 감면; 최장 {years}년 분할상환",
                "monthly": None, "total": None}


def _sunshine(c: _Ctx):
    p = c.p
    a1, a2 = c.fig("sunshine_loan.income_annual_max"), c.fig("sunshine_loan.income_annual_max_lowcredit")
    pinc = c.v("personal_income_monthly")
    if pinc is not None:
        annual = pinc * 12
        if pinc == 0:
            c.refer("소득이 없으면 햇살론 대신 소액생계비대출 등 긴급 소액 지원을 1397에서 상담합니다")
        elif annual <= a1:
            c.ok(f"연소득 약 {won(annual)} ≤ {won(a1)}")
        elif annual <= a2:
            lc = c.v("low_credit")
            if lc is True:
                c.ok(f"연소득 약 {won(annual)} ≤ {won(a2)}이고 신용평점 하위 20%")
            elif lc is False:
                c.fail(f"연소득 약 {won(annual)} > {won(a1)}(신용평점 하위 20%가 아니면 {won(a1)} 이하)")
        else:
            c.fail(f"연소득 약 {won(annual)} > {won(a2)}")
    od = p.get("debt_overdue_days")
    if od is not None and od > 0:
        c.refer(f"연체 {od}일 중에는 새 대출 심사가 어려울 수 있어 채무조정 상담을 먼저 권합니다")
    age = p.get("age")
    lim = c.figure("sunshine_loan.limit_text")
    text = f"{lim.value}"
    if age is not None and c.fig("sunshine_loan.youth_age_min") <= age <= c.fig("sunshine_loan.youth_age_max"):
        text += "; 청년은 햇살론유스도 가능"
    c.amount = {"text": text, "monthly": None, "total": None}


def _microcredit(c: _Ctx):
    p = c.p
    pct = c.fig("microcredit.near_poor_pct")
    lc = p.get("low_credit")
    od = p.get("debt_overdue_days")
    if od:
        c.refer(f"연체 {od}일 중에는 새 대출이 어렵습니다 — 채무조정을 먼저 상담하세요(채무조정 성실 상환 중이면 미소금융 상담 가능)")
    if lc is True:
        c.ok("신용평점 하위 20%(저신용)")
    elif p.get("household_size") is None or p.get("household_income_monthly") is None:
        if lc is None:
            c.v("low_credit")
        c.v("household_size")
        c.v("household_income_monthly")
    else:
        ok = c.income_test(pct, "차상위 이하", ask=False, recognised=True)
        if ok is False and lc is False:
            c.fails[-1] = (c.fails[-1] + " — 저신용도 아니어서 미소금융 대상이 아닙니다")
        elif ok is False and lc is None:
            c.fails.pop()
            c.v("low_credit")
    c.amount = {"text": "창업·운영·생계자금 소액 대출(한도·금리는 1397에서 확인)", "monthly": None, "total": None}


def _rehab(c: _Ctx):
    p = c.p
    umax, smax = c.fig("personal_rehabilitation.unsecured_max"), c.fig("personal_rehabilitation.secured_max")
    debt = c.v("debt_total")
    if debt is not None:
        if debt == 0:
            c.fail("갚아야 할 빚이 없다고 답하셨습니다")
        elif debt > umax + smax:
            c.fail(f"총 채무 {won(debt)} — 개인회생 한도(무담보 {won(umax)}·담보 {won(smax)}) 초과")
        elif debt > umax:
            c.refer(f"총 채무 {won(debt)} — 무담보 {won(umax)}·담보 {won(smax)} 한도라 담보 여부 확인이 필요합니다")
        else:
            c.ok(f"총 채무 {won(debt)} ≤ 무담보 한도 {won(umax)}")
    pinc = p.get("personal_income_monthly")
    st = p.get("employment_status")
    if p.get("debt_overdue_days") == 0 and p.get("debt_repayment_difficulty") is not True:
        if c.v("debt_repayment_difficulty") is False:
            c.fail("연체 없이 갚고 계시고 어려움이 없으면 개인회생·파산 대상이 아닙니다(갚을 수 없는 상태여야 합니다)")
    elif pinc is not None and pinc > 0:
        c.ok(f"본인 월소득 {won(pinc)} — 계속적·반복적 수입")
        c.unchecked("변제 가능 소득(생계비를 넘는 소득) 규모")
    elif pinc is None and st in ("employed", "self_employed"):
        c.ok("일하고 계셔서 계속적 수입이 있는 것으로 보입니다")
        c.unchecked("변제 가능 소득(생계비를 넘는 소득) 규모")
    elif pinc == 0:
        c.refer("계속적 수입이 없으면 개인회생보다 개인파산이 맞을 수 있어 132 상담을 권합니다")
    else:
        c.v("personal_income_monthly")
    c.caveat("면책 후 5년 안에는 다시 신청할 수 없습니다")
    c.amount = {"text": "3~5년 변제 후 남은 채무 면책(법원 결정)", "monthly": None, "total": None}


def _flag(field: str, yes: str, no: str, impossible: Callable[[dict], str | None] | None = None,
          caveat: str | None = None):
    def run(c: _Ctx):
        if caveat:
            c.caveat(caveat)
        why = impossible(c.p) if impossible else None
        if why and c.p.get(field) is None:
            c.fail(why)
            return
        v = c.v(field)
        if v is True:
            c.ok(yes)
        elif v is False:
            c.fail(no)
    return run


def _saeil(c: _Ctx):
    p = c.p
    cbw = p.get("career_break_woman")
    if cbw is True:
        c.ok("경력단절여성 등 — 새일센터 취업상담·직업교육 대상")
    elif p.get("gender") == "male":
        c.fail("새일센터는 여성(경력단절여성 등)이 대상입니다")
    elif p.get("employment_status") == "never_worked":
        if c.v("gender") == "female":
            c.ok("일한 적 없이 취업을 원하는 여성도 경력단절여성 등에 포함됩니다(여성경제활동법 2조)")
    elif c.v("career_break_woman") is False:
        c.fail("새일센터는 경력단절여성 등이 대상입니다(해당 없다고 답하셨습니다)")


def _middle_aged(c: _Ctx):
    amin = c.fig("middle_aged_job_center.age_min")
    age = c.v("age")
    if age is not None:
        if age >= amin:
            c.ok(f"나이 {age}세 — 만 {amin}세 이상 중장년")
        else:
            c.fail(f"나이 {age}세 — 만 {amin}세 이상 중장년 대상")
    c.amount = None


def _self_sufficiency(c: _Ctx):
    p = c.p
    pct = c.fig("self_sufficiency_work.near_poor_pct")
    if p.get("livelihood_recipient") is True:
        c.ok("생계급여 수급자 — 근로능력이 있으면 조건부수급자로 자활사업 참여(거부 시 생계급여 중지 가능)")
    else:
        ok = c.income_test(pct, "차상위(희망 참여)", recognised=True)
        if ok is False:
            c.fails[-1] += " — 생계급여 수급자·차상위가 대상"
    w = c.figure("self_sufficiency_work.daily_wages")
    if w.value:
        parts = ", ".join(f"{k} {won(v)}" for k, v in w.value.items())
        c.amount = {"text": f"자활근로 일 급여(주 5일): {parts}", "monthly": None, "total": None}
    else:
        c.amount = {"text": f"{c.R.year}년 자활근로 단가 자료가 없습니다(확인 필요)", "monthly": None, "total": None}


_EVALUATORS: dict[str, Callable[[_Ctx], None]] = {
    "national_employment_support_1": _nes1,
    "national_employment_support_2": _nes2,
    "unemployment_benefit": _unemployment,
    "tomorrow_learning_card": _card,
    "emergency_welfare": _emergency,
    "basic_livelihood": _basic,
    "housing_benefit": _housing_benefit,
    "single_parent_support": _single_parent,
    "child_care_service": _childcare,
    "youth_monthly_rent": _youth_rent,
    "youth_jeonse_loan": _youth_jeonse,
    "debt_adjustment": _debt_adjust,
    "sunshine_loan": _sunshine,
    "microcredit": _microcredit,
    "personal_rehabilitation": _rehab,
    "saeil_center": _saeil,
    "veteran_support": _flag("veteran_mid_long_term", "중·장기복무 제대(예정)군인 — 제대군인지원센터 대상",
                             "중·장기복무 제대군인이 대상입니다(해당 없다고 답하셨습니다)",
                             lambda p: (f"나이 {p['age']}세 — 중·장기(5년 이상) 복무 제대군인이 되기 어려운 나이입니다"
                                        if p.get("age") is not None and p["age"] < 23 else None),
                             caveat="확인 필요[미확인]: 중·장기복무 정의(통상 중기 5년·장기 10년 이상)와 직업훈련비 "
                                    "금액은 재확인되지 않았습니다"),
    "disability_employment": _flag("disability", "장애인 구직자 — 한국장애인고용공단 취업지원 대상",
                                   "장애인 구직자가 대상입니다(해당 없다고 답하셨습니다)"),
    "middle_aged_job_center": _middle_aged,
    "self_sufficiency_work": _self_sufficiency,
}
assert set(_EVALUATORS) == set(PROGRAM_IDS), "every catalogue program needs an evaluator"


def _apply_info(pid: str, R: _rules.Parameters) -> tuple[dict, list[str]]:
    meta = _catalogue.programs()[pid]
    desk = meta["desk"]
    apply = {"desk": desk, "where": meta["where"], "phone": meta.get("phone"), "how": meta["how"],
             "documents": list(meta["documents"])}
    return apply, list(meta.get("sources") or ())


def evaluate(profile: dict, year: int | None = None, programs: list[str] | None = None,
             on=None) -> list[dict]:
    """Screen ``profile`` against the rules of ``year`` (default: current year).

    Returns one dict per program (catalogue order, or the order of ``programs``).
    Raises ProfileError for bad profiles, rules.UnknownYear for unknown years,
    ValueError for unknown program ids.
    """
    v = validate_profile(profile)
    ranged = {k: x for k, x in v.items() if is_range(x)}
    if ranged:
        return _evaluate_range(v, ranged, year, programs, on)
    p = derive(v)
    if on is not None:
        try:
            R = _rules.parameters(on)
        except _rules.UnknownDate as e:
            raise _rules.UnknownYear(str(e)) from None
    else:
        R = _rules.load(year)
    notice = year_notice(R)
    ids = list(programs) if programs is not None else list(PROGRAM_IDS)
    bad = [x for x in ids if x not in _EVALUATORS]
    if bad:
        raise ValueError(f"알 수 없는 프로그램 / unknown program id(s): {', '.join(map(str, bad))}")
    out = []
    for pid in ids:
        c = _Ctx(pid, p, R)
        _EVALUATORS[pid](c)
        verdict, reason, short = _resolve(c)
        apply, meta_urls = _apply_info(pid, R)
        sources = list(c.sources)
        for u in meta_urls:
            if u not in sources:
                sources.append(u)
        needs = list(NEEDS_BY_PROGRAM[pid])
        res = {
            "program": pid,
            "name": PROGRAM_NAMES[pid],
            "need": needs[0] if needs else None,
            "needs": needs,
            "verdict": verdict,
            "reason": reason,
            "short": short,
            "missing": list(c.missing) if verdict == "need_info" else [],
            "amount": c.amount,
            "sources": sources,
            "apply": apply,
            "caveat": " / ".join(c.caveats) if c.caveats else None,
            "year": R.year,
            "on": R.on.isoformat(),
            "notice": notice,
            "disclaimer": DISCLAIMER,
            "unchecked": list(c.unchecked_) if verdict == "likely" else [],
            "receiving": c.receiving,
            "alternatives": [],
        }
        if res["amount"] is not None:
            res["amount"] = {"maximum": False, **res["amount"]}
        res.update(c.extra)
        out.append(res)
    _mark_alternatives(out, R)
    return out


_NO_TOP = 10 ** 12      # "300만원 이상": the open upper end, far above every line
_VERDICT_KO = {"likely": "가능성 높음", "need_info": "정보 더 필요", "refer": "기관 판단 필요", "unlikely": "어려울 수 있음"}


def range_text(r: dict) -> str:
    lo, hi = r.get("min"), r.get("max")
    if lo is None:
        return f"{won(hi)} 이하"
    if hi is None:
        return f"{won(lo)} 이상"
    return f"{won(lo)}~{won(hi)}"


def _evaluate_range(v: dict, ranged: dict, year, programs, on) -> list[dict]:
    """Money given as a range: decide on both ends; where they differ the answer is `refer`."""
    lo = {**v, **{k: (r["min"] or 0) for k, r in ranged.items()}}
    hi = {**v, **{k: (r["max"] if r["max"] is not None else _NO_TOP) for k, r in ranged.items()}}
    r_lo = evaluate(lo, year=year, programs=programs, on=on)
    r_hi = evaluate(hi, year=year, programs=programs, on=on)
    said = ", ".join(f"{FIELD_LABELS.get(k, k)} {range_text(r)}" for k, r in ranged.items())
    out = []
    for a, b in zip(r_lo, r_hi):
        if a["verdict"] == b["verdict"]:
            r = a if a["verdict"] == "unlikely" else b      # the end that still decides the same way
            if r is b and any(x["max"] is None for x in ranged.values()):
                r = a
            r = dict(r, reason=f"{r['reason']} (말씀하신 범위: {said})")
        else:
            r = dict(a, verdict="refer", missing=[], unchecked=[],
                     reason=f"{said}로 말씀하셔서 정확한 금액에 따라 결과가 달라집니다(적은 쪽이면 "
                            f"{_VERDICT_KO[a['verdict']]}, 많은 쪽이면 {_VERDICT_KO[b['verdict']]}) — "
                            f"담당 기관에서 정확한 금액으로 확인하세요; {a['reason']}")
            r["short"] = f"{said} — 정확한 금액에 따라 달라짐"
        out.append(r)
    return out


def year_notice(R) -> str | None:
    """Said on every result when the day's year has no figures of its own yet."""
    if R.on.year <= R.year:
        return None
    return _catalogue.text("year_notice").format(year=R.year, this_year=R.on.year)


_ALTERNATIVES = (("unemployment_benefit", "national_employment_support_1"),)


def _mark_alternatives(results: list[dict], R: _rules.Parameters):
    """구직급여 and the 국취 Ⅰ 구직촉진수당 are never received at once: say so on both when both are open."""
    by_id = {r["program"]: r for r in results}
    bar = R.fig("national_employment_support_1.after_ub_months").value
    for a, b in _ALTERNATIVES:
        ra, rb = by_id.get(a), by_id.get(b)
        if not ra or not rb or "unlikely" in (ra["verdict"], rb["verdict"]) or ra["receiving"]:
            continue
        note = (f"둘 중 하나: {PROGRAM_NAMES[a]}를 받으면 받는 동안과 끝난 뒤 {bar}개월은 "
                f"{PROGRAM_NAMES[b]} 구직촉진수당이 나오지 않습니다")
        for r, other in ((ra, b), (rb, a)):
            r["alternatives"] = [other]
            r["reason"] = f"{r['reason']}; {note}"
