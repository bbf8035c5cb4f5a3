"""Compatibility module: the staff console used to live here in one file.

It is now split (see bot/staff/app.py): settings.py, context.py, guard.py, views/ (one module
per screen), routes.py and app.py; deletion and retention are bot.privacy.deletion. This module
re-exports the names existing callers import from ``bot.staff.web``.
"""

from __future__ import annotations

from bot.staff.app import PURGE_TASK, create_staff_app, register
from bot.staff.context import StaffContext
from bot.staff.guard import CTX, admin_only, public, staff_guard
from bot.staff.routes import PREFIX, ROUTES
from bot.staff.security import valid_username
from bot.staff.settings import DEFAULT_DESKS, load_settings

__all__ = [
    "CTX",
    "DEFAULT_DESKS",
    "PREFIX",
    "PURGE_TASK",
    "ROUTES",
    "StaffContext",
    "admin_only",
    "create_staff_app",
    "load_settings",
    "public",
    "register",
    "staff_guard",
    "valid_username",
]
