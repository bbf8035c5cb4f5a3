"""Automatic retention: the console purges on a schedule (STAFF_PURGE_INTERVAL_HOURS) without
anyone remembering to - old conversations go, old bookings lose their personal data - audits
each run as 'system', survives a failing run, and stops with the app."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import datetime, timedelta

from bot.booking import KST, BookingStore
from bot.staff import CTX
from bot.staff.app import PURGE_TASK

MON = datetime(2026, 11, 23, 10, 0, tzinfo=KST)


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 22, 10, 0, tzinfo=KST)

    def __call__(self):
        return self.now


async def _system_purges(ctx, want: int, seconds: float = 20.0):
    """Bounded wait for `want` scheduled purge audit rows."""
    rows = []
    for _ in range(int(seconds / 0.1)):
        rows = [
            a for a in ctx.db.list_audit(limit=100)[0] if a["action"] == "retention_purge" and a["username"] == "system"
        ]
        if len(rows) >= want:
            return rows
        await asyncio.sleep(0.1)
    return rows


async def test_scheduled_purge_removes_old_conversations_and_booking_contacts(client_factory, tracker_db, tmp_path, h):
    clock = Clock()
    store = BookingStore(f"sqlite:///{tmp_path / 'sched-booking.db'}", clock=clock)
    old = store.book("서울고용센터", MON, "홍길동", "010-1234-5678", {"needs": ["debt"]})
    clock.now += timedelta(days=40)
    try:
        client = await client_factory(
            retention_days=30,
            purge_interval_hours=0.0005,  # every 1.8 s
            purge_first_delay=0,
            booking_store=store,
        )
        ctx = client.app[CTX]
        rows = await _system_purges(ctx, 2)
        assert len(rows) >= 2, "the purge did not run on its schedule (twice within 20 s)"
        first = json.loads(rows[-1]["detail"])  # list_audit is newest first
        assert first["scheduled"] is True and first["days"] == 30
        assert first["senders"] == 1 and first["bookings"] == 1
        left = {r[0] for r in sqlite3.connect(str(tracker_db)).execute("select distinct sender_id from events")}
        assert "kakao-choi-0004" not in left and len(left) == 3
        b = store.staff_get(old.code)
        assert b.purged and (b.name, b.phone) == ("", "")
        await h.login(client, *h.ADMIN)
        html = await (await client.get("/staff/bookings?center=")).text()
        assert old.code in html and "보관 기간이 지나 신청인 정보와 사전 확인 요약을 삭제했습니다" in html
        assert "***-****-****" not in html and "홍" not in html
        task = client.app[PURGE_TASK]
        assert not task.done()
        await client.close()
        assert task.done()  # stopped with the app, no stray task
    finally:
        store.close()


class FlakyStore:
    """A booking store whose first purge fails (database down), then works."""

    def __init__(self):
        self.calls = 0

    def purge_personal_data(self, days, now=None):
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("database unavailable")
        return 0


async def test_a_failed_run_is_retried_at_the_next_interval(client_factory):
    flaky = FlakyStore()
    client = await client_factory(
        retention_days=30,
        purge_interval_hours=0.0003,  # ~1 s
        purge_first_delay=0,
        booking_store=flaky,
    )
    rows = await _system_purges(client.app[CTX], 1)
    assert rows and flaky.calls >= 2


async def test_schedule_can_be_turned_off_and_the_page_says_so(client_factory, h):
    client = await client_factory(purge_interval_hours=0)
    assert client.app.get(PURGE_TASK) is None
    await h.login(client, *h.ADMIN)
    html = await (await client.get("/staff/admin/retention")).text()
    assert "자동 삭제가 꺼져 있습니다" in html


async def test_default_schedule_is_daily_and_shown_to_admins(client_factory, h):
    client = await client_factory()
    assert client.app[CTX].settings["purge_interval_hours"] == 24
    assert not client.app[PURGE_TASK].done()
    await h.login(client, *h.ADMIN)
    html = await (await client.get("/staff/admin/retention")).text()
    assert "24.0시간마다 자동으로" in html and "신청인 이름·연락처" in html
