"""How much a program gives, for "얼마 받아요?": 구직급여 (the daily amount from the past wage, bounded, and
the days by age and insured years), 국민취업지원제도 Ⅰ유형 (the allowance with dependants), and the others'
amount text. Every figure is read from the eligibility parameters in force today.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from bot.korean.particles import join_and, josa
from bot.screening.program_results import (
    MAX_CHARS,
    amount_of,
    clip,
    field_label,
    rule_figure,
    tidy,
    verdict_label,
    won,
    won_approx,
    year_tail,
)


def _ub_days_table() -> Tuple[List[int], List[int], List[int]]:
    return (
        list(rule_figure("unemployment_benefit.days_under50")),
        list(rule_figure("unemployment_benefit.days_50plus")),
        list(rule_figure("unemployment_benefit.days_year_bounds")),
    )


def _past_wage(profile: Dict[str, Any]) -> Optional[int]:
    for k in ("previous_wage_monthly", "past_income_monthly", "wage_monthly"):
        v = (profile or {}).get(k)
        if isinstance(v, (int, float)) and v > 0:
            return int(v)
    past = (profile or {}).get("past")
    if isinstance(past, dict):
        v = past.get("personal_income_monthly") or past.get("household_income_monthly")
        if isinstance(v, (int, float)) and v > 0:
            return int(v)
    return None


def _ub_amount(r: Any, profile: Dict[str, Any]) -> List[str]:
    pct = rule_figure("unemployment_benefit.replacement_pct")
    dmax = int(rule_figure("unemployment_benefit.daily_max"))
    dmin = int(rule_figure("unemployment_benefit.daily_min_8h"))
    under50, plus50, bounds = _ub_days_table()
    year = r.get("year")
    y = f"{year}년 기준 " if year else ""
    first = (
        f"구직급여(실업급여)는 하루에 이직 전 평균임금의 {pct}%예요. {y}하루 최대 {won(dmax)}, "
        f"최소 {won(dmin)}(하루 8시간 근무 기준)이에요."
    )
    wage = _past_wage(profile)
    if wage:
        daily = wage * 12 / 365 * pct / 100
        used = min(max(daily, dmin), dmax)
        note = " → 상한이 적용돼요" if daily > dmax else (" → 하한이 적용돼요" if daily < dmin else "")
        exact = won(int(used)) if used in (dmin, dmax) else f"약 {won_approx(used)}"
        first += f"\n월급 {won(wage)}이었다면 하루 약 {won_approx(daily)}{note}({exact})."
    else:
        used = dmax
    age = profile.get("age")
    years = profile.get("insured_years")
    at_least = False
    if years is None and isinstance(profile.get("insured_days_18m"), int) and profile["insured_days_18m"] >= 365:
        # "1년 다녔고 고용보험 들었어": the days in the last 18 months are a floor for the whole insured period
        years, at_least = profile["insured_days_18m"] // 365, True
    disabled = profile.get("disability") is True
    older = (age is not None and age >= 50) or disabled
    row = plus50 if older else under50
    spans = ["1년 미만"] + [f"{a}~{b}년" for a, b in zip(bounds, bounds[1:])] + [f"{bounds[-1]}년 이상"]
    if years is not None:
        idx = sum(1 for b in bounds if years >= b)
        days = row[idx]
        who = f"{age}세" if age is not None else ""
        who += (", " if who else "") + f"고용보험 가입 {years}년" + (" 이상" if at_least else "")
        total = used * days
        second = (
            f"받는 날수는 나이와 고용보험 가입 기간으로 정해져요. {who}이면 {days}일 → "
            f"{'최대 ' if not wage else '약 '}{won_approx(total)}"
            f"({won(int(used)) if used in (dmin, dmax) else won_approx(used)}×{days}일)."
        )
        if at_least and idx < len(row) - 1:
            group = "50세 이상·장애인" if older else "50세 미만"
            second += (
                f" 전체 가입 기간이 {bounds[idx]}년 이상이면 {row[idx + 1]}일, {bounds[-1]}년 이상이면 "
                f"{row[-1]}일까지 늘어요({group} 기준)."
            )
    else:
        table = " · ".join(f"{s} {d}일" for s, d in zip(spans, row))
        group = "50세 이상·장애인" if older else ("50세 미만" if age is not None else "50세 미만")
        second = f"받는 날수는 나이와 고용보험 가입 기간으로 정해져요. {group}: {table}."
        if age is None:
            second += f" 50세 이상·장애인은 {row[0]}~{plus50[-1]}일."
        second += f" 최대로 받으면 {won_approx(dmax * row[-1])}({won(dmax)}×{row[-1]}일)이에요."
    months = rule_figure("unemployment_benefit.deadline_months")
    second += f"\n회사를 그만둔 다음 날부터 {months}개월 안에 다 받아야 하니 서둘러 신청하세요."
    if r.get("verdict") in ("unlikely", "need_info"):
        second += f"\n지금 정보로는 {verdict_label(r.get('verdict'))}: {clip(tidy(r.get('short') or ''), 70)}"
    second += f"\n{year_tail(r)}"
    return [clip(first, MAX_CHARS), clip(second, MAX_CHARS)]


def _nes1_amount(r: Any, profile: Dict[str, Any]) -> List[str]:
    monthly = int(rule_figure("national_employment_support_1.allowance_monthly"))
    months = int(rule_figure("national_employment_support_1.allowance_months"))
    add = int(rule_figure("national_employment_support_1.dependent_add"))
    add_max = int(rule_figure("national_employment_support_1.dependent_max"))
    text = (
        f"국민취업지원제도 Ⅰ유형의 구직촉진수당은 월 {won(monthly)}씩 최대 {months}개월"
        f"(총 {won(monthly * months)})이에요. 18세 이하 자녀·70세 이상 부모·중증장애인 가족이 있으면 "
        f"1인당 월 {won(add)}(최대 {add_max}명)이 더해져요."
    )
    kids = [a for a in (profile.get("children_ages") or []) if isinstance(a, int) and a <= 18]
    if kids:
        n = min(len(kids), add_max)
        m = monthly + n * add
        text += f"\n자녀 {len(kids)}명이면 월 최대 {won(m)} × {months}개월 = 최대 {won(m * months)}."
    amt = amount_of(r)
    if "취업성공수당" in (amt.get("text") or ""):
        text += "\n취업하면 취업성공수당도 있어요(최대 150만 원, 조건 있음)."
    second = (
        "실업급여를 받는 중이거나 마지막으로 받은 날부터 6개월이 안 지났으면 수당은 받을 수 없어요"
        "(실업급여와 둘 중 하나)."
    )
    if r.get("verdict") != "likely":
        second += f"\n지금 정보로는 {verdict_label(r.get('verdict'))}: {clip(tidy(r.get('short') or ''), 80)}"
    second += f"\n{year_tail(r)}"
    return [clip(text, MAX_CHARS), clip(second, MAX_CHARS)]


def _childcare_share(amount_text: str) -> str:
    """What the family pays an hour under 가형 (the fee minus the top subsidy): "아이돌봄 얼마 내야 돼요?"
    was answered with the fee and the subsidy but not the difference."""
    fee, top = rule_figure("child_care_service.hourly_fee"), rule_figure("child_care_service.support_hourly_top")
    if not fee or not top or "가형" not in amount_text:
        return ""
    return f"\n가형이면 내시는 돈은 시간당 약 {won(int(fee) - int(top))}이에요(이용요금 {won(fee)} − 지원 {won(top)})."


def amount_answer(r: Any, profile: Dict[str, Any]) -> List[str]:
    pid = r.get("program")
    if pid == "unemployment_benefit":
        return _ub_amount(r, profile)
    if pid == "national_employment_support_1":
        return _nes1_amount(r, profile)
    amt = tidy(amount_of(r).get("text") or "")
    name = r.get("name")
    waits = [field_label(f) for f in (r.get("missing") or [])[:2]]
    if not amt and r.get("verdict") == "need_info" and waits:
        # a program whose amount waits for a fact is not "a service with no money"
        facts = join_and(waits)
        body = f"{name} 금액은 {facts}{josa(facts, '을/를')[len(facts) :]} 알아야 정해져요."
    elif not amt:
        body = f"{josa(name, '은/는')} 돈으로 받는 지원이 아니라 상담·연계 서비스예요. 금액 자료는 제게 없어요."
    else:
        body = f"{name}: {amt}"
    if pid == "child_care_service":
        ages = [a for a in (profile.get("children_ages") or []) if isinstance(a, int)]
        if ages and min(ages) >= 7:
            # the 2026 figures (programs-2026.md §9) give the support for children under 7 only
            body += "\n자녀가 7세 이상이면 정부지원 단가가 달라요(확인 필요). 내시는 돈은 신청할 때 안내받으세요."
        else:
            body += _childcare_share(amt)
    v = r.get("verdict")
    body += f"\n지금 정보로는 {verdict_label(v)}"
    if v != "likely" and r.get("short"):
        body += f": {clip(tidy(r.get('short')), 90)}"
    body += f"\n{year_tail(r)}"
    return [clip(body, MAX_CHARS)]


def duration_answer(r: Any, profile: Dict[str, Any]) -> List[str]:
    """ "얼마동안 받아요?": for 구직급여 the days by age and insured years (the second half of the amount answer,
    not the daily amount again); for the others the amount answer, whose line names the months it is paid."""
    if r.get("program") == "unemployment_benefit":
        return _ub_amount(r, profile)[1:]
    amt = tidy(amount_of(r).get("text") or "")
    m = re.search(r"(?:기본\s?)?\d+\s?(?:회|개월|년)(?:\([^)]*\))?|최대\s?\d+\s?(?:회|개월|년)", amt)
    name = r.get("name")
    if not m:
        return amount_answer(r, profile)  # the line names no period: the amount answer, as asked before
    # "얼마동안?" after the amount: the period alone, not the same block again
    period = josa(m.group(0).strip(), "이에요/예요")
    body = f"{name}: 받는 기간은 {period}. 정확한 기간은 신청 창구에서 확인해 주세요.\n{year_tail(r)}"
    return [clip(body, MAX_CHARS)]
