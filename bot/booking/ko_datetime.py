"""Everyday Korean date/time expressions -> date/time, and -> a concrete open slot.

    parse_when("다음주 화요일 오후 2시", now) ->
        {"date": date(2026, 11, 24), "time": time(14, 0), "part": "pm", "ambiguous": True,
         "error": None, "period": None, "asap": False, "range": None, "note": "..."}

Understood (examples): 오늘/금일, 내일/낼, 모레/내일모레, 글피, 그글피, 어제/그제, N일 뒤, 이틀/사흘 뒤,
일주일·N주 뒤, 이번 주/다음 주/다다음 주/지난 주 X요일, (다음) X요일, 주말, 이번 주/다음 주 (whole week),
11월 25일, 25일, 이번 달/다음 달 N일, 11/25, 11.25, 2026-11-25, 2026.11.25, 2026년 11월 25일,
26년 11월 25일, 성탄절/크리스마스, 14:00, 2시, 2시 반, 10시30분, 열시 반, 두시, 세 시 삼십 분, 정오, 자정,
오전/오후/아침/새벽/낮/점심/저녁/밤, 2pm, 지금/가장 빠른/아무 때나 (asap).

Conventions: weeks start on Monday. A bare hour 1–6시 means the afternoon and 7–11시 the morning
(office hours), marked ``ambiguous`` with a ``note`` to confirm. A year-less date more than 30 days
in the past is taken as next year (``1월 5일`` in late November -> next January); a recent past
date stays in the past so the caller can say so. On a weekend "이번 주 X요일" that is already
over means the coming one, and "다음 주" said on a Sunday is marked ambiguous.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from .hours import (KST, WEEKDAY_KO, check_slot_rules, day_closed_reason, to_kst)

_WD = {c: i for i, c in enumerate(WEEKDAY_KO)}  # 월=0 … 일=6

_NATIVE_HOURS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                 "아홉": 9, "열": 10, "열한": 11, "열두": 12}
_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}

_MSG_NONSENSE = ("언제 방문하실지 이해하지 못했어요. '내일 오후 2시', '11월 25일 10시 반', "
                 "'다음 주 화요일 오전'처럼 말씀해 주세요.")

# --- regexes (applied to a normalised string; matched spans are blanked out in order) ---
_NUM_HOUR_WORDS = "|".join(sorted(_NATIVE_HOURS, key=len, reverse=True))
_SINO_MIN = r"(?:[이삼사오]?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구])"

R_ISO = re.compile(r"(?<!\d)(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*일?\.?(?!\d)")
R_YY = re.compile(r"(?<!\d)(\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
R_MD_KO = re.compile(r"(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일")
R_MONTH_OFFSET_D = re.compile(r"(이번|다음|담|다다음)\s*달\s*(\d{1,2})\s*일")
R_MD_SLASH = re.compile(r"(?<![\d:/.])(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/.:])\.?")
R_D_ONLY = re.compile(r"(?<![\d.])(\d{1,2})\s*일(?!\s*(?:뒤|후|전|동안|간|만에))")
R_DAYS_AFTER = re.compile(r"(?<!\d)(\d{1,2})\s*일\s*(?:뒤|후|있다가)")
R_DAYWORD_AFTER = re.compile(r"(" + "|".join(_DAY_WORDS) + r")\s*(?:뒤|후|있다가)")
R_WEEKS_AFTER = re.compile(r"(?:(\d)\s*주|(일|한|두|세)\s*주(?:일)?)\s*(?:뒤|후)")
R_WEEK_WD = re.compile(r"(다다음|이번|금|다음|담|차|지난|저번)\s*주\s*(?:의\s*)?([월화수목금토일])\s*(?:요일|욜)")
R_NEXT_WD = re.compile(r"(?<!주)(?<!주\s)다음\s*([월화수목금토일])\s*(?:요일|욜)")
R_WD = re.compile(r"([월화수목금토일])\s*(?:요일|욜)")
R_WEEKEND = re.compile(r"(다다음|이번|금|다음|담|차)?\s*(?:주\s*)?주말")
R_WEEK_ONLY = re.compile(r"(다다음|이번|금|다음|담|차)\s*주(?!\s*말)")
R_REL = re.compile(r"(그글피|글피|내일\s*모레|낼\s*모레|모레|내일|낼|명일|오늘|(?<!지)금일|그저께|그제|어제)")
R_HOLIDAY = re.compile(r"(성탄절|크리스마스|신정|새해\s*첫\s*날)")

R_HHMM = re.compile(r"(?<![\d/.-])(\d{1,2})\s*:\s*(\d{2})(?!\d)")
R_AMPM_EN = re.compile(r"(?<!\d)(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)")
R_H_DIGIT = re.compile(r"(?<![\d.])(\d{1,2})\s*시(?!간)(?:\s*(?:(\d{1,2})\s*분|(반)|(" + _SINO_MIN + r")\s*분))?")
R_H_NATIVE = re.compile(r"(?<![가-힣])(" + _NUM_HOUR_WORDS + r")\s*시(?!간)(?:\s*(?:(\d{1,2})\s*분|(반)|("
                        + _SINO_MIN + r")\s*분))?")
R_HOURS_AFTER = re.compile(r"(?<!\d)(\d{1,2}|한|두|세|네|다섯|여섯)\s*시간\s*(?:반\s*)?(?:뒤|후|있다가)")
R_NOON = re.compile(r"(정오|자정)")
R_PART = re.compile(r"(오전|오후|아침|새벽|낮|점심|저녁|밤)")
R_ASAP = re.compile(r"(지금|당장|바로|가장\s*빠른|제일\s*빠른|빠른\s*시간|최대한\s*빨리|아무\s*때나|아무때|언제든|언제라도)")


def _sino_number(s: str) -> int:
    s = s.replace(" ", "")
    if "십" in s:
        a, _, b = s.partition("십")
        return (_SINO.get(a, 1) if a else 1) * 10 + (_SINO.get(b, 0) if b else 0)
    return _SINO[s]


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "").lower()
    s = re.sub(r"[~!?,;\"'()\[\]]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _add_note(out: dict, text: str) -> None:
    out["note"] = f"{out['note']} {text}" if out.get("note") else text


def _blank(s: str, m: re.Match) -> str:
    return s[: m.start()] + " " * (m.end() - m.start()) + s[m.end():]


class _Err(Exception):
    pass


def _mkdate(y: int, m: int, d: int) -> date:
    if not 1 <= m <= 12:
        raise _Err(f"{m}월은 없는 달입니다. 날짜를 다시 확인해 주세요.")
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise _Err(f"{m}월에는 {d}일이 없습니다. 날짜를 다시 확인해 주세요.")
    return date(y, m, d)


def _infer_year(m: int, d: int, today: date) -> date:
    """Year-less date: this year, unless it is more than 30 days ago (then next year)."""
    try:
        cand = _mkdate(today.year, m, d)
    except _Err:
        if m == 2 and d == 29:  # 2월 29일: the next leap year within reach
            for y in range(today.year + 1, today.year + 5):
                if calendar.isleap(y):
                    return date(y, 2, 29)
        raise
    if cand < today - timedelta(days=30):
        cand = _mkdate(today.year + 1, m, d)
    return cand


def _week_monday(today: date, offset_weeks: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=offset_weeks)


_WEEK_OFFSET = {"이번": 0, "금": 0, "다음": 1, "담": 1, "차": 1, "다다음": 2, "지난": -1, "저번": -1}


def _parse_date(s: str, today: date, out: dict) -> Tuple[str, Optional[date]]:
    """Returns (string with the date span blanked, date or None). Sets out['range'|'ambiguous'|'note']."""
    m = R_ISO.search(s)
    if m:
        return _blank(s, m), _mkdate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = R_YY.search(s)
    if m:
        return _blank(s, m), _mkdate(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = R_MD_KO.search(s)
    if m:
        return _blank(s, m), _infer_year(int(m.group(1)), int(m.group(2)), today)
    m = R_MONTH_OFFSET_D.search(s)
    if m:
        off = {"이번": 0, "다음": 1, "담": 1, "다다음": 2}[m.group(1)]
        y, mo = today.year, today.month + off
        while mo > 12:
            y, mo = y + 1, mo - 12
        return _blank(s, m), _mkdate(y, mo, int(m.group(2)))
    m = R_DAYS_AFTER.search(s)
    if m:
        return _blank(s, m), today + timedelta(days=int(m.group(1)))
    m = R_DAYWORD_AFTER.search(s)
    if m:
        return _blank(s, m), today + timedelta(days=_DAY_WORDS[m.group(1)])
    m = R_WEEKS_AFTER.search(s)
    if m:
        n = int(m.group(1)) if m.group(1) else {"일": 1, "한": 1, "두": 2, "세": 3}[m.group(2)]
        return _blank(s, m), today + timedelta(weeks=n)
    m = R_REL.search(s)
    if m:
        word = re.sub(r"\s+", "", m.group(1))
        off = {"오늘": 0, "금일": 0, "내일": 1, "낼": 1, "명일": 1, "모레": 2, "내일모레": 2, "낼모레": 2,
               "글피": 3, "그글피": 4, "어제": -1, "그제": -2, "그저께": -2}[word]
        return _blank(s, m), today + timedelta(days=off)
    m = R_WEEK_WD.search(s)
    if m:
        off = _WEEK_OFFSET[m.group(1)]
        wd = _WD[m.group(2)]
        d = _week_monday(today, off) + timedelta(days=wd)
        if off == 0 and d < today and today.weekday() >= 5:
            d += timedelta(weeks=1)
            out["ambiguous"] = True
            _add_note(out, f"이번 주 {m.group(2)}요일은 지났으니 다가오는 {d.month}월 {d.day}일({m.group(2)})로 이해했어요.")
        elif off == 1 and today.weekday() == 6:
            out["ambiguous"] = True
            _add_note(out, f"다음 주 {m.group(2)}요일을 {d.month}월 {d.day}일({m.group(2)})로 이해했어요.")
        return _blank(s, m), d
    m = R_NEXT_WD.search(s)
    if m:
        wd = _WD[m.group(1)]
        ahead = (wd - today.weekday()) % 7 or 7
        return _blank(s, m), today + timedelta(days=ahead)
    m = R_WEEKEND.search(s)
    if m:
        off = _WEEK_OFFSET.get(m.group(1) or "이번", 0)
        if off == 0 and today.weekday() >= 5:  # said on the weekend itself: today
            return _blank(s, m), today
        return _blank(s, m), _week_monday(today, off) + timedelta(days=5)
    m = R_WD.search(s)
    if m:
        wd = _WD[m.group(1)]
        ahead = (wd - today.weekday()) % 7
        if ahead == 0:
            out["ambiguous"] = True
            _add_note(out, f"오늘({m.group(1)}요일)로 이해했어요. 다음 주 {m.group(1)}요일이면 말씀해 주세요.")
        return _blank(s, m), today + timedelta(days=ahead)
    m = R_HOLIDAY.search(s)
    if m:
        md = (12, 25) if m.group(1) in ("성탄절", "크리스마스") else (1, 1)
        return _blank(s, m), _infer_year(md[0], md[1], today)
    m = R_MD_SLASH.search(s)
    if m:
        return _blank(s, m), _infer_year(int(m.group(1)), int(m.group(2)), today)
    m = R_D_ONLY.search(s)
    if m:
        d = int(m.group(1))
        y, mo = today.year, today.month
        if d < today.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return _blank(s, m), _mkdate(y, mo, d)
    m = R_WEEK_ONLY.search(s)
    if m:
        mon = _week_monday(today, _WEEK_OFFSET[m.group(1)])
        out["range"] = (max(mon, today), mon + timedelta(days=6))
        if _WEEK_OFFSET[m.group(1)] == 1 and today.weekday() == 6:
            out["ambiguous"] = True
        return _blank(s, m), None
    return s, None


def _resolve_hour(h: int, part: Optional[str], period: Optional[str], out: dict, digital: bool) -> int:
    if h > 24:
        raise _Err("시간을 다시 확인해 주세요. 0시부터 23시 사이로 말씀해 주세요.")
    if h == 24:
        raise _Err("24시는 자정이라 상담을 받지 않습니다. 운영시간(평일 오전 9시~오후 6시) 안에서 말씀해 주세요.")
    if part == "am":
        if h == 12:
            out["ambiguous"] = True
            _add_note(out, "오전 12시는 낮 12시로 이해했어요.")
        return h
    if part == "pm":
        if 1 <= h <= 11:
            return h + 12
        if period == "noon" and h == 12:
            return 12
        return h
    if period == "noon":
        return h + 12 if 1 <= h <= 5 else h
    # no am/pm marker at all
    if 1 <= h <= 6:
        if digital and h < 10 and out.get("_leading_zero"):
            return h
        out["ambiguous"] = True
        _add_note(out, f"오후 {h}시로 이해했어요. 오전이면 말씀해 주세요.")
        return h + 12
    if 7 <= h <= 11:
        if not digital:
            out["ambiguous"] = True
            _add_note(out, f"오전 {h}시로 이해했어요. 오후(저녁)면 말씀해 주세요.")
        return h
    return h


def _parse_time(s: str, out: dict) -> Optional[time]:
    """Time from the (date-blanked) string; sets out['part'], out['period'] from 오전/오후/…"""
    part = None
    period = None
    pm = R_PART.search(s)
    if pm:
        w = pm.group(1)
        part, period = {"오전": ("am", None), "오후": ("pm", None), "아침": ("am", "morning"),
                        "새벽": ("am", "dawn"), "낮": ("pm", "noon"), "점심": (None, "noon"),
                        "저녁": ("pm", "evening"), "밤": ("pm", "night")}[w]
        s = _blank(s, pm)
    m = R_NOON.search(s)
    if m:
        out["part"] = part
        out["period"] = period
        if m.group(1) == "정오":
            out["part"] = "pm"
            return time(12, 0)
        out["part"] = "am"
        return time(0, 0)
    h = mi = None
    digital = False
    m = R_AMPM_EN.search(s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        part = "am" if m.group(3).startswith("a") else "pm"
    if h is None:
        m = R_HHMM.search(s)
        if m:
            h, mi, digital = int(m.group(1)), int(m.group(2)), True
            out["_leading_zero"] = m.group(1).startswith("0")
    if h is None:
        for rx, native in ((R_H_DIGIT, False), (R_H_NATIVE, True)):
            m = rx.search(s)
            if m:
                h = _NATIVE_HOURS[m.group(1)] if native else int(m.group(1))
                if m.group(2):
                    mi = int(m.group(2))
                elif m.group(3):
                    mi = 30
                elif m.group(4):
                    mi = _sino_number(m.group(4))
                else:
                    mi = 0
                break
    out["part"] = part
    out["period"] = period
    if h is None:
        if period == "noon":  # "점심때": the lunch hour
            return time(12, 0)
        return None
    if mi is None or mi > 59:
        raise _Err("분은 0분부터 59분 사이로 말씀해 주세요.")
    hh = _resolve_hour(h, part, period, out, digital)
    if part is None:
        out["part"] = "am" if hh < 12 else "pm"
    return time(hh, mi)


def parse_when(text: str, now: datetime) -> dict:
    """Parse everyday Korean date/time text relative to ``now`` (aware; KST assumed if naive).

    Returns {"date": date|None, "time": time|None, "part": "am"|"pm"|None, "ambiguous": bool,
    "error": Korean str|None, "period": morning|noon|evening|night|dawn|None,
    "asap": bool, "range": (date, date)|None, "note": Korean confirmation hint|None}.
    """
    now = to_kst(now)
    out: dict = {"date": None, "time": None, "part": None, "ambiguous": False, "error": None,
                 "period": None, "asap": False, "range": None, "note": None}
    if not isinstance(text, str) or not text.strip():
        out["error"] = _MSG_NONSENSE
        return out
    s = _normalise(text)[:200]
    m = R_HOURS_AFTER.search(s)
    if m:  # "두 시간 뒤": now + N hours, rounded up to the next half hour
        n = int(m.group(1)) if m.group(1).isdigit() else _NATIVE_HOURS[m.group(1)]
        extra = 30 if "반" in m.group(0) else 0
        at = now + timedelta(hours=n, minutes=extra)
        at = at.replace(second=0, microsecond=0)
        if at.minute % 30:
            at += timedelta(minutes=30 - at.minute % 30)
        out.update(date=at.date(), time=at.time().replace(tzinfo=None), part="am" if at.hour < 12 else "pm")
        return out
    try:
        s, d = _parse_date(s, now.date(), out)
        wm = R_WD.search(s) if d is not None else None
        if wm:  # "11월 30일 화요일": a weekday that does not match the date
            s = _blank(s, wm)
            if _WD[wm.group(1)] != d.weekday():
                out["ambiguous"] = True
                _add_note(out, f"{d.month}월 {d.day}일은 {WEEKDAY_KO[d.weekday()]}요일이에요. "
                               "날짜와 요일 중 어느 쪽이 맞는지 확인해 주세요.")
        t = _parse_time(s, out)
    except _Err as e:
        out["error"] = str(e)
        out.pop("_leading_zero", None)
        return out
    out.pop("_leading_zero", None)
    out["date"], out["time"] = d, t
    if R_ASAP.search(s):
        out["asap"] = True
    if d is None and t is None and out["part"] is None and out["period"] is None \
            and out["range"] is None and not out["asap"]:
        out["error"] = _MSG_NONSENSE
    return out


# ----------------------------------------------------------------------------------------
# parse -> concrete slot

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
        from .text import format_slot_ko
        return {"open": False, "code": "full", "reason": f"{format_slot_ko(dt)}은(는) 예약이 모두 찼습니다."}

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


def _result(slot=None, reason=None, code=None, alternatives=(), exact=True) -> dict:
    return {"slot": slot, "reason": reason, "code": code, "alternatives": list(alternatives), "exact": exact}


def choose_slot(parsed: dict, free_slots_or_store: Union[Sequence[datetime], object], center: str = None,
                now: Optional[datetime] = None, lead_time: timedelta = timedelta(hours=2),
                n_alternatives: int = 3) -> dict:
    """Turn a parse_when() result into an open slot, or a clear Korean reason plus alternatives.

    ``free_slots_or_store``: a BookingStore (then ``center`` is required) or a list of open slots
    (then calendar reasons use ``now``/``lead_time``; a rule-valid time missing from the list is "full").

    Returns {"slot": datetime|None, "reason": Korean str|None, "code": str|None,
    "alternatives": [datetime], "exact": bool}; ``exact`` is False when the slot was picked for
    the user (date-only / part-only / asap), so the dialogue should confirm it.
    Codes: nonsense, past, weekend, holiday, lunch, hours, grid, lead_time, horizon, full, none_that_day.
    """
    from .text import format_slot_ko

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

    if period in ("evening", "night", "dawn") and t is None:
        return _result(reason="그 시간에는 센터가 문을 닫습니다. 상담은 평일 오전 9시부터 오후 6시까지"
                              "(점심시간 12~1시 제외) 예약할 수 있습니다.", code="hours",
                       alternatives=src.free(datetime.combine(d, time(0), KST) if d else None, k))

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
            return _result(reason="이미 지난 날짜입니다. 오늘 이후의 날짜를 말씀해 주세요.", code="past",
                           alternatives=src.free(None, k))
        closed = day_closed_reason(d)
        if closed:
            return _result(reason=closed[1], code=closed[0], alternatives=src.free(day_start, k))
        same_day = [s for s in src.free(day_start, 16) if s.date() == d and _in_part(s, part, period)]
        if same_day:
            return _result(slot=same_day[0], alternatives=same_day[1:k + 1], exact=False)
        when = {"am": " 오전", "pm": " 오후"}.get(part, "")
        return _result(reason=f"{d.month}월 {d.day}일{when}에는 예약할 수 있는 시간이 남아 있지 않습니다.",
                       code="none_that_day", alternatives=src.free(day_start, k))

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
    cands = [s for s in src.free(lo, 40) if _in_part(s, part, period) and (not rng or s.date() <= rng[1])]
    if cands:
        return _result(slot=cands[0], alternatives=cands[1:k + 1], exact=False)
    return _result(reason="말씀하신 때에는 예약할 수 있는 시간이 없습니다. 다른 날을 말씀해 주세요.",
                   code="none_that_day", alternatives=src.free(lo, k))


def describe_choice(choice: dict, now: Optional[datetime] = None) -> str:
    """Short polite Korean line for a choose_slot() result (for the dialogue)."""
    from .text import format_slot_ko, format_slots_ko

    if choice.get("slot") is not None:
        s = format_slot_ko(choice["slot"], now)
        return f"{s}에 예약할까요?" if choice.get("exact", True) else f"{s}에 자리가 있어요. 이 시간으로 예약할까요?"
    alts = choice.get("alternatives") or []
    tail = f" 가능한 시간: {format_slots_ko(alts, now)}" if alts else ""
    return f"{choice.get('reason') or '예약할 수 있는 시간이 없습니다.'}{tail}"
