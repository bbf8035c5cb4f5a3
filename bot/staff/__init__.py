"""Staff console for 고용복지+센터 counselors (served under /staff/).

Public API::

    register(app: aiohttp.web.Application, settings: dict | None) -> None
        adds the console's routes under /staff to `app` (call before the app
        starts).  settings keys (all optional): staff_db_url, tracker_db_url,
        booking_db_url, booking_store, session_idle_minutes,
        session_max_hours, lockout_window_minutes, lockout_max_failures_user,
        lockout_max_failures_ip, retention_days, purge_interval_hours,
        cookie_secure ("auto"|true|false), trust_proxy, page_size, desks.
    create_staff_app(settings) -> aiohttp.web.Application  (console only)
    CTX: app key of the StaffContext (db, conversations, settings).
    load_settings(settings) -> dict;  ROUTES: the route table.

The web parts (aiohttp) load on first use of these names, so ``python -m bot.staff``
(the CLI: accounts, purge, deletion) never imports a web module.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from bot.staff.settings import load_settings

__all__ = ["register", "create_staff_app", "load_settings", "CTX", "ROUTES"]


def register(app, settings: Optional[Dict[str, Any]] = None) -> None:
    """Mount the staff console on `app` under /staff/."""
    from bot.staff.app import register as _register  # web part loaded on use (see module docstring)

    _register(app, settings)


def __getattr__(name: str) -> Any:
    if name == "create_staff_app":
        from bot.staff.app import create_staff_app  # web part loaded on use (see module docstring)

        return create_staff_app
    if name == "CTX":
        from bot.staff.guard import CTX  # web part loaded on use

        return CTX
    if name == "ROUTES":
        from bot.staff.routes import ROUTES  # web part loaded on use

        return ROUTES
    raise AttributeError(f"module 'bot.staff' has no attribute {name!r}")
