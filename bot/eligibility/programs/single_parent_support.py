"""한부모가족 지원 (아동양육비) — 주민센터/복지로. 선정기준은 소득인정액."""

from ..screen import Screen

ID = "single_parent_support"
G = "single_parent_support"


def single_parent(s: Screen):
    sp = s.need("single_parent")
    if sp is False:
        s.unlikely("not_single_parent")
    elif sp is True:
        s.likely("single_parent")


def children(s: Screen):
    amax, smax = s.param(f"{G}.child_age_exclusive"), s.param(f"{G}.child_age_student_exclusive")
    kids = s.need("children_ages")
    if kids is None:
        return
    under = [a for a in kids if a < amax]
    if under:
        s.likely("children_under", n=len(under))
    elif any(amax <= a < smax for a in kids):
        s.refer("children_student_age")
    else:
        s.unlikely("no_children")


def income(s: Screen):
    """65% (2026) of 소득인정액; 청소년한부모 (부·모 24세 이하) 72%."""
    a = s.get("age")
    general = s.param(f"{G}.income_pct")
    yfig = s.P.figure(f"{G}.youth_income_pct")
    youth = a is not None and a <= s.param(f"{G}.youth_parent_age_max")
    if youth and yfig.value is not None:
        s.use(yfig)
        s.income_line(yfig.value, s.text("what_youth"), recognised=True)
        return
    if youth:
        s.use(yfig)
    size, inc = s.get("household_size"), s.get("household_income_monthly")
    t_gen = s.threshold(general, size)
    t_y = s.threshold(yfig.value, size) if yfig.value else None
    if a is None and inc is not None and t_gen is not None and t_y is not None and t_gen < inc <= t_y:
        s.need("age")  # the parent's age decides (청소년한부모 기준이 더 높음)
        s.use(s.P.median_meta())
    else:
        s.income_line(general, s.text("what_general"), recognised=True)
    s.unchecked("assets_unchecked")


CONDITIONS = (single_parent, children, income)


def amount(s: Screen):
    kids = s.get("children_ages")
    per = s.param(f"{G}.child_allowance")
    if kids is None:
        s.set_amount("amount_per_child", per=per)
        return
    under = [a for a in kids if a < s.param(f"{G}.child_age_exclusive")]
    a = s.get("age")
    recipient = s.text("recipient_tail") if s.get("livelihood_recipient") is True else ""
    if a is not None and a <= s.param(f"{G}.youth_parent_age_max"):
        a01, a2 = s.param(f"{G}.youth_allowance_0_1"), s.param(f"{G}.youth_allowance_2plus")
        m = sum(a01 if k <= 1 else a2 for k in under)
        s.set_amount("amount_youth_parent", monthly=m, n=len(under), m=m, a01=a01, a2=a2, tail=recipient)
        return
    m = per * len(under)
    lo, hi = s.param(f"{G}.extra_youth_parent_age_min"), s.param(f"{G}.extra_youth_parent_age_max")
    extra = s.param(f"{G}.extra_allowance")
    if a is not None and lo <= a <= hi and under:
        m += extra * len(under)  # 추가 아동양육비 is per child
        s.set_amount("amount_with_extra", monthly=m, per=per, n=len(under), extra=extra, m=m, tail=recipient)
        return
    if a is None or a > hi:
        s.caveat("extra_older_caveat")
    s.set_amount("amount_children", monthly=m, per=per, n=len(under), m=m, tail=recipient)
