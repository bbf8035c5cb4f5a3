"""자활사업 / 자활근로 — 주민센터, 지역자활센터. 조건부수급자(의무)·차상위(희망)."""

from ..screen import Screen

ID = "self_sufficiency_work"
G = "self_sufficiency_work"


def recipient_or_near_poor(s: Screen):
    pct = s.param(f"{G}.near_poor_pct")
    if s.get("livelihood_recipient") is True:
        s.likely("recipient")
        return
    # 차상위 is judged on 소득인정액, which includes the income value of assets: not checked here
    s.unchecked("assets_unchecked")
    if s.income_line(pct, s.text("what_income"), recognised=True) is False:
        s.fails[-1] += s.text("who")


CONDITIONS = (recipient_or_near_poor,)


def amount(s: Screen):
    w = s.figure(f"{G}.daily_wages")
    if w.value:
        parts = ", ".join(s.text("wage_item", kind=k, amount=v) for k, v in w.value.items())
        s.set_amount("amount", parts=parts)
    else:
        s.set_amount("amount_missing")
