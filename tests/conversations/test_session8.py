"""Conversations held in the eighth round, each a defect a citizen would notice, kept as a test."""

from __future__ import annotations

import pytest

from bot.booking.display import plan_view
from bot.dialogue import Conversation
from tests.conversations.conftest import text_of

FATHER_IC = (
    "인천 남동구 사는 마흔일곱 가장입니다 공장에서 권고사직 당하고 두달째 놀고있어요 카드빚이 한 2천되고 "
    "와이프는 마트 알바해서 한달 120 벌어요 중학생 아들 하나 있습니다"
)
SHOP_BS = "부산 사하구에서 치킨집 하다가 지난달 폐업했어 대출이 4천 남았고 애 둘 키워 월세 50 내고"


@pytest.mark.parametrize(
    "story, asked, named",
    [
        (FATHER_IC, "실업급여 얼마나 받아요?", "구직급여"),
        (SHOP_BS, "채무조정 하면 신용 어떻게 돼요?", "채무조정"),
    ],
)
def test_a_question_deferred_to_the_results_is_answered_when_the_person_books_first(store, story, asked, named):
    """He asked mid-form and was told "결과와 함께 알려 드릴게요", then booked before the results: the question
    was never answered and the counselor's card did not show it."""
    c = Conversation()
    c.say(story)
    c.say("동의합니다")
    t = text_of(c.say(asked))
    assert "결과와 함께" in t, t
    c.say("상담 예약할게요")
    for _ in range(6):  # the center, then the time, name and phone, as the bot asks them
        q = c.state.question or ""
        if c.state.booking.get("booking_code") or not q.startswith("booking"):
            break
        said = {"booking_name": "김남동", "booking_phone": "010-5559-7713", "booking_confirm": "네"}.get(q, "1번")
        reply = c.say(said)
    assert c.state.booking.get("booking_code"), (c.state.booking, c.state.question)
    t = text_of(reply)
    assert "아까 물어보신 것" in t and asked[:6] in t, t
    assert named in t, t
    assert len(reply) <= 3 and all(len(m.get("text") or "") <= 1000 for m in reply)


def test_an_unanswered_question_is_on_the_counselors_card():
    """The card carries what the chat has not answered yet, masked, at most three."""
    from bot.screening.handoff import build_handoff

    plan = build_handoff(
        {"age": 47}, ["employment"], asked=["실업급여 얼마나 받아요? 제 번호 010-1234-5678", "", "서류 뭐 필요해요"]
    )
    view = plan_view(plan)
    assert view["asked"][1] == "서류 뭐 필요해요"
    assert "010-1234-5678" not in view["asked"][0] and "실업급여 얼마나 받아요" in view["asked"][0]
