"""What is collected and how long it is kept: the one source of truth (depends only on bot.settings).

The consent text (bot/screening/texts.py), the staff console's purge (bot/staff), the booking
contact purge and SECURITY.md all use these values; ``STAFF_RETENTION_DAYS`` overrides the period.
"""

from __future__ import annotations

from bot.settings import Settings, settings

DEFAULT_RETENTION_DAYS = Settings.staff_retention_days


def retention_days() -> int:
    """Days conversations (and a booking's name, phone and summary) are kept."""
    return settings().staff_retention_days


RETENTION_DAYS = retention_days()

#: Consent lines (존댓말, short): an honest list - the booking asks a name and a phone number.
COLLECTED_LINE = (
    "• 받는 정보: 나이, 가구원 수, 소득·재산 대략, 일·빚·주거·자녀 상황, "
    "예약하시면 이름·휴대폰 번호 (주민번호는 받지 않아요)\n"
)
RETENTION_LINE = (
    f"• 보관: 대화 기록과 예약의 이름·연락처는 {RETENTION_DAYS}일 뒤 자동 삭제, "
    "원하시면 언제든 '내 기록 삭제'로 지울 수 있어요\n"
)
