"""The documented scale-out setup (deploy/scale-out/) started on loopback for tests.

    with Cluster(replicas=2) as c:      # PostgreSQL + Redis + 2 action servers + 2 Rasa + HAProxy
        c.rest_url, c.kakao_url          # through HAProxy (deploy/haproxy)
        c.router_status()                # per-replica counters from HAProxy's stats (by Rasa URL)
        c.sql(query, *args)              # on the tracker or booking DB

Each Rasa replica uses deploy/scale-out/endpoints.yml unchanged (env vars say which action
server, PostgreSQL and Redis). Everything is bounded and stopped; the temp dir is removed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Dict, List, Optional

from tests.scaleout.haproxy import HAProxy
from tests.support.postgres import new_database, start_postgres
from tests.support.stack import MODEL, ROOT, VENV_BIN, free_port, wait_http

ENDPOINTS = ROOT / "deploy" / "scale-out" / "endpoints.yml"


def redis_available() -> bool:
    return shutil.which("redis-server") is not None


class Cluster:
    def __init__(self, replicas: int = 2, capacity_file: Optional[Path] = None):
        self.n = replicas
        self.workdir = Path(tempfile.mkdtemp(prefix="bot-scaleout-"))
        self.procs: Dict[str, subprocess.Popen] = {}
        self.action_ports = [free_port() for _ in range(replicas)]
        self.rasa_ports = [free_port() for _ in range(replicas)]
        self.router_port = free_port()
        self.haproxy: Optional[HAProxy] = None
        self.web_port = free_port()
        self.redis_port = free_port()
        self.pg_server_url: Optional[str] = None
        self._pg_stop = None
        self.capacity_file = capacity_file
        self.tracker_url = self.booking_url = ""
        self.env: Dict[str, str] = {}

    # ----------------------------------------------------------------- helpers --
    @property
    def router_url(self) -> str:
        return f"http://127.0.0.1:{self.router_port}"

    @property
    def rest_url(self) -> str:
        return self.router_url + "/webhooks/rest/webhook"

    @property
    def kakao_url(self) -> str:
        return self.router_url + "/webhooks/kakao/webhook"

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def rasa_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.rasa_ports[i]}"

    def log(self, name: str) -> str:
        if name == "haproxy" and self.haproxy:
            return self.haproxy.log()
        p = self.workdir / f"{name}.log"
        return p.read_text(encoding="utf-8", errors="replace") if p.exists() else ""

    def _spawn(self, name: str, args: List[str], env: Dict[str, str]) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "wb")
        try:
            p = subprocess.Popen(
                args, cwd=str(ROOT), env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        finally:
            log.close()
        self.procs[name] = p
        return p

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        p = self.procs.pop(name, None)
        if p is None:
            return
        try:
            os.killpg(p.pid, sig)
        except ProcessLookupError:
            return
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)

    def router_status(self) -> Dict[str, dict]:
        """{rasa_url(i): {"requests", "status", "conn_errors", "redispatched_away", ...}} from HAProxy."""
        by_name = self.haproxy.servers()
        return {self.rasa_url(i): by_name[f"rasa{i + 1}"] for i in range(self.n)}

    def sql(self, which: str, query: str, *args):
        import psycopg2
        from sqlalchemy.engine import make_url

        u = make_url(self.tracker_url if which == "tracker" else self.booking_url)
        conn = psycopg2.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, connect_timeout=5)
        try:
            with conn.cursor() as cur:
                cur.execute(query, args)
                return cur.fetchall()
        finally:
            conn.close()

    def redis_stats(self) -> Dict[str, dict]:
        import redis

        r = redis.StrictRedis(host="127.0.0.1", port=self.redis_port, socket_timeout=5)
        try:
            return r.info("commandstats")
        finally:
            r.close()

    # ------------------------------------------------------------------ start --
    def start(self, web: bool = False) -> "Cluster":
        if not MODEL.exists():
            raise RuntimeError("models/current.tar.gz is missing: run `make train`")
        self.pg_server_url, self._pg_stop = start_postgres(dbname="botserver")
        self.tracker_url = new_database(self.pg_server_url, "tracker")
        self.booking_url = new_database(self.pg_server_url, "booking")
        from sqlalchemy.engine import make_url

        tu = make_url(self.tracker_url)
        bu = make_url(self.booking_url)
        base = dict(os.environ)
        base.update(
            {
                "PYTHONPATH": str(ROOT),
                "TF_CPP_MIN_LOG_LEVEL": "3",
                "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                # the documented form: postgresql://user@host:port/db
                "BOOKING_DB_URL": f"postgresql://{bu.username}@{bu.host}:{bu.port}/{bu.database}",
                "BOT_SECRET_FILE": str(self.workdir / "secret.key"),  # shared by every action server
                "STAFF_DB_URL": f"sqlite:///{self.workdir / 'staff.db'}",
                "PG_HOST": tu.host,
                "PG_PORT": str(tu.port),
                "PG_DB": tu.database,
                "PG_USER": tu.username,
                "PG_PASSWORD": "",
                "REDIS_HOST": "127.0.0.1",
                "REDIS_PORT": str(self.redis_port),
                "REDIS_DB": "0",
                # shared secrets (SECURITY.md); limits off: the tests drive many conversations at once
                "ACTION_SERVER_TOKEN": secrets.token_urlsafe(32),
                "WEB_PROXY_TOKEN": secrets.token_urlsafe(32),
                "RASA_TELEMETRY_ENABLED": "false",
                "RATE_LIMIT_PER_MINUTE": "0",
                "KAKAO_REPLAY_SECONDS": "0",
            }
        )
        if self.capacity_file:
            base["BOOKING_CAPACITY_FILE"] = str(self.capacity_file)
        self.env = base
        self._spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.workdir),
            ],
            base,
        )
        # action servers first (in parallel), then the Rasa replicas (in parallel), then the router
        for i in range(self.n):
            self.start_actions(i, wait=False)
        for i in range(self.n):
            wait_http(f"http://127.0.0.1:{self.action_ports[i]}/health", 120, [self.procs[f"actions{i}"]])
        for i in range(self.n):
            self.start_rasa(i, wait=False)
        for i in range(self.n):
            self.wait_rasa(i)
        self.haproxy = HAProxy([f"127.0.0.1:{p}" for p in self.rasa_ports], self.workdir, port=self.router_port)
        self.haproxy.start(wait_up=60)
        if web:
            self._spawn(
                "web",
                [
                    str(VENV_BIN / "python"),
                    "-m",
                    "bot.web",
                    "--port",
                    str(self.web_port),
                    "--rasa-url",
                    self.router_url,
                ],
                base,
            )
            wait_http(self.web_url + "/healthz", 60, [self.procs["web"]])
        return self

    def start_actions(self, i: int, wait: bool = True) -> None:
        self._spawn(
            f"actions{i}",
            [
                str(VENV_BIN / "python"),
                "-m",
                "bot.adapters.action_server",
                "--port",
                str(self.action_ports[i]),
                "--actions",
                "actions",
            ],
            self.env,
        )
        if wait:
            wait_http(f"http://127.0.0.1:{self.action_ports[i]}/health", 120, [self.procs[f"actions{i}"]])

    def start_rasa(self, i: int, wait: bool = True) -> None:
        env = dict(self.env, ACTION_URL=f"http://127.0.0.1:{self.action_ports[i]}/webhook")
        self._spawn(
            f"rasa{i}",
            [
                str(VENV_BIN / "rasa"),
                "run",
                "--model",
                str(MODEL),
                "--port",
                str(self.rasa_ports[i]),
                "--credentials",
                "credentials.yml",
                "--endpoints",
                str(ENDPOINTS),
            ],
            env,
        )
        if wait:
            self.wait_rasa(i)

    def wait_rasa(self, i: int) -> None:
        wait_http(self.rasa_url(i) + "/webhooks/rest/", 300, [self.procs[f"rasa{i}"]])

    def stop_all(self) -> None:
        try:
            self.stop("web")
        finally:
            if self.haproxy:
                self.haproxy.stop()
        for name in [f"rasa{i}" for i in range(self.n)] + [f"actions{i}" for i in range(self.n)] + ["redis"]:
            try:
                self.stop(name)
            except Exception:  # noqa: BLE001 - keep stopping the others
                pass
        for name in list(self.procs):
            self.stop(name)
        if self._pg_stop:
            self._pg_stop()
            self._pg_stop = None

    def cleanup(self) -> None:
        self.stop_all()
        if os.environ.get("KEEP_STACK_LOGS"):
            print(f"scale-out logs kept in {self.workdir}")
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> "Cluster":
        try:
            return self.start()
        except BaseException:
            self.cleanup()
            raise

    def __exit__(self, *exc) -> None:
        self.cleanup()
