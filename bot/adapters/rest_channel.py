"""``SafeRestInput``: Rasa's REST channel with the NLU bypass closed.

credentials.yml (replaces the stock ``rest:`` entry, same URL)::

    bot.adapters.rest_channel.SafeRestInput: {}

``POST /webhooks/rest/webhook {"sender": str, "message": str, "metadata"?: {}}``
-> list of Rasa output dicts, like the stock channel, except:

* leading ``/`` and whitespace are stripped (``/greet`` is NLU-parsed as
  "greet", never treated as an intent), control chars removed;
* text is capped at 1000 chars and a note is prepended to the reply;
* malformed JSON / wrong types -> HTTP 400 with a Korean bot message
  ``[{"recipient_id": ..., "text": ...}]``; oversized body (> 64 KB) -> 413;
* metadata is whitelisted to ``location``/``location_text``;
* the client cannot pick ``input_channel`` (always ``rest``);
* ``?stream=true`` is not supported (answers in one JSON list);
* an empty bot reply to a non-empty user message (e.g. the action server died
  mid-turn: Rasa logs "Encountered an exception while running action" and
  answers nothing) becomes ``EMPTY_BOT_REPLY_APOLOGY``, a polite Korean apology.

Who may call it (issue 13 item 3):

* the web proxy (bot/web) sends ``X-Web-Proxy-Token: $WEB_PROXY_TOKEN``; only it may use
  ``web-*`` sender ids (and it must);
* anyone else: ``Authorization: Bearer $REST_TOKEN`` when ``REST_TOKEN`` is set.  Outside
  development (``BOT_ENV`` other than ``development``) the public REST channel is **off** unless
  ``REST_TOKEN`` is set; in development it is open (it listens on loopback);
* sender ids of other channels (``web-*``, ``kakao-*``) are refused, so a REST caller cannot
  read or write a widget or KakaoTalk conversation;
* deeply nested JSON is a polite 400 (not a RecursionError 500); a burst of messages per
  sender / client IP gets a polite 429 (``bot.channels.ratelimit``).
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import ipaddress
import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput

from bot.channels.deletion import delete_conversation, done_messages, is_deletion_request
from bot.channels.ratelimit import RATE_LIMITED_TEXT, RateLimiter, limiters_from_env
from bot.channels.sanitize import (
    EMPTY_REPLY,
    MALFORMED_REPLY,
    MAX_REQUEST_BYTES,
    TRUNCATED_NOTE,
    UNAVAILABLE_REPLY,
    clean_metadata,
    clean_user_text,
)
from bot.settings import settings

logger = logging.getLogger(__name__)

SENDER_RE = re.compile(r"^[A-Za-z0-9_.:@-]{1,128}$")
#: Sender-id namespaces owned by other channels (bot/web forces ``web-``, Kakao ``kakao-``).
RESERVED_PREFIXES = ("web-", "kakao-")
PROXY_HEADER = "X-Web-Proxy-Token"
BAD_SENDER_REPLY = "대화 정보를 확인하지 못했어요. 새 대화로 다시 시작해 주세요."
AUTH_REPLY = "이 주소로는 대화할 수 없어요. 홈페이지 상담창이나 카카오톡 채널을 이용해 주세요."
TOO_LARGE_REPLY = "메시지가 너무 길어요. 짧게 나누어 보내 주세요."
#: Sent instead of silence when the bot produced no reply to a real message.
EMPTY_BOT_REPLY_APOLOGY = (
    "죄송해요, 잠시 시스템에 문제가 생겼어요. 말씀하신 내용은 그대로 있으니 "
    "잠시 후 다시 말씀해 주세요. 급하시면 ☎1350, ☎129"
)


def has_visible_reply(messages: List[Dict[str, Any]]) -> bool:
    """True if at least one bot message shows something (text, buttons, image, custom...)."""
    for m in messages or []:
        if not isinstance(m, dict):
            continue
        for key, value in m.items():
            if key == "recipient_id":
                continue
            if isinstance(value, str) and value.strip():
                return True
            if isinstance(value, (list, dict)) and value:
                return True
    return False


def _reply(sender: str, text: str, status: int) -> HTTPResponse:
    return response.json([{"recipient_id": sender, "text": text}], status=status)


def is_production() -> bool:
    """Anything but BOT_ENV=development: the public REST channel needs REST_TOKEN."""
    return not settings().is_development


def _secret_eq(given: Any, expected: Optional[str]) -> bool:
    if not expected or not isinstance(given, str) or not given:
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8"))


def _is_loopback(ip: Optional[str]) -> bool:
    try:
        return ipaddress.ip_address((ip or "").strip()).is_loopback
    except ValueError:
        return False


class SafeRestInput(RestInput):
    def __init__(
        self,
        token: Optional[str] = None,
        proxy_token: Optional[str] = None,
        production: bool = False,
        limiter: Optional[RateLimiter] = None,
        ip_limiter: Optional[RateLimiter] = None,
    ) -> None:
        self.token = token or None
        self.proxy_token = proxy_token or None
        self.production = bool(production)
        self.limiter = limiter
        self.ip_limiter = ip_limiter

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "SafeRestInput":
        env = settings()
        production = not env.is_development
        token = env.rest_token
        proxy = env.web_proxy_token
        if production and not token:
            logger.warning(
                "rest: BOT_ENV=%s and no REST_TOKEN: the public REST channel is off "
                "(the web proxy still works with WEB_PROXY_TOKEN)",
                env.bot_env,
            )
        if not proxy:
            logger.warning("rest: WEB_PROXY_TOKEN is not set: the web widget cannot reach Rasa")
        limiter, ip_limiter = limiters_from_env()
        return cls(token, proxy, production, limiter, ip_limiter)

    def caller(self, headers: Optional[Any]) -> Optional[str]:
        """ "proxy" (the web proxy), "client" (REST caller) or None (refused)."""
        headers = headers or {}
        if _secret_eq(headers.get(PROXY_HEADER), self.proxy_token):
            return "proxy"
        if self.token:
            auth = headers.get("Authorization") or ""
            return "client" if auth.startswith("Bearer ") and _secret_eq(auth[7:], self.token) else None
        return None if self.production else "client"

    async def process(
        self,
        raw_body: bytes,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        app: Any = None,
        headers: Optional[Any] = None,
        client_ip: Optional[str] = None,
    ) -> "tuple[int, List[Dict[str, Any]]]":
        """Framework-free core: body bytes -> (status, list of bot messages).

        `client_ip` is given by the HTTP layer; without it no rate limit applies (tests, fuzzing)."""
        who = self.caller(headers)
        if who is None:
            return (403 if self.production and not self.token else 401), [{"recipient_id": "", "text": AUTH_REPLY}]
        if len(raw_body) > MAX_REQUEST_BYTES:
            return 413, [{"recipient_id": "", "text": TOO_LARGE_REPLY}]
        try:
            body = json.loads(raw_body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return 400, [{"recipient_id": "", "text": MALFORMED_REPLY}]
        if not isinstance(body, dict):
            return 400, [{"recipient_id": "", "text": MALFORMED_REPLY}]
        sender = body.get("sender")
        if not isinstance(sender, str) or not SENDER_RE.match(sender):
            return 400, [{"recipient_id": "", "text": BAD_SENDER_REPLY}]
        reserved = sender.lower().startswith(RESERVED_PREFIXES)
        if (who == "proxy") != sender.lower().startswith("web-") or (who != "proxy" and reserved):
            # ids of one channel cannot be used on another
            return 400, [{"recipient_id": "", "text": BAD_SENDER_REPLY}]
        if client_ip is not None:
            keys = ["rest:" + sender]
            if who != "proxy" and not _is_loopback(client_ip):
                ip_ok = self.ip_limiter.allow(client_ip) if self.ip_limiter else True
                if not ip_ok:
                    return 429, [{"recipient_id": sender, "text": RATE_LIMITED_TEXT}]
            if self.limiter is not None and not self.limiter.allow_all(keys):
                return 429, [{"recipient_id": sender, "text": RATE_LIMITED_TEXT}]
        text, truncated = clean_user_text(body.get("message"))
        if text is None:
            return 400, [{"recipient_id": sender, "text": MALFORMED_REPLY}]
        if not text:
            return 200, [{"recipient_id": sender, "text": EMPTY_REPLY}]
        if app is not None and is_deletion_request(text):
            return 200, done_messages(sender, await delete_conversation(app, sender))
        metadata = clean_metadata(body.get("metadata"))

        collector = CollectingOutputChannel()
        failed = False
        try:
            await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
        except asyncio.CancelledError:
            logger.error("rest: message handling timed out (sender hash only logged by Rasa)")
            failed = True
        except Exception:
            logger.exception("rest: message handling failed")
            failed = True
        messages: List[Dict[str, Any]] = list(collector.messages)
        if failed and not messages:
            messages = [{"recipient_id": sender, "text": UNAVAILABLE_REPLY}]
        elif not has_visible_reply(messages):
            logger.warning("rest: empty bot reply to a user message; sending the apology")
            messages = [{"recipient_id": sender, "text": EMPTY_BOT_REPLY_APOLOGY}]
        if truncated:
            messages.insert(0, {"recipient_id": sender, "text": TRUNCATED_NOTE})
        return 200, messages

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        module = inspect.getmodule(self)
        bp = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            status, messages = await self.process(
                request.body or b"", on_new_message, request.app, headers=request.headers, client_ip=request.ip or ""
            )
            return response.json(messages, status=status)

        return bp
