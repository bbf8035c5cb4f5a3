"""The dashboard: conversation and booking metrics for a period (and its JSON API)."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from aiohttp import web

from bot.staff.context import StaffContext
from bot.staff.guard import CTX, audit, bg, render, staff_scope, visible_to
from bot.staff.metrics import compute_metrics, in_period
from bot.staff.views.bookings import booking_dicts
from bot.staff.views.inbox import query_filters

logger = logging.getLogger(__name__)


def _dashboard_data(
    ctx: StaffContext, date_from: str, date_to: str, center: str, scope: Optional[str] = None
) -> Dict[str, Any]:
    if scope is not None:
        center = scope
    convs = [s for s in visible_to(ctx.conversations.summaries(), scope) if in_period(s, date_from, date_to)]
    booking_error = ""
    bookings_list: Optional[List[Dict[str, Any]]] = None
    try:
        if ctx.booking_store() is not None:
            bookings_list = booking_dicts(ctx, center=center) if (center or scope is None) else []
            if date_from or date_to:
                bookings_list = [b for b in bookings_list if _booking_in_period(b, date_from, date_to)]
        else:
            booking_error = ctx._booking_error
    except Exception as exc:
        logger.warning("dashboard bookings failed: %s", exc)
        booking_error = "예약 통계를 불러오지 못했습니다."
    m = compute_metrics(convs, bookings_list)
    m["booking_error"] = booking_error
    return m


def _booking_in_period(b: Dict[str, Any], date_from: str, date_to: str) -> bool:
    day = str(b.get("start") or b.get("day") or "")[:10]
    if not day:
        return True
    if date_from and day < date_from:
        return False
    if date_to and day > date_to:
        return False
    return True


async def dashboard(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = query_filters(request)
    center = request.query.get("center", "").strip()
    m = await bg(_dashboard_data, ctx, f["date_from"], f["date_to"], center, staff_scope(request))
    await audit(request, "view_dashboard", detail={"from": f["date_from"], "to": f["date_to"], "center": center})
    return render(request, "dashboard.html", m=m, f=f, center=center)


async def api_dashboard(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = query_filters(request)
    center = request.query.get("center", "").strip()
    m = await bg(_dashboard_data, ctx, f["date_from"], f["date_to"], center, staff_scope(request))
    await audit(request, "api_dashboard")
    return web.json_response(m)
