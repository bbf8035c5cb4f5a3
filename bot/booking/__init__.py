"""Consultation booking (Rasa-free): store, slot rules, phone handling, Korean date parsing."""

from .errors import BookingError, InvalidInput, NotFound, SlotUnavailable, StoreUnavailable
from .ko_datetime import parse_when
from .slot_choice import choose_slot, describe_choice
from .hours import KST, check_slot_rules, day_closed_reason, day_slots, holiday_name
from .phone import mask_name, mask_phone, normalize_phone
from .store import STATUSES, Booking, BookingStore, load_capacity_overrides
from .display import booking_confirmation_text, format_slot_ko

__all__ = [
    "Booking",
    "BookingError",
    "BookingStore",
    "InvalidInput",
    "KST",
    "NotFound",
    "STATUSES",
    "SlotUnavailable",
    "StoreUnavailable",
    "booking_confirmation_text",
    "check_slot_rules",
    "day_closed_reason",
    "day_slots",
    "format_slot_ko",
    "holiday_name",
    "load_capacity_overrides",
    "mask_name",
    "mask_phone",
    "normalize_phone",
    "parse_when",
    "choose_slot",
    "describe_choice",
]
