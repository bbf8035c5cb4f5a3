"""Practical questions a person types after the results (where to go, what to bring, whether it is over): no
crisis check-in. Written in the eighth round from held conversations; three of them raised the classifier's
check-in ("어디로 가면 되요", "멀어서 못갈거같은데 다른데는요", "안 가고 인터넷으로는 안돼요?") and were answered by
a firm ordinary reading (patterns.FIRM_ORDINARY: going to the center, applying without going), so this list is a
regression test, not an estimate. Look-alikes that must still be heard are below."""

import pytest

from bot import safety

FOLLOW_UPS = [
    "어디로 가면 되요",
    "어디로 가면 돼요?",
    "거기 어떻게 가요",
    "센터는 몇시까지 해요",
    "가면 뭐 가져가요",
    "어디 가서 신청하면 되나요",
    "그럼 내일 가면 되나",
    "직접 가야 돼요?",
    "안 가고 인터넷으로는 안돼요?",
    "가기 전에 전화해야돼요",
    "혼자 가도 되나요",
    "그냥 가면 받아줘요?",
    "언제까지 가야돼요",
    "거기 가면 누구 찾아요",
    "멀어서 못갈거같은데 다른데는요",
    "다음주에 가볼께요",
    "그럼 가서 물어볼게요",
    "가는 길 알려줘요",
    "버스로 가면 얼마나 걸려요",
    "끝나면 연락 주나요",
    "이제 끝난 거예요?",
    "다 끝났어요?",
    "더 할 거 없죠",
    "이걸로 끝인가요",
    "그만 할게요 고마워요",
    "이제 나가도 되나",
    "마지막으로 하나만 물어볼게요",
    "그럼 이제 어떻게 해요",
    "이제 뭐 하면 돼요",
    "다른 방법은 없어요?",
    "안되면 어떡해요",
    "못받으면 어쩌죠",
    "떨어지면 다시 신청 되나요",
    "가족 없이 혼자 가도 되나요",
    "아무도 모르게 신청할 수 있어요?",
    "집에서 멀면 어떻게 해요",
    "몸이 안좋아서 못가면요",
    "거기 가면 끝나요?",
    "한번에 끝나나요",
    "오늘 가면 바로 돼요?",
    "기초연금 33만원 받는 거 말고는 없어",
]


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_a_practical_question_after_the_results_gets_no_check_in(text):
    assert not safety.assess(text).raised, text


@pytest.mark.parametrize(
    "text",
    [
        "이제 어디로 가야 할지 모르겠어요 다 놓고 싶어요",
        "센터 가기 전에 다 정리해 두려고요 이제 끝내고 싶어서",
        "재산 없음 ㅠ 다 끝났어",
    ],
)
def test_the_same_words_beside_a_sign_are_still_heard(text):
    assert safety.assess(text).raised, text


@pytest.mark.parametrize(
    "text",
    [
        "요즘은 그냥 다 내려놓고 애 데리고 같이 멀리 가고 싶다는 생각만 들어",
        "다 포기하고 애들이랑 같이 멀리 떠나고 싶어요",
        "모든 걸 내려놓고 딸 데리고 영영 가버리고 싶다",
    ],
)
def test_letting_everything_go_and_taking_the_child_is_a_risk(text):
    """Typed at the income question over KakaoTalk; it got only the mild check-in."""
    assert safety.assess(text).level in ("risk", "imminent"), safety.assess(text)


@pytest.mark.parametrize(
    "text", ["이번 방학엔 다 내려놓고 애 데리고 제주도 여행 가고 싶어요", "일 다 내려놓고 애들이랑 캠핑 가고 싶다"]
)
def test_a_holiday_with_the_child_is_not(text):
    assert safety.assess(text).level in ("none", "check"), safety.assess(text)
