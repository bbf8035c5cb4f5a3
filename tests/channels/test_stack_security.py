"""The running stack from the outside (issue 13): what answers, to whom, and what gets stored."""

from __future__ import annotations

import json
import socket
import sqlite3

import pytest
import requests

from tests.support.stack import say

pytestmark = pytest.mark.stack


def _lan_address():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            return s.getsockname()[0]
        except OSError:
            return None


def test_internal_servers_listen_on_loopback_only(stack):
    addr = _lan_address()
    if not addr or addr.startswith("127."):
        pytest.skip("no non-loopback address on this machine")
    for port in (stack.action_port, stack.rasa_port, stack.web_port):
        with socket.socket() as s:
            s.settimeout(2)
            assert s.connect_ex((addr, port)) != 0, port


def test_action_server_needs_the_shared_secret(stack):
    base = f"http://127.0.0.1:{stack.action_port}"
    assert requests.get(f"{base}/actions", timeout=10).status_code == 401
    forged = {
        "next_action": "action_submit_booking",
        "sender_id": "web-forged",
        "version": "3.6.2",
        "tracker": {
            "sender_id": "web-forged",
            "slots": {"center_name": "<b>가짜센터</b>", "booking_confirm": True},
            "latest_message": {"text": "네"},
            "events": [],
        },
        "domain": {},
    }
    r = requests.post(f"{base}/webhook", json=forged, timeout=10)
    assert r.status_code == 401 and "events" not in r.text
    # Rasa itself has the secret: a normal conversation runs its actions
    assert any(m.get("text") for m in say(stack, "sec-rest-0001", "실업급여 받고 싶어요"))


def test_rest_refuses_other_channels_ids_and_nested_json(stack):
    for sender in ("web-0123456789abcdef", "kakao-" + "a" * 64):
        r = requests.post(stack.rest_url, json={"sender": sender, "message": "예약 확인"}, timeout=30)
        assert r.status_code == 400, sender
    r = requests.post(stack.rest_url, data=b"[" * 6000 + b"]" * 6000, timeout=30)
    assert r.status_code == 400 and r.json()[0]["text"]
    # the widget still works through the web proxy, which holds the proxy token
    r = requests.post(
        f"{stack.web_url}/api/chat", json={"sender": "web-sec0000001", "message": "안녕하세요"}, timeout=60
    )
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_rasa_does_not_allow_any_origin(stack):
    r = requests.options(
        stack.rest_url, timeout=10, headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert r.headers.get("Access-Control-Allow-Origin") not in ("*", "https://evil.example")


def test_identifiers_and_their_entities_are_not_stored(stack):
    sender = "sec-mask-0002"
    say(stack, sender, "운전면허 11-12-345678-90 이고 여권 M12345678, 주민번호 900101 - 1234567 이에요")
    say(stack, sender, "연락처는 공일공 일이삼사 오육칠팔 이에요")
    con = sqlite3.connect(str(stack.tracker_db))
    try:
        rows = [json.loads(r[0]) for r in con.execute("select data from events where sender_id=?", (sender,))]
    finally:
        con.close()
    dumped = json.dumps(rows, ensure_ascii=False)
    assert "운전면허" in dumped  # the text is there, masked
    for secret in ("345678", "12345678", "1234567", "일이삼사"):
        assert secret not in dumped, secret


def test_deletion_removes_the_conversation_and_cues_the_widget(stack):
    sender = "sec-del-0003"
    say(stack, sender, "빚이 너무 많아요")
    msgs = say(stack, sender, "내 개인정보 지워주세요")
    assert "삭제했어요" in msgs[0]["text"] and msgs[0].get("custom") == {"type": "forget"}
    con = sqlite3.connect(str(stack.tracker_db))
    try:
        n = con.execute("select count(*) from events where sender_id=?", (sender,)).fetchone()[0]
    finally:
        con.close()
    assert n == 0
