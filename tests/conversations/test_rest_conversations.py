"""The conversation as citizens hold it, over the REAL REST channel (real NLU model, Rasa server, action
server with action_turn). Quotes are from issues 11-14."""

from __future__ import annotations

import random
import re
import uuid

import pytest

from tests.support.stack import say, texts_of

pytestmark = pytest.mark.stack

SYSTEM_ERROR = "잠시 시스템에 문제"
NOT_UNDERSTOOD = "이해하지 못했어요"
STORY = "저 35살이고 마포구 합정동 살아요. 회사에서 권고사직 당해서 일자리 찾고 있고 월세도 밀렸어요."


def new_sender() -> str:
    return f"conv-{uuid.uuid4().hex[:12]}"


def chat(stack, sender, text):
    msgs = say(stack, sender, text)
    assert msgs, f"no reply to {text!r}"
    out = texts_of(msgs)
    assert SYSTEM_ERROR not in out, out
    return msgs, out


def to_results(stack, s, first_msgs, limit=16):
    msgs, out = first_msgs, texts_of(first_msgs)
    for _ in range(limit):
        if "최종 결정은 담당 기관에서 합니다" in out:
            return msgs, out
        msgs, out = chat(stack, s, "잘 모르겠어요")
    return msgs, out


# ---------------------------------------------------------------------------------- safety
@pytest.mark.parametrize(
    "before",
    [
        [],
        ["실업급여 받고 싶어요"],
        ["실업급여 받고 싶어요", "동의합니다"],
    ],
)
def test_crisis_first_reply_is_109_in_each_state(stack, before):
    s = new_sender()
    for line in before:
        chat(stack, s, line)
    msgs, out = chat(stack, s, "요즘 너무 힘들어서 그냥 죽고 싶어요")
    assert "109" in msgs[0]["text"]
    assert NOT_UNDERSTOOD not in out and "동의하지 않습니다" not in out and "이용해 주셔서 감사합니다" not in out
    _, out = chat(stack, s, "안녕히 계세요")  # a goodbye after a crisis gets the lines again
    assert "109" in out and "이용해 주셔서 감사합니다" not in out


def test_crisis_at_results_and_in_booking(stack):
    s = new_sender()
    chat(stack, s, "월세가 밀렸어요 생활비도 없어요")
    msgs, _ = chat(stack, s, "동의합니다")
    to_results(stack, s, msgs)
    msgs, out = chat(stack, s, "살고 싶지 않아요")
    assert "109" in msgs[0]["text"] and NOT_UNDERSTOOD not in out
    chat(stack, s, "괜찮아요, 이어서 할게요")
    chat(stack, s, "마포구 고용센터 어디예요")
    chat(stack, s, "상담 예약하고 싶어요")
    msgs, out = chat(stack, s, "자살하고 싶어요")
    assert "109" in msgs[0]["text"] and "휴대전화" not in out and "성함" not in out


def test_indirect_signs_over_rest_in_each_state(stack):
    """Indirect language, as the issue quotes it and as a long story ends, in the story, at a form question,
    after the results: 109 first each time, never the same block twice, and the story goes on on the person's
    word without asking again what it was about."""
    s = new_sender()
    msgs, out = chat(stack, s, "회사에서 잘리고 월세도 두 달 밀렸어요. 이제 그만 쉬고 싶네요 영원히")
    assert "109" in msgs[0]["text"] and NOT_UNDERSTOOD not in out, out
    first = msgs[0]["text"]
    msgs, out = chat(stack, s, "그냥 힘들어서요")
    assert "109" in msgs[0]["text"] and first not in out and len(msgs) <= 3, out
    msgs, out = chat(stack, s, "지금은 괜찮아요. 계속할게요")
    assert "어떤 도움이 필요하세요" not in out and "동의" in out, out  # the story is kept; consent comes next
    msgs, out = chat(stack, s, "동의합니다")
    assert "정리해 보면" in out and "일자리" in out, out
    msgs, out = chat(stack, s, "두달쯤.. 요즘 잠도 못자고 약 모아둔거 생각만 나요")  # at a form question
    assert "109" in msgs[0]["text"] and ("112" in out or "119" in out), out
    assert not any("?" in (m.get("text") or "") and "안전" not in (m.get("text") or "") for m in msgs[1:]), out
    chat(stack, s, "괜찮아요, 이어서 할게요")
    msgs, out = to_results(stack, s, msgs)
    msgs, out = chat(stack, s, "한강 가고싶다")
    assert "109" in msgs[0]["text"] and "잘 이해하지" not in out, out


