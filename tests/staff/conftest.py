"""Fixtures for the staff console tests.

Conversations are written the way production writes them: Rasa events saved
through ``bot.adapters.tracker_store.MaskingSQLTrackerStore`` into a temporary SQLite file.
"""

from __future__ import annotations

import re
import time
from typing import Any, Dict, List, Optional

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.staff import register
from bot.staff.storage import StaffDB
from bot.staff.security import hash_password

ADMIN = ("admin", "관리자-비밀번호-2026!")
COUNSELOR = ("kim.counselor", "상담사비밀번호-1234")
DAY = 86400.0
NOW = time.time()


def _turn(
    text: str,
    intent: str,
    conf: float,
    actions: List[str],
    bot: List[str],
    entities: Optional[List[Dict[str, Any]]] = None,
    channel: str = "rest",
    slots: Optional[Dict[str, Any]] = None,
    t: float = 0.0,
):
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

    ents = entities or []
    evs = [
        UserUttered(
            text,
            intent={"name": intent, "confidence": conf},
            entities=ents,
            parse_data={
                "text": text,
                "intent": {"name": intent, "confidence": conf},
                "entities": ents,
                "intent_ranking": [{"name": intent, "confidence": conf}],
            },
            input_channel=channel,
            timestamp=t,
        )
    ]
    for i, a in enumerate(actions):
        evs.append(ActionExecuted(a, policy="RulePolicy", confidence=1.0, timestamp=t + 0.1 + i * 0.01))
    for b in bot:
        evs.append(BotUttered(b, timestamp=t + 0.2))
    for k, v in (slots or {}).items():
        evs.append(SlotSet(k, v, timestamp=t + 0.3))
    evs.append(ActionExecuted("action_listen", timestamp=t + 0.4))
    return evs


def _conversation(sender: str, t0: float, turns: List[Dict[str, Any]], channel: str):
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    evs = [
        ActionExecuted("action_session_start", timestamp=t0),
        SessionStarted(timestamp=t0),
        ActionExecuted("action_listen", timestamp=t0 + 0.5),
    ]
    for i, tr in enumerate(turns):
        evs += _turn(channel=channel, t=t0 + 10 * (i + 1), **tr)
    return sender, evs


def conversations() -> List[Any]:
    """Four realistic Korean conversations (raw PII inside, masked on save)."""
    phone_text = "제 번호는 010-1234-5678이에요"
    p0 = phone_text.index("010")
    return [
        _conversation(
            "web-kim-0001",
            NOW - 2 * DAY,
            [
                dict(
                    text="빚이 너무 많아서 상담받고 싶어요",
                    intent="inform_need",
                    conf=0.93,
                    actions=["utter_ask_consent"],
                    bot=["상담을 위해 몇 가지 여쭤봐도 될까요?"],
                    entities=[{"entity": "need", "value": "debt", "start": 0, "end": 1}],
                    slots={"needs": ["debt"]},
                ),
                dict(
                    text="네 동의해요",
                    intent="affirm",
                    conf=0.99,
                    actions=["action_screening"],
                    bot=["채무조정 제도는 가능성이 높아요. 최종 결정은 담당 기관에서 합니다."],
                    slots={"consent": "given", "screening_done": True},
                ),
                dict(
                    text=phone_text,
                    intent="inform",
                    conf=0.88,
                    actions=["action_book"],
                    bot=["예약되었습니다. 예약번호는 K7M2QX 입니다."],
                    entities=[{"entity": "phone", "value": "010-1234-5678", "start": p0, "end": p0 + 13}],
                    slots={"booking_code": "K7M2QX", "booking_phone": "sealed:gAAAAABnFakeTokenQ2x9-zz=="},
                ),
                dict(
                    text="5점이요",
                    intent="rate",
                    conf=0.97,
                    actions=["utter_thanks"],
                    bot=["감사합니다."],
                    slots={"satisfaction": 5},
                ),
            ],
            "rest",
        ),
        _conversation(
            "kakao-lee-0002",
            NOW - 1 * DAY,
            [
                dict(
                    text="일자리 구하는데 아이 맡길 곳도 필요해요",
                    intent="inform_need",
                    conf=0.81,
                    actions=["action_screening"],
                    bot=["취업과 보육 지원을 같이 확인해 볼게요."],
                    slots={"needs": ["employment", "childcare"], "consent": "given", "screening_done": True},
                ),
                dict(
                    text="ㅁㄴㅇㄹ",
                    intent="nlu_fallback",
                    conf=0.31,
                    actions=["action_default_fallback"],
                    bot=["죄송해요, 잘 이해하지 못했어요. 다시 말씀해 주시겠어요?"],
                ),
                dict(
                    text="3점",
                    intent="rate",
                    conf=0.95,
                    actions=["utter_thanks"],
                    bot=["감사합니다."],
                    slots={"satisfaction": 3},
                ),
            ],
            "kakao",
        ),
        _conversation(
            "web-park-0003",
            NOW - 3 * 3600,
            [
                dict(
                    text="생활비가 없어서 너무 힘들어요 죽고 싶어요",
                    intent="inform_need",
                    conf=0.77,
                    actions=["action_crisis"],
                    bot=["많이 힘드시죠. 지금 바로 109(자살예방상담)에 전화하실 수 있어요."],
                    slots={"needs": ["livelihood"]},
                ),
            ],
            "socketio",
        ),
        _conversation(
            "kakao-choi-0004",
            NOW - 40 * DAY,
            [
                dict(
                    text="월세 지원 받을 수 있나요",
                    intent="inform_need",
                    conf=0.9,
                    actions=["action_screening"],
                    bot=["주거급여를 확인해 볼게요."],
                    slots={"needs": ["housing"], "consent": "given", "screening_done": True},
                ),
                dict(
                    text="4점 드릴게요",
                    intent="rate",
                    conf=0.92,
                    actions=["utter_thanks"],
                    bot=["감사합니다."],
                    slots={"satisfaction": 4},
                ),
            ],
            "kakao",
        ),
    ]


