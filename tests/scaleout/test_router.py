"""bot.router in-process: rendezvous stickiness, key extraction, failover, polite answers."""
from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.channels.kakao_format import validate_skill_response
from bot.channels.sanitize import UNAVAILABLE_REPLY
from bot.router import conversation_key, create_app, pick_upstream, rendezvous_order

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Upstream:
    """A fake Rasa server that records which senders it saw."""

    def __init__(self, name: str, mode: str = "ok"):
        self.name, self.mode = name, mode
        self.seen: list = []
        self.port = free_port()
        self.runner = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def handler(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.seen.append((request.path, body, request.headers.get("X-Skill-Secret")))
        if self.mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        if self.mode == "slow":
            await asyncio.sleep(5)
        if request.path.startswith("/webhooks/kakao"):
            return web.json_response({"version": "2.0", "template": {"outputs": [
                {"simpleText": {"text": f"{self.name} 응답"}}]}})
        data = json.loads(body) if body else {}
        return web.json_response([{"recipient_id": data.get("sender"), "text": f"{self.name} 응답"}])

    async def start(self):
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handler)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self):
        if self.runner:
            await self.runner.cleanup()
            self.runner = None


class Router:
    def __init__(self, upstreams, **kw):
        self.app = create_app(upstreams, **kw)
        self.port = free_port()
        self.runner = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self):
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc):
        await self.runner.cleanup()


async def post(url, body, headers=None):
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    async with aiohttp.ClientSession() as s:
        async with s.post(url, data=data, headers=headers or {"Content-Type": "application/json"},
                          timeout=aiohttp.ClientTimeout(total=20)) as r:
            return r.status, await r.json(content_type=None)


def kakao_body(user_id: str, text: str = "안녕하세요") -> dict:
    return {"userRequest": {"utterance": text, "user": {"id": user_id, "type": "botUserKey"}},
            "action": {"params": {}, "detailParams": {}}}


# ------------------------------------------------------------------ pure functions --
def test_rendezvous_is_stable_and_balanced():
    ups = ["http://a:1", "http://b:2"]
    picks = Counter(pick_upstream(f"user-{i}", ups) for i in range(2000))
    assert set(picks) == set(ups)
    assert all(600 < n < 1400 for n in picks.values()), picks
    # same key, same answer, regardless of the order the upstreams are listed in
    assert all(pick_upstream(f"k{i}", ups) == pick_upstream(f"k{i}", ups[::-1]) for i in range(200))


def test_removing_an_upstream_only_moves_its_own_conversations():
    three = ["http://a:1", "http://b:2", "http://c:3"]
    two = three[:2]
    moved = [k for k in (f"s{i}" for i in range(1000))
             if pick_upstream(k, three) != "http://c:3" and pick_upstream(k, three) != pick_upstream(k, two)]
    assert moved == []
    assert rendezvous_order("x", three)[0] == pick_upstream("x", three)
    assert sorted(rendezvous_order("x", three)) == sorted(three)


@pytest.mark.parametrize("path,body,key", [
    ("/webhooks/rest/webhook", {"sender": "u1", "message": "hi"}, "u1"),
    ("/webhooks/kakao/webhook", kakao_body("abc"), "kakao:abc"),
    ("/webhooks/kakao/webhook", {"userRequest": {"user": {"id": 5}}}, ""),
    ("/webhooks/rest/webhook", {"sender": 7}, ""),
    ("/webhooks/rest/webhook", b"{not json", ""),
    ("/webhooks/rest/webhook", b"\xff\xfe", ""),
    ("/webhooks/rest/webhook", b"", ""),
    ("/webhooks/rest/webhook", [1, 2], ""),
    ("/conversations/u9/tracker", b"", "u9"),
])
def test_conversation_key(path, body, key):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    assert conversation_key(path, raw) == key


def test_config_is_validated():
    with pytest.raises(ValueError):
        create_app([])
    with pytest.raises(ValueError):
        create_app(["http://a:1", "http://a:1/"])
    with pytest.raises(ValueError):
        create_app(["ftp://a:1"])


# ------------------------------------------------------------------------- over HTTP --
async def test_every_request_of_a_conversation_goes_to_one_upstream_and_both_get_traffic():
    a, b = Upstream("A"), Upstream("B")
    await a.start(); await b.start()
    try:
        async with Router([a.url, b.url]) as r:
            senders = [f"user-{i}" for i in range(30)]
            for _round in range(3):
                await asyncio.gather(*(post(r.url + "/webhooks/rest/webhook", {"sender": s, "message": "안녕"})
                                       for s in senders))
            # Kakao too, with the secret header passed through
            for i in range(10):
                for _ in range(2):
                    st, body = await post(r.url + "/webhooks/kakao/webhook", kakao_body(f"kk{i}"),
                                          {"Content-Type": "application/json", "X-Skill-Secret": "s3"})
                    assert st == 200 and validate_skill_response(body) == []
            async with aiohttp.ClientSession() as s:
                async with s.get(r.url + "/router/status") as resp:
                    stats = await resp.json()
        for up in (a, b):
            rest = [json.loads(body)["sender"] for path, body, _ in up.seen if path.startswith("/webhooks/rest")]
            for sender in set(rest):
                assert rest.count(sender) == 3
                assert pick_upstream(sender, [a.url, b.url]) == up.url
        rest_a = {json.loads(x[1])["sender"] for x in a.seen if x[0].startswith("/webhooks/rest")}
        rest_b = {json.loads(x[1])["sender"] for x in b.seen if x[0].startswith("/webhooks/rest")}
        assert rest_a and rest_b and not (rest_a & rest_b) and rest_a | rest_b == set(senders)
        kakao_a = {json.loads(x[1])["userRequest"]["user"]["id"] for x in a.seen if "kakao" in x[0]}
        kakao_b = {json.loads(x[1])["userRequest"]["user"]["id"] for x in b.seen if "kakao" in x[0]}
        assert not (kakao_a & kakao_b) and len(kakao_a | kakao_b) == 10
        assert all(x[2] == "s3" for up in (a, b) for x in up.seen if "kakao" in x[0])
        counts = {u["url"]: u["requests"] for u in stats["upstreams"]}
        assert counts[a.url] == len(a.seen) and counts[b.url] == len(b.seen)
        assert counts[a.url] > 0 and counts[b.url] > 0
    finally:
        await a.stop(); await b.stop()


