"""Write the HAProxy front for N Rasa replicas (deploy/haproxy/haproxy.cfg is its default output).

    python deploy/haproxy/render.py                       # rewrite deploy/haproxy/haproxy.cfg (8080 -> 5005, 5006)
    python deploy/haproxy/render.py --listen 127.0.0.1:8080 --stats 127.0.0.1:8404 \\
        --server 127.0.0.1:5005 --server 127.0.0.1:5006 --out /etc/haproxy/gobok.cfg
    haproxy -f /etc/haproxy/gobok.cfg -db                 # a normal foreground process, no system service

The template (haproxy.cfg.tmpl) does, with HAProxy 2.6 (Debian 12) only:

* balance and stickiness: a new conversation goes to the replica with the fewest turns in flight
  (``balance leastconn``) and stays there (``stick on var(txn.key) table st_conv``, one stick table
  shared by the three backends, which give every server the same ``id``, so one conversation lands
  on one replica whichever path it uses; entries expire after 30 idle minutes). The key is read from
  the buffered JSON body (``option http-buffer-request``, ``req.body,json_query(...)``): REST
  ``$.sender``, Kakao ``$.userRequest.user.id``, Rasa HTTP API ``/conversations/<id>/...`` the path
  segment. (A hash of the key spread 16 concurrent conversations unevenly over 2 replicas: 0.93 and
  0.62 cores in ``make bench``.) The table lives in this HAProxy process: a restart, or a second
  HAProxy without a ``peers`` section, re-balances conversations, which is safe (see failover).
* failover: health checks on ``GET /webhooks/rest/`` (Rasa only answers it once the model is loaded);
  a refused connection is retried, the last time on another replica (``retries`` + ``option
  redispatch``), and a conversation whose replica is down goes to another one; its stick entry then
  points there, so it stays when the first replica is back. Safe because the request never reached
  the first replica, the state is in the shared SQL tracker store, and the tracker cache's freshness
  check (last row id + row count) reloads a conversation that moved. A timeout or a 5xx is never
  retried (the first replica may still be working).
* polite replies: when no replica can answer (all down, timeout, 5xx) the citizen gets HTTP 200 with
  ``UNAVAILABLE_REPLY`` (bot/channels/sanitize.py) in the channel's own format: REST
  ``[{"recipient_id": <sender>, "text": ...}]``, Kakao a SkillResponse 2.0. Bodies over
  ``MAX_BODY_BYTES`` get a polite 413 (the key must be inside the buffered body to be read).
* monitoring on a separate loopback port: ``/stats`` (add ``;csv``) and ``/metrics`` (Prometheus).

The Korean texts come from the Python constants, so re-run this script when they change
(tests/scaleout/test_haproxy.py fails when haproxy.cfg is out of date).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # `python deploy/haproxy/render.py` from anywhere
    sys.path.insert(0, str(ROOT))

from bot.channels.kakao_format import simple_text_response  # noqa: E402
from bot.channels.sanitize import UNAVAILABLE_REPLY  # noqa: E402

TEMPLATE = HERE / "haproxy.cfg.tmpl"
DEFAULT_OUT = HERE / "haproxy.cfg"
DEFAULT_LISTEN = "127.0.0.1:8080"
DEFAULT_STATS = "127.0.0.1:8404"
DEFAULT_SERVERS = ("127.0.0.1:5005", "127.0.0.1:5006")
MAX_BODY_BYTES = 16384  # < tune.bufsize (32768) so the whole body is buffered and hashed
TOO_LARGE_TEXT = "메시지가 너무 길어요. 짧게 나누어 보내 주세요."
TURN_TIMEOUT = "30s"  # one Rasa turn; then the citizen gets the polite reply


def _hq(s: str) -> str:
    """A double-quoted HAProxy argument (backslash and double quote escaped; % kept for log-format)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _lf(s: str) -> str:
    """Literal text inside a log-format string: % must be doubled."""
    return s.replace("%", "%%")


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def rest_reply_lf(text: str) -> str:
    """log-format string for ``[{"recipient_id": <sender>, "text": text}]`` (sender JSON-escaped)."""
    body = _json([{"recipient_id": "@@SENDER@@", "text": text}])
    return _hq(_lf(body).replace("@@SENDER@@", "%[var(txn.key,),json(utf8s)]"))


def kakao_reply(text: str) -> str:
    return _hq(_json(simple_text_response(text)))


def server_lines(servers: Sequence[str], track: str = "", maxconn: int = 0) -> str:
    lines = []
    for i, addr in enumerate(servers, start=1):
        if not addr or ":" not in addr:
            raise ValueError(f"server must be host:port, got {addr!r}")
        how = f"track be_rest/rasa{i}" if track else "check"
        limit = f" maxconn {maxconn}" if maxconn > 0 else ""
        lines.append(f"    server rasa{i} {addr} id {i} {how}{limit}")
    return "\n".join(lines)


def render(
    listen: str = DEFAULT_LISTEN,
    stats: str = DEFAULT_STATS,
    servers: Sequence[str] = DEFAULT_SERVERS,
    turn_timeout: str = TURN_TIMEOUT,
    server_maxconn: int = 0,
) -> str:
    """The config text; ``server_maxconn`` > 0 lets at most that many turns run on one replica at a
    time (the others wait in HAProxy's queue, first come first served, up to ``timeout queue``)."""
    if not servers:
        raise ValueError("at least one server")
    values = {
        "LISTEN": listen,
        "STATS": stats,
        "TURN_TIMEOUT": turn_timeout,
        "MAX_BODY": str(MAX_BODY_BYTES),
        "SERVERS_CHECKED": server_lines(servers, maxconn=server_maxconn),
        "SERVERS_TRACKED": server_lines(servers, track="be_rest", maxconn=server_maxconn),
        "REST_UNAVAILABLE": rest_reply_lf(UNAVAILABLE_REPLY),
        "REST_TOO_LARGE": rest_reply_lf(TOO_LARGE_TEXT),
        "KAKAO_UNAVAILABLE": kakao_reply(UNAVAILABLE_REPLY),
        "KAKAO_TOO_LARGE": kakao_reply(TOO_LARGE_TEXT),
    }
    out = TEMPLATE.read_text(encoding="utf-8")
    for k, v in values.items():
        out = out.replace("{{" + k + "}}", v)
    if "{{" in out:
        raise ValueError("unfilled placeholder in " + str(TEMPLATE))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen", default=DEFAULT_LISTEN, help="public bind, host:port")
    ap.add_argument("--stats", default=DEFAULT_STATS, help="monitoring bind (keep it on loopback)")
    ap.add_argument("--server", action="append", help="Rasa replica host:port (repeat; order = ids)")
    ap.add_argument("--turn-timeout", default=TURN_TIMEOUT)
    ap.add_argument("--server-maxconn", type=int, default=0, help="turns at a time per replica (0: no limit)")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    a = ap.parse_args(argv)
    text = render(a.listen, a.stats, a.server or DEFAULT_SERVERS, a.turn_timeout, a.server_maxconn)
    Path(a.out).write_text(text, encoding="utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
