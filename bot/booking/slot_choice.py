"""A parsed date/time expression (:func:`bot.booking.ko_datetime.parse_when`) -> a concrete open slot.

``choose_slot(text, slots | store, now)`` books exactly when the person named an open slot, and
otherwise returns the reason (past, closed, full, beyond the horizon, a weekday mismatch) with the
earliest alternatives inside what they said (a day, a window, a part of the day, bounds);
``describe_choice`` says the result in one short polite line for the dialogue.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Iterable, List, Optional, Sequence, Union


from bot.korean.particles import josa

from .hours import (
    KST,
    check_slot_rules,
    day_closed_reason,
    describe_day,
    holiday_name,
    to_kst,
)
from .display import format_slot_ko, format_slots_ko


class _ListSource:
    def __init__(self, slots: Iterable[datetime], now: datetime, lead_time: timedelta):
        self.slots = sorted(to_kst(s) for s in slots)
        self.now = now
        self.lead_time = lead_time

    def status(self, dt: datetime) -> dict:
        rule = check_slot_rules(dt, self.now, self.lead_time)
        if not rule.open:
            return {"open": False, "reason": rule.reason, "code": rule.code}
        if dt in self.slots:
            return {"open": True, "reason": None, "code": None}
        return {"open": False, "code": "full", "reason": f"{josa(format_slot_ko(dt), '은/는')} 예약이 모두 찼습니다."}

    def free(self, after: Optional[datetime], limit: int) -> List[datetime]:
        return [s for s in self.slots if after is None or s >= after][:limit]


class _StoreSource:
    def __init__(self, store, center: str):
        self.store = store
        self.center = center
        self.now = store.now()

    def status(self, dt: datetime) -> dict:
        return self.store.slot_status(self.center, dt)

    def free(self, after: Optional[datetime], limit: int) -> List[datetime]:
        return self.store.free_slots(self.center, after=after, limit=limit)


def _in_part(dt: datetime, part: Optional[str], period: Optional[str]) -> bool:
    if period in ("evening", "night", "dawn"):
        return False
    if part == "am" or period == "morning":
        return dt.hour < 12
    if part == "pm":
        return dt.hour >= 12
    return True


def _beyond_horizon(src, d: date) -> Optional[str]:
    """The store's reason when ``d`` is past the booking horizon (예약은 오늘부터 N일 이내), else None."""
    for day in (d + timedelta(days=i) for i in range(7)):
        if day_closed_reason(day) is None:
            st = src.status(datetime.combine(day, time(9, 0), KST))
            return st["reason"] if st.get("code") == "horizon" else None
    return None


def _in_bounds(dt: datetime, parsed: dict) -> bool:
    """ "오후 2시까지"/"11시 전에": the slot starts before that time; "3시 이후": at or after it."""
    t = dt.timetz().replace(tzinfo=None)
    before, after = parsed.get("before"), parsed.get("after")
    return (before is None or t < before) and (after is None or t >= after)


def _result(slot=None, reason=None, code=None, alternatives=(), exact=True) -> dict:
    return {"slot": slot, "reason": reason, "code": code, "alternatives": list(alternatives), "exact": exact}


