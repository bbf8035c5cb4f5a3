"""Opening hours, Korean public holidays and the 30-minute slot grid (pure functions).

Rules (from the booking issue): weekdays 09:00–18:00, lunch 12:00–13:00 closed,
30-minute slots, Korean public holidays (``holidays.KR``) closed, time zone Asia/Seoul.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import List, Optional, Tuple
from zoneinfo import ZoneInfo

import holidays

KST = ZoneInfo("Asia/Seoul")

OPEN_TIME = time(9, 0)
CLOSE_TIME = time(18, 0)
LUNCH_START = time(12, 0)
LUNCH_END = time(13, 0)
SLOT_MINUTES = 30

WEEKDAY_KO = "월화수목금토일"

# Display names for a few official holiday names (holidays.KR uses the legal names).
_HOLIDAY_DISPLAY = {
    "기독탄신일": "성탄절",
    "신정연휴": "신정",
}


def to_kst(dt: datetime) -> datetime:
    """Aware datetime in Asia/Seoul. Naive input is taken as already being KST."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=KST)
    return dt.astimezone(KST)


@lru_cache(maxsize=16)
def _kr_holidays(year: int) -> holidays.HolidayBase:
    return holidays.KR(years=[year], language="ko")


def holiday_name(day: date) -> Optional[str]:
    """Korean name of the public holiday on ``day`` (None if it is not one)."""
    name = _kr_holidays(day.year).get(day)
    if not name:
        return None
    # several holidays on one day are joined with "; " by the package
    parts = [_HOLIDAY_DISPLAY.get(p.strip(), p.strip()) for p in str(name).split(";")]
    return ", ".join(p for p in parts if p)


def day_closed_reason(day: date) -> Optional[Tuple[str, str]]:
    """(code, Korean reason) if the centre is closed all day, else None."""
    if day.weekday() >= 5:
        return "weekend", f"{day.month}월 {day.day}일은 주말({WEEKDAY_KO[day.weekday()]}요일)이라 센터가 쉽니다."
    name = holiday_name(day)
    if name:
        return "holiday", f"{day.month}월 {day.day}일은 공휴일({name})이라 센터가 쉽니다."
    return None


def day_slots(day: date) -> List[datetime]:
    """All slot starts of an open day (empty for weekends/holidays), aware KST."""
    if day_closed_reason(day):
        return []
    out = []
    t = datetime.combine(day, OPEN_TIME, KST)
    end = datetime.combine(day, CLOSE_TIME, KST)
    lunch_s = datetime.combine(day, LUNCH_START, KST)
    lunch_e = datetime.combine(day, LUNCH_END, KST)
    step = timedelta(minutes=SLOT_MINUTES)
    while t + step <= end:
        if not (lunch_s <= t < lunch_e):
            out.append(t)
        t += step
    return out


@dataclass(frozen=True)
class RuleCheck:
    open: bool
    code: Optional[str] = None   # past | weekend | holiday | grid | hours | lunch | lead_time | horizon
    reason: Optional[str] = None  # Korean, polite


def check_slot_rules(start: datetime, now: datetime, lead_time: timedelta,
                     horizon_days: Optional[int] = None) -> RuleCheck:
    """Calendar rules only (no capacity). Order: past, weekend/holiday, grid, hours, lunch, lead time, horizon."""
    start = to_kst(start)
    now = to_kst(now)
    if start <= now:
        return RuleCheck(False, "past", "이미 지난 시간입니다. 앞으로의 날짜와 시간을 골라 주세요.")
    closed = day_closed_reason(start.date())
    if closed:
        return RuleCheck(False, closed[0], closed[1])
    t = start.timetz().replace(tzinfo=None)
    if not (OPEN_TIME <= t < CLOSE_TIME):
        return RuleCheck(False, "hours",
                         "운영시간 외입니다. 상담 예약은 평일 오전 9시부터 오후 6시까지(점심시간 12~1시 제외) 가능합니다.")
    if LUNCH_START <= t < LUNCH_END:
        return RuleCheck(False, "lunch", "점심시간(낮 12시~오후 1시)에는 상담 예약을 받지 않습니다.")
    if t.second or t.microsecond or t.minute % SLOT_MINUTES:
        return RuleCheck(False, "grid", "상담은 30분 단위(정각 또는 30분)로 예약할 수 있습니다.")
    if start < now + lead_time:
        hours = lead_time.total_seconds() / 3600
        hours_txt = f"{hours:g}시간" if hours >= 1 else f"{int(lead_time.total_seconds() // 60)}분"
        return RuleCheck(False, "lead_time",
                         f"상담 준비를 위해 지금부터 {hours_txt} 이후의 시간만 예약할 수 있습니다.")
    if horizon_days is not None and start.date() > now.date() + timedelta(days=horizon_days):
        return RuleCheck(False, "horizon", f"예약은 오늘부터 {horizon_days}일 이내로만 할 수 있습니다.")
    return RuleCheck(True)


def snap_to_grid(dt: datetime) -> datetime:
    """Round *up* to the next slot boundary (KST)."""
    dt = to_kst(dt)
    base = dt.replace(second=0, microsecond=0, minute=(dt.minute // SLOT_MINUTES) * SLOT_MINUTES)
    if base < dt:
        base += timedelta(minutes=SLOT_MINUTES)
    return base
