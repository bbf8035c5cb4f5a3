"""aiohttp test-client tests for /api/chat against a fake Rasa on loopback."""

from __future__ import annotations

import json
import socket

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.sanitize import MAX_MESSAGE_CHARS, TRUNCATED_NOTE, UNAVAILABLE_REPLY
from bot.web.app import create_app


@pytest.fixture
async def rasa_server(fake_rasa):
    server = TestServer(fake_rasa.app(), host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


async def make_client(rasa_url: str, timeout: float = 1.0) -> TestClient:
    client = TestClient(TestServer(create_app(rasa_url, timeout=timeout, mount_staff=False), host="127.0.0.1"))
    await client.start_server()
    return client


@pytest.fixture
async def client(rasa_server):
    # 2 s: well above a loopback reply even on a loaded CI machine (a 0.5 s bound once failed
    # there), still below the fake's 3 s "느리게" answer that the timeout test needs
    c = await make_client(str(rasa_server.make_url("")).rstrip("/"), timeout=2.0)
    yield c
    await c.close()


async def test_proxies_text_and_buttons(client, fake_rasa):
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": "안녕하세요"})
    assert resp.status == 200
    data = await resp.json()
    assert data["status"] == "ok"
    assert data["sender"] == "web-abc12345"
    assert data["messages"][0]["text"] == "안녕하세요! 어떤 도움이 필요하세요?"
    assert data["messages"][1]["buttons"][0] == {"title": "일자리", "payload": "일자리를 찾고 있어요"}
    assert fake_rasa.received == [{"sender": "web-abc12345", "message": "안녕하세요"}]


async def test_custom_payload_passes_through(client):
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": "센터 알려줘"})
    data = await resp.json()
    assert data["messages"][0]["custom"]["type"] == "center"
    assert data["messages"][0]["custom"]["center"]["phone"] == "02-2004-7301"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("/greet", "greet"),
        ('  ///greet{"x":1}', 'greet{"x":1}'),
        ("\n/ /inform", "inform"),
        ("/안녕하세요", "안녕하세요"),
    ],
)
async def test_strips_leading_slashes(client, fake_rasa, raw, expected):
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": raw})
    assert resp.status == 200
    assert fake_rasa.received[-1]["message"] == expected


async def test_only_slashes_is_empty_message(client, fake_rasa):
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": " // "})
    assert resp.status == 400
    data = await resp.json()
    assert data["error"] == "empty_message"
    assert fake_rasa.received == []


async def test_caps_length_and_adds_note(client, fake_rasa):
    long = "가" * (MAX_MESSAGE_CHARS + 500)
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": long})
    data = await resp.json()
    assert resp.status == 200
    assert data["truncated"] is True
    assert len(fake_rasa.received[-1]["message"]) == MAX_MESSAGE_CHARS
    assert data["messages"][0]["text"] == TRUNCATED_NOTE


async def test_oversized_body_is_413_in_korean(client, fake_rasa):
    body = json.dumps({"sender": "web-abc12345", "message": "가" * 100_000})
    resp = await client.post("/api/chat", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == 413
    data = await resp.json()
    assert "짧게" in data["messages"][0]["text"]
    assert fake_rasa.received == []


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[1,2]", b'"text"', b""])
async def test_malformed_json_is_400_korean(client, body):
    resp = await client.post("/api/chat", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    data = await resp.json()
    assert data["error"] == "malformed_json"
    assert "다시" in data["messages"][0]["text"]


@pytest.mark.parametrize(
    "body,code",
    [
        ({"message": "안녕"}, "bad_sender"),
        ({"sender": "../../etc", "message": "안녕"}, "bad_sender"),
        ({"sender": 12, "message": "안녕"}, "bad_sender"),
        ({"sender": "web-abc12345"}, "bad_message"),
        ({"sender": "web-abc12345", "message": ["a"]}, "bad_message"),
        ({"sender": "web-abc12345", "message": 5}, "bad_message"),
    ],
)
async def test_bad_fields_are_400(client, body, code):
    resp = await client.post("/api/chat", json=body)
    assert resp.status == 400
    assert (await resp.json())["error"] == code


async def test_sender_forced_into_web_namespace(client, fake_rasa):
    resp = await client.post("/api/chat", json={"sender": "kakao-deadbeef", "message": "hi"})
    data = await resp.json()
    assert data["sender"] == "web-kakao-deadbeef"
    assert fake_rasa.received[-1]["sender"] == "web-kakao-deadbeef"


async def test_metadata_whitelisted(client, fake_rasa):
    await client.post(
        "/api/chat",
        json={
            "sender": "web-abc12345",
            "message": "내 위치로 센터 찾기",
            "metadata": {"location": {"lat": 37.5665, "lon": 126.978}, "is_admin": True},
        },
    )
    assert fake_rasa.received[-1]["metadata"] == {"location": {"lat": 37.5665, "lon": 126.978}}
    await client.post(
        "/api/chat",
        json={"sender": "web-abc12345", "message": "x", "metadata": {"location": {"lat": "NaN", "lon": 500}}},
    )
    assert "metadata" not in fake_rasa.received[-1]


async def test_rasa_slow_gives_polite_200(client, fake_rasa):
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": "느리게 답해줘"})
    assert resp.status == 200
    data = await resp.json()
    assert data["status"] == "unavailable"
    assert data["messages"][0]["text"] == UNAVAILABLE_REPLY
    assert "1350" in UNAVAILABLE_REPLY and "129" in UNAVAILABLE_REPLY


@pytest.mark.parametrize("mode", ["error500", "garbage"])
async def test_rasa_errors_give_polite_200(client, fake_rasa, mode):
    fake_rasa.mode = mode
    resp = await client.post("/api/chat", json={"sender": "web-abc12345", "message": "안녕"})
    assert resp.status == 200
    data = await resp.json()
    assert data["status"] == "unavailable"
    assert data["messages"][0]["text"] == UNAVAILABLE_REPLY


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def test_rasa_down_gives_polite_200():
    c = await make_client(f"http://127.0.0.1:{_free_port()}", timeout=1.0)
    try:
        resp = await c.post("/api/chat", json={"sender": "web-abc12345", "message": "안녕"})
        assert resp.status == 200
        data = await resp.json()
        assert data["status"] == "unavailable"
        assert "1350" in data["messages"][0]["text"]
        health = await (await c.get("/healthz")).json()
        assert health == {"status": "ok", "rasa": "down"}
    finally:
        await c.close()


async def test_healthz_reports_rasa_ok(client):
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok", "rasa": "ok"}


async def test_index_and_static_served_with_csp(client):
    resp = await client.get("/")
    assert resp.status == 200
    html = await resp.text()
    assert 'id="chat-log"' in html and 'lang="ko"' in html
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    js = await client.get("/static/widget.js")
    assert js.status == 200
    assert "innerHTML" not in (await js.text()).split("*/", 1)[1]


async def test_wrong_method_is_not_500(client):
    resp = await client.get("/api/chat")
    assert resp.status == 405
