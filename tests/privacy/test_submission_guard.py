"""bot.booking.guard: a booking is built only from values the server re-checked (issue 13 items 1 and 6)."""

from datetime import date, datetime, timedelta

import pytest

from bot.booking import KST, BookingStore
from bot.booking.guard import BookingQuota, validate_submission

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=KST)  # Monday
CENTER = "서울강남고용센터"


@pytest.fixture
def store(tmp_path):
    s = BookingStore(f"sqlite:///{tmp_path / 'b.db'}", capacity=1, clock=lambda: NOW)
    yield s
    s.close()


def _slots(store, **kw):
    free = store.free_slots(CENTER, limit=1)[0]
    base = {
        "center_name": CENTER,
        "booking_slot": free.isoformat(),
        "needs": ["employment", "debt"],
        "booking_name": "sealed:xyz",
        "consent": "given",
    }
    base.update(kw)
    return base


def test_a_real_dialogue_submission_passes_and_the_summary_slot_is_dropped(store):
    check = validate_submission(_slots(store, booking_summary={"verdict": "상담사 확인 완료"}), store)
    assert check.ok, check.message_ko
    assert check.center == CENTER and check.slots["needs"] == ["employment", "debt"]
    assert "booking_summary" not in check.slots  # rebuilt server-side, never taken from a slot


@pytest.mark.parametrize(
    "center",
    [
        "<img src=x onerror=alert(1)>센터",
        "없는고용센터",
        "",
        "강남",
        123,
        "서울강남고용센터<script>",
    ],
)
def test_forged_center_names_are_refused(store, center):
    check = validate_submission(_slots(store, center_name=center), store)
    assert not check.ok and check.field == "center_name"
    assert "센터" in check.message_ko


def test_a_slot_that_is_not_free_is_refused(store):
    slots = _slots(store)
    start = datetime.fromisoformat(slots["booking_slot"])
    store.book(CENTER, start, "김하나", "010-2222-3333", {})
    check = validate_submission(slots, store)
    assert not check.ok and check.field == "booking_slot"


@pytest.mark.parametrize(
    "slot",
    [
        "2026-11-23T12:00:00+09:00",  # lunch
        "2026-11-22T10:00:00+09:00",  # the past (a Sunday)
        "2026-11-23T10:07:00+09:00",  # off the grid
        "2026-11-23T10:00:00",  # no time zone
        "내일 3시",
        None,
        "9" * 500,
    ],
)
def test_unreal_slots_are_refused(store, slot):
    check = validate_submission(_slots(store, booking_slot=slot), store)
    assert not check.ok and check.field == "booking_slot"


@pytest.mark.parametrize("needs", [["employment", "hack"], "employment", [{"a": 1}], ["debt"] * 11])
def test_unknown_needs_are_refused(store, needs):
    check = validate_submission(_slots(store, needs=needs), store)
    assert not check.ok and check.field == "needs"


def test_duplicate_needs_are_merged(store):
    check = validate_submission(_slots(store, needs=["debt", "debt"]), store)
    assert check.ok and check.slots["needs"] == ["debt"]


def test_markup_in_a_plain_name_is_refused(store):
    check = validate_submission(_slots(store, booking_name="<b>홍길동</b>"), store)
    assert not check.ok and check.field == "booking_name"


def test_daily_cap_per_center_per_sender_and_per_phone(store):
    today = [date(2026, 11, 23)]
    quota = BookingQuota(cap=2, today=lambda: today[0])
    for _ in range(2):
        assert validate_submission(_slots(store), store, sender_id="web-a", phone="01011112222", quota=quota).ok
        quota.record(CENTER, sender_id="web-a", phone="01011112222")
    again = validate_submission(_slots(store), store, sender_id="web-a", phone="01099998888", quota=quota)
    assert not again.ok and again.field == "quota" and "센터로 전화" in again.message_ko
    # a new device with the same phone is capped too
    assert not validate_submission(_slots(store), store, sender_id="web-b", phone="010-1111-2222", quota=quota).ok
    # another person is not affected; the next day the cap starts again
    assert validate_submission(_slots(store), store, sender_id="web-c", phone="01033334444", quota=quota).ok
    today[0] += timedelta(days=1)
    assert validate_submission(_slots(store), store, sender_id="web-a", phone="01011112222", quota=quota).ok
