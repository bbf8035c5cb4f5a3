"""What a citizen notices, conversation by conversation, through bot.dialogue.turn in-process
(the same engine the REST/Kakao/web channels run through action_turn; tests/conversations/test_rest_*.py
hold the key ones over the real REST channel)."""

from __future__ import annotations

import re
import types

import pytest

from bot import safety
from bot.dialogue import Conversation, slots_for
from bot.screening import booking_flow
from tests.conversations.conftest import later, text_of

NOT_UNDERSTOOD = "이해하지 못했어요"
GOODBYE = "이용해 주셔서 감사합니다"
STORY = "저 35살이고 마포구 합정동 살아요. 회사에서 권고사직 당해서 일자리 찾고 있고 월세도 밀렸어요."


def chat(*lines, c=None):
    c = c or Conversation()
    out = []
    for line in lines:
        out = c.say(line)
    return c, out


def questions_in(msgs):
    return [m["text"] for m in msgs if (m.get("text") or "").rstrip().endswith("?")]


# ------------------------------------------------------------------------ 1. safety first, every state
def assert_crisis_turn(out):
    first = out[0]["text"]
    assert first.index("109") < len(first) and "109" in first
    allt = text_of(out)
    assert NOT_UNDERSTOOD not in allt and GOODBYE not in allt
    assert "동의합니다" not in allt and "몇 명" not in allt and "나이" not in allt
    assert len(out) <= 3


@pytest.mark.parametrize(
    "before",
    [
        [],  # greeting state
        ["실업급여 받고 싶어요"],  # consent question open
        ["실업급여 받고 싶어요", "동의합니다"],  # mid-screening
        ["월세가 밀렸어요 생활비도 없어요", "동의합니다"] + ["잘 모르겠어요"] * 12,  # results
    ],
)
def test_crisis_first_in_each_state_then_resume_only_on_their_word(before):
    c, prev = chat(*before) if before else (Conversation(), [])
    open_q = c.state.question
    out = c.say("요즘 너무 힘들어서 그냥 죽고 싶어요")
    assert_crisis_turn(out)
    assert c.state.crisis and c.state.crisis["level"] != "none"
    out = c.say("모르겠어요")  # not a yes: no resuming, the lines again
    assert "109" in text_of(out) and c.state.crisis_open
    out = c.say("괜찮아요, 이어서 할게요")
    assert not c.state.crisis_open
    if open_q:
        assert c.state.question == open_q  # the same step resumes


def test_crisis_during_booking_and_goodbye_after_crisis(store):
    c, out = chat("마포구 고용센터 어디예요", "상담 예약하고 싶어요", "동의합니다")
    assert c.state.phase == "booking"
    out = c.say("살고 싶지 않아요 다 끝내고 싶어요")
    assert_crisis_turn(out)
    out = c.say("안녕히 계세요")
    assert "109" in text_of(out) and GOODBYE not in text_of(out)
    assert c.state.booking.get("center_name")  # the booking is not lost


def test_crisis_slot_is_masked_and_goes_to_the_handoff(store):
    c, _ = chat("빚 때문에 죽고 싶어요 제 번호 010-2222-3333")
    slots = slots_for(c.state)
    assert slots["crisis"]["kind"] and "2222-3333" not in str(slots) and "2222-3333" not in str(c.state.to_dict())


ISSUE_11_INDIRECT = [
    "두달쯤.. 요즘 잠도 못자고 약 모아둔거 생각만 나요",
    "이럴바엔 내가 없어지는게 낫지",
    "살기싫다 진짜",
    "한강 가고싶다",
]


@pytest.mark.parametrize("quote", ISSUE_11_INDIRECT)
def test_indirect_crisis_language_from_issue_11_mid_screening(quote):
    if not safety.assess(quote).raised:
        pytest.xfail(
            "bot.safety.assess() does not yet recognise this (SAFETY helper's detector); the dialogue "
            "part is tested with the detector's signal below"
        )
    c, _ = chat("실직했어요", "동의합니다")
    assert_crisis_turn(c.say(quote))