# ---------------------------------------------------------------------------------- the flow
def test_story_consent_one_summary_and_no_repeated_questions(stack):
    s = new_sender()
    _, out = chat(stack, s, STORY)
    assert "동의" in out and "서울서부" not in out  # a place in a story is no center lookup
    _, out = chat(stack, s, "안녕하세요")  # issue 13 item 5: no loop, no breaker
    assert "동의" in out
    msgs, out = chat(stack, s, "네")
    assert "정리해 보면" in out
    assert "만 나이" not in out and "어느 시·군·구" not in out
    seen = [out]
    for _ in range(14):
        if "최종 결정은 담당 기관에서 합니다" in out:
            break
        msgs, out = chat(stack, s, "잘 모르겠어요")
        seen.append(out)
    allt = "\n".join(seen)
    assert "만 나이가 어떻게 되세요" not in allt and "어느 시·군·구에 사세요" not in allt
    assert "회사를 그만둔 것이 본인 뜻이 아니었나요" not in allt  # 권고사직 was in the story


def test_declined_consent_korean_names_and_later_consent_taken(stack):
    s = new_sender()
    chat(stack, s, "빚 때문에 너무 힘들어요 개인회생 해야 하나요")
    _, out = chat(stack, s, "동의하지 않습니다")
    assert "채무조정" in out and "1397" in out
    assert not re.search(r"debt_adjustment|personal_rehabilitation|sunshine_loan|microcredit", out)
    _, out = chat(stack, s, "동의합니다")
    assert "정리해 보면" in out and "빚" in out


def test_story_typed_mid_booking_is_not_a_booking_answer(stack):
    s = new_sender()
    chat(stack, s, "마포구 고용센터 어디예요")
    _, out = chat(stack, s, "상담 예약하고 싶어요")
    if "동의합니다" in out:
        chat(stack, s, "동의합니다")
    _, out = chat(stack, s, STORY)
    assert "예약을 이어갈까요" in out
    assert "휴대전화 번호를 확인" not in out and "서울서부고용복지플러스센터 ☎" not in out


def test_after_results_the_question_asked_is_answered(stack):
    s = new_sender()
    chat(stack, s, "실직했어요 실업급여 받을 수 있나요")
    msgs, _ = chat(stack, s, "동의합니다")
    _, results = to_results(stack, s, msgs)
    _, out = chat(stack, s, "내일배움카드 자세히 알려줘")
    assert "내일배움카드" in out and out != results
    _, out = chat(stack, s, "실업급여는 얼마나 받을수 있어요?")
    assert "구직급여" in out and out != results
    _, out = chat(stack, s, "근데 술 끊는거 도와주는데는 없나")
    assert "중독관리통합지원센터" in out
    _, out = chat(stack, s, "근데 우리 강아지 사료는 뭐가 좋아요")
    assert len(out) < 400 and ("1350" in out or "129" in out or "도와드리기 어려워요" in out)


def test_unusable_answers_reasked_once_then_buttons_then_move_on(stack):
    s = new_sender()
    chat(stack, s, "일자리 구하고 있어요")
    _, q = chat(stack, s, "동의합니다")
    _, out1 = chat(stack, s, "ㅁㄴㅇㄹ 쀍")
    assert "죄송" in out1 and "예:" in out1
    _, out2 = chat(stack, s, "퉤퉤 블라")
    assert "[건너뛰기]" in out2 and "[상담원 연결]" in out2 and "[처음으로]" in out2
    _, out3 = chat(stack, s, "블라블라")
    assert "건너뛰고" in out3
    _, out = chat(stack, s, "처음부터 다시")
    assert "처음부터 다시" in out and "고용복지+센터" in out


