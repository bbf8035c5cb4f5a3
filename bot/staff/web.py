"""Staff console (aiohttp routes mounted under /staff on the host app).

The routes are added to the host application directly (not as an aiohttp
sub-application: with aiohttp 3.9.5 and the installed yarl, sub-app prefix
resolution builds ``request.url`` and fails with "Host ... cannot contain
':'" whenever the Host header carries a port).  Each handler is wrapped by
:func:`staff_guard`, so the console adds no middleware to the host app.

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
import hashlib
import hmac
import json
import logging
import math
import os
import secrets
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional
from urllib.parse import urlencode

import jinja2
from aiohttp import web

from bot.privacy import retention
from bot.privacy.policy import retention_days
from bot.privacy.pii import mask_obj, mask_text
from bot.staff import security
from bot.staff.conversations import CRISIS_KIND_LABELS, CRISIS_LEVEL_LABELS  # crisis flag (SAFETY)
from bot.staff.conversations import (
    NEED_LABELS,
    ConversationRepository,
    compute_metrics,
    filter_summaries,
    fmt_ts,
    in_period,
)
from bot.staff.db import REVIEW_STATUSES, ROLES, StaffDB
from bot.staff.exports import (
    annotate,
    merge_story_files,
    nlu_yaml,
    parse_annotated,
    story_steps,
    story_yaml,
    valid_name,
)

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "staff_session"
LOGIN_CSRF_COOKIE = "staff_login_csrf"
COOKIE_PATH = "/staff"

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

STATUS_LABELS = {"unreviewed": "미검토", "reviewed": "검토 완료", "follow_up": "후속 조치"}
BOOKING_STATUS_LABELS = {"booked": "예약", "cancelled": "취소", "visited": "방문", "no_show": "미방문"}

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def _env(name: str, default: Any = None) -> Any:
    v = os.environ.get(name)
    return v if v not in (None, "") else default


def load_settings(settings: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Defaults < environment < explicit settings."""
    s: Dict[str, Any] = {
        "staff_db_url": _env("STAFF_DB_URL"),
        "tracker_db_url": _env("TRACKER_DB_URL"),
        "booking_db_url": _env("BOOKING_DB_URL"),
        "session_idle_minutes": float(_env("STAFF_SESSION_IDLE_MINUTES", 30)),
        "session_max_hours": float(_env("STAFF_SESSION_MAX_HOURS", 12)),
        "lockout_window_minutes": float(_env("STAFF_LOCKOUT_WINDOW_MINUTES", 15)),
        "lockout_max_failures_user": int(_env("STAFF_LOCKOUT_MAX_USER", 5)),
        "lockout_max_failures_ip": int(_env("STAFF_LOCKOUT_MAX_IP", 20)),
        "retention_days": retention_days(),  # bot/privacy/policy.py: the one source of truth
        # automatic purge (conversations + booking contact data) every N hours; 0 = off
        "purge_interval_hours": float(_env("STAFF_PURGE_INTERVAL_HOURS", 24)),
        "cookie_secure": _env("STAFF_COOKIE_SECURE", "auto"),
        "trust_proxy": str(_env("STAFF_TRUST_PROXY", "false")).lower() in ("1", "true", "yes"),
        "page_size": 25,
        "desks": list(DEFAULT_DESKS),
        "booking_store": None,
    }
    for k, v in (settings or {}).items():
        if v is not None:
            s[k] = v
    return s


