"""아이돌봄서비스 정부지원 — 주민센터/복지로 신청. 양육공백 + 소득유형(맞벌이 25% 감액)."""

from ..screen import Screen

ID = "child_care_service"
G = "child_care_service"


def children(s: Screen):
    cmax = s.param(f"{G}.child_age_max")
    kids = s.need("children_ages")
    if kids is None:
        return
    young = [a for a in kids if a <= cmax]
    if young:
        s.likely("children_ok", n=len(young))
        if 0 in young:
            s.caveat("baby_caveat")
    else:
        s.unlikely("no_children")


def gap_reasons(s: Screen) -> list[str]:
    """양육공백 사유 that follow from other answers (맞벌이, 취업 한부모, 다자녀, 장애 부모)."""
    out = []
    if s.get("dual_income") is True:
        out.append("dual_income")
    if s.get("single_parent") is True and s.get("employment_status") in ("employed", "self_employed"):
        out.append("working_single_parent")
    kids = s.get("children_ages")
    if kids is not None and sum(1 for a in kids if a <= s.param(f"{G}.child_age_max")) >= s.param(
        f"{G}.many_children_min"
    ):
        out.append("many_children")
    if s.get("disability") is True:
        out.append("disabled_parent")
    return out


def caregiving_gap(s: Screen):
    reasons = gap_reasons(s)
    if reasons:
        s.likely("gap_from_facts", reasons=", ".join(s.text(f"gap_{r}") for r in reasons))
        return
    gap = s.need("caregiving_gap")
    if gap is False and s.get("children_ages") is not None:
        s.unlikely("no_gap")
    elif gap is True:
        s.likely("gap")


def income_type(s: Screen):
    """소득유형 가·나·다·라형 on income (맞벌이: 25% less); above the last → no 정부지원."""
    tf = s.figure(f"{G}.type_pcts")
    s.figure(f"{G}.hours_single_parent" if s.get("single_parent") else f"{G}.hours")
    if tf.value is None:
        return
    size, inc = s.need("household_size"), s.need("household_income_monthly")
    if size is None or inc is None:
        return
    s.use(s.P.median_meta())
    red = s.param(f"{G}.dual_income_reduction_pct")
    dual, gross = s.get("dual_income"), inc
    if dual is True:
        inc = inc * (100 - red) // 100
    rounding = tf.get("rounding")
    for name, pct in tf.value.items():
        t = s.threshold(pct, size, rounding)
        if t is None:
            s.refer("no_median_for_size", size=size)
            return
        if inc <= t:
            shown = s.text("income_dual", gross=gross, inc=inc) if dual is True else s.text("income_plain", inc=inc)
            s.likely("type_found", shown=shown, size=size, pct=pct, t=t, name=name)
            s.income_key = s.passes[-1]
            s.extra["income_type"] = name
            if dual is None:
                s.caveat("dual_caveat")
            return
    last_pct = list(tf.value.values())[-1]
    t = s.threshold(last_pct, size, rounding)
    if dual is None and inc * (100 - red) // 100 <= t:
        s.refer("dual_may_pass", inc=inc, size=size, pct=last_pct, t=t)
    else:
        s.income_unlikely("over_all_types", inc=inc, size=size, pct=last_pct, t=t)


CONDITIONS = (children, caregiving_gap, income_type)


def amount(s: Screen):
    if s.P.figure(f"{G}.type_pcts").value is None:
        s.set_amount("amount_missing")
        return
    name = s.extra.get("income_type")
    hours = s.param(f"{G}.hours_single_parent" if s.get("single_parent") else f"{G}.hours")
    fee, top = s.param(f"{G}.hourly_fee"), s.param(f"{G}.support_hourly_top")
    if name is None:  # the type waits for the income: the fee and the top support are still known ("얼마나 내요?")
        s.set_amount("amount_general", hours=f"{hours:,}", fee=fee, top=top)
        return
    s.set_amount("amount_type", name=name, hours=f"{hours:,}", fee=fee, top=top)
