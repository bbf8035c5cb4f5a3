"""Console settings: defaults < environment < explicit settings (no web imports; the CLI uses it)."""

from __future__ import annotations

from typing import Any, Dict, Optional

from bot.privacy.policy import retention_days
from bot.settings import settings as app_settings

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


def load_settings(settings: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Defaults < environment (read through bot.settings, typed and documented there) < explicit settings."""
    env = app_settings()
    s: Dict[str, Any] = {
        "staff_db_url": env.staff_db_url,
        "tracker_db_url": env.tracker_db_url,
        "booking_db_url": env.booking_db_url,
        "session_idle_minutes": env.staff_session_idle_minutes,
        "session_max_hours": env.staff_session_max_hours,
        "lockout_window_minutes": env.staff_lockout_window_minutes,
        "lockout_max_failures_user": env.staff_lockout_max_user,
        "lockout_max_failures_ip": env.staff_lockout_max_ip,
        "retention_days": retention_days(),  # bot/privacy/policy.py: the one source of truth
        # automatic purge (conversations + booking contact data) every N hours; 0 = off
        "purge_interval_hours": env.staff_purge_interval_hours,
        "cookie_secure": env.staff_cookie_secure,
        "trust_proxy": env.staff_trust_proxy,
        "page_size": 25,
        "desks": list(DEFAULT_DESKS),
        "booking_store": None,
    }
    for k, v in (settings or {}).items():
        if v is not None:
            s[k] = v
    return s