class StaffContext:
    def __init__(self, settings: Dict[str, Any]) -> None:
        self.settings = settings
        self.db = StaffDB(settings.get("staff_db_url"))
        self.conversations = ConversationRepository(settings.get("tracker_db_url"))
        self._booking_store = settings.get("booking_store")
        self._booking_error = ""
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates")),
            autoescape=jinja2.select_autoescape(["html"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["ts"] = fmt_ts
        self.templates.filters["mask"] = lambda v: mask_text(v) if isinstance(v, str) else v
        self.templates.filters["need"] = lambda n: NEED_LABELS.get(n, n)
        self.templates.filters["pct"] = lambda x: f"{100.0 * x:.1f}%"
        self.templates.filters["tojson_ko"] = lambda v: json.dumps(v, ensure_ascii=False)
        self.templates.globals.update(
            STATUS_LABELS=STATUS_LABELS, BOOKING_STATUS_LABELS=BOOKING_STATUS_LABELS,
            NEED_LABELS=NEED_LABELS, REVIEW_STATUSES=REVIEW_STATUSES, ROLES=ROLES,
            CRISIS_LEVEL_LABELS=CRISIS_LEVEL_LABELS, CRISIS_KIND_LABELS=CRISIS_KIND_LABELS,
        )

    def booking_store(self) -> Any:
        if self._booking_store is None and not self._booking_error:
            try:
                from bot.booking import BookingStore  # type: ignore[attr-defined]

                self._booking_store = BookingStore(url=self.settings.get("booking_db_url"))
            except Exception as exc:  # module missing or DB unavailable
                logger.warning("booking store unavailable: %s", exc)
                self._booking_error = "예약 저장소를 사용할 수 없습니다."
        return self._booking_store

    def close(self) -> None:
        self.db.dispose()
        self.conversations.dispose()


CTX: web.AppKey[StaffContext] = web.AppKey("staff_ctx", StaffContext)
PURGE_TASK: web.AppKey[asyncio.Future] = web.AppKey("staff_purge_task", asyncio.Future)


# ---- route decorators --------------------------------------------------------
def public(fn):
    fn._staff_public = True
    return fn


def admin_only(fn):
    fn._staff_role = "admin"
    return fn


async def _bg(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
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


def _set_cookie(request: web.Request, resp: web.StreamResponse, name: str, value: str, max_age: Optional[int] = None) -> None:
    resp.set_cookie(name, value, path=COOKIE_PATH, httponly=True, samesite="Strict",
                    secure=is_https(request), max_age=max_age)


def _login_redirect(request: web.Request, reason: str = "") -> web.Response:
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
        user=user, csrf_token=(sess or {}).get("csrf_token", ""), path=request.path,
        **ctx_vars,
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def _deny(request: web.Request, status: int, message: str) -> web.Response:
    if request.path.startswith("/staff/api/") or "application/json" in request.headers.get("Accept", ""):
        return web.json_response({"error": message}, status=status)
    return render(request, "error.html", status=status, message=message, status_code=status)


async def _session_for(request: web.Request) -> Optional[Dict[str, Any]]:
    ctx = request.app[CTX]
    tok = request.cookies.get(SESSION_COOKIE)
    if not tok:
        return None
    sess = await _bg(ctx.db.get_session, security.token_hash(tok))
    if not sess:
        return None
    now = time.time()
    idle = float(ctx.settings["session_idle_minutes"]) * 60
    max_age = float(ctx.settings["session_max_hours"]) * 3600
    if not sess["active"] or now - sess["last_seen_at"] > idle or now - sess["created_at"] > max_age:
        await _bg(ctx.db.delete_session, sess["id"])
        request["staff_expired"] = True
        return None
    if now - sess["last_seen_at"] > 30:
        await _bg(ctx.db.touch_session, sess["id"], now)
    return sess


async def staff_guard(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    """Authentication, CSRF, role check and security headers for one handler."""
    try:
        resp = await _guarded(request, handler)
    except web.HTTPException as exc:
        _security_headers(request, exc.headers)
        raise
    _security_headers(request, resp.headers)
    return resp


def _security_headers(request: web.Request, headers) -> None:
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
                return _deny(request, 403, "보안 토큰이 맞지 않습니다. 로그인 화면을 새로 고친 뒤 다시 시도해 주세요.")
        return await handler(request)

    sess = await _session_for(request)
    if sess is None:
        if request.method == "GET" and not request.path.startswith("/staff/api/"):
            _login_redirect(request, "expired" if request.get("staff_expired") else "")
        return _deny(request, 401, "로그인이 필요합니다.")
    request["staff_session"] = sess
    request["staff_user"] = {"id": sess["user_id"], "username": sess["username"],
                             "role": sess["role"], "center": sess["center"]}
    if unsafe:
        sent = request.headers.get("X-CSRF-Token", "")
        if not sent and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            sent = str(form.get("csrf_token", ""))
        if not security.tokens_equal(sent, sess["csrf_token"]):
            await _bg(ctx.db.audit, "csrf_rejected", sess["username"], sess["role"],
                      target=request.path, ip=client_ip(request))
            return _deny(request, 403, "보안 토큰이 맞지 않습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.")
    if getattr(route_handler, "_staff_role", None) == "admin" and sess["role"] != "admin":
        await _bg(ctx.db.audit, "forbidden", sess["username"], sess["role"], target=request.path,
                  ip=client_ip(request))
        return _deny(request, 403, "관리자만 사용할 수 있는 기능입니다.")
    scope = _scope(request)
    sender_id = request.match_info.get("sender_id")
    code = request.match_info.get("code")
    if scope is not None and (
            (sender_id is not None and not await _bg(_may_see_conversation, ctx, scope, sender_id))
            or (code is not None and not await _bg(_may_see_booking, ctx, scope, code))):
        # another center's conversation or booking: as if it did not exist
        await _bg(ctx.db.audit, "forbidden", sess["username"], sess["role"], target=request.path,
                  ip=client_ip(request))
        return _deny(request, 404, "찾을 수 없습니다.")
    return await handler(request)


async def audit(request: web.Request, action: str, target: str = "", detail: Any = None) -> None:
    ctx = request.app[CTX]
    u = request.get("staff_user") or {}
    await _bg(ctx.db.audit, action, u.get("username"), u.get("role"), target=target,
              detail=detail, ip=client_ip(request))


def _user(request: web.Request) -> Dict[str, Any]:
    return request["staff_user"]


def _scope(request: web.Request) -> Optional[str]:
    """None for admins (everything); for counselors their center ('' = none assigned: nothing)."""
    u = request.get("staff_user") or {}
    return None if u.get("role") == "admin" else (u.get("center") or "")


def _visible(items: List[Dict[str, Any]], scope: Optional[str]) -> List[Dict[str, Any]]:
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


# ---- login / logout ------------------------------------------------------------
@public
async def login_form(request: web.Request) -> web.Response:
    token = secrets.token_urlsafe(24)
    reason = request.query.get("reason", "")
    msg = "일정 시간 사용하지 않아 로그아웃되었습니다. 다시 로그인해 주세요." if reason == "expired" else ""
    resp = render(request, "login.html", login_csrf=token, next=_safe_next(request.query.get("next", "")),
                  error="", info=msg, username="")
    _set_cookie(request, resp, LOGIN_CSRF_COOKIE, token)
    return resp


def _safe_next(nxt: str) -> str:
    if nxt.startswith("/staff/") and not nxt.startswith("//") and "\\" not in nxt and nxt != "/staff/login":
        return nxt
    return "/staff/"


def _verify_login(db: StaffDB, username: str, password: str) -> Optional[Dict[str, Any]]:
    u = db.get_user(username)
    if not u or not u["active"]:
        security.dummy_verify(password)
        return None
    return u if security.verify_password(password, u["password_hash"]) else None


#: Key for the stand-in of unknown usernames in the attempts table (per process: a password typed
#: into the username box is never stored, not even as a guessable plain hash).
_UNKNOWN_KEY = secrets.token_bytes(32)


def _attempt_name(db: StaffDB, username: str) -> str:
    """The username as stored with login attempts and in the audit log: itself if it is an
    account, otherwise an opaque keyed digest."""
    if db.get_user(username):
        return username
    return "?" + hmac.new(_UNKNOWN_KEY, username.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


@public
async def login_submit(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))
    nxt = _safe_next(str(form.get("next", "")))
    ip = client_ip(request)
    now = time.time()
    window = float(ctx.settings["lockout_window_minutes"]) * 60
    max_user = int(ctx.settings["lockout_max_failures_user"])
    max_ip = int(ctx.settings["lockout_max_failures_ip"])

    def _again(error: str, status: int) -> web.Response:
        token = secrets.token_urlsafe(24)
        resp = render(request, "login.html", status=status, login_csrf=token, next=nxt, error=error,
                      info="", username=username if name == username else "")
        _set_cookie(request, resp, LOGIN_CSRF_COOKIE, token)
        return resp

    # the form shows the username again only if it is an account (it may be a mistyped password)
    name = await _bg(_attempt_name, ctx.db, username) if username else ""
    if not username or not password:
        return _again("아이디와 비밀번호를 입력해 주세요.", 400)

    async def _counts() -> "tuple[int, int]":
        # per username *and* IP: nobody can lock a counselor out from another address
        pair = await _bg(ctx.db.failed_attempts_since, now - window, username=name, ip=ip)
        per_ip = await _bg(ctx.db.failed_attempts_since, now - window, ip=ip, reset_on_success=False)
        return pair, per_ip

    async def _locked(pair: int, per_ip: int) -> web.Response:
        await _bg(ctx.db.audit, "login_locked", name, None, ip=ip,
                  detail={"user_failures": pair, "ip_failures": per_ip})
        minutes = int(ctx.settings["lockout_window_minutes"])
        return _again(f"로그인 실패가 여러 번 있어 잠시 잠겼습니다. {minutes}분 뒤에 다시 시도해 주세요.", 429)

    pair, per_ip = await _counts()
    if pair >= max_user or per_ip >= max_ip:
        return await _locked(pair, per_ip)
    # count this attempt as a failure *before* checking the password, then re-count: parallel
    # attempts see each other's rows, so no more than the limit ever reach the password check
    attempt_id = await _bg(ctx.db.record_attempt, name, ip, False, now)
    pair, per_ip = await _counts()
    if pair > max_user or per_ip > max_ip:
        return await _locked(pair, per_ip)
    user = await _bg(_verify_login, ctx.db, username, password)
    if user is None:
        await _bg(ctx.db.audit, "login_failed", name, None, ip=ip)
        return _again("아이디 또는 비밀번호가 맞지 않습니다.", 401)
    await _bg(ctx.db.mark_attempt_success, attempt_id)
    await _bg(ctx.db.delete_expired_sessions,
              now - float(ctx.settings["session_idle_minutes"]) * 60,
              now - float(ctx.settings["session_max_hours"]) * 3600)
    tok, tok_hash = security.new_token()
    await _bg(ctx.db.create_session, tok_hash, user["id"], secrets.token_urlsafe(32), ip, now)
    await _bg(ctx.db.update_user, username, last_login_at=now)
    await _bg(ctx.db.audit, "login", username, user["role"], ip=ip)
    resp = web.HTTPFound(nxt)
    _set_cookie(request, resp, SESSION_COOKIE, tok)
    resp.del_cookie(LOGIN_CSRF_COOKIE, path=COOKIE_PATH)
    raise resp


async def logout(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    await audit(request, "logout")
    await _bg(ctx.db.delete_session, request["staff_session"]["id"])
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


# ---- inbox -------------------------------------------------------------------
FILTER_KEYS = ("channel", "need", "booked", "fallback", "crisis", "status", "tag", "date_from", "date_to", "q")


def _filters(request: web.Request) -> Dict[str, str]:
    f = {k: request.query.get(k, "").strip()[:100] for k in FILTER_KEYS}
    for k in ("date_from", "date_to"):
        if f[k]:
            try:
                time.strptime(f[k], "%Y-%m-%d")
            except ValueError:
                f[k] = ""
    return f


def _inbox_data(ctx: StaffContext, f: Dict[str, str], scope: Optional[str] = None) -> Dict[str, Any]:
    all_items = _visible(ctx.conversations.summaries(), scope)
    review = ctx.db.review_index()
    hits = ctx.conversations.search_text(f["q"]) if f["q"] else None
    items = filter_summaries(all_items, review, text_hits=hits, **f)
    return {
        "items": items,
        "channels": sorted({s["channel"] for s in all_items if s["channel"]}),
        "tags": ctx.db.all_tags(),
        "total_all": len(all_items),
    }


async def inbox(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = _filters(request)
    data = await _bg(_inbox_data, ctx, f, _scope(request))
    size = int(ctx.settings["page_size"])
    pages = max(1, math.ceil(len(data["items"]) / size))
    try:
        page = min(max(1, int(request.query.get("page", "1"))), pages)
    except ValueError:
        page = 1
    rows = data["items"][(page - 1) * size: page * size]
    await audit(request, "view_inbox", detail={k: v for k, v in f.items() if v} or None)
    qs = {k: v for k, v in f.items() if v}
    return render(request, "inbox.html", rows=rows, f=f, channels=data["channels"], tags=data["tags"],
                  page=page, pages=pages, count=len(data["items"]), total_all=data["total_all"],
                  qs=urlencode(qs), needs=list(NEED_LABELS))


async def api_conversations(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = _filters(request)
    data = await _bg(_inbox_data, ctx, f, _scope(request))
    await audit(request, "api_conversations", detail={k: v for k, v in f.items() if v} or None)
    return web.json_response({"count": len(data["items"]), "items": data["items"][:500]})


# ---- transcript + review -------------------------------------------------------
def _conv_or_404(ctx: StaffContext, sender_id: str) -> Dict[str, Any]:
    t = ctx.conversations.transcript(sender_id)
    if t is None:
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    return t


async def conversation(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    t = await _bg(_conv_or_404, ctx, sender_id)
    review = await _bg(ctx.db.get_review, sender_id)
    summary = await _bg(ctx.conversations.summary, sender_id)
    for it in t["items"]:
        if it["type"] == "user":
            it["annotated"] = annotate(it["text"], it["entities"])
            it["correction"] = review["corrections"].get(it["id"])
    await audit(request, "view_conversation", target=sender_id)
    return render(request, "conversation.html", t=t, review=review, summary=summary,
                  flash=request.query.get("ok", ""), error=request.query.get("err", ""))


def _back(sender_id: str, ok: str = "", err: str = "") -> web.HTTPFound:
    from urllib.parse import quote

    q = urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v})
    return web.HTTPFound(f"/staff/conversations/{quote(sender_id, safe='')}" + (f"?{q}" if q else ""))


async def set_review(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    status = str(form.get("status", ""))
    if status not in REVIEW_STATUSES:
        raise web.HTTPBadRequest(text="알 수 없는 검토 상태입니다.")
    if not await _bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    await _bg(ctx.db.set_review_status, sender_id, status, _user(request)["username"])
    await audit(request, "review_status", target=sender_id, detail={"status": status})
    raise _back(sender_id, ok="검토 상태를 저장했습니다.")


async def tags_update(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    tag = " ".join(str(form.get("tag", "")).split())[:64]
    op = str(form.get("op", "add"))
    if not tag:
        raise _back(sender_id, err="태그를 입력해 주세요.")
    if not await _bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    tag = mask_text(tag)
    if op == "remove":
        await _bg(ctx.db.remove_tag, sender_id, tag)
    else:
        await _bg(ctx.db.add_tag, sender_id, tag, _user(request)["username"])
    await audit(request, "tag_" + ("remove" if op == "remove" else "add"), target=sender_id, detail={"tag": tag})
    raise _back(sender_id, ok="태그를 저장했습니다.")


async def add_note(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    body = mask_text(str(form.get("body", "")).strip())[:4000]
    if not body:
        raise _back(sender_id, err="메모 내용을 입력해 주세요.")
    if not await _bg(ctx.conversations.exists, sender_id):
        raise web.HTTPNotFound(text="대화를 찾을 수 없습니다.")
    await _bg(ctx.db.add_note, sender_id, body, _user(request)["username"])
    await audit(request, "note_add", target=sender_id)
    raise _back(sender_id, ok="메모를 저장했습니다.")


async def add_correction(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    try:
        event_id = int(str(form.get("event_id", "")))
    except ValueError:
        raise web.HTTPBadRequest(text="메시지 번호가 올바르지 않습니다.")
    intent = str(form.get("intent", "")).strip()
    annotated = " ".join(mask_text(str(form.get("annotated_text", ""))).split())
    if not valid_name(intent):
        raise _back(sender_id, err="인텐트 이름은 영문·숫자·밑줄로 적어 주세요.")
    msg = await _bg(ctx.conversations.user_message, sender_id, event_id)
    if msg is None:
        raise web.HTTPNotFound(text="메시지를 찾을 수 없습니다.")
    try:
        plain, ents = parse_annotated(annotated or msg["text"])
    except ValueError as exc:
        raise _back(sender_id, err=str(exc))
    if not plain.strip():
        raise _back(sender_id, err="문장이 비어 있습니다.")
    await _bg(ctx.db.upsert_correction, sender_id, event_id, msg["text"], annotated or msg["text"],
              intent, _user(request)["username"])
    await audit(request, "nlu_correction", target=sender_id,
                detail={"event_id": event_id, "from": msg.get("intent"), "to": intent,
                        "entities": [e["entity"] for e in ents]})
    raise _back(sender_id, ok="교정 내용을 저장했습니다.")


def _story_for(ctx: StaffContext, sender_id: str, author: str) -> str:
    t = _conv_or_404(ctx, sender_id)
    review = ctx.db.get_review(sender_id)
    name = f"상담 대화 {sender_id[:12]} ({author}, {fmt_ts(time.time())})"
    return story_yaml(name, story_steps(t, review["corrections"]))


async def save_story(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    author = _user(request)["username"]
    y = await _bg(_story_for, ctx, sender_id, author)
    await _bg(ctx.db.save_story, sender_id, f"상담 대화 {sender_id[:12]}", y, author)
    await audit(request, "story_save", target=sender_id)
    raise _back(sender_id, ok="테스트 스토리로 저장했습니다.")


async def story_download(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    y = await _bg(_story_for, ctx, sender_id, _user(request)["username"])
    await audit(request, "story_download", target=sender_id)
    return web.Response(text=y, content_type="text/yaml", charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="test_story.yml"'})


async def api_conversation(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    sender_id = request.match_info["sender_id"]
    t = await _bg(_conv_or_404, ctx, sender_id)
    review = await _bg(ctx.db.get_review, sender_id)
    await audit(request, "api_conversation", target=sender_id)
    return web.json_response({"transcript": t, "review": {
        "status": review["status"], "tags": [x["tag"] for x in review["tags"]],
        "notes": [{"author": n["author"], "created_at": n["created_at"], "body": n["body"]} for n in review["notes"]],
    }})


# ---- exports -----------------------------------------------------------------
def _scoped_rows(ctx: StaffContext, rows: List[Dict[str, Any]], scope: Optional[str]) -> List[Dict[str, Any]]:
    if scope is None:
        return rows
    ids = {s["sender_id"] for s in _visible(ctx.conversations.summaries(), scope)}
    return [r for r in rows if r.get("sender_id") in ids]


async def exports_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    corr = await _bg(_scoped_rows, ctx, await _bg(ctx.db.list_corrections), _scope(request))
    st = await _bg(_scoped_rows, ctx, await _bg(ctx.db.list_stories), _scope(request))
    await audit(request, "view_exports")
    return render(request, "exports.html", corrections=corr, stories=st)


def _remask_story(y: str) -> str:
    """A saved story masked again with today's rules (it may predate them)."""
    import yaml

    try:
        doc = yaml.safe_load(y)
    except yaml.YAMLError:
        return mask_text(y) if "stories:" not in y else y.split("stories:\n", 1)[0] + "stories: []\n"
    return yaml.safe_dump(mask_obj(doc), allow_unicode=True, sort_keys=False)


async def export_nlu(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    corr = await _bg(_scoped_rows, ctx, await _bg(ctx.db.list_corrections), _scope(request))
    corr = [dict(c, annotated_text=mask_text(c["annotated_text"])) for c in corr]  # today's rules
    await audit(request, "export_nlu", detail={"examples": len(corr)})
    return web.Response(text=nlu_yaml(corr), content_type="text/yaml", charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="nlu_corrections.yml"'})


async def export_stories(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    st = await _bg(_scoped_rows, ctx, await _bg(ctx.db.list_stories), _scope(request))
    await audit(request, "export_stories", detail={"stories": len(st)})
    return web.Response(text=merge_story_files(_remask_story(s["yaml"]) for s in st), content_type="text/yaml",
                        charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="test_conversations.yml"'})


# ---- bookings ----------------------------------------------------------------
def _booking_dicts(ctx: StaffContext, center: str = "", day: str = "", status: str = "") -> List[Dict[str, Any]]:
    """Bookings as masked dicts (``Booking.to_dict(mask=True)``, masked again), each with the 연계 plan view,
    the link to its conversation and whether it is still ahead (then no visit outcome is preselected)."""
    from datetime import date as _date
    from datetime import datetime as _dt

    store = ctx.booking_store()
    if store is None:
        return []
    d = _date.fromisoformat(day) if day else None
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
                start = _dt.fromisoformat(str(bd["start"]))
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
    """The booking card: the 연계 plan (bot.booking.text.plan_view, any summary age) plus the older flat lists."""
    from bot.booking.text import plan_view, summary_desks, summary_documents, summary_verdict_lines

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
    u = _user(request)
    center = request.query.get("center", "" if "center" in request.query else (u.get("center") or "")).strip()
    scope = _scope(request)
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
        rows = await _bg(_booking_dicts, ctx, center, day, status) if (center or scope is None) else []
        centers = await _bg(_booking_centers, ctx) if scope is None else ([scope] if scope else [])
        error = ctx._booking_error
    except Exception as exc:  # booking DB down: say so, keep the console usable
        logger.warning("list_bookings failed: %s", exc)
        rows, error = [], "예약 목록을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요."
    await audit(request, "view_bookings", detail={"center": center, "day": day, "status": status})
    return render(request, "bookings.html", rows=rows, center=center, day=day, fstatus=status,
                  error=error, desks=list(ctx.settings["desks"]), centers=centers,
                  flash=request.query.get("ok", ""), err=request.query.get("err", ""))


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
        await _bg(store.set_outcome, code, status, desks, note, _user(request)["username"])
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


# ---- dashboard -----------------------------------------------------------------
def _dashboard_data(ctx: StaffContext, date_from: str, date_to: str, center: str,
                    scope: Optional[str] = None) -> Dict[str, Any]:
    if scope is not None:
        center = scope
    convs = [s for s in _visible(ctx.conversations.summaries(), scope) if in_period(s, date_from, date_to)]
    booking_error = ""
    bookings_list: Optional[List[Dict[str, Any]]] = None
    try:
        if ctx.booking_store() is not None:
            bookings_list = _booking_dicts(ctx, center=center) if (center or scope is None) else []
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
    f = _filters(request)
    center = request.query.get("center", "").strip()
    m = await _bg(_dashboard_data, ctx, f["date_from"], f["date_to"], center, _scope(request))
    await audit(request, "view_dashboard", detail={"from": f["date_from"], "to": f["date_to"], "center": center})
    return render(request, "dashboard.html", m=m, f=f, center=center)


async def api_dashboard(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    f = _filters(request)
    center = request.query.get("center", "").strip()
    m = await _bg(_dashboard_data, ctx, f["date_from"], f["date_to"], center, _scope(request))
    await audit(request, "api_dashboard")
    return web.json_response(m)


# ---- own account ----------------------------------------------------------------
async def account(request: web.Request) -> web.Response:
    return render(request, "account.html", error=request.query.get("err", ""), flash=request.query.get("ok", ""))


async def change_password(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    u = _user(request)
    form = await request.post()
    current = str(form.get("current", ""))
    new = str(form.get("new", ""))
    if str(form.get("confirm", "")) != new:
        raise web.HTTPFound("/staff/account?" + urlencode({"err": "새 비밀번호가 서로 다릅니다."}))
    problem = security.password_problem(new, u["username"])
    if problem:
        raise web.HTTPFound("/staff/account?" + urlencode({"err": problem}))
    if await _bg(_verify_login, ctx.db, u["username"], current) is None:
        await audit(request, "password_change_failed", target=u["username"])
        raise web.HTTPFound("/staff/account?" + urlencode({"err": "현재 비밀번호가 맞지 않습니다."}))
    await _bg(ctx.db.update_user, u["username"], password_hash=await _bg(security.hash_password, new))
    # whoever else holds a session of this account (a stolen cookie, another PC) is logged out
    ended = await _bg(ctx.db.delete_user_sessions, u["id"], request["staff_session"]["id"])
    await audit(request, "password_change", target=u["username"], detail={"other_sessions_ended": ended})
    raise web.HTTPFound("/staff/account?" + urlencode({"ok": "비밀번호를 바꿨습니다."}))


# ---- admin: users ------------------------------------------------------------------
@admin_only
async def users_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    rows = await _bg(ctx.db.list_users)
    await audit(request, "view_users")
    return render(request, "users.html", rows=rows, error=request.query.get("err", ""),
                  flash=request.query.get("ok", ""))


def _users_back(ok: str = "", err: str = "") -> web.HTTPFound:
    return web.HTTPFound("/staff/admin/users?" + urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v}))


@admin_only
async def users_create(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    form = await request.post()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    role = str(form.get("role", "counselor"))
    center = " ".join(str(form.get("center", "")).split())[:128]
    if not valid_username(username):
        raise _users_back(err="아이디는 영문 소문자·숫자·._- 3~64자로 정해 주세요.")
    if role not in ROLES:
        raise _users_back(err="역할이 올바르지 않습니다.")
    problem = security.password_problem(password, username)
    if problem:
        raise _users_back(err=problem)
    if await _bg(ctx.db.get_user, username):
        raise _users_back(err="이미 있는 아이디입니다.")
    await _bg(ctx.db.create_user, username, await _bg(security.hash_password, password), role, center)
    await audit(request, "user_create", target=username, detail={"role": role, "center": center})
    raise _users_back(ok=f"{username} 계정을 만들었습니다.")


@admin_only
async def users_update(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    username = request.match_info["username"]
    form = await request.post()
    target = await _bg(ctx.db.get_user, username)
    if not target:
        raise web.HTTPNotFound(text="사용자를 찾을 수 없습니다.")
    changes: Dict[str, Any] = {}
    role = str(form.get("role", target["role"]))
    if role not in ROLES:
        raise _users_back(err="역할이 올바르지 않습니다.")
    active = str(form.get("active", "1" if target["active"] else "0")) == "1"
    center = " ".join(str(form.get("center", target["center"] or "")).split())[:128]
    removing_admin = target["role"] == "admin" and target["active"] and (role != "admin" or not active)
    if removing_admin and await _bg(ctx.db.count_admins) <= 1:
        raise _users_back(err="마지막 관리자 계정은 권한을 낮추거나 비활성화할 수 없습니다.")
    if role != target["role"]:
        changes["role"] = role
    if active != bool(target["active"]):
        changes["active"] = active
    if center != (target["center"] or ""):
        changes["center"] = center or None
    new_pw = str(form.get("new_password", ""))
    if new_pw:
        problem = security.password_problem(new_pw, username)
        if problem:
            raise _users_back(err=problem)
        changes["password_hash"] = await _bg(security.hash_password, new_pw)
    if changes:
        await _bg(ctx.db.update_user, username, **changes)
        if {"role", "active", "password_hash"} & set(changes):
            await _bg(ctx.db.delete_user_sessions, target["id"])
    shown = {k: v for k, v in changes.items() if k != "password_hash"}
    if "password_hash" in changes:
        shown["password"] = "reset"
    await audit(request, "user_update", target=username, detail=shown or None)
    raise _users_back(ok=f"{username} 계정을 저장했습니다.")


def valid_username(u: str) -> bool:
    import re

    return bool(re.fullmatch(r"[a-z0-9][a-z0-9._-]{2,63}", u or ""))


# ---- admin: audit ---------------------------------------------------------------
@admin_only
async def audit_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    username = request.query.get("username", "").strip()
    action = request.query.get("action", "").strip()
    target = request.query.get("target", "").strip()
    size = 50
    try:
        page = max(1, int(request.query.get("page", "1")))
    except ValueError:
        page = 1
    rows, total = await _bg(ctx.db.list_audit, size, (page - 1) * size, username or None, action or None, target or None)
    actions = await _bg(ctx.db.audit_actions)
    await audit(request, "view_audit", detail={"username": username, "action": action, "target": target} )
    pages = max(1, math.ceil(total / size))
    qs = urlencode({k: v for k, v in {"username": username, "action": action, "target": target}.items() if v})
    return render(request, "audit.html", rows=rows, total=total, page=page, pages=pages, actions=actions,
                  username=username, action=action, target=target, qs=qs)


# ---- admin: retention ------------------------------------------------------------
@admin_only
async def retention_page(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    return render(request, "retention.html", days=int(ctx.settings["retention_days"]),
                  interval_hours=float(ctx.settings.get("purge_interval_hours") or 0),
                  flash=request.query.get("ok", ""), error=request.query.get("err", ""))


def _ret_back(ok: str = "", err: str = "") -> web.HTTPFound:
    return web.HTTPFound("/staff/admin/retention?" + urlencode({k: v for k, v in {"ok": ok, "err": err}.items() if v}))


def purge_older_than(ctx: StaffContext, days: float, now: Optional[float] = None) -> Dict[str, Any]:
    """Delete tracker sessions older than `days` and the review data of
    conversations that are gone completely."""
    res = retention.delete_older_than(ctx.conversations.engine, days, now=now)
    res["review_rows"] = ctx.db.delete_review_data(res["senders"])
    res["bookings"] = 0
    store = ctx.booking_store()
    if store is not None and hasattr(store, "purge_personal_data"):
        from datetime import datetime as _dt, timezone as _tz

        when = _dt.fromtimestamp(now, _tz.utc) if now is not None else None
        res["bookings"] = store.purge_personal_data(days, now=when)
    return res


AUTO_PURGE_FIRST_DELAY = 60.0   # seconds after start-up (let the servers settle first)


async def _auto_purge_loop(ctx: StaffContext, interval_hours: float, first_delay: float) -> None:
    """Retention without anyone remembering it: purge every `interval_hours` (audited as
    'retention_purge' by 'system'). A failed run is logged and retried at the next interval."""
    await asyncio.sleep(first_delay)
    while True:
        days = int(ctx.settings["retention_days"])
        try:
            res = await _bg(purge_older_than, ctx, days)
            await _bg(ctx.db.audit, "retention_purge", "system", "system", detail={
                "days": days, "events": res["events"], "senders": len(res["senders"]),
                "trimmed": len(res["trimmed"]), "bookings": res["bookings"], "scheduled": True})
            logger.info("scheduled retention purge (%d days): %d conversations, %d bookings",
                        days, len(res["senders"]), res["bookings"])
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - keep the schedule alive; next run retries
            logger.exception("scheduled retention purge failed; retrying in %.1f h", interval_hours)
        await asyncio.sleep(interval_hours * 3600.0)


def delete_person(ctx: StaffContext, sender_id: str = "", booking_code: str = "") -> Dict[str, Any]:
    senders: List[str] = []
    if sender_id:
        senders.append(sender_id)
    if booking_code:
        for s in ctx.conversations.senders_with_booking_code(booking_code):
            if s not in senders:
                senders.append(s)
    events = sum(retention.delete_conversation(ctx.conversations.engine, s) for s in senders)
    review_rows = ctx.db.delete_review_data(senders)
    return {"senders": senders, "events": events, "review_rows": review_rows}


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
    res = await _bg(purge_older_than, ctx, days)
    await audit(request, "retention_purge", detail={"days": days, "events": res["events"],
                                                     "senders": len(res["senders"]), "trimmed": len(res["trimmed"]),
                                                     "bookings": res["bookings"]})
    raise _ret_back(ok=f"{days}일보다 오래된 대화 {len(res['senders'])}건(이벤트 {res['events']}개)을 삭제하고, "
                       f"예약 {res['bookings']}건의 신청인 정보를 지웠습니다.")


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
    res = await _bg(delete_person, ctx, sender_id, code)
    await audit(request, "conversation_delete",
                target=(sender_id or f"booking:{code}"),
                detail={"senders": res["senders"], "events": res["events"], "booking_code": code or None})
    if not res["events"]:
        raise _ret_back(err="해당하는 대화를 찾지 못했습니다.")
    raise _ret_back(ok=f"대화 {len(res['senders'])}건(이벤트 {res['events']}개)을 삭제했습니다.")


# ---- app -------------------------------------------------------------------------------
ROUTES = [
    ("GET", "", home),
    ("GET", "/", home),
    ("GET", "/login", login_form),
    ("POST", "/login", login_submit),
    ("POST", "/logout", logout),
    ("GET", "/static/{name}", static_file),
    ("GET", "/conversations", inbox),
    ("GET", "/conversations/{sender_id}", conversation),
    ("POST", "/conversations/{sender_id}/review", set_review),
    ("POST", "/conversations/{sender_id}/tags", tags_update),
    ("POST", "/conversations/{sender_id}/notes", add_note),
    ("POST", "/conversations/{sender_id}/corrections", add_correction),
    ("POST", "/conversations/{sender_id}/story", save_story),
    ("GET", "/conversations/{sender_id}/story.yml", story_download),
    ("GET", "/exports", exports_page),
    ("GET", "/exports/nlu.yml", export_nlu),
    ("GET", "/exports/stories.yml", export_stories),
    ("GET", "/bookings", bookings),
    ("POST", "/bookings/{code}/outcome", booking_outcome),
    ("GET", "/dashboard", dashboard),
    ("GET", "/account", account),
    ("POST", "/account/password", change_password),
    ("GET", "/api/conversations", api_conversations),
    ("GET", "/api/conversations/{sender_id}", api_conversation),
    ("GET", "/api/dashboard", api_dashboard),
    ("GET", "/admin/users", users_page),
    ("POST", "/admin/users", users_create),
    ("POST", "/admin/users/{username}", users_update),
    ("GET", "/admin/audit", audit_page),
    ("GET", "/admin/retention", retention_page),
    ("POST", "/admin/retention/purge", retention_purge),
    ("POST", "/admin/retention/delete", retention_delete),
]

PREFIX = "/staff"


def _wrap(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    @functools.wraps(handler)
    async def guarded(request: web.Request) -> web.StreamResponse:
        return await staff_guard(request, handler)

    return guarded


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
            _app[PURGE_TASK] = asyncio.ensure_future(_auto_purge_loop(
                ctx, interval, float(ctx.settings.get("purge_first_delay", AUTO_PURGE_FIRST_DELAY))))

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
