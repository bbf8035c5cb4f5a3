"""An empty bot reply to a real message becomes a polite apology (REST and Kakao), in-process."""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.adapters.kakao_channel import KakaoSkill
from bot.channels.kakao_format import validate_skill_response
from bot.adapters.rest_channel import EMPTY_BOT_REPLY_APOLOGY, SafeRestInput, has_visible_reply
from bot.channels.sanitize import EMPTY_REPLY, TRUNCATED_NOTE


def raw(d) -> bytes:
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


def rasa_that_says(*messages):
    """on_new_message that answers with the given output dicts (none = silence)."""
    received = []

    async def on_new_message(msg):
        received.append(msg)
        for m in messages:
            await msg.output_channel.send_response(msg.sender_id, dict(m))

    on_new_message.received = received
    return on_new_message


def test_apology_text_is_the_agreed_one():
    assert EMPTY_BOT_REPLY_APOLOGY == (
        "죄송해요, 잠시 시스템에 문제가 생겼어요. 말씀하신 내용은 그대로 있으니 "
        "잠시 후 다시 말씀해 주세요. 급하시면 ☎1350, ☎129"
    )


@pytest.mark.parametrize(
    "msgs,visible",
    [
        ([], False),
        ([{"recipient_id": "u"}], False),
        ([{"recipient_id": "u", "text": "  "}], False),
        ([{"recipient_id": "u", "text": "네"}], True),
        ([{"recipient_id": "u", "buttons": [{"title": "a"}]}], True),
        ([{"recipient_id": "u", "custom": {"x": 1}}], True),
        (["junk"], False),
    ],
)
def test_has_visible_reply(msgs, visible):
    assert has_visible_reply(msgs) is visible


async def test_rest_empty_reply_becomes_apology():
    fake = rasa_that_says()
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "45살이에요"}), fake)
    assert status == 200 and msgs == [{"recipient_id": "u1", "text": EMPTY_BOT_REPLY_APOLOGY}]
    assert fake.received[0].text == "45살이에요"


async def test_rest_empty_reply_with_truncation_keeps_the_note_first():
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "가" * 3000}), rasa_that_says())
    assert status == 200 and [m["text"] for m in msgs] == [TRUNCATED_NOTE, EMPTY_BOT_REPLY_APOLOGY]


async def test_rest_real_reply_is_untouched_and_empty_user_message_is_not_an_apology():
    status, msgs = await SafeRestInput().process(
        raw({"sender": "u1", "message": "안녕"}), rasa_that_says({"text": "안녕하세요!"})
    )
    assert [m["text"] for m in msgs] == ["안녕하세요!"]
    status, msgs = await SafeRestInput().process(raw({"sender": "u1", "message": "   "}), rasa_that_says())
    assert status == 200 and msgs[0]["text"] == EMPTY_REPLY


def skill_body(text, user="user-1"):
    return raw(
        {
            "userRequest": {"utterance": text, "user": {"id": user, "type": "botUserKey"}},
            "action": {"params": {}, "detailParams": {}},
        }
    )


async def test_kakao_empty_reply_becomes_apology():
    skill = KakaoSkill(secret=None, salt="s", timeout=2.0, use_callback=False)
    status, body = await skill.handle(skill_body("45살이에요"), {}, rasa_that_says())
    assert status == 200 and validate_skill_response(body) == []
    assert body["template"]["outputs"][0]["simpleText"]["text"] == EMPTY_BOT_REPLY_APOLOGY


async def test_kakao_slow_empty_reply_collected_later_is_an_apology_too():
    async def slow_silence(msg):
        await asyncio.sleep(0.6)

    skill = KakaoSkill(secret=None, salt="s", timeout=0.2, use_callback=False)
    status, body = await skill.handle(skill_body("45살이에요"), {}, slow_silence)
    assert status == 200 and "결과 보기" in json.dumps(body, ensure_ascii=False)
    await asyncio.sleep(0.8)
    status, body = await skill.handle(skill_body("결과 보기"), {}, slow_silence)
    assert status == 200 and validate_skill_response(body) == []
    assert EMPTY_BOT_REPLY_APOLOGY in json.dumps(body, ensure_ascii=False)


async def test_kakao_real_reply_is_untouched():
    skill = KakaoSkill(secret=None, salt="s", timeout=2.0, use_callback=False)
    status, body = await skill.handle(skill_body("안녕"), {}, rasa_that_says({"text": "안녕하세요!"}))
    assert body["template"]["outputs"][0]["simpleText"]["text"] == "안녕하세요!"
