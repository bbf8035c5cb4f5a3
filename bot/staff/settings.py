"""Console settings: defaults < environment < explicit settings (no web imports; the CLI uses it)."""

from __future__ import annotations

import os
from typing import Any, Dict, Optional

from bot.privacy.policy import retention_days

DEFAULT_DESKS = [
    "고용센터(취업지원)",
    "국민취업지원제도",
    "복지지원(시·군·구)",
    "서민금융통합지원센터",
    "신용회복위원회",
    "새일센터",
    "주거지원",
    "자활",
]


def _env(name: str, default: Any = None) -> Any:
    v = os.environ.get(name)
    return v if v not in (None, "") else default


def load_settings(settings: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Defaults < environment < explicit settings."""
    s: Dict[str, Any] = {
        "staff_db_url": _env("STAFF_DB_URL"),
        "tracker_db_url": _env("TRACKER_DB_URL"),
        "booking_db_url": _env("BOOKING_DB_URL"),
        "session_idle_minutes": float(_env("STAFF_SESSION_IDLE_MINUTES", 30)),
        "session_max_hours": float(_env("STAFF_SESSION_MAX_HOURS", 12)),
        "lockout_window_minutes": float(_env("STAFF_LOCKOUT_WINDOW_MINUTES", 15)),
        "lockout_max_failures_user": int(_env("STAFF_LOCKOUT_MAX_USER", 5)),
        "lockout_max_failures_ip": int(_env("STAFF_LOCKOUT_MAX_IP", 20)),
        "retention_days": retention_days(),  # bot/privacy/policy.py: the one source of truth
        # automatic purge (conversations + booking contact data) every N hours; 0 = off
        "purge_interval_hours": float(_env("STAFF_PURGE_INTERVAL_HOURS", 24)),
        "cookie_secure": _env("STAFF_COOKIE_SECURE", "auto"),
        "trust_proxy": str(_env("STAFF_TRUST_PROXY", "false")).lower() in ("1", "true", "yes"),
        "page_size": 25,
        "desks": list(DEFAULT_DESKS),
        "booking_store": None,
    }
    for k, v in (settings or {}).items():
        if v is not None:
            s[k] = v
    return s