def test_a_mild_signal_on_a_plain_short_answer_is_the_answer(monkeypatch):
    """A 'check'-level reading of "없어" while the bot asks about assets must not trap the person in
    check-ins; a real signal (risk) still wins."""
    real = safety.assess
    monkeypatch.setattr(
        safety,
        "assess",
        lambda t: safety.Signal(level="check", kind="suicide", evidence=t) if t.strip() == "없어" else real(t),
    )
    c, _ = chat("실직했어요", "동의합니다")
    for _ in range(8):
        meta_type = c.state.question
        if meta_type in ("household_income_monthly", "assets", "debt_total"):
            break
        c.say("잘 모르겠어요")
    q = c.state.question
    out = c.say("없어")
    assert "109" not in text_of(out) and c.state.question != q and not c.state.crisis_open


def test_a_failing_detector_does_not_take_the_turn_down(monkeypatch):
    def boom(text):
        raise RuntimeError("model file missing")

    monkeypatch.setattr(safety, "assess", boom)
    c, out = chat("실직했어요")
    assert "동의" in text_of(out) and "잠시 시스템에 문제" not in text_of(out)
    out = c.say("자살하고 싶어요")
    assert "109" in out[0]["text"]


def test_a_raised_signal_always_wins_over_the_open_question(monkeypatch):
    """Whatever the detector raises (here: an indirect phrase) answers first, in any state."""
    real = safety.assess
    monkeypatch.setattr(
        safety,
        "assess",
        lambda t: safety.Signal(level="check", kind="suicide", evidence=t[:20]) if "한강" in t else real(t),
    )
    c, _ = chat("실직했어요", "동의합니다")
    out = c.say("한강 가고싶다")
    assert_crisis_turn(out)


# ------------------------------------------------------------------------ 2. story -> consent -> summary
def test_story_consent_summary_and_no_fact_asked_twice():
    c, out = chat(STORY)
    assert "동의" in text_of(out)
    assert c.state.profile == {} and "35" not in str(c.state.to_dict())  # nothing kept before consent
    out = c.say("안녕하세요")  # issue 13 item 5
    out = c.say("네")
    assert c.state.consent == "given"
    assert "정리해 보면" in text_of(out)
    assert c.state.profile.get("age") == 35 and c.state.profile.get("sigungu") == "마포구"
    assert c.state.profile.get("left_job_involuntarily") is True
    asked = list(c.state.asked)
    for _ in range(20):
        if c.state.results_shown:
            break
        out = c.say("잘 모르겠어요")
        asked = list(c.state.asked)
    assert not {"age", "sigungu", "sido", "left_job_involuntarily", "employment_status", "housing"} & set(asked)
    assert len(asked) == len(set(asked))
    assert c.state.center_name is None and c.state.phase == "results"  # a place in a story is not a lookup


def test_declining_consent_gives_korean_program_names_and_consent_later_is_taken():
    c, out = chat("빚 때문에 너무 힘들어요 개인회생 해야 하나요 카드값 3천만원이에요", "동의하지 않습니다")
    t = text_of(out)
    assert "채무조정" in t and "1397" in t
    assert not re.search(r"debt_adjustment|personal_rehabilitation|sunshine_loan|microcredit", t)
    assert c.state.profile == {} and c.state.pending_turns == 0
    out = c.say("동의합니다")
    assert c.state.consent == "given" and "정리해 보면" in text_of(out)
    assert "debt_total" not in c.state.profile  # the story told before the decline was dropped


def test_story_typed_mid_booking_is_a_story(store):
    c, out = chat("마포구 고용센터 어디예요", "상담 예약하고 싶어요", "동의합니다")
    assert c.state.question == "booking_slot"
    out = c.say("저 35살이고 회사에서 권고사직 당해서 일자리 찾고 있고 월세도 밀렸어요")
    t = text_of(out)
    assert "예약을 이어갈까요" in t and "휴대전화" not in t and "시간" not in (out[-1].get("text") or "")[:5]
    assert "employment" in c.state.needs and c.state.booking.get("center_name")
    out = c.say("예약 이어갈게요")
    assert c.state.question == "booking_slot" and any(m.get("buttons") for m in out)


def test_facts_before_a_need_are_kept_for_the_moment_and_used_after_consent():
    c, out = chat("부평 살아요")
    assert "어떤 도움이 필요하세요" in text_of(out) and NOT_UNDERSTOOD not in text_of(out)
    assert c.state.profile == {}
    c.say("일자리 구해요")
    out = c.say("동의합니다")
    assert c.state.profile.get("sigungu") == "부평구" and "어느 시·군·구" not in text_of(out)


