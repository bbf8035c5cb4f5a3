"""Amounts and booking times through the real REST channel (real Rasa + action servers): what a citizen
sees when they answer with an annual salary or foreign money, a past day or a window of days.
The servers use the real clock, so every assertion holds on any day.

Needs the conversation engine of the DIALOGUE branch (bot/dialogue: every message reaches the booking
answer) with its two small hunks for this branch: outcome "offer" shown without counting a failure, and
core.amount_note() said after a money answer. On the old Rasa-forms adapter alone, "다음 달 안에요"
never reaches the form validation (no entity), so the window step fails there."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

import pytest

from bot.booking import KST
from tests.support.stack import say, texts_of

pytestmark = pytest.mark.stack


def _chat(stack, sender, text):
    msgs = say(stack, sender, text)
    return msgs, texts_of(msgs)


def _buttons(msgs):
    return [b["title"] for m in msgs for b in m.get("buttons") or []]


def _to_slot_question(stack):
    s = f"values-{uuid.uuid4().hex[:10]}"
    _chat(stack, s, "마포구 고용센터 어디예요")
    msgs, out = _chat(stack, s, "상담 예약하고 싶어요")
    if "동의" in out:
        msgs, out = _chat(stack, s, "동의합니다")
    assert _buttons(msgs), out  # the slot question offers times
    return s


def test_booking_refuses_a_past_day_and_offers_a_window(stack):
    s = _to_slot_question(stack)
    msgs, out = _chat(stack, s, "지난 일요일 오후 2시요")
    assert "지난 날짜로는 예약할 수 없어요" in out and _buttons(msgs)
    msgs, out = _chat(stack, s, "다음 달 안에요")
    now = datetime.now(KST)
    nxt = 1 if now.month == 12 else now.month + 1
    titles = _buttons(msgs)
    assert "가장 빠른 시간" in out and titles
    assert all(re.match(rf"(?:\d{{4}}년 )?{nxt}월 ", t) for t in titles), titles
    _, out = _chat(stack, s, titles[0])
    assert "성함" in out or "이름" in out  # the chosen slot was taken; the form moves on


def test_income_answer_annual_and_foreign(stack):
    s = f"values-{uuid.uuid4().hex[:10]}"
    _, out = _chat(stack, s, "실직해서 일자리 찾고 있어요")
    _, out = _chat(stack, s, "동의합니다")
    answers = {
        "나이": "45살이에요",
        "가구원": "3인 가구예요",
        "몇 명": "3인 가구예요",
        "재산": "2천만원 정도",
        "금융": "500만원",
        "고용보험": "1년 반 정도요",
        "일한": "1년 넘게 일했어요",
    }
    msgs: list = []
    said_foreign = said_annual = False
    for _ in range(25):
        if "최종 결정은 담당 기관에서 합니다" in out:
            break
        question = [m.get("text") or "" for m in msgs][-1] if msgs else out
        if "소득" in question and not said_foreign:
            msgs, out = _chat(stack, s, "한 달에 500달러 정도요")
            assert "원화가 아니어서 계산하지 않았어요" in out and "원으로 말씀해 주세요" in out
            said_foreign = True
            continue
        if "소득" in question and not said_annual:
            msgs, out = _chat(stack, s, "연봉 3600만원이요")
            assert "연 3,600만 원 → 월 300만 원으로 계산했어요" in out
            said_annual = True
            continue
        ans = next((a for k, a in answers.items() if k in question), None)
        buttons = [
            b["payload"] for m in msgs for b in m.get("buttons") or [] if b["title"] not in ("건너뛰기", "그만하기")
        ]
        msgs, out = _chat(stack, s, ans or (buttons[0] if buttons else "건너뛰기"))
    assert said_foreign and said_annual, out
