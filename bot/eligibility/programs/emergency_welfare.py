"""긴급복지지원 — 시·군·구 / 주민센터 (복지지원팀에서 상담). 긴급복지지원법."""

from ..screen import Screen

ID = "emergency_welfare"
G = "emergency_welfare"
REGIONS = ("metro", "small_city", "rural")


def crisis(s: Screen):
    ev = s.need("crisis_event")
    if ev == "none":
        s.unlikely("no_crisis")
    elif ev == "other":
        s.refer("other_crisis")
    elif ev is not None:
        s.likely("crisis", event=s.text(f"event_{ev}"))
    if s.get("livelihood_recipient") is True:
        s.refer("recipient")


def income(s: Screen):
    s.income_line(s.param(f"{G}.income_pct"), s.text("what_income"))


def _may_hold_home(s: Screen) -> bool:
    """Part of the assets may be 주거용 재산 (own home or a 전·월세 보증금)."""
    return s.get("housing") not in ("homeless", "with_parents")


def _over_limit(s: Screen, assets: int, line: str):
    if _may_hold_home(s):
        f = s.figure(f"{G}.housing_asset_deduction")
        deduction = s.text("deduction_known", amount=f.value) if f.value else s.text("deduction_unknown")
        s.refer("home_deduction", assets=assets, line=line, deduction=deduction)
    else:
        s.unlikely("assets_over", assets=assets, line=line)


def assets(s: Screen):
    limits = {rt: s.P.figure(f"{G}.assets_max_{rt}") for rt in REGIONS}
    v = s.need("assets")
    if v is None:
        return
    lo, hi = min(f.value for f in limits.values()), max(f.value for f in limits.values())
    rt = s.get("region_type")
    if rt is not None:
        f = limits[rt]
        s.use(f)
        alt = f.get("alt_value")
        if v <= f.value:
            s.likely("assets_ok", assets=v, region=s.text(f"region_{rt}"), limit=f.value)
        elif alt is not None and v <= alt:
            s.refer("assets_disagree", assets=v, region=s.text(f"region_{rt}"), limit=f.value, alt=alt)
        else:
            _over_limit(s, v, s.text("line_region", region=s.text(f"region_{rt}"), limit=f.value))
    elif v <= lo:
        s.use(limits["rural"])
        s.likely("assets_ok_everywhere", assets=v, limit=lo)
    elif v > hi and all((f.get("alt_value") or 0) < v for f in limits.values()):
        s.use(limits["metro"])
        _over_limit(s, v, s.text("line_region", region=s.text("region_metro"), limit=hi))
    else:
        s.need("sigungu" if not s.get("sigungu") else "region_type")


def financial_assets(s: Screen):
    """금융재산 600만원 (생계지원) / 800만원 (주거지원)."""
    fa_max, fh = s.param(f"{G}.financial_assets_max"), s.param(f"{G}.financial_assets_max_housing")
    fa, total = s.get("financial_assets"), s.get("assets")
    if fa is None and total is not None and total <= fa_max:
        fa = total  # 금융재산은 재산 합계를 넘을 수 없음
    if fa is None:
        s.unchecked("financial_unchecked")  # 선지원 후조사: named, not asked
    elif fa <= fa_max:
        s.likely("financial_ok", fa=fa)
    elif fa <= fh:
        s.refer("financial_housing_only", fa=fa)
    else:
        s.unlikely("financial_over", fa=fa)


CONDITIONS = (crisis, income, assets, financial_assets)


def amount(s: Screen):
    sup = s.figure(f"{G}.living_support")
    s.param(f"{G}.max_times")
    size = s.get("household_size")
    if sup.value is None:
        s.set_amount("amount_missing")
    elif size is None:
        s.set_amount("amount_table", one=sup.value["1"], six=sup.value["6"])
    else:
        m = sup.value.get(str(size))
        if m is None:
            m = sup.value["6"] + (size - 6) * s.param(f"{G}.living_support_extra")
        s.set_amount("amount_size", monthly=m, total=m, size=size, m=m)
