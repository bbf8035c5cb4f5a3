"""Booking lifecycle on SQLite and PostgreSQL (db_url is parametrised)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from bot.booking import KST, BookingStore, InvalidInput, NotFound, SlotUnavailable, booking_confirmation_text
from bot.booking.store import CODE_ALPHABET

from .conftest import CENTER, OTHER_CENTER

WED10 = datetime(2026, 11, 25, 10, 0, tzinfo=KST)
SUMMARY = {
    "needs": ["employment", "livelihood"],
    "verdicts": [{"program": "구직급여", "verdict": "likely", "rule": "고용보험법 제40조", "year": 2026}],
    "desks": ["실업급여 창구", "복지 상담 창구"],
    "documents": ["신분증", "이직확인서(회사 제출 여부 확인)"],
}


def _book(store, start=WED10, phone="010-1234-5678", name="홍길동", center=CENTER, summary=SUMMARY):
    return store.book(center, start, name, phone, summary)


def test_free_slots_skip_weekend_lunch_and_respect_limit(store):
    slots = store.free_slots(CENTER)
    # now = Sunday 10:00 -> Monday 09:00 is the first slot
    assert slots == [datetime(2026, 11, 23, h, m, tzinfo=KST) for h, m in [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0)]]
    after = store.free_slots(CENTER, after=datetime(2026, 11, 23, 11, 10, tzinfo=KST), limit=3)
    assert after == [
        datetime(2026, 11, 23, 11, 30, tzinfo=KST),
        datetime(2026, 11, 23, 13, 0, tzinfo=KST),
        datetime(2026, 11, 23, 13, 30, tzinfo=KST),
    ]
    fri = store.free_slots(CENTER, after=datetime(2026, 11, 27, 17, 30, tzinfo=KST), limit=2)
    assert fri == [datetime(2026, 11, 27, 17, 30, tzinfo=KST), datetime(2026, 11, 30, 9, 0, tzinfo=KST)]
    # Christmas (Fri) is skipped
    xmas = store.free_slots(CENTER, after=datetime(2026, 12, 24, 17, 30, tzinfo=KST), limit=2)
    assert xmas == [datetime(2026, 12, 24, 17, 30, tzinfo=KST), datetime(2026, 12, 28, 9, 0, tzinfo=KST)]
    assert store.free_slots(CENTER, limit=0) == []
    # past 'after' is clamped to now + lead time
    assert store.free_slots(CENTER, after=datetime(2026, 1, 1, tzinfo=KST), limit=1) == slots[:1]


def test_lead_time_on_a_weekday(make_store, db_url, clock):
    clock.now = datetime(2026, 11, 23, 9, 40, tzinfo=KST)
    s = make_store(db_url)
    assert s.free_slots(CENTER, limit=1) == [datetime(2026, 11, 23, 13, 0, tzinfo=KST)]  # 11:40+ -> lunch -> 13:00
    st = s.slot_status(CENTER, datetime(2026, 11, 23, 11, 0, tzinfo=KST))
    assert st["open"] is False and st["code"] == "lead_time" and "2시간" in st["reason"]
    s2 = make_store(db_url, lead_time=timedelta(minutes=30))
    assert s2.free_slots(CENTER, limit=1) == [datetime(2026, 11, 23, 10, 30, tzinfo=KST)]


def test_slot_status_reasons(store):
    assert store.slot_status(CENTER, WED10) == {"open": True, "reason": None, "code": None, "free": 2}
    xmas = store.slot_status(CENTER, datetime(2026, 12, 25, 10, 0, tzinfo=KST))
    assert xmas["open"] is False and "성탄절" in xmas["reason"] and xmas["free"] == 0
    assert "주말" in store.slot_status(CENTER, datetime(2026, 11, 28, 10, 0, tzinfo=KST))["reason"]
    assert "점심" in store.slot_status(CENTER, datetime(2026, 11, 25, 12, 0, tzinfo=KST))["reason"]
    assert "운영시간" in store.slot_status(CENTER, datetime(2026, 11, 25, 19, 0, tzinfo=KST))["reason"]
    assert "지난" in store.slot_status(CENTER, datetime(2026, 11, 20, 10, 0, tzinfo=KST))["reason"]
    _book(store)
    assert store.slot_status(CENTER, WED10)["free"] == 1
    _book(store, phone="010-2222-3333")
    full = store.slot_status(CENTER, WED10)
    assert full["open"] is False and full["code"] == "full" and "찼습니다" in full["reason"]
    # another centre is independent
    assert store.slot_status(OTHER_CENTER, WED10)["free"] == 2


def test_book_get_cancel_reschedule_outcome_lifecycle(store, clock):
    b = _book(store, phone="+82 10-1234-5678", name="  홍길동 ")
    assert len(b.code) == 6 and set(b.code) <= set(CODE_ALPHABET)
    assert b.phone == "010-1234-5678" and b.name == "홍길동" and b.status == "booked"
    assert b.start == WED10 and b.start.utcoffset() == timedelta(hours=9)
    assert b.summary == SUMMARY and b.seat_no == 1
    assert b.created_at == clock.now

    got = store.get(b.code.lower(), "01012345678")
    assert got.code == b.code and got.summary == SUMMARY and got.start == WED10

    clock.advance(minutes=5)
    new = datetime(2026, 11, 26, 14, 30, tzinfo=KST)
    moved = store.reschedule(b.code, "010-1234-5678", new)
    assert moved.start == new and moved.status == "booked" and moved.updated_at == clock.now
    assert store.active_count(CENTER, WED10) == 0 and store.active_count(CENTER, new) == 1
    # same slot again: no-op
    assert store.reschedule(b.code, "010-1234-5678", new).start == new

    c = store.cancel(b.code, "010 1234 5678")
    assert c.status == "cancelled" and c.seat_no is None
    assert store.active_count(CENTER, new) == 0
    assert store.cancel(b.code, "010-1234-5678").status == "cancelled"  # idempotent
    with pytest.raises(InvalidInput):
        store.reschedule(b.code, "010-1234-5678", WED10)

    b2 = _book(store, phone="010-9999-8888")
    with pytest.raises(InvalidInput):  # before the appointment day
        store.set_outcome(b2.code, "visited", ["고용센터 취업지원"], "메모", "상담사1")
    clock.now = datetime(2026, 11, 25, 10, 40, tzinfo=KST)
    done = store.set_outcome(
        b2.code,
        "visited",
        ["취업성공패키지 창구", "주거 상담", "주거 상담"],
        "국민취업지원제도 안내, 주민번호 900101-1234567 들음",
        "상담사1",
    )
    assert done.status == "visited" and done.linked_desks == ["취업성공패키지 창구", "주거 상담"]
    assert done.outcome_by == "상담사1" and done.outcome_at == clock.now
    assert "1234567" not in done.outcome_note  # 주민등록번호 never stored
    with pytest.raises(InvalidInput):
        store.cancel(b2.code, "010-9999-8888")
    assert store.set_outcome(b2.code, "no_show", [], "", "상담사2").status == "no_show"
    with pytest.raises(InvalidInput):
        store.set_outcome(c.code, "visited", [], "", "상담사1")  # cancelled stays cancelled
    with pytest.raises(InvalidInput):
        store.set_outcome(b2.code, "done", [], "", "상담사1")
    with pytest.raises(NotFound):
        store.set_outcome("ZZZZZZ", "visited", [], "", "상담사1")


def test_list_bookings_filters(store):
    a = _book(store)
    b = _book(store, phone="010-2222-3333", start=datetime(2026, 11, 26, 9, 0, tzinfo=KST))
    c = _book(store, phone="010-4444-5555", center=OTHER_CENTER)
    store.cancel(c.code, "010-4444-5555")
    assert [x.code for x in store.list_bookings()] == [c.code, a.code, b.code]  # by time, then centre
    assert [x.code for x in store.list_bookings(center=CENTER)] == [a.code, b.code]
    assert [x.code for x in store.list_bookings(day=date(2026, 11, 26))] == [b.code]
    assert [x.code for x in store.list_bookings(status="cancelled")] == [c.code]
    assert store.list_bookings(center=CENTER, day=date(2026, 11, 25), status="booked")[0].phone == "010-1234-5678"
    with pytest.raises(InvalidInput):
        store.list_bookings(status="nope")


def test_capacity_per_center(make_store, db_url):
    s = make_store(db_url, capacity=1, capacity_by_center={OTHER_CENTER: 3})
    assert s.slot_status(CENTER, WED10)["free"] == 1
    assert s.slot_status(OTHER_CENTER, WED10)["free"] == 3
    _book(s)
    with pytest.raises(SlotUnavailable):
        _book(s, phone="010-2222-3333")
    for i in range(3):
        _book(s, center=OTHER_CENTER, phone=f"010-3333-000{i}")
    with pytest.raises(SlotUnavailable) as ei:
        _book(s, center=OTHER_CENTER, phone="010-3333-0009")
    assert ei.value.next_free and ei.value.next_free[0] == WED10 + timedelta(minutes=30)
    closed = make_store(db_url, capacity_by_center={CENTER: 0})
    assert closed.slot_status(CENTER, WED10)["open"] is False
    assert closed.free_slots(CENTER) == []


def test_capacity_file_from_env(tmp_path, monkeypatch, make_store, db_url):
    f = tmp_path / "cap.json"
    f.write_text(json.dumps({CENTER: 4}), encoding="utf-8")
    monkeypatch.setenv("BOOKING_CAPACITY_FILE", str(f))
    assert make_store(db_url).slot_status(CENTER, WED10)["free"] == 4
    f.write_text(json.dumps({CENTER: "many"}), encoding="utf-8")
    with pytest.raises(ValueError):
        make_store(db_url)


def test_full_slot_error_is_polite_and_offers_next(store):
    _book(store)
    _book(store, phone="010-2222-3333")
    with pytest.raises(SlotUnavailable) as ei:
        _book(store, phone="010-4444-5555")
    e = ei.value
    assert "찼습니다" in e.reason_ko and "다른 시간" in e.reason_ko and e.code == "full"
    assert e.next_free == [WED10 + timedelta(minutes=30 * k) for k in (1, 2, 3)]


@pytest.mark.parametrize(
    "start,word,first_alt",
    [
        (datetime(2026, 11, 25, 12, 0, tzinfo=KST), "점심", datetime(2026, 11, 25, 13, 0, tzinfo=KST)),
        (datetime(2026, 12, 25, 10, 0, tzinfo=KST), "성탄절", datetime(2026, 12, 28, 9, 0, tzinfo=KST)),
        (datetime(2026, 11, 28, 10, 0, tzinfo=KST), "주말", datetime(2026, 11, 30, 9, 0, tzinfo=KST)),
        (datetime(2026, 11, 20, 10, 0, tzinfo=KST), "지난", datetime(2026, 11, 23, 9, 0, tzinfo=KST)),
        (datetime(2026, 11, 25, 20, 0, tzinfo=KST), "운영시간", datetime(2026, 11, 26, 9, 0, tzinfo=KST)),
    ],
)
def test_closed_slot_booking_refused_with_reason(store, start, word, first_alt):
    with pytest.raises(SlotUnavailable) as ei:
        _book(store, start=start)
    assert word in ei.value.reason_ko and ei.value.next_free[0] == first_alt
    assert store.list_bookings() == []


def test_not_found_is_the_same_for_wrong_code_and_wrong_phone(store):
    b = _book(store)
    with pytest.raises(NotFound) as wrong_phone:
        store.get(b.code, "010-0000-0000")
    other = "A" * 6 if b.code != "A" * 6 else "B" * 6
    with pytest.raises(NotFound) as wrong_code:
        store.get(other, "010-1234-5678")
    with pytest.raises(NotFound) as bad_code:
        store.get("0O1I!!", "010-1234-5678")
    assert str(wrong_phone.value) == str(wrong_code.value) == str(bad_code.value)
    for op in (
        lambda: store.cancel(b.code, "010-0000-0000"),
        lambda: store.reschedule(b.code, "010-0000-0000", WED10 + timedelta(hours=1)),
    ):
        with pytest.raises(NotFound):
            op()
    assert store.get(b.code, "010-1234-5678").status == "booked"
    with pytest.raises(InvalidInput):
        store.get(b.code, "02-123-4567")


@pytest.mark.parametrize(
    "kwargs,word",
    [
        ({"name": ""}, "성함"),
        ({"name": "홍길동123"}, "성함"),
        ({"name": "가" * 41}, "성함"),
        ({"phone": "02-123-4567"}, "휴대전화"),
        ({"summary": ["not", "a", "dict"]}, "요약"),
        ({"summary": {"x": float("nan")}}, "요약"),
        ({"summary": {"x": object()}}, "요약"),
        ({"summary": {"x": "가" * 10000}}, "너무 깁니다"),
        ({"center": ""}, "센터"),
    ],
)
def test_invalid_input(store, kwargs, word):
    with pytest.raises(InvalidInput) as ei:
        _book(store, **kwargs)
    assert word in str(ei.value)
    assert store.list_bookings() == []


def test_unknown_center_when_directory_given(make_store, db_url):
    s = make_store(db_url, known_centers=[CENTER])
    with pytest.raises(InvalidInput):
        _book(s, center="없는센터")
    assert _book(s).center == CENTER


def test_same_phone_limits(store):
    _book(store)
    with pytest.raises(InvalidInput) as ei:
        _book(store)
    assert "같은 시간" in str(ei.value)
    _book(store, start=WED10 + timedelta(hours=1))
    _book(store, start=WED10 + timedelta(hours=3))
    with pytest.raises(InvalidInput) as ei:
        _book(store, start=WED10 + timedelta(hours=4))
    assert "3건" in str(ei.value)


def test_summary_rrn_is_redacted(store):
    b = _book(store, summary={"note": "주민번호 900101-1234567, 연락 010-1234-5678"})
    assert "1234567," not in json.dumps(b.summary, ensure_ascii=False)
    assert "900101-1******" in b.summary["note"]


def test_codes_are_unique(make_store, db_url, monkeypatch):
    s = make_store(db_url, capacity=50, max_active_per_phone=1000)
    codes = {
        _book(s, phone=f"010-5555-{i:04d}", start=WED10 + timedelta(minutes=30 * (i % 4))).code for i in range(120)
    }
    assert len(codes) == 120
    # forced collision: the generator returns an existing code first, then a fresh one
    import bot.booking.store as mod

    existing = next(iter(codes))
    seq = iter([existing, existing, "ZZZZZ2"])
    monkeypatch.setattr(mod, "new_code", lambda: next(seq))
    b = _book(s, phone="010-7777-0000")
    assert b.code == "ZZZZZ2"
    assert s.active_count(CENTER, WED10) == 31


@pytest.mark.parametrize("stage", ["book:inserted"])
def test_failure_mid_book_leaves_no_row(store, stage):
    def boom(st):
        if st == stage:
            raise RuntimeError("injected")

    store._fault_hook = boom
    with pytest.raises(RuntimeError):
        _book(store)
    store._fault_hook = None
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM bookings")).scalar() == 0
    assert store.slot_status(CENTER, WED10)["free"] == 2


def test_failure_mid_reschedule_cancel_outcome_changes_nothing(store, clock):
    b = _book(store)
    new = WED10 + timedelta(days=1)

    def boom(st):
        raise RuntimeError(st)

    store._fault_hook = boom
    with pytest.raises(RuntimeError):
        store.reschedule(b.code, "010-1234-5678", new)
    with pytest.raises(RuntimeError):
        store.cancel(b.code, "010-1234-5678")
    with pytest.raises(RuntimeError):
        store.set_outcome(b.code, "cancelled", ["x"], "note", "상담사")
    store._fault_hook = None
    same = store.get(b.code, "010-1234-5678")
    assert same.start == WED10 and same.status == "booked" and same.seat_no == 1 and same.linked_desks == []
    assert store.active_count(CENTER, WED10) == 1 and store.active_count(CENTER, new) == 0


def test_reschedule_to_full_or_closed_slot_keeps_old_booking(store):
    b = _book(store)
    target = WED10 + timedelta(hours=1)
    _book(store, start=target, phone="010-2222-0001")
    _book(store, start=target, phone="010-2222-0002")
    with pytest.raises(SlotUnavailable) as ei:
        store.reschedule(b.code, "010-1234-5678", target)
    assert "그대로 유지" in ei.value.reason_ko and ei.value.next_free
    with pytest.raises(SlotUnavailable) as ei:
        store.reschedule(b.code, "010-1234-5678", datetime(2026, 12, 25, 10, 0, tzinfo=KST))
    assert "성탄절" in ei.value.reason_ko
    assert store.get(b.code, "010-1234-5678").start == WED10
    assert store.active_count(CENTER, WED10) == 1


def test_past_booking_cannot_be_cancelled_or_moved(store, clock):
    b = _book(store)
    clock.now = WED10 + timedelta(minutes=10)
    with pytest.raises(InvalidInput):
        store.cancel(b.code, "010-1234-5678")
    with pytest.raises(InvalidInput):
        store.reschedule(b.code, "010-1234-5678", WED10 + timedelta(days=1))


def test_confirmation_text(store):
    b = _book(store, summary=dict(SUMMARY, documents=[f"서류 {i} " + "가" * 60 for i in range(40)]))
    t = booking_confirmation_text(b)
    assert len(t) <= 1000
    assert b.code in t and CENTER in t and "11월 25일(수) 오전 10:00" in t
    assert "010-****-5678" in t and "1234" not in t.replace(b.code, "")
    assert "홍*동" in t and "최종 결정은 담당 기관에서 합니다" in t
    assert "실업급여 창구" in t and "서류 0" in t
    short = booking_confirmation_text(_book(store, phone="010-2222-3333", summary=SUMMARY))
    assert "이직확인서" in short and "신분증" in short
    c = store.cancel(b.code, "010-1234-5678")
    assert "취소" in booking_confirmation_text(c)


def test_to_dict_masks(store):
    b = _book(store)
    d = b.to_dict()
    assert d["phone"] == "010-****-5678" and d["name"] == "홍*동" and d["start"] == "2026-11-25T10:00:00+09:00"
    assert b.to_dict(mask=False)["phone"] == "010-1234-5678"
    json.dumps(d, ensure_ascii=False)


def test_default_url_is_repo_var_sqlite(monkeypatch):
    from bot.booking.connection import DEFAULT_SQLITE_PATH, resolve_url

    monkeypatch.delenv("BOOKING_DB_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert resolve_url() == f"sqlite:///{DEFAULT_SQLITE_PATH}"
    assert DEFAULT_SQLITE_PATH.parent.name == "var" and DEFAULT_SQLITE_PATH.parent.is_dir()
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    assert resolve_url() == "postgresql://u@h/db"
    monkeypatch.setenv("BOOKING_DB_URL", "sqlite:///x.db")
    assert resolve_url() == "sqlite:///x.db"


def test_lowered_capacity_is_respected(make_store, db_url):
    s3 = make_store(db_url, capacity=3)
    for i in range(3):
        _book(s3, phone=f"010-8000-000{i}")
    s3.cancel(s3.list_bookings()[0].code, "010-8000-0000")  # frees seat 1; seats 2 and 3 stay
    s2 = make_store(db_url, capacity=2)
    assert s2.slot_status(CENTER, WED10)["free"] == 0
    with pytest.raises(SlotUnavailable):
        _book(s2, phone="010-8000-0009")
    assert s3.slot_status(CENTER, WED10)["free"] == 1


def test_in_memory_sqlite_for_quick_use(clock):
    s = BookingStore("sqlite://", clock=clock)
    try:
        b = _book(s)
        assert s.get(b.code, "010-1234-5678").code == b.code
        _book(s, phone="010-2222-3333")
        with pytest.raises(SlotUnavailable) as ei:
            _book(s, phone="010-4444-5555")
        assert ei.value.next_free
        s.reschedule(b.code, "010-1234-5678", WED10 + timedelta(hours=1))
    finally:
        s.close()


def test_staff_get_by_code_only(store):
    b = _book(store)
    assert store.staff_get(b.code.lower()).phone == "010-1234-5678"
    with pytest.raises(NotFound):
        store.staff_get("ZZZZZZ" if b.code != "ZZZZZZ" else "YYYYYY")
