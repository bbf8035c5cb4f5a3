"""Errors raised by the booking store.

Every error carries a polite Korean message (``.message_ko``, also ``str(err)``)
that the dialogue layer can show to the citizen as-is.
"""

from __future__ import annotations

from datetime import datetime
from typing import List, Optional


class BookingError(Exception):
    """Base class; ``message_ko`` is safe to show to the user."""

    def __init__(self, message_ko: str):
        super().__init__(message_ko)
        self.message_ko = message_ko

    @property
    def reason_ko(self) -> str:
        return self.message_ko


class InvalidInput(BookingError):
    """The caller passed something we cannot accept (bad phone, name, summary, ...)."""


class NotFound(BookingError):
    """No booking matches. Used for a wrong code *and* a wrong phone (no enumeration)."""

    def __init__(
        self,
        message_ko: str = (
            "예약번호와 휴대전화 번호가 일치하는 예약을 찾지 못했습니다. 예약번호와 번호를 다시 확인해 주세요."
        ),
    ):
        super().__init__(message_ko)


class SlotUnavailable(BookingError):
    """The requested slot cannot be booked; ``next_free`` lists open alternatives."""

    def __init__(self, reason_ko: str, next_free: Optional[List[datetime]] = None, code: str = "full"):
        super().__init__(reason_ko)
        self.next_free: List[datetime] = list(next_free or [])
        self.code = code


class StoreUnavailable(BookingError):
    """The database cannot be reached (or is locked for too long). Nothing was written."""

    def __init__(
        self,
        message_ko: str = (
            "지금 예약 시스템에 연결할 수 없습니다. 예약은 저장되지 않았습니다. "
            "잠시 후 다시 시도해 주시거나 센터로 전화해 주세요."
        ),
    ):
        super().__init__(message_ko)