DOMAIN_YAML = """
version: "3.1"
slots:
  needs: {type: list, mappings: [{type: custom}]}
  consent: {type: text, mappings: [{type: custom}]}
  screening_done: {type: bool, mappings: [{type: custom}]}
  booking_code: {type: text, mappings: [{type: custom}]}
  booking_phone: {type: text, mappings: [{type: custom}]}
  satisfaction: {type: float, mappings: [{type: custom}]}
"""


def seed_store(**store_kwargs):
    """Save the sample conversations through a MaskingSQLTrackerStore built
    with `store_kwargs` (e.g. dialect/db or host=<URL>)."""
    import asyncio

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.adapters.tracker_store import MaskingSQLTrackerStore

    domain = Domain.from_yaml(DOMAIN_YAML)
    store = MaskingSQLTrackerStore(domain=domain, **store_kwargs)

    async def seed():
        for sender, evs in conversations():
            await store.save(DialogueStateTracker.from_events(sender, evs, domain.slots))

    asyncio.run(seed())
    store.engine.dispose()


@pytest.fixture
def tracker_db(tmp_path):
    """SQLite tracker DB seeded through MaskingSQLTrackerStore; returns its path."""
    path = tmp_path / "rasa.db"
    seed_store(dialect="sqlite", db=str(path))
    return path


def make_settings(tmp_path, tracker_db, **extra) -> Dict[str, Any]:
    s = {
        "staff_db_url": f"sqlite:///{tmp_path / 'staff.db'}",
        "tracker_db_url": f"sqlite:///{tracker_db}",
        "booking_db_url": f"sqlite:///{tmp_path / 'booking.db'}",
        "booking_store": extra.pop("booking_store", None),
    }
    s.update(extra)
    return s


def add_users(staff_db_url: str) -> None:
    db = StaffDB(staff_db_url)
    if not db.get_user(ADMIN[0]):
        db.create_user(ADMIN[0], hash_password(ADMIN[1]), "admin")
    if not db.get_user(COUNSELOR[0]):
        db.create_user(COUNSELOR[0], hash_password(COUNSELOR[1]), "counselor", "서울고용센터")
    db.dispose()


@pytest.fixture
def app_factory(tmp_path, tracker_db):
    """Build an aiohttp app with the console registered (users created)."""

    def factory(**extra) -> web.Application:
        settings = make_settings(tmp_path, tracker_db, **extra)
        add_users(settings["staff_db_url"])
        app = web.Application()
        register(app, settings)
        return app

    return factory


@pytest.fixture
async def client_factory(app_factory):
    clients: List[TestClient] = []

    async def make(**extra) -> TestClient:
        c = TestClient(TestServer(app_factory(**extra)))
        await c.start_server()
        clients.append(c)
        return c

    yield make
    for c in clients:
        await c.close()


@pytest.fixture
async def client(client_factory):
    return await client_factory()


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


async def login(client: TestClient, username: str, password: str, expect_ok: bool = True):
    r = await client.get("/staff/login")
    token = CSRF_RE.search(await r.text()).group(1)
    r = await client.post(
        "/staff/login",
        data={"csrf_token": token, "username": username, "password": password, "next": "/staff/conversations"},
        allow_redirects=False,
    )
    if expect_ok:
        assert r.status == 302, await r.text()
        assert r.headers["Location"] == "/staff/conversations"
    return r


async def csrf_of(client: TestClient, path: str = "/staff/account") -> str:
    r = await client.get(path)
    assert r.status == 200
    return CSRF_RE.search(await r.text()).group(1)


def staff_routes(app: web.Application):
    """(method, path template, handler) for every console route (no HEAD)."""
    out = []
    for route in app.router.routes():
        info = route.resource.canonical if route.resource is not None else ""
        if not info.startswith("/staff") or route.method == "HEAD":
            continue
        out.append((route.method, info, route.handler))
    return out


@pytest.fixture
def h():
    """Helpers for the test modules (conftest is not importable by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        login=login,
        csrf_of=csrf_of,
        staff_routes=staff_routes,
        ADMIN=ADMIN,
        COUNSELOR=COUNSELOR,
        NOW=NOW,
        DAY=DAY,
        CSRF_RE=CSRF_RE,
        seed_store=seed_store,
        add_users=add_users,
    )


@pytest.fixture
def seeded_settings(tmp_path, tracker_db):
    """Console settings over the seeded tracker DB, with the two users created."""
    s = make_settings(tmp_path, tracker_db)
    add_users(s["staff_db_url"])
    return s