# ---------------------------------------------------------------------------------- bookings
def book(stack, s):
    chat(stack, s, "마포구 고용센터 어디예요")
    msgs, out = chat(stack, s, "상담 예약하고 싶어요")
    if "동의합니다" in out:
        msgs, out = chat(stack, s, "동의합니다")
    slots = [b["title"] for m in msgs for b in m.get("buttons") or []]
    chat(stack, s, slots[0])
    chat(stack, s, "김민지예요")
    phone = f"010-{random.randint(2000, 9999)}-{random.randint(1000, 9999)}"
    _, out = chat(stack, s, phone)
    assert "이대로 예약할까요" in out
    _, out = chat(stack, s, "네")
    m = re.search(r"예약번호: ([A-Z0-9]{6})", out)
    assert m, out
    assert "1~5점" in out  # satisfaction at the end
    return m.group(1), phone


def test_check_needs_code_and_phone_and_reschedule_never_cancels_first(stack):
    s = new_sender()
    code, phone = book(stack, s)
    _, out = chat(stack, s, "예약 확인")
    assert code not in out and "예약번호" in out
    _, out = chat(stack, s, f"{code} {phone}")
    assert code in out
    _, out = chat(stack, s, "시간 바꿀수있어요?")
    assert "취소되었습니다" not in out
    if "6자리" in out:  # a few messages after booking its code is not asked again
        _, out = chat(stack, s, f"{code} {phone}")
    assert "취소되었습니다" not in out and "유지" in out
    _, out = chat(stack, s, "예약 취소할게요")
    if "예약번호" in out:
        _, out = chat(stack, s, f"{code} {phone}")
    assert "취소할까요" in out and "취소되었습니다" not in out
    _, out = chat(stack, s, "아니요")
    assert "그대로" in out


# ---------------------------------------------------------------------------------- no breaker
ORDINARY = [
    "안녕하세요",
    "네",
    "아니요",
    "동의합니다",
    "35살",
    "3명",
    "없어요",
    "센터 찾기",
    "상담원 연결",
    "고마워요",
    "실업급여 받고 싶어요",
    "월세가 밀렸어요",
    "상담 예약하고 싶어요",
    "예약 확인",
    "건너뛰기",
    "너 사람이야?",
]
UNUSABLE = ["ㅁㄴㅇㄹ", "ㅋㅋㅋ", "?", "음", "asdf", "🙂"]


@pytest.mark.parametrize("seed", range(4))
def test_random_conversations_never_trip_the_circuit_breaker(stack, seed):
    rnd = random.Random(seed)
    s = new_sender()
    for _ in range(14):
        chat(stack, s, rnd.choice(ORDINARY + UNUSABLE))
    _, out = chat(stack, s, "처음부터 다시")
    assert "처음부터 다시" in out


# ---------------------------------------------------------------------------------- QA round 2
def test_rest_consent_and_yes_at_odd_moments_and_skip_after_results(stack):
    """'동의합니다' again was an unusable answer; a bare '네' became 빚 4만 원; '건너뛰기' after the results
    got '그 질문은 제가 정확히 답하기 어려워요'."""
    s = new_sender()
    chat(stack, s, "빚이 너무 많아요")
    _, out = chat(stack, s, "동의합니다")
    assert "빚" in out and "얼마" in out
    _, out = chat(stack, s, "동의합니다")
    assert "이미 동의" in out and "알아듣지 못했" not in out
    _, out = chat(stack, s, "네")
    assert "4만 원" not in out and "얼마" in out  # the debt question again, with an example
    msgs, out = chat(stack, s, "3천만원이요")
    msgs, out = to_results(stack, s, msgs)
    assert "최종 결정은 담당 기관에서 합니다" in out
    _, out = chat(stack, s, "건너뛰기")
    assert "정확히 답하기 어려워요" not in out and "질문이 없어요" in out


def test_rest_story_with_three_problems_and_a_past_salary(stack):
    s = new_sender()
    _, out = chat(
        stack,
        s,
        "저 42살 남자고 인천 부평구 살아요. 공장에서 잘려서 일 없고 카드빚이 2천만원인데 연체 3달 됐고 "
        "월세도 두달 밀렸어요",
    )
    assert "일자리" in out and "빚" in out and "주거" in out
    _, out = chat(stack, s, "동의합니다")
    assert "2,000만 원" in out and "3만 원" not in out
    for _ in range(6):
        if "소득" in out:
            break
        _, out = chat(stack, s, "1명")
    if "소득" in out:
        _, out = chat(stack, s, "연봉 3600만원이었어요")
        assert "예전 소득" in out and "알아듣지 못했" not in out
