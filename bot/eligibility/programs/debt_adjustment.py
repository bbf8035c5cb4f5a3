"""신용회복위원회 채무조정 (신속·사전채무조정, 개인워크아웃) — 서민금융통합지원센터."""

from ..screen import Screen

ID = "debt_adjustment"
G = "debt_adjustment"


def debt_limits(s: Screen):
    """총 채무 15억원 이하 (무담보 5억·담보 10억)."""
    debt = s.need("debt_total")
    dmax, umax = s.param(f"{G}.total_debt_max"), s.param(f"{G}.unsecured_max")
    s.param(f"{G}.secured_max")
    if debt is None:
        return
    if debt == 0:
        s.unlikely("no_debt")
    elif debt > dmax:
        s.unlikely("debt_over", debt=debt)
    elif debt > umax:
        s.refer("debt_secured_check", debt=debt)
    else:
        s.likely("debt_ok", debt=debt)


def arrears(s: Screen):
    """연체일수 decides the track; no 연체 needs 연체 우려 (갚기 어려움)."""
    days = s.need("debt_overdue_days")
    r_max, p_max = s.param(f"{G}.rapid_max_days"), s.param(f"{G}.pre_max_days")
    if days == 0:
        hard = s.need("debt_repayment_difficulty")
        if hard is False:
            s.unlikely("no_arrears_no_difficulty")
        elif hard is True:
            s.refer("no_arrears_difficulty")
        return
    if days is None:
        return
    track = "rapid" if days <= r_max else "pre" if days <= p_max else "workout"
    s.extra["track"] = s.text(f"track_{track}")
    s.key = s.text(f"key_{track}", days=days, r1=r_max + 1, p1=p_max + 1)
    s.likely(f"key_{track}", days=days, r1=r_max + 1, p1=p_max + 1)


CONDITIONS = (debt_limits, arrears)


def amount(s: Screen):
    s.caveat("income_needed")
    s.set_amount("amount", years=s.param(f"{G}.max_years"))
