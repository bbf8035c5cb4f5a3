"""Issue 15 (dates and times) and issue 14 (a weekday typed after its time): the forms citizens type,
the result ``kind`` the dialogue acts on, and what choose_slot offers for each.

Fixed clock: Sunday 2026-11-22 10:00 KST (NOW, as in test_ko_datetime.py) unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.booking import KST
from bot.booking.hours import LUNAR_DAYS, describe_day, named_day_date
from bot.booking.ko_datetime import parse_when
from bot.booking.slot_choice import choose_slot, describe_choice
from bot.screening import booking_flow

from .conftest import CENTER, NOW


@pytest.fixture
def store(make_store, sqlite_url):  # SQLite is enough here: these tests are about the words, not the database
    return make_store(sqlite_url)


D, T = date, time
WED = datetime(2026, 11, 25, 10, 0, tzinfo=KST)
THU_EVENING = datetime(2026, 11, 26, 19, 30, tzinfo=KST)


# ---- past days: the caller answers "지난 날짜로는 예약할 수 없어요" ----


@pytest.mark.parametrize(
    "text,now,day",
    [
        ("지난 일요일", NOW, D(2026, 11, 15)),
        ("지난 일요일에요", WED, D(2026, 11, 22)),
        ("저번 주 월요일", NOW, D(2026, 11, 9)),
        ("저번주 월요일 10시", WED, D(2026, 11, 16)),
        ("지난주 금요일", WED, D(2026, 11, 20)),
        ("지난 화요일", WED, D(2026, 11, 24)),
        ("어제", NOW, D(2026, 11, 21)),
        ("그저께 오후 3시", NOW, D(2026, 11, 20)),
        ("11월 20일", NOW, D(2026, 11, 20)),
        ("이번 주 월요일", WED, D(2026, 11, 23)),
    ],
)
def test_past_days_are_marked_past(text, now, day):
    r = parse_when(text, now)
    assert r["kind"] == "past" and r["date"] == day and r["error"] is None


def test_today_with_a_time_already_gone_is_past():
    r = parse_when("오늘 9시", NOW)
    assert r["kind"] == "past" and r["date"] == D(2026, 11, 22) and r["time"] == T(9, 0)


def test_past_is_refused_with_alternatives(store, clock):
    c = choose_slot(parse_when("지난 일요일 2시", NOW), store, CENTER)
    assert c["slot"] is None and c["code"] == "past"
    assert "지난 날짜로는 예약할 수 없어요" in describe_choice(c)
    assert c["alternatives"][0] == datetime(2026, 11, 23, 9, 0, tzinfo=KST)
    clock.now = datetime(2026, 11, 23, 11, 0, tzinfo=KST)
    c = choose_slot(parse_when("오늘 9시", clock.now), store, CENTER)
    assert c["code"] == "past" and "이미 지난 시간" in c["reason"]


# ---- a weekday that does not match the date: keep the date, ask which ----


def test_day_of_month_with_wrong_weekday_keeps_the_date():
    r = parse_when("19일 화요일", datetime(2026, 11, 10, 10, 0, tzinfo=KST))  # 11-19 is a Thursday
    assert r["date"] == D(2026, 11, 19) and r["kind"] == "mismatch"
    assert r["candidates"] == [D(2026, 11, 19), D(2026, 11, 17)]
    assert "11월 19일은 목요일이에요" in r["note"] and "11월 17일(화)" in r["note"]


def test_matching_weekday_is_not_a_mismatch():
    r = parse_when("19일 목요일 10시", datetime(2026, 11, 10, 10, 0, tzinfo=KST))
    assert (r["date"], r["time"], r["kind"]) == (D(2026, 11, 19), T(10, 0), "exact")
    r = parse_when("12월 1일 화요일 오후 2시", NOW)
    assert r["kind"] == "exact" and r["ambiguous"] is False


def test_mismatch_offers_both_days_and_books_neither(store):
    c = choose_slot(parse_when("12월 3일 수요일 10시", NOW), store, CENTER)  # 12-03 is a Thursday
    assert c["slot"] is None and c["code"] == "mismatch" and "목요일" in c["reason"]
    assert c["alternatives"] == [datetime(2026, 12, 3, 10, 0, tzinfo=KST), datetime(2026, 12, 2, 10, 0, tzinfo=KST)]


# ---- "N분 전" is N minutes before the hour ----


@pytest.mark.parametrize(
    "text,t",
    [
        ("2시 10분 전", T(13, 50)),
        ("네시 십오분 전", T(15, 45)),
        ("10시 5분 전", T(9, 55)),
        ("오후 3시 20분 전", T(14, 40)),
        ("내일 2시 10분 전에 갈게요", T(13, 50)),
        ("세시 삼십분 전", T(14, 30)),
        ("2시 10분", T(14, 10)),
        ("네시 십오분", T(16, 15)),
    ],
)
def test_minutes_before_the_hour(text, t):
    r = parse_when(text, NOW)
    assert r["time"] == t and r["error"] is None


def test_minutes_before_note_says_the_computed_time():
    assert "오후 1시 50분" in parse_when("2시 10분 전", NOW)["note"]


# ---- windows: offer the earliest free slots inside ----


@pytest.mark.parametrize(
    "text,now,window",
    [
        ("7일 안에", NOW, (D(2026, 11, 22), D(2026, 11, 29))),
        ("일주일 이내로요", NOW, (D(2026, 11, 22), D(2026, 11, 29))),
        ("사흘 안에", NOW, (D(2026, 11, 22), D(2026, 11, 25))),
        ("이번 주 안에", WED, (D(2026, 11, 25), D(2026, 11, 29))),
        ("다음 주 중에", WED, (D(2026, 11, 30), D(2026, 12, 6))),
        ("이번 달 안에", NOW, (D(2026, 11, 22), D(2026, 11, 30))),
        ("다음 달", NOW, (D(2026, 12, 1), D(2026, 12, 31))),
        ("담달에요", NOW, (D(2026, 12, 1), D(2026, 12, 31))),
        ("3월", NOW, (D(2027, 3, 1), D(2027, 3, 31))),
        ("3월 중에", NOW, (D(2027, 3, 1), D(2027, 3, 31))),
        ("3월 말", NOW, (D(2027, 3, 21), D(2027, 3, 31))),
        ("다음 달 초", NOW, (D(2026, 12, 1), D(2026, 12, 10))),
        ("11월", NOW, (D(2026, 11, 22), D(2026, 11, 30))),
    ],
)
def test_windows(text, now, window):
    r = parse_when(text, now)
    assert r["kind"] == "window" and r["window"] == window and r["range"] == window and r["date"] is None


def test_window_over_already_is_past():
    assert parse_when("이번 달 초", NOW)["kind"] == "past"


def test_window_offers_the_earliest_open_slots(store, clock):
    c = choose_slot(parse_when("다음 달", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 12, 1, 9, 0, tzinfo=KST) and c["exact"] is False
    assert c["alternatives"][0] == datetime(2026, 12, 1, 9, 30, tzinfo=KST)
    c = choose_slot(parse_when("7일 안에 오후 3시", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 15, 0, tzinfo=KST)
    c = choose_slot(parse_when("3월 오후", NOW), store, CENTER)  # beyond the 60-day booking horizon
    assert c["slot"] is None and c["code"] == "horizon" and "60일 이내" in c["reason"]
    clock.now = datetime(2027, 1, 20, 10, 0, tzinfo=KST)
    c = choose_slot(parse_when("3월 오후", clock.now), store, CENTER)
    assert c["slot"] == datetime(2027, 3, 2, 13, 0, tzinfo=KST)  # 3-1 is 삼일절


# ---- the n-th / last weekday of a month ----


@pytest.mark.parametrize(
    "text,now,day",
    [
        ("3월 마지막 월요일", NOW, D(2027, 3, 29)),
        ("3월 첫째 주 화요일", NOW, D(2027, 3, 2)),
        ("첫째 주 화요일", NOW, D(2026, 12, 1)),  # November's is over -> December's (noted)
        ("첫째 주 화요일", datetime(2026, 12, 1, 8, 0, tzinfo=KST), D(2026, 12, 1)),
        ("다음 달 둘째 주 수요일", NOW, D(2026, 12, 9)),
        ("이번 달 마지막 금요일", NOW, D(2026, 11, 27)),
        ("12월 셋째 목요일", NOW, D(2026, 12, 17)),
        ("마지막 주 금요일 오후 2시", NOW, D(2026, 11, 27)),
        ("담달 첫번째 월요일", NOW, D(2026, 12, 7)),
    ],
)
def test_nth_weekday_of_month(text, now, day):
    r = parse_when(text, now)
    assert r["date"] == day and r["error"] is None and r["kind"] in ("day", "exact")


def test_nth_weekday_rolled_to_next_month_is_noted():
    r = parse_when("첫째 주 화요일", NOW)
    assert r["ambiguous"] and "12월 1일(화)" in r["note"]


def test_fifth_weekday_that_does_not_exist_is_said():
    r = parse_when("2월 다섯째 월요일", NOW)
    assert r["error"] and "없습니다" in r["error"]


# ---- upper and lower bounds on the time ----


@pytest.mark.parametrize(
    "text,before,after,day",
    [
        ("오후 2시까지", T(14, 0), None, None),
        ("11시 전에", T(11, 0), None, None),
        ("내일 11시 전까지", T(11, 0), None, D(2026, 11, 23)),
        ("내일 점심 전에", T(12, 0), None, D(2026, 11, 23)),
        ("3시 이후", None, T(15, 0), None),
        ("모레 오후 4시 넘어서", None, T(16, 0), D(2026, 11, 24)),
    ],
)
def test_time_bounds(text, before, after, day):
    r = parse_when(text, NOW)
    assert (r["before"], r["after"], r["date"], r["time"]) == (before, after, day, None)
    assert r["kind"] == ("day" if day else "bound")


def test_bounds_pick_slots_inside(store, clock):
    c = choose_slot(parse_when("오후 2시까지", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 9, 0, tzinfo=KST)
    assert all(s.time() < T(14, 0) for s in [c["slot"]] + c["alternatives"])
    c = choose_slot(parse_when("내일 3시 이후", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 15, 0, tzinfo=KST)
    clock.now = datetime(2026, 11, 23, 10, 0, tzinfo=KST)
    c = choose_slot(parse_when("11시 전에", clock.now), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 24, 9, 0, tzinfo=KST)  # Monday 9-11 is within the lead time


# ---- named days ----


@pytest.mark.parametrize(
    "text,day,kind",
    [
        ("설날", D(2027, 2, 7), "holiday"),
        ("구정 연휴에", D(2027, 2, 7), "holiday"),
        ("설에", D(2027, 2, 7), "holiday"),
        ("추석", D(2027, 9, 15), "holiday"),
        ("한가위", D(2027, 9, 15), "holiday"),
        ("삼일절", D(2027, 3, 1), "holiday"),
        ("3.1절", D(2027, 3, 1), "holiday"),
        ("어린이날", D(2027, 5, 5), "holiday"),
        ("현충일", D(2027, 6, 6), "holiday"),
        ("광복절", D(2027, 8, 15), "holiday"),
        ("개천절", D(2027, 10, 3), "holiday"),
        ("한글날", D(2027, 10, 9), "holiday"),
        ("성탄절", D(2026, 12, 25), "holiday"),
        ("크리스마스", D(2026, 12, 25), "holiday"),
        ("크리스마스 이브", D(2026, 12, 24), "day"),
        ("크리스마스이브 오전 10시", D(2026, 12, 24), "exact"),
        ("부처님오신날", D(2027, 5, 13), "holiday"),
        ("신정", D(2027, 1, 1), "holiday"),
    ],
)
def test_named_days(text, day, kind):
    r = parse_when(text, NOW)
    assert r["date"] == day and r["kind"] == kind and r["named"]
    assert ("쉽니다" in r["note"]) == (kind == "holiday")


def test_christmas_eve_is_an_open_day(store):
    r = parse_when("크리스마스이브", NOW)
    assert "문을 여는 날" in r["note"]
    c = choose_slot(r, store, CENTER)
    assert c["slot"] == datetime(2026, 12, 24, 9, 0, tzinfo=KST)


def test_closed_named_day_says_so_with_the_holiday_period(store, clock):
    clock.now = datetime(2027, 1, 5, 10, 0, tzinfo=KST)
    c = choose_slot(parse_when("설날 오전", clock.now), store, CENTER)
    assert c["slot"] is None and c["code"] == "holiday"
    assert c["reason"].startswith("설날은 2월 7일(일), 공휴일(설날)이라 센터가 쉽니다.")
    assert "2월 10일부터 문을 열어요" in c["reason"]
    assert c["alternatives"][0] == datetime(2027, 2, 10, 9, 0, tzinfo=KST)


def test_lunar_table_matches_the_holiday_calendar():
    for name, by_year in LUNAR_DAYS.items():
        for year, day in by_year.items():
            assert name in str(holidays.KR(years=[year], language="ko").get(day)), (name, day)


def test_named_day_after_this_years_passed_is_next_years():
    assert named_day_date("추석", D(2026, 9, 26)) == D(2027, 9, 15)
    assert named_day_date("추석", D(2026, 9, 25)) == D(2026, 9, 25)
    assert named_day_date("추석", D(2028, 11, 1)) == D(2029, 9, 22)  # beyond the table: the package


def test_2027_march_3_is_a_working_day():
    from bot.booking import day_closed_reason

    assert day_closed_reason(D(2027, 3, 3)) is None
    assert "문을 여는 날" in describe_day(D(2027, 3, 3))


# ---- issue 14: "목요일 오전 10시" typed on a Thursday evening means next Thursday ----


def test_weekday_time_already_gone_today_rolls_to_next_week():
    r = parse_when("목요일 오전 10시", THU_EVENING)
    assert (r["date"], r["time"], r["rolled"], r["kind"]) == (D(2026, 12, 3), T(10, 0), True, "exact")
    assert r["note"] == "오늘(목요일) 오전 10시는 이미 지났으니 다음 주 12월 3일(목요일)로 이해했어요."
    r = parse_when("목요일", THU_EVENING)  # after the last slot of the day
    assert r["date"] == D(2026, 12, 3) and r["rolled"]


def test_weekday_time_still_ahead_today_stays_today():
    r = parse_when("목요일 오후 4시", datetime(2026, 11, 26, 9, 0, tzinfo=KST))
    assert r["date"] == D(2026, 11, 26) and not r["rolled"] and r["kind"] == "exact"


def test_rolled_weekday_books_next_week(store, clock):
    clock.now = THU_EVENING
    c = choose_slot(parse_when("목요일 오전 10시", THU_EVENING), store, CENTER)
    assert c["slot"] == datetime(2026, 12, 3, 10, 0, tzinfo=KST)


def test_time_only_after_it_passed_today_is_never_a_past_slot(store, clock):
    clock.now = datetime(2026, 11, 23, 15, 0, tzinfo=KST)
    c = choose_slot(parse_when("10시", clock.now), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 24, 10, 0, tzinfo=KST)


# ---- properties ----

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
_NOWS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31)).map(
    lambda d: d.replace(tzinfo=KST)
)


@SETTINGS
@given(_NOWS, st.sampled_from("월화수목금"), st.integers(min_value=9, max_value=17))
def test_bare_weekday_with_time_is_never_in_the_past(now, wd, hour):
    hh = f"오전 {hour}시" if hour < 12 else f"오후 {hour - 12 if hour > 12 else 12}시"
    r = parse_when(f"{wd}요일 {hh}", now)
    assert r["kind"] != "past" and datetime.combine(r["date"], r["time"], KST) > now
    assert (r["date"] - now.date()).days <= 7


@SETTINGS
@given(_NOWS, st.integers(min_value=1, max_value=60))
def test_n_days_window_starts_today(now, n):
    r = parse_when(f"{n}일 안에", now)
    assert r["window"] == (now.date(), now.date() + timedelta(days=n))


@SETTINGS
@given(
    _NOWS,
    st.integers(min_value=1, max_value=12),
    st.sampled_from("월화수목금"),
    st.sampled_from([("첫째", 1), ("둘째", 2), ("셋째", 3), ("넷째", 4), ("마지막", -1)]),
)
def test_nth_weekday_is_that_weekday_in_that_month(now, month, wd, nth):
    word, n = nth
    r = parse_when(f"{month}월 {word} 주 {wd}요일", now)
    d = r["date"]
    assert d.month == month and d.weekday() == "월화수목금".index(wd)
    if n > 0:
        assert (d.day - 1) // 7 == n - 1
    else:
        assert (d + timedelta(days=7)).month != month


@SETTINGS
@given(
    _NOWS,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from("월화수목금토일"),
)
def test_date_with_weekday_keeps_the_date(now, month, day, wd):
    r = parse_when(f"{month}월 {day}일 {wd}요일", now)
    d = r["date"]
    assert (d.month, d.day) == (month, day)
    if d.weekday() != "월화수목금토일".index(wd):
        assert r["kind"] in ("mismatch", "past") and r["ambiguous"]
    else:
        assert r["kind"] != "mismatch"


# ---- through the booking form (the function the Rasa validation action calls) ----


@pytest.fixture
def flow_store(store, clock, tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_SECRET_FILE", str(tmp_path / "secret.key"))
    booking_flow.set_store(store)
    yield store
    booking_flow.set_store(None)


def _answer(text):
    slots = {"consent": "given", "center_name": CENTER, "requested_slot": "booking_slot"}
    return booking_flow.apply_booking_answer(slots, "booking_slot", text, "inform", [])


def _buttons(msgs):
    return [b[0] if isinstance(b, (list, tuple)) else b.get("title") for m in msgs for b in (m.get("buttons") or [])]


def test_form_refuses_a_past_day_and_offers_times(flow_store):
    status, updates, msgs = _answer("지난 일요일 오후 2시요")
    assert status == "failed" and "booking_slot" not in updates
    assert "지난 날짜로는 예약할 수 없어요" in msgs[0]["text"] and _buttons(msgs)


def test_form_offers_slots_inside_a_window(flow_store):
    status, updates, msgs = _answer("다음 달 안에 아무 때나요")
    assert status == "offer" and updates == {}  # an offer, not a failed answer
    assert "가장 빠른 시간" in msgs[0]["text"] and _buttons(msgs)[0].startswith("12월 1일(화) 오전 9:00")
    status, updates, _ = _answer(_buttons(msgs)[1])
    assert status == "accepted" and updates["booking_slot"].startswith("2026-12-01T09:30")


def test_form_books_the_rolled_weekday(flow_store, clock):
    clock.now = THU_EVENING
    status, updates, _ = _answer("목요일 오전 10시")
    assert status == "accepted" and updates["booking_slot"].startswith("2026-12-03T10:00")


# ---- before/after a named day, hangul month names, "A이나 B" ----


@pytest.mark.parametrize(
    "text,window",
    [
        ("크리스마스 전에", (D(2026, 11, 25), D(2026, 12, 24))),
        ("추석 연휴 끝나고", (D(2027, 9, 17), D(2027, 9, 30))),  # 9-14..16 closed, 17 is a Friday
        ("설 지나고", (D(2027, 2, 10), D(2027, 2, 23))),  # 2-6..9 closed
    ],
)
def test_before_and_after_a_named_day(text, window):
    r = parse_when(text, WED)
    assert r["kind"] == "window" and r["window"] == window


@pytest.mark.parametrize(
    "text,day",
    [
        ("시월 9일", D(2027, 10, 9)),
        ("유월 3일", D(2027, 6, 3)),
        ("십이월 마지막 금요일", D(2026, 12, 25)),
        ("삼월 첫째 주 월요일", D(2027, 3, 1)),
    ],
)
def test_hangul_month_names(text, day):
    assert parse_when(text, WED)["date"] == day


def test_hangul_month_words_elsewhere_are_not_dates():
    assert parse_when("이월 상품", WED)["kind"] == "error"


def test_either_of_two_days_is_not_a_mismatch(store):
    r = parse_when("다음주 월요일이나 화요일", WED)
    assert r["kind"] == "day" and r["candidates"] == [D(2026, 11, 30), D(2026, 12, 1)]
    free = [datetime(2026, 12, 1, 10, 0, tzinfo=KST)]  # Monday full, Tuesday open
    c = choose_slot(r, free, now=WED)
    assert c["slot"] == free[0]
