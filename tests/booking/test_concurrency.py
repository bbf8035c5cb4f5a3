"""Never overbook: >= 200 concurrent attempts on one slot, on SQLite and on PostgreSQL.

Each thread runs its own transaction on its own pooled connection; several BookingStore
instances (separate engines, like separate app processes) share the database. The only
thing standing between the threads and an overbooked slot is the database constraint.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime, timedelta

import pytest

from bot.booking import KST, InvalidInput, SlotUnavailable

from .conftest import CENTER

SLOT = datetime(2026, 11, 25, 10, 0, tzinfo=KST)
N = 200


def run_concurrently(fns, timeout=60.0):
    """Start all callables behind a barrier; returns [(kind, value)] in order."""
    results = [None] * len(fns)
    barrier = threading.Barrier(len(fns), timeout=timeout)

    def runner(i, fn):
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            results[i] = ("error", "barrier broken")
            return
        try:
            results[i] = ("ok", fn())
        except SlotUnavailable as e:
            results[i] = ("full", e)
        except Exception as e:  # noqa: BLE001 - recorded and asserted on
            results[i] = ("error", e)

    threads = [threading.Thread(target=runner, args=(i, f), daemon=True) for i, f in enumerate(fns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads), "worker threads hung"
    return results


def db_seats(store, center, start):
    """Raw SQL view of the occupied seats of one slot (bypassing the store's logic)."""
    from sqlalchemy import select
    from bot.booking.store import _to_db, bookings

    q = select(bookings.c.seat_no).where(
        bookings.c.center == center, bookings.c.slot_start == _to_db(start), bookings.c.status != "cancelled"
    )
    with store.engine.connect() as conn:
        return sorted(r[0] for r in conn.execute(q))


def _stores(make_store, url, k=4, **kw):
    pool = {} if url.startswith("sqlite") else {"pool_size": 15, "max_overflow": 10}
    return [make_store(url, **pool, **kw) for _ in range(k)]


@pytest.mark.parametrize("capacity", [2, 3])
def test_200_concurrent_bookings_on_one_slot(make_store, db_url, capacity):
    stores = _stores(make_store, db_url, capacity=capacity)
    fns = [
        (
            lambda i=i: stores[i % len(stores)].book(
                CENTER, SLOT, "시민", f"010-{1000 + i // 100:04d}-{i % 10000:04d}", {"needs": ["employment"], "i": i}
            )
        )
        for i in range(N)
    ]
    results = run_concurrently(fns)
    kinds = Counter(k for k, _ in results)
    errors = [v for k, v in results if k == "error"]
    assert not errors, errors[:3]
    assert kinds["ok"] == capacity and kinds["full"] == N - capacity
    for k, e in results:
        if k == "full":
            assert "찼습니다" in e.reason_ko and e.code == "full"
            assert e.next_free and SLOT not in e.next_free and all(s > SLOT for s in e.next_free)
    assert db_seats(stores[0], CENTER, SLOT) == list(range(1, capacity + 1))
    assert stores[0].slot_status(CENTER, SLOT)["open"] is False
    ok_codes = {v.code for k, v in results if k == "ok"}
    assert len(ok_codes) == capacity


def test_constraint_itself_rejects_a_duplicate_seat(store):
    """Even a writer that bypasses BookingStore cannot put two bookings on one seat."""
    from sqlalchemy import exc
    from bot.booking.store import _to_db, bookings

    b = store.book(CENTER, SLOT, "시민", "010-1111-2222", {})
    row = {
        "code": "ZZZZZ9",
        "center": CENTER,
        "slot_start": _to_db(SLOT),
        "seat_no": b.seat_no,
        "status": "booked",
        "name": "x",
        "phone": "010-3333-4444",
        "summary_json": "{}",
        "linked_desks_json": "[]",
        "created_at": _to_db(SLOT),
        "updated_at": _to_db(SLOT),
    }
    with pytest.raises(exc.IntegrityError) as ei:
        with store.engine.begin() as conn:
            conn.execute(bookings.insert().values(**row))
    assert "010-3333-4444" not in str(ei.value)  # no contact data in DB error text (logs)
    with pytest.raises(exc.IntegrityError):  # a cancelled row must not hold a seat
        with store.engine.begin() as conn:
            conn.execute(bookings.insert().values(**dict(row, status="cancelled", seat_no=2)))
    assert db_seats(store, CENTER, SLOT) == [1]


def test_concurrent_cancel_and_book(make_store, db_url):
    stores = _stores(make_store, db_url, capacity=2)
    a = stores[0].book(CENTER, SLOT, "가나", "010-2000-0001", {})
    b = stores[0].book(CENTER, SLOT, "다라", "010-2000-0002", {})
    fns = [lambda: stores[1].cancel(a.code, "010-2000-0001")]
    fns += [(lambda i=i: stores[i % 4].book(CENTER, SLOT, "시민", f"010-3000-{i:04d}", {})) for i in range(60)]
    results = run_concurrently(fns)
    assert results[0][0] == "ok" and results[0][1].status == "cancelled"
    books = results[1:]
    assert not [v for k, v in books if k == "error"]
    won = [v for k, v in books if k == "ok"]
    assert len(won) <= 1  # only the freed seat can be taken
    seats = db_seats(stores[0], CENTER, SLOT)
    assert len(seats) == 1 + len(won) and len(set(seats)) == len(seats) and len(seats) <= 2
    assert stores[0].get(b.code, "010-2000-0002").status == "booked"
    if not won:  # the cancel committed after every attempt: the seat is free now
        stores[2].book(CENTER, SLOT, "마바", "010-2000-0003", {})
    assert len(db_seats(stores[0], CENTER, SLOT)) == 2


def test_concurrent_reschedules_into_one_slot(make_store, db_url):
    stores = _stores(make_store, db_url, capacity=2)
    origin = []
    for i in range(24):  # 24 bookings spread over 2 days
        start = stores[0].free_slots(CENTER, after=datetime(2026, 11, 26, 9, 0, tzinfo=KST), limit=24)[i]
        origin.append(stores[0].book(CENTER, start, "시민", f"010-4000-{i:04d}", {}))
    fns = [(lambda b=b, i=i: stores[i % 4].reschedule(b.code, b.phone, SLOT)) for i, b in enumerate(origin)]
    fns += [(lambda i=i: stores[i % 4].book(CENTER, SLOT, "시민", f"010-5000-{i:04d}", {})) for i in range(24)]
    results = run_concurrently(fns)
    assert not [v for k, v in results if k == "error"]
    ok = [v for k, v in results if k == "ok"]
    assert len(ok) == 2
    assert db_seats(stores[0], CENTER, SLOT) == [1, 2]
    for b, (kind, val) in zip(origin, results[:24]):
        now = stores[0].get(b.code, b.phone)
        if kind == "ok":
            assert now.start == SLOT and db_seats(stores[0], CENTER, b.start) == []
        else:
            assert "그대로 유지" in val.reason_ko
            assert now.start == b.start and now.status == "booked" and now.seat_no == b.seat_no
            assert db_seats(stores[0], CENTER, b.start) == [b.seat_no]
    total_active = len(stores[0].list_bookings(status="booked"))
    assert total_active == 24 + sum(1 for k, _ in results[24:] if k == "ok")


def test_concurrent_cancel_and_reschedule_of_the_same_booking(make_store, db_url):
    stores = _stores(make_store, db_url, k=2, capacity=2)
    for rnd in range(5):
        phone = f"010-6000-{rnd:04d}"
        b = stores[0].book(CENTER, SLOT + timedelta(hours=3, minutes=30 * rnd), "시민", phone, {})
        target = datetime(2026, 11, 26, 13, 0, tzinfo=KST) + timedelta(minutes=30 * rnd)
        results = run_concurrently(
            [
                lambda b=b, phone=phone: stores[0].cancel(b.code, phone),
                lambda b=b, phone=phone, target=target: stores[1].reschedule(b.code, phone, target),
            ]
        )
        final = stores[0].get(b.code, phone)
        assert results[0][0] == "ok"
        assert final.status == "cancelled" and final.seat_no is None
        if results[1][0] == "ok":  # moved first, then cancelled
            assert results[1][1].start == target
        else:  # cancelled first: the move is refused cleanly
            assert isinstance(results[1][1], InvalidInput)
        assert db_seats(stores[0], CENTER, target) == [] and db_seats(stores[0], CENTER, b.start) == []
