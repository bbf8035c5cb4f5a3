"""KakaoTalk channel hardening (issue 13 items 2 and 5): production settings, replays, bursts."""

from __future__ import annotations

import asyncio
import copy
import json

import pytest

from bot.adapters.kakao_channel import KakaoConfigError, KakaoInput, KakaoSkill, RESULT_COMMAND
from bot.channels.kakao_format import validate_skill_response
from bot.channels.ratelimit import RATE_LIMITED_TEXT, RateLimiter
from tests.channels.conftest import FakeRasa, load_fixture

SECRET = "k" * 32
HEADERS = {"X-Skill-Secret": SECRET}


def body(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def utter(text, user="user-1"):
    p = copy.deepcopy(load_fixture("skill_basic.json"))
    p["userRequest"]["utterance"] = text
    p["userRequest"]["user"]["id"] = user
    p["userRequest"].pop("callbackUrl", None)
    return p


def texts(resp):
    return [o["simpleText"]["text"] for o in resp["template"]["outputs"] if "simpleText" in o]


@pytest.mark.parametrize(
    "env,ok",
    [
        ({}, False),
        ({"KAKAO_SKILL_SECRET": SECRET}, False),  # the salt in credentials.yml is a placeholder
        ({"KAKAO_SKILL_SECRET": SECRET, "KAKAO_SENDER_SALT": "change-me-in-production"}, False),
        ({"KAKAO_SKILL_SECRET": "short", "KAKAO_SENDER_SALT": "q" * 32}, False),
        ({"KAKAO_SKILL_SECRET": SECRET, "KAKAO_SENDER_SALT": "q" * 32}, True),
    ],
)
def test_production_refuses_to_start_without_secret_and_real_salt(monkeypatch, env, ok):
    for k in ("KAKAO_SKILL_SECRET", "KAKAO_SENDER_SALT"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("BOT_ENV", "production")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    creds = {"secret": "", "salt": "change-me-in-production"}  # what credentials.yml ships
    if ok:
        assert KakaoInput.from_credentials(creds).skill.secret == SECRET
    else:
        with pytest.raises(KakaoConfigError):
            KakaoInput.from_credentials(creds)


def test_development_keeps_working_open(monkeypatch):
    for k in ("KAKAO_SKILL_SECRET", "KAKAO_SENDER_SALT", "BOT_ENV"):
        monkeypatch.delenv(k, raising=False)
    ch = KakaoInput.from_credentials({"secret": "", "salt": "change-me-in-production"})
    assert ch.skill.secret is None


async def test_identical_request_is_answered_once_with_the_same_answer():
    skill, fake = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0), FakeRasa()
    raw = body(utter("예약 취소"))
    first = await skill.handle(raw, HEADERS, fake)
    second = await skill.handle(raw, HEADERS, fake)
    assert first == second and first[0] == 200
    assert len(fake.received) == 1  # the forged/replayed cancel did not run twice


async def test_the_same_words_after_the_answer_had_time_to_be_read_are_a_new_answer():
    """Over KakaoTalk a person tapped "몰라요" for one question and, two seconds later, for the next one: the second
    was taken for a retry and answered with the first answer (the question he had just skipped to, again)."""
    skill = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0, answered_repeat_seconds=0.2)
    fake = FakeRasa()
    raw = body(utter("몰라요"))
    await skill.handle(raw, HEADERS, fake)
    await skill.handle(raw, HEADERS, fake)  # a double tap, at once: the first answer
    assert len(fake.received) == 1
    await asyncio.sleep(0.3)
    await skill.handle(raw, HEADERS, fake)  # read, then the same words for the next question
    assert len(fake.received) == 2


async def test_concurrent_duplicates_wait_for_the_first_run():
    skill, fake = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=2.0), FakeRasa(delay=0.3)
    raw = body(utter("실업급여 받고 싶어요"))
    a, b = await asyncio.gather(skill.handle(raw, HEADERS, fake), skill.handle(raw, HEADERS, fake))
    assert a == b and len(fake.received) == 1


async def test_replay_window_expires_and_result_command_is_exempt():
    skill, fake = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0, replay_seconds=0.2), FakeRasa()
    raw = body(utter("네"))
    await skill.handle(raw, HEADERS, fake)
    await asyncio.sleep(0.3)
    await skill.handle(raw, HEADERS, fake)  # a second "네" a moment later is a new answer
    assert len(fake.received) == 2
    res = body(utter(RESULT_COMMAND))
    s1, r1 = await skill.handle(res, HEADERS, fake)
    s2, r2 = await skill.handle(res, HEADERS, fake)
    assert s1 == s2 == 200  # handled each time (nothing pending), never from the replay cache
    assert skill._replay_key(res, HEADERS) is None


async def test_a_request_with_a_wrong_secret_is_not_cached_or_served_from_cache():
    skill, fake = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0), FakeRasa()
    raw = body(utter("예약 확인"))
    await skill.handle(raw, HEADERS, fake)
    status, resp = await skill.handle(raw, {"X-Skill-Secret": "wrong"}, fake)
    assert status == 401 and "받은 말" not in json.dumps(resp, ensure_ascii=False)


async def test_a_burst_from_one_kakao_user_gets_a_polite_skill_response():
    skill = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0, limiter=RateLimiter(6, 3))
    fake = FakeRasa()
    answers = [await skill.handle(body(utter(f"질문 {i}")), HEADERS, fake) for i in range(5)]
    assert [a[0] for a in answers] == [200] * 5  # Kakao always gets a SkillResponse
    assert texts(answers[-1][1]) == [RATE_LIMITED_TEXT]
    assert validate_skill_response(answers[-1][1]) == []
    assert len(fake.received) == 3
    other = await skill.handle(body(utter("질문", user="user-2")), HEADERS, fake)
    assert texts(other[1]) != [RATE_LIMITED_TEXT]


async def test_deeply_nested_json_is_a_polite_400():
    skill = KakaoSkill(secret=SECRET, salt="p" * 20, timeout=1.0)
    status, resp = await skill.handle(b"[" * 6000 + b"]" * 6000, HEADERS, FakeRasa())
    assert status == 400 and validate_skill_response(resp) == []
