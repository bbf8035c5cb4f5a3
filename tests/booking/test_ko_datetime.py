"""Korean date/time parsing (fixed now: Sunday 2026-11-22 10:00 KST) and slot choice."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bot.booking import KST
from bot.booking.ko_datetime import parse_when
from bot.booking.slot_choice import choose_slot, describe_choice

from .conftest import CENTER, NOW

D = date
T = time

# text -> (date, time, part, ambiguous)
CASES = [
    ("오늘", D(2026, 11, 22), None, None, False),
    ("금일", D(2026, 11, 22), None, None, False),
    ("내일", D(2026, 11, 23), None, None, False),
    ("낼 오후에요", D(2026, 11, 23), None, "pm", False),
    ("모레", D(2026, 11, 24), None, None, False),
    ("내일모레", D(2026, 11, 24), None, None, False),
    ("글피", D(2026, 11, 25), None, None, False),
    ("그글피 오전", D(2026, 11, 26), None, "am", False),
    ("어제", D(2026, 11, 21), None, None, False),
    ("이번 주 화요일", D(2026, 11, 24), None, None, True),  # said on Sunday: the coming one
    ("다음 주 화요일", D(2026, 11, 24), None, None, True),  # Monday-start weeks; Sunday -> ambiguous
    ("다음주 화요일 오후 2시", D(2026, 11, 24), T(14, 0), "pm", True),
    ("다다음주 수요일 10시", D(2026, 12, 2), T(10, 0), "am", True),
    ("담주 목욜 오전 11시", D(2026, 11, 26), T(11, 0), "am", True),
    ("화요일", D(2026, 11, 24), None, None, False),
    ("금요일 3시", D(2026, 11, 27), T(15, 0), "pm", True),
    ("다음 월요일", D(2026, 11, 23), None, None, False),
    ("11월 25일 10시 반", D(2026, 11, 25), T(10, 30), "am", True),
    ("11월25일 오후 4시", D(2026, 11, 25), T(16, 0), "pm", False),
    ("11/25 14:00", D(2026, 11, 25), T(14, 0), "pm", False),
    ("11.26 9:30", D(2026, 11, 26), T(9, 30), "am", False),
    ("2026-11-25 10:30", D(2026, 11, 25), T(10, 30), "am", False),
    ("2026.11.25 13:30", D(2026, 11, 25), T(13, 30), "pm", False),
    ("2026년 12월 3일 오후 3시", D(2026, 12, 3), T(15, 0), "pm", False),
    ("26년 12월 3일", D(2026, 12, 3), None, None, False),
    ("모레 3시", D(2026, 11, 24), T(15, 0), "pm", True),
    ("모레 9시", D(2026, 11, 24), T(9, 0), "am", True),
    ("내일 오전", D(2026, 11, 23), None, "am", False),
    ("내일 아침 9시", D(2026, 11, 23), T(9, 0), "am", False),
    ("내일 점심 1시", D(2026, 11, 23), T(13, 0), "pm", False),
    ("내일 저녁 6시", D(2026, 11, 23), T(18, 0), "pm", False),
    ("12월 1일", D(2026, 12, 1), None, None, False),
    ("1월 5일", D(2027, 1, 5), None, None, False),  # late November -> next year
    ("11월 20일", D(2026, 11, 20), None, None, False),  # just passed: stays in the past
    ("25일 오후 네시", D(2026, 11, 25), T(16, 0), "pm", False),
    ("3일", D(2026, 12, 3), None, None, False),  # day of month already passed -> next month
    ("다음 달 3일 오전 10시", D(2026, 12, 3), T(10, 0), "am", False),
    ("3일 뒤", D(2026, 11, 25), None, None, False),
    ("이틀 후 2시", D(2026, 11, 24), T(14, 0), "pm", True),
    ("일주일 뒤", D(2026, 11, 29), None, None, False),
    ("크리스마스", D(2026, 12, 25), None, None, False),
    ("정오", None, T(12, 0), "pm", False),
    ("10시30분", None, T(10, 30), "am", True),
    ("열시 반", None, T(10, 30), "am", True),
    ("두시", None, T(14, 0), "pm", True),
    ("열두시", None, T(12, 0), "pm", False),
    ("세 시 삼십 분", None, T(15, 30), "pm", True),
    ("오후 2시 반", None, T(14, 30), "pm", False),
    ("오후2시", None, T(14, 0), "pm", False),
    ("오전 10시", None, T(10, 0), "am", False),
    ("14시", None, T(14, 0), "pm", False),
    ("2시쯤이요", None, T(14, 0), "pm", True),
    ("낮 12시", None, T(12, 0), "pm", False),
    ("2pm", None, T(14, 0), "pm", False),
    ("모레 02:00", D(2026, 11, 24), T(2, 0), "am", False),  # leading zero: 24-hour clock
    ("내일 두 시에 갈게요", D(2026, 11, 23), T(14, 0), "pm", True),
    ("네, 세시요", None, T(15, 0), "pm", True),
]


@pytest.mark.parametrize("text,d,t,part,amb", CASES, ids=[c[0] for c in CASES])
def test_parse_forms(text, d, t, part, amb):
    r = parse_when(text, NOW)
    assert r["error"] is None, r
    assert (r["date"], r["time"], r["part"], r["ambiguous"]) == (d, t, part, amb)
    if amb:
        assert r["note"] is None or "이해했어요" in r["note"]


def test_at_least_40_forms():
    assert len(CASES) >= 40


@pytest.mark.parametrize("text", ["아무말", "", "   ", "음… 글쎄요", "asdf", "😀", "시간 없어요", "12345"])
def test_nonsense_gives_korean_error(text):
    r = parse_when(text, NOW)
    assert r["date"] is None and r["time"] is None
    assert r["error"] and "말씀해 주세요" in r["error"]


@pytest.mark.parametrize(
    "text,word",
    [
        ("2월 30일", "2월에는 30일이 없습니다"),
        ("13월 1일", "13월은 없는 달"),
        ("25시", "0시부터 23시"),
        ("10시 75분", "59분"),
        ("2026-02-30", "없습니다"),
        ("24시", "자정"),
    ],
)
def test_invalid_values(text, word):
    r = parse_when(text, NOW)
    assert r["error"] and word in r["error"]


def test_parts_periods_and_specials():
    r = parse_when("저녁에", NOW)
    assert r["part"] == "pm" and r["period"] == "evening" and r["time"] is None and r["error"] is None
    r = parse_when("다음 주", NOW)
    assert r["range"] == (D(2026, 11, 23), D(2026, 11, 29)) and r["date"] is None
    assert parse_when("가장 빠른 시간으로요", NOW)["asap"] is True
    r = parse_when("두 시간 뒤", NOW)
    assert (r["date"], r["time"]) == (D(2026, 11, 22), T(12, 0))
    r = parse_when("이번 주말", NOW)
    assert r["date"] == D(2026, 11, 22)
    r = parse_when("자정", NOW)
    assert r["time"] == T(0, 0)


def test_weekday_relative_on_a_weekday():
    wed = datetime(2026, 11, 25, 10, 0, tzinfo=KST)
    assert parse_when("이번 주 화요일", wed)["date"] == D(2026, 11, 24)  # already over (past)
    assert parse_when("이번 주 금요일", wed)["date"] == D(2026, 11, 27)
    r = parse_when("다음 주 화요일", wed)
    assert r["date"] == D(2026, 12, 1) and r["ambiguous"] is False
    r = parse_when("수요일", wed)
    assert r["date"] == D(2026, 11, 25) and r["ambiguous"] is True
    assert parse_when("지난주 금요일", wed)["date"] == D(2026, 11, 20)


def test_year_rollover_and_leap_day():
    dec = datetime(2026, 12, 30, 10, 0, tzinfo=KST)
    assert parse_when("1월 4일 10시", dec)["date"] == D(2027, 1, 4)
    assert parse_when("다음 달 5일", dec)["date"] == D(2027, 1, 5)
    assert parse_when("2월 29일", NOW)["date"] == D(2028, 2, 29)


def test_naive_now_is_taken_as_kst():
    assert parse_when("내일", datetime(2026, 11, 22, 23, 30))["date"] == D(2026, 11, 23)


# ---- choose_slot ----


@pytest.fixture
def store(make_store, sqlite_url):
    return make_store(sqlite_url)


def test_choose_exact_open_slot(store):
    c = choose_slot(parse_when("11월 25일 10시 반", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 25, 10, 30, tzinfo=KST) and c["exact"] and c["reason"] is None
    assert "11월 25일(수) 오전 10:30" in describe_choice(c)


@pytest.mark.parametrize(
    "text,code,word,first_alt",
    [
        ("11월 20일 10시", "past", "지난", datetime(2026, 11, 23, 9, 0, tzinfo=KST)),
        ("11월 28일 10시", "weekend", "주말", datetime(2026, 11, 30, 9, 0, tzinfo=KST)),
        ("성탄절 10시", "holiday", "성탄절", datetime(2026, 12, 28, 9, 0, tzinfo=KST)),
        ("11월 25일 12시", "lunch", "점심", datetime(2026, 11, 25, 13, 0, tzinfo=KST)),
        ("11월 25일 저녁 7시", "hours", "운영시간", datetime(2026, 11, 26, 9, 0, tzinfo=KST)),
        ("11월 25일 10시 10분", "grid", "30분", datetime(2026, 11, 25, 10, 30, tzinfo=KST)),
        ("아무말", "nonsense", "이해하지 못했어요", datetime(2026, 11, 23, 9, 0, tzinfo=KST)),
    ],
)
def test_choose_gives_reason_and_alternatives(store, text, code, word, first_alt):
    c = choose_slot(parse_when(text, NOW), store, CENTER)
    assert c["slot"] is None and c["code"] == code and word in c["reason"]
    assert c["alternatives"][0] == first_alt and len(c["alternatives"]) == 3
    assert c["reason"] in describe_choice(c)


def test_choose_full_slot(store):
    slot = datetime(2026, 11, 25, 10, 0, tzinfo=KST)
    store.book(CENTER, slot, "가나", "010-1111-0001", {})
    store.book(CENTER, slot, "다라", "010-1111-0002", {})
    c = choose_slot(parse_when("글피 10시", NOW), store, CENTER)
    assert c["code"] == "full" and "찼습니다" in c["reason"] and c["alternatives"][0] == slot + timedelta(minutes=30)


def test_choose_date_and_part(store):
    c = choose_slot(parse_when("내일 오후", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 13, 0, tzinfo=KST) and c["exact"] is False
    assert c["alternatives"][0] == datetime(2026, 11, 23, 13, 30, tzinfo=KST)
    c = choose_slot(parse_when("내일 오전", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 9, 0, tzinfo=KST)
    c = choose_slot(parse_when("이번 주말", NOW), store, CENTER)
    assert c["code"] == "weekend" and c["alternatives"][0] == datetime(2026, 11, 23, 9, 0, tzinfo=KST)
    c = choose_slot(parse_when("내일 저녁", NOW), store, CENTER)
    assert c["slot"] is None and c["code"] == "hours"


def test_choose_time_only_and_asap_and_week(store):
    c = choose_slot(parse_when("3시", NOW), store, CENTER)  # today is Sunday -> Monday 15:00
    assert c["slot"] == datetime(2026, 11, 23, 15, 0, tzinfo=KST) and c["exact"] is False
    c = choose_slot(parse_when("가장 빠른 시간", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 23, 9, 0, tzinfo=KST)
    c = choose_slot(parse_when("다다음 주", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 30, 9, 0, tzinfo=KST)
    c = choose_slot(parse_when("12시", NOW), store, CENTER)
    assert c["code"] == "lunch"


def test_choose_with_a_plain_slot_list():
    free = [datetime(2026, 11, 25, 10, 0, tzinfo=KST), datetime(2026, 11, 25, 11, 0, tzinfo=KST)]
    c = choose_slot(parse_when("글피 10시", NOW), free, now=NOW)
    assert c["slot"] == free[0]
    c = choose_slot(parse_when("글피 10시 반", NOW), free, now=NOW)
    assert c["code"] == "full" and c["alternatives"] == [free[1]]
    c = choose_slot(parse_when("성탄절 오전", NOW), free, now=NOW)
    assert c["code"] == "holiday" and "성탄절" in c["reason"]
    c = choose_slot(parse_when("11월 20일", NOW), free, now=NOW)
    assert c["code"] == "past"


MORE = [
    ("내일 오후 3시 30분", D(2026, 11, 23), T(15, 30)),
    ("목요일 오전 10시", D(2026, 11, 26), T(10, 0)),
    ("다음주 수요일 열시", D(2026, 11, 25), T(10, 0)),
    ("12시 반", None, T(12, 30)),
    ("1시", None, T(13, 0)),
    ("오전 9시 30분", None, T(9, 30)),
    ("11월 30일 월요일 2시", D(2026, 11, 30), T(14, 0)),
    ("내일 10시에 방문 가능할까요?", D(2026, 11, 23), T(10, 0)),
    ("여섯시", None, T(18, 0)),
    ("일곱시", None, T(7, 0)),
]


@pytest.mark.parametrize("text,d,t", MORE, ids=[m[0] for m in MORE])
def test_more_everyday_forms(text, d, t):
    r = parse_when(text, NOW)
    assert r["error"] is None and (r["date"], r["time"]) == (d, t)


def test_weekday_that_contradicts_the_date_is_flagged():
    r = parse_when("11월 30일 화요일 10시", NOW)
    assert r["date"] == D(2026, 11, 30) and r["time"] == T(10, 0)
    assert r["ambiguous"] is True and "월요일" in r["note"]
    assert parse_when("11월 30일 월요일", NOW)["ambiguous"] is False


def test_parse_when_never_raises_on_arbitrary_text():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(
        list("0123456789:/.- 시분반월일년오전후내일모레다음주화수목금토요정오아침저녁한두세열") + ["요일"]
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(st.one_of(st.text(max_size=40), st.lists(alphabet, max_size=15).map("".join)))
    def check(text):
        r = parse_when(text, NOW)
        assert set(r) >= {"date", "time", "part", "ambiguous", "error"}
        assert r["error"] is None or (isinstance(r["error"], str) and any("가" <= ch <= "힣" for ch in r["error"]))
        if r["error"] is None:
            assert (
                r["date"]
                or r["time"]
                or r["part"]
                or r["period"]
                or r["range"]
                or r["asap"]
                or r["before"]
                or r["after"]
            )
            assert r["kind"] != "error"
        else:
            assert r["kind"] == "error"
        if r["time"] is not None:
            assert isinstance(r["time"], time)

    check()


def test_choose_time_within_a_week(store):
    c = choose_slot(parse_when("다다음 주 2시", NOW), store, CENTER)
    assert c["slot"] == datetime(2026, 11, 30, 14, 0, tzinfo=KST) and c["exact"] is False
