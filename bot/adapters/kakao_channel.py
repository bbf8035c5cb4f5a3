"""KakaoTalk Open Builder skill channel for Rasa 3.6 (this module is a Rasa adapter).

credentials.yml::

    bot.adapters.kakao_channel.KakaoInput:
      secret: "${KAKAO_SKILL_SECRET}"   # value Kakao sends in the X-Skill-Secret header
      salt: "${KAKAO_SENDER_SALT}"      # HMAC key for sender ids
      timeout: 4.5                      # seconds before the holding/callback reply
      use_callback: true                # block must be callback-approved by Kakao
      # optional:
      # secret_header: X-Skill-Secret
      # callback_hosts: ["*.kakao.com", "*.kakaoenterprise.com"]
      # center_card: basicCard          # or textCard
      # thumbnail_url: https://...      # basicCard thumbnail
      # location_block_id: "..."        # block that has the 위치 plugin

Env ``KAKAO_SKILL_SECRET`` / ``KAKAO_SENDER_SALT`` override the file values.

Production (``BOT_ENV=production``): the channel refuses to start (Rasa exits) without a skill
secret and a real sender salt (16+ characters, not one of the placeholder values).  Development
keeps working open, on loopback.

Replays: identical request bodies within ``KAKAO_REPLAY_SECONDS`` (5) are answered once while the first
is still running or within ``ANSWERED_REPEAT_SECONDS`` (1) of its answer; a repeat then (Kakao's retry,
a double tap, a captured request sent again) gets the first answer, not a second run. The same words
sent again after the answer had time to be read ("건너뛰기" for the next question too) are a new answer.
"결과 보기" is exempt (it is meant to be pressed again).  A burst from one Kakao user gets a
polite SkillResponse (``bot.channels.ratelimit``; Kakao requests all come from Kakao's servers,
so the limit is per user, not per IP).

Endpoints (Rasa mounts the blueprint under ``/webhooks/kakao``):
``GET /webhooks/kakao/`` health, ``POST /webhooks/kakao/webhook`` skill.

The request handling lives in ``KakaoSkill.handle(raw_body, headers,
on_new_message) -> (status, SkillResponse dict)`` so it is testable without a
web framework; the Sanic blueprint is a thin wrapper.  Every answer is a
valid SkillResponse v2.0 (``bot.channels.kakao_format``), including errors.

Size: the whole skill endpoint (secret check, hashed ids, replay window, the 5-second holding reply and
the callback) is one request path; formatting is already apart in ``bot/channels/kakao_format.py``.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import hmac
import json
import logging
import re
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Mapping, Optional, Tuple
from urllib.parse import urlparse

import aiohttp
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage

from bot.channels.deletion import delete_conversation, is_deletion_request
from bot.channels.ratelimit import RATE_LIMITED_TEXT, RateLimiter, limiters_from_env
from bot.channels.kakao_format import (
    FormatOptions,
    message_quick_reply,
    simple_text_response,
    to_skill_response,
)
from bot.adapters.rest_channel import EMPTY_BOT_REPLY_APOLOGY, has_visible_reply
from bot.channels.sanitize import (
    EMPTY_REPLY,
    LOCATION_MESSAGE,
    MALFORMED_REPLY,
    TRUNCATED_NOTE,
    UNAVAILABLE_REPLY,
    clean_user_text,
    parse_lat_lon,
)
from bot.settings import settings

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024
RESULT_COMMAND = "결과 보기"
CALLBACK_WAIT_TEXT = "답변을 준비하고 있어요. 잠시만 기다려 주세요."
HOLDING_TEXT = "답변을 준비하는 데 시간이 걸리고 있어요. 잠시 후 '결과 보기'를 눌러 주세요."
STILL_WORKING_TEXT = "아직 답변을 준비하고 있어요. 조금 뒤에 '결과 보기'를 다시 눌러 주세요."
NOTHING_PENDING_TEXT = "지금 준비된 답변이 없어요. 궁금하신 내용을 다시 말씀해 주세요."
LATE_TEXT = "답변이 많이 늦어져 죄송해요. 같은 내용을 한 번 더 말씀해 주시겠어요?"
AUTH_FAILED_TEXT = "요청을 확인하지 못했어요. 잠시 후 다시 시도해 주세요."
TOO_LARGE_TEXT = "메시지가 너무 길어요. 짧게 나누어 보내 주세요."
DEFAULT_CALLBACK_HOSTS = ("*.kakao.com", "*.kakaoenterprise.com", "kakao.com")
DEV_SALT = "kakao-dev-salt-change-me"
PLACEHOLDER_SALTS = {"", DEV_SALT, "change-me-in-production", "change-me", "changeme", "salt"}
MIN_PRODUCTION_SECRET = 16
REPLAY_SECONDS = 5.0
# once answered, an identical body later than this is the person answering again, not a retry
ANSWERED_REPEAT_SECONDS = 1.0


class KakaoConfigError(RuntimeError):
    """Raised at start-up when production settings are missing (Rasa does not start)."""


def production_problem(secret: Optional[str], salt: Optional[str]) -> Optional[str]:
    """Why a production Kakao channel must not start, or None."""
    if not secret or len(secret) < MIN_PRODUCTION_SECRET:
        return f"KAKAO_SKILL_SECRET must be set ({MIN_PRODUCTION_SECRET}+ characters) when BOT_ENV=production"
    if not salt or salt.strip().lower() in PLACEHOLDER_SALTS or len(salt) < MIN_PRODUCTION_SECRET:
        return (
            f"KAKAO_SENDER_SALT must be a real random value ({MIN_PRODUCTION_SECRET}+ characters) "
            "when BOT_ENV=production"
        )
    return None


LOCATION_PARAM_NAMES = {
    "location",
    "user_location",
    "my_location",
    "mylocation",
    "position",
    "gps",
    "위치",
    "내위치",
    "주소",
    "지역",
    "address",
    "area",
    "region",
}

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def _or_apology(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The bot's messages, or the polite apology when it said nothing (e.g. the action
    server died mid-turn and Rasa answered with an empty list)."""
    messages = list(messages)
    if not has_visible_reply(messages):
        logger.warning("KakaoInput: empty bot reply to a user message; sending the apology")
        messages.append({"text": EMPTY_BOT_REPLY_APOLOGY})
    return messages


