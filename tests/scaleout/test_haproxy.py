"""The HAProxy front (deploy/haproxy) in front of fake Rasa replicas: stickiness by conversation,
failover, polite Korean replies in REST and Kakao format, oversized bodies. A real haproxy process,
no Rasa (seconds, not minutes); tests/scaleout/test_scaleout.py runs the same config with real Rasa."""

from __future__ import annotations

import asyncio
import json
import subprocess
import uuid
from collections import Counter

import aiohttp
import pytest
from aiohttp import web

from bot.channels.kakao_format import simple_text_response, validate_skill_response
from bot.channels.sanitize import UNAVAILABLE_REPLY
from tests.scaleout.haproxy import HAProxy, haproxy_available, haproxy_render
from tests.support.stack import free_port

pytestmark = pytest.mark.skipif(not haproxy_available(), reason="haproxy missing: make setup-test")

REST = "/webhooks/rest/webhook"
KAKAO = "/webhooks/kakao/webhook"


class Upstream:
    """A fake Rasa replica that records the chat requests it got (health checks aside)."""

    def __init__(self, name: str, mode: str = "ok"):
        self.name, self.mode = name, mode
        self.seen: list = []
        self.port = free_port()
        self.runner = None

    @property
    def addr(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def handler(self, request: web.Request) -> web.Response:
        if request.method == "GET" and request.path == "/webhooks/rest/":
            return web.json_response({"status": "ok"})  # Rasa's REST channel health answer
        body = await request.read()
        self.seen.append((request.method, request.path, body, request.headers.get("X-Skill-Secret")))
        if self.mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        if self.mode == "slow":
            await asyncio.sleep(4)
        if request.path.startswith("/webhooks/kakao"):
            return web.json_response(
                {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": f"{self.name} 응답"}}]}}
            )
        if request.path.startswith("/conversations/"):
            return web.json_response({"sender_id": request.path.split("/")[2], "by": self.name})
        data = json.loads(body) if body else {}
        return web.json_response([{"recipient_id": data.get("sender"), "text": f"{self.name} 응답"}])

    def senders(self, path_prefix: str = REST) -> list:
        out = []
        for _m, path, body, _h in self.seen:
            if path.startswith(path_prefix):
                data = json.loads(body)
                out.append(data["sender"] if path_prefix == REST else data["userRequest"]["user"]["id"])
        return out

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


@pytest.fixture
async def front(tmp_path):
    """front(upstreams, wait_up=True, turn_timeout="30s") -> a started HAProxy; stopped afterwards."""
    started = []

    async def make(upstreams, wait_up=True, turn_timeout="30s"):
        hp = HAProxy([u.addr for u in upstreams], tmp_path / f"hp{len(started)}", turn_timeout=turn_timeout)
        hp.workdir.mkdir()
        started.append(hp)
        await asyncio.to_thread(hp.start, 15 if wait_up else 0)
        return hp

    yield make
    for hp in started:
        hp.stop()


async def post(url, body, headers=None):
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    async with aiohttp.ClientSession() as s:
        async with s.post(
            url,
            data=data,
            headers=headers or {"Content-Type": "application/json"},
            timeout=aiohttp.ClientTimeout(total=20),
        ) as r:
            return r.status, await r.json(content_type=None)


def kakao_body(user_id: str, text: str = "안녕하세요") -> dict:
    return {
        "userRequest": {"utterance": text, "user": {"id": user_id, "type": "botUserKey"}},
        "action": {"params": {}, "detailParams": {}},
    }


# ------------------------------------------------------------------------- config --
def test_committed_config_is_the_rendered_template_and_haproxy_accepts_it(tmp_path):
    committed = haproxy_render.DEFAULT_OUT.read_text(encoding="utf-8")
    assert committed == haproxy_render.render(), "re-run: python deploy/haproxy/render.py"
    r = subprocess.run(
        ["haproxy", "-c", "-f", str(haproxy_render.DEFAULT_OUT)], capture_output=True, text=True, timeout=30
    )
    assert r.returncode == 0, r.stdout + r.stderr
    # the polite texts are the product's own (JSON-escaped inside the config)
    assert json.dumps(UNAVAILABLE_REPLY, ensure_ascii=False)[1:-1].replace("\\", "\\\\") in committed
    assert committed.count("balance leastconn") == 3 and committed.count("stick on var(txn.key) table st_conv") == 3
    with pytest.raises(ValueError):
        haproxy_render.render(servers=[])
    with pytest.raises(ValueError):
        haproxy_render.render(servers=["localhost"])


# --------------------------------------------------------------------- stickiness --
async def test_every_request_of_a_conversation_goes_to_one_replica_and_both_get_traffic(front):
    a, b = Upstream("A"), Upstream("B")
    await a.start()
    await b.start()
    try:
        hp = await front([a, b])
        senders = [f"web-{uuid.uuid4().hex[:10]}" for _ in range(30)]
        for _round in range(3):
            replies = await asyncio.gather(
                *(post(hp.url + REST, {"sender": s, "message": "일자리 구해요"}) for s in senders)
            )
            assert all(st == 200 and body[0]["text"].endswith("응답") for st, body in replies)
        kakao_ids = [f"kk{i}-{uuid.uuid4().hex[:8]}" for i in range(10)]
        for i in range(10):
            for _ in range(2):
                st, body = await post(
                    hp.url + KAKAO,
                    kakao_body(kakao_ids[i]),
                    {"Content-Type": "application/json", "X-Skill-Secret": "s3"},
                )
                assert st == 200 and validate_skill_response(body) == []
        # the Rasa HTTP API for a conversation reaches the replica that holds it
        for s in senders[:10]:
            async with aiohttp.ClientSession() as sess:
                async with sess.get(f"{hp.url}/conversations/{s}/tracker") as r:
                    assert r.status == 200
                    owner = (await r.json())["by"]
            assert s in (a if owner == "A" else b).senders()
        stats = hp.servers()
    finally:
        await a.stop()
        await b.stop()
    rest_a, rest_b = Counter(a.senders()), Counter(b.senders())
    assert rest_a and rest_b, (rest_a, rest_b)
    assert not (set(rest_a) & set(rest_b)) and set(rest_a) | set(rest_b) == set(senders)
    assert all(n == 3 for n in (rest_a + rest_b).values())
    kakao_a, kakao_b = set(a.senders(KAKAO)), set(b.senders(KAKAO))
    assert not (kakao_a & kakao_b) and len(kakao_a | kakao_b) == 10
    # Kakao's secret header is passed through untouched
    assert all(h == "s3" for up in (a, b) for _m, p, _b, h in up.seen if p == KAKAO)
    assert stats["rasa1"]["requests"] == len(a.seen) and stats["rasa2"]["requests"] == len(b.seen)


async def test_conversations_spread_over_both_replicas_and_a_replica_going_down_moves_only_its_own(front):
    a, b, c = Upstream("A"), Upstream("B"), Upstream("C")
    for u in (a, b, c):
        await u.start()
    try:
        hp = await front([a, b, c])
        senders = [f"so-{i}-{uuid.uuid4().hex[:8]}" for i in range(240)]

        async def owners():
            got = await asyncio.gather(*(post(hp.url + REST, {"sender": s, "message": "안녕"}) for s in senders))
            return {s: body[0]["text"][0] for s, (_st, body) in zip(senders, got)}

        before = await owners()
        share = Counter(before.values())
        assert set(share) == {"A", "B", "C"}
        assert all(40 <= n <= 120 for n in share.values()), share  # 80 each if perfectly even
        await c.stop()
        await asyncio.to_thread(hp.wait_status, {"rasa3": "DOWN"}, 15)
        after = await owners()
    finally:
        for u in (a, b, c):
            await u.stop()
    moved = [s for s in senders if before[s] != "C" and after[s] != before[s]]
    assert moved == [], f"{len(moved)} conversations of healthy replicas moved"
    assert all(after[s] in "AB" for s in senders if before[s] == "C")


# ----------------------------------------------------------------------- failover --
async def test_a_replica_that_refuses_connections_fails_over_to_the_next_one(front):
    a, b = Upstream("A"), Upstream("B")
    await a.start()
    await b.start()
    try:
        hp = await front([a, b])
        mine = [f"x{i}" for i in range(60)]
        await asyncio.gather(*(post(hp.url + REST, {"sender": s, "message": "안녕"}) for s in mine))
        on_a = [s for s in mine if s in a.senders()][:5]
        assert on_a
        await a.stop()  # connection refused from now on; health checks have not noticed yet
        for s in on_a:
            st, body = await post(hp.url + REST, {"sender": s, "message": "동의합니다"})
            assert st == 200 and body[0]["text"] == "B 응답", body
        stats = hp.servers()
        # either HAProxy tried A, got refused and redispatched, or its health check had already
        # taken A out; both ways the conversation continued on B
        assert stats["rasa1"]["redispatched_away"] >= 1 or stats["rasa1"]["status"].startswith("DOWN"), stats
        await asyncio.to_thread(hp.wait_status, {"rasa1": "DOWN", "rasa2": "UP"}, 15)
    finally:
        await b.stop()


async def owned_by(hp, up, prefix):
    """A sender HAProxy sends to replica `up` (probed with real requests while every replica is fine)."""
    for i in range(100):
        s = f"{prefix}{i}"
        await post(hp.url + REST, {"sender": s, "message": "안녕"})
        if s in up.senders():
            return s
    raise AssertionError("no sender hashed to " + up.name)


async def test_timeout_is_not_retried_on_another_replica_and_the_citizen_gets_a_polite_reply(front):
    a, b = Upstream("A"), Upstream("B")
    await a.start()
    await b.start()
    try:
        hp = await front([a, b], turn_timeout="1s")
        s = await owned_by(hp, a, "z")
        a.mode = "slow"
        a.seen.clear()
        b.seen.clear()
        st, body = await post(hp.url + REST, {"sender": s, "message": "실업급여 받을 수 있나요"})
        assert st == 200 and body == [{"recipient_id": s, "text": UNAVAILABLE_REPLY}]
        assert len(a.seen) == 1 and b.seen == []  # the turn may still be running on A: not re-sent
    finally:
        await a.stop()
        await b.stop()


async def test_a_replica_answering_500_gives_polite_replies_in_both_formats_never_a_500(front):
    a = Upstream("A", mode="500")
    await a.start()
    try:
        hp = await front([a])
        st, body = await post(hp.url + REST, {"sender": "web-u1", "message": "안녕"})
        assert st == 200 and body == [{"recipient_id": "web-u1", "text": UNAVAILABLE_REPLY}]
        st, body = await post(hp.url + KAKAO, kakao_body("k1"))
        assert st == 200 and validate_skill_response(body) == [] and body == simple_text_response(UNAVAILABLE_REPLY)
        st, body = await post(hp.url + REST, b"\xff{broken")
        assert st == 200 and body[0]["text"] == UNAVAILABLE_REPLY
        assert len(a.seen) == 3  # each tried once, never twice
    finally:
        await a.stop()


async def test_no_replica_up_gives_polite_replies_and_the_api_says_unavailable(front):
    a, b = Upstream("A"), Upstream("B")  # never started: nothing listens
    hp = await front([a, b], wait_up=False)
    await asyncio.to_thread(hp.wait_status, {"rasa1": "DOWN", "rasa2": "DOWN"}, 15)
    st, body = await post(hp.url + REST, {"sender": "web-abc_1", "message": "월세가 밀렸어요"})
    assert st == 200 and body == [{"recipient_id": "web-abc_1", "text": UNAVAILABLE_REPLY}]
    # a sender with quotes cannot break the JSON of the reply
    st, body = await post(hp.url + REST, {"sender": 'a"b\\c', "message": "안녕"})
    assert st == 200 and body == [{"recipient_id": 'a"b\\c', "text": UNAVAILABLE_REPLY}]
    st, body = await post(hp.url + KAKAO, kakao_body("k2", "실업급여 문의"))
    assert st == 200 and body == simple_text_response(UNAVAILABLE_REPLY)
    async with aiohttp.ClientSession() as s:
        async with s.get(hp.url + "/") as r:  # bot.web's health check sees the outage
            assert r.status == 503 and (await r.json()) == {"status": "unavailable"}


async def test_oversized_body_is_refused_politely_and_never_reaches_a_replica(front):
    a = Upstream("A")
    await a.start()
    try:
        hp = await front([a])
        long_story = "회사에서 갑자기 잘렸어요 " * 2000
        st, body = await post(hp.url + REST, {"sender": "web-long", "message": long_story})
        assert st == 413 and "너무 길어요" in body[0]["text"]
        st, body = await post(hp.url + KAKAO, kakao_body("k3", long_story))
        assert st == 413 and validate_skill_response(body) == [] and "너무 길어요" in str(body)
        assert a.seen == []
        # a long but normal message still goes through
        st, body = await post(hp.url + REST, {"sender": "web-long", "message": "회사에서 갑자기 잘렸어요 " * 100})
        assert st == 200 and body[0]["text"] == "A 응답"
    finally:
        await a.stop()


# ------------------------------------------------------------------------ balance --
async def test_a_new_conversation_goes_to_the_less_busy_replica_and_an_old_one_stays_where_it_is(front):
    a, b = Upstream("A"), Upstream("B")
    await a.start()
    await b.start()
    try:
        hp = await front([a, b])
        old_on_a = await owned_by(hp, a, "old")
        a.mode = "slow"  # every turn on A now takes 4 s: A has turns in flight, B none
        busy = [asyncio.create_task(post(hp.url + REST, {"sender": old_on_a, "message": "잠시만요"}))]
        await asyncio.sleep(0.3)
        new = [f"new-{i}-{uuid.uuid4().hex[:6]}" for i in range(6)]
        for s in new:  # one at a time: each new conversation sees A busy and B idle
            st, body = await post(hp.url + REST, {"sender": s, "message": "안녕하세요"})
            assert st == 200 and body[0]["text"] == "B 응답", (s, body)
        # the old conversation still goes to A although B is idle (its tracker is cached there)
        busy.append(asyncio.create_task(post(hp.url + REST, {"sender": old_on_a, "message": "네"})))
        replies = await asyncio.gather(*busy)
        assert all(st == 200 and body[0]["text"] == "A 응답" for st, body in replies), replies
        assert a.senders().count(old_on_a) == 3 and old_on_a not in b.senders()
        assert set(new) <= set(b.senders()) and not set(new) & set(a.senders())
    finally:
        await a.stop()
        await b.stop()


async def test_a_conversation_that_failed_over_stays_on_its_new_replica_when_the_old_one_is_back(front):
    a, b = Upstream("A"), Upstream("B")
    await a.start()
    await b.start()
    try:
        hp = await front([a, b])
        s = await owned_by(hp, a, "fo")
        await a.stop()
        await asyncio.to_thread(hp.wait_status, {"rasa1": "DOWN"}, 15)
        st, body = await post(hp.url + REST, {"sender": s, "message": "동의합니다"})
        assert st == 200 and body[0]["text"] == "B 응답"
        await a.start()  # same port: A is back
        await asyncio.to_thread(hp.wait_status, {"rasa1": "UP", "rasa2": "UP"}, 15)
        a.seen.clear()
        for _ in range(3):
            st, body = await post(hp.url + REST, {"sender": s, "message": "네"})
            assert st == 200 and body[0]["text"] == "B 응답", body
        assert s not in a.senders()
    finally:
        await a.stop()
        await b.stop()
