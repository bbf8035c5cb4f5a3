"""2 Rasa + 2 action servers on one PostgreSQL with a Redis lock store behind HAProxy
(deploy/haproxy): concurrent conversations (bookings racing for one slot) lose nothing and never
overbook; a conversation sticks to one replica and survives that replica going down."""

from __future__ import annotations

import re
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from bot.channels.kakao_format import validate_skill_response
from tests.scaleout.cluster import Cluster, redis_available
from tests.scaleout.haproxy import haproxy_available
from tests.support.postgres import postgres_available
from tests.support.stack import texts_of

pytestmark = [pytest.mark.stack, pytest.mark.slow]

N_CONVERSATIONS = 12
CAPACITY = 2  # BookingStore default seats per slot


@pytest.fixture(scope="module")
def cluster():
    if not postgres_available():
        pytest.fail("PostgreSQL binaries missing: apt-get install -y postgresql (make setup-test does it)")
    if not haproxy_available():
        pytest.fail("haproxy missing: apt-get install -y haproxy (make setup-test does it)")
    if not redis_available():
        pytest.fail("redis-server missing: apt-get install -y redis-server (make setup-test does it)")
    c = Cluster(replicas=2)
    try:
        c.start(web=True)
        yield c
    finally:
        c.cleanup()


class Conversation:
    def __init__(self, cluster: Cluster, i: int):
        self.cluster = cluster
        self.sender = f"so-{i}-{uuid.uuid4().hex[:8]}"
        self.sent = 0
        self.transcript = []

    def say(self, text: str):
        r = requests.post(self.cluster.rest_url, json={"sender": self.sender, "message": text}, timeout=90)
        self.sent += 1
        assert r.status_code == 200, (self.sender, text, r.status_code, r.text[:300])
        msgs = r.json()
        out = texts_of(msgs)
        self.transcript.append((text, out))
        assert out.strip(), f"turn {text!r} of {self.sender} got no reply"
        return msgs, out


def slot_buttons(msgs):
    return [b["title"] for m in msgs for b in m.get("buttons") or [] if re.search(r"\d{1,2}:\d{2}", b["title"])]


def run_booking(conv: Conversation, phase1: threading.Barrier, phase2: threading.Barrier, chosen: dict, i: int):
    """Find the center, start a booking, then (synchronised) everyone takes the same slot."""
    _, out = conv.say("안녕하세요")
    _, out = conv.say("마포구 고용센터 어디예요")
    assert "서울서부" in out, out
    msgs, out = conv.say("상담 예약하고 싶어요")
    for _ in range(4):
        if slot_buttons(msgs):
            break
        msgs, out = conv.say("동의합니다" if "동의" in out else "상담 예약하고 싶어요")
    buttons = slot_buttons(msgs)
    assert buttons, conv.transcript
    chosen.setdefault("buttons", {})[i] = buttons
    phase1.wait(timeout=240)
    common = [b for b in chosen["buttons"][0] if all(b in bs for bs in chosen["buttons"].values())]
    assert common, chosen["buttons"]
    slot = common[0]
    _, out = conv.say(slot)
    _, out = conv.say("김민수예요")
    _, out = conv.say(f"010-5{i:03d}-{4000 + i:04d}")
    assert "이대로 예약할까요" in out, conv.transcript[-3:]
    phase2.wait(timeout=240)
    _, out = conv.say("네")
    m = re.search(r"예약번호: ([A-Z0-9]{6})", out)
    return slot, (m.group(1) if m else None), out


