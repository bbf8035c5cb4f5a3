"""Privacy helpers (Rasa-free): PII masking and retention deletes."""
from bot.privacy.pii import contains_pii, mask_obj, mask_text

__all__ = ["mask_text", "mask_obj", "contains_pii"]
