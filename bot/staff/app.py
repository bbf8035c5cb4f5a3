"""Staff console app factory: the routes under /staff on the host app.

The routes are added to the host application directly (not as an aiohttp
sub-application: with aiohttp 3.9.5 and the installed yarl, sub-app prefix
resolution builds ``request.url`` and fails with "Host ... cannot contain
':'" whenever the Host header carries a port).  Each handler is wrapped by
:func:`staff_guard`, so the console adds no middleware to the host app.

The pieces: bot/staff/settings.py (settings), context.py (DB, stores, templates), guard.py
(session, CSRF, headers, scope, login lockout helpers), views/ (one module per screen),
routes.py (the route table) and this module (the factory and the scheduled retention purge,
whose work is bot.privacy.deletion).

Security model:
* every route needs a logged-in session except the ones marked ``@public``
  (the login form and the stylesheet);
* routes marked ``@admin_only`` need the admin role;
* every state-changing request (POST) carries the per-session CSRF token
  (form field ``csrf_token`` or header ``X-CSRF-Token``); the login form uses
  a double-submit cookie because there is no session yet;
* sessions expire after ``session_idle_minutes`` without activity and after
  ``session_max_hours`` in total; the cookie is HttpOnly, SameSite=Strict,
  Path=/staff and Secure on HTTPS;
* repeated failed logins lock that username *from that client IP* (so nobody can lock a
  counselor out from elsewhere) and, with a higher threshold, the client IP; each attempt is
  recorded before the password is checked, so parallel attempts cannot exceed the limit;
* a counselor sees only their own center: bookings at it and conversations routed to it (the
  ``center_name`` the person chose or booked); anything else answers 404; admins see all;
* changing a password ends the user's other sessions;
* views and changes are written to the audit log (a failed login's username is stored only if
  it is an existing account, so a password typed into the username box never reaches the log).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from typing import Any, Awaitable, Callable, Dict, Optional

from aiohttp import web

from bot.privacy.deletion import AUTO_PURGE_FIRST_DELAY, purge_summary, run_purge_schedule
from bot.staff.context import StaffContext
from bot.staff.guard import CTX, staff_guard
from bot.staff.routes import PREFIX, ROUTES
from bot.staff.settings import load_settings

PURGE_TASK: web.AppKey[asyncio.Future] = web.AppKey("staff_purge_task", asyncio.Future)


def _wrap(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    @functools.wraps(handler)
    async def guarded(request: web.Request) -> web.StreamResponse:
        return await staff_guard(request, handler)

    return guarded


def _record_scheduled_purge(ctx: StaffContext, days: int, res: Dict[str, Any]) -> None:
    """Audit row of one scheduled purge ('retention_purge' by 'system')."""
    ctx.db.audit("retention_purge", "system", "system", detail=dict(days=days, **purge_summary(res), scheduled=True))


def register(app: web.Application, settings: Optional[Dict[str, Any]] = None) -> StaffContext:
    """Add the console's routes under /staff to `app` (before it starts)."""
    ctx = StaffContext(load_settings(settings))
    app[CTX] = ctx

    async def _close(_app: web.Application) -> None:
        ctx.close()

    app.on_cleanup.append(_close)
    interval = float(ctx.settings.get("purge_interval_hours") or 0)
    if interval > 0:

        async def _start_purge(_app: web.Application) -> None:
            _app[PURGE_TASK] = asyncio.ensure_future(
                run_purge_schedule(
                    ctx.purge_older_than,
                    lambda: int(ctx.settings["retention_days"]),
                    interval,
                    float(ctx.settings.get("purge_first_delay", AUTO_PURGE_FIRST_DELAY)),
                    record=functools.partial(_record_scheduled_purge, ctx),
                )
            )

        async def _stop_purge(_app: web.Application) -> None:
            task = _app.get(PURGE_TASK)
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

        app.on_startup.append(_start_purge)
        app.on_cleanup.insert(0, _stop_purge)
    for method, path, handler in ROUTES:
        if method == "GET":
            app.router.add_get(PREFIX + path, _wrap(handler))
        else:
            app.router.add_route(method, PREFIX + path, _wrap(handler))
    return ctx


def create_staff_app(settings: Optional[Dict[str, Any]] = None) -> web.Application:
    """A standalone application serving only the console (development/CLI)."""
    app = web.Application()
    register(app, settings)
    return app
