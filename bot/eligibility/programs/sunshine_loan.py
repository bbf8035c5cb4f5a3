"""햇살론 (서민금융진흥원 1397) — 2026-01 개편 직후라 기준은 2차 자료."""

from ..screen import Screen

ID = "sunshine_loan"
G = "sunshine_loan"


def income(s: Screen):
    a1, a2 = s.param(f"{G}.income_annual_max"), s.param(f"{G}.income_annual_max_lowcredit")
    pinc = s.need("personal_income_monthly")
    if pinc is None:
        return
    annual = pinc * 12
    if pinc == 0:
        s.refer("no_income")
    elif annual <= a1:
        s.likely("income_ok", annual=annual)
    elif annual <= a2:
        lc = s.need("low_credit")
        if lc is True:
            s.likely("income_ok_low_credit", annual=annual)
        elif lc is False:
            s.unlikely("income_over_not_low", annual=annual)
    else:
        s.unlikely("income_over", annual=annual)


def arrears(s: Screen):
    od = s.get("debt_overdue_days")
    if od:
        s.refer("arrears", days=od)


CONDITIONS = (income, arrears)


def amount(s: Screen):
    a = s.get("age")
    youth = a is not None and s.param(f"{G}.youth_age_min") <= a <= s.param(f"{G}.youth_age_max")
    s.set_amount("amount_youth" if youth else "amount", limit=s.param(f"{G}.limit_text"))
