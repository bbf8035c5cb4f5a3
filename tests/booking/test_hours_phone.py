from datetime import date, datetime, time, timedelta

import pytest

from bot.booking import (
    KST,
    InvalidInput,
    check_slot_rules,
    day_closed_reason,
    day_slots,
    holiday_name,
    mask_phone,
    normalize_phone,
)
from bot.booking.phone import mask_name
from bot.booking.display import format_slot_ko

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=KST)
LEAD = timedelta(hours=2)


def test_weekday_grid_has_16_slots_without_lunch():
    slots = day_slots(date(2026, 11, 25))
    assert len(slots) == 16
    assert slots[0] == datetime(2026, 11, 25, 9, 0, tzinfo=KST)
    assert slots[-1] == datetime(2026, 11, 25, 17, 30, tzinfo=KST)
    times = [s.time() for s in slots]
    assert time(11, 30) in times and time(13, 0) in times
    assert time(12, 0) not in times and time(12, 30) not in times
    assert all(s.tzinfo is not None and s.utcoffset() == timedelta(hours=9) for s in slots)


@pytest.mark.parametrize(
    "d,code,word",
    [
        (date(2026, 11, 28), "weekend", "주말"),
        (date(2026, 11, 29), "weekend", "주말"),
        (date(2026, 12, 25), "holiday", "성탄절"),
        (date(2027, 2, 8), "holiday", "설날"),
        (date(2027, 2, 9), "holiday", "대체"),  # substitute holiday for 설날
        (date(2026, 10, 9), "holiday", "한글날"),
        (date(2026, 6, 3), "holiday", "선거"),  # local election day 2026
    ],
)
def test_closed_days(d, code, word):
    got = day_closed_reason(d)
    assert got is not None and got[0] == code and word in got[1]
    assert day_slots(d) == []


def test_open_day_and_holiday_name():
    assert day_closed_reason(date(2026, 11, 23)) is None
    assert holiday_name(date(2026, 11, 23)) is None
    assert holiday_name(date(2026, 12, 25)) == "성탄절"


@pytest.mark.parametrize(
    "dt,code",
    [
        (datetime(2026, 11, 21, 10, 0, tzinfo=KST), "past"),
        (datetime(2026, 11, 22, 9, 30, tzinfo=KST), "past"),
        (datetime(2026, 11, 28, 10, 0, tzinfo=KST), "weekend"),
        (datetime(2026, 12, 25, 10, 0, tzinfo=KST), "holiday"),
        (datetime(2026, 11, 25, 12, 0, tzinfo=KST), "lunch"),
        (datetime(2026, 11, 25, 12, 30, tzinfo=KST), "lunch"),
        (datetime(2026, 11, 25, 8, 30, tzinfo=KST), "hours"),
        (datetime(2026, 11, 25, 18, 0, tzinfo=KST), "hours"),
        (datetime(2026, 11, 25, 10, 15, tzinfo=KST), "grid"),
        (datetime(2027, 3, 2, 10, 0, tzinfo=KST), "horizon"),
    ],
)
def test_rule_codes(dt, code):
    r = check_slot_rules(dt, NOW, LEAD, horizon_days=60)
    assert not r.open and r.code == code and r.reason


def test_lead_time_applies_to_the_next_open_day():
    now = datetime(2026, 11, 23, 9, 40, tzinfo=KST)  # Monday
    assert check_slot_rules(datetime(2026, 11, 23, 11, 30, tzinfo=KST), now, LEAD).code == "lead_time"
    assert check_slot_rules(datetime(2026, 11, 23, 11, 30, tzinfo=KST), now, timedelta(0)).open
    assert check_slot_rules(datetime(2026, 11, 23, 13, 0, tzinfo=KST), now, LEAD).open
    assert "2시간" in check_slot_rules(datetime(2026, 11, 23, 10, 0, tzinfo=KST), now, LEAD).reason


def test_utc_input_is_converted_to_kst():
    # 01:00 UTC == 10:00 KST on a Wednesday
    from datetime import timezone

    assert check_slot_rules(datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc), NOW, LEAD).open
    assert check_slot_rules(datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc), NOW, LEAD).code == "lunch"


