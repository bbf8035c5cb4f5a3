"""Findings from citizens' test conversations, each held as a conversation a person would have.

- changing a booking's time showed the whole "상담 예약이 확정되었습니다" card again (it reads like a new
  booking); the person needs one short line saying which booking is being moved;
- a single mother's booking listed the veteran desk (제대군인지원센터) among the desks to visit although
  nobody said anything about military service;
- "3명" typed at the debt question ("연체된 지 며칠쯤 되었나요?") was taken as 3 days of arrears;
- a bare "1" (a typo, or the first of the 건너뛰기 / 상담원 연결 / 처음으로 buttons meant) at an income question
  was taken as 1만 원 a month, and every program looked likely.
"""

from __future__ import annotations

import re

from bot.dialogue import Conversation
from bot.screening.handoff import build_handoff
from tests.conversations.conftest import later, text_of
from tests.conversations.test_dialogue import book, chat


def test_a_reschedule_look_up_shows_one_short_line_not_the_confirmation_card(store):
    c, _ = chat("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    booked = store.get(code, "010-1234-5678")
    later(c)
    c.say("예약 시간 좀 바꾸고 싶은데요")
    out = c.say(f"{code} 010-1234-5678")
    said = text_of(out)
    assert "확정되었습니다" not in said  # not a second confirmation of a booking that is being moved
    assert "신분증" not in said and "최종 결정" not in said  # the card's tail is not repeated either
    current = [m["text"] for m in out if "지금 예약" in (m.get("text") or "")]
    assert current, said
    assert len(current[0].splitlines()[0]) <= 80  # one short line
    assert "서울서부" in current[0] and f"{booked.start.day}일" in current[0]
    # the new time is asked at once, with the earliest free times as buttons
    assert any(m.get("buttons") for m in out) and store.get(code, "010-1234-5678").status == "booked"


def test_a_mothers_booking_does_not_send_her_to_the_veteran_desk(store):
    c, _ = chat("애 둘 혼자 키우는 엄마예요 일자리도 구하고 있어요", "동의합니다", "38살이요", "3명이요")
    for _ in range(12):  # skip whatever else is asked, until the results
        if c.state.results_shown:
            break
        c.say("건너뛰기")
    assert c.state.results_shown
    code, out = book(c, store, name="김민지예요", phone="010-2222-3333")
    said = text_of(out)
    assert "제대군인" not in said and "보훈" not in said
    summary = store.get(code, "010-2222-3333").summary
    desks = [d["desk"] for d in summary.get("desks") or []]
    assert desks and not any("제대군인" in d or "보훈" in d for d in desks), desks
    assert not any(p["id"] == "veteran_support" for p in summary.get("programs") or [])


def test_a_veteran_who_says_so_still_gets_the_veteran_desk():
    plan = build_handoff({"age": 45, "employment_status": "unemployed", "veteran_mid_long_term": True}, ["employment"])
    assert any("제대군인" in d["desk"] for d in plan["desks"]), plan["desks"]


def _at_the_arrears_question() -> Conversation:
    c = Conversation()
    for line in ["카드빚이 너무 많아서 힘들어요", "동의합니다", "3천만원이요", "0원", "2명", "45살"]:
        c.say(line)
    for _ in range(8):
        if c.state.question == "debt_overdue_days":
            return c
        c.say("건너뛰기")
    raise AssertionError(f"the arrears question was not asked: {c.state.question}")


def test_three_people_typed_at_the_arrears_question_is_not_three_days():
    c = _at_the_arrears_question()
    out = c.say("3명")
    assert c.state.profile.get("debt_overdue_days") != 3
    assert c.state.question == "debt_overdue_days"  # asked again
    assert re.search(r"연체|며칠", text_of(out))


def test_days_at_the_arrears_question_are_still_days():
    c = _at_the_arrears_question()
    c.say("두 달 됐어요")
    assert c.state.profile.get("debt_overdue_days") == 60


def _at_the_income_question() -> Conversation:
    c = Conversation()
    for line in ["회사에서 잘렸어요", "동의합니다", "몰라요", "몰라요"]:
        c.say(line)
    assert c.state.question == "household_income_monthly", c.state.question
    return c


def test_a_bare_one_at_the_income_question_is_asked_again_not_taken_as_ten_thousand_won():
    c = _at_the_income_question()
    out = c.say("1")
    assert "household_income_monthly" not in c.state.profile
    assert c.state.question == "household_income_monthly"
    assert "원까지" in text_of(out) and len(out) <= 3
    c.say("150만원이요")
    assert c.state.profile.get("household_income_monthly") == 1_500_000


def test_zero_and_plain_amounts_at_the_income_question_still_count():
    c = _at_the_income_question()
    c.say("0")
    assert c.state.profile.get("household_income_monthly") == 0
    c = _at_the_income_question()
    c.say("180")
    assert c.state.profile.get("household_income_monthly") == 1_800_000