def test_needs_follow_from_plain_facts_when_none_was_named():
    c, out = chat("회사에서 권고사직 당했어요", "동의합니다")
    assert "employment" in c.state.needs and "어떤 도움이 필요하세요" not in text_of(out)


def test_a_fact_instead_of_the_need_is_kept_kindly():
    c, out = chat("안녕하세요", "동의합니다")
    out = c.say("35살이에요")
    assert "기억해 둘게요" in text_of(out) and NOT_UNDERSTOOD not in text_of(out) and "죄송" not in text_of(out)
    assert c.state.profile.get("age") == 35


def test_crisis_not_safe_answer_gets_the_lines_and_112_119():
    c, _ = chat("다 끝내고 싶어요")
    out = c.say("지금 도움이 필요해요")
    t = text_of(out)
    assert "109" in t and ("119" in t or "112" in t) and c.state.crisis_open


def test_place_in_story_is_a_fact_not_a_center_card():
    c, out = chat("부평 살아요 애 둘 키우는데 돌봄 도움 받고 싶어요")
    assert not any((m.get("custom") or {}).get("type") == "center" for m in out)
    assert "동의" in text_of(out)


@pytest.mark.parametrize(
    "first,second,key,value,said",
    [
        ("3명이요", "아 가족 4인가구요 잘못 말했어요", "household_size", 4, "가구원 수를 4인으로 고쳤어요"),
        ("35살이요", "아 나이 잘못 말했어요 45살이에요", "age", 45, "나이를 45세로 고쳤어요"),
    ],
)
def test_corrections_change_the_fact_and_say_it(first, second, key, value, said):
    c, out = chat("일자리 구하고 있어요 월세도 밀렸어요", "동의합니다")
    for _ in range(12):  # answer as asked until the fact is known, then correct it
        if key in c.state.profile:
            break
        c.say(first if c.state.question == key else "잘 모르겠어요")
    assert c.state.profile[key] == int(re.sub(r"\D", "", first))
    out = c.say(second)
    assert c.state.profile[key] == value
    assert said in text_of(out)


def test_income_correction_to_zero_after_results():
    c, out = chat("월세가 밀렸어요 생활비도 없어요", "동의합니다", "혼자 살아요", "월 100만원")
    for _ in range(15):
        if c.state.results_shown:
            break
        out = c.say("잘 모르겠어요")
    assert c.state.results_shown
    out = c.say("소득 0원으로 바꿔주세요")
    assert c.state.profile["household_income_monthly"] == 0
    assert "가구 월소득을 0원으로 고쳤어요" in text_of(out)
    assert "을(를)" not in text_of(out) and "(으)로" not in text_of(out)


# ------------------------------------------------------------------------ 3. no loops, no traps
def test_unusable_answer_reasked_once_with_example_then_buttons_then_moves_on():
    c, out = chat("일자리 구하고 있어요", "동의합니다")
    q = c.state.question
    out1 = c.say("ㅁㄴㅇㄹ 쀍")
    assert "죄송" in text_of(out1) and "예:" in text_of(out1)
    out2 = c.say("퉤퉤 블라")
    t2 = text_of(out2)
    assert "[건너뛰기]" in t2 and "[상담원 연결]" in t2 and "[처음으로]" in t2
    c.say("블라블라")
    assert c.state.question != q and q in c.state.skipped  # never a third time


def test_ambiguous_gwaenchanayo_is_never_taken_as_consent_or_refusal():
    c, out = chat("실업급여 받고 싶어요", "괜찮아요")
    assert c.state.consent is None and "동의" in text_of(out)


def test_not_knowing_the_booking_code_is_not_a_trap():
    c, out = chat("예약 확인하고 싶어요", "몰라요")
    assert c.state.question is None and "전화" in text_of(out)


def test_issue_13_item_5_greeting_during_consent_then_yes():
    c, out = chat("실업급여 받고 싶어요")
    out = c.say("안녕하세요")
    assert "동의" in text_of(out) and NOT_UNDERSTOOD not in text_of(out) and len(out) <= 3
    out = c.say("네")
    assert c.state.consent == "given" and "정리해 보면" in text_of(out)


