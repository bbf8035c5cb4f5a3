"""청년월세 지원 (국토교통부) — 복지로/주민센터."""

from ..screen import Screen

ID = "youth_monthly_rent"
G = "youth_monthly_rent"


def age(s: Screen):
    lo, hi = s.param(f"{G}.age_min"), s.param(f"{G}.age_max")
    a = s.need("age")
    if a is not None:
        what = s.text("what_age")
        (s.likely if lo <= a <= hi else s.unlikely)(
            "age_in_range" if lo <= a <= hi else "age_out_of_range", age=a, lo=lo, hi=hi, what=what
        )


def lives_apart(s: Screen):
    apart = s.need("lives_apart_from_parents")
    if apart is False:
        s.unlikely("not_apart")
    elif apart is True:
        s.likely("apart")


def homeless(s: Screen):
    home = s.need("homeowner")
    if home is True:
        s.unlikely("owns_home")
    elif home is False:
        s.likely("no_home")


def rent(s: Screen):
    h = s.need("housing")
    if h is not None and h != "monthly_rent":
        s.unlikely("not_monthly_rent")
        return
    if h != "monthly_rent":
        return
    rmax, dmax, cmax = s.param(f"{G}.rent_max"), s.param(f"{G}.deposit_max"), s.param(f"{G}.converted_max")
    r, dep = s.need("rent_monthly"), s.need("deposit")
    if r is not None and r > cmax:
        s.unlikely("rent_over", rent=r)
    elif r is not None and dep is not None:
        if r <= rmax and dep <= dmax:
            s.likely("rent_ok", rent=r, dep=dep)
        else:
            s.refer("rent_exception", rent=r, dep=dep)


def income(s: Screen):
    s.income_line(s.param(f"{G}.income_pct"), s.text("what_income"))
    s.param(f"{G}.parent_income_pct")
    s.caveat("parents_caveat")
    s.unchecked("parents_unchecked")
    s.unchecked("assets_unchecked")


CONDITIONS = (age, lives_apart, homeless, rent, income)


def amount(s: Screen):
    period = s.P.figure(f"{G}.application_period")
    if period.value:
        s.use(period)
        s.caveat_text(period.value)  # dated data: gone once the period has passed
    else:
        s.caveat("next_round")
    sup, months = s.param(f"{G}.support_monthly"), s.param(f"{G}.support_months")
    r = s.get("rent_monthly")
    m = min(r, sup) if r is not None else sup
    s.set_amount("amount", monthly=m, total=m * months, maximum=r is None, m=m)
