"""Bookings at a center (the 연계 plan card of each) and recording the visit outcome."""

from __future__ import annotations

import logging
import time
from datetime import date, datetime
from typing import Any, Dict, List
from urllib.parse import urlencode

from aiohttp import web

from bot.booking.display import plan_view, summary_desks, summary_documents, summary_verdict_lines
from bot.privacy.pii import mask_obj, mask_text
from bot.staff.context import BOOKING_STATUS_LABELS, StaffContext
from bot.staff.conversations import NEED_LABELS
from bot.staff.guard import CTX, audit, bg, current_user, render, staff_scope

logger = logging.getLogger(__name__)


def booking_dicts(ctx: StaffContext, center: str = "", day: str = "", status: str = "") -> List[Dict[str, Any]]:
    """Bookings as masked dicts (``Booking.to_dict(mask=True)``, masked again), each with the 연계 plan view,
    the link to its conversation and whether it is still ahead (then no visit outcome is preselected)."""
    store = ctx.booking_store()
    if store is None:
        return []
    d = date.fromisoformat(day) if day else None
    items = store.list_bookings(center=center or None, day=d, status=status or None)
    try:
        now = store.now()
    except Exception:  # pragma: no cover - a store without a clock
        now = None
    out = []
    for b in items:
        bd = b.to_dict(mask=True) if hasattr(b, "to_dict") else dict(b)
        bd = mask_obj(bd, skip_keys={"sender_id"})
        bd["view"] = _summary_view(bd)
        start = getattr(b, "start", None)
        if start is None and bd.get("start"):
            try:
                start = datetime.fromisoformat(str(bd["start"]))
            except ValueError:
                start = None
        bd["upcoming"] = bool(now is not None and start is not None and start > now)
        sender = bd["view"]["plan"].get("sender_id") or ""
        if not sender and bd.get("code") and not bd.get("purged"):
            try:
                found = ctx.conversations.senders_with_booking_code(str(bd["code"]))
            except Exception:  # tracker DB down: the card still shows the plan
                found = []
            sender = found[0] if found else ""
        bd["sender_id"] = sender
        out.append(bd)
    return out


def _summary_view(d: Dict[str, Any]) -> Dict[str, Any]:
    """The booking card: the 연계 plan (bot.booking.display.plan_view, any summary age) plus the older flat lists."""
    s = d.get("summary") or {}
    if not isinstance(s, dict):
        s = {}
    plan = plan_view(s)
    plan["needs"] = [NEED_LABELS.get(str(n), str(n)) for n in plan["needs"]]
    return {
        "needs": plan["needs"],
        "verdicts": summary_verdict_lines(s),
        "desks": [x["desk"] for x in plan["desks"]] + [x for x in plan.get("other_desks", []) if x] or summary_desks(s),
        "documents": summary_documents(s),
        "plan": plan,
    }


def _booking_centers(ctx: StaffContext) -> List[str]:
    store = ctx.booking_store()
    if store is None:
        return []
    return sorted({b.center for b in store.list_bookings()})


async def bookings(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    u = current_user(request)
    center = request.query.get("center", "" if "center" in request.query else (u.get("center") or "")).strip()
    scope = staff_scope(request)
    if scope is not None:
        center = scope  # a counselor sees only their own center's bookings
    day = request.query.get("day", "").strip()
    status = request.query.get("status", "").strip()
    if day:
        try:
            time.strptime(day, "%Y-%m-%d")
        except ValueError:
            day = ""
    if status and status not in BOOKING_STATUS_LABELS:
        status = ""
    centers: List[str] = []
    try:
        rows = await bg(booking_dicts, ctx, center, day, status) if (center or scope is None) else []
        centers = await bg(_booking_centers, ctx) if scope is None else ([scope] if scope else [])
        error = ctx._booking_error
    except Exception as exc:  # booking DB down: say so, keep the console usable
        logger.warning("list_bookings failed: %s", exc)
        rows, error = [], "예약 목록을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요."
    await audit(request, "view_bookings", detail={"center": center, "day": day, "status": status})
    return render(
        request,
        "bookings.html",
        rows=rows,
        center=center,
        day=day,
        fstatus=status,
        error=error,
        desks=list(ctx.settings["desks"]),
        centers=centers,
        flash=request.query.get("ok", ""),
        err=request.query.get("err", ""),
    )


async def booking_outcome(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    code = request.match_info["code"]
    form = await request.post()
    status = str(form.get("status", ""))
    if status not in ("visited", "no_show"):
        raise web.HTTPBadRequest(text="결과는 방문 또는 미방문만 기록할 수 있습니다.")
    desks = [" ".join(str(d).split())[:64] for d in form.getall("desk", []) if str(d).strip()]
    other = " ".join(str(form.get("desk_other", "")).split())[:64]
    if other:
        desks.append(other)
    if status == "no_show":
        desks = []
    note = mask_text(str(form.get("note", "")).strip())[:2000]
    store = ctx.booking_store()
    if store is None:
        raise web.HTTPServiceUnavailable(text="예약 저장소를 사용할 수 없습니다.")
    q = {k: str(form.get(k, "")) for k in ("center", "day", "filter_status") if form.get(k)}
    if "filter_status" in q:
        q["status"] = q.pop("filter_status")
    try:
        await bg(store.set_outcome, code, status, desks, note, current_user(request)["username"])
    except Exception as exc:
        kind = type(exc).__name__
        if kind == "NotFound" or isinstance(exc, (KeyError, LookupError)):
            raise web.HTTPNotFound(text="예약을 찾을 수 없습니다.") from exc
        if kind == "InvalidInput" or isinstance(exc, ValueError):
            await audit(request, "booking_outcome_rejected", target=code, detail={"status": status})
            q["err"] = f"{code}: " + str(getattr(exc, "message_ko", exc))
            raise web.HTTPFound("/staff/bookings?" + urlencode(q)) from exc
        logger.warning("set_outcome failed: %s", exc)
        raise web.HTTPServiceUnavailable(text="예약 저장소에 연결할 수 없습니다.") from exc
    await audit(request, "booking_outcome", target=code, detail={"status": status, "desks": desks})
    q["ok"] = f"{code} 결과를 저장했습니다."
    raise web.HTTPFound("/staff/bookings?" + urlencode(q))
