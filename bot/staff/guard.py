"""The guard around every console handler: session (idle/absolute expiry), CSRF, role and
center scope checks, security headers, plus the login helpers (password check, lockout counts,
the username as stored with attempts) and the small request helpers the views share.

Security model (see bot/staff/app.py for the whole list): every route needs a logged-in
session except the ones marked ``@public``; ``@admin_only`` routes need the admin role; every
POST carries the per-session CSRF token (the login form uses a double-submit cookie); a
counselor sees only their own center's conversations and bookings (others answer 404).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import secrets
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple
from urllib.parse import urlencode

from aiohttp import web

from bot.staff import security
from bot.staff.context import StaffContext
from bot.staff.storage import StaffDB

SESSION_COOKIE = "staff_session"
LOGIN_CSRF_COOKIE = "staff_login_csrf"
COOKIE_PATH = "/staff"


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


CTX: web.AppKey[StaffContext] = web.AppKey("staff_ctx", StaffContext)


def public(fn):
    fn._staff_public = True
    return fn


def admin_only(fn):
    fn._staff_role = "admin"
    return fn


async def bg(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run blocking DB work in the default executor."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(fn, *args, **kwargs))


def client_ip(request: web.Request) -> str:
    ctx = request.app[CTX]
    if ctx.settings.get("trust_proxy"):
        fwd = request.headers.get("X-Forwarded-For", "")
        if fwd:
            return fwd.split(",")[0].strip()[:64]
    return (request.remote or "unknown")[:64]


def is_https(request: web.Request) -> bool:
    ctx = request.app[CTX]
    mode = str(ctx.settings.get("cookie_secure", "auto")).lower()
    if mode in ("true", "1", "yes"):
        return True
    if mode in ("false", "0", "no"):
        return False
    if request.secure:
        return True
    return bool(ctx.settings.get("trust_proxy")) and request.headers.get("X-Forwarded-Proto", "") == "https"


def set_cookie(
    request: web.Request, resp: web.StreamResponse, name: str, value: str, max_age: Optional[int] = None
) -> None:
    resp.set_cookie(
        name, value, path=COOKIE_PATH, httponly=True, samesite="Strict", secure=is_https(request), max_age=max_age
    )


def login_redirect(request: web.Request, reason: str = "") -> web.Response:
    q = {"next": request.path_qs} if request.method == "GET" else {}
    if reason:
        q["reason"] = reason
    loc = "/staff/login" + ("?" + urlencode(q) if q else "")
    raise web.HTTPFound(loc)


def render(request: web.Request, template: str, status: int = 200, **ctx_vars: Any) -> web.Response:
    ctx = request.app[CTX]
    user = request.get("staff_user")
    sess = request.get("staff_session")
    html = ctx.templates.get_template(template).render(
        user=user,
        csrf_token=(sess or {}).get("csrf_token", ""),
        path=request.path,
        **ctx_vars,
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def deny(request: web.Request, status: int, message: str) -> web.Response:
    if request.path.startswith("/staff/api/") or "application/json" in request.headers.get("Accept", ""):
        return web.json_response({"error": message}, status=status)
    return render(request, "error.html", status=status, message=message, status_code=status)


async def session_for(request: web.Request) -> Optional[Dict[str, Any]]:
    ctx = request.app[CTX]
    tok = request.cookies.get(SESSION_COOKIE)
    if not tok:
        return None
    sess = await bg(ctx.db.get_session, security.token_hash(tok))
    if not sess:
        return None
    now = time.time()
    idle = float(ctx.settings["session_idle_minutes"]) * 60
    max_age = float(ctx.settings["session_max_hours"]) * 3600
    if not sess["active"] or now - sess["last_seen_at"] > idle or now - sess["created_at"] > max_age:
        await bg(ctx.db.delete_session, sess["id"])
        request["staff_expired"] = True
        return None
    if now - sess["last_seen_at"] > 30:
        await bg(ctx.db.touch_session, sess["id"], now)
    return sess


async def staff_guard(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    """Authentication, CSRF, role check and security headers for one handler."""
    try:
        resp = await _guarded(request, handler)
    except web.HTTPException as exc:
        security_headers(request, exc.headers)
        raise
    security_headers(request, resp.headers)
    return resp


def security_headers(request: web.Request, headers) -> None:
    headers["Content-Security-Policy"] = CSP
    headers["X-Frame-Options"] = "DENY"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    if not request.path.startswith("/staff/static/"):
        headers["Cache-Control"] = "no-store"


async def _guarded(request: web.Request, handler) -> web.StreamResponse:
    ctx = request.app[CTX]
    route_handler = handler
    is_public = bool(getattr(route_handler, "_staff_public", False))
    unsafe = request.method not in ("GET", "HEAD", "OPTIONS")
    if is_public:
        if unsafe:
            form = await request.post()
            if not security.tokens_equal(request.cookies.get(LOGIN_CSRF_COOKIE, ""), str(form.get("csrf_token", ""))):
                return deny(request, 403, "보안 토큰이 맞지 않습니다. 로그인 화면을 새로 고친 뒤 다시 시도해 주세요.")
        return await handler(request)

    sess = await session_for(request)
    if sess is None:
        if request.method == "GET" and not request.path.startswith("/staff/api/"):
            login_redirect(request, "expired" if request.get("staff_expired") else "")
        return deny(request, 401, "로그인이 필요합니다.")
    request["staff_session"] = sess
    request["staff_user"] = {
        "id": sess["user_id"],
        "username": sess["username"],
        "role": sess["role"],
        "center": sess["center"],
    }
    if unsafe:
        sent = request.headers.get("X-CSRF-Token", "")
        if not sent and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            sent = str(form.get("csrf_token", ""))
        if not security.tokens_equal(sent, sess["csrf_token"]):
            await bg(
                ctx.db.audit,
                "csrf_rejected",
                sess["username"],
                sess["role"],
                target=request.path,
                ip=client_ip(request),
            )
            return deny(request, 403, "보안 토큰이 맞지 않습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.")
    if getattr(route_handler, "_staff_role", None) == "admin" and sess["role"] != "admin":
        await bg(ctx.db.audit, "forbidden", sess["username"], sess["role"], target=request.path, ip=client_ip(request))
        return deny(request, 403, "관리자만 사용할 수 있는 기능입니다.")
    scope = staff_scope(request)
    sender_id = request.match_info.get("sender_id")
    code = request.match_info.get("code")
    if scope is not None and (
        (sender_id is not None and not await bg(_may_see_conversation, ctx, scope, sender_id))
        or (code is not None and not await bg(_may_see_booking, ctx, scope, code))
    ):
        # another center's conversation or booking: as if it did not exist
        await bg(ctx.db.audit, "forbidden", sess["username"], sess["role"], target=request.path, ip=client_ip(request))
        return deny(request, 404, "찾을 수 없습니다.")
    return await handler(request)


async def audit(request: web.Request, action: str, target: str = "", detail: Any = None) -> None:
    ctx = request.app[CTX]
    u = request.get("staff_user") or {}
    await bg(
        ctx.db.audit, action, u.get("username"), u.get("role"), target=target, detail=detail, ip=client_ip(request)
    )


def current_user(request: web.Request) -> Dict[str, Any]:
    return request["staff_user"]


def staff_scope(request: web.Request) -> Optional[str]:
    """None for admins (everything); for counselors their center ('' = none assigned: nothing)."""
    u = request.get("staff_user") or {}
    return None if u.get("role") == "admin" else (u.get("center") or "")


def visible_to(items: List[Dict[str, Any]], scope: Optional[str]) -> List[Dict[str, Any]]:
    if scope is None:
        return items
    return [s for s in items if scope and s.get("center") == scope]


def _may_see_conversation(ctx: "StaffContext", scope: Optional[str], sender_id: str) -> bool:
    if scope is None:
        return True
    summ = ctx.conversations.summary(sender_id)
    return bool(scope) and summ is not None and summ.get("center") == scope


def _may_see_booking(ctx: "StaffContext", scope: Optional[str], code: str) -> bool:
    if scope is None:
        return True
    store = ctx.booking_store()
    if store is None or not scope:
        return False
    try:
        return store.staff_get(code).center == scope
    except Exception:  # unknown code: the handler answers 404 itself
        return False


def verify_login(db: StaffDB, username: str, password: str) -> Optional[Dict[str, Any]]:
    u = db.get_user(username)
    if not u or not u["active"]:
        security.dummy_verify(password)
        return None
    return u if security.verify_password(password, u["password_hash"]) else None


#: Key for the stand-in of unknown usernames in the attempts table (per process: a password typed
#: into the username box is never stored, not even as a guessable plain hash).
_UNKNOWN_KEY = secrets.token_bytes(32)


def attempt_name(db: StaffDB, username: str) -> str:
    """The username as stored with login attempts and in the audit log: itself if it is an
    account, otherwise an opaque keyed digest."""
    if db.get_user(username):
        return username
    return "?" + hmac.new(_UNKNOWN_KEY, username.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


async def lockout_counts(ctx: StaffContext, name: str, ip: str, now: float) -> Tuple[int, int]:
    """Failed logins in the lockout window: (this username from this IP, this IP)."""
    window = float(ctx.settings["lockout_window_minutes"]) * 60
    # per username *and* IP: nobody can lock a counselor out from another address
    pair = await bg(ctx.db.failed_attempts_since, now - window, username=name, ip=ip)
    per_ip = await bg(ctx.db.failed_attempts_since, now - window, ip=ip, reset_on_success=False)
    return pair, per_ip


def is_locked(ctx: StaffContext, pair: int, per_ip: int, strict: bool = False) -> bool:
    """Over the limit? `strict` after this attempt was recorded (then the limit itself is allowed)."""
    max_user = int(ctx.settings["lockout_max_failures_user"])
    max_ip = int(ctx.settings["lockout_max_failures_ip"])
    if strict:
        return pair > max_user or per_ip > max_ip
    return pair >= max_user or per_ip >= max_ip
