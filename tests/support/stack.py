"""Start/stop the real servers for tests (used by tests/conftest.py and the benchmark)."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
MODEL = ROOT / "models" / "current.tar.gz"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float, procs=()) -> None:
    import requests

    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise RuntimeError(f"a server exited early (code {p.returncode}) while waiting for {url}")
        try:
            r = requests.get(url, timeout=2)
            if r.status_code < 500:
                return
        except Exception as exc:  # noqa: BLE001
            last = exc
        time.sleep(0.5)
    raise TimeoutError(f"{url} not ready after {timeout}s ({last})")


class Stack:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.rasa_port = free_port()
        self.action_port = free_port()
        self.web_port = free_port()
        self.procs: dict = {}
        self.tracker_db = workdir / "rasa.db"
        self.booking_db = workdir / "booking.db"
        self.env = dict(os.environ)
        self.env.update(
            {
                "PYTHONPATH": str(ROOT),
                "TF_CPP_MIN_LOG_LEVEL": "3",
                "BOOKING_DB_URL": f"sqlite:///{self.booking_db}",
                "BOT_SECRET_FILE": str(workdir / "secret.key"),
                "STAFF_DB_URL": f"sqlite:///{workdir / 'staff.db'}",
                "TRACKER_DB_URL": f"sqlite:///{self.tracker_db}",
                "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                "RASA_TELEMETRY_ENABLED": "false",
                # shared secrets as scripts/run.sh sets them (Rasa -> actions, web proxy -> Rasa REST)
                "ACTION_SERVER_TOKEN": secrets.token_urlsafe(32),
                "WEB_PROXY_TOKEN": secrets.token_urlsafe(32),
                # tests drive conversations faster than a person types (the same "네" twice within
                # seconds): rate limits and the Kakao replay window have their own tests
                "RATE_LIMIT_PER_MINUTE": os.environ.get("RATE_LIMIT_PER_MINUTE", "0"),
                "KAKAO_REPLAY_SECONDS": os.environ.get("KAKAO_REPLAY_SECONDS", "0"),
                # one stack serves many tests that book with the same test phones: the per-center daily cap
                # (2 in production) has its own tests
                "BOOKING_DAILY_CAP_PER_CENTER": os.environ.get("BOOKING_DAILY_CAP_PER_CENTER", "1000"),
            }
        )
        self.env.pop("BOT_ENV", None)
        self.endpoints = workdir / "endpoints.yml"
        self.endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{self.action_port}/webhook"\n'
            f"  headers:\n    X-Action-Token: ${{ACTION_SERVER_TOKEN}}\n"
            f"tracker_store:\n  type: bot.adapters.tracker_store.MaskingSQLTrackerStore\n  dialect: sqlite\n  db: {self.tracker_db}\n",
            encoding="utf-8",
        )

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook"

    @property
    def kakao_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/kakao/webhook"

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def _spawn(self, name, args):
        log = open(self.workdir / f"{name}.log", "wb")
        p = subprocess.Popen(
            args, cwd=str(ROOT), env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs[name] = p
        return p

    def start_actions(self):
        self._spawn(
            "actions",
            [
                str(VENV_BIN / "python"),
                "-m",
                "bot.adapters.action_server",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.action_port),
                "--actions",
                "actions",
            ],
        )
        wait_http(f"http://127.0.0.1:{self.action_port}/health", 120, [self.procs["actions"]])

    def start_rasa(self):
        self._spawn(
            "rasa",
            [
                str(VENV_BIN / "rasa"),
                "run",
                "--model",
                str(MODEL),
                "--interface",
                "127.0.0.1",
                "--port",
                str(self.rasa_port),
                "--credentials",
                "credentials.yml",
                "--endpoints",
                str(self.endpoints),
            ],
        )
        wait_http(f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/", 240, [self.procs["rasa"]])

    def start_web(self):
        self._spawn(
            "web",
            [
                str(VENV_BIN / "python"),
                "-m",
                "bot.web",
                "--port",
                str(self.web_port),
                "--rasa-url",
                f"http://127.0.0.1:{self.rasa_port}",
            ],
        )
        wait_http(f"{self.web_url}/healthz", 60, [self.procs["web"]])

    def stop(self, name):
        p = self.procs.pop(name, None)
        if p is None:
            return
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)

    def stop_all(self):
        for name in list(self.procs):
            self.stop(name)

    def log(self, name) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def say(stack: Stack, sender: str, text: str, metadata=None, timeout=30):
    """One user message over the real REST channel; returns the bot messages."""
    import requests

    body = {"sender": sender, "message": text}
    if metadata:
        body["metadata"] = metadata
    r = requests.post(stack.rest_url, json=body, timeout=timeout)
    assert r.status_code == 200, r.text
    return r.json()


def texts_of(msgs) -> str:
    out = []
    for m in msgs:
        if m.get("text"):
            out.append(m["text"])
        for b in m.get("buttons") or []:
            out.append(f"[{b.get('title')}]")
        if m.get("custom"):
            out.append(str(m["custom"]))
    return "\n".join(out)