def choose_slot(
    parsed: dict,
    free_slots_or_store: Union[Sequence[datetime], object],
    center: str = None,
    now: Optional[datetime] = None,
    lead_time: timedelta = timedelta(hours=2),
    n_alternatives: int = 3,
) -> dict:
    """Turn a parse_when() result into an open slot, or a clear Korean reason plus alternatives.

    ``free_slots_or_store``: a BookingStore (then ``center`` is required) or a list of open slots
    (then calendar reasons use ``now``/``lead_time``; a rule-valid time missing from the list is "full").

    Returns {"slot": datetime|None, "reason": Korean str|None, "code": str|None,
    "alternatives": [datetime], "exact": bool}; ``exact`` is False when the slot was picked for
    the user (date-only / part-only / asap), so the dialogue should confirm it.
    Codes: nonsense, past, weekend, holiday, lunch, hours, grid, lead_time, horizon, full, none_that_day.
    """

    if hasattr(free_slots_or_store, "slot_status") and hasattr(free_slots_or_store, "free_slots"):
        if not center:
            raise ValueError("center is required with a store")
        src = _StoreSource(free_slots_or_store, center)
    else:
        src = _ListSource(free_slots_or_store, to_kst(now or datetime.now(KST)), lead_time)
    now = src.now
    k = n_alternatives
    if parsed.get("error"):
        return _result(reason=parsed["error"], code="nonsense", alternatives=src.free(None, k))
    d: Optional[date] = parsed.get("date")
    t: Optional[time] = parsed.get("time")
    part, period = parsed.get("part"), parsed.get("period")
    kind = parsed.get("kind")
    if kind == "past":
        reason = (
            "이미 지난 시간이에요. 앞으로의 날짜와 시간을 말씀해 주세요."
            if d == now.date()
            else "지난 날짜로는 예약할 수 없어요. 오늘 이후의 날짜를 말씀해 주세요."
        )
        return _result(reason=reason, code="past", alternatives=src.free(None, k))
    cands = [c for c in (parsed.get("candidates") or []) if c >= now.date()]
    if kind != "mismatch" and len(cands) > 1:  # "월요일이나 화요일": the first day that has a slot
        first = None
        for cd in cands:
            one = dict(parsed, date=cd, candidates=[], kind=None)
            got = choose_slot(one, free_slots_or_store, center, now, lead_time, n_alternatives)
            if got.get("slot") is not None:
                return got
            first = first or got
        return first
    if kind == "mismatch":  # "19일 화요일" when the 19th is not a Tuesday: offer both days, book neither
        alts: List[datetime] = []
        for cd in parsed.get("candidates") or []:
            if cd < now.date():
                continue
            if t is not None:
                dt = datetime.combine(cd, t, KST)
                if src.status(dt)["open"]:
                    alts.append(dt)
                    continue
            alts += [
                x
                for x in src.free(datetime.combine(cd, time(0), KST), 16)
                if x.date() == cd and _in_part(x, part, period) and _in_bounds(x, parsed)
            ][:1]
        return _result(
            reason=parsed.get("note") or "날짜와 요일이 맞지 않아요. 어느 쪽이 맞는지 알려 주세요.",
            code="mismatch",
            alternatives=alts,
        )

    if period in ("evening", "night", "dawn") and t is None:
        return _result(
            reason="그 시간에는 센터가 문을 닫습니다. 상담은 평일 오전 9시부터 오후 6시까지"
            "(점심시간 12~1시 제외) 예약할 수 있습니다.",
            code="hours",
            alternatives=src.free(datetime.combine(d, time(0), KST) if d else None, k),
        )

    if d is not None and t is not None:
        dt = datetime.combine(d, t, KST)
        st = src.status(dt)
        if st["open"]:
            return _result(slot=dt)
        after = dt if st.get("code") in ("lunch", "hours", "grid", "full", "weekend", "holiday") else None
        return _result(reason=st["reason"], code=st.get("code"), alternatives=src.free(after, k))

    if d is not None:  # a day, maybe with 오전/오후
        day_start = datetime.combine(d, time(0), KST)
        if d < now.date():
            return _result(
                reason="이미 지난 날짜입니다. 오늘 이후의 날짜를 말씀해 주세요.",
                code="past",
                alternatives=src.free(None, k),
            )
        closed = day_closed_reason(d)
        if closed:
            reason = describe_day(d, parsed["named"]) if parsed.get("named") else closed[1]
            return _result(
                reason=reason, code="holiday" if holiday_name(d) else closed[0], alternatives=src.free(day_start, k)
            )
        same_day = [
            s for s in src.free(day_start, 16) if s.date() == d and _in_part(s, part, period) and _in_bounds(s, parsed)
        ]
        if same_day:
            return _result(slot=same_day[0], alternatives=same_day[1 : k + 1], exact=False)
        far = _beyond_horizon(src, d)
        if far:
            return _result(reason=far, code="horizon", alternatives=src.free(None, k))
        when = {"am": " 오전", "pm": " 오후"}.get(part, "")
        return _result(
            reason=f"{d.month}월 {d.day}일{when}에는 예약할 수 있는 시간이 남아 있지 않습니다.",
            code="none_that_day",
            alternatives=src.free(day_start, k),
        )

    rng = parsed.get("range")
    if t is not None:  # a time without a day: the first day on which that time is open
        first_reason = None
        day = max(rng[0], now.date()) if rng else now.date()
        for _ in range(((rng[1] - day).days + 1) if rng else 21):
            dt = datetime.combine(day, t, KST)
            st = src.status(dt)
            if st["open"]:
                return _result(slot=dt, exact=False)
            if st.get("code") in ("lunch", "hours", "grid"):  # never open at that time of day
                return _result(reason=st["reason"], code=st["code"], alternatives=src.free(dt, k))
            if st.get("code") == "full" and first_reason is None:
                first_reason = st
            day += timedelta(days=1)
        st = first_reason or {"reason": "그 시간에는 예약할 수 있는 날이 없습니다.", "code": "full"}
        return _result(reason=st["reason"], code=st["code"], alternatives=src.free(None, k))

    lo = datetime.combine(rng[0], time(0), KST) if rng else None
    cands = [
        s
        for s in src.free(lo, 80)
        if _in_part(s, part, period) and _in_bounds(s, parsed) and (not rng or s.date() <= rng[1])
    ]
    if cands:
        return _result(slot=cands[0], alternatives=cands[1 : k + 1], exact=False)
    far = _beyond_horizon(src, rng[0]) if rng else None
    if far:
        return _result(reason=far, code="horizon", alternatives=src.free(None, k))
    if rng:
        reason = (
            f"{rng[0].month}월 {rng[0].day}일부터 {rng[1].month}월 {rng[1].day}일 사이에는 예약할 수 있는 "
            "시간이 없습니다. 가장 빠른 다른 시간을 알려 드릴게요."
        )
    else:
        reason = "말씀하신 때에는 예약할 수 있는 시간이 없습니다. 다른 날을 말씀해 주세요."
    return _result(reason=reason, code="none_that_day", alternatives=src.free(lo, k))


def describe_choice(choice: dict, now: Optional[datetime] = None) -> str:
    """Short polite Korean line for a choose_slot() result (for the dialogue)."""
    if choice.get("slot") is not None:
        s = format_slot_ko(choice["slot"], now)
        return f"{s}에 예약할까요?" if choice.get("exact", True) else f"{s}에 자리가 있어요. 이 시간으로 예약할까요?"
    alts = choice.get("alternatives") or []
    tail = f" 가능한 시간: {format_slots_ko(alts, now)}" if alts else ""
    return f"{choice.get('reason') or '예약할 수 있는 시간이 없습니다.'}{tail}"