@dataclass
class _Pending:
    task: "asyncio.Future[Any]"
    collector: CollectingOutputChannel
    prefix: List[Dict[str, Any]]
    created: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> List[Dict[str, Any]]:
        if self.task.cancelled() or self.task.exception() is not None:
            return self.prefix + [{"text": UNAVAILABLE_REPLY}]
        return self.prefix + _or_apology(self.collector.messages)


def _as_bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    try:
        value = headers.get(name)
    except Exception:  # pragma: no cover - exotic mappings
        value = None
    if value is None:
        lname = name.lower()
        for k, v in getattr(headers, "items", lambda: [])():
            if str(k).lower() == lname:
                return v
    return value


def _location_from_value(value: Any) -> Dict[str, Any]:
    if isinstance(value, dict):
        for key in ("location", "value", "origin"):
            if key in value and not parse_lat_lon(value):
                inner = _location_from_value(value[key])
                if inner:
                    return inner
        loc = parse_lat_lon(value)
        return {"location": loc} if loc else {}
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return {}
        if s.startswith("{"):
            try:
                return _location_from_value(json.loads(s))
            except ValueError:
                return {}
        m = re.fullmatch(r"\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*", s)
        if m:
            loc = parse_lat_lon({"lat": m.group(1), "lon": m.group(2)})
            return {"location": loc} if loc else {}
        text, _ = clean_user_text(s, max_chars=200)
        return {"location_text": text} if text else {}
    return {}


