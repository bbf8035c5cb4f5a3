"""Contract tests for the KakaoTalk skill channel (bot.adapters.kakao_channel)."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import uuid

import aiohttp
import pytest
from sanic import Sanic

from bot.adapters.kakao_channel import (
    CALLBACK_WAIT_TEXT,
    HOLDING_TEXT,
    LATE_TEXT,
    NOTHING_PENDING_TEXT,
    RESULT_COMMAND,
    STILL_WORKING_TEXT,
    KakaoInput,
    KakaoSkill,
    extract_location,
)
from bot.channels.kakao_format import validate_skill_response
from bot.channels.sanitize import LOCATION_MESSAGE, MAX_MESSAGE_CHARS, TRUNCATED_NOTE, UNAVAILABLE_REPLY

from tests.channels.conftest import FakeRasa, load_fixture  # noqa: E402  (importlib mode, rootdir on path)

SECRET = "s3cr3t-value"
HEADERS = {"X-Skill-Secret": SECRET, "Content-Type": "application/json"}


def body(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def texts(resp):
    return [o["simpleText"]["text"] for o in resp["template"]["outputs"] if "simpleText" in o]


def make_skill(**kw) -> KakaoSkill:
    kw.setdefault("secret", SECRET)
    kw.setdefault("salt", "pepper")
    kw.setdefault("timeout", 0.3)
    return KakaoSkill(**kw)


async def test_basic_request_answers_valid_skill_response():
    skill, fake = make_skill(), FakeRasa()
    status, resp = await skill.handle(body(load_fixture("skill_basic.json")), HEADERS, fake)
    assert status == 200
    assert validate_skill_response(resp) == []
    assert texts(resp) == ["받은 말: 실업급여 받을 수 있나요?"]
    assert resp["template"]["quickReplies"] == [{"action": "message", "label": "처음으로", "messageText": "처음으로"}]
    msg = fake.received[0]
    assert msg.input_channel == "kakao"
    assert msg.metadata == {"channel": "kakao"}


async def test_sender_is_salted_hmac_of_user_id():
    skill, fake = make_skill(), FakeRasa()
    payload = load_fixture("skill_basic.json")
    await skill.handle(body(payload), HEADERS, fake)
    uid = payload["userRequest"]["user"]["id"]
    expected = "kakao-" + hmac.new(b"pepper", uid.encode(), hashlib.sha256).hexdigest()
    assert fake.received[0].sender_id == expected
    assert uid not in fake.received[0].sender_id
    other = make_skill(salt="other-salt")
    assert other.sender_id(uid) != expected


@pytest.mark.parametrize("headers", [{}, {"X-Skill-Secret": "wrong"}, {"X-Skill-Secret": SECRET + "x"}])
async def test_wrong_or_missing_secret_is_401_with_valid_body(headers):
    skill, fake = make_skill(), FakeRasa()
    status, resp = await skill.handle(body(load_fixture("skill_basic.json")), headers, fake)
    assert status == 401
    assert validate_skill_response(resp) == []
    assert fake.received == []


async def test_no_secret_configured_accepts_requests():
    skill, fake = make_skill(secret=None), FakeRasa()
    status, resp = await skill.handle(body(load_fixture("skill_basic.json")), {}, fake)
    assert status == 200 and len(fake.received) == 1


@pytest.mark.parametrize("raw", [b"{oops", b"\xff\xfe\x00", b"[]", b"null", b"", b'"text"'])
async def test_malformed_json_is_400_with_valid_body(raw):
    skill, fake = make_skill(), FakeRasa()
    status, resp = await skill.handle(raw, HEADERS, fake)
    assert status == 400
    assert validate_skill_response(resp) == []
    assert "다시" in texts(resp)[0]
    assert fake.received == []


@pytest.mark.parametrize("fixture", ["skill_no_user_request.json", "skill_nonstring_utterance.json"])
async def test_missing_user_request_or_nonstring_utterance_is_400(fixture):
    skill, fake = make_skill(), FakeRasa()
    status, resp = await skill.handle(body(load_fixture(fixture)), HEADERS, fake)
    assert status == 400
    assert validate_skill_response(resp) == []
    assert fake.received == []


async def test_missing_user_id_is_400():
    payload = load_fixture("skill_basic.json")
    del payload["userRequest"]["user"]
    status, resp = await make_skill().handle(body(payload), HEADERS, FakeRasa())
    assert status == 400 and validate_skill_response(resp) == []


async def test_oversized_body_is_413_with_valid_body():
    skill, fake = make_skill(), FakeRasa()
    payload = load_fixture("skill_basic.json")
    payload["userRequest"]["utterance"] = "가" * 100_000  # 100k chars = ~300 kB of UTF-8
    raw = body(payload)
    assert len(raw) > 256 * 1024
    status, resp = await skill.handle(raw, HEADERS, fake)
    assert status == 413
    assert validate_skill_response(resp) == []
    assert fake.received == []


async def test_long_utterance_under_body_cap_is_truncated():
    skill, fake = make_skill(), FakeRasa()
    payload = load_fixture("skill_basic.json")
    payload["userRequest"]["utterance"] = "a" * 100_000  # 100 kB ASCII, under the 256 kB body cap
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert status == 200
    assert validate_skill_response(resp) == []
    assert len(fake.received[0].text) == MAX_MESSAGE_CHARS
    assert texts(resp)[0].startswith(TRUNCATED_NOTE)


@pytest.mark.parametrize("utterance,expected", [("/greet", "greet"), (' //inform{"a":1}', 'inform{"a":1}')])
async def test_leading_slash_is_stripped(utterance, expected):
    skill, fake = make_skill(), FakeRasa()
    payload = load_fixture("skill_basic.json")
    payload["userRequest"]["utterance"] = utterance
    await skill.handle(body(payload), HEADERS, fake)
    assert fake.received[0].text == expected


async def test_empty_utterance_without_location_is_polite():
    payload = load_fixture("skill_basic.json")
    payload["userRequest"]["utterance"] = " / "
    fake = FakeRasa()
    status, resp = await make_skill().handle(body(payload), HEADERS, fake)
    assert status == 200 and fake.received == []
    assert "비어" in texts(resp)[0]


async def test_location_plugin_coordinates_go_to_metadata():
    skill, fake = make_skill(), FakeRasa()
    status, resp = await skill.handle(body(load_fixture("skill_location_plugin.json")), HEADERS, fake)
    assert status == 200
    msg = fake.received[0]
    assert msg.text == LOCATION_MESSAGE
    assert msg.metadata == {"channel": "kakao", "location": {"lat": 37.5665, "lon": 126.978}}


async def test_location_text_goes_to_metadata():
    skill, fake = make_skill(), FakeRasa()
    await skill.handle(body(load_fixture("skill_location_text.json")), HEADERS, fake)
    msg = fake.received[0]
    assert msg.text == "마포구 센터 어디예요"
    assert msg.metadata == {"channel": "kakao", "location_text": "서울 마포구"}


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"action": {"params": {"location": {"lat": 35.1, "lon": 129.0}}}}, {"location": {"lat": 35.1, "lon": 129.0}}),
        ({"action": {"params": {"user_location": "37.5,127.0"}}}, {"location": {"lat": 37.5, "lon": 127.0}}),
        (
            {"userRequest": {"params": {"location": '{"latitude":"36.3","longitude":"127.4"}'}}},
            {"location": {"lat": 36.3, "lon": 127.4}},
        ),
        ({"action": {"params": {"location": '{"latitude": 999, "longitude": 1}'}}}, {}),
        ({"action": {"params": {"surface": "Kakaotalk.plusfriend", "name": "홍길동"}}}, {}),
        ({"action": "junk", "userRequest": 5}, {}),
    ],
)
def test_extract_location_variants(params, expected):
    assert extract_location(params) == expected


async def test_rasa_failure_gives_polite_reply():
    status, resp = await make_skill().handle(body(load_fixture("skill_basic.json")), HEADERS, FakeRasa(fail=True))
    assert status == 200 and texts(resp) == [UNAVAILABLE_REPLY]


async def test_timeout_with_callback_posts_real_answer_once(callback_target):
    skill = make_skill(timeout=0.2, callback_hosts=["127.0.0.1"])
    fake = FakeRasa(delay=0.6)
    payload = load_fixture("skill_callback.json")
    payload["userRequest"]["callbackUrl"] = callback_target.url
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert status == 200
    assert resp == {"version": "2.0", "useCallback": True, "data": {"text": CALLBACK_WAIT_TEXT}}
    assert validate_skill_response(resp) == []
    assert callback_target.posts == []  # not before the answer is ready
    await skill.drain(timeout=5)
    assert len(callback_target.posts) == 1
    posted = callback_target.posts[0]
    assert validate_skill_response(posted) == []
    assert texts(posted) == ["받은 말: 느리게 답해줘"]


async def test_callback_gives_up_politely_at_deadline(callback_target):
    skill = make_skill(timeout=0.1, callback_hosts=["127.0.0.1"], callback_deadline=0.8, callback_post_timeout=0.3)
    fake = FakeRasa(delay=1.5)
    payload = load_fixture("skill_callback.json")
    payload["userRequest"]["callbackUrl"] = callback_target.url
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert resp["useCallback"] is True
    await skill.drain(timeout=5)
    assert len(callback_target.posts) == 1
    assert texts(callback_target.posts[0]) == [LATE_TEXT]
    await fake.settle()


async def test_callback_failure_is_logged_not_raised(caplog):
    skill = make_skill(timeout=0.1, callback_hosts=["127.0.0.1"], callback_post_timeout=0.5)
    payload = load_fixture("skill_callback.json")
    payload["userRequest"]["callbackUrl"] = "http://127.0.0.1:9/v1/callback/x"  # discard port: refused
    status, resp = await skill.handle(body(payload), HEADERS, FakeRasa(delay=0.3))
    assert resp["useCallback"] is True
    await skill.drain(timeout=5)
    assert any("callback POST failed" in r.getMessage() for r in caplog.records)


async def test_callback_to_foreign_host_is_refused(callback_target):
    skill = make_skill(timeout=0.1)  # default hosts: *.kakao.com only
    fake = FakeRasa(delay=0.4)
    payload = load_fixture("skill_callback.json")
    payload["userRequest"]["callbackUrl"] = callback_target.url
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert texts(resp) == [HOLDING_TEXT]
    await fake.settle()
    await skill.drain()
    assert callback_target.posts == []


async def test_timeout_without_callback_keeps_answer_for_next_message():
    skill = make_skill(timeout=0.2)
    fake = FakeRasa(delay=0.5)
    payload = load_fixture("skill_basic.json")
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert status == 200 and validate_skill_response(resp) == []
    assert texts(resp) == [HOLDING_TEXT]
    assert resp["template"]["quickReplies"] == [
        {"action": "message", "label": RESULT_COMMAND, "messageText": RESULT_COMMAND}
    ]
    assert skill.pending_count == 1

    # "결과 보기" right away: still working (the short wait inside is bounded by timeout)
    payload["userRequest"]["utterance"] = RESULT_COMMAND
    fake.delay = 0
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    if texts(resp) == [STILL_WORKING_TEXT]:
        await fake.settle()
        status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert texts(resp) == ["받은 말: 실업급여 받을 수 있나요?"]
    assert skill.pending_count == 0
    assert len(fake.received) == 1  # "결과 보기" never reaches Rasa

    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert texts(resp) == [NOTHING_PENDING_TEXT]


async def test_stored_answer_is_prepended_to_next_reply():
    skill = make_skill(timeout=0.1)
    fake = FakeRasa(delay=0.3)
    payload = load_fixture("skill_basic.json")
    await skill.handle(body(payload), HEADERS, fake)
    await fake.settle()
    fake.delay = 0
    payload["userRequest"]["utterance"] = "고마워요"
    status, resp = await skill.handle(body(payload), HEADERS, fake)
    assert validate_skill_response(resp) == []
    assert texts(resp) == ["받은 말: 실업급여 받을 수 있나요?\n\n받은 말: 고마워요"]
    assert skill.pending_count == 0


async def test_pending_store_is_bounded():
    skill = make_skill(timeout=0.05, pending_max=2)
    fake = FakeRasa(delay=0.3)
    for i in range(4):
        payload = load_fixture("skill_basic.json")
        payload["userRequest"]["user"]["id"] = f"user-{i}"
        await skill.handle(body(payload), HEADERS, fake)
    assert skill.pending_count == 2
    await fake.settle()


def test_from_credentials_and_env_override(monkeypatch):
    monkeypatch.delenv("KAKAO_SKILL_SECRET", raising=False)
    monkeypatch.delenv("KAKAO_SENDER_SALT", raising=False)
    ch = KakaoInput.from_credentials(
        {
            "secret": "file-secret",
            "salt": "file-salt",
            "timeout": 4.5,
            "use_callback": "false",
            "center_card": "textCard",
        }
    )
    assert ch.name() == "kakao"
    assert ch.skill.secret == "file-secret" and ch.skill.use_callback is False
    assert ch.skill.timeout == 4.5 and ch.skill.format_options.center_card == "textCard"
    monkeypatch.setenv("KAKAO_SKILL_SECRET", "env-secret")
    monkeypatch.setenv("KAKAO_SENDER_SALT", "env-salt")
    ch = KakaoInput.from_credentials({"secret": "file-secret", "salt": "file-salt"})
    assert ch.skill.secret == "env-secret"
    assert ch.skill.sender_id("u") == "kakao-" + hmac.new(b"env-salt", b"u", hashlib.sha256).hexdigest()
    monkeypatch.delenv("KAKAO_SKILL_SECRET")
    assert KakaoInput.from_credentials({"secret": "${KAKAO_SKILL_SECRET}"}).skill.secret is None
    assert KakaoInput.from_credentials(None).skill.use_callback is True


class SanicServer:
    def __init__(self, blueprint, prefix: str) -> None:
        Sanic.test_mode = True
        self.app = Sanic(f"channels_test_{uuid.uuid4().hex[:12]}")
        self.app.blueprint(blueprint, url_prefix=prefix)

    async def __aenter__(self):
        # Sanic reads port=0 as "unset" and binds 8000, which a running `make run` holds: pick a free port
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.srv = await self.app.create_server(
            host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
        )
        await self.srv.startup()
        await self.srv.before_start()
        await self.srv.after_start()
        self.base = f"http://127.0.0.1:{self.srv.server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc):
        await self.srv.before_stop()
        self.srv.close()
        await self.srv.wait_closed()
        await self.srv.after_stop()


async def test_blueprint_over_http():
    channel = KakaoInput(make_skill())
    fake = FakeRasa()
    async with SanicServer(channel.blueprint(fake), "/webhooks/kakao") as server:
        async with aiohttp.ClientSession() as s:
            async with s.get(server.base + "/webhooks/kakao/") as r:
                assert r.status == 200 and await r.json() == {"status": "ok"}
            async with s.post(
                server.base + "/webhooks/kakao/webhook", data=body(load_fixture("skill_basic.json")), headers=HEADERS
            ) as r:
                assert r.status == 200
                resp = await r.json()
                assert validate_skill_response(resp) == [] and texts(resp) == ["받은 말: 실업급여 받을 수 있나요?"]
            async with s.post(server.base + "/webhooks/kakao/webhook", data=b"{bad", headers=HEADERS) as r:
                assert r.status == 400 and validate_skill_response(await r.json()) == []
            async with s.post(
                server.base + "/webhooks/kakao/webhook",
                data=body(load_fixture("skill_basic.json")),
                headers={"X-Skill-Secret": "nope"},
            ) as r:
                assert r.status == 401 and validate_skill_response(await r.json()) == []


@pytest.mark.parametrize("value,expected", [(30, 4.5), (0, 4.5), (-1, 4.5), (4.8, 4.8), (2.0, 2.0)])
def test_timeout_is_clamped_to_kakao_budget(value, expected):
    assert KakaoSkill(secret="x", salt="y", timeout=value).timeout == expected
