"""One reading of "is this a question" (bot/korean/questions.py) at its three strengths, on messages citizens type."""

import pytest

from bot.korean.questions import asks_about, has_question_ending, is_question, may_be_question

ASKED = [
    "사채도 채무조정 되나요",
    "국취는 어때요?",
    "그럼 실업급여는 못 받는 건가",
    "긴급복지 지원은 없어요?",
    "내일배움카드 받을 수 있는지",
    "알바해도 받을 수 있냐",
    "월세 지원도 있나",
]
TOLD = [
    "월세 40만원이에요",
    "기초연금 30만원 받는게 다라",
    "할머니랑 둘이 살아요",
    "아니",
    "어머니",
    "카드빚이 2천 정도 있어요",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_ending_is_a_question_at_every_strength(text):
    assert is_question(text) and may_be_question(text) and asks_about(text) and has_question_ending(text)


@pytest.mark.parametrize("text", TOLD)
def test_a_statement_is_not_strictly_a_question(text):
    assert not is_question(text)
    assert not has_question_ending(text)


def test_a_polite_ending_is_only_a_loose_question():
    # "취소는 어떻게 해요" is asked without a mark; "월세 40만원이에요" ends the same way and is told, so only
    # the loose reading (used where a program or task is named) takes the polite ending
    assert may_be_question("취소는 어떻게 해요") and not is_question("취소는 어떻게 해요")
    assert may_be_question("이것도 돼") and not is_question("이것도 돼")


def test_an_asking_word_asks_about_without_an_ending():
    assert asks_about("산재는 어디서 신청하는데")
    assert asks_about("노인일자리 궁금한데")
    assert asks_about("청년도약계좌 자세히 알려줘")
    assert not asks_about("기초연금 30만원 받는게 다라")
    assert not is_question("산재는 어디서 신청하는데")


def test_kin_words_ending_in_ni_are_not_questions():
    for text in ("우리 할머니", "어머니", "아니"):
        assert not asks_about(text) and not may_be_question(text)