def extract_location(payload: Dict[str, Any]) -> Dict[str, Any]:
    """Location metadata from a SkillPayload (action.params, action.detailParams,
    userRequest.params) -> ``{"location": {lat, lon}}`` or ``{"location_text": str}``
    or ``{}``.  Coordinates win over text."""
    sources: List[Tuple[str, Any]] = []
    action = payload.get("action") if isinstance(payload.get("action"), dict) else {}
    ureq = payload.get("userRequest") if isinstance(payload.get("userRequest"), dict) else {}
    for container in (action.get("params"), action.get("detailParams"), ureq.get("params")):
        if isinstance(container, dict):
            sources.extend(container.items())
    found: Dict[str, Any] = {}
    for name, value in sources:
        lname = str(name).lower()
        if not (lname in LOCATION_PARAM_NAMES or lname.startswith("sys_location") or "location" in lname):
            continue
        if isinstance(value, dict) and "value" in value and not parse_lat_lon(value):
            value = value.get("value")  # detailParams: {"origin","value","groupName"}
        loc = _location_from_value(value)
        if "location" in loc:
            return loc
        if "location_text" in loc and "location_text" not in found:
            found = loc
    return found


class KakaoSkill:
    """Framework-free Kakao skill request handler."""

    def __init__(
        self,
        secret: Optional[str] = None,
        salt: Optional[str] = None,
        timeout: float = 4.5,
        use_callback: bool = True,
        *,
        secret_header: str = "X-Skill-Secret",
        callback_hosts: Iterable[str] = DEFAULT_CALLBACK_HOSTS,
        callback_deadline: float = 55.0,
        callback_post_timeout: float = 10.0,
        pending_max: int = 1000,
        pending_ttl: float = 600.0,
        format_options: Optional[FormatOptions] = None,
        replay_seconds: float = REPLAY_SECONDS,
        limiter: Optional[RateLimiter] = None,
        answered_repeat_seconds: float = ANSWERED_REPEAT_SECONDS,
    ) -> None:
        self.secret = secret or None
        if not salt:
            logger.warning("KakaoInput: no salt configured (KAKAO_SENDER_SALT); using a development salt")
            salt = DEV_SALT
        if not self.secret:
            logger.warning("KakaoInput: no secret configured; skill requests are NOT authenticated")
        self.salt = salt.encode("utf-8")
        self.timeout = float(timeout)
        if not 0 < self.timeout <= 4.8:
            logger.warning(
                "KakaoInput: timeout %.1fs outside (0, 4.8]; Kakao allows 5 s in total - using 4.5", self.timeout
            )
            self.timeout = 4.5
        self.use_callback = bool(use_callback)
        self.secret_header = secret_header
        self.callback_hosts = tuple(callback_hosts)
        self.callback_deadline = float(callback_deadline)
        self.callback_post_timeout = float(callback_post_timeout)
        self.pending_max = int(pending_max)
        self.pending_ttl = float(pending_ttl)
        self.format_options = format_options or FormatOptions()
        self._pending: "OrderedDict[str, _Pending]" = OrderedDict()
        self._background: set = set()
        self.replay_seconds = float(replay_seconds)
        self.answered_repeat_seconds = float(answered_repeat_seconds)
        self.limiter = limiter
        self._replays: "OrderedDict[str, Tuple[float, asyncio.Future]]" = OrderedDict()
        self._answered_at: Dict[str, float] = {}

    # ------------------------------------------------------------ helpers --
    def sender_id(self, user_id: str) -> str:
        return "kakao-" + hmac.new(self.salt, user_id.encode("utf-8"), hashlib.sha256).hexdigest()

    def secret_ok(self, headers: Mapping[str, str]) -> bool:
        if not self.secret:
            return True
        given = _header(headers, self.secret_header)
        if not isinstance(given, str):
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.secret.encode("utf-8"))

    def callback_allowed(self, url: Any) -> bool:
        if not isinstance(url, str) or not url:
            return False
        try:
            u = urlparse(url)
        except ValueError:
            return False
        host = (u.hostname or "").lower()
        if not host:
            return False
        loopback = host in ("127.0.0.1", "localhost", "::1")
        if u.scheme != "https" and not (u.scheme == "http" and loopback):
            return False
        return any(fnmatch.fnmatch(host, pat.lower()) for pat in self.callback_hosts)

    def _format(self, messages: List[Dict[str, Any]], quick: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
        return to_skill_response(messages, self.format_options, extra_quick_replies=quick)

    def _prune_pending(self) -> None:
        now = time.monotonic()
        for key in [k for k, p in self._pending.items() if now - p.created > self.pending_ttl]:
            self._pending.pop(key, None)
        while len(self._pending) > self.pending_max:
            self._pending.popitem(last=False)

    def _spawn(self, coro: Awaitable[Any]) -> "asyncio.Task[Any]":
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    # ----------------------------------------------------------- handling --
    async def handle(
        self, raw_body: bytes, headers: Mapping[str, str], on_new_message: OnNewMessage, app: Any = None
    ) -> Tuple[int, Dict[str, Any]]:
        """One skill request -> (HTTP status, SkillResponse dict). Never raises."""
        key = self._replay_key(raw_body, headers)
        if key is None:
            return await self._handle_safely(raw_body, headers, on_new_message, app)
        now = time.monotonic()
        while self._replays:
            _, (t, _f) = next(iter(self._replays.items()))
            if now - t <= self.replay_seconds and len(self._replays) <= 5000:
                break
            self._replays.popitem(last=False)
        hit = self._replays.get(key)
        done_at = self._answered_at.get(key)
        if hit is not None and hit[1].done() and done_at is not None and now - done_at > self.answered_repeat_seconds:
            # "건너뛰기" again two seconds after the bot asked the next question: a new answer, run it
            self._replays.pop(key, None)
            hit = None
        if hit is not None:
            logger.info("KakaoInput: identical request within %.0f s answered from the first run", self.replay_seconds)
            return await asyncio.shield(hit[1])
        fut: "asyncio.Future[Tuple[int, Dict[str, Any]]]" = asyncio.get_running_loop().create_future()
        self._replays[key] = (now, fut)
        try:
            result = await self._handle_safely(raw_body, headers, on_new_message, app)
        except BaseException:  # cancelled (client went away): forget the key, release any waiter
            self._replays.pop(key, None)
            fut.set_result((200, simple_text_response(UNAVAILABLE_REPLY)))
            raise
        fut.set_result(result)
        self._answered_at[key] = time.monotonic()
        if len(self._answered_at) > 5000:
            self._answered_at = {k: v for k, v in self._answered_at.items() if k in self._replays}
        if result[0] != 200:
            self._replays.pop(key, None)  # errors are not remembered
        return result

    def _replay_key(self, raw_body: Any, headers: Mapping[str, str]) -> Optional[str]:
        if self.replay_seconds <= 0 or not isinstance(raw_body, (bytes, bytearray)) or len(raw_body) > MAX_BODY_BYTES:
            return None
        if not self.secret_ok(headers):
            return None
        try:
            ureq = json.loads(raw_body.decode("utf-8")).get("userRequest") or {}
            if str(ureq.get("utterance") or "").strip() == RESULT_COMMAND:
                return None  # "결과 보기" is pressed again on purpose
        except (ValueError, UnicodeDecodeError, AttributeError, RecursionError):
            return None
        return hashlib.sha256(bytes(raw_body)).hexdigest()

    async def _handle_safely(
        self, raw_body: bytes, headers: Mapping[str, str], on_new_message: OnNewMessage, app: Any = None
    ) -> Tuple[int, Dict[str, Any]]:
        try:
            return await self._handle(raw_body, headers, on_new_message, app)
        except Exception:
            logger.exception("KakaoInput: unexpected error")
            return 200, simple_text_response(UNAVAILABLE_REPLY)

    async def _handle(
        self, raw_body: bytes, headers: Mapping[str, str], on_new_message: OnNewMessage, app: Any = None
    ) -> Tuple[int, Dict[str, Any]]:
        started = time.monotonic()
        if not self.secret_ok(headers):
            logger.warning("KakaoInput: secret header mismatch")
            return 401, simple_text_response(AUTH_FAILED_TEXT)
        if raw_body is None or len(raw_body) > MAX_BODY_BYTES:
            return 413, simple_text_response(TOO_LARGE_TEXT)
        try:
            payload = json.loads(raw_body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return 400, simple_text_response(MALFORMED_REPLY)
        if not isinstance(payload, dict):
            return 400, simple_text_response(MALFORMED_REPLY)
        ureq = payload.get("userRequest")
        if not isinstance(ureq, dict):
            return 400, simple_text_response(MALFORMED_REPLY)
        user = ureq.get("user")
        user_id = user.get("id") if isinstance(user, dict) else None
        if not isinstance(user_id, str) or not user_id.strip():
            return 400, simple_text_response(MALFORMED_REPLY)
        sender = self.sender_id(user_id)
        if self.limiter is not None and not self.limiter.allow(sender):
            return 200, simple_text_response(RATE_LIMITED_TEXT)

        location = extract_location(payload)
        utterance = ureq.get("utterance")
        if utterance is None and location:
            utterance = ""
        text, truncated = clean_user_text(utterance)
        if text is None:
            return 400, simple_text_response(MALFORMED_REPLY)
        if not text:
            if not location:
                return 200, simple_text_response(EMPTY_REPLY)
            text = LOCATION_MESSAGE

        if app is not None and is_deletion_request(text):
            self._pending.pop(sender, None)
            return 200, simple_text_response(await delete_conversation(app, sender))

        self._prune_pending()
        prefix: List[Dict[str, Any]] = []
        pending = self._pending.get(sender)
        if text == RESULT_COMMAND:
            if pending is None:
                return 200, simple_text_response(NOTHING_PENDING_TEXT)
            if not pending.task.done():
                await asyncio.wait({pending.task}, timeout=max(0.0, self.timeout - (time.monotonic() - started)))
            if not pending.task.done():
                return 200, simple_text_response(STILL_WORKING_TEXT, [message_quick_reply(RESULT_COMMAND)])
            self._pending.pop(sender, None)
            return 200, self._format(pending.messages)
        if pending is not None and pending.task.done():
            self._pending.pop(sender, None)
            prefix = pending.messages
        if truncated:
            prefix = prefix + [{"text": TRUNCATED_NOTE}]

        metadata: Dict[str, Any] = {"channel": "kakao"}
        metadata.update(location)
        collector = CollectingOutputChannel()
        message = UserMessage(text, collector, sender, input_channel="kakao", metadata=metadata)
        task = asyncio.ensure_future(on_new_message(message))
        remaining = max(0.0, self.timeout - (time.monotonic() - started))
        await asyncio.wait({task}, timeout=remaining)

        if task.done():
            if task.cancelled() or task.exception() is not None:
                if not task.cancelled():
                    logger.error("KakaoInput: message handling failed: %r", task.exception())
                return 200, self._format(prefix + [{"text": UNAVAILABLE_REPLY}])
            return 200, self._format(prefix + _or_apology(collector.messages))

        callback_url = ureq.get("callbackUrl")
        if self.use_callback and callback_url:
            if self.callback_allowed(callback_url):
                self._spawn(self._deliver_callback(callback_url, task, collector, prefix, started))
                return 200, {"version": "2.0", "useCallback": True, "data": {"text": CALLBACK_WAIT_TEXT}}
            logger.warning("KakaoInput: callbackUrl host not allowed; using the holding reply")

        self._pending[sender] = _Pending(task=task, collector=collector, prefix=prefix)
        self._pending.move_to_end(sender)
        self._prune_pending()
        # Retrieve the exception later if any, so asyncio does not warn.
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return 200, simple_text_response(HOLDING_TEXT, [message_quick_reply(RESULT_COMMAND)])

    async def _deliver_callback(
        self,
        url: str,
        task: "asyncio.Future[Any]",
        collector: CollectingOutputChannel,
        prefix: List[Dict[str, Any]],
        started: float,
    ) -> None:
        """Wait (bounded) for the answer, then POST it once to Kakao's callbackUrl."""
        budget = self.callback_deadline - (time.monotonic() - started) - self.callback_post_timeout
        await asyncio.wait({task}, timeout=max(0.0, budget))
        if not task.done():
            body = self._format(prefix + [{"text": LATE_TEXT}])
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
        elif task.cancelled() or task.exception() is not None:
            if not task.cancelled():
                logger.error("KakaoInput: message handling failed: %r", task.exception())
            body = self._format(prefix + [{"text": UNAVAILABLE_REPLY}])
        else:
            body = self._format(prefix + _or_apology(collector.messages))
        try:
            async with aiohttp.ClientSession() as session:
                async with session.post(
                    url, json=body, timeout=aiohttp.ClientTimeout(total=self.callback_post_timeout)
                ) as resp:
                    if resp.status >= 300:
                        logger.warning("KakaoInput: callback POST answered HTTP %s", resp.status)
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
            logger.warning("KakaoInput: callback POST failed: %s", type(exc).__name__)

    async def drain(self, timeout: float = 5.0) -> None:
        """Wait for background callback deliveries (used by tests / shutdown)."""
        if self._background:
            await asyncio.wait(set(self._background), timeout=timeout)


class KakaoInput(InputChannel):
    """Rasa InputChannel named ``kakao`` (Open Builder skill protocol)."""

    @classmethod
    def name(cls) -> str:
        return "kakao"

    def __init__(self, skill: Optional[KakaoSkill] = None) -> None:
        self.skill = skill or KakaoSkill()

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "KakaoInput":
        creds = dict(credentials or {})
        env = settings()
        secret = env.kakao_skill_secret or creds.get("secret")
        salt = env.kakao_sender_salt or creds.get("salt")
        # unresolved "${VAR}" placeholders mean "not configured"
        secret = None if isinstance(secret, str) and secret.startswith("${") else secret
        salt = None if isinstance(salt, str) and salt.startswith("${") else salt
        if env.is_production:
            problem = production_problem(str(secret) if secret else None, str(salt) if salt else None)
            if problem:
                logger.error("KakaoInput: %s", problem)
                raise KakaoConfigError(problem)
        hosts = creds.get("callback_hosts") or DEFAULT_CALLBACK_HOSTS
        if isinstance(hosts, str):
            hosts = [h.strip() for h in hosts.split(",") if h.strip()]
        options = FormatOptions(
            center_card=str(creds.get("center_card") or "basicCard"),
            thumbnail_url=creds.get("thumbnail_url") or None,
            location_block_id=creds.get("location_block_id") or None,
        )
        skill = KakaoSkill(
            secret=str(secret) if secret else None,
            salt=str(salt) if salt else None,
            timeout=float(creds.get("timeout") or 4.5),
            use_callback=_as_bool(creds.get("use_callback"), True),
            secret_header=str(creds.get("secret_header") or "X-Skill-Secret"),
            callback_hosts=hosts,
            format_options=options,
            replay_seconds=float(
                env.kakao_replay_seconds
                if env.kakao_replay_seconds is not None
                else creds.get("replay_seconds") or REPLAY_SECONDS
            ),
            limiter=limiters_from_env()[0],
        )
        return cls(skill)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        bp = Blueprint(f"kakao_webhook_{id(self)}", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            status, body = await self.skill.handle(request.body or b"", request.headers, on_new_message, request.app)
            return response.json(body, status=status)

        return bp
