"""주거급여 — 주민센터/복지로 신청, LH 조사. 선정기준은 소득인정액 48%."""

from ..screen import Screen

ID = "housing_benefit"
G = "housing_benefit"


def housing(s: Screen):
    h = s.need("housing")
    if h in ("monthly_rent", "jeonse"):
        s.likely("tenant")
    elif h == "owner":
        s.likely("owner")
    elif h in ("homeless", "with_parents"):
        s.refer(h)


def income(s: Screen):
    pct = s.param(f"{G}.income_pct")
    if s.get("livelihood_recipient") is True:
        s.likely("recipient", pct=pct)
    else:
        s.income_line(pct, s.text("what_income"), recognised=True)
    s.caveat("recognised_income")


CONDITIONS = (housing, income)


def grade(s: Screen):
    """기준임대료 급지 from the 시·도 (None when unknown)."""
    sido = (s.get("sido") or "").replace(" ", "")
    if not sido:
        return None
    for g, prefixes in sorted(s.param(f"{G}.rent_grades").items()):
        if sido.startswith(tuple(prefixes)):
            return int(g)
    return 4


def amount(s: Screen):
    rent, dep = s.get("rent_monthly"), s.get("deposit")
    size, inc, h = s.get("household_size"), s.get("household_income_monthly"), s.get("housing")
    g = grade(s)
    if h in ("monthly_rent", "jeonse") and size and inc is not None and g and (rent is not None or dep is not None):
        base = (s.param(f"{G}.base_rent") or {}).get(str(g), {}).get(str(size))
        dpct, bpct = s.param(f"{G}.deposit_annual_pct"), s.param(f"{G}.self_burden_pct")
        actual = (rent or 0) + ((dep or 0) * dpct) // 1200
        t32 = s.P.threshold(s.peek("basic_livelihood.livelihood_pct"), size)
        burden = max(0, inc - t32) * bpct // 100 if t32 is not None else 0
        if base is not None:
            m = max(0, min(actual, base) - burden)
            s.set_amount(
                "amount_estimate",
                monthly=m,
                m=m,
                actual=actual,
                base=base,
                grade=s.text(f"grade_{g}"),
                size=size,
                burden=burden,
            )
            return
    s.set_amount("amount_rule")
