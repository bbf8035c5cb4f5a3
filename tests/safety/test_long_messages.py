"""A long welfare story with the one sentence that matters at its end (issue 11: "a crisis sentence buried at
the end of a long welfare story"). The classifier's second opinion reads the whole message and each of its
sentences and comma-separated clauses; an ordinary reading (a task one quits, someone else) explains away
only the sentence it is in (a clause keeps the end of the clause before it).

All sentences here are written for this test (none is an evaluation-set line)."""

from __future__ import annotations

import pytest

from bot import safety


@pytest.mark.parametrize(
    "text",
    [
        # the job, the rent, the application: then the turn, in its own sentence or clause
        "회사에서 잘리고 월세도 두 달 밀렸어요. 이제 그만 쉬고 싶네요 영원히",
        "작년에 가게 접고 빚이 오천인데 애들 학비도 없고 남편은 연락도 안 되고, 그냥 다 내려놓고 편해지고 싶어요",
        "실업급여 신청하려고 왔어요. 근데 요즘은 자꾸 높은 데 올라가면 어떨까 그런 생각만 해요",
        "가게 문 닫고 대출만 남았어요, 상담 예약도 하고 싶은데, 사실 다 놓아버리고 멀리 가고 싶다는 생각뿐이에요",
        "계약 끝나고 구직 중이에요. 통장에 남은 돈은 동생한테 다 보내 놨어요",
    ],
)
def test_the_last_sentence_of_a_welfare_story_is_heard(text):
    sig = safety.assess(text)
    assert sig.raised and sig.kind == "suicide", (sig, text)


@pytest.mark.parametrize(
    "text",
    [
        "회사에서 권고사직 당했어요. 실업급여 얼마 나오는지 궁금해요. 아이 어린이집도 알아봐야 하고요",
        "가게 접고 나니 홀가분하네요. 이제 좀 쉬고 싶어요. 재취업 교육 있나요?",
        "이번 달로 계약 끝나요, 그만 쉬고 싶기도 하고, 실업급여 되나요?",
        "남편이 회사 그만두고 집에 있어요. 생활비가 모자라서요. 긴급지원 신청 가능한가요?",
        "회사 그만두고 싶어요. 이직 준비는 어떻게 하나요?",
        "야근이 너무 많아서 지쳤어요, 이직하려고요, 구직활동 지원 받을 수 있나요?",
    ],
)
def test_an_ordinary_story_with_a_task_it_quits_stays_quiet(text):
    sig = safety.assess(text)
    assert not sig.raised, (sig, text)


def test_an_ordinary_reading_explains_only_its_own_sentence():
    """'신청', '회사' or '가게' in one sentence kept the classifier from reading the others at all."""
    from bot.safety import _message_and_sentences

    parts = _message_and_sentences("실업급여 신청하려고 왔어요. 근데 요즘 자꾸 높은 데 올라가면 어떨까 생각해요")
    assert parts[1] == ("", "근데 요즘 자꾸 높은 데 올라가면 어떨까 생각해요")  # a sentence stands on its own
    parts = _message_and_sentences("이번 달로 계약 끝나요, 그만 쉬고 싶기도 하고")
    assert parts[1] == (" 계약 끝나요", "그만 쉬고 싶기도 하고")  # a clause keeps the end of the one before


def test_a_very_long_message_is_read_in_bounded_parts():
    from bot.safety import MAX_SENTENCES, _message_and_sentences

    text = "아이 둘을 혼자 키워요. " * 400 + "이제 다 내려놓고 편해지고 싶어요"
    parts = _message_and_sentences(text)
    assert len(parts) <= MAX_SENTENCES + 1
    assert safety.assess(text).raised  # the last sentence is read first
