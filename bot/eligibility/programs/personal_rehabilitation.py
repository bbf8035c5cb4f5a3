"""개인회생 / 개인파산 (법원; 무료 지원 대한법률구조공단 132)."""

from ..screen import Screen

ID = "personal_rehabilitation"
G = "personal_rehabilitation"


def debt_limits(s: Screen):
    umax, smax = s.param(f"{G}.unsecured_max"), s.param(f"{G}.secured_max")
    debt = s.need("debt_total")
    if debt is None:
        return
    if debt == 0:
        s.unlikely("no_debt")
    elif debt > umax + smax:
        s.unlikely("debt_over", debt=debt)
    elif debt > umax:
        s.refer("debt_secured_check", debt=debt)
    else:
        s.likely("debt_ok", debt=debt)


def insolvency(s: Screen):
    """Not for someone repaying without difficulty; 회생 needs a steady income, else 파산."""
    pinc, st = s.get("personal_income_monthly"), s.get("employment_status")
    if s.get("debt_overdue_days") == 0 and s.get("debt_repayment_difficulty") is not True:
        if s.need("debt_repayment_difficulty") is False:
            s.unlikely("no_difficulty")
    elif pinc is not None and pinc > 0:
        s.likely("income", pinc=pinc)
        s.unchecked("capacity_unchecked")
    elif pinc is None and st in ("employed", "self_employed"):
        s.likely("working")
        s.unchecked("capacity_unchecked")
    elif pinc == 0:
        s.refer("no_income")
    else:
        s.need("personal_income_monthly")


CONDITIONS = (debt_limits, insolvency)


def amount(s: Screen):
    s.caveat("five_years")
    s.set_amount("amount")
