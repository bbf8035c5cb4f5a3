"""국민취업지원제도 Ⅰ유형 (구직촉진수당 + 취업지원서비스) — 고용센터."""

from ..screen import Screen

ID = "national_employment_support_1"
G, N = "national_employment_support_1", "national_employment_support"


def age(s: Screen):
    lo, hi, sp = s.param(f"{N}.age_min"), s.param(f"{N}.age_max"), s.param(f"{N}.age_max_special")
    a = s.need("age")
    if a is None:
        return
    special = s.get("single_parent") is True or s.get("livelihood_recipient") is True
    if a < lo or a > sp:
        s.unlikely("age_out", age=a)
    elif a > hi:
        s.likely("age_special", age=a) if special else s.refer("age_over_64", age=a)
    else:
        s.likely("age_in", age=a)


def status(s: Screen):
    st = s.get("employment_status")
    if st == "student":
        s.refer("student")
    elif st == "employed":
        s.refer("employed")


def unemployment_benefit(s: Screen):
    """수당 제외: 구직급여 수급 중 또는 마지막 수급일 다음 날부터 6개월 미경과 (법 7조③)."""
    bar = s.param(f"{G}.after_ub_months")
    ended = s.get("unemployment_benefit_ended_months_ago")
    if s.get("receiving_unemployment_benefit") is True:
        s.unlikely("receiving_ub")
    elif ended is not None and ended < bar:
        s.unlikely("ub_ended_months", ended=ended, left=bar - ended)
    elif ended is None and s.get("unemployment_benefit_ended_recently") is True:
        s.unlikely("ub_ended_recently")
    elif s.get("receiving_unemployment_benefit") is None:
        s.caveat("ub_caveat")


def livelihood_recipient(s: Screen):
    if s.get("livelihood_recipient") is True:
        s.unlikely("recipient")
    elif s.get("livelihood_recipient") is None:
        s.caveat("recipient_caveat")


def _youth_special_applies(s: Screen) -> bool:
    """60% < income ≤ 청년특례 120% and the age fits (or is unknown)."""
    size, inc, a = s.get("household_size"), s.get("household_income_monthly"), s.get("age")
    if size is None or inc is None:
        return False
    t60 = s.threshold(s.peek(f"{G}.income_pct"), size)
    t120 = s.threshold(s.peek(f"{G}.youth_special_income_pct"), size)
    if t60 is None or t120 is None or not t60 < inc <= t120:
        return False
    f = s.P.figure(f"{G}.youth_special_age_min")
    return a is None or f.get("alt_value", f.value) <= a <= s.peek(f"{G}.youth_special_age_max")


def income(s: Screen):
    pct = s.param(f"{G}.income_pct")
    if not _youth_special_applies(s):
        s.income_line(pct, s.text("what_income"))
        return
    s.use(s.P.median_meta())
    a = s.get("age")
    if a is None:
        return  # age (listed as missing) decides the 청년특례
    ys_pct, ys_max = s.param(f"{G}.youth_special_income_pct"), s.param(f"{G}.youth_special_age_max")
    fmin = s.figure(f"{G}.youth_special_age_min")
    size, inc = s.get("household_size"), s.get("household_income_monthly")
    s.extra["youth_route"] = True
    s.refer(
        "youth_special",
        inc=inc,
        size=size,
        pct=pct,
        t60=s.threshold(pct, size),
        ys_pct=ys_pct,
        t120=s.threshold(ys_pct, size),
        ys_min=fmin.value,
        ys_max=ys_max,
    )
    if a < fmin.value:
        s.caveat("youth_age_disagree", ys_min=fmin.value, alt=fmin.get("alt_value"))


def assets(s: Screen):
    a, youth_max = s.get("age"), s.param(f"{G}.youth_age_max")
    youth_amax = s.peek(f"{G}.assets_max_youth")
    amax = s.param(f"{G}.assets_max_youth") if (a is not None and a <= youth_max) else s.param(f"{G}.assets_max")
    v = s.need("assets")
    if v is None:
        return
    if a is None and amax < v <= youth_amax:
        s.need("age")  # 청년이면 5억원까지
    elif v <= amax:
        s.likely("assets_ok", assets=v, amax=amax)
    else:
        s.unlikely("assets_over", assets=v, amax=amax, youth_amax=youth_amax)


def personal_income(s: Screen):
    ppct = s.param(f"{G}.personal_income_pct_1p")
    t1 = s.P.threshold(ppct, 1)
    pinc, inc = s.get("personal_income_monthly"), s.get("household_income_monthly")
    if pinc is None and isinstance(inc, int) and inc < t1:
        pinc = inc  # 본인 소득은 가구 소득을 넘을 수 없음
    if pinc is None:
        s.caveat("personal_income_caveat", ppct=ppct, t1=t1)
    elif pinc >= t1:
        s.income_unlikely("personal_income_over", pinc=pinc, ppct=ppct, t1=t1)


def work_experience(s: Screen):
    if s.extra.get("youth_route"):
        return
    wmin = s.param(f"{G}.work_days_min")
    wd = s.get("work_days_24m")
    if wd is None and (s.get("insured_days_18m") or 0) >= wmin:
        wd = s.get("insured_days_18m")  # 고용보험 가입일수도 취업경험
    if wd is None:
        s.unchecked("work_days_unchecked")  # 요건심사형 vs 선발형 only: named, not asked
    elif wd >= wmin:
        s.likely("work_days_ok", wd=wd)
    else:
        s.refer("work_days_short", wd=wd)
        note = s.P.figure(f"{G}.youth_no_experience_note")
        a = s.get("age")
        if note.value and a is not None and a <= s.peek(f"{G}.youth_age_max"):
            s.use(note)
            s.caveat_text(note.value)


CONDITIONS = (age, status, unemployment_benefit, livelihood_recipient, income, assets, personal_income, work_experience)


def dependents(s: Screen):
    """부양가족 가산 대상 자녀(18세 이하) 수 (70세 이상·중증장애인 가족은 프로필에 없음)."""
    kids = s.get("children_ages")
    return None if kids is None else sum(1 for a in kids if a <= 18)


def amount(s: Screen):
    monthly, months = s.param(f"{G}.allowance_monthly"), s.param(f"{G}.allowance_months")
    add, add_max = s.param(f"{G}.dependent_add"), s.param(f"{G}.dependent_max")
    s.param(f"{N}.success_allowance_max")
    deps = dependents(s)
    if deps is None:
        s.set_amount("amount_general", monthly=monthly, total=monthly * months, total_all=monthly * months)
        return
    n = min(deps, add_max)
    m = monthly + n * add
    s.set_amount("amount_with_dependents", monthly=m, total=m * months, n=n, m=m, total_all=m * months)
