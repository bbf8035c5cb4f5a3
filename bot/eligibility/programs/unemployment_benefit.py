"""구직급여 (실업급여) — 고용센터. 고용보험법 40·46·48·50조, 별표1."""

from ..screen import Screen

ID = "unemployment_benefit"
G = "unemployment_benefit"


# left this many months or fewer before the claim deadline: checked with the 고용센터 at once, not "likely"
DEADLINE_NEAR_MONTHS = 2


def status(s: Screen):
    receiving = s.get("receiving_unemployment_benefit") is True
    st = s.get("employment_status") if receiving else s.need("employment_status")
    if st == "employed" and not receiving:
        s.unlikely("employed")
    elif st in ("self_employed", "never_worked", "student", "business_closed"):
        (s.unlikely if st in ("self_employed", "never_worked") else s.refer)(f"status_{st}")


def claim(s: Screen):
    """Receiving now, already used up, left too long ago, or the 180 days in the 18 months before leaving."""
    ended = s.get("unemployment_benefit_ended_months_ago")
    gone = s.get("left_job_months_ago")
    s.param(f"{G}.claim_window_months")
    dmin = s.param(f"{G}.insured_days_min")
    if s.get("receiving_unemployment_benefit") is True:
        s.likely("receiving")
        s.receiving = True
        s.key = s.text("receiving_key")
    elif (ended is not None and ended <= s.param(f"{G}.deadline_months")) or (
        ended is None and s.get("unemployment_benefit_ended_recently") is True
    ):
        s.unlikely("ended")  # long ago: a new job may give a new claim — screened as usual
    elif gone is not None and gone > s.param(f"{G}.deadline_months"):
        s.unlikely("left_long_ago", gone=gone)
    else:
        margin = s.param(f"{G}.insured_days_margin")
        d = s.need("insured_days_18m")
        if d is None:
            return
        if d >= dmin + margin:
            s.likely("insured_days_ok", days=d)
        elif d >= dmin - margin:
            s.refer("insured_days_near", days=d)  # 주휴 포함 유급일로 세면 달라질 수 있음
        else:
            s.unlikely("insured_days_short", days=d)
            return
        if gone is not None and gone >= s.param(f"{G}.deadline_months") - DEADLINE_NEAR_MONTHS:
            # "작년 말에 끝났어요": the months are the person's rough count and the days left may be none or too few
            # for the whole benefit (it must all be paid within the 12 months): the 고용센터 says, today
            s.refer("deadline_near", gone=gone)


def new_hire_age(s: Screen):
    """65세 이후 새로 고용된 사람은 적용 제외 (고용보험법 10조)."""
    if s.get("receiving_unemployment_benefit") is True or s.fails:
        return
    old = s.param(f"{G}.new_hire_age_excluded")
    a = s.get("age")
    if a is None:
        s.unchecked("new_hire_unchecked")
    elif a >= old:
        s.refer("new_hire_age", age=a)


def reason_for_leaving(s: Screen):
    if s.get("receiving_unemployment_benefit") is True or s.fails:
        return
    inv = s.need("left_job_involuntarily")
    if inv is True:
        s.likely("involuntary")
    elif inv is False:
        s.refer("voluntary")


CONDITIONS = (status, claim, new_hire_age, reason_for_leaving)


def benefit_days(s: Screen):
    """소정급여일수 row (50세 이상·장애인 or 50세 미만) and the days for the insured years, if known."""
    a = s.get("age")
    older = (a is not None and a >= s.param(f"{G}.older_age_min")) or s.get("disability") is True
    row = s.param(f"{G}.days_50plus" if older else f"{G}.days_under50")
    grp = s.text("group_older" if older else "group_younger")
    yrs = s.get("insured_years")
    if yrs is None:
        return row, grp, None
    return row, grp, row[sum(1 for b in s.param(f"{G}.days_year_bounds") if yrs >= b)]


def amount(s: Screen):
    dmax, dmin8 = s.figure(f"{G}.daily_max"), s.figure(f"{G}.daily_min_8h")
    for f in (dmax, dmin8):  # 이직일에 따른 상한, 단시간 근로자 하한 — always worth saying
        if f.get("note"):
            s.caveat_text(f["note"])
    s.param(f"{G}.replacement_pct")
    s.param(f"{G}.deadline_months")
    row, grp, days = benefit_days(s)
    if days is None:
        s.set_amount("amount_range", first=row[0], last=row[-1], grp=grp)
        return
    s.extra["benefit_days"] = days
    s.set_amount(
        "amount_days",
        monthly=dmax.value * 30,
        total=dmax.value * days,
        maximum=True,
        days=days,
        grp=grp,
        yrs=s.get("insured_years"),
        month_max=dmax.value * 30,
        total_max=dmax.value * days,
    )
