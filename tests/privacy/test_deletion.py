"""Retention and deletion without the staff console (bot.privacy.deletion): the purge, one
person's deletion by conversation ID or booking number, and the purge schedule."""

from __future__ import annotations

import asyncio
import json
import time

import sqlalchemy as sa

from bot.privacy import deletion
from bot.privacy.retention import EVENTS
from bot.staff.storage import StaffDB

DAY = 86400.0
NOW = time.time()


def _events(engine, sender, t0, booking_code=None):
    rows = [
        dict(
            sender_id=sender,
            type_name="action",
            timestamp=t0,
            action_name="action_session_start",
            data=json.dumps({"event": "action", "name": "action_session_start"}),
        ),
        dict(
            sender_id=sender,
            type_name="session_started",
            timestamp=t0 + 0.01,
            data=json.dumps({"event": "session_started"}),
        ),
        dict(
            sender_id=sender,
            type_name="user",
            timestamp=t0 + 5,
            intent_name="inform_need",
            data=json.dumps({"event": "user", "text": "빚 때문에 너무 힘들어요 상담 받고싶어요"}),
        ),
    ]
    if booking_code:
        rows.append(
            dict(
                sender_id=sender,
                type_name="slot",
                timestamp=t0 + 9,
                data=json.dumps({"event": "slot", "name": "booking_code", "value": booking_code}),
            )
        )
    with engine.begin() as c:
        for row in rows:  # one insert per row: the rows have different columns
            c.execute(EVENTS.insert().values(**row))


def _setup(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'rasa.db'}")
    EVENTS.metadata.create_all(engine)
    _events(engine, "web-old-0001", NOW - 200 * DAY)
    _events(engine, "web-new-0002", NOW - 2 * DAY, booking_code="K7M2QX")
    _events(engine, "kakao-new-0003", NOW - 1 * DAY, booking_code="K7M2QX")  # asked again from Kakao
    _events(engine, "web-other-0004", NOW - 1 * DAY, booking_code="Z9Y8X7")
    review = StaffDB(f"sqlite:///{tmp_path / 'staff.db'}")
    for s in ("web-old-0001", "web-new-0002", "web-other-0004"):
        review.add_tag(s, "채무상담", "kim.counselor")
    return engine, review


def _senders(engine):
    with engine.connect() as c:
        return sorted({r[0] for r in c.execute(sa.select(EVENTS.c.sender_id))})


class _Bookings:
    def __init__(self):
        self.calls = []

    def purge_personal_data(self, older_than_days, now=None):
        self.calls.append((older_than_days, now))
        return 3


def test_purge_removes_old_conversations_and_their_review_data_without_a_console(tmp_path):
    engine, review = _setup(tmp_path)
    bookings = _Bookings()
    res = deletion.purge_older_than(engine, 180, review=review, bookings=bookings, now=NOW)
    assert res["senders"] == ["web-old-0001"] and res["events"] == 3
    assert res["review_rows"] >= 1 and res["bookings"] == 3
    assert bookings.calls and bookings.calls[0][0] == 180 and abs(bookings.calls[0][1].timestamp() - NOW) < 1e-3
    assert _senders(engine) == ["kakao-new-0003", "web-new-0002", "web-other-0004"]
    assert review.get_review("web-old-0001")["tags"] == []
    assert [t["tag"] for t in review.get_review("web-new-0002")["tags"]] == ["채무상담"]
    assert deletion.purge_summary(res) == {"events": 3, "senders": 1, "trimmed": 0, "bookings": 3}
    review.dispose()


def test_delete_person_by_booking_number_takes_every_conversation_that_booked_it(tmp_path):
    engine, review = _setup(tmp_path)
    res = deletion.delete_person(engine, booking_code="k7m2qx", review=review)  # typed in lower case
    assert sorted(res["senders"]) == ["kakao-new-0003", "web-new-0002"] and res["events"] == 8
    assert _senders(engine) == ["web-old-0001", "web-other-0004"]
    assert review.get_review("web-new-0002")["tags"] == []
    assert [t["tag"] for t in review.get_review("web-other-0004")["tags"]] == ["채무상담"]
    nothing = deletion.delete_person(engine, sender_id="web-unknown-9999")
    assert nothing == {"senders": ["web-unknown-9999"], "events": 0, "review_rows": 0}
    review.dispose()


async def test_purge_schedule_survives_a_failing_run_and_stops_when_cancelled():
    runs, recorded = [], []

    def purge(days):
        runs.append(days)
        if len(runs) == 1:
            raise RuntimeError("tracker DB briefly down")
        return {"events": 4, "senders": ["a"], "trimmed": [], "bookings": 1}

    task = asyncio.ensure_future(
        deletion.run_purge_schedule(
            purge,
            lambda: 30,
            interval_hours=0.05 / 3600,
            first_delay=0.0,
            record=lambda days, res: recorded.append((days, deletion.purge_summary(res))),
        )
    )
    for _ in range(100):
        if len(recorded) >= 2:
            break
        await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    assert runs[:3] == [30, 30, 30]
    assert recorded[:2] == [(30, {"events": 4, "senders": 1, "trimmed": 0, "bookings": 1})] * 2
    n = len(runs)
    await asyncio.sleep(0.15)
    assert len(runs) == n  # cancelled: no more runs
