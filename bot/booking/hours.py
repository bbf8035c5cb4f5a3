"""Opening hours, Korean public holidays and the 30-minute slot grid (pure functions).

Rules (from the booking issue): weekdays 09:00–18:00, lunch 12:00–13:00 closed,
30-minute slots, Korean public holidays (``holidays.KR``, minus the known errors in _NOT_HOLIDAYS)
closed, time zone Asia/Seoul. Named days (설날, 추석, 크리스마스이브, …) -> named_day_date() and
describe_day() ("추석은 9월 15일(수), 공휴일(추석)이라 센터가 쉽니다.").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import List, Optional, Tuple
from zoneinfo import ZoneInfo

import holidays
from bot.korean.particles import josa

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


# Days the holidays package (0.60) lists that are not public holidays: the 21st presidential election
# was held early, on 2025-06-03 (after the 2025-04-04 removal from office), so there is no
# presidential election day on 2027-03-03; the next one falls in 2030.
_NOT_HOLIDAYS = {date(2027, 3, 3)}

# Lunar-calendar days, 2026-2028 (solar dates from 한국천문연구원 월력요항, the source of the official
# 관공서의 공휴일 calendar; they agree with holidays.KR, which tests/booking/test_named_days.py checks).
# Outside these years the holidays package is asked by name.
LUNAR_DAYS = {
    "설날": {2026: date(2026, 2, 17), 2027: date(2027, 2, 7), 2028: date(2028, 1, 27)},
    "추석": {2026: date(2026, 9, 25), 2027: date(2027, 9, 15), 2028: date(2028, 10, 3)},
    "부처님오신날": {2026: date(2026, 5, 24), 2027: date(2027, 5, 13), 2028: date(2028, 5, 2)},
}
# Fixed-date named days: (month, day). 크리스마스이브 and 제헌절 are not public holidays (centres open).
SOLAR_DAYS = {
    "신정": (1, 1),
    "삼일절": (3, 1),
    "어린이날": (5, 5),
    "현충일": (6, 6),
    "제헌절": (7, 17),
    "광복절": (8, 15),
    "개천절": (10, 3),
    "한글날": (10, 9),
    "크리스마스이브": (12, 24),
    "성탄절": (12, 25),
}
# What people type -> the canonical name above.
NAMED_DAY_WORDS = {
    "설날": "설날",
    "설 날": "설날",
    "구정": "설날",
    "설": "설날",
    "음력설": "설날",
    "설 당일": "설날",
    "추석": "추석",
    "한가위": "추석",
    "추석 당일": "추석",
    "부처님오신날": "부처님오신날",
    "부처님 오신 날": "부처님오신날",
    "석가탄신일": "부처님오신날",
    "초파일": "부처님오신날",
    "신정": "신정",
    "새해 첫날": "신정",
    "새해첫날": "신정",
    "설날 아닌 1월 1일": "신정",
    "삼일절": "삼일절",
    "3.1절": "삼일절",
    "3·1절": "삼일절",
    "3 1절": "삼일절",
    "삼일 절": "삼일절",
    "어린이날": "어린이날",
    "어린이 날": "어린이날",
    "현충일": "현충일",
    "제헌절": "제헌절",
    "광복절": "광복절",
    "개천절": "개천절",
    "한글날": "한글날",
    "한글 날": "한글날",
    "크리스마스 이브": "크리스마스이브",
    "크리스마스이브": "크리스마스이브",
    "성탄절 전날": "크리스마스이브",
    "이브": "크리스마스이브",
    "크리스마스": "성탄절",
    "성탄절": "성탄절",
    "성탄": "성탄절",
    "x-mas": "성탄절",
    "xmas": "성탄절",
}
# Named days whose public-holiday status may change (the product says 확인 필요 with them).
CHECK_STATUS = {"제헌절": "제헌절은 공휴일 지정 여부가 바뀔 수 있어요. 방문 전 센터에 확인해 주세요."}


@lru_cache(maxsize=16)
def _kr_holidays(year: int) -> holidays.HolidayBase:
    return holidays.KR(years=[year], language="ko")


def named_day_date(name: str, today: date) -> Optional[date]:
    """The next date (today or later) of a named day ("추석", "크리스마스이브", or a word from
    NAMED_DAY_WORDS). None if the name is unknown or outside the lunar table and the package."""
    canon = NAMED_DAY_WORDS.get(name.strip().lower(), name.strip())
    for year in (today.year, today.year + 1):
        d = None
        if canon in SOLAR_DAYS:
            m, dd = SOLAR_DAYS[canon]
            d = date(year, m, dd)
        elif canon in LUNAR_DAYS:
            d = LUNAR_DAYS[canon].get(year)
            if d is None:  # outside the table: the package's lunar calendar
                d = next(
                    (
                        x
                        for x, n in sorted(_kr_holidays(year).items())
                        if str(n).split(";")[-1].strip() == canon or canon in [p.strip() for p in str(n).split(";")]
                    ),
                    None,
                )
        else:
            return None
        if d is not None and d >= today:
            return d
    return None


def holiday_name(day: date) -> Optional[str]:
    """Korean name of the public holiday on ``day`` (None if it is not one)."""
    if day in _NOT_HOLIDAYS:
        return None
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


def describe_day(day: date, name: Optional[str] = None) -> str:
    """One Korean line saying whether the centre is open on ``day``; for a named day it starts with
    the name: "추석은 9월 15일(수), 공휴일(추석)이라 센터가 쉽니다." A holiday on a weekend is named as
    the holiday."""
    when = f"{day.month}월 {day.day}일({WEEKDAY_KO[day.weekday()]})"
    label = f"{josa(name, '은/는')} {when}," if name else f"{when}은"
    hname = holiday_name(day)
    if hname:
        line = f"{label} 공휴일({hname})이라 센터가 쉽니다."
        if name and NAMED_DAY_WORDS.get(name, name) in ("설날", "추석"):
            first = last = day  # the whole 연휴 the centre is closed (with weekends and 대체 휴일)
            while day_closed_reason(first - timedelta(days=1)):
                first -= timedelta(days=1)
            while day_closed_reason(last + timedelta(days=1)):
                last += timedelta(days=1)
            line += (
                f" 연휴({first.month}월 {first.day}일~{last.month}월 {last.day}일) 동안 쉬고 "
                f"{(last + timedelta(days=1)).month}월 {(last + timedelta(days=1)).day}일부터 문을 열어요."
            )
        return line
    if day.weekday() >= 5:
        return f"{label} 주말이라 센터가 쉽니다."
    line = f"{label} 센터가 문을 여는 날이에요."
    canon = NAMED_DAY_WORDS.get(name, name) if name else None
    if canon in CHECK_STATUS:
        line += " " + CHECK_STATUS[canon]
    return line


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
    code: Optional[str] = None  # past | weekend | holiday | grid | hours | lunch | lead_time | horizon
    reason: Optional[str] = None  # Korean, polite


def check_slot_rules(
    start: datetime, now: datetime, lead_time: timedelta, horizon_days: Optional[int] = None
) -> RuleCheck:
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
        return RuleCheck(
            False,
            "hours",
            "운영시간 외입니다. 상담 예약은 평일 오전 9시부터 오후 6시까지(점심시간 12~1시 제외) 가능합니다.",
        )
    if LUNCH_START <= t < LUNCH_END:
        return RuleCheck(False, "lunch", "점심시간(낮 12시~오후 1시)에는 상담 예약을 받지 않습니다.")
    if t.second or t.microsecond or t.minute % SLOT_MINUTES:
        return RuleCheck(False, "grid", "상담은 30분 단위(정각 또는 30분)로 예약할 수 있습니다.")
    if start < now + lead_time:
        hours = lead_time.total_seconds() / 3600
        hours_txt = f"{hours:g}시간" if hours >= 1 else f"{int(lead_time.total_seconds() // 60)}분"
        return RuleCheck(False, "lead_time", f"상담 준비를 위해 지금부터 {hours_txt} 이후의 시간만 예약할 수 있습니다.")
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
