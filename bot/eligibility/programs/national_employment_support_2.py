"""국민취업지원제도 Ⅱ유형 (취업지원서비스 + 취업활동비용) — 고용센터."""

from ..screen import Screen

ID = "national_employment_support_2"
G, N = "national_employment_support_2", "national_employment_support"
SPECIAL = ("livelihood_recipient", "single_parent", "disability")  # 특정계층 facts in the profile


def unemployment_benefit(s: Screen):
    if s.get("receiving_unemployment_benefit") is True:
        s.unlikely("receiving_ub")
    elif s.get("receiving_unemployment_benefit") is None:
        s.caveat("ub_caveat")


def status(s: Screen):
    if s.get("employment_status") == "employed":
        s.refer("employed")


def group(s: Screen):
    """특정계층, 청년 (소득 무관) or 중장년 (가구 중위 100% 이하)."""
    lo, sp = s.param(f"{N}.age_min"), s.param(f"{N}.age_max_special")
    ymin_f = s.P.figure(f"{G}.youth_age_min")
    ymax = s.param(f"{G}.youth_age_max")
    mmin, mmax = s.param(f"{G}.middle_age_min"), s.param(f"{G}.middle_age_max")
    a = s.need("age")
    special = [f for f in SPECIAL if s.get(f) is True]
    if a is None:
        return
    if a < lo or a > sp:
        s.unlikely("age_out", age=a)
    elif special:
        labels = ", ".join(s.text(f"special_{f}") for f in special)
        s.likely("special", groups=labels, age=a)
    elif ymin_f.value <= a <= ymax:
        s.use(ymin_f)
        s.likely("youth", age=a, ymin=ymin_f.value)
    elif a < ymin_f.value:
        s.use(ymin_f)
        s.refer("youth_lower_disagree", age=a)
    elif mmin <= a <= mmax:
        s.likely("middle", age=a)
        if s.income_line(s.param(f"{G}.middle_income_pct"), s.text("what_income")) is False:
            s.fails[-1] += s.text("special_hint")


CONDITIONS = (unemployment_benefit, status, group)


def amount(s: Screen):
    s.set_amount("amount", cost=s.param(f"{G}.activity_cost_text"))