async def test_down_upstream_fails_over_to_the_next_when_enabled():
    a, b = Upstream("A"), Upstream("B")
    await b.start()  # a is never started: connection refused
    try:
        async with Router([a.url, b.url]) as r:
            senders = [s for s in (f"x{i}" for i in range(40)) if pick_upstream(s, [a.url, b.url]) == a.url][:5]
            for s in senders:
                st, body = await post(r.url + "/webhooks/rest/webhook", {"sender": s, "message": "안녕"})
                assert st == 200 and body[0]["text"] == "B 응답"
            async with aiohttp.ClientSession() as sess:
                async with sess.get(r.url + "/router/status") as resp:
                    stats = {u["url"]: u for u in (await resp.json())["upstreams"]}
        assert len(b.seen) == 5
        assert stats[a.url]["failures"] == 5 and stats[b.url]["failovers"] == 5
    finally:
        await b.stop()


@pytest.mark.parametrize("mode", ["down", "500"])
async def test_chosen_upstream_down_or_broken_gives_a_polite_reply_never_a_500(mode):
    a = Upstream("A", mode="ok" if mode == "down" else "500")
    if mode == "500":
        await a.start()
    try:
        async with Router([a.url], failover=False) as r:
            st, body = await post(r.url + "/webhooks/rest/webhook", {"sender": "u1", "message": "안녕"})
            assert st == 200 and body == [{"recipient_id": "u1", "text": UNAVAILABLE_REPLY}]
            st, body = await post(r.url + "/webhooks/kakao/webhook", kakao_body("k1"))
            assert st == 200 and validate_skill_response(body) == []
            assert body["template"]["outputs"][0]["simpleText"]["text"] == UNAVAILABLE_REPLY
            st, body = await post(r.url + "/webhooks/rest/webhook", b"\xff{broken")
            assert st == 200 and body[0]["text"] == UNAVAILABLE_REPLY
    finally:
        await a.stop()


async def test_no_failover_keeps_the_conversation_on_its_upstream():
    a, b = Upstream("A"), Upstream("B")
    await b.start()
    try:
        async with Router([a.url, b.url], failover=False) as r:
            s = next(s for s in (f"y{i}" for i in range(100)) if pick_upstream(s, [a.url, b.url]) == a.url)
            st, body = await post(r.url + "/webhooks/rest/webhook", {"sender": s, "message": "안녕"})
            assert st == 200 and body[0]["text"] == UNAVAILABLE_REPLY
        assert b.seen == []
    finally:
        await b.stop()


async def test_timeout_is_not_retried_elsewhere_and_is_polite():
    a, b = Upstream("A", mode="slow"), Upstream("B")
    await a.start(); await b.start()
    try:
        async with Router([a.url, b.url], timeout=1.0) as r:
            s = next(s for s in (f"z{i}" for i in range(100)) if pick_upstream(s, [a.url, b.url]) == a.url)
            st, body = await post(r.url + "/webhooks/rest/webhook", {"sender": s, "message": "안녕"})
            assert st == 200 and body[0]["text"] == UNAVAILABLE_REPLY
        assert b.seen == []
    finally:
        await a.stop(); await b.stop()


async def test_oversized_body_is_refused_politely():
    a = Upstream("A")
    await a.start()
    try:
        async with Router([a.url]) as r:
            st, body = await post(r.url + "/webhooks/rest/webhook", b"x" * (2 * 1024 * 1024))
            assert st == 413 and "너무 길어요" in body[0]["text"]
            st, body = await post(r.url + "/webhooks/kakao/webhook", b"x" * (2 * 1024 * 1024))
            assert st == 413 and validate_skill_response(body) == []
        assert a.seen == []
    finally:
        await a.stop()


def test_command_line_starts_and_routes():
    """`python -m bot.router --listen PORT --upstream URL` as documented."""
    port = free_port()
    dead = f"http://127.0.0.1:{free_port()}"
    p = subprocess.Popen([sys.executable, "-m", "bot.router", "--listen", str(port), "--upstream", dead],
                         cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import requests

        deadline = time.time() + 30
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert time.time() < deadline and p.poll() is None, "router did not start"
                time.sleep(0.2)
        assert r.json() == {"status": "ok"}
        r = requests.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                          json={"sender": "u", "message": "안녕"}, timeout=10)
        assert r.status_code == 200 and r.json()[0]["text"] == UNAVAILABLE_REPLY
        st = requests.get(f"http://127.0.0.1:{port}/router/status", timeout=5).json()
        assert st["upstreams"][0]["failures"] == 1
    finally:
        p.terminate()
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)
