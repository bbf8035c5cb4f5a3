"""Web proxy hardening (issue 13 items 3, 5, medium): proxy token, nested JSON, rate limits, forget cue."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.ratelimit import RATE_LIMITED_TEXT, RateLimiter
from bot.web.app import create_app


class RecordingRasa:
    def __init__(self):
        self.headers = []

    async def webhook(self, request):
        body = await request.json()
        self.headers.append(dict(request.headers))
        if body["message"] == "내 기록 삭제":
            return web.json_response(
                [{"recipient_id": body["sender"], "text": "대화 기록을 모두 삭제했어요.", "custom": {"type": "forget"}}]
            )
        return web.json_response([{"recipient_id": body["sender"], "text": "네"}])


@pytest.fixture
async def stack():
    rasa = RecordingRasa()
    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", rasa.webhook)
    rs = TestServer(app, host="127.0.0.1")
    await rs.start_server()
    clients = []

    async def make(**kw):
        c = TestClient(
            TestServer(create_app(str(rs.make_url("")).rstrip("/"), mount_staff=False, **kw), host="127.0.0.1")
        )
        await c.start_server()
        clients.append(c)
        return c

    yield rasa, make
    for c in clients:
        await c.close()
    await rs.close()


async def test_proxy_authenticates_to_rasa_with_its_token(stack):
    rasa, make = stack
    c = await make(proxy_token="p" * 32)
    r = await c.post("/api/chat", json={"sender": "web-abcdef12", "message": "안녕"})
    assert r.status == 200
    assert rasa.headers[-1].get("X-Web-Proxy-Token") == "p" * 32


async def test_deeply_nested_json_is_a_polite_400(stack):
    _, make = stack
    c = await make()
    for body in ("[" * 6000 + "]" * 6000, '{"a":' * 5000 + "1" + "}" * 5000):  # < 64 KB, > recursion limit
        r = await c.post("/api/chat", data=body.encode(), headers={"Content-Type": "application/json"})
        assert r.status == 400
    data = await r.json()
    assert data["messages"][0]["text"]


async def test_a_burst_from_one_sender_gets_a_polite_429(stack):
    rasa, make = stack
    c = await make(limits=(RateLimiter(6, 3), RateLimiter(600, 100)))
    codes = []
    for _ in range(5):
        r = await c.post("/api/chat", json={"sender": "web-burst1234", "message": "안녕"})
        codes.append(r.status)
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    data = await r.json()
    assert data["messages"][0]["text"] == RATE_LIMITED_TEXT and r.headers["Retry-After"]
    assert len(rasa.headers) == 3  # the limited requests never reached Rasa
    # another person is not affected
    r = await c.post("/api/chat", json={"sender": "web-other1234", "message": "안녕"})
    assert r.status == 200


async def test_a_burst_from_one_ip_with_fresh_sender_ids_is_limited(stack):
    _, make = stack
    c = await make(limits=(RateLimiter(600, 100), RateLimiter(6, 3)), trust_proxy=True)
    codes = []
    for i in range(5):
        r = await c.post(
            "/api/chat",
            json={"sender": f"web-rotate{i:04d}", "message": "안녕"},
            headers={"X-Forwarded-For": "203.0.113.9"},
        )
        codes.append(r.status)
    assert codes == [200, 200, 200, 429, 429]
    r = await c.post(
        "/api/chat", json={"sender": "web-rotate9999", "message": "안녕"}, headers={"X-Forwarded-For": "198.51.100.7"}
    )
    assert r.status == 200


async def test_the_forget_cue_reaches_the_widget(stack):
    _, make = stack
    c = await make()
    r = await c.post("/api/chat", json={"sender": "web-abcdef12", "message": "내 기록 삭제"})
    data = await r.json()
    assert data["messages"][0]["custom"] == {"type": "forget"}


def test_rate_limiter_refills():
    now = [0.0]
    lim = RateLimiter(60, 2, clock=lambda: now[0])
    assert lim.allow("a") and lim.allow("a") and not lim.allow("a")
    now[0] += 1.0  # one token per second
    assert lim.allow("a") and not lim.allow("a")
    assert RateLimiter(0, 1).allow("a")  # 0 = off
