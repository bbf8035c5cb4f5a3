"""The action server, closed: ``python -m bot.adapters.action_server [--host 127.0.0.1] [--port 5055]``.

Wraps rasa_sdk's app (this module is a Rasa adapter, like bot/adapters/tracker_store.py) and adds:

* **Loopback by default.**  ``--host``/``ACTION_HOST`` default to 127.0.0.1; only Rasa talks to it.
* **Shared secret.**  Every request except ``GET /health`` must carry
  ``X-Action-Token: <ACTION_SERVER_TOKEN>`` (compared in constant time).  Rasa sends it from
  endpoints.yml (``action_endpoint.headers``).  ``/actions`` (the action list) needs it too.
  With ``BOT_ENV=production`` the server refuses to start without a token of 24+ characters;
  in development without a token it logs a warning and stays open on loopback.
* **Bounded work per request.**  Bodies over ``ACTION_MAX_BODY_BYTES`` (8 MB) -> 413; compressed
  bodies are inflated with the same cap; every user text in the tracker (``latest_message`` and
  events) is cut to ``MAX_MESSAGE_CHARS`` before an action sees it, so a 14,000-character
  message costs what a 1,000-character one does.
* **No leaks on errors.**  A failing action answers ``500 {"error": "internal error"}`` instead of
  rasa_sdk's echo of the exception and the whole request body (the tracker, with personal data).
"""

from __future__ import annotations

import argparse
import hmac
import json
import logging
import zlib
from typing import Any, Mapping, Optional

from rasa_sdk import endpoint
from sanic import response

from bot.channels.sanitize import MAX_MESSAGE_CHARS
from bot.settings import settings

logger = logging.getLogger(__name__)

TOKEN_HEADER = "X-Action-Token"
MAX_BODY_BYTES = settings().action_max_body_bytes  # ACTION_MAX_BODY_BYTES, read at import
MIN_PRODUCTION_TOKEN = 24


def is_production() -> bool:
    return settings().is_production


def token_ok(headers: Mapping[str, str], expected: Optional[str]) -> bool:
    """Constant-time check of the shared secret (open only when no secret is configured)."""
    if not expected:
        return True
    given = headers.get(TOKEN_HEADER) or headers.get(TOKEN_HEADER.lower()) or ""
    auth = headers.get("Authorization") or headers.get("authorization") or ""
    if not given and auth.startswith("Bearer "):
        given = auth[7:]
    return hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8"))


def _cap_text(d: Any, limit: int) -> None:
    if isinstance(d, dict):
        t = d.get("text")
        if isinstance(t, str) and len(t) > limit:
            d["text"] = t[:limit]
        pd = d.get("parse_data")
        if isinstance(pd, dict) and isinstance(pd.get("text"), str) and len(pd["text"]) > limit:
            pd["text"] = pd["text"][:limit]
            pd["entities"] = [
                e
                for e in pd.get("entities") or []
                if isinstance(e, dict) and isinstance(e.get("end"), int) and e["end"] <= limit
            ]


def bound_action_call(call: Any, limit: int = MAX_MESSAGE_CHARS) -> Any:
    """Cut every user text of an action call to `limit` characters (in place; returns it)."""
    if not isinstance(call, dict):
        return call
    tracker = call.get("tracker")
    if isinstance(tracker, dict):
        latest = tracker.get("latest_message")
        _cap_text(latest, limit)
        if isinstance(latest, dict) and isinstance(latest.get("entities"), list):
            latest["entities"] = [
                e
                for e in latest["entities"]
                if not (isinstance(e, dict) and isinstance(e.get("end"), int) and e["end"] > limit)
            ]
        for ev in tracker.get("events") or []:
            if isinstance(ev, dict) and ev.get("event") == "user":
                _cap_text(ev, limit)
    return call


def read_call(body: bytes, encoding: Optional[str]) -> Any:
    """Body bytes -> action call (inflating ``deflate`` with the size cap); raises ValueError."""
    if encoding == "deflate":
        d = zlib.decompressobj()
        body = d.decompress(body, MAX_BODY_BYTES + 1)
        if len(body) > MAX_BODY_BYTES or d.unconsumed_tail:
            raise OverflowError("inflated body too large")
    return json.loads(body.decode("utf-8"))


def configured_token() -> Optional[str]:
    env = settings()
    tok = env.action_server_token or ""
    if not tok and env.action_server_token_file:
        try:
            with open(env.action_server_token_file, encoding="utf-8") as fh:
                tok = fh.read().strip()
        except OSError:
            tok = ""
    return tok or None


def check_startup(token: Optional[str]) -> Optional[str]:
    """Why the server must not start, or None."""
    if is_production() and (not token or len(token) < MIN_PRODUCTION_TOKEN):
        return (
            f"BOT_ENV=production needs ACTION_SERVER_TOKEN (at least {MIN_PRODUCTION_TOKEN} random "
            "characters), the same value Rasa sends from endpoints.yml"
        )
    return None


def create_app(actions: str = "actions", token: Optional[str] = None):

    app = endpoint.create_app(actions, cors_origins=None)

    @app.on_request
    async def guard(request):  # runs before every route
        if request.path == "/health" and request.method == "GET":
            return None
        if not token_ok(request.headers, token):
            logger.warning("action server: request without the shared secret refused (%s)", request.path)
            return response.json({"error": "unauthorized"}, status=401)
        if request.method == "POST":
            body = request.body or b""
            if len(body) > MAX_BODY_BYTES:
                return response.json({"error": "request too large"}, status=413)
            try:
                call = read_call(body, request.headers.get("Content-Encoding"))
            except OverflowError:
                return response.json({"error": "request too large"}, status=413)
            except (ValueError, UnicodeDecodeError, zlib.error, RecursionError):
                return response.json({"error": "invalid body"}, status=400)
            # hand rasa_sdk the bounded call, uncompressed
            request.parsed_json = bound_action_call(call)
            if "Content-Encoding" in request.headers:  # rasa_sdk would inflate it again, unbounded
                del request.headers["Content-Encoding"]
        return None

    async def _internal_error(request, exception):
        logger.error("action server: error on %s", request.path, exc_info=exception)
        return response.json({"error": "internal error"}, status=500)

    app.error_handler.add(Exception, _internal_error)
    return app


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="고용복지+ 상담봇 action server (shared secret, loopback)")
    env = settings()
    p.add_argument("--host", default=env.action_host)
    p.add_argument("--port", type=int, default=env.action_port)
    p.add_argument("--actions", default="actions")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    token = configured_token()
    problem = check_startup(token)
    if problem:
        logger.error("action server not started: %s", problem)
        return 2
    if not token:
        logger.warning(
            "ACTION_SERVER_TOKEN is not set: the action server accepts any caller (development only; it listens on %s)",
            args.host,
        )
    app = create_app(args.actions, token)
    app.run(host=args.host, port=args.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