@pytest.mark.parametrize(
    "raw",
    [
        "010-1234-5678",
        "01012345678",
        "010 1234 5678",
        "+82 10-1234-5678",
        "+82-10-1234-5678",
        "+821012345678",
        "0082 10 1234 5678",
        "010.1234.5678",
        " 010-1234-5678 ",
        "０１０-１２３４-５６７８",
        "(010) 1234-5678",
        "+82 010-1234-5678",
    ],
)
def test_phone_forms_normalise(raw):
    assert normalize_phone(raw) == "010-1234-5678"


def test_legacy_mobile_prefix():
    assert normalize_phone("011-234-5678") == "011-234-5678"
    assert normalize_phone("01712345678") == "017-1234-5678"


@pytest.mark.parametrize(
    "raw",
    [
        "02-1234-5678",
        "031-123-4567",
        "070-1234-5678",
        "1588-1234",
        "0505-123-4567",
        "010-123-456",
        "010-1234-56789",
        "abc",
        "",
        "010-abcd-5678",
        "12345678901",
        "+1 415 555 1234",
        None,
        1012345678,
        "010-1234-5678 010-1111-2222",
    ],
)
def test_phone_rejects_landlines_and_garbage(raw):
    with pytest.raises(InvalidInput) as ei:
        normalize_phone(raw)
    assert "휴대전화" in str(ei.value)


def test_masking():
    assert mask_phone("010-1234-5678") == "010-****-5678"
    assert mask_phone("01012345678") == "010-****-5678"
    assert mask_phone("011-234-5678") == "011-***-5678"
    assert mask_phone("garbage") == "***-****-****"
    assert mask_name("홍길동") == "홍*동"
    assert mask_name("김철") == "김*"
    assert mask_name("남궁민수") == "남**수"


def test_format_slot_ko():
    assert format_slot_ko(datetime(2026, 11, 25, 10, 0, tzinfo=KST)) == "11월 25일(수) 오전 10:00"
    assert format_slot_ko(datetime(2026, 11, 25, 12, 30, tzinfo=KST)) == "11월 25일(수) 오후 12:30"
    assert format_slot_ko(datetime(2026, 11, 25, 14, 0, tzinfo=KST)) == "11월 25일(수) 오후 2:00"
    assert format_slot_ko(datetime(2027, 1, 5, 9, 0, tzinfo=KST), now=NOW) == "2027년 1월 5일(화) 오전 9:00"


def test_summary_helpers_are_tolerant():
    from bot.booking.display import summary_desks, summary_documents, summary_verdict_lines

    s = {
        "documents_to_bring": ["신분증", "신분증", " 통장 사본 "],
        "desks_to_visit": [{"name": "복지 창구"}],
        "verdicts": [
            {"program": "국민취업지원제도", "verdict": "likely"},
            {"program": "긴급복지 생계지원", "verdict": "need_more"},
            "junk",
        ],
    }
    assert summary_documents(s) == ["신분증", "통장 사본"]
    assert summary_desks(s) == ["복지 창구"]
    assert summary_verdict_lines(s) == ["국민취업지원제도: 가능성 높음", "긴급복지 생계지원: 정보 더 필요"]
    assert summary_verdict_lines({"programs": {"구직급여": "unlikely"}}) == ["구직급여: 어려울 수 있음"]
    assert summary_documents({}) == [] and summary_desks(None) == []


def test_confirmation_names_the_first_documents_and_counts_the_rest():
    """Held as a citizen: the confirmation listed ten documents (a wall of text); the full list is on the
    counselor's card, the chat names the first three."""
    from types import SimpleNamespace

    from bot.booking import KST
    from bot.booking.display import booking_confirmation_text

    docs = [f"서류 {i}" for i in range(1, 16)]
    b = SimpleNamespace(
        status="booked",
        code="987PA9",
        center="인천북부고용센터",
        name="김민지",
        phone="010-2345-6789",
        start=datetime(2026, 12, 4, 10, 0, tzinfo=KST),
        summary={"documents": docs},
    )
    text = booking_confirmation_text(b)
    assert "서류 3" in text and "서류 4" not in text and "외 12건" in text
    assert "010-2345-6789" not in text and "987PA9" in text
