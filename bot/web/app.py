"""aiohttp web server: serves the chat widget and proxies chat to Rasa REST.

Routes
------
``GET /``            the widget page (``web/index.html``)
``GET /static/...``  widget assets (``web/``)
``POST /api/chat``   ``{"sender": str, "message": str, "metadata"?: {...}}``
                     -> ``200 {"sender": str, "messages": [rasa output dicts],
                     "truncated": bool, "status": "ok"|"unavailable",
                     "you": the message as sent, identifiers masked (what the widget
                     keeps in localStorage)}``
                     malformed -> ``400 {"status": "bad_request", "error": code,
                     "messages": [{"text": Korean}]}`` (413 for oversized)
``GET /healthz``     ``{"status": "ok", "rasa": "ok"|"down"}`` (always 200:
                     it reports this server's health and Rasa's separately)
``/staff/...``       added by ``bot.staff.register(app, settings)`` if present

Proxy rules: leading ``/`` and whitespace stripped (no NLU bypass), 1000-char
cap with a note, control chars removed, metadata whitelisted to
``location``/``location_text`` (see ``bot.channels.sanitize``), sender ids are
forced into the ``web-`` namespace so the web cannot write into Kakao
conversations.  Rasa down/slow/garbage -> 200 with a polite Korean bot message
(1350/129); never a 500.

Security: the proxy authenticates to Rasa's REST channel with ``X-Web-Proxy-Token``
(env ``WEB_PROXY_TOKEN``, the same value Rasa has), which is what lets it use ``web-`` ids;
deeply nested JSON is a polite 400; each client IP and each sender id has a token bucket
(``bot.channels.ratelimit``; env ``RATE_LIMIT_*``) and a burst gets a polite 429 in the
widget's format.  Client IPs come from ``X-Forwarded-For`` only with ``WEB_TRUST_PROXY=true``.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import ipaddress
import json
import logging
import re
from pathlib import Path
from typing import Any, Dict, List, Optional

import aiohttp
from aiohttp import web

from bot.channels.ratelimit import RATE_LIMITED_TEXT, limiters_from_env
from bot.channels.sanitize import (
    EMPTY_REPLY,
    MALFORMED_REPLY,
    MAX_REQUEST_BYTES,
    TRUNCATED_NOTE,
    UNAVAILABLE_REPLY,
    clean_metadata,
    clean_user_text,
)
from bot.privacy.pii import mask_text
from bot.settings import settings as env_settings
from bot.startup import apply_patches

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_STATIC_DIR = REPO_ROOT / "web"
DEFAULT_RASA_URL = "http://127.0.0.1:5005"
DEFAULT_TIMEOUT = 15.0

_dumps = functools.partial(json.dumps, ensure_ascii=False)
SENDER_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SENDER_PREFIX = "web-"

RASA_URL_KEY = web.AppKey("rasa_url", str)
TIMEOUT_KEY = web.AppKey("timeout", float)
SESSION_KEY = web.AppKey("session", aiohttp.ClientSession)
STATIC_KEY = web.AppKey("static_dir", Path)
PROXY_TOKEN_KEY = web.AppKey("proxy_token", str)
LIMITS_KEY = web.AppKey("limits", tuple)
TRUST_PROXY_KEY = web.AppKey("trust_proxy", bool)
PROXY_HEADER = "X-Web-Proxy-Token"

# The widget page must not run inline or third-party scripts.
WIDGET_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data: https:; connect-src 'self'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
)


def _bad_request(code: str, text: str, status: int = 400) -> web.Response:
    return web.json_response(
        {"status": "bad_request", "error": code, "messages": [{"text": text}]},
        status=status,
        dumps=_dumps,
    )


def _bot_reply(sender: str, texts: List[str], status: str, you: str = "") -> web.Response:
    return web.json_response(
        {
            "status": status,
            "sender": sender,
            "truncated": False,
            "messages": [{"recipient_id": sender, "text": t} for t in texts],
            "you": you,
        },
        dumps=_dumps,
    )


def normalise_sender(sender: Any) -> Optional[str]:
    """Valid web sender id (``web-`` prefixed) or ``None``."""
    if not isinstance(sender, str) or not SENDER_RE.match(sender):
        return None
    if not sender.startswith(SENDER_PREFIX):
        sender = SENDER_PREFIX + sender
    return sender[:68]


def _clean_rasa_messages(data: Any, sender: str) -> Optional[List[Dict[str, Any]]]:
    """Keep only well-formed Rasa REST output dicts; ``None`` if not a list."""
    if not isinstance(data, list):
        return None
    out = []
    for m in data:
        if not isinstance(m, dict):
            continue
        msg: Dict[str, Any] = {"recipient_id": sender}
        if isinstance(m.get("text"), str):
            msg["text"] = m["text"]
        if isinstance(m.get("image"), str):
            msg["image"] = m["image"]
        if isinstance(m.get("buttons"), list):
            msg["buttons"] = [
                {"title": str(b.get("title", "")), "payload": str(b.get("payload", b.get("title", "")))}
                for b in m["buttons"]
                if isinstance(b, dict) and (b.get("title") or b.get("payload"))
            ]
        if isinstance(m.get("custom"), dict):
            msg["custom"] = m["custom"]
        if len(msg) > 1:
            out.append(msg)
    return out


def client_ip(request: web.Request) -> str:
    if request.app.get(TRUST_PROXY_KEY):
        fwd = request.headers.get("X-Forwarded-For", "")
        if fwd:
            return fwd.split(",")[0].strip()[:64]
    return (request.remote or "unknown")[:64]


def _is_loopback(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def _rate_limited(sender: str = "") -> web.Response:
    return web.json_response(
        {
            "status": "rate_limited",
            "sender": sender,
            "truncated": False,
            "messages": [{"recipient_id": sender, "text": RATE_LIMITED_TEXT}],
        },
        status=429,
        dumps=_dumps,
        headers={"Retry-After": "10"},
    )


async def chat(request: web.Request) -> web.Response:
    per_sender, per_ip = request.app[LIMITS_KEY]
    ip = client_ip(request)
    # loopback = a local test or a reverse proxy without WEB_TRUST_PROXY: the sender bucket still applies
    if not _is_loopback(ip) and not per_ip.allow("ip:" + ip):
        return _rate_limited()
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return _bad_request("too_large", "메시지가 너무 길어요. 짧게 나누어 보내 주세요.", status=413)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _bad_request("malformed_json", MALFORMED_REPLY)
    if not isinstance(body, dict):
        return _bad_request("malformed_json", MALFORMED_REPLY)

    sender = normalise_sender(body.get("sender"))
    if sender is None:
        return _bad_request(
            "bad_sender",
            "대화 정보를 확인하지 못했어요. '새 대화'를 눌러 다시 시작해 주세요.",
        )
    if not per_sender.allow(sender):
        return _rate_limited(sender)
    text, truncated = clean_user_text(body.get("message"))
    if text is None:
        return _bad_request("bad_message", MALFORMED_REPLY)
    if not text:
        return _bad_request("empty_message", EMPTY_REPLY)
    metadata = clean_metadata(body.get("metadata"))

    payload: Dict[str, Any] = {"sender": sender, "message": text}
    if metadata:
        payload["metadata"] = metadata

    url = request.app[RASA_URL_KEY].rstrip("/") + "/webhooks/rest/webhook"
    session = request.app[SESSION_KEY]
    try:
        async with session.post(
            url,
            json=payload,
            headers={PROXY_HEADER: request.app[PROXY_TOKEN_KEY]} if request.app[PROXY_TOKEN_KEY] else None,
            timeout=aiohttp.ClientTimeout(total=request.app[TIMEOUT_KEY]),
        ) as resp:
            if resp.status != 200:
                logger.warning("rasa answered HTTP %s", resp.status)
                return _bot_reply(sender, [UNAVAILABLE_REPLY], "unavailable", mask_text(text))
            data = await resp.json(content_type=None)
    except asyncio.TimeoutError:
        logger.warning("rasa timed out after %ss", request.app[TIMEOUT_KEY])
        return _bot_reply(sender, [UNAVAILABLE_REPLY], "unavailable", mask_text(text))
    except (aiohttp.ClientError, ValueError, OSError) as exc:
        logger.warning("rasa unreachable: %s", type(exc).__name__)
        return _bot_reply(sender, [UNAVAILABLE_REPLY], "unavailable", mask_text(text))

    messages = _clean_rasa_messages(data, sender)
    if messages is None:
        logger.warning("rasa returned a non-list body")
        return _bot_reply(sender, [UNAVAILABLE_REPLY], "unavailable", mask_text(text))
    if truncated:
        messages.insert(0, {"recipient_id": sender, "text": TRUNCATED_NOTE})
    return web.json_response(
        {"status": "ok", "sender": sender, "truncated": truncated, "messages": messages, "you": mask_text(text)},
        dumps=_dumps,
    )


async def healthz(request: web.Request) -> web.Response:
    url = request.app[RASA_URL_KEY].rstrip("/") + "/"
    rasa = "down"
    try:
        async with request.app[SESSION_KEY].get(url, timeout=aiohttp.ClientTimeout(total=2)) as resp:
            if resp.status == 200:
                rasa = "ok"
    except (asyncio.TimeoutError, aiohttp.ClientError, OSError):
        pass
    return web.json_response({"status": "ok", "rasa": rasa})


async def index(request: web.Request) -> web.StreamResponse:
    page = request.app[STATIC_KEY] / "index.html"
    if not page.is_file():
        return web.Response(status=404, text="위젯 파일을 찾을 수 없어요.")
    return web.FileResponse(page)


@web.middleware
async def security_headers(request: web.Request, handler):
    try:
        resp = await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 500:
            raise
        resp = exc
    except Exception:  # never leak a traceback / bare 500 page to citizens
        logger.exception("unhandled error on %s", request.path)
        resp = (
            web.json_response({"status": "error", "messages": [{"text": UNAVAILABLE_REPLY}]}, status=200)
            if request.path.startswith("/api/")
            else web.Response(
                status=500,
                text="잠시 문제가 생겼어요. 잠시 후 다시 시도해 주세요.",
            )
        )
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "no-referrer")
    if not request.path.startswith("/staff"):
        resp.headers.setdefault("Content-Security-Policy", WIDGET_CSP)
        resp.headers.setdefault("Permissions-Policy", "geolocation=(self)")
    if request.path.startswith("/api/"):
        resp.headers.setdefault("Cache-Control", "no-store")
    return resp


def _mount_staff(app: web.Application, settings: Dict[str, Any]) -> None:
    try:
        staff = importlib.import_module("bot.staff")
    except ModuleNotFoundError as exc:
        if exc.name in ("bot.staff",):
            logger.info("bot.staff not installed; staff console not mounted")
            return
        logger.exception("bot.staff failed to import; staff console not mounted")
        return
    except Exception:
        logger.exception("bot.staff failed to import; staff console not mounted")
        return
    register = getattr(staff, "register", None)
    if not callable(register):
        logger.warning("bot.staff has no register(); staff console not mounted")
        return
    try:
        register(app, settings)
    except Exception:  # the citizen chat must stay up even if the console cannot start
        logger.exception("bot.staff.register failed; staff console not mounted")


def create_app(
    rasa_url: str = DEFAULT_RASA_URL,
    static_dir: Optional[Path | str] = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    staff_settings: Optional[Dict[str, Any]] = None,
    mount_staff: bool = True,
    proxy_token: Optional[str] = None,
    limits: Optional[tuple] = None,
    trust_proxy: Optional[bool] = None,
) -> web.Application:
    """Build the web application.

    ``staff_settings`` is passed (merged with ``{"rasa_url": ...}``) to
    ``bot.staff.register(app, settings)`` when that module exists.
    """
    apply_patches(["aiohttp"])  # the documented start-up hook (bot/startup.py); this process never loads Rasa
    app = web.Application(client_max_size=MAX_REQUEST_BYTES, middlewares=[security_headers])
    app[RASA_URL_KEY] = rasa_url
    app[TIMEOUT_KEY] = float(timeout)
    app[STATIC_KEY] = Path(static_dir) if static_dir else DEFAULT_STATIC_DIR
    env = env_settings()
    app[PROXY_TOKEN_KEY] = (proxy_token if proxy_token is not None else env.web_proxy_token or "").strip()
    app[LIMITS_KEY] = tuple(limits) if limits is not None else limiters_from_env()
    app[TRUST_PROXY_KEY] = bool(trust_proxy) if trust_proxy is not None else env.web_trust_proxy

    async def session_ctx(app: web.Application):
        app[SESSION_KEY] = aiohttp.ClientSession()
        yield
        await app[SESSION_KEY].close()

    app.cleanup_ctx.append(session_ctx)
    app.router.add_get("/", index)
    app.router.add_post("/api/chat", chat)
    app.router.add_get("/healthz", healthz)
    app.router.add_static("/static/", app[STATIC_KEY], show_index=False)
    if mount_staff:
        settings = {"rasa_url": rasa_url}
        settings.update(staff_settings or {})
        _mount_staff(app, settings)
    return app
