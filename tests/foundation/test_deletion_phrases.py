import pytest

from bot.channels.deletion import is_deletion_request


@pytest.mark.parametrize(
    "text",
    [
        "내 기록 삭제",
        "내 기록 삭제해 주세요",
        "대화 기록 지워줘",
        "제 상담 기록 삭제해주세요",
        "기록 삭제",
        # asked as a question, or naming what was said rather than "기록"
        "제 기록 삭제해 주실 수 있나요?",
        "대화 내용 지워 주세요",
        "제가 말한 거 다 지워주세요",
        "기록 삭제 가능한가요?",
        "내가 한 말 전부 없애줘",
    ],
)
def test_deletion_requests(text):
    assert is_deletion_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "빚 기록이 삭제되나요?",
        "신용불량 기록 언제 지워져요",
        "실업급여 받을 수 있나요",
        "",
        "예약 취소할게요",
        "연체 기록 삭제 가능한가요?",
        "제가 말한 거 맞아요",
        "신청 내용 수정할 수 있나요?",
    ],
)
def test_not_deletion(text):
    assert not is_deletion_request(text)
