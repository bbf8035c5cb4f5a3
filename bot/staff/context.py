"""The console's shared state: settings, the staff DB, the conversation reader, the booking
store and the page templates (no aiohttp; the CLI builds one too)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Dict, Optional

import jinja2

from bot.booking import BookingStore
from bot.privacy import deletion
from bot.privacy.pii import mask_text
from bot.staff.conversations import (
    CRISIS_KIND_LABELS,  # crisis flag (SAFETY)
    CRISIS_LEVEL_LABELS,
    NEED_LABELS,
    ConversationRepository,
    fmt_ts,
)
from bot.staff.storage import REVIEW_STATUSES, ROLES, StaffDB

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent


STATUS_LABELS = {"unreviewed": "미검토", "reviewed": "검토 완료", "follow_up": "후속 조치"}
BOOKING_STATUS_LABELS = {"booked": "예약", "cancelled": "취소", "visited": "방문", "no_show": "미방문"}


class StaffContext:
    """Settings, the staff DB, the conversation reader, the (lazy) booking store, the templates."""

    def __init__(self, settings: Dict[str, Any]) -> None:
        self.settings = settings
        self.db = StaffDB(settings.get("staff_db_url"))
        self.conversations = ConversationRepository(settings.get("tracker_db_url"))
        self._booking_store = settings.get("booking_store")
        self._booking_error = ""
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates")),
            autoescape=jinja2.select_autoescape(["html"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["ts"] = fmt_ts
        self.templates.filters["mask"] = lambda v: mask_text(v) if isinstance(v, str) else v
        self.templates.filters["need"] = lambda n: NEED_LABELS.get(n, n)
        self.templates.filters["pct"] = lambda x: f"{100.0 * x:.1f}%"
        self.templates.filters["tojson_ko"] = lambda v: json.dumps(v, ensure_ascii=False)
        self.templates.globals.update(
            STATUS_LABELS=STATUS_LABELS,
            BOOKING_STATUS_LABELS=BOOKING_STATUS_LABELS,
            NEED_LABELS=NEED_LABELS,
            REVIEW_STATUSES=REVIEW_STATUSES,
            ROLES=ROLES,
            CRISIS_LEVEL_LABELS=CRISIS_LEVEL_LABELS,
            CRISIS_KIND_LABELS=CRISIS_KIND_LABELS,
        )

    def booking_store(self) -> Any:
        if self._booking_store is None and not self._booking_error:
            try:
                self._booking_store = BookingStore(url=self.settings.get("booking_db_url"))
            except Exception as exc:  # noqa: BLE001 - DB unavailable: the console stays usable without bookings
                logger.warning("booking store unavailable: %s", exc)
                self._booking_error = "예약 저장소를 사용할 수 없습니다."
        return self._booking_store

    # ---- deletion (the rules are bot.privacy.deletion; this only supplies the stores) ----
    def purge_older_than(self, days: float, now: Optional[float] = None) -> Dict[str, Any]:
        """Retention purge of conversations, their review data and old bookings' personal data."""
        return deletion.purge_older_than(
            self.conversations.engine, days, review=self.db, bookings=self.booking_store(), now=now
        )

    def delete_person(self, sender_id: str = "", booking_code: str = "") -> Dict[str, Any]:
        """One person's conversation(s) by conversation ID and/or booking code, with review data."""
        return deletion.delete_person(self.conversations.engine, sender_id, booking_code, review=self.db)

    def close(self) -> None:
        self.db.dispose()
        self.conversations.dispose()
