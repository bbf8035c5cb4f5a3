"""Retention of booking personal data (개인정보보호법: keep it only while it is needed):
purge_personal_data erases name, phone, screening summary and counselor note of bookings whose
slot is older than the retention period, keeps what statistics need, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.booking import KST, InvalidInput, NotFound

from .conftest import CENTER

MON = datetime(2026, 11, 23, 10, 0, tzinfo=KST)
SUMMARY = {"needs": ["employment"], "verdicts": [{"program": "unemployment_benefit", "verdict": "likely"}]}


def test_old_bookings_lose_personal_data_recent_ones_keep_it(store, clock):
    old = store.book(CENTER, MON, "홍길동", "010-1234-5678", SUMMARY)
    new = store.book(CENTER, MON + timedelta(days=14), "김영희", "010-2222-3333", SUMMARY)
    clock.advance(days=1)
    store.set_outcome(old.code, "visited", ["복지상담"], "주민번호 900101-1234567 확인, 부채 상담 연계", "상담사1")

    clock.advance(days=10)  # the old slot is exactly 10 days past: not yet
    assert store.purge_personal_data(10) == 0
    clock.advance(hours=1)  # now it is older than 10 days; the new one is still ahead
    assert store.purge_personal_data(10) == 1
    gone = store.staff_get(old.code)
    assert (gone.name, gone.phone, gone.outcome_note) == ("", "", None)
    assert gone.purged and gone.summary == {"purged": True}
    # statistics survive: center, slot, status, 연계 desks, who recorded the outcome
    assert (gone.center, gone.start, gone.status, gone.linked_desks, gone.outcome_by) == (
        CENTER,
        MON,
        "visited",
        ["복지상담"],
        "상담사1",
    )
    d = gone.to_dict(mask=True)
    assert d["purged"] is True and d["name"] == "" and d["phone"] == ""
    kept = store.staff_get(new.code)
    assert (kept.name, kept.phone, kept.summary) == ("김영희", "010-2222-3333", SUMMARY) and not kept.purged
    with pytest.raises(NotFound):  # the citizen's code + phone no longer match anything
        store.get(old.code, "010-1234-5678")
    assert store.purge_personal_data(10) == 0  # idempotent
    assert [b.code for b in store.list_bookings()] == [old.code, new.code]


def test_purge_needs_a_real_period(store):
    for bad in (0, -5, None):
        with pytest.raises(InvalidInput):
            store.purge_personal_data(bad)


def test_purged_seat_still_counts_and_a_later_booking_is_unaffected(store, clock):
    b = store.book(CENTER, MON, "홍길동", "010-1234-5678", SUMMARY)
    clock.advance(days=40)
    assert store.purge_personal_data(30) == 1
    assert store.active_count(CENTER, MON) == 1  # history is not rewritten, only anonymised
    later = store.free_slots(CENTER, limit=1)[0]
    c = store.book(CENTER, later, "이순신", "010-9999-8888", SUMMARY)
    assert store.get(c.code, "010-9999-8888").name == "이순신"
    assert store.staff_get(b.code).purged
