"""Privacy helpers (Rasa-free): PII masking, event masking, retention policy and deletes."""

from bot.privacy.events import EventMasker, mask_parse_data
from bot.privacy.pii import contains_pii, mask_obj, mask_text
from bot.privacy.policy import RETENTION_DAYS, retention_days

__all__ = [
    "mask_text",
    "mask_obj",
    "contains_pii",
    "mask_parse_data",
    "EventMasker",
    "RETENTION_DAYS",
    "retention_days",
]
