"""국민기초생활보장 (생계·의료·주거·교육급여) — 주민센터 / 복지로. 선정기준은 소득인정액."""

from ..screen import Screen

ID = "basic_livelihood"
G = "basic_livelihood"
TIERS = ("livelihood", "medical", "housing", "education")  # 32 / 40 / 48 / 50%


def recipient(s: Screen):
    s.caveat("recognised_income")
    if s.get("livelihood_recipient") is True:
        s.likely("receiving")
        s.receiving = True
        s.key = s.text("receiving_key")


def income(s: Screen):
    """The lowest 급여 line the income is under; over all of them but within the 30% 공제 → refer."""
    if s.receiving:
        return
    s.unchecked("assets_unchecked")
    pcts = [(tier, s.param(f"{G}.{tier}_pct")) for tier in TIERS]
    size, inc = s.need("household_size"), s.need("household_income_monthly")
    if size is None or inc is None:
        return
    s.use(s.P.median_meta())
    lines = [(tier, pct, s.threshold(pct, size)) for tier, pct in pcts]
    if any(t is None for _, _, t in lines):
        s.refer("no_median_for_size", size=size)
        s.caveat("no_median_for_size_caveat", size=size)
        return
    for tier, pct, t in lines:
        if inc <= t:
            s.likely("under_tier", inc=inc, size=size, pct=pct, t=t, tier=s.text(f"tier_{tier}"))
            s.income_key = s.passes[-1]
            s.extra["benefit"] = s.text(f"tier_{tier}")
            s.extra["tier"] = tier
            s.extra["gap"] = t - inc
            s.extra["t_livelihood"] = lines[0][2]
            return
    net = s.deducted(inc)
    last_tier, last_pct, last_t = lines[-1]
    for tier, _pct, t in lines:
        if net <= t:
            s.refer_deduction(
                s.text("label_household_income"),
                inc,
                size,
                last_pct,
                last_t,
                s.text("what_deduction", tier=s.text(f"tier_{tier}")),
            )
            return
    s.income_unlikely("over_all", inc=inc, size=size, pct=last_pct, t=last_t)


CONDITIONS = (recipient, income)


def amount(s: Screen):
    tier = s.extra.get("tier")
    if s.receiving or tier is None:
        return
    if tier == "livelihood":
        gap = s.extra["gap"]
        s.set_amount("amount_livelihood", monthly=gap, gap=gap, t=s.extra["t_livelihood"])
    else:
        s.set_amount("amount_other", tier=s.text(f"tier_{tier}"), t=s.extra["t_livelihood"])
