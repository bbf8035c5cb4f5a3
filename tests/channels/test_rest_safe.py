"""SafeRestInput: the REST channel cannot be used to bypass NLU."""

from __future__ import annotations

import json

import aiohttp
import pytest

from bot.adapters.rest_channel import SafeRestInput
from bot.channels.sanitize import EMPTY_REPLY, MAX_MESSAGE_CHARS, TRUNCATED_NOTE, UNAVAILABLE_REPLY
from rasa.core.channels.rest import RestInput

from tests.channels.conftest import FakeRasa
from tests.channels.test_kakao import SanicServer


def raw(d) -> bytes:
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


def test_is_the_rest_channel():
    ch = SafeRestInput.from_credentials({})
    assert isinstance(ch, RestInput)
    assert ch.name() == "rest" and ch.url_prefix() == "rest"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("/greet", "greet"),
        ("  //restart", "restart"),
        ('/inform{"slot":"x"}', 'inform{"slot":"x"}'),
        ("안녕하세요", "안녕하세요"),
        ("줄1\n줄2", "줄1\n줄2"),
    ],
)
async def test_strips_slash(text, expected):
    fake = FakeRasa()
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": text}), fake)
    assert status == 200
    assert fake.received[0].text == expected
    assert fake.received[0].input_channel == "rest"
    assert msgs[0]["text"] == f"받은 말: {expected}"


async def test_client_cannot_choose_input_channel_and_metadata_is_whitelisted():
    fake = FakeRasa()
    await SafeRestInput().process(
        raw(
            {
                "sender": "u1",
                "message": "hi",
                "input_channel": "kakao",
                "metadata": {"location": {"lat": 37.5, "lon": 127.0}, "role": "admin"},
            }
        ),
        fake,
    )
    assert fake.received[0].input_channel == "rest"
    assert fake.received[0].metadata == {"location": {"lat": 37.5, "lon": 127.0}}


async def test_caps_length_with_note():
    fake = FakeRasa()
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "나" * 5000}), fake)
    assert status == 200
    assert len(fake.received[0].text) == MAX_MESSAGE_CHARS
    assert msgs[0]["text"] == TRUNCATED_NOTE


@pytest.mark.parametrize(
    "body,status",
    [
        (b"{not json", 400),
        (b"[1]", 400),
        (b"", 400),
        (raw({"message": "hi"}), 400),
        (raw({"sender": 5, "message": "hi"}), 400),
        (raw({"sender": "a b", "message": "hi"}), 400),
        (raw({"sender": "u1"}), 400),
        (raw({"sender": "u1", "message": {"t": 1}}), 400),
        (b"x" * (70 * 1024), 413),
    ],
)
async def test_malformed_is_polite(body, status):
    fake = FakeRasa()
    got, msgs = await SafeRestInput().process(body, fake)
    assert got == status
    assert isinstance(msgs, list) and msgs and isinstance(msgs[0]["text"], str)
    assert any("\uac00" <= c <= "\ud7a3" for c in msgs[0]["text"])  # Korean text
    assert fake.received == []


async def test_empty_message_is_200_polite():
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "/ "}), FakeRasa())
    assert status == 200 and msgs[0]["text"] == EMPTY_REPLY


async def test_failure_becomes_polite_message():
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "hi"}), FakeRasa(fail=True))
    assert status == 200 and msgs == [{"recipient_id": "u1", "text": UNAVAILABLE_REPLY}]


async def test_blueprint_over_http():
    fake = FakeRasa()
    async with SanicServer(SafeRestInput().blueprint(fake), "/webhooks/rest") as server:
        async with aiohttp.ClientSession() as s:
            async with s.get(server.base + "/webhooks/rest/") as r:
                assert r.status == 200
            async with s.post(
                server.base + "/webhooks/rest/webhook", data=raw({"sender": "u1", "message": "/greet"})
            ) as r:
                assert r.status == 200
                assert (await r.json())[0]["text"] == "받은 말: greet"
            async with s.post(server.base + "/webhooks/rest/webhook", data=b"{broken") as r:
                assert r.status == 400
                assert "다시" in (await r.json())[0]["text"]
