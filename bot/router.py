"""Sticky front for several Rasa servers (aiohttp reverse proxy, Rasa-free).

    python -m bot.router --listen 8080 \\
        --upstream http://127.0.0.1:5005 --upstream http://127.0.0.1:5006

Why: Rasa open source serialises the messages of one conversation with a lock
store, but its Redis lock is not safe across replicas (no fencing; a ticket can
expire while a slow turn is still running on another server).  So every request
of one conversation must reach the same Rasa server.  The router reads the
conversation key from the request and picks the upstream by **rendezvous
hashing** (highest ``sha256(upstream + "\\0" + key)`` wins): stable across
restarts and processes, and removing one upstream only moves that upstream's
conversations.

Conversation key (``conversation_key(path, body)``):

* REST ``POST /webhooks/rest/webhook``: ``"sender"`` of the JSON body;
* Kakao ``POST /webhooks/kakao/webhook``: ``userRequest.user.id`` (the channel
  turns it into the HMAC sender id, one-to-one, so the same id = same conversation);
* ``/conversations/<sender>/...`` (Rasa HTTP API): the path segment;
* anything else (bad JSON, health checks): the empty key (still deterministic).

Failures never become a 500 for the citizen: when the chosen upstream refuses
the connection the request goes to the next upstream in rendezvous order
(``--no-failover`` disables that: the request never reached the first server,
so moving the conversation is safe; its state is in the shared SQL tracker
store).  When no upstream can answer (down, timeout, 5xx, garbage) the router
answers HTTP 200 with a polite Korean reply in the channel's own format: a REST
reply list ``[{"recipient_id", "text"}]`` or a Kakao SkillResponse 2.0.  A
timeout is never retried elsewhere: the first server may still be working on
the turn.

``GET /router/status`` -> ``{"status": "ok", "upstreams": [{"url", "requests",
"failures", "failovers"}...]}`` (per-upstream counters; used by the tests and
for monitoring).  ``GET /healthz`` -> ``{"status": "ok"}``.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

import aiohttp
from aiohttp import web

from bot.channels.kakao_format import simple_text_response
from bot.channels.sanitize import UNAVAILABLE_REPLY

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_TIMEOUT = 30.0
KAKAO_PATH_PREFIX = "/webhooks/kakao"
TOO_LARGE_TEXT = "메시지가 너무 길어요. 짧게 나누어 보내 주세요."
_CONV_RE = re.compile(r"^/conversations/([^/]+)/")
# hop-by-hop headers are not forwarded (RFC 7230 §6.1) nor the ones aiohttp sets itself
_SKIP_REQ_HEADERS = {"host", "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                     "te", "trailers", "transfer-encoding", "upgrade", "content-length",
                     "accept-encoding"}
_PASS_RESP_HEADERS = {"content-type", "cache-control"}


def rendezvous_order(key: str, upstreams: Sequence[str]) -> List[str]:
    """Upstreams sorted by rendezvous score for ``key`` (best first)."""
    def score(u: str) -> Tuple[bytes, str]:
        return hashlib.sha256(u.encode("utf-8") + b"\0" + key.encode("utf-8", "surrogatepass")).digest(), u
    return sorted(upstreams, key=score, reverse=True)


def pick_upstream(key: str, upstreams: Sequence[str]) -> str:
    """The upstream that owns conversation ``key``."""
    if not upstreams:
        raise ValueError("no upstreams")
    return rendezvous_order(key, upstreams)[0]


def conversation_key(path: str, body: bytes) -> str:
    """The conversation id a request belongs to (see the module doc); ``""`` if none."""
    m = _CONV_RE.match(path)
    if m:
        return m.group(1)
    if not body:
        return ""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    if not isinstance(data, dict):
        return ""
    if path.startswith(KAKAO_PATH_PREFIX):
        ureq = data.get("userRequest")
        user = ureq.get("user") if isinstance(ureq, dict) else None
        uid = user.get("id") if isinstance(user, dict) else None
        return "kakao:" + uid if isinstance(uid, str) else ""
    sender = data.get("sender")
    return sender if isinstance(sender, str) else ""


def polite_reply(path: str, body: bytes) -> Dict[str, Any] | List[Dict[str, Any]]:
    """The channel-shaped 'temporarily unavailable' answer for a request."""
    if path.startswith(KAKAO_PATH_PREFIX):
        return simple_text_response(UNAVAILABLE_REPLY)
    sender = ""
    try:
        data = json.loads(body.decode("utf-8")) if body else None
        if isinstance(data, dict) and isinstance(data.get("sender"), str):
            sender = data["sender"][:128]
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass
    return [{"recipient_id": sender, "text": UNAVAILABLE_REPLY}]


@dataclass
class UpstreamStats:
    url: str
    requests: int = 0      # requests answered by this upstream (any status < 500)
    failures: int = 0      # connect errors, timeouts, 5xx, while it was the one tried
    failovers: int = 0     # requests it took over because a better-ranked one was down

    def as_dict(self) -> Dict[str, Any]:
        return {"url": self.url, "requests": self.requests, "failures": self.failures,
                "failovers": self.failovers}


@dataclass
class RouterConfig:
    upstreams: List[str]
    timeout: float = DEFAULT_TIMEOUT
    connect_timeout: float = 3.0
    failover: bool = True
    stats: Dict[str, UpstreamStats] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.upstreams = [u.rstrip("/") for u in self.upstreams]
        if not self.upstreams:
            raise ValueError("at least one --upstream is needed")
        if len(set(self.upstreams)) != len(self.upstreams):
            raise ValueError("duplicate upstream")
        for u in self.upstreams:
            if not re.match(r"^https?://[^/]+$", u):
                raise ValueError(f"upstream must be http(s)://host:port without a path: {u!r}")
        self.stats = {u: UpstreamStats(u) for u in self.upstreams}


CONFIG_KEY = web.AppKey("router_config", RouterConfig)
SESSION_KEY = web.AppKey("router_session", aiohttp.ClientSession)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


class _ConnectFailed(Exception):
    pass


async def _forward(request: web.Request, upstream: str, body: bytes) -> web.Response:
    cfg = request.app[CONFIG_KEY]
    session = request.app[SESSION_KEY]
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _SKIP_REQ_HEADERS}
    headers["X-Forwarded-For"] = request.remote or ""
    url = upstream + request.rel_url.path_qs
    try:
        async with session.request(
            request.method, url, data=body if body else None, headers=headers, allow_redirects=False,
            timeout=aiohttp.ClientTimeout(total=cfg.timeout, sock_connect=cfg.connect_timeout),
        ) as resp:
            payload = await resp.read()
            if resp.status >= 500:
                raise web.HTTPBadGateway(reason=f"upstream answered {resp.status}")
            out = web.Response(body=payload, status=resp.status)
            for k, v in resp.headers.items():
                if k.lower() in _PASS_RESP_HEADERS:
                    out.headers[k] = v
            return out
    except aiohttp.ClientConnectorError as exc:
        # The connection was never made, so the request never reached that server.
        raise _ConnectFailed(type(exc).__name__) from exc


async def proxy(request: web.Request) -> web.StreamResponse:
    cfg = request.app[CONFIG_KEY]
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        if request.path.startswith(KAKAO_PATH_PREFIX):
            return _json(simple_text_response(TOO_LARGE_TEXT), status=413)
        return _json([{"recipient_id": "", "text": TOO_LARGE_TEXT}], status=413)
    key = conversation_key(request.path, body)
    order = rendezvous_order(key, cfg.upstreams)
    if not cfg.failover:
        order = order[:1]
    for i, upstream in enumerate(order):
        st = cfg.stats[upstream]
        try:
            resp = await _forward(request, upstream, body)
        except _ConnectFailed as exc:
            st.failures += 1
            logger.warning("router: %s unreachable (%s)%s", upstream, exc,
                           "; trying the next one" if i + 1 < len(order) else "")
            continue
        except asyncio.TimeoutError:
            st.failures += 1
            logger.warning("router: %s timed out after %.0fs (not retried elsewhere)", upstream, cfg.timeout)
            break
        except (aiohttp.ClientError, web.HTTPBadGateway, OSError) as exc:
            st.failures += 1
            logger.warning("router: %s failed: %s", upstream, type(exc).__name__)
            break
        st.requests += 1
        if i > 0:
            st.failovers += 1
        return resp
    if request.method in ("GET", "HEAD") and not request.path.startswith("/webhooks/"):
        return _json({"status": "unavailable"}, status=503)
    return _json(polite_reply(request.path, body))


async def status(request: web.Request) -> web.Response:
    cfg = request.app[CONFIG_KEY]
    return _json({"status": "ok", "failover": cfg.failover,
                  "upstreams": [cfg.stats[u].as_dict() for u in cfg.upstreams]})


async def healthz(request: web.Request) -> web.Response:
    return _json({"status": "ok"})


def create_app(upstreams: Sequence[str], timeout: float = DEFAULT_TIMEOUT, failover: bool = True,
               connect_timeout: float = 3.0) -> web.Application:
    """The router as an aiohttp application."""
    cfg = RouterConfig(list(upstreams), timeout=timeout, failover=failover, connect_timeout=connect_timeout)
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[CONFIG_KEY] = cfg

    async def session_ctx(app: web.Application):
        conn = aiohttp.TCPConnector(limit=200, limit_per_host=100)
        app[SESSION_KEY] = aiohttp.ClientSession(connector=conn, auto_decompress=False)
        yield
        await app[SESSION_KEY].close()

    app.cleanup_ctx.append(session_ctx)
    app.router.add_get("/router/status", status)
    app.router.add_get("/healthz", healthz)
    app.router.add_route("*", "/{tail:.*}", proxy)
    return app


def main(argv: Optional[Sequence[str]] = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bot.router", description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen", default="8080", help="PORT or HOST:PORT (default 8080 on 127.0.0.1)")
    ap.add_argument("--upstream", action="append", required=True, help="Rasa server base URL (repeat)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per upstream request")
    ap.add_argument("--no-failover", dest="failover", action="store_false",
                    help="never move a conversation to another upstream when its own is down")
    args = ap.parse_args(argv)
    host, _, port = args.listen.rpartition(":")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(args.upstream, timeout=args.timeout, failover=args.failover)
    web.run_app(app, host=host or "127.0.0.1", port=int(port), access_log=None, print=None)


if __name__ == "__main__":
    main()