def test_concurrent_conversations_across_replicas_lose_nothing_and_never_overbook(cluster):
    before = cluster.router_status()  # (the web server's health checks count too: use deltas)
    convs = [Conversation(cluster, i) for i in range(N_CONVERSATIONS)]
    phase1 = threading.Barrier(N_CONVERSATIONS)
    phase2 = threading.Barrier(N_CONVERSATIONS)
    chosen: dict = {}
    with ThreadPoolExecutor(max_workers=N_CONVERSATIONS) as ex:
        futures = [ex.submit(run_booking, c, phase1, phase2, chosen, i) for i, c in enumerate(convs)]
        results = [f.result(timeout=600) for f in futures]

    slots = {r[0] for r in results}
    assert len(slots) == 1, slots
    codes = [r[1] for r in results if r[1]]
    refused = [r[2] for r in results if not r[1]]
    # exactly the capacity got the slot; everyone else was told politely to pick another time
    assert len(codes) == CAPACITY, [r[2][:200] for r in results]
    assert len(set(codes)) == CAPACITY
    assert all("다른 시간" in out or "예약할 수 없" in out or "마감" in out for out in refused), refused[:3]

    # nothing double-booked: rows for the slot <= capacity, seats unique, codes match the replies
    rows = cluster.sql("booking", "select code, center, slot_start, seat_no, status from bookings")
    booked = [r for r in rows if r[4] == "booked"]
    assert sorted(r[0] for r in booked) == sorted(codes)
    assert len({(r[1], r[2]) for r in booked}) == 1
    assert len({(r[1], r[2], r[3]) for r in booked}) == len(booked) <= CAPACITY

    # nothing lost: every turn of every conversation is in the PostgreSQL tracker store
    for c in convs:
        n_user = cluster.sql(
            "tracker", "select count(*) from events where sender_id=%s and type_name='user'", c.sender
        )[0][0]
        assert n_user == c.sent, (c.sender, n_user, c.sent)
    # both replicas served conversations (HAProxy counters), no failure, Redis locks were taken
    after = cluster.router_status()
    total = sum(c.sent for c in convs)
    delta = {u: after[u]["requests"] - before[u]["requests"] for u in after}
    assert sum(delta.values()) == total, (delta, total)
    assert all(n > 0 for n in delta.values()), delta
    assert all(u["conn_errors"] == 0 and u["redispatched_away"] == 0 and u["status"] == "UP" for u in after.values()), (
        after
    )
    locks = cluster.redis_stats()
    assert locks.get("cmdstat_set", {}).get("calls", 0) >= total, locks


def test_a_conversation_sticks_to_one_replica_and_kakao_and_web_go_through_haproxy(cluster):
    # all turns of one conversation are counted on exactly one replica
    before = {u: s["requests"] for u, s in cluster.router_status().items()}
    conv = Conversation(cluster, 99)
    for text in ("안녕하세요", "일자리 구하고 있어요", "동의합니다"):
        conv.say(text)
    after = {u: s["requests"] for u, s in cluster.router_status().items()}
    moved = {u: after[u] - before[u] for u in after}
    assert sorted(moved.values()) == [0, 3], moved

    user = f"kakao-user-{uuid.uuid4().hex}"
    for text in ("안녕하세요", "실업급여 받을 수 있나요?"):
        body = {
            "userRequest": {"utterance": text, "user": {"id": user, "type": "botUserKey"}},
            "action": {"params": {}, "detailParams": {}},
        }
        r = requests.post(cluster.kakao_url, json=body, timeout=30)
        assert r.status_code == 200 and validate_skill_response(r.json()) == [], r.text[:300]
    r = requests.post(cluster.web_url + "/api/chat", json={"sender": "so-web-1", "message": "안녕하세요"}, timeout=60)
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["messages"]


def test_one_replica_down_its_conversations_fail_over_and_resume_from_postgres(cluster):
    conv = Conversation(cluster, 100)
    before = cluster.router_status()
    conv.say("일자리 구하고 있어요")
    _, consent_q = conv.say("동의합니다")
    mid = cluster.router_status()
    served = {u: mid[u]["requests"] - before[u]["requests"] for u in mid}
    owner = next(u for u, n in served.items() if n == 2)
    idx = [cluster.rasa_url(i) for i in range(cluster.n)].index(owner)
    cluster.stop(f"rasa{idx}")  # last test of the module: the fixture stops the rest
    _, out = conv.say("45살이에요")  # answered by the other replica from the shared tracker
    assert "여쭤봐도 될까요" not in out, conv.transcript  # consent is not asked again
    after = cluster.router_status()
    other = [u for u in after if u != owner][0]
    assert after[other]["requests"] - mid[other]["requests"] == 1, (mid, after)
    assert after[owner]["requests"] == mid[owner]["requests"]
    # HAProxy either tried the stopped replica and redispatched, or had already marked it down
    assert after[owner]["redispatched_away"] >= 1 or after[owner]["status"].startswith("DOWN"), after
    cluster.haproxy.wait_status({f"rasa{idx + 1}": "DOWN"}, 15)
    n_user = cluster.sql("tracker", "select count(*) from events where sender_id=%s and type_name='user'", conv.sender)[
        0
    ][0]
    assert n_user == conv.sent
