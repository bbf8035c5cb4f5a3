"""청년전용 버팀목 전세자금대출 (주택도시기금) — 기금e든든 / 수탁은행."""

from ..screen import Screen

ID = "youth_jeonse_loan"
G = "youth_jeonse_loan"


def age(s: Screen):
    lo, hi = s.param(f"{G}.age_min"), s.param(f"{G}.age_max")
    a = s.need("age")
    if a is not None:
        ok = lo <= a <= hi
        (s.likely if ok else s.unlikely)(
            "age_in_range" if ok else "age_out_of_range", age=a, lo=lo, hi=hi, what=s.text("what_age")
        )


def homeless(s: Screen):
    home = s.need("homeowner")
    if home is True:
        s.unlikely("owns_home")
    elif home is False:
        s.likely("no_home")


def income(s: Screen):
    imax = s.param(f"{G}.income_annual_max")
    pinc = s.need("personal_income_monthly")
    if pinc is not None:
        annual = pinc * 12
        (s.likely if annual <= imax else s.unlikely)(
            "income_ok" if annual <= imax else "income_over", annual=annual, pinc=pinc
        )
    s.caveat("couple_caveat")


def net_assets(s: Screen):
    """순자산 = 재산 − 부채; debts may bring it under the line."""
    naf = s.figure(f"{G}.net_assets_max")
    if naf.value is None:
        return
    assets = s.need("assets")
    if assets is None:
        return
    net = assets - (s.get("debt_total") or 0)
    if net > naf.value and s.get("debt_total") is None:
        s.need("debt_total")
    elif net <= naf.value:
        s.likely("net_assets_ok", net=max(net, 0), limit=naf.value)
    else:
        s.unlikely("net_assets_over", net=net, limit=naf.value)


def deposit(s: Screen):
    dep, dmax = s.get("deposit"), s.param(f"{G}.deposit_max")
    if s.get("housing") == "jeonse" and dep is not None and dep > dmax:
        s.unlikely("deposit_over", dep=dep)


CONDITIONS = (age, homeless, income, net_assets, deposit)


def amount(s: Screen):
    lmax, l25 = s.param(f"{G}.loan_max"), s.param(f"{G}.loan_max_under25")
    a = s.get("age")
    lim = l25 if (a is not None and a < s.param(f"{G}.single_under_age")) else lmax
    s.set_amount("amount", total=lim, maximum=True, lim=lim, rate=s.param(f"{G}.rate_text"))
