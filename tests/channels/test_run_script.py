"""scripts/run.sh (make run): loopback binds, the secured action server, secrets, CORS, telemetry."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = (ROOT / "scripts" / "run.sh").read_text(encoding="utf-8")


def test_servers_bind_loopback_and_rasa_cors_is_the_web_origin_only():
    assert 'RASA_HOST="${RASA_HOST:-127.0.0.1}"' in RUN and '--interface "$RASA_HOST"' in RUN
    assert 'ACTION_HOST="${ACTION_HOST:-127.0.0.1}"' in RUN and "-m bot.adapters.action_server" in RUN
    assert 'WEB_HOST="${WEB_HOST:-127.0.0.1}"' in RUN and '--host "$WEB_HOST"' in RUN
    assert "rasa run actions" not in RUN  # the unauthenticated rasa_sdk server is not used
    assert '--cors "*"' not in RUN and '--cors "$WEB_ORIGIN"' in RUN
    assert "--enable-api" not in RUN
    assert re.search(r'RASA_TELEMETRY_ENABLED="\$\{RASA_TELEMETRY_ENABLED:-false\}"', RUN)
    assert "RASA_TELEMETRY_ENABLED ?= false" in (ROOT / "Makefile").read_text(encoding="utf-8")


def _secrets_part(tmp_path: Path) -> Path:
    """The script up to the server start, plus a line printing what it exported."""
    head = RUN[: RUN.index("pids=()")]
    (tmp_path / "scripts").mkdir()
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    script = tmp_path / "scripts" / "run.sh"
    script.write_text(
        head + 'echo "A=$ACTION_SERVER_TOKEN W=$WEB_PROXY_TOKEN K=$KAKAO_SENDER_SALT"\n', encoding="utf-8"
    )
    return script


def _run(script: Path, **env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "ACTION_SERVER_TOKEN",
            "WEB_PROXY_TOKEN",
            "KAKAO_SENDER_SALT",
            "KAKAO_SKILL_SECRET",
            "BOT_ENV",
            "BOT_SECRETS_FILE",
        )
    }
    base.update(env)
    return subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=120, env=base)


def test_development_generates_secrets_once_into_a_private_file(tmp_path):
    script = _secrets_part(tmp_path)
    first = _run(script)
    assert first.returncode == 0, first.stderr
    values = dict(kv.split("=", 1) for kv in first.stdout.split())
    assert all(len(v) >= 32 for v in values.values()), values
    secrets_file = tmp_path / "var" / "secrets.env"
    assert oct(secrets_file.stat().st_mode & 0o777) == "0o600"
    again = _run(script)
    assert again.stdout == first.stdout  # stable across restarts
    assert "A=from-env " in _run(script, ACTION_SERVER_TOKEN="from-env").stdout


def test_production_refuses_to_start_without_the_secrets(tmp_path):
    script = _secrets_part(tmp_path)
    r = _run(script, BOT_ENV="production")
    assert r.returncode == 1 and "KAKAO_SKILL_SECRET" in r.stdout and "ACTION_SERVER_TOKEN" in r.stdout
    assert not (tmp_path / "var" / "secrets.env").exists()  # nothing generated in production
    ok = _run(
        script,
        BOT_ENV="production",
        ACTION_SERVER_TOKEN="a" * 32,
        WEB_PROXY_TOKEN="w" * 32,
        KAKAO_SKILL_SECRET="k" * 32,
        KAKAO_SENDER_SALT="s" * 32,
    )
    assert ok.returncode == 0, ok.stdout
