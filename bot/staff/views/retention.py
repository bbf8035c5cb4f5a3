"""Retention (admins): the purge now and one person's deletion. The deleting itself is
bot.privacy.deletion (through StaffContext), which the CLI and the purge schedule use too."""

from __future__ import annotations

from urllib.parse import urlencode

from aiohttp import web

from bot.privacy.deletion import purge_summary
from bot.staff.guard import CTX, admin_only, audit, bg, render


@admin_only
async def retention_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    return render(
        request,
        "retention.html",
        days=int(ctx.settings["retention_days"]),
        interval_hours=float(ctx.settings.get("purge_interval_hours") or 0),
        flash=request.query.get("ok", ""),
        error=request.query.get("err", ""),
    )


def _ret_back(ok: str = "", err: str = "") -> web.HTTPFound:
    return web.HTTPFound("/staff/admin/retention?" + urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v}))


@admin_only
async def retention_purge(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    try:
        days = int(str(form.get("days", "")))
    except ValueError:
        raise _ret_back(err="보관 기간(일)을 숫자로 입력해 주세요.")
    if days < 1:
        raise _ret_back(err="보관 기간은 1일 이상이어야 합니다.")
    if str(form.get("confirm", "")) != "yes":
        raise _ret_back(err="삭제 확인란을 선택해 주세요.")
    res = await bg(ctx.purge_older_than, days)
    await audit(request, "retention_purge", detail=dict(days=days, **purge_summary(res)))
    raise _ret_back(
        ok=f"{days}일보다 오래된 대화 {len(res['senders'])}건(이벤트 {res['events']}개)을 삭제하고, "
        f"예약 {res['bookings']}건의 신청인 정보를 지웠습니다."
    )


@admin_only
async def retention_delete(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    sender_id = str(form.get("sender_id", "")).strip()
    code = str(form.get("booking_code", "")).strip()
    if not sender_id and not code:
        raise _ret_back(err="대화 ID 또는 예약번호를 입력해 주세요.")
    if str(form.get("confirm", "")) != "yes":
        raise _ret_back(err="삭제 확인란을 선택해 주세요.")
    res = await bg(ctx.delete_person, sender_id, code)
    await audit(
        request,
        "conversation_delete",
        target=(sender_id or f"booking:{code}"),
        detail={"senders": res["senders"], "events": res["events"], "booking_code": code or None},
    )
    if not res["events"]:
        raise _ret_back(err="해당하는 대화를 찾지 못했습니다.")
    raise _ret_back(ok=f"대화 {len(res['senders'])}건(이벤트 {res['events']}개)을 삭제했습니다.")
