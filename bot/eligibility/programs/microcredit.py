"""미소금융 (서민금융진흥원 1397) — 저신용 또는 차상위 이하; 연체 중에는 새 대출이 어려움."""

from ..screen import Screen

ID = "microcredit"
G = "microcredit"


def arrears(s: Screen):
    od = s.get("debt_overdue_days")
    if od:
        s.refer("arrears", days=od)


def low_credit_or_income(s: Screen):
    pct = s.param(f"{G}.near_poor_pct")
    lc = s.get("low_credit")
    if lc is True:
        s.likely("low_credit")
        return
    size, inc = s.get("household_size"), s.get("household_income_monthly")
    if size is None or inc is None:
        if lc is None:
            s.need("low_credit")
        s.need("household_size")
        s.need("household_income_monthly")
        return
    t = s.threshold(pct, size)
    if t is not None and inc > t and s.deducted(inc) > t and lc is None:
        s.need("low_credit")  # over the income route: the credit route decides
        return
    if s.income_line(pct, s.text("what_income"), ask=False, recognised=True) is False:
        s.fails[-1] += s.text("not_low_credit_either")


CONDITIONS = (arrears, low_credit_or_income)


def amount(s: Screen):
    s.set_amount("amount")
