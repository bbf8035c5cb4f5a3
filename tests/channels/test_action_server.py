"""bot.adapters.action_server: loopback, shared secret, bounded work, no leaks (issue 13 item 1)."""

import os
import socket
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
import requests

from bot.adapters.action_server import bound_action_call, check_startup, read_call, token_ok
from tests.support.stack import free_port, wait_http

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "t" * 40
LONG = ("실업급여 받고 싶고 빚도 있어요 월세도 밀렸어요 " * 600)[:14000]


def _call(text, action="action_turn"):
    return {
        "next_action": action,
        "sender_id": "web-x",
        "version": "3.6.2",
        "domain": {"slots": {}, "responses": {}, "intents": [], "entities": [], "actions": [], "forms": {}},
        "tracker": {
            "sender_id": "web-x",
            "slots": {},
            "paused": False,
            "followup_action": None,
            "latest_message": {
                "text": text,
                "intent": {"name": "inform", "confidence": 1.0},
                "entities": [{"entity": "need", "value": "debt", "start": 13990, "end": 13995}],
                "intent_ranking": [],
            },
            "events": [
                {
                    "event": "user",
                    "text": text,
                    "parse_data": {"text": text, "intent": {"name": "inform"}, "entities": []},
                }
            ],
            "latest_input_channel": "rest",
            "active_loop": {},
            "latest_action": {},
            "latest_action_name": "action_listen",
            "latest_event_time": time.time(),
        },
    }


def test_token_compare():
    assert token_ok({"X-Action-Token": TOKEN}, TOKEN)
    assert token_ok({"Authorization": f"Bearer {TOKEN}"}, TOKEN)
    assert not token_ok({"X-Action-Token": TOKEN[:-1]}, TOKEN)
    assert not token_ok({}, TOKEN)
    assert token_ok({}, None)  # development without a secret: open (loopback only)


def test_every_user_text_is_cut_before_an_action_sees_it():
    call = bound_action_call(_call(LONG))
    tr = call["tracker"]
    assert len(tr["latest_message"]["text"]) == 1000
    assert tr["latest_message"]["entities"] == []  # an entity beyond the cut is dropped
    assert len(tr["events"][0]["text"]) == 1000 and len(tr["events"][0]["parse_data"]["text"]) == 1000


def test_deflate_bomb_is_refused():
    bomb = zlib.compress(b"[" + b" " * (20 * 1024 * 1024) + b"]")
    with pytest.raises(OverflowError):
        read_call(bomb, "deflate")


def test_production_refuses_to_start_without_a_strong_token(monkeypatch):
    monkeypatch.setenv("BOT_ENV", "production")
    assert check_startup(None) and check_startup("short")
    assert check_startup(TOKEN) is None
    monkeypatch.setenv("BOT_ENV", "development")
    assert check_startup(None) is None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        ACTION_SERVER_TOKEN=TOKEN,
        RASA_TELEMETRY_ENABLED="false",
        BOOKING_DB_URL=f"sqlite:///{tmp_path_factory.mktemp('as') / 'b.db'}",
    )
    env.pop("ACTION_HOST", None)
    log = tmp_path_factory.mktemp("aslog") / "actions.log"
    with open(log, "wb") as fh:
        p = subprocess.Popen(
            [sys.executable, "-m", "bot.adapters.action_server", "--port", str(port)],
            cwd=str(ROOT),
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/health", 120, [p])
        yield port
    finally:
        p.terminate()
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)


def _lan_address():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # no packet is sent: picks the outward interface
            return s.getsockname()[0]
        except OSError:
            return None


def test_binds_loopback_only(server):
    addr = _lan_address()
    if not addr or addr.startswith("127."):
        pytest.skip("no non-loopback address on this machine")
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex((addr, server)) != 0, "the action server answers on a public interface"


def test_requests_without_the_secret_are_refused(server):
    url = f"http://127.0.0.1:{server}"
    assert requests.get(f"{url}/health", timeout=5).status_code == 200
    assert requests.get(f"{url}/actions", timeout=5).status_code == 401  # the action list is not public
    r = requests.post(f"{url}/webhook", json=_call("빚이 있어요"), timeout=10)
    assert r.status_code == 401 and "events" not in r.text
    r = requests.post(f"{url}/webhook", json=_call("빚이 있어요"), headers={"X-Action-Token": "guess"}, timeout=10)
    assert r.status_code == 401


def test_with_the_secret_actions_run_and_long_text_does_not_stall(server):
    url = f"http://127.0.0.1:{server}/webhook"
    h = {"X-Action-Token": TOKEN}
    r = requests.post(url, json=_call("빚이 있어요"), headers=h, timeout=10)
    assert r.status_code == 200 and r.json()["events"]
    t0 = time.monotonic()
    r = requests.post(url, json=_call(LONG), headers=h, timeout=30)
    assert r.status_code == 200
    assert time.monotonic() - t0 < 2.0


def test_the_action_sees_only_the_first_1000_characters(server):
    url = f"http://127.0.0.1:{server}/webhook"
    h = {"X-Action-Token": TOKEN}
    late = "그냥 이야기예요 " * 130 + "빚이 너무 많아서 힘들어요"  # the need appears after 1,000 characters
    assert len(late) > 1100 and late.index("빚") > 1000
    r = requests.post(url, json=_call(late), headers=h, timeout=30)
    slots = {e["name"]: e["value"] for e in r.json()["events"] if e.get("event") == "slot"}
    assert "debt" not in (slots.get("needs") or [])
    r = requests.post(url, json=_call("빚이 너무 많아서 힘들어요"), headers=h, timeout=30)
    slots = {e["name"]: e["value"] for e in r.json()["events"] if e.get("event") == "slot"}
    assert "debt" in (slots.get("needs") or [])  # the same words early enough are understood


def test_errors_do_not_echo_the_tracker(server):
    url = f"http://127.0.0.1:{server}/webhook"
    h = {"X-Action-Token": TOKEN}
    bad = _call("제 번호는 010-1234-5678이에요")
    bad["tracker"]["slots"] = {"needs": {"not": "a list"}}
    bad["tracker"]["events"] = "garbage"
    r = requests.post(url, json=bad, headers=h, timeout=10)
    assert "010-1234-5678" not in r.text
    r = requests.post(url, data=b"{not json", headers=h, timeout=10)
    assert r.status_code == 400
    deep = ("[" * 100_000).encode()
    r = requests.post(url, data=deep, headers=h, timeout=10)
    assert r.status_code == 400
