"""Login, logout, the stylesheet and the home redirect."""

from __future__ import annotations

import secrets
import time

from aiohttp import web

from bot.staff import security
from bot.staff.context import HERE
from bot.staff.guard import (
    COOKIE_PATH,
    CTX,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    attempt_name,
    audit,
    bg,
    client_ip,
    is_locked,
    lockout_counts,
    public,
    render,
    set_cookie,
    verify_login,
)


@public
async def login_form(request: web.Request) -> web.Response:
    token = secrets.token_urlsafe(24)
    reason = request.query.get("reason", "")
    msg = "일정 시간 사용하지 않아 로그아웃되었습니다. 다시 로그인해 주세요." if reason == "expired" else ""
    resp = render(
        request,
        "login.html",
        login_csrf=token,
        next=_safe_next(request.query.get("next", "")),
        error="",
        info=msg,
        username="",
    )
    set_cookie(request, resp, LOGIN_CSRF_COOKIE, token)
    return resp


def _safe_next(nxt: str) -> str:
    if nxt.startswith("/staff/") and not nxt.startswith("//") and "\\" not in nxt and nxt != "/staff/login":
        return nxt
    return "/staff/"


@public
async def login_submit(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))
    nxt = _safe_next(str(form.get("next", "")))
    ip = client_ip(request)
    now = time.time()

    def _again(error: str, status: int) -> web.Response:
        token = secrets.token_urlsafe(24)
        resp = render(
            request,
            "login.html",
            status=status,
            login_csrf=token,
            next=nxt,
            error=error,
            info="",
            username=username if name == username else "",
        )
        set_cookie(request, resp, LOGIN_CSRF_COOKIE, token)
        return resp

    # the form shows the username again only if it is an account (it may be a mistyped password)
    name = await bg(attempt_name, ctx.db, username) if username else ""
    if not username or not password:
        return _again("아이디와 비밀번호를 입력해 주세요.", 400)

    async def _locked(pair: int, per_ip: int) -> web.Response:
        await bg(ctx.db.audit, "login_locked", name, None, ip=ip, detail={"user_failures": pair, "ip_failures": per_ip})
        minutes = int(ctx.settings["lockout_window_minutes"])
        return _again(f"로그인 실패가 여러 번 있어 잠시 잠겼습니다. {minutes}분 뒤에 다시 시도해 주세요.", 429)

    pair, per_ip = await lockout_counts(ctx, name, ip, now)
    if is_locked(ctx, pair, per_ip):
        return await _locked(pair, per_ip)
    # count this attempt as a failure *before* checking the password, then re-count: parallel
    # attempts see each other's rows, so no more than the limit ever reach the password check
    attempt_id = await bg(ctx.db.record_attempt, name, ip, False, now)
    pair, per_ip = await lockout_counts(ctx, name, ip, now)
    if is_locked(ctx, pair, per_ip, strict=True):
        return await _locked(pair, per_ip)
    user = await bg(verify_login, ctx.db, username, password)
    if user is None:
        await bg(ctx.db.audit, "login_failed", name, None, ip=ip)
        return _again("아이디 또는 비밀번호가 맞지 않습니다.", 401)
    await bg(ctx.db.mark_attempt_success, attempt_id)
    await bg(
        ctx.db.delete_expired_sessions,
        now - float(ctx.settings["session_idle_minutes"]) * 60,
        now - float(ctx.settings["session_max_hours"]) * 3600,
    )
    tok, tok_hash = security.new_token()
    await bg(ctx.db.create_session, tok_hash, user["id"], secrets.token_urlsafe(32), ip, now)
    await bg(ctx.db.update_user, username, last_login_at=now)
    await bg(ctx.db.audit, "login", username, user["role"], ip=ip)
    resp = web.HTTPFound(nxt)
    set_cookie(request, resp, SESSION_COOKIE, tok)
    resp.del_cookie(LOGIN_CSRF_COOKIE, path=COOKIE_PATH)
    raise resp


async def logout(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    await audit(request, "logout")
    await bg(ctx.db.delete_session, request["staff_session"]["id"])
    resp = web.HTTPFound("/staff/login")
    resp.del_cookie(SESSION_COOKIE, path=COOKIE_PATH)
    raise resp


@public
async def static_file(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    allowed = {"staff.css": "text/css"}
    if name not in allowed:
        raise web.HTTPNotFound()
    return web.FileResponse(HERE / "static" / name, headers={"Content-Type": allowed[name]})


async def home(request: web.Request) -> web.Response:
    raise web.HTTPFound("/staff/conversations")
