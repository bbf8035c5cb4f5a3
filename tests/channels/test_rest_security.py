"""REST channel hardening (issue 13 items 3, 5, medium): who may call, whose ids, bursts, nesting."""

from __future__ import annotations

import json

import pytest

from bot.channels.ratelimit import RATE_LIMITED_TEXT, RateLimiter
from bot.adapters.rest_channel import AUTH_REPLY, BAD_SENDER_REPLY, SafeRestInput
from tests.channels.conftest import FakeRasa

PROXY = "w" * 32
TOKEN = "r" * 32


def raw(d) -> bytes:
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("sender", ["web-abcdef12", "WEB-abcdef12", "kakao-" + "a" * 64, "Kakao-x"])
async def test_other_channels_ids_are_refused_to_rest_callers(sender):
    fake = FakeRasa()
    status, msgs = await SafeRestInput(proxy_token=PROXY).process(raw({"sender": sender, "message": "예약 확인"}), fake)
    assert status == 400 and msgs[0]["text"] == BAD_SENDER_REPLY
    assert fake.received == []  # the conversation of that web/Kakao user was never touched


async def test_the_web_proxy_uses_web_ids_only():
    ch, fake = SafeRestInput(proxy_token=PROXY), FakeRasa()
    h = {"X-Web-Proxy-Token": PROXY}
    status, _ = await ch.process(raw({"sender": "web-abcdef12", "message": "안녕"}), fake, headers=h)
    assert status == 200 and fake.received[0].sender_id == "web-abcdef12"
    status, _ = await ch.process(raw({"sender": "kakao-abc", "message": "안녕"}), fake, headers=h)
    assert status == 400
    status, _ = await ch.process(raw({"sender": "someone", "message": "안녕"}), fake, headers=h)
    assert status == 400
    wrong = {"X-Web-Proxy-Token": PROXY[:-1] + "x"}
    status, _ = await ch.process(raw({"sender": "web-abcdef12", "message": "안녕"}), fake, headers=wrong)
    assert status == 400  # a guessed proxy token is just a REST caller, who may not use web- ids


async def test_production_without_rest_token_turns_the_public_rest_channel_off():
    ch, fake = SafeRestInput(proxy_token=PROXY, production=True), FakeRasa()
    status, msgs = await ch.process(raw({"sender": "u1", "message": "안녕"}), fake)
    assert status == 403 and msgs[0]["text"] == AUTH_REPLY and fake.received == []
    status, _ = await ch.process(
        raw({"sender": "web-abcdef12", "message": "안녕"}), fake, headers={"X-Web-Proxy-Token": PROXY}
    )
    assert status == 200  # the widget keeps working


async def test_rest_token_is_required_when_set():
    ch, fake = SafeRestInput(token=TOKEN, proxy_token=PROXY, production=True), FakeRasa()
    assert (await ch.process(raw({"sender": "u1", "message": "안녕"}), fake))[0] == 401
    bad = {"Authorization": "Bearer " + TOKEN[:-1]}
    assert (await ch.process(raw({"sender": "u1", "message": "안녕"}), fake, headers=bad))[0] == 401
    good = {"Authorization": "Bearer " + TOKEN}
    status, msgs = await ch.process(raw({"sender": "u1", "message": "안녕"}), fake, headers=good)
    assert status == 200 and msgs[0]["text"] == "받은 말: 안녕"


def test_from_credentials_reads_the_environment(monkeypatch):
    monkeypatch.setenv("BOT_ENV", "production")
    monkeypatch.delenv("REST_TOKEN", raising=False)
    monkeypatch.setenv("WEB_PROXY_TOKEN", PROXY)
    ch = SafeRestInput.from_credentials({})
    assert ch.production and ch.token is None and ch.proxy_token == PROXY
    assert ch.caller({}) is None and ch.caller({"X-Web-Proxy-Token": PROXY}) == "proxy"
    monkeypatch.setenv("BOT_ENV", "development")
    assert SafeRestInput.from_credentials({}).caller({}) == "client"


@pytest.mark.parametrize("body", [b"[" * 6000 + b"]" * 6000, b'{"sender":' * 3000])
async def test_deeply_nested_json_is_a_polite_400(body):
    status, msgs = await SafeRestInput().process(body, FakeRasa())
    assert status == 400 and msgs[0]["text"]


async def test_a_burst_per_sender_and_per_ip_gets_429():
    ch = SafeRestInput(limiter=RateLimiter(6, 3), ip_limiter=RateLimiter(6, 4))
    fake = FakeRasa()
    codes = [
        (await ch.process(raw({"sender": "u1", "message": f"{i}"}), fake, client_ip="203.0.113.5"))[0] for i in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    # new sender ids from the same address run out of the IP bucket
    status, msgs = await ch.process(raw({"sender": "u2", "message": "x"}), fake, client_ip="203.0.113.5")
    assert status == 429 and msgs[0]["text"] == RATE_LIMITED_TEXT
    status, _ = await ch.process(raw({"sender": "u3", "message": "x"}), fake, client_ip="198.51.100.1")
    assert status == 200
