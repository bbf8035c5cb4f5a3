"""Staff console for 고용복지+센터 counselors (served under /staff/).

Public API::

    register(app: aiohttp.web.Application, settings: dict | None) -> None
        adds the console's routes under /staff to `app` (call before the app
        starts).  settings keys (all optional): staff_db_url, tracker_db_url,
        booking_db_url, booking_store, session_idle_minutes,
        session_max_hours, lockout_window_minutes, lockout_max_failures_user,
        lockout_max_failures_ip, retention_days, cookie_secure
        ("auto"|true|false), trust_proxy, page_size, desks.
    create_staff_app(settings) -> aiohttp.web.Application  (console only)
    CTX: app key of the StaffContext (db, conversations, settings).
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from bot.staff.web import CTX, ROUTES, create_staff_app, load_settings
from bot.staff.web import register as _register

__all__ = ["register", "create_staff_app", "load_settings", "CTX", "ROUTES"]


def register(app, settings: Optional[Dict[str, Any]] = None) -> None:
    """Mount the staff console on `app` under /staff/."""
    _register(app, settings)
