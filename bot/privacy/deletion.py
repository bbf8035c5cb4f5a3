"""Deleting personal data: the retention purge, one person's deletion and the purge schedule.

Rasa-free and web-free (no aiohttp, no staff console): the staff console, the CLI
(``python -m bot.staff purge`` / ``delete-conversation``) and anything else that must erase
data call these functions, so the rules live in one place.

* ``purge_older_than(tracker_engine, days, review=..., bookings=...)``: conversation sessions
  that ended more than `days` days ago (bot.privacy.retention.delete_older_than), the review
  data (tags, notes, corrections, stories) of conversations that are gone completely, and the
  personal data (name, phone, summary, note) of bookings older than `days`.
* ``delete_person(tracker_engine, sender_id, booking_code, review=...)``: every event of one
  conversation - or of every conversation that booked `booking_code` - and its review data.
  (A citizen's own '내 기록 삭제' in the chat goes through the tracker store, which calls
  bot.privacy.retention.delete_conversation, the same delete.)
* ``run_purge_schedule(...)``: an asyncio loop that purges every `interval_hours` so that
  retention happens without anyone remembering it; a failing run is logged and retried.

`review` is anything with ``delete_review_data(sender_ids) -> int`` (bot.staff.storage.StaffDB);
`bookings` anything with ``purge_personal_data(days, now=datetime) -> int``
(bot.booking.BookingStore). Both are optional.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterable, List, Optional, Protocol

import sqlalchemy as sa

from bot.privacy import retention

logger = logging.getLogger(__name__)

#: seconds after start-up before the first scheduled purge (let the servers settle first)
AUTO_PURGE_FIRST_DELAY = 60.0


class ReviewData(Protocol):
    def delete_review_data(self, sender_ids: Iterable[str]) -> int: ...


class BookingData(Protocol):
    def purge_personal_data(self, older_than_days: float, now: Optional[datetime] = None) -> int: ...


def purge_older_than(
    tracker_engine: sa.engine.Engine,
    days: float,
    *,
    review: Optional[ReviewData] = None,
    bookings: Optional[BookingData] = None,
    now: Optional[float] = None,
) -> Dict[str, Any]:
    """Delete tracker sessions older than `days`, the review data of conversations that are gone
    completely and the personal data of bookings older than `days`.

    Returns ``{"events", "senders", "trimmed", "review_rows", "bookings"}``.
    """
    res: Dict[str, Any] = dict(retention.delete_older_than(tracker_engine, days, now=now))
    res["review_rows"] = review.delete_review_data(res["senders"]) if review is not None else 0
    res["bookings"] = 0
    if bookings is not None and hasattr(bookings, "purge_personal_data"):
        when = datetime.fromtimestamp(now, timezone.utc) if now is not None else None
        res["bookings"] = bookings.purge_personal_data(days, now=when)
    return res


def delete_person(
    tracker_engine: sa.engine.Engine,
    sender_id: str = "",
    booking_code: str = "",
    *,
    review: Optional[ReviewData] = None,
) -> Dict[str, Any]:
    """Delete one person's conversation(s): `sender_id` and/or every conversation that booked
    `booking_code`. Returns ``{"senders", "events", "review_rows"}``."""
    senders: List[str] = []
    if sender_id:
        senders.append(sender_id)
    if booking_code:
        for s in retention.senders_with_booking_code(tracker_engine, booking_code):
            if s not in senders:
                senders.append(s)
    events = sum(retention.delete_conversation(tracker_engine, s) for s in senders)
    review_rows = review.delete_review_data(senders) if review is not None else 0
    return {"senders": senders, "events": events, "review_rows": review_rows}


def purge_summary(res: Dict[str, Any]) -> Dict[str, Any]:
    """What an audit row records of a purge (counts, no sender ids)."""
    return {
        "events": res["events"],
        "senders": len(res["senders"]),
        "trimmed": len(res["trimmed"]),
        "bookings": res["bookings"],
    }


async def run_purge_schedule(
    purge: Callable[[int], Dict[str, Any]],
    days: Callable[[], int],
    interval_hours: float,
    first_delay: float = AUTO_PURGE_FIRST_DELAY,
    record: Optional[Callable[[int, Dict[str, Any]], None]] = None,
) -> None:
    """Purge every `interval_hours` (first after `first_delay` seconds) until cancelled.

    `purge(days)` does the blocking work (run in the default executor); `record(days, result)`
    (blocking too) writes the audit row. A failed run is logged and retried at the next interval.
    """
    loop = asyncio.get_running_loop()
    await asyncio.sleep(first_delay)
    while True:
        n = int(days())
        try:
            res = await loop.run_in_executor(None, purge, n)
            if record is not None:
                await loop.run_in_executor(None, functools.partial(record, n, res))
            logger.info(
                "scheduled retention purge (%d days): %d conversations, %d bookings",
                n,
                len(res["senders"]),
                res["bookings"],
            )
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - keep the schedule alive; next run retries
            logger.exception("scheduled retention purge failed; retrying in %.1f h", interval_hours)
        await asyncio.sleep(interval_hours * 3600.0)