def test_stopping_at_the_consent_question_collects_nothing_and_lets_go():
    c, out = chat("실직했어요 35살이에요", "그만할래요")
    assert c.state.question == "rating" and c.state.profile == {} and c.state.pending_turns == 0
    assert "1~5점" in text_of(out) and "동의" not in text_of(out)


@pytest.mark.parametrize("word", ["처음부터 다시", "처음으로", "처음부터 다시 할게요"])
def test_restart_always_works_and_keeps_nothing_personal(word, store):
    c, _ = chat(STORY, "동의합니다", "3명")
    out = c.say(word)
    assert c.state.profile == {} and c.state.needs == [] and c.state.consent is None
    assert "처음부터 다시" in text_of(out)


# ------------------------------------------------------------------------ 4. after the results
def results_conversation():
    c, out = chat("실직했어요 실업급여 받을 수 있나요", "동의합니다")
    for _ in range(15):
        if c.state.results_shown:
            break
        out = c.say("잘 모르겠어요")
    assert c.state.results_shown
    return c, out


def test_followup_answers_the_question_asked():
    c, out = results_conversation()
    before = text_of(out)
    out = c.say("국민내일배움카드 자세히 알려줘")
    t = text_of(out)
    assert "내일배움카드" in t and t != before


def test_unknown_followup_is_short_and_honest():
    c, _ = results_conversation()
    out = c.say("근데 우리 강아지 사료는 뭐가 좋아요")
    t = text_of(out)
    assert len(t) < 400 and ("1350" in t or "129" in t)


@pytest.mark.parametrize(
    "question,expect",
    [
        ("실업급여는 얼마나 받을수 있어요?", "구직급여"),
        ("근데 술 끊는거 도와주는데는 없나", "중독관리통합지원센터"),
        ("남편이 제 주소 알아낼까봐 너무 무서워요.. 이런거 신청하면 남편한테 연락가나요?", "1366"),
    ],
)
def test_issue_14_followups_get_their_own_answer(question, expect):
    c, results = results_conversation()
    out = c.say(question)
    t = text_of(out)
    assert expect in t and t != text_of(results)
    if expect == "1366":
        assert t.index("열람") < t.index("1366")  # the address protection first
        assert "violence" in c.state.flags


def test_new_need_after_results_is_screened():
    c, _ = results_conversation()
    out = c.say("아 그리고 빚도 2천만원 있어요")
    assert "debt" in c.state.needs and "빚" in text_of(out)


# ------------------------------------------------------------------------ 5. bookings
def book(c, store, name="홍길동이에요", phone="010-1234-5678"):
    out = c.say("상담 예약하고 싶어요")
    if "동의합니다" in text_of(out):
        out = c.say("동의합니다")
    if c.state.question == "center_name":
        out = c.say("서울 마포구")
    first = [b["title"] for m in out for b in m.get("buttons") or []][0]
    c.say(first)
    c.say(name)
    out = c.say(phone)
    assert "이대로 예약할까요" in text_of(out)
    out = c.say("네")
    m = re.search(r"예약번호: ([A-Z0-9]{6})", text_of(out))
    assert m, text_of(out)
    return m.group(1), out


def test_booking_carries_the_handoff_and_asks_satisfaction(store):
    c, _ = chat(STORY, "동의합니다")
    code, out = book(c, store)
    assert "1~5점" in text_of(out) and any("5점" in b["title"] for m in out for b in m.get("buttons") or [])
    b = store.get(code, "010-1234-5678")
    assert b.summary.get("needs") and b.summary.get("quotes")
    assert any("권고사직" in q for q in b.summary["quotes"])
    out = c.say("5점")
    assert c.state.satisfaction == 5


