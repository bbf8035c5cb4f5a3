"""In-process fuzz of the REST and Kakao channel handlers (fake Rasa behind them):
never an exception or 5xx, always a polite Korean reply in the channel's format,
and nothing dangerous reaches Rasa (no leading '/', no control chars, <= 1000 chars)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re

import pytest

from hypothesis import HealthCheck, given, settings

from bot.adapters.kakao_channel import KakaoSkill
from bot.channels.kakao_format import validate_skill_response
from bot.adapters.rest_channel import SafeRestInput
from bot.channels.sanitize import MAX_MESSAGE_CHARS
from tests.fuzz.strategies import kakao_bodies, polite, rest_bodies

N_REST = 3500
N_KAKAO = 3000
FUZZ = settings(
    deadline=None, derandomize=True, database=None, print_blob=True, suppress_health_check=list(HealthCheck)
)
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


@pytest.fixture(autouse=True)
def quiet_channel_logs():
    """The fake Rasa raises on purpose; thousands of logged tracebacks only cost time."""
    loggers = [logging.getLogger(n) for n in ("bot.adapters.rest_channel", "bot.adapters.kakao_channel")]
    old = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    yield
    for lg, lvl in zip(loggers, old):
        lg.setLevel(lvl)


class FakeRasa:
    """Answers like Rasa would, chosen by the text: a reply, silence, buttons, or an exception."""

    def __init__(self):
        self.received = []

    async def __call__(self, msg):
        self.received.append(msg)
        text = msg.text
        assert isinstance(text, str) and text
        assert not text.startswith("/") and not text[:1].isspace(), repr(text[:20])
        assert len(text) <= MAX_MESSAGE_CHARS
        assert not CONTROL_RE.search(text), repr(text[:50])
        kind = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[0] % 4
        if kind == 0:
            await msg.output_channel.send_text_message(msg.sender_id, "네, 말씀해 주세요.")
        elif kind == 1:
            await msg.output_channel.send_text_with_buttons(
                msg.sender_id,
                "골라 주세요.",
                [{"title": "네", "payload": "네"}, {"title": "아니요", "payload": "아니요"}],
            )
        elif kind == 2:
            return  # silence: the channel must apologise
        else:
            raise RuntimeError("action server exploded")


def test_rest_channel_fuzz():
    loop = asyncio.new_event_loop()
    channel = SafeRestInput()
    seen = {"n": 0, "statuses": set()}

    @settings(FUZZ, max_examples=N_REST)
    @given(body=rest_bodies())
    def one(body):
        fake = FakeRasa()
        status, messages = loop.run_until_complete(channel.process(body, fake))
        seen["n"] += 1
        seen["statuses"].add(status)
        assert status in (200, 400, 413), status
        assert isinstance(messages, list) and messages
        json.dumps(messages)  # serialisable as the HTTP answer
        assert all(isinstance(m, dict) for m in messages)
        assert any(polite(m.get("text")) for m in messages), messages
        assert len(fake.received) <= 1

    try:
        one()
    finally:
        loop.close()
    assert seen["n"] >= N_REST and {200, 400} <= seen["statuses"]


def test_kakao_channel_fuzz():
    loop = asyncio.new_event_loop()
    skill = KakaoSkill(secret=None, salt="fuzz-salt", timeout=1.0, use_callback=True)
    seen = {"n": 0, "statuses": set()}

    @settings(FUZZ, max_examples=N_KAKAO)
    @given(body=kakao_bodies())
    def one(body):
        status, resp = loop.run_until_complete(skill.handle(body, {}, FakeRasa()))
        seen["n"] += 1
        seen["statuses"].add(status)
        assert status in (200, 400, 413), status
        assert validate_skill_response(resp) == [], (resp, validate_skill_response(resp))
        flat = json.dumps(resp, ensure_ascii=False)
        assert polite(flat) or resp.get("useCallback") is True, flat[:300]

    try:
        one()
        loop.run_until_complete(skill.drain(timeout=5))
    finally:
        loop.close()
    assert seen["n"] >= N_KAKAO and {200, 400} <= seen["statuses"]
