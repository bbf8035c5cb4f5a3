"""Everyday Korean date/time expressions -> date/time, and -> a concrete open slot.

    parse_when("다음주 화요일 오후 2시", now) ->
        {"date": date(2026, 11, 24), "time": time(14, 0), "part": "pm", "ambiguous": True,
         "error": None, "period": None, "asap": False, "range": None, "note": "..."}

Understood (examples): 오늘/금일, 내일/낼, 모레/내일모레, 글피, 그글피, 어제/그제, N일 뒤, 이틀/사흘 뒤,
일주일·N주 뒤, 이번 주/다음 주/다다음 주/지난 주 X요일, (다음) X요일, 주말, 이번 주/다음 주 (whole week),
11월 25일, 25일, 이번 달/다음 달 N일, 11/25, 11.25, 2026-11-25, 2026.11.25, 2026년 11월 25일,
26년 11월 25일, 성탄절/크리스마스, 14:00, 2시, 2시 반, 10시30분, 열시 반, 두시, 세 시 삼십 분, 정오, 자정,
오전/오후/아침/새벽/낮/점심/저녁/밤, 2pm, 지금/가장 빠른/아무 때나 (asap).

Result ``kind`` (what the caller does with it; choose_slot already does the slot part):

    kind      examples                                  caller
    exact     내일 오후 2시 · 크리스마스이브 10시         book if open, else reason + alternatives
    day       모레 · 3월 마지막 월요일 · 첫째 주 화요일 · 시월 9일
                                                        offer that day's first free slots (exact=False)
              다음 주 월요일이나 화요일                   ``candidates`` [mon, tue]: the first with a slot
    time      2시 10분 전 (13:50) · 네시 십오분 전 (15:45)  first day on which that time is free
    window    7일 안에 · 이번 주 안에 · 이번 달 안에 · 3월 · 다음 달 · 3월 말 · 다음 달 초 · 유월 초 ·
              크리스마스 전에 · 추석 연휴 끝나고 (the two weeks after the closed days)
                                                        ``window`` (= ``range``) (start, end): offer the
                                                        earliest free slots inside (buttons), never book blind
    bound     오후 2시까지 · 11시 전에 · 3시 이후 · 점심 전에  ``before``/``after`` time (slot start < before,
                                                        >= after); with a day the kind is day
    past      지난 일요일 · 저번 주 월요일 · 어제 · 오늘 9시 (at 10) · 이번 달 초 (on the 22nd)
                                                        say "지난 날짜로는 예약할 수 없어요" + earliest slots
    mismatch  19일 화요일 (the 19th is a Thursday)          keep the date; ask which: ``candidates`` [the date,
                                                        the said weekday in that week]; book neither
    holiday   설날 · 추석 · 삼일절 · 어린이날 · 성탄절 · 12월 25일  closed: ``note`` from hours.describe_day
                                                        ("추석은 9월 15일(수), 공휴일(추석)이라 센터가 쉽니다.")
    weekend   11월 28일 (Saturday)                        closed; offer the next open days
    asap      가장 빠른 시간 · 아무 때나                   earliest free slot
    part      오후에 · 저녁에                              slots in that part of the day (evening: closed)
    error     아무말 · 2월 30일 · 25시 · 2월 다섯째 월요일   show ``error`` (Korean) and ask again

``named`` is the named day as typed (크리스마스 이브, 한가위, 구정 …); 크리스마스이브 (12-24) is an open
day. ``rolled`` is True when a bare weekday whose time is already over today ("목요일 오전 10시" typed
on Thursday evening) was moved to next week (issue 14); a time-only answer never picks a past slot.

Deliberately asked back (ambiguous=True with a note, or kind error/mismatch): a bare hour 1–6시 (read
as afternoon) and 7–11시 (morning) are confirmed; "N분 전" beyond 30 minutes; a weekday that does not
match the date; a 5th weekday that the month does not have; non-existent dates; "다음 주" said on a
Sunday; 제헌절 (public-holiday status 확인 필요); days beyond the store's booking horizon (code horizon).

Conventions: weeks start on Monday. A bare hour 1–6시 means the afternoon and 7–11시 the morning
(office hours), marked ``ambiguous`` with a ``note`` to confirm. A year-less date more than 30 days
in the past is taken as next year (``1월 5일`` in late November -> next January); a recent past
date stays in the past so the caller can say so. On a weekend "이번 주 X요일" that is already
over means the coming one, and "다음 주" said on a Sunday is marked ambiguous.

Size: one parser, kept in one module on purpose: the regex table and the date and time passes work on
one normalised string and blank what they match so a later pass does not read it again, so the order of
the table and the passes belongs together. Choosing a concrete slot is in ``slot_choice.py``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Optional, Tuple

from bot.korean.particles import josa

from .hours import (
    CLOSE_TIME,
    KST,
    NAMED_DAY_WORDS,
    SLOT_MINUTES,
    WEEKDAY_KO,
    day_closed_reason,
    describe_day,
    holiday_name,
    named_day_date,
    to_kst,
)

_WD = {c: i for i, c in enumerate(WEEKDAY_KO)}  # 월=0 … 일=6

_NATIVE_HOURS = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "열한": 11,
    "열두": 12,
}
_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}

_MSG_NONSENSE = (
    "언제 방문하실지 이해하지 못했어요. '내일 오후 2시', '11월 25일 10시 반', '다음 주 화요일 오전'처럼 말씀해 주세요."
)

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
_NAMED_ALT = "|".join(
    sorted((re.escape(w).replace("\\ ", "\\s*") for w in NAMED_DAY_WORDS if w != "설"), key=len, reverse=True)
)
# named days; a lone 설 only as a word of its own ("설에", "설 연휴")
R_HOLIDAY = re.compile(r"(" + _NAMED_ALT + r"|(?<![가-힣])설(?=\s*(?:에|연휴|때|날|전|$|\s)))")
R_NAMED_BEFORE = re.compile(r"\s*(?:연휴\s*)?(?:전에|전까지|이전에?|전)(?!화)")
R_NAMED_AFTER = re.compile(r"\s*(?:연휴\s*)?(?:지나고|지나서|끝나고|끝나면|지나면|이후에?|후에|다음에|다음\s*주)")
R_LAST_WD = re.compile(r"(지난|저번|전)\s*(?!주)([월화수목금토일])\s*(?:요일|욜)")
_ORD = {
    "첫째": 1,
    "첫": 1,
    "첫번째": 1,
    "첫 번째": 1,
    "둘째": 2,
    "두째": 2,
    "두번째": 2,
    "두 번째": 2,
    "셋째": 3,
    "세째": 3,
    "세번째": 3,
    "세 번째": 3,
    "넷째": 4,
    "네째": 4,
    "네번째": 4,
    "네 번째": 4,
    "다섯째": 5,
    "마지막": -1,
    "막": -1,
}
_ORD_N = {k.replace(" ", ""): v for k, v in _ORD.items()}


def ordinal(word: str) -> Optional[int]:
    """1 for 첫째 / 첫 번째, … -1 for 마지막; None if the word is no ordinal."""
    return _ORD_N.get(re.sub(r"\s", "", word or ""))


_ORD_ALT = "|".join(sorted((re.escape(w).replace("\\ ", "\\s*") for w in _ORD), key=len, reverse=True))
# "3월 마지막 월요일", "첫째 주 화요일", "다음 달 둘째 주 수요일", "이번 달 마지막 금요일"
R_NTH_WD = re.compile(
    r"(?:(이번|다음|담|다다음)\s*달\s*(?:의\s*)?|(?<!\d)(\d{1,2})\s*월\s*(?:의\s*)?)?("
    + _ORD_ALT
    + r")\s*(?:주\s*)?(?:의\s*)?([월화수목금토일])\s*(?:요일|욜)"
)
_WITHIN = r"\s*(?:안에|안으로|안|이내|이내에|내로|내에|안쪽|중에|중으로|중)"
R_WITHIN_DAYS = re.compile(
    r"(?:(?<!\d)(\d{1,3})\s*일|("
    + "|".join(_DAY_WORDS)
    + r")|(일주일|한\s*주|(\d)\s*주일?|두\s*주|보름))"
    + r"\s*(?:안에|안으로|이내|이내에|내로|내에|안쪽)"
)
R_MONTH_WINDOW = re.compile(r"(이번|금|다음|담|다다음)\s*달(?!\s*\d)(?:\s*(초|중순|말))?")
R_MONTH_ONLY = re.compile(r"(?<![\d.])(\d{1,2})\s*월(?!\s*\d)(?!\s*요)(?:\s*(초|중순|말))?")
R_WEEK_WITHIN = re.compile(r"(다다음|이번|금|다음|담|차)\s*주" + _WITHIN)

R_HHMM = re.compile(r"(?<![\d/.-])(\d{1,2})\s*:\s*(\d{2})(?!\d)")
R_AMPM_EN = re.compile(r"(?<!\d)(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)")
R_H_DIGIT = re.compile(r"(?<![\d.])(\d{1,2})\s*시(?!간)(?:\s*(?:(\d{1,2})\s*분|(반)|(" + _SINO_MIN + r")\s*분))?")
R_H_NATIVE = re.compile(
    r"(?<![가-힣])(" + _NUM_HOUR_WORDS + r")\s*시(?!간)(?:\s*(?:(\d{1,2})\s*분|(반)|(" + _SINO_MIN + r")\s*분))?"
)
R_HOURS_AFTER = re.compile(r"(?<!\d)(\d{1,2}|한|두|세|네|다섯|여섯)\s*시간\s*(?:반\s*)?(?:뒤|후|있다가)")
R_NOON = re.compile(r"(정오|자정)")
_BOUND_AFTER_TIME = re.compile(
    r"\s*(?:(?P<before>까지|전에|전까지|이전|前|전|안으로|안에)|(?P<after>이후|후에|후로|부터|넘어서|지나서|넘어|넘으면|이후로))"
)
R_BEFORE_LUNCH = re.compile(r"점심\s*(?:시간\s*)?(?:전에|전까지|이전|전)")
R_AFTER_LUNCH = re.compile(r"점심\s*(?:시간\s*)?(?:이후|후에|후|지나서|먹고)")
R_PART = re.compile(r"(오전|오후|아침|새벽|낮|점심|저녁|밤)")
R_ASAP = re.compile(
    r"(지금|당장|바로|가장\s*빠른|제일\s*빠른|빠른\s*시간|최대한\s*빨리|아무\s*때나|아무때|언제든|언제라도)"
)


def _sino_number(s: str) -> int:
    s = s.replace(" ", "")
    if "십" in s:
        a, _, b = s.partition("십")
        return (_SINO.get(a, 1) if a else 1) * 10 + (_SINO.get(b, 0) if b else 0)
    return _SINO[s]


_HANGUL_MONTHS = {
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "유": 6,
    "육": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
    "시": 10,
    "십": 10,
    "십일": 11,
    "십이": 12,
}
# "시월 9일", "유월 초", "십이월 마지막 금요일": a hangul month name before a day or a part of the month
R_HANGUL_MONTH = re.compile(
    r"(?<![가-힣])(십일|십이|[일이삼사오유육칠팔구시십])\s*월(?=\s*(?:\d{1,2}\s*일|초|중순|말|"
    r"첫|둘째|셋째|넷째|다섯째|마지막))"
)


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "").lower()
    s = re.sub(r"[~!?,;\"'()\[\]]", " ", s)
    s = R_HANGUL_MONTH.sub(lambda m: f"{_HANGUL_MONTHS[m.group(1)]}월", s)
    return re.sub(r"\s+", " ", s).strip()


def _add_note(out: dict, text: str) -> None:
    out["note"] = f"{out['note']} {text}" if out.get("note") else text


def _blank(s: str, m: re.Match) -> str:
    return s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]


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


def _window(out: dict, start: date, end: date) -> None:
    out["range"] = (start, end)
    out["window"] = (start, end)


def _month_window(out: dict, y: int, mo: int, part: Optional[str], today: date) -> None:
    last = calendar.monthrange(y, mo)[1]
    lo, hi = {"초": (1, 10), "중순": (11, 20), "말": (21, last)}.get(part or "", (1, last))
    start, end = date(y, mo, lo), date(y, mo, hi)
    _window(out, max(start, today) if end >= today else start, end)  # an over window stays past


def _nth_weekday(m: re.Match, today: date, out: dict) -> date:
    """ "3월 마지막 월요일" / "첫째 주 화요일" / "다음 달 둘째 주 수요일": the n-th (or last) weekday of the
    month (첫째 주 화요일 = the month's first Tuesday). Without a month: this month, or next month
    when that day is over (with a note)."""
    n = _ORD_N[re.sub(r"\s+", "", m.group(3))]
    wd = _WD[m.group(4)]
    if m.group(1):
        off = {"이번": 0, "다음": 1, "담": 1, "다다음": 2}[m.group(1)]
        y, mo = today.year, today.month + off
        while mo > 12:
            y, mo = y + 1, mo - 12
        months, explicit = [(y, mo)], True
    elif m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            raise _Err(f"{mo}월은 없는 달입니다. 날짜를 다시 확인해 주세요.")
        months, explicit = [(today.year + (1 if mo < today.month else 0), mo)], True
    else:
        nxt = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        months, explicit = [(today.year, today.month), nxt], False

    def pick(y: int, mo: int) -> Optional[date]:
        days = [d for d in range(1, calendar.monthrange(y, mo)[1] + 1) if date(y, mo, d).weekday() == wd]
        if n == -1:
            return date(y, mo, days[-1])
        return date(y, mo, days[n - 1]) if n <= len(days) else None

    for i, (y, mo) in enumerate(months):
        d = pick(y, mo)
        if d is None:
            raise _Err(f"{mo}월에는 {m.group(3)} {m.group(4)}요일이 없습니다. 날짜로 말씀해 주세요.")
        if explicit or d >= today:
            if i > 0:
                out["ambiguous"] = True
                _add_note(
                    out,
                    f"이번 달 {m.group(3)} {m.group(4)}요일은 지났으니 {d.month}월 {d.day}일"
                    f"({m.group(4)})로 이해했어요.",
                )
            return d
    return d


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
    m = R_NTH_WD.search(s)
    if m:
        return _blank(s, m), _nth_weekday(m, today, out)
    m = R_WITHIN_DAYS.search(s)
    if m:  # "7일 안에", "일주일 이내", "사흘 안에": a window from today
        if m.group(1):
            n = int(m.group(1))
        elif m.group(2):
            n = _DAY_WORDS[m.group(2)]
        else:
            w = re.sub(r"\s+", "", m.group(3))
            n = 15 if w == "보름" else 14 if w == "두주" else 7 * int(m.group(4)) if m.group(4) else 7
        _window(out, today, today + timedelta(days=n))
        return _blank(s, m), None
    m = R_WEEK_WITHIN.search(s)
    if m:  # "이번 주 안에", "다음 주 중에"
        mon = _week_monday(today, _WEEK_OFFSET[m.group(1)])
        _window(out, max(mon, today), mon + timedelta(days=6))
        return _blank(s, m), None
    m = R_MONTH_WINDOW.search(s)
    if m:  # "이번 달 안에", "다음 달", "다음 달 초"
        off = {"이번": 0, "금": 0, "다음": 1, "담": 1, "다다음": 2}[m.group(1)]
        y, mo = today.year, today.month + off
        while mo > 12:
            y, mo = y + 1, mo - 12
        _month_window(out, y, mo, m.group(2), today)
        return _blank(s, m), None
    m = R_MONTH_ONLY.search(s)
    if m:  # "3월", "3월 중에", "3월 말": that month (this year, or next year when it is over)
        mo = int(m.group(1))
        if not 1 <= mo <= 12:
            raise _Err(f"{mo}월은 없는 달입니다. 날짜를 다시 확인해 주세요.")
        y = today.year + (1 if mo < today.month else 0)
        _month_window(out, y, mo, m.group(2), today)
        return _blank(s, m), None
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
        off = {
            "오늘": 0,
            "금일": 0,
            "내일": 1,
            "낼": 1,
            "명일": 1,
            "모레": 2,
            "내일모레": 2,
            "낼모레": 2,
            "글피": 3,
            "그글피": 4,
            "어제": -1,
            "그제": -2,
            "그저께": -2,
        }[word]
        return _blank(s, m), today + timedelta(days=off)
    m = R_HOLIDAY.search(s)
    if m:  # named days: 추석, 크리스마스이브, 삼일절, …
        word = re.sub(r"\s+", " ", m.group(1)).strip()
        canon = NAMED_DAY_WORDS.get(word) or NAMED_DAY_WORDS.get(word.replace(" ", "")) or "설날"
        d = named_day_date(canon, today)
        if d is None:
            raise _Err(f"{word} 날짜를 찾지 못했어요. 날짜로 말씀해 주세요(예: 2월 17일).")
        out["named"] = word
        rest = s[m.end() :]
        if R_NAMED_BEFORE.match(rest):  # "크리스마스 전에": the days up to it
            if d - timedelta(days=1) < today:
                raise _Err(f"{word}({d.month}월 {d.day}일) 전에는 예약할 수 있는 날이 없어요. 다른 날을 말씀해 주세요.")
            _window(out, today, d - timedelta(days=1))
            return _blank(s, R_NAMED_BEFORE.match(s, m.end()) or m), None
        if R_NAMED_AFTER.match(rest):  # "추석 연휴 끝나고": the two weeks after the closed days
            first = d + timedelta(days=1)
            while day_closed_reason(first):
                first += timedelta(days=1)
            _window(out, first, first + timedelta(days=13))
            return _blank(s, R_NAMED_AFTER.match(s, m.end()) or m), None
        return _blank(s, m), d
    m = R_MD_SLASH.search(s)
    if m:
        return _blank(s, m), _infer_year(int(m.group(1)), int(m.group(2)), today)
    m = R_D_ONLY.search(s)
    if m:  # "19일" (before any weekday, so "19일 화요일" keeps the 19th and checks the weekday)
        d = int(m.group(1))
        y, mo = today.year, today.month
        if d < today.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return _blank(s, m), _mkdate(y, mo, d)
    m = R_LAST_WD.search(s)
    if m:  # "지난 일요일": the most recent one before today (a past date)
        back = (today.weekday() - _WD[m.group(2)]) % 7 or 7
        return _blank(s, m), today - timedelta(days=back)
    m = R_WEEK_WD.search(s)
    if m:
        off = _WEEK_OFFSET[m.group(1)]
        wd = _WD[m.group(2)]
        d = _week_monday(today, off) + timedelta(days=wd)
        if off == 0 and d < today and today.weekday() >= 5:
            d += timedelta(weeks=1)
            out["ambiguous"] = True
            _add_note(
                out, f"이번 주 {m.group(2)}요일은 지났으니 다가오는 {d.month}월 {d.day}일({m.group(2)})로 이해했어요."
            )
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
            out["_bare_today"] = m.group(1)
            out["ambiguous"] = True
            _add_note(out, f"오늘({m.group(1)}요일)로 이해했어요. 다음 주 {m.group(1)}요일이면 말씀해 주세요.")
        return _blank(s, m), today + timedelta(days=ahead)
    m = R_WEEK_ONLY.search(s)
    if m:
        mon = _week_monday(today, _WEEK_OFFSET[m.group(1)])
        _window(out, max(mon, today), mon + timedelta(days=6))
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
    for rx, key, at in ((R_BEFORE_LUNCH, "before", time(12, 0)), (R_AFTER_LUNCH, "after", time(13, 0))):
        lm = rx.search(s)
        if lm:  # "점심 전에" / "점심 먹고"
            out[key] = at
            s = _blank(s, lm)
    pm = R_PART.search(s)
    if pm:
        w = pm.group(1)
        part, period = {
            "오전": ("am", None),
            "오후": ("pm", None),
            "아침": ("am", "morning"),
            "새벽": ("am", "dawn"),
            "낮": ("pm", "noon"),
            "점심": (None, "noon"),
            "저녁": ("pm", "evening"),
            "밤": ("pm", "night"),
        }[w]
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
    hm = None  # the "N시 (M분)" match, for "M분 전"
    if h is None:
        for rx, native in ((R_H_DIGIT, False), (R_H_NATIVE, True)):
            m = rx.search(s)
            if m:
                hm = m
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
    after_txt = s[m.end() :] if m is not None else ""
    minus = bool(hm is not None and (hm.group(2) or hm.group(4)) and re.match(r"\s*전(?!화|까지|부터)", after_txt))
    if minus and not (1 <= mi <= 30):
        raise _Err("'몇 시 몇 분 전'은 30분 전까지만 이해할 수 있어요. '1시 50분'처럼 말씀해 주세요.")
    hh = _resolve_hour(h, part, period, out, digital)
    if minus:  # "2시 10분 전" = 13:50, "네시 십오분 전" = 15:45
        at = datetime.combine(date(2000, 1, 2), time(hh, 0)) - timedelta(minutes=mi)
        hh, mi = at.hour, at.minute
        ampm = "오전" if hh < 12 else "오후"
        out["ambiguous"] = True
        out["note"] = f"{ampm} {hh if hh <= 12 else hh - 12}시 {mi}분으로 이해했어요. 아니면 말씀해 주세요."
        after_txt = after_txt[len(re.match(r"\s*전(?:에)?", after_txt).group(0)) :]
    if part is None:
        out["part"] = "am" if hh < 12 else "pm"
    bound = _BOUND_AFTER_TIME.match(after_txt)
    if bound:  # "오후 2시까지", "11시 전에": an upper bound; "3시 이후": a lower bound
        key = "before" if bound.group("before") else "after"
        out[key] = time(hh, mi)
        out["part"] = None
        return None
    return time(hh, mi)


R_REFUSED_DAY = re.compile(
    r"[월화수목금토일]\s?요일\s?(?:은|는|이|도)?\s?(?:안\s?(?:되|돼)\S*|말고|아니고|빼고|곤란\S*|어렵\S*|힘들\S*|못\s?가\S*)"
)


R_REFUSED_PART = re.compile(
    r"(?:오전|오후)\s?(?:은|는|이|도)?\s?(?:안\s?(?:되|돼)\S*|말고|아니고|빼고|곤란\S*|어렵\S*|힘들\S*)"
)


def parse_when(text: str, now: datetime) -> dict:
    """Parse everyday Korean date/time text relative to ``now`` (aware; KST assumed if naive).

    Returns {"date": date|None, "time": time|None, "part": "am"|"pm"|None, "ambiguous": bool,
    "error": Korean str|None, "period": morning|noon|evening|night|dawn|None,
    "asap": bool, "range": (date, date)|None, "note": Korean confirmation hint|None,
    "kind": see the module table, "window": (date, date)|None, "before": time|None,
    "after": time|None, "named": str|None, "candidates": [date] (mismatch), "rolled": bool}.
    """
    now = to_kst(now)
    out: dict = {
        "date": None,
        "time": None,
        "part": None,
        "ambiguous": False,
        "error": None,
        "period": None,
        "asap": False,
        "range": None,
        "note": None,
        "kind": "error",
        "window": None,
        "before": None,
        "after": None,
        "named": None,
        "candidates": [],
        "rolled": False,
    }
    if not isinstance(text, str) or not text.strip():
        out["error"] = _MSG_NONSENSE
        return out
    s = _normalise(text)[:200]
    # a day refused before the one wanted ("월요일은 안되겠네요 화요일 오후로", "월요일 말고 화요일"): only the wanted
    # one counts, not a mismatch between the two
    if len(R_WD.findall(s)) >= 2:
        s = R_REFUSED_DAY.sub(" ", s)
    # a part of the day refused before the one wanted ("월요일 오전 말고 오후로"): the day stays, the wanted part counts
    if re.search(r"오전", s) and re.search(r"오후", s):
        s = R_REFUSED_PART.sub(" ", s)
    m = R_HOURS_AFTER.search(s)
    if m:  # "두 시간 뒤": now + N hours, rounded up to the next half hour
        n = int(m.group(1)) if m.group(1).isdigit() else _NATIVE_HOURS[m.group(1)]
        extra = 30 if "반" in m.group(0) else 0
        at = now + timedelta(hours=n, minutes=extra)
        at = at.replace(second=0, microsecond=0)
        if at.minute % 30:
            at += timedelta(minutes=30 - at.minute % 30)
        out.update(
            date=at.date(), time=at.time().replace(tzinfo=None), part="am" if at.hour < 12 else "pm", kind="exact"
        )
        return out
    try:
        s, d = _parse_date(s, now.date(), out)
        wm = R_WD.search(s) if d is not None else None
        alt = wm is not None and re.search(r"(?:이나|나|또는|아니면|혹은|or|/|이랑|랑|하고)\s*$", s[: wm.start()])
        if wm and alt:  # "다음 주 월요일이나 화요일": the other day is a second choice
            s = _blank(s, wm)
            other = d + timedelta(days=(_WD[wm.group(1)] - d.weekday()) % 7 or 7)
            out["candidates"] = [d, other]
        elif wm:  # "11월 30일 화요일": a weekday that does not match the date
            s = _blank(s, wm)
            if _WD[wm.group(1)] != d.weekday():
                said = _WD[wm.group(1)]
                other = d - timedelta(days=d.weekday()) + timedelta(days=said)  # that weekday, same week
                out["ambiguous"] = True
                out["_mismatch"] = True
                out["candidates"] = [d, other]
                _add_note(
                    out,
                    f"{d.month}월 {d.day}일은 {WEEKDAY_KO[d.weekday()]}요일이에요. "
                    f"{d.month}월 {d.day}일({WEEKDAY_KO[d.weekday()]})과 {other.month}월 {other.day}일"
                    f"({wm.group(1)}) 중 어느 날인지 확인해 주세요.",
                )
        t = _parse_time(s, out)
    except _Err as e:
        out["error"] = str(e)
        for k in ("_leading_zero", "_bare_today", "_mismatch"):
            out.pop(k, None)
        return out
    out.pop("_leading_zero", None)
    today = now.date()
    bare_today = out.pop("_bare_today", None)
    if bare_today and d == today:
        # "목요일 오전 10시" typed on a Thursday after 10: the next Thursday, never a past slot
        last_start = (datetime.combine(today, CLOSE_TIME) - timedelta(minutes=SLOT_MINUTES)).time()
        now_t = now.time().replace(tzinfo=None)
        if (t is not None and datetime.combine(d, t, KST) <= now) or (t is None and now_t >= last_start):
            d = d + timedelta(days=7)
            out["rolled"] = True
            said = josa(
                f"오늘({bare_today}요일) {_fmt_time(t)}" if t is not None else f"오늘({bare_today}요일)", "은/는"
            )
            out["note"] = f"{said} 이미 지났으니 다음 주 {d.month}월 {d.day}일({bare_today}요일)로 이해했어요."
    out["date"], out["time"] = d, t
    if R_ASAP.search(s):
        out["asap"] = True
    if (
        d is None
        and t is None
        and out["part"] is None
        and out["period"] is None
        and out["range"] is None
        and not out["asap"]
        and out["before"] is None
        and out["after"] is None
    ):
        out["error"] = _MSG_NONSENSE
    out["kind"] = _kind(out, now, out.pop("_mismatch", False))
    if out["named"] and d is not None and out["kind"] != "past":
        _add_note(out, describe_day(d, out["named"]))
    return out


def _fmt_time(t: time) -> str:
    h = t.hour
    word = "오전" if h < 12 else "오후"
    h12 = h if h <= 12 else h - 12
    return f"{word} {h12}시" + (f" {t.minute}분" if t.minute else "")


def _kind(out: dict, now: datetime, mismatch: bool) -> str:
    """error | past | mismatch | holiday | weekend | window | exact | day | time | bound | asap | part."""
    d, t, today = out["date"], out["time"], now.date()
    if out["error"]:
        return "error"
    if d is not None and (d < today or (t is not None and datetime.combine(d, t, KST) <= now)):
        return "past"
    if out["window"] is not None and out["window"][1] < today:
        return "past"
    if mismatch:
        return "mismatch"
    if d is not None:
        if holiday_name(d):
            return "holiday"
        closed = day_closed_reason(d)
        if closed:
            return closed[0]
        return "exact" if t is not None else "day"
    if out["window"] is not None:
        return "window"
    if t is not None:
        return "time"
    if out["before"] is not None or out["after"] is not None:
        return "bound"
    if out["asap"]:
        return "asap"
    return "part"
