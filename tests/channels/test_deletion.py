"""'내 기록 삭제' removes the conversation, what staff added to it, and the widget's copy (issue 13)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from bot.channels.deletion import DONE, delete_conversation, is_deletion_request
from bot.adapters.rest_channel import SafeRestInput
from bot.staff.storage import StaffDB
from tests.channels.conftest import FakeRasa


@pytest.mark.parametrize(
    "text",
    [
        "개인정보 삭제해 주세요",
        "내 개인정보 지워주세요",
        "기록 삭제 부탁드려요",
        "내 기록 삭제",
        "제 정보 다 지워 주세요",
        "대화 내역 삭제 요청합니다",
        "내 기록 좀 지워줘요",
        "개인 정보 파기해 주세요",
        "채팅 기록 전부 다 삭제해주세요!",
        "상담 기록 삭제해 주실 수 있나요",
        "제 기록 지워 주세요~",
        "저 기록 지워주세요",
        "지금까지 얘기한거 지워줘",
        "아까 말한 거 다 지워 주세요",
        "내 정보 지워주시오",  # a man of 67 in 청주, older speech
        "내 기록 지워 주이소",  # 경상
        "제 정보 삭제해 주셔유",  # 충청
        "내 기록 싹 다 지워도라",
    ],
)
def test_more_deletion_phrasings(text):
    assert is_deletion_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "연체 기록 삭제 방법",
        "신용 정보 삭제 가능한가요",
        "기록 삭제하면 어떻게 돼요?",
        "빚 기록이 삭제되나요?",
        "예약 취소해 주세요",
        "개인회생 기록 언제 지워져요",
    ],
)
def test_questions_about_deleting_other_records_are_not_requests(text):
    assert not is_deletion_request(text)


class FakeStore:
    def __init__(self):
        self.deleted = []

    def delete_conversation(self, sender_id):
        self.deleted.append(sender_id)
        return 3


async def test_deletion_removes_staff_tags_notes_corrections_and_stories(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'staff.db'}"
    monkeypatch.setenv("STAFF_DB_URL", url)
    db = StaffDB(url)
    sid, other = "rest-kim-0001", "rest-lee-0002"
    for s in (sid, other):
        db.set_review_status(s, "follow_up", "kim.counselor")
        db.add_tag(s, "주민번호 900101-1******", "kim.counselor")
        db.add_note(s, "전화 요청함", "kim.counselor")
        db.upsert_correction(s, 7, "빚이 있어요", "빚이 있어요", "inform_need", "kim.counselor")
        db.save_story(s, "story_" + s.replace("-", "_"), "- story: x", "kim.counselor")
    store = FakeStore()
    app = SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=store)))

    status, msgs = await SafeRestInput().process(
        json.dumps({"sender": sid, "message": "내 개인정보 지워주세요"}).encode(), FakeRasa(), app
    )

    assert status == 200 and msgs[0]["text"] == DONE
    assert msgs[0]["custom"] == {"type": "forget"}  # the widget clears its local copy
    assert store.deleted == [sid]
    assert db.get_review(sid)["tags"] == [] and db.get_review(sid)["notes"] == []
    assert db.get_review(sid)["corrections"] == {}
    assert [s["sender_id"] for s in db.list_stories()] == [other]
    assert [c["sender_id"] for c in db.list_corrections()] == [other]
    assert db.get_review(other)["tags"]  # nobody else's data
    db.dispose()


async def test_no_console_database_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("STAFF_DB_URL", f"sqlite:///{tmp_path / 'none.db'}")
    app = SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=FakeStore())))
    assert await delete_conversation(app, "rest-x") == DONE
    assert not (tmp_path / "none.db").exists()
