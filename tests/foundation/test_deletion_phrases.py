import pytest

from bot.channels.deletion import is_deletion_request


@pytest.mark.parametrize(
    "text", ["내 기록 삭제", "내 기록 삭제해 주세요", "대화 기록 지워줘", "제 상담 기록 삭제해주세요", "기록 삭제"]
)
def test_deletion_requests(text):
    assert is_deletion_request(text)


@pytest.mark.parametrize(
    "text", ["빚 기록이 삭제되나요?", "신용불량 기록 언제 지워져요", "실업급여 받을 수 있나요", "", "예약 취소할게요"]
)
def test_not_deletion(text):
    assert not is_deletion_request(text)