def test_booking_handoff_has_the_crisis_flag(store):
    c, _ = chat("빚 때문에 죽고 싶어요", "괜찮아요, 이어서 할게요", "동의합니다")
    c.say("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    b = store.get(code, "010-1234-5678")
    flags = b.summary.get("flags") or []
    assert any(f.get("kind") in ("suicide", "self_harm", "crisis") or "위기" in str(f.get("label")) for f in flags)


def test_check_shows_details_only_after_code_and_phone(store):
    c, _ = chat("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    later(c)
    out = c.say("예약 확인")
    assert code not in text_of(out) and "예약번호" in text_of(out)
    out = c.say(code)
    assert "서울서부" not in text_of(out) and "휴대전화" in text_of(out)
    out = c.say("010-1234-5678")
    assert code in text_of(out) and "서울서부" in text_of(out)


def test_cancel_always_asks_to_confirm(store):
    c, _ = chat("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    out = c.say(f"예약 취소할게요 {code} 010-1234-5678")
    assert "취소할까요" in text_of(out) and store.get(code, "010-1234-5678").status == "booked"
    out = c.say("아니요")
    assert store.get(code, "010-1234-5678").status == "booked"
    out = c.say(f"예약 취소할게요 {code} 010-1234-5678")
    out = c.say("네")
    assert store.get(code, "010-1234-5678").status == "cancelled"


def test_reschedule_keeps_the_booking_until_the_new_time_is_confirmed(store):
    c, _ = chat("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    old = store.get(code, "010-1234-5678").start
    out = c.say("시간 바꿀 수 있어요?")
    assert "취소되었습니다" not in text_of(out) and "예약번호" in text_of(out)
    out = c.say(f"{code} 010-1234-5678")
    assert store.get(code, "010-1234-5678").status == "booked"
    slots = [b["title"] for m in out for b in m.get("buttons") or []]
    out = c.say(slots[-1])
    assert "예약할까요" in text_of(out) or "바꿀까요" in text_of(out)
    assert store.get(code, "010-1234-5678").start == old  # nothing changed before the confirmation
    out = c.say("네")
    b = store.get(code, "010-1234-5678")
    assert b.status == "booked" and b.start != old


def test_the_server_side_guard_refuses_and_nothing_is_booked(store, monkeypatch):
    """bot.booking.guard.validate_submission re-checks the submit; a refusal is said and the
    field asked again, and nothing is booked."""
    calls = []

    def validate_submission(slots, st, *, sender_id=None, phone=None, quota=None):
        calls.append((slots.get("center_name"), sender_id, phone))
        return types.SimpleNamespace(
            ok=False,
            field="quota",
            message_ko="같은 날 이 센터에는 2건까지만 예약할 수 있어요.",
            center=None,
            start=None,
            slots={},
        )

    monkeypatch.setattr(booking_flow.guard, "validate_submission", validate_submission)
    c = Conversation()
    c.say("마포구 고용센터 어디예요")
    out = c.say("상담 예약하고 싶어요")
    out = c.say("동의합니다")
    first = [b["title"] for m in out for b in m.get("buttons") or []][0]
    c.say(first)
    c.say("홍길동이에요")
    c.say("010-1234-5678")
    out = c.say("네")
    assert calls and calls[0][2] == "010-1234-5678" and "2건까지만" in text_of(out)
    assert "예약번호" not in text_of(out)


def test_duplicate_booking_comes_with_a_button_to_see_it(store):
    c, _ = chat("마포구 고용센터 어디예요")
    code, _ = book(c, store)
    c2, _ = chat("마포구 고용센터 어디예요")
    out = c2.say("상담 예약하고 싶어요")
    if "동의합니다" in text_of(out):
        out = c2.say("동의합니다")
    when = store.get(code, "010-1234-5678").start
    from bot.booking import format_slot_ko

    c2.say(format_slot_ko(when))
    c2.say("김철수예요")
    c2.say("010-1234-5678")
    out = c2.say("네")
    t = text_of(out)
    assert "이미 예약이 있습니다" in t and ("[예약 확인]" in t or code in t)


# ------------------------------------------------------------------------ 6. what works today
def test_greeting_human_center_bot_challenge_out_of_scope():
    c, out = chat("안녕하세요")
    assert "고용복지+센터" in text_of(out)
    out = c.say("상담원 연결해 주세요")
    assert "1350" in text_of(out) and "129" in text_of(out)
    out = c.say("마포구 합정동 고용센터 어디예요")
    assert "서울서부" in text_of(out)
    out = c.say("너 사람이야?", intent="bot_challenge")
    assert "챗봇" in text_of(out)
    out = c.say("오늘 날씨 어때", intent="out_of_scope")
    assert "도와드리기 어려워요" in text_of(out)


def test_center_question_mid_screening_without_a_place_then_the_screening_resumes():
    c, out = chat("빚이 있어요", "동의합니다")
    q = c.state.question
    out = c.say("센터 찾기")
    assert c.state.question == "center_place"
    out = c.say("서울 마포구")
    t = text_of(out)
    assert "서울서부" in t and c.state.question == q and c.state.phase == "screening"


def test_goodbye_asks_for_a_rating_once():
    c, out = chat("안녕히 계세요")
    assert GOODBYE in text_of(out) and "1~5점" in text_of(out)
    out = c.say("4점")
    assert c.state.satisfaction == 4


def test_every_turn_is_short():
    c = Conversation()
    for line in [STORY, "동의합니다"] + ["잘 모르겠어요"] * 14 + ["실업급여 자세히"]:
        out = c.say(line)
        assert len(out) <= 3
        assert all(len(m.get("text") or "") <= 1000 for m in out)


def test_benefit_ended_last_month_bars_the_national_employment_allowance():
    """Issue 16: "실업급여 지난달에 끝났고" got ✅ 구직급여 and ✅ 국취 Ⅰ유형 수당. The allowance is barred for
    6 months after the last 구직급여 payment, and the benefit itself has been received."""
    c = Conversation()
    c.say("42살이고 실업급여 지난달에 끝났고 아직 일을 못구했어요")
    out = text_of(c.say("동의합니다"))
    for answer in ("혼자요", "없어요", "천만원 정도", "실직", "1년 넘게요", "건너뛰기", "건너뛰기", "건너뛰기"):
        if "최종 결정은 담당 기관에서 합니다" in out:
            break
        out = text_of(c.say(answer))
    assert "최종 결정은 담당 기관에서 합니다" in out, out
    assert not re.search(r"✅ 국민취업지원제도 Ⅰ유형", out), out
    assert not re.search(r"✅ 구직급여", out), out


# ------------------------------------------------------------------------ QA round 2: what citizens met
def test_a_bare_yes_to_an_amount_question_is_no_amount():
    # "네" was read as the number 4: 빚 4만 원 stored and the debt question never asked again
    c, out = chat("빚이 많아요", "동의합니다")
    assert c.state.question == "debt_total"
    out = c.say("네")
    assert c.state.profile.get("debt_total") is None
    assert c.state.question == "debt_total" and "예:" in text_of(out)


def test_months_overdue_are_not_the_debt_amount():
    # "카드빚이 2천만원인데 연체 3달" was summarised back as "빚 3만 원"
    c, out = chat(
        "저 42살 남자고 인천 부평구 살아요. 공장에서 잘려서 일 없고 카드빚이 2천만원인데 연체 3달 됐고 "
        "월세도 두달 밀렸어요",
        "동의합니다",
    )
    assert c.state.profile["debt_total"] == 20_000_000
    assert c.state.profile["debt_overdue_days"] == 90
    assert "3만 원" not in text_of(out) and "2,000만 원" in text_of(out)


def test_consent_typed_again_mid_screening_is_not_an_unusable_answer():
    c, out = chat("실업급여 받고 싶어요", "동의합니다")
    q = c.state.question
    out = c.say("동의합니다")
    assert NOT_UNDERSTOOD not in text_of(out) and "이미 동의" in text_of(out)
    assert c.state.question == q and c.state.failures == 0


def test_skip_or_consent_typed_after_the_results_is_not_a_question_the_bot_cannot_answer():
    c, out = chat("월세가 밀렸어요", "동의합니다", *["건너뛰기"] * 12)
    assert c.state.phase == "results"
    for word in ("건너뛰기", "동의합니다"):
        out = c.say(word)
        allt = text_of(out)
        assert "정확히 답하기 어려워요" not in allt and "1350" not in allt
        assert "질문이 없어요" in allt and "[상담 예약]" in allt


def test_a_past_salary_is_not_todays_income():
    c, out = chat("일자리 찾아요", "동의합니다", "40살", "1명")
    assert c.state.question == "household_income_monthly"
    out = c.say("연봉 3600만원이었어요")
    allt = text_of(out)
    assert c.state.profile.get("household_income_monthly") is None
    assert "예전 소득(월 300만 원)" in allt and NOT_UNDERSTOOD not in allt
    assert c.state.question == "household_income_monthly"
    assert "연봉 3600만원이었어요" in c.state.quotes  # the counselor still sees it
    c.say("지금은 없어요")
    assert c.state.profile["household_income_monthly"] == 0


def test_no_income_is_an_answer_not_a_new_problem_announced():
    # "없어요" to the income question added a 생계 need with "네, 생계·생활비 문제도 함께 살펴볼게요"
    c, out = chat("일자리 찾고 있어요", "동의합니다", "30살이에요", "1명이요")
    out = c.say("없어요")
    assert c.state.profile["household_income_monthly"] == 0
    assert "문제도 함께" not in text_of(out) and "livelihood" not in c.state.needs


def test_a_hello_mid_question_is_a_short_hello_not_the_whole_welcome():
    c, out = chat("빚이 많아요", "동의합니다")
    out = c.say("안녕하세요")
    allt = text_of(out)
    assert "어떤 일로 오셨어요" not in allt and "이어서" in allt
    assert c.state.question == "debt_total" and len(out) <= 2


def test_amounts_with_thousands_keep_their_unit_in_the_results():
    c, out = chat("월세가 밀렸어요", "동의합니다")
    for _ in range(15):
        out = c.say("건너뛰기")
        if c.state.phase == "results":
            break
    allt = text_of(out)
    assert "긴급복지" in allt
    assert not re.search(r"월 \d{3}\s", allt)  # "생계지원 월 783" (the ",000원" was cut)


def test_a_job_loss_told_beside_debt_and_rent_is_assessed_too():
    # three problems in one story were read as two (빚·대출, 주거): 구직급여 was never assessed
    c, out = chat(
        "저 42살 남자고 인천 부평구 살아요. 공장에서 잘려서 일 없고 카드빚이 2천만원인데 연체 3달 됐고 "
        "월세도 두달 밀렸어요"
    )
    assert "일자리" in text_of(out)
    c.say("동의합니다")
    assert {"employment", "debt", "housing"} <= set(c.state.needs)


def test_simple_korean_of_a_foreign_born_mother_names_work_and_childcare():
    c, out = chat("저 베트남 사람이에요. 한국 남편 있어요. 아기 있어요. 일 하고 싶어요")
    assert "일자리" in text_of(out) and "육아" in text_of(out)
    c.say("네")
    assert {"employment", "childcare"} <= set(c.state.needs)


def test_the_place_in_a_booking_request_picks_the_center(store):
    # "마포구 고용센터 예약하고 싶어요" was followed by "어느 지역 센터로 예약할까요?"
    c, out = chat("마포구 고용센터 예약하고 싶어요", "동의합니다")
    assert c.state.booking.get("center_name") and "어느 지역" not in text_of(out)
    assert c.state.question == "booking_slot"


def test_an_unusable_time_is_not_called_unclear_three_times(store):
    c, out = chat("상담 예약하고 싶어요", "동의합니다", "부평이요")
    assert c.state.question == "booking_slot"
    out = c.say("글쎄 그때 봐서요")  # "1" now picks the first offered time
    allt = text_of(out)
    assert allt.count("이해하지 못했") + allt.count("알아듣지 못했") == 1 and allt.count("죄송해요") <= 1
    assert len(out) <= 3 and c.state.question == "booking_slot"


def _results(c, first):
    out = first
    for _ in range(15):
        if c.state.phase == "results":
            break
        out = c.say("건너뛰기")
    assert c.state.phase == "results"
    return out


@pytest.mark.parametrize("word", ["아니요", "네", "고마워요"])
def test_yes_no_and_thanks_after_the_results_are_not_unanswerable_questions(word):
    c, out = chat("월세가 밀렸어요", "동의합니다")
    _results(c, out)
    out = c.say(word)
    allt = text_of(out)
    assert "정확히 답하기 어려워요" not in allt and "1350" not in allt
    if word == "고마워요":
        assert "1~5점" in allt  # satisfaction is asked at the end
    else:
        assert "알겠어요" in allt and "[상담 예약]" in allt


def test_an_elderly_widow_with_no_money_coming_in_is_heard_as_livelihood():
    # "돈 나올데가 없어" found no need: "어떤 도움이 필요하세요?" and after two more tries a dead end
    c, out = chat("우리 영감 죽고 혼자 사는데 칠십 넘었어 돈 나올데가 없어")
    if c.state.crisis_open:
        # widowed, alone and without money: the classifier may hear enough for the gentle check-in (it
        # names 109 first); the need told with it is kept and the story goes on on her word
        assert "109" in out[0]["text"]
        out = c.say("괜찮아요 이어서 할게요")
    assert "생계" in text_of(out) and c.state.question == "consent"
    c.say("응")
    assert "livelihood" in c.state.needs and c.state.question != "needs"


def test_a_violence_victim_who_goes_on_is_not_offered_109_on_every_message():
    # after "지금 안전한 곳에 계신가요?", consent and every answer got "걱정돼서 한 번 더 여쭤봐요 … ☎109" (a loop)
    c, out = chat("남편이 때려서 애들 데리고 나왔어요. 돈도 없고 갈데도 없어요")
    assert "1366" in text_of(out)
    assert c.state.profile.get("num_children") is None and "자녀 3명" not in text_of(out)  # "때려서" is no 셋
    out = c.say("동의합니다")
    allt = text_of(out)
    assert c.state.consent == "given" and "109" not in allt and "1366" in allt and len(out) <= 3
    assert "자녀 3명" not in allt
    q = c.state.question
    assert q and c.state.phase == "screening"
    out = c.say("3명")
    assert "걱정돼서" not in text_of(out) and c.state.profile.get("household_size") == 3


def test_a_sino_korean_age_is_an_age():
    c, out = chat("실업급여 받을수잇나여 짤렷어요 회사에서", "ㅇㅇ")
    assert c.state.question == "age"
    c.say("삼십이")
    assert c.state.profile.get("age") == 32 and c.state.question != "age"


def test_where_to_apply_for_the_debt_need_lists_the_debt_desks_first():
    c, out = chat(
        "저 42살 남자고 인천 부평구 살아요. 공장에서 잘려서 일 없고 카드빚이 2천만원인데 연체 3달 됐고 "
        "월세도 두달 밀렸어요",
        "동의합니다",
    )
    _results(c, out)
    out = c.say("빚 갚는거 도와주는데 어디예요?")
    allt = text_of(out)
    assert "1397" in allt and "채무조정" in allt
    assert "국취" not in allt and "주거급여" not in allt  # not the person's other programs
    assert len(out) <= 3 and all(len(m.get("text") or "") <= 400 for m in out)


def test_dont_know_after_results_and_hello_mid_booking_are_no_failures(store):
    c, out = chat("월세가 밀렸어요", "동의합니다")
    _results(c, out)
    out = c.say("잘 모르겠어요")
    assert "정확히 답하기 어려워요" not in text_of(out)
    c, out = chat("상담 예약하고 싶어요", "동의합니다", "부평")
    assert c.state.question == "booking_slot"
    c.say("안녕하세요")
    assert c.state.failures == 0
    out = c.say("네")  # one unusable answer: an example, not yet the "이 질문을 드리는 이유" step
    assert "이 질문을 드리는 이유" not in text_of(out) and c.state.question == "booking_slot"


def test_a_household_told_in_passing_is_not_asked_again():
    c, out = chat("일자리요", "동의", "29")
    out = c.say("부모님이랑 살아요 4명")
    assert c.state.profile.get("household_size") == 4
    for _ in range(8):
        if c.state.phase == "results":
            break
        out = c.say("모름")
        assert "몇 명이세요" not in text_of(out)  # "함께 사는 가족은 본인 포함 몇 명이세요?" was asked again


def test_a_fact_first_given_after_the_results_is_named_when_recomputed():
    c, out = chat("빚이 2천만원이에요", "동의합니다")
    _results(c, out)
    out = c.say("소득 0원으로 바꿔주세요")
    first = out[0]["text"]
    assert "월소득 0원을 반영해서" in first and "최종 결정은 담당 기관에서 합니다" in text_of(out)
    assert len(out) <= 3


def test_a_duration_typed_at_the_child_ages_question_is_not_a_child_age():
    """Held as a citizen: "1년 넘게 다녔어요" typed at the children's-ages question became a 1-year-old, and
    the 아동양육비 answer then said "× 자녀 1명" to a mother of two."""
    from bot.screening import core

    assert core.parse_field("children_ages", "int_list", "1년 넘게 다녔어요", None, (), ())[0] is False
    assert core.parse_field("children_ages", "int_list", "3, 7", None, (), ()) == (True, [3, 7])
    assert core.parse_field("children_ages", "int_list", "7살이랑 10살", None, (), ()) == (True, [7, 10])
