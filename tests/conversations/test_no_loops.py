"""No loops, no traps (issue 13 item 5, issue 14): seeded random conversations of ordinary and unusable
messages in every state. Each open question ends or moves on within a bounded number of unusable answers,
every turn gets 1-3 short messages and never the system-error line, and restart always works."""

from __future__ import annotations

import random

import pytest

from bot.dialogue import Conversation
from bot.screening import texts
from tests.conversations.conftest import text_of

ORDINARY = [
    "안녕하세요",
    "실업급여 받고 싶어요",
    "네",
    "아니요",
    "동의합니다",
    "동의하지 않습니다",
    "35살이에요",
    "3명이요",
    "월 150만원 정도요",
    "없어요",
    "월세 살아요",
    "빚이 2천만원 있어요",
    "애가 둘이에요 5살 8살",
    "센터 찾기",
    "서울 마포구",
    "상담 예약하고 싶어요",
    "예약 확인",
    "예약 취소할게요",
    "시간 바꿀 수 있어요?",
    "상담원 연결",
    "고마워요",
    "건너뛰기",
    "그만할래요",
    "실업급여 자세히",
    "너 사람이야?",
    "내일 오후 2시",
    "홍길동이에요",
    "010-1234-5678",
    "5점",
    "안녕히 계세요",
    "예약 이어갈게요",
    "지원 먼저 볼게요",
    "월세가 밀렸어요",
]
UNUSABLE = ["ㅁㄴㅇㄹ", "ㅋㅋㅋㅋ", "...", "?", "음", "블라블라 쀍", "asdf qwer", "🙂🙂", "ㅎㅎ", "zzz", "뭐라고"]
RESTART = ["처음부터 다시", "처음으로"]
MAX_UNUSABLE_STREAK = 3  # ask -> re-ask with an example -> explain with buttons -> moves on


def check_turn(out):
    assert 1 <= len(out) <= 3, out
    t = text_of(out)
    assert texts.ACTION_ERROR[:15] not in t, t  # the "잠시 시스템에 문제" line: never
    assert all(len(m.get("text") or "") <= 1000 for m in out)


@pytest.mark.parametrize("seed", range(60))
def test_random_conversations_never_trap(seed, store):
    rnd = random.Random(seed)
    c = Conversation()
    for _ in range(rnd.randint(1, 14)):  # reach some state with ordinary messages
        check_turn(c.say(rnd.choice(ORDINARY)))
    for _round in range(2):
        # then only unusable answers: whatever was asked must end or move on
        open_q = (c.state.phase, c.state.question)
        moved = open_q[1] is None
        for _ in range(MAX_UNUSABLE_STREAK + 1):
            out = c.say(rnd.choice(UNUSABLE))
            check_turn(out)
            if (c.state.phase, c.state.question) != open_q or c.state.question is None:
                moved = True
                break
        assert moved, (seed, open_q, c.log[-4:])
        for _ in range(rnd.randint(0, 5)):
            check_turn(c.say(rnd.choice(ORDINARY)))
    out = c.say(rnd.choice(RESTART))
    check_turn(out)
    assert c.state.question is None and c.state.needs == [] and c.state.profile == {} and c.state.consent is None
    assert "처음부터 다시" in text_of(out)


def test_issue_13_item_5_exact_sequence_many_times():
    for _ in range(3):
        c = Conversation()
        for line in ["실업급여 받고 싶어요", "안녕하세요", "네"]:
            out = c.say(line)
            check_turn(out)
        assert c.state.consent == "given"
