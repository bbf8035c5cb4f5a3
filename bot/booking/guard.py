"""Server-side checks before a booking is written (Rasa-free).

Slot values are whatever the tracker says; a tracker can be forged (issue 13: bookings with any
center name, HTML included, and a forged summary).  The dialogue's submit step calls::

    check = validate_submission(slots, store, sender_id=tracker.sender_id)
    if not check.ok: answer check.message_ko, re-ask check.field
    else: st.book(check.center, check.start, name, phone, summary_for(check.slots))

``check.slots`` is a cleaned copy (center is the directory's own name, needs only known ids) and
the summary must be rebuilt from it server-side (``summary_for``), never taken from a slot.

Mass booking: :class:`BookingQuota` caps bookings per center and day for one sender (device) and
for one phone number (in memory, per action-server process; a real SMS check would slot in here).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field as dc_field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from bot.settings import settings
from bot.directory import center_by_name

__all__ = ["validate_submission", "SubmissionCheck", "BookingQuota", "QUOTA", "KNOWN_NEEDS", "DAILY_CAP_PER_CENTER"]

KNOWN_NEEDS = ("employment", "debt", "childcare", "housing", "livelihood")
#: BOOKING_DAILY_CAP_PER_CENTER (default 2): bookings one sender or phone may make per center and day.
DAILY_CAP_PER_CENTER = settings().booking_daily_cap_per_center
MAX_NAME_CHARS = 40


@dataclass
class SubmissionCheck:
    ok: bool
    field: Optional[str] = None
    message_ko: str = ""
    center: Optional[str] = None
    start: Optional[datetime] = None
    slots: Dict[str, Any] = dc_field(default_factory=dict)


def _default_center_lookup(name: str) -> Optional[str]:
    c = center_by_name(name)
    return c["name"] if c else None


def _parse_start(value: Any) -> Optional[datetime]:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return dt if dt.tzinfo is not None else None


def validate_submission(
    slots: Dict[str, Any],
    store: Any,
    *,
    sender_id: Optional[str] = None,
    phone: Optional[str] = None,
    quota: Optional["BookingQuota"] = None,
    center_lookup: Callable[[str], Optional[str]] = _default_center_lookup,
    known_needs: Iterable[str] = KNOWN_NEEDS,
) -> SubmissionCheck:
    """Re-validate what a booking would be built from.  Pure except for reading `store`."""
    slots = dict(slots or {})
    center_in = slots.get("center_name")
    if not isinstance(center_in, str) or not center_in.strip() or len(center_in) > 100:
        return SubmissionCheck(False, "center_name", "어느 센터로 예약할지 다시 알려 주세요.")
    center = center_lookup(center_in.strip())
    if center is None or center != center_in.strip():
        # only the directory's exact name is accepted: no HTML, no made-up centers
        return SubmissionCheck(False, "center_name", "센터 이름을 확인하지 못했어요. 센터를 다시 골라 주세요.")
    start = _parse_start(slots.get("booking_slot"))
    if start is None:
        return SubmissionCheck(False, "booking_slot", "예약 시간을 다시 골라 주세요.")
    try:
        status = store.slot_status(center, start)
    except Exception:  # noqa: BLE001 - store down or rejects the input: do not book
        return SubmissionCheck(
            False,
            "booking_slot",
            "지금 예약 시스템에 연결할 수 없어요. 예약은 저장되지 않았어요. 잠시 후 다시 시도해 주세요.",
        )
    if not status.get("open"):
        return SubmissionCheck(
            False, "booking_slot", (status.get("reason") or "그 시간은 예약할 수 없어요.") + " 다른 시간을 골라 주세요."
        )
    needs_in = slots.get("needs") or []
    if not isinstance(needs_in, list) or len(needs_in) > 10:
        return SubmissionCheck(False, "needs", "상담받으실 내용을 다시 알려 주세요.")
    allowed = set(known_needs)
    needs: List[str] = []
    for n in needs_in:
        if not isinstance(n, str) or n not in allowed:
            return SubmissionCheck(False, "needs", "상담받으실 내용을 다시 알려 주세요.")
        if n not in needs:
            needs.append(n)
    name = slots.get("booking_name")
    if (
        isinstance(name, str)
        and not name.startswith("sealed:")
        and (len(name) > MAX_NAME_CHARS or any(ch in name for ch in "<>&\"'`{}"))
    ):
        return SubmissionCheck(False, "booking_name", "성함을 글자로만 다시 알려 주세요.")
    if quota is not None:
        keys = [k for k in (sender_id and "s:" + sender_id, phone and "p:" + _digest(phone)) if k]
        if not quota.allowed(center, keys):
            return SubmissionCheck(
                False,
                "quota",
                f"같은 날 {center}에는 {quota.cap}건까지만 예약할 수 있어요. 더 필요하시면 센터로 전화해 주세요.",
            )
    clean = dict(slots)
    clean["center_name"] = center
    clean["needs"] = needs
    clean.pop("booking_summary", None)  # the summary is rebuilt server-side from the clean slots
    return SubmissionCheck(True, None, "", center, start, clean)


def _kst_today() -> date:
    return (datetime.now(timezone.utc) + timedelta(hours=9)).date()


def _digest(phone: str) -> str:
    digits = "".join(ch for ch in str(phone) if ch.isdigit())
    return hashlib.sha256(digits.encode("ascii")).hexdigest()[:24]


class BookingQuota:
    """Bookings made today at one center by one key (sender id, phone digest); thread-safe, in memory.

    Counted by the day the booking is made (KST), whatever day it is for, so one device or one
    phone cannot fill a center's calendar."""

    def __init__(
        self, cap: int = DAILY_CAP_PER_CENTER, max_keys: int = 100_000, today: Optional[Callable[[], date]] = None
    ) -> None:
        self.cap = int(cap)
        self.max_keys = int(max_keys)
        self._today = today or _kst_today
        self._counts: Dict[Tuple[str, date, str], int] = {}
        self._lock = threading.Lock()

    def allowed(self, center: str, keys: Iterable[str]) -> bool:
        day = self._today()
        with self._lock:
            return all(self._counts.get((center, day, k), 0) < self.cap for k in keys)

    def record(self, center: str, sender_id: Optional[str] = None, phone: Optional[str] = None) -> None:
        """Call after a booking was written."""
        day = self._today()
        keys = [k for k in (sender_id and "s:" + sender_id, phone and "p:" + _digest(phone)) if k]
        with self._lock:
            if len(self._counts) > self.max_keys:
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= day}
            for k in keys:
                self._counts[(center, day, k)] = self._counts.get((center, day, k), 0) + 1


#: The process-wide quota the action server uses.
QUOTA = BookingQuota()
